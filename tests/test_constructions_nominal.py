"""Passives, raising and reduced relatives on hand-built parses (sentences written for these tests).

Each token is ``word/dep/head/pos/tag/lemma`` (head: absolute token index), built by
tests/parses.py. Each construction has several
sentences of its own, and a test that shows the mechanism is what finds them (with it patched out,
they are lost).
"""

from __future__ import annotations

import pytest

from geokg.models import Relation
from geokg.relations import RelationExtractor, syntax
from geokg.relations.constructions import event_nouns

from parses import parse, relations

# ------------------------------------------------------------------ fixtures


def build(blank, spec: str, actors: dict[str, str], places: tuple[str, ...] = ()):
    return parse(blank, spec, actors, tags=True, places=places)


def found(
    blank, extractor, spec: str, actors: dict[str, str], places: tuple[str, ...] = ()
) -> set[tuple[str, str, str]]:
    return relations(extractor.extract(build(blank, spec, actors, places)))


# ------------------------------------------------------------------ raising and control, passive

RAISED = [
    pytest.param(
        "Chile/nsubjpass/2/PROPN/NNP/Chile was/auxpass/2/AUX/VBD/be reported/ROOT/2/VERB/VBN/report "
        "to/aux/5/PART/TO/to have/aux/5/AUX/VB/have attacked/xcomp/2/VERB/VBN/attack "
        "Peru/dobj/5/PROPN/NNP/Peru ./punct/2/PUNCT/./.",
        {"Chile": "CHL", "Peru": "PER"},
        {("CHL", "assault", "PER")},
        id="was-reported-to-have-attacked",
    ),
    pytest.param(
        "Iran/nsubjpass/2/PROPN/NNP/Iran is/auxpass/2/AUX/VBZ/be believed/ROOT/2/VERB/VBN/believe "
        "to/aux/5/PART/TO/to have/aux/5/AUX/VB/have shelled/xcomp/2/VERB/VBN/shell "
        "Iraq/dobj/5/PROPN/NNP/Iraq ./punct/2/PUNCT/./.",
        {"Iran": "IRN", "Iraq": "IRQ"},
        {("IRN", "assault", "IRQ")},
        id="is-believed-to-have-shelled",
    ),
    pytest.param(
        "Brazil/nsubjpass/2/PROPN/NNP/Brazil is/auxpass/2/AUX/VBZ/be said/ROOT/2/VERB/VBN/say "
        "to/aux/5/PART/TO/to have/aux/5/AUX/VB/have met/xcomp/2/VERB/VBN/meet "
        "Argentina/dobj/5/PROPN/NNP/Argentina ./punct/2/PUNCT/./.",
        {"Brazil": "BRA", "Argentina": "ARG"},
        {("BRA", "consult", "ARG")},
        id="is-said-to-have-met",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", RAISED)
def test_passive_subject_of_a_raising_verb_is_the_infinitives_subject(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


def test_raised_subject_keeps_the_modality_of_its_governor(blank, extractor):
    (triple,) = extractor.extract(build(blank, RAISED[0].values[0], RAISED[0].values[1]))
    assert not triple.negated and triple.modality.value == "reported"


# ------------------------------------------------------------------ agentless passives with a source

FROM_SOURCE = [
    pytest.param(
        "Israel/nsubjpass/2/PROPN/NNP/Israel was/auxpass/2/AUX/VBD/be "
        "attacked/ROOT/2/VERB/VBN/attack from/prep/2/ADP/IN/from Lebanon/pobj/3/PROPN/NNP/Lebanon "
        "./punct/2/PUNCT/./.",
        {"Israel": "ISR", "Lebanon": "LBN"},
        {("LBN", "assault", "ISR")},
        id="was-attacked-from-a-state",
    ),
    pytest.param(
        "Kuwait/nsubjpass/2/PROPN/NNP/Kuwait was/auxpass/2/AUX/VBD/be struck/ROOT/2/VERB/VBN/strike "
        "from/prep/2/ADP/IN/from Iraqi/amod/5/ADJ/JJ/iraqi territory/pobj/3/NOUN/NN/territory "
        "./punct/2/PUNCT/./.",
        {"Kuwait": "KWT", "Iraqi": "IRQ"},
        {("IRQ", "assault", "KWT")},
        id="was-struck-from-a-states-territory",
    ),
    pytest.param(
        "Turkish/amod/1/ADJ/JJ/turkish troops/nsubj/2/NOUN/NNS/troop "
        "returned/ROOT/2/VERB/VBD/return fire/dobj/2/NOUN/NN/fire after/prep/2/ADP/IN/after "
        "being/auxpass/6/AUX/VBG/be attacked/pcomp/4/VERB/VBN/attack from/prep/6/ADP/IN/from "
        "Syria/pobj/7/PROPN/NNP/Syria ./punct/2/PUNCT/./.",
        {"Turkish": "TUR", "Syria": "SYR"},
        {("SYR", "assault", "TUR")},
        id="after-being-attacked-from-the-main-subject-is-the-victim",
    ),
    pytest.param(
        "Azerbaijan/nsubj/1/PROPN/NNP/Azerbaijan closed/ROOT/1/VERB/VBD/close "
        "its/poss/3/PRON/PRP$/its border/dobj/1/NOUN/NN/border after/prep/1/ADP/IN/after "
        "being/auxpass/6/AUX/VBG/be shelled/pcomp/4/VERB/VBN/shell from/prep/6/ADP/IN/from "
        "Armenia/pobj/7/PROPN/NNP/Armenia ./punct/1/PUNCT/./.",
        {"Azerbaijan": "AZE", "Armenia": "ARM"},
        {("ARM", "assault", "AZE")},
        id="closed-its-border-after-being-shelled-from",
    ),
    pytest.param(
        "Malian/amod/1/ADJ/JJ/malian soldiers/nsubj/2/NOUN/NNS/soldier "
        "retreated/ROOT/2/VERB/VBD/retreat when/advmod/4/SCONJ/WRB/when "
        "attacked/advcl/2/VERB/VBN/attack from/prep/4/ADP/IN/from Niger/pobj/5/PROPN/NNP/Niger "
        "./punct/2/PUNCT/./.",
        {"Malian": "MLI", "Niger": "NER"},
        {("NER", "assault", "MLI")},
        id="when-attacked-from-a-bare-participle",
    ),
    pytest.param(
        "Shells/nsubj/4/NOUN/NNS/shell fired/acl/0/VERB/VBN/fire from/prep/1/ADP/IN/from "
        "Syria/pobj/2/PROPN/NNP/Syria hit/ROOT/4/VERB/VBD/hit Turkey/dobj/4/PROPN/NNP/Turkey "
        "./punct/4/PUNCT/./.",
        {"Syria": "SYR", "Turkey": "TUR"},
        {("SYR", "assault", "TUR")},
        id="shells-fired-from-a-state-hit",
    ),
    pytest.param(
        "Drones/nsubj/4/NOUN/NNS/drone launched/acl/0/VERB/VBN/launch from/prep/1/ADP/IN/from "
        "Yemen/pobj/2/PROPN/NNP/Yemen targeted/ROOT/4/VERB/VBD/target Oman/dobj/4/PROPN/NNP/Oman "
        "./punct/4/PUNCT/./.",
        {"Yemen": "YEM", "Oman": "OMN"},
        {("YEM", "assault", "OMN")},
        id="drones-launched-from-a-state-targeted",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", FROM_SOURCE)
def test_the_state_an_attack_came_from_is_its_agent(blank, extractor, spec, actors, expected):
    assert found(blank, extractor, spec, actors) == expected


NOT_FROM_SOURCE = [
    pytest.param(
        "Israel/nsubjpass/2/PROPN/NNP/Israel was/auxpass/2/AUX/VBD/be "
        "attacked/ROOT/2/VERB/VBN/attack from/prep/2/ADP/IN/from Lebanon/pobj/3/PROPN/NNP/Lebanon "
        "by/agent/2/ADP/IN/by Hezbollah/pobj/5/PROPN/NNP/Hezbollah ./punct/2/PUNCT/./.",
        {"Israel": "ISR", "Lebanon": "LBN", "Hezbollah": "group:hezbollah"},
        {("group:hezbollah", "assault", "ISR")},
        id="a-by-agent-is-the-agent-not-the-place",
    ),
    pytest.param(
        "Two/nummod/1/NUM/CD/two envoys/nsubjpass/3/NOUN/NNS/envoy were/auxpass/3/AUX/VBD/be "
        "expelled/ROOT/3/VERB/VBN/expel from/prep/3/ADP/IN/from Chad/pobj/4/PROPN/NNP/Chad "
        "./punct/3/PUNCT/./.",
        {"Chad": "TCD"},
        set(),
        id="only-attack-verbs-take-their-source-as-agent",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", NOT_FROM_SOURCE)
def test_a_source_is_no_agent_beside_a_by_agent_or_of_other_verbs(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ reduced relatives that own

OWNED = [
    pytest.param(
        "Troops/nsubj/4/NOUN/NNS/troop sent/acl/0/VERB/VBN/send by/agent/1/ADP/IN/by "
        "Moscow/pobj/2/PROPN/NNP/Moscow attacked/ROOT/4/VERB/VBD/attack "
        "Georgia/dobj/4/PROPN/NNP/Georgia ./punct/4/PUNCT/./.",
        {"Moscow": "RUS", "Georgia": "GEO"},
        {("RUS", "assault", "GEO")},
        id="troops-sent-by",
    ),
    pytest.param(
        "Forces/nsubj/4/NOUN/NNS/force commanded/acl/0/VERB/VBN/command by/agent/1/ADP/IN/by "
        "Ankara/pobj/2/PROPN/NNP/Ankara shelled/ROOT/4/VERB/VBD/shell Syria/dobj/4/PROPN/NNP/Syria "
        "./punct/4/PUNCT/./.",
        {"Ankara": "TUR", "Syria": "SYR"},
        {("TUR", "assault", "SYR")},
        id="forces-commanded-by",
    ),
    pytest.param(
        "Soldiers/nsubj/4/NOUN/NNS/soldier deployed/acl/0/VERB/VBN/deploy by/agent/1/ADP/IN/by "
        "Kigali/pobj/2/PROPN/NNP/Kigali attacked/ROOT/4/VERB/VBD/attack "
        "Congo/dobj/4/PROPN/NNP/Congo ./punct/4/PUNCT/./.",
        {"Kigali": "RWA", "Congo": "COD"},
        {("RWA", "assault", "COD")},
        id="soldiers-deployed-by",
    ),
    pytest.param(
        "Militias/nsubj/4/NOUN/NNS/militia backed/acl/0/VERB/VBN/back by/agent/1/ADP/IN/by "
        "Iran/pobj/2/PROPN/NNP/Iran attacked/ROOT/4/VERB/VBD/attack Iraq/dobj/4/PROPN/NNP/Iraq "
        "./punct/4/PUNCT/./.",
        {"Iran": "IRN", "Iraq": "IRQ"},
        set(),
        id="militias-backed-by-a-state-are-not-that-state",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", OWNED)
def test_forces_sent_or_commanded_by_an_actor_are_its_own(blank, extractor, spec, actors, expected):
    assert found(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ "between" on a passive verb

HELD_BETWEEN = [
    pytest.param(
        "Talks/nsubjpass/2/NOUN/NNS/talk were/auxpass/2/AUX/VBD/be held/ROOT/2/VERB/VBN/hold "
        "between/prep/2/ADP/IN/between Armenia/pobj/3/PROPN/NNP/Armenia and/cc/4/CCONJ/CC/and "
        "Azerbaijan/conj/4/PROPN/NNP/Azerbaijan ./punct/2/PUNCT/./.",
        {"Armenia": "ARM", "Azerbaijan": "AZE"},
        {("ARM", "consult", "AZE")},
        id="talks-were-held-between",
    ),
    pytest.param(
        "Negotiations/nsubjpass/2/NOUN/NNS/negotiation were/auxpass/2/AUX/VBD/be "
        "opened/ROOT/2/VERB/VBN/open between/prep/2/ADP/IN/between Serbia/pobj/3/PROPN/NNP/Serbia "
        "and/cc/4/CCONJ/CC/and Kosovo/conj/4/PROPN/NNP/Kosovo ./punct/2/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX"},
        {("SRB", "consult", "XKX")},
        id="negotiations-were-opened-between",
    ),
    pytest.param(
        "Consultations/nsubjpass/2/NOUN/NNS/consultation were/auxpass/2/AUX/VBD/be "
        "held/ROOT/2/VERB/VBN/hold between/prep/2/ADP/IN/between Japan/pobj/3/PROPN/NNP/Japan "
        "and/cc/4/CCONJ/CC/and Korea/conj/4/PROPN/NNP/Korea ./punct/2/PUNCT/./.",
        {"Japan": "JPN", "Korea": "KOR"},
        {("JPN", "consult", "KOR")},
        id="consultations-were-held-between",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", HELD_BETWEEN)
def test_between_on_a_passive_verb_names_both_sides(blank, extractor, spec, actors, expected):
    assert found(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ event subjects of their own kind

EVENT_SUBJECTS = [
    pytest.param(
        "Sanctions/nsubj/4/NOUN/NNS/sanction imposed/acl/0/VERB/VBN/impose by/agent/1/ADP/IN/by "
        "Washington/pobj/2/PROPN/NNP/Washington hit/ROOT/4/VERB/VBD/hit Iran/dobj/4/PROPN/NNP/Iran "
        "./punct/4/PUNCT/./.",
        {"Washington": "USA", "Iran": "IRN"},
        set(),
        id="sanctions-that-hit-are-no-attack",
    ),
    pytest.param(
        "Swiss/amod/1/ADJ/JJ/swiss sanctions/nsubj/2/NOUN/NNS/sanction struck/ROOT/2/VERB/VBD/strike "
        "Belarus/dobj/2/PROPN/NNP/Belarus ./punct/2/PUNCT/./.",
        {"Swiss": "CHE", "Belarus": "BLR"},
        set(),
        id="sanctions-that-strike-are-no-attack",
    ),
    pytest.param(
        "The/det/2/DET/DT/the Turkish/amod/2/ADJ/JJ/turkish offensive/nsubj/3/NOUN/NN/offensive "
        "hit/ROOT/3/VERB/VBD/hit Syria/dobj/3/PROPN/NNP/Syria ./punct/3/PUNCT/./.",
        {"Turkish": "TUR", "Syria": "SYR"},
        {("TUR", "assault", "SYR")},
        id="an-offensive-that-hits-is-an-attack",
    ),
    pytest.param(
        "Iranian/amod/1/ADJ/JJ/iranian missiles/nsubj/2/NOUN/NNS/missile hit/ROOT/2/VERB/VBD/hit "
        "Israel/dobj/2/PROPN/NNP/Israel ./punct/2/PUNCT/./.",
        {"Iranian": "IRN", "Israel": "ISR"},
        {("IRN", "assault", "ISR")},
        id="missiles-that-hit-are-an-attack",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", EVENT_SUBJECTS)
def test_an_event_subject_stands_for_its_agent_before_a_verb_of_its_kind(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


# ------------------------------------------------------------------ the mechanisms are what find them


def test_without_raising_the_raised_subjects_are_lost(blank, monkeypatch):
    original = syntax.subjects_of

    def no_raising(verb, control, depth=0):  # the passive head's subject is never inherited
        if verb.dep_ == "xcomp" and syntax.is_passive(verb.head):
            return []
        return original(verb, control, depth)

    monkeypatch.setattr(syntax, "subjects_of", no_raising)
    import geokg.relations.roles as roles

    monkeypatch.setattr(roles, "subjects_of", no_raising)
    extractor = RelationExtractor(blank)
    for case in RAISED:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id


def test_without_launch_sites_and_adjunct_control_the_sources_are_lost(blank, monkeypatch):
    import geokg.relations.arguments as arguments
    import geokg.relations.resolve as resolve

    monkeypatch.setattr(arguments, "launch_sites", lambda verb, verbs: [])
    monkeypatch.setattr(resolve, "launch_sites", lambda verb, verbs: [])
    extractor = RelationExtractor(blank)
    for case in FROM_SOURCE:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id


def test_without_adjunct_control_the_victim_of_a_passive_adjunct_is_lost(blank, monkeypatch):
    monkeypatch.setattr(syntax, "adjunct_controller", lambda verb: [])
    extractor = RelationExtractor(blank)
    for case in FROM_SOURCE[2:5]:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id


def test_without_owning_participles_the_sent_forces_are_nobodys(blank, monkeypatch):
    extractor = RelationExtractor(blank)
    lists = dict(extractor.grammar.constructions)
    lists["owning_participles"] = frozenset()
    monkeypatch.setattr(extractor.grammar, "constructions", lists)
    for case in OWNED:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id


def test_without_same_act_sanctions_would_attack(blank, monkeypatch):
    import geokg.relations.arguments as arguments

    spec, actors = EVENT_SUBJECTS[0].values[0], EVENT_SUBJECTS[0].values[1]
    sanctions = build(blank, spec, actors)[0]
    grammar = RelationExtractor(blank).grammar
    assert event_nouns.same_act(grammar, sanctions, Relation.SANCTION)
    assert not event_nouns.same_act(grammar, sanctions, Relation.ASSAULT)
    monkeypatch.setattr(arguments, "same_act", lambda g, noun, relation: True)
    assert found(blank, RelationExtractor(blank), spec, actors) == {("USA", "assault", "IRN")}


# ------------------------------------------------------------------ gerunds under a passive verb

PASSIVE_GERUNDS = [
    pytest.param(
        "The/det/2/DET/DT/the Nigerian/amod/2/ADJ/JJ/nigerian army/nsubjpass/5/NOUN/NN/army "
        "has/aux/5/AUX/VBZ/have been/auxpass/5/AUX/VBN/be engaged/ROOT/5/VERB/VBN/engage "
        "in/prep/5/ADP/IN/in fighting/pcomp/6/VERB/VBG/fight Boko/compound/9/PROPN/NNP/Boko "
        "Haram/dobj/7/PROPN/NNP/Haram ./punct/5/PUNCT/./.",
        {"Nigerian": "NGA", "Haram": "group:boko-haram"},
        {("NGA", "assault", "group:boko-haram")},
        id="has-been-engaged-in-fighting",
    ),
    pytest.param(
        "Iran/nsubjpass/2/PROPN/NNP/Iran was/auxpass/2/AUX/VBD/be accused/ROOT/2/VERB/VBN/accuse "
        "of/prep/2/ADP/IN/of attacking/pcomp/3/VERB/VBG/attack Iraq/dobj/4/PROPN/NNP/Iraq "
        "./punct/2/PUNCT/./.",
        {"Iran": "IRN", "Iraq": "IRQ"},
        {("IRN", "assault", "IRQ")},
        id="was-accused-of-attacking",
    ),
    pytest.param(
        "Qatar/nsubjpass/2/PROPN/NNP/Qatar was/auxpass/2/AUX/VBD/be praised/ROOT/2/VERB/VBN/praise "
        "for/prep/2/ADP/IN/for helping/pcomp/3/VERB/VBG/help Sudan/dobj/4/PROPN/NNP/Sudan "
        "./punct/2/PUNCT/./.",
        {"Qatar": "QAT", "Sudan": "SDN"},
        {("QAT", "aid", "SDN")},
        id="was-praised-for-helping",
    ),
    pytest.param(
        "Cuba/nsubjpass/2/PROPN/NNP/Cuba was/auxpass/2/AUX/VBD/be blamed/ROOT/2/VERB/VBN/blame "
        "for/prep/2/ADP/IN/for supporting/pcomp/3/VERB/VBG/support "
        "Venezuela/dobj/4/PROPN/NNP/Venezuela ./punct/2/PUNCT/./.",
        {"Cuba": "CUB", "Venezuela": "VEN"},
        {("CUB", "support", "VEN")},
        id="was-blamed-for-supporting",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", PASSIVE_GERUNDS)
def test_a_gerund_under_a_passive_verb_has_the_passive_subject(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


def test_without_the_passive_subject_the_gerunds_lose_their_agent(blank, monkeypatch):
    original = syntax.subjects_of

    def active_only(verb, control, depth=0):
        if verb.dep_ == "pcomp" and syntax.is_passive(verb.head.head):
            return []
        return original(verb, control, depth)

    import geokg.relations.roles as roles

    monkeypatch.setattr(syntax, "subjects_of", active_only)
    monkeypatch.setattr(roles, "subjects_of", active_only)
    extractor = RelationExtractor(blank)
    for case in PASSIVE_GERUNDS:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id


# ------------------------------------------------------------------ judged events are facts

JUDGED = [
    pytest.param(
        "China/nsubj/3/PROPN/NNP/China did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "criticise/ROOT/3/VERB/VB/criticise Russia/poss/6/PROPN/NNP/Russia 's/case/4/PART/POS/'s "
        "invasion/dobj/3/NOUN/NN/invasion of/prep/6/ADP/IN/of Ukraine/pobj/7/PROPN/NNP/Ukraine "
        "./punct/3/PUNCT/./.",
        {"China": "CHN", "Russia": "RUS", "Ukraine": "UKR"},
        {("RUS", "assault", "UKR")},
        id="did-not-criticise-a-possessors-invasion",
    ),
    pytest.param(
        "Turkey/nsubj/2/PROPN/NNP/Turkey never/neg/2/ADV/RB/never condemned/ROOT/2/VERB/VBD/condemn "
        "the/det/5/DET/DT/the Azerbaijani/amod/5/ADJ/JJ/azerbaijani "
        "attack/dobj/2/NOUN/NN/attack on/prep/5/ADP/IN/on Armenia/pobj/6/PROPN/NNP/Armenia "
        "./punct/2/PUNCT/./.",
        {"Turkey": "TUR", "Azerbaijani": "AZE", "Armenia": "ARM"},
        {("AZE", "assault", "ARM")},
        id="never-condemned-a-demonyms-attack",
    ),
    pytest.param(
        "Pakistan/nsubj/3/PROPN/NNP/Pakistan has/aux/3/AUX/VBZ/have not/neg/3/PART/RB/not "
        "recognised/ROOT/3/VERB/VBN/recognise the/det/5/DET/DT/the blockade/dobj/3/NOUN/NN/blockade "
        "of/prep/5/ADP/IN/of Qatar/pobj/6/PROPN/NNP/Qatar by/prep/5/ADP/IN/by "
        "Egypt/pobj/8/PROPN/NNP/Egypt ./punct/3/PUNCT/./.",
        {"Pakistan": "PAK", "Qatar": "QAT", "Egypt": "EGY"},
        {("EGY", "coerce", "QAT")},
        id="has-not-recognised-a-blockade-by",
    ),
    pytest.param(
        "Germany/nsubj/3/PROPN/NNP/Germany did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "welcome/ROOT/3/VERB/VB/welcome the/det/6/DET/DT/the American/amod/6/ADJ/JJ/american "
        "embargo/dobj/3/NOUN/NN/embargo on/prep/6/ADP/IN/on Cuba/pobj/7/PROPN/NNP/Cuba "
        "./punct/3/PUNCT/./.",
        {"Germany": "DEU", "American": "USA", "Cuba": "CUB"},
        {("USA", "sanction", "CUB")},
        id="did-not-welcome-an-embargo",
    ),
]

NOT_JUDGED = [
    pytest.param(
        "France/nsubj/1/PROPN/NNP/France urged/ROOT/1/VERB/VBD/urge a/det/4/DET/DT/a "
        "Russian/amod/4/ADJ/JJ/russian withdrawal/dobj/1/NOUN/NN/withdrawal from/prep/4/ADP/IN/from "
        "Georgia/pobj/5/PROPN/NNP/Georgia ./punct/1/PUNCT/./.",
        {"France": "FRA", "Russian": "RUS", "Georgia": "GEO"},
        {("FRA", "request", "RUS")},
        id="an-urged-withdrawal-is-not-told-as-done",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/NNP/Japan has/aux/3/AUX/VBZ/have not/neg/3/PART/RB/not "
        "criticised/ROOT/3/VERB/VBN/criticise the/det/7/DET/DT/the possible/amod/7/ADJ/JJ/possible "
        "Chinese/amod/7/ADJ/JJ/chinese blockade/dobj/3/NOUN/NN/blockade of/prep/7/ADP/IN/of "
        "Taiwan/pobj/8/PROPN/NNP/Taiwan ./punct/3/PUNCT/./.",
        {"Japan": "JPN", "Chinese": "CHN", "Taiwan": "TWN"},
        set(),
        id="a-hedged-blockade-stays-hedged",
    ),
    pytest.param(
        "Israel/nsubj/3/PROPN/NNP/Israel did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "launch/ROOT/3/VERB/VB/launch its/poss/5/PRON/PRP$/its offensive/dobj/3/NOUN/NN/offensive "
        "against/prep/5/ADP/IN/against Hamas/pobj/6/PROPN/NNP/Hamas ./punct/3/PUNCT/./.",
        {"Israel": "ISR", "Hamas": "group:hamas"},
        set(),
        id="an-offensive-not-launched-stays-negated",
    ),
]


def _stated(blank, extractor, spec, actors):
    return relations(extractor.extract(build(blank, spec, actors)), stated_only=True)


@pytest.mark.parametrize("spec, actors, expected", JUDGED + NOT_JUDGED)
def test_an_event_judged_by_a_verb_is_told_as_a_fact(blank, extractor, spec, actors, expected):
    assert _stated(blank, extractor, spec, actors) == expected


def test_without_presupposition_the_judged_events_are_negated(blank, monkeypatch):
    import geokg.relations.component as component

    monkeypatch.setattr(component, "presupposed", lambda g, noun, pairs: False)
    extractor = RelationExtractor(blank)
    for case in JUDGED:
        assert _stated(blank, extractor, case.values[0], case.values[1]) == set(), case.id


# ------------------------------------------------------------------ ", invaded by X" after a noun

APPENDED = [
    pytest.param(
        "The/det/1/DET/DT/the future/nsubjpass/4/NOUN/NN/future is/aux/4/AUX/VBZ/be "
        "being/auxpass/4/AUX/VBG/be decided/ROOT/4/VERB/VBN/decide in/prep/4/ADP/IN/in "
        "Ukraine/pobj/5/PROPN/NNP/Ukraine ,/punct/4/PUNCT/,/, invaded/advcl/4/VERB/VBN/invade "
        "by/agent/8/ADP/IN/by Russia/pobj/9/PROPN/NNP/Russia in/prep/8/ADP/IN/in "
        "2022/pobj/11/NUM/CD/2022 ./punct/4/PUNCT/./.",
        {"Russia": "RUS", "Ukraine": "UKR"},
        ("Ukraine",),
        {("RUS", "assault", "UKR")},
        id="decided-in-a-state-invaded-by",
    ),
    pytest.param(
        "The/det/1/DET/DT/the war/nsubjpass/3/NOUN/NN/war is/auxpass/3/AUX/VBZ/be "
        "fought/ROOT/3/VERB/VBN/fight in/prep/3/ADP/IN/in Georgia/pobj/4/PROPN/NNP/Georgia "
        ",/punct/3/PUNCT/,/, invaded/advcl/3/VERB/VBN/invade by/agent/7/ADP/IN/by "
        "Russia/pobj/8/PROPN/NNP/Russia in/prep/7/ADP/IN/in 2008/pobj/10/NUM/CD/2008 "
        "./punct/3/PUNCT/./.",
        {"Russia": "RUS", "Georgia": "GEO"},
        ("Georgia",),
        {("RUS", "assault", "GEO")},
        id="fought-in-a-state-invaded-by",
    ),
    pytest.param(
        "Leaders/nsubj/1/NOUN/NNS/leader met/ROOT/1/VERB/VBD/meet in/prep/1/ADP/IN/in "
        "Cyprus/pobj/2/PROPN/NNP/Cyprus ,/punct/1/PUNCT/,/, occupied/advcl/1/VERB/VBN/occupy "
        "by/agent/5/ADP/IN/by Turkey/pobj/6/PROPN/NNP/Turkey since/prep/5/SCONJ/IN/since "
        "1974/pobj/8/NUM/CD/1974 ./punct/1/PUNCT/./.",
        {"Turkey": "TUR", "Cyprus": "CYP"},
        ("Cyprus",),
        {("TUR", "assault", "CYP")},
        id="met-in-a-state-occupied-by",
    ),
    pytest.param(
        "Armenia/nsubj/1/PROPN/NNP/Armenia closed/ROOT/1/VERB/VBD/close its/poss/3/PRON/PRP$/its "
        "border/dobj/1/NOUN/NN/border with/prep/3/ADP/IN/with Georgia/pobj/4/PROPN/NNP/Georgia "
        ",/punct/1/PUNCT/,/, attacked/advcl/1/VERB/VBN/attack by/agent/7/ADP/IN/by "
        "Azerbaijan/pobj/8/PROPN/NNP/Azerbaijan ./punct/1/PUNCT/./.",
        {"Armenia": "ARM", "Georgia": "GEO", "Azerbaijan": "AZE"},
        (),
        # closing one's border with Georgia coerces Georgia (constructions/border.py)
        {("AZE", "assault", "ARM"), ("ARM", "coerce", "GEO")},
        id="an-actor-subject-is-the-one-the-participle-describes",
    ),
]


@pytest.mark.parametrize("spec, actors, places, expected", APPENDED)
def test_a_participle_after_a_comma_describes_the_noun_before_it_when_the_subject_is_no_actor(
    blank, extractor, spec, actors, places, expected
):
    assert found(blank, extractor, spec, actors, places) == expected


def test_without_the_appended_noun_the_invaded_state_is_lost(blank, monkeypatch):
    import geokg.relations.roles as roles

    monkeypatch.setattr(roles, "appended_noun", lambda verb: [])
    extractor = RelationExtractor(blank)
    for case in APPENDED[:3]:
        spec, actors, places, _ = case.values
        assert found(blank, extractor, spec, actors, places) == set(), case.id


# ------------------------------------------------------------------ a verb coordinated with a noun

MISCOORDINATED = [
    pytest.param(
        "Turkish/amod/1/ADJ/JJ/turkish troops/nsubj/2/NOUN/NNS/troop crossed/ROOT/2/VERB/VBD/cross "
        "the/det/4/DET/DT/the border/dobj/2/NOUN/NN/border known/acl/4/VERB/VBN/know "
        "as/prep/5/ADP/IN/as the/det/8/DET/DT/the Line/pobj/6/PROPN/NNP/Line and/cc/8/CCONJ/CC/and "
        "shelled/conj/8/VERB/VBN/shell a/det/13/DET/DT/a Syrian/amod/13/ADJ/JJ/syrian "
        "outpost/dobj/10/NOUN/NN/outpost ./punct/2/PUNCT/./.",
        {"Turkish": "TUR", "Syrian": "SYR"},
        {("TUR", "assault", "SYR")},
        id="crossed-the-border-known-as-and-shelled",
    ),
    pytest.param(
        "Russian/amod/1/ADJ/JJ/russian jets/nsubj/2/NOUN/NNS/jet entered/ROOT/2/VERB/VBD/enter "
        "the/det/4/DET/DT/the zone/dobj/2/NOUN/NN/zone called/acl/4/VERB/VBN/call "
        "the/det/7/DET/DT/the Corridor/oprd/5/PROPN/NNP/Corridor and/cc/7/CCONJ/CC/and "
        "bombed/conj/7/VERB/VBD/bomb a/det/12/DET/DT/a Georgian/amod/12/ADJ/JJ/georgian "
        "base/dobj/9/NOUN/NN/base ./punct/2/PUNCT/./.",
        {"Russian": "RUS", "Georgian": "GEO"},
        {("RUS", "assault", "GEO")},
        id="entered-the-zone-called-and-bombed",
    ),
    pytest.param(
        "Ethiopian/amod/1/ADJ/JJ/ethiopian forces/nsubj/2/NOUN/NNS/force left/ROOT/2/VERB/VBD/leave "
        "the/det/4/DET/DT/the town/dobj/2/NOUN/NN/town named/acl/4/VERB/VBN/name "
        "Badme/oprd/5/PROPN/NNP/Badme and/cc/6/CCONJ/CC/and raided/conj/6/VERB/VBD/raid "
        "an/det/11/DET/DT/an Eritrean/amod/11/ADJ/JJ/eritrean camp/dobj/8/NOUN/NN/camp "
        "./punct/2/PUNCT/./.",
        {"Ethiopian": "ETH", "Eritrean": "ERI"},
        {("ETH", "assault", "ERI")},
        id="left-the-town-named-and-raided",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MISCOORDINATED)
def test_a_verb_coordinated_with_a_noun_takes_the_subject_of_that_nouns_clause(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


def test_without_the_clause_of_the_noun_the_miscoordinated_verb_has_no_agent(blank, monkeypatch):
    monkeypatch.setattr(syntax, "clause_of", lambda tok: None)
    extractor = RelationExtractor(blank)
    for case in MISCOORDINATED:
        assert found(blank, extractor, case.values[0], case.values[1]) == set(), case.id
