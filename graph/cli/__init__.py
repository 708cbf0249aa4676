"""The ``govkg`` command: a thin layer that parses arguments, calls one library function, prints.

Each command lives in its own module with ``register(subparsers)``; it adds a subparser whose
default ``func(args) -> int`` does the work. Any ``GovkgError`` becomes one line on stderr and
exit code 1; anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from graph.errors import GovkgError

COMMAND_MODULES = ("extract", "build", "delete", "neo4j", "query", "export")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govkg",
        description="Build a knowledge graph of Chinese local-government news and query it.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"graph.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except GovkgError as exc:
        print(f"govkg: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("govkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
