"""Hand-built parses for the tests of the relation wing: a spaCy ``Doc`` from a token spec, with
actor mentions set the way ``geokg_actors`` sets them, so that tests do not depend on the
statistical parser.

A spec is one string of space-separated tokens ``word/dep/head/pos/lemma`` (or, with
``tags=True``, ``word/dep/head/pos/tag/lemma``); ``head`` is the absolute index of the head
token and a sentence is whatever hangs from one ``ROOT``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from geokg import _ext  # noqa: F401  (registers the Doc/Span extensions)
from geokg.models import Actor, ActorType, Document

ORGANISATIONS = frozenset({"NATO", "EU", "UN", "AU", "ASEAN", "IAEA", "IGAD"})


def actor_for(actor_id: str, word: str,
              persons: Mapping[str, tuple[str, str | None]] | None = None) -> Actor:
    """The actor an id stands for in a test: a person (name and country from ``persons`` when
    given), a group, an organisation, else a state, named ``word``."""
    if actor_id.startswith("person:"):
        name, country = (persons or {}).get(actor_id, (word, None))
        return Actor(id=actor_id, name=name, type=ActorType.PERSON, country=country)
    if actor_id.startswith("group:"):
        return Actor(id=actor_id, name=word, type=ActorType.GROUP)
    kind = ActorType.ORGANISATION if actor_id in ORGANISATIONS else ActorType.STATE
    return Actor(id=actor_id, name=word, type=kind)


def parse(
    nlp: Language,
    spec: str,
    actors: Mapping[str, str],
    *,
    tags: bool = False,
    places: Iterable[str] = (),
    persons: Mapping[str, tuple[str, str | None]] | None = None,
    names: Mapping[str, str] | None = None,
    doc_id: str = "d1",
    date: str = "2025-07-11",
) -> Doc:
    """A Doc from ``spec`` with the actor mentions of ``actors`` (a word, or ``word@index`` for
    one occurrence only, mapped to an actor id).

    A mention whose token is an adjective is a demonym ("Russian"); words in ``places`` are
    mentions used as locations; ``names`` gives an actor's display name by id (else the word).
    The document is ``doc_id`` dated ``date`` from "Test Wire".
    """
    width = 5 if tags else 4
    rows = [t.rsplit("/", width) for t in spec.split(" ")]
    words = [r[0] for r in rows]
    doc = Doc(
        nlp.vocab,
        words=words,
        deps=[r[1] for r in rows],
        heads=[int(r[2]) for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows] if tags else None,
        lemmas=[r[-1] for r in rows],
    )
    places = set(places)
    spans, registry = [], {}
    for i, word in enumerate(words):
        actor_id = actors.get(f"{word}@{i}", actors.get(word))
        if actor_id is None:
            continue
        actor = actor_for(actor_id, (names or {}).get(actor_id, word), persons)
        span = Span(doc, i, i + 1, label=actor.type.value)
        span._.geokg_actor = actor_id
        span._.geokg_via = "demonym" if rows[i][3] == "ADJ" else "name"
        span._.geokg_location = word in places
        spans.append(span)
        registry[actor_id] = actor
    doc.spans["geokg_actors"] = spans
    doc._.geokg_actors = registry
    doc._.geokg_meta = Document(id=doc_id, text=doc.text, date=date, outlet="Test Wire")
    return doc


def relations(triples: Iterable, *, stated_only: bool = False) -> set[tuple[str, str, str]]:
    """(source, relation, target) of ``triples``; with ``stated_only`` those the text states
    (not negated, a stated modality)."""
    return {(t.source.id, t.relation.value, t.target.id) for t in triples
            if not stated_only or (not t.negated and t.modality.stated)}


def bare(vocab: Vocab, spec: str) -> Doc:
    """A Doc from ``spec`` (``word/dep/head/pos/lemma`` tokens) with no actor mention: the parse
    alone, for the tests of :func:`geokg.modality.read_modality`."""
    rows = [t.rsplit("/", 4) for t in spec.split(" ")]
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        deps=[r[1] for r in rows],
        heads=[int(r[2]) for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
