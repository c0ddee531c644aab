"""Speech-act anaphora: "Iran announced it would free the sailors. Britain welcomed the
announcement."

A noun of a stated act names its agent in its own phrase ("Iran's offer", "the Iranian proposal",
"the statement by Iran", "its decision"); a definite one that does not ("the announcement", "the
decision", "the statement", "the remarks") names the nearest act of its class told earlier in
the document whose agent is named. Two classes:

- acts of will (``announcement_nouns``, ``announcement_verbs``: "the decision", "the offer",
  "the pledge", "the proposal"): a verb of the class ("Iran decided ..."), a noun of the class
  naming its agent ("Iran's offer"), or one its agent made ("Iran made an offer", "they took a
  decision", "issued a statement": the subject of one of the ``uttering_verbs``);
- speech acts (``speech_act_nouns``: "the announcement", "the statement", "the remarks", "the
  comments", "the declaration"): those acts, and the verbs and nouns of speech acts themselves
  ("Russia declared ...", "Putin commented ...": ``speech_act_verbs``; "made the comments",
  "said in a statement"), but not every "said": a bare report is no announcement. A speech act
  is the speaker's: an act of will told in what an actor is reported to say ("Amano said he and
  Jalili made a decision to ...") was announced by that actor.

A verb relating to such a noun relates to its agent: "welcomed the statement" supports it,
"dismissed the remarks" rejects it (:mod:`..arguments`), "called the announcement a step
forward" supports it (:mod:`.judgement`). When no such act was told, nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context import Arg, Context
from ..grammar import Grammar
from ..resolve import Resolver
from ..syntax import by_agents, children, prep_objects, subjects_of
from .event_anaphora import definite, names_actor, verb_agents

__all__ = ["stated_act_noun", "announced_by"]

#: how far up a reported clause the verb of saying that reports it may be
_REPORT_DEPTH = 6


def stated_act_noun(g: Grammar, noun: Token) -> bool:
    """A noun of an act of will or a speech act ("decision", "offer", "statement", "remarks")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lemma in g.construction_words("announcement_nouns")
        or lemma in g.construction_words("speech_act_nouns")
    )


def _own_announcers(r: Resolver, noun: Token, ctx: Context) -> list[Arg]:
    """Who an act noun names as its agent: "Iran's offer", "the Iranian proposal", "its
    decision", "the pledge by Iran", "the decision of Iran"."""
    words = [t for t in children(noun, "poss", "amod", "compound", "nmod") if names_actor(t)]
    words += prep_objects(noun, ("by", "of"))
    return [
        a
        for t in words
        for a in (
            r.pronoun_owner(t, ctx, 0)
            if t.pos_ == "PRON" and t.dep_ == "poss"
            else r.resolve([t], ctx, owner=False)
        )
    ]


def _makers(g: Grammar, noun: Token) -> list[Token]:
    """Who made an act a noun names: the subject of a verb of making it ("Iran made an offer",
    "they took the decision", "Russia issued a statement"; by-agent of a passive: "a statement
    was issued by Russia"), or of the verb it was said in ("Russia said in a statement")."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
            said = verb.head  # "said in a statement"
            if g.cues.has("speech_verbs", said.lemma_.lower()):
                return subjects_of(said, g.control)
        return []
    if verb.lemma_.lower() not in g.construction_words("uttering_verbs"):
        return []
    if noun.dep_ == "nsubjpass":
        return by_agents(verb)
    return subjects_of(verb, g.control) if noun.dep_ == "dobj" else []


def _reporter(g: Grammar, tok: Token) -> list[Token]:
    """The subject of the verb of saying whose reported clause holds ``tok`` ("Amano said he
    and Jalili made a decision": Amano), if any."""
    t = tok
    for _ in range(_REPORT_DEPTH):
        head = t.head
        if head.i == t.i:
            return []
        if (
            t.dep_ in ("ccomp", "parataxis")
            and head.pos_ in ("VERB", "AUX")
            and g.cues.has("speech_verbs", head.lemma_.lower())
        ):
            return subjects_of(head, g.control)
        t = head
    return []


def _agents_of(
    g: Grammar, r: Resolver, tok: Token, ctx: Context, verbs: frozenset[str],
    nouns: frozenset[str], speech: frozenset[str],
) -> list[Arg]:
    """The agents of an earlier act ``tok``: a verb of ``verbs`` or a noun of ``nouns`` (the
    anaphor's class); [] for any other. An act that is no speech act itself (not in
    ``speech``), told in what an actor is reported to say, is that speaker's announcement."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in verbs:
        found = r.resolve(verb_agents(tok, g), ctx, owner=False)
    elif tok.pos_ == "NOUN" and lemma in nouns:
        found = _own_announcers(r, tok, ctx) or r.resolve(_makers(g, tok), ctx, owner=False)
    else:
        return []
    if speech and found and lemma not in speech:
        # an act of will someone is reported to have announced: the announcement is theirs
        return r.resolve(_reporter(g, tok), ctx, owner=False) or found
    return found


def announced_by(g: Grammar, r: Resolver, noun: Token, ctx: Context) -> list[Token]:
    """The actor tokens of the act an act noun names: its own agent ("Iran's offer"), else for
    a definite noun the agent of the nearest earlier act of its class; [] when none is named."""
    own = _own_announcers(r, noun, ctx)
    if own or not definite(noun):
        return [a.token for a in own]
    verbs = g.construction_words("announcement_verbs")
    nouns = g.construction_words("announcement_nouns")
    speech: frozenset[str] = frozenset()
    if noun.lemma_.lower() in g.construction_words("speech_act_nouns"):
        speech_verbs = g.construction_words("speech_act_verbs")
        speech_nouns = g.construction_words("speech_act_nouns")
        verbs, nouns = verbs | speech_verbs, nouns | speech_nouns
        speech = speech_verbs | speech_nouns
    doc = noun.doc
    for i in range(noun.i - 1, -1, -1):
        found = _agents_of(g, r, doc[i], ctx, verbs, nouns, speech)
        if found:
            return [a.token for a in found]
    return []
