"""The two sides of a relation noun with a possessor: "X's ties with Y and Z" relates X to Y and
to Z, never Y to Z (:func:`geokg.relations.roles.pair_sides`); a possessor no actor stands for
relates nobody. "Relations between Y and Z" and "Y, Z and W have friendly relations" still relate
every two of them.

A phrase's trigger is the pattern token it names, wherever optional tokens before it fall: "a
close strategic partnership" anchors on "partnership" as "a close partnership" does (the
close-ties phrase of ``data/relations/patterns.json``), not on "strategic".

Every sentence is written for these tests. Each token is ``word/dep/head/pos/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import json

import pytest
from parses import parse, relations

from geokg.errors import DataError
from geokg.lexicon import load_lexicon


ACTORS = {"Turkey": "TUR", "Azerbaijan": "AZE", "Pakistan": "PAK", "Georgia": "GEO",
          "Japan": "JPN", "India": "IND"}

CASES = [
    pytest.param(
        "Turkey/poss/3/PROPN/Turkey 's/case/0/PART/'s friendly/amod/3/ADJ/friendly "
        "ties/nsubjpass/9/NOUN/tie with/prep/3/ADP/with Azerbaijan/pobj/4/PROPN/Azerbaijan "
        "and/cc/5/CCONJ/and Pakistan/conj/5/PROPN/Pakistan were/auxpass/9/AUX/be "
        "praised/ROOT/9/VERB/praise ./punct/9/PUNCT/.",
        {("AZE", "ally", "TUR"), ("PAK", "ally", "TUR")},
        id="possessor-with-each-with-object",
    ),
    pytest.param(
        "Turkey/poss/4/PROPN/Turkey 's/case/0/PART/'s close/amod/4/ADJ/close "
        "strategic/amod/4/ADJ/strategic ties/nsubjpass/10/NOUN/tie with/prep/4/ADP/with "
        "Azerbaijan/pobj/5/PROPN/Azerbaijan and/cc/6/CCONJ/and Georgia/conj/6/PROPN/Georgia "
        "were/auxpass/10/AUX/be praised/ROOT/10/VERB/praise ./punct/10/PUNCT/.",
        {("AZE", "ally", "TUR"), ("GEO", "ally", "TUR")},
        id="phrase-possessor-with-each-with-object",
    ),
    pytest.param(
        "Its/poss/2/PRON/its friendly/amod/2/ADJ/friendly ties/nsubjpass/8/NOUN/tie "
        "with/prep/2/ADP/with Azerbaijan/pobj/3/PROPN/Azerbaijan and/cc/4/CCONJ/and "
        "Pakistan/conj/4/PROPN/Pakistan were/auxpass/8/AUX/be praised/ROOT/8/VERB/praise "
        "./punct/8/PUNCT/.",
        set(),
        id="unknown-possessor-relates-nobody",
    ),
    pytest.param(
        "Relations/nsubj/5/NOUN/relation between/prep/0/ADP/between "
        "Azerbaijan/pobj/1/PROPN/Azerbaijan and/cc/2/CCONJ/and Pakistan/conj/2/PROPN/Pakistan "
        "are/ROOT/5/AUX/be friendly/acomp/5/ADJ/friendly ./punct/5/PUNCT/.",
        {("AZE", "ally", "PAK")},
        id="between-relates-the-two",
    ),
    pytest.param(
        "Azerbaijan/nsubj/5/PROPN/Azerbaijan ,/punct/0/PUNCT/, Pakistan/conj/0/PROPN/Pakistan "
        "and/cc/2/CCONJ/and Turkey/conj/2/PROPN/Turkey have/ROOT/5/VERB/have "
        "friendly/amod/7/ADJ/friendly relations/dobj/5/NOUN/relation ./punct/5/PUNCT/.",
        {("AZE", "ally", "PAK"), ("AZE", "ally", "TUR"), ("PAK", "ally", "TUR")},
        id="a-coordinated-subject-relates-every-two",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/Japan and/cc/0/CCONJ/and India/conj/0/PROPN/India "
        "enjoy/ROOT/3/VERB/enjoy a/det/7/DET/a close/amod/7/ADJ/close "
        "strategic/amod/7/ADJ/strategic partnership/dobj/3/NOUN/partnership ./punct/3/PUNCT/.",
        {("IND", "ally", "JPN")},
        id="optional-word-before-the-phrase-trigger",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/Japan and/cc/0/CCONJ/and India/conj/0/PROPN/India "
        "enjoy/ROOT/3/VERB/enjoy a/det/6/DET/a close/amod/6/ADJ/close "
        "partnership/dobj/3/NOUN/partnership ./punct/3/PUNCT/.",
        {("IND", "ally", "JPN")},
        id="the-same-phrase-without-it",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_pair_sides(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, doc_id="p1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected


@pytest.mark.parametrize("op", ["?", "*"])
def test_a_phrase_trigger_may_not_be_optional(tmp_path, op):
    # the anchor of a phrase is a token every match holds
    phrases = {"phrases": [{
        "id": "warm-ties", "relation": "ally", "frame": "pair", "trigger": 1,
        "pattern": [{"LOWER": "warm"}, {"LOWER": "strategic", "OP": op}, {"LEMMA": "tie"}],
    }]}
    path = tmp_path / "patterns.json"
    path.write_text(json.dumps(phrases), encoding="utf-8")
    with pytest.raises(DataError, match="'trigger' must index a token every match holds"):
        load_lexicon(patterns=path)
    phrases["phrases"][0]["trigger"] = 2
    path.write_text(json.dumps(phrases), encoding="utf-8")
    assert [p.trigger for p in load_lexicon(patterns=path).phrases] == [2]
