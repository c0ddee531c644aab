"""Confidence: pattern strength x argument path, calibration, and the min_confidence floors."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc, Span

from geokg import _ext  # noqa: F401
from geokg.cli import main
from geokg.confidence import ArgPath, ConfidenceModel, default_confidence, load_confidence
from geokg.errors import DataError, UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.relations import RelationExtractor
from geokg.resources import data_path
from geokg.store import Store

DIRECT = ArgPath(strength=1.0, via="name")


def model(knots=()) -> ConfidenceModel:
    base = load_confidence()
    return ConfidenceModel(base.origin, base.via, base.path, base.distance, base.far, knots)


# ---------------------------------------------------------------- the raw score
def test_hand_written_patterns_score_above_generated_ones():
    m = model()
    assert m.raw(0.8, False, (DIRECT, DIRECT), 2) > m.raw(0.8, True, (DIRECT, DIRECT), 2)


@pytest.mark.parametrize(
    "weaker",
    [
        ArgPath(strength=1.0, via="name", prepositional=True),  # "sanctions on Russia"
        ArgPath(strength=1.0, via="coref"),  # "it", "the country"
        ArgPath(strength=1.0, via="name", other_sentence=True),  # named sentences before
        ArgPath(strength=0.7, via="name"),  # the owner of the object ("Russian tankers")
        ArgPath(strength=1.0, via="demonym"),  # "the Russians"
    ],
)
def test_each_weaker_argument_path_lowers_the_score(weaker):
    m = model()
    assert m.raw(0.8, False, (DIRECT, weaker), 2) < m.raw(0.8, False, (DIRECT, DIRECT), 2)


def test_far_arguments_score_lower():
    m = model()
    near, mid, far = (m.raw(0.8, False, (DIRECT, DIRECT), d) for d in (3, 10, 20))
    assert near > mid > far


# ---------------------------------------------------------------- calibration
def test_calibration_reads_the_knots_linearly_and_flat_beyond():
    m = model(((0.3, 0.2), (0.7, 0.9)))
    assert m.calibrate(0.1) == pytest.approx(0.2, abs=0.01)
    assert m.calibrate(0.5) == pytest.approx(0.55, abs=0.01)
    assert m.calibrate(0.95) == pytest.approx(0.9, abs=0.01)
    values = [m.calibrate(x / 100) for x in range(101)]
    # a higher raw score publishes a higher confidence, also where the measured share is flat
    assert all(a < b for a, b in zip(values, values[1:], strict=False))


def test_without_knots_the_raw_score_is_published_clipped():
    m = model(())
    assert m.calibrate(0.01) == 0.05 and m.calibrate(0.6123456) == 0.6123 and m.calibrate(2) == 1


def test_the_bundled_model_is_calibrated():
    m = default_confidence()
    assert len(m.knots) >= 2
    raw = json.loads(data_path("relations", "confidence.json").read_text(encoding="utf-8"))
    assert "news_dev" in raw["calibration"]["measured_on"]


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda d: d["calibration"].update(knots=[[0.3, 0.9], [0.6, 0.5]]), "must rise"),
        (lambda d: d["calibration"].update(knots=[[0.6, 0.5], [0.3, 0.9]]), "must rise"),
        (lambda d: d["factors"]["origin"].pop("generated"), "factors.origin"),
        (lambda d: d["factors"].update(far=1.5), "factors.far"),
        (lambda d: d.update(extra=1), "extra"),
    ],
)
def test_a_broken_confidence_file_is_a_data_error(tmp_path, mutate, fragment):
    raw = json.loads(data_path("relations", "confidence.json").read_text(encoding="utf-8"))
    mutate(raw)
    bad = tmp_path / "confidence.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match=fragment):
        load_confidence(bad)


# ---------------------------------------------------------------- on hand-built parses
def parsed(nlp, spec: str, names: dict[str, str]) -> Doc:
    rows = [t.rsplit("/", 4) for t in spec.split(" ")]
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, deps=[r[1] for r in rows],
              heads=[int(r[2]) for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows])  # fmt: skip
    spans, registry = [], {}
    for i, word in enumerate(words):
        if word in names:
            actor = Actor(id=names[word], name=word, type=ActorType.STATE)
            span = Span(doc, i, i + 1, label="state")
            span._.geokg_actor, span._.geokg_via = actor.id, "name"
            span._.geokg_location = False
            spans.append(span)
            registry[actor.id] = actor
    doc.spans["geokg_actors"] = spans
    doc._.geokg_actors = registry
    doc._.geokg_meta = Document(id="d1", text=doc.text, date="2025-07-11")
    return doc


NAMES = {"Russia": "RUS", "Georgia": "GEO", "Iran": "IRN", "Israel": "ISR"}


def test_a_direct_object_is_more_confident_than_a_prepositional_target():
    nlp = spacy.blank("en")
    ext = RelationExtractor(nlp)
    direct = ext.extract(parsed(
        nlp, "Russia/nsubj/1/PROPN/Russia attacked/ROOT/1/VERB/attack Georgia/dobj/1/PROPN/Georgia",
        NAMES))  # fmt: skip
    prep = ext.extract(parsed(
        nlp, "Russia/nsubj/1/PROPN/Russia attacked/ROOT/1/VERB/attack "
        "positions/dobj/1/NOUN/position in/prep/2/ADP/in Georgia/pobj/3/PROPN/Georgia", NAMES))
    assert [t.relation for t in direct] == [Relation.ASSAULT]
    assert direct[0].confidence > max((t.confidence for t in prep), default=0)


def test_a_generated_entry_is_less_confident_than_a_hand_written_one():
    nlp = spacy.blank("en")
    ext = RelationExtractor(nlp)
    hand = ext.extract(parsed(  # "bomb" is hand-written (0.9), "terrorize" generated
        nlp, "Iran/nsubj/1/PROPN/Iran bombed/ROOT/1/VERB/bomb Israel/dobj/1/PROPN/Israel", NAMES))
    generated = ext.extract(parsed(
        nlp, "Iran/nsubj/1/PROPN/Iran terrorized/ROOT/1/VERB/terrorize Israel/dobj/1/PROPN/Israel",
        NAMES))  # fmt: skip
    assert hand[0].confidence > generated[0].confidence


def test_a_component_floor_drops_less_confident_triples():
    nlp = spacy.blank("en")
    spec = "Iran/nsubj/1/PROPN/Iran terrorized/ROOT/1/VERB/terrorize Israel/dobj/1/PROPN/Israel"
    found = RelationExtractor(nlp).extract(parsed(nlp, spec, NAMES))
    floor = found[0].confidence + 0.01
    assert RelationExtractor(nlp, min_confidence=floor).extract(parsed(nlp, spec, NAMES)) == []


# ---------------------------------------------------------------- the floors in the API, store, CLI
TEXT = "Russia attacked Ukraine on Monday. Russia's officials praised talks with Ukraine."


def test_extract_min_confidence_keeps_only_triples_at_or_above_it(nlp):
    import geokg

    every = geokg.extract(TEXT, nlp=nlp)
    assert every, "the text must give triples"
    floor = sorted(t.confidence for t in every)[len(every) // 2]
    kept = geokg.extract(TEXT, nlp=nlp, min_confidence=floor)
    assert kept == [t for t in every if t.confidence >= floor]
    with pytest.raises(UsageError, match="min_confidence"):
        geokg.extract(TEXT, nlp=nlp, min_confidence=1.5)


ACTORS = {k: Actor(id=k, name=k, type=ActorType.STATE) for k in ("RUS", "UKR", "USA")}


def _triple(doc: Document, s: str, rel: str, t: str, conf: float, i: int) -> Triple:
    sentence = f"{s} {rel} {t} ({i})."
    return Triple(source=ACTORS[s], relation=Relation(rel), target=ACTORS[t], confidence=conf,
                  evidence=Evidence(doc_id=doc.doc_id, sentence=sentence, start=20 * i,
                                    end=20 * i + len(sentence), date=doc.date))  # fmt: skip


def test_store_queries_count_only_evidence_above_the_floor():
    store = Store()
    d1 = Document(id="d1", text="one", date="2025-01-10")
    d2 = Document(id="d2", text="two", date="2025-02-10")
    store.add(d1, [_triple(d1, "RUS", "assault", "UKR", 0.9, 0),
                   _triple(d1, "USA", "support", "UKR", 0.3, 1)])  # fmt: skip
    store.add(d2, [_triple(d2, "RUS", "assault", "UKR", 0.4, 0)])
    every = {e.key(): e.count for e in store.relations()}
    assert every == {("RUS", "assault", "UKR"): 2, ("USA", "support", "UKR"): 1}
    sure = {e.key(): e for e in store.relations(min_confidence=0.5)}
    assert {k: e.count for k, e in sure.items()} == {("RUS", "assault", "UKR"): 1}
    assert sure[("RUS", "assault", "UKR")].mean_confidence == pytest.approx(0.9)
    assert len(store.evidence("RUS", "assault", "UKR", min_confidence=0.5)) == 1
    with pytest.raises(UsageError, match="min_confidence"):
        store.relations(min_confidence=-0.1)


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.mark.parametrize("command", ["extract", "build", "query"])
def test_cli_floor_outside_zero_to_one_is_a_usage_error(capsys, tmp_path, command):
    db = tmp_path / "x.db"
    Store(db).close()
    args = {"extract": ["extract", "-"], "build": ["build", "-", "--db", str(tmp_path / "y.db")],
            "query": ["query", "--db", str(db)]}[command]  # fmt: skip
    code, _, err = run(capsys, *args, "--min-confidence", "1.5")
    assert code == 2 and "min-confidence" in err and "Traceback" not in err


def test_cli_extract_floor_filters_the_triples(capsys, tmp_path, nlp):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(src), "-q")
    assert code == 0
    confs = [json.loads(line)["confidence"] for line in out.splitlines()]
    floor = max(confs)
    code, out, _ = run(capsys, "extract", str(src), "-q", "--min-confidence", str(floor))
    kept = [json.loads(line)["confidence"] for line in out.splitlines()]
    assert code == 0 and kept and all(c >= floor for c in kept) and len(kept) <= len(confs)
