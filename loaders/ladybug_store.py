"""The embedded default store: LadybugDB (in-process, on disk, Cypher with parameters).

Node and relationship tables are generated from the validated schema on first open. Every
``upsert`` is one transaction, so any failure rolls the whole load back. Rows not yet stored are
bulk-inserted with ``COPY`` from temporary CSV files (about 20x faster than UNWIND here); stored
ones are read, merged in Python (aliases unioned, first value kept) and updated with
``UNWIND $rows … MERGE``, matching ends with two ``MATCH`` clauses, the fast form here.
"""
from __future__ import annotations

import csv
import io
import tempfile
import time
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, Mapping

import ladybug

from graph.errors import StoreError, StoreUnavailable
from graph.model import Graph
from graph.schema import Schema, load_schema
from loaders.rows import merge_node_row, node_rows, relationship_rows
from loaders.reading import ORPHAN_NAMES, count_all, dump_all, removal_report
from loaders.store import LoadReport, StoreDump, paused_gc

COLUMN_TYPES = {"string": "STRING", "integer": "INT64", "float": "DOUBLE", "boolean": "BOOLEAN",
                "string_list": "STRING[]", "integer_list": "INT64[]"}
BATCH = 20_000
COPY_ROWS = 100_000


class LadybugStore:
    """A LadybugDB database in a folder (``./govkg-data`` by default)."""

    dialect = "ladybug"

    def __init__(self, path: str | Path = "govkg-data", schema: Schema | None = None, read_only: bool = False,
                 batch_size: int = BATCH):
        self.path = Path(path)
        self.schema = schema or load_schema()
        self.batch_size = batch_size
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreUnavailable(f"cannot open the embedded store at {self.path}: {exc}") from None
        if not read_only:
            self._create_tables()

    # -- schema --------------------------------------------------------------------------------
    def _create_tables(self) -> None:
        for label, node in self.schema.nodes.items():
            columns = ", ".join(f"{name} {COLUMN_TYPES[p.type]}" for name, p in node.properties.items())
            self._exec(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns}, PRIMARY KEY (key))")
        for rtype, rel in self.schema.relations.items():
            pairs = ", ".join(f"FROM {h} TO {t}" for h in rel.head for t in rel.tail)
            columns = "".join(f", {name} {COLUMN_TYPES[p.type]}" for name, p in rel.properties.items())
            self._exec(f"CREATE REL TABLE IF NOT EXISTS {rtype}({pairs}{columns})")

    # -- writing -------------------------------------------------------------------------------
    def upsert(self, graph: Graph) -> LoadReport:
        started = time.perf_counter()
        with paused_gc():
            nodes = node_rows(graph, self.schema)
            rels = relationship_rows(graph, self.schema)
            self._exec("BEGIN TRANSACTION")
            try:
                for label, rows in nodes.items():
                    self._write_nodes(label, rows)
                for key, rows in rels.items():
                    self._write_relationships(key.type, key.head, key.tail, rows)
                self._exec("COMMIT")
            except BaseException:
                self._rollback()
                raise
        counts = {label: len(rows) for label, rows in nodes.items()}
        counts.update({k.type: counts.get(k.type, 0) + len(v) for k, v in rels.items()})
        return LoadReport(nodes=sum(len(r) for r in nodes.values()), relationships=sum(len(r) for r in rels.values()),
                          seconds=time.perf_counter() - started, counts=counts)

    def _write_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        """New nodes go in by COPY (fast); stored ones are merged, and updated with UNWIND only
        where the merge changed something."""
        spec = self.schema.nodes[label].properties
        props = list(spec)
        lists = [p for p, s in spec.items() if s.type.endswith("_list")]
        present = {r[0] for r in self._tuples(f"MATCH (n:{label}) RETURN n.key")}
        stored = {}
        if present:
            wanted = [r["key"] for r in rows if r["key"] in present]
            for batch in _batches(wanted, self.batch_size):
                stored.update((t[0], dict(zip(props, t))) for t in self._tuples(
                    f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN " + ", ".join(f"n.{p}" for p in props),
                    {"keys": batch}))
        fresh = [r for r in rows if r["key"] not in stored and _csv_safe(r, lists)]
        self._copy(label, "", fresh, _columns(*props), [props.index(p) for p in lists])
        fresh_keys = {r["key"] for r in fresh}
        changed = []
        for row in rows:
            if row["key"] in fresh_keys:
                continue
            merged = merge_node_row(stored.get(row["key"]), row)
            if merged != stored.get(row["key"]):
                changed.append(merged)
        sets = ", ".join(f"n.{p} = row.{p}" for p in props if p != "key")
        for batch in _batches(changed, self.batch_size):
            self._exec(f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET {sets}", {"rows": batch})

    def _write_relationships(self, rtype: str, head: str, tail: str, rows: list[dict[str, Any]]) -> None:
        """New relationships go in by COPY; those already stored (same key, or same ends for the
        provenance edges that have no key) are updated with UNWIND … MERGE where they differ."""
        spec = self.schema.relations[rtype].properties
        props = list(spec)
        lists = [p for p, s in spec.items() if s.type.endswith("_list")]
        keyed = "key" in props
        columns = itemgetter("head", "tail", *props)
        ident = itemgetter("key") if keyed else itemgetter("head", "tail")
        stored_ident = itemgetter(props.index("key") + 2) if keyed else itemgetter(0, 1)
        stored = {stored_ident(t): tuple(t) for t in self._tuples(
            f"MATCH (a:{head})-[r:{rtype}]->(b:{tail}) RETURN a.key, b.key" + "".join(f", r.{p}" for p in props))}
        fresh, update = [], []
        for row in rows:
            found = ident(row)
            if found in stored:
                if stored[found] != columns(row):
                    update.append(row)
            elif _csv_safe(row, lists):
                fresh.append(row)
            else:
                update.append(row)
        self._copy(rtype, f", from='{head}', to='{tail}'", fresh, columns, [props.index(p) + 2 for p in lists])
        merge_on = "{key: row.key}" if keyed else ""
        sets = ", ".join(f"r.{p} = row.{p}" for p in props if p != "key")
        cypher = (f"UNWIND $rows AS row MATCH (a:{head} {{key: row.head}}) MATCH (b:{tail} {{key: row.tail}}) "
                  f"MERGE (a)-[r:{rtype} {merge_on}]->(b)" + (f" SET {sets}" if sets else ""))
        for batch in _batches(update, self.batch_size):
            self._exec(cypher, {"rows": batch})

    def _copy(self, table: str, options: str, rows: list[dict[str, Any]], columns,
              lists: list[int]) -> None:
        """Bulk-insert ``rows`` (their ``columns``) with COPY from temporary CSV files, inside the
        open transaction.

        At most COPY_ROWS rows per COPY: LadybugDB 0.22 hangs on a COPY of more than 2^17 rows
        into a node table when an earlier COPY ran in the same transaction."""
        with tempfile.TemporaryDirectory(prefix="govkg-copy-") as tmp:
            for start in range(0, len(rows), COPY_ROWS):
                chunk = rows[start:start + COPY_ROWS]
                buffer = io.StringIO()
                csv.writer(buffer, lineterminator="\n").writerows(_records(chunk, columns, lists))
                text = buffer.getvalue()
                multiline = text.count("\n") != len(chunk) or "\r" in text
                path = Path(tmp) / f"{table}-{start}.csv"
                path.write_text(text, encoding="utf-8")
                parallel = "false" if multiline else "true"
                self._exec(f"COPY {table} FROM '{path.as_posix()}' (HEADER=false, PARALLEL={parallel}{options})")

    def delete_source(self, source: str) -> LoadReport:
        started = time.perf_counter()
        before = self.counts()
        self._exec("BEGIN TRANSACTION")
        try:
            for rtype, rel in self.schema.relations.items():
                if "source" in rel.properties:
                    self._exec(f"MATCH ()-[r:{rtype}]->() WHERE r.source = $s DELETE r", {"s": source})
            self._exec("MATCH (a:Article) WHERE a.source = $s DETACH DELETE a", {"s": source})
            self._exec("MATCH (s:Source) WHERE s.name = $s DETACH DELETE s", {"s": source})
            for label in self.schema.entity_types:
                self._exec(f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (:Article)-[:MENTIONS]->(n) }} "
                           "DETACH DELETE n")
            self._exec(ORPHAN_NAMES)
            self._exec("COMMIT")
        except BaseException:
            self._rollback()
            raise
        after = self.counts()
        return removal_report(before, after, self.schema, time.perf_counter() - started)

    def clear(self) -> None:
        for label in self.schema.nodes:
            self._exec(f"MATCH (n:{label}) DETACH DELETE n")

    # -- reading -------------------------------------------------------------------------------
    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._exec(cypher, params)
        names = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append({name: _plain(value) for name, value in zip(names, result.get_next())})
        return rows

    def _tuples(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        """Rows as the engine returns them, for bulk reads of schema-typed columns (no conversion)."""
        result = self._exec(cypher, params)
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows

    def dump(self) -> StoreDump:
        return dump_all(self.run, self.schema)

    def counts(self) -> dict[str, int]:
        return count_all(self.run, self.schema)

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- plumbing ------------------------------------------------------------------------------
    def _exec(self, cypher: str, params: Mapping[str, Any] | None = None):
        try:
            return self._conn.execute(cypher, dict(params or {}))
        except RuntimeError as exc:
            raise StoreError(f"embedded store {self.path}: {exc}") from None

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass                      # LadybugDB already rolled back the failed transaction


def _csv_safe(row: dict[str, Any], lists: list[str]) -> bool:
    """Can COPY's CSV reader take this row unchanged? (Its list syntax has no quoting.)"""
    for name in lists:
        value = row.get(name)
        if value and any(not v or v != v.strip() or any(c in v for c in ',[]{}"\'\\') for v in value):
            return False
    return True


def _columns(*names: str):
    """A function from a row to the tuple of its ``names`` values (a tuple even for one name)."""
    if len(names) == 1:
        name = names[0]
        return lambda row: (row[name],)
    return itemgetter(*names)


def _records(rows: list[dict[str, Any]], columns, lists: list[int]):
    """CSV records of ``rows``: the ``columns`` tuple, list columns in COPY's ``[a,b]`` syntax."""
    if not lists:
        return map(columns, rows)

    def record(row):
        values = list(columns(row))
        for i in lists:
            values[i] = _csv_value(values[i])
        return values
    return map(record, rows)


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "[" + ",".join(str(v) for v in value) + "]"
    return value


def _batches(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
