"""Discourse sides: a party the text sets against a group ("Iran and six world powers opened
talks") stays one side of the later multi-party relations it is listed in ("officials from Iran,
the U.S., Britain, France, Russia, China and Germany are expected to meet"): it relates to each
other member of the list, and the members of the group do not relate to each other.

The group nouns that make a side (``powers``, ``partners``, ``allies``, ...) are the word list
``side_group_nouns`` of ``data/relations/constructions.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from .context import Pair

__all__ = ["introduced_sides", "across"]


def _group(tok: Token, nouns: frozenset[str]) -> bool:
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in nouns


def introduced_sides(
    sents: Iterable[Span], actor_ids: Callable[[int], list[str]], nouns: frozenset[str]
) -> set[str]:
    """The actors a sentence of ``sents`` coordinates with a group: "Iran and six world powers",
    "the world powers and Iran", "Israel and its Arab neighbours". ``actor_ids`` gives the actor
    ids of the mention at a token index (empty when there is none)."""
    out: set[str] = set()
    for sent in sents:
        for tok in sent:
            if tok.dep_ != "conj":
                continue
            if _group(tok, nouns):
                party = tok.head
            elif _group(tok.head, nouns):
                party = tok
            else:
                continue
            first = tok.head  # the first conjunct holds the coordination
            if first.dep_ == "conj" or sum(c.dep_ == "conj" for c in first.children) != 1:
                continue  # a list against the group ("A, B and their partners"), not one party
            ids = actor_ids(party.i)
            if len(ids) == 1:  # one party against the group, not a list against it
                out.update(ids)
    return out


def across(pairs: list[Pair], sides: set[str]) -> list[Pair]:
    """The mutual pairs of a list of three or more actors that cross the one side the list
    holds (the pairs unchanged when the list holds no side, or more than one)."""
    mutual = [p for p in pairs if p[2] == "mutual"]
    listed = {a.actor for s, t, _ in mutual for a in (s, t)}
    held = sides & listed
    if len(listed) < 3 or len(held) != 1:
        return pairs
    return [p for p in pairs if p[2] != "mutual" or p[0].actor in held or p[1].actor in held]
