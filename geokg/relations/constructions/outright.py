"""An act said to be out of the question is refused: "US officials said that lifting the
sanctions on Burma is out of the question", "Britain said talks with Iran were off the table".

A cooperative act (``cooperative_relations`` of the lexicon) that is the subject of "be" with a
phrase of exclusion (``exclusion_phrases`` of ``data/relations/constructions.json``) is excluded
outright; whoever says so (the subject of the verb the clause reports to) rejects the act's
target, as "ruled out lifting sanctions on Y" does (CAMEO 1244, 125: PLOVER REJECT). The act
itself has no agent to state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, distinct
from ..emit import Emitter, derived
from ..syntax import children, prep_objects, subjects_of

__all__ = ["outright"]

#: the prepositions naming an excluded act's target, besides the entry's own
_TARGET_PREPS = ("on", "to", "with", "for", "against")


def _excluding_copula(em: Emitter, act: Token) -> Token | None:
    """The "be" whose subject ``act`` is and which a phrase of exclusion completes ("is out of
    the question"), if any."""
    if act.dep_ not in ("csubj", "nsubj"):
        return None
    be = act.head
    if be.lemma_.lower() != "be" or be.i == act.i:
        return None
    phrases = em.g.construction_words("exclusion_phrases")
    doc = be.doc
    for child in be.rights:
        if child.dep_ == "prep" and doc[child.i : child.right_edge.i + 1].text.lower() in phrases:
            return be
    return None


def outright(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "X said lifting the sanctions on Y is out of the question": X rejects Y."""
    cooperative = em.g.lex.words("cooperative_relations")
    entry = next((e for e in entries if e.relation.value in cooperative), None)
    if entry is None:
        return []
    be = _excluding_copula(em, tok)
    if be is None or be.dep_ != "ccomp" or be.head.i == be.i:
        return []
    speakers = distinct(em.r.resolve(subjects_of(be.head, em.g.control), ctx, owner=False))
    if not speakers:
        return []
    preps = tuple(entry.preps) + _TARGET_PREPS
    hosts = [tok, *children(tok, "dobj")] if tok.pos_ == "VERB" else [tok]
    found = [p for h in hosts for p in prep_objects(h, preps)]
    ids = {a.actor for a in speakers}
    targets = [a for a in distinct(em.r.resolve(found, ctx, owner=True)) if a.actor not in ids]
    pairs = [(s, t, "directed") for s in speakers for t in targets]
    if not pairs:
        return []
    made = derived(entry, Relation.REJECT, be, 0.8, "excluded outright")
    return em.triples(made, be, sent, ctx, pairs, None)
