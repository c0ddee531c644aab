"""A gathering of protest voices what it is for (``activity_governors`` / ``activity_purposes``
of data/relations/modality.json, geokg/modality.py), on hand-built parses:

- "Chinese protesters gathered outside the Japanese embassy to condemn Japan", "Iranian students
  marched in Tehran to denounce Washington", "Serbian students rallied in Belgrade to protest
  against NATO", "Pakistani demonstrators gathered to demand an apology from India": the
  gathering is held, and the condemnation, protest or demand is made by holding it (stated,
  not only wished);
- an end a gathering aims at stays a wish: "EU ministers gathered in Brussels to discuss
  sanctions on Russia" states no sanction.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Chinese/amod/1/ADJ/JJ/chinese protesters/nsubj/2/NOUN/NNS/protester "
        "gathered/ROOT/2/VERB/VBD/gather outside/prep/2/ADP/IN/outside the/det/6/DET/DT/the "
        "Japanese/amod/6/ADJ/JJ/japanese embassy/pobj/3/NOUN/NN/embassy to/aux/8/PART/TO/to "
        "condemn/advcl/2/VERB/VB/condemn Japan/dobj/8/PROPN/NNP/Japan ./punct/2/PUNCT/./.",
        {"Chinese": "CHN", "Japan": "JPN"},
        {("CHN", "accuse", "JPN")},
        id="gathered-to-condemn",
    ),
    pytest.param(
        "Iranian/amod/1/ADJ/JJ/iranian students/nsubj/2/NOUN/NNS/student "
        "marched/ROOT/2/VERB/VBD/march in/prep/2/ADP/IN/in Tehran/pobj/3/PROPN/NNP/Tehran "
        "to/aux/6/PART/TO/to denounce/advcl/2/VERB/VB/denounce "
        "Washington/dobj/6/PROPN/NNP/Washington ./punct/2/PUNCT/./.",
        {"Iranian": "IRN", "Washington": "USA"},
        {("IRN", "accuse", "USA")},
        id="marched-to-denounce",
    ),
    pytest.param(
        "Serbian/amod/1/ADJ/JJ/serbian students/nsubj/2/NOUN/NNS/student "
        "rallied/ROOT/2/VERB/VBD/rally in/prep/2/ADP/IN/in Belgrade/pobj/3/PROPN/NNP/Belgrade "
        "to/aux/6/PART/TO/to protest/advcl/2/VERB/VB/protest against/prep/6/ADP/IN/against "
        "NATO/pobj/7/PROPN/NNP/NATO ./punct/2/PUNCT/./.",
        {"Serbian": "SRB", "NATO": "NATO"},
        {("SRB", "protest", "NATO")},
        id="rallied-to-protest-against",
    ),
    pytest.param(
        "Pakistani/amod/1/ADJ/JJ/pakistani demonstrators/nsubj/2/NOUN/NNS/demonstrator "
        "gathered/ROOT/2/VERB/VBD/gather to/aux/4/PART/TO/to demand/advcl/2/VERB/VB/demand "
        "an/det/6/DET/DT/an apology/dobj/4/NOUN/NN/apology from/prep/4/ADP/IN/from "
        "India/pobj/7/PROPN/NNP/India ./punct/2/PUNCT/./.",
        {"Pakistani": "PAK", "India": "IND"},
        {("PAK", "request", "IND")},
        id="gathered-to-demand",
    ),
    pytest.param(
        "EU/compound/1/PROPN/NNP/EU ministers/nsubj/2/NOUN/NNS/minister "
        "gathered/ROOT/2/VERB/VBD/gather in/prep/2/ADP/IN/in Brussels/pobj/3/PROPN/NNP/Brussels "
        "to/aux/6/PART/TO/to discuss/advcl/2/VERB/VB/discuss sanctions/dobj/6/NOUN/NNS/sanction "
        "on/prep/7/ADP/IN/on Russia/pobj/8/PROPN/NNP/Russia ./punct/2/PUNCT/./.",
        {"EU": "EU", "Russia": "RUS"},
        set(),
        id="gathered-to-discuss-sanctions-is-no-sanction",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_protest_purpose(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="p1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
