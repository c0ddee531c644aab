"""The discourse around a relation (hand-built parses, our own sentences): a party set against a
group relates across the group in a later list, not every pair of the list
(geokg/relations/sides.py); a meeting "expected" once talks are under way is stated
(geokg.modality.openings)."""

from __future__ import annotations

import json

import pytest

from geokg.errors import DataError
from geokg.models import Modality, Relation
from geokg.relations.component import RelationExtractor
from geokg.resources import data_path
from geokg.relations.grammar import load_construction_words
from geokg.relations.sides import introduced_sides
from tests.parses import parse, relations

LIST_MET = (
    "Iran/nsubj/{m}/PROPN/NNP/Iran ,/punct/{a}/PUNCT/,/, France/conj/{a}/PROPN/NNP/France "
    ",/punct/{b}/PUNCT/,/, China/conj/{b}/PROPN/NNP/China and/cc/{c}/CCONJ/CC/and "
    "Russia/conj/{c}/PROPN/NNP/Russia met/ROOT/{m}/VERB/VBD/meet ./punct/{m}/PUNCT/./."
)
ACTORS = {"Iran": "IRN", "France": "FRA", "China": "CHN", "Russia": "RUS", "Israel": "ISR"}
ACROSS = {("FRA", "consult", "IRN"), ("CHN", "consult", "IRN"), ("IRN", "consult", "RUS")}
EVERY_PAIR = ACROSS | {
    ("CHN", "consult", "FRA"),
    ("FRA", "consult", "RUS"),
    ("CHN", "consult", "RUS"),
}


def listed_after(first: str, n: int) -> str:
    """``first`` (``n`` tokens) then the list sentence, its heads shifted by ``n``."""
    return first + " " + LIST_MET.format(a=n, b=n + 2, c=n + 4, m=n + 7)


INTRODUCTIONS = [
    # a party and a group of powers
    (
        "Iran/nsubj/5/PROPN/NNP/Iran and/cc/0/CCONJ/CC/and six/nummod/4/NUM/CD/six "
        "world/compound/4/NOUN/NN/world powers/conj/0/NOUN/NNS/power opened/ROOT/5/VERB/VBD/open "
        "talks/dobj/5/NOUN/NNS/talk ./punct/5/PUNCT/./.",
        8,
        ACROSS,
    ),
    # the group first
    (
        "The/det/2/DET/DT/the great/amod/2/ADJ/JJ/great powers/nsubj/5/NOUN/NNS/power "
        "and/cc/2/CCONJ/CC/and Iran/conj/2/PROPN/NNP/Iran resumed/ROOT/5/VERB/VBD/resume "
        "talks/dobj/5/NOUN/NNS/talk ./punct/5/PUNCT/./.",
        8,
        ACROSS,
    ),
    # a party and its partners
    (
        "Iran/nsubj/4/PROPN/NNP/Iran and/cc/0/CCONJ/CC/and its/poss/3/PRON/PRP$/its "
        "partners/conj/0/NOUN/NNS/partner signed/ROOT/4/VERB/VBD/sign a/det/6/DET/DT/a "
        "pact/dobj/4/NOUN/NN/pact ./punct/4/PUNCT/./.",
        8,
        ACROSS,
    ),
    # two parties coordinated: no side, every pair of the later list meets
    (
        "Iran/nsubj/3/PROPN/NNP/Iran and/cc/0/CCONJ/CC/and Israel/conj/0/PROPN/NNP/Israel "
        "clashed/ROOT/3/VERB/VBD/clash ./punct/3/PUNCT/./.",
        5,
        EVERY_PAIR,
    ),
    # a list against the group is not one side
    (
        "Iran/nsubj/6/PROPN/NNP/Iran ,/punct/0/PUNCT/,/, Israel/conj/0/PROPN/NNP/Israel "
        "and/cc/0/CCONJ/CC/and their/poss/5/PRON/PRP$/their partners/conj/0/NOUN/NNS/partner "
        "met/ROOT/6/VERB/VBD/meet ./punct/6/PUNCT/./.",
        8,
        EVERY_PAIR | {("IRN", "consult", "ISR")},
    ),
]


@pytest.mark.parametrize("first, n, expected", INTRODUCTIONS)
def test_a_side_relates_across_a_later_list(blank, extractor, first, n, expected):
    doc = parse(blank, listed_after(first, n), ACTORS, tags=True)
    found = {k for k in relations(extractor.extract(doc)) if k[1] == "consult"}
    assert found == expected


