"""Every export format round-trips the merged graph; Gephi-safe attributes; Neo4j escaping."""

from __future__ import annotations

import csv
import datetime as dt
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


def out(tmp_path, fmt, stem="out"):
    """A file name for file formats, a folder name for folder formats."""
    return tmp_path / (f"{stem}_{fmt}" if fmt in exporters.FOLDER_FORMATS else f"{stem}.{fmt}")


@pytest.mark.parametrize("fmt", list(READERS))
def test_round_trip(tmp_path, graph, fmt):
    path = exporters.export(graph, out(tmp_path, fmt), fmt)
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


_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'")
_ESC = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'"}


def _unescape(body: str) -> str:
    def sub(m: re.Match) -> str:
        c = m.group(1)
        return chr(int(c[1:], 16)) if c.startswith("u") else _ESC[c]
    return re.sub(r"\\(u[0-9a-f]{4}|.)", sub, body)


def test_cypher_script_escapes_every_string(tmp_path, graph):
    folder = exporters.write_neo4j(graph, tmp_path / "neo")
    script = (folder / "import.cypher").read_text(encoding="utf-8")
    literals = {_unescape(m) for m in _LITERAL.findall(script)}
    assert NASTY in literals and "person:o'brien" in literals
    assert f"{NASTY} 3" in literals  # evidence sentences too
    assert "MERGE (a)-[r:`ACCUSE` {stated: row.stated}]->(b)" in script
    assert "stated: false" in script


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
            back = reader(exporters.export(graph, out(tmp_path, fmt, f"g{n}"), fmt))
            assert same(graph, back), fmt


@pytest.mark.parametrize("fmt", exporters.FORMATS)
def test_every_format_creates_missing_folders(tmp_path, graph, fmt):
    path = exporters.export(graph, out(tmp_path / "new" / "deeper", fmt), fmt)
    assert path.exists()


@pytest.mark.parametrize("fmt", exporters.FORMATS)
def test_exported_files_get_the_permissions_a_plain_write_gives(tmp_path, graph, fmt):
    import os
    import stat
    old = os.umask(0o022)
    try:
        path = exporters.export(graph, out(tmp_path, fmt), fmt)
    finally:
        os.umask(old)
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    assert files
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o644, f  # not mkstemp's 0600
    for f in files:
        f.chmod(0o640)
    exporters.export(graph, path, fmt)  # a re-export keeps the mode the user gave the file
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o640, f


@pytest.mark.parametrize("fmt", exporters.FORMATS)
def test_unwritable_paths_are_usage_errors(tmp_path, graph, fmt):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for bad in (out(blocker, fmt), out(tmp_path, fmt, "x" * 300)):
        with pytest.raises(UsageError, match="cannot write"):
            exporters.export(graph, bad, fmt)


# -- Neo4j by Neo4j's rules -----------------------------------------------------------------------
# An independent reading of the files by the import tool's documented CSV rules: "name:type"
# headers, "" doubled inside quoted fields, an empty field is no property, booleans are the text
# true/false, dates YYYY-MM-DD, arrays split by the declared --array-delimiter.

def _declared_array_delimiter(folder):
    script = (folder / "import.sh").read_text(encoding="utf-8")
    m = re.search(r"--array-delimiter=U\+([0-9A-Fa-f]{4})", script)
    assert m, "import.sh must declare the array delimiter"
    return chr(int(m.group(1), 16))


_VALID = {
    "int": lambda t: re.fullmatch(r"-?\d+", t),
    "float": lambda t: re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", t),
    "boolean": lambda t: t in ("true", "false"),
    "date": lambda t: re.fullmatch(r"\d{4}-\d{2}-\d{2}", t),
}


