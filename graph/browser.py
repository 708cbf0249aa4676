"""What to type into Neo4j Browser: a saved query as ``:param`` lines plus its Cypher, and the style.

Neo4j Browser runs one command per editor submission and Enter submits, so each command is one
line. Parameter values are written as JSON string/number literals (a subset of Cypher literals)
for Browser's ``:param``; they never enter the query text itself.
"""
from __future__ import annotations

import json
import re
from typing import Any, Mapping

from graph.resources import data_dir
from graph.saved_queries import SavedQuery, bind

STYLE_FILE = "browser-style.grass"
LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def one_line(text: str) -> str:
    """Cypher or GraSS with comment lines dropped and all whitespace runs made single spaces."""
    return " ".join(LINE_COMMENT.sub("", text).split())


def param_commands(query: SavedQuery, values: Mapping[str, Any]) -> list[str]:
    """``:param name => value`` for every parameter of ``query`` (defaults filled in, types checked)."""
    return [f":param {name} => {json.dumps(value, ensure_ascii=False)}" for name, value in bind(query, values).items()]


def browser_commands(query: SavedQuery, values: Mapping[str, Any]) -> list[str]:
    """The commands that run ``query`` in Neo4j Browser: its parameters, then its shared Cypher."""
    return [*param_commands(query, values), one_line(query.cypher)]


def style_command() -> str:
    """``:style`` followed by the project's GraSS: pasting it into Browser applies the style."""
    return ":style " + one_line((data_dir("queries") / STYLE_FILE).read_text(encoding="utf-8"))
