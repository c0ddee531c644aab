"""Which tokens of a document may trigger a relation, read from the Doc's arrays.

The relation pass tries a token against the lexicon only when its part of speech can trigger
(``VERB``, ``NOUN``, ``ADJ``) and :meth:`~.grammar.Grammar.candidates` finds entries for it.
:class:`TriggerGate` answers that for a whole document at once: it reads the POS, TAG, LEMMA and
LOWER columns with ``Doc.to_array``, keeps the tokens of a trigger part of speech whose lowercase
lemma is a lexicon lemma or whose lowercase form a lexicon adjective (each distinct LEMMA and
LOWER value asked once), and asks :meth:`~.grammar.Grammar.candidates_for` of those once per
distinct (POS, TAG, LEMMA, LOWER) value, remembering the answers, so no ``Token`` object is
made for the other tokens. :meth:`TriggerGate.entries` hands the candidates found on to the
pass, which need not look them up again.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..lexicon import Entry
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
        #: (POS, TAG, LEMMA, LOWER) -> the candidate entries of a token with those values
        self._memo: dict[tuple[int, int, int, int], list[Entry]] = {}
        #: the lexicon's lemmas (of any part of speech) and its adjective forms
        self._lemmas = frozenset(lemma for _, lemma in grammar.lex.index)
        self._forms = frozenset(lemma for pos, lemma in grammar.lex.index if pos == "ADJ")
        #: LEMMA id -> whether its lowercase is a lexicon lemma; LOWER id -> an adjective form
        self._lemma_memo: dict[int, bool] = {}
        self._form_memo: dict[int, bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        """The indices, in order, of the tokens of ``doc`` with a trigger part of speech and a
        lexicon entry for their lemma or form (:meth:`~.grammar.Grammar.candidates`)."""
        return list(self.entries(doc))

    def entries(self, doc: Doc) -> dict[int, list[Entry]]:
        """Token index -> :meth:`~.grammar.Grammar.candidates` (not empty), in token order, for
        the tokens of :meth:`positions` (do not change the lists)."""
        if not len(doc):
            return {}
        table = doc.to_array([POS, TAG, LEMMA, LOWER])
        pos = table[:, 0]
        keep = numpy.zeros(len(pos), dtype=bool)
        for p in self._pos_ids:  # three comparisons of the column: faster than numpy.isin
            keep |= pos == p
        at = numpy.flatnonzero(keep)
        memo = self._memo
        if len(memo) > _MAX_MEMO:
            memo.clear()
        out: dict[int, list[Entry]] = {}
        lexical = self._lexical(at.tolist(), table[at, 2].tolist(), table[at, 3].tolist())
        for i, key in zip(lexical, map(tuple, table[lexical].tolist())):
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._candidates(*key)
            if found:
                out[i] = found
        return out

    def _lexical(self, at: list[int], lemmas: list[int], lowers: list[int]) -> list[int]:
        """The indices of ``at`` whose lowercase lemma is a lexicon lemma or whose lowercase
        form an adjective of the lexicon: :meth:`~.grammar.Grammar.candidates_for` looks up
        nothing else, so no other token has entries. Each LEMMA and LOWER id is asked once."""
        lemma_memo, form_memo = self._lemma_memo, self._form_memo
        if len(lemma_memo) > _MAX_MEMO or len(form_memo) > _MAX_MEMO:
            lemma_memo.clear()
            form_memo.clear()
        s = self.strings
        for v in set(lemmas).difference(lemma_memo):
            lemma_memo[v] = s[v].lower() in self._lemmas
        for v in set(lowers).difference(form_memo):
            form_memo[v] = s[v] in self._forms
        return [i for i, a, b in zip(at, lemmas, lowers) if lemma_memo[a] or form_memo[b]]

    def _candidates(self, pos: int, tag: int, lemma: int, lower: int) -> list[Entry]:
        s = self.strings
        if s[pos] not in self.parts_of_speech:
            return []
        return self.grammar.candidates_for(s[pos], s[tag], s[lemma].lower(), s[lower])
