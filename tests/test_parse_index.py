"""The parse index (geokg.parse_index) answers as the Token API does, on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geokg.parse_index import ParseIndex, children, has_child, indexed, kids

_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps)


def _parses() -> list[Doc]:
    return [
        # "Russia attacked Ukraine on Monday ." : children on both sides of the verb
        _doc(
            ["Russia", "attacked", "Ukraine", "on", "Monday", "."],
            [1, 1, 1, 1, 3, 1],
            ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        ),
        # two sentences (two roots): "France and Germany met . They talked ."
        _doc(
            ["France", "and", "Germany", "met", ".", "They", "talked", "."],
            [3, 0, 0, 3, 3, 6, 6, 6],
            ["nsubj", "cc", "conj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        ),
        # a head far to the right and one far to the left: "the talks , which Qatar hosted , ended"
        _doc(
            ["the", "talks", ",", "which", "Qatar", "hosted", ",", "ended"],
            [1, 7, 1, 5, 5, 1, 1, 7],
            ["det", "nsubj", "punct", "dobj", "nsubj", "relcl", "punct", "ROOT"],
        ),
        # one token, and a token whose children all precede it
        _doc(["Stop"], [0], ["ROOT"]),
        _doc(["very", "big", "deal"], [1, 2, 2], ["advmod", "amod", "ROOT"]),
    ]


def _api(tok) -> list[tuple[str, int]]:
    return [(c.dep_, c.i) for c in tok.children]


def test_index_children_equal_the_token_api_for_every_token():
    for doc in _parses():
        index = ParseIndex(doc)
        for tok in doc:
            assert [(dep, c.i) for dep, c in index.kids(tok.i)] == _api(tok)
            assert all(c.doc is doc for _, c in index.kids(tok.i))


def test_children_and_has_child_inside_and_outside_the_block_agree():
    for doc in _parses():
        outside = [(tok.i, [(d, c.i) for d, c in kids(tok)]) for tok in doc]
        with indexed(doc):
            inside = [(tok.i, [(d, c.i) for d, c in kids(tok)]) for tok in doc]
            assert [c.i for c in children(doc[-1], "punct", "nsubj")] == [
                c.i for c in doc[-1].children if c.dep_ in ("punct", "nsubj")
            ]
            assert has_child(doc[0], "det") == any(c.dep_ == "det" for c in doc[0].children)
        assert inside == outside


def test_children_filter_by_label_in_document_order():
    doc = _parses()[0]
    with indexed(doc):
        verb = doc[1]
        assert [c.text for c in children(verb, "dobj", "nsubj")] == ["Russia", "Ukraine"]
        assert [c.text for c in children(verb, "agent")] == []
        assert has_child(verb, "prep") and not has_child(verb, "auxpass")
        assert [c.text for c in children(doc[3], "pobj")] == ["Monday"]


def test_a_token_of_another_doc_is_answered_by_the_token_api():
    first, second = _parses()[0], _parses()[1]
    with indexed(first):
        assert [(d, c.i) for d, c in kids(second[3])] == _api(second[3])
        assert all(c.doc is second for _, c in kids(second[3]))


def test_the_index_is_gone_after_the_block():
    doc = _parses()[0]
    with indexed(doc) as index:
        index.kids(1)
    # a changed parse is read again from the Token API once the block is over
    doc[2].head = doc[3]
    assert [(d, c.i) for d, c in kids(doc[1])] == _api(doc[1])
    assert 2 not in [c.i for _, c in kids(doc[1])]


def test_conjuncts_equal_the_token_api_inside_and_outside_the_block():
    from geokg.parse_index import conjuncts

    docs = _parses() + [
        # "Mali , Niger and Chad left ; Togo and Benin stayed" : a chain of conjuncts
        _doc(
            ["Mali", ",", "Niger", "and", "Chad", "left", ";", "Togo", "and", "Benin", "stayed"],
            [5, 0, 0, 2, 2, 5, 5, 10, 7, 7, 5],
            ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "punct", "nsubj", "cc", "conj", "conj"],
        ),
        # a conjunct hung to the left of its head (a parser error the walk must keep ignoring)
        _doc(["Iran", "and", "Iraq", "met"], [2, 2, 3, 3], ["conj", "cc", "nsubj", "ROOT"]),
    ]
    for doc in docs:
        plain = [[c.i for c in tok.conjuncts] for tok in doc]
        assert [[c.i for c in conjuncts(tok)] for tok in doc] == plain
        with indexed(doc):
            assert [[c.i for c in conjuncts(tok)] for tok in doc] == plain
    assert any(len(c) == 2 for c in [[x.i for x in t.conjuncts] for t in docs[-2]])
