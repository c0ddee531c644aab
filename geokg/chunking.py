"""Bounded pieces of text and bounded batches of pieces: extraction memory that does not grow
with the length of one document.

spaCy's parser and tagger need working memory in proportion to the characters they process at
once (about 3 KB per character with the bundled small English model: a 400,000-character text
on one line peaks near 1.4 GB). :func:`pieces` cuts a long text into pieces of at most
:data:`PIECE_CHARS` characters -- after a paragraph end if there is one in the second half of
the window, else after a sentence end, else after a space, else exactly at the limit -- and
:func:`batches` groups pieces so that one batch holds at most :data:`BATCH_CHARS` characters
(a piece longer than that goes alone). Together they bound peak memory for any input.

A relation is found within one sentence, so cutting between sentences loses nothing inside a
piece; what a piece cannot see is an earlier piece's mentions (a pronoun or surname that points
back more than :data:`PIECE_CHARS` characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .models import Document, Triple

__all__ = [
    "PIECE_CHARS",
    "BATCH_CHARS",
    "BATCH_DOCS",
    "cut_point",
    "pieces",
    "batches",
    "piece_docs",
    "pipe_bounded",
    "piece_triples",
]

#: the most characters of one document parsed at once (about 150 MB of parser working memory)
PIECE_CHARS = 50_000
#: the most characters parsed in one batch (a single longer piece still goes alone). The working
#: memory of a batch grows with its characters; 12,000 (the size of a worker's chunk, see
#: geokg.engines) costs no more CPU than 100,000 did and lowers the peak resident set of one
#: process by about a fifth (350 MB to 275 MB over the benchmark corpus)
BATCH_CHARS = 12_000
#: the most Docs parsed in one batch: spaCy's parser runs about 8 % faster on batches of 64 short
#: documents than of 16, and long documents reach :data:`BATCH_CHARS` first anyway
BATCH_DOCS = 64

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*")

T = TypeVar("T")


def _last_end(pattern: re.Pattern[str], window: str, start: int) -> int:
    end = -1
    for match in pattern.finditer(window, start):
        end = match.end()
    return end


def cut_point(text: str, max_chars: int) -> int:
    """Where to cut ``text`` so the first piece has at most ``max_chars`` characters.

    After the last paragraph end (blank line) in the second half of the first ``max_chars``
    characters; else after the last sentence end or line break there; else after the last space;
    else exactly at ``max_chars`` (a text with no space at all, e.g. one huge token).
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    if len(text) <= max_chars:
        return len(text)
    window = text[:max_chars]
    half = max_chars // 2
    for pattern in (_PARAGRAPH, _SENTENCE):
        cut = _last_end(pattern, window, half)
        if cut > 0:
            return cut
    space = window.rfind(" ", half)
    return space + 1 if space >= 0 else max_chars


def pieces(text: str, max_chars: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``max_chars`` long.

    The pieces are exact slices (``text[offset:offset + len(piece)] == piece``) and together are
    the whole text, so character offsets found in a piece map back by adding ``offset``.
    """
    out: list[tuple[int, str]] = []
    offset = 0
    while offset < len(text) or not out:
        cut = cut_point(text[offset : offset + max_chars + 1], max_chars)
        out.append((offset, text[offset : offset + cut]))
        offset += cut
        if cut == 0:  # only for an empty text
            break
    return out


def batches(
    items: Iterable[T], size: Callable[[T], int], *, max_items: int, max_chars: int = BATCH_CHARS
) -> Iterator[list[T]]:
    """Group ``items`` in order into lists of at most ``max_items`` items and at most
    ``max_chars`` in total ``size`` (an item larger than ``max_chars`` forms a list alone)."""
    if max_items < 1:
        raise ValueError(f"max_items must be at least 1, not {max_items}")
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= max_items or total + n > max_chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


# --- the spaCy side: Docs of pieces, bounded batches, triples mapped back -----------------------

_PIECE = "geokg_piece"  # Doc.user_data key: (offset in the document, last piece?)


def piece_docs(document: Document, make_doc: Callable[[str], Doc]) -> Iterator[Doc]:
    """The Docs of ``document``'s pieces (one Doc when it has at most :data:`PIECE_CHARS`
    characters), each made by ``make_doc(text)`` and marked with its offset for
    :func:`piece_triples`."""
    limit = PIECE_CHARS
    parts = pieces(document.text, limit) if len(document.text) > limit else [(0, document.text)]
    for k, (offset, text) in enumerate(parts, start=1):
        doc = make_doc(text)
        doc.user_data[_PIECE] = (offset, k == len(parts))
        yield doc


def pipe_bounded(nlp: Language, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` over ``docs`` in batches of at most ``batch_size`` Docs and
    :data:`BATCH_CHARS` characters, in order."""
    for batch in batches(docs, _chars, max_items=max(1, batch_size), max_chars=BATCH_CHARS):
        yield from nlp.pipe(batch, batch_size=len(batch))


def _chars(doc: Doc) -> int:
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def piece_triples(doc: Doc, triples: Iterable[Triple]) -> tuple[list[Triple], bool]:
    """The ``triples`` found in a piece's ``doc`` with character offsets into the whole document,
    and whether this was the document's last piece."""
    offset, last = doc.user_data.get(_PIECE, (0, True))
    if not offset:
        return list(triples), last
    out = []
    for t in triples:
        ev = t.evidence
        moved = {"start": ev.start + offset, "end": ev.end + offset}
        if ev.trigger_start is not None:
            moved["trigger_start"] = ev.trigger_start + offset
        out.append(t.model_copy(update={"evidence": ev.model_copy(update=moved)}))
    return out, last
