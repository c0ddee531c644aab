"""Event anaphora on hand-built parses: a reaction to an event told earlier targets its agent.

Sentences are written for these tests. Each sentence is a list of ``word/dep/head/pos/tag/lemma``
tokens whose head is the index *within the sentence*, so the tests do not depend on the
statistical parser; actor mentions are one token each, set the way ``geokg_actors`` sets them.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc


from parses import parse


def build(blank, sentences: list[str], actors: dict[str, str]) -> Doc:
    """A Doc of the sentences (heads within each sentence made absolute for
    :func:`parses.parse`); ``actors`` maps a word (or ``word@index``, index in the Doc) to an
    actor id."""
    tokens: list[str] = []
    for sentence in sentences:
        base = len(tokens)
        for tok in sentence.split(" "):
            word, dep, head, rest = tok.split("/", 3)
            tokens.append(f"{word}/{dep}/{base + int(head)}/{rest}")
    return parse(blank, " ".join(tokens), actors, tags=True, doc_id="a1")


def every(triples) -> set[tuple[str, str, str]]:
    return {(t.source.id, t.relation.value, t.target.id) for t in triples}


# ------------------------------------------------------------------ sentences

HAMAS_ATTACKED = (
    "Hamas/nsubj/1/PROPN/NNP/Hamas attacked/ROOT/1/VERB/VBD/attack an/det/4/DET/DT/an "
    "Israeli/amod/4/ADJ/JJ/israeli post/dobj/1/NOUN/NN/post ./punct/1/PUNCT/./."
)
SOLDIERS_DIED = "Soldiers/nsubj/1/NOUN/NNS/soldier died/ROOT/1/VERB/VBD/die ./punct/1/PUNCT/./."
ROADS_BLOCKED = (
    "Roads/nsubjpass/2/NOUN/NNS/road were/auxpass/2/AUX/VBD/be blocked/ROOT/2/VERB/VBN/block "
    "./punct/2/PUNCT/./."
)
POST_CLOSED = (
    "The/det/1/DET/DT/the post/nsubjpass/3/NOUN/NN/post was/auxpass/3/AUX/VBD/be "
    "closed/ROOT/3/VERB/VBN/close ./punct/3/PUNCT/./."
)


def condemned(subject: str, *noun: str) -> str:
    """ "<Subject> condemned <the ... noun>." with the noun phrase's words given as
    ``word/dep/pos/tag/lemma`` (each modifier headed by the noun, the noun last)."""
    mods = " ".join(
        f"{w}/{d}/{len(noun) + 1}/{p}/{t}/{lem}"
        for w, d, p, t, lem in (m.split("/") for m in noun[:-1])
    )
    w, p, t, lem = noun[-1].split("/")
    head = f"{w}/dobj/1/{p}/{t}/{lem}"
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} condemned/ROOT/1/VERB/VBD/condemn "
        + (mods + " " if mods else "")
        + f"{head} ./punct/1/PUNCT/./."
    )


THE = "the/det/DET/DT/the"

ANTECEDENT_CASES = [
    pytest.param(
        [HAMAS_ATTACKED, SOLDIERS_DIED, ROADS_BLOCKED, POST_CLOSED,
         condemned("Egypt", THE, "attack/NOUN/NN/attack")],
        {"Hamas": "group:hamas", "Israeli": "ISR", "Egypt": "EGY"},
        {("group:hamas", "assault", "ISR"), ("EGY", "accuse", "group:hamas")},
        id="an-attack-told-four-sentences-before",
    ),
    pytest.param(
        [
            "North/compound/1/PROPN/NNP/North Korea/nsubj/2/PROPN/NNP/Korea "
            "carried/ROOT/2/VERB/VBD/carry out/prt/2/ADP/RP/out a/det/6/DET/DT/a "
            "rocket/compound/6/NOUN/NN/rocket test/dobj/2/NOUN/NN/test ./punct/2/PUNCT/./.",
            condemned("Japan", THE, "launch/NOUN/NN/launch"),
        ],
        {"Korea": "PRK", "Japan": "JPN"},
        {("JPN", "accuse", "PRK")},
        id="the-launch-names-a-test-carried-out-before",
    ),
    pytest.param(
        [
            "A/det/2/DET/DT/a missile/compound/2/NOUN/NN/missile test/nsubjpass/4/NOUN/NN/test "
            "was/auxpass/4/AUX/VBD/be conducted/ROOT/4/VERB/VBN/conduct by/agent/4/ADP/IN/by "
            "Pakistan/pobj/5/PROPN/NNP/Pakistan ./punct/4/PUNCT/./.",
            condemned("India", THE, "test/NOUN/NN/test"),
        ],
        {"Pakistan": "PAK", "India": "IND"},
        {("IND", "accuse", "PAK")},
        id="the-test-names-a-test-conducted-by-an-actor",
    ),
    pytest.param(
        [
            "Iran/nsubj/1/PROPN/NNP/Iran tested/ROOT/1/VERB/VBD/test a/det/3/DET/DT/a "
            "missile/dobj/1/NOUN/NN/missile ./punct/1/PUNCT/./.",
            "Two/nummod/1/NUM/CD/two missiles/nsubjpass/3/NOUN/NNS/missile "
            "were/auxpass/3/AUX/VBD/be launched/ROOT/3/VERB/VBN/launch ./punct/3/PUNCT/./.",
            condemned("Israel", THE, "launch/NOUN/NN/launch"),
        ],
        {"Iran": "IRN", "Israel": "ISR"},
        {("ISR", "accuse", "IRN")},
        id="an-agentless-retelling-is-passed-over",
    ),
    pytest.param(
        [HAMAS_ATTACKED,
         condemned("Jordan", "Friday/poss/PROPN/NNP/Friday", "'s/case/PART/POS/'s",
                   "deadly/amod/ADJ/JJ/deadly", "attack/NOUN/NN/attack")],
        {"Hamas": "group:hamas", "Israeli": "ISR", "Jordan": "JOR"},
        {("group:hamas", "assault", "ISR"), ("JOR", "accuse", "group:hamas")},
        id="a-dated-and-qualified-attack-still-points-back",
    ),
    pytest.param(
        [HAMAS_ATTACKED,
         condemned("Canada", THE, "terrorist/amod/ADJ/JJ/terrorist", "attack/NOUN/NN/attack")],
        {"Hamas": "group:hamas", "Israeli": "ISR", "Canada": "CAN"},
        {("group:hamas", "assault", "ISR"), ("CAN", "accuse", "group:hamas")},
        id="a-modifier-that-names-no-actor-is-no-agent",
    ),
    pytest.param(
        [
            "Russia/nsubj/1/PROPN/NNP/Russia attacked/ROOT/1/VERB/VBD/attack "
            "Kharkiv/dobj/1/PROPN/NNP/Kharkiv ./punct/1/PUNCT/./.",
            "Ukraine/nsubj/1/PROPN/NNP/Ukraine attacked/ROOT/1/VERB/VBD/attack "
            "Belgorod/dobj/1/PROPN/NNP/Belgorod ./punct/1/PUNCT/./.",
            condemned("Germany", THE, "attack/NOUN/NN/attack"),
        ],
        {"Russia": "RUS", "Kharkiv": "UKR", "Ukraine": "UKR", "Belgorod": "RUS",
         "Germany": "DEU"},
        {("RUS", "assault", "UKR"), ("UKR", "assault", "RUS"), ("DEU", "accuse", "UKR")},
        id="the-nearest-event-of-the-class-wins",
    ),
    pytest.param(
        [HAMAS_ATTACKED,
         "Israel/nsubj/1/PROPN/NNP/Israel struck/ROOT/1/VERB/VBD/strike "
         "Gaza/dobj/1/PROPN/NNP/Gaza back/advmod/1/ADV/RB/back ./punct/1/PUNCT/./.",
         condemned("Egypt", THE, "attack/NOUN/NN/attack")],
        {"Hamas": "group:hamas", "Israeli": "ISR", "Israel": "ISR", "Gaza": "PSE",
         "Egypt": "EGY"},
        {("group:hamas", "assault", "ISR"), ("ISR", "assault", "PSE"),
         ("EGY", "accuse", "group:hamas")},
        id="the-same-word-names-the-event-before-the-same-kind",
    ),
    pytest.param(
        [
            "Ukraine/nsubj/1/PROPN/NNP/Ukraine attacked/ROOT/1/VERB/VBD/attack "
            "Belgorod/dobj/1/PROPN/NNP/Belgorod ./punct/1/PUNCT/./.",
            condemned("Germany", THE, "Russian/amod/ADJ/JJ/russian", "attack/NOUN/NN/attack"),
        ],
        {"Ukraine": "UKR", "Belgorod": "RUS", "Russian": "RUS", "Germany": "DEU"},
        {("UKR", "assault", "RUS"), ("DEU", "accuse", "RUS")},
        id="an-event-that-names-its-agent-is-no-anaphor",
    ),
    pytest.param(
        [
            "Hezbollah/nsubj/1/PROPN/NNP/Hezbollah shelled/ROOT/1/VERB/VBD/shell an/det/4/DET/DT/an "
            "Israeli/amod/4/ADJ/JJ/israeli town/dobj/1/NOUN/NN/town ./punct/1/PUNCT/./.",
            "A/det/1/DET/DT/a statement/nsubj/5/NOUN/NN/statement from/prep/1/ADP/IN/from "
            "the/det/4/DET/DT/the Department/pobj/2/PROPN/NNP/Department "
            "condemned/ROOT/5/VERB/VBD/condemn the/det/7/DET/DT/the "
            "shelling/dobj/5/NOUN/NN/shelling ./punct/5/PUNCT/./.",
        ],
        {"Hezbollah": "group:hezbollah", "Israeli": "ISR", "Department": "USA"},
        {("group:hezbollah", "assault", "ISR"), ("USA", "accuse", "group:hezbollah")},
        id="a-statement-speaks-for-whoever-issued-it",
    ),
]

GUARD_CASES = [
    pytest.param(
        [
            "Sudan/nsubj/1/PROPN/NNP/Sudan launched/ROOT/1/VERB/VBD/launch an/det/3/DET/DT/an "
            "inquiry/dobj/1/NOUN/NN/inquiry ./punct/1/PUNCT/./.",
            condemned("Egypt", THE, "launch/NOUN/NN/launch"),
        ],
        {"Sudan": "SDN", "Egypt": "EGY"},
        set(),
        id="launching-an-inquiry-fires-no-weapon",
    ),
    pytest.param(
        [
            "Russia/nsubj/1/PROPN/NNP/Russia tested/ROOT/1/VERB/VBD/test a/det/3/DET/DT/a "
            "missile/dobj/1/NOUN/NN/missile ./punct/1/PUNCT/./.",
            condemned("Japan", THE, "attack/NOUN/NN/attack"),
        ],
        {"Russia": "RUS", "Japan": "JPN"},
        set(),
        id="a-test-is-no-attack",
    ),
    pytest.param(
        [
            "Missiles/nsubjpass/2/NOUN/NNS/missile were/auxpass/2/AUX/VBD/be "
            "launched/ROOT/2/VERB/VBN/launch toward/prep/2/ADP/IN/toward "
            "Japan/pobj/3/PROPN/NNP/Japan ./punct/2/PUNCT/./.",
            condemned("Australia", THE, "launch/NOUN/NN/launch"),
        ],
        {"Japan": "JPN", "Australia": "AUS"},
        set(),
        id="no-agent-told-no-target-not-even-the-state-in-focus",
    ),
    pytest.param(
        [
            "Shabaab/nsubj/1/PROPN/NNP/Shabaab attacked/ROOT/1/VERB/VBD/attack a/det/4/DET/DT/a "
            "Kenyan/amod/4/ADJ/JJ/kenyan base/dobj/1/NOUN/NN/base ./punct/1/PUNCT/./.",
            "The/det/1/DET/DT/the UN/nsubj/2/PROPN/NNP/UN said/ROOT/2/VERB/VBD/say "
            "this/det/4/DET/DT/this attack/nsubj/7/NOUN/NN/attack will/aux/7/AUX/MD/will "
            "not/neg/7/PART/RB/not weaken/ccomp/2/VERB/VB/weaken its/poss/9/PRON/PRP$/its "
            "resolve/dobj/7/NOUN/NN/resolve ./punct/2/PUNCT/./.",
        ],
        {"Shabaab": "group:al-shabaab", "Kenyan": "KEN", "UN": "UN"},
        {("group:al-shabaab", "assault", "KEN")},
        id="an-attack-that-will-not-weaken-resolve-relates-nobody",
    ),
]


@pytest.mark.parametrize("sentences, actors, expected", ANTECEDENT_CASES + GUARD_CASES)
def test_a_reaction_targets_the_agent_of_the_event_told_before(
    blank, extractor, sentences, actors, expected
):
    assert every(extractor.extract(build(blank, sentences, actors))) == expected


def test_without_the_antecedent_search_a_reaction_has_no_target(blank, extractor, monkeypatch):
    import geokg.relations.arguments as arguments

    sentences, actors, _ = ANTECEDENT_CASES[0].values
    monkeypatch.setattr(arguments, "antecedent_agents", lambda *a: [])
    assert every(extractor.extract(build(blank, sentences, actors))) == {
        ("group:hamas", "assault", "ISR")
    }


# ------------------------------------------------------------------ judging an event

IRAN_TESTED = (
    "Iran/nsubj/1/PROPN/NNP/Iran tested/ROOT/1/VERB/VBD/test a/det/3/DET/DT/a "
    "missile/dobj/1/NOUN/NN/missile ./punct/1/PUNCT/./."
)
RUSSIA_STRUCK = (
    "Russia/nsubj/1/PROPN/NNP/Russia struck/ROOT/1/VERB/VBD/strike "
    "Odesa/dobj/1/PROPN/NNP/Odesa ./punct/1/PUNCT/./."
)


def called_launch(subject: str, *predicate: str) -> str:
    """ "<Subject> called the launch <predicate>." with the predicate's words given as
    ``word/dep/head/pos/tag/lemma`` (head within the sentence; the launch is token 3)."""
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} called/ROOT/1/VERB/VBD/call the/det/3/DET/DT/the "
        f"launch/dobj/1/NOUN/NN/launch {' '.join(predicate)} ./punct/1/PUNCT/./."
    )


THREAT_TO_ITS_SECURITY = (
    "to/prep/6/ADP/IN/to its/poss/9/PRON/PRP$/its security/pobj/7/NOUN/NN/security"
)

JUDGEMENT_CASES = [
    pytest.param(
        [IRAN_TESTED,
         called_launch("Japan", "a/det/6/DET/DT/a", "grave/amod/6/ADJ/JJ/grave",
                       "threat/oprd/1/NOUN/NN/threat", THREAT_TO_ITS_SECURITY)],
        {"Iran": "IRN", "Japan": "JPN"},
        {("JPN", "accuse", "IRN"), ("IRN", "threaten", "JPN")},
        id="a-launch-called-a-threat-to-its-security",
    ),
    pytest.param(
        [RUSSIA_STRUCK,
         "Poland/nsubj/1/PROPN/NNP/Poland described/ROOT/1/VERB/VBD/describe the/det/3/DET/DT/the "
         "strike/dobj/1/NOUN/NN/strike as/prep/1/ADP/IN/as an/det/6/DET/DT/an act/pobj/4/NOUN/NN/act "
         "of/prep/6/ADP/IN/of aggression/pobj/7/NOUN/NN/aggression ./punct/1/PUNCT/./."],
        {"Russia": "RUS", "Odesa": "UKR", "Poland": "POL"},
        {("RUS", "assault", "UKR"), ("POL", "accuse", "RUS")},
        id="a-strike-described-as-an-act-of-aggression",
    ),
    pytest.param(
        ["Ukraine/nsubj/1/PROPN/NNP/Ukraine called/ROOT/1/VERB/VBD/call the/det/4/DET/DT/the "
         "EU/compound/4/PROPN/NNP/EU sanctions/dobj/1/NOUN/NNS/sanction an/det/8/DET/DT/an "
         "important/amod/8/ADJ/JJ/important step/npadvmod/8/NOUN/NN/step "
         "forward/advmod/1/ADV/RB/forward ./punct/1/PUNCT/./."],
        {"Ukraine": "UKR", "EU": "EU"},
        {("UKR", "support", "EU")},
        id="sanctions-called-a-step-forward",
    ),
    pytest.param(
        [RUSSIA_STRUCK,
         "France/nsubj/1/PROPN/NNP/France condemned/ROOT/1/VERB/VBD/condemn the/det/3/DET/DT/the "
         "strike/dobj/1/NOUN/NN/strike as/prep/3/ADP/IN/as a/det/6/DET/DT/a threat/pobj/4/NOUN/NN/threat "
         "to/prep/6/ADP/IN/to regional/amod/9/ADJ/JJ/regional security/pobj/7/NOUN/NN/security "
         "./punct/1/PUNCT/./."],
        {"Russia": "RUS", "Odesa": "UKR", "France": "FRA"},
        {("RUS", "assault", "UKR"), ("FRA", "accuse", "RUS")},
        id="a-threat-to-nobody-named-threatens-nobody",
    ),
    pytest.param(
        [IRAN_TESTED, called_launch("Japan", "a/det/5/DET/DT/a", "test/oprd/1/NOUN/NN/test")],
        {"Iran": "IRN", "Japan": "JPN"},
        set(),
        id="a-neutral-predicate-judges-nothing",
    ),
    pytest.param(
        [IRAN_TESTED,
         called_launch("Japan", "a/det/6/DET/DT/a", "dangerous/amod/6/ADJ/JJ/dangerous",
                       "breakthrough/oprd/1/NOUN/NN/breakthrough")],
        {"Iran": "IRN", "Japan": "JPN"},
        set(),
        id="a-mixed-predicate-judges-nothing",
    ),
    pytest.param(
        ["Japan/nsubj/1/PROPN/NNP/Japan called/ROOT/1/VERB/VBD/call "
         "Iran/dobj/1/PROPN/NNP/Iran a/det/4/DET/DT/a threat/oprd/1/NOUN/NN/threat "
         "./punct/1/PUNCT/./."],
        {"Iran": "IRN", "Japan": "JPN"},
        set(),
        id="only-an-event-is-judged-here",
    ),
]


IRAN_ANNOUNCED = (
    "Iran/nsubj/1/PROPN/NNP/Iran announced/ROOT/1/VERB/VBD/announce it/nsubj/4/PRON/PRP/it "
    "would/aux/4/AUX/MD/would free/ccomp/1/VERB/VB/free the/det/6/DET/DT/the "
    "sailors/dobj/4/NOUN/NNS/sailor ./punct/1/PUNCT/./."
)


def called_step_forward(subject: str, noun: str, *mods: str) -> str:
    """ "<Subject> called the <mods> <noun> a step forward." (mods: ``word/dep/pos/tag/lemma``)."""
    k = len(mods)
    words = " ".join(
        f"{w}/{d}/{3 + k}/{p}/{t}/{lem}" for w, d, p, t, lem in (m.split("/") for m in mods)
    )
    return (
        f"{subject}/nsubj/1/PROPN/NNP/{subject} called/ROOT/1/VERB/VBD/call the/det/{3 + k}/DET/DT/the "
        + (words + " " if words else "")
        + f"{noun}/dobj/1/NOUN/NN/{noun} a/det/{5 + k}/DET/DT/a step/npadvmod/{6 + k}/NOUN/NN/step "
        f"forward/advmod/1/ADV/RB/forward ./punct/1/PUNCT/./."
    )


JUDGEMENT_CASES += [
    pytest.param(
        [IRAN_ANNOUNCED, called_step_forward("Britain", "announcement")],
        {"Iran": "IRN", "Britain": "GBR"},
        {("GBR", "support", "IRN")},
        id="the-announcement-names-who-announced",
    ),
    pytest.param(
        [IRAN_ANNOUNCED, SOLDIERS_DIED, called_step_forward("Oman", "decision")],
        {"Iran": "IRN", "Oman": "OMN"},
        {("OMN", "support", "IRN")},
        id="the-decision-names-the-act-of-will-told-before",
    ),
    pytest.param(
        [IRAN_ANNOUNCED,
         called_step_forward("Qatar", "offer", "Turkish/amod/ADJ/JJ/turkish")],
        {"Iran": "IRN", "Qatar": "QAT", "Turkish": "TUR"},
        {("QAT", "support", "TUR")},
        id="an-offer-that-names-its-agent-is-its-own",
    ),
    pytest.param(
        [SOLDIERS_DIED, called_step_forward("Britain", "announcement")],
        {"Britain": "GBR"},
        set(),
        id="an-announcement-nobody-made-supports-nobody",
    ),
]


@pytest.mark.parametrize("sentences, actors, expected", JUDGEMENT_CASES)
def test_judging_an_event_relates_the_judge_to_its_agent(
    blank, extractor, sentences, actors, expected
):
    assert every(extractor.extract(build(blank, sentences, actors))) == expected


def test_a_possible_threat_is_not_stated(blank, extractor):
    doc = build(
        blank,
        [IRAN_TESTED,
         called_launch("Japan", "a/det/6/DET/DT/a", "possible/amod/6/ADJ/JJ/possible",
                       "threat/oprd/1/NOUN/NN/threat", THREAT_TO_ITS_SECURITY)],
        {"Iran": "IRN", "Japan": "JPN"},
    )
    found = {(t.source.id, t.relation.value, t.target.id): t for t in extractor.extract(doc)}
    assert set(found) == {("JPN", "accuse", "IRN"), ("IRN", "threaten", "JPN")}
    assert found[("JPN", "accuse", "IRN")].stated
    assert not found[("IRN", "threaten", "JPN")].stated


# ------------------------------------------------------------------ dismay at an event

DISMAY_CASES = [
    pytest.param(
        [IRAN_TESTED,
         "Japan/nsubjpass/3/PROPN/NNP/Japan was/auxpass/3/AUX/VBD/be deeply/advmod/3/ADV/RB/deeply "
         "troubled/ROOT/3/VERB/VBN/trouble by/agent/3/ADP/IN/by the/det/6/DET/DT/the "
         "test/pobj/4/NOUN/NN/test ./punct/3/PUNCT/./."],
        {"Iran": "IRN", "Japan": "JPN"},
        {("JPN", "accuse", "IRN")},
        id="troubled-by-the-test",
    ),
    pytest.param(
        [RUSSIA_STRUCK,
         "Germany/nsubj/1/PROPN/NNP/Germany expressed/ROOT/1/VERB/VBD/express "
         "concern/dobj/1/NOUN/NN/concern over/prep/2/ADP/IN/over the/det/5/DET/DT/the "
         "strikes/pobj/3/NOUN/NNS/strike ./punct/1/PUNCT/./."],
        {"Russia": "RUS", "Odesa": "UKR", "Germany": "DEU"},
        {("RUS", "assault", "UKR"), ("DEU", "accuse", "RUS")},
        id="concern-over-the-strikes",
    ),
    pytest.param(
        [RUSSIA_STRUCK,
         "Italy/nsubj/1/PROPN/NNP/Italy is/ROOT/1/AUX/VBZ/be alarmed/acomp/1/ADJ/JJ/alarmed "
         "by/prep/2/ADP/IN/by the/det/5/DET/DT/the attack/pobj/3/NOUN/NN/attack "
         "./punct/1/PUNCT/./."],
        {"Russia": "RUS", "Odesa": "UKR", "Italy": "ITA"},
        {("RUS", "assault", "UKR"), ("ITA", "accuse", "RUS")},
        id="alarmed-by-the-attack",
    ),
    pytest.param(
        ["Japan/nsubjpass/3/PROPN/NNP/Japan was/auxpass/3/AUX/VBD/be deeply/advmod/3/ADV/RB/deeply "
         "troubled/ROOT/3/VERB/VBN/trouble by/agent/3/ADP/IN/by the/det/6/DET/DT/the "
         "test/pobj/4/NOUN/NN/test ./punct/3/PUNCT/./.",
         IRAN_TESTED],
        {"Iran": "IRN", "Japan": "JPN"},
        set(),
        id="troubled-by-a-test-not-told-yet",
    ),
]


@pytest.mark.parametrize("sentences, actors, expected", DISMAY_CASES)
def test_dismay_at_an_event_accuses_its_agent(blank, extractor, sentences, actors, expected):
    assert every(extractor.extract(build(blank, sentences, actors))) == expected


def test_without_the_judged_role_a_judging_verb_relates_nobody(blank, extractor, monkeypatch):
    import geokg.relations.roles as roles

    sentences, actors, _ = JUDGEMENT_CASES[0].values
    monkeypatch.setattr(roles, "judged_events", lambda *a: [])
    assert every(extractor.extract(build(blank, sentences, actors))) == set()


def test_without_the_threat_follow_up_a_judged_threat_threatens_nobody(
    blank, extractor, monkeypatch
):
    import geokg.relations.constructions as constructions
    from geokg.relations.constructions.judgement import judged_threat

    sentences, actors, _ = JUDGEMENT_CASES[0].values
    kept = tuple(c for c in constructions.FOLLOW_UPS if c is not judged_threat)
    monkeypatch.setattr(constructions, "FOLLOW_UPS", kept)
    assert every(extractor.extract(build(blank, sentences, actors))) == {("JPN", "accuse", "IRN")}
