"""Mediating or facilitating an event is no wish for it (sentences written for these tests).

"X mediated talks between A and B" reports talks that were held, with X's help: the talks are
stated, as after "brokered". Verbs of wanting, urging or offering above the event still make it
desired ("wants to mediate talks", "urged talks"). Hand-built parses (``word/dep/head/pos/tag/
lemma``, head: absolute token index; see tests/parses.py).
"""

from __future__ import annotations

import pytest

from geokg import _ext  # noqa: F401
from geokg.modality import default_cues

from parses import parse

ACTORS = {
    "Qatar": "QAT",
    "Israel": "ISR",
    "Egypt": "EGY",
    "Jordan": "JOR",
    "Norway": "NOR",
    "Colombia": "COL",
    "Venezuela": "VEN",
    "Kuwait": "KWT",
    "Bahrain": "BHR",
    "Turkey": "TUR",
    "Russia": "RUS",
    "Ukraine": "UKR",
}


def moods(nlp, extractor, spec: str) -> dict[tuple[str, str, str], str]:
    """(source, relation, target) -> modality of the triples of a hand-built parse (symmetric
    relations keyed both ways round, so a case need not know the stored order)."""
    doc = parse(nlp, spec, ACTORS, tags=True)
    out = {}
    for t in extractor.extract(doc):
        mood = "negated" if t.negated else t.modality.value
        out[(t.source.id, t.relation.value, t.target.id)] = mood
        if t.relation.value in ("consult", "agree", "tension"):
            out[(t.target.id, t.relation.value, t.source.id)] = mood
    return out


def _mediated(verb: str, lemma: str, noun: str, noun_lemma: str, tag: str, a: str, b: str,
              subject: str, det: str = "") -> str:  # fmt: skip
    """'SUBJECT VERB [DET] NOUN between A and B .'"""
    words = [f"{subject}/nsubj/1/PROPN/NNP/{subject}", f"{verb}/ROOT/1/VERB/VBD/{lemma}"]
    n = 2
    if det:
        words.append(f"{det}/det/3/DET/DT/{det.lower()}")
        n = 3
    words += [
        f"{noun}/dobj/1/NOUN/{tag}/{noun_lemma}",
        f"between/prep/{n}/ADP/IN/between",
        f"{a}/pobj/{n + 1}/PROPN/NNP/{a}",
        f"and/cc/{n + 2}/CCONJ/CC/and",
        f"{b}/conj/{n + 2}/PROPN/NNP/{b}",
        "./punct/1/PUNCT/./.",
    ]
    return " ".join(words)


STATED = [
    pytest.param(
        _mediated("mediated", "mediate", "talks", "talk", "NNS", "Israel", "Egypt", "Qatar"),
        [("ISR", "consult", "EGY"), ("QAT", "consult", "ISR"), ("QAT", "consult", "EGY")],
        id="mediated-talks-were-held",
    ),
    pytest.param(
        _mediated("mediated", "mediate", "negotiations", "negotiation", "NNS", "Colombia",
                  "Venezuela", "Norway"),  # fmt: skip
        [("COL", "consult", "VEN"), ("NOR", "consult", "COL"), ("NOR", "consult", "VEN")],
        id="mediated-negotiations-were-held",
    ),
    pytest.param(
        _mediated("mediated", "mediate", "dispute", "dispute", "NN", "Qatar", "Bahrain",
                  "Kuwait", det="the"),  # fmt: skip
        [("QAT", "tension", "BHR")],
        id="a-mediated-dispute-exists",
    ),
    pytest.param(
        _mediated("mediated", "mediate", "truce", "truce", "NN", "Israel", "Egypt", "Qatar",
                  det="a"),  # fmt: skip
        [("ISR", "agree", "EGY"), ("QAT", "consult", "ISR"), ("QAT", "consult", "EGY")],
        id="a-mediated-truce-was-reached-as-a-brokered-one",
    ),
    pytest.param(
        _mediated("facilitated", "facilitate", "talks", "talk", "NNS", "Russia", "Ukraine",
                  "Turkey"),  # fmt: skip
        [("RUS", "consult", "UKR"), ("TUR", "consult", "RUS"), ("TUR", "consult", "UKR")],
        id="facilitated-talks-were-held",
    ),
]


@pytest.mark.parametrize("spec, expected", STATED)
def test_a_mediated_event_is_stated_not_desired(blank, extractor, spec, expected):
    found = moods(blank, extractor, spec)
    assert {key: found.get(key) for key in expected} == dict.fromkeys(expected, "asserted")


WISHED = [
    pytest.param(
        "Turkey/nsubj/1/PROPN/NNP/Turkey wants/ROOT/1/VERB/VBZ/want to/aux/3/PART/TO/to "
        "mediate/xcomp/1/VERB/VB/mediate talks/dobj/3/NOUN/NNS/talk between/prep/4/ADP/IN/between "
        "Russia/pobj/5/PROPN/NNP/Russia and/cc/6/CCONJ/CC/and Ukraine/conj/6/PROPN/NNP/Ukraine "
        "./punct/1/PUNCT/./.",
        ("RUS", "consult", "UKR"),
        id="wants-to-mediate-talks",
    ),
    pytest.param(
        "Qatar/nsubj/1/PROPN/NNP/Qatar offered/ROOT/1/VERB/VBD/offer to/aux/3/PART/TO/to "
        "mediate/xcomp/1/VERB/VB/mediate talks/dobj/3/NOUN/NNS/talk between/prep/4/ADP/IN/between "
        "Israel/pobj/5/PROPN/NNP/Israel and/cc/6/CCONJ/CC/and Egypt/conj/6/PROPN/NNP/Egypt "
        "./punct/1/PUNCT/./.",
        ("ISR", "consult", "EGY"),
        id="offered-to-mediate-talks",
    ),
    pytest.param(
        _mediated("urged", "urge", "talks", "talk", "NNS", "Israel", "Jordan", "Egypt"),
        ("ISR", "consult", "JOR"),
        id="urged-talks",
    ),
]


@pytest.mark.parametrize("spec, key", WISHED)
def test_a_wish_above_the_mediation_still_makes_the_event_desired(blank, extractor, spec, key):
    assert moods(blank, extractor, spec).get(key) == "desired"


def test_verbs_of_helping_an_event_about_are_not_desire_governors():
    cues = default_cues()
    assert not cues.has("desire_governors", "mediate")
    assert not cues.has("desire_governors", "facilitate")
    assert cues.has("desire_governors", "urge")  # a wish: the event has not happened
