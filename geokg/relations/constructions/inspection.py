"""Inspection missions: people sent to a state in order to investigate there inspect it.

"The UN sent a team to Libya to investigate the killings", "the agency dispatched experts to Iraq
to inspect the sites": a sending verb of the aid lexicon (``purpose_aid_verbs``) whose purpose
clause is an act of investigating (``investigating_verbs`` of ``data/relations/constructions.json``)
sends investigators, PLOVER INVESTIGATE (our ``accuse``), toward the same destination; the
sending is no aid. Sending for any other purpose stays what its entry says ("sent doctors to
Haiti to help the victims" is aid).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import Relation
from ..grammar import Grammar
from ..syntax import children, to_infinitive

__all__ = ["inspection_mission"]


def inspection_mission(g: Grammar, entry: Entry, tok: Token) -> Entry:
    """``entry`` as an investigation (accuse) when ``tok`` sends in order to investigate; else
    ``entry`` unchanged."""
    if entry.relation is not Relation.AID or tok.pos_ != "VERB":
        return entry
    if tok.lemma_.lower() not in g.words("purpose_aid_verbs"):
        return entry
    purposes = g.construction_words("investigating_verbs")
    for clause in children(tok, "advcl", "xcomp"):
        if clause.lemma_.lower() in purposes and to_infinitive(clause):
            return replace(
                entry,
                relation=Relation.ACCUSE,
                origin=entry.origin + " (inspection mission)",
            )
    return entry
