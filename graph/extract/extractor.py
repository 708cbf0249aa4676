"""The rule-based extractor: one article in, its ``ArticleGraph`` out.

Finders locate regions, organizations, persons, events and named things; overlapping spans are
settled by priority (book titles, events and organizations over the names inside them); short
standalone forms (考察团, 对接会, 保税区) are tied to the one longer name of the article they end;
relation rules then run sentence by sentence, and name-borne relations are added.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from graph.extract.context import ArticleContext, choose_context
from graph.extract.events import EventFinder
from graph.extract.gazetteer import Gazetteer
from graph.extract.known import KnownFinder
from graph.extract.lexicon import Lexicon, load_lexicon
from graph.extract.named import NamedFinder
from graph.extract.organizations import OrgFinder
from graph.extract.persons import PersonFinder
from graph.extract.regions import RegionIndex, find_regions, region_entity
from graph.extract.relations import RelationRules
from graph.extract.resolve import assemble, coreference, settle
from graph.extract.sentences import protected_mask, split_sentences
from graph.extract.spans import EntitySpan
from graph.extract.structure import located_in, org_parts, positions, region_parts
from graph.model import Article, ArticleGraph, Entity, Source

HOME_WORDS = {"我市": "city", "本市": "city", "我区": "district", "本区": "district"}


class RuleExtractor:
    """Callable ``(source, article) -> ArticleGraph``; dictionaries are loaded once at creation."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None,
                 default_city: str = "天津市"):
        self.lexicon = lexicon or load_lexicon()
        self.gazetteer = gazetteer or Gazetteer.default()
        self.regions = RegionIndex.build(self.gazetteer)
        self.orgs = OrgFinder.build(self.lexicon)
        self.events = EventFinder.build(self.lexicon)
        self.named = NamedFinder.build(self.lexicon)
        self.persons = PersonFinder.build(self.lexicon)
        self.known = KnownFinder.build(self.lexicon)
        self.rules = RelationRules(self.lexicon)
        self.default_city = self.gazetteer.resolve(default_city) if default_city else None
        self._source = None
        self._history: Counter = Counter()

    def __call__(self, source: Source, article: Article) -> ArticleGraph:
        if source.name != self._source:
            self._source, self._history = source.name, Counter()
        text = article.text
        mask = protected_mask(text)
        seed = tuple(d.id for d in (self._home(),) if d)
        region_spans, divisions = find_regions(text, self.regions, mask, self.lexicon, seed)
        context = choose_context(self.gazetteer, divisions, self._history, self.default_city)
        region_spans += self._home_words(text, context)
        region_names = {s.entity.name for s in region_spans}
        for span in region_spans:
            for i in range(span.start, span.end):
                mask[i] = True
        nested = self.orgs.find(text, mask, context, region_names)
        org_spans = [outer for outer, _ in nested] + [n for _, inner in nested for n in inner]
        spans = settle(region_spans + org_spans + self.events.find(text, mask, len(article.title)) + self.named.find(text, mask)
                       + self.persons.find(text) + self.known.find(text), self.lexicon)
        spans += coreference(text, spans, self.lexicon)
        spans = _date_main_events(spans, article)
        found = list(self._relations(text, spans, nested, context))
        return assemble(source, article, spans, found, self._bylines(article))

    def _home(self):
        if self._history:
            return self.gazetteer.get(self._history.most_common(1)[0][0])
        return self.default_city

    def _home_words(self, text: str, context: ArticleContext) -> list[EntitySpan]:
        spans = []
        for word, level in HOME_WORDS.items():
            div = context.city if level == "city" else context.district
            if div is None:
                continue
            at = text.find(word)
            while at >= 0:
                spans.append(EntitySpan(region_entity(div), at, at + len(word), word, "home-word"))
                at = text.find(word, at + 1)
        return spans

    def _relations(self, text, spans, nested, context):
        top = [s for s in spans if s.rule != "nested"]
        top.sort(key=lambda s: (s.start, -s.end))
        toplevel = [s for s in top if not any(o.start <= s.start and s.end <= o.end and o is not s
                                             and (o.start, o.end) != (s.start, s.end) for o in top)]
        events = [s for s in toplevel if s.entity.type == "Event"]
        main_event = events[0] if events else None
        actors = [s for s in toplevel if s.entity.type in ("Organization", "Region") and s.rule != "home-word"]
        main_actor = actors[0] if actors else None
        nested_spans = [s for s in spans if s not in toplevel]
        parent_of = self._is_parent
        for sent in split_sentences(text):
            for found in self.rules.sentence(sent, toplevel, main_event, parent_of, main_actor, nested_spans):
                yield found, sent
        whole = _Whole(text)
        local = {s.surface: s.entity for s in spans if s.entity.type == "Region" and s.rule != "home-word"}
        local.update({s.entity.name: s.entity for s in spans if s.entity.type == "Region"})
        for found in located_in([s for s in spans if s.entity.type in ("Organization", "Place")],
                                lambda name: self._region_in(name, local)):
            yield found, whole.around(found.head)
        for found in org_parts(nested):
            yield found, whole.around(found.head)
        for found in region_parts([s for s in spans if s.entity.type == "Region"], self._ancestor_names):
            yield found, whole.around(found.head)
        persons = [s for s in spans if s.entity.type == "Person"]
        orgs = [s for s in spans if s.entity.type == "Organization"]
        for found in positions(text, persons, orgs):
            yield found, whole.around(found.head)

    def _is_parent(self, child: str, parent: str) -> bool:
        return parent in self._ancestor_names(child)

    def _ancestor_names(self, name: str) -> list[str]:
        div = self.gazetteer.resolve(name, tuple(d.id for d in (self._home(),) if d))
        return [a.name for a in self.gazetteer.ancestors(div)] if div else []

    def _region_in(self, name: str, local: dict[str, Entity]):
        """The most specific region named inside ``name``: a gazetteer name or short form, or a
        community or zone the article found by suffix."""
        best = None
        for surface, entity in local.items():
            at = name.rfind(surface)
            if at >= 0 and surface != name:
                best = max(best or (at + len(surface), entity), (at + len(surface), entity), key=lambda b: b[0])
        raw = [(self.regions.patterns[i], s, e) for i, s, e in self.regions.matcher.find_matches_as_indexes(name)]
        for surface, start, end in reversed(raw):
            div = self.gazetteer.resolve(surface, tuple(d.id for d in (self._home(),) if d))
            if div is not None and (self.gazetteer.by_name(surface) or div.level in ("province", "city")):
                if best is None or end > best[0]:
                    best = (end, region_entity(div))
                break
        return best[1] if best else None

    @staticmethod
    def _bylines(article: Article):
        return article.bylines


def _date_main_events(spans: list[EntitySpan], article: Article) -> list[EntitySpan]:
    """Events named in the headline or the opening take the article's date when they have none."""
    if not article.date:
        return spans
    opening = article.text.find("\n", len(article.title) + 1)
    opening = len(article.text) if opening < 0 else opening
    keys = {s.entity.key for s in spans if s.entity.type == "Event" and s.start <= opening
            and not s.entity.properties.get("date")}
    return [replace(s, entity=replace(s.entity, properties={**s.entity.properties, "date": article.date}))
            if s.entity.key in keys else s for s in spans]


class _Whole:
    """Finds the sentence around a span, for relations that names carry."""

    def __init__(self, text: str):
        self.sentences = list(split_sentences(text))

    def around(self, span: EntitySpan):
        for sent in self.sentences:
            if sent.start <= span.start < sent.end:
                return sent
        return self.sentences[0] if self.sentences else None
