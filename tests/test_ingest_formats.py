"""Ingest: each input format and container yields the right Articles.

Every input is built here, in tmp_path.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from extractor.ingest import IngestLimits, estimate_total, iter_articles
from extractor.records import Article

ARTICLE = (
    "Exports of machinery from the port city climbed 12 percent in March, "
    "according to figures released by the customs office on Monday."
)
SECOND = "Imports of soybeans fell to $41.5 million in the first quarter, officials said."


def ingest(paths, **kwargs) -> list[Article]:
    return list(iter_articles([str(p) for p in paths], **kwargs))


def ok(articles: list[Article]) -> list[Article]:
    return [a for a in articles if not a.error]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# --- plain text ------------------------------------------------------------------


def test_text_file_is_one_article_with_file_name_as_source_id(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE + "\r\n\r\n" + SECOND + "\r\n", encoding="utf-8")
    [a] = ingest([f])
    assert a.error == ""
    assert a.text == ARTICLE + "\n\n" + SECOND
    assert a.source == str(f)
    assert a.source_id == "story.txt"
    assert a.encoding == "utf-8" and a.repaired is False
    assert a.published == "" and a.published_source == ""


def test_published_option_fills_articles_without_a_date(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE)
    [a] = ingest([f], published="2025-06-02")
    assert (a.published, a.published_source) == ("2025-06-02", "option")


def test_published_option_that_is_no_date_raises_at_the_call():
    with pytest.raises(ValueError, match="not a date"):
        iter_articles(["-"], published="next tuesday-ish")


def test_markdown_heading_becomes_title(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("# Port exports climb\n\n" + ARTICLE)
    [a] = ingest([f])
    assert a.title == "Port exports climb"
    assert ARTICLE in a.text


def test_unknown_extension_is_sniffed(tmp_path):
    text = tmp_path / "README"
    text.write_text(ARTICLE)
    records = tmp_path / "dump.dat"
    records.write_text(json.dumps({"id": "r1", "text": SECOND}) + "\n")
    html = tmp_path / "saved_page"
    html.write_text(page(f"<p>{ARTICLE}</p>", "<title>Exports</title>"))
    a, b, c = ingest([text, records, html])
    assert (a.text, a.source_id) == (ARTICLE, "README")
    assert (b.text, b.source_id) == (SECOND, "r1")
    assert c.text == ARTICLE and c.title == "Exports"


# --- folders ---------------------------------------------------------------------


def test_folder_is_read_recursively_in_name_order_with_relative_ids(tmp_path):
    root = tmp_path / "corpus"
    (root / "b_dir" / "inner").mkdir(parents=True)
    (root / "a.txt").write_text("first " + ARTICLE)
    (root / "b_dir" / "inner" / "deep.txt").write_text("deep " + ARTICLE)
    (root / "b_dir" / "z.txt").write_text("z " + ARTICLE)
    (root / "c.txt").write_text("last " + ARTICLE)
    (root / ".hidden.txt").write_text("hidden")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("hidden too")
    articles = ingest([root])
    assert [a.source_id for a in articles] == [
        "a.txt",
        "b_dir/inner/deep.txt",
        "b_dir/z.txt",
        "c.txt",
    ]
    assert articles[1].source == str(root / "b_dir" / "inner" / "deep.txt")
    assert all(not a.error for a in articles)
    assert ingest([root]) == articles  # deterministic


def test_paths_are_read_in_the_order_given(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(ARTICLE)
    two.write_text(SECOND)
    assert [a.source_id for a in ingest([two, one])] == ["two.txt", "one.txt"]


def test_symlink_inside_the_root_is_followed_to_its_file(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "real.txt").write_text(ARTICLE)
    (root / "alias.txt").symlink_to(root / "real.txt")
    (root / "folder_link").symlink_to(root)  # a loop: never followed
    articles = ingest([root])
    assert [(a.source_id, a.text) for a in articles] == [
        ("alias.txt", ARTICLE),
        ("real.txt", ARTICLE),
    ]


# --- HTML ------------------------------------------------------------------------


def test_html_keeps_main_text_and_metadata_and_drops_navigation(tmp_path):
    paragraphs = "".join(f"<p>{s}</p>" for s in (ARTICLE, SECOND, '"The outlook is steady," an analyst said.'))
    html = page(
        '<nav><a href="/">Home</a> | <a href="/world">World news</a> | <a href="/sub">Subscribe today</a></nav>'
        '<div class="menu"><ul><li><a href="/p">Politics desk</a></li><li><a href="/e">Economy desk</a></li></ul></div>'
        f"<article><h1>Machinery exports climb</h1>{paragraphs}</article>"
        "<footer>Copyright 2025 Harbour Daily. All rights reserved.</footer>",
        head=(
            "<title>Machinery exports climb | Harbour Daily</title>"
            '<meta property="og:title" content="Machinery exports climb">'
            '<meta property="article:published_time" content="2025-04-08T09:30:00+09:00">'
            '<link rel="canonical" href="https://news.example.org/2025/04/exports">'
        ),
    )
    f = tmp_path / "exports.html"
    f.write_text(html)
    [a] = ingest([f], published="2025-01-01")
    assert a.error == ""
    assert ARTICLE in a.text and SECOND in a.text and "analyst said" in a.text
    for boilerplate in ("Subscribe today", "Economy desk", "All rights reserved"):
        assert boilerplate not in a.text
    assert a.title == "Machinery exports climb"
    assert (a.published, a.published_source) == ("2025-04-08", "metadata")
    assert a.url == "https://news.example.org/2025/04/exports"
    assert a.source_id == "exports.html"


def test_html_without_date_takes_the_option(tmp_path):
    f = tmp_path / "p.htm"
    f.write_text(page(f"<p>{ARTICLE}</p>"))
    [a] = ingest([f], published="2025-02-03")
    assert a.text == ARTICLE
    assert (a.published, a.published_source) == ("2025-02-03", "option")


# --- JSON Lines and JSON ------------------------------------------------------------


def test_jsonl_gold_format_is_valid_input_and_gold_is_ignored(tmp_path):
    gold = {
        "id": "harbour-1",
        "source": "harbour-daily.txt",
        "published": "2025-04-08",
        "title": "Machinery exports climb",
        "text": ARTICLE,
        "gold": {
            "trade_facts": [{"value": 1.0, "currency": "USD"}],
            "change_claims": [],
            "quotes": [],
        },
    }
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps(gold, ensure_ascii=False) + "\n")
    [a] = ingest([f], published="2020-01-01")
    assert a == Article(
        text=ARTICLE,
        source="harbour-daily.txt",
        source_id="harbour-1",
        title="Machinery exports climb",
        published="2025-04-08",
        published_source="metadata",
        encoding="utf-8",
    )


def test_jsonl_records_without_id_get_file_and_line(tmp_path):
    f = tmp_path / "batch.ndjson"
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.org/a", "published": "8 April 2025"}),
        "",
        json.dumps({"id": 42, "text": SECOND}),
    ]
    f.write_text("\n".join(lines) + "\n")
    a, b = ingest([f])
    assert (a.source_id, a.source, a.url, a.published) == (
        "batch.ndjson#1",
        str(f),
        "https://example.org/a",
        "2025-04-08",
    )
    assert (b.source_id, b.text) == ("42", SECOND)


def test_jsonl_unparseable_published_falls_back_to_the_option(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "a", "text": ARTICLE, "published": "spring"}) + "\n")
    [a] = ingest([f], published="2025-05-05")
    assert a.error == "" and (a.published, a.published_source) == ("2025-05-05", "option")


def test_json_array_of_records(tmp_path):
    f = tmp_path / "articles.json"
    f.write_text(json.dumps([{"id": "a", "text": ARTICLE}, {"text": SECOND, "title": "Soy"}]))
    a, b = ingest([f])
    assert (a.source_id, a.text) == ("a", ARTICLE)
    assert (b.source_id, b.title) == ("articles.json#2", "Soy")


def test_json_single_record_and_json_lines_named_json(tmp_path):
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": ARTICLE, "title": "One"}, indent=2))
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"id": "l1", "text": ARTICLE}) + "\n" + json.dumps({"id": "l2", "text": SECOND}) + "\n")
    a, b, c = ingest([single, lines])
    assert (a.source_id, a.title, a.error) == ("one.json", "One", "")
    assert [b.source_id, c.source_id] == ["l1", "l2"]


# --- CSV -------------------------------------------------------------------------


def test_csv_with_embedded_newlines_and_quotes(tmp_path):
    f = tmp_path / "news.csv"
    f.write_bytes(
        b"id,title,text,published,url\r\n"
        b'c1,Exports,"' + ARTICLE.encode() + b'\r\nSecond paragraph, with ""quotes"".",2025-04-08,https://e.org/1\r\n'
        b"c2,Soy," + SECOND.replace(",", "").encode() + b",,\r\n"
    )
    a, b = ingest([f])
    assert a.text == ARTICLE + '\r\nSecond paragraph, with "quotes".'
    assert (a.source_id, a.title, a.published, a.url) == (
        "c1",
        "Exports",
        "2025-04-08",
        "https://e.org/1",
    )
    assert (b.source_id, b.published, b.url) == ("c2", "", "")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiter_is_sniffed(tmp_path, delimiter):
    f = tmp_path / "news.csv"
    f.write_text(f"title{delimiter}body\nExports{delimiter}{ARTICLE}\n")
    [a] = ingest([f])
    assert (a.title, a.text, a.source_id) == ("Exports", ARTICLE, "news.csv#1")


def test_tsv_file(tmp_path):
    f = tmp_path / "news.tsv"
    f.write_text(f"id\ttext\nt1\t{ARTICLE}\nt2\t{SECOND}\n")
    assert [(a.source_id, a.text) for a in ingest([f])] == [("t1", ARTICLE), ("t2", SECOND)]


def test_csv_field_longer_than_the_csv_module_default_limit(tmp_path):
    long_text = (ARTICLE + " ") * 2000  # ~270,000 characters, over csv's 131,072 default
    f = tmp_path / "long.csv"
    f.write_text(f'id,text\nlong,"{long_text}"\n')
    [a] = ingest([f])
    assert a.error == "" and len(a.text) == len(long_text)


# --- archives --------------------------------------------------------------------


def test_zip_members_streamed_with_archive_labels(tmp_path):
    f = tmp_path / "bundle.zip"
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2025/04/exports.txt", ARTICLE)
        z.writestr("2025/04/", "")
        z.writestr("records.jsonl", json.dumps({"id": "r9", "text": SECOND}) + "\n")
        z.writestr("__MACOSX/._exports.txt", b"\x00\x05\x16\x07junk")
        z.writestr("page.html", page(f"<p>{SECOND}</p>"))
    a, b, c = ingest([f])
    assert (a.source, a.source_id, a.text) == (
        f"{f}!2025/04/exports.txt",
        "2025/04/exports.txt",
        ARTICLE,
    )
    assert (b.source, b.source_id, b.text) == (f"{f}!records.jsonl", "r9", SECOND)
    assert (c.source_id, c.text) == ("page.html", SECOND)


def test_nested_zip_within_depth(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep.txt", ARTICLE)
    f = tmp_path / "outer.zip"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("inner.zip", inner.getvalue())
    [a] = ingest([f])
    assert (a.source, a.source_id, a.text) == (
        f"{f}!inner.zip!deep.txt",
        "inner.zip!deep.txt",
        ARTICLE,
    )


@pytest.mark.parametrize("suffix,mode", [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz"), (".tar.bz2", "w:bz2")])
def test_tar_archives(tmp_path, suffix, mode):
    f = tmp_path / f"bundle{suffix}"
    with tarfile.open(f, mode) as t:
        for name, text in (("a/exports.txt", ARTICLE), ("b/soy.txt", SECOND)):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    a, b = ingest([f])
    assert (a.source, a.source_id, a.text) == (f"{f}!a/exports.txt", "a/exports.txt", ARTICLE)
    assert (b.source_id, b.text) == ("b/soy.txt", SECOND)


def test_zip_inside_tar_gz(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("x.txt", ARTICLE)
    f = tmp_path / "mixed.tar.gz"
    with tarfile.open(f, "w:gz") as t:
        info = tarfile.TarInfo("pack.zip")
        info.size = len(inner.getvalue())
        t.addfile(info, io.BytesIO(inner.getvalue()))
    [a] = ingest([f])
    assert (a.source_id, a.text) == ("pack.zip!x.txt", ARTICLE)


def test_single_gzip_file_is_read_by_its_inner_extension(tmp_path):
    f = tmp_path / "records.jsonl.gz"
    f.write_bytes(gzip.compress((json.dumps({"id": "g1", "text": ARTICLE}) + "\n").encode()))
    [a] = ingest([f])
    assert (a.source, a.source_id, a.text) == (str(f), "g1", ARTICLE)


# --- WARC ------------------------------------------------------------------------


def _write_warc(path: Path, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, url, status, ctype, body, date):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(rec)

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        req = w.create_warc_record(
            "https://news.example.org/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")
        )
        w.write_record(req)
        dated = page(
            f"<p>{ARTICLE}</p>",
            '<title>Exports</title><meta property="article:published_time" content="2025-04-08">',
        )
        response(
            w,
            "https://news.example.org/a",
            "200 OK",
            "text/html; charset=utf-8",
            dated.encode(),
            "2025-05-01T10:00:00Z",
        )
        response(
            w,
            "https://news.example.org/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\n\x00",
            "2025-05-01T10:00:01Z",
        )
        response(
            w,
            "https://news.example.org/gone",
            "404 Not Found",
            "text/html",
            page("<p>Not found</p>").encode(),
            "2025-05-01T10:00:02Z",
        )
        response(
            w,
            "https://news.example.org/b",
            "200 OK",
            "text/html",
            page(f"<p>{SECOND}</p>").encode(),
            "2025-05-02T08:00:00Z",
        )


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, gz):
    f = tmp_path / name
    _write_warc(f, gz=gz)
    a, b = ingest([f])
    assert (a.source, a.url, a.text, a.title) == (
        "https://news.example.org/a",
        "https://news.example.org/a",
        ARTICLE,
        "Exports",
    )
    assert (a.published, a.published_source) == ("2025-04-08", "metadata")
    assert a.source_id.startswith("urn:uuid:")
    # No date in the page: the crawl date bounds the publication date.
    assert (b.source, b.text, b.published, b.published_source) == (
        "https://news.example.org/b",
        SECOND,
        "2025-05-02",
        "inferred",
    )


def test_warc_option_wins_over_crawl_date(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    _write_warc(f)
    _, b = ingest([f], published="2025-04-30")
    assert (b.published, b.published_source) == ("2025-04-30", "option")


# --- standard input ---------------------------------------------------------------


def test_stdin_json_lines(tmp_path):
    data = (json.dumps({"id": "s1", "text": ARTICLE}) + "\n" + json.dumps({"id": "s2", "text": SECOND}) + "\n").encode()
    a, b = ingest(["-"], stdin=io.BytesIO(data))
    assert (a.source, a.source_id, b.source_id) == ("-", "s1", "s2")


def test_stdin_plain_text():
    [a] = ingest(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert (a.source, a.source_id, a.text) == ("-", "stdin", ARTICLE)


# --- streaming -------------------------------------------------------------------


class EndlessJsonl(io.RawIOBase):
    """A huge JSON Lines stream produced on demand, counting what is read."""

    def __init__(self, total_lines: int) -> None:
        self.total_lines = total_lines
        self.produced = 0
        self.bytes_read = 0
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while len(self._pending) < len(b) and self.produced < self.total_lines:
            self.produced += 1
            rec = {"id": f"n{self.produced}", "text": f"{ARTICLE} Line {self.produced}."}
            self._pending += (json.dumps(rec) + "\n").encode()
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self.bytes_read += n
        return n


def test_large_jsonl_stream_is_consumed_lazily():
    stream = EndlessJsonl(total_lines=10_000_000)  # about 1.5 GB if read through
    first = list(itertools.islice(iter_articles(["-"], stdin=stream), 3))
    assert [a.source_id for a in first] == ["n1", "n2", "n3"]
    assert stream.bytes_read < 1_000_000


def test_large_jsonl_file_first_articles_come_before_the_rest_is_read(tmp_path):
    f = tmp_path / "big.jsonl"
    with open(f, "w") as fh:
        for i in range(50_000):
            fh.write(json.dumps({"id": f"b{i}", "text": ARTICLE}) + "\n")
        fh.write("{broken\n")  # would be an error article if read
    articles = iter_articles([str(f)])
    first = list(itertools.islice(articles, 3))
    assert [a.source_id for a in first] == ["b0", "b1", "b2"]
    articles.close()


def test_iter_articles_is_lazy_about_paths(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    it = iter_articles([str(f), str(tmp_path / "created_later.txt")])
    assert next(it).text == ARTICLE
    (tmp_path / "created_later.txt").write_text(SECOND)
    assert next(it).text == SECOND


# --- estimate_total ------------------------------------------------------------------


def test_estimate_total_counts_files_lines_and_zip_members(tmp_path):
    root = tmp_path / "c"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE)
    (root / "sub" / "b.html").write_text(page(ARTICLE))
    lines = tmp_path / "r.jsonl"
    lines.write_text("".join(json.dumps({"text": ARTICLE}) + "\n" for _ in range(5)))
    z = tmp_path / "z.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("1.txt", ARTICLE)
        zf.writestr("2.txt", SECOND)
    assert estimate_total([root, lines, z]) == 2 + 5 + 2
    assert len(ingest([root, lines, z])) == 9


def test_estimate_total_is_none_when_counting_needs_a_full_read(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("text\na\n")
    assert estimate_total([f]) is None
    assert estimate_total(["-"]) is None


def test_limits_are_overridable_and_validated():
    assert IngestLimits(max_chars=10).max_chars == 10
    with pytest.raises(ValueError, match="max_chars"):
        IngestLimits(max_chars=0)
