"""Hand-made graphs for the store and query tests (no extractor involved)."""
from __future__ import annotations

from graph.model import (Article, ArticleGraph, Byline, Entity, Evidence, Graph, Mention, Relation, Source)


def source(name: str) -> Source:
    return Source(name=name, path=f"/data/{name}", sha1="0" * 40, encoding="utf-8", length=100)


def part(src: str, index: int, entities: list[Entity], relations: list[tuple[str, str, str]],
         title: str = "标题", bylines: tuple[Byline, ...] = (), date: str = "") -> ArticleGraph:
    article = Article(source=src, index=index, title=title, text="正文。", start=0, end=3, bylines=bylines, date=date)
    by_name = {e.name: e for e in entities}
    rels = tuple(Relation(t, by_name[h].key, by_name[tl].key,
                          Evidence(f"{h}{t}{tl}。", article.id, 0, 3, "test", 0.9),
                          {"title": "主任"} if t == "HOLDS_POSITION" else {})
                 for h, t, tl in relations)
    mentions = tuple(Mention(article.id, e.key, (e.name,)) for e in entities)
    return ArticleGraph(source(src), article, tuple(entities), rels, mentions)


HEXI = Entity("Region", "河西区", ("河西",), {"level": "district", "adcode": "120103"})
TIANJIN = Entity("Region", "天津市", ("天津",), {"level": "city", "adcode": "120000"})
PINGLIANG = Entity("Region", "平凉市", (), {"level": "city"})
ZHUONI = Entity("Region", "卓尼县", (), {"level": "county"})
UNION = Entity("Organization", "河西区总工会", ("区总工会",), {"category": "union"})
BUREAU = Entity("Organization", "河西区人力资源和社会保障局", ("区人社局",), {"category": "government"})
MEETING = Entity("Event", "东西部协作联席会议", (), {"kind": "meeting", "date": "2024-05-10"})
FAIR = Entity("Event", "第二届河西人才节招聘会", (), {"kind": "recruitment", "date": "2024-06-01"})
PERSON = Entity("Person", "张海洋")
PLAN = Entity("Initiative", "十项行动")
DOC = Entity("Document", "战略合作框架协议")
PLACE = Entity("Place", "西岸非遗体验馆")
AWARD = Entity("Award", "全国工人先锋号")


def small_graph() -> Graph:
    """Two sources, three articles, every entity and relation type at least once."""
    a = part("a.txt", 0, [HEXI, TIANJIN, PINGLIANG, UNION, MEETING, PLAN, DOC, PERSON, PLACE],
             [("河西区", "PARTNERS_WITH", "平凉市"), ("河西区", "HOLDS", "东西部协作联席会议"),
              ("平凉市", "PARTICIPATES_IN", "东西部协作联席会议"), ("东西部协作联席会议", "HELD_AT", "西岸非遗体验馆"),
              ("河西区总工会", "VISITS", "平凉市"), ("河西区", "SIGNS", "战略合作框架协议"),
              ("河西区", "LAUNCHES", "十项行动"), ("张海洋", "HOLDS_POSITION", "河西区总工会"),
              ("河西区", "PART_OF", "天津市"), ("河西区总工会", "LOCATED_IN", "河西区")],
             title="河西区与平凉市召开联席会议", bylines=(Byline("记者", "王晓君"),), date="2024-05-10")
    b = part("a.txt", 1, [HEXI, BUREAU, FAIR, AWARD, UNION, ZHUONI, DOC],
             [("河西区人力资源和社会保障局", "HOLDS", "第二届河西人才节招聘会"), ("河西区总工会", "RECEIVES", "全国工人先锋号"),
              ("河西区", "ISSUES", "战略合作框架协议"), ("河西区", "PARTNERS_WITH", "卓尼县"),
              ("河西区人力资源和社会保障局", "LOCATED_IN", "河西区")],
             title="河西区举办人才节", bylines=(Byline("通讯员", "赵钰真"),), date="2024-06-01")
    c = part("b.txt", 0, [HEXI, PINGLIANG, MEETING],
             [("河西区", "PARTNERS_WITH", "平凉市"), ("河西区", "HOLDS", "东西部协作联席会议")],
             title="两地协作", bylines=(Byline("记者", "王晓君"),))
    return Graph.from_parts([a, b, c])
