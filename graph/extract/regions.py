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
from graph.extract.sentences import extend_left
from graph.extract.spans import EntitySpan
from graph.model import Entity

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
GENERIC_ZONE = re.compile(r"^(?:高新技术产业|经济技术|高新技术|经济|工业|产业|高新|综合|保税|出口加工)?(?:开发区|保税区|高新区|园区|工业区|新区|示范区|试验区)$")
SHORT_LEVELS = {"province", "city"}
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

    def candidates(self, surface: str) -> tuple[Division, ...]:
        found = self.gazetteer.by_name(surface)
        if found:
            return found
        return self.gazetteer.by_short(surface)


def find_regions(text: str, index: RegionIndex, mask: list[bool], lexicon: Lexicon,
                 context: tuple[str, ...]) -> tuple[list[EntitySpan], list[Division]]:
    """Region spans of ``text`` and the gazetteer divisions they resolve to."""
    raw = [(index.patterns[i], s, e) for i, s, e in index.matcher.find_matches_as_indexes(text)]
    full = [r for r in raw if index.gazetteer.by_name(r[0])]
    seen_ids: list[str] = list(context)
    divisions: dict[str, Division] = {}
    for surface, _, _ in full:
        div = index.gazetteer.resolve(surface, tuple(seen_ids))
        if div is not None:
            divisions[surface] = div
            seen_ids.insert(0, div.id)
    spans: list[EntitySpan] = []
    for surface, start, end in raw:
        div = divisions.get(surface)
        if div is None:
            shorts = index.gazetteer.by_short(surface)
            if end < len(text) and text[end] in "市省区县州":
                continue
            div = next((d for d in shorts if d.level in SHORT_LEVELS and (len(shorts) == 1 or d.id in seen_ids)), None) \
                or next((d for d in shorts if d.name in divisions), None)
            if div is None:
                continue
        spans.append(EntitySpan(region_entity(div), start, end, surface, "gazetteer"))
    spans.extend(_by_suffix(text, mask, spans, lexicon))
    return spans, [s for s in divisions.values()]


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
            start = extend_left(text, match.start(), 10, mask)
            cut = max((e for e in ends if start < e <= match.start()), default=start)
            name = text[cut:match.end()]
            prefix = text[cut:match.start()]
            if len(prefix) < 2 or prefix.startswith(NON_VILLAGE) or prefix.endswith(NON_VILLAGE) \
                    or any(s.start <= cut and match.end() <= s.end for s in known):
                continue
            if match.group() == "村" and text[match.end():match.end() + 1] in "民级委庄镇落振":
                continue
            kind = level or ("community" if match.group() == "社区" else "village")
            spans.append(EntitySpan(Entity("Region", name, (), {"level": kind}), cut, match.end(), name,
                                    "region-suffix"))
    return spans
