"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The full geokg pipeline (bundled small English model + geokg components)."""
    from geokg.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def blank():
    """A blank English pipeline: the vocabulary of a module's hand-built parses (tests/parses.py)."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="module")
def extractor(blank):
    """The relation wing over the module's blank pipeline, for hand-built parses."""
    from geokg.relations import RelationExtractor

    return RelationExtractor(blank)