def _neo4j_rows(path, delimiter):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=",", quotechar='"', doublequote=True))
    header, body = rows[0], rows[1:]
    typed_rows = []
    for raw in body:
        assert len(raw) == len(header)
        row = {}
        for col, text in zip(header, raw):
            name, _, kind = col.partition(":")
            kind = kind or "string"
            if text == "":
                continue  # no property
            if kind.endswith("[]") or kind == "LABEL":
                row[col] = text.split(delimiter)
                continue
            base = kind.split("(")[0]
            if base in _VALID:
                assert _VALID[base](text), f"{col}={text!r} is not a Neo4j {base}"
            row[col] = {"int": int, "float": float, "boolean": lambda t: t == "true",
                        "date": dt.date.fromisoformat}.get(base, str)(text)
        typed_rows.append(row)
    return header, typed_rows


def test_neo4j_files_follow_the_import_tools_rules(tmp_path, graph):
    folder = exporters.write_neo4j(graph, tmp_path / "neo")
    delim = _declared_array_delimiter(folder)
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--multiline-fields=true" in script
    files = set(re.findall(r"--(?:nodes|relationships)=(\S+\.csv)", script))
    assert files == {p.name for p in folder.glob("*.csv")}

    head, actors = _neo4j_rows(folder / "actors.csv", delim)
    assert head[0] == "id:ID(Actor)" and head[-1] == ":LABEL"
    assert {"aliases:string[]", "evidence:int"} <= set(head)
    by_id = {a["id:ID(Actor)"]: a for a in actors}
    assert by_id["IRL"][":LABEL"] == ["Actor", "State"]
    assert by_id["person:o'brien"]["aliases:string[]"] == ["a,b", 'say "hi"']
    assert by_id["person:o'brien"]["name"] == NASTY
    assert "country" not in by_id["IRL"]  # None: no property, not the text "None"

    head, rels = _neo4j_rows(folder / "relationships.csv", delim)
    assert head[:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    assert {"stated:boolean", "symmetric:boolean", "count:int", "score:float",
            "outlets:string[]", "first_date:date", "last_date:date"} <= set(head)
    assert "evidence" not in " ".join(head)  # evidence are nodes, not one cell
    by_type = {r[":TYPE"]: r for r in rels}
    assert set(by_type) == {"REPRESENTS", "TENSION", "ACCUSE", "AID"}
    assert by_type["ACCUSE"]["stated:boolean"] is False
    assert by_type["TENSION"]["stated:boolean"] is True
    assert by_type["TENSION"]["symmetric:boolean"] is True
    assert by_type["TENSION"]["first_date:date"] == dt.date(2025, 2, 3)
    assert by_type["TENSION"]["outlets:string[]"] == ['The "Times"']
    assert "first_date:date" not in by_type["AID"]
    assert all(r[":START_ID(Actor)"] in by_id and r[":END_ID(Actor)"] in by_id for r in rels)

    _, docs = _neo4j_rows(folder / "documents.csv", delim)
    _, evidence = _neo4j_rows(folder / "evidence.csv", delim)
    assert len(evidence) == sum(d["count"] for *_x, d in graph.edges(keys=True, data=True))
    assert {d["doc_id"] for d in docs} == {"doc,1", "d2"}
    ev_ids = {e["id:ID(Evidence)"] for e in evidence}
    assert all(e[":LABEL"] == ["Evidence"] for e in evidence)
    hedged = [e for e in evidence if e["relation"] == "accuse"]
    assert hedged[0]["stated:boolean"] is False and hedged[0]["negated:boolean"] is False
    assert hedged[0]["modality"] == "hypothetical"
    assert isinstance(hedged[0]["confidence:float"], float)
    assert hedged[0]["sentence"] == f"{NASTY} 3"  # line breaks kept (multiline fields)
    _, links = _neo4j_rows(folder / "evidence_actors.csv", delim)
    assert len(links) == 2 * len(evidence)
    assert {r[":TYPE"] for r in links} == {"SOURCE", "TARGET"}
    assert all(r[":START_ID(Evidence)"] in ev_ids and r[":END_ID(Actor)"] in by_id for r in links)
    _, in_doc = _neo4j_rows(folder / "evidence_documents.csv", delim)
    doc_ids = {d["id:ID(Document)"] for d in docs}
    assert len(in_doc) == len(evidence)
    assert all(r[":END_ID(Document)"] in doc_ids for r in in_doc)


def test_cypher_import_is_batched_unwind(tmp_path, graph, monkeypatch):
    from geokg.exporters import neo4j

    monkeypatch.setattr(neo4j, "CYPHER_BATCH", 2)
    folder = exporters.write_neo4j(graph, tmp_path / "neo")
    script = (folder / "import.cypher").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.split("\n") if not line.startswith("//"))
    statements = [s for s in re.split(r";\n", code) if s.strip()]
    unwinds = [s for s in statements if s.startswith("UNWIND [")]
    assert len(unwinds) == len(statements) - 3  # three constraints, the rest batched
    for s in unwinds:
        rows = s.split("\n")[1:-2]  # between "UNWIND [" and "] AS row"
        assert 1 <= len(rows) <= 2
    # every actor, edge and sentence is in exactly one row
    n_rows = sum(len(s.split("\n")[1:-2]) for s in unwinds)
    n_docs = 2
    assert n_rows == (graph.number_of_nodes() + graph.number_of_edges() + n_docs
                      + sum(d["count"] for *_x, d in graph.edges(keys=True, data=True)))
    assert "date('2025-02-03')" in script and "aliases: ['a,b', 'say \"hi\"']" in script


