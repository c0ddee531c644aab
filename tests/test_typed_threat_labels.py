"""Verbs of judging that label an actor a threat, and the by-agent of a passive verb of labelling
hung on its predicate (geokg/relations/constructions/judgement.py), on hand-built parses:

- "X called / described / regards Y (as) a threat to its security": Y threatens X (the pronoun
  is the judge's, not the labelled actor's), or the actor named after "to"; with no "to" phrase,
  or a threat "to its neighbours" (a noun of another actor), nobody is threatened; a verb of
  belief ("regards", "sees") gives the subject's view, not a stated threat (modality possible),
  where a verb that says the judgement aloud ("called", "described") states it;
- the threat noun is the predicate's: it is no trigger of its own that would make the judge
  threaten the labelled actor;
- "Y was designated / labelled a terrorist organisation by X", the parse hanging "by X" on the
  predicate noun: X still accuses Y.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

from geokg.relations.constructions import judgement


THREATS = [
    pytest.param(
        "Poland/nsubj/1/PROPN/Poland called/ROOT/1/VERB/call Russia/dobj/1/PROPN/Russia "
        "a/det/4/DET/a threat/oprd/1/NOUN/threat to/prep/4/ADP/to its/poss/7/PRON/its "
        "security/pobj/5/NOUN/security ./punct/1/PUNCT/.",
        {"Poland": "POL", "Russia": "RUS"},
        {("RUS", "threaten", "POL")},
        id="called-y-a-threat-to-its-security",
    ),
    pytest.param(
        "Kenya/nsubj/1/PROPN/Kenya described/ROOT/1/VERB/describe "
        "Shabaab/dobj/1/PROPN/Shabaab as/prep/1/ADP/as a/det/5/DET/a "
        "threat/pobj/3/NOUN/threat to/prep/5/ADP/to its/poss/9/PRON/its "
        "national/amod/9/ADJ/national security/pobj/6/NOUN/security ./punct/1/PUNCT/.",
        {"Kenya": "KEN", "Shabaab": "group:al-shabaab"},
        {("group:al-shabaab", "threaten", "KEN")},
        id="described-a-group-as-a-threat-to-its-security",
    ),
    pytest.param(
        "Estonia/nsubj/1/PROPN/Estonia called/ROOT/1/VERB/call Russia/dobj/1/PROPN/Russia "
        "a/det/4/DET/a threat/oprd/1/NOUN/threat to/prep/4/ADP/to its/poss/7/PRON/its "
        "neighbours/pobj/5/NOUN/neighbour ./punct/1/PUNCT/.",
        {"Estonia": "EST", "Russia": "RUS"},
        set(),
        id="a-threat-to-its-neighbours-threatens-nobody-named",
    ),
    pytest.param(
        "Chile/nsubj/1/PROPN/Chile called/ROOT/1/VERB/call Peru/dobj/1/PROPN/Peru "
        "a/det/4/DET/a threat/oprd/1/NOUN/threat ./punct/1/PUNCT/.",
        {"Chile": "CHL", "Peru": "PER"},
        set(),
        id="a-threat-to-nobody-named-threatens-nobody",
    ),
]

BELIEFS = [
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel regards/ROOT/1/VERB/regard Iran/dobj/1/PROPN/Iran "
        "as/prep/1/ADP/as a/det/5/DET/a threat/pobj/3/NOUN/threat to/prep/5/ADP/to "
        "its/poss/8/PRON/its existence/pobj/6/NOUN/existence ./punct/1/PUNCT/.",
        {"Israel": "ISR", "Iran": "IRN"},
        {("IRN", "threaten", "ISR")},
        id="regards-y-as-a-threat-to-its-existence",
    ),
    pytest.param(
        "Japan/nsubj/1/PROPN/Japan sees/ROOT/1/VERB/see China/dobj/1/PROPN/China "
        "as/prep/1/ADP/as a/det/6/DET/a growing/amod/6/VERB/grow threat/pobj/3/NOUN/threat "
        "to/prep/6/ADP/to Taiwan/pobj/7/PROPN/Taiwan ./punct/1/PUNCT/.",
        {"Japan": "JPN", "China": "CHN", "Taiwan": "TWN"},
        {("CHN", "threaten", "TWN")},
        id="sees-y-as-a-threat-to-a-named-actor",
    ),
]

PASSIVE_LABELS = [
    pytest.param(
        "Shabaab/nsubjpass/2/PROPN/Shabaab was/auxpass/2/AUX/be "
        "designated/ROOT/2/VERB/designate a/det/5/DET/a terrorist/amod/5/ADJ/terrorist "
        "organisation/dobj/2/NOUN/organisation by/prep/5/ADP/by Kenya/pobj/6/PROPN/Kenya "
        "./punct/2/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "Kenya": "KEN"},
        {("KEN", "accuse", "group:al-shabaab")},
        id="was-designated-a-terrorist-organisation-by-x-on-the-noun",
    ),
    pytest.param(
        "The/det/1/DET/the Houthis/nsubjpass/3/PROPN/Houthis were/auxpass/3/AUX/be "
        "labelled/ROOT/3/VERB/label a/det/6/DET/a terrorist/amod/6/ADJ/terrorist "
        "group/oprd/3/NOUN/group by/prep/6/ADP/by Canada/pobj/7/PROPN/Canada "
        "in/prep/3/ADP/in 2021/pobj/9/NUM/2021 ./punct/3/PUNCT/.",
        {"Houthis": "group:houthis", "Canada": "CAN"},
        {("CAN", "accuse", "group:houthis")},
        id="were-labelled-a-terrorist-group-by-x-on-the-noun",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", THREATS + PASSIVE_LABELS)
def test_threat_labels_and_passive_labellers(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected


@pytest.mark.parametrize("spec, actors, expected", BELIEFS)
def test_a_verb_of_belief_gives_the_threat_as_the_subjects_view(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02")
    triples = extractor.extract(doc)
    assert relations(triples, stated_only=True) == set()
    assert {(t.source.id, t.relation.value, t.target.id, t.modality.value) for t in triples} == {
        (*triple, "possible") for triple in expected
    }


@pytest.mark.parametrize("spec, actors, expected", THREATS[:1] + BELIEFS[:1])
def test_the_judge_never_threatens_the_actor_it_labels(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02")
    flipped = {(t, r, s) for s, r, t in expected}
    assert not relations(extractor.extract(doc)) & flipped


def test_without_the_threat_label_the_judge_threatens_the_labelled(blank, monkeypatch):
    from geokg.relations import RelationExtractor, roles

    monkeypatch.setitem(roles.ROLE_FINDERS, "threat_labelled", lambda site: [])
    spec, actors, _ = THREATS[0].values
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02")
    found = relations(RelationExtractor(blank).extract(doc), stated_only=True)
    assert ("RUS", "threaten", "POL") not in found


def test_without_predicate_agents_the_passive_labeller_is_lost(blank, monkeypatch):
    from geokg.relations import RelationExtractor, roles

    monkeypatch.setitem(roles.ROLE_FINDERS, "predicate_agent", lambda site: [])
    spec, actors, _ = PASSIVE_LABELS[0].values
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02")
    assert relations(RelationExtractor(blank).extract(doc), stated_only=True) == set()


def test_predicate_agents_only_for_a_passive_verb_with_no_by_agent(blank):
    spec = (
        "Kenya/nsubj/1/PROPN/Kenya designated/ROOT/1/VERB/designate Shabaab/dobj/1/PROPN/Shabaab "
        "a/det/5/DET/a terrorist/amod/5/ADJ/terrorist organisation/dobj/1/NOUN/organisation "
        "by/prep/5/ADP/by decree/pobj/6/NOUN/decree ./punct/1/PUNCT/."
    )
    doc = parse(blank, spec, {"Kenya": "KEN", "Shabaab": "group:al-shabaab"})
    assert judgement.predicate_agents(doc[1]) == []
    passive = parse(blank, PASSIVE_LABELS[0].values[0], PASSIVE_LABELS[0].values[1])
    assert [t.text for t in judgement.predicate_agents(passive[2])] == ["Kenya"]
