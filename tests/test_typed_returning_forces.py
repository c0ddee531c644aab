"""Forces returning from a country withdraw from it (the lexicon's ``forces_return`` frame, the
``forces_subj`` role of geokg/relations/roles.py), on hand-built parses:

- "French troops returned (home) from Mali", "the last American troops flew home from
  Afghanistan": the forces' state retreats from the country they left;
- the subject must name armed forces (the lexicon's ``troops``): an ambassador or tourists
  returning from a country withdraw nothing;
- a return with an object is another act ("returned fire from Syria").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "French/amod/1/ADJ/french troops/nsubj/2/NOUN/troop returned/ROOT/2/VERB/return "
        "home/advmod/2/ADV/home from/prep/2/ADP/from Mali/pobj/4/PROPN/Mali "
        "after/prep/2/ADP/after nine/nummod/8/NUM/nine years/pobj/6/NOUN/year ./punct/2/PUNCT/.",
        {"French": "FRA", "Mali": "MLI"},
        {("FRA", "retreat", "MLI")},
        id="troops-returned-home-from",
    ),
    pytest.param(
        "The/det/3/DET/the first/amod/3/ADJ/first Russian/amod/3/ADJ/russian "
        "soldiers/nsubj/4/NOUN/soldier returned/ROOT/4/VERB/return from/prep/4/ADP/from "
        "Syria/pobj/5/PROPN/Syria on/prep/4/ADP/on Tuesday/pobj/7/PROPN/Tuesday ./punct/4/PUNCT/.",
        {"Russian": "RUS", "Syria": "SYR"},
        {("RUS", "retreat", "SYR")},
        id="soldiers-returned-from",
    ),
    pytest.param(
        "The/det/3/DET/the last/amod/3/ADJ/last American/amod/3/ADJ/american "
        "troops/nsubj/4/NOUN/troop flew/ROOT/4/VERB/fly home/advmod/4/ADV/home "
        "from/prep/4/ADP/from Afghanistan/pobj/6/PROPN/Afghanistan ./punct/4/PUNCT/.",
        {"American": "USA", "Afghanistan": "AFG"},
        {("USA", "retreat", "AFG")},
        id="troops-flew-home-from",
    ),
    pytest.param(
        "The/det/2/DET/the French/amod/2/ADJ/french ambassador/nsubj/3/NOUN/ambassador "
        "returned/ROOT/3/VERB/return from/prep/3/ADP/from Mali/pobj/4/PROPN/Mali "
        "for/prep/3/ADP/for consultations/pobj/6/NOUN/consultation ./punct/3/PUNCT/.",
        {"French": "FRA", "Mali": "MLI"},
        set(),
        id="an-ambassador-returning-withdraws-nothing",
    ),
    pytest.param(
        "Turkish/amod/1/ADJ/turkish troops/nsubj/2/NOUN/troop returned/ROOT/2/VERB/return "
        "fire/dobj/2/NOUN/fire from/prep/2/ADP/from Syria/pobj/4/PROPN/Syria ./punct/2/PUNCT/.",
        {"Turkish": "TUR", "Syria": "SYR"},
        set(),
        id="returned-fire-is-no-withdrawal",
    ),
    pytest.param(
        "Polish/amod/1/ADJ/polish troops/nsubj/2/NOUN/troop came/ROOT/2/VERB/come "
        "from/prep/2/ADP/from Germany/pobj/3/PROPN/Germany ./punct/2/PUNCT/.",
        {"Polish": "POL", "Germany": "DEU"},
        set(),
        id="coming-from-without-home-is-no-withdrawal",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_returning_forces_retreat(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="r1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
