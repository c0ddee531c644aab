"""Meetings and their holder: who goes to a body's meeting consults that body.

"The United States and China are sending representatives to the meetings", "Kerry plans to
attend the conference", "India will take part in the talks": the subject of a verb of going
(``attending_verbs``: "attend", "participate in", "travel to ... for") or of sending delegates
(``sending_verbs`` with a ``delegate_nouns`` object, "to"/"for" the meeting) consults whoever
holds the meeting (a ``gathering_nouns`` noun), in the verb's mood. Each sender consults the
holder on its own: the senders are not related to one another (:mod:`.distributive`).

The holder is named in the meeting's phrase ("the ASEAN summit", "meetings of NATO foreign
ministers", "a summit hosted by Japan"), by the verb that holds it ("Japan hosted a conference",
``holding_verbs``), or by the body that gathers for it ("X foreign ministers are gathering for
two meetings", ``gathering_verbs``). A body named as a region's collective ("ministers of
Southeast Asian countries", "African leaders", ``body_nouns``) is the region's organisation
(:mod:`..regions`), read only there, where the collective meets as one body. A definite meeting
with no holder of its own ("the meetings", "the conference") is the last meeting named before it
whose holder is known.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Actor, ActorType, Relation, Triple
from ..context import LIFTED, Arg, Context, Hit, distinct
from ..emit import Emitter, derived
from ..grammar import Grammar
from ..syntax import by_agents, children, prep_objects, subjects_of
from .event_anaphora import definite

__all__ = ["attended", "attended_alone", "names_meeting"]

#: confidence factor of a consultation by attendance, relative to the verb's entry
FACTOR = 0.85
#: confidence factor of a holder found in an earlier sentence
EARLIER = 0.75
#: prepositions by which a verb of going names where it goes ("to the summit", "in the talks")
_GOING_PREPS = ("to", "for", "in", "at")
_SENDING_PREPS = ("to", "for")
#: prepositions by which a gathering names the meeting it is for ("gathering for two meetings")
_GATHERING_PREPS = ("for", "at")
_PHRASE_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _meetings(g: Grammar, verb: Token) -> list[Token]:
    """The meetings a verb of going or sending takes its subject to ("attend the summit",
    "take part in the talks", "sent envoys to the meetings")."""
    lemma = verb.lemma_.lower()
    objs = children(verb, "dobj")
    attending = g.construction_words("attending_verbs")
    found: list[Token] = []
    if lemma in attending or any(f"{lemma} {o.lemma_.lower()}" in attending for o in objs):
        found = objs + prep_objects(verb, _GOING_PREPS)
        found += [p for o in objs for p in prep_objects(o, _GOING_PREPS)]  # "take part in"
    elif lemma in g.construction_words("sending_verbs"):
        delegates = [o for o in objs if o.lemma_.lower() in g.construction_words("delegate_nouns")]
        if delegates:
            found = prep_objects(verb, _SENDING_PREPS)
            found += [p for o in delegates for p in prep_objects(o, _SENDING_PREPS)]
    nouns = g.construction_words("gathering_nouns")
    found += [p for t in found for p in prep_objects(t, ("of",))]  # "to a round of talks"
    return [n for t in found for n in (t, *t.conjuncts) if n.lemma_.lower() in nouns]


def _slot(meeting: Token) -> Token:
    """Where a meeting stands in its clause: itself, or the noun of quantity or time it is the
    "of" phrase of ("for two days of talks", "hosted a round of talks")."""
    head = meeting.head
    if meeting.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        if head.head.pos_ == "NOUN" and head.head.dep_ in ("pobj", "dobj", "nsubjpass"):
            return head.head
    return meeting


def _region_body(g: Grammar, noun: Token, ctx: Context) -> list[Arg]:
    """The organisation a region's collective acting as one body stands for: "ministers of
    Southeast Asian countries", "African leaders", "Gulf Arab states"."""
    bodies = g.construction_words("body_nouns")
    if noun.lemma_.lower() not in bodies:
        return []
    regions = g.regional_bodies
    for head in [noun, *(p for p in prep_objects(noun, ("of",)) if p.lemma_.lower() in bodies)]:
        words = [  # "Southeast Asian countries": "Southeast" hangs on "Asian"
            m.lower_
            for m in head.doc[head.left_edge.i : head.i]
            if m.dep_ in ("amod", "compound") and m.is_alpha
        ]
        for size in range(len(words), 0, -1):  # the longest run of modifiers that names a region
            for start in range(len(words) - size + 1):
                body = regions.get(" ".join(words[start : start + size]))
                if body is not None:
                    if body.id not in ctx.actors:
                        ctx.actors[body.id] = Actor(
                            id=body.id, name=body.name, type=ActorType.ORGANISATION
                        )
                    return [Arg(body.id, noun, None, LIFTED)]
    return []


