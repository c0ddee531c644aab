"""Stage 2 of the actor wing: persons.

Persons come from the gazetteer, the NER and names right after a title; a lone ambiguous
surname needs context; the titles around each name give the person's state or organisation and
role (:mod:`geokg.actors.titles`); persons with no affiliation are dropped; later mentions by
surname are the person named in full.
"""

from __future__ import annotations

from .focus import dominant_state
from .names import inside_person
from .state import DocState, Mention, Person
from .titles import read_heads_clause, read_title, title_phrases, titled_apposition
from .wordlists import PHRASE_STOPS, is_initial, normalize_token, person_id

__all__ = [
    "confirm_ambiguous_persons",
    "merge_first_names",
    "ner_persons",
    "resolve_persons",
    "surname_mentions",
    "titled_names",
]


def confirm_ambiguous_persons(state: DocState) -> None:
    """A lone ambiguous surname ("Johnson", "Cameron") is the gazetteer person only with
    context: the full name elsewhere in the text, a title right before it, or an office the
    person holds on the document date; otherwise it is left to the NER as someone else."""
    mentions = state.mentions()
    full = {m.actor_id for m in mentions if m.label == "person" and not m.ambiguous}
    for m in mentions:
        if not m.ambiguous or m.actor_id in full:
            continue
        if m.start > 0 and (
            state.is_honorific(state.doc[m.start - 1])
            or state.title_at(max(m.start - 1, 0)) is not None
        ):
            continue
        roles = state.gazetteer_roles(m.actor_id)
        if state.date is None:
            roles = [r for r in roles if r.end is None]
        if roles:
            continue
        state.unclaim(m)


def ner_persons(state: DocState, mentions: list[Mention]) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for ent in state.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while (
            start < end
            and state.is_honorific(state.doc[start])
            and not _title_is_given_name(state, start, end)
        ):
            start += 1
        while start < end and not state.doc[start].text[:1].isupper():
            start += 1
        while end > start and not state.doc[end - 1].text[:1].isalpha():
            end -= 1
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        if _office_words(state, start, end):
            continue  # "Federal Secretary Interior", "the Crown Prince": an office, no name
        name = state.surface(start, end)
        pid = _person_by_name(state, start, end) or person_id(name)
        out.append(Mention(start, end, [pid], via="person", label="person", kind="ner"))
    return out


def _office_words(state: DocState, start: int, end: int) -> bool:
    """True when every word of ``doc[start:end]`` is a word of a title ("Interior" of "interior
    minister", "Crown Prince"): the words name an office, not a person ("Prince Harry" and "Tom
    King" hold a word that is no title's)."""
    words = state.index.title_words
    return all(state.tkeys[i] in words for i in range(start, end))


def _title_is_given_name(state: DocState, i: int, end: int) -> bool:
    """True when the title word at token ``i``, first of the name ``doc[i:end]``, is rather the
    person's first name ("Amir", "Sultan"; ``given_name_titles``): another title describes
    the person, right before the name ("spokesman Amir Mensah") or in apposition after it
    ("Amir Karimov, the Israeli spokesman"), and titles do not stack."""
    doc = state.doc
    if (
        state.keys[i] not in state.lex.given_name_titles
        or end - i < 2
        or not doc[i + 1].text[:1].isupper()
        or state.is_honorific(doc[i + 1])
    ):
        return False
    return any(
        (found := state.title_at(k)) is not None and found[0] == i for k in range(max(0, i - 3), i)
    ) or titled_apposition(doc, end, lambda k: state.title_at(k) is not None)


