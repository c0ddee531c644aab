"""Sending forces or goods in order to help an actor is aid to it ("sent troops to support X")."""

from __future__ import annotations

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived
from ..syntax import children, to_infinitive


def purpose(em: Emitter, hit: Hit) -> list[Triple]:
    """ "North Korea sent troops to support Russia": sending forces or goods in order to help
    an actor is aid to it, stated as the sending is (``purpose_aid_verbs``)."""
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    if entry.relation not in (Relation.SUPPORT, Relation.AID) or tok.pos_ != "VERB":
        return []
    if tok.dep_ not in ("advcl", "xcomp") or not to_infinitive(tok):
        return []
    gov = tok.head
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in em.g.lex.words("purpose_aid_verbs"):
        return []
    if not children(gov, "dobj"):
        return []
    directed = [p for p in pairs if p[2] == "directed"]
    aid = derived(entry, Relation.AID, gov, 0.9, f"{gov.lemma_} to {entry.relation.value}")
    return em.triples(aid, gov, sent, ctx, directed, None) if directed else []
