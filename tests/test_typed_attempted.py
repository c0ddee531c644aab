"""Relations an actor tries to bring about are not reached (geokg/modality.py,
data/relations/modality.json ``conative_governors``, ``attempted_results``,
``attempted_achievements``), on hand-built parses:

- the object of a verb an actor tries, attempts or makes efforts to carry out ("is trying to
  broker a ceasefire between A and B", "attempted to secure a truce", "tried to reach an
  agreement", "leading efforts to broker a truce") is the result aimed at: no agreement yet;
- an agreement verb in the to-infinitive of such a word ("tried to seal a deal with Russia") is not
  done either;
- the attempted act itself is done: the mediator consults each party ("tried to mediate between A
  and B", "is trying to broker a ceasefire"), and an attempted attack is an attack ("troops tried
  to storm the embassy"; PLOVER codes attempted assassinations as ASSAULT); a truce secured
  outright is agreed.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


MIDEAST = {"Qatar": "QAT", "Egypt": "EGY", "Israel": "ISR", "Hamas": "group:hamas"}
CAUCASUS = {"Turkey": "TUR", "Armenia": "ARM", "Azerbaijan": "AZE"}

CASES = [
    pytest.param(
        "Turkey/nsubj/2/PROPN/NNP/Turkey is/aux/2/AUX/VBZ/be trying/ROOT/2/VERB/VBG/try "
        "to/aux/4/PART/TO/to broker/xcomp/2/VERB/VB/broker a/det/6/DET/DT/a "
        "ceasefire/dobj/4/NOUN/NN/ceasefire between/prep/6/ADP/IN/between "
        "Armenia/pobj/7/PROPN/NNP/Armenia and/cc/8/CCONJ/CC/and "
        "Azerbaijan/conj/8/PROPN/NNP/Azerbaijan ./punct/2/PUNCT/./.",
        CAUCASUS,
        {("TUR", "consult", "ARM"), ("TUR", "consult", "AZE")},
        id="trying-to-broker-a-ceasefire-agrees-nothing-yet",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt attempted/ROOT/1/VERB/VBD/attempt to/aux/3/PART/TO/to "
        "secure/xcomp/1/VERB/VB/secure a/det/5/DET/DT/a truce/dobj/3/NOUN/NN/truce "
        "between/prep/5/ADP/IN/between Israel/pobj/6/PROPN/NNP/Israel and/cc/7/CCONJ/CC/and "
        "Hamas/conj/7/PROPN/NNP/Hamas ./punct/1/PUNCT/./.",
        MIDEAST,
        set(),
        id="attempted-to-secure-a-truce",
    ),
    pytest.param(
        "Chile/nsubj/3/PROPN/NNP/Chile and/cc/0/CCONJ/CC/and Peru/conj/0/PROPN/NNP/Peru "
        "tried/ROOT/3/VERB/VBD/try to/aux/5/PART/TO/to reach/xcomp/3/VERB/VB/reach "
        "an/det/7/DET/DT/an agreement/dobj/5/NOUN/NN/agreement on/prep/7/ADP/IN/on "
        "fishing/pobj/8/NOUN/NN/fishing ./punct/3/PUNCT/./.",
        {"Chile": "CHL", "Peru": "PER"},
        set(),
        id="tried-to-reach-an-agreement",
    ),
    pytest.param(
        "Qatar/nsubj/2/PROPN/NNP/Qatar is/aux/2/AUX/VBZ/be leading/ROOT/2/VERB/VBG/lead "
        "efforts/dobj/2/NOUN/NNS/effort to/aux/5/PART/TO/to broker/acl/3/VERB/VB/broker "
        "a/det/7/DET/DT/a truce/dobj/5/NOUN/NN/truce between/prep/7/ADP/IN/between "
        "Israel/pobj/8/PROPN/NNP/Israel and/cc/9/CCONJ/CC/and Hamas/conj/9/PROPN/NNP/Hamas "
        "./punct/2/PUNCT/./.",
        MIDEAST,
        {("QAT", "consult", "ISR"), ("QAT", "consult", "group:hamas")},
        id="efforts-to-broker-a-truce",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran tried/ROOT/1/VERB/VBD/try to/aux/3/PART/TO/to "
        "seal/xcomp/1/VERB/VB/seal a/det/5/DET/DT/a deal/dobj/3/NOUN/NN/deal "
        "with/prep/3/ADP/IN/with Russia/pobj/6/PROPN/NNP/Russia ./punct/1/PUNCT/./.",
        {"Iran": "IRN", "Russia": "RUS"},
        set(),
        id="tried-to-seal-a-deal-with-russia",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt tried/ROOT/1/VERB/VBD/try to/aux/3/PART/TO/to "
        "mediate/xcomp/1/VERB/VB/mediate between/prep/3/ADP/IN/between "
        "Israel/pobj/4/PROPN/NNP/Israel and/cc/5/CCONJ/CC/and Hamas/conj/5/PROPN/NNP/Hamas "
        "./punct/1/PUNCT/./.",
        MIDEAST,
        {("EGY", "consult", "ISR"), ("EGY", "consult", "group:hamas")},
        id="tried-to-mediate-consults-the-parties",
    ),
    pytest.param(
        "Russian/amod/1/ADJ/JJ/russian troops/nsubj/2/NOUN/NNS/troop tried/ROOT/2/VERB/VBD/try "
        "to/aux/4/PART/TO/to storm/xcomp/2/VERB/VB/storm the/det/7/DET/DT/the "
        "Ukrainian/amod/7/ADJ/JJ/ukrainian embassy/dobj/4/NOUN/NN/embassy ./punct/2/PUNCT/./.",
        {"Russian": "RUS", "Ukrainian": "UKR"},
        {("RUS", "assault", "UKR")},
        id="tried-to-storm-the-embassy-is-an-assault",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt secured/ROOT/1/VERB/VBD/secure a/det/3/DET/DT/a "
        "truce/dobj/1/NOUN/NN/truce between/prep/3/ADP/IN/between Israel/pobj/4/PROPN/NNP/Israel "
        "and/cc/5/CCONJ/CC/and Hamas/conj/5/PROPN/NNP/Hamas ./punct/1/PUNCT/./.",
        MIDEAST,
        {("ISR", "agree", "group:hamas")},
        id="secured-a-truce-is-agreed",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_attempted(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="t1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