def titled_names(state: DocState, mentions: list[Mention]) -> list[Mention]:
    """Names the ``ner`` missed right after a title ("Ukrainian Foreign Ministry spokesperson
    Mariya Petrenko"): two to four capitalised proper nouns that are no entity of another
    kind and no title, followed by no other proper noun."""
    doc, out = state.doc, []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    i = 0
    for p in state.title_starts:  # title_at is None at every other word
        if p < i:
            continue  # inside a name read already
        i = p
        title = state.title_at(i)
        if title is not None and doc[i].pos_ not in ("NOUN", "PROPN"):
            title = None
        if title is None:
            continue
        start = end = title[0]
        while (
            end < len(doc)
            and end - start < 4
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].text.replace("-", "").isalpha()
            and end not in taken
            and state.ent_label[end] in ("", "PERSON")
            and state.title_at(end) is None
            and not state.is_honorific(doc[end])
        ):
            end += 1
        if end - start >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN"):
            name = state.surface(start, end)
            pid = _person_by_name(state, start, end) or person_id(name)
            out.append(Mention(start, end, [pid], via="person", label="person", kind="ner"))
            taken.update(range(start, end))
        i = max(end, i + 1)
    return out


def merge_first_names(state: DocState, mentions: list[Mention]) -> None:
    """A lone first name ("(Russian President Vladimir) Putin") is the person named in full."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "person" and m.end - m.start >= 2:
            full.setdefault(state.keys[m.start], set()).add(m.actor_id)
    for m in mentions:
        if m.kind == "ner" and m.end - m.start == 1:
            ids = full.get(state.keys[m.start], set())
            if len(ids) == 1:
                m.ids = [next(iter(ids))]


def _person_by_name(state: DocState, start: int, end: int) -> str | None:
    """The gazetteer person an NER name is, when there is exactly one: the same name without
    initials ("Donald J. Trump"), or a unique surname ("Kellogg")."""
    keys = tuple(
        k
        for k, r in zip(state.keys[start:end], state.raws[start:end], strict=True)
        if not is_initial(r)
    )
    candidates = state.index.person_names.get(keys, set())
    if not candidates and len(keys) == 1:
        candidates = state.index.surnames.get(keys[0], set())
    if not candidates and len(keys) >= 2:
        # an office holder of the dated persons read lazily, while in office on the date
        dated = state.gazetteer.find_person(state.surface(start, end))
        return dated if dated and state.dated_country(dated) else None
    return next(iter(candidates)) if len(candidates) == 1 else None


def resolve_persons(state: DocState) -> None:
    """Read the titles around each person mention; drop persons with no affiliation."""
    for m in [m for m in state.mentions() if m.label == "person"]:
        pid = m.actor_id
        person = state.persons.get(pid)
        if person is None:
            gaz = state.gazetteer.get(pid)
            name = gaz.name if gaz else state.surface(m.start, m.end)
            person = Person(pid, name, state.dated_country(pid), known=gaz is not None)
            state.persons[pid] = person
        for phrase in title_phrases(state, m):
            read_title(state, person, m, phrase)
        read_heads_clause(state, person, m)
        if _described_as_opinion(state, m):
            person.opinion = True
    # persons mentioned by surname or title inherit; unaffiliated persons are not actors
    dropped: set[str] = set()
    for m in [m for m in state.mentions() if m.label == "person"]:
        person = state.persons[m.actor_id]
        _take_side(state, person)
        if person.opinion and not person.roles:
            dropped.add(person.pid)
        elif person.country is None:  # also a former official of the dated persons
            fallback = _kin_affiliation(state, m) or _fallback_affiliation(state, m, person)
            if fallback and person.side is not None:
                # "President Kiir and rebel commander Machar": that state's rebels, no office
                if state.type_of(fallback) == "state":
                    fallback = state.side_group(fallback, person.side)
                person.country = fallback
            elif fallback:
                person.country = fallback
                for relation, start, end in person.pending:
                    state.add_role(person, relation, fallback, start, end)
            else:
                dropped.add(person.pid)
    for m in [m for m in state.mentions() if m.actor_id in dropped]:
        state.unclaim(m)
    for pid in dropped:
        del state.persons[pid]


def _take_side(state: DocState, person: Person) -> None:
    """A known person the text calls a rebel or opposition figure ("rebel commander X") is of
    that state's rebels or opposition, not the state, unless the text gives them its office."""
    country = person.country
    if person.side is None or country is None or state.type_of(country) != "state":
        return
    if any(org == country for _, org in person.roles):
        return
    person.country = state.side_group(country, person.side)


