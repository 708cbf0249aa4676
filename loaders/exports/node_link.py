"""Node-link JSON for d3 and Cytoscape.js.

Shape: ``{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": key, "label":
type, "name": …, other properties}], "links": [{"source": key, "target": key, "key": edge key,
"type": relation type, "evidence": …, other properties}]}`` (networkx ``node_link_data``).
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def write_node_link(graph: nx.MultiDiGraph, path: Path) -> Path:
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_node_link(path: Path) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
