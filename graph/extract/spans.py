"""What the entity finders hand to the relation rules: entities located in an article's text."""
from __future__ import annotations

from dataclasses import dataclass

from graph.model import Entity


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """One occurrence of an entity in ``Article.text``: ``text[start:end] == surface``."""

    entity: Entity
    start: int
    end: int
    surface: str
    rule: str            # which finder produced it, e.g. "gazetteer", "org-suffix", "byline"
