"""Rallying support: urging others to support an actor supports it.

"Poland called on NATO to support Ukraine", "the League urged the world to back the Palestinians":
whoever urges, asks or presses others to support an actor (a support verb that is the complement
of one of the ``rallying_verbs`` of ``data/relations/constructions.json``) voices its own support
for that actor (CAMEO 053 "rally support on behalf of", PLOVER SUPPORT), besides the request it
makes and the support it wishes for. Only support: urging others to act against an actor, or to
send it aid, is left to the request it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, Hit, distinct
from ..emit import Emitter, derived
from ..syntax import CONTROL_PREPS, children, objects_of, prep_objects, subjects_of

__all__ = ["rallied", "rallied_alone"]


def _rally(em: Emitter, entry: Entry, tok: Token, sent: Span, ctx: Context) -> list[Triple]:
    """The support of whoever urges the support verb ``tok`` for the actors it supports."""
    if entry.relation is not Relation.SUPPORT or tok.pos_ != "VERB" or tok.dep_ != "xcomp":
        return []
    rallying = tok.head
    if rallying.lemma_.lower() not in em.g.construction_words("rallying_verbs"):
        return []
    if children(tok, "neg"):  # "urged Germany not to back the plan"
        return []
    ralliers = distinct(em.r.resolve(subjects_of(rallying, em.g.control), ctx, owner=False))
    if not ralliers:
        return []
    addressees = children(rallying, "dobj") + prep_objects(rallying, CONTROL_PREPS)
    others = {a.actor for a in em.r.resolve(addressees, ctx, owner=False)}
    others |= {a.actor for a in ralliers}
    owner = entry.relation in em.g.lex.owner_lift  # "to support Ukraine's bid"
    found = objects_of(tok)
    targets = [
        a for a in distinct(em.r.resolve(found, ctx, owner=owner)) if a.actor not in others
    ]
    pairs = [(s, t, "directed") for s in ralliers for t in targets]
    if not pairs:
        return []
    made = derived(entry, Relation.SUPPORT, rallying, 0.8, f"{rallying.lemma_} to support")
    return em.triples(made, rallying, sent, ctx, pairs, None)


def rallied(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Poland called on NATO to support Ukraine": Poland supports Ukraine."""
    return _rally(em, hit.entry, hit.tok, hit.sent, hit.ctx)


def rallied_alone(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """The same where whoever is urged is no actor ("urged the world to support Ukraine")."""
    for entry in entries:
        made = _rally(em, entry, tok, sent, ctx)
        if made:
            return made
    return []
