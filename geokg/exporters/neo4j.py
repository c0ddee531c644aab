"""Neo4j files, by the rules of ``neo4j-admin database import`` and of Cypher.

A folder with:

* ``actors.csv`` (``:Actor`` nodes, plus their type as a second label: ``:State`` ...),
  ``relationships.csv`` (one relationship per merged edge, type = the relation in capitals,
  ``ASSAULT``), ``documents.csv`` (``:Document`` nodes) and ``evidence.csv`` (``:Evidence``
  nodes, one per sentence), ``evidence_actors.csv`` (``(:Evidence)-[:SOURCE|TARGET]->(:Actor)``)
  and ``evidence_documents.csv`` (``(:Evidence)-[:IN_DOCUMENT]->(:Document)``);
* ``import.sh``: the ``neo4j-admin database import full`` command that loads them;
* ``import.cypher``: the same graph as idempotent, batched ``UNWIND ... MERGE`` statements (for a
  running database: ``cypher-shell -f import.cypher``).

CSV rules followed (Neo4j operations manual, "Import"): typed headers (``:int``, ``:float``,
``:boolean``, ``:date``, ``:string[]``; ``:ID(space)``/``:START_ID(space)``/``:END_ID(space)``
with one ID space per node kind), every value quoted with ``"`` doubled inside, an empty
unquoted field for a missing value, booleans as lowercase ``true``/``false``, dates as
``YYYY-MM-DD``, arrays and the ``:LABEL`` column split by the array delimiter
:data:`ARRAY_DELIMITER` (U+001F, removed from the elements; declared in ``import.sh``), and
fields may hold line breaks (``--multiline-fields=true``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .base import EDGE_ATTRS, NODE_ATTRS, GraphSource, atomic_file, edge_key, open_error

#: separates array elements and labels in the CSV files (passed as --array-delimiter=U+001F)
ARRAY_DELIMITER = "\x1f"
#: rows per UNWIND statement in import.cypher (one transaction each)
CYPHER_BATCH = 1000

_NODE_COLS = {"name": "string", "type": "string", "country": "string",
              "aliases": "string[]", "evidence": "int"}
_EDGE_COLS = {"relation": "string", "symmetric": "boolean", "quad_class": "string",
              "score": "float", "stated": "boolean", "count": "int", "documents": "int",
              "stories": "int", "outlets": "string[]", "first_date": "date", "last_date": "date",
              "mean_confidence": "float"}
_DOC_COLS = {"doc_id": "string", "title": "string", "outlet": "string", "url": "string",
             "date": "date"}
_EV_COLS = {"relation": "string", "stated": "boolean", "sentence": "string", "start": "int",
            "end": "int", "date": "date", "report_date": "date", "event_date": "date",
            "event_precision": "string", "trigger": "string", "negated": "boolean",
            "modality": "string", "confidence": "float", "outlet": "string", "url": "string",
            "title": "string"}

FILES = ("actors.csv", "relationships.csv", "documents.csv", "evidence.csv",
         "evidence_actors.csv", "evidence_documents.csv")

IMPORT_COMMAND = (
    "neo4j-admin database import full {database} --overwrite-destination=false "
    "--array-delimiter=U+001F --multiline-fields=true "
    "--nodes=actors.csv --nodes=documents.csv --nodes=evidence.csv "
    "--relationships=relationships.csv --relationships=evidence_actors.csv "
    "--relationships=evidence_documents.csv"
)


# -- values -----------------------------------------------------------------------------------

def _field(value: Any, kind: str) -> str:
    """One CSV field by Neo4j's rules ('' = no property)."""
    if value is None:
        return ""
    if kind == "string[]":
        items = [str(x).replace(ARRAY_DELIMITER, "") for x in value]
        if not items:
            return ""
        value = ARRAY_DELIMITER.join(items)
    elif kind == "boolean":
        value = "true" if value else "false"
    elif kind == "date":
        value = str(value)[:10]
    elif kind == "int":
        value = str(int(value))
    elif kind == "float":
        value = repr(float(value))
    return '"' + str(value).replace('"', '""') + '"'


def _line(fields: list[str]) -> str:
    return ",".join(fields) + "\n"


