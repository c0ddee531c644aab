"""The shortcuts taken for speed give what the plain computations give."""

from __future__ import annotations

from geokg.actors import Lexicon
from geokg.actors.phrases import _may_start, words_at
from geokg.actors.state import DocState
from geokg.pipeline import extract

TEXT = (
    "Turkiye is a close ally of Azerbaijan.  The two countries signed a defence pact on "
    "Monday.\n\nRussia's army attacked Ukraine, the Ukrainian army said.  "
    "The UN Secretary-General urged Moscow and Kyiv to talk."
)


def _state(nlp, text: str) -> DocState:
    doc = nlp(text)
    rec = nlp.get_pipe("geokg_actors")
    raws = [t.text for t in doc]
    return DocState(doc, rec.index, [r.lower() for r in raws], raws, None)


def test_singular_references_by_first_keeps_every_reference_in_order():
    lex = Lexicon.load()
    groups = lex.singular_references_by_first
    assert sum(len(g) for g in groups.values()) == len(lex.singular_references)
    for first, group in groups.items():
        assert list(group) == [r for r in lex.singular_references if r[0][0] == first]


def test_entity_labels_from_the_array_are_the_token_labels(nlp):
    state = _state(nlp, TEXT + " NATO Secretary General Mark Rutte agreed.")
    assert state.ent_label == [t.ent_type_ for t in state.doc]
    assert any(state.ent_label) and "" in state.ent_label


def test_may_start_tests_the_first_word_only(nlp):
    state = _state(nlp, "the army and the coast guard")
    phrases = (("coast", "guard"), ("army",))
    assert [_may_start(state, i, phrases) for i in range(len(state.keys) + 1)] == [
        False, True, False, False, True, False, False,
    ]
    assert words_at(state, 4, phrases) == 6
    assert words_at(state, 5, phrases) is None
    # an empty phrase matches anywhere: no shortcut then
    assert all(_may_start(state, i, phrases + ((),)) for i in range(len(state.keys)))
    assert words_at(state, 2, ((), ("army",))) == 2


def test_type_of_is_the_same_when_asked_again(nlp):
    state = _state(nlp, TEXT)
    ids = ["TUR", "person:someone", "group:m23", "NATO", "UNKNOWNX"]
    first = [state.type_of(a) for a in ids]
    assert first == [state.type_of(a) for a in ids] == [state._type_of(a) for a in ids]
    assert first[1:3] == ["person", "group"]


def test_evidence_sentence_is_the_sentence_text(nlp):
    triples = extract(TEXT, nlp=nlp)
    assert triples
    doc = nlp(TEXT)
    for t in triples:
        ev = t.evidence
        assert ev.sentence == TEXT[ev.start : ev.end]
        span = doc.char_span(ev.start, ev.end)
        assert span is not None and span.text == ev.sentence
