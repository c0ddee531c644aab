"""Scope of negation and modality on hand-built parses: presupposed events, setting modifiers,
ended states, nominal plans, scheduled events (our own sentences)."""

from __future__ import annotations

import pytest
import spacy
from parses import bare as parse
from spacy.tokens import Doc

from geokg.modality import read_modality
from geokg.models import Modality

A, F, P, D, R, C = (
    Modality.ASSERTED,
    Modality.FUTURE,
    Modality.POSSIBLE,
    Modality.DESIRED,
    Modality.REPORTED,
    Modality.CONDITIONAL,
)


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab




def word(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


# spec, trigger word, durable, negated, modality
PRESUPPOSED = [
    # an affected event is stated whatever the mood of the affecting verb
    (
        "The/det/1/DET/the row/nsubj/3/NOUN/row could/aux/3/AUX/could hurt/ROOT/3/VERB/hurt "
        "trade/dobj/3/NOUN/trade between/prep/4/ADP/between Chile/pobj/5/PROPN/Chile "
        "and/cc/6/CCONJ/and Peru/conj/6/PROPN/Peru",
        "trade",
        False,
        False,
        A,
    ),
    (
        "The/det/1/DET/the vote/nsubj/4/NOUN/vote will/aux/4/AUX/will not/neg/4/PART/not "
        "weaken/ROOT/4/VERB/weaken the/det/6/DET/the alliance/dobj/4/NOUN/alliance "
        "between/prep/6/ADP/between Oslo/pobj/7/PROPN/Oslo and/cc/8/CCONJ/and "
        "Rome/conj/8/PROPN/Rome",
        "alliance",
        True,
        False,
        A,
    ),
    (
        "The/det/1/DET/the arrests/nsubj/3/NOUN/arrest might/aux/3/AUX/might "
        "jeopardize/ROOT/3/VERB/jeopardize talks/dobj/3/NOUN/talk with/prep/4/ADP/with "
        "Cairo/pobj/5/PROPN/Cairo",
        "talks",
        False,
        False,
        A,
    ),
    # how an existing event fares says nothing against it
    (
        "Ghana/poss/2/PROPN/Ghana 's/case/0/PART/'s support/nsubj/7/NOUN/support "
        "for/prep/2/ADP/for Togo/pobj/3/PROPN/Togo has/aux/7/AUX/have not/neg/7/PART/not "
        "changed/ROOT/7/VERB/change",
        "support",
        False,
        False,
        A,
    ),
    (
        "Talks/nsubj/6/NOUN/talk between/prep/0/ADP/between Peru/pobj/1/PROPN/Peru "
        "and/cc/2/CCONJ/and Chile/conj/2/PROPN/Chile could/aux/6/AUX/could "
        "collapse/ROOT/6/VERB/collapse",
        "Talks",
        False,
        False,
        A,
    ),
    (
        "The/det/1/DET/the alliance/nsubj/4/NOUN/alliance will/aux/4/AUX/will not/neg/4/PART/not "
        "survive/ROOT/4/VERB/survive",
        "alliance",
        True,
        False,
        A,
    ),
    # whether an event takes place is about the event itself
    (
        "Talks/nsubj/3/NOUN/talk will/aux/3/AUX/will not/neg/3/PART/not take/ROOT/3/VERB/take "
        "place/dobj/3/NOUN/place",
        "Talks",
        False,
        True,
        F,
    ),
    # what is stopped or continued happened, negated or wished stopping alike
    (
        "Russia/nsubj/3/PROPN/Russia did/aux/3/AUX/do not/neg/3/PART/not stop/ROOT/3/VERB/stop "
        "bombing/xcomp/3/VERB/bomb Kyiv/dobj/4/PROPN/Kyiv",
        "bombing",
        False,
        False,
        A,
    ),
    (
        "Sudan/nsubj/1/PROPN/Sudan could/aux/2/AUX/could halt/ROOT/2/VERB/halt "
        "raids/dobj/2/NOUN/raid on/prep/3/ADP/on Chad/pobj/4/PROPN/Chad",
        "raids",
        False,
        False,
        A,
    ),
    (
        "Mali/nsubj/1/PROPN/Mali refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "continue/xcomp/1/VERB/continue talks/dobj/3/NOUN/talk with/prep/4/ADP/with "
        "Niger/pobj/5/PROPN/Niger",
        "talks",
        False,
        False,
        A,
    ),
    # a continued state stays a state
    (
        "Oslo/nsubj/1/PROPN/Oslo continued/ROOT/1/VERB/continue its/poss/3/PRON/its "
        "alliance/dobj/1/NOUN/alliance with/prep/3/ADP/with Rome/pobj/4/PROPN/Rome",
        "alliance",
        True,
        False,
        A,
    ),
]

ENDED = [
    # a state ended is negated where the ending is stated ...
    (
        "The/det/1/DET/the treaty/nsubj/2/NOUN/treaty ended/ROOT/2/VERB/end "
        "decades/dobj/2/NOUN/decade of/prep/3/ADP/of rivalry/pobj/4/NOUN/rivalry",
        "rivalry",
        True,
        True,
        A,
    ),
    # ... and stands where the ending is wished, planned, possible or denied
    (
        "Talks/nsubj/1/NOUN/talk aimed/ROOT/1/VERB/aim at/prep/1/ADP/at ending/pcomp/2/VERB/end "
        "years/dobj/3/NOUN/year of/prep/4/ADP/of hostility/pobj/5/NOUN/hostility",
        "hostility",
        True,
        False,
        A,
    ),
    (
        "Seoul/nsubj/1/PROPN/Seoul vowed/ROOT/1/VERB/vow to/aux/3/PART/to end/xcomp/1/VERB/end "
        "the/det/5/DET/the feud/dobj/3/NOUN/feud",
        "feud",
        True,
        False,
        A,
    ),
    (
        "The/det/1/DET/the accord/nsubj/4/NOUN/accord did/aux/4/AUX/do not/neg/4/PART/not "
        "end/ROOT/4/VERB/end the/det/6/DET/the conflict/dobj/4/NOUN/conflict",
        "conflict",
        True,
        False,
        A,
    ),
    (
        "Quito/nsubj/2/PROPN/Quito will/aux/2/AUX/will end/ROOT/2/VERB/end its/poss/4/PRON/its "
        "alliance/dobj/2/NOUN/alliance",
        "alliance",
        True,
        False,
        A,
    ),
]

SETTING = [
    # the setting of a wished or planned event is presupposed
    (
        "Envoys/nsubj/1/NOUN/envoy pushed/ROOT/1/VERB/push to/aux/3/PART/to "
        "secure/xcomp/1/VERB/secure a/det/5/DET/a truce/dobj/3/NOUN/truce in/prep/5/ADP/in "
        "the/det/8/DET/the war/pobj/6/NOUN/war with/prep/8/ADP/with rebels/pobj/9/NOUN/rebel",
        "war",
        False,
        False,
        A,
    ),
    (
        "Both/det/1/DET/both sides/nsubj/2/NOUN/side hope/ROOT/2/VERB/hope to/aux/4/PART/to "
        "discuss/xcomp/2/VERB/discuss issues/dobj/4/NOUN/issue ,/punct/5/PUNCT/, "
        "including/prep/5/VERB/include the/det/9/DET/the embargo/pobj/7/NOUN/embargo "
        "on/prep/9/ADP/on Cuba/pobj/10/PROPN/Cuba",
        "embargo",
        False,
        False,
        A,
    ),
    (
        "Lima/nsubj/1/PROPN/Lima wants/ROOT/1/VERB/want a/det/4/DET/a "
        "lasting/amod/4/ADJ/lasting ceasefire/dobj/1/NOUN/ceasefire in/prep/4/ADP/in "
        "the/det/7/DET/the conflict/pobj/5/NOUN/conflict",
        "conflict",
        True,
        False,
        A,
    ),
    (  # the setting keeps its own attribution
        "Kenya/nsubj/1/PROPN/Kenya said/ROOT/1/VERB/say it/nsubj/3/PRON/it seeks/ccomp/1/VERB/seek "
        "a/det/5/DET/a truce/dobj/3/NOUN/truce in/prep/5/ADP/in the/det/8/DET/the "
        "war/pobj/6/NOUN/war",
        "war",
        False,
        False,
        R,
    ),
    # what the wish proposes is not presupposed: the wished object itself ...
    (
        "Envoys/nsubj/1/NOUN/envoy pushed/ROOT/1/VERB/push to/aux/3/PART/to "
        "secure/xcomp/1/VERB/secure a/det/5/DET/a truce/dobj/3/NOUN/truce in/prep/5/ADP/in "
        "the/det/8/DET/the war/pobj/6/NOUN/war",
        "truce",
        False,
        False,
        D,
    ),
    # ... nor the content of a wished deal or of talks
    (
        "Paris/nsubj/1/PROPN/Paris seeks/ROOT/1/VERB/seek a/det/3/DET/a deal/dobj/1/NOUN/deal "
        "on/prep/3/ADP/on the/det/6/DET/the withdrawal/pobj/4/NOUN/withdrawal "
        "of/prep/6/ADP/of troops/pobj/7/NOUN/troop",
        "withdrawal",
        False,
        False,
        D,
    ),
    (
        "They/nsubj/1/PRON/they held/ROOT/1/VERB/hold talks/dobj/1/NOUN/talk in/prep/2/ADP/in "
        "the/det/5/DET/the hope/pobj/3/NOUN/hope of/prep/5/ADP/of a/det/8/DET/a "
        "truce/pobj/6/NOUN/truce",
        "truce",
        False,
        False,
        D,
    ),
]

SETTING += [
    # "in" after a noun of taking part is its argument, not a setting
    (
        "Iran/nsubj/1/PROPN/Iran refused/ROOT/1/VERB/refuse any/det/3/DET/any "
        "participation/dobj/1/NOUN/participation in/prep/3/ADP/in talks/pobj/4/NOUN/talk "
        "with/prep/5/ADP/with Oman/pobj/6/PROPN/Oman",
        "talks",
        False,
        True,
        A,
    ),
    (
        "Quito/nsubj/1/PROPN/Quito hopes/ROOT/1/VERB/hope for/prep/1/ADP/for "
        "involvement/pobj/2/NOUN/involvement in/prep/3/ADP/in the/det/6/DET/the "
        "talks/pobj/4/NOUN/talk",
        "talks",
        False,
        False,
        D,
    ),
]

PLANS = [
    # a decision, plan or resolve to act: the act is planned, not done
    (
        "He/nsubj/1/PRON/he made/ROOT/1/VERB/make a/det/3/DET/a decision/dobj/1/NOUN/decision "
        "to/aux/5/PART/to reach/acl/3/VERB/reach an/det/7/DET/an agreement/dobj/5/NOUN/agreement",
        "agreement",
        False,
        False,
        F,
    ),
    (
        "Ghana/nsubj/1/PROPN/Ghana announced/ROOT/1/VERB/announce a/det/3/DET/a "
        "plan/dobj/1/NOUN/plan to/aux/5/PART/to meet/acl/3/VERB/meet Togo/dobj/5/PROPN/Togo",
        "meet",
        False,
        False,
        F,  # announced, and planned: the stronger of the two
    ),
    (
        "The/det/1/DET/the plan/nsubj/4/NOUN/plan to/aux/3/PART/to "
        "meet/acl/1/VERB/meet is/ROOT/4/AUX/be firm/acomp/4/ADJ/firm",
        "meet",
        False,
        False,
        F,
    ),
    # negation scope: the negated verb affects the resolve; the resolve's act is planned
    (
        "This/det/1/DET/this attack/nsubj/4/NOUN/attack will/aux/4/AUX/will not/neg/4/PART/not "
        "diminish/ROOT/4/VERB/diminish the/det/6/DET/the resolve/dobj/4/NOUN/resolve "
        "of/prep/6/ADP/of Peru/pobj/7/PROPN/Peru to/aux/10/PART/to work/acl/6/VERB/work "
        "with/prep/10/ADP/with Chile/pobj/11/PROPN/Chile",
        "work",
        False,
        False,
        F,
    ),
    (
        "Nothing/nsubj/2/PRON/nothing will/aux/2/AUX/will weaken/ROOT/2/VERB/weaken "
        "our/poss/4/PRON/our commitment/dobj/2/NOUN/commitment to/aux/6/PART/to "
        "defend/acl/4/VERB/defend Latvia/dobj/6/PROPN/Latvia",
        "defend",
        False,
        False,
        F,
    ),
    # an offer to act is a proposal, as with the verb
    (
        "Qatar/nsubj/1/PROPN/Qatar made/ROOT/1/VERB/make an/det/3/DET/an offer/dobj/1/NOUN/offer "
        "to/aux/5/PART/to host/acl/3/VERB/host talks/dobj/5/NOUN/talk",
        "host",
        False,
        False,
        D,
    ),
    # negation of the act itself still holds
    (
        "Peru/nsubj/1/PROPN/Peru failed/ROOT/1/VERB/fail to/aux/3/PART/to reach/xcomp/1/VERB/reach "
        "a/det/5/DET/a deal/dobj/3/NOUN/deal",
        "deal",
        False,
        True,
        A,
    ),
    (
        "No/det/1/DET/no meeting/nsubjpass/3/NOUN/meeting is/auxpass/3/AUX/be "
        "planned/ROOT/3/VERB/plan with/prep/3/ADP/with Iran/pobj/4/PROPN/Iran",
        "meeting",
        False,
        True,
        A,
    ),
]


CONDITIONED = [
    # the clause an "if" / "unless" clause modifies holds only on its condition
    (
        "Ghana/nsubj/2/PROPN/Ghana will/aux/2/AUX/will cut/ROOT/2/VERB/cut ties/dobj/2/NOUN/tie "
        "with/prep/3/ADP/with Togo/pobj/4/PROPN/Togo if/mark/9/SCONJ/if the/det/8/DET/the "
        "raids/nsubj/9/NOUN/raid go/advcl/2/VERB/go on/prt/9/ADP/on",
        "cut",
        False,
        False,
        C,
    ),
    (
        "Chad/nsubj/2/PROPN/Chad will/aux/2/AUX/will withdraw/ROOT/2/VERB/withdraw "
        "troops/dobj/2/NOUN/troop from/prep/2/ADP/from Niger/pobj/4/PROPN/Niger "
        "unless/mark/8/SCONJ/unless talks/nsubj/8/NOUN/talk resume/advcl/2/VERB/resume",
        "withdraw",
        False,
        False,
        C,
    ),
    (
        "Peru/nsubj/2/PROPN/Peru would/aux/2/AUX/would sign/ROOT/2/VERB/sign the/det/4/DET/the "
        "pact/dobj/2/NOUN/pact if/mark/7/SCONJ/if Chile/nsubj/7/PROPN/Chile "
        "agreed/advcl/2/VERB/agree",
        "sign",
        False,
        False,
        C,
    ),
    # "even if" concedes, it does not condition
    (
        "Mali/nsubj/2/PROPN/Mali will/aux/2/AUX/will meet/ROOT/2/VERB/meet Niger/dobj/2/PROPN/Niger "
        "even/advmod/5/ADV/even if/mark/7/SCONJ/if talks/nsubj/7/NOUN/talk fail/advcl/2/VERB/fail",
        "meet",
        False,
        False,
        F,
    ),
]


@pytest.mark.parametrize(
    "spec, trigger, durable, negated, modality",
    PRESUPPOSED + ENDED + SETTING + PLANS + CONDITIONED,
)
def test_scope(vocab, spec, trigger, durable, negated, modality):
    doc = parse(vocab, spec)
    reading = read_modality(word(doc, trigger), durable=durable)
    assert (reading.negated, reading.modality) == (negated, modality)


SCHEDULED = [
    # "is expected to" announces an event not yet happened: possible, marked scheduled ...
    (
        "Kenya/nsubjpass/2/PROPN/Kenya is/auxpass/2/AUX/be expected/ROOT/2/VERB/expect "
        "to/aux/4/PART/to meet/xcomp/2/VERB/meet Uganda/dobj/4/PROPN/Uganda",
        "meet",
        True,
    ),
    (
        "Envoys/nsubjpass/2/NOUN/envoy were/auxpass/2/AUX/be expected/ROOT/2/VERB/expect "
        "to/aux/4/PART/to visit/xcomp/2/VERB/visit Hanoi/dobj/4/PROPN/Hanoi",
        "visit",
        True,
    ),
    (
        "Talks/nsubjpass/2/NOUN/talk are/auxpass/2/AUX/be slated/ROOT/2/VERB/slate "
        "to/aux/4/PART/to resume/xcomp/2/VERB/resume",
        "resume",
        True,
    ),
    # ... while someone's expectation is a plain possibility
    (
        "He/nsubj/1/PRON/he expects/ROOT/1/VERB/expect Iran/dobj/1/PROPN/Iran to/aux/4/PART/to "
        "sign/xcomp/1/VERB/sign",
        "sign",
        False,
    ),
    # and a stronger mood or a negation is no schedule
    (
        "Kenya/nsubjpass/3/PROPN/Kenya is/auxpass/3/AUX/be not/neg/3/PART/not "
        "expected/ROOT/3/VERB/expect to/aux/5/PART/to meet/xcomp/3/VERB/meet "
        "Uganda/dobj/5/PROPN/Uganda",
        "meet",
        False,
    ),
]


@pytest.mark.parametrize("spec, trigger, scheduled", SCHEDULED)
def test_scheduling_passive(vocab, spec, trigger, scheduled):
    reading = read_modality(word(parse(vocab, spec), trigger))
    assert reading.scheduled is scheduled
    assert reading.modality is P and reading.negated is (trigger == "meet" and not scheduled)
