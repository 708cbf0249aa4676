"""``govkg extract``: articles to the scorer's prediction format, one JSON object per article."""
from __future__ import annotations

import argparse
import json
import sys

from graph.cli.common import ErrorReporter, add_input_options
from graph.extract.predictions import to_prediction
from graph.pipeline import extract_paths
from graph.progress import Progress


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract entities and relations, print JSON Lines",
        description="Extract entities and relations from articles or newspaper pages and write "
                    "one JSON object per article (the prediction format of the scorer).")
    add_input_options(parser)
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                        help="jsonl: one object per line (default); json: one indented array")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    errors = ErrorReporter()
    progress = Progress(enabled=not args.quiet)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        records = (to_prediction(part) for part in
                   extract_paths(args.paths, strict=args.strict, on_error=errors, progress=progress))
        if args.format == "jsonl":
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            json.dump(list(records), out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    return errors.exit_code
