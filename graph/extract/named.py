"""Initiatives, documents, awards and places: quoted and book-title names, and suffix grammar.

- 《…》 is a Document (book-title marks dropped), unless it names a paper (…日报).
- A quoted name followed by 称号/奖牌, or one that ends in an award word, is an Award.
- Other quoted names that no event noun follows are Initiatives (campaigns, platforms), quotes
  dropped, unless they are slogans (commas) or too long to be a name.
- Unquoted names ending in 行动/工程/计划/战略 … are Initiatives; in 馆/园/基地/工坊 … Places.
- An unquoted agreement right after 签署/签订 (东西部协作框架协议, 战略合作协议) is a Document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.lexicon import Lexicon
from graph.extract.segment import has_verb
from graph.extract.sentences import clean_start, extend_left
from graph.extract.spans import EntitySpan
from graph.model import Entity

BOOK = re.compile(r"《([^《》\n]{2,60})》")
QUOTED = re.compile(r"“([^“”\n]{2,30})”")
AWARD_AFTER = re.compile(r"^(?:荣誉)?(?:称号|奖牌|荣誉|奖杯|牌匾)")
AWARD_BEFORE = re.compile(r"(?:荣获|荣膺|获评|获颁|获授|喜获|摘得|获得|授予|颁授|评为|命名为|获)(?:了)?$")
MEDIA = ("日报", "晚报", "报", "杂志")
EVENT_AFTER = re.compile(r"^[\u4e00-\u9fff“”]{0,14}?(?:活动|会议|座谈会|对接会|仪式|培训|竞赛|大赛|比赛|展|运动会|宣讲|分享会|演出|笔会|招聘)")
INITIATIVE_AFTER = re.compile(r"^(?:的)?(?:活动|行动|工程|平台|计划|项目|品牌|模式|工作|服务|系列|主题|专项|建设|战略|倡议|机制|改革|驿站|旗舰店)")
LAUNCH_BEFORE = re.compile(r"(?:实施|推进|启动|开展|依托|落实|助力|服务|打造|深化|推动|参与|践行|围绕|聚焦|通过|创建|建设|叫响|擦亮)[了好]?$")
COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百两首]+[项个家大条批类级]")
PERIOD = re.compile(r"^[一二三四五六七八九十百]+五$|^[0-9.]+$|^[一二三四五六七八九十两]+个")
AWARD_HOLDER = re.compile(r"(?:学院|大学|企业|公司|单位|系统|行业|机关|院校|学校|医院|社区|街道|集团)$")
AWARDEE_WORDS = ("先进集体", "先进个人")    # 全国工人先锋号先进集体: the award is 全国工人先锋号
UNIT_NEXT = set("研所院中部局厅室处会团队站")
SLOGAN = re.compile(r"[，,、！!？]")
AGREEMENT_WORDS = r"框架协议|合作协议|协议书|协议|备忘录|意向书|合同|协定|责任书|承诺书"
SIGNED_AGREEMENT = re.compile(rf"(?:签署|签订|签下)了?(?!了)(([\u4e00-\u9fff“”0-9]{{3,24}}?)(?:{AGREEMENT_WORDS}))")


@dataclass(frozen=True)
class NamedFinder:
    lexicon: Lexicon
    initiative: re.Pattern
    award: re.Pattern
    place: re.Pattern

    @classmethod
    def build(cls, lexicon: Lexicon) -> "NamedFinder":
        def alt(words):
            return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        return cls(lexicon, alt(lexicon.initiative_suffixes), alt(lexicon.award_suffixes), alt(lexicon.place_suffixes))

    def find(self, text: str, mask: list[bool]) -> list[EntitySpan]:
        spans = list(self._books(text))
        spans.extend(self._signed_agreements(text))
        spans.extend(self._quoted(text))
        spans.extend(self._suffixed(text, mask, self.award, "Award", 12))
        spans.extend(self._suffixed(text, mask, self.initiative, "Initiative", 16))
        spans.extend(self._suffixed(text, mask, self.place, "Place", 16))
        return spans

    def _books(self, text: str):
        for match in BOOK.finditer(text):
            name = match.group(1).strip()
            if name.endswith(MEDIA):
                entity = Entity("Organization", name, (), {"category": "media"})
            else:
                entity = Entity("Document", name, (match.group(),), {})
            yield EntitySpan(entity, match.start(), match.end(), match.group(), "book-title")

    def _signed_agreements(self, text: str):
        for match in SIGNED_AGREEMENT.finditer(text):
            name, body = match.group(1), match.group(2)
            if re.search(AGREEMENT_WORDS, body) or body.startswith(("合作", "相关", "有关")):
                continue
            yield EntitySpan(Entity("Document", name, (), {}), match.start(1), match.end(1), name, "signed-agreement")

    def _quoted(self, text: str):
        for match in QUOTED.finditer(text):
            inner = match.group(1).strip()
            after = text[match.end():match.end() + 16]
            before = text[max(0, match.start() - 4):match.start()]
            if AWARD_AFTER.match(after) or AWARD_BEFORE.search(before) or inner.endswith(self.lexicon.award_suffixes):
                yield EntitySpan(Entity("Award", inner, (), {}), match.start(), match.end(), match.group(), "quoted-award")
                continue
            if EVENT_AFTER.match(after) and not after.startswith(("活动已", "活动中")):
                continue
            if SLOGAN.search(inner) or len(inner) > 20 or len(inner) < 2 or re.fullmatch(r"[\d.%]+", inner):
                continue
            if after[:1] in "号型式" or before.endswith(("称", "叫", "喊")):
                continue
            listed = (after[:1] in "“、" or before[-1:] in "”、") and len(inner) >= 4
            if not (INITIATIVE_AFTER.match(after) or LAUNCH_BEFORE.search(before) or listed
                    or inner.endswith(self.lexicon.initiative_suffixes)) or PERIOD.match(inner):
                continue
            if listed and not (INITIATIVE_AFTER.match(after) or LAUNCH_BEFORE.search(before)) and has_verb(inner):
                continue
            yield EntitySpan(Entity("Initiative", inner, (), {}), match.start(), match.end(), match.group(),
                             "quoted-initiative")

    def _suffixed(self, text: str, mask: list[bool], pattern: re.Pattern, type_: str, max_len: int):
        for match in pattern.finditer(text):
            if text[match.end():match.end() + 1] in ("”", "’") or text[match.end():match.end() + 1] in UNIT_NEXT:
                continue
            start = extend_left(text, match.start(), max_len, mask, quotes=False)
            if type_ != "Initiative":
                start = clean_start(text, start, match.start(), mask, match.end())
            counted = COUNTED.search(text, start, match.start())
            if counted:
                start = counted.end()
            name = text[start:match.end()]
            prefix = text[start:match.start()]
            if len(prefix) < (3 if type_ == "Initiative" else 2) or any(prefix.startswith(w) for w in self.lexicon.generic_prefixes) \
                    or prefix.startswith(("这", "那", "此", "各", "多", "一")):
                continue
            if type_ == "Award" and AWARD_HOLDER.search(prefix):
                if len(match.group()) < 3:
                    continue
                start, name = match.start(), match.group()
            end = match.end()
            if type_ == "Award" and match.group() in AWARDEE_WORDS and prefix.endswith(self.lexicon.award_suffixes):
                name, end = prefix, match.start()
            yield EntitySpan(Entity(type_, name, (), {}), start, end, name, f"{type_.lower()}-suffix")
