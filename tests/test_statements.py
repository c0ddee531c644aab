"""Statements as agents, on hand-built parses (sentences written for these tests), and a few
on the real model.

A statement, spokesman, communique or report "from/for/by X" whose verb the parser read as a
reduced relative on it (:mod:`geokg.relations.repairs`) is the subject of that verb, and speaks
for X. A later "the statement", "the remarks", "the announcement" names the speech act or act of
will told before (:mod:`geokg.relations.constructions.speech_acts`). Each sentence is a list of
``word/dep/head/pos/tag/lemma`` tokens whose head is the index *within the sentence*; actor
mentions are one token each.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geokg.relations.repairs import misread_subject, shifted_object

from parses import parse


def build(nlp, sentences: list[str], actors: dict[str, str]) -> Doc:
    """A Doc of the sentences (heads within each sentence made absolute)."""
    tokens: list[str] = []
    for sentence in sentences:
        base = len(tokens)
        for tok in sentence.split(" "):
            word, dep, head, rest = tok.split("/", 3)
            tokens.append(f"{word}/{dep}/{base + int(head)}/{rest}")
    return parse(nlp, " ".join(tokens), actors, tags=True, doc_id="s1")


def every(triples) -> set[tuple[str, str, str]]:
    return {(t.source.id, t.relation.value, t.target.id) for t in triples}


def speaker(noun: str, prep: str, actor: str, verb: str, lemma: str, rest: str,
            root: bool = False) -> str:
    """ "A <noun> <prep> <actor> <verb> <rest> ." with the verb hung on the noun as a reduced
    relative (the parser's misreading), or with ``root`` as the sentence's main verb (the right
    parse). ``rest`` is ``word/dep/head/pos/tag/lemma`` tokens with heads counted from the
    sentence start (the verb is token 4)."""
    if root:
        subject = f"A/det/1/DET/DT/a {noun}/nsubj/4/NOUN/NN/{noun}"
        verb_tok = f"{verb}/ROOT/4/VERB/VBD/{lemma}"
        top = 4
    else:
        subject = f"A/det/1/DET/DT/a {noun}/ROOT/1/NOUN/NN/{noun}"
        verb_tok = f"{verb}/acl/1/VERB/VBN/{lemma}"
        top = 1
    return (
        f"{subject} {prep}/prep/1/ADP/IN/{prep} {actor}/pobj/2/PROPN/NNP/{actor} {verb_tok} "
        f"{rest} ./punct/{top}/PUNCT/./."
    )


def obj(word: str) -> str:
    """A proper-noun object of the verb (token 5)."""
    return f"{word}/dobj/4/PROPN/NNP/{word}"


#: "A statement from Canada condemned in the strongest terms Friday's terrorist attack.": the
#: verb read as a relative, and its object as an apposition to "terms"
SHIFTED = (
    "A/det/1/DET/DT/a statement/ROOT/1/NOUN/NN/statement from/prep/1/ADP/IN/from "
    "Canada/pobj/2/PROPN/NNP/Canada condemned/acl/1/VERB/VBN/condemn in/prep/4/ADP/IN/in "
    "the/det/8/DET/DT/the strongest/amod/8/ADJ/JJS/strong terms/pobj/5/NOUN/NNS/term "
    "Friday/poss/12/PROPN/NNP/Friday 's/case/9/PART/POS/'s terrorist/amod/12/ADJ/JJ/terrorist "
    "attack/appos/8/NOUN/NN/attack ./punct/1/PUNCT/./."
)
HAMAS_ATTACKED = (
    "Hamas/nsubj/1/PROPN/NNP/Hamas attacked/ROOT/1/VERB/VBD/attack an/det/4/DET/DT/an "
    "Israeli/amod/4/ADJ/JJ/israeli post/dobj/1/NOUN/NN/post ./punct/1/PUNCT/./."
)

MISREAD_CASES = [
    pytest.param(
        speaker("statement", "from", "France", "condemned", "condemn", obj("Russia")),
        {"France": "FRA", "Russia": "RUS"}, {("FRA", "accuse", "RUS")},
        id="a-statement-from-X-condemned-Y",
    ),
    pytest.param(
        speaker("spokesman", "for", "China", "criticized", "criticize", obj("Japan")),
        {"China": "CHN", "Japan": "JPN"}, {("CHN", "accuse", "JPN")},
        id="a-spokesman-for-X-criticized-Y",
    ),
    pytest.param(
        speaker("communique", "from", "NATO", "praised", "praise", obj("Poland")),
        {"NATO": "NATO", "Poland": "POL"}, {("NATO", "support", "POL")},
        id="a-communique-from-X-praised-Y",
    ),
    pytest.param(
        speaker("report", "by", "Kenya", "accused", "accuse",
                obj("Somalia") + " of/prep/4/ADP/IN/of "
                "harbouring/pcomp/6/VERB/VBG/harbour militants/dobj/7/NOUN/NNS/militant"),
        {"Kenya": "KEN", "Somalia": "SOM"}, {("KEN", "accuse", "SOM")},
        id="a-report-by-X-accused-Y-of",
    ),
    pytest.param(
        speaker("statement", "from", "Brazil", "urged", "urge",
                obj("Venezuela") + " to/aux/7/PART/TO/to "
                "release/xcomp/4/VERB/VB/release prisoners/dobj/7/NOUN/NNS/prisoner"),
        {"Brazil": "BRA", "Venezuela": "VEN"}, {("BRA", "request", "VEN")},
        id="a-statement-from-X-urged-Y-to",
    ),
]


@pytest.mark.parametrize("sentence, actors, expected", MISREAD_CASES)
def test_a_main_verb_read_as_a_relative_has_the_root_noun_as_subject(
    blank, extractor, sentence, actors, expected
):
    doc = build(blank, [sentence], actors)
    assert misread_subject(doc[4]) == doc[1]
    assert every(extractor.extract(doc)) == expected


@pytest.mark.parametrize("sentence, actors, expected", MISREAD_CASES)
def test_the_right_parse_of_the_same_sentence_gives_the_same_relation(
    blank, extractor, sentence, actors, expected
):
    words = sentence.split(" ")
    noun, prep, actor, verb = words[1], words[2], words[3], words[4]
    rest = " ".join(words[5:-1])
    right = speaker(noun.split("/")[0], prep.split("/")[0], actor.split("/")[0],
                    verb.split("/")[0], verb.split("/")[-1], rest, root=True)
    doc = build(blank, [right], actors)
    assert misread_subject(doc[4]) is None
    assert every(extractor.extract(doc)) == expected


def test_an_object_shifted_after_an_adverbial_phrase_is_the_object(blank, extractor):
    doc = build(blank, [HAMAS_ATTACKED, SHIFTED], {"Hamas": "group:hamas", "Israeli": "ISR",
                                                 "Canada": "CAN"})
    verb = doc[10]
    assert [t.text for t in shifted_object(verb)] == ["attack"]
    assert misread_subject(verb) == doc[7]
    # the attack is dated, not owned: it names the attack told before, Hamas's
    assert every(extractor.extract(doc)) == {
        ("group:hamas", "assault", "ISR"), ("CAN", "accuse", "group:hamas")}


def test_a_main_verb_hung_on_a_noun_inside_the_subject_phrase(blank, extractor):
    # "A statement from the ministry of Greece condemned Turkey.", "condemned" on "ministry"
    doc = build(blank, [
        "A/det/1/DET/DT/a statement/ROOT/1/NOUN/NN/statement from/prep/1/ADP/IN/from "
        "the/det/4/DET/DT/the ministry/pobj/2/NOUN/NN/ministry of/prep/4/ADP/IN/of "
        "Greece/pobj/5/PROPN/NNP/Greece condemned/acl/4/VERB/VBN/condemn "
        "Turkey/dobj/7/PROPN/NNP/Turkey ./punct/1/PUNCT/./."
    ], {"Greece": "GRC", "Turkey": "TUR"})
    assert misread_subject(doc[7]) == doc[1]
    assert every(extractor.extract(doc)) == {("GRC", "accuse", "TUR")}


def test_a_clause_of_its_own_makes_a_spokesman_the_subject(blank):
    # "A spokesman for Iran denied that Iraq attacked Kuwait."
    doc = build(blank, [
        "A/det/1/DET/DT/a spokesman/ROOT/1/NOUN/NN/spokesman for/prep/1/ADP/IN/for "
        "Iran/pobj/2/PROPN/NNP/Iran denied/acl/1/VERB/VBN/deny that/mark/7/SCONJ/IN/that "
        "Iraq/nsubj/7/PROPN/NNP/Iraq attacked/ccomp/4/VERB/VBD/attack "
        "Kuwait/dobj/7/PROPN/NNP/Kuwait ./punct/1/PUNCT/./."
    ], {"Iran": "IRN", "Iraq": "IRQ", "Kuwait": "KWT"})
    assert misread_subject(doc[4]) == doc[1]


REAL_RELATIVES = [
    pytest.param(
        # "The troops deployed in the north." (a caption: no object, no finite verb)
        "The/det/1/DET/DT/the troops/ROOT/1/NOUN/NNS/troop deployed/acl/1/VERB/VBN/deploy "
        "in/prep/2/ADP/IN/in the/det/5/DET/DT/the north/pobj/3/NOUN/NN/north ./punct/1/PUNCT/./.",
        2, id="troops-deployed-in-the-north",
    ),
    pytest.param(
        # "A statement issued on Friday by France." (a by-agent: a passive relative)
        "A/det/1/DET/DT/a statement/ROOT/1/NOUN/NN/statement issued/acl/1/VERB/VBN/issue "
        "on/prep/2/ADP/IN/on Friday/pobj/3/PROPN/NNP/Friday by/agent/2/ADP/IN/by "
        "France/pobj/5/PROPN/NNP/France ./punct/1/PUNCT/./.",
        2, id="a-statement-issued-on-Friday-by-X",
    ),
    pytest.param(
        # "Soldiers sent by Russia attacked Ukraine." (the relative on a subject of a verb)
        "Soldiers/nsubj/4/NOUN/NNS/soldier sent/acl/0/VERB/VBN/send by/agent/1/ADP/IN/by "
        "Russia/pobj/2/PROPN/NNP/Russia attacked/ROOT/4/VERB/VBD/attack "
        "Ukraine/dobj/4/PROPN/NNP/Ukraine ./punct/4/PUNCT/./.",
        1, id="soldiers-sent-by-X-attacked-Y",
    ),
    pytest.param(
        # "A statement France issued condemned Russia.", misparsed with "issued" as a relative
        # clause: a finite verb of its own keeps the sentence's reading
        "A/det/1/DET/DT/a statement/ROOT/1/NOUN/NN/statement France/nsubj/3/PROPN/NNP/France "
        "issued/relcl/1/VERB/VBD/issue condemned/acl/1/VERB/VBN/condemn "
        "Russia/dobj/4/PROPN/NNP/Russia ./punct/1/PUNCT/./.",
        4, id="another-finite-verb-keeps-the-parse",
    ),
    pytest.param(
        # "The aircraft shot down near the border." (a caption)
        "The/det/1/DET/DT/the aircraft/ROOT/1/NOUN/NN/aircraft shot/acl/1/VERB/VBN/shoot "
        "down/prt/2/ADP/RP/down near/prep/2/ADP/IN/near the/det/6/DET/DT/the "
        "border/pobj/4/NOUN/NN/border ./punct/1/PUNCT/./.",
        2, id="an-aircraft-shot-down-near-the-border",
    ),
]


@pytest.mark.parametrize("sentence, verb", REAL_RELATIVES)
def test_a_real_reduced_relative_is_left_alone(blank, sentence, verb):
    doc = build(blank, [sentence], {})
    assert misread_subject(doc[verb]) is None


def test_a_reduced_relative_with_a_by_agent_keeps_its_reading(blank, extractor):
    # "Soldiers sent by Russia attacked Ukraine": Russia's soldiers, not the soldiers' subject
    doc = build(blank, [REAL_RELATIVES[2].values[0]], {"Russia": "RUS", "Ukraine": "UKR"})
    assert every(extractor.extract(doc)) == {("RUS", "assault", "UKR")}


SET_OFF = [
    pytest.param(
        # "Turkey condemned in the capital, the attack." (a comma before the apposition)
        "Turkey/nsubj/1/PROPN/NNP/Turkey condemned/ROOT/1/VERB/VBD/condemn in/prep/1/ADP/IN/in "
        "the/det/4/DET/DT/the capital/pobj/2/NOUN/NN/capital ,/punct/4/PUNCT/,/, "
        "the/det/7/DET/DT/the attack/appos/4/NOUN/NN/attack ./punct/1/PUNCT/./.",
        id="a-comma-sets-a-real-apposition-off",
    ),
    pytest.param(
        # "Turkey deployed troops in the town Afrin." (the verb has an object)
        "Turkey/nsubj/1/PROPN/NNP/Turkey deployed/ROOT/1/VERB/VBD/deploy "
        "troops/dobj/1/NOUN/NNS/troop in/prep/1/ADP/IN/in the/det/5/DET/DT/the "
        "town/pobj/3/NOUN/NN/town Afrin/appos/5/PROPN/NNP/Afrin ./punct/1/PUNCT/./.",
        id="a-verb-with-an-object-has-no-shifted-one",
    ),
    pytest.param(
        # "Troops arrived in the town Afrin." (a name with no determiner of its own)
        "Troops/nsubj/1/NOUN/NNS/troop arrived/ROOT/1/VERB/VBD/arrive in/prep/1/ADP/IN/in "
        "the/det/4/DET/DT/the town/pobj/2/NOUN/NN/town Afrin/appos/4/PROPN/NNP/Afrin "
        "./punct/1/PUNCT/./.",
        id="a-bare-name-is-an-apposition",
    ),
]


@pytest.mark.parametrize("sentence", SET_OFF)
def test_a_real_apposition_is_no_shifted_object(blank, sentence):
    doc = build(blank, [sentence], {})
    assert shifted_object(doc[1]) == []


# ------------------------------------------------------------------ the statement told before


def reacted(subject: str, verb: str, lemma: str, noun: str) -> str:
    """ "<Subject> <verb> the <noun> ." (the noun's lemma is the word less a plural -s)."""
    noun_lemma = noun[:-1] if noun.endswith("s") else noun
    tag = "NNS" if noun.endswith("s") else "NN"
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} {verb}/ROOT/1/VERB/VBD/{lemma} "
        f"the/det/3/DET/DT/the {noun}/dobj/1/NOUN/{tag}/{noun_lemma} ./punct/1/PUNCT/./."
    )


