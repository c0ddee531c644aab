"""Readiness to strike as a threat (lexicon word list ``vow_governors``,
geokg/relations/constructions/implied.py), on hand-built parses:

- an actor "ready" or "prepared" to do a hostile act (``vowed_threats``: attack, coerce,
  sanction) to another threatens it, as a vow does: "Iran is ready to retaliate against Israel",
  "Israel is prepared to strike Iran"; the act itself is not stated;
- readiness for another kind of act threatens nobody ("ready to withdraw from Syria"), and
  denied readiness states no threat ("is not ready to attack Turkey").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran is/ROOT/1/AUX/VBZ/be ready/acomp/1/ADJ/JJ/ready "
        "to/aux/4/PART/TO/to retaliate/xcomp/2/VERB/VB/retaliate against/prep/4/ADP/IN/against "
        "Israel/pobj/5/PROPN/NNP/Israel ./punct/1/PUNCT/./.",
        {"Iran": "IRN", "Israel": "ISR"},
        {("IRN", "threaten", "ISR")},
        id="ready-to-retaliate-against",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel is/ROOT/1/AUX/VBZ/be prepared/acomp/1/ADJ/JJ/prepared "
        "to/aux/4/PART/TO/to strike/xcomp/2/VERB/VB/strike Iran/dobj/4/PROPN/NNP/Iran "
        "./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Iran": "IRN"},
        {("ISR", "threaten", "IRN")},
        id="prepared-to-strike",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia is/ROOT/1/AUX/VBZ/be ready/acomp/1/ADJ/JJ/ready "
        "to/aux/4/PART/TO/to withdraw/xcomp/2/VERB/VB/withdraw from/prep/4/ADP/IN/from "
        "Syria/pobj/5/PROPN/NNP/Syria ./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Syria": "SYR"},
        set(),
        id="ready-to-withdraw-threatens-nobody",
    ),
    pytest.param(
        "Greece/nsubj/1/PROPN/NNP/Greece is/ROOT/1/AUX/VBZ/be not/neg/1/PART/RB/not "
        "ready/acomp/1/ADJ/JJ/ready to/aux/5/PART/TO/to attack/xcomp/3/VERB/VB/attack "
        "Turkey/dobj/5/PROPN/NNP/Turkey ./punct/1/PUNCT/./.",
        {"Greece": "GRC", "Turkey": "TUR"},
        set(),
        id="not-ready-to-attack",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_readiness(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="r1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
