"""An act said to be out of the question is refused (``constructions/outright.py``): "Chile said
that lifting the sanctions on Peru was out of the question" and "... that talks with Peru were off
the table" reject Peru, as ruling them out does. Not a hostile act ("a strike on Peru was off the
table" rejects nobody), and not with no one saying so.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Chile": "CHL", "Peru": "PER"}

CASES = [
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile said/ROOT/1/VERB/VBD/say that/mark/8/SCONJ/IN/that "
        "lifting/csubj/8/VERB/VBG/lift the/det/5/DET/DT/the sanctions/dobj/3/NOUN/NNS/sanction "
        "on/prep/5/ADP/IN/on Peru/pobj/6/PROPN/NNP/Peru was/ccomp/1/AUX/VBD/be "
        "out/prep/8/ADP/IN/out of/prep/9/ADP/IN/of the/det/12/DET/DT/the "
        "question/pobj/10/NOUN/NN/question ./punct/1/PUNCT/./.",
        {("CHL", "reject", "PER")},
        id="said-lifting-sanctions-on-y-was-out-of-the-question",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile said/ROOT/1/VERB/VBD/say that/mark/6/SCONJ/IN/that "
        "talks/nsubj/6/NOUN/NNS/talk with/prep/3/ADP/IN/with Peru/pobj/4/PROPN/NNP/Peru "
        "were/ccomp/1/AUX/VBD/be off/prep/6/ADP/IN/off the/det/9/DET/DT/the "
        "table/pobj/7/NOUN/NN/table ./punct/1/PUNCT/./.",
        {("CHL", "reject", "PER")},
        id="said-talks-with-y-were-off-the-table",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile said/ROOT/1/VERB/VBD/say that/mark/7/SCONJ/IN/that "
        "a/det/4/DET/DT/a strike/nsubj/7/NOUN/NN/strike on/prep/4/ADP/IN/on "
        "Peru/pobj/5/PROPN/NNP/Peru was/ccomp/1/AUX/VBD/be off/prep/7/ADP/IN/off the/det/10/DET/DT/the "
        "table/pobj/8/NOUN/NN/table ./punct/1/PUNCT/./.",
        set(),
        id="a-strike-off-the-table-rejects-nobody",
    ),
    pytest.param(
        "Lifting/csubj/5/VERB/VBG/lift the/det/2/DET/DT/the sanctions/dobj/0/NOUN/NNS/sanction "
        "on/prep/2/ADP/IN/on Peru/pobj/3/PROPN/NNP/Peru is/ROOT/5/AUX/VBZ/be "
        "out/prep/5/ADP/IN/out of/prep/6/ADP/IN/of the/det/9/DET/DT/the "
        "question/pobj/7/NOUN/NN/question ./punct/5/PUNCT/./.",
        set(),
        id="out-of-the-question-with-no-speaker",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_outright(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="q1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
