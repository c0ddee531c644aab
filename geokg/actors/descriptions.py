"""Definite descriptions of states and organisations: "the army" (``state_organs``), "China's
coast guard", "the Gulf state"/"the OPEC member" (``epithets``), "the Balkan country"
(``state_classes.json``), "the country"/"the alliance" (``singular_references``), "its ally"."""

from __future__ import annotations

from spacy.tokens import Token

from .focus import one_named
from .phrases import MODIFIER_POS, SUBJECT_DEPS, ends_noun_phrase, words_at
from .state import DocState, Mention
from .wordlists import starting_at

__all__ = [
    "bare_group",
    "demonym_organ",
    "description",
    "epithet",
    "linked_group",
    "member_in_focus",
    "possessed_organ",
    "repeated_noun",
    "reporter_affiliation",
    "singular_reference",
    "state_organ",
    "stated_allies",
]


def state_organ(state: DocState, i: int) -> int | None:
    """End of "the army", "the military", "the government" ... starting at ``i``."""
    if state.keys[i] != "the" or state.owner[i] is not None or i + 1 >= len(state.doc):
        return None
    end = words_at(state, i + 1, state.lex.state_organs)
    if end is None or not ends_noun_phrase(state, end):
        return None
    return end


def stated_allies(
    state: DocState, mentions: list[Mention], owner: list[Mention | None] | None = None
) -> set[tuple[str, str]]:
    """Pairs stated as allies by apposition: "A, a (treaty) ally of B" (both directions).
    ``owner``: the owner of each token to read (default: the state's, as it is now)."""
    doc, lex, out = state.doc, state.lex, set()
    owner = state.owner if owner is None else owner
    for a in mentions:
        if len(a.ids) != 1 or a.end >= len(doc) or doc[a.end].text != ",":
            continue
        for i in range(a.end + 1, min(a.end + 6, len(doc) - 2)):
            if doc[i].text in (",", ".", ";") or owner[i] is not None:
                break
            if doc[i].lemma_.lower() in lex.ally_nouns and state.keys[i + 1] == "of":
                j = i + 2 + (state.keys[i + 2] == "the")
                b = owner[j] if j < len(doc) else None
                if b is not None and len(b.ids) == 1 and b.label == a.label:
                    out |= {(a.actor_id, b.actor_id), (b.actor_id, a.actor_id)}
                break
    return out


def possessed_organ(state: DocState, i: int) -> tuple[int, str] | None:
    """(end, state) for the organ in "China's coast guard", "Sudan's army": the possessor's;
    in "the Trump administration", the state its leader leads."""
    if i == 0 or state.owner[i] is not None:
        return None
    end = words_at(state, i, state.lex.state_organs)  # first: the cheapest test
    if end is None or not ends_noun_phrase(state, end):
        return None
    prev = i - 1
    if state.doc[prev].tag_ == "POS" and prev > 0:
        prev -= 1  # "China" "'s"
    owner = state.owner[prev]
    if owner is None or len(owner.ids) != 1 or owner.location or owner.end != prev + 1:
        return None
    sid = owner.actor_id
    if owner.label == "person":
        # "the Trump administration", "Netanyahu's government": the leader's state
        person = state.persons.get(sid)
        if person is None or person.country is None:
            return None
        leads = ("leader_of", person.country) in person.roles or any(
            r.relation == "leader_of" and r.org_id == person.country
            for r in state.gazetteer_roles(sid)
        )
        if not leads:
            return None
        sid = person.country
    elif owner.label != "state" or not state.possessive(owner.end - 1):
        return None
    return end, sid


def demonym_organ(state: DocState, i: int) -> tuple[int, str] | None:
    """(end, state) for the organ in "the Pakistani military", "Kenyan security forces": the
    demonym's state, which the demonym's own mention already names (so that a later "the
    military" knows whose it is)."""
    if i == 0 or state.owner[i] is not None:
        return None
    end = words_at(state, i, state.lex.state_organs)
    if end is None or not ends_noun_phrase(state, end):
        return None
    owner = state.owner[i - 1]
    if (
        owner is None
        or owner.kind != "demonym"
        or owner.label != "state"
        or len(owner.ids) != 1
        or owner.end != i
    ):
        return None
    return end, owner.actor_id


def epithet(state: DocState, i: int) -> tuple[int, str, Mention | None] | None:
    """(end, organisation, the organisation's own mention) for "the Gulf state" or "the OPEC
    member" starting at ``i``."""
    lex = state.lex
    if state.keys[i] != "the" or state.owner[i] is not None or i + 1 >= len(state.doc):
        return None
    end = words_at(state, i + 1, lex.epithets)
    if end is not None:
        words = tuple(state.keys[i + 1 : end])
        return (end, lex.epithets[words], None) if ends_noun_phrase(state, end) else None
    inner = state.owner[i + 1]
    if inner is None or inner.label != "organisation" or len(inner.ids) != 1:
        return None
    end = words_at(state, inner.end, lex.member_nouns)
    if end is None or not ends_noun_phrase(state, end):
        return None
    return end, inner.actor_id, inner


