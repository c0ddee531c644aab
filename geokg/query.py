"""Query results of the knowledge-graph store and the SQL that computes them.

Merged edges come from the ``edges`` table (maintained at ingest) when no time window is asked
for, and are aggregated from ``triples`` otherwise; both have the columns ``source``,
``relation``, ``target`` and ``stated``, so one filter serves both. ``source``/``target`` hold
integer actor keys (``actors.key``); filters take actor ids and results give actor ids.
:class:`~geokg.store.Store` calls these functions; users see the pydantic results.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .confidence import check_min_confidence
from .errors import UsageError
from .models import Actor, QuadClass, Relation

#: how a triple is placed in time: "event" (the event's date when its sentence states one, else
#: the report's date) or "report" (the document's date)
TIMES = ("event", "report")

__all__ = [
    "Edge",
    "DyadMonth",
    "Dyad",
    "StoreStats",
    "EdgeFilter",
    "GraphFilter",
    "edge_cte",
    "edge_cursor",
    "node_cursor",
    "parse_date",
    "parse_relation",
    "parse_quad_class",
    "to_dataframe",
]

#: relations stored once per unordered pair (source < target)
SYMMETRIC = tuple(r.value for r in Relation if r.symmetric)


class Edge(BaseModel):
    """Evidence merged over one (source, relation, target): stated and unstated kept apart."""

    model_config = ConfigDict(frozen=True)

    source: Actor
    target: Actor
    relation: Relation
    symmetric: bool
    quad_class: QuadClass
    score: float
    stated: bool
    count: int
    documents: int
    stories: int = Field(default=0, description="distinct stories: syndicated copies count once")
    outlets: tuple[str, ...] = ()
    first_date: _dt.date | None = None
    last_date: _dt.date | None = None
    mean_confidence: float

    def key(self) -> tuple[str, str, str]:
        """(source id, relation, target id)."""
        return (self.source.id, self.relation.value, self.target.id)


class DyadMonth(BaseModel):
    """One month of a dyad's timeline: stated evidence per relation and the net score."""

    model_config = ConfigDict(frozen=True)

    month: str  # "YYYY-MM"
    counts: dict[str, int]
    unstated: int
    score: float  # sum of Relation.score over stated evidence: > 0 cooperation, < 0 conflict


class Dyad(BaseModel):
    """Everything between two actors: merged edges both ways and a monthly timeline."""

    model_config = ConfigDict(frozen=True)

    a: Actor
    b: Actor
    edges: list[Edge]
    timeline: list[DyadMonth]
    undated: int  # evidence sentences without a date (left out of the timeline)

    @property
    def score(self) -> float:
        """Net cooperation-conflict score over the whole timeline."""
        return sum(m.score for m in self.timeline)


class StoreStats(BaseModel):
    """Size of a store.

    ``actors`` counts the actors the store's triples name (as source, target or the speaker a
    statement is attributed to), not those merged into another: the actors ``geokg actors`` lists.
    ``related_actors`` counts those at an end of a stated relation: the actors the graph, its
    exports and the HTML view draw.
    """

    model_config = ConfigDict(frozen=True)

    documents: int
    triples: int
    stated_triples: int
    actors: int
    related_actors: int = 0  # at an end of a stated relation: the actors the graph draws
    edges: int
    unstated_edges: int
    by_relation: dict[str, int]  # stated triples per relation
    first_date: _dt.date | None
    last_date: _dt.date | None


