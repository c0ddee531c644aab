"""Relations that the construction around a trigger implies besides its own.

A commitment, vow or refusal governing an act states agreement, a threat or a rejection by itself
("offered to hand over the suspects to Britain", "vowed to strike Israel", "refuses to recognise
Kosovo"); an ultimatum threatens ("will withdraw its force unless ..."); preparing an attack
mobilizes.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived, stated
from ..grammar import Grammar
from ..syntax import children


def implied(em: Emitter, hit: Hit) -> list[Triple]:
    """Relations a construction implies besides the trigger's own.

    - an ultimatum: "Nigeria will withdraw its force from Chad unless ..." -> threaten;
    - preparing an attack: "the army prepared to resume shelling" -> mobilize;
    - a commitment to a cooperative act: "Libya offered to hand over the suspects to
      Britain", "Syria is willing to withdraw from Lebanon" -> agree;
    - a vow of a hostile act: "vowed to strike Israel" -> threaten;
    - a refusal of a cooperative act: "Serbia refuses to recognise Kosovo" -> reject.
    """
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    directed = [p for p in pairs if p[2] == "directed"]
    stance = governor_stance(em.g, entry, tok) if directed else None
    if stance is not None:
        relation, anchor = stance
        implied = derived(
            entry, relation, anchor, 0.8, f"{anchor.lemma_} to {entry.relation.value}"
        )
        return em.triples(implied, anchor, sent, ctx, directed, None)
    if not directed or tok.pos_ != "VERB":
        return []
    clause = tok.head if tok.dep_ == "xcomp" else tok
    hostile = entry.relation.value in em.g.lex.words("hostile_relations")
    marks = ("unless", "if") if hostile and em.g.promised(tok) else ("unless",)
    unless = [
        a
        for c in (tok, clause)
        for a in children(c, "advcl")
        if any(m.lower_ in marks for m in children(a, "mark"))
    ]
    relation: Relation | None = None
    if unless and entry.relation is not Relation.THREATEN:
        relation, anchor = Relation.THREATEN, tok
    elif entry.relation is Relation.ASSAULT:
        anchor = next(
            (
                g
                for g in (tok.head, tok.head.head)
                if g.lemma_.lower() in em.g.lex.words("preparation_verbs")
            ),
            None,
        )
        if anchor is not None and tok.dep_ in ("xcomp", "dobj"):
            relation = Relation.MOBILIZE
    if relation is None:
        return []
    implied = derived(entry, relation, anchor, 0.8, f"implied by {entry.relation.value}")
    made = em.triples(implied, anchor, sent, ctx, directed, None)
    if relation is Relation.THREATEN:  # the threat itself is stated, whatever the action's mood
        made = [stated(t) for t in made]
    return made


def governor_stance(g: Grammar, entry: Entry, tok: Token) -> tuple[Relation, Token] | None:
    """The relation a governor of an action states by itself, with the governor token.

    The governor's lemma (``commitment_governors``, ``vow_governors``,
    ``refusal_governors``) and the kind of the embedded action (``committed_relations``,
    ``cooperative_relations``, ``vowed_threats``: a vow to arm oneself threatens nobody)
    decide, as listed in the lexicon's word lists.
    """
    action = g.light(tok) if tok.pos_ == "NOUN" else tok
    if action is None or action.dep_ != "xcomp":  # "promised to continue aid to Libya"
        return None
    if children(action, "neg"):  # "vowed not to return the Golan Heights to Syria"
        return None
    gov = action.head
    if gov.dep_ == "xcomp" and gov.lemma_.lower() in g.cues.lists["presupposing_governors"]:
        gov = gov.head  # "pledged to keep supplying fuel"
    lemma = gov.lemma_.lower()
    kind = entry.relation.value
    if kind in g.lex.words("committed_relations"):  # not "willing to sign a deal"
        if lemma in g.lex.words("commitment_governors"):
            return Relation.AGREE, gov
    if kind in g.lex.words("cooperative_relations"):
        if lemma in g.lex.words("refusal_governors"):
            return Relation.REJECT, gov
    if kind in g.lex.words("vowed_threats") and lemma in g.lex.words("vow_governors"):
        return Relation.THREATEN, gov
    return None
