"""Working towards a settlement is no cooperation (``geokg/relations/constructions/settling.py``):
"agreed to work on resolving their differences", "will work towards a peaceful solution", "will
work with Somalia to end the conflict" state no material cooperation (PLOVER COOPERATE: trade,
arms, exercises, investment); an agreement to work stays an agreement. Work on a material project
stays cooperation ("agreed to work on a joint fighter jet", "will work with Somalia on energy
projects").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {"Chile": "CHL", "Peru": "PER", "India": "IND", "Pakistan": "PAK", "Kenya": "KEN",
          "Somalia": "SOM", "France": "FRA", "Germany": "DEU"}

CASES = [
    pytest.param(
        "Chile/nsubj/3/PROPN/NNP/Chile and/cc/0/CCONJ/CC/and Peru/conj/0/PROPN/NNP/Peru "
        "agreed/ROOT/3/VERB/VBD/agree to/aux/5/PART/TO/to work/xcomp/3/VERB/VB/work "
        "on/prep/5/ADP/IN/on resolving/pcomp/6/VERB/VBG/resolve their/poss/9/PRON/PRP$/their "
        "differences/dobj/7/NOUN/NNS/difference ./punct/3/PUNCT/./.",
        {("CHL", "agree", "PER")},
        id="agreed-to-work-on-resolving-their-differences",
    ),
    pytest.param(
        "India/nsubj/4/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
        "will/aux/4/AUX/MD/will work/ROOT/4/VERB/VB/work towards/prep/4/ADP/IN/towards "
        "a/det/8/DET/DT/a peaceful/amod/8/ADJ/JJ/peaceful solution/pobj/5/NOUN/NN/solution "
        "./punct/4/PUNCT/./.",
        set(),
        id="will-work-towards-a-peaceful-solution",
    ),
    pytest.param(
        "Kenya/nsubj/2/PROPN/NNP/Kenya will/aux/2/AUX/MD/will work/ROOT/2/VERB/VB/work "
        "with/prep/2/ADP/IN/with Somalia/pobj/3/PROPN/NNP/Somalia to/aux/6/PART/TO/to "
        "end/advcl/2/VERB/VB/end the/det/8/DET/DT/the conflict/dobj/6/NOUN/NN/conflict "
        "./punct/2/PUNCT/./.",
        set(),
        id="will-work-with-y-to-end-the-conflict",
    ),
    pytest.param(
        "France/nsubj/3/PROPN/NNP/France and/cc/0/CCONJ/CC/and Germany/conj/0/PROPN/NNP/Germany "
        "agreed/ROOT/3/VERB/VBD/agree to/aux/5/PART/TO/to work/xcomp/3/VERB/VB/work "
        "on/prep/5/ADP/IN/on a/det/10/DET/DT/a joint/amod/9/ADJ/JJ/joint "
        "fighter/compound/10/NOUN/NN/fighter jet/pobj/6/NOUN/NN/jet ./punct/3/PUNCT/./.",
        {("DEU", "agree", "FRA"), ("DEU", "cooperate", "FRA"), ("FRA", "cooperate", "DEU")},
        id="work-on-a-joint-jet-stays-cooperation",
    ),
    pytest.param(
        "Kenya/nsubj/2/PROPN/NNP/Kenya will/aux/2/AUX/MD/will work/ROOT/2/VERB/VB/work "
        "with/prep/2/ADP/IN/with Somalia/pobj/3/PROPN/NNP/Somalia on/prep/2/ADP/IN/on "
        "energy/compound/7/NOUN/NN/energy projects/pobj/5/NOUN/NNS/project ./punct/2/PUNCT/./.",
        {("KEN", "cooperate", "SOM")},
        id="work-with-y-on-energy-projects-stays-cooperation",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_settling_work(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="w1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
