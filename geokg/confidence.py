"""How far to trust a triple: pattern strength x argument path, calibrated on development news.

The *raw score* of a triple multiplies

- the lexicon entry's ``weight`` (its pattern strength) and an origin factor (hand-written
  entries 1.0; entries generated from the CAMEO dictionary lower, see
  ``data/relations/confidence.json``);
- per argument: how it was reached (its role strength: direct 1.0, lifted from a modifier or
  owner lower), how its mention was recognised (name, demonym, capital, coreference ...) and its
  path (a prepositional object, a mention in another sentence);
- the distance in tokens between the trigger and its farthest argument.

The raw score ranks triples. :func:`calibrate` maps it through the reliability curve that
``scripts/calibrate.py`` measured on development news (share of triples correct per score bin,
made monotone), so that a published confidence of 0.7 means about 70 % of such triples were right
on that material. ``docs/quality.md`` shows the table.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import DataError, UsageError
from .resources import data_path, load_json

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "ConfidenceModel",
    "ArgPath",
    "arg_path",
    "check_min_confidence",
    "load_confidence",
    "default_confidence",
]


def check_min_confidence(value: Any) -> float:
    """``value`` as a confidence floor; :class:`UsageError` unless it is a number in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise UsageError(
            f"min_confidence={value!r}: give a number from 0 to 1 (a confidence is the share of "
            "such triples found correct, see docs/quality.md)"
        )
    return float(value)


#: slope added to the calibrated share so that a higher raw score never publishes the same
#: confidence (at most 0.01 off the measured share, well inside its sampling error)
TIE_SLOPE = 0.02


class _Factors(BaseModel):
    model_config = ConfigDict(extra="forbid")

    origin: dict[str, float]
    via: dict[str, float]
    path: dict[str, float]
    #: [[max distance, factor], ...] ascending; beyond the last: ``far``
    distance: list[tuple[int, float]]
    far: float = Field(gt=0, le=1)


class _Calibration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    measured_on: str
    #: [[raw score, share correct], ...] ascending in both
    knots: list[tuple[float, float]]


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    comment: str = Field(alias="_comment")
    factors: _Factors
    calibration: _Calibration


@dataclass(frozen=True)
class ArgPath:
    """How one argument was found: role strength, mention recognition, path."""

    strength: float
    via: str | None
    prepositional: bool = False
    other_sentence: bool = False


class _Argument(Protocol):
    """What :func:`arg_path` reads of a relation argument (``geokg.relations.context.Arg``)."""

    @property
    def token(self) -> Token: ...
    @property
    def span(self) -> Span | None: ...
    @property
    def strength(self) -> float: ...


def _sentence_start(tok: Token) -> int | None:
    doc = tok.doc
    if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return None
    return tok.sent.start


def _via(span: Span) -> str | None:
    return span._.geokg_via


def arg_path(
    arg: _Argument,
    trigger: Token,
    *,
    sentence_start: Callable[[Token], int | None] = _sentence_start,
    via: Callable[[Span], str | None] = _via,
) -> ArgPath:
    """How ``arg`` was found for ``trigger``: prepositional object, another sentence, its
    mention's recognition (``span._.geokg_via``) and role strength. ``sentence_start`` (a
    token's sentence's first index, None without sentences) and ``via`` may be given by a
    caller that has them at hand for the whole document."""
    span = arg.span
    mention = span[0] if span is not None else arg.token
    here = sentence_start(trigger)
    return ArgPath(
        strength=arg.strength,
        via=via(span) if span is not None else None,
        prepositional=arg.token.dep_ == "pobj",
        other_sentence=here is not None and sentence_start(mention) != here,
    )


@dataclass(frozen=True)
class ConfidenceModel:
    """The factors of the raw score and the calibration knots."""

    origin: dict[str, float]
    via: dict[str, float]
    path: dict[str, float]
    distance: tuple[tuple[int, float], ...]
    far: float
    knots: tuple[tuple[float, float], ...]

    def raw(self, weight: float, generated: bool, args: tuple[ArgPath, ...], distance: int) -> float:
        """The uncalibrated score of a trigger with these arguments."""
        score = weight * self.origin["generated" if generated else "hand"]
        for arg in args:
            score *= arg.strength * self.via.get(arg.via or "name", self.via["other"])
            if arg.prepositional:
                score *= self.path["prepositional"]
            if arg.other_sentence:
                score *= self.path["other_sentence"]
        for limit, factor in self.distance:
            if distance <= limit:
                return score * factor
        return score * self.far

    def calibrate(self, raw: float) -> float:
        """The share of triples correct at this raw score (piecewise linear between the knots,
        flat beyond them, plus a slope of :data:`TIE_SLOPE` that keeps the raw ranking where the
        measured share is flat), clipped to [0.05, 1] and rounded to 4 places."""
        knots = self.knots
        if not knots:
            return round(min(1.0, max(0.05, raw)), 4)
        xs = [x for x, _ in knots]
        i = bisect_right(xs, raw)
        if i == 0:
            value = knots[0][1]
        elif i == len(knots):
            value = knots[-1][1]
        else:
            (x0, y0), (x1, y1) = knots[i - 1], knots[i]
            value = y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        value += TIE_SLOPE * (raw - 0.5)
        return round(min(1.0, max(0.05, value)), 4)

    def score(self, weight: float, generated: bool, args: tuple[ArgPath, ...], distance: int) -> float:
        """Calibrated confidence of a triple."""
        return self.calibrate(self.raw(weight, generated, args, distance))


def load_confidence(path: str | Path | None = None) -> ConfidenceModel:
    """Load and validate the confidence factors and calibration (default: the bundled file)."""
    file = Path(path) if path else data_path("relations", "confidence.json")
    try:
        raw = _File.model_validate(load_json(file))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DataError(f"{file}: {where}: {first['msg']}; fix or restore the file") from None
    f = raw.factors
    for name, table, keys in (
        ("origin", f.origin, ("hand", "generated")),
        ("via", f.via, ("name", "other")),
        ("path", f.path, ("prepositional", "other_sentence")),
    ):
        missing = [k for k in keys if k not in table]
        if missing:
            raise DataError(f"{file}: factors.{name}: missing {missing}; fix or restore the file")
    knots = tuple(raw.calibration.knots)
    if any(b[0] <= a[0] or b[1] < a[1] for a, b in zip(knots, knots[1:], strict=False)):
        raise DataError(
            f"{file}: calibration.knots must rise in score and not fall in share; "
            "rerun scripts/calibrate.py"
        )
    return ConfidenceModel(
        dict(f.origin), dict(f.via), dict(f.path), tuple(f.distance), f.far, knots
    )


@lru_cache(maxsize=1)
def default_confidence() -> ConfidenceModel:
    """The bundled confidence model, loaded once."""
    return load_confidence()
