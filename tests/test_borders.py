"""The far side of a border as the target of a restrictive or military act on that border.

"closed its border with Y" restricts Y, "massed troops along the border with Y" mobilizes against
Y (geokg/relations/constructions/border.py); a meeting or an attack that only happens at a border
makes the far side no party. Hand-built parses (``word/dep/head/pos/lemma``, see tests/parses.py),
including the attachments the small model gives (the "with" phrase hung on the verb or on its
object); the sentences are our own.
"""

from __future__ import annotations

import pytest

from parses import parse, relations


def stated(blank, extractor, spec: str, actors: dict[str, str], places=()) -> set:
    doc = parse(blank, spec, actors, places=places)
    return relations(extractor.extract(doc), stated_only=True)


POSITIVE = [
    pytest.param(
        # the parse hangs "with Morocco" on the verb
        "Algeria/nsubj/1/PROPN/Algeria closed/ROOT/1/VERB/close its/poss/3/PRON/its "
        "border/dobj/1/NOUN/border with/prep/1/ADP/with Morocco/pobj/4/PROPN/Morocco "
        "./punct/1/PUNCT/.",
        {"Algeria": "DZA", "Morocco": "MAR"},
        (),
        ("DZA", "coerce", "MAR"),
        id="closed-its-border-with-attached-to-the-verb",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/Iran sealed/ROOT/1/VERB/seal the/det/3/DET/the "
        "frontier/dobj/1/NOUN/frontier with/prep/3/ADP/with Iraq/pobj/4/PROPN/Iraq "
        "on/prep/1/ADP/on Sunday/pobj/6/PROPN/Sunday ./punct/1/PUNCT/.",
        {"Iran": "IRN", "Iraq": "IRQ"},
        (),
        ("IRN", "coerce", "IRQ"),
        id="sealed-the-frontier-with",
    ),
    pytest.param(
        "Turkey/nsubj/1/PROPN/Turkey shut/ROOT/1/VERB/shut its/poss/4/PRON/its "
        "southern/amod/4/ADJ/southern boundary/dobj/1/NOUN/boundary with/prep/4/ADP/with "
        "Syria/pobj/5/PROPN/Syria ./punct/1/PUNCT/.",
        {"Turkey": "TUR", "Syria": "SYR"},
        ("Syria",),  # the far side named as a place
        ("TUR", "coerce", "SYR"),
        id="shut-its-boundary-with-a-place-mention",
    ),
    pytest.param(
        # the parse hangs "with Pakistan" on the object "troops"
        "India/nsubj/1/PROPN/India massed/ROOT/1/VERB/mass troops/dobj/1/NOUN/troop "
        "along/prep/2/ADP/along the/det/5/DET/the border/pobj/3/NOUN/border "
        "with/prep/2/ADP/with Pakistan/pobj/6/PROPN/Pakistan ./punct/1/PUNCT/.",
        {"India": "IND", "Pakistan": "PAK"},
        (),
        ("IND", "mobilize", "PAK"),
        id="massed-troops-along-the-border-with-attached-to-the-object",
    ),
    pytest.param(
        "Hungary/nsubj/1/PROPN/Hungary reinforced/ROOT/1/VERB/reinforce its/poss/3/PRON/its "
        "border/dobj/1/NOUN/border with/prep/1/ADP/with Serbia/pobj/4/PROPN/Serbia "
        "./punct/1/PUNCT/.",
        {"Hungary": "HUN", "Serbia": "SRB"},
        (),
        ("HUN", "mobilize", "SRB"),
        id="reinforced-its-border-with",
    ),
    pytest.param(
        "China/nsubj/1/PROPN/China stationed/ROOT/1/VERB/station tanks/dobj/1/NOUN/tank "
        "near/prep/1/ADP/near its/poss/6/PRON/its long/amod/6/ADJ/long "
        "frontier/pobj/3/NOUN/frontier with/prep/1/ADP/with Vietnam/pobj/7/PROPN/Vietnam "
        "./punct/1/PUNCT/.",
        {"China": "CHN", "Vietnam": "VNM"},
        (),
        ("CHN", "mobilize", "VNM"),
        id="stationed-tanks-near-its-frontier-with-attached-to-the-verb",
    ),
]


@pytest.mark.parametrize("spec, actors, places, expected", POSITIVE)
def test_an_act_on_a_border_is_on_its_far_side(blank, extractor, spec, actors, places, expected):
    assert expected in stated(blank, extractor, spec, actors, places)


def test_sealing_a_border_is_no_agreement_with_the_far_side(blank, extractor):
    spec = (
        "Pakistan/nsubj/1/PROPN/Pakistan sealed/ROOT/1/VERB/seal its/poss/3/PRON/its "
        "border/dobj/1/NOUN/border with/prep/1/ADP/with Afghanistan/pobj/4/PROPN/Afghanistan "
        "./punct/1/PUNCT/."
    )
    got = stated(blank, extractor, spec, {"Pakistan": "PAK", "Afghanistan": "AFG"})
    assert got == {("PAK", "coerce", "AFG")}


NEGATIVE = [
    pytest.param(
        "Officials/nsubj/3/NOUN/official from/prep/0/ADP/from Egypt/pobj/1/PROPN/Egypt "
        "met/ROOT/3/VERB/meet at/prep/3/ADP/at the/det/6/DET/the border/pobj/4/NOUN/border "
        "with/prep/6/ADP/with Israel/pobj/7/PROPN/Israel ./punct/3/PUNCT/.",
        {"Egypt": "EGY", "Israel": "ISR"},
        (),
        "ISR",
        id="a-meeting-at-the-border-with",
    ),
    pytest.param(
        "Rebels/nsubj/1/NOUN/rebel attacked/ROOT/1/VERB/attack an/det/4/DET/an "
        "army/compound/4/NOUN/army base/dobj/1/NOUN/base near/prep/4/ADP/near "
        "the/det/7/DET/the border/pobj/5/NOUN/border with/prep/7/ADP/with "
        "Chad/pobj/8/PROPN/Chad ./punct/1/PUNCT/.",
        {"Chad": "TCD"},
        ("Chad",),
        "TCD",
        id="an-attack-near-the-border-with",
    ),
    pytest.param(
        # "with" after the border does not name a side: the instrument of the act
        "Kenya/nsubj/1/PROPN/Kenya closed/ROOT/1/VERB/close the/det/3/DET/the "
        "border/dobj/1/NOUN/border with/prep/1/ADP/with a/det/6/DET/a "
        "decree/pobj/4/NOUN/decree from/prep/6/ADP/from Uganda/pobj/7/PROPN/Uganda "
        "./punct/1/PUNCT/.",
        {"Kenya": "KEN", "Uganda": "UGA"},
        (),
        "UGA",
        id="closed-the-border-with-a-decree",
    ),
]


@pytest.mark.parametrize("spec, actors, places, absent", NEGATIVE)
def test_a_border_that_is_only_a_place_makes_no_party(
    blank, extractor, spec, actors, places, absent
):
    got = stated(blank, extractor, spec, actors, places)
    assert not any(absent in (s, t) and s != t for s, _, t in got), got
