"""The extractor's dictionaries (``graph/data/lexicon.yaml``), loaded once and checked."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import yaml

from graph.errors import SchemaError

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "lexicon.yaml"
KEYS = {"organization_suffixes", "generic_prefixes", "abbreviations", "party_committee_suffixes",
        "event_nouns", "generic_event_prefixes", "initiative_suffixes", "award_suffixes",
        "place_suffixes", "community_suffixes", "zone_suffixes", "person_titles", "speech_verbs",
        "triggers", "known_organizations", "known_initiatives"}


@dataclass(frozen=True)
class Lexicon:
    org_suffixes: Mapping[str, str]          # suffix → category
    generic_prefixes: tuple[str, ...]
    abbreviations: Mapping[str, str]
    event_nouns: Mapping[str, str]           # noun → kind
    generic_event_prefixes: tuple[str, ...]
    initiative_suffixes: tuple[str, ...]
    award_suffixes: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    community_suffixes: tuple[str, ...]
    zone_suffixes: tuple[str, ...]
    person_titles: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    triggers: Mapping[str, tuple[str, ...]]
    known_organizations: Mapping[str, Mapping]
    known_initiatives: tuple[str, ...]


def _by_length(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def load_lexicon(path: str | None = None) -> Lexicon:
    file = Path(path) if path else LEXICON_PATH
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != KEYS:
        missing = KEYS - set(data or {})
        extra = set(data or {}) - KEYS
        raise SchemaError(f"{file}: lexicon keys wrong (missing {sorted(missing)}, unknown {sorted(extra)})")
    org = {s: cat for cat, suffixes in data["organization_suffixes"].items() for s in suffixes}
    events = {n: kind for kind, nouns in data["event_nouns"].items() for n in nouns}
    return Lexicon(
        org_suffixes=dict(sorted(org.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        generic_prefixes=_by_length(data["generic_prefixes"]),
        abbreviations=dict(sorted(data["abbreviations"].items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        event_nouns=dict(sorted(events.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        generic_event_prefixes=_by_length(data["generic_event_prefixes"]),
        initiative_suffixes=_by_length(data["initiative_suffixes"]),
        award_suffixes=_by_length(data["award_suffixes"]),
        place_suffixes=_by_length(data["place_suffixes"]),
        community_suffixes=_by_length(data["community_suffixes"]),
        zone_suffixes=_by_length(data["zone_suffixes"]),
        person_titles=_by_length(data["person_titles"]),
        speech_verbs=_by_length(data["speech_verbs"]),
        triggers={k: _by_length(v) for k, v in data["triggers"].items()},
        known_organizations=data["known_organizations"],
        known_initiatives=_by_length(data["known_initiatives"]),
    )
