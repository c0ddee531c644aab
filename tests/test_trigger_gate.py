"""The trigger gate keeps exactly the tokens Grammar.candidates finds entries for (hand-built)."""

from __future__ import annotations

from spacy.tokens import Doc

from geokg.relations.component import _TRIGGER_POS


def _plain(extractor, doc: Doc) -> list[int]:
    return [t.i for t in doc if t.pos_ in _TRIGGER_POS and extractor.grammar.candidates(t)]


def _doc(blank, words, pos, tags, lemmas) -> Doc:
    return Doc(blank.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas)


def test_a_capitalised_lemma_and_an_adjective_form_pass_the_lexical_prefilter(blank, extractor):
    # a headline lemma in capitals is looked up lowercased; a past participle by its form
    doc = _doc(
        blank,
        ["Attacks", "alarmed", "Kyiv", "and", "angered", "Allies", "Concerned", "officials"],
        ["NOUN", "VERB", "PROPN", "CCONJ", "VERB", "NOUN", "ADJ", "NOUN"],
        ["NNS", "VBN", "NNP", "CC", "VBD", "NNS", "JJ", "NNS"],
        ["Attack", "alarm", "Kyiv", "and", "anger", "Ally", "Concerned", "official"],
    )
    expected = _plain(extractor, doc)
    assert 0 in expected and 1 in expected and 6 in expected  # "Attack", "alarmed", "Concerned"
    assert extractor.triggers.positions(doc) == expected
    assert extractor.triggers.positions(doc) == expected  # the second time from the memos


def test_a_word_outside_the_lexicon_or_of_another_part_of_speech_is_dropped(blank, extractor):
    doc = _doc(
        blank,
        ["The", "weather", "attack", "strongly", "attack"],
        ["DET", "NOUN", "PROPN", "ADV", "VERB"],
        ["DT", "NN", "NNP", "RB", "VB"],
        ["the", "weather", "attack", "strongly", "attack"],
    )
    assert extractor.triggers.positions(doc) == _plain(extractor, doc) == [4]
