"""Settling overlapping spans, tying short forms to full names, and assembling the ArticleGraph."""
from __future__ import annotations

import re
from collections import defaultdict

from graph.extract.lexicon import Lexicon
from graph.extract.relations import Found
from graph.extract.sentences import extend_left, protected_mask
from graph.extract.spans import EntitySpan
from graph.model import Article, ArticleGraph, Byline, Entity, Evidence, Mention, Relation, Source
from functools import lru_cache

from graph.schema import load_schema

_schema = lru_cache(maxsize=1)(load_schema)

PRIORITY = {"book-title": 0, "dictionary": 1, "event-noun": 1, "org-suffix": 2, "quoted-award": 3, "quoted-initiative": 4,
            "gazetteer": 3, "place-suffix": 5, "title-name": 6, "name-speech": 6, "name-honorific": 6,
            "name-profile": 6, "home-word": 7, "award-suffix": 8, "initiative-suffix": 8, "region-suffix": 9}
CONTAINED_OK = {"Region", "Organization", "Person", "Initiative", "Document", "Event"}
MARKS = re.compile(r"[“”‘’\"《》「」\s]")


def _crosses(a: EntitySpan, b: EntitySpan) -> bool:
    return a.start < b.end and b.start < a.end and not (a.start <= b.start and b.end <= a.end) \
        and not (b.start <= a.start and a.end <= b.end)


def _suffix_len(name: str, suffixes) -> int:
    return max((len(w) for w in suffixes if name.endswith(w)), default=0)


def settle(spans: list[EntitySpan], lexicon: Lexicon | None = None) -> list[EntitySpan]:
    """Spans that survive: none crosses a stronger one; inside another only certain types."""
    ranked = sorted(spans, key=lambda s: (PRIORITY.get(s.rule, 9), -(s.end - s.start), s.start))
    kept: list[EntitySpan] = []
    for span in ranked:
        if any(_crosses(span, k) for k in kept):
            continue
        same = [k for k in kept if (k.start, k.end) == (span.start, span.end)]
        if same:
            if span.entity.type == "Place" and same[0].entity.type == "Organization" and lexicon is not None \
                    and _suffix_len(span.entity.name, lexicon.place_suffixes) > _suffix_len(same[0].entity.name, lexicon.org_suffixes):
                kept[kept.index(same[0])] = span
            continue
        inside = [k for k in kept if k.start <= span.start and span.end <= k.end]
        if inside and (span.entity.type not in CONTAINED_OK
                       or span.rule.endswith("-suffix") and span.entity.type not in ("Region", "Organization")):
            continue
        kept.append(span)
    return sorted(kept, key=lambda s: (s.start, -s.end))


def _heads(name: str, lexicon: Lexicon) -> list[str]:
    """The lexicon words ``name`` ends with (党政考察团, 考察团), longest first."""
    words = set(lexicon.org_suffixes) | set(lexicon.event_nouns) | set(lexicon.place_suffixes) \
        | set(lexicon.zone_suffixes)
    return sorted((w for w in words if name.endswith(w) and 3 <= len(w) < len(name)), key=len, reverse=True)


def coreference(text: str, spans: list[EntitySpan], lexicon: Lexicon) -> list[EntitySpan]:
    """Standalone short forms (考察团, 对接会) of the one entity in the article whose name ends so."""
    by_head: dict[str, dict[str, EntitySpan]] = defaultdict(dict)
    for span in spans:
        if span.entity.type in ("Organization", "Region", "Place", "Event") and len(span.entity.name) >= 4:
            for head in _heads(span.entity.name, lexicon):
                by_head[head][span.entity.key] = span
    mask = protected_mask(text)
    extra: list[EntitySpan] = []
    taken: list[tuple[int, int]] = [(s.start, s.end) for s in spans]
    for head in sorted(by_head, key=len, reverse=True):
        owners = by_head[head]
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if not any(s < end and at < e for s, e in taken):
                start = extend_left(text, at, len(owner.entity.name), mask)
                surface = text[start:end]
                if not owner.entity.name.endswith(surface):
                    start, surface = at, head
                extra.append(EntitySpan(owner.entity, start, end, surface, "coreference"))
                taken.append((start, end))
            at = text.find(head, end)
    return extra


def assemble(source: Source, article: Article, spans: list[EntitySpan], found: list[tuple[Found, object]],
             bylines: tuple[Byline, ...]) -> ArticleGraph:
    schema = _schema()
    entities: dict[str, Entity] = {}
    surfaces: dict[str, list[str]] = defaultdict(list)

    def add(entity: Entity, surface: str | None = None) -> None:
        known = entities.get(entity.key)
        entities[entity.key] = known.merged(entity) if known else entity
        if surface and surface not in surfaces[entity.key]:
            surfaces[entity.key].append(surface)

    for span in spans:
        add(span.entity, span.surface)
    for byline in bylines:
        add(Entity("Person", byline.name), byline.name)
    relations: dict[tuple[str, str, str], Relation] = {}
    for item, sentence in found:
        head, tail = item.head.entity, item.tail.entity
        if head.key == tail.key or not schema.allows(item.type, head.type, tail.type):
            continue
        add(head)
        add(tail)
        fact = (head.key, item.type, tail.key)
        if fact in relations and relations[fact].evidence.confidence >= item.confidence:
            continue
        start = article.source_offset(sentence.start) if sentence else article.start
        end = article.source_offset(sentence.end - 1) + 1 if sentence else article.end
        evidence = Evidence(sentence.text if sentence else article.title, article.id, start, end,
                            item.rule, item.confidence)
        relations[fact] = Relation(item.type, head.key, tail.key, evidence, dict(item.properties))
    finished = {}
    for key, entity in entities.items():
        aliases = [a for a in (*entity.aliases, *surfaces[key])
                   if MARKS.sub("", a) != MARKS.sub("", entity.name)]
        finished[key] = Entity(entity.type, entity.name, tuple(dict.fromkeys(aliases)), dict(entity.properties))
    mentions = tuple(Mention(article.id, key, tuple(surfaces[key])) for key in finished)
    return ArticleGraph(source=source, article=article, entities=tuple(finished.values()),
                        relations=tuple(relations.values()), mentions=mentions)
