"""The stored form of a ``Graph``: rows per node label and per relationship type and end labels.

This is the one place that decides which properties a stored node or relationship has; both
stores write these rows and read back the same property names, so their dumps compare equal.
Every row of a label has every declared property (``None`` where absent) so one UNWIND
statement can write a whole batch.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from graph.errors import SchemaError
from graph.model import Graph, entity_key
from graph.schema import Schema

MERGED_LIST = "aliases"
NAME_LABEL, NAMES = "Name", "NAMES"
READY = {"string": str, "integer": int, "float": float}      # values of these classes are stored as they are


@dataclass(frozen=True)
class RelBatchKey:
    """Rows of one relationship type between one pair of labels (LadybugDB names the pair)."""

    type: str
    head: str
    tail: str


def node_rows(graph: Graph, schema: Schema) -> dict[str, list[dict[str, Any]]]:
    """Rows by label: entities, Source and Article nodes, byline persons."""
    rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)

    def put(label: str, values: dict[str, Any]) -> None:
        props = schema.nodes[label].properties
        row = {name: _value(values.get(name), prop.type, (label, values.get("key"), name))
               for name, prop in props.items()}
        rows[label][row["key"]] = row

    for source in graph.sources.values():
        put("Source", {"key": source.key, "name": source.name, "path": source.path, "sha1": source.sha1,
                       "encoding": source.encoding, "length": source.length})
    for article in graph.articles.values():
        put("Article", {"key": article.key, "id": article.id, "source": article.source, "number": article.index,
                        "title": article.title, "subtitle": article.subtitle, "kicker": article.kicker,
                        "date": article.date, "offset_start": article.start, "offset_end": article.end,
                        "bylines": [f"{b.role}:{b.name}" for b in article.bylines]})
    for key, name in _byline_persons(graph).items():
        put("Person", {"key": key, "name": name, "aliases": []})
    for entity in graph.entities.values():
        put(entity.type, {"key": entity.key, "name": entity.name, "aliases": list(entity.aliases),
                          **entity.properties})
    for surface, _, _ in _names(graph):
        put(NAME_LABEL, {"key": surface})
    return {label: list(by_key.values()) for label, by_key in rows.items()}


def relationship_rows(graph: Graph, schema: Schema) -> dict[RelBatchKey, list[dict[str, Any]]]:
    """Rows by (type, head label, tail label); each row has ``head``, ``tail`` and the properties.

    One row per stored relationship: by key where the type has one, otherwise by its two ends
    (a person credited twice in one article keeps the first credit)."""
    rows: dict[RelBatchKey, list[dict[str, Any]]] = defaultdict(list)
    keyed = {rtype for rtype, rel in schema.relations.items() if "key" in rel.properties}
    keyless: set[tuple[str, str, str]] = set()
    label_of = {key: e.type for key, e in graph.entities.items()}

    specs = {rtype: tuple((name, prop.type, READY.get(prop.type)) for name, prop in rel.properties.items())
             for rtype, rel in schema.relations.items()}

    def put(rtype: str, head: str, head_label: str, tail: str, tail_label: str, values: dict[str, Any]) -> None:
        if rtype not in keyed:
            if (rtype, head, tail) in keyless:
                return
            keyless.add((rtype, head, tail))
        row = {"head": head, "tail": tail}
        for name, type_, ready in specs[rtype]:
            value = values.get(name)
            row[name] = value if value.__class__ is ready and value != "" else \
                _value(value, type_, (rtype, f"{head}->{tail}", name))
        rows[RelBatchKey(rtype, head_label, tail_label)].append(row)

    for article in graph.articles.values():
        source_key = f"Source:{article.source}"
        put("CONTAINS", source_key, "Source", article.key, "Article", {})
        for byline in article.bylines:
            put("AUTHORED", entity_key("Person", byline.name), "Person", article.key, "Article",
                {"role": byline.role})
    for surface, key, label in _names(graph):
        put(NAMES, surface, NAME_LABEL, key, label, {})
    for (article_id, key), mention in graph.mentions.items():
        article = graph.articles.get(article_id)
        if article is not None and key in label_of:
            put("MENTIONS", article.key, "Article", key, label_of[key], {"surfaces": list(mention.surfaces)})
    for key, relation in graph.relations.items():
        ev = relation.evidence
        put(relation.type, relation.head, label_of[relation.head], relation.tail, label_of[relation.tail],
            {"key": key, "evidence": ev.sentence, "article": ev.article,
             "source": ev.article.rsplit("#", 1)[0], "span_start": ev.start, "span_end": ev.end,
             "rule": ev.rule, "confidence": ev.confidence, **relation.properties})
    return dict(rows)


def surface_forms(name: str | None, aliases) -> list[str]:
    """The forms the name index holds for one entity: its name and aliases, once each."""
    return [s for s in dict.fromkeys((name, *(aliases or ()))) if s]


def _names(graph: Graph) -> list[tuple[str, str, str]]:
    """(surface form, entity key, label) for every name and alias of every entity, bylines included."""
    names = [(surface, entity.key, entity.type) for entity in graph.entities.values()
             for surface in surface_forms(entity.name, entity.aliases)]
    names += [(name, key, "Person") for key, name in _byline_persons(graph).items()]
    return list(dict.fromkeys(names))


def _byline_persons(graph: Graph) -> dict[str, str]:
    """Person key -> name for the reporters credited in bylines who are not already entities."""
    persons: dict[str, str] = {}
    for article in graph.articles.values():
        for byline in article.bylines:
            key = entity_key("Person", byline.name)
            if key not in graph.entities:
                persons.setdefault(key, byline.name)
    return persons


def _value(value: Any, type_: str, where: tuple[str, str, str]) -> Any:
    """``value`` as the schema type wants it; a value that cannot be is a SchemaError naming it."""
    if value is None or value == "":
        return None
    if type_ == "string" and value.__class__ is str:
        return value
    try:
        if type_ == "string" and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
        if type_ == "integer" and not isinstance(value, bool):
            return int(value)
        if type_ == "float":
            return float(value)
        if type_ == "boolean" and isinstance(value, bool):
            return value
        if type_ == "string_list" and isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        if type_ == "integer_list" and isinstance(value, (list, tuple)):
            return [int(v) for v in value]
    except (TypeError, ValueError):
        pass
    kind, key, name = where
    raise SchemaError(f"{kind} {key!r} property {name}: {value!r} is not a {type_}")


def merge_node_row(stored: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """What a node becomes when ``new`` meets what is stored: aliases unioned, first value kept."""
    if stored is None:
        return new
    merged = dict(new)
    for name, value in stored.items():
        if name == MERGED_LIST:
            merged[name] = list(dict.fromkeys([*(value or []), *(new.get(name) or [])]))
        elif value not in (None, ""):
            merged[name] = value
    return merged
