"""The one a control verb's "on" phrase names is the subject of its complement: "called on NATO
to support Ukraine" is NATO's support wished for, not the caller's; "called on the United States
to stop arming Taiwan" tells that the United States arms Taiwan ("stop" presupposes it), not the
caller (``geokg/relations/syntax.py``, ``subjects_of``). The object of "urged Russia to" stays the
subject as before.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Poland": "POL", "NATO": "NATO", "Ukraine": "UKR", "China": "CHN", "States": "USA",
          "Taiwan": "TWN", "Turkey": "TUR", "Russia": "RUS", "Syria": "SYR"}

CASES = [
    pytest.param(
        "Poland/nsubj/1/PROPN/NNP/Poland called/ROOT/1/VERB/VBD/call on/prep/1/ADP/IN/on "
        "NATO/pobj/2/PROPN/NNP/NATO to/aux/5/PART/TO/to support/xcomp/1/VERB/VB/support "
        "Ukraine/dobj/5/PROPN/NNP/Ukraine ./punct/1/PUNCT/./.",
        # and urging NATO to support Ukraine supports it (constructions/rally.py)
        {("POL", "request", "NATO"), ("NATO", "support", "UKR"), ("POL", "support", "UKR")},
        id="called-on-x-to-support-y",
    ),
    pytest.param(
        "China/nsubj/1/PROPN/NNP/China called/ROOT/1/VERB/VBD/call on/prep/1/ADP/IN/on "
        "the/det/5/DET/DT/the United/compound/5/PROPN/NNP/United States/pobj/2/PROPN/NNP/States "
        "to/aux/7/PART/TO/to stop/xcomp/1/VERB/VB/stop arming/xcomp/7/VERB/VBG/arm "
        "Taiwan/dobj/8/PROPN/NNP/Taiwan ./punct/1/PUNCT/./.",
        {("CHN", "request", "USA"), ("USA", "aid", "TWN")},
        id="called-on-x-to-stop-arming-y",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey called/ROOT/1/VERB/VBD/call on/prep/1/ADP/IN/on "
        "Russia/pobj/2/PROPN/NNP/Russia to/aux/5/PART/TO/to withdraw/xcomp/1/VERB/VB/withdraw "
        "its/poss/7/PRON/PRP$/its troops/dobj/5/NOUN/NNS/troop from/prep/5/ADP/IN/from "
        "Syria/pobj/8/PROPN/NNP/Syria ./punct/1/PUNCT/./.",
        {("TUR", "request", "RUS"), ("RUS", "retreat", "SYR")},
        id="called-on-x-to-withdraw-from-y",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey urged/ROOT/1/VERB/VBD/urge Russia/dobj/1/PROPN/NNP/Russia "
        "to/aux/4/PART/TO/to withdraw/xcomp/1/VERB/VB/withdraw from/prep/4/ADP/IN/from "
        "Syria/pobj/5/PROPN/NNP/Syria ./punct/1/PUNCT/./.",
        {("TUR", "request", "RUS"), ("RUS", "retreat", "SYR")},
        id="urged-x-to-withdraw-from-y",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_called_on(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="c1", date="2026-03-02")
    assert relations(extractor.extract(doc)) == expected
