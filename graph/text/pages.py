"""Splitting a source into articles: headline groups, bylines, body, and photo captions.

An article starts at a headline group (short lines without final punctuation) that is followed
by a byline, a unit line or body text; a byline met after body text with no headline starts an
untitled article that adopts the next headline group. A short paragraph standing alone between
wide gaps, or ending with a photo credit (``张磊 摄``), is a photo caption: an article of its own,
after which the body of the surrounding article goes on. Articles stream out as they complete.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from graph.model import Article, Byline
from graph.text.blocks import PHOTO_CREDIT, Block, is_byline, is_credit, is_final, joined_blocks, raw_blocks
from graph.text.bylines import parse_byline, parse_credit
from graph.text.headlines import caption_title, is_headline_line, is_slogan, is_unit_line, split_headlines
from graph.text.reader import SourceText

WIDE_GAP = 3
MAX_CAPTION = 200
MAX_ARTICLE = 100_000
FULL_DATE = re.compile(r"(20\d\d|19\d\d)年(\d{1,2})月(\d{1,2})日")
MONTH_DAY = re.compile(r"(?<![0-9年])(\d{1,2})月(\d{1,2})日")


@dataclass
class Draft:
    """An article being assembled."""

    headlines: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    caption: bool = False

    def size(self) -> int:
        return sum(len(b.text) for b in self.body)


class PageSplitter:
    """Turns the blocks of one source into ``Article`` objects, numbered in order of completion."""

    def __init__(self, source: str):
        self.source = source
        self.index = 0
        self.current: Draft | None = None

    def split(self, blocks: list[Block] | Iterator[Block]) -> Iterator[Article]:
        buffer: list[Block] = []
        for block in blocks:
            buffer.append(block)
            if len(buffer) < 4:
                continue
            yield from self._step(buffer)
        while buffer:
            yield from self._step(buffer)
        if self.current is not None:
            yield from self._finish(self.current)
            self.current = None

    def _step(self, buffer: list[Block]) -> Iterator[Article]:
        block = buffer[0]
        text = block.text
        if is_byline(text):
            buffer.pop(0)
            yield from self._byline(text)
        elif self._is_caption(buffer):
            buffer.pop(0)
            pieces = [block]
            if buffer and is_credit(buffer[0].text) and len(buffer[0].text) <= 20:
                pieces.append(buffer.pop(0))
            yield from self._caption(pieces)
        elif is_headline_line(block):
            run = []
            while buffer and is_headline_line(buffer[0]) and not is_byline(buffer[0].text) \
                    and not self._is_caption(buffer) and len(run) < 4:
                run.append(buffer.pop(0))
            yield from self._headlines(run, buffer[0] if buffer else None)
        else:
            buffer.pop(0)
            yield from self._body(block)

    def _is_caption(self, buffer: list[Block]) -> bool:
        block = buffer[0]
        text = block.text
        if len(text) > MAX_CAPTION or block.gap_before < WIDE_GAP or "(资料图)" in text:
            return False
        if is_credit(text) and not is_byline(text):
            return True
        if not is_final(text):
            return False
        follower = buffer[1] if len(buffer) > 1 else None
        if follower is not None and is_credit(follower.text) and len(follower.text) <= 20:
            return True
        single = len(re.findall(r"[。！？]", text)) <= 1
        return block.gap_after >= WIDE_GAP or block.gap_after == 0 or (single and len(text) <= 60)

    def _byline(self, text: str) -> Iterator[Article]:
        bylines = parse_byline(text)
        draft = self.current
        if draft is None or (draft.body and text.lstrip()[:1] in "□■◆●▲"):
            if draft is not None:
                yield from self._finish(draft)
            draft = self.current = Draft()
        draft.bylines.extend(b for b in bylines if b not in draft.bylines)

    def _headlines(self, run: list[Block], follower: Block | None) -> Iterator[Article]:
        draft = self.current
        if follower is None and draft is not None:
            draft.body.extend(run)
            return
        if draft is not None and not draft.headlines and len(draft.body) <= 2:
            draft.headlines = run
            return
        subhead = (len(run) == 1 and is_slogan(run[0].text) and draft is not None and draft.bylines
                   and follower is not None and not is_byline(follower.text)
                   and not is_unit_line(follower.text))
        if subhead:
            draft.body.extend(run)
            return
        if draft is not None:
            yield from self._finish(draft)
        self.current = Draft(headlines=run)

    def _body(self, block: Block) -> Iterator[Article]:
        if self.current is None:
            self.current = Draft()
        self.current.body.append(block)
        if self.current.size() > MAX_ARTICLE:
            yield from self._finish(self.current)
            self.current = Draft()

    def _caption(self, pieces: list[Block]) -> Iterator[Article]:
        text = " ".join(p.text for p in pieces)
        credit = PHOTO_CREDIT.search(text.strip())
        draft = Draft(body=pieces, caption=True,
                      bylines=parse_credit(credit.group(1)) if credit else [])
        yield from self._finish(draft, title=caption_title(text))

    def _finish(self, draft: Draft, title: str | None = None) -> Iterator[Article]:
        if not draft.body and not draft.headlines:
            return
        kicker = subtitle = ""
        if title is None:
            lines = [b.text for b in draft.headlines]
            kicker, title, subtitle = split_headlines(lines) if lines else ("", "", "")
        blocks = draft.headlines + draft.body
        text, anchors = _assemble(blocks)
        article = Article(source=self.source, index=self.index, title=title, text=text,
                          start=min(b.start for b in blocks), end=max(b.end for b in blocks),
                          subtitle=subtitle, kicker=kicker, bylines=tuple(draft.bylines),
                          date=_article_date(draft.body), anchors=anchors)
        self.index += 1
        yield article


def _assemble(blocks: list[Block]) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts, anchors, at = [], [], 0
    for n, block in enumerate(blocks):
        if n:
            parts.append("\n")
            at += 1
        for piece, start in block.pieces:
            anchors.append((at, start))
            parts.append(piece)
            at += len(piece)
    return "".join(parts), tuple(anchors)


def _article_date(body: list[Block]) -> str:
    opening = body[0].text[:120] if body else ""
    if match := FULL_DATE.search(opening):
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if match := MONTH_DAY.search(opening[:40]):
        month, day = match.groups()
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return f"--{int(month):02d}-{int(day):02d}"
    return ""


def iter_articles(source_text: SourceText) -> Iterator[Article]:
    """The articles of one checked source, streamed."""
    splitter = PageSplitter(source_text.source.name)
    yield from splitter.split(joined_blocks(raw_blocks(source_text.chunks())))
