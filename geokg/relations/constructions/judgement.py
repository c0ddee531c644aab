"""Secondary predication over an event: "Japan called the launch a grave threat".

A verb of judging ("call", "describe", "label", "brand": lexicon entries with the ``judgement``
frame) with an event noun as its object and a predicate after it judges the event, and through it
the event's agent (:func:`judged_events`, the ``judged`` role):

- a hostile predicate ("a grave threat", "an act of aggression", "a dangerous provocation",
  "unacceptable"; ``hostile_judgements``) is an accusation: "called the strike a violation" ->
  accuse the strike's agent;
- an approving one ("a step forward", "a breakthrough", "as constructive";
  ``approving_judgements``) is support: "called the announcement a step forward" supports whoever
  announced it (an act of will or a speech act: :func:`~.speech_acts.announced_by`).

The event's agent is read as for any verbal relation: from the noun phrase ("Russia's strike") or,
for an anaphoric noun ("the launch"), from the event told earlier
(:mod:`.event_anaphora`). A predicate with words of both lists judges nothing.

A verb of labelling whose object is an actor brands it (:func:`labelled_actors`, the
``labelled`` role of the ``labelling`` frame): "branded Israel a terrorist state", "designated the
Houthis as a terrorist organisation", "was branded a terrorist group by X" accuse the labelled
actor when the predicate holds a stigma (``stigma_labels``) and no approving word; "called China
a valued partner" and "called Iran a threat" label nobody.

A judged threat also threatens (:func:`judged_threat`, a follow-up): "X called the launch a threat
to its security", "X condemned the test as a threat to X's interests" -> the event's agent
threatens the actor named after "to"/"for"/"against", or, when that phrase only has a possessive
pronoun ("his country's security", "its existence"), the judge itself. The threat's modality is
read on the predicate noun ("a possible threat" is possible).

A verb of judging whose object is an actor and whose predicate is a threat labels that actor a
threat (the ``threat_label`` frame): "Poland called Russia a threat to its security", "Israel
regards Iran as a threat to its existence" -> the labelled actor threatens the actor named after
"to"/"for"/"against", or, when that phrase only has a possessive pronoun, the judge (the
subject, or the by-agent of a passive): "its security" is the judge's; "its neighbours" (a noun
of another actor, ``other_actor_nouns``) names nobody.
With no such phrase ("called Iran a threat") nobody is threatened. The threat noun is the
predicate's, no trigger of its own (:func:`threat_labelled` marks it consumed).

The agent of a passive verb of labelling may hang on its predicate noun rather than on the verb
("Hamas was designated a terrorist organisation by Canada": the parse attaches "by Canada" to
"organisation"); :func:`predicate_agents` reads it there (the ``predicate_agent`` role).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...models import Relation, Triple
from ..context import Arg, Context, Hit, distinct
from ..emit import Emitter, derived
from ..grammar import Grammar
from ..resolve import Resolver
from ..syntax import by_agents, children, is_passive, prep_objects, subjects_of, unrelativize
from .event_nouns import names_event
from .speech_acts import announced_by, stated_act_noun

__all__ = [
    "predicate_words",
    "judgement_of",
    "judged_events",
    "labelled_actors",
    "predicate_agents",
    "threat_labelled",
    "threat_judged_for",
    "judged_threat",
]

#: possessive pronouns that make "a threat to its security" a threat to the judge
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
#: prepositions after a threat noun that name who is threatened
_THREATENED_PREPS = ("to", "for", "against")


def _phrase(head: Token) -> list[Token]:
    """A predicate word with its modifiers and its "of" object ("an act of aggression"), and
    its conjuncts' ("a trap and a dangerous provocation")."""
    return [
        w
        for h in (head, *head.conjuncts)
        for w in (h, *children(h, "amod", "compound", "advmod"), *prep_objects(h, ("of",)))
    ]


def _as_phrase(prep: Token) -> list[Token]:
    """The predicate words of an "as" phrase: "as a threat", "as constructive"."""
    return [w for h in children(prep, "pobj", "amod", "acomp", "attr") for w in _phrase(h)]


