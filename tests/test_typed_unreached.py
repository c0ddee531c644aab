"""Relations the text names as not reached yet (geokg/modality.py, data/relations/modality.json
``goal_preps``, ``progress_words``, ``unrealised_progressives``), on hand-built parses:

- the result of brokering, mediating, finalizing ... in the progressive is not reached: "Qatar is
  brokering a ceasefire between Israel and Hamas" states no agreement between them (the mediator
  consults each party, stated); talks mediated in the progressive are held ("is mediating talks
  between A and B"), and a ceasefire brokered in the past is agreed;
- a goal of progress ("made progress towards a peace deal", "have taken steps in recent weeks
  toward normalizing trade", also with "toward" parsed on the time phrase) is not reached;
  "toward" after other words names no goal ("softened its stance toward the sanctions on Iran"
  keeps the sanctions).

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


MIDEAST = {"Qatar": "QAT", "Egypt": "EGY", "Israel": "ISR", "Hamas": "group:hamas"}
TRADE = (
    "Chile/nsubj/4/PROPN/NNP/Chile and/cc/0/CCONJ/CC/and Peru/conj/0/PROPN/NNP/Peru "
    "have/aux/4/AUX/VBP/have taken/ROOT/4/VERB/VBN/take steps/dobj/4/NOUN/NNS/step "
    "in/prep/4/ADP/IN/in recent/amod/8/ADJ/JJ/recent weeks/pobj/6/NOUN/NNS/week "
    "toward/prep/{toward_head}/ADP/IN/toward normalizing/amod/11/ADJ/JJ/normalizing "
    "trade/pobj/9/NOUN/NN/trade ./punct/4/PUNCT/./."
)

CASES = [
    pytest.param(
        "Qatar/nsubj/2/PROPN/NNP/Qatar is/aux/2/AUX/VBZ/be brokering/ROOT/2/VERB/VBG/broker "
        "a/det/4/DET/DT/a ceasefire/dobj/2/NOUN/NN/ceasefire between/prep/4/ADP/IN/between "
        "Israel/pobj/5/PROPN/NNP/Israel and/cc/6/CCONJ/CC/and Hamas/conj/6/PROPN/NNP/Hamas "
        "./punct/2/PUNCT/./.",
        MIDEAST,
        {("QAT", "consult", "ISR"), ("QAT", "consult", "group:hamas")},
        id="is-brokering-a-ceasefire-agrees-nothing-yet",
    ),
    pytest.param(
        "Egypt/nsubj/2/PROPN/NNP/Egypt is/aux/2/AUX/VBZ/be mediating/ROOT/2/VERB/VBG/mediate "
        "talks/dobj/2/NOUN/NNS/talk between/prep/3/ADP/IN/between Israel/pobj/4/PROPN/NNP/Israel "
        "and/cc/5/CCONJ/CC/and Hamas/conj/5/PROPN/NNP/Hamas ./punct/2/PUNCT/./.",
        MIDEAST,
        {("EGY", "consult", "ISR"), ("EGY", "consult", "group:hamas"),
         ("ISR", "consult", "group:hamas")},
        id="is-mediating-talks-holds-them",
    ),
    pytest.param(
        "Qatar/nsubj/1/PROPN/NNP/Qatar brokered/ROOT/1/VERB/VBD/broker a/det/3/DET/DT/a "
        "ceasefire/dobj/1/NOUN/NN/ceasefire between/prep/3/ADP/IN/between "
        "Israel/pobj/4/PROPN/NNP/Israel and/cc/5/CCONJ/CC/and Hamas/conj/5/PROPN/NNP/Hamas "
        "./punct/1/PUNCT/./.",
        MIDEAST,
        {("QAT", "consult", "ISR"), ("QAT", "consult", "group:hamas"),
         ("ISR", "agree", "group:hamas")},
        id="brokered-a-ceasefire-is-agreed",
    ),
    pytest.param(
        "India/nsubj/3/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
        "made/ROOT/3/VERB/VBD/make progress/dobj/3/NOUN/NN/progress towards/prep/4/ADP/IN/towards "
        "a/det/8/DET/DT/a peace/compound/8/NOUN/NN/peace deal/pobj/5/NOUN/NN/deal "
        "./punct/3/PUNCT/./.",
        {"India": "IND", "Pakistan": "PAK"},
        set(),
        id="progress-towards-a-deal-agrees-nothing-yet",
    ),
    pytest.param(
        TRADE.format(toward_head=4),
        {"Chile": "CHL", "Peru": "PER"},
        set(),
        id="taken-steps-toward-normalizing-trade",
    ),
    pytest.param(
        TRADE.format(toward_head=8),
        {"Chile": "CHL", "Peru": "PER"},
        set(),
        id="toward-parsed-on-the-time-phrase",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia softened/ROOT/1/VERB/VBD/soften its/poss/3/PRON/PRP$/its "
        "stance/dobj/1/NOUN/NN/stance toward/prep/3/ADP/IN/toward the/det/6/DET/DT/the "
        "sanctions/pobj/4/NOUN/NNS/sanction on/prep/6/ADP/IN/on Iran/pobj/7/PROPN/NNP/Iran "
        "./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Iran": "IRN"},
        {("RUS", "sanction", "IRN")},
        id="a-stance-toward-sanctions-names-no-goal",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_unreached(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="u1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
