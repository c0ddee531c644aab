"""Mediated events and meetings (sentences written for these tests).

A third party that mediates, brokers, hosts or helps talks or an agreement consults each party
(:mod:`geokg.relations.constructions.mediation`). Hand-built parses (``word/dep/head/pos/tag/lemma``,
head: absolute token index; see tests/parses.py) keep the tests independent of the statistical
parser; the table ``tests/data/mediation_cases.jsonl`` runs our own sentences through the real
model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geokg import _ext  # noqa: F401

from parses import parse, relations


def build(nlp, spec: str, actors: dict[str, str], places: tuple[str, ...] = ()):
    return parse(nlp, spec, actors, tags=True, places=places, doc_id="m1", date="2026-02-02")


def stated(triples) -> set[tuple[str, str, str]]:
    return relations(triples, stated_only=True)


# ------------------------------------------------------------------ mediated events

MEDIATED_CASES = [
    pytest.param(
        "Serbia/nsubj/3/PROPN/NNP/Serbia and/cc/0/CCONJ/CC/and Kosovo/conj/0/PROPN/NNP/Kosovo "
        "signed/ROOT/3/VERB/VBD/sign an/det/5/DET/DT/an accord/dobj/3/NOUN/NN/accord "
        "with/prep/3/ADP/IN/with the/det/8/DET/DT/the help/pobj/6/NOUN/NN/help "
        "of/prep/8/ADP/IN/of EU/compound/11/PROPN/NNP/EU mediators/pobj/9/NOUN/NNS/mediator "
        "./punct/3/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX", "EU": "EU"},
        {("SRB", "agree", "XKX"), ("EU", "consult", "SRB"), ("EU", "consult", "XKX")},
        id="with-the-help-of-mediators",
    ),
    pytest.param(
        "Armenia/nsubj/3/PROPN/NNP/Armenia and/cc/0/CCONJ/CC/and "
        "Azerbaijan/conj/0/PROPN/NNP/Azerbaijan reached/ROOT/3/VERB/VBD/reach a/det/5/DET/DT/a "
        "deal/dobj/3/NOUN/NN/deal under/prep/3/ADP/IN/under the/det/8/DET/DT/the "
        "auspices/pobj/6/NOUN/NNS/auspex of/prep/8/ADP/IN/of Russia/pobj/9/PROPN/NNP/Russia "
        "./punct/3/PUNCT/./.",
        {"Armenia": "ARM", "Azerbaijan": "AZE", "Russia": "RUS"},
        {("ARM", "agree", "AZE"), ("RUS", "consult", "ARM"), ("RUS", "consult", "AZE")},
        id="under-the-auspices-of",
    ),
    pytest.param(
        "Chad/nsubj/3/PROPN/NNP/Chad and/cc/0/CCONJ/CC/and Sudan/conj/0/PROPN/NNP/Sudan "
        "agreed/ROOT/3/VERB/VBD/agree to/prep/3/ADP/IN/to a/det/6/DET/DT/a "
        "truce/pobj/4/NOUN/NN/truce brokered/acl/6/VERB/VBN/broker by/agent/7/ADP/IN/by "
        "Qatar/pobj/8/PROPN/NNP/Qatar ./punct/3/PUNCT/./.",
        {"Chad": "TCD", "Sudan": "SDN", "Qatar": "QAT"},
        {("SDN", "agree", "TCD"), ("QAT", "consult", "SDN"), ("QAT", "consult", "TCD")},
        id="a-truce-brokered-by",
    ),
    pytest.param(
        "Ethiopia/nsubj/3/PROPN/NNP/Ethiopia and/cc/0/CCONJ/CC/and "
        "Eritrea/conj/0/PROPN/NNP/Eritrea signed/ROOT/3/VERB/VBD/sign a/det/8/DET/DT/a "
        "Saudi/npadvmod/7/PROPN/NNP/Saudi -/punct/7/PUNCT/HYPH/- brokered/amod/8/VERB/VBN/broker "
        "accord/dobj/3/NOUN/NN/accord ./punct/3/PUNCT/./.",
        {"Ethiopia": "ETH", "Eritrea": "ERI", "Saudi": "SAU"},
        {("ERI", "agree", "ETH"), ("SAU", "consult", "ERI"), ("SAU", "consult", "ETH")},
        id="an-x-brokered-accord",
    ),
    pytest.param(
        "Kenya/nsubj/1/PROPN/NNP/Kenya helped/ROOT/1/VERB/VBD/help "
        "Somalia/nsubj/5/PROPN/NNP/Somalia and/cc/2/CCONJ/CC/and "
        "Ethiopia/conj/2/PROPN/NNP/Ethiopia reach/ccomp/1/VERB/VBP/reach an/det/7/DET/DT/an "
        "agreement/dobj/5/NOUN/NN/agreement ./punct/1/PUNCT/./.",
        {"Kenya": "KEN", "Somalia": "SOM", "Ethiopia": "ETH"},
        {("ETH", "agree", "SOM"), ("KEN", "consult", "ETH"), ("KEN", "consult", "SOM")},
        id="helped-the-parties-reach",
    ),
    pytest.param(
        "Peru/nsubj/3/PROPN/NNP/Peru and/cc/0/CCONJ/CC/and Ecuador/conj/0/PROPN/NNP/Ecuador "
        "reached/ROOT/3/VERB/VBD/reach a/det/5/DET/DT/a settlement/dobj/3/NOUN/NN/settlement "
        "in/prep/5/ADP/IN/in talks/pobj/6/NOUN/NNS/talk mediated/acl/7/VERB/VBN/mediate "
        "by/agent/8/ADP/IN/by Brazil/pobj/9/PROPN/NNP/Brazil ./punct/3/PUNCT/./.",
        {"Peru": "PER", "Ecuador": "ECU", "Brazil": "BRA"},
        {("ECU", "agree", "PER"), ("ECU", "consult", "PER"), ("BRA", "consult", "ECU"),
         ("BRA", "consult", "PER")},
        id="in-talks-mediated-by",
    ),
    pytest.param(
        "Israel/nsubj/3/PROPN/NNP/Israel and/cc/0/CCONJ/CC/and Jordan/conj/0/PROPN/NNP/Jordan "
        "signed/ROOT/3/VERB/VBD/sign a/det/5/DET/DT/a treaty/dobj/3/NOUN/NN/treaty "
        "./punct/3/PUNCT/./. The/det/8/DET/DT/the treaty/nsubjpass/10/NOUN/NN/treaty "
        "was/auxpass/10/AUX/VBD/be brokered/ROOT/10/VERB/VBN/broker by/agent/10/ADP/IN/by "
        "Washington/pobj/11/PROPN/NNP/Washington ./punct/10/PUNCT/./.",
        {"Israel": "ISR", "Jordan": "JOR", "Washington": "USA"},
        {("ISR", "agree", "JOR"), ("USA", "consult", "ISR"), ("USA", "consult", "JOR")},
        id="the-treaty-signed-before-was-brokered-by",
    ),
    pytest.param(
        "Ukraine/nsubj/1/PROPN/NNP/Ukraine struck/ROOT/1/VERB/VBD/strike "
        "Russia/dobj/1/PROPN/NNP/Russia with/prep/1/ADP/IN/with the/det/5/DET/DT/the "
        "help/pobj/3/NOUN/NN/help of/prep/5/ADP/IN/of American/amod/8/ADJ/JJ/american "
        "drones/pobj/6/NOUN/NNS/drone ./punct/1/PUNCT/./.",
        {"Ukraine": "UKR", "Russia": "RUS", "American": "USA"},
        {("UKR", "assault", "RUS")},
        id="help-with-an-attack-is-no-mediation",
    ),
    pytest.param(
        "The/det/1/DET/DT/the talks/nsubjpass/3/NOUN/NNS/talk were/auxpass/3/AUX/VBD/be "
        "hosted/ROOT/3/VERB/VBN/host by/agent/3/ADP/IN/by Norway/pobj/4/PROPN/NNP/Norway "
        "./punct/3/PUNCT/./.",
        {"Norway": "NOR"},
        set(),
        id="talks-with-no-parties-told-relate-nobody",
    ),


    pytest.param(
        "Germany/nsubj/3/PROPN/NNP/Germany and/cc/0/CCONJ/CC/and France/conj/0/PROPN/NNP/France "
        "held/ROOT/3/VERB/VBD/hold talks/dobj/3/NOUN/NNS/talk ./punct/3/PUNCT/./. "
        "The/det/7/DET/DT/the agreement/nsubjpass/9/NOUN/NN/agreement was/auxpass/9/AUX/VBD/be "
        "brokered/ROOT/9/VERB/VBN/broker by/agent/9/ADP/IN/by Italy/pobj/10/PROPN/NNP/Italy "
        "./punct/9/PUNCT/./.",
        {"Germany": "DEU", "France": "FRA", "Italy": "ITA"},
        {("DEU", "consult", "FRA")},
        id="the-agreement-is-no-earlier-talks",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MEDIATED_CASES)
def test_a_mediator_consults_each_party(blank, extractor, spec, actors, expected):
    assert stated(extractor.extract(build(blank, spec, actors))) == expected


def test_a_mediator_does_not_consult_its_own_person(blank, extractor):
    spec = (
        "Kallas/nsubj/1/PROPN/NNP/Kallas met/ROOT/1/VERB/VBD/meet Vucic/dobj/1/PROPN/NNP/Vucic "
        "and/cc/2/CCONJ/CC/and Kurti/conj/2/PROPN/NNP/Kurti ./punct/1/PUNCT/./. "
        "The/det/7/DET/DT/the talks/nsubjpass/9/NOUN/NNS/talk were/auxpass/9/AUX/VBD/be "
        "hosted/ROOT/9/VERB/VBN/host by/agent/9/ADP/IN/by the/det/12/DET/DT/the "
        "EU/pobj/10/PROPN/NNP/EU ./punct/9/PUNCT/./."
    )
    actors = {"Kallas": "person:kaja-kallas", "Vucic": "person:aleksandar-vucic",
              "Kurti": "person:albin-kurti", "EU": "EU"}
    persons = {"person:kaja-kallas": ("Kaja Kallas", "EU"),
               "person:aleksandar-vucic": ("Aleksandar Vucic", "SRB"),
               "person:albin-kurti": ("Albin Kurti", "XKX")}
    doc = parse(blank, spec, actors, tags=True, persons=persons, doc_id="m2", date="2026-02-02")
    mediation = {t for t in stated(extractor.extract(doc)) if t[0] == "EU"}
    assert mediation == {("EU", "consult", "person:aleksandar-vucic"),
                         ("EU", "consult", "person:albin-kurti")}


HOSTED_AFTER_OTHER_TALKS = (
    "Armenia/nsubj/3/PROPN/NNP/Armenia and/cc/0/CCONJ/CC/and Azerbaijan/conj/0/PROPN/NNP/Azerbaijan "
    "met/ROOT/3/VERB/VBD/meet in/prep/3/ADP/IN/in Doha/pobj/4/PROPN/NNP/Doha ./punct/3/PUNCT/./. "
    "Turkey/nsubj/10/PROPN/NNP/Turkey and/cc/7/CCONJ/CC/and Armenia/conj/7/PROPN/NNP/Armenia "
    "held/ROOT/10/VERB/VBD/hold talks/dobj/10/NOUN/NNS/talk ./punct/10/PUNCT/./. "
    "The/det/14/DET/DT/the talks/nsubjpass/16/NOUN/NNS/talk were/auxpass/16/AUX/VBD/be "
    "hosted/ROOT/16/VERB/VBN/host by/agent/16/ADP/IN/by {host}/pobj/17/PROPN/NNP/{host} "
    "./punct/16/PUNCT/./."
)
HOSTED_ACTORS = {"Armenia": "ARM", "Azerbaijan": "AZE", "Turkey": "TUR", "Doha": "QAT",
                 "Qatar": "QAT", "Norway": "NOR"}


def test_the_talks_a_state_hosted_are_those_held_on_its_soil_not_merely_the_last(blank,
                                                                                  extractor):
    doc = build(blank, HOSTED_AFTER_OTHER_TALKS.format(host="Qatar"), HOSTED_ACTORS,
                places=("Doha",))
    hosted = {t for t in stated(extractor.extract(doc)) if t[0] == "QAT"}
    assert hosted == {("QAT", "consult", "ARM"), ("QAT", "consult", "AZE")}


def test_a_host_with_no_talks_on_its_soil_takes_the_last_talks(blank, extractor):
    doc = build(blank, HOSTED_AFTER_OTHER_TALKS.format(host="Norway"), HOSTED_ACTORS,
                places=("Doha",))
    hosted = {t for t in stated(extractor.extract(doc)) if t[0] == "NOR"}
    assert hosted == {("NOR", "consult", "TUR"), ("NOR", "consult", "ARM")}


def test_a_mediated_deal_not_signed_states_no_mediation(blank, extractor):
    spec = (
        "Colombia/nsubj/5/PROPN/NNP/Colombia and/cc/0/CCONJ/CC/and "
        "Venezuela/conj/0/PROPN/NNP/Venezuela did/aux/5/AUX/VBD/do not/neg/5/PART/RB/not "
        "sign/ROOT/5/VERB/VB/sign the/det/7/DET/DT/the accord/dobj/5/NOUN/NN/accord "
        "brokered/acl/7/VERB/VBN/broker by/agent/8/ADP/IN/by Cuba/pobj/9/PROPN/NNP/Cuba "
        "./punct/5/PUNCT/./."
    )
    found = extractor.extract(build(blank, spec, {"Colombia": "COL", "Venezuela": "VEN", "Cuba": "CUB"}))
    assert stated(found) == set()
    assert {(t.source.id, t.target.id) for t in found if t.relation.value == "consult"} == {
        ("CUB", "COL"), ("CUB", "VEN")
    }


# ------------------------------------------------------------------ meetings and their holder

MEETING_CASES = [
    pytest.param(
        "NATO/compound/1/PROPN/NNP/NATO ministers/nsubj/3/NOUN/NNS/minister are/aux/3/AUX/VBP/be "
        "gathering/ROOT/3/VERB/VBG/gather in/prep/3/ADP/IN/in Brussels/pobj/4/PROPN/NNP/Brussels "
        "for/prep/3/ADP/IN/for a/det/8/DET/DT/a meeting/pobj/6/NOUN/NN/meeting "
        "./punct/3/PUNCT/./. Ukraine/nsubj/14/PROPN/NNP/Ukraine and/cc/10/CCONJ/CC/and "
        "Georgia/conj/10/PROPN/NNP/Georgia are/aux/14/AUX/VBP/be sending/ROOT/14/VERB/VBG/send "
        "envoys/dobj/14/NOUN/NNS/envoy to/prep/14/ADP/IN/to the/det/18/DET/DT/the "
        "meeting/pobj/16/NOUN/NN/meeting ./punct/14/PUNCT/./.",
        {"NATO": "NATO", "Ukraine": "UKR", "Georgia": "GEO", "Brussels": "BEL"},
        {("UKR", "consult", "NATO"), ("GEO", "consult", "NATO")},
        id="senders-of-envoys-to-the-body's-meeting-each-consult-it",
    ),
    pytest.param(
        "Japan/nsubj/1/PROPN/NNP/Japan hosted/ROOT/1/VERB/VBD/host a/det/3/DET/DT/a "
        "conference/dobj/1/NOUN/NN/conference on/prep/3/ADP/IN/on Gaza/pobj/4/PROPN/NNP/Gaza "
        "./punct/1/PUNCT/./. Egypt/nsubj/10/PROPN/NNP/Egypt and/cc/7/CCONJ/CC/and "
        "Jordan/conj/7/PROPN/NNP/Jordan sent/ROOT/10/VERB/VBD/send "
        "ministers/dobj/10/NOUN/NNS/minister to/prep/10/ADP/IN/to the/det/14/DET/DT/the "
        "conference/pobj/12/NOUN/NN/conference ./punct/10/PUNCT/./.",
        {"Japan": "JPN", "Egypt": "EGY", "Jordan": "JOR"},
        {("EGY", "consult", "JPN"), ("JOR", "consult", "JPN")},
        id="the-conference-a-state-hosted",
    ),
    pytest.param(
        "India/nsubj/2/PROPN/NNP/India will/aux/2/AUX/MD/will attend/ROOT/2/VERB/VB/attend "
        "the/det/5/DET/DT/the SCO/compound/5/PROPN/NNP/SCO summit/dobj/2/NOUN/NN/summit "
        "./punct/2/PUNCT/./.",
        {"India": "IND", "SCO": "SCO"},
        {("IND", "consult", "SCO")},
        id="attending-the-body's-summit",
    ),
    pytest.param(
        "Leaders/nsubj/4/NOUN/NNS/leader of/prep/0/ADP/IN/of African/amod/3/ADJ/JJ/african "
        "nations/pobj/1/NOUN/NNS/nation met/ROOT/4/VERB/VBD/meet in/prep/4/ADP/IN/in "
        "Nairobi/pobj/5/PROPN/NNP/Nairobi for/prep/4/ADP/IN/for a/det/9/DET/DT/a "
        "summit/pobj/7/NOUN/NN/summit ./punct/4/PUNCT/./. Brazil/nsubj/12/PROPN/NNP/Brazil "
        "took/ROOT/12/VERB/VBD/take part/dobj/12/NOUN/NN/part in/prep/12/ADP/IN/in "
        "the/det/16/DET/DT/the summit/pobj/14/NOUN/NN/summit ./punct/12/PUNCT/./.",
        {"Brazil": "BRA", "Nairobi": "KEN"},
        {("BRA", "consult", "AU")},
        id="a-region's-leaders-meeting-as-one-body-are-its-organisation",
    ),
    pytest.param(
        "Foreign/amod/1/ADJ/JJ/foreign ministers/nsubj/7/NOUN/NNS/minister of/prep/1/ADP/IN/of "
        "Southeast/amod/4/ADJ/JJ/southeast Asian/amod/5/ADJ/JJ/asian "
        "countries/pobj/2/NOUN/NNS/country are/aux/7/AUX/VBP/be gathering/ROOT/7/VERB/VBG/gather "
        "for/prep/7/ADP/IN/for two/nummod/10/NUM/CD/two meetings/pobj/8/NOUN/NNS/meeting "
        "./punct/7/PUNCT/./. Australia/nsubj/16/PROPN/NNP/Australia and/cc/12/CCONJ/CC/and "
        "Canada/conj/12/PROPN/NNP/Canada are/aux/16/AUX/VBP/be sending/ROOT/16/VERB/VBG/send "
        "delegations/dobj/16/NOUN/NNS/delegation to/prep/16/ADP/IN/to the/det/20/DET/DT/the "
        "meetings/pobj/18/NOUN/NNS/meeting ./punct/16/PUNCT/./.",
        {"Australia": "AUS", "Canada": "CAN"},
        {("AUS", "consult", "ASEAN"), ("CAN", "consult", "ASEAN")},
        id="ministers-of-a-region's-countries-gathering-for-meetings",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey plans/ROOT/1/VERB/VBZ/plan to/aux/3/PART/TO/to "
        "participate/xcomp/1/VERB/VB/participate in/prep/3/ADP/IN/in the/det/6/DET/DT/the "
        "talks/pobj/4/NOUN/NNS/talk hosted/acl/6/VERB/VBN/host by/agent/7/ADP/IN/by "
        "Qatar/pobj/8/PROPN/NNP/Qatar ./punct/1/PUNCT/./.",
        {"Turkey": "TUR", "Qatar": "QAT"},
        {("TUR", "consult", "QAT")},
        id="participating-in-talks-hosted-by",
    ),
    pytest.param(
        "NATO/compound/1/PROPN/NNP/NATO ministers/nsubj/2/NOUN/NNS/minister "
        "met/ROOT/2/VERB/VBD/meet for/prep/2/ADP/IN/for two/nummod/5/NUM/CD/two "
        "days/pobj/3/NOUN/NNS/day of/prep/5/ADP/IN/of talks/pobj/6/NOUN/NNS/talk "
        "./punct/2/PUNCT/./. Sweden/nsubj/10/PROPN/NNP/Sweden sent/ROOT/10/VERB/VBD/send "
        "observers/dobj/10/NOUN/NNS/observer to/dative/10/ADP/IN/to the/det/14/DET/DT/the "
        "talks/pobj/12/NOUN/NN/talk ./punct/10/PUNCT/./.",
        {"NATO": "NATO", "Sweden": "SWE"},
        {("SWE", "consult", "NATO")},
        id="a-body-meeting-for-days-of-talks",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt sent/ROOT/1/VERB/VBD/send a/det/3/DET/DT/a "
        "delegation/dobj/1/NOUN/NN/delegation to/prep/1/ADP/IN/to a/det/6/DET/DT/a "
        "round/pobj/4/NOUN/NN/round of/prep/6/ADP/IN/of talks/pobj/7/NOUN/NNS/talk "
        "hosted/acl/8/VERB/VBN/host by/agent/9/ADP/IN/by Qatar/pobj/10/PROPN/NNP/Qatar "
        "./punct/1/PUNCT/./.",
        {"Egypt": "EGY", "Qatar": "QAT"},
        {("EGY", "consult", "QAT")},
        id="a-delegation-to-a-round-of-talks-hosted-by",
    ),
    pytest.param(
        "Leaders/nsubj/6/NOUN/NNS/leader of/prep/0/ADP/IN/of Armenia/pobj/1/PROPN/NNP/Armenia "
        "and/cc/2/CCONJ/CC/and Azerbaijan/conj/2/PROPN/NNP/Azerbaijan will/aux/6/AUX/MD/will "
        "meet/ROOT/6/VERB/VB/meet in/prep/6/ADP/IN/in Prague/pobj/7/PROPN/NNP/Prague "
        "./punct/6/PUNCT/./. France/nsubj/12/PROPN/NNP/France will/aux/12/AUX/MD/will "
        "attend/ROOT/12/VERB/VB/attend the/det/14/DET/DT/the meeting/dobj/12/NOUN/NN/meeting "
        "./punct/12/PUNCT/./.",
        {"Armenia": "ARM", "Azerbaijan": "AZE", "France": "FRA"},
        {("ARM", "consult", "AZE"), ("FRA", "consult", "ARM"), ("FRA", "consult", "AZE")},
        id="attending-the-meeting-of-parties-told-to-meet",
    ),
    pytest.param(
        "Australia/nsubj/4/PROPN/NNP/Australia and/cc/0/CCONJ/CC/and "
        "Canada/conj/0/PROPN/NNP/Canada are/aux/4/AUX/VBP/be sending/ROOT/4/VERB/VBG/send "
        "delegations/dobj/4/NOUN/NNS/delegation to/prep/4/ADP/IN/to the/det/8/DET/DT/the "
        "meetings/pobj/6/NOUN/NNS/meeting ./punct/4/PUNCT/./.",
        {"Australia": "AUS", "Canada": "CAN"},
        set(),
        id="senders-to-meetings-of-no-known-holder-relate-nobody",
    ),
    pytest.param(
        "African/amod/1/ADJ/JJ/african countries/nsubj/3/NOUN/NNS/country are/aux/3/AUX/VBP/be "
        "facing/ROOT/3/VERB/VBG/face a/det/5/DET/DT/a drought/dobj/3/NOUN/NN/drought "
        "./punct/3/PUNCT/./. Brazil/nsubj/8/PROPN/NNP/Brazil sent/ROOT/8/VERB/VBD/send "
        "a/det/10/DET/DT/a delegation/dobj/8/NOUN/NN/delegation to/prep/8/ADP/IN/to "
        "the/det/13/DET/DT/the talks/pobj/11/NOUN/NNS/talk ./punct/8/PUNCT/./.",
        {"Brazil": "BRA"},
        set(),
        id="a-region's-countries-not-meeting-are-no-body",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MEETING_CASES)
def test_who_goes_to_a_meeting_consults_its_holder(blank, extractor, spec, actors, expected):
    doc = build(blank, spec, actors, places=("Nairobi", "Brussels"))
    assert stated(extractor.extract(doc)) == expected


def test_attending_later_is_a_consultation_in_that_mood(blank, extractor):
    spec = MEETING_CASES[2].values[0]
    found = extractor.extract(build(blank, spec, {"India": "IND", "SCO": "SCO"}))
    assert {(t.source.id, t.target.id, t.modality.value) for t in found} == {("IND", "SCO", "future")}


def test_a_meeting_named_again_is_that_meeting(blank, extractor):
    # "Leaders gathered for a summit. Ghana convened a meeting. Peru will attend the summit.":
    # the summit is the one introduced first, of no known holder, not Ghana's meeting
    spec = (
        "Leaders/nsubj/1/NOUN/NNS/leader gathered/ROOT/1/VERB/VBD/gather for/prep/1/ADP/IN/for "
        "a/det/4/DET/DT/a summit/pobj/2/NOUN/NN/summit ./punct/1/PUNCT/./. "
        "Ghana/nsubj/7/PROPN/NNP/Ghana convened/ROOT/7/VERB/VBD/convene a/det/9/DET/DT/a "
        "meeting/dobj/7/NOUN/NN/meeting ./punct/7/PUNCT/./. Peru/nsubj/13/PROPN/NNP/Peru "
        "will/aux/13/AUX/MD/will attend/ROOT/13/VERB/VB/attend the/det/15/DET/DT/the "
        "summit/dobj/13/NOUN/NN/summit ./punct/13/PUNCT/./."
    )
    assert extractor.extract(build(blank, spec, {"Ghana": "GHA", "Peru": "PER"})) == []


def test_regional_bodies_are_validated_and_known_organisations(tmp_path):
    from geokg.errors import DataError
    from geokg.gazetteer import Gazetteer
    from geokg.relations.regions import load_regional_bodies

    bodies = load_regional_bodies()
    gazetteer = Gazetteer.load()
    for region, body in bodies.items():
        actor = gazetteer.get(body.id)
        assert actor is not None and actor.type.value == "organisation", region
    bad = tmp_path / "regions.json"
    bad.write_text(json.dumps({"regions": {"nordic": "NORDIC"}}), encoding="utf-8")
    with pytest.raises(DataError, match="nordic"):
        load_regional_bodies(bad)


# ------------------------------------------------------------------ the real model

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "mediation_cases.jsonl").open(encoding="utf-8")
]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_real_model_cases(nlp, case):
    found = stated(nlp(case["text"])._.geokg_triples)
    for source, relation, target in case["expect"]:
        assert (source, relation, target) in found
    for source, relation, target in case["absent"]:
        assert (source, relation, target) not in found
