"""Write the merged graph to files, and read them back.

Formats, each a ``write_*`` / ``read_*`` pair that round-trips the graph:

* ``json``    node-link JSON (d3 style, ``links``)
* ``graphml`` GraphML; ``gexf`` GEXF (Gephi; ``dynamic=True`` adds edge ``start``/``end`` for
  Gephi's timeline). Attributes are scalars: lists (aliases, outlets, evidence) are JSON strings,
  ``None`` is left out; code points XML forbids are removed.
* ``csv``     a folder with ``nodes.csv`` and ``edges.csv`` (formula-like cells neutralised)
* ``neo4j``   a folder of ``neo4j-admin database import`` files, ``import.sh`` and a batched
  ``import.cypher`` (see :mod:`geokg.exporters.neo4j`)
* ``parquet`` a folder with ``nodes.parquet``, ``edges.parquet`` and ``evidence.parquet``
* ``html``    the interactive view (:mod:`geokg.html`), at most 20 sentences per edge

``export(graph, path, format)`` picks the writer. ``graph`` is a networkx graph in the
``Store.to_networkx()`` format or, to export a store of any size in bounded memory, a
``Store.subgraph()``: writers go node by node and edge by edge. Every file is written under a
temporary name and renamed into place when complete.
"""

from __future__ import annotations

import heapq

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import UsageError
from .base import (EDGE_ATTRS, NODE_ATTRS, GraphSource, as_source, neutralise_cell,
                   restore_cell, xml_clean)
from .neo4j import cypher_string, parse_neo4j_csv
from .neo4j import read_neo4j as _read_neo4j
from .neo4j import write_neo4j as _write_neo4j
from .tabular import read_csv as _read_csv
from .tabular import read_json as _read_json
from .tabular import write_csv as _write_csv
from .tabular import write_json as _write_json
from .tabular import write_parquet as _write_parquet
from .xmlformats import read_gexf as _read_gexf
from .xmlformats import read_graphml as _read_graphml
from .xmlformats import write_gexf as _write_gexf
from .xmlformats import write_graphml as _write_graphml

__all__ = [
    "FORMATS",
    "FOLDER_FORMATS",
    "HTML_EVIDENCE_PER_EDGE",
    "export",
    "to_graph",
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
    "write_parquet",
    "cypher_string",
    "parse_neo4j_csv",
    "neutralise_cell",
    "restore_cell",
    "xml_clean",
    "NODE_ATTRS",
    "EDGE_ATTRS",
]

FORMATS = ("json", "graphml", "gexf", "csv", "neo4j", "parquet", "html")
#: formats that write a folder of files
FOLDER_FORMATS = ("csv", "neo4j", "parquet")
#: evidence sentences the HTML view carries per edge (the most recent; the rest are counted)
HTML_EVIDENCE_PER_EDGE = 20


def write_json(graph: Any, path: str | Path) -> Path:
    """Node-link JSON (``{"nodes": [...], "links": [...]}``), readable by d3 and networkx."""
    _write_json(as_source(graph), Path(path))
    return Path(path)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_json`."""
    return _read_json(Path(path))


def write_graphml(graph: Any, path: str | Path) -> Path:
    """GraphML with scalar attributes (opens in Gephi, yEd, Cytoscape)."""
    _write_graphml(as_source(graph), Path(path))
    return Path(path)


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_graphml`, with list attributes decoded."""
    return _read_graphml(Path(path))


def write_gexf(graph: Any, path: str | Path, *, dynamic: bool = False) -> Path:
    """GEXF 1.2 (Gephi); ``dynamic``: edges live from their first to last evidence date."""
    _write_gexf(as_source(graph), Path(path), dynamic=dynamic)
    return Path(path)


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_gexf`, with list attributes decoded."""
    return _read_gexf(Path(path))


def write_csv(graph: Any, directory: str | Path, *, neutralise: bool = True) -> Path:
    """``nodes.csv`` and ``edges.csv`` in ``directory``; lists are JSON. Text cells starting
    with ``= + - @``, tab, CR or ``'`` get a leading ``'`` unless ``neutralise=False``."""
    _write_csv(as_source(graph), Path(directory), neutralise=neutralise)
    return Path(directory)


def read_csv(directory: str | Path, *, neutralised: bool = True) -> nx.MultiDiGraph:
    """The graph written by :func:`write_csv` (``neutralised`` as it was written)."""
    return _read_csv(Path(directory), neutralised=neutralised)


def write_neo4j(graph: Any, directory: str | Path) -> Path:
    """Neo4j import files, ``import.sh`` and ``import.cypher`` in ``directory``."""
    _write_neo4j(as_source(graph), Path(directory))
    return Path(directory)


def read_neo4j(directory: str | Path) -> nx.MultiDiGraph:
    """The graph in the Neo4j CSV files written by :func:`write_neo4j`."""
    return _read_neo4j(Path(directory))


def write_parquet(graph: Any, directory: str | Path) -> Path:
    """``nodes.parquet``, ``edges.parquet`` and ``evidence.parquet`` in ``directory``."""
    _write_parquet(as_source(graph), Path(directory))
    return Path(directory)


def to_graph(graph: Any, *, evidence: bool | int = True, months: bool = False) -> nx.MultiDiGraph:
    """A networkx graph of a graph source (``evidence``: True, False or the N most recent
    sentences per edge; ``months`` adds each edge's monthly evidence counts)."""
    source = as_source(graph)
    g = nx.MultiDiGraph()
    for n, d in source.nodes():
        g.add_node(n, **d)
    for u, v, k, d in source.edges(evidence=evidence, months=months):
        g.add_edge(u, v, key=k, **d)
    return g


