"""Lexicon data for typed relations (data/relations/lexicon.json), on hand-built parses:

- recalling or withdrawing an ambassador posted "in" a capital sanctions the state of that
  capital, as "from" it does ("recalled its ambassador in Ankara"); "in protest" names no state;
- a support noun given, offered or voiced by the subject takes its "of" phrase as what is
  supported, as "for" is taken ("provided firm support of Ukraine's aspirations"); after other
  verbs "the support of Spain" is Spain's own ("won the support of Spain");
- a causative verb makes its object the subject of the act it causes, as the verbs of asking
  and forcing do (word list ``object_control``): "the sanctions prompted Venezuela to recall its
  ambassador", "the strikes led Iran to cut ties with Israel".

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CAPITALS = {"Ankara": "TUR", "Caracas": "VEN", "Washington": "USA", "Paris": "FRA"}

CASES = [
    pytest.param(
        "Sweden/nsubj/1/PROPN/NNP/Sweden recalled/ROOT/1/VERB/VBD/recall its/poss/3/PRON/PRP$/its "
        "ambassador/dobj/1/NOUN/NN/ambassador in/prep/3/ADP/IN/in Ankara/pobj/4/PROPN/NNP/Ankara "
        "for/prep/1/ADP/IN/for consultations/pobj/6/NOUN/NNS/consultation ./punct/1/PUNCT/./.",
        {"Sweden": "SWE"},
        {("SWE", "sanction", "TUR")},
        id="recalled-its-ambassador-in-a-capital",
    ),
    pytest.param(
        "Peru/nsubj/1/PROPN/NNP/Peru withdrew/ROOT/1/VERB/VBD/withdraw its/poss/3/PRON/PRP$/its "
        "envoy/dobj/1/NOUN/NN/envoy in/prep/1/ADP/IN/in Caracas/pobj/4/PROPN/NNP/Caracas "
        "on/prep/1/ADP/IN/on Monday/pobj/6/PROPN/NNP/Monday ./punct/1/PUNCT/./.",
        {"Peru": "PER"},
        {("PER", "sanction", "VEN")},
        id="withdrew-its-envoy-in-a-capital-attached-to-the-verb",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile recalled/ROOT/1/VERB/VBD/recall its/poss/3/PRON/PRP$/its "
        "ambassador/dobj/1/NOUN/NN/ambassador in/prep/3/ADP/IN/in protest/pobj/4/NOUN/NN/protest "
        "./punct/1/PUNCT/./.",
        {"Chile": "CHL"},
        set(),
        id="recalled-its-ambassador-in-protest-names-no-target",
    ),
    pytest.param(
        "The/det/2/DET/DT/the United/compound/2/PROPN/NNP/United States/nsubj/3/PROPN/NNP/States "
        "provided/ROOT/3/VERB/VBD/provide firm/amod/5/ADJ/JJ/firm support/dobj/3/NOUN/NN/support "
        "of/prep/5/ADP/IN/of Ukraine/poss/9/PROPN/NNP/Ukraine 's/case/7/PART/POS/'s "
        "aspirations/pobj/6/NOUN/NNS/aspiration ./punct/3/PUNCT/./.",
        {"States": "USA", "Ukraine": "UKR"},
        {("USA", "support", "UKR")},
        id="provided-support-of-a-states-aspirations",
    ),
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany voiced/ROOT/1/VERB/VBD/voice its/poss/3/PRON/PRP$/its "
        "support/dobj/1/NOUN/NN/support of/prep/3/ADP/IN/of Kyiv/pobj/4/PROPN/NNP/Kyiv "
        "./punct/1/PUNCT/./.",
        {"Germany": "DEU", "Kyiv": "UKR"},
        {("DEU", "support", "UKR")},
        id="voiced-its-support-of-a-capital",
    ),
    pytest.param(
        "Italy/nsubj/1/PROPN/NNP/Italy won/ROOT/1/VERB/VBD/win the/det/3/DET/DT/the "
        "support/dobj/1/NOUN/NN/support of/prep/3/ADP/IN/of Spain/pobj/4/PROPN/NNP/Spain "
        "./punct/1/PUNCT/./.",
        {"Italy": "ITA", "Spain": "ESP"},
        set(),
        id="won-the-support-of-a-state-is-that-states-support",
    ),
    pytest.param(
        "The/det/1/DET/DT/the sanctions/nsubj/2/NOUN/NNS/sanction prompted/ROOT/2/VERB/VBD/prompt "
        "Venezuela/dobj/2/PROPN/NNP/Venezuela to/aux/5/PART/TO/to recall/xcomp/2/VERB/VB/recall "
        "its/poss/7/PRON/PRP$/its ambassador/dobj/5/NOUN/NN/ambassador in/prep/7/ADP/IN/in "
        "Washington/pobj/8/PROPN/NNP/Washington ./punct/2/PUNCT/./.",
        {"Venezuela": "VEN"},
        {("VEN", "sanction", "USA")},
        id="prompted-x-to-recall-its-ambassador",
    ),
    pytest.param(
        "The/det/1/DET/DT/the strikes/nsubj/2/NOUN/NNS/strike led/ROOT/2/VERB/VBD/lead "
        "Iran/dobj/2/PROPN/NNP/Iran to/aux/5/PART/TO/to cut/xcomp/2/VERB/VB/cut "
        "ties/dobj/5/NOUN/NNS/tie with/prep/6/ADP/IN/with Israel/pobj/7/PROPN/NNP/Israel "
        "./punct/2/PUNCT/./.",
        {"Iran": "IRN", "Israel": "ISR"},
        {("IRN", "sanction", "ISR")},
        id="led-x-to-cut-ties",
    ),
    pytest.param(
        "The/det/1/DET/DT/the row/nsubj/2/NOUN/NN/row spurred/ROOT/2/VERB/VBD/spur "
        "Algeria/dobj/2/PROPN/NNP/Algeria to/aux/5/PART/TO/to recall/xcomp/2/VERB/VB/recall "
        "its/poss/7/PRON/PRP$/its ambassador/dobj/5/NOUN/NN/ambassador from/prep/7/ADP/IN/from "
        "Paris/pobj/8/PROPN/NNP/Paris ./punct/2/PUNCT/./.",
        {"Algeria": "DZA"},
        {("DZA", "sanction", "FRA")},
        id="spurred-x-to-recall-its-ambassador-from-a-capital",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_typed_lexicon(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, {**actors, **CAPITALS}, tags=True, places=CAPITALS,
                doc_id="l1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
