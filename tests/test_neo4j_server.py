"""The local Neo4j server: status, a clear error on a busy port, and Neo4j Browser in Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess

import pytest

from graph.errors import Neo4jServerError
from loaders import neo4j_server


def test_status_of_a_home_without_a_server(tmp_path):
    state = neo4j_server.status(tmp_path)
    assert not state.running and state.pid is None


def test_start_on_a_busy_port_says_so(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(Neo4jServerError, match=f"port {port} on 127.0.0.1 is already in use"):
            neo4j_server.start(tmp_path / "n", bolt_port=port, http_port=port)


def test_stop_without_a_server_is_harmless(tmp_path):
    assert neo4j_server.stop(tmp_path) is False


@pytest.mark.neo4j
@pytest.mark.browser
def test_neo4j_browser_renders_in_headless_chromium():
    http = os.environ.get("GOVKG_NEO4J_HTTP")
    if not http:
        pytest.fail("GOVKG_NEO4J_HTTP is not set: run the suite with `make test`, which starts Neo4j")
    browser = shutil.which("chromium")
    if browser is None:
        pytest.fail("headless Chromium is needed: apt-get install chromium (make test does)")
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                          "--dump-dom", f"{http}/browser/"], capture_output=True, text=True, timeout=120).stdout
    assert "<title>Neo4j Browser</title>" in dom
    assert 'data-testid="boltaddress"' in dom and "Connect to Neo4j" in dom
