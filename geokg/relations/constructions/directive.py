"""Directives with a "for X to do" clause: "called for Japan to leave" requests it of Japan.

A request trigger whose own frame finds no addressee ("called for Japan to withdraw", "issued a
warning for the vessels to leave") names it as the subject of a "for ... to" clause: the clause's
subject after the marker "for", or the object of "for" that an infinitive describes. The source
is the trigger's subject, or for a noun its possessor or the subject of the verb it is the
object of ("Vietnam issued a warning for China to leave").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, distinct
from ..emit import Emitter
from ..syntax import children, prep_objects, subjects_of, to_infinitive

__all__ = ["addressees", "directive"]


def addressees(tok: Token) -> list[Token]:
    """Who a "for X to do" clause on ``tok`` asks to act: "for Japan to leave" -> Japan."""
    out = [
        s
        for c in children(tok, "advcl", "ccomp", "acl", "xcomp")
        if to_infinitive(c) and any(m.lower_ == "for" for m in children(c, "mark"))
        for s in children(c, "nsubj")
    ]
    out += [
        o for o in prep_objects(tok, ("for",)) if any(to_infinitive(a) for a in children(o, "acl"))
    ]
    return out


def directive(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "China called for Japan to withdraw": a request of the subject of the "for" clause."""
    request = [e for e in entries if e.relation is Relation.REQUEST]
    if not request or tok.pos_ not in ("VERB", "NOUN"):
        return []
    found = addressees(tok)
    if not found:
        return []
    if tok.pos_ == "VERB":
        speakers = subjects_of(tok, em.g.control)
    else:
        gov = em.g.light(tok)
        speakers = children(tok, "poss") or (subjects_of(gov, em.g.control) if gov else [])
    sources = distinct(em.r.resolve(speakers, ctx, owner=False))
    ids = {a.actor for a in sources}
    targets = [a for a in distinct(em.r.resolve(found, ctx, owner=False)) if a.actor not in ids]
    pairs = [(s, t, "directed") for s in sources for t in targets]
    return em.triples(request[0], tok, sent, ctx, pairs, None) if pairs else []
