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
  (:func:`event_agents`);
- an event judged by such a verb is told as a fact, whatever the judging clause does: "China did
  not condemn Russia's invasion of Ukraine" still tells of the invasion (:func:`presupposed`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ...models import Relation
from ..context import Pair
from ..grammar import Grammar
from ..syntax import children, is_passive, prep_objects

__all__ = ["reacts_to", "is_reaction", "names_event", "event_agents", "same_act", "presupposed"]

_AGENT_MODS = ("amod", "compound", "nmod")
#: verbal relations that judge a fact, so their object event is presupposed (not a demand for it)
_JUDGING = frozenset({Relation.ACCUSE, Relation.SUPPORT, Relation.PROTEST, Relation.REJECT})
#: determiners under which an event noun names no event of its own ("no strike", "any attack")
_UNREAL_DETS = frozenset({"no", "any", "every", "each"})
#: the frames of a verb that brands the actor it takes as object ("branded X a terrorist
#: state", "called X a threat"): such a verb judges no event its object names ("what he
#: described as talks")
_LABELLING = frozenset({"labelling", "threat_label"})


def _open_verbal(e: Entry) -> bool:
    """An entry with no object rule that is no labelling: its verb relates to any object."""
    return e.objects is None and e.frame.name not in _LABELLING


def is_reaction(g: Grammar, verb: Token) -> bool:
    """Whether ``verb`` is itself a verbal relation (condemn, praise, urge, reject, threaten).

    Not a light verb that forms one predicate with its object noun ("pose a threat", "voice
    concern": an entry with an object constraint), a verb of labelling by that sense alone ("what
    he described as talks") nor a verb of authorisation ("approved the sale").
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() in g.construction_words("enabling_governors"):
        return False
    verbal = g.words("verbal_relations")
    return any(
        e.relation.value in verbal and _open_verbal(e) and g.fits(e, verb)
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


def presupposed(g: Grammar, noun: Token, pairs: list[Pair]) -> bool:
    """Whether the event noun ``noun`` tells its event as a fact whatever the clause around it
    does: it is judged by a verb of accusation, support, protest or rejection ("did not condemn
    Russia's invasion of Ukraine", "never recognised the Chinese blockade of Taiwan"), and the
    noun phrase itself names every argument of ``pairs`` (possessor, agent modifier, by-phrase,
    victim). Not when the phrase carries its own negation or hedge ("no U.S. strike", "any
    attack", "a possible embargo"), an argument comes from outside it ("did not launch its
    offensive on X": "its" is the clause's subject), or the verb asks for the event ("urged a
    Russian withdrawal from X").
    """
    if noun.pos_ != "NOUN" or not pairs:
        return False
    for child in noun.children:
        low = child.lemma_.lower()
        if child.dep_ == "det" and low in _UNREAL_DETS:
            return False
        if child.dep_ in ("amod", "compound") and g.cues.has("hedge_modifiers", low):
            return False
    lo, hi = noun.left_edge.i, noun.right_edge.i
    if not all(lo <= a.token.i <= hi and lo <= b.token.i <= hi for a, b, _ in pairs):
        return False
    verb = g.light(noun)
    if verb is None or not reacts_to(g, noun, verb):
        return False
    if g.cues.has("desire_governors", verb.lemma_.lower()):
        return False
    return any(
        e.relation in _JUDGING and _open_verbal(e) and g.fits(e, verb)
        for e in g.candidates(verb)
    )
