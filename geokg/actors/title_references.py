"""Stage 3 of the actor wing: persons named by their title ("the US president", "the NATO
chief", "the President of Russia"): a person titled so earlier in the text, else the gazetteer's
holder of the office on the document date."""

from __future__ import annotations

from .state import DocState, Mention, Person

__all__ = ["title_references"]


def title_references(state: DocState) -> None:
    doc = state.doc
    i = 0
    for p in _candidates(state):
        if p < i:
            continue  # inside a reference read already
        i = p
        found = state.title_at(i) if state.owner[i] is None else None
        head_word = state.keys[i] in state.lex.leader_heads and state.owner[i] is None
        if not found and not head_word:
            continue
        end, title = found if found else (i + 1, state.keys[i])
        if end < len(doc) and (
            doc[end].ent_type_ == "PERSON"
            or state.owner[end] is not None
            and state.owner[end].label == "person"
        ):
            i = end
            continue
        if (
            end < len(doc)
            and doc[end].text == ","
            and end + 1 < len(doc)
            and doc[end + 1].ent_type_ == "PERSON"
        ):
            i = end
            continue
        of_org = _of_actor(state, end)
        if of_org is not None:  # "the President of Russia"
            start = i if i > 0 and state.keys[i - 1] == "the" else None
            org, end_ref = of_org.actor_id, of_org.end
        elif end < len(doc) and (doc[end].lower_ == "of" or doc[end].text in ("-", "‑")):
            i = end  # "the head of the office", "General-Secretary": not a reference
            continue
        else:
            start, org = _reference_affiliation(state, i)
            end_ref = end
        if start is None or _after_named_person(state, start):
            i = end  # "Amir Karimov, the Israeli spokesman": the named person, no incumbent
            continue
        pid = _holder(state, title, org, i)
        if pid is not None:
            for j in range(start, end_ref):
                if j >= i and j < end:
                    continue
                if state.owner[j] is not None:
                    state.register(state.owner[j].actor_id)
                    state.unclaim(state.owner[j])
            if not state.persons.get(pid):
                gaz = state.gazetteer.get(pid)
                if gaz is not None:
                    state.persons[pid] = Person(
                        pid, gaz.name, state.dated_country(pid), known=True
                    )
            state.claim(
                Mention(start, end_ref, [pid], via="title", label="person", kind="title")
            )
        i = end_ref


def _after_named_person(state: DocState, start: int) -> bool:
    """True when the title phrase starting at token ``start`` stands in apposition to a
    person's name before it ("Amir Karimov, the Israeli spokesman,", "Karimov, the Israeli
    spokesman,"): it describes that person, named or not recognised, and is no reference to
    whoever holds the office. A state's or organisation's name before the comma is no person
    ("Ukraine, the Russian spokesman said, ...")."""
    comma = start - 1
    if comma >= 0 and state.doc[comma].pos_ == "DET":
        comma -= 1  # "the" stands before the reference's first word
    if comma < 1 or state.doc[comma].text != ",":
        return False
    owner = state.owner[comma - 1]
    if owner is not None:
        return owner.label == "person"
    name = state.doc[comma - 1]
    return name.pos_ == "PROPN" and name.text[:1].isupper()


def _candidates(state: DocState) -> list[int]:
    """The positions where a reference may start, in order: a title's first word
    (:attr:`~.state.DocState.title_starts`) or a leader word ("leader", ``leader_heads``)."""
    heads = state.lex.leader_heads
    starts = set(state.title_starts)
    starts.update(i for i, k in enumerate(state.keys) if k in heads)
    return sorted(starts)


def _of_actor(state: DocState, end: int) -> Mention | None:
    """The state or organisation in "<title> of <State>" when the phrase ends there."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    owner = state.owner[end + 1]
    if owner is None or owner.label == "person" or owner.start != end + 1:
        return None
    if id(owner) in state.consumed:
        return None  # already part of a named person's title
    after = doc[owner.end] if owner.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")):
        return None  # "the head of Ukraine's presidential office"
    return owner


def _reference_affiliation(state: DocState, i: int) -> tuple[int | None, str | None]:
    """'the [US|Russian|NATO] <title>': the first token of the reference and the org, if any."""
    j = i
    org = None
    while j > 0:
        prev = state.doc[j - 1]
        owner = state.owner[j - 1]
        if owner is not None and owner.label != "person" and org is None:
            org = owner.actor_id
            j = owner.start
            continue
        if prev.pos_ == "ADJ" and prev.lower_ in (
            "top",
            "new",
            "current",
            "then",
            "outgoing",
            "incoming",
        ):
            j -= 1
            continue
        break
    k = j - 2 if j > 1 and state.keys[j - 1] in ("-", "–") else j - 1
    if k >= 0 and (
        state.keys[k] in state.lex.past_markers or state.keys[k] in state.lex.opposition_markers
    ):
        return None, None  # "the former US president", "the ex-president", "the rebel leader"
    if j > 0 and state.doc[j - 1].lower_ in ("the",):
        return j, org
    if j > 0 and state.doc[j - 1].tag_ == "PRP$":
        return None, None
    return (j, org) if org is not None else (None, None)


def _holder(state: DocState, title: str, org: str | None, pos: int) -> str | None:
    """Who holds ``title`` (of ``org``): a person titled so earlier in the text, else the
    gazetteer's holder on the document date."""
    best = None
    for m in state.mentions():
        if m.label != "person" or m.start >= pos:
            continue
        p = state.persons.get(m.actor_id)
        if p is None or p.opinion:
            continue
        titled = any(t == title or t.endswith(" " + title) for t in p.titles)
        if org is None:
            ok = titled
        elif title in state.lex.leader_heads:  # "the Russian leader": whoever leads Russia
            ok = ("leader_of", org) in p.roles
        else:  # "the Iranian foreign minister": that title, for that state
            ok = titled and (org == p.country or any(o == org for _, o in p.roles))
        if ok:
            best = p.pid
    if best or org is None:
        return best
    titles = list(state.lex.leader_titles_order) if title in state.lex.leader_heads else [title]
    for t in titles:
        try:
            pid = state.gazetteer.office_holder(org, t, state.date)
        except Exception:  # noqa: BLE001 - no holder on file
            pid = None
        if pid:
            return pid
    return None
