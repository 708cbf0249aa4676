"""Options and helpers the commands share: input handling, error reporting, store selection."""
from __future__ import annotations

import argparse
import sys

from graph.errors import GovkgError
from loaders.store import DEFAULT_EMBEDDED_PATH, GraphStore, neo4j_settings, open_store


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--keep-going", dest="strict", action="store_false", default=False,
                      help="report a bad file or article and go on (default)")
    mode.add_argument("--strict", dest="strict", action="store_true", help="stop at the first bad file")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress line")


def add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_EMBEDDED_PATH, metavar="DIR",
                        help=f"embedded LadybugDB folder (default ./{DEFAULT_EMBEDDED_PATH})")
    parser.add_argument("--neo4j", metavar="URI", nargs="?", const="env", default=None,
                        help="use Neo4j instead (bolt://host:7687; bare --neo4j reads NEO4J_URI)")
    parser.add_argument("--user", default=None, help="Neo4j user (default NEO4J_USER or neo4j)")
    parser.add_argument("--password", default=None, help="Neo4j password (default NEO4J_PASSWORD)")


def store_from_args(args: argparse.Namespace, **options) -> GraphStore:
    """The store the options name: Neo4j when --neo4j is given, else the embedded folder."""
    if args.neo4j is not None:
        uri, user, password = neo4j_settings(None if args.neo4j == "env" else args.neo4j,
                                             args.user, args.password)
        return open_store(uri, user=user, password=password, **options)
    return open_store(args.db, **options)


class ErrorReporter:
    """Prints each failure as one line on stderr and remembers that something failed."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: GovkgError) -> None:
        self.count += 1
        print(f"govkg: error: {error}", file=sys.stderr, flush=True)

    @property
    def exit_code(self) -> int:
        return 1 if self.count else 0
