"""Dictionary matches: national bodies and programmes every local paper names the same way."""
from __future__ import annotations

from dataclasses import dataclass

import ahocorasick_rs

from graph.extract.lexicon import Lexicon
from graph.extract.spans import EntitySpan
from graph.model import Entity


@dataclass(frozen=True)
class KnownFinder:
    patterns: tuple[str, ...]
    entities: tuple[Entity, ...]
    matcher: ahocorasick_rs.AhoCorasick

    @classmethod
    def build(cls, lexicon: Lexicon) -> "KnownFinder":
        forms: dict[str, Entity] = {}
        for name, info in lexicon.known_organizations.items():
            entity = Entity("Organization", name, tuple(info.get("aliases", ())), {"category": info["category"]})
            for form in (name, *entity.aliases):
                forms[form] = entity
        for name in lexicon.known_initiatives:
            forms.setdefault(name, Entity("Initiative", name))
        patterns = tuple(sorted(forms))
        return cls(patterns, tuple(forms[p] for p in patterns),
                   ahocorasick_rs.AhoCorasick(list(patterns), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest))

    def find(self, text: str) -> list[EntitySpan]:
        return [EntitySpan(self.entities[i], start, end, self.patterns[i], "dictionary")
                for i, start, end in self.matcher.find_matches_as_indexes(text)]
