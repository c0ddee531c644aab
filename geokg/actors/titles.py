"""Titles around a person's name and the roles they give ("Turkish President X", "X, NATO's
secretary general", "the head of Ukraine's presidential office, X", "his Russian counterpart,
X", "X, who heads Sudan's ruling council")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .state import DocState, Mention, Person
from .wordlists import CLAUSE_POS, NP_DEPS, PHRASE_STOPS, normalize_token

__all__ = [
    "opposition_side",
    "read_heads_clause",
    "read_title",
    "apposition_ends",
    "title_phrases",
    "titled_apposition",
]

#: punctuation that ends an apposition: quotation marks do not ("the 'acting' spokesman"), nor
#: a possessive's apostrophe ("the rebels’ spokesman"); a dash opens another aside ("X, 61 -
#: a spokesman said - ...")
APPOSITION_STOPS = frozenset({",", ";", ":", "(", ")", ".", "|", "—", "–", "--"})
#: tokens an apposition's title is looked for in, after its comma
_APPOSITION_WINDOW = 7

#: entity types that never belong to a title ("on September 28", "two")
_NOT_TITLE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: parts of speech that end a title phrase (unless an honorific, "of", "to", "for" or a possessive)
_FUNCTION_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART"})
#: prepositions that start a title's complement ("envoy to Ukraine", "head of the office")
_COMPLEMENT_PREPS = frozenset({"to", "for", "of", "on", "at", "in", "with", "from"})


def titled_apposition(doc: Doc, end: int, is_title: Callable[[int], bool]) -> bool:
    """True when ``doc[end:]`` is ", <a phrase holding a title>" ("Amir Karimov, the Israeli
    spokesman, said"): the name ending before ``end`` is described by that title. The phrase
    ends at :data:`APPOSITION_STOPS` (a spaced hyphen as a dash too), at a clause ("X, who met
    the minister") and after a few words; ``is_title(i)`` says whether a title starts at
    token ``i``. The one check of the proper-noun labeller and the recogniser alike."""
    n = len(doc)
    if end + 1 >= n or doc[end].text != ",":
        return False
    for i in range(end + 1, min(end + 1 + _APPOSITION_WINDOW, n)):
        if apposition_ends(doc, i) or doc[i].pos_ in CLAUSE_POS:
            return False
        if is_title(i):
            return True
    return False


def apposition_ends(doc: Doc, i: int) -> bool:
    """True when token ``i`` is punctuation that ends an apposition (:data:`APPOSITION_STOPS`,
    or a hyphen spaced as a dash)."""
    text = doc[i].text
    return text in APPOSITION_STOPS or (
        text == "-" and bool(doc[i].whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
    )


def read_heads_clause(state: DocState, person: Person, m: Mention) -> None:
    """ "X, who heads Sudan's ruling council" / "who leads the IAEA": X leads that state or
    organisation (a state only through its governing body: council, government, junta)."""
    doc, e = state.doc, m.end
    if e + 2 >= len(doc) or doc[e].text != "," or state.keys[e + 1] != "who":
        return
    verb = doc[e + 2]
    if verb.lemma_.lower() not in state.lex.heading_verbs or verb.pos_ not in ("VERB", "AUX"):
        return
    for i in range(e + 3, min(e + 12, len(doc))):
        if doc[i].text in PHRASE_STOPS or doc[i].text == ".":
            return
        owner = state.owner[i]
        if owner is None or owner.label == "person" or owner.location:
            continue
        head = doc[owner.end - 1]
        while head.dep_ in NP_DEPS | {"poss", "case"} and head.head is not head:
            head = head.head
        governs = head.i < owner.end or any(
            " ".join(w.lemma_.lower() for w in doc[k : head.i + 1]) in state.lex.leadership_nouns
            for k in range(max(owner.end, head.i - 1), head.i + 1)
        )
        if governs and head.head.i == verb.i:
            person.country = person.country or owner.actor_id
            state.add_role(person, "leader_of", owner.actor_id, e + 1, owner.end)
            state.consume(m, owner.start, e + 1, owner.end)
        return


def title_phrases(state: DocState, m: Mention) -> list[tuple[int, int]]:
    """Token ranges around a person's name that may hold a title."""
    doc, out = state.doc, []
    # left: "Turkish President Recep Tayyip Erdogan", "retired Lt. Gen. Keith Kellogg"
    j = _left_compound(state, m.start)
    while j < m.start and doc[j].pos_ == "ADP":
        j += 1  # "spoke to [Ukrainian President] X"
    if j < m.start:
        out.append((j, m.start))
    left_titled = any(state.title_at(i) is not None for i in range(j, m.start))
    # left apposition: "the head of Ukraine's presidential office, Andrii Yermak"
    if not left_titled and j > 0 and doc[j - 1].text == ",":
        phrase = _left_apposition(state, j - 1)
        if phrase is not None:
            out.append(phrase)
    # right apposition: "Mark Rutte, NATO's secretary general,"
    if m.end < len(doc) and doc[m.end].text == ",":
        phrase = _right_apposition(state, m.end + 1)
        if phrase is not None:
            out.append(phrase)
    return out


def _left_compound(state: DocState, start: int) -> int:
    """Where the words right before a name that can belong to its title begin."""
    doc, j = state.doc, start
    while j > 0 and start - j < 10:
        t = doc[j - 1]
        if t.text in PHRASE_STOPS or t.ent_type_ in _NOT_TITLE_ENTS:
            break
        if t.text == "." and not (j > 1 and state.is_honorific(doc[j - 2])):
            break  # a sentence end, not the dot of "Lt. Gen."
        if t.text in ("-", "—", "–") and t.whitespace_:
            break  # a spaced dash ("MOSCOW (Reuters) - Russian President ...")
        if t.pos_ in _FUNCTION_POS and not (
            state.is_honorific(t)
            or t.lower_ in ("of", "for", "to")
            or t.tag_ == "POS"
            or state.owner[t.i] is not None
        ):
            break
        j -= 1
        if t.is_sent_start:
            break
    return j


def _left_apposition(state: DocState, comma: int) -> tuple[int, int] | None:
    """The noun phrase before ", Name" when it holds a title and no other person."""
    doc, s = state.doc, comma
    has_title = False
    while s > 0 and comma - s < 14:
        t = doc[s - 1]
        if t.text in PHRASE_STOPS or (
            t.pos_ in ("VERB", "AUX")
            and not state.is_honorific(t)
            and state.owner[s - 1] is None
        ):
            break
        if has_title and t.pos_ == "ADP" and t.lower_ != "of":
            break  # "meet with [NATO Secretary-General], Mark Rutte"
        if t.pos_ == "CCONJ" and s > 1 and _is_person_token(state, s - 2):
            break  # "Obama and [his Iranian counterpart], Hassan Rouhani": a second person
        s -= 1
        has_title = has_title or state.title_at(s) is not None
        if t.is_sent_start:
            break
    if s < comma and doc[s].pos_ == "ADP" and doc[s].lower_ != "of" and state.owner[s] is None:
        s += 1  # "spoke with [his Iranian counterpart], Hassan Rouhani"
    if s >= comma or not _np_start_ok(state, s) or _names_other_person(state, s, comma):
        return None
    return s, comma


def _is_person_token(state: DocState, i: int) -> bool:
    """True when token ``i`` is part of a person's name (a person mention or a PERSON entity)."""
    owner = state.owner[i]
    if owner is not None:
        return owner.label == "person"
    return state.doc[i].ent_type_ == "PERSON"


def _right_apposition(state: DocState, s: int) -> tuple[int, int] | None:
    """The noun phrase after "Name, " up to the next punctuation or verb."""
    doc, e = state.doc, s
    while e < len(doc) and e - s < 12:
        t = doc[e]
        if (
            apposition_ends(doc, e)
            or (
                t.pos_ in ("VERB", "AUX")
                and state.title_at(e) is None
                and state.owner[e] is None
            )
        ):
            break
        e += 1
    if e <= s or not _np_start_ok(state, s) or _names_other_person(state, s, e):
        return None  # "Trump, Secretary of State Marco Rubio and ...": a list
    return s, e


def _names_other_person(state: DocState, start: int, end: int) -> bool:
    """True when a person other than a possessor ("Putin's envoy") is named in the range."""
    doc, i = state.doc, start
    while i < end:
        owner = state.owner[i]
        if owner is not None and owner.label == "person":
            last = owner.end - 1
        elif owner is None and doc[i].ent_type_ == "PERSON" and state.title_at(i) is None:
            last = i
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
        else:
            i += 1
            continue
        if not state.possessive(last):
            return True
        i = last + 1
    return False


def _np_start_ok(state: DocState, s: int) -> bool:
    t = state.doc[s]
    if state.owner[s] is not None:
        return True
    return (
        t.pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART", "PUNCT")
        or t.lower_ == "retired"
    )


def read_title(state: DocState, person: Person, m: Mention, phrase: tuple[int, int]) -> None:
    start, end = phrase
    title_pos = None
    title = None
    i = start
    # the head title is the last one before a complement ("special envoy" in "US President
    # Donald Trump's special envoy to Ukraine"; "head" in "the head of Ukraine's office")
    while i < end:
        if (
            state.tkeys[i] in state.lex.opinion_titles
            or state.doc[i].lemma_.lower() in state.lex.opinion_titles
        ):
            person.opinion = True
        found = state.title_at(i)
        if found and found[0] <= end:
            if (
                title is not None
                and found[0] == end
                and state.index.titles.get(tuple(title.split(" "))) == "leader_of"
                and state.index.titles.get(tuple(found[1].split(" "))) != "leader_of"
            ):
                break  # "junta leader General X": the rank before the name is not the office
            title_pos, title = (i, found[0]), found[1]
            i = found[0]
            continue
        if title is not None and state.keys[i] in _COMPLEMENT_PREPS:
            # "an adviser to Supreme Leader X": a title right before the name is X's own
            for k in range(i + 1, end):
                own = state.title_at(k)
                if own is not None and own[0] == end:
                    title_pos, title = (k, own[0]), own[1]
                    start = k
                    break
            break
        i += 1
    if title is None or title_pos is None:
        _read_counterpart(state, person, m, start, end)
        return
    relation = state.index.titles.get(tuple(title.split(" ")), "represents")
    org, org_tok, org_is_person = _affiliation_in(state, start, end, title_pos)
    if any(
        state.owner[i] is not None and state.owner[i] is not m and state.owner[i].label == "person"
        for i in range(title_pos[1], end)
    ):
        # "North Korean leader Kim Jong Un's sister Kim Yo Jong": the title is the
        # possessor's; the person only shares the affiliation
        if org is not None and not org_is_person:
            person.country = person.country or org
        return
    after_name = None
    if org is None and end == m.start:
        after_name = _of_after_name(state, m)  # "Prime Minister Taro Yamada of Japan"
        if after_name is not None:
            org, org_tok = after_name.actor_id, after_name.start
    past = any(state.keys[i] in state.lex.past_markers for i in range(start, title_pos[0]))
    side = opposition_side(state, start, title_pos[1])
    if side is not None:
        # "rebel commander X", "Venezuelan opposition leader X": no office of the state; with
        # a state named, the person is of that state's rebels or opposition (a group)
        person.side = side
        if org is not None and state.type_of(org) == "state" and not org_is_person:
            person.country = state.side_group(org, side)
            state.consume(m, org_tok, start, end)
            return
        if org is None:
            person.titles.append(title)  # the state may come from the context
            return
    if org is None and person.known and not past:
        org = _gazetteer_role_org(state, person.pid, title)
    if org is None:
        person.titles.append(title)
        if not past:  # "former president X": an affiliation may come later, never the office
            person.pending.append((relation, start, end))
        return
    if past:
        # "former US envoy X": an affiliation, but not a role the person holds now
        person.country = person.country or org
        state.consume(m, org_tok, start, end)
        return
    direct = org_tok is None or _direct(state, org_tok, title_pos, end)
    if relation == "leader_of" and (not direct or org_is_person):
        relation = "represents"
    person.titles.append(title)
    if person.country is None or not person.known:
        person.country = person.country or org
    state.add_role(person, relation, org, start, end)
    state.consume(m, org_tok, start, end)
    if after_name is not None:
        state.consume(m, org_tok, after_name.start, after_name.end)


def _of_after_name(state: DocState, m: Mention) -> Mention | None:
    """The state or organisation of "<title> <Name> of <State>" ("Foreign Minister Tomas
    Halvorsen of Norway"): the object of an "of" the parse hangs on the name, when it ends the
    noun phrase ("of Norway's ..." names something else)."""
    doc, e = state.doc, m.end
    if e + 1 >= len(doc) or state.keys[e] != "of" or not m.start <= doc[e].head.i < e:
        return None
    k = e + 2 if doc[e + 1].lower_ == "the" and e + 2 < len(doc) else e + 1
    owner = state.owner[k]
    if owner is None or owner.label == "person" or owner.location or owner.start != k:
        return None
    after = doc[owner.end] if owner.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")):
        return None
    return owner


def opposition_side(state: DocState, start: int, end: int) -> str | None:
    """ "rebels" / "opposition" when a word of tokens ``start:end`` sets a titled person against
    the state ("rebel commander", "opposition leader"), else None."""
    markers = state.lex.opposition_markers
    for i in range(start, end):
        side = markers.get(state.keys[i]) or markers.get(state.doc[i].lemma_.lower())
        if side is not None:
            return side
    return None


def _read_counterpart(state: DocState, person: Person, m: Mention, start: int, end: int) -> None:
    """ "his Russian counterpart, Vladimir Putin": the person acts for that state, in the
    office the gazetteer gives them on the document date (else as its representative)."""
    for i in range(start, end):
        if state.doc[i].lemma_.lower() not in state.lex.counterpart_words:
            continue
        for j in range(i - 1, start - 1, -1):
            if state.doc[j].pos_ == "ADP":
                start = j + 1  # "frustration with [his Russian counterpart]"
                break
        found = _affiliation_in(state, start, end, (i, i + 1))
        org, org_tok = found[0], found[1]
        if org is None or found[2]:
            return
        relation = "represents"
        if person.known:
            roles = [r for r in state.gazetteer_roles(person.pid) if r.org_id == org]
            relation = roles[0].relation if roles else relation
        if relation == "represents" and _counterpart_of_leader(state, m, start):
            relation = "leader_of"  # "Obama and his Iranian counterpart, Rouhani": a leader too
        person.country = person.country or org
        state.add_role(person, relation, org, start, end)
        state.consume(m, org_tok, start, end)
        return


def _counterpart_of_leader(state: DocState, m: Mention, start: int) -> bool:
    """True when the person whose counterpart ``m`` is ("his" in "his Iranian counterpart": the
    nearest person named before in the sentence) leads a state or organisation."""
    sent_start = state.doc[m.start].sent.start if state.doc.has_annotation("SENT_START") else 0
    for i in range(start - 1, sent_start - 1, -1):
        owner = state.owner[i]
        if owner is None or owner.label != "person" or owner is m:
            continue
        other = state.persons.get(owner.actor_id)
        if other is None:
            return False
        return any(relation == "leader_of" for relation, _ in other.roles)
    return False


def _affiliation_in(
    state, start: int, end: int, title_pos: tuple[int, int]
) -> tuple[str | None, int | None, bool]:
    """The state/organisation a title phrase ties its person to: the nearest actor before
    the title ("Turkish President", "Putin's envoy", "Republican Sen."), else the object of
    "of" after it ("the head of Ukraine's presidential office"). Returns (id, token, whether
    it came through a person or party)."""
    t0, t1 = title_pos
    for i in range(t0 - 1, start - 1, -1):
        found = _affiliation_at(state, i)
        if found is not None:
            return state.outer_state(found, start)

    if t1 < end and state.keys[t1] in (
        "of",
        "for",
    ):  # "head of ...", "spokesman for the Pentagon"
        for i in range(t1 + 1, end):
            if state.keys[i] in _COMPLEMENT_PREPS:
                break
            found = _affiliation_at(state, i)
            if found is not None:
                return found
    return None, None, False


def _affiliation_at(state: DocState, i: int) -> tuple[str, int | None, bool] | None:
    owner = state.owner[i]
    if owner is not None and owner.label != "person" and not owner.location:
        return owner.actor_id, owner.start, False
    if owner is not None and owner.label == "person":
        if state.possessive(owner.end - 1):
            country = state.person_country(owner.actor_id)
            if country:
                return country, owner.start, True
        return None
    party = state.lex.party_affiliation.get(state.keys[i])
    if party:
        return party, None, True
    return None


def _direct(state: DocState, org_tok: int, title_pos: tuple[int, int], end: int) -> bool:
    """False when a noun sits between the organisation and the title
    ("the head of Ukraine's presidential office")."""
    t0, _ = title_pos
    owner = state.owner[org_tok]
    org_end = owner.end if owner is not None else org_tok + 1
    lo, hi = (org_end, t0) if org_tok < t0 else (title_pos[1], org_tok)
    if org_tok > t0:
        # "head of Ukraine's presidential office": nouns after the organisation count
        lo, hi = org_end, end
    for i in range(lo, hi):
        tok = state.doc[i]
        if tok.pos_ == "NOUN" and state.title_at(i) is None and tok.tag_ != "POS":
            return False
    return True


def _gazetteer_role_org(state: DocState, pid: str, title: str) -> str | None:
    try:
        roles = state.gazetteer.roles(pid, on=state.date)
    except Exception:  # noqa: BLE001 - an unknown person has no roles
        return None
    for role in roles:
        if normalize_token(role.title) == title:
            return role.org_id
    return roles[0].org_id if roles else None
