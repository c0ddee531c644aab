"""A hostile act promised on a condition another actor sets threatens that actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, distinct
from ..emit import Emitter, derived, stated
from ..syntax import children, subjects_of


def warning(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "Israel will strike again if Iran rebuilds": a hostile act promised on a condition
    that another actor sets is a threat to that actor, even when the act names no target."""
    hostile = [e for e in entries if e.relation.value in em.g.lex.words("hostile_relations")]
    if not hostile or tok.pos_ != "VERB" or not em.g.promised(tok):
        return []
    conditions = [
        a
        for a in children(tok, "advcl")
        if any(m.lower_ in ("if", "unless") for m in children(a, "mark"))
    ]
    targets = [s for a in conditions for s in children(a, "nsubj")]
    sources = distinct(em.r.resolve(subjects_of(tok, em.g.control), ctx, owner=False))
    ids = {a.actor for a in sources}
    setters = distinct(em.r.resolve(targets, ctx, owner=False))
    found = [a for a in setters if a.actor not in ids]
    if not sources or not found:
        return []
    threat = derived(
        hostile[0], Relation.THREATEN, tok, 0.8, f"conditional {hostile[0].relation.value}"
    )
    pairs = [(a, b, "directed") for a in sources for b in found]
    made = em.triples(threat, tok, sent, ctx, pairs, None)
    return [stated(t) for t in made]
