"""Warning of harm to one's own ties with another: "warned the row could hurt trade with Y".

A warning (``warning_verbs``) whose reported clause says that something could harm (``harm_verbs``
in ``data/relations/constructions.json``) the ties, trade or cooperation between the speaker's
side and another actor is a warning of consequences to that actor, a threat in the guidelines'
sense ("warned that the dispute could affect trade between China and Japan", said by China). The
ties are named by "between A and B" (one of them the speaker's side), or by "with Y" (the
speaker's own ties). A third party warning about the ties of two others threatens neither.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Arg, Context, distinct
from ..emit import Emitter, stated
from ..syntax import children, objects_of, prep_objects, subjects_of

__all__ = ["harmed_ties", "warned_harm"]


def harmed_ties(g_with_nouns: frozenset[str], harm: Token) -> tuple[list[Token], list[Token]]:
    """The two kinds of sides of the ties a harm verb harms: ("between A and B" sides, "with Y"
    counterparts)."""
    between: list[Token] = []
    withs: list[Token] = []
    for obj in objects_of(harm):
        if obj.lemma_.lower() not in g_with_nouns:
            continue
        between += prep_objects(obj, ("between",))
        withs += prep_objects(obj, ("with",)) or prep_objects(harm, ("with",))
    return between, withs


def _own(ctx: Context, arg: Arg) -> set[str]:
    """The ids that are the speaker's own side: itself and the state it acts for."""
    actor = ctx.actors.get(arg.actor)
    return {arg.actor, actor.country_level} if actor is not None else {arg.actor}


def warned_harm(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "Turkey warned the row would damage relations with Greece": Turkey threatens Greece."""
    threat = [e for e in entries if e.relation is Relation.THREATEN]
    if not threat or tok.pos_ != "VERB":
        return []
    if tok.lemma_.lower() not in em.g.lex.words("warning_verbs"):
        return []
    harms = [
        c
        for c in children(tok, "ccomp")
        if c.lemma_.lower() in em.g.construction_words("harm_verbs")
    ]
    if not harms:
        return []
    speakers = distinct(em.r.resolve(subjects_of(tok, em.g.control), ctx, owner=False))
    pairs = []
    for harm in harms:
        between, withs = harmed_ties(em.g.with_nouns, harm)
        sides = distinct(em.r.resolve(between, ctx, owner=False))
        counterparts = distinct(em.r.resolve(withs, ctx, owner=False))
        for s in speakers:
            own = _own(ctx, s)
            if any(a.actor in own for a in sides):  # "trade between China and Japan", by China
                pairs += [(s, a, "directed") for a in sides if a.actor not in own]
            pairs += [(s, a, "directed") for a in counterparts if a.actor not in own]
    if not pairs:
        return []
    return [stated(t) for t in em.triples(threat[0], tok, sent, ctx, pairs, None)]
