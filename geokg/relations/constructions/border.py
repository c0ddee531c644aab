"""The far side of a border: "closed its border with Y", "massed troops along the border with Y".

A restrictive or military act on a border (``border_relations`` of
``data/relations/constructions.json``) acts on the actor across it: closing "its border with Y"
restricts Y, massing troops "along the border with Y" mobilizes against Y. The border is a
``border_nouns`` noun that is the trigger's object or the object of one of the entry's
prepositions (on the trigger or on its object: "massed troops along the border"); its "with"
phrase names the far side. The parser often hangs that phrase on the verb or its object instead
("closed its border | with Y"), so a "with" right after the border's phrase counts too.

Only these acts: a meeting "at the border with Y" or an attack "near the border with Y" happens
there and makes Y no party (a location is no actor).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ..grammar import Grammar
from ..syntax import children, objects_of, prep_objects

__all__ = ["border_sides"]


def border_sides(g: Grammar, entry: Entry, trigger: Token) -> list[Token]:
    """The tokens naming the far side of a border the act of ``entry`` at ``trigger`` is on
    ([] when no border is its object). The caller asks only for ``border_relations`` acts."""
    nouns = g.construction_words("border_nouns")
    objs = objects_of(trigger) if trigger.pos_ == "VERB" else []
    places = objs + prep_objects(trigger, entry.preps)
    places += [p for o in children(trigger, "dobj") for p in prep_objects(o, entry.preps)]
    out: list[Token] = []
    for noun in places:
        if noun.lemma_.lower() in nouns:
            out += _far_side(noun)
    return out


def _far_side(border: Token) -> list[Token]:
    """The objects of the "with" phrase on ``border``, or of one right after its phrase."""
    withs = [w for w in children(border, "prep") if w.lower_ == "with"]
    after = border.right_edge.i + 1
    if not withs and after < len(border.doc):
        nxt = border.doc[after]
        if nxt.lower_ == "with" and nxt.dep_ == "prep":
            withs = [nxt]
    return [p for w in withs for p in children(w, "pobj")]
