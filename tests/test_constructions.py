"""Relation constructions on hand-built parses (sentences written for these tests).

Each token is ``word/dep/head/pos/tag/lemma`` (head: absolute token index), so the tests do not
depend on the statistical parser; actor mentions are set the way ``geokg_actors`` sets them.
Sentences are separated by the parse itself (each sentence has its own ROOT).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geokg import _ext  # noqa: F401
from geokg.models import Actor, ActorType, Document, Modality

from parses import parse, relations


def build(blank, spec: str, actors: dict[str, str]) -> Doc:
    """A Doc from ``word/dep/head/pos/tag/lemma`` tokens (see tests/parses.py)."""
    return parse(blank, spec, actors, tags=True, doc_id="c1", date="2026-01-05")


def stated(triples) -> set[tuple[str, str, str]]:
    return relations(triples, stated_only=True)


every = relations


# ------------------------------------------------------------------ event nouns as arguments

EVENT_NOUN_CASES = [
    pytest.param(
        "Germany/nsubj/1/PROPN/NNP/Germany condemned/ROOT/1/VERB/VBD/condemn the/det/3/DET/DT/the "
        "invasion/dobj/1/NOUN/NN/invasion of/prep/3/ADP/IN/of Georgia/pobj/4/PROPN/NNP/Georgia "
        "./punct/1/PUNCT/./.",
        {"Germany": "DEU", "Georgia": "GEO"},
        set(),
        id="who-condemns-an-invasion-neither-invades-nor-accuses-its-victim",
    ),
    pytest.param(
        "Egypt/nsubj/3/PROPN/NNP/Egypt and/cc/0/CCONJ/CC/and Qatar/conj/0/PROPN/NNP/Qatar "
        "urged/ROOT/3/VERB/VBD/urge a/det/5/DET/DT/a ceasefire/dobj/3/NOUN/NN/ceasefire "
        "./punct/3/PUNCT/./.",
        {"Egypt": "EGY", "Qatar": "QAT"},
        set(),
        id="callers-of-a-ceasefire-are-not-its-parties",
    ),
    pytest.param(
        "Spain/nsubj/3/PROPN/NNP/Spain and/cc/0/CCONJ/CC/and Portugal/conj/0/PROPN/NNP/Portugal "
        "welcomed/ROOT/3/VERB/VBD/welcome the/det/5/DET/DT/the truce/dobj/3/NOUN/NN/truce "
        "./punct/3/PUNCT/./.",
        {"Spain": "ESP", "Portugal": "PRT"},
        set(),
        id="who-welcomes-a-truce-is-not-its-party",
    ),
    pytest.param(
        "Japan/nsubj/1/PROPN/NNP/Japan denounced/ROOT/1/VERB/VBD/denounce the/det/3/DET/DT/the "
        "shelling/dobj/1/NOUN/NN/shelling by/prep/1/ADP/IN/by Russia/pobj/4/PROPN/NNP/Russia "
        "./punct/1/PUNCT/./.",
        {"Japan": "JPN", "Russia": "RUS"},
        {("JPN", "accuse", "RUS")},
        id="by-agent-of-a-denounced-event-hung-on-the-verb",
    ),
    pytest.param(
        "Poland/nsubj/1/PROPN/NNP/Poland condemned/ROOT/1/VERB/VBD/condemn the/det/4/DET/DT/the "
        "Russian/amod/4/ADJ/JJ/russian strikes/dobj/1/NOUN/NNS/strike on/prep/4/ADP/IN/on "
        "Kyiv/pobj/5/PROPN/NNP/Kyiv ./punct/1/PUNCT/./.",
        {"Poland": "POL", "Russian": "RUS", "Kyiv": "UKR"},
        {("POL", "accuse", "RUS"), ("RUS", "assault", "UKR")},
        id="demonym-agent-accused-not-the-victim",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/NNP/Chile criticised/ROOT/1/VERB/VBD/criticise the/det/4/DET/DT/the "
        "Argentine/amod/4/ADJ/JJ/argentine blockade/dobj/1/NOUN/NN/blockade of/prep/4/ADP/IN/of "
        "Peru/pobj/5/PROPN/NNP/Peru ./punct/1/PUNCT/./.",
        {"Chile": "CHL", "Argentine": "ARG", "Peru": "PER"},
        {("CHL", "accuse", "ARG"), ("ARG", "coerce", "PER")},
        id="blockade-of-a-state-by-another-criticised",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia poses/ROOT/1/VERB/VBZ/pose a/det/3/DET/DT/a "
        "threat/dobj/1/NOUN/NN/threat to/prep/1/ADP/IN/to Estonia/pobj/4/PROPN/NNP/Estonia "
        "./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Estonia": "EST"},
        {("RUS", "threaten", "EST")},
        id="a-light-verb-is-no-reaction",
    ),
    pytest.param(
        "Washington/nsubj/1/PROPN/NNP/Washington approved/ROOT/1/VERB/VBD/approve the/det/3/DET/DT/the "
        "sale/dobj/1/NOUN/NN/sale of/prep/3/ADP/IN/of jets/pobj/4/NOUN/NNS/jet to/prep/1/ADP/IN/to "
        "Greece/pobj/6/PROPN/NNP/Greece ./punct/1/PUNCT/./.",
        {"Washington": "USA", "Greece": "GRC"},
        {("USA", "cooperate", "GRC")},
        id="who-authorises-an-act-is-its-agent",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", EVENT_NOUN_CASES)
def test_event_nouns_as_arguments(blank, extractor, spec, actors, expected):
    assert every(extractor.extract(build(blank, spec, actors))) == expected


def test_construction_word_lists_are_validated(tmp_path):
    from geokg.errors import DataError
    from geokg.relations.grammar import CONSTRUCTION_LISTS, load_construction_words

    lists = load_construction_words()
    assert set(lists) == set(CONSTRUCTION_LISTS) and all(lists.values())
    bad = tmp_path / "constructions.json"
    bad.write_text('{"enabling_governors": "approve"}', encoding="utf-8")
    with pytest.raises(DataError, match="enabling_governors"):
        load_construction_words(bad)


# ------------------------------------------------------------------ coordination: reciprocals

RECIPROCAL_CASES = [
    pytest.param(
        "Armenia/nsubj/3/PROPN/NNP/Armenia and/cc/0/CCONJ/CC/and Azerbaijan/conj/0/PROPN/NNP/Azerbaijan "
        "accused/ROOT/3/VERB/VBD/accuse each/det/5/DET/DT/each other/dobj/3/ADJ/JJ/other "
        "of/prep/3/ADP/IN/of violating/pcomp/6/VERB/VBG/violate the/det/9/DET/DT/the "
        "truce/dobj/7/NOUN/NN/truce ./punct/3/PUNCT/./.",
        {"Armenia": "ARM", "Azerbaijan": "AZE"},
        {("ARM", "accuse", "AZE"), ("AZE", "accuse", "ARM")},
        id="accused-each-other",
    ),
    pytest.param(
        "Serbia/nsubj/4/PROPN/NNP/Serbia and/cc/0/CCONJ/CC/and Kosovo/conj/0/PROPN/NNP/Kosovo "
        "have/aux/4/AUX/VBP/have threatened/ROOT/4/VERB/VBN/threaten each/det/6/DET/DT/each "
        "other/dobj/4/ADJ/JJ/other ./punct/4/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX"},
        {("SRB", "threaten", "XKX"), ("XKX", "threaten", "SRB")},
        id="threatened-each-other",
    ),
    pytest.param(
        "Sudan/nsubj/3/PROPN/NNP/Sudan and/cc/0/CCONJ/CC/and Chad/conj/0/PROPN/NNP/Chad "
        "blamed/ROOT/3/VERB/VBD/blame one/dobj/3/NUM/CD/one another/det/4/DET/DT/another "
        "for/prep/3/ADP/IN/for the/det/9/DET/DT/the border/compound/9/NOUN/NN/border "
        "clashes/pobj/6/NOUN/NNS/clash ./punct/3/PUNCT/./.",
        {"Sudan": "SDN", "Chad": "TCD"},
        {("SDN", "accuse", "TCD"), ("TCD", "accuse", "SDN")},
        id="blamed-one-another",
    ),
    pytest.param(
        "India/nsubj/3/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
        "met/ROOT/3/VERB/VBD/meet with/prep/3/ADP/IN/with each/det/6/DET/DT/each "
        "other/pobj/4/ADJ/JJ/other ./punct/3/PUNCT/./.",
        {"India": "IND", "Pakistan": "PAK"},
        {("IND", "consult", "PAK")},
        id="a-mutual-relation-with-each-other-is-stored-once",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", RECIPROCAL_CASES)
def test_reciprocal_objects_relate_the_conjuncts_both_ways(blank, extractor, spec, actors, expected):
    assert every(extractor.extract(build(blank, spec, actors))) == expected


# ------------------------------------------------------------------ relation nouns: "between" on the verb

BETWEEN_ON_VERB_CASES = [
    pytest.param(
        "Tensions/nsubj/2/NOUN/NNS/tension are/aux/2/AUX/VBP/be rising/ROOT/2/VERB/VBG/rise "
        "between/prep/2/ADP/IN/between China/pobj/3/PROPN/NNP/China and/cc/4/CCONJ/CC/and "
        "the/det/7/DET/DT/the Philippines/conj/4/PROPN/NNPS/Philippines ./punct/2/PUNCT/./.",
        {"China": "CHN", "Philippines": "PHL"},
        {("CHN", "tension", "PHL")},
        id="tensions-rising-between",
    ),
    pytest.param(
        "Talks/nsubj/2/NOUN/NNS/talk were/aux/2/AUX/VBD/be continuing/ROOT/2/VERB/VBG/continue "
        "between/prep/2/ADP/IN/between Sudan/pobj/3/PROPN/NNP/Sudan and/cc/4/CCONJ/CC/and "
        "Chad/conj/4/PROPN/NNP/Chad ./punct/2/PUNCT/./.",
        {"Sudan": "SDN", "Chad": "TCD"},
        {("SDN", "consult", "TCD")},
        id="talks-continuing-between",
    ),
    pytest.param(
        "A/det/1/DET/DT/a dispute/nsubj/3/NOUN/NN/dispute is/aux/3/AUX/VBZ/be brewing/ROOT/3/VERB/VBG/brew "
        "between/prep/3/ADP/IN/between Kenya/pobj/4/PROPN/NNP/Kenya and/cc/5/CCONJ/CC/and "
        "Somalia/conj/5/PROPN/NNP/Somalia ./punct/3/PUNCT/./.",
        {"Kenya": "KEN", "Somalia": "SOM"},
        {("KEN", "tension", "SOM")},
        id="dispute-brewing-between",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", BETWEEN_ON_VERB_CASES)
def test_relation_noun_subject_with_between_on_its_verb(blank, extractor, spec, actors, expected):
    assert every(extractor.extract(build(blank, spec, actors))) == expected


# ------------------------------------------------------------------ event anaphora across sentences

ANAPHORA_CASES = [
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia struck/ROOT/1/VERB/VBD/strike Kyiv/dobj/1/PROPN/NNP/Kyiv "
        "overnight/advmod/1/ADV/RB/overnight ./punct/1/PUNCT/./. Ukraine/nsubj/6/PROPN/NNP/Ukraine "
        "condemned/ROOT/6/VERB/VBD/condemn the/det/8/DET/DT/the attack/dobj/6/NOUN/NN/attack "
        "./punct/6/PUNCT/./.",
        {"Russia": "RUS", "Kyiv": "UKR", "Ukraine": "UKR"},
        {("RUS", "assault", "UKR"), ("UKR", "accuse", "RUS")},
        id="the-attack-names-the-strike-told-before",
    ),
    pytest.param(
        "North/compound/1/PROPN/NNP/North Korea/nsubj/2/PROPN/NNP/Korea launched/ROOT/2/VERB/VBD/launch "
        "a/det/4/DET/DT/a missile/dobj/2/NOUN/NN/missile on/prep/2/ADP/IN/on Sunday/pobj/5/PROPN/NNP/Sunday "
        "./punct/2/PUNCT/./. Japan/nsubj/9/PROPN/NNP/Japan condemned/ROOT/9/VERB/VBD/condemn "
        "the/det/11/DET/DT/the launch/dobj/9/NOUN/NN/launch ./punct/9/PUNCT/./.",
        {"Korea": "PRK", "Japan": "JPN"},
        {("JPN", "accuse", "PRK")},
        id="the-launch-names-who-launched",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey shelled/ROOT/1/VERB/VBD/shell Kurdish/amod/3/ADJ/JJ/kurdish "
        "positions/dobj/1/NOUN/NNS/position ./punct/1/PUNCT/./. The/det/7/DET/DT/the "
        "United/compound/7/PROPN/NNP/United States/nsubj/8/PROPN/NNP/States "
        "criticised/ROOT/8/VERB/VBD/criticise the/det/10/DET/DT/the shelling/dobj/8/NOUN/NN/shelling "
        "./punct/8/PUNCT/./.",
        {"Turkey": "TUR", "States": "USA"},
        {("USA", "accuse", "TUR")},
        id="the-shelling-names-who-shelled",
    ),
    pytest.param(
        "Russia/nsubj/2/PROPN/NNP/Russia might/aux/2/AUX/MD/might strike/ROOT/2/VERB/VB/strike "
        "Kyiv/dobj/2/PROPN/NNP/Kyiv ./punct/2/PUNCT/./. Ukraine/nsubj/6/PROPN/NNP/Ukraine "
        "condemned/ROOT/6/VERB/VBD/condemn the/det/8/DET/DT/the attack/dobj/6/NOUN/NN/attack "
        "./punct/6/PUNCT/./.",
        {"Russia": "RUS", "Kyiv": "UKR", "Ukraine": "UKR"},
        {("RUS", "assault", "UKR")},
        id="a-merely-possible-strike-is-no-antecedent",
    ),
    pytest.param(
        "Ukraine/nsubj/1/PROPN/NNP/Ukraine condemned/ROOT/1/VERB/VBD/condemn the/det/3/DET/DT/the "
        "attack/dobj/1/NOUN/NN/attack ./punct/1/PUNCT/./. Russia/nsubj/6/PROPN/NNP/Russia "
        "struck/ROOT/6/VERB/VBD/strike Kyiv/dobj/6/PROPN/NNP/Kyiv ./punct/6/PUNCT/./.",
        {"Russia": "RUS", "Kyiv": "UKR", "Ukraine": "UKR"},
        {("RUS", "assault", "UKR")},
        id="an-event-told-only-later-is-no-antecedent",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", ANAPHORA_CASES)
def test_event_anaphora_takes_the_agent_of_the_earlier_event(blank, extractor, spec, actors, expected):
    assert every(extractor.extract(build(blank, spec, actors))) == expected


# ------------------------------------------------------------------ a sequence the parser split

SEQUENCE_CASES = [  # the second verb of "did A, then did B" hung as a bare dep: it has A's subject
    pytest.param(
        "Hamas/nsubj/1/PROPN/NNP/Hamas rammed/ROOT/1/VERB/VBD/ram a/det/3/DET/DT/a "
        "truck/dobj/1/NOUN/NN/truck into/prep/1/ADP/IN/into the/det/6/DET/DT/the "
        "gate/pobj/4/NOUN/NN/gate ,/punct/1/PUNCT/,/, then/advmod/1/ADV/RB/then "
        "opened/dep/1/VERB/VBD/open fire/dobj/9/NOUN/NN/fire on/prep/9/ADP/IN/on "
        "Israeli/amod/13/ADJ/JJ/israeli soldiers/pobj/11/NOUN/NNS/soldier ./punct/1/PUNCT/./.",
        {"Hamas": "group:hamas", "Israeli": "ISR"},
        {("group:hamas", "assault", "ISR")},
        id="then-opened-fire",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia shelled/ROOT/1/VERB/VBD/shell the/det/3/DET/DT/the "
        "port/dobj/1/NOUN/NN/port ,/punct/1/PUNCT/,/, then/advmod/1/ADV/RB/then "
        "attacked/dep/1/VERB/VBD/attack Ukrainian/amod/8/ADJ/JJ/ukrainian "
        "ships/dobj/6/NOUN/NNS/ship ./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Ukrainian": "UKR"},
        {("RUS", "assault", "UKR")},
        id="then-attacked",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/NNP/Iran seized/ROOT/1/VERB/VBD/seize the/det/3/DET/DT/the "
        "tanker/dobj/1/NOUN/NN/tanker and/cc/1/CCONJ/CC/and detained/dep/1/VERB/VBD/detain "
        "British/amod/7/ADJ/JJ/british sailors/dobj/5/NOUN/NNS/sailor ./punct/1/PUNCT/./.",
        {"Iran": "IRN", "British": "GBR"},
        {("IRN", "coerce", "GBR")},
        id="and-detained",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", SEQUENCE_CASES)
def test_a_verb_split_off_a_sequence_has_the_first_verbs_subject(blank, extractor, spec, actors,
                                                                 expected):
    assert stated(extractor.extract(build(blank, spec, actors))) == expected


def test_a_split_verb_with_a_subject_of_its_own_keeps_it(blank, extractor):
    doc = build(
        blank,
        "Hamas/nsubj/1/PROPN/NNP/Hamas rammed/ROOT/1/VERB/VBD/ram the/det/3/DET/DT/the "
        "gate/dobj/1/NOUN/NN/gate ,/punct/1/PUNCT/,/, then/advmod/1/ADV/RB/then "
        "Israel/nsubj/7/PROPN/NNP/Israel opened/dep/1/VERB/VBD/open fire/dobj/7/NOUN/NN/fire "
        "on/prep/7/ADP/IN/on Lebanese/amod/11/ADJ/JJ/lebanese soldiers/pobj/9/NOUN/NNS/soldier "
        "./punct/1/PUNCT/./.",
        {"Hamas": "group:hamas", "Israel": "ISR", "Lebanese": "LBN"},
    )
    assert stated(extractor.extract(doc)) == {("ISR", "assault", "LBN")}


def test_a_second_reported_clause_after_then_has_the_first_clauses_subject(blank, extractor):
    # "Witnesses said gunmen of Hamas stormed the gate, then opened fire on Israeli soldiers."
    doc = build(
        blank,
        "Witnesses/nsubj/1/NOUN/NNS/witness said/ROOT/1/VERB/VBD/say Hamas/nsubj/3/PROPN/NNP/Hamas "
        "stormed/ccomp/1/VERB/VBD/storm the/det/5/DET/DT/the gate/dobj/3/NOUN/NN/gate "
        ",/punct/3/PUNCT/,/, then/advmod/8/ADV/RB/then opened/ccomp/1/VERB/VBD/open "
        "fire/dobj/8/NOUN/NN/fire on/prep/8/ADP/IN/on Israeli/amod/12/ADJ/JJ/israeli "
        "soldiers/pobj/10/NOUN/NNS/soldier ./punct/1/PUNCT/./.",
        {"Hamas": "group:hamas", "Israeli": "ISR"},
    )
    assert stated(extractor.extract(doc)) == {("group:hamas", "assault", "ISR")}
