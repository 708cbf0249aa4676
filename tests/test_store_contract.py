"""One contract, two stores: every test runs on LadybugDB and on a real Neo4j."""
from __future__ import annotations

import pytest

from graph.errors import SchemaError
from graph.model import Byline, Entity, Graph
from tests.graphs import HEXI, part, small_graph


def test_upsert_counts_and_provenance(store):
    report = store.upsert(small_graph())
    counts = store.counts()
    assert counts["Source"] == 2 and counts["Article"] == 3
    assert counts["Region"] == 4 and counts["Organization"] == 2
    assert counts["Person"] == 3                      # 张海洋 + two byline reporters
    assert counts["CONTAINS"] == 3 and counts["AUTHORED"] == 3
    assert counts["PARTNERS_WITH"] == 3               # one edge per statement: a#0, a#1, b#0
    assert report.relationships == sum(v for k, v in counts.items() if k.isupper())
    rows = store.run("MATCH (p:Person)-[a:AUTHORED]->(x:Article) WHERE p.name = $n RETURN x.id AS id, a.role AS role "
                     "ORDER BY id", {"n": "王晓君"})
    assert rows == [{"id": "a.txt#0", "role": "记者"}, {"id": "b.txt#0", "role": "记者"}]


def test_relationship_properties_carry_the_evidence(store):
    store.upsert(small_graph())
    rows = store.run("MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) RETURN r.title AS title, "
                     "r.evidence AS evidence, r.article AS article, r.source AS source, r.rule AS rule, "
                     "r.confidence AS confidence, r.span_start AS s, r.span_end AS e")
    assert rows == [{"title": "主任", "evidence": "张海洋HOLDS_POSITION河西区总工会。", "article": "a.txt#0",
                     "source": "a.txt", "rule": "test", "confidence": 0.9, "s": 0, "e": 3}]


def test_building_twice_changes_nothing(store):
    store.upsert(small_graph())
    first = store.dump()
    store.upsert(small_graph())
    assert store.dump() == first


def test_overlapping_build_adds_only_what_is_new_and_merges_aliases(store):
    graph = small_graph()
    store.upsert(Graph.from_parts([part("a.txt", 0, [HEXI], [])]))
    extra = Entity("Region", "河西区", ("海河西岸",), {"level": "district"})
    store.upsert(Graph.from_parts([part("c.txt", 0, [extra], [])]))
    store.upsert(graph)
    node = [n for n in store.dump().nodes if n.key == "Region:河西区"][0]
    assert node.properties["aliases"] == ["河西", "海河西岸"]
    assert node.properties["adcode"] == "120103" and node.properties["level"] == "district"
    mentions = store.run("MATCH (a:Article)-[:MENTIONS]->(r:Region) WHERE r.key = $k RETURN count(a) AS n",
                         {"k": "Region:河西区"})
    assert mentions == [{"n": 4}]


def test_a_person_credited_twice_in_one_article_has_one_authored_edge(store):
    twice = (Byline("记者", "王晓君"), Byline("摄影", "王晓君"))
    graph = Graph.from_parts([part("d.txt", 0, [HEXI], [], bylines=twice)])
    store.upsert(graph)
    first = store.dump()
    assert store.counts()["AUTHORED"] == 1
    store.upsert(graph)
    assert store.dump() == first


def test_delete_source_keeps_what_other_sources_state(store):
    store.upsert(small_graph())
    store.delete_source("b.txt")
    counts = store.counts()
    assert counts["Source"] == 1 and counts["Article"] == 2
    assert counts["PARTNERS_WITH"] == 2
    store.delete_source("a.txt")
    assert store.counts() == {}


def test_delete_source_removes_entities_only_it_mentions(store):
    store.upsert(small_graph())
    store.delete_source("a.txt")
    keys = {n.key for n in store.dump().nodes}
    assert "Region:平凉市" in keys and "Event:东西部协作联席会议" in keys     # b.txt states them too
    assert "Organization:河西区总工会" not in keys and "Award:全国工人先锋号" not in keys


def names_of(store, surface: str) -> list[str]:
    return [r["key"] for r in store.run("MATCH (:Name {key: $s})-[:NAMES]->(e) RETURN e.key AS key ORDER BY key",
                                        {"s": surface})]


