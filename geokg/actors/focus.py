"""What a document is about: the state it is filed from or clearly dominated by."""

from __future__ import annotations

from collections import Counter

from .names import dateline
from .state import DocState, Mention

__all__ = ["dominant_state", "in_focus", "one_named", "only_one_in_focus"]


def dominant_state(
    state: DocState,
    mentions: list[Mention] | None = None,
    owner: list[Mention | None] | None = None,
) -> str | None:
    """The state the document is clearly about: named at least three times and at least
    twice as often as any other state (places and modifiers of things not counted).
    ``mentions`` and ``owner``: the document's mentions and the owner of each token to read
    (default: the state's own, as they are now)."""
    if mentions is None:
        mentions = state.mentions()
    counts = Counter(
        mm.actor_id
        for mm in mentions
        if mm.label != "person"
        and mm.kind not in ("ner", "coref")
        and not mm.location
        and len(mm.ids) == 1
        and state.type_of(mm.actor_id) == "state"
    )
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    filed = _dateline_state(state, mentions)
    if filed is not None and filed == _lead_subject_state(state, state.owner if owner is None else owner):
        return filed  # "PORT SUDAN - Sudan on Tuesday severed ...": the story's state
    if filed is not None and counts[filed] >= 1:
        # "CARACAS -" and Venezuela named more often than any other state
        if all(n < counts[filed] for sid, n in counts.items() if sid != filed):
            return filed
    return None


def _dateline_state(state: DocState, mentions: list[Mention]) -> str | None:
    """The state whose place opens the text as a dateline ("KHARTOUM (Reuters) -", "PORT
    SUDAN, May 6")."""
    doc = state.doc
    for m in mentions:
        if m.start > 3:
            return None
        if len(m.ids) != 1 or state.type_of(m.actor_id) != "state":
            continue
        start = m.start
        while start > 0 and doc[start - 1].text.isupper() and doc[start - 1].is_alpha:
            start -= 1  # "PORT" before "SUDAN"
        if dateline(state, start, m.end):
            return m.actor_id
        upper = all(doc[i].text.isupper() for i in range(start, m.end))
        if start == 0 and upper and m.end < len(doc) and doc[m.end].text == "/":
            return m.actor_id  # "NEW DELHI/ISLAMABAD, April 24": filed from the first
    return None


def _lead_subject_state(state: DocState, owner: list[Mention | None]) -> str | None:
    """The state that is the subject of the text's first sentence with a verb."""
    if not state.doc.has_annotation("DEP"):
        return None
    for sent in state.doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                named = owner[child.i]
                if named is not None and len(named.ids) == 1 and named.label == "state":
                    return named.actor_id
        return None
    return None


def one_named(
    state: DocState, sents, sent_of, pos: int, members: set[str] | None, kind: str = "state"
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


def only_one_in_focus(state, mentions, sents, sent_of, pos: int, kind: str) -> str | None:
    """The one actor of type ``kind`` named in this sentence before ``pos`` or in the previous
    one; None when there are none or several."""
    found = in_focus(state, mentions, sents, sent_of, pos, kind)
    return found.pop() if len(found) == 1 else None


def in_focus(state, mentions, sents, sent_of, pos: int, kind: str) -> set[str]:
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
