"""``KnowledgeGraph``: the Python way in. Open a store, run saved queries, use typed helpers.

Example:
    >>> from graph import KnowledgeGraph
    >>> with KnowledgeGraph.open() as kg:                # ./govkg-data; "bolt://…" for Neo4j
    ...     kg.partners("河西区")                         # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any

from graph.saved_queries import SavedQuery, load_queries, run_query
from loaders.store import GraphStore, neo4j_settings, open_store


class KnowledgeGraph:
    def __init__(self, store: GraphStore):
        self.store = store

    @classmethod
    def open(cls, target: str | None = None, **options: Any) -> "KnowledgeGraph":
        """The embedded store at ``target`` (default ./govkg-data), or Neo4j for a bolt:// URI
        (user and password from the options or NEO4J_USER/NEO4J_PASSWORD)."""
        if target and "://" in target:
            uri, user, password = neo4j_settings(target, options.pop("user", None), options.pop("password", None))
            return cls(open_store(uri, user=user, password=password, **options))
        return cls(open_store(target, **options))

    def queries(self) -> dict[str, SavedQuery]:
        return load_queries()

    def query(self, query_name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run saved query ``query_name``; parameters are checked against its header."""
        return run_query(self.store, query_name, params)

    def partners(self, name: str) -> list[dict[str, Any]]:
        return self.query("partners", name=name)

    def region_activity(self, region: str, since: str = "", until: str = "9999-12-31") -> list[dict[str, Any]]:
        return self.query("region_activity", region=region, since=since, until=until)

    def organization_events(self, organization: str) -> list[dict[str, Any]]:
        return self.query("organization_events", organization=organization)

    def visits(self, name: str) -> list[dict[str, Any]]:
        return self.query("visits", name=name)

    def agreements(self, party: str) -> list[dict[str, Any]]:
        return self.query("agreements", party=party)

    def people(self, organization: str) -> list[dict[str, Any]]:
        return self.query("people", organization=organization)

    def initiatives(self, launcher: str = "") -> list[dict[str, Any]]:
        return self.query("initiatives", launcher=launcher)

    def cooperation_network(self, from_level: str = "district", to_level: str = "county") -> list[dict[str, Any]]:
        return self.query("cooperation_network", from_level=from_level, to_level=to_level)

    def connection(self, source: str, target: str, max_hops: int = 4) -> list[dict[str, Any]]:
        return self.query("connection", source=source, target=target, max_hops=max_hops)

    def evidence(self, head: str, relation: str, tail: str) -> list[dict[str, Any]]:
        return self.query("evidence", head=head, relation=relation, tail=tail)

    def most_active(self, since: str = "", until: str = "9999-12-31", limit: int = 10) -> list[dict[str, Any]]:
        return self.query("most_active", since=since, until=until, limit=limit)

    def profile(self, name: str) -> list[dict[str, Any]]:
        return self.query("profile", name=name)

    def mentions(self, name: str) -> list[dict[str, Any]]:
        return self.query("mentions", name=name)

    def stats(self) -> list[dict[str, Any]]:
        return self.query("stats")

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
