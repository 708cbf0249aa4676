"""The gazetteer file, its build script and region resolution."""
from __future__ import annotations

import importlib.util

from graph.extract.gazetteer import GAZETTEER_PATH, Gazetteer
from tests.conftest import REPO


def load_builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_file_records_its_source_and_licence():
    header = GAZETTEER_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert "jionlp 1.5.31" in header and "Apache License 2.0" in header


def test_lookups_and_parents():
    gaz = Gazetteer.default()
    hexi = gaz.resolve("河西区", ("120000",))
    assert hexi.level == "district" and gaz.parent(hexi).name == "天津市"
    assert [d.name for d in gaz.ancestors(gaz.resolve("卓尼县"))] == ["甘南藏族自治州", "甘肃省"]
    assert gaz.parent(gaz.resolve("小站镇")).name == "津南区"
    assert gaz.resolve("天津港保税区").level == "zone"
    assert gaz.resolve("富民路街道", ("120000",)).level == "subdistrict"
    assert gaz.by_short("平凉")[0].name == "平凉市"


def test_ambiguous_names_follow_context():
    gaz = Gazetteer.default()
    assert gaz.parent(gaz.resolve("河东区", ("120000",))).name == "天津市"
    assert gaz.parent(gaz.resolve("河东区", ("371300",))).name == "临沂市"


def test_build_script_parses_the_tree_deterministically():
    builder = load_builder()
    tree = ["天津市\t120000\t天津", "\t天津市\t120000\t天津", "\t\t河西区\t120103\t河西", "\t\t\t友谊路街道",
            "\t\t\t\t景村社区", "甘肃省\t620000\t甘肃", "\t平凉市\t620800\t平凉", "\t\t庄浪县\t620825\t庄浪", "\t\t\t良邑镇"]
    rows = builder.parse(tree)
    assert rows == [("120000", "天津市", "province", "", "天津"), ("120103", "河西区", "district", "120000", "河西"),
                    ("120103T001", "友谊路街道", "subdistrict", "120103", ""),
                    ("620000", "甘肃省", "province", "", "甘肃"), ("620800", "平凉市", "city", "620000", "平凉"),
                    ("620825", "庄浪县", "county", "620800", "庄浪"), ("620825T001", "良邑镇", "town", "620825", "")]
    assert builder.parse(tree) == rows
