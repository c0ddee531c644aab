"""The data models and the relation vocabulary."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from geokg.models import (
    Actor,
    ActorType,
    Document,
    Evidence,
    Modality,
    QuadClass,
    Relation,
    RelationKind,
    Triple,
    output_schema,
)

REPO = Path(__file__).resolve().parents[1]


def _triple(rel: Relation, src: str = "TUR", tgt: str = "AZE", **kw) -> Triple:
    ev = Evidence(doc_id="d1", sentence="s.", start=0, end=2, date=dt.date(2025, 7, 11))
    return Triple(
        source=Actor(id=src, name=src, type=ActorType.STATE),
        relation=rel,
        target=Actor(id=tgt, name=tgt, type=ActorType.STATE),
        evidence=ev,
        **kw,
    )


def test_vocabulary_has_22_words_6_durable_16_events():
    assert len(Relation) == 22
    assert sum(r.kind is RelationKind.DURABLE for r in Relation) == 6
    assert sum(r.kind is RelationKind.EVENT for r in Relation) == 16


@pytest.mark.parametrize(
    "rel,quad,symmetric",
    [
        (Relation.ALLY, QuadClass.VERBAL_COOPERATION, True),
        (Relation.TENSION, QuadClass.VERBAL_CONFLICT, True),
        (Relation.AID, QuadClass.MATERIAL_COOPERATION, False),
        (Relation.ASSAULT, QuadClass.MATERIAL_CONFLICT, False),
        (Relation.LEADER_OF, QuadClass.STRUCTURAL, False),
        (Relation.REQUEST, QuadClass.VERBAL_CONFLICT, False),
    ],
)
def test_relation_metadata(rel, quad, symmetric):
    assert rel.quad_class is quad
    assert rel.symmetric is symmetric


def test_scores_follow_polarity():
    for r in Relation:
        pol = r.quad_class.polarity
        if pol == "cooperation":
            assert r.score > 0, r
        elif pol == "conflict":
            assert r.score < 0, r
        else:
            assert r.score == 0, r
    assert Relation.ASSAULT.score == min(r.score for r in Relation)


def test_symmetric_key_is_unordered():
    assert _triple(Relation.TENSION, "RUS", "AZE").key() == ("AZE", "tension", "RUS")
    assert _triple(Relation.ASSAULT, "RUS", "AZE").key() == ("RUS", "assault", "AZE")


def test_stated_depends_on_negation_and_modality():
    assert _triple(Relation.AID, modality=Modality.FUTURE).stated
    assert _triple(Relation.AID, modality=Modality.REPORTED).stated
    assert not _triple(Relation.AID, modality=Modality.HYPOTHETICAL).stated
    assert not _triple(Relation.AID, negated=True).stated


def test_record_has_exactly_the_contract_keys_and_validates_against_schema():
    import jsonschema

    rec = _triple(Relation.ALLY).to_record()
    assert set(rec) == {
        "doc_id", "source", "target", "relation", "negated", "modality", "confidence", "evidence"
    }
    assert set(rec["source"]) == {"id", "name", "type", "country"}
    assert set(rec["evidence"]) == {"sentence", "start", "end", "date", "event_date",
                                    "event_precision", "outlet", "url"}
    jsonschema.validate(json.loads(json.dumps(rec)), output_schema())


def test_published_schema_file_is_current():
    published = json.loads((REPO / "docs" / "triple.schema.json").read_text(encoding="utf-8"))
    assert published == output_schema(), "run `geokg schema > docs/triple.schema.json`"


def test_invalid_models_are_rejected():
    with pytest.raises(ValidationError):
        Actor(id="", name="x", type=ActorType.STATE)
    with pytest.raises(ValidationError):
        _triple(Relation.AID, confidence=1.5)
    with pytest.raises(ValidationError):
        Document(text="x", date="not a date")


def test_document_ids_are_stable_content_hashes():
    a, b = Document(text="Same text."), Document(text="Same text.")
    assert a.doc_id == b.doc_id and a.doc_id.startswith("sha256:")
    assert Document(id="x", text="t", date="2025-07-14T10:00:00").date == dt.date(2025, 7, 14)


def test_person_counts_as_its_country():
    p = Actor(id="person:mark-rutte", name="Mark Rutte", type=ActorType.PERSON, country="NATO")
    assert p.country_level == "NATO"
    assert Actor(id="TUR", name="Turkiye", type=ActorType.STATE).country_level == "TUR"
