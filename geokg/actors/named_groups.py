"""Stage 1c of the actor wing: organisations and armed groups the gazetteer lacks, named with an
acronym or a group noun, so that they get an actor instead of vanishing.

- A name with its acronym in brackets, "the Sudan People's Liberation Movement-in-Opposition
  (SPLM-IO)", "the National Salvation Front (NAS)": a capitalised name ending in an organisation
  or group head (movement, front, army, brigades, militia, party, council, authority ...)
  followed by "(ACRONYM)" becomes ``group:<acronym>``, with both names as aliases; the name wins
  over a state named inside it ("Sudan"), and later mentions of the acronym or the full name in
  the document are the same group. An acronym the gazetteer knows is that actor's, whatever the
  name before it ("the Palestinian Liberation Organization (PLO)" is the PLO's misspelt name).
- "X rebels", "X fighters", "X militants" with X a capitalised name that is no known actor
  ("Seleka rebels", "Anti-Balaka militias"): ``group:<x>``; X alone later is the same group.
  (When X is a known group, the gazetteer's mention of X already stands for it: "Houthi
  fighters".)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Actor, ActorType
from .state import DocState, Mention

__all__ = ["ACRONYM", "MEMBER_NOUNS", "NAME_HEADS", "named_groups"]

#: a bracketed acronym: capitals and digits, maybe joined by hyphens or slashes ("SPLM-IO", "M23")
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$")
#: heads of a group's or organisation's name (lowercase; plurals by a final "s")
NAME_HEADS = frozenset({
    "movement", "front", "army", "brigade", "militia", "party", "council", "authority",
    "force", "group", "organisation", "organization", "alliance", "coalition", "union",
    "league", "battalion", "legion", "resistance", "opposition", "committee", "rebel",
})
#: members' nouns: "X rebels" is the group X
MEMBER_NOUNS = frozenset({"rebel", "fighter", "militant", "insurgent", "militia", "militiaman",
                          "guerrilla", "jihadist"})
#: lowercase words a capitalised name may contain ("Movement for the Liberation of ...")
_CONNECTORS = frozenset({"of", "for", "the", "and", "in", "'s", "-", "al", "el", "de"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                        "PERSON", "GPE", "LOC"})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _is_head(word: str) -> bool:
    w = word.lower()
    return w in NAME_HEADS or (w.endswith("s") and w[:-1] in NAME_HEADS)


def _name_before(state: DocState, end: int) -> int | None:
    """Start of the capitalised name ending at token ``end - 1`` with a group head, or None."""
    doc = state.doc
    if end < 1 or not _is_head(doc[end - 1].text) or not doc[end - 1].text[:1].isupper():
        return None
    start = end - 1
    while start > 0:
        prev = doc[start - 1]
        if prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ") or prev.text[:1].isdigit():
            start -= 1
        elif prev.lower_ in _CONNECTORS and start - 2 >= 0 and (
            doc[start - 2].text[:1].isupper() or doc[start - 2].lower_ in _CONNECTORS
        ):
            start -= 1
        else:
            break
    while start < end and (doc[start].lower_ in _CONNECTORS or not doc[start].text[:1].isupper()):
        start += 1
    return start if end - start >= 2 else None


def _register(state: DocState, gid: str, name: str) -> None:
    if gid not in state.groups:
        state.groups[gid] = Actor(id=gid, name=name, type=ActorType.GROUP)


def _acronym_in_brackets(state: DocState, i: int) -> int | None:
    """End (the ")") of a bracketed acronym opening at token ``i`` ("(", "SPLM", "-", "IO",
    ")"), or None."""
    doc = state.doc
    if doc[i].text != "(":
        return None
    for k in range(i + 2, min(i + 7, len(doc))):
        if doc[k].text == ")":
            inner = doc[i + 1 : k]
            glued = all(not t.whitespace_ for t in inner[:-1])
            return k if glued and ACRONYM.match(inner.text) else None
    return None


def _bracketed(state: DocState) -> list[tuple[int, int, int, int, str, str]]:
    """(name start, name end, acronym start, acronym end, group id, name) of each "Name (ACR)";
    the group id is "" where the gazetteer knows the acronym."""
    doc, out = state.doc, []
    # the first test of _acronym_in_brackets, for every token at once (a token written "("
    # is "(" without a possessive too: no "(" in raws, none in texts)
    if "(" not in state.raws or "(" not in state.texts:
        return out
    texts = state.texts
    for i in range(1, len(doc) - 2):
        if texts[i] != "(":
            continue  # the same, without a Token
        close = _acronym_in_brackets(state, i)
        if close is None:
            continue
        start = _name_before(state, i)
        if start is None:
            continue
        acronym = doc[i + 1 : close].text
        known = state.gazetteer.get(acronym) is not None  # a known organisation's own acronym
        gid = "" if known else "group:" + _slug(acronym)
        out.append((start, i, i + 1, close, gid, state.surface(start, i)))
    return out


def _known_actor(state: DocState, i: int, mentions: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in mentions)


def _members_of_unknown(state: DocState, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of "X rebels" with X a capitalised name that is no actor."""
    doc, out, lemmas = state.doc, [], state.lemma_lowers
    if MEMBER_NOUNS.isdisjoint(lemmas):
        return out  # no "rebels", "fighters" ... anywhere
    for i in range(1, len(doc)):
        if lemmas[i] not in MEMBER_NOUNS:
            continue
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        end = tok.i
        start = end
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "nmod") and (
            doc[start - 1].head.i == tok.i or doc[start - 1].head.i < tok.i
        ) and (doc[start - 1].text[:1].isupper() or doc[start - 1].text[:1].isdigit()):
            start -= 1
        if start == end or any(_known_actor(state, i, mentions) for i in range(start, end)):
            continue
        if any(state.ent_label[i] in _NOT_NAMES for i in range(start, end)):
            continue
        if not any(doc[i].pos_ == "PROPN" or doc[i].text.isupper() for i in range(start, end)):
            continue
        out.append((start, end + 1, state.surface(start, end)))
    return out


