"""A document's dependency children, read once from its arrays while a relation pass runs.

The relation pass and the modality reader ask for a token's children by dependency label tens of
thousands of times per corpus. ``Token.children`` makes a new ``Token`` object for every child
and ``Token.dep_`` looks each label up in the string store, on every call. A :class:`ParseIndex`
reads the ``HEAD`` and ``DEP`` columns of a Doc once (``Doc.to_array``), and keeps, per token it
is asked about, the list of its children as (label, ``Token``) pairs, in document order as
``Token.children`` yields them.

The index is used only inside :func:`indexed` (``with indexed(doc): ...``), which the relation
component wraps around its pass over a Doc whose parse it does not change; :func:`kids` and
:func:`children` answer from the index for a token of that Doc and from the ``Token`` API for
any other token (a Doc built or changed elsewhere, a unit test calling a parse helper directly),
so their answers are the same either way. The active index is held in a
:class:`contextvars.ContextVar`, so threads do not share it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

__all__ = ["ParseIndex", "head_indices", "indexed", "kids", "children", "has_child", "conjuncts"]


class ParseIndex:
    """The children of a Doc's tokens, by head, read from the Doc's arrays on first use."""

    __slots__ = ("doc", "_table", "_kids")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        #: (tokens sorted by head, where each head's run starts, where it ends, each token's
        #: label), built on the first question
        self._table: tuple[list[int], list[int], list[int], list[str]] | None = None
        #: head index -> [(label, child Token)], built per head on its first question
        self._kids: dict[int, list[tuple[str, Token]]] = {}

    def kids(self, i: int) -> list[tuple[str, Token]]:
        """The children of token ``i`` as (dependency label, Token) pairs, in document order."""
        found = self._kids.get(i)
        if found is None:
            table = self._table
            if table is None:
                table = self._table = _children_table(self.doc)
            order, starts, ends, labels = table
            doc = self.doc  # a Token is made only for a child asked about
            found = self._kids[i] = [
                (labels[j], doc[j]) for j in order[starts[i] : ends[i]] if j != i
            ]
        return found


def _children_table(doc: Doc) -> tuple[list[int], list[int], list[int], list[str]]:
    """The Doc's token indices sorted by head (stable: document order within a head), where
    each head's run starts and ends in that order, and each token's label. A root
    is its own head: :meth:`ParseIndex.kids` leaves it out."""
    positions = numpy.arange(len(doc), dtype=numpy.int64)
    heads = head_indices(doc)
    order = numpy.argsort(heads, kind="stable")
    ranked = heads[order]
    starts = numpy.searchsorted(ranked, positions, side="left")
    ends = numpy.searchsorted(ranked, positions, side="right")
    deps = doc.to_array(DEP).tolist()
    strings = doc.vocab.strings
    names = {d: strings[d] for d in set(deps)}
    labels = list(map(names.__getitem__, deps))
    return order.tolist(), starts.tolist(), ends.tolist(), labels


def head_indices(doc: Doc) -> numpy.ndarray:
    """Each token's head as a token index (``Token.head.i``; a root is its own head), read from
    the Doc's ``HEAD`` column (the offset to the head, stored unsigned: wrapped when negative)."""
    relative = doc.to_array(HEAD).astype(numpy.int64)
    return relative + numpy.arange(len(doc), dtype=numpy.int64)


_ACTIVE: ContextVar[ParseIndex | None] = ContextVar("geokg_parse_index", default=None)


@contextmanager
def indexed(doc: Doc) -> Iterator[ParseIndex]:
    """Answer :func:`kids` and :func:`children` for ``doc``'s tokens from a :class:`ParseIndex`
    until the block ends. The parse must not change inside the block."""
    index = ParseIndex(doc)
    token = _ACTIVE.set(index)
    try:
        yield index
    finally:
        _ACTIVE.reset(token)


def kids(tok: Token) -> list[tuple[str, Token]]:
    """``[(c.dep_, c) for c in tok.children]``, from the active index when it covers ``tok``
    (do not change the list)."""
    index = _ACTIVE.get()
    if index is not None and tok.doc is index.doc:
        return index.kids(tok.i)
    return [(c.dep_, c) for c in tok.children]


def children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` attached by one of ``deps``, in document order."""
    # kids(tok), spelt out: the relation pass asks this tens of thousands of times per corpus
    index = _ACTIVE.get()
    if index is not None and tok.doc is index.doc:
        found = index._kids.get(tok.i)
        if found is None:
            found = index.kids(tok.i)
        return [c for dep, c in found if dep in deps]
    return [c for c in tok.children if c.dep_ in deps]


def has_child(tok: Token, *deps: str) -> bool:
    """Whether ``tok`` has a child attached by one of ``deps``."""
    for dep, _ in kids(tok):
        if dep in deps:
            return True
    return False


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``: the tokens coordinated with ``tok`` (itself left out), walked as spaCy
    walks them (up to the first conjunct, then down the ``conj`` children to the right), with
    the children read from the active index when it covers ``tok``."""
    index = _ACTIVE.get()
    if index is None or tok.doc is not index.doc or "conjuncts" in tok.doc.user_token_hooks:
        return tok.conjuncts
    start = tok
    while start.dep_ == "conj":
        head = start.head
        if head.i == start.i:
            break
        start = head
    queue = [start]
    output = [start]
    for word in queue:
        at = word.i
        for dep, child in index.kids(at):
            if dep == "conj" and child.i > at:
                output.append(child)
                queue.append(child)
    return tuple(w for w in output if w.i != tok.i)
