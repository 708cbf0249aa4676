"""What the engines themselves allow on this machine, with no govkg client work at all.

bench_load.py measures govkg's loads; this script measures the ceiling they run under:
- embedded: the seconds LadybugDB spends inside the COPY and COMMIT statements of a real load
  of the synthetic graph (everything else in that load is Python building rows and CSV text);
- Neo4j: relationships CREATEd by the server from ``range()``, each with the same evidence
  properties the loader writes and both ends found by key, so no rows travel over Bolt and
  nothing is MERGEd.
Run: .venv/bin/python scripts/bench_ceiling.py [entities relationships]  (Neo4j when NEO4J_URI is set)
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_graph  # noqa: E402

BATCH = 10_000
SERVER_NODES = "UNWIND range($a, $b - 1) AS i CREATE (:Region {key: 'Region:ceiling-' + toString(i), name: toString(i)})"
SERVER_RELS = (
    "UNWIND range($a, $b - 1) AS i "
    "MATCH (h:Region {key: 'Region:ceiling-' + toString(i % $n)}) "
    "MATCH (t:Region {key: 'Region:ceiling-' + toString((i * 7919 + 1) % $n)}) "
    "CREATE (h)-[:PARTNERS_WITH {key: 'ceiling-' + toString(i), evidence: '河西区与卓尼县签署东西部协作框架协议，共建产业园区。', "
    "article: 'ceiling.txt#' + toString(i % 1000), source: 'ceiling.txt', span_start: i % 500, "
    "span_end: i % 500 + 24, rule: 'pattern:partners', confidence: 0.9}]->(t)")


def embedded_engine_share(entities: int, relations: int) -> None:
    from loaders.ladybug_store import LadybugStore
    graph = synthetic_graph(entities, relations)
    with tempfile.TemporaryDirectory() as tmp, LadybugStore(Path(tmp) / "db") as store:
        engine = [0.0]
        execute = store._exec

        def timed(cypher, params=None):
            started = time.perf_counter()
            try:
                return execute(cypher, params)
            finally:
                if cypher.startswith(("COPY", "COMMIT")):
                    engine[0] += time.perf_counter() - started

        store._exec = timed
        report = store.upsert(graph)
    print(f"ladybug   load {report.seconds:6.1f} s, of which COPY+COMMIT {engine[0]:5.1f} s: "
          f"at most {relations / engine[0]:,.0f} rel/s with no Python work (load: {relations / report.seconds:,.0f})")


def neo4j_server_only(entities: int, relations: int) -> None:
    from loaders.neo4j_store import Neo4jStore
    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""))
    try:
        store.clear()
        with store._driver.session() as session:
            def timed_batches(cypher, total, **params):
                started = time.perf_counter()
                for a in range(0, total, BATCH):
                    session.execute_write(lambda tx: tx.run(cypher, a=a, b=min(a + BATCH, total), **params).consume())
                return time.perf_counter() - started
            nodes = timed_batches(SERVER_NODES, entities)
            rels = timed_batches(SERVER_RELS, relations, n=entities)
        print(f"neo4j     server alone: {entities:,} nodes {nodes:5.1f} s ({entities / nodes:,.0f}/s), {relations:,} "
              f"relationships with evidence properties {rels:5.1f} s: {relations / rels:,.0f} rel/s")
    finally:
        store.clear()
        store.close()


def main() -> None:
    entities, relations = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (100_000, 300_000)
    print(f"ceiling on {os.cpu_count()} cores, {entities:,} entities / {relations:,} relationships")
    embedded_engine_share(entities, relations)
    if os.environ.get("NEO4J_URI"):
        neo4j_server_only(entities, relations)
    else:
        print("neo4j: NEO4J_URI not set, skipped (start one with `govkg neo4j start`)")


if __name__ == "__main__":
    main()