def predicate_words(verb: Token) -> list[Token]:
    """The words of a verb's secondary predicate, by the shapes the parser gives it.

    "called the launch [a grave threat]" (``oprd``, or a second direct object), "described the talks [as constructive]" (an
    "as" phrase on the verb or on its object), "called the decision [unacceptable]" (an adjective
    after its noun is a predicate), "called the deal [a step forward]" (an adverb after the
    object).
    """
    objs = children(verb, "dobj")
    out = [w for o in objs[1:] for w in _phrase(o)]  # "called the launch [a threat]", two objects
    for c in verb.children:
        if c.dep_ == "oprd":
            out += _phrase(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out += _as_phrase(c)
        elif c.dep_ in ("advmod", "npadvmod") and objs and c.i > objs[0].i:
            out += [c, *children(c, "npadvmod", "amod")]
    for o in objs:
        for c in o.children:
            if c.dep_ == "amod" and c.i > o.i:
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                out += _as_phrase(c)
    return out


def judgement_of(g: Grammar, verb: Token) -> Relation | None:
    """The relation a verb's predicate judges its object by (accuse, support), if any."""
    words = {w.lemma_.lower() for w in predicate_words(verb)}
    hostile = bool(words & g.construction_words("hostile_judgements"))
    approving = bool(words & g.construction_words("approving_judgements"))
    if hostile == approving:
        return None
    return Relation.ACCUSE if hostile else Relation.SUPPORT


def judged_events(
    g: Grammar, r: Resolver, verb: Token, ctx: Context, relation: Relation
) -> list[Token]:
    """What a verb of judging judges by ``relation``: its object when the predicate judges by that
    relation and the object names a hostile event (its agent is read from it); for an announcement
    ("called the announcement a step forward"), the tokens of whoever made it
    (:func:`~.speech_acts.announced_by`)."""
    if verb.pos_ != "VERB" or judgement_of(g, verb) is not relation:
        return []
    out: list[Token] = []
    for o in children(verb, "dobj")[:1]:  # a second object is the predicate
        if o.pos_ != "NOUN":
            continue
        if stated_act_noun(g, o):
            out += announced_by(g, r, o, ctx)
        elif names_event(g, o) or g.event_noun(o):
            out.append(o)
    return out


def _label_words(verb: Token) -> list[Token]:
    """The words of a labelling verb's predicate: :func:`predicate_words`; a passive verb's
    object ("was designated [a terrorist organisation]"); an apposition the parser hangs on the
    object with no comma between ("labelled the group [a terrorist organisation]")."""
    words = predicate_words(verb)
    objs = children(verb, "dobj")
    if is_passive(verb):
        return words + [w for o in objs for w in _phrase(o)]
    doc = verb.doc
    return words + [
        w
        for o in objs[:1]
        for a in children(o, "appos")
        if a.left_edge.i > 0 and not doc[a.left_edge.i - 1].is_punct
        for w in _phrase(a)
    ]


def labelled_actors(g: Grammar, verb: Token) -> list[Token]:
    """Who a verb of labelling brands with a stigma ("branded Israel a terrorist state",
    "designated the group as a terrorist organisation", "X was called a war criminal"): its
    object (the subject of a passive), when the predicate holds a stigma (``stigma_labels``) and
    no approving word; a mere judgement of danger labels nobody ("called Iran a threat": see as a
    threat, not accuse). An event noun as object is the ``judged`` role's ("called the launch a
    threat"), not a labelled actor."""
    if verb.pos_ != "VERB":
        return []
    words = {form for w in _label_words(verb) for form in (w.lemma_.lower(), w.lower_)}
    stigma = g.construction_words("stigma_labels")
    if not words & stigma or words & g.construction_words("approving_judgements"):
        return []
    objs = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")[:1]
    return [
        o
        for o in unrelativize(objs)
        if not (o.pos_ == "NOUN" and (names_event(g, o) or g.event_noun(o) or stated_act_noun(g, o)))
    ]


def _predicate_heads(verb: Token) -> list[Token]:
    """The head nouns of a passive verb's predicate: "was designated [a terrorist organisation]",
    "was labelled [a terrorist group]", "was described [as a threat]"."""
    heads = children(verb, "dobj", "oprd")
    heads += [o for p in children(verb, "prep") if p.lower_ == "as" for o in children(p, "pobj")]
    return heads


def predicate_agents(verb: Token) -> list[Token]:
    """The by-agent a passive verb of labelling or judging lost to its predicate noun: "Hamas
    was designated a terrorist organisation [by Canada]" (the parse hangs "by Canada" on the
    noun). Nothing for an active verb or one with its own by-agent."""
    if verb.pos_ != "VERB" or not is_passive(verb) or by_agents(verb):
        return []
    return [p for h in _predicate_heads(verb) for p in prep_objects(h, ("by",))]


def _threat_nouns(g: Grammar, verb: Token) -> list[Token]:
    threats = g.construction_words("threat_judgements")
    return [
        w
        for w in predicate_words(verb)
        if w.pos_ == "NOUN" and w.lemma_.lower() in threats
    ]


def _owned_by_judge(objs: list[Token], others: Iterable[str] = ()) -> bool:
    """True when the phrase of a threat's "to"/"for"/"against" holds a possessive pronoun, which
    stands for the judge ("a threat to its security"), except on a noun of ``others`` (the
    ``other_actor_nouns``: "a threat to its neighbours" is the labelled actor's)."""
    return any(
        t.dep_ == "poss" and t.lower_ in _POSSESSIVES and t.head.lemma_.lower() not in others
        for o in objs
        for t in o.subtree
    )


def _threatened(em: Emitter, hit: Hit, threat: Token) -> list[Arg]:
    """Who a judged threat is to: the actor after "to"/"for"/"against", else the judge when that
    phrase has only a possessive pronoun ("a threat to its security")."""
    ctx = hit.ctx
    objs = prep_objects(threat, _THREATENED_PREPS)
    named = distinct(em.r.resolve(objs, ctx, owner=True))
    if named:
        return named
    return distinct([s for s, _, _ in hit.directed]) if _owned_by_judge(objs) else []


def threat_labelled(g: Grammar, verb: Token, ctx: Context) -> list[Token]:
    """Who a verb of judging labels a threat: its object (a passive's subject) when its
    predicate holds a threat noun (``threat_judgements``: "called Russia a threat to its
    security", "regards Iran as a threat") and the object names no event (that is the
    ``judged`` role's: "called the launch a threat"). The threat noun is then the predicate's:
    it is marked consumed, no trigger of its own."""
    if verb.pos_ != "VERB":
        return []
    threats = _threat_nouns(g, verb)
    if not threats:
        return []
    objs = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")[:1]
    labelled = [
        o
        for o in unrelativize(objs)
        if not (o.pos_ == "NOUN" and (names_event(g, o) or g.event_noun(o) or stated_act_noun(g, o)))
    ]
    if labelled:
        ctx.consumed.update(t.i for t in threats)
    return labelled


def threat_judged_for(g: Grammar, r: Resolver, verb: Token, ctx: Context) -> list[Token]:
    """Whom a threat a verb of judging labels an actor with is to: the actors after
    "to"/"for"/"against" on the threat noun (or on the verb, where the parse hangs the phrase);
    when that phrase holds only a possessive pronoun ("a threat to its security"), the judge:
    the verb's subject, or a passive's by-agent."""
    found: list[Token] = []
    others = g.lex.words("other_actor_nouns")  # "a threat to its neighbours": the labelled's
    for threat in _threat_nouns(g, verb):
        objs = prep_objects(threat, _THREATENED_PREPS) or prep_objects(verb, _THREATENED_PREPS)
        if _owned_by_judge(objs, others):
            found += subjects_of(verb, g.control) or predicate_agents(verb)
        elif r.resolve(objs, ctx, owner=True):
            found += objs
    return found


def judged_threat(em: Emitter, hit: Hit) -> list[Triple]:
    """ "X called the launch a threat to its security": the launch's agent threatens X."""
    if hit.entry.relation is not Relation.ACCUSE or hit.tok.pos_ != "VERB" or not hit.directed:
        return []
    found: list[Triple] = []
    for threat in _threat_nouns(em.g, hit.tok):
        hit.ctx.consumed.add(threat.i)  # the predicate's: "threat" is no trigger of its own here
        threatened = _threatened(em, hit, threat)
        pairs = [
            (agent, victim, "directed")
            for _, agent, _ in hit.directed
            for victim in threatened
            if victim.actor != agent.actor
        ]
        if pairs:
            entry = derived(hit.entry, Relation.THREATEN, threat, 0.8, "judged threat")
            found += em.triples(entry, threat, hit.sent, hit.ctx, pairs, None)
    return found