def _holders_named(em: Emitter, meeting: Token, ctx: Context) -> list[Arg]:
    """Who holds a meeting by its own phrase or the verb it hangs on: "the ASEAN summit",
    "meetings of NATO ministers", "a summit hosted by X", "X hosted a conference", "X foreign
    ministers are gathering for two meetings"."""
    g, r = em.g, em.r
    holding = g.construction_words("holding_verbs")
    toks = [c for c in meeting.children if c.dep_ in _PHRASE_DEPS and c.pos_ != "PRON"]
    toks += prep_objects(meeting, ("of",))
    toks += [a for m in children(meeting, "acl") if m.lemma_.lower() in holding for a in by_agents(m)]
    slot = _slot(meeting)
    head = slot.head
    if slot.dep_ == "dobj" and head.lemma_.lower() in holding:  # "X hosted a conference"
        toks += subjects_of(head, g.control)
    elif slot.dep_ == "nsubjpass" and head.lemma_.lower() in holding:  # "... was hosted by X"
        toks += by_agents(head)
    found = distinct(r.resolve(toks, ctx, owner=False))
    if found or slot.dep_ != "pobj" or head.lower_ not in _GATHERING_PREPS:
        return found
    verb = head.head  # "X are gathering in Y for two meetings": the body that gathers
    if verb.lemma_.lower() not in g.construction_words("gathering_verbs"):
        return []
    subjects = subjects_of(verb, g.control)
    found = distinct(r.resolve(subjects, ctx, owner=False))
    return found or [a for s in subjects for a in _region_body(g, s, ctx)]


def _holders(em: Emitter, meeting: Token, ctx: Context) -> list[Arg]:
    """A meeting's holders: its own, else, for "the meetings", the holders of the last meeting
    named before it whose holder is known, or the parties of talks stated after that ("A and B
    will meet ... C will attend the meeting"); when the same noun was introduced before ("an
    Asia-Pacific summit ... the summit"), only that introduction's."""
    own = _holders_named(em, meeting, ctx)
    if own or not definite(meeting):
        return own
    nouns = em.g.construction_words("gathering_nouns")
    lemma = meeting.lemma_.lower()
    doc = meeting.doc
    earlier = [t for t in doc[: meeting.i] if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
    same = [t for t in earlier if t.lemma_.lower() == lemma and not definite(t)]
    # talks stated before ("A and B will meet in Istanbul"): their parties hold the meeting
    talks = [] if same else [(i, p) for i, rel, p in ctx.accords if rel is Relation.CONSULT and i < meeting.i]
    if same:  # "an Asia-Pacific summit ... the summit": that one, whoever holds it
        earlier = same[-1:]
    for tok in reversed(earlier):
        if talks and talks[-1][0] > tok.i:
            break
        found = _holders_named(em, tok, ctx)
        if found:  # the holder stands at this meeting's mention, named earlier
            return [Arg(a.actor, meeting, None, min(a.strength, EARLIER)) for a in found]
    if talks and not same:
        return [Arg(a.actor, meeting, None, min(a.strength, EARLIER)) for a in talks[-1][1]]
    return []


def _consults(em: Emitter, entry: Entry, verb: Token, sent: Span, ctx: Context) -> list[Triple]:
    """Each subject of a verb of going or sending consults each holder of its meetings."""
    meetings = _meetings(em.g, verb)
    if not meetings:
        return []
    holders = distinct([a for m in meetings for a in _holders(em, m, ctx)])
    if not holders:
        return []
    ids = {h.actor for h in holders}
    goers = [a for a in distinct(em.r.resolve(subjects_of(verb, em.g.control), ctx, owner=False))
             if a.actor not in ids]
    pairs = [(a, h, "directed") for a in goers for h in holders]
    if not pairs:
        return []
    going = derived(entry, Relation.CONSULT, verb, FACTOR, "meeting")
    return em.triples(going, verb, sent, ctx, pairs, None)


def attended(em: Emitter, hit: Hit) -> list[Triple]:
    """ "Kerry flew to Jakarta for the ASEAN summit": besides the visit, Kerry consults ASEAN."""
    if hit.tok.pos_ != "VERB":
        return []
    return _consults(em, hit.entry, hit.tok, hit.sent, hit.ctx)


def attended_alone(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "A and B are sending representatives to the meetings": each consults their holder."""
    if tok.pos_ != "VERB":
        return []
    base = entries or em.g.candidates(tok)  # the weight of a consultation entry if it has one
    entry = next((e for e in base if e.relation is Relation.CONSULT), base[0] if base else None)
    return _consults(em, entry, tok, sent, ctx) if entry is not None else []


def names_meeting(g: Grammar, tokens: list[Token]) -> bool:
    """Whether a sentence names a definite meeting ("the summit"): with one actor it may relate
    it to the holder of a meeting named before."""
    nouns = g.construction_words("gathering_nouns")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns and definite(t) for t in tokens)
