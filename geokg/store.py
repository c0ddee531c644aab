"""The knowledge-graph store: documents, actors, triples and merged edges in one SQLite file.

* Writes are batched in transactions; a document goes in with all its triples and actors, or
  not at all. Re-adding a text already stored (same SHA-256) is a no-op, so an interrupted build
  resumes without duplicates.
* The ``edges`` table (one row per source, relation, target and stated/unstated) is maintained
  at ingest, so whole-store queries read it directly; time-windowed queries aggregate triples.
* WAL journal: readers query while a build writes. A store the user may not write (file or
  folder without write permission) opens read-only: queries work, writes raise StoreError.
* ``meta.schema_version`` records the schema; older stores are migrated forward on open.

>>> store = Store()                       # in memory
>>> store.stats().documents
0
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import BaseModel, ConfigDict

from .errors import SchemaVersionError, StoreError, UsageError
from .merges import MergePlan, MergeSuggestion, refusals, suggest
from .neardup import Signature, band_keys, same_story, signature
from .models import Actor, ActorType, Document, Evidence, Modality, QuadClass, Relation, Triple
from .query import (
    KEY,
    SYMMETRIC,
    Dyad,
    Edge,
    EdgeFilter,
    GraphFilter,
    StoreStats,
    edge_cte,
    edge_cursor,
    edge_rows,
    make_edge,
    node_cursor,
    parse_date,
    parse_quad_class,
    parse_relation,
    stats,
    timeline,
)

__all__ = ["SCHEMA_VERSION", "AddSummary", "RemoveSummary", "Store", "SubGraph", "migrate"]

#: the schema this version of geokg writes
SCHEMA_VERSION = 4

_V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, "
    "doc_id TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, date TEXT, source TEXT, "
    "n_triples INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, "
    "country TEXT, aliases TEXT NOT NULL DEFAULT '[]')",
    # source/target are canonical actor ids, ordered source < target for symmetric relations
    # (swapped = 1 when that reversed the sentence's order); date/outlet are the evidence's,
    # url/title only when they differ from the document's.
    "CREATE TABLE triples (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES "
    "documents(id), source TEXT NOT NULL, relation TEXT NOT NULL, target TEXT NOT NULL, "
    "swapped INTEGER NOT NULL DEFAULT 0, stated INTEGER NOT NULL, negated INTEGER NOT NULL, "
    "modality TEXT NOT NULL, confidence REAL NOT NULL, attributed_to TEXT, sentence TEXT NOT "
    "NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, date TEXT, outlet TEXT, "
    "url TEXT, title TEXT, trigger TEXT, trigger_start INTEGER)",
    "CREATE INDEX triples_pair ON triples (source, target)",
    "CREATE INDEX triples_target ON triples (target)",
]

# v2: merged edges maintained at ingest, actor merges that survive re-adds
_V2 = [
    "CREATE TABLE edges (source TEXT NOT NULL, relation TEXT NOT NULL, target TEXT NOT NULL, "
    "stated INTEGER NOT NULL, count INTEGER NOT NULL, docs INTEGER NOT NULL, conf_sum REAL NOT "
    "NULL, first_date TEXT, last_date TEXT, PRIMARY KEY (source, relation, target, stated)) "
    "WITHOUT ROWID",
    "CREATE INDEX edges_target ON edges (target)",
    "CREATE TABLE merges (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL)",
    "REBUILD EDGES",
    # triples are found by target through edges_target now: one index less to keep at ingest
    "DROP INDEX triples_target",
]

# v3: integer actor keys in triples and edges (smaller rows and indexes: faster bulk ingest)
_V3 = [
    "CREATE TABLE actors_v3 (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT "
    "NULL, type TEXT NOT NULL, country TEXT, aliases TEXT NOT NULL DEFAULT '[]')",
    "INSERT INTO actors_v3 (id, name, type, country, aliases) "
    "SELECT id, name, type, country, aliases FROM actors ORDER BY id",
    # an actor id that triples use without an actors row gets one named after it
    "INSERT INTO actors_v3 (id, name, type) SELECT DISTINCT x, x, 'group' FROM (SELECT source "
    "AS x FROM triples UNION SELECT target FROM triples UNION SELECT attributed_to FROM "
    "triples) WHERE x IS NOT NULL AND x NOT IN (SELECT id FROM actors)",
    "DROP TABLE actors",
    "ALTER TABLE actors_v3 RENAME TO actors",
    "CREATE TABLE triples_v3 (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES "
    "documents(id), source INTEGER NOT NULL, relation TEXT NOT NULL, target INTEGER NOT NULL, "
    "swapped INTEGER NOT NULL DEFAULT 0, stated INTEGER NOT NULL, negated INTEGER NOT NULL, "
    "modality TEXT NOT NULL, confidence REAL NOT NULL, attributed_to INTEGER, sentence TEXT NOT "
    "NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, date TEXT, outlet TEXT, "
    "url TEXT, title TEXT, trigger TEXT, trigger_start INTEGER)",
    "INSERT INTO triples_v3 SELECT t.id, t.doc, s.key, t.relation, o.key, t.swapped, t.stated, "
    "t.negated, t.modality, t.confidence, b.key, t.sentence, t.start_char, t.end_char, t.date, "
    "t.outlet, t.url, t.title, t.trigger, t.trigger_start FROM triples t "
    "JOIN actors s ON s.id = t.source JOIN actors o ON o.id = t.target "
    "LEFT JOIN actors b ON b.id = t.attributed_to ORDER BY t.id",
    "DROP TABLE triples",
    "ALTER TABLE triples_v3 RENAME TO triples",
    "CREATE INDEX triples_pair ON triples (source, target)",
    "DROP TABLE edges",
    "CREATE TABLE edges (source INTEGER NOT NULL, relation TEXT NOT NULL, target INTEGER NOT "
    "NULL, stated INTEGER NOT NULL, count INTEGER NOT NULL, docs INTEGER NOT NULL, conf_sum "
    "REAL NOT NULL, first_date TEXT, last_date TEXT, "
    "PRIMARY KEY (source, relation, target, stated)) WITHOUT ROWID",
    "CREATE INDEX edges_target ON edges (target)",
    "REBUILD EDGES",
]

# v4: event time, syndicated stories, undoable merges
_V4 = [
    # when the event happened as the sentence states it (the report's date is `date`)
    "ALTER TABLE triples ADD COLUMN event_date TEXT",
    "ALTER TABLE triples ADD COLUMN event_precision TEXT",
    # the actor a triple named before a merge (NULL: the one it names now), so a merge can be
    # undone; filled by merge_actors and by ingest under a recorded merge
    "ALTER TABLE triples ADD COLUMN orig_source INTEGER",
    "ALTER TABLE triples ADD COLUMN orig_target INTEGER",
    "ALTER TABLE triples ADD COLUMN orig_by INTEGER",
    # near-duplicate (syndicated) documents share the story number of the first one stored
    "ALTER TABLE documents ADD COLUMN story INTEGER",
    "UPDATE documents SET story = id",
    "CREATE TABLE doc_bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, doc INTEGER NOT "
    "NULL)",
    "CREATE INDEX doc_bands_key ON doc_bands (band, bucket)",
    "CREATE TABLE doc_sigs (doc INTEGER PRIMARY KEY, shingles INTEGER NOT NULL, sig BLOB NOT "
    "NULL)",
    "CREATE INDEX documents_doc_id ON documents (doc_id)",
    "CREATE TABLE merge_log (id INTEGER PRIMARY KEY, alias TEXT NOT NULL, canonical TEXT NOT "
    "NULL, redirected TEXT NOT NULL, aliases_before TEXT NOT NULL, type_before TEXT)",
    "DROP TABLE edges",
    "CREATE TABLE edges (source INTEGER NOT NULL, relation TEXT NOT NULL, target INTEGER NOT "
    "NULL, stated INTEGER NOT NULL, count INTEGER NOT NULL, docs INTEGER NOT NULL, stories "
    "INTEGER NOT NULL, conf_sum REAL NOT NULL, first_date TEXT, last_date TEXT, "
    "PRIMARY KEY (source, relation, target, stated)) WITHOUT ROWID",
    "CREATE INDEX edges_target ON edges (target)",
    "REBUILD EDGES",
]

#: MIGRATIONS[v] turns a schema-v store into a schema-(v+1) one (v = 0: an empty file)
MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4]

# the story (syndication group) of a triple's document, and the date it is placed at: the
# event's date when the sentence states one, else the report's
_STORY = "(SELECT story FROM documents WHERE documents.id = x.doc)"
_WHEN = "coalesce(x.event_date, x.date)"
_EDGE_AGGREGATE = (
    "INSERT INTO edges SELECT source, relation, target, stated, COUNT(*), COUNT(DISTINCT doc), "
    f"COUNT(DISTINCT {_STORY}), SUM(confidence), MIN({_WHEN}), MAX({_WHEN}) FROM triples x "
    "WHERE source <> target{cond} GROUP BY source, relation, target, stated"
)
# fold the triples added by one batch (id >= ?1) into the merged edges; a story counts once
# per edge: a copy of a story the edge already has evidence from adds none
_EDGE_UPSERT = (
    "INSERT INTO edges SELECT source, relation, target, stated, COUNT(*), COUNT(DISTINCT doc), "
    "COUNT(DISTINCT CASE WHEN s = doc OR NOT EXISTS (SELECT 1 FROM triples o WHERE o.id < ?1 "
    "AND o.source = y.source AND o.target = y.target AND o.relation = y.relation AND "
    "o.stated = y.stated AND (SELECT story FROM documents WHERE documents.id = o.doc) = y.s) "
    "THEN s END), SUM(confidence), MIN(w), MAX(w) "
    f"FROM (SELECT x.*, {_STORY} AS s, {_WHEN} AS w FROM triples x WHERE x.id >= ?1 AND "
    "x.source <> x.target) y GROUP BY source, relation, target, stated "
    "ON CONFLICT (source, relation, target, stated) DO UPDATE SET "
    "count = count + excluded.count, docs = docs + excluded.docs, "
    "stories = stories + excluded.stories, conf_sum = conf_sum + excluded.conf_sum, "
    "first_date = min(coalesce(first_date, excluded.first_date), "
    "coalesce(excluded.first_date, first_date)), "
    "last_date = max(coalesce(last_date, excluded.last_date), "
    "coalesce(excluded.last_date, last_date))"
)
# the same when no document of the batch is a copy of another story (the common case): each
# new document is a new story, so its stories add up like its documents
_EDGE_UPSERT_NEW_STORIES = (
    "INSERT INTO edges SELECT source, relation, target, stated, COUNT(*), COUNT(DISTINCT doc), "
    "COUNT(DISTINCT doc), SUM(confidence), MIN(coalesce(event_date, date)), "
    "MAX(coalesce(event_date, date)) FROM triples WHERE id >= ?1 AND source <> target "
    "GROUP BY source, relation, target, stated "
    "ON CONFLICT (source, relation, target, stated) DO UPDATE SET "
    "count = count + excluded.count, docs = docs + excluded.docs, "
    "stories = stories + excluded.stories, conf_sum = conf_sum + excluded.conf_sum, "
    "first_date = min(coalesce(first_date, excluded.first_date), "
    "coalesce(excluded.first_date, first_date)), "
    "last_date = max(coalesce(last_date, excluded.last_date), "
    "coalesce(excluded.last_date, last_date))"
)
# the merged edges of schema 2 and 3 (used while migrating an old store forward)
_EDGE_AGGREGATE_V3 = (
    "INSERT INTO edges SELECT source, relation, target, stated, COUNT(*), COUNT(DISTINCT doc), "
    "SUM(confidence), MIN(date), MAX(date) FROM triples WHERE source <> target{cond} "
    "GROUP BY source, relation, target, stated"
)
_TRIPLE_INSERT = (
    "INSERT INTO triples (doc, source, relation, target, swapped, stated, negated, modality, "
    "confidence, attributed_to, sentence, start_char, end_char, date, outlet, url, title, "
    "trigger, trigger_start, event_date, event_precision, orig_source, orig_target, orig_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SYMMETRIC = frozenset(SYMMETRIC)
_END = object()
_MAX_BATCH_TRIPLES = 100_000
_REL_VALUE = {r: r.value for r in Relation}
_MODALITY = {m: (m.value, m.stated) for m in Modality}


def _rebuild_edges(conn: sqlite3.Connection, actors: Sequence[str] | None = None) -> None:
    """Recompute merged edges from triples (all, or those touching the actor ids ``actors``)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(edges)")}
    aggregate = _EDGE_AGGREGATE if "stories" in columns else _EDGE_AGGREGATE_V3
    if actors is None:
        conn.execute("DELETE FROM edges")
        conn.execute(aggregate.format(cond=""))
        return
    keys = f"(SELECT key FROM actors WHERE id IN ({','.join('?' * len(actors))}))"
    cond = f" AND (source IN {keys} OR target IN {keys})"
    params = [*actors, *actors]
    conn.execute(f"DELETE FROM edges WHERE 1{cond}", params)
    conn.execute(aggregate.format(cond=cond), params)


