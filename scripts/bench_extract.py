"""Extraction speed: characters per second over >= 5 MB (the seed pages repeated), on one core,
with start-up time and peak memory. Run: .venv/bin/python scripts/bench_extract.py [MB]"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copies = int(megabytes * 1024 * 1024 / len(text.encode("utf-8"))) + 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seeds-repeated.txt"
        path.write_text(text * copies, encoding="utf-8")
        size_mb = path.stat().st_size / 1024 / 1024
        started = time.perf_counter()
        from graph.extract import make_extractor
        from graph.extract.segment import warm_up
        extractor = make_extractor()
        warm_up()
        startup = time.perf_counter() - started
        from graph.pipeline import extract_paths
        began = time.perf_counter()
        articles = relations = 0
        for part in extract_paths([path], extractor):
            articles += 1
            relations += len(part.relations)
        seconds = time.perf_counter() - began
    chars = len(text) * copies
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input          {size_mb:.1f} MB, {chars:,} characters ({copies} copies of the 5 seed pages)")
    print(f"start-up       {startup:.2f} s (gazetteer, dictionaries, jieba)")
    print(f"extraction     {seconds:.1f} s, {articles:,} articles, {relations:,} relations")
    print(f"speed          {chars / seconds:,.0f} characters/s on one core")
    print(f"peak memory    {peak:.0f} MB")


if __name__ == "__main__":
    main()