def _header(id_col: list[str], cols: dict[str, str], extra: list[str] = ()) -> str:
    return _line([*id_col, *(f"{a}:{k}" if k != "string" else a for a, k in cols.items()),
                  *extra])


def cypher_string(value: str) -> str:
    """A Cypher string literal: single-quoted, with backslashes, quotes and controls escaped."""
    out = value.replace("\\", "\\\\").replace("'", "\\'")
    out = out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return "'" + "".join(c if ord(c) >= 32 else f"\\u{ord(c):04x}" for c in out) + "'"


def cypher_value(value: Any, kind: str = "string") -> str:
    """A Cypher literal of ``value`` typed as ``kind`` (a Neo4j CSV type name)."""
    if value is None:
        return "null"
    if kind == "string[]":
        return "[" + ", ".join(cypher_string(str(x)) for x in value) + "]"
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "date":
        return f"date({cypher_string(str(value)[:10])})"
    if kind == "int":
        return str(int(value))
    if kind == "float":
        return repr(float(value))
    return cypher_string(str(value))


def _cypher_map(props: dict[str, Any], kinds: dict[str, str]) -> str:
    return "{" + ", ".join(f"{a}: {cypher_value(props.get(a), k)}" for a, k in kinds.items()
                           if props.get(a) is not None and props.get(a) != []) + "}"


def _label(actor_type: Any) -> str:
    return str(actor_type or "actor").capitalize()


def _rel_type(relation: str) -> str:
    return str(relation).upper()


def evidence_id(u: str, relation: str, v: str, e: dict[str, Any]) -> str:
    """A stable id of one evidence sentence (the same in every export of the same store)."""
    text = json.dumps([u, relation, v, e.get("doc_id"), e.get("start"), e.get("end"),
                       e.get("sentence")], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


# -- import.cypher ----------------------------------------------------------------------------

class _Batches:
    """UNWIND statements, ``CYPHER_BATCH`` rows each, per statement template."""

    def __init__(self, out: IO[str]) -> None:
        self.out, self.rows = out, {}

    def add(self, template: str, row: str) -> None:
        rows = self.rows.setdefault(template, [])
        rows.append(row)
        if len(rows) >= CYPHER_BATCH:
            self.flush(template)

    def flush(self, template: str | None = None) -> None:
        for t in [template] if template else list(self.rows):
            rows = self.rows.pop(t, [])
            if rows:
                self.out.write(f"UNWIND [\n  " + ",\n  ".join(rows) + "\n] AS row\n" + t + ";\n")


_ACTOR_MERGE = "MERGE (a:Actor {{id: row.id}}) SET a:`{label}`, a += row.props"
_EDGE_MERGE = ("MATCH (a:Actor {{id: row.s}}), (b:Actor {{id: row.t}}) "
               "MERGE (a)-[r:`{rel}` {{stated: row.stated}}]->(b) SET r += row.props")
_DOC_MERGE = "MERGE (d:Document {id: row.id}) SET d += row.props"
_EV_MERGE = ("MERGE (e:Evidence {id: row.id}) SET e += row.props WITH e, row "
             "MATCH (a:Actor {id: row.s}), (b:Actor {id: row.t}), (d:Document {id: row.doc}) "
             "MERGE (e)-[:SOURCE]->(a) MERGE (e)-[:TARGET]->(b) MERGE (e)-[:IN_DOCUMENT]->(d)")
_CONSTRAINTS = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n"
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n"
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;\n"
)


# -- writer -----------------------------------------------------------------------------------