def called_step_forward(subject: str, noun: str) -> str:
    """ "<Subject> called the <noun> a step forward." """
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} called/ROOT/1/VERB/VBD/call "
        f"the/det/3/DET/DT/the {noun}/dobj/1/NOUN/NN/{noun} a/det/5/DET/DT/a "
        "step/npadvmod/6/NOUN/NN/step forward/advmod/1/ADV/RB/forward ./punct/1/PUNCT/./."
    )


#: "Egypt said it and Qatar made a decision to reopen the border."
EGYPT_SAID_DECISION = (
    "Egypt/nsubj/1/PROPN/NNP/Egypt said/ROOT/1/VERB/VBD/say it/nsubj/5/PRON/PRP/it "
    "and/cc/2/CCONJ/CC/and Qatar/conj/2/PROPN/NNP/Qatar made/ccomp/1/VERB/VBD/make "
    "a/det/7/DET/DT/a decision/dobj/5/NOUN/NN/decision to/aux/9/PART/TO/to "
    "reopen/acl/7/VERB/VB/reopen the/det/11/DET/DT/the border/dobj/9/NOUN/NN/border "
    "./punct/1/PUNCT/./."
)


def issued_statement(subject: str) -> str:
    """ "<Subject> issued a statement." """
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} issued/ROOT/1/VERB/VBD/issue a/det/3/DET/DT/a "
        "statement/dobj/1/NOUN/NN/statement ./punct/1/PUNCT/./."
    )


