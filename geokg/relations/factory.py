"""The spaCy factory of the ``geokg_relations`` component (registered on import)."""

from __future__ import annotations

from spacy.language import Language

from .component import RelationExtractor

__all__ = ["make_relations"]


@Language.factory(
    "geokg_relations",
    default_config={"lexicon": None, "patterns": None, "cues": None, "min_confidence": 0.0},
)
def make_relations(
    nlp: Language,
    name: str,
    lexicon: str | None,
    patterns: str | None,
    cues: str | None,
    min_confidence: float,
) -> RelationExtractor:
    """spaCy factory of the ``geokg_relations`` component.

    ``lexicon``, ``patterns`` and ``cues`` are paths of replacement data files (default: the bundled
    ones); triples below ``min_confidence`` are dropped.
    """
    return RelationExtractor(
        nlp, name, lexicon=lexicon, patterns=patterns, cues=cues, min_confidence=min_confidence
    )
