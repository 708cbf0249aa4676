"""The one data type that flows through govkg: source → articles → entities and relations.

Everything is a frozen dataclass with a deterministic key, so the same article always yields
the same nodes and edges and every store load can be idempotent (MERGE on ``key``).

- ``Source``    one input file (``name`` is its base name, the scorer's ``source``).
- ``Article``   one article of a source, with its character offsets in the decoded source text.
- ``Entity``    a typed node: canonical ``name``, ``aliases``, schema ``properties``.
- ``Relation``  a typed, directed edge between two entity keys, with the evidence that states it.
- ``ArticleGraph`` what extraction yields for one article.
- ``Graph``     many article graphs merged: one node per real-world thing (entity resolution).
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short hex digest of ``parts`` that never changes between runs or machines."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def entity_key(type_: str, name: str) -> str:
    """The node key of an entity: its type and canonical name (readable in Neo4j Browser)."""
    return f"{type_}:{name}"


@dataclass(frozen=True, slots=True)
class Source:
    """One input file."""

    name: str            # base name, e.g. "000_ab9dff0d52c8f62f.txt"
    path: str            # path as given by the user
    sha1: str            # digest of the raw bytes
    encoding: str        # what the bytes were decoded as
    length: int          # characters in the decoded text

    @property
    def key(self) -> str:
        return f"Source:{self.name}"


@dataclass(frozen=True, slots=True)
class Byline:
    """One credited person of an article: role is 记者, 见习记者, 通讯员 or 摄影."""

    role: str
    name: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a source, as the page splitter found it."""

    source: str                      # Source.name
    index: int                       # position in the source, from 0
    title: str
    text: str                        # body text, column breaks rejoined
    start: int                       # offset of the article's first character in the source text
    end: int                         # offset just past its last character
    subtitle: str = ""
    kicker: str = ""
    bylines: tuple[Byline, ...] = ()
    date: str = ""                   # ISO date of the main event when the text gives one
    # (text offset, source offset) at the start of each run of ``text`` copied unchanged from the
    # source; rejoined column breaks start a new run. Empty means text == source[start:end].
    anchors: tuple[tuple[int, int], ...] = ()

    @property
    def key(self) -> str:
        return f"Article:{self.source}#{self.index}"

    def source_offset(self, offset: int) -> int:
        """The source-text offset of ``text[offset]``."""
        if not self.anchors:
            return self.start + offset
        i = bisect.bisect_right(self.anchors, (offset, float("inf"))) - 1
        text_at, source_at = self.anchors[max(i, 0)]
        return source_at + (offset - text_at)

    @property
    def id(self) -> str:
        return f"{self.source}#{self.index}"


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed node. ``properties`` holds the schema properties of its type (level, category, ...)."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    properties: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)

    def merged(self, other: "Entity") -> "Entity":
        """This entity with ``other``'s aliases and any properties it lacks (first value wins)."""
        names = [a for a in (*self.aliases, other.name, *other.aliases) if a != self.name]
        aliases = tuple(dict.fromkeys(names))
        props = dict(other.properties)
        props.update({k: v for k, v in self.properties.items() if v not in (None, "")})
        return replace(self, aliases=aliases, properties=props)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation is stated: the sentence, its article and its span in the source text."""

    sentence: str
    article: str                     # Article.id
    start: int                       # offset of the sentence in the source text
    end: int
    rule: str                        # name of the rule that produced the relation
    confidence: float


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed edge ``head -type-> tail`` between entity keys, with its evidence."""

    type: str
    head: str                        # Entity.key
    tail: str                        # Entity.key
    evidence: Evidence
    properties: Mapping[str, Any] = field(default_factory=dict)   # e.g. {"title": "站长"}

    @property
    def key(self) -> str:
        """One edge per statement: the same fact in two articles is two edges (two provenances)."""
        return stable_hash(self.head, self.type, self.tail, self.evidence.article)

    @property
    def fact(self) -> tuple[str, str, str]:
        return (self.head, self.type, self.tail)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in an article, with the surface forms the article used for it."""

    article: str                     # Article.id
    entity: str                      # Entity.key
    surfaces: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleGraph:
    """What extraction yields for one article."""

    source: Source
    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(slots=True)
class Graph:
    """Article graphs merged into one: one node per key, aliases and properties merged."""

    sources: dict[str, Source] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    mentions: dict[tuple[str, str], Mention] = field(default_factory=dict)

    def add(self, part: ArticleGraph) -> None:
        """Merge one article's extraction into the graph."""
        self.sources.setdefault(part.source.name, part.source)
        self.articles[part.article.id] = part.article
        for entity in part.entities:
            known = self.entities.get(entity.key)
            self.entities[entity.key] = known.merged(entity) if known else entity
        for relation in part.relations:
            self.relations.setdefault(relation.key, relation)
        for mention in part.mentions:
            self.mentions[(mention.article, mention.entity)] = mention

    @classmethod
    def from_parts(cls, parts: Iterable[ArticleGraph]) -> "Graph":
        graph = cls()
        for part in parts:
            graph.add(part)
        return graph
