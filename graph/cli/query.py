"""``govkg queries`` lists the saved queries; ``govkg query NAME -p k=v`` runs one."""
from __future__ import annotations

import argparse

from graph.browser import browser_commands, style_command
from graph.cli.common import add_store_options, store_from_args
from graph.errors import QueryParameterError
from graph.saved_queries import get_query, load_queries, run_query
from graph.table import format_csv, format_json, format_table


def register(subparsers) -> None:
    listing = subparsers.add_parser("queries", help="list the saved queries and their parameters",
                                    description="List the saved Cypher templates of queries/.")
    listing.add_argument("--browser-style", action="store_true",
                         help="print the :style command that applies queries/browser-style.grass in Neo4j Browser")
    listing.set_defaults(func=list_queries)
    parser = subparsers.add_parser(
        "query", help="run a saved query",
        description="Run a saved Cypher template with parameters (values are sent as Cypher parameters).")
    parser.add_argument("name", help="saved query name (see `govkg queries`)")
    parser.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter; repeat for several")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--browser", action="store_true",
                        help="print the Neo4j Browser commands (:param lines, then the Cypher) instead of running it")
    add_store_options(parser)
    parser.set_defaults(func=run)


def parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryParameterError(f"parameter {pair!r} must look like KEY=VALUE")
        params[key.strip()] = value
    return params


def list_queries(args: argparse.Namespace) -> int:
    if args.browser_style:
        print(style_command())
        return 0
    rows = []
    for query in load_queries().values():
        params = ", ".join(f"{p.name} ({p.type}{'' if p.required else ', optional'}) e.g. {p.example}"
                           for p in query.params)
        rows.append({"name": query.name, "description": query.description, "parameters": params or "-"})
    print(format_table(rows, ["name", "description", "parameters"]))
    return 0


def run(args: argparse.Namespace) -> int:
    query = get_query(args.name)
    params = parse_params(args.param)
    if args.browser:
        print("\n".join(browser_commands(query, params)))
        return 0
    store = store_from_args(args)
    try:
        rows = run_query(store, query.name, params)
    finally:
        store.close()
    if args.format == "json":
        print(format_json(rows))
    elif args.format == "csv":
        print(format_csv(rows), end="")
    else:
        print(format_table(rows))
    return 0