# -- files always whole and valid ------------------------------------------------------------------

def _odd_store(name, outlet="Outlet", sentence="Sentence."):
    store = Store()
    a = Actor(id="AAA", name=name, type=ActorType.STATE, aliases=(name,))
    b = Actor(id="BBB", name="Bee", type=ActorType.ORGANISATION)
    doc = Document(id="d", text="t", date="2025-03-04", outlet=outlet)
    store.add(doc, [Triple(source=a, relation=Relation.AID, target=b, evidence=Evidence(
        doc_id="d", sentence=sentence, start=0, end=1, date=doc.date, outlet=outlet))])
    return store


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_invalid_code_points_are_removed(tmp_path, fmt):
    store = _odd_store("Bad\x0bname\ufffe\uffff end", outlet="Out\ufffelet\x01")
    path = exporters.export(store.subgraph(), tmp_path / f"g.{fmt}", fmt)
    ET.parse(path)  # well-formed XML
    back = READERS[fmt](path)
    assert back.nodes["AAA"]["name"] == "Badname end"
    # inside JSON-encoded lists a C0 control travels as a JSON escape, so it is kept
    assert back["AAA"]["BBB"]["aid"]["outlets"] == ["Outlet\x01"]


def test_a_failed_export_keeps_the_old_file_whole(tmp_path, graph):
    path = exporters.export(graph, tmp_path / "g.graphml", "graphml")
    before = path.read_bytes()

    class Broken:
        def nodes(self):
            yield from graph.nodes(data=True)

        def edges(self, evidence=True, months=False):
            raise RuntimeError("the disk is gone")
            yield

    for fmt, target in (("graphml", path), ("neo4j", tmp_path / "neo"), ("csv", tmp_path / "c")):
        with pytest.raises(RuntimeError):
            exporters.export(Broken(), target, fmt)
    assert path.read_bytes() == before
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []
    assert not (tmp_path / "neo" / "actors.csv").exists()  # nothing half-written in place


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path):
    store = _odd_store("=HYPERLINK(\"http://x\")", outlet="+cmd", sentence="-2+3")
    folder = exporters.export(store.subgraph(), tmp_path / "safe", "csv")
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as fh:
        names = {r["id"]: r["name"] for r in csv.DictReader(fh)}
    assert names["AAA"] == "'=HYPERLINK(\"http://x\")"
    assert exporters.read_csv(folder).nodes["AAA"]["name"] == "=HYPERLINK(\"http://x\")"
    raw = exporters.export(store.subgraph(), tmp_path / "raw", "csv", neutralise=False)
    with open(raw / "nodes.csv", newline="", encoding="utf-8") as fh:
        assert {r["id"]: r["name"] for r in csv.DictReader(fh)}["AAA"].startswith("=")
    assert exporters.read_csv(raw, neutralised=False).nodes["AAA"]["name"].startswith("=")


