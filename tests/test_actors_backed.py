"""A state before a linking participle ("Turkish-backed", "Russia-sponsored") names a backer of
the noun, not its owner: "Turkish-backed rebels" are no rebels of Turkey (``group:tur-rebels``)
and "Turkish-backed forces" are not Turkey's forces. The state's name only modifies ("US-made").

Hand-built parses (``word/POS/dep/head/ent``, see tests/test_actors.py) of sentences written for
these tests, with the tiny gazetteer.
"""

from __future__ import annotations

import pytest
import spacy
from test_actors import TinyGazetteer, parse

from geokg.actors import ActorRecognizer


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=TinyGazetteer())


def _actors(recognizer, nlp, spec):
    """(text, id) of the spans that stand for an actor (no place, no mere modifier)."""
    doc = recognizer(parse(nlp, spec))
    return [
        (s.text, s._.geokg_actor)
        for s in doc.spans["geokg_actors"]
        if not s._.geokg_location and not s._.geokg_attributive
    ]


@pytest.mark.parametrize(
    "spec",
    [
        # "Turkish-backed rebels attacked Azerbaijan."
        "Turkish/ADJ/npadvmod/2/B-NORP -/PUNCT/punct/2 backed/VERB/amod/3 rebels/NOUN/nsubj/4 "
        "attacked/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE ./PUNCT/punct/4",
        # "Russian-sponsored militias shelled Azerbaijan."
        "Russian/ADJ/npadvmod/2/B-NORP -/PUNCT/punct/2 sponsored/VERB/amod/3 "
        "militias/NOUN/nsubj/4 shelled/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE ./PUNCT/punct/4",
        # "Turkish-backed forces attacked Azerbaijan."
        "Turkish/ADJ/npadvmod/2/B-NORP -/PUNCT/punct/2 backed/VERB/amod/3 forces/NOUN/nsubj/4 "
        "attacked/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE ./PUNCT/punct/4",
        # "Russia-backed separatists attacked Azerbaijan." (the state's name, not a demonym)
        "Russia/PROPN/npadvmod/2/B-GPE -/PUNCT/punct/2 backed/VERB/amod/3 "
        "separatists/NOUN/nsubj/4 attacked/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4",
    ],
)
def test_a_backer_is_neither_the_owner_nor_the_actor(recognizer, nlp, spec):
    assert _actors(recognizer, nlp, spec) == [("Azerbaijan", "AZE")]


@pytest.mark.parametrize(
    "spec, actor",
    [
        # "Turkish rebels attacked Azerbaijan." (rebels of Turkey: a group fighting there)
        ("Turkish/ADJ/amod/1/B-NORP rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2 "
         "Azerbaijan/PROPN/dobj/2/B-GPE ./PUNCT/punct/2", ("Turkish rebels", "group:tur-rebels")),
        # "Turkish forces attacked Azerbaijan."
        ("Turkish/ADJ/amod/1/B-NORP forces/NOUN/nsubj/2 attacked/VERB/ROOT/2 "
         "Azerbaijan/PROPN/dobj/2/B-GPE ./PUNCT/punct/2", ("Turkish", "TUR")),
    ],
)
def test_without_a_linking_participle_the_state_owns_the_noun(recognizer, nlp, spec, actor):
    assert _actors(recognizer, nlp, spec) == [actor, ("Azerbaijan", "AZE")]