def parse_date(value: _dt.date | str | None, name: str) -> str | None:
    """An ISO date string from a date or string, or None; :class:`UsageError` when invalid."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise UsageError(f"{name}={value!r} is not a date: use YYYY-MM-DD") from None


_E = TypeVar("_E", bound=Enum)


def parse_relation(value: Relation | str) -> Relation:
    """A :class:`Relation` from its value; :class:`UsageError` listing the vocabulary."""
    return _parse_enum(Relation, value, "relation")


def parse_quad_class(value: QuadClass | str) -> QuadClass:
    """A :class:`QuadClass` from its value; :class:`UsageError` listing the classes."""
    return _parse_enum(QuadClass, value, "quad class")


def _parse_enum(enum: type[_E], value: _E | str, what: str) -> _E:
    try:
        return enum(value.strip().lower() if isinstance(value, str) else value)
    except ValueError:
        names = [m.value for m in enum]
        close = _close_names(str(value), names)
        if close:
            raise UsageError(f"unknown {what} {value!r}; did you mean "
                             f"{' or '.join(repr(c) for c in close)}?") from None
        raise UsageError(f"unknown {what} {value!r}; use one of: {', '.join(names)}") from None


def _close_names(value: str, names: list[str]) -> list[str]:
    """The names ``value`` is probably a slip or a variant of (``alliance`` -> ``ally``)."""
    import difflib

    word = value.strip().lower().replace(" ", "_").replace("-", "_")
    stem = word[:3]
    found = difflib.get_close_matches(word, names, n=2, cutoff=0.6)
    if not found and len(stem) == 3:  # a derived word: alliance -> ally
        found = [n for n in names if n.startswith(stem)]
    return found[:3]


_SYM = "relation IN (%s)" % ",".join(f"'{r}'" for r in SYMMETRIC)
# the integer key of an actor id (a constant subquery: the indexes on source/target still serve)
KEY = "(SELECT key FROM actors WHERE id = ?)"
# triples have no index on target (it would slow ingest): reach them through the edges' one
_TRIPLE_TARGET = f"(source, target) IN (SELECT source, target FROM edges WHERE target = {KEY})"
# the keys of the actor ids in a JSON array parameter (any number of ids, one parameter)
_KEYS_OF = "(SELECT key FROM actors WHERE id IN (SELECT value FROM json_each(?)))"


class EdgeFilter:
    """A WHERE clause over ``source``/``relation``/``target``/``stated`` (+ dates on triples).

    Source and target filters match either end of a symmetric relation. ``within`` keeps only
    edges whose two ends are both among these actor ids; ``outlets`` and ``min_confidence``
    count only the evidence from those outlets / at least that confident (like a time window,
    they make edges be aggregated from the triples).
    """

    def __init__(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        pair: tuple[str, str] | None = None,
        relations: Sequence[str] | None = None,
        include_unstated: bool = False,
        since: str | None = None,
        until: str | None = None,
        min_confidence: float = 0.0,
        time: str = "event",
        outlets: Sequence[str] | None = None,
        within: Sequence[str] | None = None,
    ) -> None:
        self.actor, self.source, self.target, self.pair = actor, source, target, pair
        self.min_confidence = check_min_confidence(min_confidence)
        if time not in TIMES:
            raise UsageError(f"time={time!r}: use 'event' (the event's date when the sentence "
                             "states one, else the report's) or 'report'")
        self.time = time
        self.relations, self.include_unstated = relations, include_unstated
        if since is not None and until is not None and since > until:
            raise UsageError(f"since {since} is after until {until}: no evidence can match; "
                             "swap the two dates")
        self.since, self.until = since, until
        self.outlets = list(outlets) if outlets is not None else None
        self.within = list(within) if within is not None else None

    def when(self, table: str = "") -> str:
        """The SQL date a triple is placed at: its event date, else its report date ("event");
        or always the report date ("report")."""
        p = f"{table}." if table else ""
        return f"coalesce({p}event_date, {p}date)" if self.time == "event" else f"{p}date"

    @property
    def timed(self) -> bool:
        """True when evidence is selected (a time window, outlets or a confidence floor) or
        report dates are asked for: edges must then be aggregated from the triples that pass
        (the stored edges place evidence by event time)."""
        return (self.since is not None or self.until is not None or self.outlets is not None
                or self.min_confidence > 0 or self.time != "event")

    def where(self, *, triples: bool) -> tuple[str, list[Any]]:
        """The clause and its parameters, for ``edges`` or (``triples``) with the date window."""
        tgt = _TRIPLE_TARGET if triples else f"target = {KEY}"
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor is not None:
            clauses.append(f"(source = {KEY} OR {tgt})")
            params += [self.actor, self.actor]
        if self.source is not None:
            clauses.append(f"(source = {KEY} OR ({_SYM} AND {tgt}))")
            params += [self.source, self.source]
        if self.target is not None:
            clauses.append(f"({tgt} OR ({_SYM} AND source = {KEY}))")
            params += [self.target, self.target]
        if self.pair is not None:
            a, b = self.pair
            clauses.append(f"((source = {KEY} AND target = {KEY}) OR "
                           f"(source = {KEY} AND target = {KEY}))")
            params += [a, b, b, a]
        if self.within is not None:
            clauses.append(f"source IN {_KEYS_OF} AND target IN {_KEYS_OF}")
            ids = json.dumps(sorted(self.within))
            params += [ids, ids]
        if self.relations is not None:
            marks = ",".join("?" * len(self.relations))
            clauses.append(f"relation IN ({marks})" if self.relations else "0")
            params += list(self.relations)
        if not self.include_unstated:
            clauses.append("stated = 1")
        if triples:
            clauses.append("source <> target")
            clauses += self._evidence_clauses(params)
        return (" AND ".join(clauses) or "1"), params

    def evidence_where(self) -> tuple[str, list[Any]]:
        """The conditions on single triples only (window, outlets, confidence, stated)."""
        params: list[Any] = []
        clauses = self._evidence_clauses(params)
        if not self.include_unstated:
            clauses.append("stated = 1")
        return (" AND ".join(clauses) or "1"), params

    def _evidence_clauses(self, params: list[Any]) -> list[str]:
        clauses = []
        if self.since is not None:
            clauses.append(f"{self.when()} >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append(f"{self.when()} <= ?")
            params.append(self.until)
        if self.outlets is not None:
            clauses.append(f"outlet IN ({','.join('?' * len(self.outlets))})"
                           if self.outlets else "0")
            params += self.outlets
        if self.min_confidence > 0:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return clauses


class GraphFilter(BaseModel):
    """Which part of the graph a query, an export or the HTML view covers.

    The one filter object of the CLI's ``export``/``build --html`` options and of
    :meth:`geokg.store.Store.subgraph`: ``actor`` with ``radius`` (actors within that many links
    of it; radius 0 is the actor's own edges), ``relations`` and ``quad_class``, the evidence
    window ``since``/``until`` (inclusive ``YYYY-MM-DD``), ``outlets`` and ``min_confidence``
    (only that evidence counts), ``min_evidence`` (edges with fewer sentences left out) and
    ``include_unstated`` (negated and hedged relations too).

    >>> GraphFilter(actor="RUS", radius=1, relations=["assault"]).is_empty()
    False
    """

    model_config = ConfigDict(frozen=True)

    actor: str | None = None
    radius: int = 1
    relations: tuple[str, ...] | None = None
    quad_class: str | None = None
    since: _dt.date | None = None
    until: _dt.date | None = None
    outlets: tuple[str, ...] | None = None
    min_evidence: int = 1
    min_confidence: float | None = None
    include_unstated: bool = False

    def __init__(self, **data: Any) -> None:
        for key in ("relations", "outlets"):
            value = data.get(key)
            if isinstance(value, str):
                data[key] = (value,)
            elif value is not None:
                data[key] = tuple(value)
        if data.get("relations") is not None:
            data["relations"] = tuple(parse_relation(r).value for r in data["relations"])
        if data.get("quad_class") is not None:
            data["quad_class"] = parse_quad_class(data["quad_class"]).value
        for key in ("since", "until"):
            if data.get(key) is not None:
                data[key] = parse_date(data[key], key)
        radius = data.get("radius", 1)
        if isinstance(radius, bool) or not isinstance(radius, int) or radius < 0:
            raise UsageError(f"radius must be an integer, 0 or more, not {radius!r}")
        min_ev = data.get("min_evidence", 1)
        if isinstance(min_ev, bool) or not isinstance(min_ev, int) or min_ev < 1:
            raise UsageError(f"min_evidence must be an integer, 1 or more, not {min_ev!r}")
        if data.get("min_confidence") is not None:
            data["min_confidence"] = check_min_confidence(data["min_confidence"])
        if (data.get("since") and data.get("until")
                and str(data["since"]) > str(data["until"])):
            raise UsageError(f"since {data['since']} is after until {data['until']}: no "
                             "evidence can match; swap the two dates")
        super().__init__(**data)

    def is_empty(self) -> bool:
        """True when the filter keeps the whole graph (stated relations only)."""
        return self == GraphFilter(include_unstated=self.include_unstated)

    def relation_values(self) -> list[str] | None:
        """The relation words kept (relations and quad class combined), or None for all."""
        rels = list(self.relations) if self.relations is not None else None
        if self.quad_class is not None:
            in_class = [r.value for r in Relation if r.quad_class.value == self.quad_class]
            rels = [r for r in (rels if rels is not None else in_class) if r in in_class]
        return rels


def edge_cte(flt: EdgeFilter, min_evidence: int = 1,
             outlets: bool = True) -> tuple[str, list[Any]]:
    """A CTE ``e(source, relation, target, stated, count, c5 docs, c6 stories, c7 conf_sum,
    c8 first, c9 last, c10 outlets JSON)`` of the merged edges ``flt`` selects (actor keys), and its
    parameters. ``outlets=False`` leaves c9 NULL where it would cost a query per edge (the
    caller reads the edges' evidence anyway)."""
    if flt.timed:
        where, params = flt.where(triples=True)
        inner = (
            "SELECT source, relation, target, stated, COUNT(*) AS count, COUNT(DISTINCT doc), "
            "COUNT(DISTINCT (SELECT story FROM documents d WHERE d.id = triples.doc)), "
            f"SUM(confidence), MIN({flt.when()}), MAX({flt.when()}), "
            "json_group_array(DISTINCT outlet) "
            f"FROM triples WHERE {where} GROUP BY source, relation, target, stated "
            "HAVING COUNT(*) >= ?"
        )
    else:
        where, params = flt.where(triples=False)
        inner = (
            "SELECT source, relation, target, stated, count, docs, stories, conf_sum, first_date, "
            "last_date, " + ("(SELECT json_group_array(DISTINCT outlet) FROM triples t WHERE "
                             "t.source = e.source AND t.target = e.target AND t.relation = "
                             "e.relation AND t.stated = e.stated)" if outlets else "NULL")
            + f" FROM edges e WHERE {where} AND count >= ?"
        )
    return (f"WITH e(source, relation, target, stated, count, c5, c6, c7, c8, c9, c10) AS "
            f"({inner})", [*params, min_evidence])


_EDGE_SELECT = ("SELECT s.id, e.relation, t.id, e.stated, e.count, e.c5, e.c6, e.c7, e.c8, e.c9, "
                "e.c10 FROM e JOIN actors s ON s.key = e.source JOIN actors t ON t.key = e.target ")


def edge_rows(conn: sqlite3.Connection, flt: EdgeFilter, min_evidence: int = 1) -> list[tuple]:
    """Rows (source, relation, target, stated, count, docs, stories, conf_sum, first, last,
    outlets JSON).

    Source and target are actor ids; rows come most distinct stories first (syndicated copies
    count once), then most evidence sentences, then by ids.
    """
    cte, params = edge_cte(flt, min_evidence)
    sql = (f"{cte} {_EDGE_SELECT}"
           "ORDER BY e.c6 DESC, e.count DESC, s.id, e.relation, t.id, e.stated DESC")
    return conn.execute(sql, params).fetchall()


def edge_cursor(conn: sqlite3.Connection, flt: EdgeFilter, min_evidence: int = 1,
                outlets: bool = True) -> sqlite3.Cursor:
    """The rows of :func:`edge_rows` plus the two actor keys, as a cursor (streamed, not
    fetched): ordered by source key, target key, relation and stated first, so the edges of
    one pair of actors come together. ``outlets``: as in :func:`edge_cte`."""
    cte, params = edge_cte(flt, min_evidence, outlets)
    sql = (f"{cte} SELECT s.id, e.relation, t.id, e.stated, e.count, e.c5, e.c6, e.c7, e.c8, "
           "e.c9, e.c10, e.source, e.target FROM e JOIN actors s ON s.key = e.source "
           "JOIN actors t ON t.key = e.target "
           "ORDER BY e.source, e.target, e.relation, e.stated DESC")
    return conn.execute(sql, params)


def node_cursor(conn: sqlite3.Connection, flt: EdgeFilter, min_evidence: int = 1) -> sqlite3.Cursor:
    """(id, name, type, country, aliases JSON, evidence) of every actor at an end of the edges
    ``flt`` selects, ``evidence`` being the evidence of those edges; ordered by id."""
    cte, params = edge_cte(flt, min_evidence)
    sql = (f"{cte} SELECT a.id, a.name, a.type, a.country, a.aliases, x.n FROM (SELECT k, "
           "SUM(c) AS n FROM (SELECT source AS k, count AS c FROM e UNION ALL SELECT target, "
           "count FROM e) GROUP BY k) x JOIN actors a ON a.key = x.k ORDER BY a.id")
    return conn.execute(sql, params)


def make_edge(row: Sequence[Any], actors: dict[str, Actor]) -> Edge:
    """An :class:`Edge` from an :func:`edge_rows` row."""
    src, rel, tgt, stated, count, docs, stories, conf_sum, first, last, outlets = row
    relation = Relation(rel)
    return Edge(
        source=actors[src],
        target=actors[tgt],
        relation=relation,
        symmetric=relation.symmetric,
        quad_class=relation.quad_class,
        score=relation.score,
        stated=bool(stated),
        count=count,
        documents=docs,
        stories=stories,
        outlets=tuple(sorted(o for o in json.loads(outlets or "[]") if o)),
        first_date=first,
        last_date=last,
        mean_confidence=round(conf_sum / count, 4) if count else 0.0,
    )


def timeline(conn: sqlite3.Connection, flt: EdgeFilter) -> tuple[list[DyadMonth], int]:
    """Monthly counts per relation and net score for the triples ``flt`` selects."""
    where, params = flt.where(triples=True)
    rows = conn.execute(
        f"SELECT substr({flt.when()}, 1, 7), relation, stated, COUNT(*) FROM triples "
        f"WHERE {where} "
        "GROUP BY 1, 2, 3 ORDER BY 1",
        params,
    ).fetchall()
    months: dict[str, dict[str, Any]] = {}
    undated = 0
    for month, rel, stated, n in rows:
        if month is None:
            undated += n
            continue
        m = months.setdefault(month, {"counts": {}, "unstated": 0, "score": 0.0})
        if stated:
            m["counts"][rel] = m["counts"].get(rel, 0) + n
            m["score"] += Relation(rel).score * n
        else:
            m["unstated"] += n
    out = [DyadMonth(month=k, counts=v["counts"], unstated=v["unstated"], score=v["score"])
           for k, v in sorted(months.items())]
    return out, undated


def stats(conn: sqlite3.Connection) -> StoreStats:
    """Counts over the whole store."""
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
    triples, stated = one("SELECT COUNT(*), COALESCE(SUM(stated), 0) FROM triples")
    edges, unstated_edges = one(
        "SELECT COALESCE(SUM(stated), 0), COALESCE(SUM(1 - stated), 0) FROM edges"
    )
    first, last = one("SELECT MIN(date), MAX(date) FROM triples")
    by_relation = dict(conn.execute(
        "SELECT relation, COUNT(*) FROM triples WHERE stated = 1 GROUP BY relation "
        "ORDER BY 2 DESC, 1"
    ).fetchall())
    return StoreStats(
        documents=one("SELECT COUNT(*) FROM documents")[0],
        triples=triples,
        stated_triples=stated,
        actors=one("SELECT COUNT(*) FROM actors WHERE id NOT IN (SELECT alias FROM merges)")[0],
        related_actors=one("SELECT COUNT(*) FROM (SELECT source FROM edges WHERE stated = 1 "
                           "UNION SELECT target FROM edges WHERE stated = 1)")[0],
        edges=edges,
        unstated_edges=unstated_edges,
        by_relation=by_relation,
        first_date=first,
        last_date=last,
    )


def _flat(item: BaseModel) -> dict[str, Any]:
    if hasattr(item, "to_record") and hasattr(item, "evidence"):  # a Triple
        rec = item.to_record()  # type: ignore[attr-defined]
        ev = rec.pop("evidence")
        src, tgt = rec.pop("source"), rec.pop("target")
        return {"source": src["id"], "relation": rec.pop("relation"), "target": tgt["id"],
                **rec, **ev}
    data = item.model_dump(mode="json")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and "id" in value and "type" in value:  # an Actor
            out[key] = value["id"]
            out[f"{key}_name"] = value["name"]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = ";".join(value)
        else:
            out[key] = value
    return out


def to_dataframe(results: Iterable[BaseModel]) -> Any:
    """A pandas DataFrame of query results (edges, actors, triples, ...), one row each.

    Actors become their id plus a ``<field>_name`` column. Needs pandas (``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("to_dataframe needs pandas: pip install 'geokg[pandas]'") from None
    return pd.DataFrame([_flat(r) for r in results])