@pytest.mark.parametrize("name", ["g.csv", "edges.parquet"])
def test_a_folder_format_refuses_a_file_name(tmp_path, graph, name):
    fmt = "csv" if name.endswith("csv") else "parquet"
    with pytest.raises(UsageError, match="folder"):
        exporters.export(graph, tmp_path / name, fmt)
    assert not (tmp_path / name).exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        exporters.export(graph, tmp_path / "file", fmt)


_XML_OK = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@settings(max_examples=30, deadline=None)
@given(name=st.text(min_size=1, max_size=30), outlet=st.text(min_size=1, max_size=20),
       sentence=st.text(min_size=1, max_size=60))
def test_any_unicode_survives_every_format(tmp_path_factory, name, outlet, sentence):
    import json

    import pyarrow.parquet as pq

    tmp = tmp_path_factory.mktemp("u")
    store = _odd_store(name, outlet, sentence)
    sub = store.subgraph()
    clean = lambda t: _XML_OK.sub("", t)  # noqa: E731
    # JSON, by json
    data = json.loads(exporters.export(sub, tmp / "g.json", "json").read_text("utf-8"))
    node = next(n for n in data["nodes"] if n["id"] == "AAA")
    assert node["name"] == name and data["links"][0]["evidence"][0]["sentence"] == sentence
    # GraphML and GEXF, by an XML parser
    for fmt in ("graphml", "gexf"):
        root = ET.parse(exporters.export(sub, tmp / f"g.{fmt}", fmt)).getroot()
        texts = [el.text or "" for el in root.iter()] + [
            v for el in root.iter() for v in el.attrib.values()]
        assert clean(name) in texts or fmt == "gexf" and any(clean(name) == t for t in texts)
        back = READERS[fmt](tmp / f"g.{fmt}")
        assert (back.nodes["AAA"]["name"] or "") == clean(name)  # our reader: "" is None
        in_json = json.loads(clean(json.dumps(sentence, ensure_ascii=False)))  # controls kept
        assert back["AAA"]["BBB"]["aid"]["evidence"][0]["sentence"] == in_json
    # CSV, by the csv module (cells neutralised: one leading quote added)
    folder = exporters.export(sub, tmp / "c", "csv")
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as fh:
        row = {r["id"]: r for r in csv.DictReader(fh)}["AAA"]
    assert exporters.restore_cell(row["name"]) == name
    # Neo4j, by the import tool's rules
    folder = exporters.export(sub, tmp / "n", "neo4j")
    delim = _declared_array_delimiter(folder)
    _, actors = _neo4j_rows(folder / "actors.csv", delim)
    assert {a["id:ID(Actor)"]: a for a in actors}["AAA"]["name"] == name
    _, evidence = _neo4j_rows(folder / "evidence.csv", delim)
    assert evidence[0]["sentence"] == sentence
    # Parquet, by pyarrow
    folder = exporters.export(sub, tmp / "p", "parquet")
    nodes = pq.read_table(folder / "nodes.parquet").to_pylist()
    assert {n["id"]: n for n in nodes}["AAA"]["name"] == name
    assert pq.read_table(folder / "evidence.parquet").to_pylist()[0]["outlet"] == outlet


# -- streaming, filters, new targets -------------------------------------------------------------

