"""Unreachable or misconfigured stores: one clear line, a non-zero exit, nothing written."""
from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from graph.errors import StoreUnavailable
from tests.conftest import neo4j_connection


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_neo4j_names_the_uri():
    from loaders.neo4j_store import Neo4jStore
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable, match=f"cannot reach Neo4j at {uri}"):
        Neo4jStore(uri, "neo4j", "whatever")


@pytest.mark.neo4j
def test_wrong_password_is_refused_with_one_clear_message():
    from loaders.neo4j_store import Neo4jStore
    uri, user, _ = neo4j_connection()
    with pytest.raises(StoreUnavailable, match="refused the credentials"):
        Neo4jStore(uri, user, "definitely-not-the-password")


def test_build_into_unreachable_neo4j_exits_1_with_one_line(tmp_path, seed_paths):
    port = free_port()
    done = subprocess.run([sys.executable, "-m", "graph", "build", str(seed_paths[0]), "--quiet",
                           "--neo4j", f"bolt://127.0.0.1:{port}", "--password", "x"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govkg: error: cannot reach Neo4j at bolt://127.0.0.1:")


def test_embedded_store_locked_by_another_process_is_a_clear_error(tmp_path):
    from loaders.ladybug_store import LadybugStore
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from loaders.ladybug_store import LadybugStore; "
                               f"s = LadybugStore({str(tmp_path / 'kg')!r}); print('open', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreUnavailable, match="cannot open the embedded store"):
            LadybugStore(tmp_path / "kg")
    finally:
        holder.kill()
        holder.wait()
