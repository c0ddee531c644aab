"""Comitatives: "AU troops, together with Somali forces, attacked X" makes both forces agents.

A comitative phrase on a trigger's subject or on the trigger itself names a second agent of the
same act: "together with Y", "along with Y", "alongside Y", "jointly with Y" and "in
cooperation/coordination with Y" (the word lists ``comitative_adverbs``, ``comitative_preps`` and
``comitative_nouns`` of ``data/relations/constructions.json``). The second agent gets the
trigger's relation to each of its targets; and where the act is material (a
``joint_action_relations`` relation: fighting, sending aid, withdrawing ...), acting together is
cooperation between the agents, stated even when the act's own target is not an actor
("... pushed the militants out of the cities"). A joint statement ("Britain, together with
France, condemned Iran") shares the act but is no material cooperation. The same adverb on the
verb of a coordinated subject, with no partner after it ("Kenyan and Ugandan troops jointly
attacked X", "A and B together sent aid to Y"), makes the conjuncts partners of each other.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, RelationKind, Triple
from ..context import Arg, Context, Hit, distinct, mutual
from ..emit import Emitter, derived
from ..grammar import Grammar
from ..syntax import children, prep_objects, subjects_of

__all__ = ["comitative", "comitative_alone", "comitatives", "jointly"]


@lru_cache(maxsize=8)
def _markers(g: Grammar) -> frozenset[str]:
    """The words one of which every comitative phrase holds: "with" or a comitative preposition
    ("together with", "along with", "in cooperation with", "alongside")."""
    return g.construction_words("comitative_preps") | {"with"}


def comitatives_in(g: Grammar, verb: Token, sent: Span, ctx: Context) -> list[Token]:
    """:func:`comitatives` of a verb of ``sent``, which has none without one of its
    :func:`_markers` (a parse stays within its sentence): those are looked for first."""
    return comitatives(g, verb) if ctx.sentence_holds(sent, _markers(g)) else []


def comitatives(g: Grammar, verb: Token) -> list[Token]:
    """The objects of the comitative phrases on ``verb`` or on its subjects."""
    adverbs = g.construction_words("comitative_adverbs")
    preps = g.construction_words("comitative_preps")
    nouns = g.construction_words("comitative_nouns")
    verb_adverb = any(a.lower_ in adverbs for a in children(verb, "advmod"))
    out: list[Token] = []
    heads = [verb, *subjects_of(verb, g.control)]
    # a phrase set off by commas may hang on a comma ("AU troops, together with ..., pushed")
    heads += [p for h in list(heads) for p in children(h, "punct") if p.lower_ == ","]
    for head in heads:
        for c in head.children:
            word = c.lower_
            if c.dep_ == "prep" and word in preps:  # "alongside Y"
                out += children(c, "pobj")
            elif c.dep_ == "prep" and word == "with":  # "together with Y", "fought together with"
                if (verb_adverb and head is verb) or any(
                    a.lower_ in adverbs for a in children(c, "advmod")
                ):
                    out += children(c, "pobj")
            elif c.dep_ in ("advmod", "prep") and word in adverbs:  # "along with Y"
                out += prep_objects(c, ("with",))
            elif c.dep_ == "prep" and word == "in":  # "in cooperation with Y"
                out += [
                    p
                    for n in children(c, "pobj")
                    if n.lemma_.lower() in nouns
                    for p in prep_objects(n, ("with",))
                ]
    return out


def jointly(g: Grammar, verb: Token) -> bool:
    """An adverb of joint action on ``verb`` itself ("jointly attacked", "together sent")."""
    adverbs = g.construction_words("comitative_adverbs")
    return any(a.lower_ in adverbs for a in children(verb, "advmod"))


def _partners(em: Emitter, toks: list[Token], ctx: Context, agents: list[Arg]) -> list[Arg]:
    """The actors of the comitative phrases that are not agents already."""
    ids = {a.actor for a in agents}
    return [a for a in distinct(em.r.resolve(toks, ctx, owner=False)) if a.actor not in ids]


def _cooperation(
    em: Emitter,
    entry: Entry,
    tok: Token,
    sent: Span,
    ctx: Context,
    agents: list[Arg],
    partners: list[Arg] | None,
) -> list[Triple]:
    """Acting together materially is cooperation between each agent and each partner (between
    the agents themselves when ``partners`` is None: "A and B jointly attacked X")."""
    if entry.relation.value not in em.g.construction_words("joint_action_relations"):
        return []
    if partners is None:
        pairs = mutual(agents) if jointly(em.g, tok) else []
    else:
        pairs = [p for a in agents for b in partners for p in mutual([a, b])]
    together = derived(entry, Relation.COOPERATE, tok, 0.85, f"together {entry.relation.value}")
    return em.triples(together, tok, sent, ctx, pairs, None) if pairs else []


def comitative(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Kenyan troops, together with Ugandan forces, attacked X": the partner does the act too,
    and a material act done together is cooperation between the agents."""
    entry, tok, directed = hit.entry, hit.tok, hit.directed
    if not directed or tok.pos_ != "VERB" or entry.relation.kind is RelationKind.DURABLE:
        return []
    toks = comitatives_in(em.g, tok, hit.sent, hit.ctx)
    agents = distinct([s for s, _, _ in directed])
    if not toks:  # "A and B jointly attacked X": partners of each other
        return _cooperation(em, entry, tok, hit.sent, hit.ctx, agents, None)
    partners = _partners(em, toks, hit.ctx, agents)
    targets = distinct([t for _, t, _ in directed])
    shared = [(p, t, "directed") for p in partners for t in targets if p.actor != t.actor]
    out = em.triples(entry, tok, hit.sent, hit.ctx, shared, None) if shared else []
    return out + _cooperation(em, entry, tok, hit.sent, hit.ctx, agents, partners)


def comitative_alone(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "AU troops, together with Somali forces, pushed the militants out": a material act whose
    target is no actor still states that its agents acted together."""
    joint = em.g.construction_words("joint_action_relations")
    material = [e for e in entries if e.relation.value in joint]
    if not material or tok.pos_ != "VERB":
        return []
    toks = comitatives_in(em.g, tok, sent, ctx)
    agents = distinct(em.r.resolve(subjects_of(tok, em.g.control), ctx, owner=False))
    if not toks:  # "A and B jointly pushed the militants out"
        return _cooperation(em, material[0], tok, sent, ctx, agents, None)
    partners = _partners(em, toks, ctx, agents)
    return _cooperation(em, material[0], tok, sent, ctx, agents, partners)
