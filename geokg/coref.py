"""References to actors that do not name them: "the two countries", "both sides", "they", "it",
"its neighbour".

They are resolved only when the text gives a clear antecedent, otherwise dropped (never guessed):

- a collective reference ("the two countries", "both warring parties", "each country", "the
  juntas", ``plural_references`` in ``data/actors/recognizer.json``) stands for the most recent
  *coordinated set* of actors ("Baku and Moscow", "Mali, Burkina Faso and Niger",
  "Turkish-Russian"): with a count, the set of that size within six sentences (two for a
  pair); without one, a
  set in the same or the previous sentence ("the juntas", ``far_nouns``: the one set of states
  within six sentences); "they"/"them" need that set to be the subject of a
  governing clause or of the previous sentence; "both warring parties", "the belligerents"
  (``conflict_modifiers``) stand only for the two sides of the most recent fighting named
  before ("X has been fighting Y", "the war between X and Y", ``conflict_words``), else for a
  pair coordinated in an earlier sentence, else for nothing (not the two states in focus);
- "the army", "the government" (``state_organs``) stand for the state the text is about (its
  dateline state, or a clearly dominant one); "China's coast guard" for the possessor;
- "the Gulf state", "the OPEC member" (``epithets``) for the one member of that organisation
  named before;
- "the Balkan country", "the impoverished West African nation", "the Himalayan kingdom", "the
  island", "the Jewish state" (``data/actors/state_classes.json``) for the one state of every
  class named (region, kingdom, island ...) named before;
- "it" stands for the actor that is the subject of the clause it depends on, or of the previous
  sentence; expletive "it" ("it is important") is never resolved;
- a subject "he"/"she" likewise stands for a person subject, looking past the sentences of a
  quotation ("X said ... "We have done our part. Now we urge ...," he told reporters");
- "its neighbour" stands for the other of exactly two states in focus;
- "his country", "her government", "his forces" (``person_own_nouns``) for the affiliation of the
  person "his"/"her" repeats (a person subject, as for "he");
- "the country", "the alliance", "the militant group" (``singular_references`` in
  ``data/actors/recognizer.json``) stand for the one actor of that type named in the sentence
  before them or the previous sentence, and for nothing when there are several.

The resolved mention is a span whose ``span._.geokg_actor`` is the first actor and
``span._.geokg_actors`` lists all of them; ``span._.geokg_via`` is ``"coref"``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

if TYPE_CHECKING:
    from .actors import Mention, _DocState

__all__ = ["resolve_references"]

#: verbs whose "it" subject is expletive ("it is important", "it seems")
_EXPLETIVE_HEADS = frozenset(
    {"be", "seem", "appear", "happen", "remain", "take", "matter", "mean", "look"}
)
#: clause links climbed from a pronoun to the clause whose subject it may repeat
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "relcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: actor types an "it" subject may repeat, and the one a "he"/"she" subject may repeat
_NON_PERSON = frozenset({"state", "organisation", "group"})
_PERSON = frozenset({"person"})


def resolve_references(state: _DocState) -> Iterator[Mention]:
    """Yield mentions for the references of ``state.doc`` that have a clear antecedent."""
    from .actors import Mention

    doc, lex = state.doc, state.lex
    if not doc.has_annotation("DEP"):
        return
    sents = list(doc.sents)
    sent_of = {}
    for k, s in enumerate(sents):
        for t in range(s.start, s.end):
            sent_of[t] = k
    mentions = [m for m in state.mentions() if id(m) not in state.consumed]
    pairs = _pairs(state, mentions)
    dominant = state.dominant_state()
    allies = _stated_allies(state, mentions)
    named_organs: dict[tuple[str, ...], set[str]] = {}
    i = 0
    while i < len(doc):
        if state.owner[i] is not None:
            i += 1
            continue
        set_end = _words_at(state, i, lex.state_sets)
        if set_end is not None and _ends_noun_phrase(state, set_end):
            # "the two Koreas": a set of states by name
            ids = list(lex.state_sets[tuple(state.keys[i:set_end])])
            yield Mention(i, set_end, ids, via="coref", label="state", kind="coref")
            i = set_end
            continue
        ref = _plural_reference(state, i)
        if ref is not None:
            end, persons, size, states, conflict, far = ref
            group = None
            if conflict:
                # "both warring parties": the two sides of the fighting named before, or none
                group = _conflict_sides(state, sents, sent_of, i) if size in (2, None) else None
                if group is None and size in (2, None):
                    # "Ethiopia and Eritrea massed troops. Both warring neighbours ...": a pair
                    # coordinated in an earlier sentence (in this one it is rather the speaker:
                    # "the UAE and Egypt urged both warring parties")
                    group = _recent_set(
                        state, pairs, sent_of, sent_of[i], sents[sent_of[i]].start,
                        persons=persons, size=2,
                    )
            else:
                group = _recent_set(
                    state, pairs, sent_of, sent_of[i], i, persons=persons, size=size, states=states
                )
            if group is None and far and size is None:
                # "Mali, Burkina Faso and Niger ... [three sentences] ... the juntas": a noun
                # that only such a set can be looks further back, when one set is in sight
                group = _only_set(state, pairs, sent_of, sent_of[i], i)
            if group is None and not persons and size in (2, None) and not conflict:
                group = _two_in_focus(state, sents, sent_of, i)
            if group is None and persons and size is not None and not conflict:
                # "the three leaders" with no persons named: the leaders of the three states
                group = _recent_set(
                    state, pairs, sent_of, sent_of[i], i, persons=False, size=size, states=True
                )
            if group is not None:
                yield Mention(
                    i, end, list(group), via="coref", label=state.type_of(group[0]), kind="coref"
                )
                # "the three Sahel states" ... "the juntas": the set is named again here
                bisect.insort(
                    pairs,
                    (end, tuple(group), state.type_of(group[0]) == "person", doc[i]),
                    key=lambda p: p[0],
                )
            i = end
            continue
        owned_by = _possessed_organ(state, i)
        if owned_by is not None:
            end, sid = owned_by
            named_organs.setdefault(tuple(state.keys[i:end]), set()).add(sid)
            yield Mention(i, end, [sid], via="coref", label="state", kind="coref")
            i = end
            continue
        organ_end = _state_organ(state, i)
        if organ_end is not None:
            # "South Korea's military ... the military": the state named with it before
            owners = named_organs.get(tuple(state.keys[i + 1 : organ_end]), set())
            sid = next(iter(owners)) if len(owners) == 1 else None
            if sid is None and not owners:
                # "Israeli minister X said the army ...": the speaker's state, else the text's
                sid = _reporter_affiliation(state, doc[i + 1 : organ_end].root, "state")
                sid = sid or dominant
            if sid is None and not owners:
                # "Israel said the army would respond": the one state in focus
                sid = _only_one_in_focus(state, mentions, sents, sent_of, i, "state")
            if sid is not None:
                yield Mention(i, organ_end, [sid], via="coref", label="state", kind="coref")
            i = organ_end
            continue
        epithet = _epithet(state, i)
        if epithet is not None:
            end, org, inner = epithet
            member = _member_in_focus(state, sents, sent_of, i, org)
            if member is not None:
                if inner is not None:
                    state._unclaim(inner)  # "the [OPEC] member": the member, not OPEC
                yield Mention(i, end, [member], via="coref", label="state", kind="coref")
                i = end
                continue
        described = _description(state, i)
        if described is not None:
            # "the Balkan country", "the Himalayan kingdom", "the island": the one such state
            end, candidates = described
            sid = _one_named(state, sents, sent_of, i, candidates)
            if sid is not None:
                yield Mention(i, end, [sid], via="coref", label="state", kind="coref")
            i = end
            continue
        single = _singular_reference(state, i)
        if single is not None:
            start, end, kind = single
            antecedent = _only_one_in_focus(state, mentions, sents, sent_of, i, kind)
            if antecedent is None:
                # "Hamas official Basem Naim said the group had shown ...": the speaker's own
                antecedent = _reporter_affiliation(state, doc[i:end].root, kind)
            if antecedent is None and kind == "organisation":
                # "the bloc" far from its name: the one organisation named before in the text
                antecedent = _one_named(state, sents, sent_of, i, None, kind)
            if antecedent is None and kind == "state" and dominant is not None:
                # several states in focus: the one the text is about, when it is among them
                focus = _in_focus(state, mentions, sents, sent_of, i, kind)
                antecedent = dominant if dominant in focus and len(focus) > 1 else None
            if antecedent is not None:
                yield Mention(start, end, [antecedent], via="coref", label=kind, kind="coref")
            i = end
            continue
        word = state.keys[i]
        tok = doc[i]
        if (
            word in lex.plural_pronouns
            and tok.dep_ in _SUBJECT_DEPS | {"dobj", "pobj"}
            and tok.lower_ != "their"
        ):
            group = _subject_pair(state, pairs, sents, sent_of, tok)
            if group is not None:
                yield Mention(
                    i, i + 1, list(group), via="coref", label=state.type_of(group[0]), kind="coref"
                )
        elif (
            word == "it"
            and tok.dep_ in _SUBJECT_DEPS
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.lemma_ not in _EXPLETIVE_HEADS
        ):
            antecedent = _subject_antecedent(state, sents, sent_of, tok)
            if antecedent is not None:
                yield Mention(
                    i,
                    i + 1,
                    [antecedent],
                    via="coref",
                    label=state.type_of(antecedent),
                    kind="coref",
                )
        elif (
            word in lex.person_pronouns
            and tok.dep_ in _SUBJECT_DEPS
            and tok.head.pos_ in ("VERB", "AUX")
        ):
            # "Abdelatty said ... 'We urge Israel ...,' he told reporters": the person speaking
            antecedent = _subject_antecedent(state, sents, sent_of, tok, _PERSON)
            if antecedent is not None:
                yield Mention(i, i + 1, [antecedent], via="coref", label="person", kind="coref")
        elif (
            word in lex.person_possessives
            and tok.dep_ == "poss"
            and i + 1 < len(doc)
            and state.owner[i + 1] is None
            and doc[i + 1].lemma_.lower() in lex.person_own_nouns
            and _ends_noun_phrase(state, i + 2)
        ):
            # "Kim vowed to bolster his country's nuclear forces": the person's state
            person = _its_owner(state, tok, sents, sent_of, _PERSON)
            actor = state.register(person) if person is not None else None
            if actor is not None and actor.country is not None:
                kind = state.type_of(actor.country)
                yield Mention(i, i + 2, [actor.country], via="coref", label=kind, kind="coref")
                i += 2
                continue
        elif (
            word == "its"
            and i + 1 < len(doc)
            and doc[i + 1].lemma_.lower() in lex.ally_nouns
            and _ends_noun_phrase(state, i + 2)
        ):
            # "the United States, a treaty ally of the Philippines ... stood with its ally"
            owner = _its_owner(state, tok, sents, sent_of)
            partners = {b for a, b in allies if a == owner and b != owner}
            if len(partners) == 1:
                ally = partners.pop()
                yield Mention(i, i + 2, [ally], via="coref", label=state.type_of(ally), kind="coref")
                i += 2
                continue
        elif (
            word == "its" and i + 1 < len(doc) and doc[i + 1].lemma_.lower() in lex.neighbour_nouns
        ):
            neighbour = _neighbour(state, sents, sent_of, tok)
            if neighbour is not None:
                yield Mention(
                    i, i + 2, [neighbour], via="coref", label=state.type_of(neighbour), kind="coref"
                )
                i += 2
                continue
        i += 1


#: parts of speech of the words between "the three" and its noun ("Sahel", "warring", "-")
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "ADV", "NUM"})


def _plural_reference(
    state: _DocState, i: int
) -> tuple[int, bool, int | None, bool, bool, bool] | None:
    """(end, wants persons, count or None, states only, sides of a conflict, may look far back)
    when a collective reference ("the two countries", "both warring parties", "each country",
    "the juntas") starts at token ``i``."""
    lex, doc, keys = state.lex, state.doc, state.keys
    opener = keys[i]
    if opener not in lex.plural_openers or state.owner[i] is not None:
        return None
    count = lex.plural_counts.get(opener)
    j = i + 1
    if j < len(doc) and keys[j] in lex.plural_counts and opener not in ("both", "either", "neither"):
        count = lex.plural_counts[keys[j]]
        j += 1
    if opener == "all" and count is None:
        return None  # "all countries": everyone, not a set named before
    singular_ok = opener in ("each", "either", "neither")
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        if state.owner[k] is not None:
            return None
        lemma = tok.lemma_.lower()
        plural = tok.tag_ in ("NNS", "NNPS") or (tok.lower_.endswith("s") and lemma != tok.lower_)
        if lemma in lex.plural_nouns | lex.plural_person_nouns and (plural or singular_ok):
            if k + 1 < len(doc) and (
                doc[k + 1].pos_ in ("NOUN", "PROPN") or doc[k + 1].text == "-"
            ):
                continue  # "the two countries' ...", "both party leaders": a modifier
            if k + 1 < len(doc) and keys[k + 1] in lex.plural_not_after:
                return None  # "the countries of the region", "both parties in Sudan"
            conflict = any(
                doc[w].lemma_.lower() in lex.plural_conflict_words
                or keys[w] in lex.plural_conflict_words
                for w in range(j, k + 1)
            )
            return (
                k + 1,
                lemma in lex.plural_person_nouns,
                count,
                lemma in lex.plural_state_nouns,
                conflict,
                lemma in lex.plural_far_nouns,
            )
        if tok.pos_ not in _MODIFIER_POS or tok.text in (",", ".", ";", ":"):
            return None
    return None


#: how many sentences back "both warring parties" may look for the fighting it refers to
_CONFLICT_WINDOW = 6
#: dependencies of the sides of a fighting verb or noun ("X fought Y", "X's war with Y")
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent"})
_SIDE_PREPOSITIONS = frozenset({"against", "with", "between", "by", "on"})


def _conflict_sides(state: _DocState, sents, sent_of, pos: int) -> tuple[str, ...] | None:
    """ "both warring parties": the two actors on the sides of the most recent fighting named
    before ``pos`` ("Sudan's army has been fighting the RSF", "the war between A and B"),
    within a few sentences; None when the nearest fighting has no two sides (never a guess)."""
    doc, lex = state.doc, state.lex
    k = sent_of[pos]
    for back in range(k, max(k - _CONFLICT_WINDOW - 1, -1), -1):
        sent = sents[back]
        for t in reversed(range(sent.start, min(sent.end, pos))):
            tok = doc[t]
            if tok.lemma_.lower() not in lex.conflict_words or state.owner[t] is not None:
                continue
            sides = _sides(state, tok)
            if len(sides) == 2:
                return tuple(sides)
    return None


def _sides(state: _DocState, tok: Token) -> list[str]:
    """The actors (not persons, not places) that take part in the fighting word ``tok``: its
    subject and object, "against"/"with"/"between" objects, its possessor, each conjunct."""
    heads = [c for c in tok.children if c.dep_ in _SIDE_DEPS]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _SIDE_PREPOSITIONS:
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    clause = None
    if tok.dep_ in ("xcomp", "conj", "relcl", "acl") or (tok.pos_ == "NOUN" and tok.dep_ == "dobj"):
        clause = tok.head  # "the army continued fighting the RSF", "the army waged war on ..."
    elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        clause = tok.head.head  # "the RSF, which have been at war with the army"
    if clause is not None:
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                relative = c.lower_ in ("which", "that", "who") and clause.dep_ == "relcl"
                heads.append(clause.head if relative else c)
    found: list[str] = []
    for head in heads:
        for node in [head, *[c for c in head.children if c.dep_ == "conj"]]:
            actor = _side_actor(state, node)
            if actor is not None and actor not in found:
                found.append(actor)
    return found


def _side_actor(state: _DocState, tok: Token) -> str | None:
    """The actor a side token names: its own mention, else its possessor's ("Sudan's army")."""
    for cand in (tok, *[c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]):
        m = state.owner[cand.i]
        if (
            m is not None
            and len(m.ids) == 1
            and not m.location
            and m.label in ("state", "group", "organisation")
            and (cand is tok or not m.attributive or m.kind == "demonym")
        ):
            return m.actor_id
    return None