def _sqlite_header(path: Path | None) -> bool:
    """Whether ``path`` starts like an SQLite database file."""
    try:
        with open(path, "rb") as f:  # type: ignore[arg-type]
            return f.read(16) == b"SQLite format 3\x00"
    except (OSError, TypeError):
        return False


def _damaged(where: str, exc: object) -> str:
    return (f"{where} is damaged (SQLite: {exc}); restore a copy or rebuild it with geokg build "
            "from the same inputs")


_READ_ONLY_HINT = "copy it to a folder you can write to, or ask for write permission"


def _write_failed(exc: Exception) -> str:
    """One line for a failed write transaction (nothing of it was written)."""
    if isinstance(exc, UnicodeEncodeError):
        return ("writing to the store failed: a text holds characters that are not valid Unicode "
                "(lone surrogates, e.g. from an undecodable file name); nothing was written for "
                "this batch, the store is unchanged")
    if "full" in str(exc):
        return (f"writing to the store failed: {exc}; nothing was written for this batch and "
                "what was stored before is intact: free disk space and run the same command "
                "again (documents already stored are skipped)")
    return f"writing to the store failed: {exc}; nothing was written for this batch"


def _writable(path: Path) -> bool:
    """Whether this process may write the store file and create its -wal/-shm files."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """Open a store without writing to it or leaving files next to it.

    With no ``x.db-wal`` beside it, nobody is writing and the file is read as immutable (SQLite
    creates no -wal/-shm files that would later be in its owner's way). With one, SQLite reads it
    too, which needs the -shm index; when that cannot be created, it is an error.
    """
    from urllib.parse import quote

    uri = "file:" + quote(str(path.resolve()))
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    conn = sqlite3.connect(uri + ("?mode=ro" if pending else "?mode=ro&immutable=1"), uri=True,
                           timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        raise StoreError(f"cannot read {path}: it is read-only and {wal.name} holds writes not "
                         f"yet merged into it ({exc}); {_READ_ONLY_HINT}") from exc
    return conn


def _schema_version(conn: sqlite3.Connection, where: str) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return 0
    not_geokg = StoreError(
        f"{where} is not a geokg store (it is an SQLite database with other tables); "
        "choose another path"
    )
    if "meta" not in tables:
        raise not_geokg
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("application") != "geokg":
        raise not_geokg
    try:
        version = int(meta["schema_version"])
    except (KeyError, ValueError):
        version = -1
    if version < 1:
        raise StoreError(
            f"{where}: the geokg store has no valid schema version "
            f"({meta.get('schema_version')!r}); restore a copy or rebuild it with geokg build"
        )
    found = _tables_version(conn, tables)
    if found is not None and found != version and version <= SCHEMA_VERSION:
        raise StoreError(
            f"{where}: its metadata says schema {version} but its tables are schema {found}; "
            "refusing to migrate it (that could duplicate data): restore a copy or rebuild it "
            "with geokg build"
        )
    return version


def _tables_version(conn: sqlite3.Connection, tables: set[str]) -> int | None:
    """The schema version the tables themselves show (None: not one geokg ever wrote)."""
    if not {"documents", "actors", "triples"} <= tables:
        return None
    if "edges" not in tables:
        return 1
    if "merge_log" in tables:
        return 4
    columns = {r[1] for r in conn.execute("PRAGMA table_info(actors)")}
    return 3 if "key" in columns else 2


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION, *, where: str = "store") -> int:
    """Bring the schema of ``conn`` up to ``target`` in one transaction; return the old version.

    Raises :class:`SchemaVersionError` when the store is newer than this geokg.
    """
    version = _schema_version(conn, where)
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{where} was written by a newer geokg (schema {version} > {SCHEMA_VERSION}): "
            "upgrade geokg (pip install -U geokg)"
        )
    if version >= target:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(conn, where)  # another process may have migrated meanwhile
        for step in range(version, target):
            for sql in MIGRATIONS[step]:
                if sql == "REBUILD EDGES":
                    _rebuild_edges(conn)
                else:
                    conn.execute(sql)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('application', 'geokg')")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(target),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


class AddSummary(BaseModel):
    """What an ingest did: documents added, documents skipped as already stored, triples added;
    ``updated`` of the documents added replaced a stored one (same id and text, other metadata)."""

    model_config = ConfigDict(frozen=True)

    documents: int = 0
    skipped: int = 0
    triples: int = 0
    updated: int = 0


class RemoveSummary(BaseModel):
    """What a removal did: documents and triples removed, merged edges recomputed."""

    model_config = ConfigDict(frozen=True)

    documents: int = 0
    triples: int = 0
    edges: int = 0


_TOUCHED = "(SELECT source, relation, target, stated FROM temp.touched_edges)"


def _drop_documents(conn: sqlite3.Connection, ids: Sequence[int]) -> RemoveSummary:
    """Delete stored documents (``documents.id``) with their triples and near-duplicate keys,
    and recompute the merged edges their triples were part of (those only). Call inside a
    write transaction: it all happens or nothing does."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone_docs (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_edges (source INTEGER, relation "
                 "TEXT, target INTEGER, stated INTEGER, PRIMARY KEY (source, relation, target, "
                 "stated)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.gone_docs")
    conn.execute("DELETE FROM temp.touched_edges")
    conn.executemany("INSERT OR IGNORE INTO temp.gone_docs VALUES (?)", [(i,) for i in ids])
    gone = "(SELECT id FROM temp.gone_docs)"
    conn.execute("INSERT OR IGNORE INTO temp.touched_edges SELECT DISTINCT source, relation, "
                 f"target, stated FROM triples WHERE doc IN {gone}")
    triples = conn.execute(f"DELETE FROM triples WHERE doc IN {gone}").rowcount
    conn.execute(f"DELETE FROM doc_bands WHERE doc IN {gone}")
    conn.execute(f"DELETE FROM doc_sigs WHERE doc IN {gone}")
    docs = conn.execute(f"DELETE FROM documents WHERE id IN {gone}").rowcount
    edges = conn.execute("SELECT COUNT(*) FROM temp.touched_edges").fetchone()[0]
    conn.execute(f"DELETE FROM edges WHERE (source, relation, target, stated) IN {_TOUCHED}")
    conn.execute(_EDGE_AGGREGATE.format(
        cond=f" AND (source, relation, target, stated) IN {_TOUCHED}"))
    conn.execute("DELETE FROM temp.gone_docs")
    conn.execute("DELETE FROM temp.touched_edges")
    return RemoveSummary(documents=docs, triples=triples, edges=edges)


