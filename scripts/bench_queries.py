"""Latency of every saved query on a generated graph (100k entities, 300k relationships by
default): median and p95 over repeated runs, per store. Neo4j is measured when NEO4J_URI is set.
Run: .venv/bin/python scripts/bench_queries.py [entities relationships repeats]"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_graph  # noqa: E402

from graph.saved_queries import load_queries, run_query  # noqa: E402

LOOKUP = {"partners", "region_activity", "organization_events", "visits", "agreements", "people", "initiatives",
          "evidence", "profile", "mentions"}


def parameters(graph) -> dict[str, dict]:
    first = {}
    for rel in graph.relations.values():
        first.setdefault(rel.type, rel)
    name = lambda key: graph.entities[key].name  # noqa: E731
    partner = first["PARTNERS_WITH"]
    return {
        "partners": {"name": name(partner.head)},
        "region_activity": {"region": name(first["HELD_AT"].tail) if first["HELD_AT"].tail.startswith("Region")
                            else next(e.name for e in graph.entities.values() if e.type == "Region")},
        "organization_events": {"organization": name(next(r.head for r in graph.relations.values()
                                                          if r.type == "HOLDS" and r.head.startswith("Organization")))},
        "visits": {"name": name(first["VISITS"].tail)},
        "agreements": {"party": name(first["SIGNS"].head)},
        "people": {"organization": name(next(r.tail for r in graph.relations.values()
                                             if r.type == "HOLDS_POSITION" and r.tail.startswith("Organization")))},
        "initiatives": {"launcher": name(first["LAUNCHES"].head)},
        "cooperation_network": {"from_level": "district", "to_level": "county"},
        "connection": {"source": name(partner.head), "target": name(partner.tail), "max_hops": 4},
        "evidence": {"head": name(first["HOLDS"].head), "relation": "HOLDS", "tail": name(first["HOLDS"].tail)},
        "most_active": {"since": "2024-01-01", "until": "2024-12-31", "limit": 10},
        "profile": {"name": name(partner.head)},
        "mentions": {"name": name(partner.head)},
        "stats": {},
    }


def measure(store, params, repeats: int) -> dict[str, tuple[float, float, int]]:
    results = {}
    for name in sorted(load_queries()):
        run_query(store, name, params[name])
        times, rows = [], 0
        for _ in range(repeats):
            started = time.perf_counter()
            rows = len(run_query(store, name, params[name]))
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        results[name] = (statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], rows)
    return results


def main() -> None:
    entities, relations, repeats = (list(map(int, sys.argv[1:4])) + [100_000, 300_000, 20][len(sys.argv[1:4]):])
    graph = synthetic_graph(entities, relations)
    params = parameters(graph)
    stores = {}
    from loaders.ladybug_store import LadybugStore
    tmp = tempfile.TemporaryDirectory()
    embedded = LadybugStore(Path(tmp.name) / "kg")
    embedded.upsert(graph)
    stores["ladybug"] = measure(embedded, params, repeats)
    embedded.close()
    if os.environ.get("NEO4J_URI"):
        from loaders.neo4j_store import Neo4jStore
        server = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                            os.environ.get("NEO4J_PASSWORD", ""), batch_size=10_000)
        server.clear()
        server.upsert(graph)
        stores["neo4j"] = measure(server, params, repeats)
        server.clear()
        server.close()
    print(f"{entities:,} entities, {relations:,} relationships, {repeats} runs each; milliseconds")
    header = f"{'query':22} {'kind':8}" + "".join(f" {s + ' median':>15} {s + ' p95':>12} {'rows':>6}" for s in stores)
    print(header)
    for name in sorted(load_queries()):
        kind = "lookup" if name in LOOKUP else ("stats" if name == "stats" else "network")
        line = f"{name:22} {kind:8}"
        for results in stores.values():
            median, p95, rows = results[name]
            line += f" {median:15.1f} {p95:12.1f} {rows:6}"
        print(line)


if __name__ == "__main__":
    main()
