"""Graph exports, one module per format (as networkx's readwrite does), all from a networkx graph.

``to_networkx`` turns a store dump into a ``MultiDiGraph``; ``write(graph, format, path)`` hands
it to the format's writer. Formats: graphml, gexf, json (node-link), csv (neo4j-admin import),
html (a self-contained interactive view).
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.errors import ExportError

FORMATS = ("graphml", "gexf", "json", "csv", "html")


def write(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> Path:
    """Write ``graph`` as ``fmt`` to ``path`` (a folder for csv); returns the main file written."""
    path = Path(path)
    if fmt == "graphml":
        from loaders.exports.graphml import write_graphml
        return write_graphml(graph, path)
    if fmt == "gexf":
        from loaders.exports.gexf import write_gexf
        return write_gexf(graph, path)
    if fmt == "json":
        from loaders.exports.node_link import write_node_link
        return write_node_link(graph, path)
    if fmt == "csv":
        from loaders.exports.neo4j_csv import write_neo4j_csv
        return write_neo4j_csv(graph, path)
    if fmt == "html":
        from loaders.exports.html import write_html
        return write_html(graph, path)
    raise ExportError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
