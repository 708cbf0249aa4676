"""``govkg export``: the graph (or part of it) as GraphML, GEXF, JSON, neo4j-admin CSV or HTML."""
from __future__ import annotations

import argparse
import sys

from graph.cli.common import add_store_options, store_from_args
from graph.cli.query import parse_params
from graph.errors import ExportError
from loaders.exports import FORMATS, write
from loaders.exports.html import MAX_NODES
from loaders.exports.nx_graph import filter_degree, filter_types, keys_in_rows, subgraph, to_networkx


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="export the graph for Gephi, yEd, d3, neo4j-admin or a browser",
        description="Export the graph from the embedded store or Neo4j: graphml, gexf, json (node-link), "
                    "csv (neo4j-admin database import files, -o is a folder) or html (self-contained view).")
    parser.add_argument("--format", "-f", choices=FORMATS, required=True)
    parser.add_argument("--output", "-o", required=True, metavar="PATH")
    parser.add_argument("--type", metavar="LABELS", help="only these node labels, comma-separated (Region,Organization)")
    parser.add_argument("--min-degree", type=int, default=0, help="only nodes with at least this many relationships")
    parser.add_argument("--query", metavar="NAME", help="only the subgraph a saved query returns")
    parser.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE", help="saved query parameter")
    parser.add_argument("--provenance", action="store_true", help="include Source and Article nodes")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_from_args(args)
    try:
        graph = to_networkx(store.dump(), provenance=args.provenance)
        if args.query:
            from graph.saved_queries import run_query
            rows = run_query(store, args.query, parse_params(args.param))
            graph = subgraph(graph, keys_in_rows(rows, graph))
        elif args.param:
            raise ExportError("-p/--param only goes with --query")
    finally:
        store.close()
    if args.type:
        graph = filter_types(graph, [t.strip() for t in args.type.split(",") if t.strip()])
    if args.min_degree:
        graph = filter_degree(graph, args.min_degree)
    try:
        written = write(graph, args.format, args.output)
    except OSError as exc:
        raise ExportError(f"cannot write {args.output}: {exc}") from None
    print(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {written}")
    if args.format == "html" and graph.number_of_nodes() > MAX_NODES:
        print(f"govkg: warning: more than {MAX_NODES} nodes; the page will ask you to filter "
              "(--type, --min-degree, --query)", file=sys.stderr)
    return 0
