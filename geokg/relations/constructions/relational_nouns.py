"""Relational nouns that name a two-sided standing: "X is Y's trading partner" is trade both ways.

A relational noun ("partner", "customer", "backer") relates the actor it describes to the one it
is of: "Mali is Algeria's biggest trading partner". For most such nouns the relation has a
direction (a customer buys from a supplier), but a noun of ``mutual_relational_nouns`` in
``data/relations/constructions.json`` names a standing both sides share: trading partners trade
with each other, so the triple goes both ways. (Symmetric relations such as ``ally`` are stored
once anyway.)
"""

from __future__ import annotations

from ...models import Triple
from ..context import Hit
from ..emit import Emitter

__all__ = ["mutual_standing"]


def mutual_standing(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Mali is Algeria's trading partner": the reverse of each directed pair of a relational
    noun that names a standing both sides share (``mutual_relational_nouns``)."""
    entry, tok = hit.entry, hit.tok
    if entry.frame.name != "relational" or entry.relation.symmetric:
        return []
    if tok.lemma_.lower() not in em.g.construction_words("mutual_relational_nouns"):
        return []
    reverse = [(t, s, "directed") for s, t, _ in hit.directed]
    return em.triples(entry, tok, hit.sent, hit.ctx, reverse, None) if reverse else []