def _merged_aliases(keep: Actor, gone: Actor) -> list[str]:
    """``keep``'s aliases after ``gone`` is merged into it."""
    aliases = list(dict.fromkeys([*keep.aliases, gone.name, *gone.aliases, gone.id]))
    return [x for x in aliases if x not in (keep.name, keep.id)]


def _order_symmetric(conn: sqlite3.Connection, keys: Sequence[int]) -> None:
    """Keep the triples of symmetric relations that name ``keys`` ordered source < target
    by actor id (swapping what each end was before a merge along with them)."""
    sym = ",".join(f"'{r}'" for r in SYMMETRIC)
    name = "(SELECT id FROM actors WHERE key = triples.{})".format
    marks = ",".join("?" * len(keys))
    conn.execute("UPDATE triples SET source = target, target = source, orig_source = "
                 "orig_target, orig_target = orig_source, swapped = 1 - swapped "
                 f"WHERE relation IN ({sym}) AND (source IN ({marks}) OR target IN ({marks})) "
                 f"AND {name('source')} > {name('target')}", [*keys, *keys])


class _Stories:
    """Assigns new documents to stories at ingest: a near-duplicate of a stored document (or of
    one earlier in the batch) joins its story; anything else starts its own (geokg.neardup)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.bands: list[tuple[int, int, int]] = []  # (band, bucket, doc) to write
        self.sigs: list[tuple[int, int, bytes]] = []  # (doc, shingles, signature) to write
        self.batch_keys: dict[tuple[int, int], list[int]] = {}
        self.batch: dict[int, tuple[Signature, int]] = {}  # doc -> (signature, story)

    def story_of(self, doc: int, text: str) -> int:
        """The story number of the new document ``doc`` (its own id when it is no copy)."""
        sig = signature(text)
        if sig is None:
            return doc
        keys = band_keys(sig)
        story = self._match(sig, keys) or doc
        self.batch[doc] = (sig, story)
        for band, bucket in keys:
            self.batch_keys.setdefault((band, bucket), []).append(doc)
            self.bands.append((band, bucket, doc))
        self.sigs.append((doc, sig.shingles, sig.to_bytes()))
        return story

    def _match(self, sig: Signature, keys: list[tuple[int, int]]) -> int | None:
        best: tuple[float, int] | None = None
        local = {d for k in keys for d in self.batch_keys.get(k, ())}
        for d in sorted(local):
            other, story = self.batch[d]
            if same_story(sig, other):
                score = sig.jaccard(other)
                if best is None or score > best[0]:
                    best = (score, story)
        values = ",".join("(?, ?)" for _ in keys)
        rows = self.conn.execute(
            "SELECT s.doc, s.shingles, s.sig, d.story FROM doc_sigs s JOIN documents d ON d.id "
            f"= s.doc WHERE s.doc IN (SELECT doc FROM doc_bands WHERE (band, bucket) IN "
            f"(VALUES {values})) ORDER BY s.doc", [x for k in keys for x in k]).fetchall()
        for _, shingles, blob, story in rows:
            other = Signature.from_bytes(blob, shingles)
            if same_story(sig, other):
                score = sig.jaccard(other)
                if best is None or score > best[0]:
                    best = (score, story)
        return best[1] if best else None

    def write(self) -> None:
        """Store the new documents' LSH keys and signatures (after the documents)."""
        self.conn.executemany("INSERT INTO doc_bands VALUES (?, ?, ?)", self.bands)
        self.conn.executemany("INSERT INTO doc_sigs VALUES (?, ?, ?)", self.sigs)


def _changed(row: Sequence[Any], document: Document) -> bool:
    """Whether a stored document row (doc_id, title, outlet, url, date, ...) is ``document``
    with other metadata (the same id: a different id is another copy of the same text; a
    field ``document`` leaves empty keeps its stored value)."""
    stored = row[1:5]
    given = (document.title, document.outlet, document.url, _iso(document.date))
    return row[0] == document.doc_id and any(
        new is not None and new != old for old, new in zip(stored, given, strict=True))


def _completed(document: Document, row: Sequence[Any]) -> Document:
    """``document`` with the metadata it does not state taken from its stored row."""
    missing = {k: v for k, v in zip(("title", "outlet", "url", "date"), row[1:5], strict=True)
               if v is not None and getattr(document, k) is None}
    return document.model_copy(update=missing) if missing else document


