"""Export time and file size per format on a generated graph (100k entities, 300k relationships
by default), and the HTML view's drawing time at 5,000 nodes in headless Chromium.
Run: .venv/bin/python scripts/bench_export.py [entities relationships]"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_graph  # noqa: E402

from loaders.exports import write  # noqa: E402
from loaders.exports.nx_graph import to_networkx  # noqa: E402
from loaders.ladybug_store import LadybugStore  # noqa: E402


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size


def main() -> None:
    entities, relations = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (100_000, 300_000)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with LadybugStore(tmp / "kg") as store:
            store.upsert(synthetic_graph(entities, relations))
            started = time.perf_counter()
            graph = to_networkx(store.dump())
            print(f"dump + networkx graph: {time.perf_counter() - started:.1f} s "
                  f"({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges)")
        for fmt, name in (("graphml", "kg.graphml"), ("gexf", "kg.gexf"), ("json", "kg.json"), ("csv", "csv")):
            started = time.perf_counter()
            written = write(graph, fmt, tmp / name)
            seconds = time.perf_counter() - started
            print(f"{fmt:8} {seconds:6.1f} s {size(tmp / name) / 1024 / 1024:8.1f} MB  {written.name}")
        nodes: dict[str, None] = {}
        for head, tail in graph.edges():
            if len(nodes) >= 4999:
                break
            nodes.update({head: None, tail: None})
        small = graph.subgraph(list(nodes)[:5000]).copy()
        page = write(small, "html", tmp / "kg.html")
        print(f"html     {small.number_of_nodes():,} nodes, {small.number_of_edges():,} edges, "
              f"{size(page) / 1024 / 1024:.1f} MB")
        browser = shutil.which("chromium")
        if browser:
            dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900",
                                  "--virtual-time-budget=20000", "--dump-dom", page.as_uri()],
                                 capture_output=True, text=True, timeout=300).stdout
            drawn = re.search(r'<div id="drawn">([^<]*)</div>', dom)
            print(f"html in headless Chromium: {drawn.group(1) if drawn else 'no drawing reported'}")
        else:
            print("html: chromium not installed, drawing time not measured")


if __name__ == "__main__":
    main()
