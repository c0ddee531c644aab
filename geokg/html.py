"""The self-contained interactive HTML network of a knowledge graph.

:func:`render_html` turns the ``networkx.MultiDiGraph`` of ``Store.to_networkx()`` (see
docs/architecture.md) into one HTML file that works offline from ``file://``: our template, CSS
and JavaScript (``geokg/templates/``) and the vis-network library shipped inside the installed
pyvis package are inlined; nothing is fetched from the network. The graph travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped,
and the page renders every piece of article text with ``textContent``; a Content-Security-Policy
allows only our two scripts (by hash) and no connection at all.

The layout is computed here (numpy force layout) so large graphs draw without browser physics;
above ``max_nodes`` the actors with the most evidence are kept and the page says so.

Example::

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("TUR", name="Turkiye", type="state", country=None, aliases=[], evidence=1)
    >>> page = render_html(g, title="demo")
    >>> page.startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import html as _html
import json
import math
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import numpy as np

from .errors import DataError, GeokgError, UsageError
from .models import QuadClass, Relation
from .resources import data_path, load_json

__all__ = ["LAYOUTS", "render_html", "notebook_html", "show", "build_payload"]

#: accepted values of ``layout``: ``auto`` (Python force layout; small graphs are then polished by
#: a bounded browser physics run), ``force`` (Python force layout only), ``circular`` (one circle
#: per connected component) and ``physics`` (browser physics from the Python layout, bounded).
LAYOUTS = ("auto", "force", "circular", "physics")

_MAX_EVIDENCE_PER_EDGE = 20  # sentences shown per edge in the side panel (the most recent)
_EVIDENCE_BUDGET = 40_000  # sentences embedded in one page, shared by all edges
_MAX_TEXT_CHARS = 1_000  # longer sentences, titles and names are cut with an ellipsis
MAX_EDGES = 30_000  # relations drawn at most by default: the most evidenced (the page says so)
_PHYSICS_MAX_NODES = 250  # "auto" polishes graphs up to this size with browser physics
_GRAVITY = 0.5  # pull towards the centre (acceleration per layout unit of distance)
_PIXELS_PER_UNIT = 70.0  # ideal edge length on screen
_EXACT_LAYOUT_MAX_NODES = 400  # all-pairs force layout up to here, grid (FFT) repulsion above
_VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")  # inside the pyvis package
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_UNSTATED_SUFFIX = ":unstated"
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


# --------------------------------------------------------------------------------------------
# public API


def render_html(
    graph: nx.MultiDiGraph,
    path: str | Path | None = None,
    *,
    title: str = "geokg",
    show_unstated: bool = False,
    max_nodes: int = 5000,
    layout: str = "auto",
    max_edges: int = MAX_EDGES,
) -> str:
    """Return the interactive HTML page of ``graph`` and write it to ``path`` when given.

    ``graph`` follows the Store -> networkx contract (node attributes ``name``, ``type``,
    ``country``, ``aliases``, ``evidence``; edge attributes ``relation``, ``symmetric``,
    ``quad_class``, ``stated``, ``count``, ``evidence`` ...); missing attributes get defaults.
    ``show_unstated`` also draws negated or hedged relations, dashed. Above ``max_nodes`` actors
    only those with the most evidence are kept, and above ``max_edges`` relations among them
    those with the most evidence; the page says so. ``layout`` is one of :data:`LAYOUTS`.

    Raises :class:`~geokg.errors.UsageError` for a bad argument or an unwritable ``path``.
    """
    title = _text(title, 200) or "geokg"
    payload = build_payload(
        graph, title=title, show_unstated=bool(show_unstated), max_nodes=max_nodes, layout=layout,
        max_edges=max_edges,
    )
    page = _fill_template(payload, title)
    if path is not None:
        target = Path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            from .exporters.base import atomic_file

            with atomic_file(target) as fh:  # a failed write leaves the old page whole
                fh.write(page)
        except OSError as exc:
            raise UsageError(
                f"cannot write the HTML graph to {target}: {exc.strerror or exc}; "
                "choose a writable path"
            ) from exc
    return page


def notebook_html(graph: nx.MultiDiGraph, **kw: Any) -> str:
    """Return the page of :func:`render_html` wrapped in an ``<iframe srcdoc=...>``.

    Suitable as ``text/html`` output in Jupyter or VS Code: nothing is loaded from a CDN. The
    iframe is sandboxed (scripts, downloads and opening source links only).
    """
    page = render_html(graph, **kw)
    return (
        '<iframe class="geokg-graph" title="geokg network" '
        'sandbox="allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox" '
        'style="width:100%;height:720px;border:1px solid #d0d5dc;border-radius:6px" '
        f'srcdoc="{_html.escape(page, quote=True)}"></iframe>'
    )


def show(graph: nx.MultiDiGraph, path: str | Path | None = None, **kw: Any) -> Path | None:
    """Display the interactive network inline in Jupyter / VS Code (IPython.display).

    Outside a notebook (a script, the Python prompt) there is nowhere inline to draw it: the
    page is written to ``path`` (default ``geokg-graph.html`` in the temporary folder), a line
    says where, and the path is returned.
    """
    if not _in_notebook():
        target = Path(path) if path is not None else Path(tempfile.gettempdir()) / "geokg-graph.html"
        render_html(graph, target, **kw)
        print(f"geokg: not in a notebook, so the graph was written to {target.resolve()}; "
              "open it in a web browser")
        return target
    from IPython.display import HTML, display

    # wrapped in a div: IPython warns about bare iframes, which are what we mean here
    display(HTML(f'<div class="geokg">{notebook_html(graph, **kw)}</div>'))
    return None


def _in_notebook() -> bool:
    """True inside a Jupyter kernel (Jupyter, VS Code, Colab), where HTML displays inline."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