def _news_store():
    store = Store()
    states = {c: Actor(id=c, name=n, type=ActorType.STATE) for c, n in
              (("RUS", "Russia"), ("UKR", "Ukraine"), ("USA", "United States"),
               ("FRA", "France"), ("CHN", "China"))}

    def t(s, rel, o, day, outlet, conf=0.9, **kw):
        date = dt.date(2025, 1, 1) + dt.timedelta(days=day)
        return Triple(source=states[s], relation=Relation(rel), target=states[o], confidence=conf,
                      evidence=Evidence(doc_id=f"d{day}", sentence=f"{s} {rel} {o} on {day}.",
                                        start=0, end=5, date=date, outlet=outlet), **kw)

    plan = [("RUS", "assault", "UKR", d, "AP") for d in range(0, 90, 3)] + [
        ("USA", "aid", "UKR", d, "BBC") for d in range(10, 70, 10)] + [
        ("FRA", "consult", "USA", 40, "AFP", 0.4), ("CHN", "consult", "RUS", 50, "TASS"),
        ("RUS", "threaten", "FRA", 60, "AP", 0.9, ), ("FRA", "ally", "USA", 80, "AFP")]
    for i, (s, rel, o, day, outlet, *conf) in enumerate(plan):
        doc = Document(id=f"doc{i}", text=f"text {i}", date=dt.date(2025, 1, 1)
                       + dt.timedelta(days=day), outlet=outlet)
        store.add(doc, [t(s, rel, o, day, outlet, *conf)])
    return store


@pytest.fixture(scope="module")
def news():
    return _news_store()


@pytest.mark.parametrize("fmt", list(READERS))
def test_streamed_export_equals_the_networkx_one(tmp_path, news, fmt):
    streamed = READERS[fmt](exporters.export(news.subgraph(), out(tmp_path, fmt, "s"), fmt))
    whole = READERS[fmt](exporters.export(news.to_networkx(), out(tmp_path, fmt, "w"), fmt))
    assert same(streamed, whole)
    assert same(streamed, news.to_networkx())


def test_subgraph_filters(news):
    def ends(**kw):
        g = exporters.to_graph(news.subgraph(**kw))
        return {(u, k, v) for u, v, k in g.edges(keys=True)}

    assert ends(actor="CHN", radius=1) == {("CHN", "consult", "RUS")}
    assert ends(actor="China", radius=2) == {("CHN", "consult", "RUS"), ("RUS", "assault", "UKR"),
                                             ("RUS", "threaten", "FRA")}
    ego = news.ego_graph("CHN", 2)
    assert set(exporters.to_graph(news.subgraph(actor="CHN", radius=2))) == set(ego)
    assert ends(relations=["aid"]) == {("USA", "aid", "UKR")}
    assert ends(quad_class="material_conflict") == {("RUS", "assault", "UKR")}
    assert ends(outlets=["AFP"]) == {("FRA", "consult", "USA"), ("FRA", "ally", "USA")}
    assert ("FRA", "consult", "USA") not in ends(min_confidence=0.5)
    assert ends(min_evidence=6) == {("RUS", "assault", "UKR"), ("USA", "aid", "UKR")}
    g = exporters.to_graph(news.subgraph(since="2025-02-01", until="2025-02-28"))
    assert g["RUS"]["UKR"]["assault"]["count"] == 9
    assert all("2025-02-01" <= e["date"] <= "2025-02-28"
               for *_x, d in g.edges(keys=True, data=True) for e in d["evidence"])


def test_graph_filter_checks_its_values():
    from geokg.query import GraphFilter

    with pytest.raises(UsageError, match="relation"):
        GraphFilter(relations=["alliance"])
    with pytest.raises(UsageError, match="radius"):
        GraphFilter(actor="RUS", radius=-1)
    with pytest.raises(UsageError, match="min_confidence"):
        GraphFilter(min_confidence=2)
    with pytest.raises(UsageError, match="swap"):
        GraphFilter(since="2025-02-01", until="2025-01-01")
    assert GraphFilter().is_empty() and not GraphFilter(outlets="AP").is_empty()


