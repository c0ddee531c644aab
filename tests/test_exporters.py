"""Every export format round-trips the merged graph; Gephi-safe attributes; Neo4j escaping."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geokg import exporters
from geokg.errors import InputError, UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Modality, Relation, Triple
from geokg.store import Store

NASTY = "O'Brien \\ \"quoted\", comma;\nnew line\ttab — ünïcödé 中文"


def _graph() -> nx.MultiDiGraph:
    person = Actor(id="person:o'brien", name=NASTY, type=ActorType.PERSON, country="IRL",
                   aliases=("a,b", 'say "hi"'))
    irl = Actor(id="IRL", name="Ireland", type=ActorType.STATE)
    gbr = Actor(id="GBR", name="United Kingdom", type=ActorType.STATE)
    doc = Document(id="doc,1", text="t", date="2025-02-03", outlet="The \"Times\"",
                   url="http://x/?a=1&b=2")

    def t(s, rel, o, i, **kw):
        return Triple(source=s, relation=Relation(rel), target=o, evidence=Evidence(
            doc_id=doc.doc_id, sentence=f"{NASTY} {i}", start=i, end=i + 5, date=doc.date,
            outlet=doc.outlet, url=doc.url, trigger="said"), **kw)

    store = Store()
    store.add(doc, [t(person, "represents", irl, 0), t(irl, "tension", gbr, 1),
                    t(gbr, "tension", irl, 2, confidence=0.25),
                    t(irl, "accuse", gbr, 3, modality=Modality.HYPOTHETICAL)])
    undated = Document(id="d2", text="u")
    store.add(undated, [Triple(source=gbr, relation=Relation.AID, target=irl, evidence=Evidence(
        doc_id="d2", sentence="GBR aids IRL.", start=0, end=13))])
    return store.to_networkx(include_unstated=True)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return _graph()


def same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    edges = lambda g: sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])  # noqa: E731
    return dict(a.nodes(data=True)) == dict(b.nodes(data=True)) and edges(a) == edges(b)


READERS = {
    "json": exporters.read_json, "graphml": exporters.read_graphml,
    "gexf": exporters.read_gexf, "csv": exporters.read_csv, "neo4j": exporters.read_neo4j,
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_round_trip(tmp_path, graph, fmt):
    path = exporters.export(graph, tmp_path / f"out.{fmt}", fmt)
    back = READERS[fmt](path)
    assert same(graph, back)
    assert graph.number_of_edges() == 4 and graph.nodes["IRL"]["country"] is None


def test_the_graph_has_what_round_trips_must_keep(graph):
    assert set(graph["IRL"]["GBR"]) == {"accuse:unstated"}
    assert graph["GBR"]["IRL"]["aid"]["first_date"] is None
    assert graph.nodes["person:o'brien"]["aliases"] == ["a,b", 'say "hi"']


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_have_only_scalar_attributes(tmp_path, graph, fmt):
    path = exporters.export(graph, tmp_path / f"g.{fmt}", fmt)
    root = ET.parse(path).getroot()
    types = {el.get("attr.type") or el.get("type") for el in root.iter()
             if el.tag.endswith("}key") or el.tag.endswith("}attribute")}
    assert types and types <= {"string", "boolean", "int", "long", "float", "double",
                               "liststring"} - {"liststring"}
    # a plain reader (what Gephi sees) gets JSON text for list attributes
    plain = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert isinstance(plain.nodes["person:o'brien"]["aliases"], str)


def test_neo4j_admin_headers(tmp_path, graph):
    out = exporters.write_neo4j(graph, tmp_path / "neo")
    with open(out / "nodes.csv", newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[0] == "id:ID" and header[-1] == ":LABEL" and "evidence:int" in header
    with open(out / "relationships.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"count:int", "stated:boolean", "score:float"} <= set(rows[0])
    assert {r[2] for r in rows[1:]} == {"REPRESENTS", "TENSION", "ACCUSE", "AID"}
    with open(out / "nodes.csv", newline="", encoding="utf-8") as fh:
        labels = {r[0]: r[-1] for r in csv.reader(fh)}
    assert labels["IRL"] == "Actor;State" and labels["person:o'brien"] == "Actor;Person"


_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'")
_ESC = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'"}


def _unescape(body: str) -> str:
    def sub(m: re.Match) -> str:
        c = m.group(1)
        return chr(int(c[1:], 16)) if c.startswith("u") else _ESC[c]
    return re.sub(r"\\(u[0-9a-f]{4}|.)", sub, body)


def test_cypher_script_escapes_every_string(tmp_path, graph):
    out = exporters.write_neo4j(graph, tmp_path / "neo")
    script = (out / "import.cypher").read_text(encoding="utf-8")
    lines = script.strip().split("\n")
    assert len(lines) == 1 + graph.number_of_nodes() + graph.number_of_edges()
    assert all(line.endswith(";") for line in lines)  # no raw newline split a statement
    literals = {_unescape(m) for m in _LITERAL.findall(script)}
    assert NASTY in literals and "person:o'brien" in literals
    assert "MERGE (a)-[r:ACCUSE {stated: false}]->(b)" in script


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_cypher_string_round_trips(text):
    lit = exporters.cypher_string(text)
    assert "\n" not in lit and "\r" not in lit
    m = _LITERAL.fullmatch(lit)
    assert m is not None and _unescape(m.group(1)) == text


def test_unknown_format_and_bad_files(tmp_path, graph):
    with pytest.raises(UsageError, match="unknown export format"):
        exporters.export(graph, tmp_path / "x.png", "png")
    with pytest.raises(UsageError, match="directory"):
        exporters.export(graph, tmp_path, "json")
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    with pytest.raises(InputError, match="junk.json"):
        exporters.read_json(junk)
    with pytest.raises(InputError):
        exporters.read_graphml(junk)
    with pytest.raises(InputError):
        exporters.read_csv(tmp_path / "nowhere")


def test_empty_and_single_edge_graphs_round_trip(tmp_path):
    store = Store()
    empty = store.to_networkx()
    a, b = (Actor(id=x, name=x, type=ActorType.STATE) for x in ("AAA", "BBB"))
    store.add(Document(text="one"), [Triple(source=a, relation=Relation.AID, target=b,
                                            evidence=Evidence(doc_id="x", sentence="s",
                                                              start=0, end=1))])
    single = store.to_networkx()  # no parallel edges: readers must still restore the keys
    for n, graph in enumerate([empty, single]):
        for fmt, reader in READERS.items():
            back = reader(exporters.export(graph, tmp_path / f"g{n}.{fmt}", fmt))
            assert same(graph, back), fmt


@pytest.mark.parametrize("fmt", exporters.FORMATS)
def test_every_format_creates_missing_folders(tmp_path, graph, fmt):
    path = exporters.export(graph, tmp_path / "new" / "deeper" / f"out.{fmt}", fmt)
    assert path.exists()


@pytest.mark.parametrize("fmt", exporters.FORMATS)
def test_unwritable_paths_are_usage_errors(tmp_path, graph, fmt):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for bad in (blocker / f"out.{fmt}", tmp_path / ("x" * 300 + f".{fmt}")):
        with pytest.raises(UsageError, match="cannot write"):
            exporters.export(graph, bad, fmt)
