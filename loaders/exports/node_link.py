"""Node-link JSON for d3 and Cytoscape.js.

Shape: ``{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": key, "label":
type, "name": …, other properties}], "links": [{"source": key, "target": key, "key": edge key,
"type": relation type, "evidence": …, "source_file": the source file, other properties}]}``
(networkx ``node_link_data``; the stored relationship property ``source`` is written as
``source_file`` because ``source`` names the link's start node).
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def write_node_link(graph: nx.MultiDiGraph, path: Path) -> Path:
    out = graph.copy()
    for _, _, attrs in out.edges(data=True):
        if "source" in attrs:
            attrs["source_file"] = attrs.pop("source")
    data = nx.node_link_data(out, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_node_link(path: Path) -> nx.MultiDiGraph:
    graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    for _, _, attrs in graph.edges(data=True):
        if "source_file" in attrs:
            attrs["source"] = attrs.pop("source_file")
    return graph
