"""Exports round-trip: what a format writes, networkx (or neo4j-admin) reads back equal."""
from __future__ import annotations

import json
import re
import socket

import networkx as nx
import pytest

from graph.saved_queries import load_queries, run_query

from loaders.exports import write
from loaders.exports.gexf import read_gexf
from loaders.exports.graphml import read_graphml
from loaders.exports.html import MAX_NODES, page_data
from loaders.exports.node_link import read_node_link
from loaders.exports.nx_graph import filter_degree, filter_types, keys_in_rows, subgraph, to_networkx
from loaders.ladybug_store import LadybugStore
from tests.graphs import small_graph


@pytest.fixture(scope="module")
def seed_nx(seed_graph, tmp_path_factory):
    with LadybugStore(tmp_path_factory.mktemp("kg") / "kg") as store:
        store.upsert(seed_graph)
        return to_networkx(store.dump())


def as_sets(graph: nx.MultiDiGraph):
    nodes = {(n, json.dumps(d, ensure_ascii=False, sort_keys=True)) for n, d in graph.nodes(data=True)}
    edges = {(a, b, str(k), json.dumps(d, ensure_ascii=False, sort_keys=True)) for a, b, k, d in graph.edges(keys=True, data=True)}
    return nodes, edges


@pytest.mark.parametrize("fmt, reader", [("graphml", read_graphml), ("gexf", read_gexf), ("json", read_node_link)])
def test_formats_round_trip_on_the_seed_pages(seed_nx, tmp_path, fmt, reader):
    path = write(seed_nx, fmt, tmp_path / f"kg.{fmt}")
    back = reader(path)
    assert as_sets(back) == as_sets(seed_nx)
    hexi = back.nodes["Region:河西区"]
    assert hexi["name"] == "河西区" and hexi["label"] == "Region" and isinstance(hexi["aliases"], list)


def test_graphml_is_readable_without_govkg(seed_nx, tmp_path):
    path = write(seed_nx, "graphml", tmp_path / "kg.graphml")
    plain = nx.read_graphml(path)
    assert plain.nodes["Region:河西区"]["name"] == "河西区"
    assert "天津市" in path.read_text(encoding="utf-8")


def test_filters(seed_nx):
    regions = filter_types(seed_nx, ["Region"])
    assert {d["label"] for _, d in regions.nodes(data=True)} == {"Region"}
    dense = filter_degree(seed_nx, 5)
    assert all(seed_nx.degree(n) >= 5 for n in dense)
    rows = [{"entity": "河西区", "partner": "平凉市"}]
    part = subgraph(seed_nx, keys_in_rows(rows, seed_nx))
    assert set(part) == {"Region:河西区", "Region:平凉市"} and part.number_of_edges() >= 1


def test_html_is_self_contained(seed_nx, tmp_path):
    path = write(seed_nx, "html", tmp_path / "kg.html")
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    data = json.loads(html.split('type="application/json">')[1].split("</script>")[0].replace("<\\/", "</"))
    assert len(data["nodes"]) == seed_nx.number_of_nodes() and data["max_nodes"] == MAX_NODES


def test_html_escapes_script_end_in_data(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("Organization:</script><b>", label="Organization", name="</script><b>")
    html = write(graph, "html", tmp_path / "x.html").read_text(encoding="utf-8")
    assert html.count("</script>") == 2
    assert page_data(graph)["nodes"][0]["name"] == "</script><b>"


def without_empty_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """neo4j-admin reads an empty CSV array field as no property at all."""
    for _, data in graph.nodes(data=True):
        for name in [n for n, v in data.items() if v == []]:
            del data[name]
    for _, _, data in graph.edges(data=True):
        for name in [n for n, v in data.items() if v == []]:
            del data[name]
    return graph


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.neo4j
@pytest.mark.slow
def test_csv_imports_into_neo4j_equal_to_the_loaded_graph(tmp_path):
    from loaders import neo4j_server
    from loaders.neo4j_store import Neo4jStore
    graph = small_graph()
    with LadybugStore(tmp_path / "kg") as store:
        store.upsert(graph)
        loaded = to_networkx(store.dump())
    write(loaded, "csv", tmp_path / "csv")
    home = tmp_path / "imported"
    neo4j_server.import_csv(tmp_path / "csv", home)
    bolt, http = free_port(), free_port()
    neo4j_server.start(home, bolt, http, password="import-test-pw")
    try:
        with Neo4jStore(f"bolt://127.0.0.1:{bolt}", "neo4j", "import-test-pw") as imported:
            assert as_sets(without_empty_lists(to_networkx(imported.dump()))) == as_sets(without_empty_lists(loaded))
            assert run_query(imported, "partners", {"name": "河西"})          # the name index came along
            with LadybugStore(tmp_path / "kg") as store:
                for name in ("partners", "people", "region_activity"):
                    example = load_queries()[name].examples()
                    assert run_query(imported, name, example) == run_query(store, name, example)
    finally:
        neo4j_server.stop(home)