def _described_as_opinion(state: DocState, m: Mention) -> bool:
    """'Dr. Sinem Cengiz is a Turkish political analyst', 'said analyst John Smith'."""
    root = state.doc[m.end - 1]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.lemma_.lower() in state.lex.opinion_titles:
                return True
    return False


def _kin_affiliation(state: DocState, m: Mention) -> str | None:
    """ "Kim Yo Jong, the sister of leader Kim Jong Un": a relative of a ruler acts for the
    ruler's state (the relative holds no office of their own)."""
    doc, e = state.doc, m.end
    if e >= len(doc) or doc[e].text != ",":
        return None
    for i in range(e + 1, min(e + 6, len(doc) - 1)):
        if doc[i].text in PHRASE_STOPS:
            return None
        if doc[i].lemma_.lower() in state.lex.kin_nouns and state.keys[i + 1] == "of":
            for j in range(i + 2, min(i + 7, len(doc))):
                owner = state.owner[j]
                if owner is not None and owner.label == "person" and owner is not m:
                    other = state.persons.get(owner.actor_id)
                    if other is not None and other.country and (
                        ("leader_of", other.country) in other.roles
                        or any(
                            r.relation == "leader_of" and r.org_id == other.country
                            for r in state.gazetteer_roles(other.pid)
                        )
                    ):
                        return other.country
                    return None
            return None
    return None


def _fallback_affiliation(state: DocState, m: Mention, person: Person) -> str | None:
    """A titled official whose state is not named: the state of a coordinated person, or the
    document's dominant state."""
    if not person.titles:
        return None
    tok = state.doc[m.end - 1]
    for other in list(tok.conjuncts):
        owner = state.owner[other.i]
        if owner is not None and owner.label == "person" and owner.actor_id != person.pid:
            p = state.persons.get(owner.actor_id)
            if p and p.country:
                return p.country
    # a list of officials:
    # "the US State Secretary, Marco Rubio; Defense Secretary, Pete Hegseth"
    sent_start = tok.sent.start if state.doc.has_annotation("SENT_START") else 0
    for i in range(m.start - 1, sent_start - 1, -1):
        owner = state.owner[i]
        if owner is not None and owner.label == "person" and owner.actor_id != person.pid:
            p = state.persons.get(owner.actor_id)
            if p and p.country and p.roles:
                return p.country
    return dominant_state(state)


def surname_mentions(state: DocState) -> None:
    """Later mentions of a person by surname ("Erdogan", "Putin´s")."""
    by_key: dict[str, set[str]] = {}
    for pid, person in state.persons.items():
        parts = [normalize_token(p) for p in person.name.split()]
        if len(parts) >= 2:
            by_key.setdefault(parts[-1], set()).add(pid)
    for i in [i for i, key in enumerate(state.keys) if key in by_key]:  # a surname's words only
        if state.owner[i] is not None or not state.raws[i][:1].isupper():
            continue
        ids = by_key.get(state.keys[i])
        if not ids or len(ids) != 1:
            continue
        if (
            i > 0
            and state.doc[i - 1].pos_ == "PROPN"
            and state.owner[i - 1] is None
            and not state.is_honorific(state.doc[i - 1])
        ):
            continue  # "Ivanka Trump"
        if inside_person(state, i, i + 1):
            continue
        pid = next(iter(ids))
        if state.persons.get(pid) and state.persons[pid].opinion:
            continue
        state.claim(Mention(i, i + 1, [pid], via="person", label="person", kind="surname"))
