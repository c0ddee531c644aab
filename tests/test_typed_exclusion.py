"""Declining to exclude a hostile act is a threat (geokg/relations/constructions/exclusion.py,
``exclusion_governors`` of data/relations/modality.json, the "rule out" threaten entry of the
lexicon), on hand-built parses:

- "X did not rule out / refuses to rule out / has never ruled out" a hostile act against Y
  threatens Y; the act itself is only possible, not stated (two negations do not state it);
- "X ruled out military action against Y" states no threat and no act;
- a denied exclusion of a non-hostile act leaves it possible and rejects nothing ("did not rule
  out a meeting with Y", "refused to rule out talks with Y");
- "would not rule out" keeps its hypothetical mood.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

from geokg.models import Modality


CASES = [
    pytest.param(
        "Greece/nsubj/1/PROPN/NNP/Greece refuses/ROOT/1/VERB/VBZ/refuse to/aux/3/PART/TO/to "
        "rule/xcomp/1/VERB/VB/rule out/prt/3/ADP/RP/out military/amod/6/ADJ/JJ/military "
        "action/dobj/3/NOUN/NN/action against/prep/6/ADP/IN/against "
        "Turkey/pobj/7/PROPN/NNP/Turkey ./punct/1/PUNCT/./.",
        {"Greece": "GRC", "Turkey": "TUR"},
        {("GRC", "threaten", "TUR")},
        id="refuses-to-rule-out-action-against",
    ),
    pytest.param(
        "Washington/nsubj/3/PROPN/NNP/Washington did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "rule/ROOT/3/VERB/VB/rule out/prt/3/ADP/RP/out a/det/6/DET/DT/a "
        "strike/dobj/3/NOUN/NN/strike on/prep/6/ADP/IN/on Syria/pobj/7/PROPN/NNP/Syria "
        "./punct/3/PUNCT/./.",
        {"Washington": "USA", "Syria": "SYR"},
        {("USA", "threaten", "SYR")},
        id="did-not-rule-out-a-strike-on",
    ),
    pytest.param(
        "India/nsubj/3/PROPN/NNP/India has/aux/3/AUX/VBZ/have not/neg/3/PART/RB/not "
        "ruled/ROOT/3/VERB/VBN/rule out/prt/3/ADP/RP/out sanctions/dobj/3/NOUN/NNS/sanction "
        "against/prep/5/ADP/IN/against Nepal/pobj/6/PROPN/NNP/Nepal ./punct/3/PUNCT/./.",
        {"India": "IND", "Nepal": "NPL"},
        {("IND", "threaten", "NPL")},
        id="has-not-ruled-out-sanctions",
    ),
    pytest.param(
        "France/nsubj/3/PROPN/NNP/France has/aux/3/AUX/VBZ/have never/neg/3/ADV/RB/never "
        "ruled/ROOT/3/VERB/VBN/rule out/prt/3/ADP/RP/out an/det/6/DET/DT/an "
        "intervention/dobj/3/NOUN/NN/intervention in/prep/6/ADP/IN/in Mali/pobj/7/PROPN/NNP/Mali "
        "./punct/3/PUNCT/./.",
        {"France": "FRA", "Mali": "MLI"},
        {("FRA", "threaten", "MLI")},
        id="never-ruled-out-an-intervention-in",
    ),
    pytest.param(
        "Egypt/nsubj/1/PROPN/NNP/Egypt declined/ROOT/1/VERB/VBD/decline to/aux/3/PART/TO/to "
        "rule/xcomp/1/VERB/VB/rule out/prt/3/ADP/RP/out striking/xcomp/3/VERB/VBG/strike "
        "Libya/dobj/5/PROPN/NNP/Libya ./punct/1/PUNCT/./.",
        {"Egypt": "EGY", "Libya": "LBY"},
        {("EGY", "threaten", "LBY")},
        id="declined-to-rule-out-striking",
    ),
    pytest.param(
        "China/nsubj/1/PROPN/NNP/China ruled/ROOT/1/VERB/VBD/rule out/prt/1/ADP/RP/out "
        "military/amod/4/ADJ/JJ/military action/dobj/1/NOUN/NN/action "
        "against/prep/4/ADP/IN/against Taiwan/pobj/5/PROPN/NNP/Taiwan ./punct/1/PUNCT/./.",
        {"China": "CHN", "Taiwan": "TWN"},
        set(),
        id="ruled-out-action-threatens-nobody",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/NNP/Russia ruled/ROOT/1/VERB/VBD/rule out/prt/1/ADP/RP/out "
        "a/det/4/DET/DT/a strike/dobj/1/NOUN/NN/strike on/prep/4/ADP/IN/on "
        "Ukraine/pobj/5/PROPN/NNP/Ukraine ./punct/1/PUNCT/./.",
        {"Russia": "RUS", "Ukraine": "UKR"},
        set(),
        id="ruled-out-a-strike",
    ),
    pytest.param(
        "Egypt/nsubj/3/PROPN/NNP/Egypt did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "rule/ROOT/3/VERB/VB/rule out/prt/3/ADP/RP/out a/det/6/DET/DT/a "
        "meeting/dobj/3/NOUN/NN/meeting with/prep/6/ADP/IN/with Israel/pobj/7/PROPN/NNP/Israel "
        "./punct/3/PUNCT/./.",
        {"Egypt": "EGY", "Israel": "ISR"},
        set(),
        id="did-not-rule-out-a-meeting-is-no-meeting",
    ),
    pytest.param(
        "Serbia/nsubj/1/PROPN/NNP/Serbia refused/ROOT/1/VERB/VBD/refuse to/aux/3/PART/TO/to "
        "rule/xcomp/1/VERB/VB/rule out/prt/3/ADP/RP/out talks/dobj/3/NOUN/NNS/talk "
        "with/prep/5/ADP/IN/with Kosovo/pobj/6/PROPN/NNP/Kosovo ./punct/1/PUNCT/./.",
        {"Serbia": "SRB", "Kosovo": "XKX"},
        set(),
        id="refused-to-rule-out-talks-rejects-nothing",
    ),
    pytest.param(
        "Chile/nsubj/3/PROPN/NNP/Chile would/aux/3/AUX/MD/would not/neg/3/PART/RB/not "
        "rule/ROOT/3/VERB/VB/rule out/prt/3/ADP/RP/out an/det/6/DET/DT/an "
        "invasion/dobj/3/NOUN/NN/invasion of/prep/6/ADP/IN/of Peru/pobj/7/PROPN/NNP/Peru "
        "./punct/3/PUNCT/./.",
        {"Chile": "CHL", "Peru": "PER"},
        set(),
        id="would-not-rule-out-stays-hypothetical",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_exclusion(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="x1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected


def test_unexcluded_act_is_possible(blank, extractor):
    """The act a denied exclusion governs is kept, as possible: "Egypt declined to rule out
    striking Libya" states the threat, not the strike."""
    spec = CASES[4].values[0]
    doc = parse(blank, spec, {"Egypt": "EGY", "Libya": "LBY"}, tags=True, doc_id="x2",
                date="2026-03-02")
    moods = {(t.relation.value, t.modality, t.negated) for t in extractor.extract(doc)}
    assert moods == {("assault", Modality.POSSIBLE, False), ("threaten", Modality.ASSERTED, False)}


def test_would_not_rule_out_is_hypothetical_threat(blank, extractor):
    """"would not rule out an invasion" is a hypothetical threat, the invasion hypothetical."""
    spec = CASES[9].values[0]
    doc = parse(blank, spec, {"Chile": "CHL", "Peru": "PER"}, tags=True, doc_id="x3",
                date="2026-03-02")
    moods = {(t.relation.value, t.modality, t.negated) for t in extractor.extract(doc)}
    assert moods == {("assault", Modality.HYPOTHETICAL, False),
                     ("threaten", Modality.HYPOTHETICAL, False)}


def test_ruled_out_threat_is_negated(blank, extractor):
    """"China ruled out military action against Taiwan": a threat denied, not absent."""
    spec = CASES[5].values[0]
    doc = parse(blank, spec, {"China": "CHN", "Taiwan": "TWN"}, tags=True, doc_id="x4",
                date="2026-03-02")
    assert {(t.relation.value, t.negated) for t in extractor.extract(doc)} == {("threaten", True)}
