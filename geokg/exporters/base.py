"""What every exporter shares: the attribute schema, the graph source, atomic files, and the
cleaning XML and spreadsheets need.

A *graph source* is anything with ``nodes()`` -> ``(id, attrs)`` and
``edges(evidence=True)`` -> ``(source, target, key, attrs)``: a :class:`geokg.store.SubGraph`
(streamed from SQL) or a networkx graph wrapped by :func:`as_source`. Attributes follow
``Store.to_networkx()`` (docs/architecture.md).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

import networkx as nx

from .. import errors

# attribute name -> kind; the kinds say how a flat format stores and reads the value back
NODE_ATTRS = {"name": "str", "type": "str", "country": "str", "aliases": "list",
              "evidence": "int"}
EDGE_ATTRS = {
    "relation": "str", "symmetric": "bool", "quad_class": "str", "score": "float",
    "stated": "bool", "count": "int", "documents": "int", "stories": "int", "outlets": "list",
    "first_date": "str", "last_date": "str", "mean_confidence": "float", "evidence": "list",
}
#: the fields of one evidence sentence (``evidence`` lists of edges)
EVIDENCE_ATTRS = {
    "doc_id": "str", "sentence": "str", "start": "int", "end": "int", "date": "str",
    "report_date": "str", "event_date": "str", "event_precision": "str", "outlet": "str", "url": "str", "title": "str", "trigger": "str", "negated": "bool",
    "modality": "str", "confidence": "float",
}


class GraphSource(Protocol):
    """Nodes and edges to export, read once each, in order."""

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]: ...

    def edges(self, evidence: bool | int = True,
              months: bool = False) -> Iterator[tuple[str, str, str, dict[str, Any]]]: ...


class NetworkxSource:
    """A networkx graph (``Store.to_networkx()`` format) as a :class:`GraphSource`."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for n, d in self.graph.nodes(data=True):
            yield n, d

    def edges(self, evidence: bool | int = True,
              months: bool = False) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for u, v, k, d in self.graph.edges(keys=True, data=True):
            if evidence is True:
                yield u, v, k, d
                continue
            found = list(d.get("evidence") or [])
            keep = [] if evidence is False else found[max(0, len(found) - int(evidence)):]
            yield u, v, k, {**d, "evidence": keep}


def as_source(graph: Any) -> GraphSource:
    """A :class:`GraphSource` for a networkx graph or a store's ``subgraph()``."""
    if isinstance(graph, nx.Graph):
        if not graph.is_multigraph():
            graph = nx.MultiDiGraph(graph)
        return NetworkxSource(graph)
    if callable(getattr(graph, "nodes", None)) and callable(getattr(graph, "edges", None)):
        return graph
    raise errors.UsageError(f"cannot export a {type(graph).__name__}: give a networkx graph "
                            "(Store.to_networkx()) or Store.subgraph()")


# -- files that are always whole ---------------------------------------------------------------

def _final_mode(path: Path) -> int:
    """The permissions the finished file gets: those of the file it replaces, else what a plain
    ``open(path, "w")`` would give (0666 less the umask). ``mkstemp`` makes its file 0600, which
    would leave an export readable by its owner only."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a library that writes files itself; renamed onto
    ``path`` when the block ends without an error, with the permissions a plain write would
    give (those of the file it replaces, else 0666 less the umask)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _final_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@contextmanager
def atomic_file(path: Path, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file written beside ``path`` and renamed onto it only when complete: a failed
    export leaves the previous file as it was and no half-written file."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        yield fh


# -- cleaning ---------------------------------------------------------------------------------

# XML 1.0 Char: tab, newline, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_clean(text: str) -> str:
    """``text`` without the code points XML 1.0 forbids (C0 controls other than tab, newline
    and CR; U+FFFE, U+FFFF; lone surrogates)."""
    return _NOT_XML.sub("", text)


_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                "\n": "&#10;", "\t": "&#9;"}
_XML_SPECIAL = re.compile('[&<>"\r\n\t]')


def xml_attr(value: Any) -> str:
    """A value for an XML attribute (or text): cleaned and escaped so that a parser gives it
    back exactly (line ends and tabs as character references)."""
    return _XML_SPECIAL.sub(lambda m: _XML_ESCAPES[m.group()], xml_clean(str(value)))


# cells a spreadsheet would run as a formula (OWASP "CSV Injection")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: one ``'`` is put before a cell starting with
    ``= + - @``, tab or CR (OWASP), and before one starting with ``'`` so that reading removes
    exactly one."""
    if value.startswith(_FORMULA_START) or value.startswith("'"):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """Undo :func:`neutralise_cell`."""
    return value[1:] if value.startswith("'") else value


def flat(attrs: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    """Scalar attributes: lists as JSON strings, ``None`` left out."""
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if kinds.get(key) == "list" or isinstance(value, (list, dict, tuple)):
            value = json.dumps(value, ensure_ascii=False)
        out[key] = value
    return out


def typed(attrs: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    """Undo :func:`flat` (and string-typed CSV cells): known attributes get their types back."""
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


def edge_key(attrs: dict[str, Any], fallback: Any) -> str:
    """The contract's edge key: the relation, with ``:unstated`` for unstated evidence."""
    if not attrs.get("relation"):
        return str(fallback)
    return attrs["relation"] + ("" if attrs.get("stated", True) else ":unstated")


def open_error(path: Path, exc: Exception) -> errors.InputError:
    return errors.InputError(f"cannot read the graph: {exc}", path=str(path))
