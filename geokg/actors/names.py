"""Stage 1 of the actor wing: gazetteer names in the text.

A longest match over the gazetteer's names (case- and diacritic-tolerant unless a name is
case-sensitive, like "US"), with the traps that make a name something else ("Atlanta, Georgia",
"Michael Jordan", "New Mexico", a dateline; a trap holds for the whole document except in a
mention that shows the state itself: "Russia and Georgia", "Georgia's president"), the demonyms and names that only modify a thing
("Russian S-400", "US-made"), the mere place of an event ("met in Abu Dhabi"), "North and South
Korea", offices owned by the state before them ("Pakistan's Foreign Office") and capitals that
are also cities of other states ("Tripoli").
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Token

from .state import DocState, Mention
from .wordlists import NP_DEPS, is_initial, normalize_token

__all__ = [
    "confirm_shared_capitals",
    "drop_qualifiers",
    "qualifier",
    "settle_shared_names",
    "dateline",
    "elided_names",
    "gazetteer_mentions",
    "inside_person",
    "owned_seats",
    "placed_capitals",
]

#: dependency labels through which a modifier hangs on the noun it modifies
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})

#: words before the last one of a name looked at for a name that ends before a comma
_LONGEST_BEFORE_COMMA = 5


def owned_seats(state: DocState) -> None:
    """ "Pakistan's Foreign Office", "the Pakistani Foreign Office", "the Foreign Office of
    Pakistan": an office whose name the gazetteer gives to one actor belongs to the state named
    right before it or in an "of" phrase right after it. A seat's name inside a longer proper
    name ("the Federal Foreign Office", "the National Security Council") is another body: no
    seat (an agent noun may still give it its state later)."""
    for m in state.mentions():
        if m.kind != "seat":
            continue
        if m.start > 0 and _named_modifier(state, m):
            state.unclaim(m)
            continue
        found = state.outer_state((m.actor_id, m.start, False), max(m.start - 3, 0))
        if found[0] == m.actor_id:
            found = (_of_state(state, m.end) or m.actor_id, None, False)
        if found[0] != m.actor_id:
            m.ids = [found[0]]


def _named_modifier(state: DocState, m: Mention) -> bool:
    """True when a capitalised word that is no actor's name modifies the seat's name from
    right before it ("Federal" in "the Federal Foreign Office") or stands before an "and"
    right before it ("the Peace and Security Council")."""
    i = m.start - 1
    if state.keys[i] in ("and", "&") and i > 0:
        return state.owner[i - 1] is None and state.raws[i - 1][:1].isupper()
    tok = state.doc[i]
    return (
        state.owner[i] is None
        and state.raws[i][:1].isupper()
        and tok.dep_ in _MODIFIER_DEPS
        and m.start <= tok.head.i < m.end
    )


def _of_state(state: DocState, end: int) -> str | None:
    """The state named by an "of" phrase right after token ``end - 1`` ("... of Pakistan")."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    after = state.owner[end + 1]
    if after is None or after.label != "state" or len(after.ids) != 1 or after.location:
        return None
    return after.actor_id


def drop_qualifiers(state: DocState) -> None:
    """ "Turkish-backed rebels", "the UN-backed government", "pro-Russian separatists": a name
    that only qualifies the noun after it (:meth:`DocState.qualifier_only`) is no actor
    mention, so that no later reading takes the backer for the noun's owner. Run last, after
    the references; a name in a description that stands for an actor ("the Iran-backed
    group", "the ISIS-linked group": a head word of ``singular_heads``) stays a mention."""
    for m in state.mentions():
        if m.attributive and qualifier(state, m.start, m.end):
            state.unclaim(m)


def qualifier(state: DocState, start: int, end: int) -> bool:
    """True when the name at ``start:end`` only qualifies the noun after it
    (:meth:`DocState.qualifier_only`) and that noun is no singular description's head word
    ("the Iran-backed group": the references read the state there as a mention of its own)."""
    if not state.qualifier_only(start, end):
        return False
    doc = state.doc
    for i in range(end, min(end + 5, len(doc))):
        if doc[i].pos_ in ("NOUN", "PROPN"):
            singular = doc[i].lemma_.lower() == doc[i].lower_
            return not (singular and state.keys[i] in state.lex.singular_heads)
    return True


