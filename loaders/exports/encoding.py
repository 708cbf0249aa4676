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


def schema_lists() -> set[str]:
    """``node:aliases``-style names of every list property the schema declares."""
    from graph.schema import load_schema
    schema = load_schema()
    names = {f"node:{n}" for t in schema.nodes.values() for n, p in t.properties.items() if p.type.endswith("_list")}
    return names | {f"edge:{n}" for t in schema.relations.values() for n, p in t.properties.items()
                    if p.type.endswith("_list")}


def decode_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Lists back from JSON strings: those the file names, else the schema's list properties
    (GEXF keeps no graph attributes)."""
    listed = {x for x in str(graph.graph.get("govkg_lists", "")).split(",") if x} or schema_lists()
    for _, data in graph.nodes(data=True):
        for name in [n for n in data if f"node:{n}" in listed]:
            data[name] = json.loads(data[name])
    for _, _, data in graph.edges(data=True):
        for name in [n for n in data if f"edge:{n}" in listed]:
            data[name] = json.loads(data[name])
    return graph
