"""Fast checks of the loaders' row plumbing, no database needed."""
from __future__ import annotations

import gc

import pytest

from graph.model import Byline, Graph
from graph.schema import load_schema
from loaders.ladybug_store import _columns, _records
from loaders.neo4j_store import _split_new
from loaders.rows import RelBatchKey, relationship_rows
from loaders.store import paused_gc
from tests.graphs import HEXI, part


def test_rows_touching_a_node_created_by_this_load_are_created_the_rest_merged():
    key = RelBatchKey("PART_OF", "Region", "Region")
    rows = [{"head": "Region:a", "tail": "Region:b"}, {"head": "Region:c", "tail": "Region:b"},
            {"head": "Region:c", "tail": "Region:d"}]
    fresh, known = _split_new(rows, {("Region", "Region:a"), ("Region", "Region:d")}, key)
    assert fresh == [rows[0], rows[2]] and known == [rows[1]]


def test_a_key_created_under_another_label_does_not_count_as_new():
    key = RelBatchKey("NAMES", "Name", "Region")
    rows = [{"head": "Region:a", "tail": "Region:a"}]
    fresh, known = _split_new(rows, {("Organization", "Region:a")}, key)
    assert fresh == [] and known == rows


def test_keyless_relationships_get_one_row_per_pair_of_ends():
    twice = (Byline("记者", "王晓君"), Byline("摄影", "王晓君"))
    rows = relationship_rows(Graph.from_parts([part("d.txt", 0, [HEXI], [], bylines=twice)]), load_schema())
    authored = rows[RelBatchKey("AUTHORED", "Person", "Article")]
    assert authored == [{"head": "Person:王晓君", "tail": "Article:d.txt#0", "role": "记者"}]


def test_collector_is_paused_inside_and_restored_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with paused_gc():
            assert not gc.isenabled()
            raise ValueError("boom")
    assert gc.isenabled()


def test_copy_records_are_tuples_even_for_one_column_and_lists_in_copy_syntax():
    assert list(_records([{"key": "河西区"}], _columns("key"), [])) == [("河西区",)]
    rows = [{"head": "a", "tail": "b", "surfaces": ["河西", "河西区"]}, {"head": "c", "tail": "d", "surfaces": None}]
    assert list(_records(rows, _columns("head", "tail", "surfaces"), [2])) == [["a", "b", "[河西,河西区]"],
                                                                              ["c", "d", ""]]
