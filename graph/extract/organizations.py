"""Organization mentions by suffix grammar, completed to full names from context.

A name ends in an organ suffix (…局, …委员会, 工会, 公司, 医院, 党政代表团 …) and starts where a
stop character or a verb begins. ``市…``/``区…`` short forms get the home city or the article's
district, standard abbreviations are expanded (人社局 → 人力资源和社会保障局), and ``区委`` /
``市政府`` get their formal names. Shorter organ names at the start of a longer one are its
parents (天津市公安局 in 天津市公安局出入境管理局).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.context import ArticleContext
from graph.extract.lexicon import Lexicon
from graph.extract.sentences import clean_start, close_bracket, extend_left
from graph.extract.spans import EntitySpan
from graph.model import Entity

NEXT_BLOCK = {"局": "面势限部长", "委": "员托屈婉", "中心": "城任地点", "厂": "区长房", "院": "子落校士长",
              "站": "长", "所": "长", "部": "长", "队": "长", "处": "长", "学校": "长", "支队": "伍长", "大队": "伍长",
              "集团": "化", "团队": "建精协合", "工会": "会员干作组工", "办公室": "主",
              "学院": "派", "报社": "会", "政府": "性", "公司": "化"}
PREV_BLOCK = {"局": "格布大结全开当政僵棋残终变新", "中心": "为核重", "委": "编常", "院": "学医法庭"}
CATEGORY_WORDS = (("中共", "party"), ("党委", "party"), ("党工委", "party"), ("党支部", "party"), ("党校", "party"),
                  ("工会", "union"), ("银行", "finance"), ("医院", "medical"), ("武警", "military"),
                  ("公安", "government"), ("消防救援", "government"), ("交警", "government"))
MIN_PREFIX = 2
LEGAL_FORM = re.compile(r"^(?:集团)?(?:股份)?(?:有限)?(?:责任)?(?:公司)?$")


@dataclass(frozen=True)
class OrgFinder:
    lexicon: Lexicon
    pattern: re.Pattern

    @classmethod
    def build(cls, lexicon: Lexicon) -> "OrgFinder":
        words = sorted(set(lexicon.org_suffixes) | set(lexicon.abbreviations), key=len, reverse=True)
        return cls(lexicon, re.compile("|".join(map(re.escape, words))))

    def find(self, text: str, mask: list[bool], context: ArticleContext,
             region_names: set[str]) -> list[tuple[EntitySpan, list[EntitySpan]]]:
        """Maximal organization spans, each with the shorter organ names nested at its start."""
        candidates: list[tuple[int, int, str]] = []
        for match in self.pattern.finditer(text):
            suffix = match.group()
            end = match.end()
            nxt = text[end:end + 1]
            if nxt and nxt in NEXT_BLOCK.get(suffix, ""):
                continue
            prev = text[match.start() - 1:match.start()] if match.start() else ""
            if prev and prev in PREV_BLOCK.get(suffix, "") and len(suffix) == 1:
                continue
            start = extend_left(text, match.start(), 28, mask, quotes=False, stops="(（—")
            start = self._trim_generic(text, start, match.start())
            if start is None:
                continue
            start = clean_start(text, start, match.start(), mask, match.end())
            end = close_bracket(text, start, end)
            prefix = text[start:match.start()]
            if len(prefix) < MIN_PREFIX and not (prefix in ("市", "区", "县") or prefix in region_names):
                continue
            candidates.append((start, end, suffix))
        return self._nest(text, candidates, context)

    def _trim_generic(self, text: str, start: int, suffix_start: int) -> int | None:
        prefix = text[start:suffix_start]
        for word in self.lexicon.generic_prefixes:
            if prefix.startswith(word):
                return None
        if re.match(r"^[0-9０-９一二三四五六七八九十百千几多数]+[家个名支]", prefix):
            return None
        return start

    def _nest(self, text, candidates, context) -> list[tuple[EntitySpan, list[EntitySpan]]]:
        candidates.sort(key=lambda c: (c[0], -c[1]))
        result = []
        for start, end, suffix in candidates:
            holders = [(s, e) for s, e, _ in candidates if s <= start and end <= e and (s, e) != (start, end)]
            if holders and not any(text[s:start].count("(") + text[s:start].count("（") >
                                   text[s:start].count(")") + text[s:start].count("）") for s, e in holders):
                continue
            outer = self._span(text, start, end, suffix, context)
            if outer is None:
                continue
            nested = [self._span(text, s, e, x, context) for s, e, x in candidates
                      if s == start and e < end and e - s >= 3 and not LEGAL_FORM.match(text[e:end])]
            result.append((outer, [n for n in nested if n is not None]))
        return result

    def _span(self, text, start, end, suffix, context) -> EntitySpan | None:
        surface = text[start:end]
        name = canonical_org(surface, context, self.lexicon)
        if name is None:
            return None
        aliases = (surface,) if surface != name else ()
        entity = Entity("Organization", name, aliases, {"category": org_category(name, self.lexicon)})
        return EntitySpan(entity, start, end, surface, "org-suffix")


def expand_abbreviations(name: str, lexicon: Lexicon) -> str:
    for short, full in lexicon.abbreviations.items():
        if short == full or short not in name or full in name:
            continue
        at = name.rfind(short)
        rest = name[at + len(short):]
        if len(short) <= 2 and rest not in ("", "工会", "党委", "党组"):
            continue
        if short == "政府" and name[max(0, at - 2):at] == "人民":
            continue
        name = name[:at] + full + rest
        break
    return name


def canonical_org(surface: str, context: ArticleContext, lexicon: Lexicon) -> str | None:
    """The full name of an organization mention, or None when the context cannot complete it."""
    name = expand_abbreviations(surface, lexicon)
    gaz = context.gazetteer
    region = None
    if name.startswith("市") and not name.startswith(("市场", "市民", "市级机关") ) or name.startswith("市级机关"):
        if context.city is None:
            return None
        region = context.city
        name = context.city.name + (name if name.startswith("市级") else name[1:])
    elif name[:1] in "区县" and name[1:2] not in "域级内外":
        if context.district is None or not context.district.name.endswith(name[0]):
            return None
        region, name = context.district, context.district.name + name[1:]
    else:
        for div_name in _leading_region_names(name, gaz):
            region = gaz.resolve(div_name, tuple(d.id for d in (context.district, context.city) if d))
            break
    if region is not None and name.startswith(region.name):
        rest = name[len(region.name):]
        prefix = context.formal_prefix(region) if region.name not in ("天津市",) else ""
        if rest == "委" or rest == "委员会":
            return f"中共{prefix}{region.name}委员会"
        if rest.startswith("委") and not rest.startswith("委员会"):
            tail = rest[1:]
            return f"中共{prefix}{region.name}委{tail}" if tail == "党校" else f"中共{prefix}{region.name}委员会{tail}"
        if rest.startswith("人民政府") and prefix:
            return f"{prefix}{name}"
    return name


def _leading_region_names(name: str, gazetteer) -> list[str]:
    for size in range(min(9, len(name) - 1), 2, -1):
        if gazetteer.by_name(name[:size]):
            return [name[:size]]
    return []


def org_category(name: str, lexicon: Lexicon) -> str:
    for word, category in CATEGORY_WORDS:
        if word in name:
            return category
    for suffix, category in lexicon.org_suffixes.items():
        if name.endswith(suffix):
            return category
    return "other"
