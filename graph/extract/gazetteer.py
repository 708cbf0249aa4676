"""The administrative-division gazetteer (``graph/data/gazetteer.tsv``): lookup and resolution."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GAZETTEER_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv"
LEVEL_RANK = {"province": 0, "city": 1, "district": 2, "county": 2, "zone": 3, "town": 4, "subdistrict": 4}


@dataclass(frozen=True, slots=True)
class Division:
    id: str
    name: str
    level: str
    parent: str
    short: str


class Gazetteer:
    """Divisions by id, full name and short name, with their parent chains."""

    def __init__(self, divisions: list[Division]):
        self._by_id = {d.id: d for d in divisions}
        self._by_name: dict[str, list[Division]] = defaultdict(list)
        self._by_short: dict[str, list[Division]] = defaultdict(list)
        for d in divisions:
            self._by_name[d.name].append(d)
            if d.short:
                self._by_short[d.short].append(d)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Gazetteer":
        rows = []
        with open(path or GAZETTEER_PATH, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or line.startswith("id\t"):
                    continue
                id_, name, level, parent, short = line.rstrip("\n").split("\t")
                rows.append(Division(id_, name, level, parent, short))
        return cls(rows)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        return cls.load()

    def divisions(self):
        return self._by_id.values()

    def names(self):
        return self._by_name.keys()

    def get(self, id_: str) -> Division | None:
        return self._by_id.get(id_)

    def by_name(self, name: str) -> tuple[Division, ...]:
        return tuple(self._by_name.get(name, ()))

    def by_short(self, short: str) -> tuple[Division, ...]:
        return tuple(self._by_short.get(short, ()))

    def parent(self, division: Division) -> Division | None:
        return self._by_id.get(division.parent) if division.parent else None

    def ancestors(self, division: Division) -> list[Division]:
        chain, current = [], self.parent(division)
        while current is not None and len(chain) < 6:
            chain.append(current)
            current = self.parent(current)
        return chain

    def resolve(self, name: str, context_ids: tuple[str, ...] = ()) -> Division | None:
        """The division ``name`` most likely means, given divisions already seen nearby."""
        candidates = self.by_name(name) or self.by_short(name)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        context = set(context_ids)
        for id_ in context_ids:
            div = self._by_id.get(id_)
            if div is not None:
                context.update(a.id for a in self.ancestors(div))

        def score(div: Division):
            chain = {div.id, *(a.id for a in self.ancestors(div))}
            return (len(chain & context), -LEVEL_RANK.get(div.level, 5))

        ranked = sorted(candidates, key=score, reverse=True)
        if score(ranked[0]) == score(ranked[1]) and score(ranked[0])[0] == 0:
            top = [d for d in ranked if score(d) == score(ranked[0])]
            return top[0] if len({LEVEL_RANK.get(d.level) for d in top}) > 1 else None
        return ranked[0]
