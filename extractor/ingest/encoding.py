"""Bytes -> text: BOMs, UTF-8, broken UTF-8, legacy encodings, mojibake.

Detection is charset-normalizer's; this module only decides in which order
to trust a BOM, a declared charset, strict UTF-8 and the detector, and
repairs what ftfy can repair.

>>> d = decode_bytes("북한과 중국의 무역액이 4월에 15% 증가했다고 해관총서가 밝혔다.".encode("cp949"))
>>> d.text, d.encoding
('북한과 중국의 무역액이 4월에 15% 증가했다고 해관총서가 밝혔다.', 'cp949')
>>> d = decode_bytes(b"Trade rose \\x93sharply\\x94 in April, \\xe2\\x80\\x94 data showed.")
>>> d.text, d.encoding, d.repaired
('Trade rose “sharply” in April, — data showed.', 'utf-8', True)
>>> decode_bytes("Café".encode("utf-8").decode("latin-1").encode("utf-8")).text
'Café'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers read ISO-8859-1 labels as windows-1252 (WHATWG); so do we.
_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool = False


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length.

    >>> bom_encoding(b"\\xff\\xfeh\\x00")
    ('utf-16-le', 2)
    >>> bom_encoding(b"plain") is None
    True
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs fall on every other byte, as in
    UTF-16 text without a BOM; else None. Binary files have NULs anywhere.

    >>> utf16_without_bom("Trade rose again.".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR") is None
    True
    """
    n = len(sample) - len(sample) % 2
    if n < 8:
        return None
    even = sample[0:n:2].count(0)
    odd = sample[1:n:2].count(0)
    pairs = n // 2
    if even == 0 and odd >= 0.3 * pairs:
        return "utf-16-le"
    if odd == 0 and even >= 0.3 * pairs:
        return "utf-16-be"
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML ``<meta>`` declares in the first bytes.

    >>> declared_charset(b'<html><head><meta charset="EUC-KR">')
    'euc-kr'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">')
    'shift_jis'
    """
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def charset_from_content_type(value: str | None) -> str | None:
    """
    >>> charset_from_content_type('text/html; charset="UTF-8"')
    'utf-8'
    """
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", value, re.I)
    return m.group(1).lower() if m else None


def codec_name(label: str | None) -> str | None:
    """Python's codec name for an encoding label, or None if unknown.

    >>> codec_name("EUC-KR"), codec_name("ISO-8859-1"), codec_name("nonsense")
    ('euc_kr', 'cp1252', None)
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a whole document.

    Order: a BOM; UTF-16 without BOM (NULs on every other byte); a declared
    charset (HTML meta, HTTP header) if the bytes decode under it; strict
    UTF-8; UTF-8 with a few bad bytes (``repaired``); charset-normalizer.
    Text that decodes cleanly but carries mojibake is fixed with ftfy and
    marked ``repaired``.
    """
    bom = bom_encoding(data)
    if bom:
        name, skip = bom
        return _decode_as(data[skip:], name)
    if 0 in data[:4096]:
        guessed = utf16_without_bom(data[:4096])
        if guessed:
            return _decode_as(data, guessed)
    declared_codec = codec_name(declared)
    if declared_codec:
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: detect instead
        else:
            return _fix_mojibake(text, declared_codec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _fix_mojibake(text, "utf-8")
    if _mostly_utf8(data):
        return _repair_utf8(data)
    return _detect(data)


def _decode_as(data: bytes, name: str) -> Decoded:
    try:
        return _fix_mojibake(data.decode(name), name)
    except UnicodeDecodeError:
        return Decoded(_ftfy_encoding(data.decode(name, "replace")), name, True)


def _fix_mojibake(text: str, encoding: str) -> Decoded:
    fixed = _ftfy_encoding(text)
    return Decoded(fixed, encoding, fixed != text)


def _ftfy_encoding(text: str) -> str:
    import ftfy

    # fix_encoding only undoes mis-decoding (mojibake); it leaves quotes,
    # widths and ligatures alone, unlike fix_text.
    return ftfy.fix_encoding(text)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few bad bytes, not another encoding:
    fewer than half of the non-ASCII bytes are invalid. Legacy encodings
    decode as UTF-8 to mostly errors (CJK double-byte text about nine in ten,
    Latin-1 all of them).

    >>> _mostly_utf8("무역 통계".encode() + b"\\xff")
    True
    >>> _mostly_utf8("무역 통계가 나왔다".encode("cp949"))
    False
    """
    non_ascii = len(data.translate(None, _ASCII))
    if not non_ascii:
        return True
    bad = len(_ESCAPED.findall(data.decode("utf-8", "surrogateescape")))
    return bad < 0.5 * non_ascii


_ASCII = bytes(range(128))
_ESCAPED = re.compile("[\\udc80-\\udcff]")


def _cp1252_or_replace(err: UnicodeDecodeError) -> tuple[str, int]:
    """A lone bad byte is most often a Windows-1252 character pasted into
    UTF-8 (smart quotes, dashes, accented letters): decode it so; longer
    bad runs (truncated characters) become U+FFFD."""
    bad = err.object[err.start : err.end]
    if len(bad) == 1:
        try:
            return bad.decode("cp1252"), err.end
        except UnicodeDecodeError:
            pass
    return "\ufffd", err.end


codecs.register_error("extractor-cp1252-or-replace", _cp1252_or_replace)


def _repair_utf8(data: bytes) -> Decoded:
    text = data.decode("utf-8", "extractor-cp1252-or-replace")
    return Decoded(_ftfy_encoding(text), "utf-8", True)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return Decoded(_ftfy_encoding(data.decode("utf-8", "replace")), "utf-8", True)
    # Short Latin texts leave the detector torn between code pages that it
    # scores alike (Windows-1250 or -1252 for French); Windows-1252 is by far
    # the most common on the web and in news archives, so ties go to it.
    for match in matches:
        alike = match.percent_chaos <= best.percent_chaos and match.percent_coherence >= best.percent_coherence
        if alike and "cp1252" in match.could_be_from_charset:
            return _fix_mojibake(str(match), "cp1252")
    return _fix_mojibake(str(best), best.encoding)


def detect_stream_encoding(head: bytes) -> tuple[str, int]:
    """The encoding to read a record stream (JSON Lines, CSV) in, judged on
    its first bytes, and the length of the BOM to skip.

    >>> detect_stream_encoding(b'{"id": "a"}\\n')
    ('utf-8', 0)
    >>> detect_stream_encoding(codecs.BOM_UTF16_LE + 'id,text'.encode('utf-16-le'))
    ('utf-16-le', 2)
    """
    bom = bom_encoding(head)
    if bom:
        return bom
    guessed = utf16_without_bom(head[:4096]) if 0 in head[:4096] else None
    if guessed:
        return guessed, 0
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # the head may end mid-character
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(head):
        return "utf-8", 0
    return _detect(head).encoding, 0