def _actor_from_row(row: Sequence[Any]) -> Actor:
    aid, name, typ, country, aliases = row
    return Actor(id=aid, name=name, type=ActorType(typ), country=country,
                 aliases=tuple(json.loads(aliases)))


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=8192)
def _iso_cached(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _triple_rows(rows: list[tuple], doc: int, document: Document, triples: Sequence[Triple],
                 merges: dict[str, str], actors: dict[str, Actor], keys: dict[str, int],
                 new_key: Callable[[str], int]) -> None:
    """Append the ``triples`` table rows of one document's triples to ``rows``.

    The bulk path (see benchmarks/store_bench.py): plain lookups instead of enum properties.
    ``actors`` collects the actors seen; ``keys`` maps actor ids to keys, ``new_key`` gives one.
    """
    d_date, d_outlet, d_url, d_title = document.date, document.outlet, document.url, document.title
    append = rows.append
    for t in triples:
        if not isinstance(t, Triple):
            raise UsageError(f"expected a geokg.Triple, got {type(t).__name__}")
        s, o, by = t.source, t.target, t.attributed_to
        src, tgt = s.id, o.id
        if src not in actors:
            actors[src] = s
        if tgt not in actors:
            actors[tgt] = o
        by_key = orig_src = orig_tgt = orig_by = None
        if by is not None:
            by_id = by.id
            actors.setdefault(by_id, by)
            if merges and by_id in merges:
                orig_by = keys.get(by_id) or new_key(by_id)
                by_id = merges[by_id]
            by_key = keys.get(by_id) or new_key(by_id)
        if merges:
            if src in merges:
                orig_src = keys.get(src) or new_key(src)
                src = merges[src]
            if tgt in merges:
                orig_tgt = keys.get(tgt) or new_key(tgt)
                tgt = merges[tgt]
        rel = _REL_VALUE[t.relation]
        swapped = tgt < src and rel in _SYMMETRIC
        if swapped:
            src, tgt = tgt, src
            orig_src, orig_tgt = orig_tgt, orig_src
        modality, asserts = _MODALITY[t.modality]
        ev = t.evidence
        url, title = ev.url, ev.title
        append((
            doc, keys.get(src) or new_key(src), rel, keys.get(tgt) or new_key(tgt),
            int(swapped), int(asserts and not t.negated), int(t.negated), modality,
            t.confidence, by_key, ev.sentence, ev.start, ev.end, _iso_cached(ev.date or d_date),
            ev.outlet or d_outlet, url if url != d_url else None,
            title if title != d_title else None, ev.trigger, ev.trigger_start,
            _iso_cached(ev.event_date), ev.event_precision, orig_src, orig_tgt, orig_by,
        ))


class Store:
    """A geokg knowledge-graph store in an SQLite file (``path``), or in memory (``None``).

    Raises :class:`StoreError` when the file cannot be opened or is not a geokg store, and
    :class:`SchemaVersionError` when a newer geokg wrote it.
    """

    def __init__(self, path: str | Path | None = None, *, timeout: float = 60.0) -> None:
        if path is not None and not isinstance(path, (str, os.PathLike)):
            raise UsageError(f"the store path must be a str or Path, not {type(path).__name__}")
        if path is not None and "\x00" in os.fspath(path):
            raise UsageError("the store path contains a NUL byte, which no file name can hold; "
                             "give a valid path (x.db)")
        self.path = Path(path) if path is not None else None
        where = str(self.path) if self.path else "in-memory store"
        try:
            if self.path is not None and self.path.is_dir():
                raise StoreError(f"{self.path} is a directory; give the path of a store file "
                                 "(x.db)")
            #: True when the file or its folder is not writable: queries only
            self.read_only = (self.path is not None and self.path.exists()
                              and not _writable(self.path))
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot open {where}: {getattr(exc, 'strerror', None) or exc}; "
                             "check the path and permissions") from None
        try:
            if self.read_only:
                self._conn = _connect_read_only(self.path, timeout)  # type: ignore[arg-type]
                if _schema_version(self._conn, where) < SCHEMA_VERSION:
                    raise StoreError(f"{where} is read-only and needs creating or upgrading to "
                                     f"schema {SCHEMA_VERSION}; {_READ_ONLY_HINT}")
            else:
                self._conn = sqlite3.connect(
                    str(self.path) if self.path else ":memory:", timeout=timeout,
                    isolation_level=None, check_same_thread=False,
                )
                self._conn.execute("PRAGMA page_size = 16384")  # new files: shallower B-trees
                if self.path is not None:
                    self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute("PRAGMA wal_autocheckpoint = 5000")  # 80 MiB: fewer syncs
            self._conn.execute("PRAGMA cache_size = -1048576")  # up to 1 GiB, as pages are used
            migrate(self._conn, where=where)
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            if "malformed" in str(exc) or (
                    "not a database" in str(exc) and _sqlite_header(self.path)):
                raise StoreError(_damaged(where, exc)) from exc
            if "not a database" in str(exc):
                raise StoreError(f"{where} is not a geokg store (not an SQLite database); "
                                 "choose another path") from exc
            raise StoreError(f"cannot open {where}: {exc}; check the path and permissions") from exc
        except StoreError:
            self._close_quietly()
            raise
        self._checked = False  # quick_check passed (see check())
        self._actors: dict[str, Actor] = {}
        self._known: set[str] = set()  # actors this Store has written
        self._keys: dict[str, int] = {}  # actor id -> actors.key (keys never change)
        self._max_key = 0

    # -- housekeeping -------------------------------------------------------------------------

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        """Close the store (further calls raise :class:`StoreError`)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open store."""
        return int(self._sql("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.ProgrammingError as exc:
            raise StoreError(f"the store is closed ({exc}); open it again") from exc
        except sqlite3.DatabaseError as exc:
            if "malformed" in str(exc) or "not a database" in str(exc):
                raise StoreError(_damaged(str(self.path or "in-memory store"), exc)) from exc
            raise StoreError(f"store query failed: {exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"store query failed: {exc}") from exc

    def save(self, path: str | Path) -> Path:
        """Copy the store to ``path`` (a consistent snapshot, via SQLite's backup API)."""
        if "\x00" in str(path):
            raise UsageError("the path contains a NUL byte, which no file name can hold; give a "
                             "valid path")
        path = Path(path)
        try:
            dest = sqlite3.connect(str(path))
            with dest:
                self._conn.backup(dest)
            dest.close()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save the store to {path}: {exc}") from exc
        return path

    # -- actors ---------------------------------------------------------------------------------

    def _merges(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT alias, canonical FROM merges").fetchall())

    def _load_actors(self, ids: Iterable[str]) -> dict[str, Actor]:
        missing = [i for i in set(ids) if i not in self._actors]
        for k in range(0, len(missing), 500):
            chunk = missing[k:k + 500]
            rows = self._sql(
                "SELECT id, name, type, country, aliases FROM actors WHERE id IN (%s)"
                % ",".join("?" * len(chunk)), chunk)
            for row in rows:
                self._actors[row[0]] = _actor_from_row(row)
        return self._actors

    def actor(self, ref: str | Actor) -> Actor | None:
        """The actor with this id (an id merged away gives the actor it was merged into)."""
        aid = ref.id if isinstance(ref, Actor) else str(ref)
        rows = self._sql("SELECT canonical FROM merges WHERE alias = ?", (aid,))
        aid = rows[0][0] if rows else aid
        return self._load_actors([aid]).get(aid)

    def resolve(self, ref: str | Actor) -> Actor:
        """The actor meant by an id, a name or an alias (case-insensitive); :class:`UsageError`."""
        found = self.actor(ref)
        if found is not None:
            return found
        text = (ref.id if isinstance(ref, Actor) else str(ref)).strip()
        rows = self._sql(
            "SELECT id FROM actors WHERE lower(id) = lower(?) OR lower(name) = lower(?) "
            "ORDER BY id LIMIT 1", (text, text))
        if not rows:
            needle = json.dumps(text)[1:-1].lower()
            rows = self._sql(
                "SELECT id FROM actors WHERE lower(aliases) LIKE ? ESCAPE '\\' ORDER BY id",
                ('%"' + needle.replace("%", "\\%").replace("_", "\\_") + '"%',))
        found = self.actor(rows[0][0]) if rows else None
        if found is None:
            raise UsageError(f"unknown actor {text!r} in this store; give the id or name of an "
                             "actor it holds (KnowledgeGraph.actors() lists them)")
        return found

    def actors(self, type: ActorType | str | None = None) -> list[Actor]:
        """Actors the stored documents name (not those merged into another), by id; optionally
        of one type.

        An actor named only by removed documents keeps its row (its key stays stable for other
        processes) but is no longer listed.
        """
        sql = ("SELECT id, name, type, country, aliases FROM actors "
               "WHERE id NOT IN (SELECT alias FROM merges) AND key IN (SELECT source FROM "
               "triples UNION SELECT target FROM triples UNION SELECT attributed_to FROM triples)")
        params: list[Any] = []
        if type is not None:
            try:
                params.append(ActorType(type).value)
            except ValueError:
                kinds = ", ".join(t.value for t in ActorType)
                raise UsageError(f"unknown actor type {type!r}; use one of: {kinds}") from None
            sql += " AND type = ?"
        return [_actor_from_row(r) for r in self._sql(sql + " ORDER BY id", params)]

    def merge_plan(self, a: str | Actor, b: str | Actor) -> MergePlan:
        """What merging ``b`` into ``a`` would change (evidence, edges, names) and the reasons
        it is refused without ``force``; changes nothing."""
        keep, gone = self.resolve(a), self.resolve(b)
        if keep.id == gone.id:
            raise UsageError(f"{keep.id!r} and {gone.id!r} are already the same actor")
        key = KEY
        triples = self._sql(
            f"SELECT COUNT(*) FROM triples WHERE source = {key} OR target = {key} OR "
            f"attributed_to = {key}", (gone.id,) * 3)[0][0]
        edges = self._sql(f"SELECT COUNT(*) FROM edges WHERE source = {key} OR target = {key}",
                          (gone.id,) * 2)[0][0]
        return MergePlan(keep=keep, gone=gone, refusals=refusals(keep, gone), triples=triples,
                         edges=edges, names=tuple(_merged_aliases(keep, gone)))

    def merge_actors(self, a: str | Actor, b: str | Actor, *, force: bool = False) -> Actor:
        """Merge actor ``b`` into ``a``: ``b`` becomes an alias of ``a`` everywhere.

        The merge is recorded, so triples added later about ``b`` are stored under ``a``, and
        :meth:`unmerge` undoes it. Actors that cannot be one (different types, two states, two
        persons of different countries; see :func:`geokg.merges.refusals`) raise
        :class:`UsageError` unless ``force``. Returns the merged actor.
        """
        plan = self.merge_plan(a, b)
        if plan.refusals and not force:
            raise UsageError(f"not merging {plan.gone.id} into {plan.keep.id}: "
                             f"{'; '.join(plan.refusals)} (force the merge if they are one)")
        keep, gone = plan.keep, plan.gone
        k, g = keep.id, gone.id
        with self._write():
            c = self._conn
            kk, gk = (c.execute("SELECT key FROM actors WHERE id = ?", (x,)).fetchone()[0]
                      for x in (k, g))
            redirected = [r[0] for r in c.execute(
                "SELECT alias FROM merges WHERE canonical = ?", (g,))]
            c.execute("INSERT INTO merge_log (alias, canonical, redirected, aliases_before) "
                      "VALUES (?, ?, ?, ?)", (g, k, json.dumps(redirected),
                                              json.dumps(list(keep.aliases))))
            c.execute("INSERT OR REPLACE INTO merges VALUES (?, ?)", (g, k))
            c.execute("UPDATE merges SET canonical = ? WHERE canonical = ?", (k, g))
            for col, orig in (("source", "orig_source"), ("target", "orig_target"),
                              ("attributed_to", "orig_by")):
                c.execute(f"UPDATE triples SET {orig} = coalesce({orig}, {col}), {col} = ? "
                          f"WHERE {col} = ?", (kk, gk))
            _order_symmetric(c, [kk])
            c.execute("UPDATE actors SET aliases = ? WHERE id = ?",
                      (json.dumps(list(plan.names)), k))
            _rebuild_edges(c, [k, g])
        self._actors.clear()
        return self.actor(k)  # type: ignore[return-value]

    def unmerge(self, alias: str) -> Actor:
        """Undo the recorded merge of actor ``alias`` (its id or name) into another: its
        evidence, names and later additions are its own again. Returns the restored actor.

        Raises :class:`UsageError` when ``alias`` was not merged, or was merged by a geokg
        that did not record merges (schema before 4: rebuild the store to undo it).
        """
        text = str(alias).strip()
        rows = self._sql(
            "SELECT m.alias, m.canonical FROM merges m JOIN actors a ON a.id = m.alias WHERE "
            "lower(a.id) = lower(?) OR lower(a.name) = lower(?) ORDER BY a.id LIMIT 1",
            (text, text))
        if not rows:
            raise UsageError(f"{text!r} is not an actor merged into another; geokg actors "
                             "lists the actors, and merge-actors prints what it merged")
        g, k = rows[0]
        log = self._sql("SELECT id, redirected, aliases_before FROM merge_log WHERE alias = ? "
                        "ORDER BY id DESC LIMIT 1", (g,))
        if not log:
            raise UsageError(f"the merge of {g} into {k} was made by an older geokg that did "
                             "not record it; rebuild the store from its inputs to undo it")
        log_id, redirected, aliases_before = log[0][0], json.loads(log[0][1]), log[0][2]
        with self._write() as c:
            c.execute("DELETE FROM merges WHERE alias = ?", (g,))
            c.executemany("UPDATE merges SET canonical = ? WHERE alias = ?",
                          [(g, r) for r in redirected])
            c.execute("UPDATE actors SET aliases = ? WHERE id = ?", (aliases_before, k))
            moved = [g, *redirected]
            keys = [r[0] for r in c.execute(
                f"SELECT key FROM actors WHERE id IN ({','.join('?' * len(moved))})", moved)]
            marks = ",".join("?" * len(keys))
            canonical = ("coalesce((SELECT b.key FROM merges m JOIN actors a ON a.id = m.alias "
                         "JOIN actors b ON b.id = m.canonical WHERE a.key = triples.{0}), "
                         "triples.{0})").format
            for col, orig in (("source", "orig_source"), ("target", "orig_target"),
                              ("attributed_to", "orig_by")):
                c.execute(f"UPDATE triples SET {col} = {canonical(orig)} WHERE {orig} IN "
                          f"({marks})", keys)
                c.execute(f"UPDATE triples SET {orig} = NULL WHERE {orig} = {col}")
            c.execute("DELETE FROM merge_log WHERE id = ?", (log_id,))
            kk = c.execute("SELECT key FROM actors WHERE id = ?", (k,)).fetchone()[0]
            _order_symmetric(c, [kk, *keys])
            _rebuild_edges(c, [k, *moved])
        self._actors.clear()
        return self.actor(g)  # type: ignore[return-value]

    def suggest_merges(self, *, min_score: float = 90.0) -> list[MergeSuggestion]:
        """Likely duplicate actors (same type and affiliation, similar names) for a person to
        confirm with :meth:`merge_actors`; see :func:`geokg.merges.suggest`."""
        return suggest(self.actors(), min_score=min_score)

    # -- writing --------------------------------------------------------------------------------

    class _Tx:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.ProgrammingError as exc:
                raise StoreError(f"the store is closed ({exc}); open it again") from exc
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot write to the store: {exc} (another build may be "
                                 "writing to it; wait for it or use another file)") from exc
            return self.conn

        def __exit__(self, typ: Any, exc: Any, tb: Any) -> None:
            if typ is None:
                try:
                    self.conn.execute("COMMIT")
                    return
                except sqlite3.Error as failed:  # e.g. the disk filled up at the commit
                    exc = failed
            if self.conn.in_transaction:  # SQLite may have rolled back already
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, (sqlite3.Error, UnicodeEncodeError)):
                raise StoreError(_write_failed(exc)) from exc

    def _write(self) -> Store._Tx:
        self.require_writable()
        if not self._checked:  # never add to a damaged store: check it before the first write
            self.check()
        return Store._Tx(self._conn)

    def check(self) -> None:
        """Run SQLite's ``PRAGMA quick_check``; raise :class:`StoreError` when the store is
        damaged (corrupted pages or indexes), so nothing answers from it silently.

        Runs before the first write of an open store and on :meth:`stats`; it reads the whole
        file (about a second per GB).
        """
        where = str(self.path or "in-memory store")
        rows = self._sql("PRAGMA quick_check(3)")
        problems = [" ".join(str(r[0]).split()) for r in rows if r and r[0] != "ok"]
        if problems:
            raise StoreError(_damaged(where, "; ".join(problems)))
        self._checked = True

    def require_writable(self) -> None:
        """Raise :class:`StoreError` when the store was opened read-only."""
        if self.read_only:
            raise StoreError(f"{self.path} is read-only (no write permission on the file or its "
                             f"folder); {_READ_ONLY_HINT}")

    def has_document(self, document: Document | str) -> bool:
        """True when this text (a Document, or its content hash) is already stored."""
        h = document.content_hash if isinstance(document, Document) else document
        return bool(self._sql("SELECT 1 FROM documents WHERE hash = ?", (h,)))

    def document_status(self, document: Document) -> str:
        """``"new"`` (its text is not stored), ``"stored"`` (stored as it is, or its text is
        stored under another id), or ``"changed"`` (stored under the same id, and it states a
        date, title, outlet or url other than the stored one; adding it again replaces the
        stored one, keeping the stored values of the fields it leaves empty)."""
        rows = self._sql("SELECT doc_id, title, outlet, url, date FROM documents WHERE hash = ?",
                         (document.content_hash,))
        if not rows:
            return "new"
        return "changed" if _changed(rows[0], document) else "stored"

    def remove(
        self,
        doc_ids: Iterable[str] = (),
        *,
        outlet: str | None = None,
        before: _dt.date | str | None = None,
    ) -> RemoveSummary:
        """Remove documents with their evidence: those with the ids ``doc_ids``, those of
        ``outlet``, and those dated before ``before`` (undated ones are kept); the merged
        edges they touched are recomputed, in one transaction.

        Raises :class:`UsageError` when nothing is selected or an id is not stored.
        """
        if isinstance(doc_ids, str):
            doc_ids = [doc_ids]
        ids = [str(i) for i in doc_ids]
        if not ids and outlet is None and before is None:
            raise UsageError("nothing to remove: give document ids, an outlet or a date "
                             "('before')")
        day = parse_date(before, "before") if before is not None else None
        with self._write() as c:
            found: set[int] = set()
            missing = []
            for k in range(0, len(ids), 500):
                chunk = ids[k:k + 500]
                rows = c.execute("SELECT id, doc_id FROM documents WHERE doc_id IN (%s)"
                                 % ",".join("?" * len(chunk)), chunk).fetchall()
                found.update(r[0] for r in rows)
                have = {r[1] for r in rows}
                missing += [i for i in chunk if i not in have]
            if missing:
                shown = ", ".join(repr(m) for m in missing[:5])
                raise UsageError(f"no stored document has the id {shown}"
                                 f"{' (and more)' if len(missing) > 5 else ''}; geokg "
                                 "documents lists the stored ids")
            if outlet is not None:
                found.update(r[0] for r in c.execute(
                    "SELECT id FROM documents WHERE lower(outlet) = lower(?)", (outlet,)))
            if day is not None:
                found.update(r[0] for r in c.execute(
                    "SELECT id FROM documents WHERE date < ?", (day,)))
            return _drop_documents(c, sorted(found))

    def add(self, document: Document, triples: Iterable[Triple]) -> int:
        """Store one document with its triples; return the triples added (0 if already stored)."""
        return self.add_many([(document, triples)]).triples

    def add_many(
        self,
        items: Iterable[tuple[Document, Iterable[Triple]]],
        *,
        batch_size: int = 8192,
        max_delay: float = 2.0,
        progress: Callable[[Document, int], None] | None = None,
    ) -> AddSummary:
        """Store documents with their triples, many documents per transaction.

        A transaction is committed every ``batch_size`` documents or 100,000 triples, and at
        the latest ``max_delay`` seconds after its first document (so slow producers such as
        extraction still show up for readers and lose little when killed). Documents whose
        text is already stored are skipped, unless stored under the same id with other metadata
        (date, title, outlet, url): the stored one is then replaced and the merged edges of its
        evidence recomputed, in the same transaction. ``progress(document, n_triples)`` is called for
        each document once its batch is committed (``n_triples`` is 0 for a skipped one).
        """
        if batch_size < 1:
            raise UsageError("batch_size must be at least 1")
        total = AddSummary()
        batch: list[tuple[Document, list[Triple]]] = []
        n_triples, started = 0, 0.0
        hashes: set[str] = set()
        source = iter(items)
        while True:
            try:
                item = next(source, _END)
                if item is _END:
                    break
                document, triples = item
                if not isinstance(document, Document):
                    raise UsageError(f"expected a geokg.Document, got {type(document).__name__}")
                pair = (document, list(triples))
            except BaseException:
                if batch:  # the input failed: keep the documents read before the failure
                    self._flush(batch, total, progress)
                raise
            h = document.content_hash
            if h in hashes:  # a second copy in one batch: let the first be stored first
                total = self._flush(batch, total, progress)
                batch, n_triples, hashes = [], 0, set()
            hashes.add(h)
            if not batch:
                started = time.monotonic()
            batch.append(pair)
            n_triples += len(pair[1])
            if (len(batch) >= batch_size or n_triples >= _MAX_BATCH_TRIPLES
                    or time.monotonic() - started >= max_delay):
                total = self._flush(batch, total, progress)
                batch, n_triples, hashes = [], 0, set()
        if batch:
            total = self._flush(batch, total, progress)
        return total

    def _flush(self, batch: list[tuple[Document, list[Triple]]], total: AddSummary,
               progress: Callable[[Document, int], None] | None) -> AddSummary:
        done: list[tuple[Document, int]] = []
        with self._write() as c:
            merges = self._merges()
            self._refresh_keys()
            keys, pending = self._keys, {}
            next_key = self._max_key + 1

            def new_key(aid: str) -> int:  # an actor seen for the first time in the store
                nonlocal next_key
                k = pending.get(aid)
                if k is None:
                    k = pending[aid] = next_key
                    next_key += 1
                return k

            first_doc = c.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
            first_triple = c.execute("SELECT coalesce(max(id), 0) + 1 FROM triples").fetchone()[0]
            hashes = [d.content_hash for d, _ in batch]
            stored = self._stored_hashes(hashes)
            replaced = self._replaced(batch, hashes, stored)
            if replaced:
                _drop_documents(c, [row[5] for row in replaced.values()])
                stored -= set(replaced)
                first_triple = c.execute(
                    "SELECT coalesce(max(id), 0) + 1 FROM triples").fetchone()[0]
            docs: list[tuple] = []
            stories = _Stories(c)
            actors: dict[str, Actor] = {}
            rows: list[tuple] = []
            for (document, triples), h in zip(batch, hashes, strict=True):
                if h in stored:
                    done.append((document, -1))
                    continue
                stored.add(h)
                if h in replaced:
                    document = _completed(document, replaced[h])
                doc = first_doc + len(docs)
                docs.append((doc, h, document.doc_id, document.title, document.outlet,
                             document.url, _iso(document.date), document.source, len(triples),
                             stories.story_of(doc, document.text)))
                _triple_rows(rows, doc, document, triples, merges, actors, keys, new_key)
                done.append((document, len(triples)))
            for aid in actors:  # merged-away actors keep their row, as before the merge
                if aid not in keys:
                    new_key(aid)
            fresh = [a for aid, a in actors.items() if aid not in self._known]
            c.executemany(
                "INSERT INTO actors (key, id, name, type, country, aliases) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(pending[a.id], a.id, a.name, a.type.value, a.country,
                  json.dumps(list(a.aliases))) for a in fresh if a.id in pending])
            c.executemany(
                "UPDATE actors SET country = coalesce(country, ?) WHERE key = ?",
                [(a.country, keys[a.id]) for a in fresh if a.country and a.id not in pending])
            c.executemany("INSERT INTO documents (id, hash, doc_id, title, outlet, url, date, "
                          "source, n_triples, story) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            stories.write()
            c.executemany(_TRIPLE_INSERT, rows)
            copies = any(row[9] != row[0] for row in docs)
            c.execute(_EDGE_UPSERT if copies else _EDGE_UPSERT_NEW_STORIES, (first_triple,))
        # committed: the keys given in this transaction are the store's now
        self._keys.update(pending)
        self._max_key = max(self._max_key, next_key - 1)
        self._known.update(a.id for a in fresh)
        added = [n for _, n in done if n >= 0]
        total = AddSummary(documents=total.documents + len(added),
                           skipped=total.skipped + len(done) - len(added),
                           triples=total.triples + sum(added),
                           updated=total.updated + len(replaced))
        if progress is not None:
            for document, n in done:
                progress(document, max(n, 0))
        return total

    def _refresh_keys(self) -> None:
        """Learn the actor keys written since we last looked (by this or another process)."""
        rows = self._conn.execute("SELECT id, key FROM actors WHERE key > ?",
                                  (self._max_key,)).fetchall()
        self._keys.update(rows)
        if rows:
            self._max_key = max(self._max_key, max(k for _, k in rows))

    def _replaced(self, batch: list[tuple[Document, list[Triple]]], hashes: list[str],
                  stored: set[str]) -> dict[str, tuple]:
        """The stored documents (hash -> row: doc_id, title, outlet, url, date, id) that
        documents of ``batch`` replace: same text and id, other metadata."""
        out: dict[str, tuple] = {}
        for (document, _), h in zip(batch, hashes, strict=True):
            if h not in stored or h in out:
                continue
            row = self._conn.execute("SELECT doc_id, title, outlet, url, date, id FROM documents "
                                     "WHERE hash = ?", (h,)).fetchone()
            if row is not None and _changed(row, document):
                out[h] = row
        return out

    def _stored_hashes(self, hashes: list[str]) -> set[str]:
        found: set[str] = set()
        for k in range(0, len(hashes), 500):
            chunk = hashes[k:k + 500]
            found.update(r[0] for r in self._conn.execute(
                "SELECT hash FROM documents WHERE hash IN (%s)" % ",".join("?" * len(chunk)),
                chunk))
        return found

    def rebuild_edges(self) -> None:
        """Recompute every merged edge from the triples (they are kept up to date anyway)."""
        with self._write() as c:
            _rebuild_edges(c)

    # -- queries --------------------------------------------------------------------------------

    def _filter(
        self,
        *,
        actor: str | Actor | None = None,
        source: str | Actor | None = None,
        target: str | Actor | None = None,
        pair: tuple[str | Actor, str | Actor] | None = None,
        relation: Relation | str | Sequence[Relation | str] | None = None,
        quad_class: QuadClass | str | None = None,
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
        include_unstated: bool = False,
        min_confidence: float = 0.0,
        time: str = "event",
    ) -> EdgeFilter:
        rels: list[str] | None = None
        if relation is not None:
            many = list(relation) if isinstance(relation, (list, tuple, set, frozenset)) else [
                relation]
            rels = [parse_relation(r).value for r in many]
        if quad_class is not None:
            q = parse_quad_class(quad_class)
            in_class = [r.value for r in Relation if r.quad_class is q]
            rels = [r for r in (rels if rels is not None else in_class) if r in in_class]
        rid = lambda x: None if x is None else self.resolve(x).id  # noqa: E731
        return EdgeFilter(
            actor=rid(actor), source=rid(source), target=rid(target),
            pair=(rid(pair[0]), rid(pair[1])) if pair else None,  # type: ignore[arg-type]
            relations=rels, include_unstated=include_unstated,
            since=parse_date(since, "since"), until=parse_date(until, "until"),
            min_confidence=min_confidence, time=time,
        )

    def _edges(self, flt: EdgeFilter, min_evidence: int = 1) -> list[Edge]:
        if (isinstance(min_evidence, bool) or not isinstance(min_evidence, int)
                or min_evidence < 0):
            raise UsageError(f"min_evidence must be a whole number, 0 or more, not "
                             f"{min_evidence!r}")
        try:
            rows = edge_rows(self._conn, flt, min_evidence)
        except sqlite3.Error as exc:
            raise StoreError(f"store query failed: {exc}") from exc
        actors = self._load_actors({r[0] for r in rows} | {r[2] for r in rows})
        return [make_edge(r, actors) for r in rows]

    def relations(
        self,
        *,
        actor: str | Actor | None = None,
        source: str | Actor | None = None,
        target: str | Actor | None = None,
        relation: Relation | str | Sequence[Relation | str] | None = None,
        quad_class: QuadClass | str | None = None,
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
        min_evidence: int = 1,
        include_unstated: bool = False,
        min_confidence: float = 0.0,
        time: str = "event",
    ) -> list[Edge]:
        """Merged edges, most evidence first.

        ``actor`` matches either end; ``source``/``target`` match either end of symmetric
        relations. ``since``/``until`` (inclusive, ``YYYY-MM-DD``) count only evidence dated in
        the window, ``min_confidence`` only evidence at least that confident. Unstated evidence
        (negated or hedged) comes as separate edges with ``stated=False`` when
        ``include_unstated``. ``time``: evidence is placed at its event date when the sentence
        states one, else at the report date (``"event"``), or always at the report date
        (``"report"``); this decides ``since``/``until`` and the first/last dates.
        """
        flt = self._filter(actor=actor, source=source, target=target, relation=relation,
                           quad_class=quad_class, since=since, until=until,
                           include_unstated=include_unstated, min_confidence=min_confidence,
                           time=time)
        return self._edges(flt, min_evidence)

    def evidence(
        self,
        source: str | Actor,
        relation: Relation | str,
        target: str | Actor,
        *,
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
        include_unstated: bool = True,
        limit: int | None = None,
        min_confidence: float = 0.0,
        time: str = "event",
    ) -> list[Triple]:
        """The triples behind one edge, oldest first (either order for symmetric relations);
        with ``min_confidence`` only those at least that confident; ``time`` as in
        :meth:`relations`."""
        rel = parse_relation(relation)
        flt = self._filter(source=source, target=target, relation=rel, since=since, until=until,
                           include_unstated=include_unstated, min_confidence=min_confidence,
                           time=time)
        return self._triples(flt, limit)

    def _triples(self, flt: EdgeFilter, limit: int | None = None) -> list[Triple]:
        where, params = flt.where(triples=True)
        rows = self._sql(
            "SELECT s.id, t.relation, o.id, t.swapped, t.negated, t.modality, "
            "t.confidence, b.id, d.doc_id, t.sentence, t.start_char, t.end_char, "
            "t.date, t.outlet, coalesce(t.url, d.url), coalesce(t.title, d.title), t.trigger, "
            "t.trigger_start, t.event_date, t.event_precision "
            f"FROM (SELECT * FROM triples WHERE {where}) t "
            "JOIN documents d ON d.id = t.doc JOIN actors s ON s.key = t.source "
            "JOIN actors o ON o.key = t.target LEFT JOIN actors b ON b.key = t.attributed_to "
            f"ORDER BY {flt.when('t')} IS NULL, {flt.when('t')}, t.id"
            + (f" LIMIT {int(limit)}" if limit else ""),
            params)
        ids = {r[0] for r in rows} | {r[2] for r in rows} | {r[7] for r in rows if r[7]}
        actors = self._load_actors(ids)
        out = []
        for (src, rel, tgt, swapped, neg, mod, conf, by, doc_id, sent, start, end, date, outlet,
             url, title, trig, trig_start, event_date, precision) in rows:
            if swapped:
                src, tgt = tgt, src
            out.append(Triple(
                source=actors[src], relation=Relation(rel), target=actors[tgt],
                negated=bool(neg), modality=Modality(mod), confidence=conf,
                attributed_to=actors.get(by) if by else None,
                evidence=Evidence(doc_id=doc_id, sentence=sent, start=start, end=end, date=date,
                                  event_date=event_date, event_precision=precision,
                                  outlet=outlet, url=url, title=title, trigger=trig,
                                  trigger_start=trig_start),
            ))
        return out

    def dyad(self, a: str | Actor, b: str | Actor, *, since: _dt.date | str | None = None,
             until: _dt.date | str | None = None, time: str = "event") -> Dyad:
        """Edges between ``a`` and ``b`` (both ways, stated and unstated) and a monthly timeline
        (by event date when stated, else report date; ``time="report"``: by report date).

        Raises :class:`UsageError` when ``a`` and ``b`` are the same actor.
        """
        first, second = self.resolve(a), self.resolve(b)
        if first.id == second.id:
            name = lambda x: x.id if isinstance(x, Actor) else str(x)  # noqa: E731
            raise UsageError(f"{name(a)!r} and {name(b)!r} are the same actor ({first.id}); "
                             "a dyad needs two different actors")
        flt = self._filter(pair=(a, b), since=since, until=until, include_unstated=True,
                           time=time)
        months, undated = timeline(self._conn, flt)
        return Dyad(a=first, b=second, edges=self._edges(flt), timeline=months, undated=undated)

    def neighbors(
        self,
        actor: str | Actor,
        *,
        relation: Relation | str | Sequence[Relation | str] | None = None,
        direction: str = "both",
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
        min_evidence: int = 1,
        include_unstated: bool = False,
    ) -> list[Actor]:
        """Actors linked to ``actor``, most evidence first.

        ``direction``: ``out`` (actor is the source), ``in`` (the target) or ``both``;
        symmetric relations count both ways.
        """
        if direction not in ("both", "out", "in"):
            raise UsageError(f"direction={direction!r}: use 'both', 'out' or 'in'")
        me = self.resolve(actor).id
        kw = {"source": me} if direction == "out" else {"target": me} if direction == "in" \
            else {"actor": me}
        weight: dict[str, int] = {}
        for e in self.relations(relation=relation, since=since, until=until,
                                min_evidence=min_evidence, include_unstated=include_unstated,
                                **kw):
            other = e.target.id if e.source.id == me else e.source.id
            weight[other] = weight.get(other, 0) + e.stories
        ranked = sorted(weight, key=lambda k: (-weight[k], k))
        actors = self._load_actors(ranked)
        return [actors[k] for k in ranked]

    def stats(self) -> StoreStats:
        """Counts of documents, triples, actors and edges, stated triples per relation, dates.

        Raises :class:`StoreError` when the store is damaged (:meth:`check`).
        """
        self.check()
        try:
            self._conn.execute("BEGIN")  # one snapshot, even while another process writes
            try:
                return stats(self._conn)
            finally:
                self._conn.execute("COMMIT")
        except sqlite3.ProgrammingError as exc:
            raise StoreError(f"the store is closed ({exc}); open it again") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"store query failed: {exc}") from exc

    def documents(self) -> Iterator[dict[str, Any]]:
        """The stored documents' metadata (no text is stored), in insertion order; ``story`` is
        the id of the first stored copy of the same (syndicated) story."""
        cols = ("doc_id", "title", "outlet", "url", "date", "source", "n_triples", "hash")
        sql = (f"SELECT {', '.join('d.' + c for c in cols)}, coalesce((SELECT r.doc_id FROM "
               "documents r WHERE r.id = d.story), d.doc_id) FROM documents d ORDER BY d.id")
        for row in self._sql(sql):
            yield dict(zip((*cols, "story"), row, strict=True))

    # -- streaming ------------------------------------------------------------------------------

    def subgraph(self, where: GraphFilter | None = None, **filters: Any) -> SubGraph:
        """The part of the graph ``where`` (or the :class:`GraphFilter` fields ``filters``)
        selects, read from SQL in a stream: nothing is loaded until it is iterated.

        Use it as a context manager for one consistent snapshot while another process writes::

            with store.subgraph(actor="RUS", radius=1) as sub:
                for node, attrs in sub.nodes(): ...
        """
        if where is None:
            where = GraphFilter(**filters)
        elif filters:
            where = where.model_copy(update=GraphFilter(**filters).model_dump(exclude_unset=True))
        if not isinstance(where, GraphFilter):
            raise UsageError(f"expected a geokg.GraphFilter, got {type(where).__name__}")
        flt = EdgeFilter(
            relations=where.relation_values(), include_unstated=where.include_unstated,
            since=_iso(where.since), until=_iso(where.until),
            outlets=where.outlets, min_confidence=where.min_confidence or 0.0)
        if where.actor is not None:
            flt.within = sorted(self._within(self.resolve(where.actor).id, where.radius, flt,
                                             where.min_evidence))
        return SubGraph(self, flt, where.min_evidence)

    def _within(self, me: str, radius: int, flt: EdgeFilter, min_evidence: int) -> set[str]:
        """The actor ids within ``radius`` links of ``me`` over the edges ``flt`` selects."""
        cte, params = edge_cte(flt, min_evidence)
        sql = (f"{cte} SELECT s.id, t.id FROM e JOIN actors s ON s.key = e.source "
               "JOIN actors t ON t.key = e.target WHERE e.source IN (SELECT key FROM actors "
               "WHERE id IN (SELECT value FROM json_each(?))) OR e.target IN (SELECT key FROM "
               "actors WHERE id IN (SELECT value FROM json_each(?)))")
        nodes, frontier = {me}, {me}
        for _ in range(radius):
            ids = json.dumps(sorted(frontier))
            nxt = {x for row in self._sql(sql, [*params, ids, ids]) for x in row}
            frontier = nxt - nodes
            nodes |= nxt
            if not frontier:
                break
        return nodes

    # -- networkx -------------------------------------------------------------------------------

    def to_networkx(
        self,
        *,
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
        include_unstated: bool = False,
        min_evidence: int = 1,
        actors: Iterable[str] | None = None,
        evidence: bool = True,
        time: str = "event",
    ) -> nx.MultiDiGraph:
        """The merged graph, in the format of docs/architecture.md (Store -> networkx -> HTML).

        ``actors`` keeps only edges between the given actor ids; ``evidence=False`` leaves the
        per-edge evidence lists empty (fast, for graph algorithms).
        """
        flt = self._filter(since=since, until=until, include_unstated=include_unstated,
                           time=time)
        found: dict[tuple, list[dict[str, Any]]] = {}
        if actors is None:
            edges = self._edges(flt, min_evidence)
            if evidence and edges:  # one pass over the triples
                for t in self._triples(flt):
                    found.setdefault((*t.key(), t.stated), []).append(_evidence_dict(t, time))
        else:  # a few actors (an ego graph): indexed lookups only
            keep = {self.resolve(a).id for a in actors}
            between: dict[tuple, Edge] = {}
            for a in keep:
                flt.actor = a
                for e in self._edges(flt, min_evidence):
                    if e.source.id in keep and e.target.id in keep:
                        between[(*e.key(), e.stated)] = e
            flt.actor = None
            edges = sorted(between.values(), key=lambda e: (-e.count, e.key(), not e.stated))
            for key, e in between.items() if evidence else ():
                one = EdgeFilter(pair=(e.source.id, e.target.id), relations=[key[1]],
                                 include_unstated=True, since=flt.since, until=flt.until)
                found[key] = [_evidence_dict(t, time) for t in self._triples(one)
                              if t.stated == e.stated and t.key() == key[:3]]
        g = nx.MultiDiGraph()
        touching: dict[str, int] = {}
        for e in edges:
            for a in (e.source, e.target):
                touching[a.id] = touching.get(a.id, 0) + e.count
                if a.id not in g:
                    g.add_node(a.id, name=a.name, type=a.type.value, country=a.country,
                               aliases=list(a.aliases), evidence=0)
            g.add_edge(
                e.source.id, e.target.id,
                key=e.relation.value if e.stated else f"{e.relation.value}:unstated",
                relation=e.relation.value, symmetric=e.symmetric, quad_class=e.quad_class.value,
                score=e.score, stated=e.stated, count=e.count, documents=e.documents,
                stories=e.stories,
                outlets=list(e.outlets), first_date=_iso(e.first_date),
                last_date=_iso(e.last_date), mean_confidence=e.mean_confidence,
                evidence=found.get((*e.key(), e.stated), []),
            )
        for node, n in touching.items():
            g.nodes[node]["evidence"] = n
        return g

    def ego_graph(self, actor: str | Actor, radius: int = 1, **filters: Any) -> nx.MultiDiGraph:
        """The merged graph around ``actor``: actors within ``radius`` links, and their edges.

        ``filters`` are those of :meth:`to_networkx`.
        """
        if not isinstance(radius, int) or isinstance(radius, bool) or radius < 0:
            raise UsageError(f"radius must be an integer, 0 or more, not {radius!r}")
        me = self.resolve(actor).id
        flt_kw = {k: filters.get(k) for k in ("since", "until")}
        unstated = bool(filters.get("include_unstated", False))
        nodes, frontier = {me}, {me}
        for _ in range(radius):
            if not frontier:
                break  # nothing left to visit: a huge radius must not loop on
            nxt: set[str] = set()
            for node in frontier:
                for e in self.relations(actor=node, include_unstated=unstated, **flt_kw):
                    nxt.update((e.source.id, e.target.id))
            frontier = nxt - nodes
            nodes |= nxt
        g = self.to_networkx(actors=nodes, **filters)
        if me not in g:
            a = self.resolve(me)
            g.add_node(me, name=a.name, type=a.type.value, country=a.country,
                       aliases=list(a.aliases), evidence=0)
        return g

    def shortest_path(self, a: str | Actor, b: str | Actor, **filters: Any) -> list[Actor]:
        """The actors on a shortest chain of relations from ``a`` to ``b`` (any direction).

        Empty when they are not connected. ``filters`` are those of :meth:`to_networkx`.
        """
        x, y = self.resolve(a).id, self.resolve(b).id
        g = self.to_networkx(evidence=False, **filters)
        if x not in g or y not in g:
            return []
        try:
            path = nx.shortest_path(g.to_undirected(as_view=True), x, y)
        except nx.NetworkXNoPath:
            return []
        actors = self._load_actors(path)
        return [actors[p] for p in path]

    def centrality(self, kind: str = "degree", top: int = 20,
                   **filters: Any) -> list[tuple[Actor, float]]:
        """The ``top`` actors by ``degree``, ``betweenness`` or ``pagerank`` centrality.

        Computed with networkx on the merged graph (``filters`` as in :meth:`to_networkx`);
        betweenness is estimated from 500 sampled sources on graphs larger than that.
        """
        if not isinstance(top, int) or isinstance(top, bool) or top < 0:
            raise UsageError(f"top must be an integer, 0 or more, not {top!r}")
        g = self.to_networkx(evidence=False, **filters)
        simple = nx.Graph(g.to_undirected(as_view=True))
        if kind == "degree":
            scores = nx.degree_centrality(simple)
        elif kind == "betweenness":
            k = 500 if len(simple) > 500 else None
            scores = nx.betweenness_centrality(simple, k=k, seed=0)
        elif kind == "pagerank":
            weighted = nx.DiGraph()
            weighted.add_nodes_from(g)
            for u, v, d in g.edges(data=True):
                pairs = [(u, v), (v, u)] if d["symmetric"] else [(u, v)]
                for p, q in pairs:
                    w = weighted.get_edge_data(p, q, {"weight": 0})["weight"]
                    weighted.add_edge(p, q, weight=w + d["count"])
            scores = _pagerank(weighted)
        else:
            raise UsageError(f"kind={kind!r}: use 'degree', 'betweenness' or 'pagerank'")
        ranked = sorted(scores, key=lambda n: (-scores[n], n))[:top]
        actors = self._load_actors(ranked)
        return [(actors[n], round(float(scores[n]), 6)) for n in ranked]


def _pagerank(g: nx.DiGraph) -> dict[str, float]:
    if len(g) == 0:
        return {}
    try:
        return nx.pagerank(g, weight="weight")
    except ImportError:  # networkx uses scipy when it is installed
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(g, weight="weight")


def _evidence_dict(t: Triple, time: str = "event") -> dict[str, Any]:
    """One evidence item of a graph edge; ``date`` is where it is placed in time (the event's
    date when stated and ``time`` is "event", else the report's)."""
    ev = t.evidence
    placed = ev.event_date if time == "event" and ev.event_date else ev.date
    return {
        "doc_id": ev.doc_id, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
        "date": _iso(placed), "report_date": _iso(ev.date), "event_date": _iso(ev.event_date),
        "event_precision": ev.event_precision, "outlet": ev.outlet, "url": ev.url, "title": ev.title,
        "trigger": ev.trigger, "negated": t.negated, "modality": t.modality.value,
        "confidence": t.confidence,
    }




_STREAM_CACHE_KIB = -65536  # SQLite page cache while streaming: 64 MiB


class SubGraph:
    """A filtered part of a store, streamed from SQL (see :meth:`Store.subgraph`).

    :meth:`nodes` and :meth:`edges` yield what :meth:`Store.to_networkx` would hold, with the
    same attributes, without holding more than one pair of actors' evidence in memory.
    """

    def __init__(self, store: Store, flt: EdgeFilter, min_evidence: int = 1) -> None:
        self.store, self.filter, self.min_evidence = store, flt, min_evidence
        self._in_tx = False

    def __enter__(self) -> SubGraph:
        conn = self.store._conn
        try:
            conn.execute("BEGIN")  # one snapshot for nodes, edges and evidence
            # a streamed read passes over the store once: a small page cache does as well as
            # the 1 GiB a store keeps for queries, and keeps an export's memory flat
            self._cache = conn.execute("PRAGMA cache_size").fetchone()[0]
            conn.execute(f"PRAGMA cache_size = {_STREAM_CACHE_KIB}")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc
        self._in_tx = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._in_tx:
            self._in_tx = False
            try:
                self.store._conn.execute("COMMIT")
                self.store._conn.execute(f"PRAGMA cache_size = {int(self._cache)}")
            except sqlite3.Error:
                pass

    def _rows(self, cursor: Callable[[], sqlite3.Cursor]) -> Iterator[tuple]:
        try:
            cur = cursor()
            while True:
                rows = cur.fetchmany(2000)
                if not rows:
                    return
                yield from rows
        except sqlite3.ProgrammingError as exc:
            raise StoreError(f"the store is closed ({exc}); open it again") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"store query failed: {exc}") from exc

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(actor id, attributes) of the actors at either end of a selected edge, by id."""
        conn = self.store._conn
        for aid, name, typ, country, aliases, n in self._rows(
                lambda: node_cursor(conn, self.filter, self.min_evidence)):
            yield aid, {"name": name, "type": typ, "country": country,
                        "aliases": json.loads(aliases), "evidence": n}

    def edges(self, evidence: bool | int = True,
              months: bool = False) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """(source, target, key, attributes) of the selected edges, pair by pair.

        ``evidence``: True for every sentence (oldest first), False for none, a number N for the
        N most recent ones. ``months`` adds ``months`` (``{"YYYY-MM": count}`` over all the
        edge's dated evidence), so a capped edge still has its whole timeline.

        The evidence of the whole graph is read in one pass over the triples in the order of
        their (source, target) index, merged with the edges (no sort, no query per edge); the
        graph around an actor (``within``) is read pair by pair instead.
        """
        conn = self.store._conn
        want = evidence is not False and evidence is not None or months
        limit = None if evidence is True or evidence is False else max(0, int(evidence))
        # outlets: from the evidence read anyway, unless the edges are aggregated (timed)
        own_outlets = want and not self.filter.timed
        pairs = self._rows(lambda: edge_cursor(conn, self.filter, self.min_evidence,
                                               outlets=not own_outlets))
        scan = self._scan() if want and self.filter.within is None else None
        pending: tuple | None = None
        group: list[tuple] = []
        for row in pairs:
            if group and (row[11], row[12]) != (group[0][11], group[0][12]):
                rows, pending = self._pair_rows(group[0], scan, pending) if want else ([], None)
                yield from self._pair_edges(group, rows, evidence, limit, months)
                group = []
            group.append(row)
        if group:
            rows, pending = self._pair_rows(group[0], scan, pending) if want else ([], None)
            yield from self._pair_edges(group, rows, evidence, limit, months)

    # r[9] is where the evidence is placed in time (its event date, else its report date)
    _SELECT_EVIDENCE = (
        "SELECT t.source, t.target, t.relation, t.stated, t.id, d.doc_id, t.sentence, "
        "t.start_char, t.end_char, coalesce(t.event_date, t.date), t.outlet, "
        "coalesce(t.url, d.url), coalesce(t.title, d.title), t.trigger, t.negated, t.modality, "
        "t.confidence, t.date, t.event_date, t.event_precision ")

    def _scan(self) -> Iterator[tuple]:
        """Every selected triple, in (source, target) index order."""
        where, params = self.filter.evidence_where()
        conn = self.store._conn
        return self._rows(lambda: conn.execute(
            f"{self._SELECT_EVIDENCE}FROM (SELECT * FROM triples INDEXED BY triples_pair "
            f"WHERE {where} ORDER BY source, target) t "
            "CROSS JOIN documents d ON d.id = t.doc ORDER BY t.source, t.target", params))

    def _pair_rows(self, edge: tuple, scan: Iterator[tuple] | None,
                   pending: tuple | None) -> tuple[list[tuple], tuple | None]:
        """The selected triples of the pair of ``edge`` (and the scan's next row, kept)."""
        key = (edge[11], edge[12])
        if scan is None:
            where, params = self.filter.evidence_where()
            return self.store._sql(
                f"{self._SELECT_EVIDENCE}FROM (SELECT * FROM triples WHERE source = ? AND "
                f"target = ? AND {where}) t JOIN documents d ON d.id = t.doc",
                [*key, *params]), None
        rows = []
        row = pending if pending is not None else next(scan, None)
        while row is not None and (row[0], row[1]) < key:
            row = next(scan, None)
        while row is not None and (row[0], row[1]) == key:
            rows.append(row)
            row = next(scan, None)
        return rows, row

    def _pair_edges(self, group: list[tuple], rows: list[tuple], evidence: bool | int,
                    limit: int | None,
                    months: bool) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        found: dict[tuple[str, int], list[tuple]] = {}
        for r in rows:
            found.setdefault((r[2], r[3]), []).append(r)
        for (src, rel, tgt, stated, count, docs, stories, conf_sum, first, last, outlets,
             _sk, _tk) in group:
            relation = Relation(rel)
            mine = found.get((rel, stated), [])
            mine.sort(key=lambda r: (r[9] is None, r[9] or "", r[4]))  # oldest first
            attrs = {
                "relation": rel, "symmetric": relation.symmetric,
                "quad_class": relation.quad_class.value, "score": relation.score,
                "stated": bool(stated), "count": count, "documents": docs, "stories": stories,
                "outlets": sorted({r[10] for r in mine if r[10]} if outlets is None
                                  else (o for o in json.loads(outlets) if o)),
                "first_date": first, "last_date": last,
                "mean_confidence": round(conf_sum / count, 4) if count else 0.0,
            }
            if evidence is False or evidence is None:
                attrs["evidence"] = []
            else:
                if limit is not None:  # the most recent N, still oldest first
                    dated = sorted(mine, key=lambda r: (r[9] is not None, r[9] or "", r[4]))
                    keep = {r[4] for r in dated[max(0, len(dated) - limit):]}
                    chosen = [r for r in mine if r[4] in keep]
                else:
                    chosen = mine
                attrs["evidence"] = [_evidence_row(r) for r in chosen]
            if months:
                by_month: dict[str, int] = {}
                for r in mine:
                    if r[9]:
                        by_month[r[9][:7]] = by_month.get(r[9][:7], 0) + 1
                attrs["months"] = by_month
            yield src, tgt, rel if stated else f"{rel}:unstated", attrs


def _evidence_row(r: tuple) -> dict[str, Any]:
    """The evidence item of a scanned triple row, as :func:`_evidence_dict` makes it."""
    return {"doc_id": r[5], "sentence": r[6], "start": r[7], "end": r[8], "date": r[9],
            "report_date": r[17], "event_date": r[18], "event_precision": r[19],
            "outlet": r[10], "url": r[11], "title": r[12], "trigger": r[13],
            "negated": bool(r[14]), "modality": r[15], "confidence": r[16]}
