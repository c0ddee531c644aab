"""Verbs of labelling (lexicon frame ``labelling``, geokg/relations/constructions/judgement.py),
on hand-built parses:

- a verb of labelling ("brand", "label", "designate", "call", "name") whose predicate brands its
  object with a stigma (constructions.json ``stigma_labels``) accuses that object: "branded
  Israel a terrorist state", "designated the Houthis as a terrorist organization", "was branded a
  terrorist group by Germany", in whatever shape the parser gives the predicate (an object
  predicate, an "as" phrase, a second object, an apposition with no comma);
- an approving or neutral predicate labels nobody: "called China a valued partner";
- a second object is a predicate for the verbs of judging events too: "called the Russian strike
  a provocation", parsed with two objects, accuses Russia;
- such a verb is no verb of reaction to an event its predicate names: "what it described as
  constructive talks with Peru" keeps the talks' own parties.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


PERSONS = {
    "person:recep-tayyip-erdogan": ("Recep Tayyip Erdogan", "TUR"),
    "person:benjamin-netanyahu": ("Benjamin Netanyahu", "ISR"),
}

CASES = [
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran branded/ROOT/1/VERB/VBD/brand Israel/dobj/1/PROPN/NNP/Israel "
        "a/det/5/DET/DT/a terrorist/amod/5/ADJ/JJ/terrorist state/dobj/1/NOUN/NN/state "
        "./punct/1/PUNCT/./.",
        {"Iran": "IRN", "Israel": "ISR"},
        {("IRN", "accuse", "ISR")},
        id="branded-x-a-terrorist-state-two-objects",
    ),
    pytest.param(
        "The/det/2/DET/DT/the United/compound/2/PROPN/NNP/United States/nsubj/3/PROPN/NNP/States "
        "designated/ROOT/3/VERB/VBD/designate the/det/5/DET/DT/the "
        "Houthis/dobj/3/PROPN/NNP/Houthis as/prep/3/ADP/IN/as a/det/9/DET/DT/a "
        "terrorist/amod/9/ADJ/JJ/terrorist organization/pobj/6/NOUN/NN/organization "
        "./punct/3/PUNCT/./.",
        {"States": "USA", "Houthis": "group:houthis"},
        {("USA", "accuse", "group:houthis")},
        id="designated-x-as-a-terrorist-organization",
    ),
    pytest.param(
        "Canada/nsubj/1/PROPN/NNP/Canada labelled/ROOT/1/VERB/VBD/label the/det/3/DET/DT/the "
        "Houthis/dobj/1/PROPN/NNP/Houthis a/det/6/DET/DT/a terrorist/amod/6/ADJ/JJ/terrorist "
        "organization/appos/3/NOUN/NN/organization ./punct/1/PUNCT/./.",
        {"Canada": "CAN", "Houthis": "group:houthis"},
        {("CAN", "accuse", "group:houthis")},
        id="labelled-x-a-terrorist-organization-apposition",
    ),
    pytest.param(
        "Erdogan/nsubj/1/PROPN/NNP/Erdogan called/ROOT/1/VERB/VBD/call "
        "Netanyahu/dobj/1/PROPN/NNP/Netanyahu a/det/5/DET/DT/a war/compound/5/NOUN/NN/war "
        "criminal/oprd/1/NOUN/NN/criminal ./punct/1/PUNCT/./.",
        {"Erdogan": "person:recep-tayyip-erdogan", "Netanyahu": "person:benjamin-netanyahu"},
        {("person:recep-tayyip-erdogan", "accuse", "person:benjamin-netanyahu")},
        id="called-x-a-war-criminal",
    ),
    pytest.param(
        "Hezbollah/nsubjpass/2/PROPN/NNP/Hezbollah was/auxpass/2/AUX/VBD/be "
        "branded/ROOT/2/VERB/VBN/brand a/det/5/DET/DT/a terrorist/amod/5/ADJ/JJ/terrorist "
        "group/oprd/2/NOUN/NN/group by/agent/2/ADP/IN/by Germany/pobj/6/PROPN/NNP/Germany "
        "./punct/2/PUNCT/./.",
        {"Hezbollah": "group:hezbollah", "Germany": "DEU"},
        {("DEU", "accuse", "group:hezbollah")},
        id="passive-was-branded-a-terrorist-group-by",
    ),
    pytest.param(
        "Japan/nsubj/1/PROPN/NNP/Japan called/ROOT/1/VERB/VBD/call China/dobj/1/PROPN/NNP/China "
        "a/det/5/DET/DT/a valued/amod/5/VERB/VBN/value partner/oprd/1/NOUN/NN/partner "
        "./punct/1/PUNCT/./.",
        {"Japan": "JPN", "China": "CHN"},
        set(),
        id="called-x-a-valued-partner-labels-nobody",
    ),
    pytest.param(
        "Poland/nsubj/1/PROPN/NNP/Poland called/ROOT/1/VERB/VBD/call the/det/4/DET/DT/the "
        "Russian/amod/4/ADJ/JJ/russian strike/dobj/1/NOUN/NN/strike a/det/6/DET/DT/a "
        "provocation/dobj/1/NOUN/NN/provocation ./punct/1/PUNCT/./.",
        {"Poland": "POL", "Russian": "RUS"},
        {("POL", "accuse", "RUS")},
        id="called-the-strike-a-provocation-two-objects-judges-the-event",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile held/ROOT/1/VERB/VBD/hold what/dobj/4/PRON/WP/what "
        "it/nsubj/4/PRON/PRP/it described/ccomp/1/VERB/VBD/describe as/prep/4/ADP/IN/as "
        "constructive/amod/7/ADJ/JJ/constructive talks/pobj/5/NOUN/NNS/talk "
        "with/prep/7/ADP/IN/with Peru/pobj/8/PROPN/NNP/Peru ./punct/1/PUNCT/./.",
        {"Chile": "CHL", "it": "CHL", "Peru": "PER"},
        {("CHL", "consult", "PER")},
        id="what-it-described-as-talks-keeps-their-parties",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_labelling(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, persons=PERSONS, doc_id="b1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
