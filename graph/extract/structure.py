"""Relations carried by names rather than verbs: LOCATED_IN, PART_OF, HOLDS_POSITION.

- An organization or place whose name holds a region is LOCATED_IN the most specific one.
- A shorter organ name at the start of a longer one is its parent (PART_OF); a region is
  PART_OF the nearest of its gazetteer ancestors that the article names.
- A post title between an organization and a person's name (医务部主任邹颖) is HOLDS_POSITION.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from graph.extract.relations import Found
from graph.extract.spans import EntitySpan
from graph.model import Entity

LOCATED = {"Organization", "Place"}


def located_in(spans: list[EntitySpan], region_of: Callable[[str], Entity | None]) -> Iterator[Found]:
    for span in spans:
        if span.entity.type in LOCATED:
            region = region_of(span.entity.name)
            if region is not None:
                yield Found("LOCATED_IN", span, EntitySpan(region, span.start, span.end, region.name, "name"),
                            "located-in:name", 0.8)


def org_parts(nested: list[tuple[EntitySpan, list[EntitySpan]]]) -> Iterator[Found]:
    for outer, inner in nested:
        chain = sorted(inner, key=lambda s: s.end, reverse=True)
        child = outer
        for parent in chain:
            if parent.entity.name != child.entity.name and child.entity.name.startswith(parent.entity.name[:2]):
                yield Found("PART_OF", child, parent, "part-of:name", 0.8)
                child = parent


def region_parts(regions: list[EntitySpan], ancestors_of: Callable[[str], list[str]]) -> Iterator[Found]:
    by_name = {s.entity.name: s for s in regions}
    for span in list(by_name.values()):
        for ancestor in ancestors_of(span.entity.name):
            if ancestor in by_name and ancestor != span.entity.name:
                yield Found("PART_OF", span, by_name[ancestor], "part-of:gazetteer", 0.9)
                break


def positions(text: str, persons: list[EntitySpan], orgs: list[EntitySpan]) -> Iterator[Found]:
    for person in persons:
        if person.rule == "title-name":
            left = [o for o in orgs if o.end <= person.start and person.start - o.end <= 14]
            if left:
                org = max(left, key=lambda o: (o.end, o.end - o.start))
                title = text[org.end:person.start]
                if title and not re.search(r"[，,。、；：\s]", title):
                    yield Found("HOLDS_POSITION", person, org, "position:title-name", 0.8, (("title", title),))
        elif person.rule == "name-profile":
            right = [o for o in orgs if 0 < o.start - person.end <= 2]
            if right:
                org = right[0]
                title = re.split(r"[，,。、；]", text[org.end:org.end + 20])[0]
                props = (("title", title),) if title else ()
                yield Found("HOLDS_POSITION", person, org, "position:profile", 0.7, props)
