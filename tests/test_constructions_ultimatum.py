"""Prepared and announced acts (constructions/preparation.py, constructions/ultimatum.py) on
hand-built parses of sentences written for these tests.

Each token is ``word/dep/head/pos/tag/lemma`` (head: absolute token index; see tests/parses.py).
Preparing an attack states mobilization and not the attack; an ultimatum, or a conflictual act
a speaker's threat verb announces with "would", states a threat and not the act.
"""

from __future__ import annotations

import pytest

from geokg import _ext  # noqa: F401
from geokg.relations import constructions

from parses import parse, relations


def run(blank, extractor, spec: str, actors: dict[str, str]):
    return extractor.extract(parse(blank, spec, actors, tags=True, doc_id="u1", date="2026-02-03"))


PREPARED = [
    pytest.param(
        "Serbia/nsubj/1/PROPN/NNP/Serbia prepared/ROOT/1/VERB/VBD/prepare to/aux/3/PART/TO/to "
        "shell/xcomp/1/VERB/VB/shell Kosovo/dobj/3/PROPN/NNP/Kosovo ./punct/1/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX"},
        ("SRB", "XKX"),
        id="prepared-to-shell",
    ),
    pytest.param(
        "Sudan/nsubj/1/PROPN/NNP/Sudan prepared/ROOT/1/VERB/VBD/prepare to/aux/3/PART/TO/to "
        "resume/xcomp/1/VERB/VB/resume bombing/xcomp/3/VERB/VBG/bomb Chad/dobj/4/PROPN/NNP/Chad "
        "./punct/1/PUNCT/./.",
        {"Sudan": "SDN", "Chad": "TCD"},
        ("SDN", "TCD"),
        id="prepared-to-resume-bombing",
    ),
    pytest.param(
        "Ethiopia/nsubj/2/PROPN/NNP/Ethiopia is/aux/2/AUX/VBZ/be preparing/ROOT/2/VERB/VBG/prepare "
        "an/det/4/DET/DT/an offensive/dobj/2/NOUN/NN/offensive against/prep/4/ADP/IN/against "
        "Eritrea/pobj/5/PROPN/NNP/Eritrea ./punct/2/PUNCT/./.",
        {"Ethiopia": "ETH", "Eritrea": "ERI"},
        ("ETH", "ERI"),
        id="preparing-an-offensive-against",
    ),
    pytest.param(
        "Armenian/amod/1/ADJ/JJ/armenian troops/nsubj/2/NOUN/NNS/troop readied/ROOT/2/VERB/VBD/ready "
        "for/prep/2/ADP/IN/for an/det/5/DET/DT/an assault/pobj/3/NOUN/NN/assault on/prep/5/ADP/IN/on "
        "Azerbaijan/pobj/6/PROPN/NNP/Azerbaijan ./punct/2/PUNCT/./.",
        {"Armenian": "ARM", "Azerbaijan": "AZE"},
        ("ARM", "AZE"),
        id="readied-for-an-assault-on",
    ),
]


@pytest.mark.parametrize("spec,actors,pair", PREPARED)
def test_preparing_an_attack_mobilizes_and_states_no_attack(blank, extractor, spec, actors, pair):
    triples = run(blank, extractor, spec, actors)
    src, tgt = pair
    assert (src, "assault", tgt) in relations(triples)  # the attack is kept, as intended
    assert (src, "assault", tgt) not in relations(triples, stated_only=True)
    assert (src, "mobilize", tgt) in relations(triples, stated_only=True)


def test_a_done_attack_is_no_preparation(blank, extractor):
    spec = (
        "Serbia/nsubj/1/PROPN/NNP/Serbia shelled/ROOT/1/VERB/VBD/shell Kosovo/dobj/1/PROPN/NNP/Kosovo "
        "./punct/1/PUNCT/./."
    )
    stated = relations(run(blank, extractor, spec, {"Serbia": "SRB", "Kosovo": "XKX"}), stated_only=True)
    assert stated == {("SRB", "assault", "XKX")}


