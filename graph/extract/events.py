"""Event mentions: a noun of activity (座谈会, 招聘会, 演练, 全会 …) and the name before it.

The name runs left over quoted titles (“金融赋能 创新共赢”创新型中小企业银企对接会) until a
stop character or verb. Demonstrative forms (此次活动, 本次培训) are not names: they refer back
to the article's main event and are resolved by the relation rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.lexicon import Lexicon
from graph.extract.sentences import extend_left
from graph.extract.spans import EntitySpan
from graph.model import Entity

FULL_DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
MONTH_DAY = re.compile(r"(?<![0-9年])(\d{1,2})月(\d{1,2})日")
YEAR_PREFIX = re.compile(r"^(20\d\d)年")
MIN_NAME = 4
SPECIFIC = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|区|县|镇|街道|社区|村|工会|公司|集团|大学|学院|医院|中心|局|委)")
HELD_BEFORE = re.compile(r"(?:举办|主办|承办|召开|举行|组织|开展|启动|参加|出席|参与)(?:了|的|首届|第.届)?$")
CAMPAIGN = re.compile(r"^“([^“”]{2,20})”(?:主题宣传教育|主题|专项|慰问)?活动$")
BARE_VISITS = {"调研", "考察", "走访"}
WEAK_NOUNS = {"活动", "培训", "调研", "考察", "走访", "展览", "比赛", "竞赛", "会议", "仪式", "揭牌", "训练营", "演练"}


@dataclass(frozen=True)
class EventFinder:
    lexicon: Lexicon
    pattern: re.Pattern

    @classmethod
    def build(cls, lexicon: Lexicon) -> "EventFinder":
        nouns = sorted(lexicon.event_nouns, key=len, reverse=True)
        return cls(lexicon, re.compile("|".join(map(re.escape, nouns))))

    def find(self, text: str, mask: list[bool], title_end: int = 0) -> list[EntitySpan]:
        spans: list[EntitySpan] = []
        for match in self.pattern.finditer(text):
            noun = match.group()
            if text[match.end():match.end() + 1] in ("员", "中", "者", "费", "室", "量", "课", "期", "团", "组"):
                continue
            if noun in BARE_VISITS:
                continue
            start = extend_left(text, match.start(), 40, mask, quotes=True)
            start = self._skip_leading(text, start, match.start())
            name = text[start:match.end()]
            if start is None or len(name) < MIN_NAME or self._generic(name, noun):
                continue
            if not self._specific(text, start, name, noun, title_end):
                continue
            campaign = CAMPAIGN.match(name)
            if campaign:
                spans.append(EntitySpan(Entity("Initiative", campaign.group(1), (name,), {}), start, match.end(),
                                        name, "quoted-initiative"))
                continue
            kind = self.lexicon.event_nouns[noun]
            spans.append(EntitySpan(Entity("Event", name, (), {"kind": kind, **_date(text, start)}),
                                    start, match.end(), name, "event-noun"))
        return _maximal(spans)

    def _skip_leading(self, text: str, start: int, noun_start: int) -> int:
        for word in ("开展了", "开展", "举行了", "举办了", "举办", "召开", "组织", "参加", "启动", "进行"):
            if text.startswith(word, start) and start + len(word) < noun_start:
                return start + len(word)
        return start

    def _specific(self, text: str, start: int, name: str, noun: str, title_end: int) -> bool:
        """A name, not a description: quoted, numbered, named after someone, held, or headlined."""
        if "“" in name or re.search(r"[0-9０-９]|第.届|届|年", name) or start < title_end:
            return True
        if SPECIFIC.search(name[:-len(noun)]):
            return True
        return bool(HELD_BEFORE.search(text[max(0, start - 8):start]))

    def _generic(self, name: str, noun: str) -> bool:
        prefix = name[:-len(noun)]
        if any(prefix.startswith(w) for w in self.lexicon.generic_event_prefixes):
            return True
        core = re.sub(r"[“”‘’\"「」]", "", prefix)
        if noun in WEAK_NOUNS and len(core) < 3:
            return True
        return len(core) < 2


def _date(text: str, start: int) -> dict:
    window = text[max(0, start - 30):start]
    if match := FULL_DATE.search(window):
        y, m, d = match.groups()
        return {"date": f"{y}-{int(m):02d}-{int(d):02d}"}
    return {}


def _maximal(spans: list[EntitySpan]) -> list[EntitySpan]:
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[EntitySpan] = []
    for span in spans:
        if kept and kept[-1].start <= span.start and span.end <= kept[-1].end:
            continue
        kept = [k for k in kept if not (span.start <= k.start and k.end <= span.end)]
        kept.append(span)
    return kept
