"""Which reader a stream goes to: by its name's extension and by its first bytes.

Container magic numbers win over extensions (a ``.txt`` that is a PNG is
binary); an extension naming a container wins over content (a ``.zip`` that
is not a zip is a corrupt archive, not text).

>>> sniff("notes.txt", b"Trade rose.")
('text', '')
>>> sniff("photo.txt", b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
('binary', 'PNG image')
>>> sniff("data", b'{"id": 1, "text": "x"}\\n')
('jsonl', '')
>>> sniff("page", b"<!DOCTYPE html><html><body>x</body></html>")
('html', '')
>>> sniff("report.docx", b"PK\\x03\\x04rest")
('unsupported', 'Word document (.docx)')
"""

from __future__ import annotations

import zlib

from extractor.ingest.encoding import bom_encoding, utf16_without_bom

# (magic, description) of binary formats that are never articles.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (OLE) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive (not supported)"),
    (b"Rar!\x1a\x07", "RAR archive (not supported)"),
    (b"\x28\xb5\x2f\xfd", "Zstandard-compressed file (not supported)"),
    (b"OggS", "Ogg audio/video"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00\x01\x00\x00\x00", "TrueType font"),
)

# Zip-based document formats: a zip of XML, not a folder of articles.
_ZIP_DOCUMENTS = {
    ".docx": "Word document",
    ".xlsx": "Excel workbook",
    ".pptx": "PowerPoint presentation",
    ".odt": "OpenDocument text",
    ".ods": "OpenDocument spreadsheet",
    ".odp": "OpenDocument presentation",
    ".epub": "EPUB book",
    ".jar": "Java archive",
    ".apk": "Android package",
    ".whl": "Python wheel",
}

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".rst": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".zip": "zip",
    ".tar": "tar",
    ".tgz": "tar",
    ".tbz2": "tar",
    ".txz": "tar",
    ".warc": "warc",
}

_COMPOUND = {
    ".tar.gz": "tar",
    ".tar.bz2": "tar",
    ".tar.xz": "tar",
    ".warc.gz": "warc",
}

_COMPRESSED = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}


def extension(name: str) -> str:
    """The lower-cased extension, compound ones (``.tar.gz``) included.

    >>> extension("a/B.Tar.GZ"), extension("x.jsonl"), extension("README")
    ('.tar.gz', '.jsonl', '')
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    for compound in _COMPOUND:
        if base.endswith(compound) and len(base) > len(compound):
            return compound
    dot = base.rfind(".")
    return base[dot:] if dot > 0 else ""


def sniff(name: str, head: bytes) -> tuple[str, str]:
    """(kind, detail). Kinds: text, html, jsonl, json, csv, tsv, zip, tar,
    warc, compressed (a single gzip/bzip2/xz file; detail is the method),
    binary and unsupported (detail says what it is), empty."""
    ext = extension(name)
    if not head:
        return "empty", ""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if ext in _ZIP_DOCUMENTS:
            return "unsupported", f"{_ZIP_DOCUMENTS[ext]} ({ext})"
        return "zip", ""
    if head.startswith(b"\x1f\x8b"):
        if ext == ".warc.gz":
            return "warc", ""
        if ext in (".tar.gz", ".tgz"):
            return "tar", ""
        inner = _gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return "warc", ""
        if inner[257:262] == b"ustar":
            return "tar", ""
        return "compressed", "gzip"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return ("tar", "") if _COMPOUND.get(ext) == "tar" or ext == ".tbz2" else ("compressed", "bzip2")
    if head.startswith(b"\xfd7zXZ\x00"):
        return ("tar", "") if _COMPOUND.get(ext) == "tar" or ext == ".txz" else ("compressed", "xz")
    if head.startswith(b"WARC/"):
        return "warc", ""
    if head[257:262] == b"ustar":
        return "tar", ""
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return "binary", what
    if head.startswith(b"MZ") and 0 in head[:512]:
        return "binary", "Windows executable"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "binary", {b"WAVE": "WAV audio", b"AVI ": "AVI video", b"WEBP": "WebP image"}[head[8:12]]
    by_ext = _EXTENSIONS.get(ext) or _COMPOUND.get(ext)
    if by_ext in ("zip", "tar", "warc"):
        return by_ext, ""  # not its magic: its reader reports it corrupt
    if ext in _COMPRESSED:
        return "binary", f"{_COMPRESSED[ext]} file that is not valid {_COMPRESSED[ext]}"
    if not bom_encoding(head) and not (0 in head and utf16_without_bom(head[:4096])):
        if 0 in head:
            return "binary", "binary data (contains NUL bytes)"
        if _control_ratio(head) > 0.1:
            return "binary", "binary data (mostly control characters)"
    if by_ext:
        return by_ext, ""
    return _sniff_text(head), ""


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 1024)
    except zlib.error:
        return b""


def _control_ratio(head: bytes) -> float:
    sample = head[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample)


def _sniff_text(head: bytes) -> str:
    """JSON Lines, JSON, HTML or plain text, from a text stream's first bytes."""
    bom = bom_encoding(head)
    if bom:
        text = head[bom[1] :].decode(bom[0], "ignore")
    else:
        guessed = utf16_without_bom(head[:4096]) if 0 in head[:4096] else None
        text = head.decode(guessed or "utf-8", "ignore")
    stripped = text.lstrip("\ufeff \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("["):
        return "json"
    if lower.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in lower:
        return "html"
    if lower.startswith("<") and any(t in lower for t in ("<head", "<body", "<p>", "<div")):
        return "html"
    return "text"
