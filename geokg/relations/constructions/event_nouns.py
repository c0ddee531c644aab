"""Event nouns as arguments: whose act a named event is, and who merely reacts to it.

A noun naming an act ("the invasion", "the shelling", "a ceasefire") takes its agent from the noun
phrase: a possessor ("Russia's invasion"), an agent modifier ("the Russian invasion") or a by-phrase
("the shelling by Ukraine", also when the parser hangs it on the verb). Two consequences:

- the subject of a verb of *reaction* to the event (condemn, praise, urge, reject, threaten: a verb
  whose own sense is a verbal relation) is not the event's agent or party: "France condemned the
  invasion of Ukraine" states no French invasion, "Egypt and Qatar urged a ceasefire" no agreement
  between Egypt and Qatar (:func:`reacts_to`);
- an event noun subject stands for its agent only before a verb of its own kind: "Israel's
  bombardment killed ..." is an Israeli attack, "US sanctions hit Iran" no US attack
  (:func:`same_act`);
- the target of such a verbal relation is the event's agent, never its patient: "France condemned
  the invasion of Ukraine" accuses nobody named, "... the shelling by Ukraine" accuses Ukraine
  (:func:`event_agents`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Relation
from ..grammar import Grammar
from ..syntax import children, is_passive, prep_objects

__all__ = ["reacts_to", "is_reaction", "names_event", "event_agents", "same_act"]

_AGENT_MODS = ("amod", "compound", "nmod")


def is_reaction(g: Grammar, verb: Token) -> bool:
    """Whether ``verb`` is itself a verbal relation (condemn, praise, urge, reject, threaten).

    Not a light verb that forms one predicate with its object noun ("pose a threat", "voice
    concern": an entry with an object constraint) nor a verb of authorisation ("approved the sale").
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() in g.construction_words("enabling_governors"):
        return False
    verbal = g.words("verbal_relations")
    return any(
        e.relation.value in verbal and e.objects is None and g.fits(e, verb)
        for e in g.candidates(verb)
    )


def reacts_to(g: Grammar, noun: Token, verb: Token | None) -> bool:
    """Whether ``verb``, which governs the noun trigger ``noun``, only reacts to the event."""
    return verb is not None and noun.pos_ == "NOUN" and is_reaction(g, verb)


def names_event(g: Grammar, noun: Token) -> bool:
    """A noun naming a hostile act, whose victim is no party to blame ("invasion", "strikes",
    "sanctions", "threat"); not a joint act ("a ceasefire with X" has X as a party)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in g.words("projectiles") or lemma in g.construction_words("weapon_event_nouns"):
        return True
    hostile = g.words("hostile_relations") | {"threaten"}
    return any(
        e.frame.name == "noun_event" and e.relation.value in hostile
        for e in g.lex.lookup("NOUN", lemma)
    )


def event_agents(g: Grammar, noun: Token) -> list[Token] | None:
    """The agent tokens of an event noun (possibly none), or None when ``noun`` names no event.

    Possessors (pronouns included: the caller resolves them), agent modifiers and by-phrases, on the
    noun or, for the object of an active verb, misattached to that verb.
    """
    if not names_event(g, noun):
        return None
    agents = children(noun, "poss") + children(noun, *_AGENT_MODS)
    agents += prep_objects(noun, ("by",))
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and not is_passive(verb):
        agents += [p for c in children(verb, "prep") if c.lower_ == "by" for p in children(c, "pobj")]
    return agents


def same_act(g: Grammar, noun: Token, relation: Relation) -> bool:
    """Whether the event noun ``noun`` names an act of ``relation``: a weapon or an undetermined
    effort ("missiles", "the campaign") names any act; "sanctions" names a sanction, not an
    attack."""
    lemma = noun.lemma_.lower()
    if lemma in g.words("projectiles") or lemma in g.words("host_nouns"):
        return True
    return any(e.relation is relation for e in g.lex.lookup("NOUN", lemma))
