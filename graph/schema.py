"""The graph schema: ``schemas/govkg.yaml`` parsed and validated once into typed objects.

Labels and relation types are checked against strict ASCII patterns here, which is what makes
them safe to place into Cypher text; values never are. Every fault names the file and the key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from graph.errors import SchemaError
from graph.resources import data_dir

LABEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
REL_TYPE = re.compile(r"^[A-Z][A-Z0-9_]*$")
PROPERTY = re.compile(r"^[a-z][a-z0-9_]*$")
RESERVED = {"INDEX", "END", "START", "ORDER", "BY", "MATCH", "RETURN", "WHERE", "WITH", "CASE", "WHEN", "THEN",
            "ELSE", "AND", "OR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "LIMIT", "SKIP", "UNWIND", "MERGE",
            "CREATE", "DELETE", "SET", "REMOVE", "CALL", "YIELD", "UNION", "ALL", "AS", "DISTINCT", "EXISTS",
            "OPTIONAL", "GROUP", "PRIMARY", "TABLE", "NODE", "REL", "FROM", "TO", "COUNT", "SHORTEST",
            "CONTAINS", "STARTS", "ENDS", "XOR", "DESC", "ASC", "DEFAULT", "COPY", "COLUMN", "DROP", "ALTER"}
PROPERTY_TYPES = ("string", "integer", "float", "boolean", "string_list", "integer_list")

TOP_KEYS = {"version", "entity_properties", "entities", "relation_properties", "relations", "provenance"}
NODE_KEYS = {"description", "properties"}
REL_KEYS = {"description", "head", "tail", "symmetric", "properties"}
PROP_KEYS = {"type", "description", "values"}


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    description: str = ""
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    properties: Mapping[str, Property]      # all properties, common ones included
    provenance: bool = False


@dataclass(frozen=True)
class RelationType:
    type: str
    description: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    properties: Mapping[str, Property]      # all properties, common ones included
    symmetric: bool = False
    provenance: bool = False


@dataclass(frozen=True)
class Schema:
    path: str
    nodes: Mapping[str, NodeType]           # entity types and provenance nodes
    relations: Mapping[str, RelationType]   # extracted relations and provenance edges

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(n for n, t in self.nodes.items() if not t.provenance)

    @property
    def relation_types(self) -> tuple[str, ...]:
        return tuple(r for r, t in self.relations.items() if not t.provenance)

    def label(self, name: str) -> str:
        """``name`` if it is a declared node label, else a SchemaError."""
        if name not in self.nodes:
            raise SchemaError(f"{self.path}: unknown node label {name!r}; known: {sorted(self.nodes)}")
        return name

    def relation(self, name: str) -> RelationType:
        """The declared relation type ``name``, else a SchemaError."""
        try:
            return self.relations[name]
        except KeyError:
            raise SchemaError(
                f"{self.path}: unknown relation type {name!r}; known: {sorted(self.relations)}") from None

    def allows(self, rel_type: str, head_label: str, tail_label: str) -> bool:
        rel = self.relation(rel_type)
        return head_label in rel.head and tail_label in rel.tail


def default_schema_path() -> Path:
    return data_dir("schemas") / "govkg.yaml"


def load_schema(path: str | Path | None = None) -> Schema:
    """Read and validate a schema file (the packaged one by default).

    Example:
        >>> schema = load_schema()
        >>> schema.relation("HOLDS").tail
        ('Event',)
    """
    path = Path(path) if path else default_schema_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SchemaError(f"{path}: cannot read schema: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise SchemaError(f"{path}: not valid YAML: {exc}") from None
    return _Validator(str(path)).schema(raw)


class _Validator:
    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, message: str) -> SchemaError:
        return SchemaError(f"{self.path}: [{where}] {message}")

    def mapping(self, value: Any, where: str, allowed: set[str] | None = None) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, got {type(value).__name__}")
        if allowed is not None:
            unknown = sorted(set(value) - allowed)
            if unknown:
                raise self.fail(f"{where} -> {unknown[0]}", f"unknown key; allowed: {sorted(allowed)}")
        return value

    def schema(self, raw: Any) -> Schema:
        raw = self.mapping(raw, "top", TOP_KEYS)
        if raw.get("version") != 1:
            raise self.fail("version", f"unsupported schema version {raw.get('version')!r}; expected 1")
        common_node = self.properties(raw.get("entity_properties"), "entity_properties")
        common_rel = self.properties(raw.get("relation_properties"), "relation_properties")
        nodes: dict[str, NodeType] = {}
        for label, body in self.mapping(raw.get("entities"), "entities").items():
            nodes[label] = self.node(label, body, f"entities -> {label}", common_node, provenance=False)
        prov = self.mapping(raw.get("provenance"), "provenance", {"nodes", "relations"})
        for label, body in self.mapping(prov.get("nodes"), "provenance -> nodes").items():
            if label in nodes:
                raise self.fail(f"provenance -> nodes -> {label}", "label declared twice")
            nodes[label] = self.node(label, body, f"provenance -> nodes -> {label}", {}, provenance=True)
        relations: dict[str, RelationType] = {}
        for rtype, body in self.mapping(raw.get("relations"), "relations").items():
            relations[rtype] = self.relation(rtype, body, f"relations -> {rtype}", nodes, common_rel, False)
        for rtype, body in self.mapping(prov.get("relations"), "provenance -> relations").items():
            if rtype in relations:
                raise self.fail(f"provenance -> relations -> {rtype}", "relation type declared twice")
            relations[rtype] = self.relation(rtype, body, f"provenance -> relations -> {rtype}",
                                             nodes, {}, True)
        if not any(not n.provenance for n in nodes.values()):
            raise self.fail("entities", "no entity types declared")
        return Schema(path=self.path, nodes=nodes, relations=relations)

    def node(self, label: str, body: Any, where: str, common: dict, provenance: bool) -> NodeType:
        if not isinstance(label, str) or not LABEL.match(label):
            raise self.fail(where, f"label {label!r} must match {LABEL.pattern}")
        body = self.mapping(body, where, NODE_KEYS)
        own = self.properties(body.get("properties"), f"{where} -> properties")
        clash = sorted(set(own) & set(common))
        if clash:
            raise self.fail(f"{where} -> properties -> {clash[0]}", "redeclares a common property")
        return NodeType(label, str(body.get("description", "")), {**common, **own}, provenance)

    def relation(self, rtype: str, body: Any, where: str, nodes: dict, common: dict,
                 provenance: bool) -> RelationType:
        if not isinstance(rtype, str) or not REL_TYPE.match(rtype):
            raise self.fail(where, f"relation type {rtype!r} must match {REL_TYPE.pattern}")
        body = self.mapping(body, where, REL_KEYS)
        ends = {}
        for end in ("head", "tail"):
            labels = body.get(end)
            if not isinstance(labels, list) or not labels:
                raise self.fail(f"{where} -> {end}", "expected a non-empty list of node labels")
            for label in labels:
                if label not in nodes:
                    raise self.fail(f"{where} -> {end}", f"{label!r} is not a declared node label")
            ends[end] = tuple(labels)
        symmetric = body.get("symmetric", False)
        if not isinstance(symmetric, bool):
            raise self.fail(f"{where} -> symmetric", "expected true or false")
        own = self.properties(body.get("properties"), f"{where} -> properties")
        return RelationType(rtype, str(body.get("description", "")), ends["head"], ends["tail"],
                            {**common, **own}, symmetric, provenance)

    def properties(self, raw: Any, where: str) -> dict[str, Property]:
        props = {}
        for name, spec in self.mapping(raw, where).items():
            at = f"{where} -> {name}"
            if not isinstance(name, str) or not PROPERTY.match(name):
                raise self.fail(at, f"property name must match {PROPERTY.pattern}")
            if name.upper() in RESERVED:
                raise self.fail(at, f"property name {name!r} is a Cypher keyword in Neo4j or LadybugDB")
            spec = self.mapping(spec, at, PROP_KEYS)
            ptype = spec.get("type")
            if ptype not in PROPERTY_TYPES:
                raise self.fail(f"{at} -> type", f"unknown property type {ptype!r}; known: {list(PROPERTY_TYPES)}")
            values = spec.get("values") or ()
            if not isinstance(values, (list, tuple)):
                raise self.fail(f"{at} -> values", "expected a list")
            props[name] = Property(name, ptype, str(spec.get("description", "")), tuple(map(str, values)))
        return props
