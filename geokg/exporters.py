"""Write the merged graph (``Store.to_networkx()`` format) to files, and read it back.

Formats, each a ``write_*`` / ``read_*`` pair that round-trips the graph:

* ``json``    node-link JSON (d3 style, ``links``)
* ``graphml`` GraphML; ``gexf`` GEXF (Gephi). Attributes are scalars: lists (aliases, outlets,
  evidence) are JSON strings, ``None`` is left out.
* ``csv``     a directory with ``nodes.csv`` and ``edges.csv``
* ``neo4j``   a directory with ``import.cypher`` (MERGE statements) and ``nodes.csv`` /
  ``relationships.csv`` with ``neo4j-admin database import`` headers

``export(graph, path, format)`` picks the writer (``html`` too, via :mod:`geokg.html`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import InputError, UsageError

__all__ = [
    "FORMATS",
    "export",
    "write_json",
    "read_json",
    "write_graphml",
    "read_graphml",
    "write_gexf",
    "read_gexf",
    "write_csv",
    "read_csv",
    "write_neo4j",
    "read_neo4j",
    "cypher_string",
]

FORMATS = ("json", "graphml", "gexf", "csv", "neo4j", "html")

# attribute name -> kind; the kinds say how a flat format stores and reads the value back
NODE_ATTRS = {"name": "str", "type": "str", "country": "str", "aliases": "list",
              "evidence": "int"}
EDGE_ATTRS = {
    "relation": "str", "symmetric": "bool", "quad_class": "str", "score": "float",
    "stated": "bool", "count": "int", "documents": "int", "stories": "int", "outlets": "list",
    "first_date": "str", "last_date": "str", "mean_confidence": "float", "evidence": "list",
}
_NEO4J_TYPES = {"str": "string", "int": "int", "float": "float", "bool": "boolean",
                "list": "string"}


def _flat(attrs: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    """Scalar attributes: lists as JSON strings, ``None`` left out."""
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if kinds.get(key) == "list" or isinstance(value, (list, dict, tuple)):
            value = json.dumps(value, ensure_ascii=False)
        out[key] = value
    return out


def _typed(attrs: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    """Undo :func:`_flat` (and string-typed CSV cells): known attributes get their types back."""
    out = dict(attrs)
    for key, kind in kinds.items():
        value = out.get(key)
        if value is None or value == "":
            out[key] = [] if kind == "list" else None
        elif kind == "list":
            out[key] = json.loads(value) if isinstance(value, str) else list(value)
        elif kind == "bool":
            out[key] = value if isinstance(value, bool) else str(value).lower() == "true"
        elif kind == "int":
            out[key] = int(value)
        elif kind == "float":
            out[key] = float(value)
        else:
            out[key] = str(value)
    return out


def _edge_key(attrs: dict[str, Any], fallback: Any) -> str:
    """The contract's edge key: the relation, with ``:unstated`` for unstated evidence."""
    if not attrs.get("relation"):
        return str(fallback)
    return attrs["relation"] + ("" if attrs.get("stated", True) else ":unstated")


def _flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        g.add_node(n, **_flat(d, NODE_ATTRS))
    for u, v, k, d in graph.edges(keys=True, data=True):
        g.add_edge(u, v, key=k, **_flat(d, EDGE_ATTRS))
    return g


def _typed_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        d = {k: v for k, v in d.items() if k not in ("label", "id")}
        g.add_node(str(n), **_typed(d, NODE_ATTRS))
    for u, v, k, d in graph.edges(keys=True, data=True):
        d = _typed({a: b for a, b in d.items() if a not in ("id", "label", "networkx_key")},
                   EDGE_ATTRS)
        g.add_edge(str(u), str(v), key=_edge_key(d, k), **d)
    return g


def _open_error(path: Path, exc: Exception) -> InputError:
    return InputError(f"cannot read the graph: {exc}", path=str(path))


# -- node-link JSON ---------------------------------------------------------------------------

