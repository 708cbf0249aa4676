"""A deterministic synthetic graph for the benchmarks: N entities, M relations, realistic names.

Relations follow the schema's head/tail types; every relation has an evidence sentence. Dates
spread over 2023-2025 so the date-bounded queries have work to do.
"""
from __future__ import annotations

import random

from graph.model import Article, Entity, Evidence, Graph, Relation, Source
from graph.schema import load_schema

SHARE = {"Region": 0.10, "Organization": 0.35, "Person": 0.15, "Event": 0.20, "Initiative": 0.08,
         "Document": 0.05, "Place": 0.05, "Award": 0.02}
SUFFIX = {"Region": ["区", "县", "镇", "街道"], "Organization": ["局", "委员会", "总工会", "有限公司", "医院", "中心"],
          "Person": [""], "Event": ["座谈会", "招聘会", "培训班", "应急演练", "展览"], "Initiative": ["行动", "工程"],
          "Document": ["实施方案", "合作协议"], "Place": ["公园", "体验馆"], "Award": ["先锋号", "标兵"]}
SYLLABLES = "东西南北河山平安和新华明德兴盛海津滨红桥塘沽静宁宝坻武清蓟州昌黎泉林金石春秋云龙凤"
LEVELS = ["district", "county", "town", "subdistrict", "city"]


def synthetic_graph(entities: int = 100_000, relations: int = 300_000, seed: int = 7) -> Graph:
    rng = random.Random(seed)
    schema = load_schema()
    by_type: dict[str, list[Entity]] = {t: [] for t in SHARE}
    for type_, share in SHARE.items():
        for i in range(int(entities * share)):
            stem = "".join(rng.choice(SYLLABLES) for _ in range(3))
            name = f"{stem}{i}{rng.choice(SUFFIX[type_])}" if type_ != "Person" else f"{rng.choice('王李张刘陈杨赵')}{stem[:2]}{i}"
            props = {"Region": {"level": rng.choice(LEVELS)}, "Organization": {"category": "government"},
                     "Event": {"kind": "meeting", "date": f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
                     }.get(type_, {})
            by_type[type_].append(Entity(type_, name, (f"{name[:3]}简称{i}",) if type_ == "Organization" else (), props))
    source = Source("synthetic.txt", "synthetic.txt", "0" * 40, "utf-8", 0)
    articles = [Article("synthetic.txt", i, f"合成报道{i}", "", 0, 0, date="2024-05-01") for i in range(1000)]
    graph = Graph()
    graph.sources[source.name] = source
    for article in articles:
        graph.articles[article.id] = article
    for items in by_type.values():
        for entity in items:
            graph.entities[entity.key] = entity
    rel_types = [r for r in schema.relation_types]
    while len(graph.relations) < relations:
        rtype = rng.choice(rel_types)
        rel = schema.relation(rtype)
        head = rng.choice(by_type[rng.choice(rel.head)])
        tail = rng.choice(by_type[rng.choice(rel.tail)])
        if head.key == tail.key:
            continue
        article = articles[rng.randrange(len(articles))]
        evidence = Evidence(f"{head.name}与{tail.name}相关的句子。", article.id, 0, 10, "synthetic", 0.9)
        relation = Relation(rtype, head.key, tail.key, evidence, {"title": "主任"} if rtype == "HOLDS_POSITION" else {})
        graph.relations[relation.key] = relation
    return graph


def names_for_queries(graph: Graph) -> dict[str, str]:
    """Parameter values that exist in the synthetic graph, one per entity type."""
    picked = {}
    for entity in graph.entities.values():
        picked.setdefault(entity.type, entity.name)
    return picked