def test_a_list_without_a_side_meets_pairwise(blank, extractor):
    doc = parse(blank, LIST_MET.format(a=0, b=2, c=4, m=7), ACTORS, tags=True)
    found = {k for k in relations(extractor.extract(doc)) if k[1] == "consult"}
    assert found == EVERY_PAIR


def test_introduced_sides_reads_only_the_given_sentences(blank):
    doc = parse(blank, listed_after(INTRODUCTIONS[0][0], 8), ACTORS, tags=True)
    sents = list(doc.sents)
    ids = {0: ["IRN"], 8: ["IRN"], 10: ["FRA"]}
    nouns = load_construction_words()["side_group_nouns"]
    assert introduced_sides(sents, lambda i: ids.get(i, []), nouns) == {"IRN"}
    assert introduced_sides(sents[1:], lambda i: ids.get(i, []), nouns) == set()


def test_bad_group_noun_list_is_a_data_error(tmp_path):
    words = json.loads(data_path("relations", "constructions.json").read_text(encoding="utf-8"))
    words["side_group_nouns"] = "powers"
    path = tmp_path / "constructions.json"
    path.write_text(json.dumps(words), encoding="utf-8")
    with pytest.raises(DataError, match="side_group_nouns"):
        load_construction_words(path)


EXPECTED_MEETING = (
    "Kenya/nsubjpass/{e}/PROPN/NNP/Kenya is/auxpass/{e}/AUX/VBZ/be "
    "expected/ROOT/{e}/VERB/VBN/expect to/aux/{m}/PART/TO/to meet/xcomp/{e}/VERB/VB/meet "
    "Uganda/dobj/{m}/PROPN/NNP/Uganda ./punct/{e}/PUNCT/./."
)
BEFORE = [
    # talks of these parties under way: the expected meeting is the one going on, stated
    (
        "Kenya/nsubj/3/PROPN/NNP/Kenya and/cc/0/CCONJ/CC/and Uganda/conj/0/PROPN/NNP/Uganda "
        "opened/ROOT/3/VERB/VBD/open talks/dobj/3/NOUN/NNS/talk ./punct/3/PUNCT/./.",
        Modality.ASSERTED,
    ),
    (
        "The/det/1/DET/DT/the meeting/nsubj/5/NOUN/NN/meeting with/prep/1/ADP/IN/with "
        "Uganda/pobj/2/PROPN/NNP/Uganda has/aux/5/AUX/VBZ/have begun/ROOT/5/VERB/VBN/begin "
        "./punct/5/PUNCT/./.",
        Modality.ASSERTED,
    ),
    (
        "Envoys/nsubj/3/NOUN/NNS/envoy from/prep/0/ADP/IN/from Kenya/pobj/1/PROPN/NNP/Kenya "
        "launched/ROOT/3/VERB/VBD/launch a/det/6/DET/DT/a new/amod/6/ADJ/JJ/new "
        "round/dobj/3/NOUN/NN/round of/prep/6/ADP/IN/of talks/pobj/7/NOUN/NNS/talk "
        "./punct/3/PUNCT/./.",
        Modality.ASSERTED,
    ),
    # talks under way among others: a meeting of these parties is still only expected
    (
        "The/det/1/DET/DT/the summit/nsubj/2/NOUN/NN/summit opened/ROOT/2/VERB/VBD/open "
        "on/prep/2/ADP/IN/on Monday/pobj/3/PROPN/NNP/Monday ./punct/2/PUNCT/./.",
        Modality.POSSIBLE,
    ),
    # no talks under way: still only expected
    (
        "Kenya/nsubj/3/PROPN/NNP/Kenya and/cc/0/CCONJ/CC/and Uganda/conj/0/PROPN/NNP/Uganda "
        "signed/ROOT/3/VERB/VBD/sign a/det/5/DET/DT/a deal/dobj/3/NOUN/NN/deal "
        "./punct/3/PUNCT/./.",
        Modality.POSSIBLE,
    ),
    ("", Modality.POSSIBLE),
]


@pytest.mark.parametrize("first, modality", BEFORE)
def test_an_expected_meeting_is_stated_once_talks_are_under_way(blank, extractor, first, modality):
    n = len(first.split(" ")) if first else 0
    spec = (first + " " if first else "") + EXPECTED_MEETING.format(e=n + 2, m=n + 4)
    doc = parse(blank, spec, {"Kenya": "KEN", "Uganda": "UGA"}, tags=True)
    expected = [
        t for t in extractor.extract(doc)
        if t.relation is Relation.CONSULT and "expected" in t.evidence.sentence
    ]
    assert [t.modality for t in expected] == [modality]
