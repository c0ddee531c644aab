"""A state or organisation before a linking participle ("Turkish-backed", "NATO-backed") or after
"pro-" / "anti-" names a backer or a stance, not the noun's owner nor the actor: "Turkish-backed
rebels" are no rebels of Turkey (``group:tur-rebels``), "Turkish-backed forces" are not Turkey's
forces, and "the NATO-backed government accused Russia" says nothing NATO did. Such a name is no
actor mention at all.

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
    """(text, id) of every actor mention (attributive ones too)."""
    doc = recognizer(parse(nlp, spec))
    return [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]]


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
        # "The NATO-backed government accused Azerbaijan." (the name parsed as a compound of
        # the noun, as the parser often does)
        "The/DET/det/4 NATO/PROPN/compound/4/B-ORG -/PUNCT/punct/4 backed/VERB/amod/4 "
        "government/NOUN/nsubj/5 accused/VERB/ROOT/5 Azerbaijan/PROPN/dobj/5/B-GPE "
        "./PUNCT/punct/5",
        # "Pro-Russian separatists attacked Azerbaijan."
        "Pro/ADJ/amod/3 -/PUNCT/punct/3 Russian/ADJ/amod/3/B-NORP separatists/NOUN/nsubj/4 "
        "attacked/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE ./PUNCT/punct/4",
        # "Anti-Turkish protesters attacked Azerbaijan."
        "Anti/ADJ/amod/3 -/PUNCT/punct/3 Turkish/ADJ/amod/3/B-NORP protesters/NOUN/nsubj/4 "
        "attacked/VERB/ROOT/4 Azerbaijan/PROPN/dobj/4/B-GPE ./PUNCT/punct/4",
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

