"""Armed expulsion: forces driving an armed actor out of a place are fighting it.

"AU troops pushed the militants out of the cities", "the army expelled the jihadists from the
towns", "soldiers chased the rebels out of the village": an expulsion verb (``expulsion_verbs`` of
``data/relations/constructions.json``) whose agents are all armed and whose patients are all armed
is armed fighting, an assault (PLOVER ASSAULT: deliberate action that can do substantial physical
harm). Expelling anyone else stays what its entry says: a government expelling diplomats
sanctions, the police forcing families out of their homes coerces (PLOVER COERCE 'deport': a group
expelled from a country). An argument is armed when the noun it is reached through names armed
forces or fighters (the lexicon's ``troops`` and the constructions' ``armed_nouns``: "AU troops",
"Somali forces", "Kenya's army", "the militants"), or when it is an armed group named as such
("forced al-Shabab out of the port").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import ActorType, Relation
from ..context import Arg, Context, Pair
from ..grammar import Grammar

__all__ = ["armed_expulsion"]

#: the dependencies that attach a name inside its noun phrase ("AU troops", "Kenya's army")
_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})


def armed_expulsion(g: Grammar, entry: Entry, tok: Token, pairs: list[Pair], ctx: Context) -> Entry:
    """``entry`` as an assault when ``tok`` is an expulsion verb with armed agents and armed
    patients only; else ``entry`` unchanged."""
    if entry.relation not in (Relation.COERCE, Relation.SANCTION) or tok.pos_ != "VERB":
        return entry
    if tok.lemma_.lower() not in g.construction_words("expulsion_verbs"):
        return entry
    directed = [p for p in pairs if p[2] == "directed"]
    if not directed or not all(_armed(g, a, ctx) for s, t, _ in directed for a in (s, t)):
        return entry
    return replace(
        entry,
        relation=Relation.ASSAULT,
        origin=entry.origin + " (armed expulsion)",
    )


def _armed(g: Grammar, arg: Arg, ctx: Context) -> bool:
    """The argument names armed forces or fighters, or is an armed group by name."""
    head = arg.token
    while head.dep_ in _NP_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    lemma = head.lemma_.lower()
    if lemma in g.words("troops") or lemma in g.construction_words("armed_nouns"):
        return True
    span = arg.span
    named = head.i == arg.token.i or (span is not None and span.start <= head.i < span.end)
    actor = ctx.actors.get(arg.actor)
    return named and actor is not None and actor.type is ActorType.GROUP
