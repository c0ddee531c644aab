"""The claimants of what a tension is over, where the parser detaches the participle
(geokg/relations/constructions/contested.py ``_detached``), on hand-built parses:

- "Tensions rose over the reef claimed both by A and B": "both" makes the parser hang "claimed"
  on the main verb; a claim participle with a by-agent right after the thing is still on it, so
  the tension is between A and B;
- a by-agent further away ("..., and ships were seized by A and B") or on another verb ("patrolled
  by A and B") names no claimant.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


CASES = [
    pytest.param(
        "Tensions/nsubj/1/NOUN/NNS/tension rose/ROOT/1/VERB/VBD/rise over/prep/1/ADP/IN/over "
        "the/det/4/DET/DT/the reef/pobj/2/NOUN/NN/reef claimed/advcl/1/VERB/VBD/claim "
        "both/preconj/7/PRON/DT/both by/agent/5/ADP/IN/by Manila/pobj/7/PROPN/NNP/Manila "
        "and/cc/8/CCONJ/CC/and Beijing/conj/8/PROPN/NNP/Beijing ./punct/1/PUNCT/./.",
        {"Manila": "PHL", "Beijing": "CHN"},
        {("CHN", "tension", "PHL")},
        id="reef-claimed-both-by",
    ),
    pytest.param(
        "The/det/1/DET/DT/the storm/nsubj/2/NOUN/NN/storm heightened/ROOT/2/VERB/VBD/heighten "
        "the/det/4/DET/DT/the tensions/dobj/2/NOUN/NNS/tension over/prep/4/ADP/IN/over "
        "the/det/7/DET/DT/the islets/pobj/5/NOUN/NNS/islet disputed/advcl/2/VERB/VBN/dispute "
        "both/preconj/10/PRON/DT/both by/agent/8/ADP/IN/by Seoul/pobj/10/PROPN/NNP/Seoul "
        "and/cc/11/CCONJ/CC/and Tokyo/conj/11/PROPN/NNP/Tokyo ./punct/2/PUNCT/./.",
        {"Seoul": "KOR", "Tokyo": "JPN"},
        {("JPN", "tension", "KOR")},
        id="islets-disputed-both-by",
    ),
    pytest.param(
        "Tensions/nsubj/1/NOUN/NNS/tension rose/ROOT/1/VERB/VBD/rise over/prep/1/ADP/IN/over "
        "the/det/4/DET/DT/the reef/pobj/2/NOUN/NN/reef ,/punct/1/PUNCT/,/, and/cc/1/CCONJ/CC/and "
        "ships/nsubjpass/9/NOUN/NNS/ship were/auxpass/9/AUX/VBD/be seized/conj/1/VERB/VBN/seize "
        "by/agent/9/ADP/IN/by Manila/pobj/10/PROPN/NNP/Manila and/cc/11/CCONJ/CC/and "
        "Beijing/conj/11/PROPN/NNP/Beijing ./punct/9/PUNCT/./.",
        {"Manila": "PHL", "Beijing": "CHN"},
        set(),
        id="agent-of-another-clause",
    ),
    pytest.param(
        "Tensions/nsubj/1/NOUN/NNS/tension rose/ROOT/1/VERB/VBD/rise over/prep/1/ADP/IN/over "
        "the/det/4/DET/DT/the reef/pobj/2/NOUN/NN/reef patrolled/advcl/1/VERB/VBD/patrol "
        "both/preconj/7/PRON/DT/both by/agent/5/ADP/IN/by Manila/pobj/7/PROPN/NNP/Manila "
        "and/cc/8/CCONJ/CC/and Beijing/conj/8/PROPN/NNP/Beijing ./punct/1/PUNCT/./.",
        {"Manila": "PHL", "Beijing": "CHN"},
        set(),
        id="patrolled-is-no-claim",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_detached_claimants(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="t1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected
