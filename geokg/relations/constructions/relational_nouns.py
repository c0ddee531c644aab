"""Relational nouns that name a two-sided standing: "X is Y's trading partner" is trade both ways.

A relational noun ("partner", "customer", "backer") relates the actor it describes to the one it
is of: "Mali is Algeria's biggest trading partner". For most such nouns the relation has a
direction (a customer buys from a supplier), but a noun of ``mutual_relational_nouns`` in
``data/relations/constructions.json`` names a standing both sides share: trading partners trade
with each other, so the triple goes both ways. (Symmetric relations such as ``ally`` are stored
once anyway.) A description standing for a set of actors and headed by such a noun ("the two
rivals", "the Cold War foes") relates the members of the set.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...models import Triple
from ..context import LIFTED, Context, Hit, mutual
from ..emit import Emitter

__all__ = ["described_set", "mutual_standing"]


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


def described_set(em: Emitter, tok: Token, sent: Span, ctx: Context) -> list[Triple]:
    """ "India and Pakistan ... The two rivals agreed": a description that stands for a set of
    actors (resolved by coreference) and is headed by a relational noun of a symmetric relation
    ("the two rivals", "the Cold War foes", "the allies") states that relation among them."""
    span = ctx.mentions.get(tok.i)
    if span is None or span.root.i != tok.i or tok.pos_ != "NOUN":
        return []
    entries = [
        e
        for e in em.g.lex.lookup("NOUN", tok.lemma_.lower())
        if e.frame.name == "relational" and e.relation.symmetric
    ]
    if tok.lemma_.lower() in em.g.construction_words("mutual_relational_nouns"):
        return []  # "the two partners": trade or alliance, the description does not say
    if not entries or span._.geokg_via != "coref":
        return []
    members = ctx.span_args(span, tok, LIFTED)
    if len(members) < 2:
        return []
    return em.triples(entries[0], tok, sent, ctx, mutual(members), None)
