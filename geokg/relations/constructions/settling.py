"""Working towards a settlement is no cooperation: "agreed to work on resolving their
differences", "will work towards a peaceful solution", "pledged to work to end the conflict".

A verb of effort (``effort_verbs`` of ``data/relations/constructions.json``: "work") is a
cooperation verb of the lexicon ("A and B work together", "work with Y on energy projects"), but
when what the actors work at is settling their relations, a settlement noun or an agreement
("work towards a deal", "on a solution": ``settlement_nouns`` and the lexicon's ``deal_nouns``) or
an act of settling ("work on resolving suspicions", "work to ease tensions": ``settling_verbs``),
the effort is diplomatic, not the material cooperation PLOVER COOPERATE codes (trade, arms,
exercises, investment). Its cooperation triples are dropped; the goal keeps its own reading
("work towards a deal" still wishes for the deal, "working on an agreement with Y" still consults
Y: :mod:`.negotiation`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter
from ..syntax import children, to_infinitive

__all__ = ["settling_work"]

#: the prepositions of what an effort is at ("work on", "work towards")
_GOAL_PREPS = frozenset({"on", "toward", "towards", "for"})


def _settles(em: Emitter, work: Token) -> bool:
    """``work`` is at settling relations: its "on"/"towards" phrase names a settlement or the
    act of settling, or its infinitive is one ("work to resolve")."""
    goals = em.g.construction_words("settlement_nouns") | em.g.words("deal_nouns")
    settling = em.g.construction_words("settling_verbs")
    for prep in children(work, "prep"):
        if prep.lower_ not in _GOAL_PREPS:
            continue
        for obj in children(prep, "pobj"):
            if obj.lemma_.lower() in goals:
                return True
        for act in children(prep, "pcomp"):
            if act.lemma_.lower() in settling:
                return True
    return any(
        c.lemma_.lower() in settling and to_infinitive(c) for c in children(work, "xcomp", "advcl")
    )


def settling_work(em: Emitter, hit: Hit, triples: list[Triple]) -> list[Triple] | None:
    """``triples`` without their cooperation when the cooperation verb is an effort at settling
    relations; None (unchanged) otherwise."""
    tok = hit.tok
    if hit.entry.relation is not Relation.COOPERATE or tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() not in em.g.construction_words("effort_verbs") or not _settles(em, tok):
        return None
    return [t for t in triples if t.relation is not Relation.COOPERATE]
