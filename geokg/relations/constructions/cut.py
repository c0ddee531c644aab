"""Cutting aid or cooperation is a sanction ("suspended military aid to Bosnia")."""

from __future__ import annotations

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived


def cut(em: Emitter, hit: Hit) -> list[Triple]:
    """ "The US suspended military aid to Bosnia": cutting aid or cooperation is a sanction."""
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    if entry.relation not in (Relation.AID, Relation.COOPERATE, Relation.CONSULT):
        return []
    gov = (
        em.g.light(tok)
        if tok.pos_ == "NOUN"
        else (tok.head if tok.dep_ == "xcomp" else None)
    )
    if gov is None or gov.lemma_.lower() not in em.g.lex.words("cut_verbs"):
        return []
    directed = [p for p in pairs if p[2] == "directed"]
    cut = derived(entry, Relation.SANCTION, gov, 0.9, "cut " + entry.relation.value)
    return em.triples(cut, gov, sent, ctx, directed, None) if directed else []
