"""Reading input files: encodings, simple HTML, folders, and a clear error for each bad file.

A file is first checked in one streaming pass (digest, decoding, character count), so an
undecodable or binary file fails before any of its articles is emitted; its paragraphs are
then streamed in a second pass, so a 100 MB file never sits in memory as one string.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from graph.errors import InputError
from graph.model import Source

TEXT_SUFFIXES = {".txt", ".text", ".md", ".htm", ".html", ".xhtml"}
HTML_SUFFIXES = {".htm", ".html", ".xhtml"}
CHUNK = 1 << 20
PROBE = 1 << 16
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and text/HTML files found by walking folders (sorted, hidden skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                parts = found.relative_to(path).parts
                if found.is_file() and found.suffix.lower() in TEXT_SUFFIXES \
                        and not any(p.startswith(".") for p in parts):
                    yield found
        elif path.exists():
            yield path
        else:
            raise InputError(str(path), "no such file or folder")


def detect_encoding(head: bytes, path: Path) -> str:
    """The encoding of a file from its first bytes: BOM, UTF-16 without BOM, UTF-8, else GB18030."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        for name in ("utf-16-le", "utf-16-be"):
            if _plausible_text(head[: len(head) // 2 * 2].decode(name, errors="replace")):
                return name
    if b"\x00" in head:
        raise InputError(str(path), "binary file (NUL bytes), not text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def _plausible_text(text: str) -> bool:
    """Mostly Chinese, ASCII text or punctuation, as a UTF-16 decoding of real text is."""
    good = sum(1 for ch in text if ch in "\n\r\t" or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff"
               or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
    return bool(text) and good / len(text) > 0.9


@dataclass(frozen=True)
class SourceText:
    """A checked input file: its ``Source`` record and a way to stream its decoded text."""

    source: Source
    path: Path
    is_html: bool

    def chunks(self) -> Iterator[str]:
        """The decoded text in pieces (HTML already turned into plain paragraphs)."""
        if self.is_html:
            yield html_to_text(self.path.read_bytes().decode(self.source.encoding))
            return
        decoder = codecs.getincrementaldecoder(self.source.encoding)()
        with self.path.open("rb") as handle:
            while block := handle.read(CHUNK):
                yield decoder.decode(block).replace("\r\n", "\n").replace("\r", "\n")
            yield decoder.decode(b"", final=True)


def open_source(path: str | Path) -> SourceText:
    """Check ``path`` in one streaming pass; raise ``InputError`` naming it if it is not usable text."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(PROBE)
            if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
                raise InputError(str(path), "empty file")
            encoding = detect_encoding(head, path)
            digest, length = hashlib.sha1(), 0
            decoder = codecs.getincrementaldecoder(encoding)()
            block, offset = head, 0
            while block:
                digest.update(block)
                try:
                    text = decoder.decode(block)
                except UnicodeDecodeError as exc:
                    raise InputError(str(path), f"cannot decode as {encoding} at byte {offset + exc.start}") from None
                if "\x00" in text:
                    raise InputError(str(path), "binary file (NUL characters), not text")
                length += len(text)
                offset += len(block)
                block = handle.read(CHUNK)
            decoder.decode(b"", final=True)
    except InputError:
        raise
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"cannot decode as {encoding}: {exc.reason}") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    is_html = path.suffix.lower() in HTML_SUFFIXES or head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
    source = Source(name=path.name, path=str(path), sha1=digest.hexdigest(), encoding=encoding, length=length)
    return SourceText(source=source, path=path, is_html=is_html)


BLOCK_TAGS = re.compile(r"<\s*/?\s*(p|div|br|h[1-6]|li|tr|section|article|header|footer|title|table)\b[^>]*>", re.I)
DROP_ELEMENTS = re.compile(r"<\s*(script|style|head)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """Plain paragraphs from simple HTML: block tags become blank lines, entities are unescaped."""
    title = re.search(r"<title[^>]*>(.*?)</title>", markup, re.I | re.S)
    markup = DROP_ELEMENTS.sub("\n", markup)
    text = BLOCK_TAGS.sub("\n\n", markup)
    text = html.unescape(TAG.sub("", text)).replace("\xa0", " ")
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if title and not body:
        return html.unescape(title.group(1)).strip()
    return body + "\n"