SOLDIERS_DIED = "Soldiers/nsubj/1/NOUN/NNS/soldier died/ROOT/1/VERB/VBD/die ./punct/1/PUNCT/./."
EGYPT_QATAR = {"Egypt": "EGY", "Qatar": "QAT"}

SPEECH_ACT_CASES = [
    pytest.param(
        [EGYPT_SAID_DECISION, SOLDIERS_DIED, called_step_forward("Britain", "announcement")],
        {**EGYPT_QATAR, "Britain": "GBR"},
        {("GBR", "support", "EGY")},
        id="the-announcement-of-a-reported-decision-is-the-speaker's",
    ),
    pytest.param(
        [EGYPT_SAID_DECISION, reacted("Britain", "welcomed", "welcome", "decision")],
        {**EGYPT_QATAR, "Britain": "GBR"},
        {("GBR", "support", "EGY"), ("GBR", "support", "QAT")},
        id="the-decision-is-the-deciders'",
    ),
    pytest.param(
        [issued_statement("Russia"), reacted("Turkey", "welcomed", "welcome", "statement")],
        {"Russia": "RUS", "Turkey": "TUR"},
        {("TUR", "support", "RUS")},
        id="welcomed-the-statement-an-actor-issued",
    ),
    pytest.param(
        ["Russia/nsubj/1/PROPN/NNP/Russia made/ROOT/1/VERB/VBD/make the/det/3/DET/DT/the "
         "comments/dobj/1/NOUN/NNS/comment on/prep/1/ADP/IN/on Monday/pobj/4/PROPN/NNP/Monday "
         "./punct/1/PUNCT/./.",
         reacted("Ukraine", "dismissed", "dismiss", "remarks")],
        {"Russia": "RUS", "Ukraine": "UKR"},
        {("UKR", "reject", "RUS")},
        id="dismissed-the-remarks-an-actor-made",
    ),
    pytest.param(
        ["China/nsubj/1/PROPN/NNP/China declared/ROOT/1/VERB/VBD/declare a/det/3/DET/DT/a "
         "zone/dobj/1/NOUN/NN/zone ./punct/1/PUNCT/./.",
         reacted("Japan", "rejected", "reject", "declaration")],
        {"China": "CHN", "Japan": "JPN"},
        {("JPN", "reject", "CHN")},
        id="rejected-the-declaration-of-a-declaring-actor",
    ),
    pytest.param(
        ["Russia/nsubj/1/PROPN/NNP/Russia said/ROOT/1/VERB/VBD/say in/prep/1/ADP/IN/in "
         "a/det/4/DET/DT/a statement/pobj/2/NOUN/NN/statement that/mark/7/SCONJ/IN/that "
         "talks/nsubj/7/NOUN/NNS/talk failed/ccomp/1/VERB/VBD/fail ./punct/1/PUNCT/./.",
         reacted("Germany", "criticized", "criticize", "statement")],
        {"Russia": "RUS", "Germany": "DEU"},
        {("DEU", "accuse", "RUS")},
        id="criticized-what-an-actor-said-in-a-statement",
    ),
    pytest.param(
        ["India/nsubj/1/PROPN/NNP/India took/ROOT/1/VERB/VBD/take the/det/3/DET/DT/the "
         "decision/dobj/1/NOUN/NN/decision ./punct/1/PUNCT/./.",
         reacted("Nepal", "welcomed", "welcome", "decision")],
        {"India": "IND", "Nepal": "NPL"},
        {("NPL", "support", "IND")},
        id="welcomed-the-decision-an-actor-took",
    ),
    pytest.param(
        [issued_statement("Russia"), issued_statement("China"),
         reacted("Turkey", "welcomed", "welcome", "statement")],
        {"Russia": "RUS", "China": "CHN", "Turkey": "TUR"},
        {("TUR", "support", "CHN")},
        id="the-nearest-statement-wins",
    ),
]

