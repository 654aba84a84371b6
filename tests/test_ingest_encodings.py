"""Ingest: text in many encodings decodes to the original; broken text is repaired.

Inputs are real sentences encoded here, in tmp_path.
"""

from __future__ import annotations

import codecs
import io
import json

import pytest

from extractor.ingest import iter_articles
from extractor.ingest.encoding import decode_bytes
from extractor.records import Article

KOREAN = (
    "북한과 중국의 교역액이 지난달 전년 같은 달보다 15% 늘어난 것으로 집계됐다. "
    "전문가들은 양국 관계가 당분간 안정적으로 유지될 것이라고 내다봤다."
)
CHINESE = "据海关统计，上月两国贸易总额同比增长百分之十五。专家认为，两国之间的经济往来在短期内将保持稳定。"
JAPANESE = (
    "税関の統計によると、先月の両国間の貿易額は前年同月比で十五パーセント増えた。"
    "専門家は、両国の経済関係は当面安定するとみている。"
)
FRENCH = (
    "Les échanges commerciaux entre les deux pays ont progressé de 15 % le mois dernier, "
    "selon les douanes. « La tendance reste stable », a déclaré un économiste à Séoul."
)
GERMAN = "Der Außenhandel wuchs im März um zwölf Prozent; Exporte nach Übersee stiegen deutlich, hieß es."
RUSSIAN = "Товарооборот между двумя странами в прошлом месяце вырос на пятнадцать процентов, сообщила таможня."
ENGLISH = "Trade rose 15 percent in April, customs data showed, and analysts expect more growth."


def ingest(paths, **kwargs) -> list[Article]:
    return list(iter_articles([str(p) for p in paths], **kwargs))


CASES = [
    (KOREAN, "cp949"),
    (KOREAN, "euc-kr"),
    (KOREAN, "utf-8"),
    (CHINESE, "gb18030"),
    (CHINESE, "gbk"),
    (CHINESE, "utf-8"),
    (JAPANESE, "shift_jis"),
    (JAPANESE, "cp932"),
    (JAPANESE, "euc-jp"),
    (FRENCH, "cp1252"),
    (FRENCH, "latin-1"),
    (GERMAN, "cp1252"),
    (RUSSIAN, "cp1251"),
    (ENGLISH, "ascii"),
]


@pytest.mark.parametrize("text,encoding", CASES, ids=[f"{e}-{t[:4]}" for t, e in CASES])
def test_text_file_in_legacy_or_utf8_encoding_decodes_to_the_original(tmp_path, text, encoding):
    f = tmp_path / "article.txt"
    f.write_bytes(text.encode(encoding))
    [a] = ingest([f])
    assert a.error == ""
    assert a.text == text
    assert a.encoding  # recorded, whatever the detector calls it
    assert a.repaired is False