def write_neo4j(source: GraphSource, directory: Path) -> None:
    """The Neo4j files of ``source`` in ``directory`` (see the module docstring)."""
    directory.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        f = {name: stack.enter_context(atomic_file(directory / name, newline=""))
             for name in (*FILES, "import.cypher", "import.sh")}
        cypher = f["import.cypher"]
        cypher.write("// geokg graph: run with cypher-shell -f import.cypher (idempotent)\n"
                     + _CONSTRAINTS)
        batches = _Batches(cypher)
        f["actors.csv"].write(_header(["id:ID(Actor)"], _NODE_COLS, [":LABEL"]))
        for n, d in source.nodes():
            label = _label(d.get("type"))
            f["actors.csv"].write(_line(
                [_field(n, "string"), *(_field(d.get(a), k) for a, k in _NODE_COLS.items()),
                 _field(["Actor", label], "string[]")]))
            batches.add(_ACTOR_MERGE.format(label=label),
                        f"{{id: {cypher_string(str(n))}, props: {_cypher_map(d, _NODE_COLS)}}}")
        batches.flush()
        f["relationships.csv"].write(
            _header([":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"], _EDGE_COLS))
        f["documents.csv"].write(_header(["id:ID(Document)"], _DOC_COLS, [":LABEL"]))
        f["evidence.csv"].write(_header(["id:ID(Evidence)"], _EV_COLS, [":LABEL"]))
        f["evidence_actors.csv"].write(_line([":START_ID(Evidence)", ":END_ID(Actor)", ":TYPE"]))
        f["evidence_documents.csv"].write(
            _line([":START_ID(Evidence)", ":END_ID(Document)", ":TYPE"]))
        docs: dict[str, tuple[Any, Any, Any]] = {}
        for u, v, k, d in source.edges():
            rel = str(d.get("relation") or str(k).split(":")[0])
            su, sv = _field(u, "string"), _field(v, "string")
            f["relationships.csv"].write(_line(
                [su, sv, _field(_rel_type(rel), "string"),
                 *(_field(d.get(a), kind) for a, kind in _EDGE_COLS.items())]))
            batches.add(_EDGE_MERGE.format(rel=_rel_type(rel)),
                        f"{{s: {cypher_string(str(u))}, t: {cypher_string(str(v))}, "
                        f"stated: {cypher_value(d.get('stated', True), 'boolean')}, "
                        f"props: {_cypher_map(d, _EDGE_COLS)}}}")
            for e in d.get("evidence") or ():
                _write_evidence(f, batches, docs, u, rel, v, bool(d.get("stated", True)), e)
        batches.flush()
        f["import.sh"].write(
            "#!/bin/sh\n# Load these files into a new, empty Neo4j database (Neo4j 5 or later;\n"
            "# the database must not exist yet, or be stopped and dropped).\n"
            "# Usage: sh import.sh [database]     (default: neo4j)\n"
            'cd "$(dirname "$0")" || exit 1\n'
            + IMPORT_COMMAND.format(database='"${1:-neo4j}"') + "\n")


def _write_evidence(f: dict[str, IO[str]], batches: _Batches, docs: dict[str, tuple],
                    u: str, rel: str, v: str, stated: bool, e: dict[str, Any]) -> None:
    eid = evidence_id(u, rel, v, e)
    doc = str(e.get("doc_id") or "")
    meta = (e.get("title"), e.get("outlet"), e.get("url"))
    if doc not in docs:
        docs[doc] = meta
        props = {"doc_id": doc, "title": meta[0], "outlet": meta[1], "url": meta[2],
                 "date": e.get("date")}
        f["documents.csv"].write(_line([_field(doc, "string"), *(
            _field(props.get(a), k) for a, k in _DOC_COLS.items()), _field(["Document"],
                                                                             "string[]")]))
        batches.add(_DOC_MERGE, f"{{id: {cypher_string(doc)}, "
                                f"props: {_cypher_map(props, _DOC_COLS)}}}")
    # outlet, url and title only where they differ from the document's
    own = dict(zip(("title", "outlet", "url"), meta, strict=True))
    props = {**e, "relation": rel, "stated": stated,
             **{a: (b if b != docs[doc][i] else None) for i, (a, b) in enumerate(own.items())}}
    f["evidence.csv"].write(_line([_field(eid, "string"), *(
        _field(props.get(a), k) for a, k in _EV_COLS.items()), _field(["Evidence"], "string[]")]))
    f["evidence_actors.csv"].write(
        _line([_field(eid, "string"), _field(u, "string"), '"SOURCE"'])
        + _line([_field(eid, "string"), _field(v, "string"), '"TARGET"']))
    f["evidence_documents.csv"].write(
        _line([_field(eid, "string"), _field(doc, "string"), '"IN_DOCUMENT"']))
    batches.add(_EV_MERGE, f"{{id: {cypher_string(eid)}, s: {cypher_string(str(u))}, "
                           f"t: {cypher_string(str(v))}, doc: {cypher_string(doc)}, "
                           f"props: {_cypher_map(props, _EV_COLS)}}}")


