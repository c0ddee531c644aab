"""Distributive subjects: "A, B and C are sending envoys to the talks" relates no pair of them.

A mutual noun trigger ("talks", "meetings", "summit") relates the conjuncts of the subject of the
verb it depends on when they take part in it together ("A and B held talks"). When that verb
sends something else to the event ("sent representatives to the meetings": a verb of
``distributive_governors`` in ``data/relations/constructions.json`` whose direct object is not
the event), each conjunct acts on its own: the pairs made of the conjuncts alone are dropped.
So for a verb of a mutual frame that names no other side and is done by each conjunct on its
own (``distributive_predicates``: "A and B ratified the protocol", "invested in Africa",
"visited the site"). Reciprocal predicates ("met", "agreed", "signed", "clashed", "talked") keep
relating their conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ..context import Pair
from ..grammar import Grammar
from ..syntax import children

__all__ = ["distributive"]


def distributive(g: Grammar, entry: Entry, tok: Token, pairs: list[Pair]) -> list[Pair]:
    """``pairs`` without the conjunct-only pairs of a distributive verb, or of a noun trigger
    governed by a sending verb."""
    if not pairs or any(shape != "mutual" for _, _, shape in pairs):
        return pairs
    if tok.pos_ == "VERB":  # "A and B ratified the protocol": each did
        each = tok.lemma_.lower() in g.construction_words("distributive_predicates")
        return [] if each else pairs
    if tok.pos_ != "NOUN":
        return pairs
    gov = g.light(tok)
    if gov is None or gov.lemma_.lower() not in g.construction_words("distributive_governors"):
        return pairs
    host = g.host(tok)
    if any(o.i == host.i for o in children(gov, "dobj")):  # "sent a delegation" is the trigger
        return pairs
    return []
