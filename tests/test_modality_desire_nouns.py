"""Nouns of wish and readiness govern the act they take as complement: "expressed interest in
talks with Iran", "a desire to hold talks", "its readiness to send aid", "willingness to
negotiate" say the act is wished for, not done (desired). Hand-built parses of our own sentences
(en_core_web_sm's analyses)."""

from __future__ import annotations

import pytest
import spacy
from parses import bare as parse

from geokg.modality import read_modality
from geokg.models import Modality


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab




WISHED = [
    # spec, trigger index
    (
        "France/nsubj/1/PROPN/France expressed/ROOT/1/VERB/express interest/dobj/1/NOUN/interest "
        "in/prep/2/ADP/in talks/pobj/3/NOUN/talk with/prep/4/ADP/with Iran/pobj/5/PROPN/Iran",
        4,
    ),
    (
        "Canada/nsubj/1/PROPN/Canada expressed/ROOT/1/VERB/express a/det/3/DET/a "
        "desire/dobj/1/NOUN/desire to/aux/5/PART/to hold/acl/3/VERB/hold talks/dobj/5/NOUN/talk "
        "with/prep/6/ADP/with India/pobj/7/PROPN/India",
        6,
    ),
    (
        "Italy/nsubj/1/PROPN/Italy voiced/ROOT/1/VERB/voice its/poss/3/PRON/its "
        "readiness/dobj/1/NOUN/readiness to/aux/5/PART/to send/acl/3/VERB/send aid/dobj/5/NOUN/aid "
        "to/prep/5/ADP/to Libya/pobj/7/PROPN/Libya",
        5,
    ),
    (
        "Spain/nsubj/1/PROPN/Spain showed/ROOT/1/VERB/show willingness/dobj/1/NOUN/willingness "
        "to/aux/4/PART/to negotiate/acl/2/VERB/negotiate with/prep/4/ADP/with "
        "Morocco/pobj/5/PROPN/Morocco",
        4,
    ),
    (
        "The/det/2/DET/the White/compound/2/PROPN/White House/nsubj/3/PROPN/House "
        "signalled/ROOT/3/VERB/signal its/poss/5/PRON/its interest/dobj/3/NOUN/interest "
        "in/prep/5/ADP/in helping/pcomp/6/VERB/help Ukraine/nsubj/9/PROPN/Ukraine "
        "fight/ccomp/7/VERB/fight Russia/dobj/9/PROPN/Russia",
        9,
    ),
]


STATED = [
    # a relative clause on the noun is no complement of it: the bombing is told as done
    (
        "Russia/nsubj/1/PROPN/Russia protects/ROOT/1/VERB/protect its/poss/3/PRON/its "
        "interests/dobj/1/NOUN/interest in/prep/3/ADP/in Syria/pobj/4/PROPN/Syria "
        "where/advmod/8/SCONJ/where it/nsubj/8/PRON/it bombed/relcl/3/VERB/bomb "
        "rebel/compound/10/NOUN/rebel towns/dobj/8/NOUN/town",
        8,
    ),
    # the noun in a phrase of the act's own clause governs nothing in it
    (
        "Japan/nsubj/1/PROPN/Japan held/ROOT/1/VERB/hold talks/dobj/1/NOUN/talk "
        "with/prep/2/ADP/with Vietnam/pobj/3/PROPN/Vietnam in/prep/2/ADP/in the/det/7/DET/the "
        "interest/pobj/5/NOUN/interest of/prep/7/ADP/of both/det/10/DET/both "
        "countries/pobj/8/NOUN/country",
        2,
    ),
]


@pytest.mark.parametrize(
    "spec,index,modality",
    [(spec, i, Modality.DESIRED) for spec, i in WISHED]
    + [(spec, i, Modality.ASSERTED) for spec, i in STATED],
)
def test_a_wish_noun_makes_its_complement_desired_and_nothing_else(vocab, spec, index, modality):
    doc = parse(vocab, spec)
    reading = read_modality(doc[index])
    assert reading.modality is modality
    assert not reading.negated
