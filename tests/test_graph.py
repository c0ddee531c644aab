"""KnowledgeGraph: the facade over extraction, the store and the exporters."""

from __future__ import annotations

import networkx as nx
import pytest

import geokg
import geokg.pipeline
from geokg import exporters
from geokg.errors import StoreError, UsageError
from geokg.graph import AddSummary, KnowledgeGraph
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple

RUS = Actor(id="RUS", name="Russia", type=ActorType.STATE)
UKR = Actor(id="UKR", name="Ukraine", type=ActorType.STATE)
TUR = Actor(id="TUR", name="Türkiye", type=ActorType.STATE)
AZE = Actor(id="AZE", name="Azerbaijan", type=ActorType.STATE)


def fake_triples(document: Document) -> list[Triple]:
    """Stand-in extraction (no spaCy): one assault per sentence mentioning 'attack'."""
    out = []
    start = 0
    for sentence in document.text.split(". "):
        if "attack" in sentence:
            out.append(Triple(source=RUS, relation=Relation.ASSAULT, target=UKR,
                              evidence=Evidence(doc_id=document.doc_id, sentence=sentence,
                                                start=start, end=start + len(sentence),
                                                date=document.date, outlet=document.outlet)))
        start += len(sentence) + 2
    return out


@pytest.fixture()
def fake_pipeline(monkeypatch):
    """Replace extraction by :func:`fake_triples`; record the documents that were extracted."""
    extracted: list[str] = []

    def extract_documents(docs, *, nlp=None, model=None, batch_size=16):
        for d in docs:
            extracted.append(d.text)
            yield d, fake_triples(d)

    monkeypatch.setattr(geokg.pipeline, "load_pipeline", lambda model=None, actors=(), accurate=False: None)
    monkeypatch.setattr(geokg.pipeline, "extract_documents", extract_documents)
    return extracted


@pytest.fixture()
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for n, (date, outlet) in enumerate([("2025-01-04", "AP"), ("2025-02-09", "BBC")]):
        d = Document(id=f"d{n}", text=f"doc {n}", date=date, outlet=outlet)
        graph.add_triples(d, [
            Triple(source=RUS, relation=Relation.ASSAULT, target=UKR, evidence=Evidence(
                doc_id=d.doc_id, sentence="Russia attacked Ukraine.", start=0, end=24)),
            Triple(source=TUR, relation=Relation.ALLY, target=AZE, evidence=Evidence(
                doc_id=d.doc_id, sentence="Turkiye is a close ally of Azerbaijan.", start=25,
                end=63)),
        ])
    return graph


def test_package_exports_the_facade():
    assert geokg.KnowledgeGraph is KnowledgeGraph


def test_add_documents_skips_stored_texts_without_extracting_them(fake_pipeline):
    kg = KnowledgeGraph()
    docs = [Document(text="Russia launched an attack. Talks stalled", date="2025-03-01"),
            Document(text="No news today"),
            Document(text="Russia launched an attack. Talks stalled")]
    calls = []
    summary = kg.add_documents(docs, progress=lambda d, n: calls.append((d.text[:6], n)))
    assert summary == AddSummary(documents=2, skipped=1, triples=1)
    assert sorted(calls) == [("No new", 0), ("Russia", 0), ("Russia", 1)]
    assert kg.add_documents(docs) == AddSummary(documents=0, skipped=3, triples=0)
    assert len(fake_pipeline) == 2  # each text extracted once
    assert kg.add_text("Another attack came. Quiet", date="2025-03-02", outlet="AP") == 1
    assert kg.add_text("Another attack came. Quiet", date="2025-03-02") == 0
    edge = kg.relations()[0]
    assert (edge.key(), edge.count, edge.documents, edge.outlets) == (
        ("RUS", "assault", "UKR"), 2, 2, ("AP",))


def test_add_triples_reports_whether_the_document_was_new(kg):
    d = Document(id="d0", text="doc 0")
    assert kg.add_triples(d, []) is False
    assert kg.add_triples(Document(text="fresh"), []) is True
    assert kg.stats().documents == 3


def test_queries_delegate_to_the_store(kg):
    assert [e.key() for e in kg.relations(actor="RUS")] == [("RUS", "assault", "UKR")]
    assert kg.relations(since="2025-02-01")[0].count == 1
    assert [t.evidence.doc_id for t in kg.evidence("RUS", "assault", "UKR")] == ["d0", "d1"]
    assert [m.month for m in kg.dyad("RUS", "UKR").timeline] == ["2025-01", "2025-02"]
    assert kg.neighbors("TUR") == [AZE]
    assert set(kg.ego_graph("RUS")) == {"RUS", "UKR"}
    assert kg.shortest_path("RUS", "TUR") == []
    assert {a.id for a, _ in kg.centrality(top=10)} == {"RUS", "UKR", "TUR", "AZE"}
    assert kg.actor("TUR") == TUR and [a.id for a in kg.actors()] == ["AZE", "RUS", "TUR", "UKR"]
    assert kg.stats().triples == 4
    df = kg.relations_df(actor="AZE")
    assert list(df["source"]) == ["AZE"] and list(df["relation"]) == ["ally"]
    kg.merge_actors("RUS", "UKR", force=True)  # two states: only when forced
    assert kg.relations(actor="RUS") == []  # the only edge became a self-loop