def placed_capitals(state: DocState) -> None:
    """ "the north Lebanese port of Tripoli": a capital's name that its own phrase places in
    one other state ("<demonym> city/port of X", "<demonym> city X") is a place of that
    state, not the capital."""
    doc = state.doc
    for m in state.mentions():
        if m.kind != "capital":
            continue
        tok = doc[m.end - 1]
        noun = tok.head
        if tok.dep_ == "pobj" and noun.lower_ == "of":
            noun = noun.head
        elif tok.dep_ not in ("appos", "compound"):
            continue
        if noun.lemma_.lower() not in state.lex.place_nouns - {"capital"}:
            continue
        states = {
            o.actor_id
            for c in noun.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
            for o in (state.owner[c.i],)
            if o is not None and o is not m and state.type_of(o.actor_id) == "state"
        }
        if len(states) == 1 and m.actor_id not in states:
            m.ids = [states.pop()]
            m.location = True


def confirm_shared_capitals(state: DocState) -> None:
    """ "Tripoli" (also a city of Lebanon) stands for Libya only when this or the previous
    sentence names Libya otherwise and names none of the other states with such a city;
    without that context it is left unresolved (never guessed)."""
    shared = state.lex.shared_capitals
    if not shared:
        return
    mentions = state.mentions()
    capitals = [m for m in mentions if m.kind == "capital" and not m.location]
    capitals = [m for m in capitals if " ".join(state.keys[m.start : m.end]) in shared]
    if not capitals:
        return
    sents = list(state.doc.sents)
    starts = [s.start for s in sents]
    for m in capitals:
        k = bisect.bisect_right(starts, m.start) - 1
        lo, hi = starts[max(k - 1, 0)], sents[k].end
        named = {
            o.actor_id
            for o in mentions
            if lo <= o.start < hi and o is not m and o.kind != "capital" and len(o.ids) == 1
        }
        others = shared[" ".join(state.keys[m.start : m.end])]
        if m.actor_id not in named or named & others:
            state.unclaim(m)


def gazetteer_mentions(state: DocState) -> list[Mention]:
    keys, index, out = state.keys, state.index, []
    names = index.names
    i = 0
    # only where a gazetteer name starts with the word, in order, past the names found
    for p in [p for p, k in enumerate(keys) if k in names]:
        if p < i:
            continue
        i = p
        found = None
        for name_keys, name_raw, entry in index.names_at(keys, i):
            size = len(name_keys)
            if tuple(keys[i : i + size]) != name_keys:
                continue
            if found is not None and size < found[0]:
                break
            if _case_ok(state, i, size, name_raw, entry):
                if found is None:
                    found = (size, [entry])
                else:
                    found[1].append(entry)
        if found is None:
            continue
        size, entries = found
        m = _name_mention(state, i, i + size, entries)
        if m is not None:
            out.append(m)
        i += size
    if state.trapped_keys:
        # a trap found further on holds for the earlier mentions too, unless one shows the state
        out = [
            m
            for m in out
            if " ".join(state.keys[m.start : m.end]) not in state.trapped_keys
            or _state_sense(state, m.actor_id, m.start, m.end)
        ]
    return out


def _case_ok(state: DocState, i: int, size: int, name_raw: tuple[str, ...], entry: Any) -> bool:
    if entry.case_sensitive:
        return all(state.raws[i + k] == name_raw[k] for k in range(size))
    first = state.raws[i]
    if first[:1].isupper() or first[:1].isdigit():
        return True
    # "al-Shabab", "al-Qaida": a lowercase article joined by a hyphen to a capitalised name
    return (
        size >= 3
        and first.isalpha()
        and len(first) <= 3
        and state.raws[i + 1] in ("-", "‐", "‑")
        and state.raws[i + 2][:1].isupper()
    )


