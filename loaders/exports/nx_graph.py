"""A store dump as a networkx ``MultiDiGraph``, and the filters exports accept.

Nodes are keyed by their node key with attributes ``label`` and every stored property (lists
stay lists); edges carry ``type`` and their properties; a relationship's ``key`` property becomes the
networkx edge key (the relation type when it has none). Provenance nodes (Source, Article) are left out unless asked for; the Name lookup index always is.
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from loaders.store import StoreDump

PROVENANCE = ("Source", "Article")
LOOKUP = ("Name",)


def to_networkx(dump: StoreDump, provenance: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node in dump.nodes:
        if node.label not in LOOKUP and (provenance or node.label not in PROVENANCE):
            graph.add_node(node.key, label=node.label, **dict(node.properties))
    for rel in dump.relationships:
        if rel.head in graph and rel.tail in graph:
            props = dict(rel.properties)
            edge_key = props.pop("key", None) or rel.type
            graph.add_edge(rel.head, rel.tail, key=edge_key, type=rel.type, **props)
    return graph


def filter_types(graph: nx.MultiDiGraph, labels: Iterable[str]) -> nx.MultiDiGraph:
    wanted = set(labels)
    return graph.subgraph([n for n, d in graph.nodes(data=True) if d.get("label") in wanted]).copy()


def filter_degree(graph: nx.MultiDiGraph, min_degree: int) -> nx.MultiDiGraph:
    return graph.subgraph([n for n, degree in graph.degree() if degree >= min_degree]).copy()


def subgraph(graph: nx.MultiDiGraph, keys: Iterable[str]) -> nx.MultiDiGraph:
    """The nodes named by ``keys`` and the edges between them."""
    return graph.subgraph([k for k in set(keys) if k in graph]).copy()


def keys_in_rows(rows: list[dict], graph: nx.MultiDiGraph) -> set[str]:
    """Node keys a saved query's rows point at: values that are node keys or node names."""
    by_name: dict[str, list[str]] = {}
    for key, data in graph.nodes(data=True):
        by_name.setdefault(str(data.get("name")), []).append(key)
    found: set[str] = set()
    for row in rows:
        for value in row.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    if item in graph:
                        found.add(item)
                    found.update(by_name.get(item, ()))
                    for part in item.split(" > "):
                        found.update(by_name.get(part, ()))
    return found
