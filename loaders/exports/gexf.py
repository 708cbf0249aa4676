"""GEXF 1.2 for Gephi: node ``label`` is the entity name, the node type goes in ``type`` and the
stored ``key`` in ``node_key``; an edge's relation type is its ``label`` (GEXF reserves these names)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from loaders.exports.encoding import decode_lists, encode_lists


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    out = encode_lists(graph)
    for _, data in out.nodes(data=True):
        data["type"] = data.pop("label")
        data["label"] = str(data.get("name", ""))
        if "key" in data:
            data["node_key"] = data.pop("key")
    for _, _, data in out.edges(data=True):
        data["label"] = data.pop("type")
    nx.write_gexf(out, path, encoding="utf-8")
    return path


def read_gexf(path: Path) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(nx.read_gexf(path))
    for _, data in graph.nodes(data=True):
        data["label"] = data.pop("type")
        data.pop("networkx_key", None)
        if "node_key" in data:
            data["key"] = data.pop("node_key")
    for _, _, data in graph.edges(data=True):
        data["type"] = data.pop("label")
        data.pop("id", None)
    return decode_lists(graph)
