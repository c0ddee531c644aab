"""Rallying support (``geokg/relations/constructions/rally.py``): whoever urges, asks or presses
others to support an actor supports it (CAMEO 053 "rally support on behalf of"), whether or not
whoever is urged is an actor: "Egypt urged Canada to back Jordan", "Iran urged the world to
support Syria". Not when the support urged is negated ("urged Serbia not to support Kosovo"), and
not for acts against an actor ("urged the EU to impose sanctions on Russia" is a request only).

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Egypt": "EGY", "Canada": "CAN", "Jordan": "JOR", "Iran": "IRN", "Syria": "SYR",
          "Russia": "RUS", "Serbia": "SRB", "Kosovo": "XKX", "Ukraine": "UKR", "EU": "EU"}

CASES = [
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt urged/ROOT/1/VERB/VBD/urge Canada/dobj/1/PROPN/NNP/Canada "
        "to/aux/4/PART/TO/to back/xcomp/1/VERB/VB/back Jordan/dobj/4/PROPN/NNP/Jordan "
        "./punct/1/PUNCT/./.",
        {("EGY", "request", "CAN"), ("CAN", "support", "JOR"), ("EGY", "support", "JOR")},
        {("EGY", "request", "CAN"), ("EGY", "support", "JOR")},
        id="urged-x-to-back-y",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran urged/ROOT/1/VERB/VBD/urge the/det/3/DET/DT/the "
        "world/dobj/1/NOUN/NN/world to/aux/5/PART/TO/to support/xcomp/1/VERB/VB/support "
        "Syria/dobj/5/PROPN/NNP/Syria ./punct/1/PUNCT/./.",
        {("IRN", "support", "SYR")},
        {("IRN", "support", "SYR")},
        id="urged-the-world-to-support-y",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia urged/ROOT/1/VERB/VBD/urge Serbia/dobj/1/PROPN/NNP/Serbia "
        "not/neg/5/PART/RB/not to/aux/5/PART/TO/to support/xcomp/1/VERB/VB/support "
        "Kosovo/dobj/5/PROPN/NNP/Kosovo ./punct/1/PUNCT/./.",
        {("RUS", "request", "SRB"), ("SRB", "support", "XKX")},
        {("RUS", "request", "SRB")},
        id="urged-x-not-to-support-y",
    ),
    pytest.param(
        "Ukraine/nsubj/1/PROPN/NNP/Ukraine urged/ROOT/1/VERB/VBD/urge the/det/3/DET/DT/the "
        "EU/dobj/1/PROPN/NNP/EU to/aux/5/PART/TO/to impose/xcomp/1/VERB/VB/impose "
        "sanctions/dobj/5/NOUN/NNS/sanction on/prep/5/ADP/IN/on Russia/pobj/7/PROPN/NNP/Russia "
        "./punct/1/PUNCT/./.",
        {("UKR", "request", "EU"), ("EU", "sanction", "RUS")},
        {("UKR", "request", "EU")},
        id="urged-x-to-sanction-y-is-no-support",
    ),
]


@pytest.mark.parametrize("spec, everything, stated", CASES)
def test_rallied_support(blank, extractor, spec, everything, stated):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="r1", date="2026-03-02")
    triples = extractor.extract(doc)
    assert relations(triples) == everything
    assert relations(triples, stated_only=True) == stated
