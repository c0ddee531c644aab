"""geokg.evaluate: gold loading, the three levels, lifting, negation and the report."""

from __future__ import annotations

import json

import pytest

from geokg.errors import InputError
from geokg.evaluate import EvalReport, GoldDoc, load_gold, score
from geokg.models import Actor, ActorType, Evidence, Modality, Relation, Triple

GOLD = [
    {
        "doc_id": "a",
        "text": "...",
        "persons": {"person:donald-trump": "USA"},
        "triples": [
            {"source": "RUS", "relation": "assault", "target": "UKR", "negated": False},
            {"source": "AZE", "relation": "tension", "target": "RUS", "negated": False},
            {"source": "person:donald-trump", "relation": "leader_of", "target": "USA"},
            {"source": "USA", "relation": "sanction", "target": "RUS", "negated": True},
        ],
    },
    {
        "doc_id": "b",
        "text": "...",
        "triples": [{"source": "ARM", "relation": "consult", "target": "AZE", "negated": False}],
    },
]


@pytest.fixture
def gold_path(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in GOLD) + "\n\n", encoding="utf-8")
    return path


def rec(doc, src, rel, tgt, **extra):
    return {"doc_id": doc, "source": src, "relation": rel, "target": tgt, **extra}


def test_load_gold(gold_path):
    docs = load_gold(gold_path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].lift("person:donald-trump") == "USA"
    assert docs[0].triples[3].negated is True


def test_perfect_predictions_score_one(gold_path):
    preds = [
        rec("a", "RUS", "assault", "UKR"),
        rec("a", "RUS", "tension", "AZE"),
        rec("b", "AZE", "consult", "ARM"),
    ]
    report = score(load_gold(gold_path), preds)
    for level in (report.dyad, report.polarity, report.typed):
        assert (level.p, level.r, level.f1, level.fp, level.fn) == (1.0, 1.0, 1.0, 0, 0)
    assert report.asserted_negated == 0


def test_levels_differ_on_wrong_relation_and_direction(gold_path):
    preds = [
        rec("a", "RUS", "coerce", "UKR"),  # same pair, same polarity, wrong type
        rec("a", "AZE", "agree", "RUS"),  # same pair, wrong polarity
        rec("b", "ARM", "consult", "AZE"),
    ]
    report = score(load_gold(gold_path), preds)
    assert (report.dyad.tp, report.dyad.fp, report.dyad.fn) == (3, 0, 0)
    assert (report.polarity.tp, report.polarity.fp, report.polarity.fn) == (2, 1, 1)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (1, 2, 2)
    assert report.typed.p == pytest.approx(0.333)


def test_directed_relations_are_ordered_symmetric_ones_not(gold_path):
    report = score(
        load_gold(gold_path), [rec("a", "UKR", "assault", "RUS"), rec("a", "RUS", "tension", "AZE")]
    )
    assert report.typed.tp == 1 and report.typed.fp == 1


def test_negated_and_hedged_predictions_do_not_count(gold_path):
    preds = [
        rec("a", "RUS", "assault", "UKR", negated=True),
        rec("a", "AZE", "tension", "RUS", modality="possible"),
        rec("a", "USA", "sanction", "RUS", modality="desired"),
    ]
    report = score(load_gold(gold_path), preds)
    assert report.typed.tp == 0 and report.typed.fp == 0
    assert report.asserted_negated == 0


def test_stated_prediction_of_negated_gold_is_counted(gold_path):
    report = score(load_gold(gold_path), [rec("a", "USA", "sanction", "RUS", modality="future")])
    assert report.asserted_negated == 1 and report.typed.fp == 1


def test_persons_are_lifted_and_structural_relations_ignored(gold_path):
    person = {"id": "person:donald-trump", "type": "person", "country": "USA"}
    preds = [
        rec("a", person, "leader_of", {"id": "USA", "type": "state"}),
        rec("a", {"id": "RUS", "type": "state", "country": None}, "assault", "UKR"),
        rec("a", person, "assault", {"id": "USA", "type": "state"}),
    ]  # self after lifting
    report = score(load_gold(gold_path), preds)
    assert report.typed.tp == 1 and report.typed.fp == 0


def test_triples_are_accepted_and_unknown_documents_ignored():
    gold = [GoldDoc(doc_id="x", triples=[{"source": "TUR", "relation": "ally", "target": "AZE"}])]
    actor = lambda i: Actor(id=i, name=i, type=ActorType.STATE)  # noqa: E731
    triple = Triple(
        source=actor("TUR"),
        relation=Relation.ALLY,
        target=actor("AZE"),
        modality=Modality.REPORTED,
        evidence=Evidence(doc_id="x", sentence="s", start=0, end=1),
    )
    report = score(gold, [triple, rec("elsewhere", "TUR", "ally", "AZE")])
    assert report.typed.tp == 1 and report.typed.fp == 0


def test_format_lists_levels_and_errors(gold_path):
    report = score(load_gold(gold_path), [rec("a", "RUS", "coerce", "UKR")])
    text = report.format(errors=True)
    assert "typed" in text and "negated-as-positive=0" in text
    assert "== a" in text and "['RUS', 'coerce', 'UKR']" in text
    assert "== a" not in report.format()
    assert isinstance(EvalReport.model_validate(report.model_dump()), EvalReport)


@pytest.mark.parametrize(
    "content, fragment",
    [
        ('{"doc_id": "a", "triples": []}\nnot json\n', ":2:"),
        (
            '{"doc_id": "a", "triples": [{"source": "X", "relation": "likes", "target": "Y"}]}\n',
            "relation",
        ),
        ('{"triples": []}\n', "doc_id"),
    ],
)
def test_bad_gold_files_name_the_line(tmp_path, content, fragment):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=fragment):
        load_gold(path)


def test_missing_gold_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")
