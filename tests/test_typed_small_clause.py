"""A threatened act told by a causative's small clause befalls the clause's subject
(``small_clause_verbs`` of data/relations/constructions.json, the ``complement_target`` role of
the threat frame): "threatened to make Israel pay a heavy price", "threatened to hold Georgia
responsible", "threatened to make Japan regret its decision". The subject of another verb's clause
is not threatened ("threatened to say Ukraine was lying").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Iran": "IRN", "Israel": "ISR", "Russia": "RUS", "Georgia": "GEO", "China": "CHN",
          "Japan": "JPN", "Ukraine": "UKR"}

CASES = [
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran threatened/ROOT/1/VERB/VBD/threaten to/aux/3/PART/TO/to "
        "make/xcomp/1/VERB/VB/make Israel/nsubj/5/PROPN/NNP/Israel pay/ccomp/3/VERB/VB/pay "
        "a/det/8/DET/DT/a heavy/amod/8/ADJ/JJ/heavy price/dobj/5/NOUN/NN/price ./punct/1/PUNCT/./.",
        {("IRN", "threaten", "ISR")},
        id="threatened-to-make-x-pay",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia threatened/ROOT/1/VERB/VBD/threaten to/aux/3/PART/TO/to "
        "hold/xcomp/1/VERB/VB/hold Georgia/nsubj/5/PROPN/NNP/Georgia "
        "responsible/ccomp/3/ADJ/JJ/responsible for/prep/5/ADP/IN/for the/det/8/DET/DT/the "
        "attack/pobj/6/NOUN/NN/attack ./punct/1/PUNCT/./.",
        {("RUS", "threaten", "GEO")},
        id="threatened-to-hold-x-responsible",
    ),
    pytest.param(
        "China/nsubj/1/PROPN/NNP/China threatened/ROOT/1/VERB/VBD/threaten to/aux/3/PART/TO/to "
        "make/xcomp/1/VERB/VB/make Japan/nsubj/5/PROPN/NNP/Japan regret/ccomp/3/VERB/VB/regret "
        "its/poss/7/PRON/PRP$/its decision/dobj/5/NOUN/NN/decision ./punct/1/PUNCT/./.",
        {("CHN", "threaten", "JPN")},
        id="threatened-to-make-x-regret",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia threatened/ROOT/1/VERB/VBD/threaten to/aux/3/PART/TO/to "
        "say/xcomp/1/VERB/VB/say Ukraine/nsubj/6/PROPN/NNP/Ukraine was/aux/6/AUX/VBD/be "
        "lying/ccomp/3/VERB/VBG/lie ./punct/1/PUNCT/./.",
        set(),
        id="the-subject-of-a-said-clause-is-not-threatened",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_small_clause_target(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="s1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
