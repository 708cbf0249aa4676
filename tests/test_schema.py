"""The schema file validates, and every fault in a schema file is named by file and key."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph.errors import SchemaError
from graph.resources import data_dir
from graph.schema import default_schema_path, load_schema

GUIDE_ENTITIES = {"Region", "Organization", "Person", "Event", "Initiative", "Document", "Place", "Award"}
GUIDE_RELATIONS = {"PARTNERS_WITH", "HOLDS", "PARTICIPATES_IN", "HELD_AT", "VISITS", "SIGNS", "ISSUES",
                   "LAUNCHES", "HOLDS_POSITION", "PART_OF", "LOCATED_IN", "RECEIVES"}


def write(tmp_path: Path, raw: dict) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def raw() -> dict:
    return yaml.safe_load(default_schema_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(data_dir("schemas").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_schema_validates(path):
    assert load_schema(path).entity_types


def test_schema_holds_the_guide_types():
    schema = load_schema()
    assert set(schema.entity_types) == GUIDE_ENTITIES
    assert set(schema.relation_types) == GUIDE_RELATIONS
    assert schema.relation("PARTNERS_WITH").symmetric
    assert "title" in schema.relation("HOLDS_POSITION").properties
    assert schema.nodes["Region"].properties["level"].values[:2] == ("province", "city")
    assert schema.allows("HOLDS", "Organization", "Event")
    assert not schema.allows("HOLDS", "Event", "Organization")


def test_unknown_top_key_names_file_and_key(tmp_path, raw):
    raw["entitys"] = {}
    path = write(tmp_path, raw)
    with pytest.raises(SchemaError) as err:
        load_schema(path)
    assert str(path) in str(err.value) and "entitys" in str(err.value)


def test_bad_label_is_rejected(tmp_path, raw):
    raw["entities"]["Bad Label"] = {"description": "x"}
    with pytest.raises(SchemaError, match=r"entities -> Bad Label.*must match"):
        load_schema(write(tmp_path, raw))


def test_cypher_injection_in_relation_type_is_rejected(tmp_path, raw):
    raw["relations"]["HOLDS`]->() DETACH DELETE n //"] = raw["relations"].pop("HOLDS")
    with pytest.raises(SchemaError, match="must match"):
        load_schema(write(tmp_path, raw))


def test_unknown_end_label_is_named(tmp_path, raw):
    raw["relations"]["HOLDS"]["tail"] = ["Evnt"]
    with pytest.raises(SchemaError, match=r"relations -> HOLDS -> tail\].*'Evnt'"):
        load_schema(write(tmp_path, raw))


def test_unknown_property_type_and_key(tmp_path, raw):
    raw["entities"]["Event"]["properties"]["date"]["type"] = "datetime"
    with pytest.raises(SchemaError, match=r"Event -> properties -> date -> type"):
        load_schema(write(tmp_path, raw))
    raw["entities"]["Event"]["properties"]["date"] = {"type": "string", "colour": "red"}
    with pytest.raises(SchemaError, match=r"date -> colour\] unknown key"):
        load_schema(write(tmp_path, raw))


def test_unknown_label_and_relation_lookups(raw):
    schema = load_schema()
    with pytest.raises(SchemaError, match="unknown node label"):
        schema.label("Regoin")
    with pytest.raises(SchemaError, match="unknown relation type"):
        schema.relation("OWNS")


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(SchemaError, match="cannot read schema"):
        load_schema(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [unclosed", encoding="utf-8")
    with pytest.raises(SchemaError, match="not valid YAML"):
        load_schema(bad)
