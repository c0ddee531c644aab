"""A state's personnel act for it (``personnel`` among the lexicon's ``agent_nouns``), on
hand-built parses:

- "Russian personnel withdrew from Syria", "Russian military personnel withdrew from Syria"
  (the state modifying the noun beside another agent word): Russia retreats from Syria;
- "Indian personnel fired on the post": India assaults;
- the noun alone stands for nobody ("Personnel withdrew from Syria").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Russian/amod/1/ADJ/JJ/russian personnel/nsubj/2/NOUN/NNS/personnel "
        "withdrew/ROOT/2/VERB/VBD/withdraw from/prep/2/ADP/IN/from Syria/pobj/3/PROPN/NNP/Syria "
        "./punct/2/PUNCT/./.",
        {"Russian": "RUS", "Syria": "SYR"},
        {("RUS", "retreat", "SYR")},
        id="demonym-personnel-withdrew",
    ),
    pytest.param(
        "Russian/amod/2/ADJ/JJ/russian military/compound/2/NOUN/NN/military "
        "personnel/nsubj/3/NOUN/NNS/personnel withdrew/ROOT/3/VERB/VBD/withdraw "
        "from/prep/3/ADP/IN/from Syria/pobj/4/PROPN/NNP/Syria ./punct/3/PUNCT/./.",
        {"Russian": "RUS", "Syria": "SYR"},
        {("RUS", "retreat", "SYR")},
        id="military-personnel-withdrew",
    ),
    pytest.param(
        "Indian/amod/1/ADJ/JJ/indian personnel/nsubj/2/NOUN/NNS/personnel "
        "fired/ROOT/2/VERB/VBD/fire on/prep/2/ADP/IN/on a/det/6/DET/DT/a "
        "Pakistani/amod/6/ADJ/JJ/pakistani post/pobj/3/NOUN/NN/post ./punct/2/PUNCT/./.",
        {"Indian": "IND", "Pakistani": "PAK"},
        {("IND", "assault", "PAK")},
        id="personnel-fired-on-a-post",
    ),
    pytest.param(
        "Personnel/nsubj/1/NOUN/NNS/personnel withdrew/ROOT/1/VERB/VBD/withdraw "
        "from/prep/1/ADP/IN/from Syria/pobj/2/PROPN/NNP/Syria ./punct/1/PUNCT/./.",
        {"Syria": "SYR"},
        set(),
        id="personnel-of-nobody-named",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_a_states_personnel_act_for_it(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02", tags=True)
    assert relations(extractor.extract(doc), stated_only=True) == expected
