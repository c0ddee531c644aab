"""Phrase tests the reference stages share: word-tuple phrases at a token, the end of a noun
phrase, and the dependency labels of clauses and subjects."""

from __future__ import annotations

from typing import Any

from .state import DocState

__all__ = [
    "CLAUSE_DEPS",
    "MODIFIER_POS",
    "SUBJECT_DEPS",
    "ends_noun_phrase",
    "first_words",
    "words_at",
]


#: clause links climbed from a pronoun to the clause whose subject it may repeat
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "relcl"})
#: a clause's subjects
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


#: parts of speech of the words between "the three" and its noun ("Sahel", "warring", "-")
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "ADV", "NUM"})


def ends_noun_phrase(state: DocState, end: int) -> bool:
    """True when the words before ``end`` are a whole noun phrase, not a modifier ("the army
    chief", "the army-led authorities", "the paramilitary Rapid Support Forces")."""
    doc = state.doc
    if end >= len(doc):
        return True
    nxt = doc[end]
    return not (
        state.owner[end] is not None
        or nxt.pos_ in ("NOUN", "PROPN")
        or nxt.text in ("-", "–")
        or (state.keys[end] == "of" and not _of_gerund(doc, end))
    )


def _of_gerund(doc, of: int) -> bool:
    """ "accusing the Gulf state [of supplying ...]": "of" opens what someone is accused of,
    not a part of the noun phrase ("the country of origin")."""
    return of + 1 < len(doc) and doc[of + 1].tag_ == "VBG"


#: id of a phrase collection -> (the collection, its first words or None when one is empty)
_FIRST_WORDS: dict[int, tuple[Any, frozenset[str] | None]] = {}


def first_words(phrases) -> frozenset[str] | None:
    """The words the phrases of ``phrases`` (word tuples) start with; None when one is empty (a
    phrase may then start anywhere). Computed once per collection."""
    hit = _FIRST_WORDS.get(id(phrases))
    if hit is None or hit[0] is not phrases:  # the collection is kept, so its id stays its own
        firsts = None if not all(phrases) else frozenset(words[0] for words in phrases)
        hit = _FIRST_WORDS[id(phrases)] = (phrases, firsts)
    return hit[1]


def _may_start(state: DocState, i: int, phrases) -> bool:
    """False when no phrase of ``phrases`` can start at token ``i`` (a quick test: its first word)."""
    firsts = first_words(phrases)
    return firsts is None or (i < len(state.keys) and state.keys[i] in firsts)


def words_at(state: DocState, i: int, phrases) -> int | None:
    """End of the longest phrase of ``phrases`` (word tuples) spelled by unowned tokens at ``i``."""
    if not _may_start(state, i, phrases):
        return None
    for words in phrases:
        end = i + len(words)
        if tuple(state.keys[i:end]) == words and all(
            state.owner[j] is None for j in range(i, end)
        ):
            return end
    return None
