"""Node-link JSON, CSV and Parquet, written row by row from a graph source.

* ``json``: ``{"directed": true, "multigraph": true, "graph": {}, "nodes": [...],
  "links": [...]}`` (d3 and ``networkx.node_link_graph`` read it).
* ``csv``: a folder with ``nodes.csv`` and ``edges.csv``; lists are JSON. Text cells a
  spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) get a leading ``'``
  (OWASP), as do cells starting with ``'``; ``neutralise=False`` writes them verbatim.
* ``parquet``: a folder with ``nodes.parquet``, ``edges.parquet`` and ``evidence.parquet``
  (one row per sentence), typed columns (lists, dates, booleans), for DuckDB, polars, pandas.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
from pathlib import Path
from typing import Any

import networkx as nx

from .base import (EDGE_ATTRS, EVIDENCE_ATTRS, NODE_ATTRS, GraphSource, atomic_file,
                   atomic_path, neutralise_cell, open_error, restore_cell, typed)

# -- node-link JSON ---------------------------------------------------------------------------


def write_json(source: GraphSource, path: Path) -> None:
    """Node-link JSON, one node or link per line."""
    dumps = json.dumps
    with atomic_file(path) as fh:
        fh.write('{"directed": true, "multigraph": true, "graph": {}, "nodes": [')
        sep = "\n"
        for n, d in source.nodes():
            fh.write(sep + dumps({**d, "id": n}, ensure_ascii=False))
            sep = ",\n"
        fh.write('\n], "links": [')
        sep = "\n"
        for u, v, k, d in source.edges():
            fh.write(sep + dumps({**d, "source": u, "target": v, "key": k}, ensure_ascii=False))
            sep = ",\n"
        fh.write("\n]}\n")


def read_json(path: Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_json`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as exc:
        raise open_error(path, exc) from exc
    return nx.MultiDiGraph(graph)


# -- CSV --------------------------------------------------------------------------------------

def _cell(value: Any, neutralise: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and neutralise:
        return neutralise_cell(value)
    return value


def write_csv(source: GraphSource, directory: Path, *, neutralise: bool = True) -> None:
    """``nodes.csv`` (id + node attributes) and ``edges.csv`` (source, target, key + edge
    attributes) in ``directory``; lists are JSON."""
    directory.mkdir(parents=True, exist_ok=True)
    with atomic_file(directory / "nodes.csv", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", *NODE_ATTRS])
        for n, d in source.nodes():
            writer.writerow([_cell(n, neutralise),
                             *(_cell(d.get(a), neutralise) for a in NODE_ATTRS)])
    with atomic_file(directory / "edges.csv", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["source", "target", "key", *EDGE_ATTRS])
        for u, v, k, d in source.edges():
            writer.writerow([_cell(u, neutralise), _cell(v, neutralise), _cell(k, neutralise),
                             *(_cell(d.get(a), neutralise) for a in EDGE_ATTRS)])


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise open_error(path, exc) from exc


def read_csv(directory: Path, *, neutralised: bool = True) -> nx.MultiDiGraph:
    """The graph written by :func:`write_csv` (``neutralised``: as it was written)."""
    g = nx.MultiDiGraph()
    fix = restore_cell if neutralised else (lambda x: x)
    try:
        for row in _read_rows(directory / "nodes.csv"):
            row = {k: fix(v) for k, v in row.items()}
            g.add_node(row.pop("id"), **typed(row, NODE_ATTRS))
        for row in _read_rows(directory / "edges.csv"):
            row = {k: fix(v) for k, v in row.items()}
            u, v, k = row.pop("source"), row.pop("target"), row.pop("key")
            g.add_edge(u, v, key=k, **typed(row, EDGE_ATTRS))
    except (KeyError, ValueError, TypeError) as exc:
        raise open_error(directory, exc) from exc
    return g


# -- Parquet ----------------------------------------------------------------------------------

_BATCH = 20_000


def _date(value: Any) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    text, ints, flt, flag = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    kinds = {"str": text, "int": ints, "float": flt, "bool": flag, "list": pa.list_(text)}
    node = [("id", text)] + [(a, kinds[k]) for a, k in NODE_ATTRS.items()]
    edge = [("source", text), ("target", text), ("key", text)] + [
        (a, pa.date32() if a.endswith("_date") else kinds[k])
        for a, k in EDGE_ATTRS.items() if a != "evidence"]
    ev = [("source", text), ("relation", text), ("target", text), ("stated", flag)] + [
        (a, pa.date32() if a.endswith("date") else kinds[k]) for a, k in EVIDENCE_ATTRS.items()]
    return {"nodes": pa.schema(node), "edges": pa.schema(edge), "evidence": pa.schema(ev)}


class _Table:
    """Rows appended to one Parquet file in batches."""

    def __init__(self, path: Path, schema: Any) -> None:
        import pyarrow.parquet as pq

        self.schema, self.rows = schema, []
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def write_parquet(source: GraphSource, directory: Path) -> None:
    """``nodes.parquet``, ``edges.parquet`` and ``evidence.parquet`` in ``directory``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        from ..errors import UsageError

        raise UsageError("the parquet export needs pyarrow: pip install pyarrow") from None
    directory.mkdir(parents=True, exist_ok=True)
    schemas = _schemas()
    with atomic_path(directory / "nodes.parquet") as tmp:
        table = _Table(tmp, schemas["nodes"])
        for n, d in source.nodes():
            table.add({"id": n, **{a: d.get(a) for a in NODE_ATTRS}})
        table.close()
    with atomic_path(directory / "edges.parquet") as etmp, \
            atomic_path(directory / "evidence.parquet") as vtmp:
        edges, evidence = _Table(etmp, schemas["edges"]), _Table(vtmp, schemas["evidence"])
        for u, v, k, d in source.edges():
            row = {"source": u, "target": v, "key": k,
                   **{a: d.get(a) for a in EDGE_ATTRS if a != "evidence"}}
            row["first_date"], row["last_date"] = _date(d.get("first_date")), _date(
                d.get("last_date"))
            edges.add(row)
            for e in d.get("evidence") or ():
                evidence.add({"source": u, "relation": d.get("relation"), "target": v,
                              "stated": d.get("stated"),
                              **{a: e.get(a) for a in EVIDENCE_ATTRS},
                              **{a: _date(e.get(a)) for a in ("date", "report_date",
                                                              "event_date")}})
        edges.close()
        evidence.close()