# -- reader -----------------------------------------------------------------------------------

def parse_neo4j_csv(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of one file written by :func:`write_neo4j`, typed by its header (the subset of
    the import tool's rules these files use). Keys are the header's property names, or the
    ``:TYPE``-like column names."""
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = []
        for h in header:
            name, _, kind = h.rpartition(":") if ":" in h else (h, "", "string")
            if not name:  # ":TYPE", ":LABEL", ":START_ID(Actor)"
                name, kind = h, "special"
            elif "(" in kind or kind in ("ID",):  # "id:ID(Actor)"
                kind = "string"
            cols.append((name, kind))
        for raw in reader:
            row: dict[str, Any] = {}
            for (name, kind), text in zip(cols, raw, strict=True):
                if text == "":
                    row[name] = None
                elif kind in ("string[]",) or name == ":LABEL":
                    row[name] = text.split(ARRAY_DELIMITER)
                elif kind == "boolean":
                    row[name] = text == "true"
                elif kind == "int":
                    row[name] = int(text)
                elif kind == "float":
                    row[name] = float(text)
                else:
                    row[name] = text
            yield row


def read_neo4j(directory: Path) -> nx.MultiDiGraph:
    """The graph in the CSV files written by :func:`write_neo4j` (evidence included)."""
    g = nx.MultiDiGraph()
    try:
        for row in parse_neo4j_csv(directory / "actors.csv"):
            attrs = {a: row.get(a) for a in NODE_ATTRS}
            attrs["aliases"] = attrs["aliases"] or []
            g.add_node(row["id"], **attrs)
        docs = {r["id"]: r for r in parse_neo4j_csv(directory / "documents.csv")}
        ends: dict[str, dict[str, str]] = {}
        for r in parse_neo4j_csv(directory / "evidence_actors.csv"):
            ends.setdefault(r[":START_ID(Evidence)"], {})[r[":TYPE"]] = r[":END_ID(Actor)"]
        in_doc = {r[":START_ID(Evidence)"]: r[":END_ID(Document)"]
                  for r in parse_neo4j_csv(directory / "evidence_documents.csv")}
        found: dict[tuple, list[dict[str, Any]]] = {}
        for r in parse_neo4j_csv(directory / "evidence.csv"):
            doc = docs[in_doc[r["id"]]]
            ev = {"doc_id": doc["doc_id"], "sentence": r["sentence"], "start": r["start"],
                  "end": r["end"], "date": r["date"], "report_date": r["report_date"],
                  "event_date": r["event_date"], "event_precision": r["event_precision"],
                  "outlet": r["outlet"] if r["outlet"] is not None else doc["outlet"],
                  "url": r["url"] if r["url"] is not None else doc["url"],
                  "title": r["title"] if r["title"] is not None else doc["title"],
                  "trigger": r["trigger"], "negated": r["negated"], "modality": r["modality"],
                  "confidence": r["confidence"]}
            key = (ends[r["id"]]["SOURCE"], r["relation"], ends[r["id"]]["TARGET"], r["stated"])
            found.setdefault(key, []).append(ev)
        for row in parse_neo4j_csv(directory / "relationships.csv"):
            attrs = {a: row.get(a) for a in EDGE_ATTRS if a != "evidence"}
            attrs["relation"] = attrs["relation"] or row[":TYPE"].lower()
            attrs["outlets"] = attrs["outlets"] or []
            u, v = row[":START_ID(Actor)"], row[":END_ID(Actor)"]
            attrs["evidence"] = found.get((u, attrs["relation"], v, attrs["stated"]), [])
            g.add_edge(u, v, key=edge_key(attrs, None), **attrs)
    except (OSError, KeyError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise open_error(directory, exc) from exc
    except Exception as exc:  # csv.Error
        raise open_error(directory, exc) from exc
    return g
