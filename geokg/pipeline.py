"""Extraction: text in, triples out, on one process or several.

``extract`` handles one text; ``extract_documents`` streams many documents through the pipeline
(:func:`geokg.loading.load_pipeline`) in this process (:mod:`geokg.stream`) or on a pool of
worker processes (:mod:`geokg.engines`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pydantic import ValidationError
from spacy.language import Language

from .chunking import BATCH_DOCS
from .confidence import check_min_confidence
from .engines import run_local
from .errors import UsageError
from .loading import DEFAULT_MODEL, load_pipeline, model_name
from .loading import make_paragraph_splitter, split_paragraphs  # noqa: F401  (their old home)
from .models import Document, Triple
from .stream import make_doc as _make_doc  # noqa: F401  (its old home)
from .stream import stream_documents

__all__ = ["DEFAULT_MODEL", "model_name", "load_pipeline", "extract", "extract_documents"]


def extract_documents(
    docs: Iterable[Document | str],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    actors: Sequence[str | Path] = (),
    batch_size: int = BATCH_DOCS,
    workers: int = 1,
    accurate: bool = False,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Stream documents through the pipeline, yielding each document with its triples.

    Documents are processed lazily in batches, so any number can be streamed in bounded memory.
    ``nlp`` is a pipeline from :func:`load_pipeline`, else ``load_pipeline(model, actors=actors,
    accurate=accurate)`` is used. ``workers`` > 1 extracts on that many processes (0: one per
    core) with :func:`geokg.engines.run_local`; the output is the same, in the same order. An exact repeat
    of a recent document (same text and metadata) reuses its triples instead of being parsed again.

    Raises :class:`~geokg.errors.UsageError` for an item that is neither a Document nor a string
    and :class:`~geokg.errors.InputError` for a text longer than ``nlp.max_length``.
    """
    if workers != 1:
        yield from run_local(
            docs,
            workers=workers,
            nlp=nlp,
            model=model,
            actors=actors,
            batch_size=batch_size,
            accurate=accurate,
        )
        return
    nlp = nlp or load_pipeline(model, actors=actors, accurate=accurate)
    yield from stream_documents(docs, nlp, batch_size=batch_size)


def extract(
    text: str,
    *,
    date: _dt.date | str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    min_confidence: float = 0.0,
    accurate: bool = False,
) -> list[Triple]:
    """Extract the triples of one text (only those at least ``min_confidence`` confident).

    ``accurate=True`` uses the model's statistical ``ner`` (see :func:`load_pipeline`).
    Raises :class:`~geokg.errors.UsageError` when ``text`` is not a string or ``date`` is neither a
    :class:`datetime.date` nor an ISO ``YYYY-MM-DD`` string.

    >>> triples = extract("Turkiye is a close ally of Azerbaijan.", date="2025-07-11")  # doctest: +SKIP
    >>> [(t.source.id, t.relation.value, t.target.id) for t in triples]  # doctest: +SKIP
    [('AZE', 'ally', 'TUR')]
    """
    try:
        document = Document(id=doc_id, text=text, date=date, title=title, outlet=outlet, url=url)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"]) or "text"
        raise UsageError(
            f"extract(): bad {field}={error.get('input')!r}: {error['msg']} (text is a string; "
            "date a datetime.date or 'YYYY-MM-DD'; title, outlet and url strings)"
        ) from None
    check_min_confidence(min_confidence)
    for _, triples in extract_documents([document], nlp=nlp, model=model, accurate=accurate):
        return [t for t in triples if t.confidence >= min_confidence]
    return []
