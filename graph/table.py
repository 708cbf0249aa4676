"""Rows on the terminal and for scripts: an aligned table that counts Chinese characters as two
columns, JSON, and CSV."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any, Sequence

MAX_CELL = 48


def width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\n", " ")


def truncate(text: str, limit: int = MAX_CELL) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def format_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    columns = list(columns or (rows[0].keys() if rows else []))
    if not columns:
        return "(no rows)"
    body = [[truncate(cell(row.get(c))) for c in columns] for row in rows]
    sizes = [max([width(c)] + [width(r[i]) for r in body]) for i, c in enumerate(columns)]
    lines = ["  ".join(pad(c, s) for c, s in zip(columns, sizes)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(pad(v, s) for v, s in zip(r, sizes)).rstrip() for r in body]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2)


def format_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    columns = list(columns or (rows[0].keys() if rows else []))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else
                         ("" if v is None else v) for v in (row.get(c) for c in columns)])
    return out.getvalue()
