"""``govkg neo4j start|stop|status``: a local Neo4j 5.26 server for machines without Docker."""
from __future__ import annotations

import argparse

from loaders import neo4j_server


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "neo4j", help="start, stop or check a local Neo4j server (Java 17, no Docker)",
        description="Run Neo4j Community 5.26 on loopback from Maven Central jars (fetched once with Maven). "
                    "Data, logs and the pid file live under --home.")
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.add_argument("--home", default=neo4j_server.DEFAULT_HOME, help="data/log folder (default ./.neo4j)")
    parser.add_argument("--bolt-port", type=int, default=7687)
    parser.add_argument("--http-port", type=int, default=7474)
    parser.add_argument("--password", default=None,
                        help=f"password of user neo4j (default NEO4J_PASSWORD or {neo4j_server.DEFAULT_PASSWORD})")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "start":
        state = neo4j_server.start(args.home, args.bolt_port, args.http_port, args.password)
        password = args.password or neo4j_server.default_password()
        print(f"Neo4j is running (pid {state.pid}): {state.uri}, Browser at {state.http}")
        print(f"export NEO4J_URI={state.uri} NEO4J_USER=neo4j NEO4J_PASSWORD={password}")
        return 0
    if args.action == "stop":
        stopped = neo4j_server.stop(args.home)
        print("Neo4j stopped" if stopped else "Neo4j was not running")
        return 0
    state = neo4j_server.status(args.home, args.bolt_port, args.http_port)
    if state.running:
        print(f"running (pid {state.pid}): {state.uri}, Browser at {state.http}, data in {state.home}")
        return 0
    print(f"stopped (home {state.home})")
    return 3
