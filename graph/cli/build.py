"""``govkg build``: extract everything under the given paths and load it into a graph store."""
from __future__ import annotations

import argparse
import sys

from graph.cli.common import ErrorReporter, add_input_options, add_store_options, store_from_args
from graph.model import Graph
from graph.pipeline import extract_paths
from graph.progress import Progress


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "build", help="extract articles and load them into the graph store",
        description="Extract entities and relations from files or folders and load them, idempotently, "
                    "into the embedded store (./govkg-data) or into Neo4j (--neo4j).")
    add_input_options(parser)
    add_store_options(parser)
    parser.add_argument("--batch-size", type=int, default=5000, help="rows per write transaction (Neo4j)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    errors = ErrorReporter()
    progress = Progress(enabled=not args.quiet)
    options = {"batch_size": args.batch_size} if args.neo4j is not None else {}
    store = store_from_args(args, **options)
    try:
        graph = Graph()
        try:
            for part in extract_paths(args.paths, strict=args.strict, on_error=errors, progress=progress):
                graph.add(part)
        finally:
            progress.close()
        report = store.upsert(graph)
        totals = store.counts()
    finally:
        store.close()
    where = args.neo4j if args.neo4j is not None else args.db
    print(f"loaded {len(graph.sources)} sources, {len(graph.articles)} articles, {len(graph.entities)} entities, "
          f"{len(graph.relations)} relations into {where} in {report.seconds:.2f}s; the store now holds "
          f"{sum(v for k, v in totals.items() if not k.isupper())} nodes and "
          f"{sum(v for k, v in totals.items() if k.isupper())} relationships", file=sys.stderr if args.quiet else sys.stdout)
    return errors.exit_code
