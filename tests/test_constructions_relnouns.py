"""Relational nouns, tension nouns, comitatives and lexicon frames on hand-built parses.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index), so the tests do not depend on the statistical parser; actor mentions are
set the way ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
import spacy
from parses import parse, relations
from spacy.tokens import Span


def run(blank, extractor, spec: str, actors: dict[str, str]) -> set[tuple[str, str, str]]:
    """The (source, relation, target) triples stated as facts in the hand-built parse ``spec``."""
    doc = parse(blank, spec, actors, tags=True, doc_id="r1", date="2026-01-05")
    return relations(extractor.extract(doc), stated_only=True)


# ------------------------------------------------------------------ 1. relational nouns

RELATIONAL_CASES = [
    pytest.param(
        "Mali/nsubj/1/PROPN/NNP/Mali is/ROOT/1/AUX/VBZ/be Algeria/poss/6/PROPN/NNP/Algeria "
        "'s/case/2/PART/POS/'s biggest/amod/6/ADJ/JJS/big trading/compound/6/NOUN/NN/trading "
        "partner/attr/1/NOUN/NN/partner ./punct/1/PUNCT/./.",
        {"Mali": "MLI", "Algeria": "DZA"},
        {("MLI", "cooperate", "DZA"), ("DZA", "cooperate", "MLI")},
        id="a-trading-partner-trades-both-ways-and-is-no-ally",
    ),
    pytest.param(
        "Chile/nsubj/9/PROPN/NNP/Chile ,/punct/0/PUNCT/,/, a/det/5/DET/DT/a "
        "major/amod/5/ADJ/JJ/major trade/compound/5/NOUN/NN/trade partner/appos/0/NOUN/NN/partner "
        "of/prep/5/ADP/IN/of China/pobj/6/PROPN/NNP/China ,/punct/0/PUNCT/,/, "
        "signed/ROOT/9/VERB/VBD/sign the/det/11/DET/DT/the accord/dobj/9/NOUN/NN/accord "
        "./punct/9/PUNCT/./.",
        {"Chile": "CHL", "China": "CHN"},
        {("CHL", "cooperate", "CHN"), ("CHN", "cooperate", "CHL")},
        id="a-trade-partner-in-apposition",
    ),
    pytest.param(
        "Norway/nsubj/1/PROPN/NNP/Norway remains/ROOT/1/VERB/VBZ/remain Poland/poss/5/PROPN/NNP/Poland "
        "'s/case/2/PART/POS/'s energy/compound/5/NOUN/NN/energy partner/attr/1/NOUN/NN/partner "
        "./punct/1/PUNCT/./.",
        {"Norway": "NOR", "Poland": "POL"},
        {("NOR", "cooperate", "POL"), ("POL", "cooperate", "NOR")},
        id="an-energy-partner",
    ),
    pytest.param(
        "Vietnam/nsubj/1/PROPN/NNP/Vietnam is/ROOT/1/AUX/VBZ/be a/det/4/DET/DT/a "
        "strategic/amod/4/ADJ/JJ/strategic partner/attr/1/NOUN/NN/partner of/prep/4/ADP/IN/of "
        "India/pobj/5/PROPN/NNP/India ./punct/1/PUNCT/./.",
        {"Vietnam": "VNM", "India": "IND"},
        {("IND", "ally", "VNM")},
        id="a-strategic-partner-stays-an-ally",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", RELATIONAL_CASES)
def test_relational_nouns(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 2. tension nouns

TENSION_CASES = [
    pytest.param(
        "Recurring/amod/3/VERB/VBG/recur flare/compound/3/NOUN/NN/flare -/punct/3/PUNCT/HYPH/- "
        "ups/nsubj/8/NOUN/NNS/up between/prep/3/ADP/IN/between Thailand/pobj/4/PROPN/NNP/Thailand "
        "and/cc/5/CCONJ/CC/and Cambodia/conj/5/PROPN/NNP/Cambodia worried/ROOT/8/VERB/VBD/worry "
        "observers/dobj/8/NOUN/NNS/observer ./punct/8/PUNCT/./.",
        {"Thailand": "THA", "Cambodia": "KHM"},
        {("KHM", "tension", "THA")},
        id="flare-ups-between",
    ),
    pytest.param(
        "A/det/3/DET/DT/a flare/compound/3/NOUN/NN/flare -/punct/3/PUNCT/HYPH/- "
        "up/nsubj/8/NOUN/NN/up between/prep/3/ADP/IN/between Kenya/pobj/4/PROPN/NNP/Kenya "
        "and/cc/5/CCONJ/CC/and Somalia/conj/5/PROPN/NNP/Somalia followed/ROOT/8/VERB/VBD/follow "
        "./punct/8/PUNCT/./.",
        {"Kenya": "KEN", "Somalia": "SOM"},
        {("KEN", "tension", "SOM")},
        id="a-flare-up-between",
    ),
    pytest.param(
        "Georgia/nsubj/3/PROPN/NNP/Georgia and/cc/0/CCONJ/CC/and Russia/conj/0/PROPN/NNP/Russia "
        "had/ROOT/3/VERB/VBD/have a/det/5/DET/DT/a flareup/dobj/3/NOUN/NN/flareup "
        "along/prep/3/ADP/IN/along the/det/8/DET/DT/the border/pobj/6/NOUN/NN/border "
        "./punct/3/PUNCT/./.",
        {"Georgia": "GEO", "Russia": "RUS"},
        {("GEO", "tension", "RUS")},
        id="a-flareup-of-a-coordinated-subject",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", TENSION_CASES)
def test_tension_nouns(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 5. verbs and frames

FRAME_CASES = [
    pytest.param(
        "France/nsubj/1/PROPN/NNP/France recalled/ROOT/1/VERB/VBD/recall its/poss/3/PRON/PRP$/its "
        "ambassador/dobj/1/NOUN/NN/ambassador to/prep/3/ADP/IN/to "
        "Australia/pobj/4/PROPN/NNP/Australia ./punct/1/PUNCT/./.",
        {"France": "FRA", "Australia": "AUS"},
        {("FRA", "sanction", "AUS")},
        id="recalled-its-ambassador-to",
    ),
    pytest.param(
        "Ghana/nsubj/1/PROPN/NNP/Ghana withdrew/ROOT/1/VERB/VBD/withdraw its/poss/3/PRON/PRP$/its "
        "ambassador/dobj/1/NOUN/NN/ambassador to/prep/1/ADP/IN/to Togo/pobj/4/PROPN/NNP/Togo "
        "./punct/1/PUNCT/./.",
        {"Ghana": "GHA", "Togo": "TGO"},
        {("GHA", "sanction", "TGO")},
        id="withdrew-its-ambassador-to-on-the-verb",
    ),
    pytest.param(
        "Peru/nsubj/1/PROPN/NNP/Peru recalled/ROOT/1/VERB/VBD/recall its/poss/3/PRON/PRP$/its "
        "envoy/dobj/1/NOUN/NN/envoy from/prep/1/ADP/IN/from Bolivia/pobj/4/PROPN/NNP/Bolivia "
        "./punct/1/PUNCT/./.",
        {"Peru": "PER", "Bolivia": "BOL"},
        {("PER", "sanction", "BOL")},
        id="recalled-its-envoy-from",
    ),
    pytest.param(
        "The/det/1/DET/DT/the envoy/nsubj/4/NOUN/NN/envoy of/prep/1/ADP/IN/of "
        "Iran/pobj/2/PROPN/NNP/Iran returned/ROOT/4/VERB/VBD/return to/prep/4/ADP/IN/to "
        "Moscow/pobj/5/PROPN/NNP/Moscow ./punct/4/PUNCT/./.",
        {"Iran": "IRN", "Moscow": "RUS"},
        set(),
        id="returning-to-a-capital-concedes-nothing",
    ),
    pytest.param(
        "The/det/1/DET/DT/the delegation/nsubj/2/NOUN/NN/delegation returned/ROOT/2/VERB/VBD/return "
        "from/prep/2/ADP/IN/from Cairo/pobj/3/PROPN/NNP/Cairo to/prep/2/ADP/IN/to "
        "Ankara/pobj/5/PROPN/NNP/Ankara ./punct/2/PUNCT/./.",
        {"Cairo": "EGY", "Ankara": "TUR"},
        set(),
        id="returning-from-one-capital-to-another",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel returned/ROOT/1/VERB/VBD/return the/det/3/DET/DT/the "
        "bodies/dobj/1/NOUN/NNS/body to/prep/1/ADP/IN/to Egypt/pobj/4/PROPN/NNP/Egypt "
        "./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Egypt": "EGY"},
        {("ISR", "concede", "EGY")},
        id="returning-something-to-an-actor-concedes",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", FRAME_CASES)
def test_verbs_and_frames(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 3. comitatives and joint action

COMITATIVE_CASES = [
    pytest.param(
        "Kenyan/amod/1/ADJ/JJ/kenyan troops/nsubj/8/NOUN/NNS/troop ,/punct/1/PUNCT/,/, "
        "together/advmod/4/ADV/RB/together with/prep/1/ADP/IN/with "
        "Ugandan/amod/6/ADJ/JJ/ugandan forces/pobj/4/NOUN/NNS/force ,/punct/1/PUNCT/,/, "
        "attacked/ROOT/8/VERB/VBD/attack Shabaab/dobj/8/PROPN/NNP/Shabaab in/prep/8/ADP/IN/in "
        "Somalia/pobj/10/PROPN/NNP/Somalia ./punct/8/PUNCT/./.",
        {"Kenyan": "KEN", "Ugandan": "UGA", "Shabaab": "group:al-shabaab"},
        {
            ("KEN", "assault", "group:al-shabaab"),
            ("UGA", "assault", "group:al-shabaab"),
            ("KEN", "cooperate", "UGA"),
            ("UGA", "cooperate", "KEN"),
        },
        id="together-with-on-the-subject",
    ),
    pytest.param(
        "Chadian/amod/1/ADJ/JJ/chadian soldiers/nsubj/8/NOUN/NNS/soldier ,/punct/1/PUNCT/,/, "
        "along/prep/1/ADP/IN/along with/prep/3/ADP/IN/with Nigerian/amod/6/ADJ/JJ/nigerian "
        "troops/pobj/4/NOUN/NNS/troop ,/punct/1/PUNCT/,/, drove/ROOT/8/VERB/VBD/drive "
        "Shabaab/dobj/8/PROPN/NNP/Shabaab out/prt/8/ADP/RP/out of/prep/8/ADP/IN/of "
        "the/det/13/DET/DT/the town/pobj/11/NOUN/NN/town ./punct/8/PUNCT/./.",
        {"Chadian": "TCD", "Nigerian": "NGA", "Shabaab": "group:al-shabaab"},
        {
            # soldiers driving an armed group out fight it (constructions/expulsion.py)
            ("TCD", "assault", "group:al-shabaab"),
            ("NGA", "assault", "group:al-shabaab"),
            ("NGA", "cooperate", "TCD"),
            ("TCD", "cooperate", "NGA"),
        },
        id="along-with-on-the-subject",
    ),
    pytest.param(
        "Nigeria/nsubj/7/PROPN/NNP/Nigeria ,/punct/0/PUNCT/,/, in/prep/0/ADP/IN/in "
        "cooperation/pobj/2/NOUN/NN/cooperation with/prep/3/ADP/IN/with Niger/pobj/4/PROPN/NNP/Niger "
        ",/punct/0/PUNCT/,/, launched/ROOT/7/VERB/VBD/launch an/det/9/DET/DT/an "
        "offensive/dobj/7/NOUN/NN/offensive against/prep/9/ADP/IN/against "
        "Shabaab/pobj/10/PROPN/NNP/Shabaab ./punct/7/PUNCT/./.",
        {"Nigeria": "NGA", "Niger": "NER", "Shabaab": "group:al-shabaab"},
        {
            ("NGA", "assault", "group:al-shabaab"),
            ("NER", "assault", "group:al-shabaab"),
            ("NER", "cooperate", "NGA"),
            ("NGA", "cooperate", "NER"),
        },
        id="in-cooperation-with-on-the-subject",
    ),
    pytest.param(
        "Rwandan/amod/1/ADJ/JJ/rwandan troops/nsubj/2/NOUN/NNS/troop fought/ROOT/2/VERB/VBD/fight "
        "together/advmod/2/ADV/RB/together with/prep/2/ADP/IN/with Congolese/amod/6/ADJ/JJ/congolese "
        "soldiers/pobj/4/NOUN/NNS/soldier against/prep/2/ADP/IN/against the/det/9/DET/DT/the "
        "M23/pobj/7/PROPN/NNP/M23 ./punct/2/PUNCT/./.",
        {"Rwandan": "RWA", "Congolese": "COD", "M23": "group:m23"},
        {
            ("RWA", "assault", "group:m23"),
            ("COD", "assault", "group:m23"),
            ("COD", "cooperate", "RWA"),
            ("RWA", "cooperate", "COD"),
        },
        id="together-with-on-the-verb",
    ),
    pytest.param(
        "Kenyan/amod/1/ADJ/JJ/kenyan troops/nsubj/9/NOUN/NNS/troop ,/punct/1/PUNCT/,/, "
        "together/advmod/4/ADV/RB/together with/prep/1/ADP/IN/with "
        "Ugandan/amod/6/ADJ/JJ/ugandan forces/pobj/4/NOUN/NNS/force ,/punct/1/PUNCT/,/, "
        "have/aux/9/AUX/VBP/have pushed/ROOT/9/VERB/VBN/push the/det/11/DET/DT/the "
        "militants/dobj/9/NOUN/NNS/militant out/prt/9/ADP/RP/out of/prep/9/ADP/IN/of "
        "the/det/15/DET/DT/the cities/pobj/13/NOUN/NNS/city ./punct/9/PUNCT/./.",
        {"Kenyan": "KEN", "Ugandan": "UGA"},
        {("KEN", "cooperate", "UGA"), ("UGA", "cooperate", "KEN")},
        id="acting-together-on-a-target-that-is-no-actor",
    ),
    pytest.param(
        "French/amod/1/ADJ/JJ/french jets/nsubj/2/NOUN/NNS/jet struck/ROOT/2/VERB/VBD/strike "
        "the/det/4/DET/DT/the rebels/dobj/2/NOUN/NNS/rebel alongside/prep/2/ADP/IN/alongside "
        "Malian/amod/7/ADJ/JJ/malian forces/pobj/5/NOUN/NNS/force ./punct/2/PUNCT/./.",
        {"French": "FRA", "Malian": "MLI"},
        {("FRA", "cooperate", "MLI"), ("MLI", "cooperate", "FRA")},
        id="alongside-on-the-verb",
    ),
    pytest.param(
        "Britain/nsubj/6/PROPN/NNP/Britain ,/punct/0/PUNCT/,/, together/advmod/3/ADV/RB/together "
        "with/prep/0/ADP/IN/with France/pobj/3/PROPN/NNP/France ,/punct/0/PUNCT/,/, "
        "condemned/ROOT/6/VERB/VBD/condemn Iran/dobj/6/PROPN/NNP/Iran ./punct/6/PUNCT/./.",
        {"Britain": "GBR", "France": "FRA", "Iran": "IRN"},
        {("GBR", "accuse", "IRN"), ("FRA", "accuse", "IRN")},
        id="a-joint-statement-is-shared-but-no-material-cooperation",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", COMITATIVE_CASES)
def test_comitatives(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


def test_a_comitative_hung_on_a_comma_still_counts(blank, extractor):
    spec = (
        "Kenyan/amod/1/ADJ/JJ/kenyan troops/nsubj/9/NOUN/NNS/troop ,/punct/9/PUNCT/,/, "
        "together/advmod/4/ADV/RB/together with/prep/2/ADP/IN/with "
        "Ugandan/amod/6/ADJ/JJ/ugandan forces/pobj/4/NOUN/NNS/force ,/punct/4/PUNCT/,/, "
        "have/aux/9/AUX/VBP/have pushed/ROOT/9/VERB/VBN/push the/det/11/DET/DT/the "
        "militants/dobj/9/NOUN/NNS/militant out/prt/9/ADP/RP/out of/prep/9/ADP/IN/of "
        "the/det/15/DET/DT/the cities/pobj/13/NOUN/NN/city ./punct/9/PUNCT/./."
    )
    found = run(blank, extractor, spec, {"Kenyan": "KEN", "Ugandan": "UGA"})
    assert found == {("KEN", "cooperate", "UGA"), ("UGA", "cooperate", "KEN")}


# ------------------------------------------------------------------ 5. directives "for X to do"

DIRECTIVE_CASES = [
    pytest.param(
        "China/nsubj/1/PROPN/NNP/China called/ROOT/1/VERB/VBD/call for/mark/5/SCONJ/IN/for "
        "Japan/nsubj/5/PROPN/NNP/Japan to/aux/5/PART/TO/to withdraw/advcl/1/VERB/VB/withdraw "
        "./punct/1/PUNCT/./.",
        {"China": "CHN", "Japan": "JPN"},
        {("CHN", "request", "JPN")},
        id="called-for-x-to-withdraw",
    ),
    pytest.param(
        "Vietnam/nsubj/1/PROPN/NNP/Vietnam issued/ROOT/1/VERB/VBD/issue a/det/3/DET/DT/a "
        "warning/dobj/1/NOUN/NN/warning for/mark/7/SCONJ/IN/for China/nsubj/7/PROPN/NNP/China "
        "to/aux/7/PART/TO/to leave/advcl/3/VERB/VB/leave the/det/9/DET/DT/the "
        "reef/dobj/7/NOUN/NN/reef ./punct/1/PUNCT/./.",
        {"Vietnam": "VNM", "China": "CHN"},
        {("VNM", "request", "CHN")},
        id="a-warning-for-x-to-leave-is-a-request-not-a-threat",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile issued/ROOT/1/VERB/VBD/issue a/det/3/DET/DT/a "
        "warning/dobj/1/NOUN/NN/warning for/prep/3/ADP/IN/for Peruvian/amod/6/ADJ/JJ/peruvian "
        "boats/pobj/4/NOUN/NNS/boat to/aux/8/PART/TO/to leave/acl/6/VERB/VB/leave "
        "./punct/1/PUNCT/./.",
        {"Chile": "CHL", "Peruvian": "PER"},
        {("CHL", "request", "PER")},
        id="a-warning-for-the-boats-to-leave-parsed-as-a-preposition",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey made/ROOT/1/VERB/VBD/make an/det/3/DET/DT/an "
        "appeal/dobj/1/NOUN/NN/appeal for/mark/7/SCONJ/IN/for Greece/nsubj/7/PROPN/NNP/Greece "
        "to/aux/7/PART/TO/to halt/advcl/3/VERB/VB/halt the/det/9/DET/DT/the "
        "drills/dobj/7/NOUN/NNS/drill ./punct/1/PUNCT/./.",
        {"Turkey": "TUR", "Greece": "GRC"},
        {("TUR", "request", "GRC")},
        id="an-appeal-for-x-to-halt",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", DIRECTIVE_CASES)
def test_directives_for_x_to_do(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 2. tension over a claimed thing

CONTESTED_CASES = [
    pytest.param(
        "Tensions/nsubj/10/NOUN/NNS/tension over/prep/0/ADP/IN/over the/det/3/DET/DT/the "
        "islands/pobj/1/NOUN/NNS/island claimed/acl/3/VERB/VBN/claim by/agent/4/ADP/IN/by "
        "both/det/7/DET/DT/both China/pobj/5/PROPN/NNP/China and/cc/7/CCONJ/CC/and "
        "Japan/conj/7/PROPN/NNP/Japan rose/ROOT/10/VERB/VBD/rise again/advmod/10/ADV/RB/again "
        "./punct/10/PUNCT/./.",
        {"China": "CHN", "Japan": "JPN"},
        {("CHN", "tension", "JPN")},
        id="tensions-over-islands-claimed-by-both",
    ),
    pytest.param(
        "Tensions/nsubj/9/NOUN/NNS/tension over/prep/0/ADP/IN/over the/det/3/DET/DT/the "
        "region/pobj/1/NOUN/NN/region disputed/acl/3/VERB/VBN/dispute by/agent/4/ADP/IN/by "
        "Armenia/pobj/5/PROPN/NNP/Armenia and/cc/6/CCONJ/CC/and "
        "Azerbaijan/conj/6/PROPN/NNP/Azerbaijan rose/ROOT/9/VERB/VBD/rise ./punct/9/PUNCT/./.",
        {"Armenia": "ARM", "Azerbaijan": "AZE"},
        {("ARM", "tension", "AZE")},
        id="tensions-over-a-region-disputed-by",
    ),
    pytest.param(
        "Tensions/nsubj/1/NOUN/NNS/tension rose/ROOT/1/VERB/VBD/rise over/prep/1/ADP/IN/over "
        "the/det/4/DET/DT/the reef/pobj/2/NOUN/NN/reef that/dobj/9/PRON/WDT/that "
        "Manila/nsubj/9/PROPN/NNP/Manila and/cc/6/CCONJ/CC/and Beijing/conj/6/PROPN/NNP/Beijing "
        "claim/relcl/4/VERB/VBP/claim ./punct/1/PUNCT/./.",
        {"Manila": "PHL", "Beijing": "CHN"},
        {("CHN", "tension", "PHL")},
        id="tensions-rose-over-a-reef-that-both-claim",
    ),
    pytest.param(
        "Tensions/nsubj/5/NOUN/NNS/tension over/prep/0/ADP/IN/over the/det/4/DET/DT/the "
        "disputed/amod/4/VERB/VBN/dispute islands/pobj/1/NOUN/NNS/island rose/ROOT/5/VERB/VBD/rise "
        "in/prep/5/ADP/IN/in Japan/pobj/6/PROPN/NNP/Japan and/cc/7/CCONJ/CC/and "
        "Korea/conj/7/PROPN/NNP/Korea ./punct/5/PUNCT/./.",
        {"Japan": "JPN", "Korea": "KOR"},
        set(),
        id="disputed-islands-name-no-claimants",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CONTESTED_CASES)
def test_tension_over_a_thing_two_actors_claim(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 4. distributive vs reciprocal

DISTRIBUTIVE_CASES = [
    pytest.param(
        "The/det/2/DET/DT/the United/compound/2/PROPN/NNP/United States/nsubj/8/PROPN/NNP/States "
        ",/punct/2/PUNCT/,/, China/conj/2/PROPN/NNP/China and/cc/4/CCONJ/CC/and "
        "Brazil/conj/4/PROPN/NNP/Brazil are/aux/8/AUX/VBP/be sending/ROOT/8/VERB/VBG/send "
        "representatives/dobj/8/NOUN/NNS/representative to/prep/8/ADP/IN/to the/det/12/DET/DT/the "
        "meetings/pobj/10/NOUN/NNS/meeting ./punct/8/PUNCT/./.",
        {"States": "USA", "China": "CHN", "Brazil": "BRA"},
        set(),
        id="senders-of-representatives-to-meetings-do-not-meet-each-other",
    ),
    pytest.param(
        "Spain/nsubj/3/PROPN/NNP/Spain and/cc/0/CCONJ/CC/and Italy/conj/0/PROPN/NNP/Italy "
        "dispatched/ROOT/3/VERB/VBD/dispatch envoys/dobj/3/NOUN/NNS/envoy to/prep/3/ADP/IN/to "
        "the/det/7/DET/DT/the negotiations/pobj/5/NOUN/NNS/negotiation ./punct/3/PUNCT/./.",
        {"Spain": "ESP", "Italy": "ITA"},
        set(),
        id="dispatching-envoys-to-negotiations",
    ),
    pytest.param(
        "Peru/nsubj/3/PROPN/NNP/Peru and/cc/0/CCONJ/CC/and Chile/conj/0/PROPN/NNP/Chile "
        "sent/ROOT/3/VERB/VBD/send a/det/5/DET/DT/a delegation/dobj/3/NOUN/NN/delegation "
        "to/prep/3/ADP/IN/to the/det/8/DET/DT/the talks/pobj/6/NOUN/NNS/talk "
        "with/prep/8/ADP/IN/with Bolivia/pobj/9/PROPN/NNP/Bolivia ./punct/3/PUNCT/./.",
        {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL"},
        {("PER", "consult", "BOL"), ("CHL", "consult", "BOL")},
        id="a-named-counterpart-is-still-consulted",
    ),
    pytest.param(
        "India/nsubj/3/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
        "held/ROOT/3/VERB/VBD/hold talks/dobj/3/NOUN/NNS/talk ./punct/3/PUNCT/./.",
        {"India": "IND", "Pakistan": "PAK"},
        {("IND", "consult", "PAK")},
        id="holding-talks-is-reciprocal",
    ),
    pytest.param(
        "France/nsubj/5/PROPN/NNP/France ,/punct/0/PUNCT/,/, Italy/conj/0/PROPN/NNP/Italy "
        "and/cc/2/CCONJ/CC/and Spain/conj/2/PROPN/NNP/Spain condemned/ROOT/5/VERB/VBD/condemn "
        "Russia/dobj/5/PROPN/NNP/Russia ./punct/5/PUNCT/./.",
        {"France": "FRA", "Italy": "ITA", "Spain": "ESP", "Russia": "RUS"},
        {("FRA", "accuse", "RUS"), ("ITA", "accuse", "RUS"), ("ESP", "accuse", "RUS")},
        id="a-directed-act-relates-each-conjunct-to-its-target-only",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", DISTRIBUTIVE_CASES)
def test_distributive_and_reciprocal_subjects(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ 1. "the two rivals"

SET_SPEC = (
    "India/nsubj/3/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
    "met/ROOT/3/VERB/VBD/meet ./punct/3/PUNCT/./. The/det/7/DET/DT/the two/nummod/7/NUM/CD/two "
    "{noun}/nsubj/8/NOUN/NNS/{lemma} agreed/ROOT/8/VERB/VBD/agree ./punct/8/PUNCT/./."
)


@pytest.mark.parametrize(
    "noun, lemma, expected",
    [
        ("rivals", "rival", {("IND", "rival", "PAK")}),
        ("foes", "foe", {("IND", "rival", "PAK")}),
        ("allies", "ally", {("IND", "ally", "PAK")}),
        ("neighbours", "neighbour", set()),
        ("partners", "partner", set()),
    ],
)
def test_a_description_of_a_set_by_a_relational_noun(blank, extractor, noun, lemma, expected):
    spec = SET_SPEC.format(noun=noun, lemma=lemma)
    doc = parse(blank, spec, {"India": "IND", "Pakistan": "PAK"}, tags=True)
    span = Span(doc, 5, 8, label="state")  # "The two rivals", resolved by coreference
    span._.geokg_actor = "IND"
    span._.geokg_actors = ["IND", "PAK"]
    span._.geokg_via = "coref"
    span._.geokg_location = False
    doc.spans["geokg_actors"] = [*doc.spans["geokg_actors"], span]
    found = relations(extractor.extract(doc), stated_only=True)
    assert found - {("IND", "consult", "PAK"), ("IND", "agree", "PAK")} == expected


# ------------------------------------------------------------------ 5. warning of harm to one's ties

CONSEQUENCE_CASES = [
    pytest.param(
        "Peru/nsubj/1/PROPN/NNP/Peru warned/ROOT/1/VERB/VBD/warn that/mark/6/SCONJ/IN/that "
        "the/det/4/DET/DT/the dispute/nsubj/6/NOUN/NN/dispute could/aux/6/AUX/MD/could "
        "affect/ccomp/1/VERB/VB/affect trade/dobj/6/NOUN/NN/trade between/prep/7/ADP/IN/between "
        "Peru/pobj/8/PROPN/NNP/Peru and/cc/9/CCONJ/CC/and Chile/conj/9/PROPN/NNP/Chile "
        "./punct/1/PUNCT/./.",
        {"Peru": "PER", "Chile": "CHL"},
        {("PER", "threaten", "CHL")},
        id="harm-to-trade-between-the-speaker-and-another",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey warned/ROOT/1/VERB/VBD/warn the/det/3/DET/DT/the "
        "row/dobj/1/NOUN/NN/row would/aux/5/AUX/MD/would damage/ccomp/1/VERB/VB/damage "
        "relations/dobj/5/NOUN/NNS/relation with/prep/5/ADP/IN/with Greece/pobj/7/PROPN/NNP/Greece "
        "./punct/1/PUNCT/./.",
        {"Turkey": "TUR", "Greece": "GRC"},
        {("TUR", "threaten", "GRC")},
        id="harm-to-the-speakers-relations-with-another",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt warned/ROOT/1/VERB/VBD/warn that/mark/6/SCONJ/IN/that "
        "the/det/4/DET/DT/the dam/nsubj/6/NOUN/NN/dam could/aux/6/AUX/MD/could "
        "harm/ccomp/1/VERB/VB/harm ties/dobj/6/NOUN/NNS/tie between/prep/7/ADP/IN/between "
        "Egypt/pobj/8/PROPN/NNP/Egypt and/cc/9/CCONJ/CC/and Ethiopia/conj/9/PROPN/NNP/Ethiopia "
        "./punct/1/PUNCT/./.",
        {"Egypt": "EGY", "Ethiopia": "ETH"},
        {("EGY", "threaten", "ETH")},
        id="harm-to-ties-between",
    ),
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany warned/ROOT/1/VERB/VBD/warn that/mark/6/SCONJ/IN/that "
        "the/det/4/DET/DT/the crisis/nsubj/6/NOUN/NN/crisis could/aux/6/AUX/MD/could "
        "hurt/ccomp/1/VERB/VB/hurt trade/dobj/6/NOUN/NN/trade between/prep/7/ADP/IN/between "
        "China/pobj/8/PROPN/NNP/China and/cc/9/CCONJ/CC/and Japan/conj/9/PROPN/NNP/Japan "
        "./punct/1/PUNCT/./.",
        {"Germany": "DEU", "China": "CHN", "Japan": "JPN"},
        set(),
        id="a-third-party-warning-about-others-ties-threatens-nobody",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CONSEQUENCE_CASES)
def test_warning_of_harm_to_ones_ties(blank, extractor, spec, actors, expected):
    found = run(blank, extractor, spec, actors)
    assert {t for t in found if t[1] == "threaten"} == expected


# ------------------------------------------------------------------ 2. "the dispute with X", told by Y

SPOKEN_DISPUTE_CASES = [
    pytest.param(
        "Ethiopia/nsubj/1/PROPN/NNP/Ethiopia said/ROOT/1/VERB/VBD/say the/det/3/DET/DT/the "
        "dispute/nsubjpass/8/NOUN/NN/dispute with/prep/3/ADP/IN/with Egypt/pobj/4/PROPN/NNP/Egypt "
        "would/aux/8/AUX/MD/would be/auxpass/8/AUX/VB/be settled/ccomp/1/VERB/VBN/settle "
        "soon/advmod/8/ADV/RB/soon ./punct/1/PUNCT/./.",
        {"Ethiopia": "ETH", "Egypt": "EGY"},
        {("EGY", "tension", "ETH")},
        id="the-dispute-with-x-said-by-y",
    ),
    pytest.param(
        "Serbia/nsubj/1/PROPN/NNP/Serbia said/ROOT/1/VERB/VBD/say tensions/nsubj/6/NOUN/NNS/tension "
        "with/prep/2/ADP/IN/with Kosovo/pobj/3/PROPN/NNP/Kosovo were/aux/6/AUX/VBD/be "
        "rising/ccomp/1/VERB/VBG/rise ./punct/1/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX"},
        {("SRB", "tension", "XKX")},
        id="tensions-with-x-said-by-y",
    ),
    pytest.param(
        "Chad/nsubj/1/PROPN/NNP/Chad says/ROOT/1/VERB/VBZ/say the/det/3/DET/DT/the "
        "feud/nsubj/7/NOUN/NN/feud with/prep/3/ADP/IN/with Sudan/pobj/4/PROPN/NNP/Sudan "
        "has/aux/7/AUX/VBZ/have deepened/ccomp/1/VERB/VBN/deepen ./punct/1/PUNCT/./.",
        {"Chad": "TCD", "Sudan": "SDN"},
        {("SDN", "tension", "TCD")},
        id="the-feud-with-x-said-by-y",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", SPOKEN_DISPUTE_CASES)
def test_a_tension_with_x_reported_by_the_other_side(blank, extractor, spec, actors, expected):
    found = run(blank, extractor, spec, actors)
    assert {t for t in found if t[1] == "tension"} == expected


DISTRIBUTIVE_VERB_CASES = [
    pytest.param(
        "Hungary/nsubj/3/PROPN/NNP/Hungary and/cc/0/CCONJ/CC/and Turkey/conj/0/PROPN/NNP/Turkey "
        "ratified/ROOT/3/VERB/VBD/ratify the/det/5/DET/DT/the protocol/dobj/3/NOUN/NN/protocol "
        "./punct/3/PUNCT/./.",
        {"Hungary": "HUN", "Turkey": "TUR"},
        set(),
        id="each-ratified",
    ),
    pytest.param(
        "China/nsubj/3/PROPN/NNP/China and/cc/0/CCONJ/CC/and India/conj/0/PROPN/NNP/India "
        "invested/ROOT/3/VERB/VBD/invest heavily/advmod/3/ADV/RB/heavily in/prep/3/ADP/IN/in "
        "Africa/pobj/5/PROPN/NNP/Africa ./punct/3/PUNCT/./.",
        {"China": "CHN", "India": "IND"},
        set(),
        id="each-invested",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/NNP/Japan and/cc/0/CCONJ/CC/and Australia/conj/0/PROPN/NNP/Australia "
        "visited/ROOT/3/VERB/VBD/visit the/det/5/DET/DT/the site/dobj/3/NOUN/NN/site "
        "./punct/3/PUNCT/./.",
        {"Japan": "JPN", "Australia": "AUS"},
        set(),
        id="each-visited-a-place-that-is-no-actor",
    ),
    pytest.param(
        "Qatar/nsubj/3/PROPN/NNP/Qatar and/cc/0/CCONJ/CC/and Egypt/conj/0/PROPN/NNP/Egypt "
        "received/ROOT/3/VERB/VBD/receive the/det/5/DET/DT/the hostages/dobj/3/NOUN/NNS/hostage "
        "./punct/3/PUNCT/./.",
        {"Qatar": "QAT", "Egypt": "EGY"},
        set(),
        id="each-received",
    ),
    pytest.param(
        "Kenya/nsubj/3/PROPN/NNP/Kenya and/cc/0/CCONJ/CC/and Uganda/conj/0/PROPN/NNP/Uganda "
        "signed/ROOT/3/VERB/VBD/sign the/det/5/DET/DT/the treaty/dobj/3/NOUN/NN/treaty "
        "./punct/3/PUNCT/./.",
        {"Kenya": "KEN", "Uganda": "UGA"},
        {("KEN", "agree", "UGA")},
        id="signing-is-reciprocal",
    ),
    pytest.param(
        "Kenya/nsubj/3/PROPN/NNP/Kenya and/cc/0/CCONJ/CC/and Uganda/conj/0/PROPN/NNP/Uganda "
        "visited/ROOT/3/VERB/VBD/visit Kyiv/dobj/3/PROPN/NNP/Kyiv ./punct/3/PUNCT/./.",
        {"Kenya": "KEN", "Uganda": "UGA", "Kyiv": "UKR"},
        {("KEN", "consult", "UKR"), ("UGA", "consult", "UKR")},
        id="each-visited-an-actor",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", DISTRIBUTIVE_VERB_CASES)
def test_distributive_and_reciprocal_predicates(blank, extractor, spec, actors, expected):
    assert run(blank, extractor, spec, actors) == expected


APPOSITION_CASES = [
    pytest.param(
        "Nabih/compound/1/PROPN/NNP/Nabih Berri/nsubj/7/PROPN/NNP/Berri ,/punct/1/PUNCT/,/, "
        "a/det/5/DET/DT/a Hezbollah/compound/5/PROPN/NNP/Hezbollah ally/appos/1/NOUN/NN/ally "
        ",/punct/1/PUNCT/,/, said/ROOT/7/VERB/VBD/say the/det/9/DET/DT/the "
        "vote/nsubjpass/11/NOUN/NN/vote was/auxpass/11/AUX/VBD/be delayed/ccomp/7/VERB/VBN/delay "
        "./punct/7/PUNCT/./.",
        {"Berri": "person:nabih-berri", "Hezbollah": "group:hezbollah"},
        {("group:hezbollah", "ally", "person:nabih-berri")},
        id="a-person-described-as-a-groups-ally",
    ),
    pytest.param(
        "Cuba/nsubj/7/PROPN/NNP/Cuba ,/punct/0/PUNCT/,/, an/det/3/DET/DT/an "
        "ally/appos/0/NOUN/NN/ally of/prep/3/ADP/IN/of Venezuela/pobj/4/PROPN/NNP/Venezuela "
        ",/punct/0/PUNCT/,/, condemned/ROOT/7/VERB/VBD/condemn the/det/9/DET/DT/the "
        "sanctions/dobj/7/NOUN/NNS/sanction ./punct/7/PUNCT/./.",
        {"Cuba": "CUB", "Venezuela": "VEN"},
        {("CUB", "ally", "VEN")},
        id="an-ally-of-in-apposition",
    ),
    pytest.param(
        "Russia/poss/3/PROPN/NNP/Russia 's/case/0/PART/POS/'s closest/amod/3/ADJ/JJS/close "
        "ally/nsubj/7/NOUN/NN/ally ,/punct/3/PUNCT/,/, Belarus/appos/3/PROPN/NNP/Belarus "
        ",/punct/3/PUNCT/,/, hosted/ROOT/7/VERB/VBD/host the/det/9/DET/DT/the "
        "drills/dobj/7/NOUN/NNS/drill ./punct/7/PUNCT/./.",
        {"Russia": "RUS", "Belarus": "BLR"},
        {("BLR", "ally", "RUS")},
        id="x-s-closest-ally-y",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", APPOSITION_CASES)
def test_relational_nouns_in_apposition(blank, extractor, spec, actors, expected):
    found = run(blank, extractor, spec, actors)
    assert {t for t in found if t[1] == "ally"} == expected
