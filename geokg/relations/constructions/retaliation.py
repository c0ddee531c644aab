"""A counter-attack with no object strikes whoever attacked: "X overran the post, but Y
counterattacked".

A verb of striking back (``retaliation_verbs`` of ``data/relations/constructions.json``:
"counterattack", "retaliate", and "fight", "strike", "hit" with "back") names no target when the
act it answers is told in the clause it is coordinated with: "Hamas fighters overran the post,
but Israeli troops counterattacked", "Russia shelled the town and Ukraine struck back". The
answered clause's subject is the target of the counter-attack (an assault), when both subjects
are actors and differ. Without such a clause ("Ukraine retaliated") nothing is stated.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, Pair, distinct
from ..emit import Emitter
from ..syntax import children, subjects_of

__all__ = ["retaliation"]

#: the adverb or particle that makes "fight", "strike", "hit" a verb of striking back
_BACK = "back"


def _strikes_back(words: frozenset[str], verb: Token) -> bool:
    """``verb`` is a verb of striking back: a listed lemma, or lemma + "back" ("fought back")."""
    lemma = verb.lemma_.lower()
    if lemma in words:
        return True
    back = any(c.lower_ == _BACK and c.dep_ in ("prt", "advmod") for c in verb.children)
    return back and f"{lemma}_{_BACK}" in words


def retaliation(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """The assault a target-less verb of striking back states on the subject of the clause it
    is coordinated with ("..., but the Kenyans counterattacked")."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return []
    assault = [e for e in entries if e.relation is Relation.ASSAULT]
    if not assault:
        return []
    if children(tok, "dobj") or not _strikes_back(em.g.construction_words("retaliation_verbs"), tok):
        return []
    answered = tok.head
    if answered.pos_ != "VERB":
        return []
    agents = distinct(em.r.resolve(subjects_of(tok, em.g.control), ctx, owner=False))
    attackers = distinct(em.r.resolve(subjects_of(answered, em.g.control), ctx, owner=False))
    pairs: list[Pair] = [
        (a, b, "directed") for a in agents for b in attackers if a.actor != b.actor
    ]
    if not pairs:
        return []
    return em.triples(assault[0], tok, sent, ctx, pairs, None)
