"""The target of "on (high) alert" when the parse hangs "against Y" on the verb (data/relations/
patterns.json ``on-alert``, ``on-high-alert``; geokg/relations/roles.py ``prep_role`` with the
lexicon's ``state_preps``), on hand-built parses:

- "X's troops were put / placed on high alert against Y", "X's military went on high alert
  against Y", "X put its army on full alert against Y": the alert noun sits in a state
  preposition ("on") of the verb, so the verb's "against" phrase is the alert's target (mobilize);
- the alert alone names no target ("was put on alert near the border": no relation).

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Pakistani/amod/1/ADJ/JJ/pakistani troops/nsubjpass/3/NOUN/NNS/troop "
        "were/auxpass/3/AUX/VBD/be put/ROOT/3/VERB/VBN/put on/prep/3/ADP/IN/on "
        "high/amod/6/ADJ/JJ/high alert/pobj/4/NOUN/NN/alert against/prep/3/ADP/IN/against "
        "India/pobj/7/PROPN/NNP/India ./punct/3/PUNCT/./.",
        {"Pakistani": "PAK", "India": "IND"},
        {("PAK", "mobilize", "IND")},
        id="troops-were-put-on-high-alert-against",
    ),
    pytest.param(
        "The/det/2/DET/DT/the Greek/amod/2/ADJ/JJ/greek navy/nsubjpass/4/NOUN/NN/navy "
        "was/auxpass/4/AUX/VBD/be placed/ROOT/4/VERB/VBN/place on/prep/4/ADP/IN/on "
        "high/amod/7/ADJ/JJ/high alert/pobj/5/NOUN/NN/alert against/prep/4/ADP/IN/against "
        "Turkey/pobj/8/PROPN/NNP/Turkey ./punct/4/PUNCT/./.",
        {"Greek": "GRC", "Turkey": "TUR"},
        {("GRC", "mobilize", "TUR")},
        id="navy-was-placed-on-high-alert-against",
    ),
    pytest.param(
        "Georgia/poss/2/PROPN/NNP/Georgia 's/case/0/PART/POS/'s military/nsubj/3/NOUN/NN/military "
        "went/ROOT/3/VERB/VBD/go on/prep/3/ADP/IN/on high/amod/6/ADJ/JJ/high "
        "alert/pobj/4/NOUN/NN/alert against/prep/3/ADP/IN/against Russia/pobj/7/PROPN/NNP/Russia "
        "./punct/3/PUNCT/./.",
        {"Georgia": "GEO", "Russia": "RUS"},
        {("GEO", "mobilize", "RUS")},
        id="military-went-on-high-alert-against",
    ),
    pytest.param(
        "Chad/nsubj/1/PROPN/NNP/Chad put/ROOT/1/VERB/VBD/put its/poss/3/PRON/PRP$/its "
        "army/dobj/1/NOUN/NN/army on/prep/1/ADP/IN/on full/amod/6/ADJ/JJ/full "
        "alert/pobj/4/NOUN/NN/alert against/prep/1/ADP/IN/against Sudan/pobj/7/PROPN/NNP/Sudan "
        "./punct/1/PUNCT/./.",
        {"Chad": "TCD", "Sudan": "SDN"},
        {("TCD", "mobilize", "SDN")},
        id="put-its-army-on-full-alert-against",
    ),
    pytest.param(
        "Iran/poss/2/PROPN/NNP/Iran 's/case/0/PART/POS/'s army/nsubjpass/4/NOUN/NN/army "
        "was/auxpass/4/AUX/VBD/be put/ROOT/4/VERB/VBN/put on/prep/4/ADP/IN/on "
        "alert/pobj/5/NOUN/NN/alert near/prep/4/ADP/IN/near the/det/9/DET/DT/the "
        "border/pobj/7/NOUN/NN/border ./punct/4/PUNCT/./.",
        {"Iran": "IRN"},
        set(),
        id="alert-near-the-border-names-no-target",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_alert_target(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="a1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
