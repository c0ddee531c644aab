"""Declining to exclude a hostile act is a threat: "X refuses to rule out a strike on Y".

An exclusion verb (``exclusion_governors`` of the modality cues: "rule out") negates the act it
governs: "X ruled out sanctions on Y" states no sanction. Denying the exclusion ("did not rule
out", "has never ruled out", "refuses to rule out", "declined to rule out") does not state the act
either: the act stays possible (:func:`geokg.modality.read_modality`). What the text does state is
that the actor keeps the hostile act open against the target, which is a threat:

- a hostile act (``vowed_threats``: assault, coerce, sanction) that is the object or the
  infinitive of a denied exclusion ("did not rule out a strike on Y", "refuses to rule out
  striking Y"): the act's triples stay possible and the threat from its agent to its target is
  stated, in the mood of the exclusion ("would not rule out an invasion" is hypothetical);
- the lexicon's threaten entry on the exclusion verb itself, for the objects that name a hostile
  act without being a trigger ("military action", "an operation", "force" against Y): the threat
  holds where the exclusion is denied and is negated where it is stated ("X ruled out military
  action against Y": no threat).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...modality import Reading, read_modality
from ...models import Modality, Relation, Triple
from ..context import Hit
from ..emit import Emitter, recast

__all__ = ["excluder", "unexcluded"]

#: the confidence of the threat relative to the act's
_DERIVED = 0.9
#: how an excluded act hangs on the exclusion verb: its object or its infinitive / gerund
_EXCLUDED_DEPS = frozenset({"dobj", "xcomp"})


def excluder(words: frozenset[str], tok: Token) -> Token | None:
    """The exclusion verb (lemma in ``words``, with its particle "out") whose object or
    infinitive ``tok`` is, if any."""
    if tok.dep_ not in _EXCLUDED_DEPS:
        return None
    gov = tok.head
    if gov.i == tok.i or gov.pos_ != "VERB":
        return None
    return gov if _is_exclusion(words, gov) else None


def _is_exclusion(words: frozenset[str], verb: Token) -> bool:
    """``verb`` is an exclusion verb with its particle ("rule out", not "rule the country")."""
    return verb.lemma_.lower() in words and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _threat(reading: Reading, t: Triple) -> Triple:
    """``t`` (a threat on the exclusion verb) stated where the exclusion is denied."""
    return t.model_copy(update={"negated": not reading.negated, "modality": reading.modality})


def unexcluded(em: Emitter, hit: Hit, triples: list[Triple]) -> list[Triple] | None:
    """The triples of a hostile act that a denied exclusion governs plus the threat it states,
    or the exclusion verb's own threat in the right polarity; ``None`` when no exclusion verb
    is involved."""
    relation = hit.entry.relation
    if relation is Relation.THREATEN:
        words = em.g.cues.lists["exclusion_governors"]
        if not _is_exclusion(words, hit.tok):
            return None
        reading = read_modality(hit.tok, em.g.cues)
        return [_threat(reading, t) if t.relation is Relation.THREATEN else t for t in triples]
    if hit.tok.dep_ not in _EXCLUDED_DEPS or relation.value not in em.g.lex.words("vowed_threats"):
        return None
    words = em.g.cues.lists["exclusion_governors"]
    gov = excluder(words, hit.tok)
    if gov is None:
        return None
    reading = read_modality(gov, em.g.cues)
    if not reading.negated:  # "ruled out a strike on Y": the act's own triples say it all
        return None
    out: list[Triple] = []
    for t in triples:
        if t.relation is not relation:
            out.append(t)
            continue
        out += recast(t, Modality.POSSIBLE, Relation.THREATEN, reading.modality, False, _DERIVED)
    return out
