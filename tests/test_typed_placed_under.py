"""Whom a verb of placing puts under an act is that act's target (the ``placed_under`` role of
the noun_event frame, ``placing_verbs`` of data/relations/constructions.json): "Iran placed two
British tourists under arrest" coerces Britain. In the passive the one placed is not the agent;
the agent is the by-phrase or, with none, the state where it happened, also when the parse hangs
the place on the noun ("were placed under arrest in Iran", "a US national was put under
investigation in Italy": Italy investigates, PLOVER INVESTIGATE, our accuse). A passive light
verb of another kind keeps its subject as the act's agent ("Chile and Peru are locked in a row").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran placed/ROOT/1/VERB/VBD/place two/nummod/4/NUM/CD/two "
        "British/amod/4/ADJ/JJ/british tourists/dobj/1/NOUN/NNS/tourist under/prep/1/ADP/IN/under "
        "arrest/pobj/5/NOUN/NN/arrest ./punct/1/PUNCT/./.",
        {"Iran": "IRN", "British": "GBR"}, (),
        {("IRN", "coerce", "GBR")},
        id="placed-x-under-arrest",
    ),
    pytest.param(
        "Two/nummod/2/NUM/CD/two British/amod/2/ADJ/JJ/british "
        "tourists/nsubjpass/4/NOUN/NNS/tourist were/auxpass/4/AUX/VBD/be placed/ROOT/4/VERB/VBN/place under/prep/4/ADP/IN/under "
        "arrest/pobj/5/NOUN/NN/arrest in/prep/4/ADP/IN/in Iran/pobj/7/PROPN/NNP/Iran "
        "./punct/4/PUNCT/./.",
        {"Iran": "IRN", "British": "GBR"}, ("Iran",),
        {("IRN", "coerce", "GBR")},
        id="were-placed-under-arrest-in-a-state",
    ),
    pytest.param(
        "A/det/2/DET/DT/a US/compound/2/PROPN/NNP/US national/nsubjpass/4/NOUN/NN/national "
        "was/auxpass/4/AUX/VBD/be put/ROOT/4/VERB/VBN/put under/prep/4/ADP/IN/under "
        "investigation/pobj/5/NOUN/NN/investigation in/prep/6/ADP/IN/in "
        "Italy/pobj/7/PROPN/NNP/Italy ./punct/4/PUNCT/./.",
        {"US": "USA", "Italy": "ITA"}, (),
        {("ITA", "accuse", "USA")},
        id="was-put-under-investigation-in-a-state-on-the-noun",
    ),
    pytest.param(
        "Chile/nsubjpass/4/PROPN/NNP/Chile and/cc/0/CCONJ/CC/and Peru/conj/0/PROPN/NNP/Peru "
        "are/auxpass/4/AUX/VBP/be locked/ROOT/4/VERB/VBN/lock in/prep/4/ADP/IN/in a/det/7/DET/DT/a "
        "row/pobj/5/NOUN/NN/row over/prep/7/ADP/IN/over the/det/10/DET/DT/the "
        "islands/pobj/8/NOUN/NNS/island ./punct/4/PUNCT/./.",
        {"Chile": "CHL", "Peru": "PER"}, (),
        {("CHL", "tension", "PER")},
        id="locked-in-a-row-keeps-its-subject",
    ),
]


@pytest.mark.parametrize("spec, actors, places, expected", CASES)
def test_placed_under(blank, extractor, spec, actors, places, expected):
    doc = parse(blank, spec, actors, tags=True, places=places, doc_id="p1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
