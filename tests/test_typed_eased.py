"""Eased penalties (``geokg/relations/constructions/eased.py`` and the verbs of easing in
``data/relations/lexicon.json``): reducing, cutting or ending a penalty concedes to its target;
the penalty itself is not what the sentence states.

- verbs that reduce a sanction, tariff or embargo ("reduced its sanctions on X", "cut tariffs on
  X", "scaled back sanctions on X"), as "eased" and "lifted" already did;
- a noun of easing governing the penalty ("an easing of sanctions on X", "a reduction in tariffs
  on X", "the lifting of the embargo against X", "an end to the embargo on X");
- the easing given by a verb of giving ("offered sanctions relief to X", "offered X relief from
  sanctions"): a concession, not aid.

A new sanction, relief that eases no penalty and cut aid keep their readings. Every sentence is
written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head: absolute token
index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


ACTORS = {
    "Canada": "CAN", "Cuba": "CUB", "Mexico": "MEX", "Guatemala": "GTM", "Australia": "AUS",
    "Fiji": "FJI", "Norway": "NOR", "Belarus": "BLR", "Brazil": "BRA", "Argentina": "ARG",
    "Britain": "GBR", "Libya": "LBY", "France": "FRA", "Iran": "IRN", "Germany": "DEU",
    "Italy": "ITA", "Haiti": "HTI", "Egypt": "EGY",
}

CASES = [
    pytest.param(
        "Canada/nsubj/1/PROPN/NNP/Canada reduced/ROOT/1/VERB/VBD/reduce its/poss/3/PRON/PRP$/its "
        "sanctions/dobj/1/NOUN/NNS/sanction on/prep/3/ADP/IN/on Cuba/pobj/4/PROPN/NNP/Cuba "
        "./punct/1/PUNCT/./.",
        {("CAN", "concede", "CUB")},
        id="reduced-its-sanctions-on",
    ),
    pytest.param(
        "Mexico/nsubj/1/PROPN/NNP/Mexico cut/ROOT/1/VERB/VBD/cut tariffs/dobj/1/NOUN/NNS/tariff "
        "on/prep/1/ADP/IN/on Guatemala/pobj/3/PROPN/NNP/Guatemala ./punct/1/PUNCT/./.",
        {("MEX", "concede", "GTM")},
        id="cut-tariffs-on",
    ),
    pytest.param(
        "Australia/nsubj/1/PROPN/NNP/Australia scaled/ROOT/1/VERB/VBD/scale back/prt/1/ADP/RP/back "
        "sanctions/dobj/1/NOUN/NNS/sanction on/prep/3/ADP/IN/on Fiji/pobj/4/PROPN/NNP/Fiji "
        "./punct/1/PUNCT/./.",
        {("AUS", "concede", "FJI")},
        id="scaled-back-sanctions-on",
    ),
    pytest.param(
        "Norway/nsubj/1/PROPN/NNP/Norway approved/ROOT/1/VERB/VBD/approve an/det/3/DET/DT/an "
        "easing/dobj/1/NOUN/NN/easing of/prep/3/ADP/IN/of sanctions/pobj/4/NOUN/NNS/sanction "
        "on/prep/5/ADP/IN/on Belarus/pobj/6/PROPN/NNP/Belarus ./punct/1/PUNCT/./.",
        {("NOR", "concede", "BLR")},
        id="approved-an-easing-of-sanctions-on",
    ),
    pytest.param(
        "Brazil/nsubj/1/PROPN/NNP/Brazil agreed/ROOT/1/VERB/VBD/agree to/prep/1/ADP/IN/to "
        "a/det/4/DET/DT/a reduction/pobj/2/NOUN/NN/reduction in/prep/4/ADP/IN/in "
        "tariffs/pobj/5/NOUN/NNS/tariff on/prep/6/ADP/IN/on Argentina/pobj/7/PROPN/NNP/Argentina "
        "./punct/1/PUNCT/./.",
        {("BRA", "concede", "ARG")},
        id="agreed-to-a-reduction-in-tariffs-on",
    ),
    pytest.param(
        "Britain/nsubj/1/PROPN/NNP/Britain announced/ROOT/1/VERB/VBD/announce the/det/3/DET/DT/the "
        "lifting/dobj/1/NOUN/NN/lifting of/prep/3/ADP/IN/of the/det/6/DET/DT/the "
        "embargo/pobj/4/NOUN/NN/embargo against/prep/6/ADP/IN/against Libya/pobj/7/PROPN/NNP/Libya "
        "./punct/1/PUNCT/./.",
        {("GBR", "concede", "LBY")},
        id="announced-the-lifting-of-the-embargo-against",
    ),
    pytest.param(
        "Italy/nsubj/1/PROPN/NNP/Italy announced/ROOT/1/VERB/VBD/announce an/det/3/DET/DT/an "
        "end/dobj/1/NOUN/NN/end to/prep/3/ADP/IN/to the/det/6/DET/DT/the "
        "embargo/pobj/4/NOUN/NN/embargo on/prep/6/ADP/IN/on Cuba/pobj/7/PROPN/NNP/Cuba "
        "./punct/1/PUNCT/./.",
        {("ITA", "concede", "CUB")},
        id="announced-an-end-to-the-embargo-on",
    ),
    pytest.param(
        "France/nsubj/1/PROPN/NNP/France offered/ROOT/1/VERB/VBD/offer "
        "sanctions/compound/3/NOUN/NNS/sanction relief/dobj/1/NOUN/NN/relief to/prep/1/ADP/IN/to "
        "Iran/pobj/4/PROPN/NNP/Iran ./punct/1/PUNCT/./.",
        {("FRA", "concede", "IRN")},
        id="offered-sanctions-relief-to",
    ),
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany offered/ROOT/1/VERB/VBD/offer "
        "Iran/dative/1/PROPN/NNP/Iran relief/dobj/1/NOUN/NN/relief from/prep/1/ADP/IN/from "
        "sanctions/pobj/4/NOUN/NNS/sanction ./punct/1/PUNCT/./.",
        {("DEU", "concede", "IRN")},
        id="offered-x-relief-from-sanctions",
    ),
    pytest.param(
        "Norway/nsubj/1/PROPN/NNP/Norway approved/ROOT/1/VERB/VBD/approve new/amod/3/ADJ/JJ/new "
        "sanctions/dobj/1/NOUN/NNS/sanction on/prep/3/ADP/IN/on Belarus/pobj/4/PROPN/NNP/Belarus "
        "./punct/1/PUNCT/./.",
        {("NOR", "sanction", "BLR")},
        id="new-sanctions-stay-sanctions",
    ),
    pytest.param(
        "Britain/nsubj/1/PROPN/NNP/Britain sent/ROOT/1/VERB/VBD/send relief/dobj/1/NOUN/NN/relief "
        "to/dative/1/ADP/IN/to Haiti/pobj/3/PROPN/NNP/Haiti ./punct/1/PUNCT/./.",
        {("GBR", "aid", "HTI")},
        id="relief-easing-no-penalty-stays-aid",
    ),
    pytest.param(
        "Canada/nsubj/1/PROPN/NNP/Canada cut/ROOT/1/VERB/VBD/cut military/amod/3/ADJ/JJ/military "
        "aid/dobj/1/NOUN/NN/aid to/prep/1/ADP/IN/to Egypt/pobj/4/PROPN/NNP/Egypt "
        "./punct/1/PUNCT/./.",
        {("CAN", "sanction", "EGY")},
        id="cut-aid-stays-a-sanction",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_eased_penalty(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, tags=True, doc_id="e1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