def _name_mention(state: DocState, start: int, end: int, entries: list[Any]) -> Mention | None:
    entry = _pick_entry(state, start, end, entries)
    if entry is None or _trapped(state, start, end, entry):
        return None
    while end - start > 1 and state.keys[start] == "the":
        start += 1  # "the Kremlin": the span is the name
    if entry.kind == "person":
        matched_end = end
        start, end = _person_extent(state, start, end)
        if not _extension_fits(state, entry.actor_id, matched_end, end):
            return None  # "Kim" + "Yo Jong": another person sharing a name with the entry
        while (
            end < len(state.doc)
            and state.raws[end][:1].isupper()
            and _extension_fits(state, entry.actor_id, end, end + 1)
            and state.keys[end] not in state.keys[start:end]
        ):
            end += 1  # "Sheikh Mohammed bin Abdulrahman" + "Al Thani": the full name
    via = "name" if entry.kind == "group" else entry.kind  # the contract's "via" words
    m = Mention(start, end, [entry.actor_id], via=via, kind=entry.kind)
    m.label = state.type_of(entry.actor_id)
    if entry.kind == "person":
        m.label = "person"
        m.ambiguous = entry.ambiguous and end - start == 1
        return m
    same_kind = [e.actor_id for e in entries if e.kind == entry.kind]
    if len(set(same_kind)) > 1 and m.label == "state":
        # "Congo": DR Congo or the Republic of the Congo, settled by the context later
        m.candidates = tuple(dict.fromkeys(same_kind))
    if entry.kind == "demonym":
        _classify_demonym(state, m)
    elif entry.kind in ("name", "alias", "acronym", "capital", "seat", "group"):
        m.attributive = _modifies_thing(state, start, end)
    if qualifier(state, start, end):
        m.attributive = True  # "Turkish-backed rebels", "pro-Russian separatists": no actor
    m.location = not m.attributive and (
        (_is_location(state, start, end) and not _membership_place(state, m))
        or dateline(state, start, end)
    )
    return m


def _membership_place(state: DocState, m: Mention) -> bool:
    """ "its participation in the CSTO", "membership in NATO": an organisation after "in"
    that is what one takes part in, not a place."""
    if m.label != "organisation":
        return False
    tok = state.doc[m.end - 1]
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ == "in"
        and prep.head.lemma_.lower() in state.lex.membership_nouns
    )


def dateline(state: DocState, start: int, end: int) -> bool:
    """ "MOSCOW (Reuters) -", "KYIV, July 14": where the story was filed, not an actor."""
    doc = state.doc
    first = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
    if not first or end >= len(doc):
        return False
    if doc[end].text == ":" and doc[start].text[:1].isupper():
        return True  # "Islamabad: Pakistan and India have agreed ..."
    if not all(doc[i].text.isupper() for i in range(start, end)):
        return False
    spaced = bool(doc[end - 1].whitespace_)  # "MOSCOW - ", not "US-China"
    return doc[end].text in (",", "(") or (spaced and doc[end].text in ("-", "—", "–"))


def _same_first_name(state: DocState, i: int, actor_id: str) -> bool:
    """True when token ``i`` spells the person's first name ("Andreii" for "Andrii Yermak"):
    the same first four letters."""
    actor = state.gazetteer.get(actor_id)
    if actor is None:
        return False
    given = normalize_token(actor.name.split()[0])
    return len(given) >= 4 and state.keys[i][:4] == given[:4]


def _person_extent(state: DocState, start: int, end: int) -> tuple[int, int]:
    """A person's name without a leading title ("President Xi" -> "Xi"), extended to the end
    of the NER's person entity ("Xi" + "Jinping")."""
    while end - start > 1 and state.is_honorific(state.doc[start]):
        start += 1
    ent = state.ent_at[start] if state.ent_label[start] == "PERSON" else None
    if ent is not None and ent.start < start and not state.is_honorific(state.doc[ent.start]):
        start = ent.start  # "Andreii" + "Yermak"
    if state.ent_label[end - 1] == "PERSON":
        ent = state.ent_at[end - 1]
        if ent is not None and ent.end > end and ent.start <= start:
            while (
                end < ent.end
                and state.doc[end].pos_ == "PROPN"
                and not state.is_honorific(state.doc[end])
            ):
                end += 1  # "Xi" + "Jinping", but not "Trump" + "Envoy Arrives"
    return start, end


