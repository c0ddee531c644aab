"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The full geokg pipeline (bundled small English model + geokg components)."""
    from geokg.pipeline import load_pipeline

    return load_pipeline()