ANNOUNCED = [
    pytest.param(
        "Nigeria/nsubj/2/PROPN/NNP/Nigeria will/aux/2/AUX/MD/will withdraw/ROOT/2/VERB/VB/withdraw "
        "its/poss/4/PRON/PRP$/its troops/dobj/2/NOUN/NNS/troop from/prep/2/ADP/IN/from "
        "Chad/pobj/5/PROPN/NNP/Chad unless/mark/9/SCONJ/IN/unless Chad/nsubj/9/PROPN/NNP/Chad "
        "holds/advcl/2/VERB/VBZ/hold elections/dobj/9/NOUN/NNS/election ./punct/2/PUNCT/./.",
        {"Nigeria": "NGA", "Chad": "TCD"},
        ("NGA", "retreat", "TCD"),
        id="will-withdraw-unless",
    ),
    pytest.param(
        "Iran/nsubj/2/PROPN/NNP/Iran will/aux/2/AUX/MD/will attack/ROOT/2/VERB/VB/attack "
        "Israel/dobj/2/PROPN/NNP/Israel if/mark/6/SCONJ/IN/if Israel/nsubj/6/PROPN/NNP/Israel "
        "strikes/advcl/2/VERB/VBZ/strike again/advmod/6/ADV/RB/again ./punct/2/PUNCT/./.",
        {"Iran": "IRN", "Israel": "ISR"},
        ("IRN", "assault", "ISR"),
        id="will-attack-if",
    ),
    pytest.param(
        "Kenya/nsubj/1/PROPN/NNP/Kenya warned/ROOT/1/VERB/VBD/warn that/mark/5/SCONJ/IN/that "
        "Nairobi/nsubj/5/PROPN/NNP/Nairobi would/aux/5/AUX/MD/would impose/ccomp/1/VERB/VB/impose "
        "sanctions/dobj/5/NOUN/NNS/sanction on/prep/5/ADP/IN/on Uganda/pobj/7/PROPN/NNP/Uganda "
        "./punct/1/PUNCT/./.",
        {"Kenya": "KEN", "Nairobi": "KEN", "Uganda": "UGA"},
        ("KEN", "sanction", "UGA"),
        id="warned-that-its-capital-would-impose-sanctions",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt vowed/ROOT/1/VERB/VBD/vow that/mark/5/SCONJ/IN/that "
        "Cairo/nsubj/5/PROPN/NNP/Cairo would/aux/5/AUX/MD/would bomb/ccomp/1/VERB/VB/bomb "
        "Sudan/dobj/5/PROPN/NNP/Sudan ./punct/1/PUNCT/./.",
        {"Egypt": "EGY", "Cairo": "EGY", "Sudan": "SDN"},
        ("EGY", "assault", "SDN"),
        id="vowed-that-its-capital-would-bomb",
    ),
]


@pytest.mark.parametrize("spec,actors,act", ANNOUNCED)
def test_an_announced_act_threatens_and_is_not_stated(blank, extractor, spec, actors, act):
    triples = run(blank, extractor, spec, actors)
    src, _, tgt = act
    assert act in relations(triples)  # the act is kept, as conditional
    stated = relations(triples, stated_only=True)
    assert act not in stated
    assert (src, "threaten", tgt) in stated


@pytest.mark.parametrize(
    "spec,actors,act",
    [
        pytest.param(
            "Japan/nsubj/2/PROPN/NNP/Japan will/aux/2/AUX/MD/will impose/ROOT/2/VERB/VB/impose "
            "sanctions/dobj/2/NOUN/NNS/sanction on/prep/2/ADP/IN/on Korea/pobj/4/PROPN/NNP/Korea "
            "on/prep/2/ADP/IN/on Monday/pobj/6/PROPN/NNP/Monday ./punct/2/PUNCT/./.",
            {"Japan": "JPN", "Korea": "KOR"},
            ("JPN", "sanction", "KOR"),
            id="a-decision-with-will-is-the-act",
        ),
        pytest.param(
            "Kenya/nsubj/1/PROPN/NNP/Kenya said/ROOT/1/VERB/VBD/say Nairobi/nsubj/4/PROPN/NNP/Nairobi "
            "would/aux/4/AUX/MD/would impose/ccomp/1/VERB/VB/impose sanctions/dobj/4/NOUN/NNS/sanction "
            "on/prep/4/ADP/IN/on Uganda/pobj/6/PROPN/NNP/Uganda ./punct/1/PUNCT/./.",
            {"Kenya": "KEN", "Nairobi": "KEN", "Uganda": "UGA"},
            ("KEN", "sanction", "UGA"),
            id="said-it-would-reports-a-decision",
        ),
    ],
)
def test_a_reported_decision_is_the_act_not_a_threat(blank, extractor, spec, actors, act):
    stated = relations(run(blank, extractor, spec, actors), stated_only=True)
    assert act in stated
    assert (act[0], "threaten", act[2]) not in stated


def test_a_third_partys_act_is_no_threat_by_the_speaker(blank, extractor):
    spec = (
        "Kenya/nsubj/1/PROPN/NNP/Kenya warned/ROOT/1/VERB/VBD/warn Uganda/nsubj/4/PROPN/NNP/Uganda "
        "would/aux/4/AUX/MD/would impose/ccomp/1/VERB/VB/impose sanctions/dobj/4/NOUN/NNS/sanction "
        "on/prep/4/ADP/IN/on Sudan/pobj/6/PROPN/NNP/Sudan ./punct/1/PUNCT/./."
    )
    triples = run(blank, extractor, spec, {"Kenya": "KEN", "Uganda": "UGA", "Sudan": "SDN"})
    assert not {r for r in relations(triples) if r[1] == "threaten"}


def test_without_the_constructions_the_acts_are_stated(blank, extractor, monkeypatch):
    """The tests above fail without the mechanism: the prepared attack is then stated."""
    monkeypatch.setattr(constructions, "REFRAMES", ())
    spec, actors, _ = PREPARED[0].values
    stated = relations(run(blank, extractor, spec, actors), stated_only=True)
    assert ("SRB", "assault", "XKX") in stated
    assert ("SRB", "mobilize", "XKX") not in stated
