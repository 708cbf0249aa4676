"""What an article's extraction knows about where it is: the paper's home city and the district.

``市人社局`` in a Tianjin paper is 天津市人力资源和社会保障局; ``区委`` in an article about 河西区
is 中共天津市河西区委员会. The home city is the city-level division a source names most (its
earlier articles count), else the extractor's default; the district is the district or county
the article names most.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.extract.gazetteer import Division, Gazetteer

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


@dataclass(frozen=True)
class ArticleContext:
    city: Division | None
    district: Division | None
    gazetteer: Gazetteer

    def formal_prefix(self, region: Division) -> str:
        """``天津市`` for a district of a municipality (its organs carry the city), else ``""``."""
        parent = self.gazetteer.parent(region)
        if region.level in ("district", "county", "zone") and parent is not None and parent.name in MUNICIPALITIES:
            return parent.name
        return ""


def choose_context(gazetteer: Gazetteer, mentioned: list[Division], history: Counter,
                   default_city: Division | None) -> ArticleContext:
    """The article's city and district from the divisions it mentions and the source so far."""
    cities = Counter()
    districts = Counter()
    for div in mentioned:
        chain = [div, *gazetteer.ancestors(div)]
        for node in chain:
            if node.level in ("city",) or node.name in MUNICIPALITIES:
                cities[node.id] += 1
                break
        if div.level in ("district", "county"):
            districts[div.id] += 1
    history.update(cities)
    city_id = (history.most_common(1)[0][0] if history else None)
    city = gazetteer.get(city_id) if city_id else default_city
    district = gazetteer.get(districts.most_common(1)[0][0]) if districts else None
    return ArticleContext(city=city, district=district, gazetteer=gazetteer)
