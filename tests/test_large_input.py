"""A 100 MB file streams through reading and page splitting in bounded memory."""
from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import resource, sys
from graph.text.reader import open_source
from graph.text.pages import iter_articles
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
count = sum(1 for _ in iter_articles(open_source(sys.argv[1])))
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(count, round(grown))
"""


@pytest.mark.slow
def test_100_mb_page_file_is_split_in_bounded_memory(tmp_path, seed_paths):
    page = "".join(p.read_text(encoding="utf-8") for p in seed_paths)
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < 100 * 1024 * 1024:
            handle.write(page)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    articles, grown_mb = map(int, done.stdout.split())
    assert articles > 50_000
    assert grown_mb < 150, f"memory grew by {grown_mb} MB while streaming a 100 MB file"
