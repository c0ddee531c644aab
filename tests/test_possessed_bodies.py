"""A state's own body, named with the state as possessor, acts for it: "Iran's Supreme National
Security Council criticized Israel", "Egypt's General Intelligence Service hosted talks with
Hamas" (the lexicon's ``possessed_agent_nouns``: council, service, committee, commission,
directorate, bureau). A demonym before such a name does not make it the state's: "the Norwegian
Refugee Council" is no organ of Norway. Hand-built parses (en_core_web_sm's analyses) of sentences
written for these tests; actor mentions as ``geokg_actors`` sets them (tests/parses.py)."""

from __future__ import annotations

import pytest
from parses import parse, relations


OWNED = [
    pytest.param(
        "Iran/poss/5/PROPN/Iran 's/case/0/PART/'s Supreme/compound/5/PROPN/Supreme "
        "National/compound/5/PROPN/National Security/compound/5/PROPN/Security "
        "Council/nsubj/6/PROPN/Council criticized/ROOT/6/VERB/criticize "
        "Israel/dobj/6/PROPN/Israel ./punct/6/PUNCT/.",
        {"Iran": "IRN", "Israel": "ISR"},
        ("IRN", "accuse", "ISR"),
        id="irans-security-council",
    ),
    pytest.param(
        "Egypt/poss/4/PROPN/Egypt 's/case/0/PART/'s General/compound/4/PROPN/General "
        "Intelligence/compound/4/PROPN/Intelligence Service/nsubj/5/PROPN/Service "
        "hosted/ROOT/5/VERB/host talks/dobj/5/NOUN/talk with/prep/6/ADP/with "
        "Hamas/pobj/7/PROPN/Hamas ./punct/5/PUNCT/.",
        {"Egypt": "EGY", "Hamas": "group:hamas"},
        ("EGY", "consult", "group:hamas"),
        id="egypts-intelligence-service",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", OWNED)
def test_a_body_a_state_owns_acts_for_it(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors)
    assert expected in relations(extractor.extract(doc), stated_only=True)


def test_a_demonym_does_not_make_a_council_the_states(blank, extractor):
    spec = (
        "The/det/3/DET/the Norwegian/compound/3/PROPN/Norwegian Refugee/compound/3/PROPN/Refugee "
        "Council/nsubj/4/PROPN/Council accused/ROOT/4/VERB/accuse Israel/dobj/4/PROPN/Israel "
        "of/prep/4/ADP/of obstruction/pobj/6/NOUN/obstruction ./punct/4/PUNCT/."
    )
    doc = parse(blank, spec, {"Norwegian": "NOR", "Israel": "ISR"})
    assert relations(extractor.extract(doc)) == set()
