"""Score extracted triples against a gold JSONL file (``geokg eval``).

A gold file holds one JSON object per document: ``doc_id``, ``text``, optional ``title``, ``date``,
``outlet``, ``persons`` (person/group id -> the state or organisation it acts for) and ``triples``
(``source``, ``relation``, ``target``, ``negated``, ``sentence``).

Three levels, micro-averaged over documents (each document a set of keys):

- ``dyad``: the unordered pair of country-level actors related by any non-structural relation;
- ``polarity``: the pair plus cooperation/conflict;
- ``typed``: the pair plus the relation (unordered for ally, rival, tension, agree and consult).

Persons and groups are lifted to the state or organisation they act for. Structural relations
(member_of, leader_of, represents) and relations of an actor to itself are not scored. Negated or
hedged gold triples are left out of the positive gold; a predicted triple counts only when it is
stated (not negated; modality asserted, reported or future), and stated predictions that match a
negated gold triple are counted as ``asserted_negated``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from .errors import InputError
from .models import Relation, Triple

__all__ = ["GoldTriple", "GoldDoc", "LevelScore", "DocErrors", "EvalReport", "load_gold", "score"]

LEVELS = ("dyad", "polarity", "typed")
#: modalities that do not count as the text stating a relation
NOT_STATED = frozenset(
    {"negated", "hypothetical", "possible", "conditional", "desired", "future_possible"}
)
#: relations scored unordered at the typed level
UNORDERED = frozenset({"ally", "rival", "tension", "agree", "consult"})
_ORG_TYPES = frozenset(
    {"state", "country", "organisation", "organization", "igo", "international_organization"}
)


class GoldTriple(BaseModel):
    """One gold relation."""

    source: str
    relation: Relation
    target: str
    negated: bool = False
    sentence: str | None = None


class GoldDoc(BaseModel):
    """One gold document."""

    doc_id: str
    text: str = ""
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    persons: dict[str, str | None] = Field(default_factory=dict)
    triples: list[GoldTriple] = Field(default_factory=list)

    def lift(self, actor: str) -> str:
        """The country-level id of a gold actor."""
        if actor.startswith(("person:", "group:")):
            return self.persons.get(actor) or actor
        return actor


class LevelScore(BaseModel):
    """Precision, recall and F1 of one level, with the counts."""

    p: float
    r: float
    f1: float
    tp: int
    fp: int
    fn: int


class DocErrors(BaseModel):
    """Typed-level misses and false positives of one document."""

    doc_id: str
    misses: list[tuple[str, str, str]] = Field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = Field(default_factory=list)


class EvalReport(BaseModel):
    """The result of :func:`score`."""

    dyad: LevelScore
    polarity: LevelScore
    typed: LevelScore
    asserted_negated: int = Field(description="stated predictions matching a negated gold triple")
    documents: int
    errors: list[DocErrors] = Field(default_factory=list)

    def format(self, errors: bool = False) -> str:
        """A plain-text report, one line per level; with ``errors`` the per-document mistakes."""
        lines = []
        if errors:
            for doc in self.errors:
                lines.append(f"== {doc.doc_id}")
                lines.append(f"  missed: {[list(k) for k in doc.misses]}")
                lines.append(f"  extra:  {[list(k) for k in doc.false_positives]}")
        for level in LEVELS:
            v: LevelScore = getattr(self, level)
            lines.append(
                f"{level:9s} P={v.p:.3f} R={v.r:.3f} F1={v.f1:.3f} "
                f"(tp={v.tp} fp={v.fp} fn={v.fn})"
            )
        lines.append(f"negated-as-positive={self.asserted_negated} documents={self.documents}")
        return "\n".join(lines)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file; raises :class:`~geokg.errors.InputError` naming the bad line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}; check the path", path=str(p)) from None
    docs: list[GoldDoc] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(GoldDoc.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not JSON ({exc.msg}); each line must be one JSON object", path=str(p), line=n
            ) from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise InputError(
                f"bad gold record at {where}: {first['msg']} (see the gold format "
                "in the geokg eval help)",
                path=str(p),
                line=n,
            ) from None
    return docs


def _keys(a: str | None, rel: str, b: str | None) -> dict[str, tuple[str, ...]]:
    try:
        relation = Relation(rel)
    except ValueError:
        return {}
    if a is None or b is None or a == b or relation.structural:
        return {}
    pair = tuple(sorted((a, b)))
    polarity = "coop" if relation.quad_class.polarity == "cooperation" else "conflict"
    typed = (pair[0], rel, pair[1]) if rel in UNORDERED else (a, rel, b)
    return {"dyad": pair, "polarity": (pair[0], polarity, pair[1]), "typed": typed}


def _lift_pred(actor: Any) -> str | None:
    if isinstance(actor, str):
        return actor
    if not isinstance(actor, dict):
        return None
    kind = str(actor.get("type") or "").lower()
    if kind not in _ORG_TYPES and actor.get("country"):
        return str(actor["country"])
    return actor.get("id")


def _record(t: Triple | dict[str, Any]) -> dict[str, Any]:
    return t.to_record() if isinstance(t, Triple) else t


def _prf(tp: int, fp: int, fn: int) -> LevelScore:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return LevelScore(p=round(p, 3), r=round(r, 3), f1=round(f, 3), tp=tp, fp=fp, fn=fn)


def score(gold_docs: Iterable[GoldDoc], triples: Iterable[Triple | dict[str, Any]]) -> EvalReport:
    """Score predicted triples (``Triple`` objects or ``geokg extract`` records) against gold."""
    gold: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for doc in gold_docs:
        sets: dict[str, set[tuple[str, ...]]] = {lvl: set() for lvl in (*LEVELS, "neg")}
        for t in doc.triples:
            k = _keys(doc.lift(t.source), t.relation.value, doc.lift(t.target))
            if t.negated:
                if "typed" in k:
                    sets["neg"].add(k["typed"])
                continue
            for lvl, v in k.items():
                sets[lvl].add(v)
        gold[doc.doc_id] = sets
    pred: dict[str, dict[str, set[tuple[str, ...]]]] = {
        d: {lvl: set() for lvl in LEVELS} for d in gold
    }
    for item in triples:
        rec = _record(item)
        did = str(rec.get("doc_id"))
        if did not in pred:
            continue
        if rec.get("negated") or str(rec.get("modality") or "").lower() in NOT_STATED:
            continue
        k = _keys(
            _lift_pred(rec.get("source")), str(rec.get("relation")), _lift_pred(rec.get("target"))
        )
        for lvl, v in k.items():
            pred[did][lvl].add(v)
    levels = {}
    for lvl in LEVELS:
        tp = sum(len(pred[d][lvl] & g[lvl]) for d, g in gold.items())
        fp = sum(len(pred[d][lvl] - g[lvl]) for d, g in gold.items())
        fn = sum(len(g[lvl] - pred[d][lvl]) for d, g in gold.items())
        levels[lvl] = _prf(tp, fp, fn)
    errors = [
        DocErrors(
            doc_id=d,
            misses=sorted(g["typed"] - pred[d]["typed"]),
            false_positives=sorted(pred[d]["typed"] - g["typed"]),
        )
        for d, g in gold.items()
    ]
    return EvalReport(
        **levels,
        asserted_negated=sum(len(pred[d]["typed"] & g["neg"]) for d, g in gold.items()),
        documents=len(gold),
        errors=errors,
    )
