"""Talks towards an agreement are consultations ("working on an agreement with Armenia")."""

from __future__ import annotations

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived


def negotiation(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Turkiye is working on an agreement with Armenia": the talks themselves are consults."""
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    if entry.relation is not Relation.AGREE or tok.pos_ != "NOUN":
        return []
    gov = em.g.light(tok)
    if gov is None or gov.lemma_.lower() not in em.g.lex.words("negotiation_verbs"):
        return []
    directed = [p for p in pairs if p[2] == "directed"]
    talks = derived(entry, Relation.CONSULT, gov, 0.9, "negotiation")
    return em.triples(talks, gov, sent, ctx, directed, None) if directed else []

# ------------------------------------------------------------ arguments
