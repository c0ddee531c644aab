"""Bringing down another side's missiles, rockets or drones ("shot down 40 Russian drones",
"intercepted missiles launched from Yemen") is the interceptor's act on the projectile's owner and
tells of the owner's attack on the interceptor: both assaults are stated
(geokg/relations/constructions/interception.py, the lexicon's ``intercepting_verbs`` and
``intercepted_projectiles``). Shooting down a manned aircraft is the shooter's assault only
("downed a Russian warplane"), and intercepting a ship stays coercion. Hand-built parses (en_core_web_sm's analyses) of sentences written for these tests;
actor mentions as ``geokg_actors`` sets them (tests/parses.py)."""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Ukraine/poss/3/PROPN/Ukraine 's/case/0/PART/'s air/compound/3/NOUN/air "
        "force/nsubj/4/NOUN/force shot/ROOT/4/VERB/shoot down/prt/4/ADP/down 40/nummod/8/NUM/40 "
        "Russian/amod/8/ADJ/russian drones/dobj/4/NOUN/drone overnight/advmod/4/ADV/overnight "
        "./punct/4/PUNCT/.",
        {"Ukraine": "UKR", "Russian": "RUS"},
        False,
        {("RUS", "assault", "UKR"), ("UKR", "assault", "RUS")},
        id="shot-down-russian-drones",
    ),
    pytest.param(
        "Polish/amod/2/ADJ/polish air/compound/2/NOUN/air defences/nsubj/3/NOUN/defence "
        "downed/ROOT/3/VERB/down a/det/6/DET/a Russian/amod/6/ADJ/russian drone/dobj/3/NOUN/drone "
        "over/prep/6/ADP/over Lublin/pobj/7/PROPN/Lublin ./punct/3/PUNCT/.",
        {"Polish": "POL", "Russian": "RUS"},
        False,
        {("RUS", "assault", "POL"), ("POL", "assault", "RUS")},
        id="downed-a-russian-drone",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/NNP/Israel intercepted/ROOT/1/VERB/VBD/intercept "
        "missiles/dobj/1/NOUN/NNS/missile launched/acl/2/VERB/VBN/launch from/prep/3/ADP/IN/from "
        "Yemen/pobj/4/PROPN/NNP/Yemen ./punct/1/PUNCT/./.",
        {"Israel": "ISR", "Yemen": "YEM"},
        True,  # the participle's tag tells a reduced relative ("missiles launched from Y")
        {("YEM", "assault", "ISR"), ("ISR", "assault", "YEM")},
        id="intercepted-missiles-launched-from-yemen",
    ),
]


@pytest.mark.parametrize("spec, actors, tags, expected", CASES)
def test_an_intercepted_projectile_is_also_its_owners_attack_on_the_interceptor(
    blank, extractor, spec, actors, tags, expected
):
    doc = parse(blank, spec, actors, tags=tags)
    found = relations(extractor.extract(doc), stated_only=True)
    assert found == expected


MANNED = [
    pytest.param(
        "Turkey/nsubj/1/PROPN/Turkey downed/ROOT/1/VERB/down a/det/4/DET/a "
        "Russian/amod/4/ADJ/russian warplane/dobj/1/NOUN/warplane near/prep/1/ADP/near "
        "the/det/7/DET/the border/pobj/5/NOUN/border ./punct/1/PUNCT/.",
        {"Turkey": "TUR", "Russian": "RUS"},
        ("TUR", "assault", "RUS"),
        id="downed-a-russian-warplane",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/Iran intercepted/ROOT/1/VERB/intercept a/det/4/DET/a "
        "British/amod/4/ADJ/british tanker/dobj/1/NOUN/tanker in/prep/4/ADP/in "
        "the/det/7/DET/the Gulf/pobj/5/PROPN/Gulf ./punct/1/PUNCT/.",
        {"Iran": "IRN", "British": "GBR"},
        ("IRN", "coerce", "GBR"),
        id="intercepted-a-british-tanker",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MANNED)
def test_downing_an_aircraft_or_stopping_a_ship_is_the_shooters_act(
    blank, extractor, spec, actors, expected
):
    doc = parse(blank, spec, actors)
    found = relations(extractor.extract(doc), stated_only=True)
    assert expected in found
    assert (expected[2], "assault", expected[0]) not in found