def _write_html(graph: Any, path: Path, **kw: Any) -> Path:
    from ..html import render_html

    per_edge = kw.pop("evidence_per_edge", HTML_EVIDENCE_PER_EDGE)
    if not isinstance(graph, nx.Graph):
        graph = _html_graph(as_source(graph), per_edge, kw.get("max_nodes", 5000),
                            bool(kw.get("show_unstated", False)), kw.get("max_edges"))
    render_html(graph, path, **kw)
    return path


def _html_graph(source: Any, per_edge: bool | int, max_nodes: Any, show_unstated: bool,
                max_edges: Any = None) -> nx.MultiDiGraph:
    """The graph the page draws, read from a streamed source so that memory holds only what is
    drawn. When there are more than ``max_nodes`` actors or ``max_edges`` relations among them,
    passes without evidence rank actors, then relations, as the page does, and the last pass
    reads the evidence of the kept relations only (the totals go along for the page's notice).
    """
    from ..html import MAX_EDGES, actor_weights, drawn_edges, edge_rank, top_actors

    max_edges = MAX_EDGES if max_edges is None else max_edges
    if any(isinstance(m, bool) or not isinstance(m, int) or m < 1 for m in (max_nodes, max_edges)):
        return to_graph(source, evidence=per_edge, months=True)  # render_html says what is wrong
    nodes = dict(source.nodes())
    n_drawn = 0

    def counted(edges: Any) -> Any:
        nonlocal n_drawn
        for e in edges:
            n_drawn += 1
            yield e

    evidence, degree = actor_weights(
        nodes, counted(drawn_edges(source.edges(evidence=False), show_unstated)))
    keep = set(top_actors(nodes, evidence, degree, max_nodes))
    n_drawn, total = 0, n_drawn
    among = (e for e in drawn_edges(source.edges(evidence=False), show_unstated)
             if e[0] in keep and e[1] in keep)
    # the max_edges relations with the most evidence (nsmallest keeps a bounded heap)
    chosen = {e[:3] for e in heapq.nsmallest(max_edges, counted(among), key=edge_rank)}
    g = nx.MultiDiGraph(geokg_total_nodes=len(nodes), geokg_total_edges=total,
                        geokg_kept_edges=n_drawn)
    for n, attrs in nodes.items():  # in the source's order, as to_graph adds them
        if n in keep:
            g.add_node(n, **attrs)
    for u, v, k, d in source.edges(evidence=per_edge, months=True):
        if (u, v, k) in chosen:
            g.add_edge(u, v, key=k, **d)
    return g


_WRITERS: dict[str, Callable[..., Path]] = {
    "json": write_json, "graphml": write_graphml, "gexf": write_gexf, "csv": write_csv,
    "neo4j": write_neo4j, "parquet": write_parquet, "html": _write_html,
}
_FILE_SUFFIXES = {".csv", ".json", ".graphml", ".gexf", ".html", ".htm", ".parquet", ".txt",
                  ".xml", ".cypher", ".zip"}


def check_path(path: str | Path, format: str) -> tuple[Path, str]:
    """The output path and format, checked before any work: :class:`UsageError` for an unknown
    format, a folder given for a file or a file (or file-like name) given for a folder."""
    fmt = (format or "").lower().lstrip(".")
    if fmt not in _WRITERS:
        raise UsageError(f"unknown export format {format!r}; use one of: {', '.join(FORMATS)}")
    if not isinstance(path, (str, Path)):
        raise UsageError(f"the output path must be a str or Path, not {type(path).__name__}")
    path = Path(path)
    try:
        _check_kind(path, fmt)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}; check the path and "
                         "permissions") from exc
    return path, fmt


def _check_kind(path: Path, fmt: str) -> None:
    if fmt in FOLDER_FORMATS:
        if path.exists() and not path.is_dir():
            raise UsageError(f"{path} is a file; the {fmt} export writes a folder of files: "
                             "give a folder name")
        if not path.exists() and path.suffix.lower() in _FILE_SUFFIXES:
            raise UsageError(
                f"the {fmt} export writes a folder of files, not one file: give a folder name "
                f"(e.g. -o {path.with_suffix('')}), not {path.name}")
    elif path.is_dir():
        raise UsageError(f"{path} is a directory; give a file name for the {fmt} export")


def export(graph: Any, path: str | Path, format: str, *, neutralise: bool = True,
           dynamic: bool = False, **kw: Any) -> Path:
    """Write ``graph`` (a networkx graph or ``Store.subgraph()``) to ``path`` in ``format`` (one
    of :data:`FORMATS`); return the path.

    ``csv``, ``neo4j`` and ``parquet`` write a folder; the others one file. Missing folders
    are created; a path that cannot be written raises :class:`UsageError`. ``neutralise``:
    CSV formula neutralising; ``dynamic``: GEXF with edge lifetimes; ``kw`` go to the HTML
    writer (``evidence_per_edge`` and those of :func:`geokg.html.render_html`).
    """
    path, fmt = check_path(path, format)
    try:
        if fmt not in FOLDER_FORMATS:
            path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            return _WRITERS[fmt](graph, path, **kw)
        if fmt == "csv":
            return write_csv(graph, path, neutralise=neutralise)
        if fmt == "gexf":
            return write_gexf(graph, path, dynamic=dynamic)
        return _WRITERS[fmt](graph, path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}; check the path and "
                         "permissions") from exc

