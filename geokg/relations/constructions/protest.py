"""A state or organisation protesting (not its people) makes a diplomatic accusation."""

from __future__ import annotations

from ...lexicon import Entry
from ...models import Relation
from ..context import DIRECT, Pair


def protest_by_state(entry: Entry, pairs: list[Pair]) -> Entry:
    """A state or organisation "protesting" (not its people) is a diplomatic accusation."""
    if entry.relation is not Relation.PROTEST:
        return entry
    people = all(
        s.strength < DIRECT or (s.span is not None and s.span._.geokg_via == "demonym")
        for s, _, _ in pairs
    )
    if people:
        return entry
    return Entry(
        Relation.ACCUSE,
        entry.pos,
        entry.lemmas,
        entry.frame,
        weight=entry.weight,
        origin=entry.origin + " (protest by a state)",
    )
