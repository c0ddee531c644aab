"""A possessive pronoun whose clause has a subject no actor stands for takes that subject's own
possessor (:meth:`geokg.relations.resolve.Resolver.pronoun_owner`): in "Turkey's cautious approach
aims to keep its close ties with Azerbaijan" and "... Turkey's approach that keeps its close ties
with Azerbaijan", "its" is Turkey's. A subject with no possessor lends nothing ("The new approach
keeps its close ties with Azerbaijan"), and an actor subject is the owner as before.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

ACTORS = {"Turkey": "TUR", "Azerbaijan": "AZE"}

CASES = [
    pytest.param(
        "Turkey/poss/3/PROPN/Turkey 's/case/0/PART/'s cautious/amod/3/ADJ/cautious "
        "approach/nsubj/4/NOUN/approach aims/ROOT/4/VERB/aim to/aux/6/PART/to "
        "keep/xcomp/4/VERB/keep its/poss/9/PRON/its close/amod/9/ADJ/close ties/dobj/6/NOUN/tie "
        "with/prep/9/ADP/with Azerbaijan/pobj/10/PROPN/Azerbaijan ./punct/4/PUNCT/.",
        {("AZE", "ally", "TUR")},
        id="the-subject's-possessor",
    ),
    pytest.param(
        "They/nsubj/1/PRON/they praised/ROOT/1/VERB/praise Turkey/poss/4/PROPN/Turkey "
        "'s/case/2/PART/'s approach/dobj/1/NOUN/approach that/nsubj/6/PRON/that "
        "keeps/relcl/4/VERB/keep its/poss/9/PRON/its close/amod/9/ADJ/close ties/dobj/6/NOUN/tie "
        "with/prep/9/ADP/with Azerbaijan/pobj/10/PROPN/Azerbaijan ./punct/1/PUNCT/.",
        {("AZE", "ally", "TUR")},
        id="a-relative-clause's-antecedent's-possessor",
    ),
    pytest.param(
        "The/det/2/DET/the new/amod/2/ADJ/new approach/nsubj/3/NOUN/approach "
        "keeps/ROOT/3/VERB/keep its/poss/6/PRON/its close/amod/6/ADJ/close ties/dobj/3/NOUN/tie "
        "with/prep/6/ADP/with Azerbaijan/pobj/7/PROPN/Azerbaijan ./punct/3/PUNCT/.",
        set(),
        id="no-possessor-lends-nothing",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/Turkey keeps/ROOT/1/VERB/keep its/poss/4/PRON/its "
        "close/amod/4/ADJ/close ties/dobj/1/NOUN/tie with/prep/4/ADP/with "
        "Azerbaijan/pobj/5/PROPN/Azerbaijan ./punct/1/PUNCT/.",
        {("AZE", "ally", "TUR")},
        id="an-actor-subject-owns-it",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_pronoun_possessor(blank, extractor, spec, expected):
    doc = parse(blank, spec, ACTORS, doc_id="q1", date="2026-03-02")
    assert relations(extractor.extract(doc)) == expected
