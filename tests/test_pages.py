"""Page splitting on the real seed pages and on small hand-written pages."""
from __future__ import annotations

import yaml

from graph.text.pages import iter_articles
from graph.text.reader import open_source
from graph.text.bylines import parse_byline
from graph.model import Byline
from tests.conftest import GOLD


def split(tmp_path, text, name="p.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(iter_articles(open_source(path)))


def test_bylines_with_several_names_and_roles():
    assert parse_byline("□记者孙祎 秦帆 通讯员刘贝贝") == [Byline("记者", "孙祎"), Byline("记者", "秦帆"),
                                                       Byline("通讯员", "刘贝贝")]
    assert parse_byline("■ 通讯员 张媿芮 赵钰真") == [Byline("通讯员", "张媿芮"), Byline("通讯员", "赵钰真")]
    assert parse_byline("本报记者姜凯琦") == [Byline("记者", "姜凯琦")]
    assert parse_byline("□记者金静 见习记者马芳太") == [Byline("记者", "金静"), Byline("见习记者", "马芳太")]


def test_column_break_inside_a_sentence_is_rejoined(tmp_path):
    page = ("河西区开展东西部协作\n\n■ 通讯员 赵钰真\n\n本报讯 河西区围绕农特产品、中医中药、电商消费、文旅融合、技能培训、劳务协作等领域推进农特\n\n"
            "产品销售,确保协作工作见到实效。\n")
    [article] = split(tmp_path, page)
    assert "推进农特产品销售" in article.text
    start = article.text.index("产品销售")
    source = (tmp_path / "p.txt").read_text(encoding="utf-8")
    assert source[article.source_offset(start):article.source_offset(start) + 4] == "产品销售"


def test_kicker_title_subtitle_and_photo_caption(tmp_path):
    page = ("深化产业开发 推进乡村振兴\n\n河西区与平凉市召开东西部协作联席会议\n\n■ 通讯员 张媿芮\n\n"
            "本报讯 日前,河西区与平凉市召开联席会议。\n\n\n\n"
            "日前,河西区第二届人才节在天津文化中心举行,各界代表参加了活动。\n\n佟玉峰 摄\n")
    first, caption = sorted(split(tmp_path, page), key=lambda a: a.start)
    assert first.title == "河西区与平凉市召开东西部协作联席会议"
    assert first.kicker == "深化产业开发 推进乡村振兴"
    assert caption.title == "河西区第二届人才节在天津文化中心举行"
    assert caption.bylines == (Byline("摄影", "佟玉峰"),)


def test_article_offsets_point_into_the_source(seed_paths):
    source_text = seed_paths[0].read_text(encoding="utf-8")
    for article in iter_articles(open_source(seed_paths[0])):
        assert source_text[article.start:article.start + 5] == article.text[:5]
        assert article.start < article.end <= len(source_text)


def test_seed_pages_split_into_the_gold_articles(seed_paths):
    for path in seed_paths:
        gold = yaml.safe_load((GOLD / f"{path.stem}.yaml").read_text(encoding="utf-8"))
        articles = list(iter_articles(open_source(path)))
        assert len(articles) == len(gold["articles"]), path.name
        gold_bylines = sorted((b["role"], b["name"]) for a in gold["articles"] for b in a.get("bylines") or [])
        assert sorted((b.role, b.name) for a in articles for b in a.bylines) == gold_bylines
