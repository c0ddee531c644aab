"""Seats: a body whose name the gazetteer gives to one actor ("the Security Council" -> UN,
"the Foreign Office" -> the UK), unless the text gives it another owner or it is only part of a
longer name.

Hand-built parses (``word/POS/dep/head/ent``, see tests/test_actors.py) with the tiny gazetteer
plus a few seats. Sentences are our own.
"""

from __future__ import annotations

import pytest
import spacy
from test_actors import TinyGazetteer, ids, parse

from geokg.actors import ActorRecognizer
from geokg.gazetteer import Name
from geokg.models import Actor, ActorType


class SeatGazetteer(TinyGazetteer):
    """The tiny gazetteer with the UN's "Security Council" and the UK's "Foreign Office"."""

    def __init__(self) -> None:
        super().__init__()
        self._actors["UN"] = Actor(id="UN", name="United Nations", type=ActorType.ORGANISATION)
        self._actors["GBR"] = Actor(id="GBR", name="United Kingdom", type=ActorType.STATE)
        self._actors["PAK"] = Actor(id="PAK", name="Pakistan", type=ActorType.STATE)
        self._names += [
            Name("UN", "UN", "acronym", True, False),
            Name("the Security Council", "UN", "seat", False, False),
            Name("the Foreign Office", "GBR", "seat", False, False),
            Name("Pakistan", "PAK", "name", False, False),
            Name("Pakistani", "PAK", "demonym", False, False),
        ]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=SeatGazetteer())


def _ids(recognizer, nlp, spec):
    return ids(recognizer(parse(nlp, spec)))


def test_the_security_council_alone_is_the_un(recognizer, nlp):
    # "The Security Council condemned Russia."
    spec = (
        "The/DET/det/2 Security/PROPN/compound/2/B-ORG Council/PROPN/nsubj/3/I-ORG "
        "condemned/VERB/ROOT/3 Russia/PROPN/dobj/3/B-GPE ./PUNCT/punct/3"
    )
    assert _ids(recognizer, nlp, spec) == [("Security Council", "UN"), ("Russia", "RUS")]


def test_a_states_security_council_is_the_state(recognizer, nlp):
    # "Russia's Security Council accused Ukraine."
    spec = (
        "Russia/PROPN/poss/3/B-GPE 's/PART/case/0 Security/PROPN/compound/3/B-ORG "
        "Council/PROPN/nsubj/4/I-ORG accused/VERB/ROOT/4 Ukraine/PROPN/dobj/4/B-GPE ./PUNCT/punct/4"
    )
    assert ("Security Council", "RUS") in _ids(recognizer, nlp, spec)


@pytest.mark.parametrize(
    "spec, owner",
    [
        # "The Security Council of Russia accused Ukraine."
        ("The/DET/det/2 Security/PROPN/compound/2/B-ORG Council/PROPN/nsubj/5/I-ORG "
         "of/ADP/prep/2 Russia/PROPN/pobj/3/B-GPE accused/VERB/ROOT/5 "
         "Ukraine/PROPN/dobj/5/B-GPE ./PUNCT/punct/5", "RUS"),
        # "The Foreign Office of Pakistan summoned the envoy."
        ("The/DET/det/2 Foreign/PROPN/compound/2/B-ORG Office/PROPN/nsubj/5/I-ORG "
         "of/ADP/prep/2 Pakistan/PROPN/pobj/3/B-GPE summoned/VERB/ROOT/5 the/DET/det/7 "
         "envoy/NOUN/dobj/5 ./PUNCT/punct/5", "PAK"),
    ],
)
def test_a_seat_of_a_state_named_after_it_is_that_state(recognizer, nlp, spec, owner):
    found = dict(_ids(recognizer, nlp, spec))
    assert found[next(k for k in found if k.endswith(("Council", "Office")))] == owner


@pytest.mark.parametrize(
    "spec",
    [
        # "The National Security Council criticised Ukraine."
        "The/DET/det/3 National/PROPN/compound/3/B-ORG Security/PROPN/compound/3/I-ORG "
        "Council/PROPN/nsubj/4/I-ORG criticised/VERB/ROOT/4 Ukraine/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4",
        # "The Federal Foreign Office criticised Ukraine."
        "The/DET/det/3 Federal/PROPN/compound/3/B-ORG Foreign/PROPN/compound/3/I-ORG "
        "Office/PROPN/nsubj/4/I-ORG criticised/VERB/ROOT/4 Ukraine/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4",
        # "The Supreme Security Council met." (an adjective that is part of the name)
        "The/DET/det/3 Supreme/ADJ/amod/3/B-ORG Security/PROPN/compound/3/I-ORG "
        "Council/PROPN/nsubj/4/I-ORG met/VERB/ROOT/4 Ukraine/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4",
    ],
)
def test_a_seat_inside_a_longer_name_is_another_body(recognizer, nlp, spec):
    assert _ids(recognizer, nlp, spec) == [("Ukraine", "UKR")]


def test_a_state_before_the_seat_still_owns_it(recognizer, nlp):
    # "The Pakistani Foreign Office criticised Ukraine."
    spec = (
        "The/DET/det/3 Pakistani/PROPN/amod/3/B-NORP Foreign/PROPN/compound/3/B-ORG "
        "Office/PROPN/nsubj/4/I-ORG criticised/VERB/ROOT/4 Ukraine/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4"
    )
    assert ("Foreign Office", "PAK") in _ids(recognizer, nlp, spec)


def test_a_lowercase_modifier_leaves_the_seat(recognizer, nlp):
    # "The powerful Security Council condemned Russia."
    spec = (
        "The/DET/det/3 powerful/ADJ/amod/3 Security/PROPN/compound/3/B-ORG "
        "Council/PROPN/nsubj/4/I-ORG condemned/VERB/ROOT/4 Russia/PROPN/dobj/4/B-GPE "
        "./PUNCT/punct/4"
    )
    assert _ids(recognizer, nlp, spec) == [("Security Council", "UN"), ("Russia", "RUS")]


def test_a_seat_after_a_name_and_and_is_part_of_that_name(recognizer, nlp):
    # "The Peace and Security Council condemned Russia."
    spec = (
        "The/DET/det/4 Peace/PROPN/compound/4/B-ORG and/CCONJ/cc/1/I-ORG "
        "Security/PROPN/conj/1/I-ORG Council/PROPN/nsubj/5/I-ORG condemned/VERB/ROOT/5 "
        "Russia/PROPN/dobj/5/B-GPE ./PUNCT/punct/5"
    )
    assert _ids(recognizer, nlp, spec) == [("Russia", "RUS")]


def test_a_state_and_the_seat_are_two_actors(recognizer, nlp):
    # "Russia and the Security Council met."
    spec = (
        "Russia/PROPN/nsubj/5/B-GPE and/CCONJ/cc/0 the/DET/det/4 Security/PROPN/compound/4/B-ORG "
        "Council/PROPN/conj/0/I-ORG met/VERB/ROOT/5 ./PUNCT/punct/5"
    )
    assert _ids(recognizer, nlp, spec) == [("Russia", "RUS"), ("Security Council", "UN")]


def test_bundled_names_of_a_ruling_party_and_of_a_group_with_possessives():
    from geokg.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    # a one-party state's ruling party is a seat of the state, like the Chinese Communist Party
    assert [(n.actor_id, n.kind) for n in gaz.lookup("Workers' Party of Korea")] == [
        ("PRK", "seat")
    ]
    assert {n.actor_id for n in gaz.lookup("People's Mujahedin")} == {
        "group:mojahedin-khalq-organisation"
    }
