"""Eased penalties: ending or reducing a penalty concedes to whom it targets.

"an easing of sanctions on Belarus", "the lifting of the embargo against Cuba", "a reduction in
tariffs on Chinese goods", "sanctions relief for Iran", "relief from sanctions": a penalty noun (a
noun the lexicon reads as a sanction) that a noun of easing (``easing_nouns`` of
``data/relations/constructions.json``) governs through "of", "in", "from" or "to", or that modifies
one ("sanctions relief", "tariff cuts", "an end to the embargo"), names the penalty's end: a
concession (PLOVER CONCEDE, CAMEO 085 "ease economic sanctions, boycott, embargo"), as the verbs of
easing say it ("eased sanctions on X", "reduced its tariffs on X": ``lexicon.json``). The penalty
itself is not what is stated, nor is the easing aid when a verb of giving takes it as its object
("offered sanctions relief to X").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import Relation
from ..grammar import Grammar
from ..syntax import children

__all__ = ["eased_penalty"]

#: the prepositions by which a noun of easing governs the penalty eased
_EASED_PREPS = frozenset({"of", "in", "from", "to"})


def _penalty(g: Grammar, tok: Token) -> bool:
    """``tok`` is a noun the lexicon reads as a sanction ("sanctions", "embargo", "tariffs")."""
    return tok.pos_ == "NOUN" and any(
        e.relation is Relation.SANCTION for e in g.lex.lookup("NOUN", tok.lemma_.lower())
    )


def _easing_head(g: Grammar, tok: Token) -> bool:
    """``tok`` (or the first conjunct it is coordinated with) is eased by the noun governing it:
    "the lifting of sanctions", "a reduction in tariffs", "relief from sanctions", "sanctions
    relief"."""
    while tok.dep_ == "conj":
        tok = tok.head
    easing = g.construction_words("easing_nouns")
    if tok.dep_ == "compound":
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in _EASED_PREPS:
        head = tok.head.head
    else:
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in easing


def _names_penalty(g: Grammar, tok: Token) -> bool:
    """An "of", "in", "from" or "to" phrase of ``tok`` names a penalty."""
    return any(
        prep.lower_ in _EASED_PREPS and any(_penalty(g, o) for o in children(prep, "pobj"))
        for prep in children(tok, "prep")
    )


def _eases(g: Grammar, tok: Token) -> bool:
    """``tok`` is a noun of easing whose penalty is named by a modifier or an "of", "in",
    "from" or "to" phrase ("sanctions relief", "relief from sanctions")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in g.construction_words("easing_nouns"):
        return False
    return any(_penalty(g, c) for c in children(tok, "compound")) or _names_penalty(g, tok)


def _gives_easing(g: Grammar, verb: Token) -> bool:
    """The verb's object is a noun of easing a penalty, the penalty named on the object or, where
    the parser hung the phrase on the verb, on the verb ("offered X relief from sanctions")."""
    for obj in children(verb, "dobj"):
        if _eases(g, obj):
            return True
        easing = obj.pos_ == "NOUN" and obj.lemma_.lower() in g.construction_words("easing_nouns")
        if easing and _names_penalty(g, verb):
            return True
    return False


def eased_penalty(g: Grammar, entry: Entry, tok: Token) -> Entry:
    """``entry`` as a concession when the noun ``tok`` names a penalty eased ("the lifting of
    sanctions on X") or the easing of one ("sanctions relief to X"), or when the verb ``tok``
    gives such an easing ("offered sanctions relief to X"); else ``entry`` unchanged."""
    if entry.relation is Relation.CONCEDE:
        return entry
    if tok.pos_ == "VERB":
        if entry.objects is None or not _gives_easing(g, tok):
            return entry
    elif tok.pos_ != "NOUN":
        return entry
    elif entry.relation is Relation.SANCTION:
        if not (_penalty(g, tok) and _easing_head(g, tok)):
            return entry
    elif not _eases(g, tok):
        return entry
    return replace(entry, relation=Relation.CONCEDE, origin=entry.origin + " (eased penalty)")
