#!/usr/bin/env python3
"""Build ``graph/data/gazetteer.tsv`` from jionlp's ``china_location.txt`` (Apache-2.0).

Source: jionlp 1.5.31 on PyPI (https://github.com/dongrixinyu/JioNLP), file
``jionlp/dictionary/china_location.zip`` inside the wheel; licence Apache-2.0. Only the data
file is used; jionlp is never imported or installed. Levels kept: province, city, county-level
and town-level divisions (villages and communities are found by suffix at run time).

Usage: python tools/build_gazetteer.py [--wheel PATH] [--out graph/data/gazetteer.tsv]
Without --wheel the wheel is fetched with ``pip download jionlp==1.5.31 --no-deps``.
The output is deterministic: the same wheel always gives the same bytes.
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

VERSION = "1.5.31"
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
ZONE_WORDS = ("保税区", "开发区", "高新区", "新区", "园区", "工业区", "示范区", "试验区", "合作区", "管理区", "经济区", "农场", "林场")


def county_level(name: str) -> str:
    if name.endswith(("保税区", "开发区", "高新区", "园区", "工业区", "示范区", "试验区", "合作区", "管理区")):
        return "zone"
    if name.endswith("区"):
        return "district"
    return "county"


def town_level(name: str) -> str:
    if name.endswith(("街道", "街道办事处")):
        return "subdistrict"
    if name.endswith(("镇", "乡", "苏木")):
        return "town"
    if name.endswith(ZONE_WORDS):
        return "zone"
    return "town"


def parse(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    """Rows (id, name, level, parent id, short) from the tab-indented tree."""
    rows: list[tuple[str, str, str, str, str]] = []
    stack: list[str] = []            # ids by depth
    towns: Counter[str] = Counter()
    for raw in lines:
        if not raw.strip():
            continue
        depth = len(raw) - len(raw.lstrip("\t"))
        if depth > 3:
            continue
        fields = raw.strip().split("\t")
        name = fields[0]
        code = fields[1] if len(fields) > 1 else ""
        short = fields[2] if len(fields) > 2 else ""
        del stack[depth:]
        parent = stack[-1] if stack else ""
        if depth == 0:
            level = "province"
        elif depth == 1:
            if name in MUNICIPALITIES or name == rows[-1][1]:
                stack.append(parent)        # the municipality's placeholder city level
                continue
            level = "city"
        elif depth == 2:
            level = county_level(name)
        else:
            level = town_level(name)
        if not code:
            towns[parent] += 1
            code = f"{parent}T{towns[parent]:03d}"
        rows.append((code, name, level, parent, short))
        stack.append(code)
    return rows


def read_wheel(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read("jionlp/dictionary/china_location.zip")))
        return inner.read("china_location.txt").decode("utf-8").splitlines()


def fetch_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", f"jionlp=={VERSION}", "--no-deps",
                    "--quiet", "-d", str(folder)], check=True)
    return next(folder.glob("jionlp-*.whl"))


def write(rows, out: Path) -> None:
    header = (f"# Chinese administrative divisions down to town level. Source: jionlp {VERSION} "
              "(https://github.com/dongrixinyu/JioNLP) china_location.txt, Apache License 2.0. "
              "Built by tools/build_gazetteer.py.\n")
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        handle.write("id\tname\tlevel\tparent\tshort\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "graph" / "data" / "gazetteer.tsv")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        rows = parse(read_wheel(wheel))
    write(rows, args.out)
    for level, count in sorted(Counter(r[2] for r in rows).items()):
        print(f"{level:12} {count}")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
