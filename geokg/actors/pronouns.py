"""Pronouns and possessives: "it", "he"/"she", "his country", "its neighbour", "its ally" stand
for the subject of the clause that governs them, or of the previous sentence."""

from __future__ import annotations

from spacy.tokens import Token

from .phrases import CLAUSE_DEPS, SUBJECT_DEPS
from .state import DocState

__all__ = ["PERSON", "its_owner", "neighbour", "subject_antecedent"]


#: actor types an "it" subject may repeat, and the one a "he"/"she" subject may repeat
_NON_PERSON = frozenset({"state", "organisation", "group"})


PERSON = frozenset({"person"})


def _clause_subject(
    state: DocState, verb: Token, before: int, labels: frozenset[str] = _NON_PERSON
) -> tuple[bool, str | None]:
    """(whether ``verb`` has a subject before ``before``, the one actor of a type in ``labels``
    (default: state/organisation/group) it names, if it names exactly one)."""
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i >= before:
            continue
        owner = state.owner[child.i]
        if any(c.dep_ == "conj" for c in child.children):
            return True, None  # "Iran and Iraq": two antecedents
        if (
            owner is not None
            and len(owner.ids) == 1
            and owner.label in labels
            and not owner.location
            and not owner.attributive
        ):
            return True, owner.actor_id
        return True, None
    return False, None


def subject_antecedent(
    state, sents, sent_of, tok: Token, labels: frozenset[str] = _NON_PERSON
) -> str | None:
    """The actor an "it" (``labels``: a "he"/"she") subject repeats: the subject of the nearest
    governing clause that has one ("Iran said it ..."), else the subject of the previous
    sentence's main clause."""
    verb = tok.head
    hops = 0
    while verb.dep_ in CLAUSE_DEPS and verb.head is not verb and hops < 4:
        verb = verb.head
        hops += 1
        has_subject, actor = _clause_subject(state, verb, tok.i, labels)
        if has_subject:
            return actor
    if verb.dep_ != "ROOT":
        return None
    if labels is PERSON:
        return _previous_speaker(state, sents, sent_of[tok.i])
    return _previous_subject(state, sents, sent_of[tok.i], labels)


#: how many sentences of a quotation ("We have done our part.") a "he said" may close
_QUOTE_SENTENCES = 3


_FIRST_PERSON = frozenset({"i", "we"})


def _previous_speaker(state, sents, k: int) -> str | None:
    """The person a sentence-level "he"/"she" repeats: the subject of the previous sentence's
    main clause, looking past the sentences of a quotation whose subject is "I"/"we"
    ("X said ... "We have done our part. Now we urge ...," he told reporters")."""
    for back in range(1, _QUOTE_SENTENCES + 1):
        if k - back < 0:
            return None
        sent = sents[k - back]
        has_subject, actor = _clause_subject(state, sent.root, sent.end, PERSON)
        if actor is not None or back == _QUOTE_SENTENCES:
            return actor
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        if has_subject and not all(c.lower_ in _FIRST_PERSON for c in subjects):
            return None
        if not has_subject and not any(t.is_quote for t in sent):
            return None
    return None


def _previous_subject(state, sents, k: int, labels: frozenset[str] = _NON_PERSON) -> str | None:
    """The actor that is the subject of the main clause of the sentence before sentence ``k``."""
    if k > 0:
        return _clause_subject(state, sents[k - 1].root, sents[k - 1].end, labels)[1]
    return None


def neighbour(state, sents, sent_of, tok: Token) -> str | None:
    """ "its neighbour": the other one of exactly two states in focus."""
    k = sent_of[tok.i]
    start = sents[k - 1].start if k > 0 else sents[k].start
    focus: list[str] = []
    for m in state.mentions():
        if start <= m.start < tok.i and len(m.ids) == 1 and m.label == "state" and not m.location:
            if m.actor_id not in focus:
                focus.append(m.actor_id)
    if len(focus) != 2:
        return None
    owner = its_owner(state, tok, sents, sent_of)
    if owner not in focus:
        return None
    return focus[1] if owner == focus[0] else focus[0]


def its_owner(
    state, tok: Token, sents, sent_of, labels: frozenset[str] = _NON_PERSON
) -> str | None:
    """The actor (of a type in ``labels``) a possessive "its"/"his" stands for: the subject of
    its clause, else of the previous sentence."""
    verb = tok.head
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and hops < 4:
        verb = verb.head
        hops += 1
    if labels is PERSON:
        return _person_owner(state, tok, sents, sent_of)
    has_subject, actor = _clause_subject(state, verb, tok.i, labels)
    if has_subject:
        return actor
    return _previous_subject(state, sents, sent_of[tok.i], labels)


def _person_owner(state, tok: Token, sents, sent_of) -> str | None:
    """The person a "his"/"her" stands for: the nearest governing clause subject that can be a
    person ("Kim vowed to bolster his country's forces", "Goita accused the bloc of imposing
    sanctions on his country", "X said the agreement opened a new page in his country's
    history"), else the previous sentence's; None when that subject is a person who is no actor."""
    node = tok
    for _ in range(10):
        if node.head is node:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ not in SUBJECT_DEPS or child.i >= tok.i:
                continue
            owner = state.owner[child.i]
            if owner is not None and owner.label == "person" and len(owner.ids) == 1:
                return owner.actor_id
            if (
                child.ent_type_ == "PERSON"
                or child.lower_ in ("i", "you", "we", "they")
                or child.lemma_.lower() in state.lex.opinion_titles
            ):
                return None  # a person who is no actor ("the analyst"), or someone else
    return _previous_subject(state, sents, sent_of[tok.i], PERSON)
