"""Reading a whole store back, the same way for both stores: counts and a sorted dump.

Both take the store's ``run`` (Cypher with parameters → rows), so LadybugDB and Neo4j give
comparable results from one piece of code.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from graph.schema import Schema
from loaders.store import LoadReport, StoreDump, StoredNode, StoredRelationship

ORPHAN_NAMES = "MATCH (n:Name) WHERE NOT EXISTS { MATCH (n)-[:NAMES]->() } DELETE n"

Run = Callable[[str, Mapping[str, Any] | None], list[dict[str, Any]]]


def count_all(run: Run, schema: Schema) -> dict[str, int]:
    """Nodes by label and relationships by type, leaving out the zeros."""
    counts = {}
    for label in schema.nodes:
        n = run(f"MATCH (n:{label}) RETURN count(n) AS c", None)[0]["c"]
        if n:
            counts[label] = n
    for rtype in schema.relations:
        n = run(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS c", None)[0]["c"]
        if n:
            counts[rtype] = n
    return counts


def dump_all(run: Run, schema: Schema) -> StoreDump:
    """Every node and relationship with its non-null properties, sorted by key."""
    nodes, rels = [], []
    for label, node in schema.nodes.items():
        for row in run(f"MATCH (n:{label}) RETURN " + ", ".join(f"n.{p} AS {p}" for p in node.properties), None):
            nodes.append(StoredNode(label, row["key"], _present(row)))
    for rtype, rel in schema.relations.items():
        ret = "".join(f", r.{p} AS {p}" for p in rel.properties)
        for row in run(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.key AS _head, b.key AS _tail{ret}", None):
            head, tail = row.pop("_head"), row.pop("_tail")
            rels.append(StoredRelationship(rtype, head, tail, _present(row)))
    return StoreDump(tuple(sorted(nodes, key=lambda n: (n.label, n.key))),
                     tuple(sorted(rels, key=lambda r: (r.type, r.head, r.tail, str(r.properties.get("key", ""))))))


def _present(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def removal_report(before: Mapping[str, int], after: Mapping[str, int], schema: Schema, seconds: float) -> LoadReport:
    """What a deletion took out, from the counts before and after it."""
    removed = {k: before.get(k, 0) - after.get(k, 0) for k in before if before.get(k, 0) != after.get(k, 0)}
    return LoadReport(nodes=sum(v for k, v in removed.items() if k in schema.nodes),
                      relationships=sum(v for k, v in removed.items() if k in schema.relations),
                      seconds=seconds, counts=removed)