def _extension_fits(state: DocState, actor_id: str, matched_end: int, end: int) -> bool:
    """True when the tokens the NER adds after a matched person name belong to one of that
    person's names ("Xi" + "Jinping"), not to another person's ("Kim" + "Yo Jong")."""
    if end <= matched_end:
        return True
    words = state.index.name_words.get(actor_id, set())
    return all(state.keys[i] in words for i in range(matched_end, end))


def _pick_entry(state: DocState, start: int, end: int, entries: list[Any]) -> Any:
    ids = {e.actor_id for e in entries}
    if len(ids) == 1:
        return entries[0]
    label = state.ent_label[start]
    wants_person = label == "PERSON"
    for e in entries:
        if (e.kind == "person") == wants_person:
            return e
    return entries[0]


def _trapped(state: DocState, start: int, end: int, entry: Any) -> bool:
    """True when a name that looks like an actor is something else here."""
    doc = state.doc
    # a name inside a longer person name: "Michael Jordan", "Jordan Peterson", "Ivanka Trump"
    if entry.kind == "person" and end - start == 1 and start > 0:
        prev = doc[start - 1]
        if (
            prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and prev.ent_type_ in ("", "PERSON")
            and not state.is_honorific(prev)
            and not state.is_known_actor_token(start - 1)
            and not _same_first_name(state, start - 1, entry.actor_id)
        ):
            return True  # "Ivanka Trump", "Eric Trump": another person with that surname
    if inside_person(state, start, end, before_only=entry.kind == "person"):
        if entry.kind == "person":  # "Andreii Yermak" is Andrii Yermak
            ent = state.ent_at[start]
            return ent is None or not _same_first_name(state, ent.start, entry.actor_id)
        state.trapped_keys.add(" ".join(state.keys[start:end]))  # "Michael Jordan" ... "Jordan"
        return True
    key = " ".join(state.keys[start:end])
    if key in state.trapped_keys and not _state_sense(state, entry.actor_id, start, end):
        return True  # "Atlanta, Georgia ... Georgia": the same sense throughout
    if (
        entry.kind in ("alias", "acronym")
        and end - start == 1
        and end + 1 < len(doc)
        and state.keys[end] == "of"
        and doc[end + 1].text[:1].isupper()
        and doc[start].text[:1].isupper()
    ):
        return True  # "Alliance of Sahel States", "Congress of ...": a longer proper name
    if start > 0 and doc[start - 1].text in state.lex.place_name_prefixes:
        # "New Mexico", "New Jersey": another place whose name contains a state's; not an
        # abbreviation after a capitalised "New" ("New U.S. sanctions", "New EU rules")
        prefix, name = doc[start - 1].text, doc[start:end].text
        if not (name.isupper() and not prefix.isupper()):
            return True
    traps = state.lex.state_traps.get(key)
    if traps is not None:
        nxt = state.keys[end] if end < len(doc) else ""
        prv = state.keys[start - 1] if start > 0 else ""
        if prv in traps["prev"]:  # "Michael Jordan": the same person further on
            state.trapped_keys.add(key)
            return True
        possessive_next = end + 1 < len(doc) and nxt == "'s" and state.keys[end + 1]
        if nxt in traps["next"] or possessive_next in traps["next"]:
            if traps["discourse"]:  # "Georgia Governor": a US state throughout
                state.trapped_keys.add(key)
            return True
        if doc[start].text != doc[start].text.upper() and doc[start].text.islower():
            return True
    if entry.ambiguous or traps is not None:
        # "Atlanta, Georgia": a place name, a comma, then the ambiguous name
        # not "gunmen fired near Jericho, Israel said": the name reports the clause before it
        verb = doc[end - 1].head
        subject = doc[end - 1].dep_ == "nsubj" and any(
            c.dep_ == "ccomp" and c.i < start for c in verb.children
        )
        if start >= 2 and doc[start - 1].text == "," and state.ent_label[start - 2] == "GPE":
            if not _known_name_ends_at(state, start - 2) and not subject:
                state.trapped_keys.add(key)
                return True
    return False


