"""The sides of a tension its frame did not find: the claimants of what it is over, the speaker.

"tensions over the islands claimed by both A and B" is between the claimants; "X said the
dispute with Y would be settled" is between the speaker and Y.

A tension noun whose frame finds no sides ("tensions over the islands ...", "tensions rose over
the reef that both A and B claim") names them through what it is over: the actors that claim or
dispute that thing (``claim_verbs`` in ``data/relations/constructions.json``), as the by-agents of
a participle or the subjects of a clause on it; a participle with a by-agent right after the thing
is on it even where the parser hung it on another verb ("claimed both by A and B"). Two or more claimants are the two sides.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, distinct, mutual
from ..emit import Emitter
from ..syntax import by_agents, children, prep_objects, subjects_of

__all__ = ["claimants", "contested", "spoken_dispute"]


def claimants(claim_verbs: frozenset[str], thing: Token) -> list[Token]:
    """Who claims ``thing``: "islands claimed by A and B", "the reef that A and B claim"."""
    out: list[Token] = []
    for clause in children(thing, "acl", "relcl", "ccomp"):
        if clause.lemma_.lower() not in claim_verbs:
            continue
        out += by_agents(clause) if clause.tag_ == "VBN" else children(clause, "nsubj")
    detached = _detached(claim_verbs, thing)
    return out + by_agents(detached) if detached is not None else out


def _detached(claim_verbs: frozenset[str], thing: Token) -> Token | None:
    """A claim verb with a by-agent right after ``thing`` that the parser hung elsewhere: a
    reduced relative on ``thing`` all the same ("the archipelago claimed both by A and B", where
    "both" makes the parser attach "claimed" to the main verb)."""
    after = thing.right_edge.i + 1
    if after >= len(thing.doc):
        return None
    verb = thing.doc[after]
    if verb.head.i == thing.i or verb.lemma_.lower() not in claim_verbs:
        return None
    return verb if by_agents(verb) else None


def contested(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "Tensions over the islands claimed by both China and Japan": tension between the
    claimants of what the tension is over."""
    tension = [e for e in entries if e.relation is Relation.TENSION]
    if not tension or tok.pos_ != "NOUN":
        return []
    things = prep_objects(tok, ("over",))
    if not things and tok.dep_ in ("nsubj", "dobj"):  # "tensions rose over", "heightened ... over"
        things = prep_objects(tok.head, ("over",))
    if not things:
        return []
    verbs = em.g.construction_words("claim_verbs")
    sides = distinct(em.r.resolve([c for t in things for c in claimants(verbs, t)], ctx, False))
    if len(sides) < 2:
        return []
    return em.triples(tension[0], tok, sent, ctx, mutual(sides), None)


def spoken_dispute(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "Ethiopia said the dispute with Egypt would be settled": a tension with Y that the
    speaker reports without naming its own side is the speaker's ("the dispute with X", the
    subject's side)."""
    tension = [e for e in entries if e.relation is Relation.TENSION]
    if not tension or tok.pos_ != "NOUN" or children(tok, "poss"):
        return []
    others = prep_objects(tok, ("with",))
    if not others or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or not em.g.cues.has("speech_verbs", speech.lemma_.lower()):
        return []
    speakers = distinct(em.r.resolve(subjects_of(speech, em.g.control), ctx, owner=False))
    ids = {a.actor for a in speakers}
    sides = [a for a in distinct(em.r.resolve(others, ctx, owner=False)) if a.actor not in ids]
    pairs = [p for s in speakers for o in sides for p in mutual([s, o])]
    return em.triples(tension[0], tok, sent, ctx, pairs, None) if pairs else []
