"""Event anaphora: "Russia struck Kyiv overnight. Ukraine condemned the attack."

A definite event noun with no agent of its own ("the attack", "these strikes", "the terrorist
attack", "Friday's launch": a modifier that names no actor or a possessor that only dates the event
leaves it agentless), as the object of a verbal relation, names an event told earlier in the
document: the nearest one before it, anywhere earlier in the document, of the same class, whose
agent is named:

- a verb of the noun's lemma ("Russia attacked ... the attack") whose subject (or by-agent) did it;
  for the firing of a weapon ("the launch", "the test"), a verb with a projectile as its object
  ("North Korea fired a missile", "tested a rocket");
- a noun of the same lemma, or of the same weapon class ("the test" ... "the launch"), whose agent
  is named in its phrase ("Russia's strikes"), or which is the object of a verb of performing
  ("North Korea carried out a missile test", "Russia launched an attack");
- failing those, a stated hostile relation of the same kind ("struck" assault ... "the attack"):
  the same word names the event more surely than the same kind ("Hamas attacked ... Israel struck
  back ... condemned the attack" is Hamas's).

An earlier event of the class without a named agent ("two missiles were launched", "the test is
the fourth launch") is passed over: it is told again, not a new event. The reaction then targets
that event's agent. The stated relations are noted while the document's sentences are read in
order (:meth:`~..context.Context.note_event`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..._ext import ACTOR_SPANS
from ...models import Relation
from ..context import Arg, Context
from ..grammar import Grammar
from ..repairs import is_shifted_object
from ..resolve import Resolver
from ..syntax import by_agents, children, is_passive, subjects_of
from .event_nouns import event_agents, names_event

__all__ = ["DEFINITE", "definite", "verb_agents", "names_actor", "is_anaphor", "antecedent_agents", "mentions_anaphor"]

#: determiners that make an event noun point back to a known event
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
def definite(noun: Token) -> bool:
    """Whether a noun has a definite determiner ("the talks", "this attack", "those remarks")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


#: confidence factor of an agent found through an earlier sentence
STRENGTH = 0.75


def _dating(g: Grammar, tok: Token) -> bool:
    """A possessor that dates an event ("Friday's attack", "last week's launch")."""
    return tok.dep_ == "poss" and tok.lemma_.lower() in g.construction_words("time_possessors")


def names_actor(tok: Token) -> bool:
    """Whether an agent word of an event noun may name its agent: a pronoun, a proper noun or
    an actor mention ("Russian"); not a mere modifier ("the terrorist attack", "missile test")."""
    if tok.pos_ in ("PRON", "PROPN"):
        return True
    spans = tok.doc.spans[ACTOR_SPANS] if ACTOR_SPANS in tok.doc.spans else ()
    return any(
        s.start <= tok.i < s.end and s._.geokg_actor and not s._.geokg_location for s in spans
    )


def is_anaphor(g: Grammar, noun: Token) -> bool:
    """A definite (or only dated) event noun that names no agent itself: "the attack", "the
    deadly attack", "Friday's launch"; not "Russia's attack", "the Russian attack"."""
    dated = [c for c in children(noun, "poss") if _dating(g, c)]
    if not dated and not definite(noun):
        return False
    agents = event_agents(g, noun)
    return agents is not None and not any(names_actor(a) for a in agents if a not in dated)


def _kinds(g: Grammar, noun: Token) -> set[Relation]:
    """The hostile relations an event noun may name ("attack", "strike" -> assault)."""
    kinds = {e.relation for e in g.lex.lookup("NOUN", noun.lemma_.lower())}
    if noun.lemma_.lower() in g.words("projectiles"):
        kinds.add(Relation.ASSAULT)
    return kinds


def _verb_lemmas(noun_lemma: str) -> set[str]:
    """Verb lemmas an event noun may take up: its own, and a gerund's ("shelling" <- "shell")."""
    out = {noun_lemma}
    if noun_lemma.endswith("ing") and len(noun_lemma) > 5:
        out |= {noun_lemma[:-3], noun_lemma[:-3] + "e"}
    return out


