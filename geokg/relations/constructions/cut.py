"""Ending an act states a relation of its own: cutting aid or cooperation is a sanction
("suspended military aid to Bosnia"), halting an attack is a retreat ("halted its air strikes
on Gaza": de-escalation, PLOVER RETREAT; CAMEO 0871 "HALT * ATTACKS", 087 "STOP * SHELL").
The ended act keeps its own reading (``modality.json``: "stop bombing Kyiv" presupposes it)."""

from __future__ import annotations

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived


def _ended(em: Emitter, hit: Hit, words: str, relation: Relation, origin: str) -> list[Triple]:
    """``relation`` between the trigger's directed pairs when a verb of the word list ``words``
    ends its act: the verb a noun trigger is the object of, or whose complement a verb trigger
    is ("stopped shelling")."""
    tok = hit.tok
    gov = em.g.light(tok) if tok.pos_ == "NOUN" else (tok.head if tok.dep_ == "xcomp" else None)
    if gov is None or gov.lemma_.lower() not in em.g.lex.words(words):
        return []
    directed = hit.directed
    if not directed:
        return []
    made = derived(hit.entry, relation, gov, 0.9, origin)
    return em.triples(made, gov, hit.sent, hit.ctx, directed, None)


def cut(em: Emitter, hit: Hit) -> list[Triple]:
    """ "The US suspended military aid to Bosnia": cutting aid or cooperation is a sanction."""
    relation = hit.entry.relation
    if relation not in (Relation.AID, Relation.COOPERATE, Relation.CONSULT):
        return []
    return _ended(em, hit, "cut_verbs", Relation.SANCTION, "cut " + relation.value)


def halted(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Israel halted its air strikes on Gaza", "Russia stopped shelling Ukrainian towns":
    halting an attack retreats from its target (``halt_verbs``)."""
    if hit.entry.relation is not Relation.ASSAULT:
        return []
    return _ended(em, hit, "halt_verbs", Relation.RETREAT, "halted assault")
