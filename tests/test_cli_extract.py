"""End to end: the `govkg` command on the seed pages, the samples and bad input."""
from __future__ import annotations

import json
import re
import subprocess
import sys


from tests.conftest import GOLD, REPO, SCORER


def govkg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or REPO)


def readme_figures() -> dict[str, float]:
    """F1 figures README.md states in its scorer table (overall and by type)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- scores -->")[1]
    figures = {}
    section = None
    for line in block.splitlines():
        match = re.match(r"^(\s*)(\w+)\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)$", line)
        if match:
            indent, name, f1 = match.groups()
            if not indent:
                section = name
            figures[name if not indent else f"{section}.{name}"] = float(f1)
    return figures


def test_extract_seed_pages_scores_as_readme_states(tmp_path, seed_paths):
    out = tmp_path / "pred.jsonl"
    done = govkg("extract", *seed_paths, "--format", "jsonl", "--quiet", "-o", out)
    assert done.returncode == 0, done.stderr
    score = subprocess.run([sys.executable, SCORER, "--gold", GOLD, out, "--json"], capture_output=True, text=True)
    result = json.loads(score.stdout)
    stated = readme_figures()
    assert stated["entities"] >= 0.75 and stated["relations"] >= 0.50
    assert result["entities"]["all"]["f1"] >= stated["entities"] - 0.02
    assert result["relations"]["all"]["f1"] >= stated["relations"] - 0.02
    for name, row in result["entities"]["by_type"].items():
        assert row["f1"] >= 0.50, name
        assert row["f1"] >= stated[f"entities.{name}"] - 0.02, name


def test_extract_writes_the_prediction_format(seed_paths):
    done = govkg("extract", seed_paths[0], "--quiet")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 13
    first = records[0]
    assert first["source"] == seed_paths[0].name
    assert {"title", "bylines"} <= set(first["article"])
    for entity in first["entities"]:
        assert set(entity) >= {"type", "name", "aliases", "properties"}
    for relation in first["relations"]:
        assert relation["evidence"] and 0 < relation["confidence"] <= 1
        assert {"type", "name"} <= set(relation["head"]) and {"type", "name"} <= set(relation["tail"])


def test_bad_files_are_reported_and_the_others_processed(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (tmp_path / "c-good.txt").write_text("河西区举办招聘会\n\n□记者王晓君\n\n本报讯 日前,河西区举办招聘会。\n", encoding="utf-8")
    done = govkg("extract", tmp_path, "--quiet")
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "a-empty.txt: empty file" in errors[0] and "b-binary.txt: binary file" in errors[1]
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == ["c-good.txt"]


def test_strict_stops_at_the_first_bad_file(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "c-good.txt").write_text("河西区举办招聘会\n\n本报讯 河西区举办招聘会。\n", encoding="utf-8")
    done = govkg("extract", tmp_path, "--quiet", "--strict")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == f"govkg: error: {tmp_path / 'a-empty.txt'}: empty file"


def test_missing_path_is_one_line(tmp_path):
    done = govkg("extract", tmp_path / "nope.txt", "--quiet")
    assert done.returncode == 1 and done.stderr.strip().endswith("nope.txt: no such file or folder")


def test_progress_line_is_shown_unless_quiet(seed_paths):
    done = govkg("extract", seed_paths[0])
    assert "articles" in done.stderr and "/s" in done.stderr
    assert govkg("extract", seed_paths[0], "--quiet").stderr == ""


def test_build_query_delete_and_export_on_the_samples(tmp_path):
    db = tmp_path / "kg"
    done = govkg("build", REPO / "examples", "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    again = govkg("build", REPO / "examples", "--db", db)
    assert again.returncode == 0 and "the store now holds" in again.stdout
    partners = govkg("query", "partners", "-p", "name=南开区", "--db", db, "--format", "json")
    assert {"entity": "南开区", "partner": "定西市"}.items() <= json.loads(partners.stdout)[0].items()
    stats = govkg("query", "stats", "--db", db, "--format", "csv")
    assert stats.stdout.startswith("kind,name,count\n") and "Region" in stats.stdout
    export = govkg("export", "--format", "json", "-o", tmp_path / "kg.json", "--db", db)
    assert export.returncode == 0 and (tmp_path / "kg.json").exists()
    removed = govkg("delete", "--source", REPO / "examples" / "hexi-article.html", "--db", db)
    assert removed.returncode == 0 and "removed" in removed.stdout
    mentions = govkg("query", "mentions", "-p", "name=天津财经大学", "--db", db, "--format", "json")
    assert json.loads(mentions.stdout) == []


def test_export_filters_and_query_subgraph(tmp_path):
    db = tmp_path / "kg"
    assert govkg("build", REPO / "examples", "--db", db, "--quiet").returncode == 0
    part = tmp_path / "part.json"
    done = govkg("export", "--format", "json", "-o", part, "--query", "partners", "-p", "name=南开区", "--db", db)
    assert done.returncode == 0, done.stderr
    names = sorted(n["name"] for n in json.loads(part.read_text(encoding="utf-8"))["nodes"])
    assert names == ["南开区", "定西市"]
    typed = tmp_path / "typed.json"
    govkg("export", "--format", "json", "-o", typed, "--type", "Region,Organization", "--min-degree", "2", "--db", db)
    nodes = json.loads(typed.read_text(encoding="utf-8"))["nodes"]
    assert nodes and {n["label"] for n in nodes} <= {"Region", "Organization"}
    bad = govkg("export", "--format", "json", "-o", typed, "-p", "x=1", "--db", db)
    assert bad.returncode == 1 and "only goes with --query" in bad.stderr
