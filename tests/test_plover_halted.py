"""Halting an attack is a retreat (PLOVER RETREAT, "de-escalate"; CAMEO 0871 "HALT * ATTACKS",
087 "STOP * SHELL"): geokg/relations/constructions/cut.py ``halted``, verbs ``halt_verbs`` in
data/relations/lexicon.json. The attack keeps its own reading ("stop bombing Kyiv" presupposes
it); a refused halt is a negated retreat; intensifying an attack is no retreat.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel halted/ROOT/1/VERB/VBD/halt its/poss/4/PRON/PRP$/its "
        "air/compound/4/NOUN/NN/air strikes/dobj/1/NOUN/NNS/strike on/prep/4/ADP/IN/on "
        "Gaza/pobj/5/PROPN/NNP/Gaza ./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Gaza": "PSE"},
        {("ISR", "assault", "PSE"), ("ISR", "retreat", "PSE")},
        id="halted-its-strikes-on-a-territory",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia stopped/ROOT/1/VERB/VBD/stop "
        "shelling/xcomp/1/VERB/VBG/shell Ukrainian/amod/4/ADJ/JJ/ukrainian "
        "towns/dobj/2/NOUN/NNS/town ./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Ukrainian": "UKR"},
        {("RUS", "assault", "UKR"), ("RUS", "retreat", "UKR")},
        id="stopped-shelling-a-states-towns",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel refused/ROOT/1/VERB/VBD/refuse to/aux/3/PART/TO/to "
        "halt/xcomp/1/VERB/VB/halt its/poss/5/PRON/PRP$/its strikes/dobj/3/NOUN/NNS/strike "
        "on/prep/5/ADP/IN/on Gaza/pobj/6/PROPN/NNP/Gaza ./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Gaza": "PSE"},
        {("ISR", "assault", "PSE")},
        id="refused-to-halt-is-no-retreat",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel intensified/ROOT/1/VERB/VBD/intensify "
        "its/poss/3/PRON/PRP$/its strikes/dobj/1/NOUN/NNS/strike on/prep/3/ADP/IN/on "
        "Gaza/pobj/4/PROPN/NNP/Gaza ./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Gaza": "PSE"},
        {("ISR", "assault", "PSE")},
        id="intensified-strikes-is-no-retreat",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_halting_an_attack(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="h1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected


def test_refused_halt_is_a_negated_retreat(blank, extractor):
    spec = CASES[2].values[0]
    doc = parse(blank, spec, {"Israel": "ISR", "Gaza": "PSE"}, tags=True, doc_id="h2")
    retreats = [t for t in extractor.extract(doc) if t.relation.value == "retreat"]
    assert retreats and all(t.negated for t in retreats)