def member_in_focus(state: DocState, sents, sent_of, pos: int, org: str) -> str | None:
    """The one member of ``org`` named before ``pos`` in this or the two previous sentences,
    else in the whole text before it; None when there are none or several."""
    members = _members(state, org)
    return None if members is None else one_named(state, sents, sent_of, pos, members)


def _members(state: DocState, org: str) -> set[str] | None:
    try:
        return set(state.gazetteer.members(org, state.date))
    except Exception:  # noqa: BLE001 - not an organisation with members
        return None


def description(state: DocState, i: int) -> tuple[int, set[str]] | None:
    """(end, the states it may stand for) for a description of a state starting at ``i``:
    "the", up to two other adjectives, descriptors, a noun (``state_classes.json``): "the
    Balkan country", "the impoverished West African nation", "the island", "the Jewish state"."""
    lex, doc = state.lex, state.doc
    if state.keys[i] != "the" or state.owner[i] is not None:
        return None
    classes: list[str] = []
    adjectives = 0
    j = i + 1
    while j < len(doc) and j - i <= 8 and state.owner[j] is None:
        noun_end = words_at(state, j, lex.state_nouns)
        cased = lex.state_cased.get(tuple(state.keys[j:noun_end])) if noun_end else None
        if cased is not None and tuple(state.raws[j:noun_end]) != cased:
            noun_end = None  # "in the north" is no "the North"
        if noun_end is not None and ends_noun_phrase(state, noun_end):
            noun_class = lex.state_nouns[tuple(state.keys[j:noun_end])]
            if noun_class is None and not classes:
                return None  # "the country": a singular reference
            classes += [noun_class] if noun_class is not None else []
            candidates: set[str] | None = None
            for name in classes:
                ids = lex.state_classes[name]
                found = (_members(state, ids[1:]) if isinstance(ids, str) else set(ids)) or set()
                candidates = found if candidates is None else candidates & found
            return noun_end, candidates or set()
        end = words_at(state, j, lex.state_descriptors)
        if end is not None:
            classes.append(lex.state_descriptors[tuple(state.keys[j:end])])
            j = end
        elif doc[j].pos_ == "ADJ" and adjectives < 2 and not classes:
            adjectives += 1
            j += 1
        else:
            return None
    return None


def reporter_affiliation(state: DocState, tok: Token, kind: str) -> str | None:
    """The affiliation, of type ``kind``, of the person who reports the clause ``tok`` is in
    ("Katz said the army was pressing ahead" -> ISR)."""
    clause = tok
    for _ in range(6):
        if clause.dep_ == "ccomp" and clause.head is not clause:
            break
        if clause.head is clause:
            return None
        clause = clause.head
    else:
        return None
    for subject in clause.head.children:
        owner = state.owner[subject.i] if subject.dep_ in SUBJECT_DEPS else None
        if owner is None or owner.label != "person" or len(owner.ids) != 1:
            continue
        actor = state.register(owner.actor_id)
        if actor is not None and actor.country and state.type_of(actor.country) == kind:
            return actor.country
    return None


def singular_reference(state: DocState, i: int) -> tuple[int, int, str, Mention | None] | None:
    """(start, end, actor type, a group named as a mere modifier) when a reference ("the
    country", "the alliance", "the Iran-backed group", "the 27-nation bloc", "the
    al-Qaida-linked militants") starts at ``i``; a state named among its modifiers ("Iran")
    stays a mention of its own and the reference starts after it; a group named before a
    linking participle ("al-Qaida-linked") is returned, as it is not the group referred to."""
    refs = starting_at(state.lex.singular_references_by_start, state.keys, i)
    for words, kind in refs:  # those whose first two words are here (see the Lexicon)
        end = i + len(words)
        if tuple(state.keys[i:end]) == words:
            if all(state.owner[j] is None for j in range(i, end)) and ends_noun_phrase(
                state, end
            ):
                return i, end, kind, None
    if state.keys[i] != "the" or state.owner[i] is not None:
        return None
    heads = state.positions_of(state.lex.singular_heads)
    if not heads or heads[-1] < i + 2:
        return None  # no head word ("country", "group") after the next word: none below
    j, named, linked, skipped = i + 1, False, None, 0
    while j < len(state.doc) and j - i - skipped <= 4:
        tok = state.doc[j]
        kind = state.lex.singular_heads.get(state.keys[j])
        if kind is not None and j > i + 1 and ends_noun_phrase(state, j + 1):
            # a state named among the modifiers of "the country" is the country itself
            if named:  # "the Iran-backed [group]": the head word stands for the group
                return None if kind == "state" else (j, j + 1, kind, None)
            return i, j + 1, kind, linked
        if state.keys[j] in state.lex.other_markers or tok.pos_ not in MODIFIER_POS:
            return None  # "the other country", "the rival group": someone else
        if tok.is_sent_start or (tok.pos_ == "PUNCT" and tok.text not in _INNER_PUNCT):
            return None  # "the military takeovers. Fighters ...": the phrase ended before
        owner = state.owner[j]
        if owner is not None:
            link_end = linked_group(state, owner)
            if link_end is not None and linked is None and not named:
                linked, skipped = owner, link_end - j  # "the [al-Qaida]-linked militants"
                j = link_end
                continue
            if owner.label != "state":
                return None
            named = True  # "the [Iran]-backed group", "the [Palestinian] militant group"
            j = owner.end
            continue
        j += 1
    return None