def _state_sense(state: DocState, actor_id: str, start: int, end: int) -> bool:
    """True when the mention ``doc[start:end]`` of the state ``actor_id``'s name itself shows the
    state, where a trap elsewhere in the document made the name something else ("Atlanta,
    Georgia"): a conjunct of another state's name ("Russia and Georgia", "Georgia, Ukraine and
    Moldova") or the possessor of a word only a state has ("Georgia's president", "Georgia's
    foreign minister"). False for an actor that is no state."""
    if state.type_of(actor_id) != "state":
        return False
    doc, keys = state.doc, state.keys
    if end + 1 < len(doc) and keys[end] == "'s" and keys[end + 1] in state.lex.state_sense_words:
        return True
    tok = doc[end - 1]
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
        partners += [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i]
    own = tuple(keys[start:end])
    for p in partners:
        for j in range(max(p.left_edge.i, p.i - 4), p.i + 1):
            if not start <= j < end and _starts_state_name(state, j, own):
                return True
    return False


def _starts_state_name(state: DocState, j: int, own: tuple[str, ...]) -> bool:
    """True when a state's name other than ``own``, and not itself trapped, starts at token
    ``j`` (written with a capital)."""
    if not state.doc[j].text[:1].isupper():
        return False
    for name_keys, _raw, entry in state.index.names.get(state.keys[j], ()):
        if (
            name_keys != own
            and entry.kind != "demonym"
            and tuple(state.keys[j : j + len(name_keys)]) == name_keys
            and " ".join(name_keys) not in state.trapped_keys
            and state.type_of(entry.actor_id) == "state"
        ):
            return True
    return False


def _known_name_ends_at(state: DocState, last: int) -> bool:
    """True when a gazetteer name ends with token ``last`` or starts there ("Moscow, Georgia
    and Armenia", "The United States, China and other countries": a list of actors, not a
    place and the state it lies in)."""
    if state.is_known_actor_token(last):
        return True
    keys = state.keys
    for first in range(max(0, last - _LONGEST_BEFORE_COMMA), last):
        size = last + 1 - first
        if any(len(k) == size and tuple(keys[first : last + 1]) == k
               for k, _, _ in state.index.names_at(keys, first)):
            return True
    return False


def inside_person(state: DocState, start: int, end: int, *, before_only: bool = False) -> bool:
    """True when the NER's person entity around the match names more than it ("Michael
    Jordan", "Ivanka Trump"; not "President Trump" nor "Donald J. Trump")."""
    if state.ent_label[start] == "PERSON":
        ent = state.ent_at[start]
        if ent is not None and (ent.start < start or ent.end > end):
            inner = [t for t in ent if t.i < start or (t.i >= end and not before_only)]
            return any(
                t.text[:1].isupper() and not state.is_honorific(t) and not is_initial(t.text)
                for t in inner
            )
    return False


def _np_path(state: DocState, tok: Token) -> list[Token]:
    path = [tok]
    while (
        tok.dep_ in _MODIFIER_DEPS | {"appos", "punct"}
        and tok.head is not tok
        and len(path) < 7
    ):
        tok = tok.head
        path.append(tok)
    return path


def _path_agentive(state: DocState, path: list[Token]) -> bool:
    """True when the head noun, or a noun on the way to it, names people or an action
    ("Chinese coast guard ships", "Russian attacks"), not a thing ("Russian S-400 system")."""
    return any(t.pos_ in ("NOUN", "PROPN") and _agentive(state, t) for t in path[1:])


def _agentive(state: DocState, noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    text = noun.lower_
    lists = (state.lex.people_nouns, state.lex.relation_nouns, state.lex.event_nouns)
    return any(lemma in words or text in words for words in lists)


def _classify_demonym(state: DocState, m: Mention) -> None:
    tok = state.doc[m.end - 1]
    if tok.dep_ in _MODIFIER_DEPS or tok.dep_ == "appos":
        path = _np_path(state, tok)
        head = path[-1]
        if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
            m.attributive = head.pos_ not in ("NOUN", "PROPN", "PRON")
            return
        m.attributive = not _path_agentive(state, path)
        return
    # a demonym standing alone: "the Russians" is an actor, "is Turkish" describes
    m.attributive = tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "oprd", "advmod")