SPEECH_ACT_GUARDS = [
    pytest.param(
        ["India/nsubj/1/PROPN/NNP/India took/ROOT/1/VERB/VBD/take the/det/3/DET/DT/the "
         "decision/dobj/1/NOUN/NN/decision ./punct/1/PUNCT/./.",
         "Nepal/nsubj/1/PROPN/NNP/Nepal called/ROOT/1/VERB/VBD/call the/det/3/DET/DT/the "
         "decision/dobj/1/NOUN/NN/decision of/prep/3/ADP/IN/of Bhutan/pobj/4/PROPN/NNP/Bhutan "
         "a/det/7/DET/DT/a step/npadvmod/8/NOUN/NN/step forward/advmod/1/ADV/RB/forward "
         "./punct/1/PUNCT/./."],
        {"India": "IND", "Nepal": "NPL", "Bhutan": "BTN"},
        {("NPL", "support", "BTN")},
        id="a-decision-of-an-actor-is-its-own",
    ),
    pytest.param(
        ["Iran/nsubj/1/PROPN/NNP/Iran said/ROOT/1/VERB/VBD/say talks/nsubj/3/NOUN/NNS/talk "
         "were/ccomp/1/AUX/VBD/be useful/acomp/3/ADJ/JJ/useful ./punct/1/PUNCT/./.",
         reacted("Britain", "welcomed", "welcome", "announcement")],
        {"Iran": "IRN", "Britain": "GBR"},
        set(),
        id="a-bare-report-is-no-announcement",
    ),
    pytest.param(
        [SOLDIERS_DIED, reacted("Britain", "welcomed", "welcome", "statement")],
        {"Britain": "GBR"},
        set(),
        id="a-statement-nobody-made-names-nobody",
    ),
    pytest.param(
        ["A/det/1/DET/DT/a statement/nsubjpass/3/NOUN/NN/statement was/auxpass/3/AUX/VBD/be "
         "issued/ROOT/3/VERB/VBN/issue ./punct/3/PUNCT/./.",
         reacted("Turkey", "welcomed", "welcome", "statement")],
        {"Turkey": "TUR"},
        set(),
        id="an-agentless-statement-names-nobody",
    ),
]


