"""Distributive subjects: "A, B and C are sending envoys to the talks" relates no pair of them.

A mutual noun trigger ("talks", "meetings", "summit") relates the conjuncts of the subject of the
verb it depends on when they take part in it together ("A and B held talks"). When that verb
sends something else to the event ("sent representatives to the meetings": a verb of
``distributive_governors`` in ``data/relations/constructions.json`` whose direct object is not
the event), each conjunct acts on its own: the pairs made of the conjuncts alone are dropped.
So for a verb of a mutual frame that names no other side and is done by each conjunct on its
own (``distributive_predicates``: "A and B ratified the protocol", "invested in Africa",
"visited the site"). Reciprocal predicates ("met", "agreed", "signed", "clashed", "talked") keep
relating their conjuncts. A noun trigger takes its conjuncts together only in the collective
reading of its verb's subject ("A and B unveiled a joint plan", "held talks"): a floating
quantifier or adverb (``distributive_quantifiers``: "A and B each announced a plan", "both held
talks", "separately launched inquiries") makes each conjunct act on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ..context import Pair
from ..grammar import Grammar
from ..syntax import children

__all__ = ["distributive", "each_on_its_own"]

#: dependencies by which a floating quantifier hangs on a subject or its verb ("A and B each",
#: "have each announced", "separately launched"); "both A and B" (det, preconj) is no such word
_FLOATING = ("appos", "advmod", "dep", "npadvmod")


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
    if any(each_on_its_own(g, a.token) for s, t, _ in pairs for a in (s, t)):
        return []  # "A and B each announced a plan"
    gov = g.light(tok)
    if gov is None or gov.lemma_.lower() not in g.construction_words("distributive_governors"):
        return pairs
    host = g.host(tok)
    if any(o.i == host.i for o in children(gov, "dobj")):  # "sent a delegation" is the trigger
        return pairs
    return []


def each_on_its_own(g: Grammar, conjunct: Token) -> bool:
    """Whether a floating quantifier or adverb (``distributive_quantifiers``) on the coordination
    that holds ``conjunct``, or on the verb it is the subject of, makes each conjunct act on its
    own ("Canada and Mexico each announced", "have each announced", "separately launched")."""
    words = g.construction_words("distributive_quantifiers")
    first = conjunct
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(
        c.dep_ in _FLOATING and c.lower_ in words for h in (first, first.head) for c in h.children
    )
