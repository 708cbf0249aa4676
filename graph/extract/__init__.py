"""Rule-based extraction of entities and relations from one article at a time."""
from __future__ import annotations


def make_extractor(**options):
    """The default extractor, with dictionaries and gazetteer loaded (about half a second)."""
    from graph.extract.extractor import RuleExtractor
    return RuleExtractor(**options)
