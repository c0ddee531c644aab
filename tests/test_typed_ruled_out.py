"""Excluding a cooperative act refuses it (``constructions/implied.py``): "Chile ruled out lifting
sanctions on Peru" and "ruled out talks with Peru" reject Peru (CAMEO 1244 refuse to ease
sanctions, 125 reject a proposal to negotiate: PLOVER REJECT), as "refused to lift sanctions"
does; the act itself stays negated. Not excluding it ("did not rule out lifting sanctions")
rejects nothing, and excluding a hostile act ("ruled out military action against Peru") is no
rejection either (``constructions/exclusion.py``).

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Chile": "CHL", "Peru": "PER"}

CASES = [
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile ruled/ROOT/1/VERB/VBD/rule out/prt/1/ADP/RP/out "
        "lifting/xcomp/1/VERB/VBG/lift sanctions/dobj/3/NOUN/NNS/sanction on/prep/4/ADP/IN/on "
        "Peru/pobj/5/PROPN/NNP/Peru ./punct/1/PUNCT/./.",
        {("CHL", "reject", "PER")},
        id="ruled-out-lifting-sanctions-on-y",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile ruled/ROOT/1/VERB/VBD/rule out/prt/1/ADP/RP/out "
        "talks/dobj/1/NOUN/NNS/talk with/prep/3/ADP/IN/with Peru/pobj/4/PROPN/NNP/Peru "
        "./punct/1/PUNCT/./.",
        {("CHL", "reject", "PER")},
        id="ruled-out-talks-with-y",
    ),
    pytest.param(
        "Chile/nsubj/3/PROPN/NNP/Chile did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "rule/ROOT/3/VERB/VB/rule out/prt/3/ADP/RP/out lifting/xcomp/3/VERB/VBG/lift "
        "sanctions/dobj/5/NOUN/NNS/sanction on/prep/6/ADP/IN/on Peru/pobj/7/PROPN/NNP/Peru "
        "./punct/3/PUNCT/./.",
        set(),
        id="did-not-rule-out-lifting-sanctions-rejects-nothing",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile ruled/ROOT/1/VERB/VBD/rule out/prt/1/ADP/RP/out "
        "military/amod/4/ADJ/JJ/military action/dobj/1/NOUN/NN/action "
        "against/prep/4/ADP/IN/against Peru/pobj/5/PROPN/NNP/Peru ./punct/1/PUNCT/./.",
        set(),
        id="ruling-out-military-action-is-no-rejection",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_ruled_out(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="x1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
