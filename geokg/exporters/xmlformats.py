"""GraphML and GEXF, written element by element from a graph source (any size, bounded
memory), and read back with networkx.

Attributes are scalars: lists (aliases, outlets, evidence) are JSON strings and ``None`` is left
out. Code points XML 1.0 forbids are removed; line ends and tabs are written as character
references so that parsers give them back. The dynamic GEXF gives each edge ``start``/``end``
(its first and last dated evidence) for Gephi's timeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from .base import (EDGE_ATTRS, NODE_ATTRS, GraphSource, atomic_file, edge_key, flat,
                   open_error, typed, xml_attr)

_GRAPHML_TYPES = {"str": "string", "int": "long", "float": "double", "bool": "boolean",
                  "list": "string"}
_GEXF_TYPES = {"str": "string", "int": "long", "float": "double", "bool": "boolean",
               "list": "string"}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_attr(value)


# -- GraphML ----------------------------------------------------------------------------------

def write_graphml(source: GraphSource, path: Path) -> None:
    """GraphML (opens in Gephi, yEd, Cytoscape), one node or edge element at a time."""
    node_keys = {a: f"n{i}" for i, a in enumerate(NODE_ATTRS)}
    edge_keys = {a: f"e{i}" for i, a in enumerate(EDGE_ATTRS)}
    with atomic_file(path) as fh:
        w = fh.write
        w("<?xml version='1.0' encoding='utf-8'?>\n"
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
          'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for where, kinds, ids in (("node", NODE_ATTRS, node_keys), ("edge", EDGE_ATTRS, edge_keys)):
            for attr, kind in kinds.items():
                w(f'  <key id="{ids[attr]}" for="{where}" attr.name="{attr}" '
                  f'attr.type="{_GRAPHML_TYPES[kind]}"/>\n')
        w('  <graph edgedefault="directed">\n')
        for n, d in source.nodes():
            w(f'    <node id="{xml_attr(n)}">')
            _graphml_data(w, flat(d, NODE_ATTRS), node_keys)
            w("</node>\n")
        for u, v, k, d in source.edges():
            w(f'    <edge id="{xml_attr(k)}" source="{xml_attr(u)}" target="{xml_attr(v)}">')
            _graphml_data(w, flat(d, EDGE_ATTRS), edge_keys)
            w("</edge>\n")
        w("  </graph>\n</graphml>\n")


def _graphml_data(w: Any, attrs: dict[str, Any], keys: dict[str, str]) -> None:
    for attr, value in attrs.items():
        if attr in keys:
            w(f'<data key="{keys[attr]}">{_value(value)}</data>')


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_graphml`, with list attributes decoded."""
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
        return _typed_graph(graph)
    except Exception as exc:  # XML errors vary
        raise open_error(path, exc) from exc


# -- GEXF -------------------------------------------------------------------------------------

def write_gexf(source: GraphSource, path: Path, *, dynamic: bool = False) -> None:
    """GEXF 1.2 (Gephi's own format); node labels are actor names, edge labels relations.

    ``dynamic``: each dated edge lives from its first to its last evidence date (``start``/
    ``end``), so Gephi's timeline can play the graph; undated edges are always there.
    """
    node_ids = {a: str(i) for i, a in enumerate(NODE_ATTRS)}
    edge_ids = {a: str(i) for i, a in enumerate(EDGE_ATTRS)}
    mode = ' mode="dynamic" timeformat="date"' if dynamic else ' mode="static"'
    with atomic_file(path) as fh:
        w = fh.write
        w("<?xml version='1.0' encoding='utf-8'?>\n"
          '<gexf xmlns="http://www.gexf.net/1.2draft" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://www.gexf.net/1.2draft '
          'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
          "  <meta><creator>geokg</creator></meta>\n"
          f'  <graph defaultedgetype="directed"{mode}>\n')
        for where, kinds, ids in (("node", NODE_ATTRS, node_ids), ("edge", EDGE_ATTRS, edge_ids)):
            w(f'    <attributes class="{where}" mode="static">\n')
            for attr, kind in kinds.items():
                w(f'      <attribute id="{ids[attr]}" title="{attr}" '
                  f'type="{_GEXF_TYPES[kind]}"/>\n')
            w("    </attributes>\n")
        w("    <nodes>\n")
        for n, d in source.nodes():
            w(f'      <node id="{xml_attr(n)}" label="{xml_attr(d.get("name") or n)}">')
            _gexf_values(w, flat(d, NODE_ATTRS), node_ids)
            w("</node>\n")
        w("    </nodes>\n    <edges>\n")
        for i, (u, v, k, d) in enumerate(source.edges()):
            span = ""
            if dynamic and d.get("first_date"):
                span = f' start="{xml_attr(d["first_date"])}" end="{xml_attr(d["last_date"])}"'
            w(f'      <edge id="{i}" source="{xml_attr(u)}" target="{xml_attr(v)}" '
              f'label="{xml_attr(k)}"{span}>')
            _gexf_values(w, flat(d, EDGE_ATTRS), edge_ids)
            w("</edge>\n")
        w("    </edges>\n  </graph>\n</gexf>\n")


def _gexf_values(w: Any, attrs: dict[str, Any], ids: dict[str, str]) -> None:
    values = [(ids[a], v) for a, v in attrs.items() if a in ids]
    if values:
        w("<attvalues>" + "".join(f'<attvalue for="{i}" value="{_value(v)}"/>'
                                  for i, v in values) + "</attvalues>")


def read_gexf(path: Path) -> nx.MultiDiGraph:
    """The graph written by :func:`write_gexf`, with list attributes decoded (a dynamic GEXF's
    ``start``/``end`` are kept as edge attributes)."""
    try:
        graph = nx.read_gexf(path)
        if not graph.is_multigraph():
            graph = nx.MultiDiGraph(graph)
        return _typed_graph(graph)
    except Exception as exc:  # XML errors vary
        raise open_error(path, exc) from exc


def _typed_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        d = {k: v for k, v in d.items() if k not in ("label", "id")}
        g.add_node(str(n), **typed(d, NODE_ATTRS))
    for u, v, k, d in graph.edges(keys=True, data=True):
        d = typed({a: b for a, b in d.items() if a not in ("id", "label", "networkx_key")},
                  EDGE_ATTRS)
        g.add_edge(str(u), str(v), key=edge_key(d, k), **d)
    return g
