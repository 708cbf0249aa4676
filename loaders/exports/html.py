"""A single self-contained HTML file that draws the graph interactively, offline.

The view (``html_view.html``) is plain JavaScript written for this project: a force layout on a
grid, a canvas renderer with pan and zoom, search by name or alias (also ``#search=…`` in the
URL), colours and a legend per label, a side panel with a node's properties and the evidence
sentences of its relations, and relation-type filters. No library, no CDN: it works from a
file:// URL with no network. Above ``MAX_NODES`` nodes it shows a message asking to filter.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

MAX_NODES = 5000
COLORS = {"Region": "#4e79a7", "Organization": "#f28e2b", "Person": "#e15759", "Event": "#76b7b2",
          "Initiative": "#59a14f", "Document": "#edc948", "Place": "#b07aa1", "Award": "#ff9da7",
          "Article": "#9c755f", "Source": "#bab0ac"}
TEMPLATE = Path(__file__).with_name("html_view.html")


def page_data(graph: nx.MultiDiGraph) -> dict:
    nodes = [{"id": key, "label": data.get("label", ""), "name": str(data.get("name") or data.get("title") or key),
              "props": {k: v for k, v in data.items() if k not in ("label",)}}
             for key, data in graph.nodes(data=True)]
    edges = [{"s": head, "t": tail, "type": data.get("type", ""), "evidence": data.get("evidence", ""),
              "article": data.get("article", "")} for head, tail, data in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges, "colors": COLORS, "max_nodes": MAX_NODES}


def write_html(graph: nx.MultiDiGraph, path: Path, title: str = "govkg graph") -> Path:
    payload = json.dumps(page_data(graph), ensure_ascii=False).replace("</", "<\\/")
    html = TEMPLATE.read_text(encoding="utf-8").replace("__GOVKG_TITLE__", title).replace("__GOVKG_DATA__", payload)
    path.write_text(html, encoding="utf-8")
    return path
