"""geokg's data models: actors, the relation vocabulary, evidence, triples and documents.

These pydantic models are the contract between the extractor, the store, the exporters and
users' own code. ``geokg schema`` prints their JSON Schema.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from enum import Enum
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .errors import DataError
from .resources import data_path, load_json

__all__ = [
    "ActorType",
    "Actor",
    "QuadClass",
    "RelationKind",
    "Relation",
    "Modality",
    "Evidence",
    "Triple",
    "Document",
    "output_schema",
]


class ActorType(str, Enum):
    """What kind of actor an :class:`Actor` is."""

    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"
    GROUP = "group"


class Actor(BaseModel):
    """A canonical actor.

    ``id`` is ISO 3166-1 alpha-3 for states (``TUR``), an acronym for organisations (``NATO``),
    ``person:<slug>`` or ``group:<slug>`` for people and non-state groups. ``country`` is the
    state or organisation a person or group acts for (``None`` when unknown or not applicable).
    """

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    type: ActorType
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """Id, name, type and country; aliases only counted (Russia has dozens)."""
        country = f", country={self.country!r}" if self.country else ""
        n = len(self.aliases)
        aliases = f", aliases=<{n} alias{'es' if n != 1 else ''}>" if n else ""
        return (f"Actor(id={self.id!r}, name={self.name!r}, type={self.type.value!r}"
                f"{country}{aliases})")

    @property
    def country_level(self) -> str:
        """The id this actor counts as at country level (a person or group -> its affiliation)."""
        if self.type in (ActorType.PERSON, ActorType.GROUP) and self.country:
            return self.country
        return self.id


class QuadClass(str, Enum):
    """The PLOVER/CAMEO quad class of a relation; ``structural`` for role relations."""

    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"
    STRUCTURAL = "structural"

    @property
    def polarity(self) -> str | None:
        """``"cooperation"``, ``"conflict"`` or ``None`` for structural relations."""
        if self is QuadClass.STRUCTURAL:
            return None
        return "cooperation" if self.value.endswith("cooperation") else "conflict"


class RelationKind(str, Enum):
    """Durable relations describe a standing state; events happen at a time."""

    DURABLE = "durable"
    EVENT = "event"


class Relation(str, Enum):
    """The fixed vocabulary: 6 durable relations and the 16 PLOVER event types.

    Each member carries ``kind``, ``symmetric``, ``quad_class`` and ``score`` (cooperation +10 to
    conflict -10), read from ``data/vocabulary.json``.
    """

    ALLY = "ally"
    RIVAL = "rival"
    TENSION = "tension"
    MEMBER_OF = "member_of"
    LEADER_OF = "leader_of"
    REPRESENTS = "represents"
    AGREE = "agree"
    CONSULT = "consult"
    SUPPORT = "support"
    CONCEDE = "concede"
    COOPERATE = "cooperate"
    AID = "aid"
    RETREAT = "retreat"
    REQUEST = "request"
    ACCUSE = "accuse"
    REJECT = "reject"
    THREATEN = "threaten"
    PROTEST = "protest"
    SANCTION = "sanction"
    MOBILIZE = "mobilize"
    COERCE = "coerce"
    ASSAULT = "assault"

    @property
    def kind(self) -> RelationKind:
        """Durable or event."""
        return _TRAITS[self._value_].kind

    @property
    def symmetric(self) -> bool:
        """True when the relation is unordered (stored once, source < target)."""
        return _TRAITS[self._value_].symmetric

    @property
    def quad_class(self) -> QuadClass:
        """Verbal/material cooperation/conflict, or structural."""
        return _TRAITS[self._value_].quad_class

    @property
    def score(self) -> float:
        """Cooperation (+10) to conflict (-10) score."""
        return _TRAITS[self._value_].score

    @property
    def structural(self) -> bool:
        """True for member_of, leader_of and represents."""
        return self.quad_class is QuadClass.STRUCTURAL

    @property
    def description(self) -> str:
        """A short English gloss of the relation."""
        return str(_VOCAB[self.value].get("description", ""))


def _load_vocabulary() -> dict[str, dict[str, Any]]:
    raw = load_json(data_path("vocabulary.json"))
    rels = raw.get("relations") if isinstance(raw, dict) else None
    if not isinstance(rels, dict):
        raise DataError("data/vocabulary.json must hold an object 'relations'")
    missing = {r.value for r in Relation} - set(rels)
    extra = set(rels) - {r.value for r in Relation}
    if missing or extra:
        raise DataError(
            f"data/vocabulary.json does not match the Relation enum (missing {sorted(missing)}, "
            f"unknown {sorted(extra)}); restore the file"
        )
    for name, meta in rels.items():
        try:
            RelationKind(meta["kind"])
            QuadClass(meta["quad_class"])
            float(meta["score"])
            bool(meta["symmetric"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"data/vocabulary.json: bad entry for {name!r}: {exc}") from exc
    return rels


_VOCAB = _load_vocabulary()


class _Traits(NamedTuple):
    """What ``data/vocabulary.json`` says of one relation, read once (the Relation properties)."""

    kind: RelationKind
    symmetric: bool
    quad_class: QuadClass
    score: float


#: relation value -> its traits
_TRAITS = {
    name: _Traits(
        RelationKind(meta["kind"]),
        bool(meta["symmetric"]),
        QuadClass(meta["quad_class"]),
        float(meta["score"]),
    )
    for name, meta in _VOCAB.items()
}


class Modality(str, Enum):
    """How the text commits to a relation.

    ``asserted``, ``reported`` and ``future`` count as stated; ``possible``, ``hypothetical``,
    ``conditional`` and ``desired`` do not.
    """

    ASSERTED = "asserted"
    REPORTED = "reported"
    FUTURE = "future"
    POSSIBLE = "possible"
    HYPOTHETICAL = "hypothetical"
    CONDITIONAL = "conditional"
    DESIRED = "desired"

    @property
    def stated(self) -> bool:
        """True for modalities that count as the text stating the relation."""
        return self in (Modality.ASSERTED, Modality.REPORTED, Modality.FUTURE)


class Evidence(BaseModel):
    """Where a triple comes from: the sentence, its character offsets and the document's facts."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    sentence: str
    start: int = Field(ge=0, description="character offset of the sentence in the document")
    end: int = Field(ge=0, description="character offset just past the sentence")
    date: _dt.date | None = Field(default=None, description="the document's (report) date")
    event_date: _dt.date | None = Field(
        default=None,
        description="when the event happened, as the sentence states it ('in 2015', 'last week'),"
        " resolved against the document date: the first day of the period; None if not stated",
    )
    event_precision: Literal["day", "week", "month", "year"] | None = Field(
        default=None, description="the precision of event_date"
    )
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    trigger: str | None = Field(
        default=None, description="the words that signal the relation, as they appear"
    )
    trigger_start: int | None = Field(
        default=None, ge=0, description="character offset of the trigger in the document"
    )