# --------------------------------------------------------------------------------------------
# graph -> JSON payload


def build_payload(
    graph: nx.Graph,
    *,
    title: str = "geokg",
    show_unstated: bool = False,
    max_nodes: int = 5000,
    layout: str = "auto",
    max_edges: int = MAX_EDGES,
) -> dict[str, Any]:
    """Return the JSON-ready data the page draws: nodes, edges, documents, months and style.

    Takes the arguments of :func:`render_html`; exposed for tests and for users who want to feed
    their own front end.
    """
    if not isinstance(graph, nx.Graph):
        raise UsageError(
            f"render_html needs a networkx graph (Store.to_networkx()), got {type(graph).__name__}"
        )
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise UsageError(f"max_nodes must be a positive integer, got {max_nodes!r}")
    if isinstance(max_edges, bool) or not isinstance(max_edges, int) or max_edges < 1:
        raise UsageError(f"max_edges must be a positive integer, got {max_edges!r}")
    edges = list(drawn_edges(_iter_edges(graph), show_unstated))
    node_ids = list(graph.nodes)
    evidence, degree = actor_weights(graph.nodes, edges)
    # a graph already cut to its top actors (exporters' streamed HTML) says how many there were
    total_nodes = graph.graph.get("geokg_total_nodes", len(node_ids))
    total_edges = graph.graph.get("geokg_total_edges", len(edges))
    notice = None
    if total_nodes > max_nodes:
        node_ids = top_actors(node_ids, evidence, degree, max_nodes)
        notice = (
            f"Showing {max_nodes:,} of {total_nodes:,} actors with the most evidence "
            "(render with a larger max_nodes to see more)."
        )
    keep = set(node_ids)
    edges = [e for e in edges if e[0] in keep and e[1] in keep]
    among = graph.graph.get("geokg_kept_edges", len(edges))
    if among > max_edges:
        edges = top_edges(edges, max_edges)
        cut = (f"Showing {max_edges:,} of {among:,} relations with the most evidence "
               "(render with a larger max_edges to see more).")
        notice = f"{notice} {cut}" if notice else cut

    index = {n: i for i, n in enumerate(node_ids)}
    pairs = np.array([(index[u], index[v]) for u, v, _k, _d in edges], dtype=np.int64)
    # syndicated copies count once: an edge weighs by its distinct stories when known
    weights = np.array([math.log2(1 + _count(d.get("stories") or d.get("count"), 1))
                        for *_x, d in edges])
    if layout == "circular":
        pos = circular_layout(len(node_ids), pairs.reshape(-1, 2))
    else:
        pos = force_layout(len(node_ids), pairs.reshape(-1, 2), weights)

    regions = _regions()
    ids = _unique_ids(node_ids)
    nodes = []
    for i, n in enumerate(node_ids):
        attrs = graph.nodes[n]
        ntype = _text(attrs.get("type"), 40) or "other"
        node: dict[str, Any] = {
            "id": ids[n],
            "label": _text(attrs.get("name"), 200) or str(n),
            "type": ntype,
            "country": _text(attrs.get("country"), 80),
            "aliases": [a for a in map(_alias, _as_list(attrs.get("aliases"))) if a][:50],
            "ev": evidence[n],
            "x": round(float(pos[i, 0]), 1),
            "y": round(float(pos[i, 1]), 1),
        }
        if ntype == "state":
            node["region"] = regions.get(str(n).upper(), "other")
        nodes.append(node)

    months, docs, out_edges = _edges_payload([(ids[u], ids[v], k, d) for u, v, k, d in edges])
    physics = layout == "physics" or (layout == "auto" and len(nodes) <= _PHYSICS_MAX_NODES)
    return {
        "title": title,
        "notice": notice,
        "total": {"nodes": total_nodes, "edges": total_edges},
        "physics": physics,
        "large": len(nodes) > 1500 or len(out_edges) > 4000,
        "show_unstated": show_unstated,
        "months": months,
        "docs": docs,
        "nodes": nodes,
        "edges": out_edges,
        "relations": {
            r.value: {"quad_class": r.quad_class.value, "description": r.description}
            for r in Relation
        },
        "style": _style(),
    }


