"""Small per-pass memos of the relation wing: read_once, the time entities of a document, the
trigger gate's candidate entries."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from geokg.relations.memo import read_once
from geokg.timex import time_entities, time_spans


class _Reading:
    def __init__(self) -> None:
        self.calls = 0

    @read_once
    def value(self) -> int:
        """A reading that counts its computations."""
        self.calls += 1
        return 41 + self.calls


def test_read_once_computes_once_per_instance_and_keeps_the_value():
    a, b = _Reading(), _Reading()
    assert (a.value, a.value, b.value) == (42, 42, 42)
    assert a.calls == 1 and b.calls == 1
    assert a.__dict__["value"] == 42
    assert _Reading.value.__doc__ == "A reading that counts its computations."
    assert isinstance(_Reading.__dict__["value"], read_once)


def _dated(blank) -> Doc:
    words = ["Talks", "began", "on", "Monday", ".", "They", "ended", "last", "week", "in", "Doha", "."]
    doc = Doc(blank.vocab, words=words, sent_starts=[True] + [False] * 4 + [True] + [False] * 6)
    doc.ents = [
        Span(doc, 3, 4, label="DATE"),
        Span(doc, 7, 9, label="DATE"),
        Span(doc, 10, 11, label="GPE"),
    ]
    return doc


def test_time_spans_from_the_document_entities_equal_those_from_the_sentence(blank):
    doc = _dated(blank)
    entities = time_entities(doc)
    assert [(e.start, e.end) for e in entities] == [(3, 4), (7, 9)]
    for sent in doc.sents:
        plain = [(s.start, s.end, s.label_) for s in time_spans(sent)]
        given = [(s.start, s.end, s.label_) for s in time_spans(sent, entities=entities)]
        assert given == plain
        assert plain  # each sentence has its date


def test_the_trigger_gate_hands_on_each_kept_token_s_candidates(blank, extractor):
    doc = Doc(
        blank.vocab,
        words=["Russia", "attacked", "Ukraine", "and", "imposed", "sanctions", "quickly"],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "NOUN", "ADV"],
        tags=["NNP", "VBD", "NNP", "CC", "VBD", "NNS", "RB"],
        lemmas=["Russia", "attack", "Ukraine", "and", "impose", "sanction", "quickly"],
    )
    found = extractor.triggers.entries(doc)
    assert list(found) == extractor.triggers.positions(doc)
    assert 1 in found and 5 in found
    for i, entries in found.items():
        assert entries == extractor.grammar.candidates(doc[i])
    for t in doc:
        if t.i not in found:
            assert not (t.pos_ in ("VERB", "NOUN", "ADJ") and extractor.grammar.candidates(t))


def test_a_sentence_text_is_the_slice_of_the_document_text(blank):
    from geokg.relations.context import Context

    doc = Doc(
        blank.vocab,
        words=["Talks", "began", ".", "\n\n", "They", "ended", "."],
        spaces=[True, False, True, False, True, False, False],
        sent_starts=[True, False, False, False, True, False, False],
    )
    ctx = Context(doc, {}, {}, {}, None)
    for sent in doc.sents:
        assert ctx.sentence_text(sent) == doc.text[sent.start_char : sent.end_char]
        assert ctx.sentence_text(sent) is ctx.sentence_text(sent)  # read once
    evidence = ctx.evidence(list(doc.sents)[0], "began", 6)
    assert evidence.sentence == "Talks began." and evidence.end == evidence.start + 12


def test_span_values_are_what_span_underscore_reads(blank):
    import pytest
    from spacy.tokens import Span as _Span

    from geokg._ext import set_span_values, span_values

    doc = Doc(blank.vocab, words=["Russian", "troops", "shelled", "Kharkiv", "."])
    troops, city = _Span(doc, 0, 2, label="state"), _Span(doc, 3, 4, label="state")
    set_span_values(troops, {"geokg_actor": "RUS", "geokg_via": "name"})
    city._.geokg_location = True
    names = ("geokg_actor", "geokg_location", "geokg_via")
    for span in (troops, city, _Span(doc, 2, 3)):
        assert span_values(span, names) == [getattr(span._, n) for n in names]
    assert span_values(troops, names) == ["RUS", False, "name"]
    _Span.set_extension("geokg_test_getter", getter=lambda s: s.text, force=True)
    _Span.set_extension("geokg_test_list", default=[], force=True)
    try:
        with pytest.raises(KeyError):
            span_values(troops, ("geokg_test_getter",))
        with pytest.raises(KeyError):
            span_values(troops, ("geokg_test_list",))
        with pytest.raises(KeyError):
            span_values(troops, ("geokg_no_such_extension",))
    finally:
        _Span.remove_extension("geokg_test_getter")
        _Span.remove_extension("geokg_test_list")
