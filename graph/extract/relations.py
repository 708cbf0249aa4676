"""Relation rules, sentence by sentence, from the trigger words of the annotation guide.

Each rule looks at the entity spans of one sentence around a trigger: the subject group before
it (the nearest span and those coordinated with it by 、和与及), the object group after it.
In a coordination, a region directly followed by one of its own sub-divisions only qualifies it
(甘肃省平凉市 → 平凉市).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from graph.extract.lexicon import Lexicon
from graph.extract.sentences import Sentence
from graph.extract.spans import EntitySpan

COORD = re.compile(r"^[、和与及同,，\s]*(?:联合|以及|携手)?[、和与及,，\s]*$")
ACTORS = {"Organization", "Region"}
NOT_VISIT = ("得到", "达到", "受到", "看到", "收到", "感受到", "做到", "到位", "来到了", "直到", "遇到", "想到", "提到", "到期", "到岗")
COOPERATION = ("东西部协作", "对口支援", "结对", "签约", "战略合作", "携手", "合作", "协作", "共建", "帮扶")
LEAD = re.compile(r"^(?:[^，,。]{0,8}[，,])?[^，,。]{0,6}$")
PREPOSITIONS = ("在", "向", "到", "赴", "与", "对", "为", "由", "从", "经", "据", "和", "前往", "来到", "走进", "邀请", "联合", "携手", "同")
JOINT_ACTION = re.compile(r"^(?:共同|在[^，,。]{0,12})?(?:举办|主办|承办|开展|召开|举行|组织|发起|推出|启动|成立|建立|打造|开设)")
SIGNING = re.compile(r"(?:签约|签字|签署)(?:仪式|活动)?$")
HERE_EVENT = re.compile(r"^(?:会上|会后|活动中|活动上|活动现场|仪式上|现场|期间|[\u4e00-\u9fff“”]{2,12}(?:会上|活动中|现场))")


@dataclass(frozen=True)
class Found:
    type: str
    head: EntitySpan
    tail: EntitySpan
    rule: str
    confidence: float
    properties: tuple[tuple[str, str], ...] = ()


class RelationRules:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.triggers = {rel: re.compile("|".join(map(re.escape, words))) for rel, words in lexicon.triggers.items()}

    def sentence(self, sent: Sentence, spans: list[EntitySpan], main_event: EntitySpan | None,
                 gazetteer_parent, main_actor: EntitySpan | None = None, nested=()) -> Iterator[Found]:
        text = sent.text
        local = [s for s in spans if sent.start <= s.start and s.end <= sent.end]
        if not local and main_event is None:
            return
        self.parent_of = gazetteer_parent
        self.main_actor = main_actor
        self.nested = nested
        yield from self._holds(sent, local, main_event)
        yield from self._participates(sent, local, main_event)
        yield from self._held_at(sent, local, main_event)
        yield from self._visits(sent, local)
        yield from self._held_where_they_went(sent, local)
        yield from self._documents(sent, local)
        yield from self._signing_ceremonies(sent, local, spans)
        yield from self._launches(sent, local)
        yield from self._possessive_launches(sent, local)
        yield from self._receives(sent, local)
        yield from self._co_organizers(sent, local)
        yield from self._partners(sent, local, text)

    # -- span groups ---------------------------------------------------------------------------
    def _group_before(self, text_of, spans, pos, types, limit=60):
        cands = [s for s in spans if s.end <= pos and s.entity.type in types and pos - s.end <= limit]
        if not cands:
            return []
        group = [cands[-1]]
        for span in reversed(cands[:-1]):
            if COORD.match(text_of(span.end, group[0].start)):
                group.insert(0, span)
            else:
                break
        return self._drop_qualifiers(group)

    def _group_after(self, text_of, spans, pos, types, limit=30):
        cands = [s for s in spans if s.start >= pos and s.entity.type in types]
        if not cands or cands[0].start - pos > limit:
            return []
        group = [cands[0]]
        for span in cands[1:]:
            if COORD.match(text_of(group[-1].end, span.start)):
                group.append(span)
            else:
                break
        return self._drop_qualifiers(group)

    def _subjects(self, sent, spans, pos, types, main_actor=None):
        """Who does what the trigger at ``pos`` says: the sentence's leading actors, else the
        nearest actors before it that are not objects of a preposition, else the article's actor."""
        text_of = self._text_of(sent)
        before = [s for s in spans if s.end <= pos and s.entity.type in types]
        if before:
            lead = text_of(sent.start, before[0].start)
            if LEAD.match(lead) and not lead.endswith(PREPOSITIONS):
                return self._group_after(text_of, spans, before[0].start, types, limit=0)
            free = [s for s in before if not text_of(sent.start, s.start).endswith(PREPOSITIONS)]
            if free:
                return self._group_before(text_of, free, pos, types, limit=60)
        return [main_actor] if main_actor is not None and main_actor.entity.type in types else []

    def _drop_qualifiers(self, group):
        kept = []
        for i, span in enumerate(group):
            nxt = group[i + 1] if i + 1 < len(group) else None
            if nxt is not None and span.entity.type == "Region" == nxt.entity.type and nxt.start == span.end \
                    and self.parent_of(nxt.entity.name, span.entity.name):
                continue
            kept.append(span)
        return kept

    def _hits(self, rel, sent):
        for match in self.triggers[rel].finditer(sent.text):
            yield sent.start + match.start(), sent.start + match.end(), match.group()

    @staticmethod
    def _text_of(sent):
        return lambda a, b: sent.text[a - sent.start:b - sent.start] if b >= a else "\x00"

    # -- rules ---------------------------------------------------------------------------------
    def _holds(self, sent, spans, main_event):
        text_of = self._text_of(sent)
        for start, end, word in self._hits("HOLDS", sent):
            events = self._group_after(text_of, spans, end, {"Event"}, limit=40)
            if not events:
                yield from self._passive_holds(sent, spans, start, word)
                continue
            before = text_of(sent.start, start)
            by = before.rfind("由")
            if by >= 0:
                heads = self._group_after(text_of, spans, sent.start + by + 1, ACTORS, limit=2)
                heads += [s for s in spans if s.entity.type in ACTORS and heads and heads[-1].end <= s.start < start
                          and re.match(r"^(?:联合|与|和|及|、|会同)", text_of(heads[-1].end, s.start) or "x")]
            else:
                heads = self._subjects(sent, spans, start, ACTORS, self.main_actor)
            for head in heads:
                for event in events:
                    yield Found("HOLDS", head, event, f"holds:{word}", 0.8)

    def _passive_holds(self, sent, spans, start, word):
        """``EVENT（日前）召开``: the event names its organizers, or the article's actor holds it."""
        text_of = self._text_of(sent)
        prior = [s for s in spans if s.entity.type == "Event" and s.end <= start and start - s.end <= 4
                 and re.fullmatch(r"[\u4e00-\u9fff]{0,4}", text_of(s.end, start))]
        if not prior:
            return
        event = prior[-1]
        inside = [n for n in self.nested if event.start <= n.start and n.end <= event.end
                  and n.entity.type in ACTORS]
        heads = inside or ([self.main_actor] if self.main_actor is not None else [])
        for head in heads:
            yield Found("HOLDS", head, event, f"holds:passive-{word}", 0.6)

    def _participates(self, sent, spans, main_event):
        text_of = self._text_of(sent)
        for start, end, word in self._hits("PARTICIPATES_IN", sent):
            events = self._group_after(text_of, spans, end, {"Event"}, limit=20)
            target = events[0] if events else main_event
            if target is None:
                continue
            for head in self._group_before(text_of, spans, start, ACTORS | {"Person"}, limit=40):
                yield Found("PARTICIPATES_IN", head, target, f"participates:{word}", 0.7 if events else 0.5)
        if main_event is not None:
            yield from self._listed_participants(sent, spans, main_event)
        if main_event is not None and HERE_EVENT.match(sent.text):
            for span in spans:
                if span.entity.type == "Organization":
                    yield Found("PARTICIPATES_IN", span, main_event, "participates:at-event", 0.4)

    def _listed_participants(self, sent, spans, main_event):
        """``X、Y、Z等单位…`` or ``邀请（到）X、Y…`` in an event's article: the listed units take part."""
        text_of = self._text_of(sent)
        actors = [s for s in spans if s.entity.type in ACTORS]
        for i, first in enumerate(actors):
            if i and COORD.match(text_of(actors[i - 1].end, first.start)):
                continue
            group = self._group_after(text_of, actors, first.start, ACTORS, limit=0)
            after = text_of(group[-1].end, min(sent.end, group[-1].end + 6))
            before = text_of(max(sent.start, first.start - 4), first.start)
            invited = re.search(r"邀请(?:到|了)?$", before)
            if (len(group) >= 3 and after.startswith("等")) or (invited and group):
                events = [s for s in spans if s.entity.type == "Event"]
                target = events[0] if events else main_event
                for actor in group:
                    yield Found("PARTICIPATES_IN", actor, target, "participates:listed", 0.4)

    def _held_at(self, sent, spans, main_event):
        text_of = self._text_of(sent)
        for match in re.finditer(r"在", sent.text):
            pos = sent.start + match.end()
            venues = [s for s in spans if s.start == pos and s.entity.type in {"Place", "Organization", "Region"}]
            if not venues:
                continue
            venue = max(venues, key=lambda s: s.end)
            rest = text_of(venue.end, min(sent.end, venue.end + 14))
            if not re.search(r"举办|举行|召开|开展|启动|拉开|开幕|进行", rest):
                continue
            events = [s for s in spans if s.entity.type == "Event"]
            target = events[0] if events else main_event
            if target is not None:
                yield Found("HELD_AT", target, venue, "held-at:在", 0.7)

    def _held_where_they_went(self, sent, spans):
        """``赴/前往 X，开展 EVENT``: the event takes place at X."""
        text_of = self._text_of(sent)
        for match in re.finditer(r"赴|前往|来到|走进", sent.text):
            end = sent.start + match.end()
            places = self._group_after(text_of, spans, end, {"Region", "Organization", "Place"}, limit=2)
            if not places:
                continue
            events = [s for s in spans if s.entity.type == "Event" and places[-1].end <= s.start <= places[-1].end + 40]
            for place in places:
                for event in events[:1]:
                    yield Found("HELD_AT", event, place, f"held-at:{match.group()}", 0.5)

    def _visits(self, sent, spans):
        text_of = self._text_of(sent)
        for start, end, word in self._hits("VISITS", sent):
            if any(sent.text.startswith(w, start - sent.start - (len(w) - len(word)) if w.endswith(word) else start - sent.start)
                   for w in NOT_VISIT):
                continue
            tails = self._group_after(text_of, spans, end, {"Region", "Organization", "Place"}, limit=2)
            if not tails:
                continue
            heads = self._subjects(sent, spans, start, {"Organization", "Person"}, self.main_actor)
            for head in heads:
                for tail in tails:
                    if tail.entity.key != head.entity.key:
                        yield Found("VISITS", head, tail, f"visits:{word}", 0.6)

    def _documents(self, sent, spans):
        text_of = self._text_of(sent)
        for rel in ("SIGNS", "ISSUES"):
            for start, end, word in self._hits(rel, sent):
                docs = self._group_after(text_of, spans, end, {"Document"}, limit=20)
                heads = self._group_before(text_of, spans, start, ACTORS, limit=40)
                for doc in docs:
                    for head in heads:
                        yield Found(rel, head, doc, f"{rel.lower()}:{word}", 0.8)
                if rel == "SIGNS" and len(heads) > 1:
                    for i, a in enumerate(heads):
                        for b in heads[i + 1:]:
                            yield Found("PARTNERS_WITH", a, b, "partners:co-signers", 0.7)

    def _signing_ceremonies(self, sent, local, spans):
        """``A与B关于X协议签约仪式``, ``A与B举行《X》签约仪式``: the actors before sign the document."""
        text_of = self._text_of(sent)
        documents = [s for s in spans if s.entity.type == "Document"]
        for span in local:
            if span.entity.type == "Event" and SIGNING.search(span.entity.name):
                core = SIGNING.sub("", span.entity.name)
                signed = [d for d in documents if len(core) >= 4 and (core in d.entity.name or d.entity.name in core)]
            elif span.entity.type == "Document" and re.match(r"^(?:签约|签字|签署)", text_of(span.end, span.end + 2)):
                signed = [span]
            else:
                continue
            if not signed:
                continue
            heads = self._group_before(text_of, local, span.start, ACTORS, limit=12)
            if not heads or not re.fullmatch(r"(?:关于|举行|举办|共同)?(?:深化|推进|加强)?[“《]?",
                                             text_of(heads[-1].end, span.start)):
                heads = self._subjects(sent, local, span.start, ACTORS) if span.entity.type == "Document" else []
            for head in heads:
                yield Found("SIGNS", head, signed[0], "signs:ceremony", 0.7)

    def _launches(self, sent, spans):
        text_of = self._text_of(sent)
        for start, end, word in self._hits("LAUNCHES", sent):
            inits = self._group_after(text_of, spans, end, {"Initiative"}, limit=12)
            if not inits:
                continue
            for head in self._subjects(sent, spans, start, ACTORS, self.main_actor):
                for init in inits:
                    yield Found("LAUNCHES", head, init, f"launches:{word}", 0.6)

    def _possessive_launches(self, sent, spans):
        """``市委、市政府“十项行动”``: actors right before an initiative run it."""
        text_of = self._text_of(sent)
        for init in (s for s in spans if s.entity.type == "Initiative"):
            heads = self._group_before(text_of, spans, init.start, ACTORS, limit=8)
            if heads and not re.search(r"[，,。；：、]", text_of(heads[-1].end, init.start)):
                for head in heads:
                    yield Found("LAUNCHES", head, init, "launches:possessive", 0.5)

    def _receives(self, sent, spans):
        text_of = self._text_of(sent)
        takers = {"Organization", "Person"}
        for start, end, word in self._hits("RECEIVES", sent):
            awards = self._group_after(text_of, spans, end, {"Award"}, limit=40)
            if not awards:
                continue
            heads = self._group_before(text_of, spans, start, takers, limit=40)[-1:]
            if not heads or re.search(r"[，,；;]", text_of(heads[0].end, start)):
                heads = self._subjects(sent, spans, start, takers)[:1] or heads
            for head in heads:
                for award in awards:
                    yield Found("RECEIVES", head, award, f"receives:{word}", 0.7)
        for match in re.finditer(r"向", sent.text):
            pos = sent.start + match.end()
            given = [s for s in spans if s.start == pos and s.entity.type in takers]
            if not given:
                continue
            rest = text_of(given[0].end, sent.end)
            if re.match(r"^(?:颁授|颁发|授予)", rest):
                for award in self._group_after(text_of, spans, given[0].end + 2, {"Award"}, limit=4):
                    yield Found("RECEIVES", given[0], award, "receives:颁授", 0.7)
        yield from self._award_titles(sent, spans)

    def _award_titles(self, sent, spans):
        """An award used as a title: ``时代楷模张黎明``, ``最美家庭代表苏婷家庭``,
        ``全国工人先锋号先进集体——某消防救援站``: the person or unit named right after holds it."""
        text_of = self._text_of(sent)
        awards = [s for s in spans if s.entity.type == "Award"]
        for i, award in enumerate(awards):
            if i + 1 < len(awards) and COORD.match(text_of(award.end, awards[i + 1].start)):
                continue
            group = self._group_before(text_of, awards, award.end, {"Award"}, limit=0)
            for holder in (s for s in spans if s.entity.type in {"Organization", "Person"} and s.start >= award.end):
                gap = text_of(award.end, holder.start)
                if gap == "" and holder.entity.type == "Person" or \
                        re.fullmatch(r"(?:获得者|荣誉获得者)?代表|(?:先进集体|先进个人|获得者)?——", gap):
                    for title in group:
                        yield Found("RECEIVES", holder, title, "receives:title", 0.6)
                break

    def _co_organizers(self, sent, spans):
        """``由A联合B、C举办…``: the units that jointly hold something are partners."""
        text_of = self._text_of(sent)
        for match in re.finditer(r"联合|会同|携手", sent.text):
            lefts = self._group_before(text_of, spans, sent.start + match.start(), ACTORS, limit=0)
            rights = self._group_after(text_of, spans, sent.start + match.end(), ACTORS, limit=0)
            if not (lefts and rights) or not JOINT_ACTION.match(text_of(rights[-1].end, min(sent.end, rights[-1].end + 6))):
                continue
            for a in lefts:
                for b in rights:
                    if a.entity.key != b.entity.key:
                        yield Found("PARTNERS_WITH", a, b, f"partners:{match.group()}-holds", 0.6)

    def _partners(self, sent, spans, text):
        if not any(word in text for word in COOPERATION):
            return
        text_of = self._text_of(sent)
        for match in re.finditer(r"与|和|同|携手|联合", text):
            pos = sent.start + match.start()
            lefts = [s for s in spans if s.end == pos and s.entity.type in ACTORS]
            if not lefts:
                continue
            rights = self._group_after(text_of, spans, sent.start + match.end(), ACTORS, limit=1)
            for right in rights:
                if right.entity.key != lefts[0].entity.key and right.entity.type == lefts[0].entity.type:
                    yield Found("PARTNERS_WITH", lefts[0], right, f"partners:{match.group()}", 0.7)