def _ends_noun_phrase(state: _DocState, end: int) -> bool:
    """True when the words before ``end`` are a whole noun phrase, not a modifier ("the army
    chief", "the army-led authorities", "the paramilitary Rapid Support Forces")."""
    doc = state.doc
    if end >= len(doc):
        return True
    nxt = doc[end]
    return not (
        state.owner[end] is not None
        or nxt.pos_ in ("NOUN", "PROPN")
        or nxt.text in ("-", "–")
        or (state.keys[end] == "of" and not _of_gerund(doc, end))
    )


def _of_gerund(doc, of: int) -> bool:
    """ "accusing the Gulf state [of supplying ...]": "of" opens what someone is accused of,
    not a part of the noun phrase ("the country of origin")."""
    return of + 1 < len(doc) and doc[of + 1].tag_ == "VBG"


#: id of a phrase collection -> (the collection, its first words or None when one is empty)
_FIRST_WORDS: dict[int, tuple[Any, frozenset[str] | None]] = {}


def _may_start(state: _DocState, i: int, phrases) -> bool:
    """False when no phrase of ``phrases`` can start at token ``i`` (a quick test: its first word)."""
    hit = _FIRST_WORDS.get(id(phrases))
    if hit is None or hit[0] is not phrases:  # the collection is kept, so its id stays its own
        firsts = None if not all(phrases) else frozenset(words[0] for words in phrases)
        hit = _FIRST_WORDS[id(phrases)] = (phrases, firsts)
    firsts = hit[1]
    return firsts is None or (i < len(state.keys) and state.keys[i] in firsts)


