"""``govkg delete --source NAME``: take out what only one source file supports."""
from __future__ import annotations

import argparse
from pathlib import Path

from graph.cli.common import add_store_options, store_from_args


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "delete", help="remove one source's articles and the facts only it supports",
        description="Remove a source file's articles, the relations they state and the entities no other "
                    "article mentions. Entities and relations that other sources state are kept.")
    parser.add_argument("--source", required=True, metavar="NAME", help="source file name (a path is fine)")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    name = Path(args.source).name
    store = store_from_args(args)
    try:
        report = store.delete_source(name)
    finally:
        store.close()
    print(f"removed {report.nodes} nodes and {report.relationships} relationships of {name}")
    return 0
