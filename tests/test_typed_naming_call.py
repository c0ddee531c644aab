""""call" naming its object ("called the build-up a threat") is no wish and no phone call, on
hand-built parses:

- a verb of wishing that names or declares its direct object (modality.json
  ``naming_governors``: "call") wishes for nothing it takes as object: "Poland called the Russian
  military build-up a threat to its security" states the threat (the parse making "threat" the
  object of "called"), while "called for sanctions on Belarus" still only asks for them
  (geokg/modality.py);
- a secondary predicate after the object makes "call" no phone call (``TriggerShape.predicated``
  in geokg/relations/grammar.py): an object predicate ("was called a threat ... by Poland"), or
  a plural noun the parser misreads as a bare clause with its own object ("called the Chinese
  military [drills a threat]"); "Macron called Putin on Friday to discuss Ukraine" stays a call.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

from geokg.models import Modality


PERSONS = {
    "person:emmanuel-macron": ("Emmanuel Macron", "FRA"),
    "person:vladimir-putin": ("Vladimir Putin", "RUS"),
}


def _readings(extractor, doc) -> set[tuple[str, str, str, Modality]]:
    return {
        (t.source.id, t.relation.value, t.target.id, t.modality)
        for t in extractor.extract(doc)
        if not t.negated
    }


NAMED = [
    pytest.param(
        "Poland/nsubj/1/PROPN/NNP/Poland called/ROOT/1/VERB/VBD/call the/det/9/DET/DT/the "
        "Russian/amod/9/ADJ/JJ/russian military/amod/9/ADJ/JJ/military build/amod/9/VERB/VB/build "
        "-/punct/7/PUNCT/HYPH/- up/prt/5/ADP/RP/up a/det/9/DET/DT/a threat/dobj/1/NOUN/NN/threat "
        "to/prep/1/ADP/IN/to its/poss/12/PRON/PRP$/its security/pobj/10/NOUN/NN/security "
        "./punct/1/PUNCT/./.",
        {"Poland": "POL", "Russian": "RUS"},
        ("RUS", "threaten", "POL"),
        id="called-the-build-up-a-threat",
    ),
    pytest.param(
        "Lithuania/nsubj/1/PROPN/NNP/Lithuania called/ROOT/1/VERB/VBD/call the/det/7/DET/DT/the "
        "Belarusian/amod/7/ADJ/JJ/belarusian troop/compound/5/NOUN/NN/troop "
        "massing/amod/7/VERB/VBG/mass a/det/7/DET/DT/a threat/dobj/1/NOUN/NN/threat "
        "to/prep/7/ADP/IN/to its/poss/10/PRON/PRP$/its sovereignty/pobj/8/NOUN/NN/sovereignty "
        "./punct/1/PUNCT/./.",
        {"Lithuania": "LTU", "Belarusian": "BLR"},
        ("BLR", "threaten", "LTU"),
        id="called-the-troop-massing-a-threat",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", NAMED)
def test_a_threat_named_by_call_is_stated(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, tags=True, doc_id="m1", date="2026-03-02")
    found = _readings(extractor, doc)
    assert (*expected, Modality.ASSERTED) in found
    assert (*expected, Modality.DESIRED) not in found


def test_called_for_still_only_asks(blank, extractor):
    spec = (
        "Poland/nsubj/1/PROPN/NNP/Poland called/ROOT/1/VERB/VBD/call for/prep/1/ADP/IN/for "
        "sanctions/pobj/2/NOUN/NNS/sanction on/prep/3/ADP/IN/on "
        "Belarus/pobj/4/PROPN/NNP/Belarus ./punct/1/PUNCT/./."
    )
    doc = parse(blank, spec, {"Poland": "POL", "Belarus": "BLR"}, tags=True, doc_id="m1")
    found = _readings(extractor, doc)
    assert ("POL", "sanction", "BLR", Modality.ASSERTED) not in found


NO_CALL = [
    pytest.param(
        "Japan/nsubj/1/PROPN/NNP/Japan called/ROOT/1/VERB/VBD/call the/det/4/DET/DT/the "
        "Chinese/amod/4/ADJ/JJ/chinese military/dobj/1/NOUN/NN/military "
        "drills/ccomp/1/VERB/VBZ/drill a/det/7/DET/DT/a threat/dobj/5/NOUN/NN/threat "
        "to/prep/7/ADP/IN/to Taiwan/pobj/8/PROPN/NNP/Taiwan ./punct/1/PUNCT/./.",
        {"Japan": "JPN", "Chinese": "CHN", "Taiwan": "TWN"},
        id="called-the-military-drills-a-threat-misread-as-a-clause",
    ),
    pytest.param(
        "Russia/nsubjpass/2/PROPN/NNP/Russia was/auxpass/2/AUX/VBD/be called/ROOT/2/VERB/VBN/call "
        "a/det/4/DET/DT/a threat/oprd/2/NOUN/NN/threat to/prep/4/ADP/IN/to "
        "its/poss/7/PRON/PRP$/its neighbours/pobj/5/NOUN/NNS/neighbour by/agent/2/ADP/IN/by "
        "Poland/pobj/8/PROPN/NNP/Poland ./punct/2/PUNCT/./.",
        {"Russia": "RUS", "Poland": "POL"},
        id="was-called-a-threat-by-x",
    ),
]


@pytest.mark.parametrize("spec, actors", NO_CALL)
def test_call_with_a_predicate_is_no_phone_call(blank, extractor, spec, actors):
    doc = parse(blank, spec, actors, tags=True, doc_id="m1", date="2026-03-02")
    assert "consult" not in {r for _, r, _ in relations(extractor.extract(doc))}


def test_a_call_to_discuss_stays_a_call(blank, extractor):
    spec = (
        "Macron/nsubj/1/PROPN/NNP/Macron called/ROOT/1/VERB/VBD/call Putin/dobj/1/PROPN/NNP/Putin "
        "on/prep/1/ADP/IN/on Friday/pobj/3/PROPN/NNP/Friday to/aux/6/PART/TO/to "
        "discuss/advcl/1/VERB/VB/discuss Ukraine/dobj/6/PROPN/NNP/Ukraine ./punct/1/PUNCT/./."
    )
    actors = {"Macron": "person:emmanuel-macron", "Putin": "person:vladimir-putin", "Ukraine": "UKR"}
    doc = parse(blank, spec, actors, tags=True, persons=PERSONS, doc_id="m1", date="2026-03-02")
    found = relations(extractor.extract(doc), stated_only=True)
    assert ("person:emmanuel-macron", "consult", "person:vladimir-putin") in found