def drawn_edges(edges: Iterable[tuple[Any, Any, Any, Any]],
                show_unstated: bool) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """The edges the page draws: no self-loops, and stated ones only unless ``show_unstated``."""
    for u, v, k, d in edges:
        d = d if isinstance(d, Mapping) else {}
        if u != v and (show_unstated or _is_stated(k, d)):
            yield u, v, k, d


def actor_weights(nodes: Mapping[Any, Mapping[str, Any]],
                  edges: Iterable[tuple[Any, Any, Any, Mapping[str, Any]]],
                  ) -> tuple[dict[Any, int], dict[Any, int]]:
    """Each actor's evidence (its ``evidence`` attribute, else the evidence of its drawn edges)
    and degree (the evidence of its drawn edges): what the page ranks actors by."""
    degree: dict[Any, int] = dict.fromkeys(nodes, 0)
    for u, v, _k, d in edges:
        c = _count(d.get("count"), 1)
        degree[u] += c
        degree[v] += c
    evidence = {n: _count(nodes[n].get("evidence"), -1) for n in nodes}
    for n in evidence:  # no evidence attribute: count the evidence of its edges
        if evidence[n] < 0:
            evidence[n] = degree[n]
    return evidence, degree


def top_actors(node_ids: Iterable[Any], evidence: Mapping[Any, int], degree: Mapping[Any, int],
               max_nodes: int) -> list[Any]:
    """The ``max_nodes`` actors with the most evidence (then degree, then id)."""
    return sorted(node_ids, key=lambda n: (-evidence[n], -degree[n], str(n)))[:max_nodes]


def edge_rank(edge: tuple[Any, Any, Any, Mapping[str, Any]]) -> tuple[int, str, str, str]:
    """The order relations are kept in when there are too many to draw: most evidence first."""
    u, v, k, d = edge
    return (-_count(d.get("count"), 1), str(u), str(v), str(k))