class Triple(BaseModel):
    """One relation stated (or negated, or hedged) by one sentence of one document."""

    model_config = ConfigDict(frozen=True)

    source: Actor
    relation: Relation
    target: Actor
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: Evidence
    attributed_to: Actor | None = Field(
        default=None, description="who said it, when the relation is reported speech"
    )

    @property
    def doc_id(self) -> str:
        """The id of the document the triple comes from."""
        return self.evidence.doc_id

    @property
    def stated(self) -> bool:
        """True when the triple counts as stated (not negated, modality asserted/reported/future)."""
        return not self.negated and self.modality.stated

    def key(self) -> tuple[str, str, str]:
        """(source id, relation, target id), ordered source < target for symmetric relations."""
        a, b = self.source.id, self.target.id
        if self.relation.symmetric and b < a:
            a, b = b, a
        return (a, self.relation.value, b)

    def to_record(self) -> dict[str, Any]:
        """The JSONL record of ``geokg extract`` (exactly the documented keys)."""

        def actor(a: Actor) -> dict[str, Any]:
            return {"id": a.id, "name": a.name, "type": a.type.value, "country": a.country}

        ev = self.evidence
        return {
            "doc_id": ev.doc_id,
            "source": actor(self.source),
            "target": actor(self.target),
            "relation": self.relation.value,
            "negated": self.negated,
            "modality": self.modality.value,
            "confidence": round(self.confidence, 4),
            "evidence": {
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "date": ev.date.isoformat() if ev.date else None,
                "event_date": ev.event_date.isoformat() if ev.event_date else None,
                "event_precision": ev.event_precision,
                "outlet": ev.outlet,
                "url": ev.url,
            },
        }


class Document(BaseModel):
    """A document to extract from: its text and what is known about it."""

    id: str | None = None
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: _dt.date | None = None
    source: str | None = Field(default=None, description="file (and line) it was read from")

    @field_validator("date", mode="before")
    @classmethod
    def _parse_date(cls, v: Any) -> Any:
        if isinstance(v, _dt.datetime):
            return v.date()
        if isinstance(v, str):
            v = v.strip()
            if not v:
                return None
            return _dt.date.fromisoformat(v[:10])
        return v

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: two documents with the same text are the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_id(self) -> str:
        """``id`` when given, else a stable id from the content hash."""
        return self.id if self.id else "sha256:" + self.content_hash[:16]


def output_schema() -> dict[str, Any]:
    """JSON Schema of one line of ``geokg extract --format jsonl`` output."""
    actor = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "name", "type", "country"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "type": {"enum": [t.value for t in ActorType]},
            "country": {"type": ["string", "null"]},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "geokg triple (geokg extract --format jsonl)",
        "type": "object",
        "additionalProperties": False,
        "required": [
            "doc_id", "source", "target", "relation", "negated", "modality", "confidence", "evidence"
        ],
        "properties": {
            "doc_id": {"type": "string"},
            "source": actor,
            "target": actor,
            "relation": {"enum": [r.value for r in Relation]},
            "negated": {"type": "boolean"},
            "modality": {"enum": [m.value for m in Modality]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "evidence": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "sentence", "start", "end", "date", "event_date", "event_precision", "outlet",
                    "url",
                ],
                "properties": {
                    "sentence": {"type": "string"},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                    "date": {"type": ["string", "null"], "format": "date"},
                    "event_date": {"type": ["string", "null"], "format": "date"},
                    "event_precision": {"enum": ["day", "week", "month", "year", None]},
                    "outlet": {"type": ["string", "null"]},
                    "url": {"type": ["string", "null"]},
                },
            },
        },
    }
