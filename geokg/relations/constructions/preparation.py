"""Preparing an attack is mobilization, not the attack: "the army prepared to resume shelling Y".

An attack (``assault``) that a preparation verb governs (``preparation_verbs`` of the lexicon) is
not stated: "X prepared to shell Y", "X is preparing an offensive against Y", "troops readied for
an assault on Y", "X massed troops for an attack on Y" tell that X gets ready, not that it
attacked. The attack's triples are kept as intended (``desired``, so not stated) and the
preparation is stated as mobilization from the attacker to the target, with the mood of the
preparation verb ("did not prepare" negates it).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...modality import read_modality
from ...models import Modality, Relation, Triple
from ..context import Hit
from ..emit import Emitter, recast

__all__ = ["preparer", "prepared_attack"]

#: how far up a chain of infinitives ("prepared to resume shelling") a preparation verb may be
_CHAIN = 2
#: the confidence of the mobilization relative to the attack's
_DERIVED = 0.9


def preparer(words: frozenset[str], tok: Token) -> Token | None:
    """The preparation verb (lemma in ``words``) that governs the attack ``tok``, if any: an
    infinitive chain up from a verb ("prepared to resume shelling"), the verb whose object the
    attack noun is ("preparing an offensive"), or the verb (or the verb of the object) a "for"
    phrase holding the attack hangs on ("readied for an assault", "massed troops for an attack")."""
    if tok.pos_ == "VERB":
        t = tok
        for _ in range(_CHAIN):
            if t.dep_ not in ("xcomp", "pcomp"):
                return None
            t = t.head if t.dep_ == "xcomp" else t.head.head
            if t.pos_ == "VERB" and t.lemma_.lower() in words:
                return t
        return None
    if tok.pos_ != "NOUN":
        return None
    gov: Token | None = None
    if tok.dep_ == "dobj":
        gov = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for":
        gov = tok.head.head
        if gov.pos_ == "NOUN" and gov.dep_ == "dobj":  # "massed troops for an attack"
            gov = gov.head
    if gov is not None and gov.pos_ == "VERB" and gov.lemma_.lower() in words:
        return gov
    return None


def prepared_attack(em: Emitter, hit: Hit, triples: list[Triple]) -> list[Triple] | None:
    """The attack's triples marked intended plus the mobilization the preparation states, or
    ``None`` when no preparation verb governs the hit's attack."""
    if hit.entry.relation is not Relation.ASSAULT:
        return None
    gov = preparer(em.g.lex.words("preparation_verbs"), hit.tok)
    if gov is None:
        return None
    reading = read_modality(gov, em.g.cues)
    out: list[Triple] = []
    for t in triples:
        if t.relation is not Relation.ASSAULT:
            out.append(t)
            continue
        out += recast(t, Modality.DESIRED, Relation.MOBILIZE, reading.modality, reading.negated,
                      _DERIVED)
    return out
