"""Every saved query with its example parameters: same rows on LadybugDB and Neo4j."""
from __future__ import annotations

import pytest

from graph.saved_queries import load_queries, run_query
from tests.graphs import small_graph

QUERIES = sorted(load_queries())


def ordered(query_text: str) -> bool:
    return "ORDER BY" in query_text.split("RETURN")[-1]


def normal(rows, text):
    return rows if ordered(text) else sorted(rows, key=repr)


@pytest.fixture(scope="module")
def loaded(seed_graph, tmp_path_factory):
    """Both stores holding the seed pages plus the hand-made graph (module-scoped: loaded once)."""
    from loaders.ladybug_store import LadybugStore
    from loaders.neo4j_store import Neo4jStore
    from tests.conftest import neo4j_connection
    graph = small_graph()
    embedded = LadybugStore(tmp_path_factory.mktemp("q") / "kg")
    embedded.upsert(graph)
    embedded.upsert(seed_graph)
    uri, user, password = neo4j_connection()
    server = Neo4jStore(uri, user, password)
    server.clear()
    server.upsert(graph)
    server.upsert(seed_graph)
    yield embedded, server
    embedded.close()
    server.clear()
    server.close()


@pytest.mark.neo4j
@pytest.mark.parametrize("name", QUERIES)
def test_same_rows_on_both_stores(loaded, name):
    embedded, server = loaded
    query = load_queries()[name]
    params = query.examples()
    a = run_query(embedded, name, params)
    b = run_query(server, name, params)
    assert normal(a, query.text("ladybug")) == normal(b, query.text("neo4j"))
    assert a, f"{name} returned no rows for its example parameters"


@pytest.fixture(scope="module")
def embedded(seed_graph, tmp_path_factory):
    from loaders.ladybug_store import LadybugStore
    store = LadybugStore(tmp_path_factory.mktemp("e") / "kg")
    store.upsert(small_graph())
    store.upsert(seed_graph)
    yield store
    store.close()


@pytest.mark.parametrize("name", QUERIES)
def test_runs_on_the_embedded_store_with_the_examples(embedded, name):
    query = load_queries()[name]
    assert run_query(embedded, name, query.examples()), f"{name}: no rows for its example parameters"
