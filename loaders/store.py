"""The ``GraphStore`` interface that both stores implement, and ``open_store`` to pick one.

Stores do not inherit from a base class: conformance is what the shared contract suite
(``tests/test_store_contract.py``) checks, run unchanged on LadybugDB and on a real Neo4j.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol

from graph.model import Graph

DEFAULT_EMBEDDED_PATH = "govkg-data"


@dataclass(frozen=True)
class StoredNode:
    """A node as a store holds it: its label, key and every property (lists as lists)."""

    label: str
    key: str
    properties: Mapping[str, Any]


@dataclass(frozen=True)
class StoredRelationship:
    """A relationship as a store holds it: type, the keys of its ends, every property."""

    type: str
    head: str
    tail: str
    properties: Mapping[str, Any]


@dataclass(frozen=True)
class StoreDump:
    """The whole content of a store, sorted by key, for comparison and for exports."""

    nodes: tuple[StoredNode, ...] = ()
    relationships: tuple[StoredRelationship, ...] = ()


@dataclass(frozen=True)
class LoadReport:
    """What one ``upsert`` wrote."""

    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    counts: Mapping[str, int] = field(default_factory=dict)


class GraphStore(Protocol):
    """What every graph store offers. ``dialect`` picks a saved query's variant ("neo4j" or "ladybug")."""

    dialect: str

    def upsert(self, graph: Graph) -> LoadReport:
        """Write ``graph`` idempotently: MERGE by key, aliases unioned, a failed batch leaves nothing."""

    def delete_source(self, source: str) -> LoadReport:
        """Remove what only ``source`` (a base file name) supports; keep what other sources state."""

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher with ``params`` as parameters; rows as dicts in RETURN order."""

    def dump(self) -> StoreDump:
        """Every node and relationship, for comparison and export."""

    def counts(self) -> dict[str, int]:
        """Nodes by label and relationships by type (only non-zero entries)."""

    def clear(self) -> None:
        """Delete all data (the schema objects stay)."""

    def close(self) -> None:
        """Release the connection or the database files."""


@contextmanager
def paused_gc():
    """Pause Python's cyclic garbage collector while a load builds its rows.

    A load allocates millions of small, acyclic containers; every allocation burst makes the
    collector walk the whole graph again, which cost about a fifth of a 300k-relationship load.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def neo4j_settings(uri: str | None = None, user: str | None = None,
                   password: str | None = None) -> tuple[str, str, str]:
    """Connection settings: explicit arguments, then NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, then defaults."""
    return (uri or os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687",
            user or os.environ.get("NEO4J_USER") or "neo4j",
            password or os.environ.get("NEO4J_PASSWORD") or "")


def open_store(target: str | None = None, **options: Any) -> GraphStore:
    """Open a store: a ``bolt://``/``neo4j://`` URI means Neo4j, anything else an embedded folder.

    Example:
        >>> store = open_store("govkg-data")          # LadybugDB, created if absent
        >>> store = open_store("bolt://localhost:7687", password="...")
    """
    target = target or DEFAULT_EMBEDDED_PATH
    if target.split("://", 1)[0] in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
        from loaders.neo4j_store import Neo4jStore
        return Neo4jStore(target, **options)
    from loaders.ladybug_store import LadybugStore
    return LadybugStore(target, **options)