def top_edges(edges: list[tuple[Any, Any, Any, Mapping[str, Any]]],
              max_edges: int) -> list[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """The ``max_edges`` edges with the most evidence, in their given order."""
    keep = set(map(id, sorted(edges, key=edge_rank)[:max_edges]))
    return [e for e in edges if id(e) in keep]


def _unique_ids(nodes: list[Any]) -> dict[Any, str]:
    """Map each node to a distinct string id (the page's ids are strings: 7 and "7" differ)."""
    ids: dict[Any, str] = {}
    taken: set[str] = set()
    for n in nodes:
        text = base = str(n)
        suffix = 1
        while text in taken:
            suffix += 1
            text = f"{base}#{suffix}"
        ids[n] = text
        taken.add(text)
    return ids


def _iter_edges(graph: nx.Graph) -> Iterable[tuple[Any, Any, Any, Any]]:
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, d in graph.edges(data=True):
            yield u, v, (d or {}).get("relation"), d


def _is_stated(key: Any, attrs: Mapping[str, Any]) -> bool:
    stated = attrs.get("stated")
    if isinstance(stated, bool):
        return stated
    return not str(key).endswith(_UNSTATED_SUFFIX)


def _edges_payload(
    edges: list[tuple[Any, Any, Any, Mapping[str, Any]]],
) -> tuple[list[str], list[list[Any]], list[dict[str, Any]]]:
    """Return (months, documents, edges) with evidence capped and documents deduplicated."""
    per_edge = max(1, min(_MAX_EVIDENCE_PER_EDGE, _EVIDENCE_BUDGET // max(1, len(edges))))
    docs: list[list[Any]] = []
    doc_index: dict[tuple[Any, ...], int] = {}
    month_set: set[str] = set()
    prepared = []
    for u, v, key, d in edges:
        evidence = [e for e in _as_list(d.get("evidence")) if isinstance(e, (dict, Mapping))]
        dates = [_iso_date(e.get("date")) for e in evidence]
        months: dict[str, int] = {}
        given = d.get("months")  # the whole timeline of an edge whose evidence was capped
        if isinstance(given, Mapping):
            months = {str(m)[:7]: _count(c, 0) for m, c in given.items()
                      if _DATE.match(f"{m}-01")}
        else:
            for day in dates:
                if day:
                    months[day[:7]] = months.get(day[:7], 0) + 1
        month_set.update(months)
        order = sorted(range(len(evidence)), key=lambda i: dates[i] or "", reverse=True)
        prepared.append((u, v, key, d, evidence, dates, months, order[:per_edge]))
    month_list = sorted(month_set)
    month_index = {m: i for i, m in enumerate(month_list)}

    out = []
    for i, (u, v, key, d, evidence, dates, months, chosen) in enumerate(prepared):
        rel = _text(d.get("relation"), 60) or str(key).split(":")[0] or "related"
        quad = _text(d.get("quad_class"), 40) or _quad_class(rel)
        symmetric = d.get("symmetric")
        if not isinstance(symmetric, bool):
            symmetric = rel in Relation._value2member_map_ and Relation(rel).symmetric
        count = _count(d.get("count"), len(evidence) or 1)
        ev_out = []
        for j in chosen:
            e = evidence[j]
            doc_key = (_text(e.get("doc_id"), 200), _text(e.get("url"), 2000),
                       _text(e.get("title"), 400), _text(e.get("outlet"), 200), dates[j])
            if doc_key not in doc_index:
                doc_index[doc_key] = len(docs)
                docs.append([doc_key[2], doc_key[3], _safe_url(e.get("url")), dates[j]])
            sentence = _text(e.get("sentence"), _MAX_TEXT_CHARS) or ""
            ev_out.append([
                doc_index[doc_key],
                sentence,
                _trigger_spans(sentence, e.get("trigger"), e.get("trigger_start"), e.get("start")),
                _text(e.get("modality"), 20) or "asserted",
                bool(e.get("negated")),
                _number(e.get("confidence")),
            ])
        dated = sum(months.values())
        out.append({
            "id": i,
            "from": str(u),
            "to": str(v),
            "rel": rel,
            "qc": quad,
            "sym": symmetric,
            "stated": _is_stated(key, d),
            "count": count,
            "docs": _count(d.get("documents"), len({e[0] for e in ev_out}) or 1),
            "stories": _count(d.get("stories") or d.get("documents"),
                              len({e[0] for e in ev_out}) or 1),
            "outlets": [o for o in (_text(x, 200) for x in _as_list(d.get("outlets"))) if o][:20],
            "first": _iso_date(d.get("first_date")) or (min(filter(None, dates), default=None)),
            "last": _iso_date(d.get("last_date")) or (max(filter(None, dates), default=None)),
            "conf": _number(d.get("mean_confidence")),
            "m": [[month_index[m], c] for m, c in sorted(months.items())],
            "undated": max(0, count - dated),
            "ev": ev_out,
        })
    return month_list, docs, out


def _trigger_spans(sentence: str, trigger: Any, trigger_start: Any, start: Any) -> list[list[int]]:
    """Return ``[[begin, end], ...]`` of the trigger words in ``sentence`` as UTF-16 offsets.

    Uses the document offsets (``trigger_start`` - ``start``) when they match, else searches
    the trigger phrase, else each of its words, as whole words, case-insensitively.
    """
    trigger = _text(trigger, 200)
    if not trigger or not sentence:
        return []
    spans: list[tuple[int, int]] = []
    if isinstance(trigger_start, int) and isinstance(start, int):
        rel = trigger_start - start
        if 0 <= rel and sentence[rel:rel + len(trigger)] == trigger:
            spans = [(rel, rel + len(trigger))]
    if not spans:
        found = _whole_words(trigger).search(sentence)
        if found:
            spans = [found.span()]
    if not spans:
        for word in re.findall(r"\w[\w'-]*", trigger):
            hit = _whole_words(word).search(sentence)
            if hit and len(word) > 1:
                spans.append(hit.span())
        spans = sorted(set(spans))
        spans = [s for k, s in enumerate(spans) if k == 0 or s[0] >= spans[k - 1][1]]
    if not sentence.isascii() and _ASTRAL.search(sentence):  # JavaScript counts UTF-16 units
        def utf16(i: int) -> int:
            return len(sentence[:i].encode("utf-16-le")) // 2

        spans = [(utf16(a), utf16(b)) for a, b in spans]
    return [[a, b] for a, b in spans]


@lru_cache(maxsize=4096)
def _whole_words(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# layout


def force_layout(n: int, pairs: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Return an ``(n, 2)`` array of positions (pixels) from a force-directed layout.

    Linked actors get a Fruchterman-Reingold layout in which an actor repels in proportion to
    its degree (as in ForceAtlas2), so hubs get room for their neighbours; actors without any
    relation are lined up in rows below. Up to a few hundred nodes all pairs repel exactly;
    above, repulsion is computed on a grid with an FFT convolution (particle-mesh), so 20,000
    nodes take about a second. Deterministic.
    """
    pos = np.zeros((n, 2))
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if n == 0:
        return pos
    w = np.ones(len(pairs)) if weights is None or len(weights) != len(pairs) else np.asarray(
        weights, dtype=float)
    linked = np.zeros(n, dtype=bool)
    linked[pairs.ravel()] = True
    core = np.flatnonzero(linked)
    if len(core):
        remap = np.full(n, -1, dtype=np.int64)
        remap[core] = np.arange(len(core))
        pos[core] = _spring(len(core), remap[pairs], w)
    alone = np.flatnonzero(~linked)
    if len(alone):
        if len(core):
            left, top = pos[core, 0].min(), pos[core, 1].max() + 2.0
            width = max(pos[core, 0].max() - left, math.sqrt(len(alone)))
        else:
            width = math.sqrt(len(alone)) * 1.5
            left, top = -width / 2, 0.0
        columns = max(1, int(width // 1.2) + 1)
        pos[alone, 0] = left + (np.arange(len(alone)) % columns) * 1.2
        pos[alone, 1] = top + (np.arange(len(alone)) // columns) * 1.2
    pos -= pos.mean(axis=0)
    return pos * _PIXELS_PER_UNIT


def _spring(n: int, pairs: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Degree-weighted Fruchterman-Reingold on ``n`` linked nodes; ideal edge length 1."""
    if n == 1:
        return np.zeros((1, 2))
    mass = 1.0 + np.bincount(pairs.ravel(), minlength=n)
    total = float(mass.sum())
    rng = np.random.default_rng(20250711)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(total) * 0.5
    exact = n <= _EXACT_LAYOUT_MAX_NODES
    iterations = 150 if exact else 90
    repulse = _exact_repulsion if exact else _GridRepulsion(n)
    temperature = math.sqrt(total) * 0.3
    cool = (0.01 / temperature) ** (1.0 / iterations)
    for _ in range(iterations):
        acc = repulse(pos, mass)
        delta = pos[pairs[:, 1]] - pos[pairs[:, 0]]
        pull = delta * (np.sqrt((delta**2).sum(axis=1)) * w)[:, None]
        for axis in (0, 1):
            force = np.bincount(pairs[:, 0], pull[:, axis], minlength=n)
            force -= np.bincount(pairs[:, 1], pull[:, axis], minlength=n)
            acc[:, axis] += force / mass
        acc -= pos * _GRAVITY
        length = np.sqrt((acc**2).sum(axis=1)) + 1e-9
        pos += acc * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cool
    # the odd node kicked far out would make "fit to screen" shrink everything: bring it back
    pos -= pos.mean(axis=0)
    radius = np.sqrt((pos**2).sum(axis=1)) + 1e-9
    limit = float(np.quantile(radius, 0.99)) * 1.15 + 1.0
    far = radius > limit
    pos[far] *= (limit / radius[far])[:, None]
    return pos


def _exact_repulsion(pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Acceleration of each node away from every other, sum of m_j / d over all pairs."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    inv = dx * dx + dy * dy
    np.maximum(inv, 1e-4, out=inv)
    np.reciprocal(inv, out=inv)
    np.fill_diagonal(inv, 0.0)
    return np.stack([(dx * inv) @ mass, (dy * inv) @ mass], axis=1)


class _GridRepulsion:
    """All-pairs m_j/d repulsion approximated on a grid: deposit masses, convolve by FFT."""

    def __init__(self, n: int) -> None:
        self.size = int(min(256, max(64, 2 ** math.ceil(math.log2(2 * math.sqrt(n))))))
        g = self.size
        offsets = np.arange(-g, g)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = (dx**2 + dy**2).astype(float)
        r2[g, g] = np.inf
        kernel_x, kernel_y = dx / r2, dy / r2
        # kernels centred at index 0 for circular convolution on the padded 2g x 2g grid
        self.fx = np.fft.rfft2(np.fft.ifftshift(kernel_x))
        self.fy = np.fft.rfft2(np.fft.ifftshift(kernel_y))

    def __call__(self, pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
        g = self.size
        low = pos.min(axis=0)
        span = float((pos.max(axis=0) - low).max()) + 1e-9
        cell = span / (g - 1)
        idx = np.clip(((pos - low) / cell).round().astype(np.int64), 0, g - 1)
        flat = idx[:, 0] * (2 * g) + idx[:, 1]
        density = np.bincount(flat, mass, minlength=4 * g * g).reshape(2 * g, 2 * g)
        spectrum = np.fft.rfft2(density)
        field_x = np.fft.irfft2(spectrum * self.fx, s=density.shape)
        field_y = np.fft.irfft2(spectrum * self.fy, s=density.shape)
        disp = np.stack([field_x.ravel()[flat], field_y.ravel()[flat]], axis=1) / cell
        # nodes sharing a cell get no force from each other: spread them a little
        shared = density.ravel()[flat] > mass
        if shared.any():
            jitter = np.random.default_rng(len(pos)).normal(size=(int(shared.sum()), 2))
            disp[shared] += jitter * 0.5
        return disp


def circular_layout(n: int, pairs: np.ndarray) -> np.ndarray:
    """Return positions (pixels) with each connected component on its own circle, in a grid."""
    if n == 0:
        return np.zeros((0, 2))
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, pairs.reshape(-1, 2).tolist()))
    components = sorted(nx.connected_components(g), key=len, reverse=True)
    pos = np.zeros((n, 2))
    spacing = 60.0
    x = y = row_height = 0.0
    width = max(800.0, math.sqrt(n) * spacing * 2)
    for comp in components:
        members = sorted(comp)
        radius = 0.0 if len(members) == 1 else spacing * len(members) / (2 * math.pi) + 20
        if x + 2 * radius > width and x > 0:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        angles = np.linspace(0, 2 * math.pi, len(members), endpoint=False)
        pos[members, 0] = x + radius + radius * np.cos(angles)
        pos[members, 1] = y + radius + radius * np.sin(angles)
        x += 2 * radius + spacing
        row_height = max(row_height, 2 * radius)
    return pos - pos.mean(axis=0)


# --------------------------------------------------------------------------------------------
# page assembly


def _fill_template(payload: dict[str, Any], title: str) -> str:
    app_js = _template("network.js")
    vis_js = _vis_js()
    parts = {
        "title": _html.escape(title),
        "csp": _csp(vis_js, app_js),
        "style": _template("network.css"),
        "data": _json_for_script(payload),
        "vis": vis_js,
        "app": app_js,
    }
    # one pass, so text inside a value can never be taken for a placeholder
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _template("network.html"))


def _json_for_script(payload: Any) -> str:
    """JSON that cannot end its ``<script>`` element or be read as HTML."""
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp(*scripts: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; img-src data: blob:; "
        "connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )


@lru_cache(maxsize=None)
def _template(name: str) -> str:
    try:
        text = resources.files("geokg").joinpath("templates", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError(
            f"the HTML template geokg/templates/{name} is missing; reinstall geokg"
        ) from exc
    if name.endswith(".js") and "</script" in text.lower():
        raise DataError(f"geokg/templates/{name} must not contain '</script'")
    return text


@lru_cache(maxsize=1)
def _vis_js() -> str:
    try:
        import pyvis
    except ImportError as exc:
        raise GeokgError(
            "the HTML network needs the vis-network library shipped with pyvis: pip install pyvis"
        ) from exc
    path = Path(pyvis.__file__).resolve().parent.joinpath(*_VIS_JS)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeokgError(
            f"vis-network was not found at {path}; reinstall pyvis (pip install 'pyvis>=0.3.2')"
        ) from exc
    if "</script" in text.lower():
        raise GeokgError(f"{path} contains '</script' and cannot be inlined; reinstall pyvis")
    return text


@lru_cache(maxsize=1)
def _style() -> dict[str, Any]:
    raw = load_json(data_path("html", "style.json"))
    for section in ("types", "regions", "quad_classes"):
        entries = raw.get(section) if isinstance(raw, dict) else None
        if not isinstance(entries, dict) or "other" not in entries and section != "quad_classes":
            raise DataError(
                f"data/html/style.json needs an object {section!r} with an 'other' entry"
            )
        for key, entry in entries.items():
            color = entry.get("color") if isinstance(entry, dict) else None
            if not isinstance(color, str) or not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
                raise DataError(
                    f"data/html/style.json: {section}.{key} needs a colour like #4e79a7"
                )
    missing = {q.value for q in QuadClass} - set(raw["quad_classes"])
    if missing:
        raise DataError(f"data/html/style.json: quad_classes lacks {sorted(missing)}")
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    raw = load_json(data_path("html", "regions.json"))
    regions = raw.get("regions") if isinstance(raw, dict) else None
    if not isinstance(regions, dict):
        raise DataError("data/html/regions.json must hold an object 'regions'")
    known = set(_style()["regions"])
    out: dict[str, str] = {}
    for region, codes in regions.items():
        if region not in known or not isinstance(codes, list):
            raise DataError(
                f"data/html/regions.json: region {region!r} needs a list of ISO3 codes and an "
                "entry in data/html/style.json"
            )
        out.update({str(c).upper(): region for c in codes})
    return out


# --------------------------------------------------------------------------------------------
# lenient readers of attribute values (bad input never crashes the page)


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) and isinstance(getattr(value, "value", None), str):  # enums
        value = value.value
    text = (value if isinstance(value, str) else str(value)).strip()
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _alias(value: Any) -> str | None:
    return _text(value, 200)


def _as_list(value: Any) -> list[Any]:
    if type(value) is list:
        return value
    if value is None or isinstance(value, (str, bytes, Mapping)):
        return [value] if isinstance(value, str) else []
    try:
        return list(value)
    except TypeError:
        return []


def _count(value: Any, default: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return number if number >= 0 else default


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 3) if math.isfinite(number) else None


def _iso_date(value: Any) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        return _iso_date_text(value)
    return None


@lru_cache(maxsize=8192)
def _iso_date_text(value: str) -> str | None:
    if _DATE.match(value.strip()):
        text = value.strip()[:10]
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            return None
        return text
    return None


def _safe_url(value: Any) -> str | None:
    """Return ``value`` when it is an http(s) URL with a host, else ``None``."""
    text = _text(value, 2000)
    if not text or _SPACE_OR_CONTROL.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _quad_class(relation: str) -> str:
    if relation in Relation._value2member_map_:
        return Relation(relation).quad_class.value
    return QuadClass.STRUCTURAL.value