@pytest.mark.parametrize("sentences, actors, expected", SPEECH_ACT_CASES + SPEECH_ACT_GUARDS)
def test_a_later_statement_noun_names_the_act_told_before(
    blank, extractor, sentences, actors, expected
):
    assert every(extractor.extract(build(blank, sentences, actors))) == expected


@pytest.mark.parametrize("sentences, actors, expected", SPEECH_ACT_CASES)
def test_without_the_speech_act_search_the_statement_names_nobody(
    blank, extractor, monkeypatch, sentences, actors, expected
):
    import geokg.relations.constructions.speech_acts as speech_acts

    monkeypatch.setattr(speech_acts, "_agents_of", lambda *a: [])
    assert every(extractor.extract(build(blank, sentences, actors))) == set()


# ------------------------------------------------------------------ on the real model

REAL_CASES = [
    pytest.param(
        "A statement from the Turkish foreign ministry condemned in the strongest possible "
        "terms the attack by Russia on Ukraine.",
        {("TUR", "accuse", "RUS")},
        id="a-statement-from-a-ministry-condemned-in-strong-terms",
    ),
    pytest.param(
        "A spokesman for the Kremlin criticized Ukraine.",
        {("RUS", "accuse", "UKR")},
        id="a-spokesman-for-X",
    ),
    pytest.param(
        "A communique from the EU praised Serbia.",
        {("EU", "support", "SRB")},
        id="a-communique-from-X",
    ),
    pytest.param(
        "Russia issued a statement on the ceasefire on Monday. Turkey welcomed the statement.",
        {("TUR", "support", "RUS")},
        id="welcomed-the-statement",
    ),
    pytest.param(
        "China declared an air defence zone over the disputed islands. Japan rejected the "
        "declaration.",
        {("JPN", "reject", "CHN")},
        id="rejected-the-declaration",
    ),
    pytest.param(
        "India took the decision to reopen the consulate. Nepal welcomed the decision.",
        {("NPL", "support", "IND")},
        id="welcomed-the-decision",
    ),
    pytest.param(
        "Iran said the talks were useful. Britain welcomed the announcement.",
        set(),
        id="no-announcement-told",
    ),
]


@pytest.mark.parametrize("text, expected", REAL_CASES)
def test_statements_on_the_real_model(nlp, text, expected):
    found = {
        (t.source.id, t.relation.value, t.target.id)
        for t in nlp(text)._.geokg_triples
        if not t.negated and t.modality.stated
    }
    assert expected <= found
    if not expected:
        assert found == set()
