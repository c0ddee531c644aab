"""Opening a border, airspace, crossing or site to another actor concedes to it (a lexicon entry
of ``data/relations/lexicon.json``; CAMEO 080 "open bridge to", 086 receiving inspectors), and
reopening "its border with Y" concedes to the far side (``border_relations`` of
constructions.json, as closing it coerces): "opened its weapons sites to UN inspectors",
"reopened its border with Afghanistan"; agreeing to it is also an agreement with that actor
("agreed to open its airspace to Russian planes"). Opening an embassy somewhere stays an
agreement with the host.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Iraq": "IRQ", "UN": "UN", "Turkey": "TUR", "Russian": "RUS", "Pakistan": "PAK",
          "Afghanistan": "AFG", "Egypt": "EGY", "Qatar": "QAT"}

CASES = [
    pytest.param(
        "Iraq/nsubj/1/PROPN/NNP/Iraq opened/ROOT/1/VERB/VBD/open its/poss/4/PRON/PRP$/its "
        "weapons/compound/4/NOUN/NNS/weapon sites/dobj/1/NOUN/NNS/site to/prep/1/ADP/IN/to "
        "UN/compound/7/PROPN/NNP/UN inspectors/pobj/5/NOUN/NNS/inspector ./punct/1/PUNCT/./.",
        {("IRQ", "concede", "UN")},
        id="opened-its-sites-to-inspectors",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey agreed/ROOT/1/VERB/VBD/agree to/aux/3/PART/TO/to "
        "open/xcomp/1/VERB/VB/open its/poss/5/PRON/PRP$/its airspace/dobj/3/NOUN/NN/airspace "
        "to/prep/3/ADP/IN/to Russian/amod/8/ADJ/JJ/russian planes/pobj/6/NOUN/NNS/plane "
        "./punct/1/PUNCT/./.",
        {("TUR", "concede", "RUS"), ("TUR", "agree", "RUS")},
        id="agreed-to-open-its-airspace-to",
    ),
    pytest.param(
        "Pakistan/nsubj/1/PROPN/NNP/Pakistan reopened/ROOT/1/VERB/VBD/reopen "
        "its/poss/3/PRON/PRP$/its border/dobj/1/NOUN/NN/border with/prep/1/ADP/IN/with "
        "Afghanistan/pobj/4/PROPN/NNP/Afghanistan ./punct/1/PUNCT/./.",
        {("PAK", "concede", "AFG")},
        id="reopened-its-border-with",
    ),
    pytest.param(
        "Pakistan/nsubj/1/PROPN/NNP/Pakistan closed/ROOT/1/VERB/VBD/close "
        "its/poss/3/PRON/PRP$/its border/dobj/1/NOUN/NN/border with/prep/1/ADP/IN/with "
        "Afghanistan/pobj/4/PROPN/NNP/Afghanistan ./punct/1/PUNCT/./.",
        {("PAK", "coerce", "AFG")},
        id="closing-the-border-still-coerces",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt opened/ROOT/1/VERB/VBD/open an/det/3/DET/DT/an "
        "embassy/dobj/1/NOUN/NN/embassy in/prep/3/ADP/IN/in Qatar/pobj/4/PROPN/NNP/Qatar "
        "./punct/1/PUNCT/./.",
        {("EGY", "agree", "QAT")},
        id="opening-an-embassy-stays-an-agreement",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_opening(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="o1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
