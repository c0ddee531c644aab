"""An announced or conditional act against another actor is a threat, not the act.

Three cues tell that an actor announces its own act instead of doing it:

- an ultimatum, the act promised "unless" the other complies ("X will withdraw its troops from Y
  unless Y holds elections"), or a hostile act promised "if" ("X will strike Y if ...");
- "would" under a verb of saying (``threat_speech_verbs``) whose subject is the actor itself
  ("X said it would impose sanctions on Y", "X warned they would boycott all contact with Y"),
  for the conflictual acts listed in ``announced_acts``.

The act's triples are kept as not stated (``conditional``) and the threat from the actor to the
act's target is stated. "X will impose sanctions on Y on Monday" (a decision reported, no cue)
and "X said it will impose sanctions" stay a (future) sanction; "X said Y would attack Z" is no
threat by X.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Modality, Relation, Triple
from ..context import Hit
from ..emit import Emitter, recast
from ..syntax import children, subjects_of

__all__ = ["announcer", "condition", "ultimatum"]

#: the confidence of the threat relative to the act's
_DERIVED = 0.9
#: words for "would" as an auxiliary
_WOULD = frozenset({"would", "'d"})
#: pronoun subjects that stand for the announcer when it names no actor ("officials said they would")
_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _clause(em: Emitter, tok: Token) -> Token | None:
    """The verb of the act's clause: the trigger itself, or the verb a noun trigger is the
    object of ("would cut ties")."""
    return tok if tok.pos_ == "VERB" else em.g.light(tok)


def condition(em: Emitter, verb: Token, hostile: bool) -> bool:
    """Whether ``verb`` (or the verb whose infinitive it is) carries an ultimatum: an "unless"
    clause, or for a hostile act promised with "will"/"would", an "if" clause."""
    marks = ("unless", "if") if hostile and em.g.promised(verb) else ("unless",)
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return any(
        m.lower_ in marks for h in heads for a in children(h, "advcl") for m in children(a, "mark")
    )


def announcer(em: Emitter, verb: Token, hit: Hit) -> set[str] | None:
    """The actor ids that announce ``verb`` as their own act ("X said it would ..."), or
    ``None`` when ``verb`` is no "would" clause of an announcing verb. An empty set: the
    announcer names no actor and the act's subject is a pronoun standing for it."""
    if verb.dep_ != "ccomp" or not any(a.lower_ in _WOULD for a in children(verb, "aux")):
        return None
    head = verb.head
    if head.lemma_.lower() not in em.g.construction_words("threat_speech_verbs"):
        return None
    said = em.r.resolve(subjects_of(head, em.g.control), hit.ctx, owner=False)
    ids: set[str] = set()
    for arg in said:
        actor = hit.ctx.actors.get(arg.actor)
        ids.add(arg.actor)
        if actor is not None and actor.country_level:
            ids.add(actor.country_level)
    if ids:
        return ids
    subjects = children(verb, "nsubj")
    return set() if subjects and subjects[0].lower_ in _PRONOUNS else None


def ultimatum(em: Emitter, hit: Hit, triples: list[Triple]) -> list[Triple] | None:
    """The act's triples marked conditional plus the threats the announcement states, or
    ``None`` when no cue tells an announced act."""
    if hit.entry.relation is Relation.THREATEN:
        return None
    verb = _clause(em, hit.tok)
    if verb is None or verb.pos_ != "VERB":
        return None
    hostile = hit.entry.relation.value in em.g.lex.words("hostile_relations")
    acts: frozenset[str]
    own: set[str] | None = None
    if condition(em, verb, hostile):
        acts = frozenset({hit.entry.relation.value})
    else:
        own = announcer(em, verb, hit)
        if own is None:
            return None
        acts = em.g.construction_words("announced_acts")
    out: list[Triple] = []
    for t in triples:
        is_act = t.relation.value in acts and (
            own is None or not own or t.source.id in own or t.source.country_level in own
        )
        if not is_act:
            out.append(t)
            continue
        out += recast(t, Modality.CONDITIONAL, Relation.THREATEN, Modality.ASSERTED,
                      factor=_DERIVED)
    return out
