"""Typed relations of joint manoeuvres (data/relations/lexicon.json), on hand-built parses:

- manoeuvres and war games held "with" another actor, or by a coordinated subject, are material
  cooperation as exercises and drills are ("conducted manoeuvres with Belarus"; PLOVER codes
  joint exercises COOPERATE); manoeuvres with no partner are no cooperation.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Russian/amod/1/ADJ/JJ/russian troops/nsubj/2/NOUN/NNS/troop held/ROOT/2/VERB/VBD/hold "
        "manoeuvres/dobj/2/NOUN/NNS/manoeuvre with/prep/3/ADP/IN/with "
        "Belarusian/amod/6/ADJ/JJ/belarusian forces/pobj/4/NOUN/NNS/force ./punct/2/PUNCT/./.",
        {"Russian": "RUS", "Belarusian": "BLR"},
        {("RUS", "cooperate", "BLR")},
        id="held-manoeuvres-with",
    ),
    pytest.param(
        "The/det/2/DET/DT/the Indian/amod/2/ADJ/JJ/indian navy/nsubj/3/NOUN/NN/navy "
        "conducted/ROOT/3/VERB/VBD/conduct maneuvers/dobj/3/NOUN/NNS/maneuver "
        "with/prep/4/ADP/IN/with France/pobj/5/PROPN/NNP/France in/prep/4/ADP/IN/in "
        "the/det/10/DET/DT/the Arabian/compound/10/PROPN/NNP/Arabian Sea/pobj/7/PROPN/NNP/Sea "
        "./punct/3/PUNCT/./.",
        {"Indian": "IND", "France": "FRA"},
        {("IND", "cooperate", "FRA")},
        id="conducted-maneuvers-with",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/NNP/Japan and/cc/0/CCONJ/CC/and India/conj/0/PROPN/NNP/India "
        "held/ROOT/3/VERB/VBD/hold wargames/dobj/3/NOUN/NNS/wargame ./punct/3/PUNCT/./.",
        {"Japan": "JPN", "India": "IND"},
        {("JPN", "cooperate", "IND"), ("IND", "cooperate", "JPN")},
        id="coordinated-subject-held-wargames",
    ),
    pytest.param(
        "The/det/2/DET/DT/the Russian/amod/2/ADJ/JJ/russian manoeuvres/nsubj/3/NOUN/NNS/manoeuvre "
        "alarmed/ROOT/3/VERB/VBD/alarm Ukraine/dobj/3/PROPN/NNP/Ukraine ./punct/3/PUNCT/./.",
        {"Russian": "RUS", "Ukraine": "UKR"},
        set(),
        id="manoeuvres-without-a-partner",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_joint_acts(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="j1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
