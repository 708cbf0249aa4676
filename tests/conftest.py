"""Shared fixtures: the seed pages, their extracted graph, and the two graph stores.

Neo4j tests need a real server: ``make test`` starts one (``govkg neo4j start``) and exports
NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD. When they are missing the Neo4j tests fail with a
message saying so; set GOVKG_NEO4J_OPTIONAL=1 to skip them instead on a machine without Java.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.model import Graph
from graph.pipeline import build_graph

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"
SCORER = SHARED / "tools" / "score_extraction.py"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"the seed pages are missing: expected them in {SEEDS}"
    return paths


@pytest.fixture(scope="session")
def seed_graph(seed_paths) -> Graph:
    return build_graph(seed_paths)


def neo4j_connection() -> tuple[str, str, str]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        message = ("NEO4J_URI is not set: start Neo4j with `govkg neo4j start` and export NEO4J_URI, NEO4J_USER "
                   "and NEO4J_PASSWORD, or run `make test`")
        if os.environ.get("GOVKG_NEO4J_OPTIONAL") == "1":
            pytest.skip(message)
        pytest.fail(message)
    return uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")


@pytest.fixture
def ladybug_store(tmp_path):
    from loaders.ladybug_store import LadybugStore
    store = LadybugStore(tmp_path / "kg")
    yield store
    store.close()


@pytest.fixture
def neo4j_store():
    from loaders.neo4j_store import Neo4jStore
    uri, user, password = neo4j_connection()
    store = Neo4jStore(uri, user, password, batch_size=500)
    store.clear()
    yield store
    store.clear()
    store.close()


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """Each graph store in turn, empty."""
    return request.getfixturevalue(f"{request.param}_store")
