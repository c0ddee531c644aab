"""A trap ("Atlanta, Georgia") decides per mention where the mention itself shows the state.

Hand-built parses (``word/POS/dep/head/ent``, see tests/test_actors.py) with the tiny gazetteer,
in which "Georgia" is an ambiguous state name. A trap found in one mention makes the name
something else throughout the document, except in a mention that is in a list with another
state's name or is the possessor of a word only a state has.
"""

from __future__ import annotations

import pytest
import spacy
from test_actors import TinyGazetteer, ids, parse

from geokg.actors import ActorRecognizer, Lexicon

_ATLANTA = (
    "He/PRON/nsubj/1 flew/VERB/ROOT/1 to/ADP/prep/1 Atlanta/PROPN/pobj/2/B-GPE ,/PUNCT/punct/3 "
    "Georgia/PROPN/appos/3/B-GPE ./PUNCT/punct/1 "
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=TinyGazetteer())


def _georgias(recognizer, nlp, spec):
    return [i for i in ids(recognizer(parse(nlp, spec))) if i[0] == "Georgia"]


@pytest.mark.parametrize(
    "second",
    [
        # "Russia and Georgia signed a deal."
        "Russia/PROPN/nsubj/10/B-GPE and/CCONJ/cc/7 Georgia/PROPN/conj/7/B-GPE "
        "signed/VERB/ROOT/10 a/DET/det/12 deal/NOUN/dobj/10 ./PUNCT/punct/10",
        # "Georgia and the US signed a deal." (the other state's name after it)
        "Georgia/PROPN/nsubj/11/B-GPE and/CCONJ/cc/7 the/DET/det/10 US/PROPN/conj/7/B-GPE "
        "signed/VERB/ROOT/11 a/DET/det/13 deal/NOUN/dobj/11 ./PUNCT/punct/11",
        # "Georgia's president accused Russia."
        "Georgia/PROPN/poss/9/B-GPE 's/PART/case/7 president/NOUN/nsubj/10 accused/VERB/ROOT/10 "
        "Russia/PROPN/dobj/10/B-GPE ./PUNCT/punct/10",
        # "Georgia's foreign minister met Ukraine's."
        "Georgia/PROPN/poss/10/B-GPE 's/PART/case/7 foreign/ADJ/amod/10 minister/NOUN/nsubj/11 "
        "met/VERB/ROOT/11 envoys/NOUN/dobj/11 ./PUNCT/punct/11",
    ],
)
def test_a_mention_that_shows_the_state_is_the_state_after_a_trap(recognizer, nlp, second):
    assert _georgias(recognizer, nlp, _ATLANTA + second) == [("Georgia", "GEO")]


def test_the_state_named_before_a_trap_stays_the_state(recognizer, nlp):
    # "Russia and Georgia signed a deal. He flew to Atlanta, Georgia."
    spec = (
        "Russia/PROPN/nsubj/3/B-GPE and/CCONJ/cc/0 Georgia/PROPN/conj/0/B-GPE "
        "signed/VERB/ROOT/3 a/DET/det/5 deal/NOUN/dobj/3 ./PUNCT/punct/3 He/PRON/nsubj/8 "
        "flew/VERB/ROOT/8 to/ADP/prep/8 Atlanta/PROPN/pobj/9/B-GPE ,/PUNCT/punct/10 "
        "Georgia/PROPN/appos/10/B-GPE ./PUNCT/punct/8"
    )
    assert _georgias(recognizer, nlp, spec) == [("Georgia", "GEO")]


@pytest.mark.parametrize(
    "second",
    [
        # "Georgia voted." : nothing in the mention shows the state
        "Georgia/PROPN/nsubj/8/B-GPE voted/VERB/ROOT/8 ./PUNCT/punct/8",
        # "Georgia and Alabama voted.": a list with a name that is no state's
        "Georgia/PROPN/nsubj/10/B-GPE and/CCONJ/cc/7 Alabama/PROPN/conj/7/B-GPE "
        "voted/VERB/ROOT/10 ./PUNCT/punct/10",
        # "Georgia's governor voted." : a US state's office
        "Georgia/PROPN/poss/9/B-GPE 's/PART/case/7 governor/NOUN/nsubj/10 voted/VERB/ROOT/10 "
        "./PUNCT/punct/10",
    ],
)
def test_a_mention_that_does_not_show_the_state_follows_the_trap(recognizer, nlp, second):
    assert _georgias(recognizer, nlp, _ATLANTA + second) == []


def test_the_words_only_a_state_has_load_from_the_bundled_lists():
    words = Lexicon.load().state_sense_words
    assert {"president", "army", "embassy"} <= words
    assert not {"governor", "legislature", "senate"} & words  # a US state has these
