"""Where in a document the relation phrases (``patterns.json``) may match, read from its arrays.

Running spaCy's ``Matcher`` over a whole document costs a predicate check per token and pattern,
yet most tokens cannot begin a phrase. :class:`PhraseGate` reads the phrase patterns: when the
first token of each one requires a ``LOWER`` or ``LEMMA`` value (a string or ``{"IN": [...]}``)
and every token has a bounded number of repeats, a match starts only at a token with one of
those values and spans at most :attr:`PhraseGate.width` tokens. :meth:`PhraseGate.windows` finds
those tokens with ``Doc.to_array`` and returns the stretches of the document, each start plus
``width`` tokens with overlapping ones merged, that hold every possible match. A start counts only
when some pattern can begin there: one whose first token it meets and whose second token, when
that token is required (no operator) and requires a ``LOWER`` or ``LEMMA`` value, the next token
meets ("war" opens no stretch unless a word such as "games" or "drills" follows it). The matcher run
on each stretch finds the matches it finds on the whole Doc, in the same order: a match lies
inside one stretch, and stretches are disjoint and in document order.

A pattern the gate cannot read (another attribute or operator on its first token, an unbounded
repeat) makes it return the whole Doc as one stretch, as without a gate; so does a Doc missing an
annotation the patterns read (the matcher reports it).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["PhraseGate"]

_ANNOTATIONS = frozenset({"TAG", "POS", "MORPH", "LEMMA", "DEP"})
#: the most tokens a quantifier "{n}", "{n,m}" or "{,m}" lets one pattern token match
_QUANTIFIER = re.compile(r"\{(?:\d+,)?(\d+)\}|\{,(\d+)\}")


def _values(spec: Any) -> list[str] | None:
    """The strings a token attribute spec of a pattern accepts: ``"x"`` or ``{"IN": [...]}``
    (None for any other spec: a regex, ``NOT_IN``, a comparison)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
        return list(spec["IN"])
    return None


def _most_tokens(token: dict[str, Any]) -> int | None:
    """The most document tokens one pattern token can match (None: unbounded or unknown)."""
    op = token.get("OP")
    if op is None or op == "?":
        return 1
    found = _QUANTIFIER.fullmatch(op) if isinstance(op, str) else None
    if found is None:
        return None  # "*", "+", "!", "{n,}": no bound the gate relies on
    return int(found.group(1) or found.group(2))


class PhraseGate:
    """The stretches of a Doc in which a phrase pattern may match (see the module docstring)."""

    def __init__(self, patterns: list[list[dict[str, Any]]]) -> None:
        lowers: set[int] = set()
        lemmas: set[int] = set()
        #: first-token LOWER / LEMMA id -> what each pattern starting so requires of the next
        #: token: (column 0 LOWER or 1 LEMMA, the ids it accepts), or None (nothing known)
        follows: tuple[dict[int, list[_Follow]], dict[int, list[_Follow]]] = ({}, {})
        #: the annotations the patterns read that a Doc may lack (the matcher checks these)
        self._annotations = sorted({k for p in patterns for t in p for k in t if k in _ANNOTATIONS})
        #: the most tokens a match spans (0: the gate cannot bound the matches)
        self.width = 0
        exact = True
        for pattern in patterns:
            sizes = [_most_tokens(t) for t in pattern]
            if not pattern or None in sizes or pattern[0].get("OP") is not None:
                exact = False
                continue
            self.width = max(self.width, sum(sizes))  # type: ignore[arg-type]
            # a token must meet every constraint of its spec: one of them bounds where it starts
            follow = _follow(pattern)
            for column, (attr, out) in enumerate((("LOWER", lowers), ("LEMMA", lemmas))):
                values = _values(pattern[0].get(attr))
                if values is not None:
                    ids = [get_string_id(v) for v in values]
                    out.update(ids)
                    for v in ids:
                        follows[column].setdefault(v, []).append(follow)
                    break
            else:
                exact = False
        if not exact:
            self.width = 0
        self._lowers = frozenset(lowers)
        self._lemmas = frozenset(lemmas)
        self._follows = follows

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Disjoint ``(start, end)`` token ranges of ``doc``, in order, that hold every match of
        the patterns (``[(0, len(doc))]`` when the gate cannot tell, ``[]`` when none can)."""
        if not len(doc):
            return []
        if not self.width or not all(doc.has_annotation(a) for a in self._annotations):
            return [(0, len(doc))]
        table = doc.to_array([LOWER, LEMMA])
        lowers, lemmas = table[:, 0].tolist(), table[:, 1].tolist()
        if self._lowers.isdisjoint(lowers) and self._lemmas.isdisjoint(lemmas):
            return []  # the common case, decided without a Python loop over the tokens
        starts = {i for i, v in enumerate(lowers) if v in self._lowers}
        starts.update(i for i, v in enumerate(lemmas) if v in self._lemmas)
        out: list[tuple[int, int]] = []
        for i in sorted(starts):
            if not self._may_begin(i, lowers, lemmas):
                continue
            end = min(i + self.width, len(lowers))
            if out and i <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((i, end))
        return out

    def _may_begin(self, i: int, lowers: list[int], lemmas: list[int]) -> bool:
        """Whether a pattern whose first token token ``i`` meets may have its second token met
        by token ``i + 1`` (a pattern without a known second-token requirement may begin)."""
        columns = (lowers, lemmas)
        for column, values in enumerate(columns):
            for follow in self._follows[column].get(values[i], ()):
                if follow is None:
                    return True
                at, ids = follow
                if i + 1 < len(lowers) and columns[at][i + 1] in ids:
                    return True
        return False


#: what a pattern requires of its second token: (column 0 LOWER or 1 LEMMA, accepted ids)
_Follow = tuple[int, frozenset[int]] | None


def _follow(pattern: list[dict[str, Any]]) -> _Follow:
    """What ``pattern``'s second token requires of the token after a match's first one, when
    that token must be matched exactly once (no operator) and requires a ``LOWER`` or
    ``LEMMA`` value; None otherwise (a one-token pattern, an optional or repeated second
    token, or one read by another attribute). The first token is matched exactly once (the
    gate reads only such patterns), so the second one is the next token of the Doc."""
    if len(pattern) < 2 or pattern[1].get("OP") is not None:
        return None
    for column, attr in enumerate(("LOWER", "LEMMA")):
        values = _values(pattern[1].get(attr))
        if values is not None:
            return column, frozenset(get_string_id(v) for v in values)
    return None