def write_json(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Node-link JSON (``{"nodes": [...], "links": [...]}``), readable by d3 and networkx."""
    path = Path(path)
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_json`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as exc:
        raise _open_error(path, exc) from exc
    return nx.MultiDiGraph(graph)


# -- GraphML and GEXF -------------------------------------------------------------------------

def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """GraphML with scalar attributes (opens in Gephi, yEd, Cytoscape)."""
    path = Path(path)
    nx.write_graphml(_flat_graph(graph), path)
    return path


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_graphml`, with list attributes decoded."""
    path = Path(path)
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
        return _typed_graph(graph)
    except (OSError, ValueError, nx.NetworkXError, Exception) as exc:  # XML errors vary
        raise _open_error(path, exc) from exc


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """GEXF 1.2 with scalar attributes (Gephi's own format); node labels are actor names."""
    path = Path(path)
    g = _flat_graph(graph)
    for n, d in g.nodes(data=True):
        d["label"] = d.get("name", n)
    nx.write_gexf(g, path)
    return path


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_gexf`, with list attributes decoded."""
    path = Path(path)
    try:
        graph = nx.read_gexf(path)
        if not graph.is_multigraph():
            graph = nx.MultiDiGraph(graph)
        return _typed_graph(graph)
    except Exception as exc:  # XML errors vary
        raise _open_error(path, exc) from exc


# -- CSV --------------------------------------------------------------------------------------

def _write_rows(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise _open_error(path, exc) from exc


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(graph: nx.MultiDiGraph, directory: str | Path) -> Path:
    """``nodes.csv`` (id + node attributes) and ``edges.csv`` (source, target, key + edge
    attributes) in ``directory``; lists are JSON."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    _write_rows(directory / "nodes.csv", ["id", *NODE_ATTRS],
                [[n, *(_cell(d.get(a)) for a in NODE_ATTRS)] for n, d in graph.nodes(data=True)])
    _write_rows(directory / "edges.csv", ["source", "target", "key", *EDGE_ATTRS],
                [[u, v, k, *(_cell(d.get(a)) for a in EDGE_ATTRS)]
                 for u, v, k, d in graph.edges(keys=True, data=True)])
    return directory


def read_csv(directory: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_csv`."""
    directory = Path(directory)
    g = nx.MultiDiGraph()
    try:
        for row in _read_rows(directory / "nodes.csv"):
            g.add_node(row.pop("id"), **_typed(row, NODE_ATTRS))
        for row in _read_rows(directory / "edges.csv"):
            u, v, k = row.pop("source"), row.pop("target"), row.pop("key")
            g.add_edge(u, v, key=k, **_typed(row, EDGE_ATTRS))
    except (KeyError, ValueError) as exc:
        raise _open_error(directory, exc) from exc
    return g


# -- Neo4j ------------------------------------------------------------------------------------

def cypher_string(value: str) -> str:
    """A Cypher string literal: single-quoted, with backslashes, quotes and controls escaped."""
    out = value.replace("\\", "\\\\").replace("'", "\\'")
    out = out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return "'" + "".join(c if ord(c) >= 32 else f"\\u{ord(c):04x}" for c in out) + "'"


def _cypher_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, dict, tuple)):
        value = json.dumps(value, ensure_ascii=False)
    return cypher_string(str(value))


def _label(actor_type: Any) -> str:
    return str(actor_type or "actor").capitalize()


def _rel_type(relation: str) -> str:
    return relation.upper()


def write_neo4j(graph: nx.MultiDiGraph, directory: str | Path) -> Path:
    """Neo4j files in ``directory``.

    ``import.cypher``: idempotent ``MERGE`` statements (run with ``cypher-shell -f``).
    ``nodes.csv`` / ``relationships.csv``: for ``neo4j-admin database import full
    --nodes=nodes.csv --relationships=relationships.csv``. Nodes are ``:Actor`` plus their
    type (``:State`` ...); relationship types are the relation in capitals (``ALLY``), with a
    ``stated`` property.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines = ["CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;"]
    for n, d in graph.nodes(data=True):
        props = ", ".join(f"a.{k} = {_cypher_value(v)}" for k, v in _flat(d, NODE_ATTRS).items())
        lines.append(f"MERGE (a:Actor {{id: {cypher_string(str(n))}}}) "
                     f"SET a:{_label(d.get('type'))}" + (f", {props}" if props else "") + ";")
    for u, v, k, d in graph.edges(keys=True, data=True):
        flat = _flat(d, EDGE_ATTRS)
        props = ", ".join(f"r.{a} = {_cypher_value(b)}" for a, b in flat.items()
                          if a not in ("stated",))
        lines.append(
            f"MATCH (a:Actor {{id: {cypher_string(str(u))}}}), "
            f"(b:Actor {{id: {cypher_string(str(v))}}}) "
            f"MERGE (a)-[r:{_rel_type(d.get('relation', str(k).split(':')[0]))} "
            f"{{stated: {_cypher_value(bool(d.get('stated', True)))}}}]->(b)"
            + (f" SET {props}" if props else "") + ";"
        )
    (directory / "import.cypher").write_text("\n".join(lines) + "\n", encoding="utf-8")

    node_cols = [a for a in NODE_ATTRS]
    _write_rows(
        directory / "nodes.csv",
        ["id:ID", *(f"{a}:{_NEO4J_TYPES[NODE_ATTRS[a]]}" for a in node_cols), ":LABEL"],
        [[n, *(_cell(d.get(a)) for a in node_cols), f"Actor;{_label(d.get('type'))}"]
         for n, d in graph.nodes(data=True)],
    )
    edge_cols = [a for a in EDGE_ATTRS if a != "relation"]
    _write_rows(
        directory / "relationships.csv",
        [":START_ID", ":END_ID", ":TYPE", *(f"{a}:{_NEO4J_TYPES[EDGE_ATTRS[a]]}"
                                            for a in edge_cols)],
        [[u, v, _rel_type(d.get("relation", str(k).split(":")[0])),
          *(_cell(d.get(a)) for a in edge_cols)]
         for u, v, k, d in graph.edges(keys=True, data=True)],
    )
    return directory


def read_neo4j(directory: str | Path) -> nx.MultiDiGraph:
    """The graph in the ``neo4j-admin`` CSV files written by :func:`write_neo4j`."""
    directory = Path(directory)
    g = nx.MultiDiGraph()

    def strip(row: dict[str, str]) -> dict[str, str]:  # "count:int" -> "count"; drop ":TYPE"
        return {k.split(":")[0]: v for k, v in row.items() if not k.startswith(":")}

    try:
        for row in _read_rows(directory / "nodes.csv"):
            attrs = strip(row)
            g.add_node(attrs.pop("id"), **_typed(attrs, NODE_ATTRS))
        for row in _read_rows(directory / "relationships.csv"):
            attrs = _typed({**strip(row), "relation": row[":TYPE"].lower()}, EDGE_ATTRS)
            g.add_edge(row[":START_ID"], row[":END_ID"], key=_edge_key(attrs, None), **attrs)
    except (KeyError, ValueError) as exc:
        raise _open_error(directory, exc) from exc
    return g


# -- dispatch ---------------------------------------------------------------------------------

def _write_html(graph: nx.MultiDiGraph, path: Path, **kw: Any) -> Path:
    from .html import render_html

    render_html(graph, path, **kw)
    return path


_WRITERS: dict[str, Callable[..., Path]] = {
    "json": write_json, "graphml": write_graphml, "gexf": write_gexf, "csv": write_csv,
    "neo4j": write_neo4j, "html": _write_html,
}


def export(graph: nx.MultiDiGraph, path: str | Path, format: str, **kw: Any) -> Path:
    """Write ``graph`` to ``path`` in ``format`` (one of :data:`FORMATS`); return the path.

    ``csv`` and ``neo4j`` write a directory; the others one file. Missing folders are created;
    a path that cannot be written raises :class:`UsageError`. ``kw`` go to the HTML writer.
    """
    fmt = (format or "").lower().lstrip(".")
    if fmt not in _WRITERS:
        raise UsageError(f"unknown export format {format!r}; use one of: {', '.join(FORMATS)}")
    if not isinstance(path, (str, Path)):
        raise UsageError(f"the output path must be a str or Path, not {type(path).__name__}")
    path = Path(path)
    try:
        if fmt not in ("csv", "neo4j"):
            if path.is_dir():
                raise UsageError(f"{path} is a directory; give a file name for the {fmt} export")
            path.parent.mkdir(parents=True, exist_ok=True)
        return _WRITERS[fmt](graph, path, **kw) if fmt == "html" else _WRITERS[fmt](graph, path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc}; check the path and permissions") from exc
