"""One article's extraction in the scorer's prediction format (``../shared/gold/README.md``)."""
from __future__ import annotations

from typing import Any

from graph.model import ArticleGraph


def to_prediction(part: ArticleGraph) -> dict[str, Any]:
    article = part.article
    by_key = {e.key: e for e in part.entities}
    record: dict[str, Any] = {
        "source": part.source.name,
        "article": {"id": article.id, "title": article.title, "subtitle": article.subtitle,
                    "kicker": article.kicker, "date": article.date,
                    "bylines": [{"role": b.role, "name": b.name} for b in article.bylines]},
        "entities": [{"type": e.type, "name": e.name, "aliases": list(e.aliases),
                      "properties": dict(e.properties)} for e in part.entities],
        "relations": [],
    }
    for rel in part.relations:
        head, tail = by_key[rel.head], by_key[rel.tail]
        record["relations"].append({
            "head": {"type": head.type, "name": head.name}, "type": rel.type,
            "tail": {"type": tail.type, "name": tail.name},
            "evidence": rel.evidence.sentence, "confidence": rel.evidence.confidence,
            "rule": rel.evidence.rule, "span": [rel.evidence.start, rel.evidence.end],
            "properties": dict(rel.properties)})
    return record
