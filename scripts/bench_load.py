"""Load speed into each store: a synthetic graph (100k entities, 300k relationships by default)
and the seed pages, batched, re-loaded, and the naive row-by-row baseline (one MERGE per
transaction, timed on a sample and extrapolated). Neo4j is measured when NEO4J_URI is set.
Run: .venv/bin/python scripts/bench_load.py [entities relationships]"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_graph  # noqa: E402

from loaders.rows import relationship_rows  # noqa: E402

SAMPLE = 2000


def row_by_row(store, graph, sample: int = SAMPLE) -> float:
    """Relationships per second when each relationship is its own MERGE transaction."""
    rows = [(k, r) for k, batch in relationship_rows(graph, store.schema).items() for r in batch
            if "key" in store.schema.relations[k.type].properties][:sample]
    started = time.perf_counter()
    for key, row in rows:
        props = list(store.schema.relations[key.type].properties)
        sets = ", ".join(f"r.{p} = row.{p}" for p in props if p != "key")
        cypher = (f"UNWIND [$row] AS row MATCH (a:{key.head} {{key: row.head}}) MATCH (b:{key.tail} {{key: row.tail}}) "
                  f"MERGE (a)-[r:{key.type} {{key: row.key}}]->(b) SET {sets}")
        if store.dialect == "neo4j":
            with store._driver.session() as session:
                session.execute_write(lambda tx: tx.run(cypher, row=row).consume())
        else:
            store._exec(cypher, {"row": row})
    return len(rows) / (time.perf_counter() - started)


def measure(name, store, graph, baseline: bool) -> None:
    rels = len(graph.relations)
    first = store.upsert(graph)
    again = store.upsert(graph)
    line = (f"{name:10} {len(graph.entities):>8,} {rels:>8,}  load {first.seconds:7.1f} s {rels / first.seconds:>9,.0f} rel/s"
            f"   reload {again.seconds:7.1f} s {rels / again.seconds:>9,.0f} rel/s")
    if baseline:
        store.clear()
        from graph.model import Graph
        nodes_only = Graph(graph.sources, graph.articles, graph.entities, {}, {})
        store.upsert(nodes_only)
        slow = row_by_row(store, graph)
        line += f"   row-by-row {slow:>7,.0f} rel/s (x{rels / first.seconds / slow:,.0f})"
    print(line, flush=True)


def main() -> None:
    entities, relations = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (100_000, 300_000)
    print("store       entities     rels")
    started = time.perf_counter()
    graph = synthetic_graph(entities, relations)
    print(f"(synthetic graph built in {time.perf_counter() - started:.1f} s)")
    from graph.pipeline import build_graph
    seeds = build_graph(sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds").glob("*.txt")))
    from loaders.ladybug_store import LadybugStore
    with tempfile.TemporaryDirectory() as tmp:
        for label, g, baseline in (("seeds", seeds, False), ("synthetic", graph, True)):
            with LadybugStore(Path(tmp) / label) as store:
                measure("ladybug", store, g, baseline)
    if os.environ.get("NEO4J_URI"):
        from loaders.neo4j_store import Neo4jStore
        store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                           os.environ.get("NEO4J_PASSWORD", ""), batch_size=int(os.environ.get("GOVKG_BATCH", "10000")))
        try:
            for g, baseline in ((seeds, False), (graph, True)):
                store.clear()
                measure("neo4j", store, g, baseline)
        finally:
            store.clear()
            store.close()
    else:
        print("neo4j: NEO4J_URI not set, skipped (start one with `govkg neo4j start`)")


if __name__ == "__main__":
    main()
