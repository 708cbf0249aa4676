"""govkg: a knowledge-graph builder for Chinese local-government news.

The public API, loaded lazily so that ``import graph`` stays cheap:

- ``KnowledgeGraph``: open a store and run saved queries (``graph.knowledge_graph``)
- ``load_schema``: the validated graph schema (``graph.schema``)
- ``extract_paths`` / ``build_graph``: files to article graphs (``graph.pipeline``)
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "KnowledgeGraph": "graph.knowledge_graph",
    "load_schema": "graph.schema",
    "extract_paths": "graph.pipeline",
    "build_graph": "graph.pipeline",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
