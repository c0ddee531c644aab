"""Located places: the state a place or facility lies in, read from the phrase that places it.

An attack on a place or facility that no actor owns is an attack on the state it lies in:
"stormed a university in Kenya", "a car bomb hit a checkpoint outside Baghdad", "bombed a hotel in
the Afghan capital". :func:`located_in` reads the locative phrases (``located_preps`` of
``data/relations/constructions.json``) on a noun: their object is a place mention ("Kenya",
"Nairobi", "northern Mali") or a place noun that one names ("the Afghan capital", "Somalia's
capital", "the capital of Mali", "the capital, Kabul"). :func:`placed_by_trigger` reads the same
phrases on the trigger itself, where the parse hangs them ("attacked a market on Sunday in northern
Mali"), for a place-noun object no actor owns, and only for the relations of
``located_target_relations`` (an attack; "opened a school in Kenya" is no act on Kenya).

A place owned by an actor is that actor's ("the US embassy in Kenya" is the United States'; the
caller looks for a location only when no owner was found), and where an attack came from is not
its target ("fired from inside Pakistan": ``from`` is no locative preposition here).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..parse_index import conjuncts
from .context import OWNER, Arg, Context
from .grammar import Grammar
from .syntax import children, prep_objects

__all__ = ["located_in", "placed_by_trigger", "is_place_noun"]

#: the dependencies through which a place noun names the state it belongs to or is
_NAMING_DEPS = ("poss", "amod", "compound", "nmod", "appos")


def is_place_noun(g: Grammar, tok: Token) -> bool:
    """A common noun or a name headed by a place noun ("a university", "Garissa University
    College") that is no agent noun: people are placed by :func:`located_in` only through
    their own phrase, never through the verb's."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and lemma in g.place_nouns
        and lemma not in g.agent_nouns
    )


def located_in(g: Grammar, noun: Token, ctx: Context) -> list[Arg]:
    """The actors the locative phrases on ``noun`` place it in (each at owner strength)."""
    words = g.construction_words("located_preps")
    out: list[Arg] = []
    for prep in children(noun, "prep"):
        if prep.lower_ not in words:
            continue
        for obj in children(prep, "pobj"):
            for place in (obj, *conjuncts(obj)):
                out += _place_args(g, place, ctx)
    return out


def _place_args(g: Grammar, tok: Token, ctx: Context) -> list[Arg]:
    """The actor a locative phrase's object names: a mention, or a place noun one names."""
    span = ctx.mentions.get(tok.i) or ctx.places.get(tok.i)
    if span is not None:
        return ctx.span_args(span, tok, OWNER)
    if tok.lemma_.lower() not in g.place_nouns:
        return []
    # "the Afghan capital", "Somalia's capital", "the capital, Kabul", "the capital of Mali"
    naming = children(tok, *_NAMING_DEPS)
    naming += prep_objects(tok, ("of",))
    out: list[Arg] = []
    for m in naming:
        named = ctx.mentions.get(m.i) or ctx.places.get(m.i)
        if named is not None:
            out += ctx.span_args(named, m, OWNER)
    return out


def placed_by_trigger(g: Grammar, trigger: Token, objects: list[Token], ctx: Context) -> list[Arg]:
    """The actors the trigger's own locative phrases name, when one of its ``objects`` is a
    place noun no actor owns ("rebels attacked a market on Sunday in northern Mali")."""
    if not any(is_place_noun(g, o) for o in objects):
        return []
    return located_in(g, trigger, ctx)
