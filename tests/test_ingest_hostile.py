"""Ingest: bad and hostile input becomes error Articles; the stream goes on.

One case per kind of bad input, each next to a good file that must come
through unaffected. Every input is built here, in tmp_path.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from extractor.ingest import IngestLimits, iter_articles
from extractor.records import Article

GOOD = "Shipments of steel to the neighbouring port rose 8 percent last month, the ministry said."


def ingest(paths, **kwargs) -> list[Article]:
    return list(iter_articles([str(p) for p in paths], **kwargs))


def good_file(tmp_path: Path, name: str = "good.txt") -> Path:
    f = tmp_path / name
    f.write_text(GOOD)
    return f


def assert_good(article: Article, source_id: str = "good.txt") -> None:
    assert (article.text, article.source_id, article.error) == (GOOD, source_id, "")


def the_error(articles: list[Article], source_id: str) -> str:
    [a] = [a for a in articles if a.source_id == source_id]
    assert a.text == ""
    assert a.error
    return a.error


def zip_bytes(members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def add_tar_member(t: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))


# --- paths ----------------------------------------------------------------------


def test_missing_path(tmp_path):
    arts = ingest([tmp_path / "nope.txt", good_file(tmp_path)])
    assert the_error(arts, "nope.txt") == "no such file or directory"
    assert_good(arts[1])


def test_unreadable_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    secret.chmod(0)
    good = good_file(tmp_path)
    # Root reads anything: run the reader without the capabilities that
    # bypass file permissions.
    drop = (
        [
            "setpriv",
            "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search",
        ]
        if os.geteuid() == 0
        else []
    )
    code = (
        "import json, sys; from extractor.ingest import iter_articles; "
        "print(json.dumps([[a.source_id, a.text, a.error] for a in iter_articles(sys.argv[1:])]))"
    )
    out = subprocess.run(
        [*drop, sys.executable, "-c", code, str(secret), str(good)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == [
        ["secret.txt", "", "cannot read: permission denied"],
        ["good.txt", GOOD, ""],
    ]


def test_empty_and_whitespace_only_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\r\n  ")
    good_file(tmp_path)
    arts = ingest([tmp_path])
    assert the_error(arts, "empty.txt") == "empty file: no text"
    assert the_error(arts, "blank.txt") == "empty file: only whitespace"
    assert_good(arts[2])


@pytest.mark.parametrize(
    "name,data,what",
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200), "JPEG image"),
        ("chart.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "PNG image"),
        (
            "report.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "PDF document",
        ),
        ("tool", b"\x7fELF\x02\x01\x01\x00" + bytes(64), "ELF executable"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100), "Windows executable"),
        ("notes.txt", b"abc\x00\x01\x02\x03" * 50, "contains NUL bytes"),
        ("data.bin", bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_binary_files_are_refused_by_magic_or_nul_bytes(tmp_path, name, data, what):
    (tmp_path / name).write_bytes(data)
    arts = ingest([tmp_path / name, good_file(tmp_path)])
    error = the_error(arts, name)
    assert what in error and "binary file" in error
    assert_good(arts[1])


def test_zip_based_documents_are_unsupported_not_opened(tmp_path):
    (tmp_path / "memo.docx").write_bytes(zip_bytes({"word/document.xml": "<w:document/>"}))
    arts = ingest([tmp_path / "memo.docx", good_file(tmp_path)])
    assert the_error(arts, "memo.docx") == "unsupported format: Word document (.docx)"
    assert_good(arts[1])


def test_fifo_is_never_opened(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    os.mkfifo(root / "pipe")  # opening it for reading would block forever
    good_file(root)
    arts = ingest([root, root / "pipe"])
    assert_good(arts[0])
    assert "not a regular file" in the_error(arts[1:2], "pipe")
    assert "not a regular file" in arts[2].error


# --- size limits ------------------------------------------------------------------


def test_file_over_max_file_bytes_is_refused_naming_size_and_limit(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    arts = ingest([big, good_file(tmp_path)], limits=IngestLimits(max_file_bytes=4096))
    error = the_error(arts, "big.html")
    assert error == "too large: 5,007 bytes, over the limit of 4,096 bytes (max_file_bytes)"
    assert_good(arts[1])


def test_text_over_max_chars_is_refused_naming_length_and_limit(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("word " * 300)  # 1,499 characters once stripped
    arts = ingest([long, good_file(tmp_path)], limits=IngestLimits(max_chars=1000))
    assert the_error(arts, "long.txt") == ("too long: 1,499 characters, over the limit of 1,000 (max_chars)")
    assert_good(arts[1])


def test_text_file_too_big_for_max_chars_is_refused_unread(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 50_000)
    arts = ingest([huge, good_file(tmp_path)], limits=IngestLimits(max_chars=10_000))
    error = the_error(arts, "huge.txt")
    assert "50,000 bytes" in error and "10,000 characters (max_chars)" in error
    assert_good(arts[1])


def test_very_long_lines_are_fine(tmp_path):
    text = "Trade " + "grew steadily and " * 60_000 + "ended."
    f = tmp_path / "oneline.jsonl"
    f.write_text(json.dumps({"id": "long", "text": text}) + "\n")
    [a] = ingest([f])
    assert (a.text, a.error) == (text, "")


def test_jsonl_line_over_the_limit_is_one_error_and_the_next_lines_are_kept(tmp_path):
    f = tmp_path / "mix.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": GOOD})
        + "\n"
        + json.dumps({"id": "b", "text": "x" * 10_000})
        + "\n"
        + json.dumps({"id": "c", "text": GOOD})
        + "\n"
    )
    arts = ingest([f], limits=IngestLimits(max_file_bytes=2048))
    assert [a.source_id for a in arts] == ["a", "mix.jsonl#2", "c"]
    assert arts[1].error == "line 2: too long, over the limit of 2,048 bytes (max_file_bytes)"
    assert arts[2].text == GOOD


# --- records ---------------------------------------------------------------------


def test_jsonl_malformed_lines_and_bad_records(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": GOOD}),
        '{"id": "cut", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "nt", "title": "no text here"}),
        json.dumps({"id": "wt", "text": ["a", "list"]}),
        json.dumps({"id": {"nested": 1}, "text": GOOD}),
        json.dumps({"id": "tt", "text": GOOD, "title": 12}),
        json.dumps({"id": "ok1", "text": "second record with the same id"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "ok2", "text": GOOD}),
    ]
    f = tmp_path / "bad.jsonl"
    f.write_text("\n".join(lines) + "\n")
    arts = ingest([f])
    errors = [(a.source_id, a.error) for a in arts if a.error]
    assert errors == [
        ("bad.jsonl#2", "line 2: not valid JSON (Unterminated string starting at, column 23)"),
        ("bad.jsonl#3", "line 3: expected an object, got a list"),
        ("nt", "line 4: record has no 'text'"),
        ("wt", "line 5: 'text' must be a string, got a list"),
        ("bad.jsonl#6", "line 6: 'id' must be a string or an integer, got an object"),
        ("tt", "line 7: 'title' must be a string, got int"),
        ("ok1", "line 8: duplicate id 'ok1' (first used on line 1); record skipped"),
        ("blank", "line 9: empty record: only whitespace"),
    ]
    kept = [(a.source_id, a.text) for a in arts if not a.error]
    assert kept == [("ok1", GOOD), ("ok2", GOOD)]
    assert all(a.text == "" for a in arts if a.error)


def test_duplicate_ids_are_per_file(tmp_path):
    for name in ("one.jsonl", "two.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": "same", "text": GOOD}) + "\n")
    arts = ingest([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])
    assert [a.error for a in arts] == ["", ""]


def test_json_that_does_not_parse(tmp_path):
    (tmp_path / "broken.json").write_text('[{"text": "a"},')
    arts = ingest([tmp_path / "broken.json", good_file(tmp_path)])
    assert the_error(arts, "broken.json").startswith("not valid JSON (Expecting value, line 1")
    assert_good(arts[1])


def test_csv_without_a_text_column(tmp_path):
    (tmp_path / "meta.csv").write_text("id,headline,date\n1,Steel up,2025-04-01\n")
    arts = ingest([tmp_path / "meta.csv", good_file(tmp_path)])
    assert the_error(arts, "meta.csv") == (
        "CSV has no 'text' column (columns: 'id', 'headline', 'date'; delimiter ',')"
    )
    assert_good(arts[1])


def test_csv_short_rows_and_duplicate_ids(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text(f"id,title,text\nr1,T,{GOOD}\nr2,only title\nr1,T,again\n")
    arts = ingest([f])
    assert [(a.source_id, a.error) for a in arts] == [
        ("r1", ""),
        ("r2", "row 2: record has no 'text'"),
        ("r1", "row 3: duplicate id 'r1' (first used on row 1); record skipped"),
    ]


# --- archives --------------------------------------------------------------------


def test_corrupt_zip_and_fake_zip(tmp_path):
    data = zip_bytes({"a.txt": GOOD, "b.txt": GOOD})
    (tmp_path / "truncated.zip").write_bytes(data[: len(data) // 2])
    (tmp_path / "fake.zip").write_text("this is not a zip archive at all")
    arts = ingest([tmp_path / "truncated.zip", tmp_path / "fake.zip", good_file(tmp_path)])
    assert the_error(arts, "truncated.zip").startswith("corrupt zip archive: ")
    assert the_error(arts, "fake.zip").startswith("corrupt zip archive: ")
    assert_good(arts[2])


def test_zip_member_with_bad_crc_is_an_error_and_siblings_are_read(tmp_path):
    data = bytearray(zip_bytes({"a.txt": "A" * 50 + GOOD, "b.txt": GOOD}, zipfile.ZIP_STORED))
    pos = data.index(b"AAAA")
    data[pos : pos + 4] = b"BBBB"  # content no longer matches its CRC
    (tmp_path / "crc.zip").write_bytes(bytes(data))
    arts = ingest([tmp_path / "crc.zip"])
    assert "Bad CRC-32" in the_error(arts, "a.txt")
    assert_good(arts[1], "b.txt")


def test_corrupt_tar_gz(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for i in range(20):
            noise = hashlib.sha256(str(i).encode()).hexdigest() * 6  # compresses poorly
            add_tar_member(t, f"m{i}.txt", (GOOD + f" Item {i}. " + noise).encode())
    data = buf.getvalue()
    (tmp_path / "cut.tar.gz").write_bytes(data[: len(data) // 2])
    arts = ingest([tmp_path / "cut.tar.gz", good_file(tmp_path)])
    read = [a for a in arts if not a.error and a.source_id.startswith("m")]
    assert 3 < len(read) < 20 and all(a.text.startswith(GOOD) for a in read)  # before the cut
    last = arts[-2]  # the archive's own error comes last
    assert (last.source, last.source_id) == (str(tmp_path / "cut.tar.gz"), "cut.tar.gz")
    assert last.error.startswith("corrupt tar archive")
    assert_good(arts[-1])


def test_tar_cut_at_a_member_boundary_is_reported(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        add_tar_member(t, "one.txt", GOOD.encode())
        add_tar_member(t, "two.txt", GOOD.encode())
    data = buf.getvalue()
    cut = tmp_path / "cut.tar"
    cut.write_bytes(data[:1024])  # first member's header and data block only
    arts = ingest([cut])
    assert_good(arts[0], "one.txt")
    assert arts[1].error == (
        "corrupt tar archive: it ends abruptly after 1 member (empty header); the members before were read"
    )


def test_zip_slip_names_are_labels_and_nothing_is_written(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    evil = inputs / "evil.zip"
    evil.write_bytes(
        zip_bytes(
            {
                "../../escaped.txt": GOOD,
                "/tmp/absolute_escape.txt": GOOD,
                "ok/../../../up.txt": GOOD,
            }
        )
    )
    tar = inputs / "evil.tar"
    with tarfile.open(tar, "w") as t:
        add_tar_member(t, "../../tar_escaped.txt", GOOD.encode())
    before = sorted(p for p in tmp_path.parent.rglob("*"))
    arts = ingest([evil, tar])
    after = sorted(p for p in tmp_path.parent.rglob("*"))
    assert [(a.source, a.text, a.error) for a in arts] == [
        (f"{evil}!../../escaped.txt", GOOD, ""),
        (f"{evil}!/tmp/absolute_escape.txt", GOOD, ""),
        (f"{evil}!ok/../../../up.txt", GOOD, ""),
        (f"{tar}!../../tar_escaped.txt", GOOD, ""),
    ]
    assert after == before
    assert not Path("/tmp/absolute_escape.txt").exists()


def test_zip_bomb_refused_by_compression_ratio(tmp_path):
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(zip_bytes({"zeros.txt": b"0" * 20_000_000, "fine.txt": GOOD}))
    arts = ingest([bomb])
    error = the_error(arts, "zeros.txt")
    assert "looks like a zip bomb" in error and "limit 100:1" in error
    assert_good(arts[1], "fine.txt")


def test_zip_bomb_of_many_small_members_stops_the_archive(tmp_path):
    members = {"fine.txt": GOOD, **{f"z{i:03}.txt": b"0" * 200_000 for i in range(40)}}
    bomb = tmp_path / "many.zip"
    bomb.write_bytes(zip_bytes(members))
    arts = ingest([bomb, good_file(tmp_path)], limits=IngestLimits(ratio_min_bytes=1_000_000))
    assert_good(arts[0], "fine.txt")
    errors = [a for a in arts if a.error]
    assert "so far expand" in errors[-1].error and "the rest is not read" in errors[-1].error
    assert len(arts) < 12  # stopped after about 1 MB, not 40 members
    assert_good(arts[-1])


def test_zip_member_over_max_member_bytes(tmp_path):
    z = tmp_path / "big.zip"
    z.write_bytes(zip_bytes({"big.txt": os.urandom(300_000).hex(), "fine.txt": GOOD}))
    arts = ingest([z], limits=IngestLimits(max_member_bytes=100_000))
    assert the_error(arts, "big.txt") == (
        f"too large: {z}!big.txt is 600,000 bytes uncompressed, over the limit of 100,000 bytes (max_member_bytes)"
    )
    assert_good(arts[1], "fine.txt")


def test_archive_total_uncompressed_limit_stops_the_archive(tmp_path):
    z = tmp_path / "many.zip"
    z.write_bytes(zip_bytes({f"{i:02}.txt": GOOD + " " + "x" * 1000 for i in range(10)}))
    arts = ingest([z, good_file(tmp_path)], limits=IngestLimits(max_total_uncompressed=5000))
    assert [a.error == "" for a in arts[:4]] == [True, True, True, True]
    assert arts[4].source_id == "04.txt"
    assert "max_total_uncompressed" in arts[4].error and "the rest is not read" in arts[4].error
    assert_good(arts[5])
    assert len(arts) == 6


def test_tar_gz_bomb_refused_while_streaming(tmp_path):
    bomb = tmp_path / "bomb.tar.gz"
    with tarfile.open(bomb, "w:gz") as t:
        add_tar_member(t, "fine.txt", GOOD.encode())
        add_tar_member(t, "aaaa.txt", b"a" * 5_000_000)
    arts = ingest([bomb], limits=IngestLimits(max_chars=10_000_000))
    assert_good(arts[0], "fine.txt")
    error = the_error(arts, "aaaa.txt")
    assert "decompression bomb" in error and "max_compression_ratio" in error


def test_gzip_bomb_refused_while_streaming(tmp_path):
    bomb = tmp_path / "notes.txt.gz"
    bomb.write_bytes(gzip.compress(b"b" * 5_000_000))
    arts = ingest([bomb, good_file(tmp_path)], limits=IngestLimits(max_chars=10_000_000))
    assert "decompression bomb" in the_error(arts, "notes.txt.gz")
    assert_good(arts[1])


def test_nesting_beyond_depth_is_refused(tmp_path):
    level3 = zip_bytes({"deepest.txt": GOOD})
    level2 = zip_bytes({"level3.zip": level3, "two.txt": GOOD})
    (tmp_path / "top.zip").write_bytes(zip_bytes({"level2.zip": level2, "one.txt": GOOD}))
    arts = ingest([tmp_path / "top.zip"])
    assert [(a.source_id, a.error == "") for a in arts] == [
        ("level2.zip!level3.zip", False),
        ("level2.zip!two.txt", True),
        ("one.txt", True),
    ]
    assert arts[0].error == (
        "archive nested too deep: it would be level 3, over the limit of 2 (max_archive_depth); not opened"
    )


def test_archives_refused_altogether_with_depth_zero(tmp_path):
    (tmp_path / "a.zip").write_bytes(zip_bytes({"x.txt": GOOD}))
    arts = ingest([tmp_path / "a.zip", good_file(tmp_path)], limits=IngestLimits(max_archive_depth=0))
    assert "nested too deep" in the_error(arts, "a.zip")
    assert_good(arts[1])


def test_encrypted_zip_member(tmp_path):
    data = bytearray(zip_bytes({"locked.txt": b"\x00" * 12 + b"ciphertext", "open.txt": GOOD}))
    # zipfile cannot write encrypted members: set the "encrypted" flag bit of
    # the first entry in its local header and in the central directory.
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1
    (tmp_path / "enc.zip").write_bytes(bytes(data))
    arts = ingest([tmp_path / "enc.zip"])
    assert the_error(arts, "locked.txt") == "encrypted member: cannot be read"
    assert_good(arts[1], "open.txt")


def test_links_inside_archives_are_not_followed(tmp_path):
    tar = tmp_path / "links.tar"
    with tarfile.open(tar, "w") as t:
        link = tarfile.TarInfo("passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        t.addfile(link)
        add_tar_member(t, "fine.txt", GOOD.encode())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("shadow")
        info.external_attr = 0o120777 << 16  # a symbolic link entry
        z.writestr(info, "/etc/shadow")
    (tmp_path / "links.zip").write_bytes(buf.getvalue())
    arts = ingest([tar, tmp_path / "links.zip"])
    assert the_error(arts, "passwd") == "symbolic link in the archive (to '/etc/passwd'): not followed"
    assert_good(arts[1], "fine.txt")
    assert the_error(arts, "shadow") == "symbolic link in the archive: not followed"


def test_empty_archive(tmp_path):
    (tmp_path / "empty.zip").write_bytes(zip_bytes({}))
    arts = ingest([tmp_path / "empty.zip"])
    assert the_error(arts, "empty.zip") == "empty archive: no members"


def test_corrupt_warc(tmp_path):
    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"not a warc record\r\n\r\n"))
    (tmp_path / "bad.warc").write_text("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: zz\r\n\r\n")
    arts = ingest([tmp_path / "bad.warc.gz", tmp_path / "bad.warc", good_file(tmp_path)])
    assert "web archive" in the_error(arts, "bad.warc.gz")
    assert the_error(arts, "bad.warc")
    assert_good(arts[2])


# --- folders and links -----------------------------------------------------------


def test_symlink_pointing_outside_the_root_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("private notes")
    root = tmp_path / "corpus"
    root.mkdir()
    good_file(root)
    (root / "escape.txt").symlink_to(outside / "secret.txt")
    (root / "escape_dir").symlink_to(outside)
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    arts = ingest([root])
    assert [a.source_id for a in arts] == ["dangling.txt", "escape.txt", "escape_dir", "good.txt"]
    assert the_error(arts, "escape.txt") == (
        f"symbolic link to {str(outside / 'secret.txt')!r} points outside the input folder: not followed"
    )
    assert "points outside" in the_error(arts, "escape_dir")
    assert the_error(arts, "dangling.txt").startswith("broken symbolic link")
    assert all("private" not in a.text for a in arts)
    assert_good(arts[3])


# --- HTML ------------------------------------------------------------------------


def test_html_scripts_styles_and_iframes_are_never_text(tmp_path):
    html = (
        "<html><head><title>Steel</title>"
        "<script>document.write('SCRIPT_PAYLOAD'); fetch('http://203.0.113.9/x')</script>"
        "<style>body::after { content: 'STYLE_PAYLOAD' }</style>"
        '<meta http-equiv="refresh" content="0; url=http://203.0.113.9/">'
        "</head><body>"
        '<iframe src="http://203.0.113.9/frame">IFRAME_PAYLOAD</iframe>'
        f"<article><p>{GOOD}</p></article>"
        '<img src="http://203.0.113.9/pixel.gif" onerror="alert(\'HANDLER_PAYLOAD\')">'
        "<noscript>NOSCRIPT_PAYLOAD</noscript>"
        "<script type='text/template'>TEMPLATE_PAYLOAD</script>"
        "</body></html>"
    )
    (tmp_path / "page.html").write_text(html)
    [a] = ingest([tmp_path / "page.html"])
    assert a.text == GOOD
    assert "PAYLOAD" not in a.text + a.title


def test_html_without_any_text(tmp_path):
    (tmp_path / "blank.html").write_text("<html><head><script>var x = 1;</script></head><body></body></html>")
    arts = ingest([tmp_path / "blank.html", good_file(tmp_path)])
    assert the_error(arts, "blank.html") == "no text found in the HTML page"
    assert_good(arts[1])


# --- standard input --------------------------------------------------------------


def test_binary_on_stdin():
    [a] = ingest(["-"], stdin=io.BytesIO(b"%PDF-1.4\n" + bytes(100)))
    assert (a.source, a.text) == ("-", "")
    assert "PDF document" in a.error


def test_empty_stdin():
    [a] = ingest(["-"], stdin=io.BytesIO(b""))
    assert a.error == "empty file: no text"


# --- all at once -----------------------------------------------------------------


def test_a_folder_full_of_trouble_never_raises(tmp_path):
    root = tmp_path / "mess"
    root.mkdir()
    (root / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (root / "b.jsonl").write_text("{oops\n")
    (root / "c.zip").write_bytes(b"PK\x03\x04broken")
    (root / "d.csv").write_text("x,y\n1,2\n")
    (root / "e.tar.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (root / "f.warc").write_text("WARC/1.0\r\n")
    (root / "g.json").write_text("{")
    (root / "h.txt").write_bytes(b"")
    (root / "i.gz").write_bytes(b"\x1f\x8bnot really gzip")
    (root / "j.html").write_bytes(b"<html>\x00\x00\x00</html>")
    good_file(root, "z.txt")
    arts = ingest([root])
    assert len(arts) == 11
    assert all(a.error and a.text == "" for a in arts[:-1]), [(a.source_id, a.error) for a in arts]
    assert_good(arts[-1], "z.txt")
