"""A counter-attack with no object strikes the subject of the clause it answers
(geokg/relations/constructions/retaliation.py, ``retaliation_verbs`` of
data/relations/constructions.json), on hand-built parses:

- "X overran the post, but Y counterattacked", "X shelled the town, and Y retaliated",
  "X attacked the village, but Y fought back / struck back": Y assault X;
- "fought" without "back" answers nothing, and a counter-attack with no coordinated clause
  ("The Kenyans counterattacked") names no target.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Hamas/compound/1/PROPN/NNP/Hamas fighters/nsubj/2/NOUN/NNS/fighter "
        "overran/ROOT/2/VERB/VBD/overrun the/det/4/DET/DT/the post/dobj/2/NOUN/NN/post "
        ",/punct/2/PUNCT/,/, but/cc/2/CCONJ/CC/but Israeli/amod/8/ADJ/JJ/israeli "
        "troops/nsubj/9/NOUN/NNS/troop counterattacked/conj/2/VERB/VBD/counterattack "
        "./punct/9/PUNCT/./.",
        {"Hamas": "group:hamas", "Israeli": "ISR"},
        {("ISR", "assault", "group:hamas")},
        id="overran-but-counterattacked",
    ),
    pytest.param(
        "Azerbaijani/amod/1/ADJ/JJ/azerbaijani forces/nsubj/2/NOUN/NNS/force "
        "attacked/ROOT/2/VERB/VBD/attack the/det/4/DET/DT/the village/dobj/2/NOUN/NN/village "
        ",/punct/2/PUNCT/,/, but/cc/2/CCONJ/CC/but Armenian/amod/8/ADJ/JJ/armenian "
        "troops/nsubj/9/NOUN/NNS/troop fought/conj/2/VERB/VBD/fight back/advmod/9/ADV/RB/back "
        "./punct/9/PUNCT/./.",
        {"Azerbaijani": "AZE", "Armenian": "ARM"},
        {("ARM", "assault", "AZE")},
        id="attacked-but-fought-back",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia shelled/ROOT/1/VERB/VBD/shell the/det/3/DET/DT/the "
        "town/dobj/1/NOUN/NN/town ,/punct/1/PUNCT/,/, and/cc/1/CCONJ/CC/and "
        "Ukraine/nsubj/7/PROPN/NNP/Ukraine retaliated/conj/1/VERB/VBD/retaliate "
        "./punct/7/PUNCT/./.",
        {"Russia": "RUS", "Ukraine": "UKR"},
        {("UKR", "assault", "RUS")},
        id="shelled-and-retaliated",
    ),
    pytest.param(
        "Serbian/amod/1/ADJ/JJ/serbian police/nsubj/2/NOUN/NNS/police raided/ROOT/2/VERB/VBD/raid "
        "the/det/4/DET/DT/the office/dobj/2/NOUN/NN/office ,/punct/2/PUNCT/,/, "
        "and/cc/2/CCONJ/CC/and Albanian/amod/8/ADJ/JJ/albanian troops/nsubj/9/NOUN/NNS/troop "
        "struck/conj/2/VERB/VBD/strike back/prt/9/ADP/RP/back ./punct/9/PUNCT/./.",
        {"Serbian": "SRB", "Albanian": "ALB"},
        {("ALB", "assault", "SRB")},
        id="raided-and-struck-back",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia shelled/ROOT/1/VERB/VBD/shell the/det/3/DET/DT/the "
        "town/dobj/1/NOUN/NN/town ,/punct/1/PUNCT/,/, and/cc/1/CCONJ/CC/and "
        "Ukraine/nsubj/7/PROPN/NNP/Ukraine fought/conj/1/VERB/VBD/fight ./punct/7/PUNCT/./.",
        {"Russia": "RUS", "Ukraine": "UKR"},
        set(),
        id="fought-without-back-answers-nothing",
    ),
    pytest.param(
        "The/det/1/DET/DT/the Kenyans/nsubj/2/PROPN/NNPS/Kenyans "
        "counterattacked/ROOT/2/VERB/VBD/counterattack ./punct/2/PUNCT/./.",
        {"Kenyans": "KEN"},
        set(),
        id="counterattack-alone-names-no-target",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_retaliation(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="c1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
