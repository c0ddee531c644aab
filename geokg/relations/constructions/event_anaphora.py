"""Event anaphora: "Russia struck Kyiv overnight. Ukraine condemned the attack."

A definite event noun with no agent of its own ("the attack", "the launch", "these strikes"),
as the object of a verbal relation, names an event told earlier in the document: the nearest one
within the three sentences before (or earlier in its own sentence) that is

- a word of the same lemma: a verb ("North Korea launched a missile ... the launch") whose subject
  (or by-agent) did it, or a noun whose agent is named ("Russia's strikes ... the strikes");
- a stated hostile relation of the same kind found there ("struck" assault ... "the attack").

The reaction then targets that event's agent. The events are noted while the document's sentences
are read in order (:meth:`~..context.Context.note_event`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Relation
from ..context import Arg, Context
from ..grammar import Grammar
from ..resolve import Resolver
from ..syntax import by_agents, children, is_passive, subjects_of
from .event_nouns import event_agents, names_event

__all__ = ["DEFINITE", "is_anaphor", "antecedent_agents", "mentions_anaphor"]

#: determiners that make an event noun point back to a known event
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: how many sentences back an antecedent may be
WINDOW = 3
#: confidence factor of an agent found through an earlier sentence
STRENGTH = 0.75


def is_anaphor(g: Grammar, noun: Token) -> bool:
    """A definite event noun that names no agent itself ("the attack", not "Russia's attack")."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    return event_agents(g, noun) == []


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


def antecedent_agents(g: Grammar, r: Resolver, noun: Token, ctx: Context) -> list[Arg]:
    """The agents of the event an anaphoric event noun names ([] when none is in sight)."""
    if not names_event(g, noun):
        return []
    doc, lemma, kinds = noun.doc, noun.lemma_.lower(), _kinds(g, noun)
    start = noun.sent.start
    for _ in range(WINDOW):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    events = {i: args for i, relation, args in ctx.events if relation in kinds}
    verbs = _verb_lemmas(lemma)
    weapon = lemma in g.construction_words("weapon_event_nouns")
    projectiles = g.words("projectiles")
    for i in range(noun.i - 1, start - 1, -1):
        tok = doc[i]
        found: list[Arg] = []
        fired = weapon and any(  # "fired a missile ... the launch"
            o.lemma_.lower() in projectiles for o in children(tok, "dobj")
        )
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in verbs or fired):
            agents = by_agents(tok) if is_passive(tok) else subjects_of(tok, g.control)
            found = r.resolve(agents, ctx, owner=False)
        elif tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and not is_anaphor(g, tok):
            agents = event_agents(g, tok) or []
            found = [
                a
                for t in agents
                for a in (
                    r.pronoun_owner(t, ctx, 0)
                    if t.pos_ == "PRON" and t.dep_ == "poss"
                    else r.resolve([t], ctx, owner=False)
                )
            ]
        if not found and i in events:
            found = events[i]
        if found:
            return [Arg(a.actor, a.token, a.span, min(a.strength, STRENGTH)) for a in found]
    return []


def mentions_anaphor(g: Grammar, tokens: list[Token]) -> bool:
    """Whether a sentence holds an anaphoric event noun as the object of a verb or preposition."""
    return any(
        t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj") and names_event(g, t) and is_anaphor(g, t)
        for t in tokens
    )