def test_exports_round_trip_to_networkx(kg, tmp_path):
    graph = kg.to_networkx()
    readers = {"json": exporters.read_json, "graphml": exporters.read_graphml,
               "gexf": exporters.read_gexf, "csv": exporters.read_csv,
               "neo4j": exporters.read_neo4j}
    for fmt, read in readers.items():
        back = read(kg.export(tmp_path / f"kg_{fmt}", fmt))  # csv and neo4j: folders
        assert nx.utils.graphs_equal(graph, back) and dict(back.nodes(data=True)) == dict(
            graph.nodes(data=True))
    window = exporters.read_json(kg.export(tmp_path / "jan.json", "json", until="2025-01-31"))
    assert window["RUS"]["UKR"]["assault"]["count"] == 1
    with pytest.raises(UsageError, match="unknown export format"):
        kg.export(tmp_path / "kg.xls", "xls")


def test_html_and_notebook(kg, tmp_path, monkeypatch):
    path = kg.export(tmp_path / "kg.html", "html")
    page = path.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "Azerbaijan" in page
    shown = []
    import IPython.display

    import geokg.html

    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    monkeypatch.setattr(geokg.html, "_in_notebook", lambda: True)
    kg.show()
    assert len(shown) == 1 and "<iframe" in shown[0].data
    monkeypatch.setattr(geokg.html, "_in_notebook", lambda: False)
    assert kg.show(path=tmp_path / "shown.html") == tmp_path / "shown.html"
    assert len(shown) == 1 and (tmp_path / "shown.html").exists()


def test_file_graph_save_open_and_close(kg, tmp_path):
    copy = kg.save(tmp_path / "copy.db")
    with KnowledgeGraph.open(copy) as reopened:
        assert reopened.stats() == kg.stats()
        assert reopened.path == copy
        assert "2 documents" in repr(reopened)
    with pytest.raises(StoreError, match="closed"):
        reopened.relations()


def test_bad_input_raises_geokg_errors(kg):
    with pytest.raises(UsageError):
        kg.add_text(None)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="invalid document"):
        kg.add_text("x", date="someday")
    with pytest.raises(UsageError):
        kg.add_documents(["plain string"])  # type: ignore[list-item]


@pytest.mark.slow
def test_real_extraction_end_to_end(nlp):
    with KnowledgeGraph() as graph:
        text = "Russia attacked Ukraine on Monday. Turkiye is a close ally of Azerbaijan."
        n = graph.add_text(text, date="2025-07-14", outlet="Arab News")
        assert n >= 1
        assert graph.add_text(text, date="2025-07-14") == 0
        keys = {e.key() for e in graph.relations()}
        assert ("RUS", "assault", "UKR") in keys
        ev = graph.evidence("RUS", "assault", "UKR")[0].evidence
        assert text[ev.start:ev.end] == ev.sentence and ev.outlet == "Arab News"


def test_adding_to_a_read_only_graph_fails_before_extracting(tmp_path, monkeypatch):
    import os

    path = tmp_path / "archive.db"
    with KnowledgeGraph.open(path) as kg:
        d = Document(id="d1", text="Russia attacked Ukraine.", date="2025-07-14")
        kg.add_triples(d, fake_triples(d))
    real = os.access
    monkeypatch.setattr("geokg.store.os.access",
                        lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))
    monkeypatch.setattr(geokg.pipeline, "load_pipeline", lambda *a, **k: pytest.fail("extracted"))
    with KnowledgeGraph.open(path) as kg:
        assert [e.key() for e in kg.relations()] == [("RUS", "assault", "UKR")]
        for add in (lambda: kg.add_text("Russia attacked Ukraine again."),
                    lambda: kg.add_documents([Document(id="d2", text="New text.")])):
            with pytest.raises(StoreError, match="read-only"):
                add()


@pytest.mark.parametrize("call", [
    lambda kg: kg.relations(relation=5),
    lambda kg: kg.ego_graph("RUS", radius="2"),
    lambda kg: kg.centrality(top="5"),
    lambda kg: kg.add_documents(None),
    lambda kg: KnowledgeGraph(5),
    lambda kg: kg.to_html(5),
    lambda kg: kg.export(None, "json"),
])
def test_wrong_argument_types_are_usage_errors(call):
    kg = KnowledgeGraph()
    d = Document(id="d1", text="Russia attacked Ukraine.", date="2025-07-14")
    kg.add_triples(d, fake_triples(d))
    with pytest.raises(UsageError):
        call(kg)
