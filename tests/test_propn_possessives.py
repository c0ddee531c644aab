"""The proper-noun labeller on names holding a collective noun's possessive ("Kurdistan Workers'
Party", "People's Mujahedin") and on whole organisation names that read like a person's name
("Red Cross", "Pan Am"). Hand-built Docs (``word/POS``, see tests/test_propn.py) of our own
sentences, with a small hand-made word index.
"""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Doc
from test_propn import _TAGS, _words

from geokg.propn import ProperNounLabeller


@pytest.fixture(scope="module")
def labeller() -> ProperNounLabeller:
    words = dataclasses.replace(
        _words(),
        possessive_nouns=frozenset({"workers", "people", "farmers", "women"}),
        org_names=frozenset({("red", "cross"), ("pan", "am")}),
    )
    return ProperNounLabeller(spacy.blank("en"), words=words)


def _doc(spec: str) -> Doc:
    """ "Workers/PROPN '/PART/glue Party/PROPN": a token marked ``glue`` is written right after
    the one before it (a possessive), with a space after it."""
    words, pos, spaces = [], [], []
    for item in spec.split():
        glued = item.endswith("/glue")
        parts = item.rsplit("/", 2) if glued else item.rsplit("/", 1)
        if glued:
            spaces[-1] = False
        words.append(parts[0])
        pos.append(parts[1])
        spaces.append(True)
    tags = [("POS" if p == "PART" else _TAGS[p]) for p in pos]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, tags=tags)


def _ents(labeller, spec):
    return [(e.text, e.label_) for e in labeller(_doc(spec)).ents]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "The Kurdistan Workers' Party attacked a post." ("Party" tagged a common noun)
        ("The/DET Kurdistan/PROPN Workers/PROPN '/PART/glue Party/NOUN attacked/VERB a/DET "
         "post/NOUN", [("Kurdistan Workers' Party", "ORG")]),
        # "The Farmers' Union protested."
        ("The/DET Farmers/PROPN '/PART/glue Union/PROPN protested/VERB",
         [("Farmers' Union", "ORG")]),
        # "The People's Mujahedin denied it." (no organisation head: still no person)
        ("The/DET People/PROPN 's/PART/glue Mujahedin/PROPN denied/VERB it/PRON",
         [("People's Mujahedin", "ORG")]),
        # "The Women's Front marched."
        ("The/DET Women/PROPN 's/PART/glue Front/PROPN marched/VERB", [("Women's Front", "ORG")]),
    ],
)
def test_a_collective_possessive_continues_an_organisations_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Tom Okafor's Party won." (a person's possessive ends the person's name)
        ("Tom/PROPN Okafor/PROPN 's/PART/glue Party/PROPN won/VERB",
         [("Tom Okafor", "PERSON")]),
        # "The workers' strike ended." (lowercase: no name)
        ("The/DET workers/NOUN '/PART/glue strike/NOUN ended/VERB", []),
        # "Workers' pay rose." (a lowercase noun after the possessive)
        ("Workers/PROPN '/PART/glue pay/NOUN rose/VERB", []),
    ],
)
def test_other_possessives_end_the_run(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("The/DET Red/PROPN Cross/PROPN visited/VERB the/DET camp/NOUN", [("Red Cross", "ORG")]),
        ("Pan/PROPN Am/PROPN sued/VERB Russia/PROPN", [("Pan Am", "ORG")]),
        # a longer run holding the name is read by the other rules ("Mara Red Cross" a person)
        ("Mara/PROPN Red/PROPN Cross/PROPN spoke/VERB", [("Mara Red Cross", "PERSON")]),
    ],
)
def test_a_whole_organisation_name_is_an_org_not_a_person(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


def test_the_bundled_lists_hold_the_possessive_nouns_and_the_gazetteers_organisations():
    from geokg.propn import Words

    words = Words.load(spacy.blank("en"))
    assert {"workers", "people"} <= words.possessive_nouns
    assert ("red", "cross") in words.org_names  # an ambiguous gazetteer alias of the ICRC
    assert ("pan", "am") in words.org_names  # the labeller's own list
