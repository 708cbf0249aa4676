"""The HTML view in a real headless Chromium: it draws, finds 河西区 and leaves a screenshot."""
from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import quote

import pytest

from loaders.exports import write
from loaders.exports.nx_graph import to_networkx
from loaders.ladybug_store import LadybugStore

pytestmark = pytest.mark.browser


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if path is None:
        pytest.fail("headless Chromium is needed for the HTML view test: apt-get install chromium (make test does)")
    return path


def headless(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900",
                           "--virtual-time-budget=10000", *args, url], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page(seed_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    with LadybugStore(folder / "kg") as store:
        store.upsert(seed_graph)
        graph = to_networkx(store.dump())
    return write(graph, "html", folder / "kg.html")


def test_the_view_draws_and_search_finds_hexi(page, tmp_path):
    url = f"{page.as_uri()}#search={quote('河西区')}"
    dom = headless(url, "--dump-dom").stdout
    assert "<title>govkg — found 河西区</title>" in dom
    drawn = re.search(r'<div id="drawn">drawn (\d+) nodes, (\d+) edges in (\d+) ms</div>', dom)
    assert drawn and int(drawn.group(1)) > 400 and int(drawn.group(3)) < 5000
    assert "<h2>河西区</h2>" in dom and "PARTNERS_WITH" in dom
    shot = tmp_path / "view.png"
    headless(url, f"--screenshot={shot}")
    assert shot.stat().st_size > 20_000


def test_a_graph_above_the_limit_asks_to_filter(tmp_path):
    import networkx as nx
    from loaders.exports.html import MAX_NODES
    graph = nx.MultiDiGraph()
    for i in range(MAX_NODES + 1):
        graph.add_node(f"Region:r{i}", label="Region", name=f"r{i}")
    dom = headless(write(graph, "html", tmp_path / "big.html").as_uri(), "--dump-dom").stdout
    assert "not drawn: too many nodes" in dom and "--min-degree" in dom
