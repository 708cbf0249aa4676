"""Neo4j 5 through the official driver: batched ``UNWIND $rows …`` writes in managed transactions.

Each batch is one ``execute_write`` call, so a failed batch is rolled back whole and retried by
the driver on transient errors. Whatever is already stored is MERGEd by key; only what this load
finds absent is CREATEd (about a sixth faster), so a load killed half-way and run again ends with
the same graph. Uniqueness constraints on ``key`` and indexes on the properties
the saved queries filter by are created on first use. Values only ever travel as parameters.
"""
from __future__ import annotations

import time
from typing import Any, Mapping

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
from neo4j.exceptions import ConfigurationError

from graph.errors import StoreError, StoreUnavailable
from graph.model import Graph
from graph.schema import Schema, load_schema
from loaders.rows import RelBatchKey, merge_node_row, node_rows, relationship_rows
from loaders.reading import ORPHAN_NAMES, count_all, dump_all, removal_report
from loaders.store import LoadReport, StoreDump, paused_gc

NODE_INDEXES = {"name": None, "date": ("Event", "Article"), "source": ("Article",), "level": ("Region",)}
REL_INDEXES = ("source", "article")


class Neo4jStore:
    """A Neo4j database reached over Bolt."""

    dialect = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str = "", batch_size: int = 5000,
                 database: str | None = None, schema: Schema | None = None):
        self.uri, self.user, self.database = uri, user, database
        self.batch_size = batch_size
        self.schema = schema or load_schema()
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreUnavailable(f"Neo4j at {uri} refused the credentials for user {user!r} "
                                   "(set NEO4J_USER/NEO4J_PASSWORD or --user/--password)") from None
        except (ServiceUnavailable, ConfigurationError, ValueError, OSError) as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {_one_line(exc)}") from None
        self._ensure_schema()

    # -- schema --------------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        statements = []
        for label, node in self.schema.nodes.items():
            statements.append(f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE")
            for prop, labels in NODE_INDEXES.items():
                if prop in node.properties and (labels is None or label in labels):
                    statements.append(f"CREATE INDEX IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
        for rtype, rel in self.schema.relations.items():
            for prop in REL_INDEXES:
                if prop in rel.properties:
                    statements.append(f"CREATE INDEX IF NOT EXISTS FOR ()-[r:{rtype}]-() ON (r.{prop})")
        for statement in statements:
            self._call(lambda: self._driver.execute_query(statement, database_=self.database))

    # -- writing -------------------------------------------------------------------------------
    def upsert(self, graph: Graph) -> LoadReport:
        """Nodes first, then relationships. Nodes that were not stored before are CREATEd, and so
        are the relationships that touch one of them (they cannot exist yet); everything else is
        MERGEd. This assumes one writer at a time per database."""
        started = time.perf_counter()
        created: set[tuple[str, str]] = set()
        with paused_gc(), self._session() as session:
            nodes = node_rows(graph, self.schema)
            rels = relationship_rows(graph, self.schema)
            for label, rows in nodes.items():
                for batch in _batches(rows, self.batch_size):
                    new = self._call(lambda: session.execute_write(self._write_nodes, label, batch))
                    created.update((label, k) for k in new)
            for key, rows in rels.items():
                fresh, known = _split_new(rows, created, key)
                for mode, part in (("CREATE", fresh), ("MERGE", known)):
                    for batch in _batches(part, self.batch_size):
                        self._call(lambda: session.execute_write(self._write_relationships, key, mode, batch))
        counts = {label: len(rows) for label, rows in nodes.items()}
        counts.update({k.type: counts.get(k.type, 0) + len(v) for k, v in rels.items()})
        return LoadReport(nodes=sum(len(r) for r in nodes.values()), relationships=sum(len(r) for r in rels.values()),
                          seconds=time.perf_counter() - started, counts=counts)

    def _write_nodes(self, tx, label: str, rows: list[dict[str, Any]]) -> set[str]:
        """Write one batch of nodes; return the keys that were not stored before."""
        props = list(self.schema.nodes[label].properties)
        stored = {r["key"]: r.data() for r in tx.run(
            f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN " + ", ".join(f"n.{p} AS {p}" for p in props),
            keys=[r["key"] for r in rows])}
        new = [r for r in rows if r["key"] not in stored]
        if new:
            tx.run(f"UNWIND $rows AS row CREATE (n:{label}) SET n = row", rows=new).consume()
        changed = [merged for r in rows if r["key"] in stored
                   and (merged := merge_node_row(stored[r["key"]], r)) != stored[r["key"]]]
        if changed:
            sets = ", ".join(f"n.{p} = row.{p}" for p in props if p != "key")
            tx.run(f"UNWIND $rows AS row MATCH (n:{label} {{key: row.key}}) SET {sets}", rows=changed).consume()
        return {r["key"] for r in new}

    def _write_relationships(self, tx, key: RelBatchKey, mode: str, rows: list[dict[str, Any]]) -> None:
        props = list(self.schema.relations[key.type].properties)
        merge_on = " {key: row.key}" if mode == "MERGE" and "key" in props else ""
        sets = ", ".join(f"r.{p} = row.{p}" for p in props if p != "key" or mode == "CREATE")
        tx.run(f"UNWIND $rows AS row MATCH (a:{key.head} {{key: row.head}}) MATCH (b:{key.tail} {{key: row.tail}}) "
               f"{mode} (a)-[r:{key.type}{merge_on}]->(b)" + (f" SET {sets}" if sets else ""), rows=rows).consume()

    def delete_source(self, source: str) -> LoadReport:
        started = time.perf_counter()
        before = self.counts()

        def work(tx):
            for rtype, rel in self.schema.relations.items():
                if "source" in rel.properties:
                    tx.run(f"MATCH ()-[r:{rtype}]->() WHERE r.source = $s DELETE r", s=source).consume()
            tx.run("MATCH (a:Article) WHERE a.source = $s DETACH DELETE a", s=source).consume()
            tx.run("MATCH (s:Source) WHERE s.name = $s DETACH DELETE s", s=source).consume()
            for label in self.schema.entity_types:
                tx.run(f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (:Article)-[:MENTIONS]->(n) }} "
                       "DETACH DELETE n").consume()
            tx.run(ORPHAN_NAMES).consume()

        with self._session() as session:
            self._call(lambda: session.execute_write(work))
        after = self.counts()
        return removal_report(before, after, self.schema, time.perf_counter() - started)

    def clear(self) -> None:
        with self._session() as session:
            for label in self.schema.nodes:
                self._call(lambda: session.execute_write(
                    lambda tx: tx.run(f"MATCH (n:{label}) DETACH DELETE n").consume()))

    # -- reading -------------------------------------------------------------------------------
    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        def work(tx):
            return [record.data() for record in tx.run(cypher, dict(params or {}))]
        with self._session() as session:
            return self._call(lambda: session.execute_read(work))

    def dump(self) -> StoreDump:
        return dump_all(self.run, self.schema)

    def counts(self) -> dict[str, int]:
        return count_all(self.run, self.schema)

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- plumbing ------------------------------------------------------------------------------
    def _session(self):
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _call(self, work):
        try:
            return work()
        except AuthError:
            raise StoreUnavailable(f"Neo4j at {self.uri} refused the credentials for user {self.user!r}") from None
        except ServiceUnavailable as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.uri}: {_one_line(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.uri}: {exc.code}: {_one_line(exc.message)}") from None


def _one_line(message) -> str:
    return " ".join(str(message).split())


def _split_new(rows: list[dict[str, Any]], created: set[tuple[str, str]], key: RelBatchKey) -> tuple[list, list]:
    """Rows that can be CREATEd (an end was created by this load) and the rest, to MERGE."""
    fresh, known = [], []
    for row in rows:
        new = (key.head, row["head"]) in created or (key.tail, row["tail"]) in created
        (fresh if new else known).append(row)
    return fresh, known


def _batches(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
