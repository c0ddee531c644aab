"""A name before the bracketed acronym of a known actor is that actor (geokg.actors.named_groups):
"the Palestinian Liberation Organization (PLO)", a misspelt name of the PLO, is the PLO's (the
gazetteer's PSE), not a Palestinian organisation nor a new group; "the North Atlantic Alliance
(NATO)" is NATO. An unknown acronym still names a new group. Hand-built parses as in
tests/test_actors.py (``word/POS/dep/head[/ent[/lemma]]``); every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from test_actors import TinyGazetteer, parse

from geokg.actors import ActorRecognizer
from geokg.gazetteer import Name
from geokg.models import Actor, ActorType


class KnownAcronyms(TinyGazetteer):
    """The tiny gazetteer with Palestine, its acronym PLO and its demonym."""

    def __init__(self) -> None:
        super().__init__()
        self._actors["PSE"] = Actor(id="PSE", name="Palestine", type=ActorType.STATE)
        self._names += [Name("PLO", "PSE", "acronym", True, False),
                        Name("Palestinian", "PSE", "demonym", False, False)]


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=KnownAcronyms())


def found(doc):
    return [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]]


def test_a_misspelt_name_before_a_known_acronym_is_that_actor(nlp, recognizer):
    # "Russia backed the Palestinian Liberation Organization (PLO)."
    doc = recognizer(parse(nlp,
        "Russia/PROPN/nsubj/1/B-GPE backed/VERB/ROOT/1 the/DET/det/5 "
        "Palestinian/PROPN/compound/5/B-NORP Liberation/PROPN/compound/5 "
        "Organization/PROPN/dobj/1 (/PUNCT/punct/5 PLO/PROPN/appos/5/B-ORG )/PUNCT/punct/5 "
        "./PUNCT/punct/1"))
    assert found(doc) == [("Russia", "RUS"), ("Palestinian Liberation Organization", "PSE"),
                          ("PLO", "PSE")]
    assert not [a for a in doc._.geokg_actors if a.startswith("group:")]


def test_a_name_before_a_known_organisations_acronym_is_that_organisation(nlp, recognizer):
    # "The North Atlantic Alliance (NATO) met."
    doc = recognizer(parse(nlp,
        "The/DET/det/3 North/PROPN/compound/3 Atlantic/PROPN/compound/3 Alliance/PROPN/nsubj/7 "
        "(/PUNCT/punct/3 NATO/PROPN/appos/3/B-ORG )/PUNCT/punct/3 met/VERB/ROOT/7"))
    assert found(doc) == [("North Atlantic Alliance", "NATO"), ("NATO", "NATO")]
