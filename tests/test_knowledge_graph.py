"""The Python API: KnowledgeGraph over the embedded store, and over Neo4j by URI."""
from __future__ import annotations

import pytest

from graph import KnowledgeGraph
from graph.errors import QueryParameterError, UnknownQuery
from loaders.ladybug_store import LadybugStore
from tests.conftest import neo4j_connection
from tests.graphs import small_graph


@pytest.fixture
def kg(tmp_path):
    with LadybugStore(tmp_path / "kg") as store:
        store.upsert(small_graph())
    with KnowledgeGraph.open(str(tmp_path / "kg")) as graph:
        yield graph


def test_query_and_typed_helpers_agree(kg):
    rows = kg.query("partners", name="河西区")
    assert rows == kg.partners("河西区")
    assert {r["partner"] for r in rows} == {"平凉市", "卓尼县"}
    assert kg.people("河西区总工会")[0]["person"] == "张海洋"
    assert kg.region_activity("天津市", since="2024-06-01")[0]["event"] == "第二届河西人才节招聘会"
    assert kg.connection("河西区总工会", "卓尼县")[0]["hops"] == 2
    assert {r["name"]: r["count"] for r in kg.stats() if r["kind"] == "node"}["Region"] == 4


def test_wrong_names_and_parameters(kg):
    with pytest.raises(UnknownQuery):
        kg.query("nope")
    with pytest.raises(QueryParameterError, match="missing parameter name"):
        kg.query("partners")


@pytest.mark.neo4j
def test_open_by_bolt_uri(monkeypatch):
    uri, user, password = neo4j_connection()
    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    with KnowledgeGraph.open(uri) as kg:
        assert kg.store.dialect == "neo4j"
        assert isinstance(kg.stats(), list)
