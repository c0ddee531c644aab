"""Reliability (issue 15): bounded memory for any input, no input or fault that stops a run,
processes that behave. Each test reproduces one attack and checks the library and, where it
applies, the CLI. No test here measures time or memory: ``benchmarks/memory_bench.py`` does."""

from __future__ import annotations

import pytest

from geokg import chunking
from geokg.models import Document
from geokg.pipeline import extract_documents

ARTICLE = (
    "Russia launched missile strikes on Ukraine overnight, Ukrainian officials said. "
    "Turkiye is a close ally of Azerbaijan. "
)


# --- chunking: long texts are parsed in bounded pieces ------------------------------------------


def test_pieces_are_exact_slices_cut_at_paragraph_then_sentence_ends() -> None:
    text = "One sentence here. Another one there.\n\nA new paragraph starts. It goes on!\n" * 40
    parts = chunking.pieces(text, 120)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 120 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)
    assert all(p.endswith("\n\n") for _, p in parts[:-1])  # a blank line in every window


def test_pieces_fall_back_to_sentence_then_space_then_a_hard_cut() -> None:
    sentences = "The talks resumed on Monday. Both sides spoke. " * 10
    assert all(p.endswith(". ") for _, p in chunking.pieces(sentences, 100)[:-1])
    words = "word " * 100
    assert all(p.endswith(" ") for _, p in chunking.pieces(words, 64)[:-1])
    blob = "x" * 250
    assert [len(p) for _, p in chunking.pieces(blob, 100)] == [100, 100, 50]
    assert chunking.pieces("") == [(0, "")]


def test_batches_bound_items_and_characters() -> None:
    sizes = [10, 10, 10, 50, 200, 5, 5]
    got = list(chunking.batches(sizes, lambda n: n, max_items=2, max_chars=60))
    assert got == [[10, 10], [10, 50], [200], [5, 5]]
    assert all(len(b) <= 2 and (sum(b) <= 60 or len(b) == 1) for b in got)
    with pytest.raises(ValueError):
        list(chunking.batches(sizes, lambda n: n, max_items=0))


def test_a_long_document_is_parsed_in_pieces_with_the_same_triples(nlp, monkeypatch) -> None:
    paragraphs = [ARTICLE * 3 for _ in range(6)]
    document = Document(id="long", text="\n\n".join(paragraphs), date="2025-07-11")
    whole = [t for _, ts in extract_documents([document], nlp=nlp) for t in ts]
    assert whole  # the comparison must be about something

    seen: list[int] = []
    real_pipe = chunking.pipe_bounded

    def spy(nlp_, docs, batch_size):
        for doc in real_pipe(nlp_, docs, batch_size):
            seen.append(len(doc.text))
            yield doc

    monkeypatch.setattr(chunking, "PIECE_CHARS", 400)
    monkeypatch.setattr(chunking, "pipe_bounded", spy)
    cut = [t for _, ts in extract_documents([document], nlp=nlp) for t in ts]
    assert len(seen) >= 6 and max(seen) <= 400  # parsed in pieces
    key = lambda t: (t.source.id, t.relation, t.target.id, t.evidence.start, t.evidence.end)  # noqa: E731
    assert sorted(map(key, cut)) == sorted(map(key, whole))
    for t in cut:  # offsets point into the whole document
        ev = t.evidence
        assert document.text[ev.start : ev.end] == ev.sentence
        if ev.trigger_start is not None and ev.trigger:
            assert document.text[ev.trigger_start :].startswith(ev.trigger)


def test_documents_after_a_long_one_keep_their_order(nlp, monkeypatch) -> None:
    monkeypatch.setattr(chunking, "PIECE_CHARS", 300)
    docs = [
        Document(id="a", text=ARTICLE, date="2025-07-11"),
        Document(id="b", text=(ARTICLE + "\n\n") * 8, date="2025-07-11"),
        Document(id="c", text="China and India agreed to resume direct flights.", date="2025-07-11"),
    ]
    out = list(extract_documents(docs, nlp=nlp, batch_size=2))
    assert [d.id for d, _ in out] == ["a", "b", "c"]
    assert all(t.evidence.doc_id == d.doc_id for d, ts in out for t in ts)
