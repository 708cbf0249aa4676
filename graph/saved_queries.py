"""Saved Cypher templates (``queries/*.cypher``): loading, checking, binding parameters, running.

A template file starts with ``//`` header lines (name, description, one ``param:`` line per
parameter with its type, an example and optionally a default) followed by plain Cypher that uses
only ``$parameters``. A ``// variant: ladybug`` line starts a second text used on the embedded
store where no form both engines share exists. Loading checks that each text uses exactly the
declared parameters; running checks the values against the declared types. Values are passed
to the store as parameters, never spliced into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from graph.errors import QueryError, QueryParameterError, UnknownQuery
from graph.resources import data_dir

TYPES = ("string", "integer", "float", "boolean", "date", "string_list")
HEADER = re.compile(r"^//\s*(name|description|param|variant):\s*(.*?)\s*$")
PARAM = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*)\s*\((?P<type>[a-z_]+)\)\s*(?P<rest>.*)$")
OPTION = re.compile(r"(example|default)=(\S*)")
DOLLAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
DATE = re.compile(r"^(?:\d{4}-\d{2}(?:-\d{2})?|--\d{2}-\d{2})$")
NO_DEFAULT = object()


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: str
    default: Any = NO_DEFAULT

    @property
    def required(self) -> bool:
        return self.default is NO_DEFAULT


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    path: str
    variants: Mapping[str, str] = field(default_factory=dict)

    def text(self, dialect: str) -> str:
        """The Cypher for a store dialect: its variant if the file has one, else the shared text."""
        return self.variants.get(dialect, self.cypher)

    def examples(self) -> dict[str, Any]:
        return {p.name: convert(p, p.example, self.name) for p in self.params}


def parse_query_file(path: Path) -> SavedQuery:
    header: dict[str, str] = {}
    params: list[Param] = []
    bodies: dict[str, list[str]] = {"": []}
    current = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = HEADER.match(line)
        if match and match.group(1) == "variant":
            current = match.group(2)
            if current != "ladybug":
                raise QueryError(f"{path}:{number}: unknown variant {current!r}; known: ['ladybug']")
            bodies[current] = []
        elif match and not any(bodies.values()):
            key, value = match.groups()
            if key == "param":
                params.append(_param(value, path, number))
            else:
                header[key] = value
        elif line.strip().startswith("//") and not any(bodies[current]):
            raise QueryError(f"{path}:{number}: unknown header line {line.strip()!r}")
        else:
            bodies[current].append(line)
    for key in ("name", "description"):
        if not header.get(key):
            raise QueryError(f"{path}: header line '// {key}: …' is missing")
    texts = {dialect: "\n".join(lines).strip() for dialect, lines in bodies.items()}
    query = SavedQuery(header["name"], header["description"], tuple(params), texts.pop(""), str(path), texts)
    declared = {p.name for p in params}
    for dialect, text in (("shared", query.cypher), *query.variants.items()):
        used = set(DOLLAR.findall(STRINGS.sub("''", text)))
        if used != declared:
            raise QueryError(f"{path}: the {dialect} text uses ${', $'.join(sorted(used)) or '(none)'} but the header "
                             f"declares ${', $'.join(sorted(declared)) or '(none)'}")
    if not query.cypher:
        raise QueryError(f"{path}: no Cypher after the header")
    return query


def _param(spec: str, path: Path, number: int) -> Param:
    match = PARAM.match(spec)
    if not match or match.group("type") not in TYPES:
        raise QueryError(f"{path}:{number}: bad param line {spec!r}; expected 'name (type) example=… [default=…]' "
                         f"with type one of {list(TYPES)}")
    options = dict(OPTION.findall(match.group("rest")))
    if "example" not in options:
        raise QueryError(f"{path}:{number}: param {match.group('name')} has no example=")
    param = Param(match.group("name"), match.group("type"), options["example"])
    if "default" in options:
        param = Param(param.name, param.type, param.example, convert(param, options["default"], path.stem, empty_ok=True))
    return param


@lru_cache(maxsize=8)
def load_queries(folder: str | None = None) -> dict[str, SavedQuery]:
    """Every saved query of ``folder`` (the packaged ``queries/`` by default), checked."""
    root = Path(folder) if folder else data_dir("queries")
    queries: dict[str, SavedQuery] = {}
    for path in sorted(root.glob("*.cypher")):
        query = parse_query_file(path)
        if query.name in queries:
            raise QueryError(f"{path}: query name {query.name!r} is already used by {queries[query.name].path}")
        queries[query.name] = query
    return queries


def get_query(name: str, queries: Mapping[str, SavedQuery] | None = None) -> SavedQuery:
    queries = queries if queries is not None else load_queries()
    if name not in queries:
        raise UnknownQuery(f"no saved query named {name!r}; the saved queries are: {', '.join(sorted(queries))}")
    return queries[name]


def convert(param: Param, value: Any, query: str, empty_ok: bool = False) -> Any:
    """``value`` as the declared type (strings from the command line are parsed)."""
    def bad() -> QueryParameterError:
        return QueryParameterError(f"query {query}: parameter {param.name} expects {param.type}, got {value!r}")
    if param.type in ("string", "date"):
        if not isinstance(value, str):
            raise bad()
        if param.type == "date" and value and not DATE.match(value) and not (empty_ok and value in ("", "9999-12-31")):
            raise bad()
        return value
    if param.type == "string_list":
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return list(value)
        raise bad()
    if param.type == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0", "yes", "no"):
            return value.lower() in ("true", "1", "yes")
        raise bad()
    try:
        if isinstance(value, bool):
            raise ValueError
        return int(value) if param.type == "integer" else float(value)
    except (TypeError, ValueError):
        raise bad() from None


def bind(query: SavedQuery, values: Mapping[str, Any]) -> dict[str, Any]:
    """The full parameter map: values checked and converted, defaults filled in, extras refused."""
    known = {p.name: p for p in query.params}
    extra = sorted(set(values) - set(known))
    if extra:
        raise QueryParameterError(f"query {query.name}: unknown parameter {extra[0]}; it takes "
                                  f"{', '.join(f'{p.name} ({p.type})' for p in query.params) or 'no parameters'}")
    bound = {}
    for param in query.params:
        if param.name in values:
            bound[param.name] = convert(param, values[param.name], query.name)
        elif param.required:
            raise QueryParameterError(f"query {query.name}: missing parameter {param.name} ({param.type}), "
                                      f"e.g. -p {param.name}={param.example}")
        else:
            bound[param.name] = param.default
    return bound


def run_query(store, name: str, values: Mapping[str, Any] | None = None,
              queries: Mapping[str, SavedQuery] | None = None) -> list[dict[str, Any]]:
    """Run saved query ``name`` on ``store`` with checked parameters; rows as dicts."""
    query = get_query(name, queries)
    return store.run(query.text(store.dialect), bind(query, values or {}))
