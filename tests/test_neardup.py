"""Syndicated copies counted once: MinHash/LSH near-duplicates (geokg.neardup) grouped into
stories at ingest; edges count distinct stories besides sentences and documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.neardup import Signature, band_keys, same_story, signature
from geokg.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [json.loads(x) for x in (ROOT / "data/eval/articles_gold.jsonl").read_text(
    encoding="utf-8").splitlines()]
SAME_EVENT = [json.loads(x) for x in (ROOT / "data/eval/same_event_pairs.jsonl").read_text(
    encoding="utf-8").splitlines()]


def copy_of(text: str, title: str, keep: float = 0.7) -> str:
    """A reprint: another headline and byline, the last paragraphs cut, a word changed."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n\n".join(paras[: max(1, round(len(paras) * keep))]).replace(" said ", " stated ", 1)
    return f"{title.upper()}\nBy Staff Writer | Regional Desk\n\n{body}"


def test_signatures_are_deterministic_and_round_trip() -> None:
    text = ARTICLES[0]["text"]
    a, b = signature(text), signature(text)
    assert a is not None and b is not None
    assert a.to_bytes() == b.to_bytes() and band_keys(a) == band_keys(b)
    back = Signature.from_bytes(a.to_bytes(), a.shingles)
    assert back.jaccard(a) == 1.0 and back.shingles == a.shingles
    assert signature("Too short to be told from a cliche.") is None


@pytest.mark.parametrize("art", ARTICLES[:6], ids=lambda a: a["doc_id"])
def test_a_reprint_is_the_same_story(art: dict) -> None:
    a, b = signature(art["text"]), signature(copy_of(art["text"], art["title"]))
    assert a is not None and b is not None
    assert set(band_keys(a)) & set(band_keys(b)) and same_story(a, b)


def test_different_stories_are_not_even_on_the_same_event() -> None:
    sigs = [signature(a["text"]) for a in ARTICLES]
    assert not any(same_story(x, y) for i, x in enumerate(sigs) for y in sigs[i + 1:])
    for pair in SAME_EVENT:  # two reports of one event, sharing a quote
        assert not same_story(signature(pair["a"]), signature(pair["b"])), pair["id"]


A = {k: Actor(id=k, name=k, type=ActorType.STATE) for k in ("CHN", "PHL", "USA")}


def stored(s: Store, doc_id: str, text: str, outlet: str, *specs) -> None:
    d = Document(id=doc_id, text=text, outlet=outlet, date="2025-05-02")
    s.add(d, [Triple(source=A[a], relation=Relation(r), target=A[b], evidence=Evidence(
        doc_id=doc_id, sentence=f"{a} {r} {b}.", start=0, end=10, date=d.date, outlet=outlet))
        for a, r, b in specs])


def test_a_syndicated_pair_is_counted_once() -> None:
    art = ARTICLES[2]
    s = Store()
    stored(s, "wire", art["text"], "Wire", ("CHN", "assault", "PHL"))
    stored(s, "reprint", copy_of(art["text"], art["title"]), "Daily", ("CHN", "assault", "PHL"))
    stored(s, "own", ARTICLES[3]["text"], "Daily", ("USA", "support", "PHL"),
           ("USA", "support", "PHL"))
    e = {x.key(): x for x in s.relations()}
    wire = e[("CHN", "assault", "PHL")]
    assert (wire.count, wire.documents, wire.stories, len(wire.outlets)) == (2, 2, 1, 2)
    own = e[("USA", "support", "PHL")]
    assert (own.count, own.documents, own.stories) == (2, 1, 1)
    # views rank by distinct stories, then sentences: one story each, the tie broken by count
    assert [x.stories for x in s.relations()] == [1, 1]
    assert {d["doc_id"]: d["story"] for d in s.documents()} == {
        "wire": "wire", "reprint": "wire", "own": "own"}
    assert s.relations(since="2025-01-01") == s.relations()  # the window counts stories too
    s.remove(["wire"])  # the reprint stays, and its story counts once
    assert [(x.count, x.stories) for x in s.relations(relation="assault")] == [(1, 1)]
    s.rebuild_edges()
    assert [(x.count, x.stories) for x in s.relations(relation="assault")] == [(1, 1)]


def test_copies_in_one_batch_and_across_batches_join_one_story() -> None:
    art = ARTICLES[4]
    s = Store()
    d1 = Document(id="a", text=art["text"])
    d2 = Document(id="b", text=copy_of(art["text"], art["title"], 0.9))
    d3 = Document(id="c", text=copy_of(art["text"], art["title"], 0.6))
    t = lambda d: [Triple(source=A["CHN"], relation=Relation("accuse"), target=A["USA"],  # noqa: E731
                          evidence=Evidence(doc_id=d.doc_id, sentence="x.", start=0, end=2))]
    s.add_many([(d1, t(d1)), (d2, t(d2))])
    s.add(d3, t(d3))
    [e] = s.relations()
    assert (e.count, e.documents, e.stories) == (3, 3, 1)
