"""GraphML for Gephi, yEd and Cytoscape desktop (lists as JSON strings, see ``encoding``)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from loaders.exports.encoding import decode_lists, encode_lists


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    nx.write_graphml(encode_lists(graph), path, encoding="utf-8", named_key_ids=True)
    return path


def read_graphml(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    return decode_lists(nx.MultiDiGraph(graph))