def test_name_index_follows_names_aliases_merges_and_deletes(store):
    store.upsert(small_graph())
    assert names_of(store, "河西区") == names_of(store, "河西") == ["Region:河西区"]
    assert names_of(store, "王晓君") == ["Person:王晓君"]                 # byline reporters are found too
    store.upsert(Graph.from_parts([part("c.txt", 0, [Entity("Region", "河西区", ("海河西岸",))], [])]))
    assert names_of(store, "海河西岸") == ["Region:河西区"]
    store.delete_source("a.txt")
    assert names_of(store, "区总工会") == [] and names_of(store, "河西区总工会") == []
    assert store.run("MATCH (n:Name) WHERE NOT EXISTS { MATCH (n)-[:NAMES]->() } RETURN count(n) AS c") == [{"c": 0}]


NASTY = ["O'Brien \"引号\"", "back`tick`", "{brace}", "}) DETACH DELETE n //", "MATCH (n) RETURN n;",
         "换行\n与\t制表", "$param", "\\反斜杠\\"]


def test_values_travel_as_parameters(store):
    entities = [Entity("Organization", name, (name + "·别名",), {"category": "other"}) for name in NASTY]
    store.upsert(Graph.from_parts([part("n.txt", 0, entities, [])]))
    rows = store.run("MATCH (o:Organization) RETURN o.name AS name, o.aliases AS aliases ORDER BY name")
    assert sorted(r["name"] for r in rows) == sorted(NASTY)
    assert all(r["aliases"] == [r["name"] + "·别名"] for r in rows)
    found = store.run("MATCH (o:Organization) WHERE o.name = $name RETURN o.key AS key", {"name": NASTY[3]})
    assert found == [{"key": "Organization:" + NASTY[3]}]


def test_a_value_of_the_wrong_type_is_refused_before_anything_is_written(store):
    broken = small_graph()
    bad = Entity("Event", "坏事件", (), {"kind": {"not": "a string"}})
    broken.entities[bad.key] = bad
    with pytest.raises(SchemaError, match="Event 'Event:坏事件' property kind"):
        store.upsert(broken)
    assert store.counts() == {}


def test_a_load_killed_midway_and_run_again_ends_with_the_same_graph(store, monkeypatch, tmp_path):
    from loaders.ladybug_store import LadybugStore
    with LadybugStore(tmp_path / "reference") as reference:
        reference.upsert(small_graph())
        expected = reference.dump()
    original, calls = store._write_relationships, []

    def killed(*args):
        calls.append(args)
        if len(calls) == 4:
            raise RuntimeError("killed in the middle of the load")
        return original(*args)

    monkeypatch.setattr(store, "_write_relationships", killed)
    with pytest.raises(RuntimeError):
        store.upsert(small_graph())
    monkeypatch.undo()
    if store.dialect == "ladybug":
        assert store.counts() == {}            # one transaction: nothing of the load remains
    else:
        assert "Article" in store.counts()     # committed batches stay, the failed one is absent
    store.upsert(small_graph())
    assert store.dump() == expected


def test_seed_pages_load_the_same_into_both_stores(seed_graph, ladybug_store, neo4j_store):
    ladybug_store.upsert(seed_graph)
    neo4j_store.upsert(seed_graph)
    a, b = ladybug_store.dump(), neo4j_store.dump()
    assert len(a.nodes) > 400 and len(a.relationships) > 900
    assert [n.key for n in a.nodes] == [n.key for n in b.nodes]
    for x, y in zip(a.nodes, b.nodes):
        assert x == y
    for x, y in zip(a.relationships, b.relationships):
        assert x == y
    assert a == b


test_seed_pages_load_the_same_into_both_stores = pytest.mark.neo4j(test_seed_pages_load_the_same_into_both_stores)


def test_embedded_bulk_copy_in_chunks_loads_the_same_graph(tmp_path, monkeypatch):
    """COPY is split into chunks (LadybugDB 0.22 hangs on one COPY of more than 2^17 node rows
    after an earlier COPY in the same transaction); small chunks must give the same graph."""
    from loaders import ladybug_store
    with ladybug_store.LadybugStore(tmp_path / "whole") as store:
        store.upsert(small_graph())
        whole = store.dump()
    monkeypatch.setattr(ladybug_store, "COPY_ROWS", 2)
    with ladybug_store.LadybugStore(tmp_path / "chunked") as store:
        store.upsert(small_graph())
        assert store.dump() == whole
