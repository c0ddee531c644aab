"""Relations that the construction around a trigger implies besides its own.

A commitment, vow or refusal governing an act states agreement, a threat or a rejection by itself
("offered to hand over the suspects to Britain", "vowed to strike Israel", "refuses to recognise
Kosovo", "ruled out lifting sanctions on Iran"). An ultimatum (:mod:`.ultimatum`) and preparing
an attack (:mod:`.preparation`) rewrite the act's own triples instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived
from ..grammar import Grammar
from ..syntax import children
from .exclusion import excluder


def implied(em: Emitter, hit: Hit) -> list[Triple]:
    """Relations a construction implies besides the trigger's own.

    - a commitment to a cooperative act: "Libya offered to hand over the suspects to
      Britain", "Syria is willing to withdraw from Lebanon" -> agree;
    - a vow of a hostile act: "vowed to strike Israel" -> threaten;
    - a refusal of a cooperative act: "Serbia refuses to recognise Kosovo" -> reject, also
      by excluding it: "Britain ruled out lifting sanctions on Iran" -> reject.
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
    return []


def governor_stance(g: Grammar, entry: Entry, tok: Token) -> tuple[Relation, Token] | None:
    """The relation a governor of an action states by itself, with the governor token.

    The governor's lemma (``commitment_governors``, ``vow_governors``,
    ``refusal_governors``) and the kind of the embedded action (``committed_relations``,
    ``cooperative_relations``, ``vowed_threats``: a vow to arm oneself threatens nobody)
    decide, as listed in the lexicon's word lists.
    """
    if entry.relation.value in g.lex.words("cooperative_relations"):
        # "ruled out lifting sanctions on Y", "ruled out talks with Y": excluding a cooperative
        # act refuses it (CAMEO 124x, 125: PLOVER REJECT), as "refused to" does
        excluding = excluder(g.cues.lists["exclusion_governors"], tok)
        if excluding is not None:
            return Relation.REJECT, excluding
    action = g.light(tok) if tok.pos_ == "NOUN" else tok
    if action is None or action.dep_ != "xcomp":  # "promised to continue aid to Libya"
        return None
    if children(action, "neg"):  # "vowed not to return the Golan Heights to Syria"
        return None
    if action.lemma_.lower() in g.cues.lists["exclusion_governors"]:
        return None  # "refused to rule out talks with Y" rejects nothing (:mod:`.exclusion`)
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
