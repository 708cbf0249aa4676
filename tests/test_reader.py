"""Reading input: encodings, HTML, folders, and one clear error per bad file."""
from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.text.pages import iter_articles
from graph.text.reader import html_to_text, iter_input_files, open_source

PAGE = "河西区举办招聘会\n\n□记者王晓君\n\n本报讯 日前,河西区举办招聘会。\n"


def text_of(path) -> str:
    source = open_source(path)
    return "".join(source.chunks())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(PAGE.encode(encoding))
    source = open_source(path)
    assert text_of(path) == PAGE
    assert source.source.length == len(PAGE)
    assert source.source.name == path.name


def test_crlf_line_ends_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    assert text_of(path) == PAGE


def test_simple_html_becomes_paragraphs(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>t</title><style>p{}</style></head><body><h1>河西区举办招聘会</h1>"
                    "<p>□记者王晓君</p><p>本报讯 日前,河西区&amp;平凉市举办招聘会。</p></body></html>", encoding="utf-8")
    articles = list(iter_articles(open_source(path)))
    assert [a.title for a in articles] == ["河西区举办招聘会"]
    assert articles[0].bylines[0].name == "王晓君"
    assert "河西区&平凉市" in articles[0].text


def test_html_to_text_drops_scripts():
    assert html_to_text("<p>甲</p><script>var x='乙';</script><p>丙</p>").split() == ["甲", "丙"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n  ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("河西区".encode("utf-8") + b"\xff\xfe\xfa" + b"abc" * 10, "cannot decode"),
])
def test_bad_files_raise_one_clear_error_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        open_source(path)
    assert str(path) in str(info.value) and reason in str(info.value)


def test_undecodable_gb18030_looking_bytes_name_the_offset(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("河西区举办".encode("gb18030") + b"\x81\x20")
    with pytest.raises(InputError, match="at byte"):
        open_source(path)


def test_unreadable_file(tmp_path):
    folder = tmp_path / "a-folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="cannot read"):
        open_source(folder)


def test_folders_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "1.html", "note.pdf", ".hidden/x.txt", "b/3.md"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == ["1.html", "b/2.txt", "b/3.md"]


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_input_files([tmp_path / "nope.txt"]))
