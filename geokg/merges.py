"""Actor merges that cannot hurt: which merges are refused, what a merge would change, and
which actors look like duplicates of one another.

A merge says two actor ids name one actor. It is refused (unless forced) when the two cannot
be one: actors of different types (a person and an organisation), two states (Kosovo is not
Serbia), or two persons affiliated with different countries. :func:`suggest` lists likely
duplicates -- same type and affiliation, names that differ by a spelling ("Kirill Dmitriev" /
"Kirill Dmitriyev") -- for a person to confirm; it never merges by itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from .models import Actor, ActorType

__all__ = ["MergePlan", "MergeSuggestion", "refusals", "suggest"]


class MergePlan(BaseModel):
    """What merging ``gone`` into ``keep`` would change, and why it may be refused."""

    model_config = ConfigDict(frozen=True)

    keep: Actor
    gone: Actor
    refusals: tuple[str, ...] = ()  # reasons the merge is refused without force
    triples: int = 0  # evidence sentences naming ``gone`` (source, target or speaker)
    edges: int = 0  # merged edges touching ``gone``
    names: tuple[str, ...] = ()  # names and ids ``keep`` gains as aliases

    def describe(self) -> str:
        """A few lines for a person to read before confirming."""
        lines = [
            f"merge {self.gone.id} ({self.gone.name}, {self.gone.type.value}) into "
            f"{self.keep.id} ({self.keep.name}, {self.keep.type.value}):",
            f"  {self.triples} evidence sentence{'' if self.triples == 1 else 's'} and "
            f"{self.edges} merged edge{'' if self.edges == 1 else 's'} move to {self.keep.id}",
            f"  {self.keep.id} gains the names: {', '.join(self.names) or '(none)'}",
        ]
        lines += [f"  refused: {r}" for r in self.refusals]
        return "\n".join(lines)


def refusals(keep: Actor, gone: Actor) -> tuple[str, ...]:
    """Why ``gone`` cannot be merged into ``keep`` (empty: it can)."""
    out = []
    if keep.type is not gone.type:
        out.append(f"{gone.id} is a {gone.type.value} and {keep.id} a {keep.type.value}: "
                   "actors of different types are different actors")
    elif keep.type is ActorType.STATE:
        out.append(f"{gone.id} and {keep.id} are both states: two states are two actors")
    if keep.country and gone.country and keep.country != gone.country:
        out.append(f"{gone.id} belongs to {gone.country} and {keep.id} to {keep.country}")
    return tuple(out)


class MergeSuggestion(BaseModel):
    """Two actors that look like one: same type and affiliation, similar names."""

    model_config = ConfigDict(frozen=True)

    a: Actor
    b: Actor
    score: float  # 0-100, rapidfuzz's similarity of the closest pair of names


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").replace(".", " ").split())


def suggest(actors: Sequence[Actor], *, min_score: float = 90.0) -> list[MergeSuggestion]:
    """Pairs of ``actors`` of the same type and affiliation (country) whose names are at least
    ``min_score`` similar (rapidfuzz ratio over case- and accent-folded names and aliases),
    most similar first. States are never suggested (two states are two actors)."""
    from rapidfuzz import fuzz, process

    groups: dict[tuple[str, str | None], list[Actor]] = {}
    for a in actors:
        if a.type is not ActorType.STATE:
            groups.setdefault((a.type.value, a.country), []).append(a)
    found: dict[tuple[str, str], MergeSuggestion] = {}
    for members in groups.values():
        names = [(_fold(n), i) for i, a in enumerate(members) for n in {a.name, *a.aliases}]
        choices = [n for n, _ in names]
        for n, i in names:
            for _, score, j in process.extract(n, choices, scorer=fuzz.ratio,
                                               score_cutoff=min_score, limit=None):
                k = names[j][1]
                if k == i:
                    continue
                a, b = sorted((members[i], members[k]), key=lambda x: x.id)
                key = (a.id, b.id)
                if key not in found or found[key].score < score:
                    found[key] = MergeSuggestion(a=a, b=b, score=round(score, 1))
    return sorted(found.values(), key=lambda s: (-s.score, s.a.id, s.b.id))
