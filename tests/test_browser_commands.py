"""What govkg prints for Neo4j Browser: :param lines, the one-line Cypher, and the :style command."""
from __future__ import annotations

import pytest

from graph.browser import browser_commands, one_line, param_commands, style_command
from graph.errors import QueryParameterError
from graph.saved_queries import get_query, load_queries
from graph.schema import load_schema
from tests.test_cli_extract import govkg

AWKWARD = ["河西区", "O'Brien \"引号\"", "反斜杠\\", "换行\n制表\t", "}) RETURN 1 //", "$name"]


def test_a_saved_query_becomes_param_lines_and_one_line_of_cypher():
    commands = browser_commands(get_query("region_activity"), {"region": "河西区", "since": "2024-01-01"})
    assert commands[:3] == [':param region => "河西区"', ':param since => "2024-01-01"', ':param until => "9999-12-31"']
    assert len(commands) == 4 and "\n" not in commands[3] and commands[3].startswith("MATCH (:Name {key: $region})")


def test_every_template_has_browser_commands_for_its_examples():
    for query in load_queries().values():
        commands = browser_commands(query, {p.name: p.example for p in query.params})
        assert len(commands) == len(query.params) + 1
        assert "//" not in commands[-1] and commands[-1] == one_line(query.cypher)


def test_parameters_are_checked_before_anything_is_printed():
    with pytest.raises(QueryParameterError, match="missing parameter name"):
        param_commands(get_query("partners"), {})
    with pytest.raises(QueryParameterError, match="max_hops expects integer"):
        param_commands(get_query("connection"), {"source": "a", "target": "b", "max_hops": "four"})


def test_one_line_drops_comment_lines_only():
    assert one_line("// name: q\nMATCH (n)\n  WHERE n.url = 'http://x'\nRETURN n") == \
        "MATCH (n) WHERE n.url = 'http://x' RETURN n"


def test_style_command_styles_every_entity_label():
    command = style_command()
    assert command.startswith(":style node {") and "\n" not in command
    for label in load_schema().entity_types:
        assert f"node.{label} {{" in command
    assert 'caption: "{name}"' in command


def test_cli_prints_the_browser_commands_without_a_store(tmp_path):
    out = govkg("query", "partners", "-p", "name=河西区", "--browser", "--db", tmp_path / "absent")
    assert out.returncode == 0 and out.stdout.splitlines()[0] == ':param name => "河西区"'
    assert not (tmp_path / "absent").exists()
    style = govkg("queries", "--browser-style")
    assert style.returncode == 0 and style.stdout.startswith(":style node {")


@pytest.mark.neo4j
def test_param_literals_read_back_unchanged_in_neo4j(neo4j_store):
    for value in AWKWARD:
        literal = param_commands(get_query("partners"), {"name": value})[0].split(" => ", 1)[1]
        assert neo4j_store.run(f"RETURN {literal} AS v") == [{"v": value}]
