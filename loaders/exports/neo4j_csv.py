"""CSV files for ``neo4j-admin database import full``, one per label and per relationship type.

Headers use the import tool's typed columns (``key:ID``, ``aliases:string[]``, ``number:int``,
``:START_ID``, ``:END_ID``, ``:TYPE``); arrays are joined with ``|``. ``import.sh`` holds the
command, which ``neo4j_admin_command`` also returns. The name index the saved queries start from
(``Name`` nodes and ``NAMES`` edges) is written too, built from the exported entities.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from graph.schema import load_schema
from loaders.exports.nx_graph import PROVENANCE
from loaders.rows import NAME_LABEL, NAMES, surface_forms

ARRAY_DELIMITER = "|"
TYPES = {"string": "string", "integer": "int", "float": "double", "boolean": "boolean",
         "string_list": "string[]", "integer_list": "int[]"}


def _header(name: str, type_: str) -> str:
    if name == "key":
        return "key:ID"
    return name if type_ == "string" else f"{name}:{TYPES[type_]}"


def _value(value, type_: str):
    if value is None:
        return ""
    if type_.endswith("_list"):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    if type_ == "boolean":
        return "true" if value else "false"
    return value


def write_neo4j_csv(graph: nx.MultiDiGraph, folder: Path, database: str = "neo4j") -> Path:
    schema = load_schema()
    folder.mkdir(parents=True, exist_ok=True)
    node_files, rel_files = [], []
    by_label: dict[str, list[dict]] = {}
    for key, data in graph.nodes(data=True):
        by_label.setdefault(data["label"], []).append({**data, "key": key})
    for label in sorted(by_label):
        props = schema.nodes[label].properties
        path = folder / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([_header(n, p.type) for n, p in props.items()] + [":LABEL"])
            for row in sorted(by_label[label], key=lambda r: r["key"]):
                writer.writerow([_value(row.get(n), p.type) for n, p in props.items()] + [label])
        node_files.append((label, path.name))
    by_type: dict[str, list[tuple]] = {}
    for head, tail, key, data in graph.edges(keys=True, data=True):
        by_type.setdefault(data["type"], []).append((head, tail, key, data))
    for rtype in sorted(by_type):
        props = schema.relations[rtype].properties
        path = folder / f"rels_{rtype}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID", ":END_ID", ":TYPE"] + [_header(n, p.type).replace("key:ID", "key")
                                                                 for n, p in props.items()])
            for head, tail, key, data in sorted(by_type[rtype], key=lambda e: (e[0], e[1], str(e[2]))):
                values = {**data, "key": key if "key" in props else None}
                writer.writerow([head, tail, rtype] + [_value(values.get(n), p.type) for n, p in props.items()])
        rel_files.append((rtype, path.name))
    node_files.append((NAME_LABEL, "nodes_Name.csv"))
    rel_files.append((NAMES, "rels_NAMES.csv"))
    _write_name_index(graph, folder)
    command = neo4j_admin_command(node_files, rel_files, database)
    script = folder / "import.sh"
    script.write_text("#!/bin/sh\n# Run from this folder with the Neo4j server stopped (or into a new database).\n"
                      + " ".join(command) + "\n", encoding="utf-8")
    return script


def _write_name_index(graph: nx.MultiDiGraph, folder: Path) -> None:
    """The saved queries' name index for the exported entities: one Name node per surface form
    (in its own ID space, so a surface form can never clash with a node key) and NAMES edges."""
    names: dict[str, list[str]] = {}
    for key, data in graph.nodes(data=True):
        if data["label"] in PROVENANCE:
            continue
        for surface in surface_forms(data.get("name"), data.get("aliases")):
            names.setdefault(surface, []).append(key)
    with (folder / "nodes_Name.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f"key:ID({NAME_LABEL})", ":LABEL"])
        writer.writerows([surface, NAME_LABEL] for surface in sorted(names))
    with (folder / "rels_NAMES.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f":START_ID({NAME_LABEL})", ":END_ID", ":TYPE"])
        writer.writerows([surface, key, NAMES] for surface in sorted(names) for key in sorted(names[surface]))


def neo4j_admin_command(node_files, rel_files, database: str = "neo4j") -> list[str]:
    return (["neo4j-admin", "database", "import", "full"]
            + [f"--nodes={label}={name}" for label, name in node_files]
            + [f"--relationships={rtype}={name}" for rtype, name in rel_files]
            + [f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true", "--overwrite-destination=true",
               database])