def named_groups(state: DocState, mentions: list[Mention]) -> list[Mention]:
    """New group mentions (see the module docstring). Gazetteer mentions inside a bracketed
    group name are removed from ``mentions`` (the name wins)."""
    out: list[Mention] = []
    names: dict[tuple[str, ...], str] = {}  # later mentions: word tuple -> group id
    for start, end, acr, acr_end, gid, name in _bracketed(state):
        known = [m for m in mentions if m.start == acr and m.end == acr_end]
        if known or not gid:  # the gazetteer's acronym: its name is that actor's
            out += _known_name(mentions, known, start, end)
            continue
        mentions[:] = [m for m in mentions if m.end <= start or m.start >= acr_end]
        _register(state, gid, name)
        out.append(Mention(start, end, [gid], via="name", label="group", kind="named"))
        out.append(Mention(acr, acr_end, [gid], via="acronym", label="group", kind="named"))
        names[tuple(state.keys[start:end])] = gid
        names[tuple(state.keys[acr:acr_end])] = gid
    taken = {i for m in mentions + out for i in range(m.start, m.end)}
    for start, end, name in _members_of_unknown(state, mentions + out):
        if any(i in taken for i in range(start, end)):
            continue
        gid = "group:" + _slug(name)
        _register(state, gid, name)
        out.append(Mention(start, end, [gid], via="name", label="group", kind="named"))
        taken.update(range(start, end))
        names[tuple(state.keys[start : end - 1])] = gid
    out += _later_mentions(state, names, taken)
    return out


def _known_name(
    mentions: list[Mention], known: list[Mention], start: int, end: int
) -> list[Mention]:
    """The name before a known actor's bracketed acronym (``known``: the gazetteer's mention of
    the acronym) as a mention of that actor, replacing the mentions inside it ("the Palestinian
    Liberation Organization (PLO)" is the PLO's, not a Palestinian organisation)."""
    if not known:
        return []
    mentions[:] = [m for m in mentions if m.end <= start or m.start >= end]
    return [replace(known[0], start=start, end=end)]


def _later_mentions(state: DocState, names: dict[tuple[str, ...], str], taken: set[int]) -> list[Mention]:
    """Every other place the document names a group found here (case as written)."""
    out: list[Mention] = []
    if not names:
        return out
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    texts = state.texts
    i = 0
    while i < len(state.doc):
        hit = None
        first = texts[i][:1]
        if i not in taken and (first.isupper() or first.isdigit()):
            for words in by_first.get(state.keys[i], ()):
                j = i + len(words)
                if tuple(state.keys[i:j]) == words and not any(k in taken for k in range(i, j)):
                    hit = (i, j, names[words])
                    break
        if hit is None:
            i += 1
            continue
        s, e, gid = hit
        out.append(Mention(s, e, [gid], via="name", label="group", kind="named"))
        taken.update(range(s, e))
        i = e
    return out
