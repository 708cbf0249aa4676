"""List-valued properties in formats that only hold scalars (GraphML, GEXF).

A list becomes a JSON string, and the graph attribute ``govkg_lists`` names every such property
(``node:aliases``, ``edge:surfaces``), so ``decode_lists`` restores the lists on reading.
"""
from __future__ import annotations

import json

import networkx as nx


def encode_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = graph.copy()
    listed = set()
    for _, data in out.nodes(data=True):
        for name, value in list(data.items()):
            if isinstance(value, (list, tuple)):
                data[name] = json.dumps(list(value), ensure_ascii=False)
                listed.add(f"node:{name}")
    for _, _, data in out.edges(data=True):
        for name, value in list(data.items()):
            if isinstance(value, (list, tuple)):
                data[name] = json.dumps(list(value), ensure_ascii=False)
                listed.add(f"edge:{name}")
    out.graph["govkg_lists"] = ",".join(sorted(listed))
    return out


def decode_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    listed = {x for x in str(graph.graph.get("govkg_lists", "")).split(",") if x}
    for _, data in graph.nodes(data=True):
        for name in [n for n in data if f"node:{n}" in listed]:
            data[name] = json.loads(data[name])
    for _, _, data in graph.edges(data=True):
        for name in [n for n in data if f"edge:{n}" in listed]:
            data[name] = json.loads(data[name])
    return graph