def _words_at(state: _DocState, i: int, phrases) -> int | None:
    """End of the longest phrase of ``phrases`` (word tuples) spelled by unowned tokens at ``i``."""
    if not _may_start(state, i, phrases):
        return None
    for words in phrases:
        end = i + len(words)
        if tuple(state.keys[i:end]) == words and all(
            state.owner[j] is None for j in range(i, end)
        ):
            return end
    return None


def _state_organ(state: _DocState, i: int) -> int | None:
    """End of "the army", "the military", "the government" ... starting at ``i``."""
    if state.keys[i] != "the" or state.owner[i] is not None or i + 1 >= len(state.doc):
        return None
    end = _words_at(state, i + 1, state.lex.state_organs)
    if end is None or not _ends_noun_phrase(state, end):
        return None
    return end


def _stated_allies(state: _DocState, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Pairs stated as allies by apposition: "A, a (treaty) ally of B" (both directions)."""
    doc, lex, out = state.doc, state.lex, set()
    for a in mentions:
        if len(a.ids) != 1 or a.end >= len(doc) or doc[a.end].text != ",":
            continue
        for i in range(a.end + 1, min(a.end + 6, len(doc) - 2)):
            if doc[i].text in (",", ".", ";") or state.owner[i] is not None:
                break
            if doc[i].lemma_.lower() in lex.ally_nouns and state.keys[i + 1] == "of":
                j = i + 2 + (state.keys[i + 2] == "the")
                b = state.owner[j] if j < len(doc) else None
                if b is not None and len(b.ids) == 1 and b.label == a.label:
                    out |= {(a.actor_id, b.actor_id), (b.actor_id, a.actor_id)}
                break
    return out


def _possessed_organ(state: _DocState, i: int) -> tuple[int, str] | None:
    """(end, state) for the organ in "China's coast guard", "Sudan's army": the possessor's;
    in "the Trump administration", the state its leader leads."""
    if i == 0 or state.owner[i] is not None:
        return None
    end = _words_at(state, i, state.lex.state_organs)  # first: the cheapest test
    if end is None or not _ends_noun_phrase(state, end):
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
            for r in state._gazetteer_roles(sid)
        )
        if not leads:
            return None
        sid = person.country
    elif owner.label != "state" or not state._possessive(owner.end - 1):
        return None
    return end, sid


def _epithet(state: _DocState, i: int) -> tuple[int, str, Mention | None] | None:
    """(end, organisation, the organisation's own mention) for "the Gulf state" or "the OPEC
    member" starting at ``i``."""
    lex = state.lex
    if state.keys[i] != "the" or state.owner[i] is not None or i + 1 >= len(state.doc):
        return None
    end = _words_at(state, i + 1, lex.epithets)
    if end is not None:
        words = tuple(state.keys[i + 1 : end])
        return (end, lex.epithets[words], None) if _ends_noun_phrase(state, end) else None
    inner = state.owner[i + 1]
    if inner is None or inner.label != "organisation" or len(inner.ids) != 1:
        return None
    end = _words_at(state, inner.end, lex.member_nouns)
    if end is None or not _ends_noun_phrase(state, end):
        return None
    return end, inner.actor_id, inner


def _member_in_focus(state: _DocState, sents, sent_of, pos: int, org: str) -> str | None:
    """The one member of ``org`` named before ``pos`` in this or the two previous sentences,
    else in the whole text before it; None when there are none or several."""
    members = _members(state, org)
    return None if members is None else _one_named(state, sents, sent_of, pos, members)


def _members(state: _DocState, org: str) -> set[str] | None:
    try:
        return set(state.rec.gazetteer.members(org, state.date))
    except Exception:  # noqa: BLE001 - not an organisation with members
        return None


def _description(state: _DocState, i: int) -> tuple[int, set[str]] | None:
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
        noun_end = _words_at(state, j, lex.state_nouns)
        cased = lex.state_cased.get(tuple(state.keys[j:noun_end])) if noun_end else None
        if cased is not None and tuple(state.raws[j:noun_end]) != cased:
            noun_end = None  # "in the north" is no "the North"
        if noun_end is not None and _ends_noun_phrase(state, noun_end):
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
        end = _words_at(state, j, lex.state_descriptors)
        if end is not None:
            classes.append(lex.state_descriptors[tuple(state.keys[j:end])])
            j = end
        elif doc[j].pos_ == "ADJ" and adjectives < 2 and not classes:
            adjectives += 1
            j += 1
        else:
            return None
    return None


def _reporter_affiliation(state: _DocState, tok: Token, kind: str) -> str | None:
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
        owner = state.owner[subject.i] if subject.dep_ in _SUBJECT_DEPS else None
        if owner is None or owner.label != "person" or len(owner.ids) != 1:
            continue
        actor = state.register(owner.actor_id)
        if actor is not None and actor.country and state.type_of(actor.country) == kind:
            return actor.country
    return None


def _one_named(
    state: _DocState, sents, sent_of, pos: int, members: set[str] | None, kind: str = "state"
) -> str | None:
    """The one actor of type ``kind`` (of ``members``, when given) named before ``pos`` in this
    or the two previous sentences, else in the whole text before it; None when there are none
    or several."""
    k = sent_of[pos]
    focus_start = sents[max(k - 2, 0)].start
    named = [
        m
        for m in state.mentions()
        if m.start < pos
        and len(m.ids) == 1
        and not m.location
        and m.label == kind
        and (members is None or m.actor_id in members)
    ]
    for found in (
        {m.actor_id for m in named if m.start >= focus_start},
        {m.actor_id for m in named},
    ):
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _singular_reference(state: _DocState, i: int) -> tuple[int, int, str] | None:
    """(start, end, actor type) when a reference ("the country", "the alliance", "the
    Iran-backed group", "the 27-nation bloc") starts at ``i``; a name among its modifiers
    ("Iran") stays a mention of its own and the reference starts after it."""
    for words, kind in state.lex.singular_references_by_first.get(state.keys[i], ()):
        end = i + len(words)
        if tuple(state.keys[i:end]) == words:
            if all(state.owner[j] is None for j in range(i, end)) and _ends_noun_phrase(
                state, end
            ):
                return i, end, kind
    if state.keys[i] != "the" or state.owner[i] is not None:
        return None
    j, named = i + 1, False
    while j < len(state.doc) and j - i <= 4:
        tok = state.doc[j]
        kind = state.lex.singular_heads.get(state.keys[j])
        if kind is not None and j > i + 1 and _ends_noun_phrase(state, j + 1):
            # a state named among the modifiers of "the country" is the country itself
            if named:  # "the Iran-backed [group]": the head word stands for the group
                return None if kind == "state" else (j, j + 1, kind)
            return i, j + 1, kind
        if state.keys[j] in state.lex.other_markers or tok.pos_ not in _MODIFIER_POS:
            return None  # "the other country", "the rival group": someone else
        owner = state.owner[j]
        if owner is not None:
            if owner.label != "state":
                return None
            named = True  # "the [Iran]-backed group", "the [Palestinian] militant group"
            j = owner.end
            continue
        j += 1
    return None


def _two_in_focus(state: _DocState, sents, sent_of, pos: int) -> tuple[str, ...] | None:
    """ "the two countries" with no coordination before it: the two states named in this
    sentence before it and the previous one, when there are exactly two."""
    k = sent_of[pos]
    start = sents[k - 1].start if k > 0 else sents[k].start
    # "Mexico said the two countries ...": the speaker is not one of the two
    speakers = set()
    for verb in state.doc[pos].ancestors:
        for child in verb.children:
            owner = state.owner[child.i]
            if child.dep_ in _SUBJECT_DEPS and child.i < pos and owner is not None:
                speakers.update(owner.ids)
    found: list[str] = []
    for m in state.mentions():
        if start <= m.start < pos and len(m.ids) == 1 and m.label == "state":
            if m.location or m.attributive or m.actor_id in found or m.actor_id in speakers:
                continue
            if state.doc[m.end - 1].head.dep_ == "appos":
                continue  # "Norway, Pakistan's donor": a description, not a side
            found.append(m.actor_id)
    return tuple(found) if len(found) == 2 else None


def _only_one_in_focus(state, mentions, sents, sent_of, pos: int, kind: str) -> str | None:
    """The one actor of type ``kind`` named in this sentence before ``pos`` or in the previous
    one; None when there are none or several."""
    found = _in_focus(state, mentions, sents, sent_of, pos, kind)
    return found.pop() if len(found) == 1 else None


def _in_focus(state, mentions, sents, sent_of, pos: int, kind: str) -> set[str]:
    """The actors of type ``kind`` named in this sentence before ``pos`` or in the previous one."""
    k = sent_of[pos]
    start = sents[k - 1].start if k > 0 else sents[k].start
    return {
        m.actor_id
        for m in mentions
        if start <= m.start < pos
        and len(m.ids) == 1
        and not m.location
        and not m.attributive
        and state.type_of(m.actor_id) == kind
    }


def _is_actor(state: _DocState, m: Mention, persons: bool) -> bool:
    if m.location or m.attributive and m.kind != "demonym":
        return False
    return (m.label == "person") == persons


def _pairs(
    state: _DocState, mentions: list[Mention]
) -> list[tuple[int, tuple[str, ...], bool, Token]]:
    """Coordinated actor sets ("Baku and Moscow", "Mali, Burkina Faso and Niger",
    "Turkish-Russian"): (end position, ids, persons?, first token)."""
    doc = state.doc
    out = []

    def link(x: Mention, y: Mention) -> str | None:
        """ "and" for a closing link, "," for a list comma, None when not coordinated."""
        if state.raws[x.end - 1] != doc[x.end - 1].text or doc[x.end].tag_ == "POS":
            return None  # "China, Pakistan's closest ally": a possessor, not a conjunct
        between = [t.lower_ for t in doc[x.end : y.start]]
        if between == [","]:
            return ","
        if between in (["-"], ["–"], ["and"], ["&"], [",", "and"]):
            return "and"
        if between[-1:] == ["and"] and _conjoined(doc[x.end - 1], doc[y.end - 1]):
            return "and"
        return None

    def usable(m: Mention, persons: bool) -> bool:
        return len(m.ids) == 1 and (_is_actor(state, m, persons) or m.kind == "demonym")

    k = 0
    while k < len(mentions):
        first = mentions[k]
        persons = first.label == "person"
        chain, links = [first], []
        while k + 1 < len(mentions) and (kind := link(chain[-1], mentions[k + 1])) is not None:
            chain.append(mentions[k + 1])
            links.append(kind)
            k += 1
            if kind == "and":
                break
        k += 1
        if links and links[-1] != "and":
            chain = chain[:1]  # "China, Pakistan ...": an apposition, not a list
            k -= len(links)
        if len(chain) == 1 and k < len(mentions):
            # "Putin and his Turkish counterpart Erdogan"
            a, b = first, mentions[k]
            if _conjoined(doc[a.end - 1], doc[b.end - 1]):
                chain.append(b)
        if len(chain) < 2 or any(
            (m.label == "person") != persons or not usable(m, persons) for m in chain
        ):
            continue
        ids = tuple(dict.fromkeys(m.actor_id for m in chain))
        if len(ids) == len(chain):
            out.append((chain[-1].end, ids, persons, doc[first.start]))
    return out


def _conjoined(ta: Token, tb: Token) -> bool:
    """ "Putin and his Turkish counterpart Erdogan": b, or the noun it names, is a conjunct of a."""
    tok, hops = tb, 0
    while hops < 3:
        if tok.dep_ == "conj" and tok.head.i == ta.i:
            return True
        if tok.dep_ not in ("compound", "appos") or tok.head is tok:
            return False
        tok, hops = tok.head, hops + 1
    return False


def _recent_set(
    state: _DocState,
    pairs,
    sent_of,
    sent: int,
    pos: int,
    *,
    persons: bool,
    size: int | None,
    states: bool = False,
) -> tuple[str, ...] | None:
    """The most recent coordinated set before ``pos`` whose size is ``size`` (of states only
    when ``states``): within six sentences for a count of three or more, two for a pair, else
    in this sentence or the previous one."""
    best = None
    # a count that matches is evidence enough: "the three states" far back; a pair is common
    window = 6 if size is not None and size > 2 else 2 if size is not None else 1
    for end, ids, is_persons, _ in pairs:
        if end > pos or is_persons != persons:
            continue
        if states and not all(state.type_of(a) == "state" for a in ids):
            continue  # "the two countries" are not "the United States and the EU"
        if sent - window <= sent_of[end - 1] <= sent and (size is None or len(ids) == size):
            best = ids
    return best


def _only_set(state: _DocState, pairs, sent_of, sent: int, pos: int) -> tuple[str, ...] | None:
    """The coordinated set of states named within six sentences before ``pos`` when it is the
    only one there (named once or more); None when there are none or several."""
    found = {
        frozenset(ids): ids
        for end, ids, is_persons, _ in pairs
        if end <= pos
        and not is_persons
        and sent - 6 <= sent_of[end - 1] <= sent
        and all(state.type_of(a) == "state" for a in ids)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _subject_pair(state, pairs, sents, sent_of, tok: Token) -> tuple[str, ...] | None:
    """ "They": the coordinated set that is the subject of a clause governing the pronoun
    ("Jordan and the UAE said they ..."), else of the previous sentence."""
    by_first = {first.i: ids for end, ids, _p, first in pairs if end <= tok.i}
    verb, hops = tok.head, 0
    while verb.dep_ in _CLAUSE_DEPS and verb.head is not verb and hops < 4:
        verb, hops = verb.head, hops + 1
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.i < tok.i:
                owner = state.owner[child.i]
                if owner is None:  # "Iranian officials": the demonym modifying the subject
                    mods = [state.owner[c.i] for c in child.children if c.dep_ in ("amod", "compound")]
                    owner = next((o for o in mods if o is not None and o.kind == "demonym"), None)
                if owner is None:
                    return None
                if owner.start in by_first:
                    return by_first[owner.start]
                plural = child.tag_ in ("NNS", "NNPS") or (
                    child.text.endswith("s") and child.lemma_ != child.lower_
                )
                if (
                    plural
                    and len(owner.ids) == 1
                    and owner.label in ("state", "organisation", "group")
                    and not owner.location
                ):
                    return (owner.actor_id,)  # "Iranian officials said they ..."
                return None
    k = sent_of[tok.i]
    for end, ids, _persons, first in reversed(pairs):
        if end > tok.i:
            continue
        if sent_of[first.i] < k - 1:
            break
        root = first.sent.root
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
            # "The juntas of Mali, Burkina Faso and Niger left ...": the set owns the subject
            if first.head.head.dep_ in _SUBJECT_DEPS and first.head.head.head == root:
                return ids
        if first.dep_ in _SUBJECT_DEPS or (
            first.i < root.i and first.dep_ not in ("pobj", "dobj", "poss")
        ):
            return ids
    return None


def _clause_subject(
    state: _DocState, verb: Token, before: int, labels: frozenset[str] = _NON_PERSON
) -> tuple[bool, str | None]:
    """(whether ``verb`` has a subject before ``before``, the one actor of a type in ``labels``
    (default: state/organisation/group) it names, if it names exactly one)."""
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS or child.i >= before:
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


def _subject_antecedent(
    state, sents, sent_of, tok: Token, labels: frozenset[str] = _NON_PERSON
) -> str | None:
    """The actor an "it" (``labels``: a "he"/"she") subject repeats: the subject of the nearest
    governing clause that has one ("Iran said it ..."), else the subject of the previous
    sentence's main clause."""
    verb = tok.head
    hops = 0
    while verb.dep_ in _CLAUSE_DEPS and verb.head is not verb and hops < 4:
        verb = verb.head
        hops += 1
        has_subject, actor = _clause_subject(state, verb, tok.i, labels)
        if has_subject:
            return actor
    if verb.dep_ != "ROOT":
        return None
    if labels is _PERSON:
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
        has_subject, actor = _clause_subject(state, sent.root, sent.end, _PERSON)
        if actor is not None or back == _QUOTE_SENTENCES:
            return actor
        subjects = [c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS]
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


def _neighbour(state, sents, sent_of, tok: Token) -> str | None:
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
    owner = _its_owner(state, tok, sents, sent_of)
    if owner not in focus:
        return None
    return focus[1] if owner == focus[0] else focus[0]


def _its_owner(
    state, tok: Token, sents, sent_of, labels: frozenset[str] = _NON_PERSON
) -> str | None:
    """The actor (of a type in ``labels``) a possessive "its"/"his" stands for: the subject of
    its clause, else of the previous sentence."""
    verb = tok.head
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and hops < 4:
        verb = verb.head
        hops += 1
    if labels is _PERSON:
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
            if child.dep_ not in _SUBJECT_DEPS or child.i >= tok.i:
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
    return _previous_subject(state, sents, sent_of[tok.i], _PERSON)