#: punctuation inside a noun phrase ("the Iran-backed group", "the 27-nation bloc")
_INNER_PUNCT = frozenset({"-", "–", "‐"})


def linked_group(state: DocState, owner: Mention) -> int | None:
    """End of "al-Qaida-linked" when the group (or organisation) mention ``owner`` is followed
    by a hyphen and a linking participle (``group_link_words``): a modifier of another group."""
    k = owner.end
    if (
        owner.label not in ("group", "organisation")
        or len(owner.ids) != 1
        or k + 1 >= len(state.doc)
        or state.doc[k].text not in ("-", "–")
        or state.keys[k + 1] not in state.lex.group_link_words
    ):
        return None
    return k + 2


#: the dependencies of a bare plural that may stand for a group: a subject, an object, the agent
#: of a passive ("killed by gunmen")
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def bare_group(state: DocState, i: int) -> bool:
    """True when token ``i`` is a bare plural of ``bare_group_nouns`` ("attackers", "militants")
    that is a whole noun phrase and a subject or object: no determiner, possessor, number or
    other modifier ("two gunmen", "Taliban fighters", "militants in Mali" name others)."""
    tok = state.doc[i]
    if (
        state.keys[i] not in state.lex.bare_group_nouns
        or state.owner[i] is not None
        or not (tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() != tok.lower_)
        or tok.dep_ not in _BARE_DEPS
        or not ends_noun_phrase(state, i + 1)
    ):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ != "by":
        return False  # "attacks on militants" names no one in particular
    if any(c.dep_ not in ("punct", "cc", "conj") for c in tok.children):
        return False  # "two gunmen", "the militants", "rebels in the north"
    return i + 1 >= len(state.doc) or state.keys[i + 1] not in state.lex.plural_not_after


#: dependencies through which an actor's name hangs on a people noun ("Turkish troops",
#: "Sudan's soldiers", "Hamas fighters")
_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: prepositions through which an actor's name follows a people noun ("troops from Chad")
_NAMING_PREPOSITIONS = frozenset({"from", "of"})
#: dependencies through which a name hangs on the noun after "from"/"of" ("mediators from the
#: bloc IGAD", "troops from the Chadian army")
_OBJECT_NAME_DEPS = frozenset({"appos", "compound", "amod", "poss"})
#: how many sentences before its own a repeated noun ("the troops") may look back
_REPEAT_WINDOW = 3


def repeated_noun(state: DocState, sents, sent_of, i: int) -> tuple[int, set[str]] | None:
    """(end, the actors named with that noun before) for "the troops", "the officials" at
    ``i``: "the" and a plural people noun (``people_nouns``) that repeats the same noun named
    with an actor in this or the three previous sentences ("Turkish troops crossed the border
    ... the troops"). None when it is no such phrase; the set may be empty or hold several."""
    doc = state.doc
    if state.keys[i] != "the" or i + 2 > len(doc) or state.owner[i] is not None:
        return None
    noun = doc[i + 1]
    lemma = noun.lemma_.lower()
    if (
        noun.pos_ != "NOUN"
        or lemma == noun.lower_
        or lemma not in state.lex.people_nouns
        or state.owner[i + 1] is not None
        or not ends_noun_phrase(state, i + 2)
    ):
        return None
    start = sents[max(sent_of[i] - _REPEAT_WINDOW, 0)].start
    named: set[str] = set()
    for t in range(start, i):
        if doc[t].lemma_.lower() == lemma:
            named |= _named_with(state, doc[t])
    return i + 2, named


def _named_with(state: DocState, tok: Token) -> set[str]:
    """The actors a people noun is named with: its own mention, a name modifying it ("Turkish
    troops"), or after "from"/"of" ("troops from Chad")."""
    owner = state.owner[tok.i]
    if owner is not None:
        return set(owner.ids) if not owner.location else set()
    names = [c for c in tok.children if c.dep_ in _NAMING_DEPS]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _NAMING_PREPOSITIONS:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                names.append(obj)
                if state.owner[obj.i] is None:  # "from the East African bloc IGAD"
                    names += [c for c in obj.children if c.dep_ in _OBJECT_NAME_DEPS]
    names += [c for name in names for c in name.children if c.dep_ == "conj"]  # "A and B troops"
    found: set[str] = set()
    for name in names:
        m = state.owner[name.i]
        if m is not None and not m.location and m.label in ("state", "organisation", "group"):
            found.update(m.ids)
    return found