def _modifies_thing(state: DocState, start: int, end: int) -> bool:
    tok = state.doc[end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # "University of Tehran", "Bank of England": part of another institution's name
        owner_noun = tok.head.head
        return (
            owner_noun.lemma_.lower() in state.lex.institution_nouns
            and owner_noun.text[:1].isupper()
        )
    if tok.dep_ not in _MODIFIER_DEPS:
        # "Azerbaijan-Russia tensions": the second name is an appos of the first
        if tok.dep_ == "appos" and tok.head.dep_ in _MODIFIER_DEPS:
            tok = tok.head
        else:
            return False
    doc = state.doc
    if end < len(doc) and doc[end].tag_ == "POS":
        return False
    if end < len(doc) and doc[end].text != "-" and state.is_known_actor_token(end):
        return False  # "sending Ukraine US-made missiles": two objects, not a compound
    path = _np_path(state, tok)
    head = path[-1]
    if head.i == tok.i:
        return False
    if head.pos_ == "VERB" or head.tag_ in ("VBN", "VBD"):
        return head.i > tok.i  # "US-made", but not the object of "angered Washington"
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.ent_type_ == "PERSON":
        return False
    return not _path_agentive(state, path)


def _is_location(state: DocState, start: int, end: int) -> bool:
    """True when the mention is only the place of an event ("met in Abu Dhabi")."""
    # use the syntactic head of the span
    heads, head = state.heads, end - 1
    for i in range(start, end):
        if heads[i] < start or heads[i] >= end or heads[i] == i:
            head = i
            break
    tok = state.doc[head]
    through_place = False
    for _ in range(8):
        dep = tok.dep_
        if dep == "conj" or dep in ("appos", "flat") and tok.head.pos_ == "NOUN":
            tok = tok.head  # "in Baku and Moscow", "in the capital, Kyiv"
            continue
        if dep in NP_DEPS | {"poss"} and tok.head.lemma_.lower() in state.lex.place_nouns:
            tok = tok.head
            through_place = True
            continue
        if dep != "pobj":
            return False
        prep = tok.head
        word = prep.lower_
        if word == "of" and prep.head.lemma_.lower() in state.lex.place_nouns:
            tok = prep.head
            through_place = True
            continue
        if word not in state.lex.location_prepositions:
            return False
        governor = prep.head
        if through_place:
            return True  # "in the northern Sumy region of Ukraine"
        if governor.lemma_.lower() in state.lex.travel_words | state.lex.target_words:
            return False
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in state.lex.people_nouns - {
            "mission"
        } - state.lex.placed_people_nouns:
            return False  # "officials in Moscow" are Russia's officials, not "militants in X"
        if any(
            c.lemma_.lower() in state.lex.travel_words
            for c in governor.children
            if c.dep_ in ("acomp", "xcomp")
        ):
            return False
        return True
    return False


def elided_names(state: DocState, mentions: list[Mention]) -> list[Mention]:
    """ "North and South Korea": the first word of a coordination is the state named by it
    and the rest of the second name ("North Korea")."""
    doc, out = state.doc, []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 2
        if (
            m.label != "state"
            or m.end - m.start < 2
            or k < 0
            or state.keys[k + 1] not in ("and", "or", "&")
            or k in taken
            or not doc[k].text[:1].isupper()
        ):
            continue
        name = " ".join([state.raws[k], *state.raws[m.start + 1 : m.end]])
        sid = state.gazetteer.resolve(name)
        if sid is not None and sid != m.actor_id and state.type_of(sid) == "state":
            out.append(Mention(k, k + 1, [sid], via="name", label="state", kind="name"))
            taken.add(k)
    return out


def settle_shared_names(state: DocState) -> None:
    """ "Congo" (DR Congo or the Republic of the Congo): the one of the states a name may stand
    for that the rest of the text points to, by a mention of its own ("Kinshasa",
    "Brazzaville", "DR Congo") or a gazetteer person affiliated to it ("Tshisekedi"); with no
    such context, or context for several, the gazetteer's first reading stays."""
    mentions = state.mentions()
    evidence: set[str] = set()
    for m in mentions:
        if m.candidates or len(m.ids) != 1:
            continue
        if m.label == "person":
            country = state.dated_country(m.actor_id)
            if country:
                evidence.add(country)
        else:
            evidence.add(m.actor_id)
    for m in mentions:
        hits = [c for c in m.candidates if c in evidence]
        if len(hits) == 1:
            m.ids = [hits[0]]