def _fires(g: Grammar, verb: Token) -> bool:
    """A verb with a projectile as its object: "fired a missile", "missiles were launched"."""
    projectiles = g.words("projectiles")
    objects = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")
    return any(o.lemma_.lower() in projectiles for o in objects)


def verb_agents(verb: Token, g: Grammar) -> list[Token]:
    """Who did what a verb tells: its by-agent when passive, else its subject."""
    return by_agents(verb) if is_passive(verb) else subjects_of(verb, g.control)


def _noun_agents(g: Grammar, r: Resolver, noun: Token, ctx: Context) -> list[Arg]:
    """The agents an earlier event noun names: in its phrase ("Russia's strikes"), else the
    subject of a verb of performing it ("X carried out a test", "a test conducted by X")."""
    found = [
        a
        for t in event_agents(g, noun) or []
        for a in (
            r.pronoun_owner(t, ctx, 0)
            if t.pos_ == "PRON" and t.dep_ == "poss"
            else r.resolve([t], ctx, owner=False)
        )
    ]
    verb = noun.head
    if found or verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass"):
        return found
    if verb.lemma_.lower() not in g.construction_words("performing_verbs"):
        return []
    agents = by_agents(verb) if noun.dep_ == "nsubjpass" else subjects_of(verb, g.control)
    return r.resolve(agents, ctx, owner=False)


def antecedent_agents(g: Grammar, r: Resolver, noun: Token, ctx: Context) -> list[Arg]:
    """The agents of the event an anaphoric event noun names ([] when none was told before)."""
    if not names_event(g, noun):
        return []
    lemma, kinds = noun.lemma_.lower(), _kinds(g, noun)
    weapons = g.construction_words("weapon_event_nouns")
    weapon = lemma in weapons
    nouns = weapons if weapon else frozenset({lemma})
    verbs = _verb_lemmas(lemma)
    doc = noun.doc
    for i in range(noun.i - 1, -1, -1):  # the same word, or the same weapon class
        tok = doc[i]
        found: list[Arg] = []
        if tok.pos_ == "VERB" and ((tok.lemma_.lower() in verbs and not weapon) or (
            weapon and _fires(g, tok)
        )):
            found = r.resolve(verb_agents(tok, g), ctx, owner=False)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and not is_anaphor(g, tok):
            found = _noun_agents(g, r, tok, ctx)
        if found:
            return _weakened(found)
    # else a stated relation of the same kind ("Russia struck Kyiv ... the attack")
    events = [(i, args) for i, relation, args in ctx.events if relation in kinds and i < noun.i]
    return _weakened(max(events, key=lambda e: e[0])[1]) if events else []


def _weakened(found: list[Arg]) -> list[Arg]:
    """The antecedent's agents at most at the strength of a reference across sentences."""
    return [Arg(a.actor, a.token, a.span, min(a.strength, STRENGTH)) for a in found]


def mentions_anaphor(g: Grammar, tokens: list[Token]) -> bool:
    """Whether a sentence holds an anaphoric event noun as the object of a verb or preposition
    ("condemned the attack", also shifted after a phrase: "condemned in strong terms the attack"),
    or a definite act or speech act as an object ("called the decision", "welcomed the
    statement": :mod:`.speech_acts`)."""
    announcements = g.construction_words("announcement_nouns") | g.construction_words(
        "speech_act_nouns"
    )
    return any(
        t.pos_ == "NOUN"
        and (t.dep_ in ("dobj", "pobj") or is_shifted_object(t))
        and (
            (names_event(g, t) and is_anaphor(g, t))
            or (
                t.dep_ == "dobj"
                and t.lemma_.lower() in announcements
                and definite(t)
            )
        )
        for t in tokens
    )
