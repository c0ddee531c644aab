"""Which tokens of a document may trigger a relation, read from the Doc's arrays.

The relation pass tries a token against the lexicon only when its part of speech can trigger
(``VERB``, ``NOUN``, ``ADJ``) and :meth:`~.grammar.Grammar.candidates` finds entries for it.
:class:`TriggerGate` answers that for a whole document at once: it reads the POS, TAG, LEMMA and
LOWER columns with ``Doc.to_array``, keeps the tokens of a trigger part of speech, and asks
:meth:`~.grammar.Grammar.candidates_for` once per distinct (POS, TAG, LEMMA, LOWER) value,
remembering the answer, so no ``Token`` object is made for the other tokens.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .grammar import Grammar

__all__ = ["TriggerGate"]

#: memoised answers are forgotten past this many distinct token values (bounds memory)
_MAX_MEMO = 200_000


class TriggerGate:
    """The token indices of a Doc that may trigger a relation (see the module docstring)."""

    def __init__(self, grammar: Grammar, vocab: Vocab, parts_of_speech: Iterable[str]) -> None:
        self.grammar = grammar
        self.strings = vocab.strings
        self.parts_of_speech = frozenset(parts_of_speech)
        self._pos_ids = sorted(self.strings[p] for p in self.parts_of_speech)
        self._memo: dict[tuple[int, int, int, int], bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        """The indices, in order, of the tokens of ``doc`` with a trigger part of speech and a
        lexicon entry for their lemma or form (:meth:`~.grammar.Grammar.candidates`)."""
        if not len(doc):
            return []
        table = doc.to_array([POS, TAG, LEMMA, LOWER])
        pos = table[:, 0]
        keep = numpy.zeros(len(pos), dtype=bool)
        for p in self._pos_ids:  # three comparisons of the column: faster than numpy.isin
            keep |= pos == p
        at = numpy.flatnonzero(keep)
        memo = self._memo
        if len(memo) > _MAX_MEMO:
            memo.clear()
        out = []
        for i, key in zip(at.tolist(), map(tuple, table[at].tolist())):
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = self._may_trigger(*key)
            if hit:
                out.append(i)
        return out

    def _may_trigger(self, pos: int, tag: int, lemma: int, lower: int) -> bool:
        s = self.strings
        return s[pos] in self.parts_of_speech and bool(
            self.grammar.candidates_for(s[pos], s[tag], s[lemma].lower(), s[lower])
        )
