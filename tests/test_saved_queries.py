"""Saved query files: header parsing, parameter checks, and errors that name what is wrong."""
from __future__ import annotations

import pytest

from graph.errors import QueryError, QueryParameterError, UnknownQuery
from graph.saved_queries import bind, get_query, load_queries, parse_query_file
from graph.table import format_csv, format_table, width

QUESTIONS = {"partners", "region_activity", "organization_events", "visits", "agreements", "people", "initiatives",
             "cooperation_network", "connection", "evidence", "most_active", "profile", "mentions", "stats"}


def test_every_question_has_a_template():
    queries = load_queries()
    assert QUESTIONS <= set(queries)
    for query in queries.values():
        assert query.description and query.cypher
        assert "ladybug" in query.variants or "type(" not in query.cypher


def write(tmp_path, text):
    path = tmp_path / "q.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_declared_parameters_must_match_the_text(tmp_path):
    path = write(tmp_path, "// name: q\n// description: d\n// param: name (string) example=x\n"
                           "MATCH (n) WHERE n.name = $name AND n.level = $level RETURN n")
    with pytest.raises(QueryError, match=r"uses \$level, \$name but the header declares \$name"):
        parse_query_file(path)


def test_dollar_inside_a_string_literal_is_not_a_parameter(tmp_path):
    path = write(tmp_path, "// name: q\n// description: d\nMATCH (n) WHERE n.name = '$x' RETURN n")
    assert parse_query_file(path).params == ()


def test_bad_param_type_names_the_line(tmp_path):
    path = write(tmp_path, "// name: q\n// description: d\n// param: n (text) example=1\nRETURN $n")
    with pytest.raises(QueryError, match=r"q.cypher:3: bad param line"):
        parse_query_file(path)


def test_unknown_query_lists_the_names():
    with pytest.raises(UnknownQuery, match="partners") as info:
        get_query("partner")
    assert "stats" in str(info.value)


def test_missing_extra_and_mistyped_parameters():
    connection = get_query("connection")
    with pytest.raises(QueryParameterError, match=r"missing parameter target \(string\)"):
        bind(connection, {"source": "河西区"})
    with pytest.raises(QueryParameterError, match="unknown parameter hops"):
        bind(connection, {"source": "a", "target": "b", "hops": 3})
    with pytest.raises(QueryParameterError, match="max_hops expects integer, got 'four'"):
        bind(connection, {"source": "a", "target": "b", "max_hops": "four"})
    assert bind(connection, {"source": "a", "target": "b", "max_hops": "3"})["max_hops"] == 3
    with pytest.raises(QueryParameterError, match="since expects date"):
        bind(get_query("region_activity"), {"region": "河西区", "since": "last year"})


def test_defaults_fill_optional_parameters():
    assert bind(get_query("initiatives"), {}) == {"launcher": ""}


def test_table_counts_chinese_as_two_columns():
    assert width("河西区ab") == 8
    header, rule, first, second, footer = format_table([{"a": "河西区", "b": "1"}, {"a": "x", "b": "22"}]).splitlines()
    column = width(header[:header.index("b")])
    assert width(first[:first.index("1")]) == column == width(second[:second.index("22")])
    assert footer == "(2 rows)"
    assert format_csv([{"a": ["x", "y"], "b": None}]) == 'a,b\n"[""x"", ""y""]",\n'
