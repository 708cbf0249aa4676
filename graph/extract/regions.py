"""Region mentions: gazetteer names (Aho-Corasick), zones, communities and villages by suffix.

A gazetteer name can be ambiguous (河东区 is in Tianjin and in Linyi): it is resolved with the
other divisions of the article and the paper's home city as context. Short forms (天津, 平凉)
count for provinces and cities, and for lower levels only once the full name was seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick_rs

from graph.extract.gazetteer import Division, Gazetteer
from graph.extract.lexicon import Lexicon
from graph.extract.sentences import NAME_STOPS, clean_start, extend_left
from graph.extract.spans import EntitySpan
from graph.model import Entity

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
GENERIC_ZONE = re.compile(r"^(?:高新技术产业|经济技术|高新技术|经济|工业|产业|高新|综合|保税|出口加工)?(?:开发区|保税区|高新区|园区|工业区|新区|示范区|试验区)$")
SHORT_LEVELS = {"province", "city"}
INNER = re.compile(r"社区|自然村|村|街道|镇|乡")
NON_VILLAGE = ("乡", "农", "示范", "城中", "美丽", "和美", "文明", "结亲", "帮扶", "各", "全", "该", "本", "驻", "进")


def level_of(division: Division) -> str:
    """The annotation guide's level: municipalities count as cities."""
    if division.name in MUNICIPALITIES:
        return "city"
    return division.level


@dataclass
class RegionIndex:
    """The gazetteer as a multi-pattern matcher over full names and province/city short names."""

    gazetteer: Gazetteer
    patterns: list[str] = field(default_factory=list)
    matcher: ahocorasick_rs.AhoCorasick | None = None

    @classmethod
    def build(cls, gazetteer: Gazetteer) -> "RegionIndex":
        names = {d for d in gazetteer.names() if len(d) >= 3 and not GENERIC_ZONE.match(d)}
        shorts = {d.short for d in gazetteer.divisions() if d.short and len(d.short) >= 2 and d.level in SHORT_LEVELS}
        county_shorts = {d.short for d in gazetteer.divisions()
                         if d.short and len(d.short) >= 2 and d.level in ("district", "county")}
        patterns = sorted(names | shorts | county_shorts)
        index = cls(gazetteer, patterns)
        index.matcher = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        return index

    def province(self, div: Division) -> str:
        chain = [div, *self.gazetteer.ancestors(div)]
        return chain[-1].id

    def accept(self, raw: list[tuple[str, int, int]], context: tuple[str, ...],
               text: str = "") -> list[tuple[str, int, int, Division]]:
        """Matches that are regions here: full names resolved in context, short forms only of
        the home city, of divisions named in full, or next to another region."""
        gaz = self.gazetteer
        seen: list[str] = list(context)
        provinces = {self.province(d) for d in map(gaz.get, context) if d}
        resolved: dict[int, Division] = {}
        for n, (surface, start, end) in enumerate(raw):
            if not gaz.by_name(surface):
                continue
            div = gaz.resolve(surface, tuple(seen))
            if div is None:
                continue
            if len(surface) == 3 and div.level not in SHORT_LEVELS and self.province(div) not in provinces \
                    and not self._adjacent(raw, n, resolved) and not self._free_standing(text, start):
                continue
            resolved[n] = div
            seen.insert(0, div.id)
            provinces.add(self.province(div))
        named = {d.id for d in resolved.values()} | set(context)
        for n, (surface, start, end) in enumerate(raw):
            if n in resolved or gaz.by_name(surface):
                continue
            shorts = [d for d in gaz.by_short(surface) if d.level in SHORT_LEVELS or d.id in named]
            div = next((d for d in shorts if d.id in named), None)
            if div is None and shorts and self._adjacent(raw, n, resolved):
                div = shorts[0]
            if div is not None:
                resolved[n] = div
        return [(*raw[n], div) for n, div in sorted(resolved.items())]

    @staticmethod
    def _free_standing(text: str, start: int) -> bool:
        """Does the name start a word (after punctuation or a function word), not sit inside one?"""
        return start == 0 or text[start - 1] in NAME_STOPS or not ("\u4e00" <= text[start - 1] <= "\u9fff")

    @staticmethod
    def _adjacent(raw, n, resolved) -> bool:
        before = n - 1 in resolved and raw[n - 1][2] == raw[n][1]
        after = n + 1 < len(raw) and raw[n + 1][1] == raw[n][2]
        return before or after

    def candidates(self, surface: str) -> tuple[Division, ...]:
        found = self.gazetteer.by_name(surface)
        if found:
            return found
        return self.gazetteer.by_short(surface)


def find_regions(text: str, index: RegionIndex, mask: list[bool], lexicon: Lexicon,
                 context: tuple[str, ...]) -> tuple[list[EntitySpan], list[Division]]:
    """Region spans of ``text`` and the gazetteer divisions they resolve to."""
    raw = [(index.patterns[i], s, e) for i, s, e in index.matcher.find_matches_as_indexes(text)]
    accepted = index.accept(raw, context, text)
    spans = [EntitySpan(region_entity(div), start, end, surface, "gazetteer") for surface, start, end, div in accepted]
    spans.extend(_by_suffix(text, mask, spans, lexicon))
    return spans, list({div.id: div for *_, div in accepted}.values())


def region_entity(div: Division) -> Entity:
    props = {"level": level_of(div)}
    if div.id and "T" not in div.id:
        props["adcode"] = div.id
    return Entity("Region", div.name, (), props)


def _by_suffix(text: str, mask: list[bool], known: list[EntitySpan], lexicon: Lexicon) -> list[EntitySpan]:
    spans = []
    ends = sorted({s.end for s in known})
    for suffixes, level in ((lexicon.community_suffixes, None), (lexicon.zone_suffixes, "zone")):
        pattern = re.compile("|".join(map(re.escape, suffixes)))
        for match in pattern.finditer(text):
            start = extend_left(text, match.start(), 12, mask)
            if level == "zone":
                cut = clean_start(text, start, match.start(), None, match.end())
            else:
                cut = max((e for e in ends if start < e <= match.start()), default=start)
                cut = max([cut] + [m.end() for m in INNER.finditer(text, cut, match.start())])
                if match.start() - cut > 4:
                    cut = clean_start(text, cut, match.start(), None, match.end())
            name = text[cut:match.end()]
            prefix = text[cut:match.start()]
            if len(prefix) < 2 or re.search(r"[第届个多中回见感速挖]", prefix) or prefix.startswith(NON_VILLAGE) or prefix.endswith(NON_VILLAGE) \
                    or any(s.start <= cut and match.end() <= s.end for s in known):
                continue
            if match.group() == "村" and text[match.end():match.end() + 1] in "民级委庄镇落振":
                continue
            kind = level or ("community" if match.group() == "社区" else "village")
            spans.append(EntitySpan(Entity("Region", name, (), {"level": kind}), cut, match.end(), name,
                                    "region-suffix"))
    return spans
