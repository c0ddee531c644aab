"""Whoever a hostile event is blamed on did it, to the owner of what it struck."""

from __future__ import annotations

from ...models import Triple
from ..context import Hit, distinct
from ..emit import Emitter, derived
from ..syntax import children, prep_objects, unrelativize


def blamed_event(em: Emitter, hit: Hit) -> list[Triple]:
    """ "the downing of an Azerbaijani airliner that Aliyev blamed on Russian air defences":
    whoever a hostile event is blamed on did it, to the owner of what it struck."""
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    if entry.frame.name != "blame":
        return []
    found: list[Triple] = []
    blamed = [p for p in pairs if p[2] == "directed"]
    events = unrelativize(children(tok, "dobj")) + prep_objects(tok, ("for",))
    for event in events:  # "blamed X on Y", "blamed Y for X"
        struck = [
            p for o in children(event, "prep") if o.lower_ in ("of", "on", "against")
            for p in children(o, "pobj")
        ]
        if event.dep_ == "pobj" and event.head.lower_ == "of":  # "the downing of X that"
            event, struck = event.head.head, [event]
        entries = [
            e
            for e in em.g.lex.lookup("NOUN", event.lemma_.lower())
            if e.relation.value in em.g.lex.words("hostile_relations") and e.particle is None
        ]
        if not entries or event.pos_ != "NOUN":
            continue
        victims = distinct(em.r.resolve(struck, ctx, owner=True, places=True))
        made = [
            (target, victim, "directed")
            for _, target, _ in blamed
            for victim in victims
            if victim.actor != target.actor
        ]
        if made:
            act = derived(entries[0], entries[0].relation, event, 0.8, "blamed event")
            found += em.triples(act, tok, sent, ctx, made, None)
    return found
