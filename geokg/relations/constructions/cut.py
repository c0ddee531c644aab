"""Ending an act states a relation of its own: cutting aid or cooperation is a sanction
("suspended military aid to Bosnia"), halting an attack is a retreat ("halted its air strikes
on Gaza": de-escalation, PLOVER RETREAT; CAMEO 0871 "HALT * ATTACKS", 087 "STOP * SHELL").
The ended act keeps its own reading (``modality.json``: "stop bombing Kyiv" presupposes it)."""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived


def _ending(em: Emitter, hit: Hit, words: str) -> Token | None:
    """The verb of the word list ``words`` that ends the trigger's act: the verb a noun
    trigger is the object of, or whose complement a verb trigger is ("stopped shelling")."""
    tok = hit.tok
    gov = em.g.light(tok) if tok.pos_ == "NOUN" else (tok.head if tok.dep_ == "xcomp" else None)
    if gov is None or gov.lemma_.lower() not in em.g.lex.words(words):
        return None
    return gov


def cut(em: Emitter, hit: Hit) -> list[Triple]:
    """ "The US suspended military aid to Bosnia": cutting aid or cooperation is a sanction."""
    entry, sent, ctx, pairs = hit.entry, hit.sent, hit.ctx, hit.pairs
    if entry.relation not in (Relation.AID, Relation.COOPERATE, Relation.CONSULT):
        return []
    gov = _ending(em, hit, "cut_verbs")
    directed = [p for p in pairs if p[2] == "directed"]
    if gov is None or not directed:
        return []
    made = derived(entry, Relation.SANCTION, gov, 0.9, "cut " + entry.relation.value)
    return em.triples(made, gov, sent, ctx, directed, None)


def halted(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Israel halted its air strikes on Gaza", "Russia stopped shelling Ukrainian towns":
    halting an attack retreats from its target (``halt_verbs``)."""
    entry, sent, ctx, pairs = hit.entry, hit.sent, hit.ctx, hit.pairs
    if entry.relation is not Relation.ASSAULT:
        return []
    gov = _ending(em, hit, "halt_verbs")
    directed = [p for p in pairs if p[2] == "directed"]
    if gov is None or not directed:
        return []
    made = derived(entry, Relation.RETREAT, gov, 0.9, "halted assault")
    return em.triples(made, gov, sent, ctx, directed, None)
