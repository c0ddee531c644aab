"""A speaker saying that an actor, or its act, raised tensions accuses it
(geokg/relations/constructions/blame.py ``blamed_tension``, ``aggravating_verbs`` of
data/relations/constructions.json), on hand-built parses:

- "Germany said China's military drills had heightened tensions in the strait", "Japan says
  Russia's deployment of missiles has increased tensions", "Seoul says Pyongyang has raised
  tensions": the speaker accuses the actor;
- the writer's own statement ("China's military drills have heightened tensions"), a speaker's
  own act ("China said Chinese drills ...") and a cause that is no actor ("the storm") accuse
  nobody.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany said/ROOT/1/VERB/VBD/say China/poss/5/PROPN/NNP/China "
        "'s/case/2/PART/POS/'s military/amod/5/ADJ/JJ/military drills/nsubj/7/NOUN/NNS/drill "
        "had/aux/7/AUX/VBD/have heightened/ccomp/1/VERB/VBN/heighten "
        "tensions/dobj/7/NOUN/NNS/tension in/prep/8/ADP/IN/in the/det/11/DET/DT/the "
        "strait/pobj/9/NOUN/NN/strait ./punct/1/PUNCT/./.",
        {"Germany": "DEU", "China": "CHN"},
        {("DEU", "accuse", "CHN")},
        id="said-drills-heightened-tensions",
    ),
    pytest.param(
        "Japan/nsubj/1/PROPN/NNP/Japan says/ROOT/1/VERB/VBZ/say Russia/poss/4/PROPN/NNP/Russia "
        "'s/case/2/PART/POS/'s deployment/nsubj/8/NOUN/NN/deployment of/prep/4/ADP/IN/of "
        "missiles/pobj/5/NOUN/NNS/missile has/aux/8/AUX/VBZ/have "
        "increased/ccomp/1/VERB/VBN/increase tensions/dobj/8/NOUN/NNS/tension in/prep/9/ADP/IN/in "
        "the/det/12/DET/DT/the region/pobj/10/NOUN/NN/region ./punct/1/PUNCT/./.",
        {"Japan": "JPN", "Russia": "RUS"},
        {("JPN", "accuse", "RUS")},
        id="says-deployment-of-missiles-increased-tensions",
    ),
    pytest.param(
        "Seoul/nsubj/1/PROPN/NNP/Seoul says/ROOT/1/VERB/VBZ/say "
        "Pyongyang/nsubj/4/PROPN/NNP/Pyongyang has/aux/4/AUX/VBZ/have raised/ccomp/1/VERB/VBN/raise "
        "tensions/dobj/4/NOUN/NNS/tension on/prep/5/ADP/IN/on the/det/8/DET/DT/the "
        "peninsula/pobj/6/NOUN/NN/peninsula ./punct/1/PUNCT/./.",
        {"Seoul": "KOR", "Pyongyang": "PRK"},
        {("KOR", "accuse", "PRK")},
        id="says-actor-raised-tensions",
    ),
    pytest.param(
        "China/poss/3/PROPN/NNP/China 's/case/0/PART/POS/'s military/amod/3/ADJ/JJ/military "
        "drills/nsubj/5/NOUN/NNS/drill have/aux/5/AUX/VBP/have heightened/ROOT/5/VERB/VBN/heighten "
        "tensions/dobj/5/NOUN/NNS/tension in/prep/6/ADP/IN/in the/det/9/DET/DT/the "
        "strait/pobj/7/NOUN/NN/strait ./punct/5/PUNCT/./.",
        {"China": "CHN"},
        set(),
        id="writer-statement-accuses-nobody",
    ),
    pytest.param(
        "China/nsubj/1/PROPN/NNP/China said/ROOT/1/VERB/VBD/say Chinese/amod/3/ADJ/JJ/chinese "
        "drills/nsubj/5/NOUN/NNS/drill had/aux/5/AUX/VBD/have "
        "heightened/ccomp/1/VERB/VBN/heighten tensions/dobj/5/NOUN/NNS/tension "
        "in/prep/6/ADP/IN/in the/det/9/DET/DT/the strait/pobj/7/NOUN/NN/strait "
        "./punct/1/PUNCT/./.",
        {"China": "CHN", "Chinese": "CHN"},
        set(),
        id="own-act-accuses-nobody",
    ),
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany said/ROOT/1/VERB/VBD/say the/det/3/DET/DT/the "
        "storm/nsubj/5/NOUN/NN/storm had/aux/5/AUX/VBD/have heightened/ccomp/1/VERB/VBN/heighten "
        "tensions/dobj/5/NOUN/NNS/tension in/prep/6/ADP/IN/in the/det/9/DET/DT/the "
        "strait/pobj/7/NOUN/NN/strait ./punct/1/PUNCT/./.",
        {"Germany": "DEU"},
        set(),
        id="no-actor-blamed",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_blamed_tension(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="b1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
