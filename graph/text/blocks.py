"""Paragraph blocks of a streamed source text, with column breaks rejoined.

A *block* is the text between blank lines. Newspaper pages break lines across columns in the
middle of a sentence (``...农特`` / ``产品...``); such a block has no sentence-final punctuation
and reads like prose (it is long or holds commas), so it is joined to the next block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

BLANK_RUN = re.compile(r"\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)*")
FINAL = "。！？!?；;…：:"
CLOSERS = "”’\"」』）)"
SENTENCE_MARKS = re.compile(r"[，,。；;：:、]")
BYLINE = re.compile(r"^(?:[□■◆●▲]\s*)?(?:本报)?(?:见习记者|特约记者|记者|通讯员|摄影记者|摄影|实习生)[\s\u3000]*[\u4e00-\u9fff]")
PHOTO_CREDIT = re.compile(r"(?:^|[。\s\u3000])((?:[\u4e00-\u9fff]{2,4}[\s\u3000]*){1,4})(摄影报道|摄)$")
MAX_BLOCK = 200_000


@dataclass(frozen=True)
class Block:
    """A paragraph: its pieces ``(text, source offset)`` and the blank-line gaps around it."""

    pieces: tuple[tuple[str, int], ...]
    gap_before: int
    gap_after: int

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.pieces)

    @property
    def start(self) -> int:
        return self.pieces[0][1]

    @property
    def end(self) -> int:
        text, start = self.pieces[-1]
        return start + len(text)


def is_final(text: str) -> bool:
    """Does the block end a sentence (so that a break after it is a real paragraph break)?"""
    text = text.rstrip()
    if not text:
        return True
    if text[-1] in FINAL:
        return True
    if text[-1] in CLOSERS and len(text) > 1:
        return text[-2] in FINAL or (text[-1] in "）)" and "。" in text)
    return False


def is_byline(text: str) -> bool:
    return len(text) <= 40 and bool(BYLINE.match(text.strip())) and not SENTENCE_MARKS.search(text)


def is_credit(text: str) -> bool:
    return bool(PHOTO_CREDIT.search(text.strip()))


def is_fragment(text: str) -> bool:
    """A block cut by a column break: open at the end and shaped like prose, not like a headline."""
    if is_final(text) or is_byline(text) or is_credit(text):
        return False
    return len(text) > 40 or bool(SENTENCE_MARKS.search(text))


def raw_blocks(chunks: Iterable[str]) -> Iterator[Block]:
    """Blocks of the streamed text; ``gap`` counts the newlines between blocks."""
    pending, offset, gap_before = "", 0, 2
    for chunk in chunks:
        pending += chunk
        cut = 0
        for match in BLANK_RUN.finditer(pending):
            yield from _emit(pending[cut:match.start()], offset + cut, gap_before, match.group().count("\n"))
            gap_before = match.group().count("\n")
            cut = match.end()
        if len(pending) - cut > MAX_BLOCK:
            yield from _emit(pending[cut:], offset + cut, gap_before, 2)
            gap_before, cut = 2, len(pending)
        offset += cut
        pending = pending[cut:]
    yield from _emit(pending, offset, gap_before, 0)


def _emit(text: str, start: int, gap_before: int, gap_after: int) -> Iterator[Block]:
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if body:
        yield Block(((body, start + lead),), gap_before, gap_after)


def joined_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """Blocks with column-break fragments joined to the block that continues them.

    A fragment is not joined to a headline line that a byline follows: the text it continues
    was printed elsewhere on the page.
    """
    window: list[Block] = []
    for block in blocks:
        window.append(block)
        if len(window) == 3:
            yield from _join_first(window)
    while window:
        yield from _join_first(window)


def _join_first(window: list[Block]) -> Iterator[Block]:
    first = window.pop(0)
    if not is_fragment(first.text) or not window or len(first.text) > MAX_BLOCK:
        yield first
        return
    follower = window[0]
    starts_article = (len(follower.text) <= 60 and not is_final(follower.text)
                      and len(window) > 1 and is_byline(window[1].text))
    if is_byline(follower.text) or starts_article:
        yield first
        return
    window[0] = Block(first.pieces + follower.pieces, first.gap_before, follower.gap_after)
