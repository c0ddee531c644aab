"""Stage 3c of the actor wing: a plural noun exemplified by named actors stands for them.

"terrorist networks like al-Qaida and the Pakistani Taliban", "militant groups such as Hamas
and Hezbollah", "several countries, including France and Germany": the noun ("networks",
"groups", "countries") becomes a mention of the actors named after "like", "such as" or
"including", so that what is said of the noun ("Pakistan is fighting terrorist networks like
...") is said of each of them. Members that are mere places or modify a thing are not members;
a noun already part of a mention keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .state import DocState, Mention

__all__ = ["example_sets"]

#: prepositions that introduce examples of a plural noun ("as" only in "such as")
_MARKERS = frozenset({"like", "including", "as"})


def _exemplified_noun(tok: Token) -> Token | None:
    """The plural noun whose examples ``tok`` (a member's head word) is, or None."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _MARKERS:
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None
    noun = prep.head
    return noun if noun.tag_ == "NNS" and noun.i < prep.i else None


def _root(state: DocState, m: Mention) -> Token:
    """The mention's head word: the token whose head lies outside the mention."""
    heads = state.heads
    for i in range(m.start, m.end):
        if not m.start <= heads[i] < m.end or heads[i] == i:
            return state.doc[i]
    return state.doc[m.end - 1]


def example_sets(state: DocState) -> None:
    """Claim each exemplified plural noun as a mention of its examples (see the module)."""
    members: dict[int, list[str]] = {}
    for m in state.mentions():
        if m.location or m.attributive or id(m) in state.consumed:
            continue
        noun = _exemplified_noun(_root(state, m))
        if noun is None or state.owner[noun.i] is not None:
            continue
        ids = members.setdefault(noun.i, [])
        ids += [a for a in m.ids if a not in ids]
    for i, ids in members.items():
        label = state.type_of(ids[0])
        state.claim(Mention(i, i + 1, ids, via="coref", label=label, kind="example"))
