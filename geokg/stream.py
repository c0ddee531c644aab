"""Running geokg's pipeline over a stream of documents in this process.

:func:`stream_documents` feeds documents through ``nlp.pipe`` lazily, in batches, and yields each
with its triples in input order; an exact repeat of a recent document reuses its triples. The
engines (:mod:`geokg.engines`) run it in each worker process.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language

from . import _ext  # noqa: F401  (registers the Doc/Span extensions)
from . import chunking
from .errors import InputError, UsageError
from .models import Document, Triple

__all__ = ["as_document", "make_doc", "stream_documents"]


def as_document(item: Document | str) -> Document:
    """``item`` as a :class:`Document` whose ``id`` is set (its content-hash id if none given)."""
    if not isinstance(item, (Document, str)):
        raise UsageError(
            f"documents must be geokg.models.Document objects or strings, not {type(item).__name__}"
        )
    document = item if isinstance(item, Document) else Document(text=item)
    if document.id is None:
        document = document.model_copy(update={"id": document.doc_id})
    return document


def stream_documents(
    docs: Iterable[Document | str], nlp: Language, *, batch_size: int = chunking.BATCH_DOCS
) -> Iterator[tuple[Document, list[Triple]]]:
    """Stream documents through ``nlp`` in this process, yielding each with its triples, in order.

    Documents are processed lazily in batches, so any number can be streamed in bounded memory.
    An exact repeat of a recent document (same text and metadata) reuses its triples instead of
    being parsed again. Raises :class:`~geokg.errors.UsageError` for an item that is neither a
    Document nor a string and :class:`~geokg.errors.InputError` for a text longer than
    ``nlp.max_length``.
    """
    cache = _ResultCache()
    # the queue holds, in input order, each document with its cached triples (None: in nlp.pipe)
    queue: deque[tuple[Document, list[Triple] | None]] = deque()

    def feed() -> Iterator[spacy.tokens.Doc]:
        for item in docs:
            document = as_document(item)
            # a run of repeats waits in the queue for the next parsed document: keep it short
            cached = cache.get(document) if len(queue) < _MAX_QUEUE else None
            queue.append((document, cached))
            if cached is None:  # a long text goes as pieces: parser memory stays bounded
                yield from chunking.piece_docs(document, lambda t: make_doc(nlp, document, t))

    def ready() -> Iterator[tuple[Document, list[Triple]]]:
        while queue and queue[0][1] is not None:
            document, cached = queue.popleft()
            yield document, cached  # type: ignore[misc]

    triples: list[Triple] = []
    for doc in chunking.pipe_bounded(nlp, feed(), batch_size):
        found, last = chunking.piece_triples(doc, doc._.geokg_triples or [])
        triples += found
        if not last:
            continue
        yield from ready()
        document, _ = queue.popleft()
        cache.put(document, triples)
        yield document, triples
        triples = []
    yield from ready()


def make_doc(nlp: Language, document: Document, text: str | None = None) -> spacy.tokens.Doc:
    """A spaCy Doc of ``document``'s text (or of ``text``, a piece of it), carrying the document
    (``doc._.geokg_meta``)."""
    if len(document.text) > nlp.max_length:
        raise InputError(
            f"document {document.doc_id} has {len(document.text):,} characters, more than the "
            f"pipeline's limit of {nlp.max_length:,}; split it (geokg's readers cut long "
            "documents at paragraph ends) or raise nlp.max_length"
        )
    doc = nlp.make_doc(document.text if text is None else text)
    doc._.geokg_meta = document
    return doc


#: most documents waiting in extract_documents' queue for their turn (bounds memory on repeats)
_MAX_QUEUE = 1024


class _ResultCache:
    """The triples of recently seen documents, by content and metadata (exact repeats only).

    A repeated document (same text, date, title, outlet and url) gets the triples computed for
    the first one, with its own ``doc_id`` in the evidence.
    """

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], list[Triple]] = OrderedDict()

    @staticmethod
    def _key(document: Document) -> tuple[Any, ...]:
        return (document.content_hash, document.date, document.title, document.outlet, document.url)

    def get(self, document: Document) -> list[Triple] | None:
        key = self._key(document)
        triples = self._items.get(key)
        if triples is None:
            return None
        self._items.move_to_end(key)
        doc_id = document.doc_id
        return [
            t
            if t.evidence.doc_id == doc_id
            else t.model_copy(update={"evidence": t.evidence.model_copy(update={"doc_id": doc_id})})
            for t in triples
        ]

    def put(self, document: Document, triples: list[Triple]) -> None:
        self._items[self._key(document)] = triples
        if len(self._items) > self.size:
            self._items.popitem(last=False)
