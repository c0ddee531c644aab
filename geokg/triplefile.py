"""Reading back the triples ``geokg extract --format jsonl`` wrote, to fill a store after extraction.

Extraction can run anywhere (Slurm, Spark, Ray, another machine) with ``geokg extract --format
jsonl [--full]``; :func:`read_triples` turns its output back into ``(Document, triples)`` pairs for
:meth:`geokg.KnowledgeGraph.add_triples` (``geokg build --triples FILE.jsonl``).

The records of one document are consecutive in that output (it is written document by document);
a ``doc_id`` seen again after another document's records is an error, since merging them would
change what the store counts. A document is known only through its triples: its ``doc_id`` and
the date, outlet and url of its evidence (and the title, with ``--full``). Documents that had no
triple are not in the file. The store tells documents apart by a hash of their text, which the
file does not hold; a document read here gets the hash of its ``doc_id`` and evidence sentences
instead, so loading the same file twice adds nothing the second time.

Without ``--full`` the records lack who said a reported relation (``attributed_to``) and the trigger
words; with it ``attributed_to`` is an actor id, whose name and type come from the same document's
other actors, else the gazetteer, else the id itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .errors import InputError
from .gazetteer import Gazetteer
from .models import Actor, ActorType, Document, Triple

__all__ = ["TriplesDocument", "read_triples"]


class TriplesDocument(Document):
    """A document known only from its triples (its text is not available: ``text`` is empty)."""

    #: stands in for the text's hash: the doc_id and the evidence sentences, hashed
    triples_hash: str = ""

    @property
    def content_hash(self) -> str:
        """A hash of the doc_id and the evidence sentences (the text itself is unknown)."""
        return self.triples_hash


def read_triples(
    path: str | Path, *, gazetteer: Gazetteer | None = None
) -> Iterator[tuple[TriplesDocument, list[Triple]]]:
    """The documents and triples of a ``geokg extract --format jsonl`` file (``-``: stdin).

    Raises :class:`~geokg.errors.InputError` naming the file and line for a line that is not such
    a record, and for a ``doc_id`` whose records are not consecutive.
    """
    if str(path) == "-":
        import sys

        yield from _read(sys.stdin, "<stdin>", gazetteer)
        return
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the triples file {path}: {exc.strerror or exc}") from exc
    with fh:
        yield from _read(fh, str(path), gazetteer)


def _read(
    lines: IO[str], name: str, gazetteer: Gazetteer | None
) -> Iterator[tuple[TriplesDocument, list[Triple]]]:
    seen: set[str] = set()
    current: str | None = None
    group: list[tuple[int, dict[str, Any]]] = []
    for number, line in _numbered(lines, name):
        if not line.strip():
            continue
        record = _record(line, name, number)
        doc_id = record["doc_id"]
        if doc_id != current:
            if group:
                yield _document(group, name, gazetteer)
            if doc_id in seen:
                raise InputError(
                    f"{name} line {number}: the triples of document {doc_id!r} are not "
                    "consecutive; give the output of one `geokg extract --format jsonl` run"
                )
            seen.add(doc_id)
            current, group = doc_id, []
        group.append((number, record))
    if group:
        yield _document(group, name, gazetteer)


def _numbered(lines: IO[str], name: str) -> Iterator[tuple[int, str]]:
    """The lines with their numbers; bytes that are not UTF-8 are an InputError, not a traceback."""
    number = 0
    it = iter(lines)
    while True:
        try:
            line = next(it)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not UTF-8 text at or after line {number + 1} ({exc.reason}); give the output of "
                "`geokg extract --format jsonl`"
            ) from exc
        number += 1
        yield number, line


def _record(line: str, name: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name} line {number}: not JSON ({exc.msg}); give the output of "
                         "`geokg extract --format jsonl`") from None
    if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str):
        raise InputError(f"{name} line {number}: not a triple record of `geokg extract "
                         "--format jsonl` (no doc_id)")
    return record


def _document(
    group: list[tuple[int, dict[str, Any]]], name: str, gazetteer: Gazetteer | None
) -> tuple[TriplesDocument, list[Triple]]:
    actors: dict[str, Actor] = {}
    triples = []
    for number, record in group:
        try:
            triple = _triple(record, actors, gazetteer)
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{name} line {number}: not a triple record of `geokg extract "
                             f"--format jsonl` ({_reason(exc)})") from None
        triples.append(triple)
    first = triples[0].evidence
    digest = hashlib.sha256(first.doc_id.encode("utf-8"))
    for t in triples:
        digest.update(f"\0{t.evidence.start}\0{t.evidence.sentence}".encode())
    document = TriplesDocument(
        id=first.doc_id, text="", title=first.title, outlet=first.outlet, url=first.url,
        date=first.date, source=f"{name}:{group[0][0]}", triples_hash=digest.hexdigest(),
    )
    return document, triples


def _triple(record: dict[str, Any], actors: dict[str, Actor], gazetteer: Gazetteer | None) -> Triple:
    evidence = dict(record["evidence"])
    evidence["doc_id"] = record["doc_id"]
    gazetteer = gazetteer or Gazetteer.load()
    source = actors.setdefault(record["source"]["id"], _actor(record["source"], gazetteer))
    target = actors.setdefault(record["target"]["id"], _actor(record["target"], gazetteer))
    speaker = record.get("attributed_to")
    return Triple.model_validate({
        "source": source,
        "target": target,
        "relation": record["relation"],
        "negated": record.get("negated", False),
        "modality": record.get("modality", "asserted"),
        "confidence": record.get("confidence", 1.0),
        "evidence": evidence,
        "attributed_to": _speaker(speaker, actors, gazetteer) if speaker else None,
    })


def _actor(fields: dict[str, Any], gazetteer: Gazetteer) -> Actor:
    """The record's actor; the gazetteer's when it is the same one (it adds the aliases)."""
    actor = Actor(**fields)
    known = gazetteer.get(actor.id)
    if known is not None and (known.name, known.type, known.country) == (
        actor.name, actor.type, actor.country
    ):
        return known
    return actor


def _speaker(actor_id: str, actors: dict[str, Actor], gazetteer: Gazetteer) -> Actor:
    """The actor behind an ``attributed_to`` id: one of the document's, the gazetteer's, or a
    bare actor named by its id."""
    if actor_id in actors:
        return actors[actor_id]
    known = gazetteer.get(actor_id)
    if known is not None:
        return known
    kind = ActorType.PERSON if actor_id.startswith("person:") else ActorType.GROUP
    return Actor(id=actor_id, name=actor_id.split(":", 1)[-1], type=kind)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where}: {error['msg']}" if where else error["msg"]
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}"
    return str(exc)

