"""Keys are deterministic and merging article graphs resolves one node per key."""
from __future__ import annotations

from graph.model import (Article, ArticleGraph, Entity, Evidence, Graph, Mention, Relation, Source,
                         entity_key, stable_hash)

SOURCE = Source(name="p.txt", path="in/p.txt", sha1="00", encoding="utf-8", length=10)


def part(index: int, entity: Entity, relation: Relation | None = None) -> ArticleGraph:
    article = Article(source="p.txt", index=index, title=f"t{index}", text="x", start=0, end=1)
    return ArticleGraph(SOURCE, article, (entity,), (relation,) if relation else (),
                        (Mention(article.id, entity.key, (entity.name,)),))


def evidence(article: str) -> Evidence:
    return Evidence("河西区与卓尼县签约。", article, 0, 10, "test", 0.9)


def test_keys_are_stable_and_readable():
    assert entity_key("Region", "河西区") == "Region:河西区"
    assert stable_hash("a", "b") == stable_hash("a", "b") != stable_hash("ab", "")
    rel = Relation("PARTNERS_WITH", "Region:河西区", "Region:卓尼县", evidence("p.txt#0"))
    again = Relation("PARTNERS_WITH", "Region:河西区", "Region:卓尼县", evidence("p.txt#0"))
    other_article = Relation("PARTNERS_WITH", "Region:河西区", "Region:卓尼县", evidence("p.txt#1"))
    assert rel.key == again.key != other_article.key


def test_merge_unions_aliases_and_keeps_first_property():
    first = Entity("Organization", "天津市人力资源和社会保障局", ("市人社局",), {"category": "government"})
    second = Entity("Organization", "天津市人力资源和社会保障局", ("天津市人社局", "市人社局"), {"category": "other"})
    graph = Graph.from_parts([part(0, first), part(1, second)])
    merged = graph.entities[first.key]
    assert merged.aliases == ("市人社局", "天津市人社局")
    assert merged.properties["category"] == "government"
    assert len(graph.mentions) == 2 and len(graph.articles) == 2


def test_one_edge_per_statement_and_idempotent_merge():
    region = Entity("Region", "河西区", properties={"level": "district"})
    rel0 = Relation("PARTNERS_WITH", "Region:河西区", "Region:卓尼县", evidence("p.txt#0"))
    rel1 = Relation("PARTNERS_WITH", "Region:河西区", "Region:卓尼县", evidence("p.txt#1"))
    parts = [part(0, region, rel0), part(1, region, rel1), part(0, region, rel0)]
    graph = Graph.from_parts(parts)
    assert len(graph.relations) == 2
    assert len(graph.entities) == 1