def test_evidence_cap_keeps_the_most_recent_and_the_whole_timeline(news):
    g = exporters.to_graph(news.subgraph(), evidence=5, months=True)
    d = g["RUS"]["UKR"]["assault"]
    assert d["count"] == 30 and len(d["evidence"]) == 5
    assert [e["date"] for e in d["evidence"]] == sorted(e["date"] for e in d["evidence"])
    assert d["evidence"][-1]["date"] == "2025-03-29"  # day 87
    assert sum(d["months"].values()) == 30 and set(d["months"]) == {"2025-01", "2025-02",
                                                                     "2025-03"}


def test_parquet_is_queryable_with_duckdb(tmp_path, news):
    duckdb = pytest.importorskip("duckdb")
    folder = exporters.export(news.subgraph(), tmp_path / "pq", "parquet")
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT e.source, e.relation, e.target, e.count, count(v.sentence) AS n, "
        f"min(v.date) AS first FROM '{folder}/edges.parquet' e JOIN '{folder}/evidence.parquet' v "
        "USING (source, relation, target, stated) GROUP BY ALL ORDER BY n DESC").fetchall()
    assert rows[0][:5] == ("RUS", "assault", "UKR", 30, 30)
    assert rows[0][5] == dt.date(2025, 1, 1)
    aliases = con.execute(f"SELECT typeof(aliases), typeof(evidence) FROM "
                          f"'{folder}/nodes.parquet' LIMIT 1").fetchone()
    assert aliases == ("VARCHAR[]", "BIGINT")


def test_dynamic_gexf_gives_edges_a_lifetime(tmp_path, news):
    path = exporters.export(news.subgraph(), tmp_path / "d.gexf", "gexf", dynamic=True)
    root = ET.parse(path).getroot()
    graph_el = next(el for el in root.iter() if el.tag.endswith("}graph"))
    assert graph_el.get("mode") == "dynamic" and graph_el.get("timeformat") == "date"
    spans = {el.get("label"): (el.get("start"), el.get("end"))
             for el in root.iter() if el.tag.endswith("}edge")}
    assert spans["assault"] == ("2025-01-01", "2025-03-29")
    back = nx.read_gexf(path)
    assert back.graph.get("mode") == "dynamic"


@pytest.mark.parametrize("max_nodes,max_edges", [(2, 30000), (3, 30000), (4, 30000),
                                                 (5000, 30000), (5000, 2), (4, 3), (3, 1)])
def test_streamed_html_holds_only_what_it_draws(news, max_nodes, max_edges):
    """Above max_nodes actors (or max_edges relations among them) the streamed HTML graph keeps
    only the top ones, and the page it gives is the one the whole graph gives (same actors,
    relations, totals and notice)."""
    from geokg.exporters import _html_graph
    from geokg.html import build_payload

    cut = _html_graph(news.subgraph(), 20, max_nodes, False, max_edges)
    whole = exporters.to_graph(news.subgraph(), evidence=20, months=True)
    assert cut.number_of_nodes() == min(max_nodes, whole.number_of_nodes())
    assert cut.number_of_edges() <= max_edges
    a = build_payload(cut, max_nodes=max_nodes, max_edges=max_edges, layout="circular")
    b = build_payload(whole, max_nodes=max_nodes, max_edges=max_edges, layout="circular")
    for key in ("notice", "total", "nodes", "edges", "months", "docs"):
        assert a[key] == b[key], key
    if max_nodes < whole.number_of_nodes():
        assert f"of {whole.number_of_nodes()} actors" in a["notice"]
    if max_edges < 3:
        assert f"Showing {max_edges} of" in a["notice"] and "relations" in a["notice"]
        assert len(a["edges"]) == max_edges
        # the kept relations are those with the most evidence
        assert {(e["from"], e["rel"], e["to"]) for e in a["edges"]} >= {("RUS", "assault", "UKR")}
