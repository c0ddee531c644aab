"""Reciprocal objects: "A and B accused each other" relates the subject's conjuncts both ways.

A reciprocal pronoun ("each other", "one another": ``reciprocal_pronouns`` in
``data/relations/constructions.json``) as a trigger's object or prepositional object stands for
the other members of the coordinated subject: every ordered pair of them for a directed relation
("Serbia and Kosovo threatened each other" -> SRB threaten XKX, XKX threaten SRB), one unordered pair
for a mutual one ("met with each other").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import Grammar

__all__ = ["is_reciprocal"]

_PARTS = ("det", "nummod", "amod", "dobj", "pobj", "compound")


def is_reciprocal(g: Grammar, tok: Token) -> bool:
    """Whether ``tok`` heads a reciprocal pronoun ("each other", "one another")."""
    if tok.lower_ not in ("other", "another", "one"):
        return False
    words = sorted([tok, *(c for c in tok.children if c.dep_ in _PARTS)], key=lambda t: t.i)
    return " ".join(t.lower_ for t in words) in g.construction_words("reciprocal_pronouns")