BOM_CASES = [
    (KOREAN, "utf-8-sig", "utf-8"),
    (CHINESE, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
    (JAPANESE, "utf-16-be-bom", "utf-16-be"),
    (KOREAN, "utf-16-le-bom", "utf-16-le"),
    (FRENCH, "utf-32", "utf-32-le"),
]


def _encode_with_bom(text: str, how: str) -> bytes:
    if how == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    if how == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(how)


@pytest.mark.parametrize("text,how,expected", BOM_CASES, ids=[c[1] for c in BOM_CASES])
def test_byte_order_marks_are_honoured_and_removed(tmp_path, text, how, expected):
    f = tmp_path / "bom.txt"
    f.write_bytes(_encode_with_bom(text, how))
    [a] = ingest([f])
    assert (a.text, a.encoding, a.error) == (text, expected, "")


def test_utf16_without_bom_is_recognised_not_taken_for_binary(tmp_path):
    f = tmp_path / "nobom.txt"
    f.write_bytes(ENGLISH.encode("utf-16-le"))
    [a] = ingest([f])
    assert (a.text, a.encoding, a.error) == (ENGLISH, "utf-16-le", "")


def test_broken_utf8_is_decoded_with_replacement_and_marked_repaired(tmp_path):
    good = KOREAN.encode("utf-8")
    cut = good.index("교역액".encode())
    # A truncated character: the first two of the three bytes of "교".
    broken = good[:cut] + "교".encode()[:2] + good[cut + 3 :]
    f = tmp_path / "broken.txt"
    f.write_bytes(broken)
    [a] = ingest([f])
    assert a.error == ""
    assert (a.encoding, a.repaired) == ("utf-8", True)
    assert "\ufffd역액" in a.text
    assert a.text.replace("\ufffd", "교") == KOREAN


def test_stray_windows_1252_bytes_in_utf8_are_repaired(tmp_path):
    raw = "Exports rose — sharply — in April; ".encode() + b"\x93It is stable,\x94 he said. Caf\xe9 owners agreed."
    f = tmp_path / "mixed.txt"
    f.write_bytes(raw)
    [a] = ingest([f])
    assert a.text == "Exports rose — sharply — in April; “It is stable,” he said. Café owners agreed."
    assert (a.encoding, a.repaired) == ("utf-8", True)


def test_mojibake_is_fixed_with_ftfy(tmp_path):
    mojibake = FRENCH.encode("utf-8").decode("cp1252")  # UTF-8 read as Windows-1252
    f = tmp_path / "moji.txt"
    f.write_text(mojibake, encoding="utf-8")
    [a] = ingest([f])
    assert a.text == FRENCH
    assert a.repaired is True


def test_decode_bytes_keeps_clean_cjk_untouched_by_ftfy():
    for text in (KOREAN, CHINESE, JAPANESE):
        d = decode_bytes(text.encode("utf-8"))
        assert (d.text, d.repaired) == (text, False)


# --- encodings inside structured formats -----------------------------------------


def test_html_meta_charset_is_used(tmp_path):
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        f"<title>교역</title></head><body><p>{KOREAN}</p></body></html>"
    )
    f = tmp_path / "ko.html"
    f.write_bytes(html.encode("euc-kr"))
    [a] = ingest([f])
    assert a.text == KOREAN and a.title == "교역"
    assert a.encoding == "euc_kr"


def test_html_without_charset_is_detected(tmp_path):
    html = f"<html><head><title>統計</title></head><body><p>{JAPANESE}</p></body></html>"
    f = tmp_path / "ja.html"
    f.write_bytes(html.encode("shift_jis"))
    [a] = ingest([f])
    assert a.text == JAPANESE


def test_jsonl_in_utf16_with_bom(tmp_path):
    lines = "".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate((KOREAN, CHINESE, JAPANESE))
    )
    f = tmp_path / "cjk.jsonl"
    f.write_bytes(lines.encode("utf-16"))
    articles = ingest([f])
    assert [a.text for a in articles] == [KOREAN, CHINESE, JAPANESE]
    assert {a.encoding for a in articles} == {"utf-16-le"}


def test_jsonl_with_utf8_bom_and_escaped_unicode(tmp_path):
    f = tmp_path / "esc.jsonl"
    f.write_bytes(codecs.BOM_UTF8 + (json.dumps({"id": "e", "text": CHINESE}) + "\n").encode())
    [a] = ingest([f])
    assert (a.text, a.source_id) == (CHINESE, "e")


def test_jsonl_with_a_broken_byte_marks_only_that_record_repaired(tmp_path):
    good = json.dumps({"id": "g", "text": KOREAN}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "b", "text": "무역 통계"}, ensure_ascii=False).encode().replace("통".encode(), b"\xed\x86")
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(good + b"\n" + bad + b"\n")
    a, b = ingest([f])
    assert (a.text, a.repaired) == (KOREAN, False)
    assert (b.text, b.repaired, b.error) == ("무역 \ufffd계", True, "")


def test_csv_exported_in_cp949(tmp_path):
    rows = f'id,title,text\nk1,교역 증가,"{KOREAN}"\nk2,전망,"{KOREAN[:40]}"\n'
    f = tmp_path / "ko.csv"
    f.write_bytes(rows.encode("cp949"))
    a, b = ingest([f])
    assert (a.text, a.title, a.encoding) == (KOREAN, "교역 증가", "cp949")
    assert b.text == KOREAN[:40]


def test_stdin_in_gb18030():
    [a] = ingest(["-"], stdin=io.BytesIO(CHINESE.encode("gb18030")))
    assert a.text == CHINESE


def test_warc_charset_from_http_header(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = f"<html><body><p>{CHINESE}</p></body></html>".encode("gb18030")
    f = tmp_path / "zh.warc.gz"
    with open(f, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=GB18030")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record("https://zh.example.org/t", "response", payload=io.BytesIO(body), http_headers=http)
        )
    [a] = ingest([f])
    assert (a.text, a.encoding, a.source) == (CHINESE, "gb18030", "https://zh.example.org/t")
