"""The SQLite store: ingest, idempotence, merged edges, queries, merges, errors, migration."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import threading

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geokg.errors import SchemaVersionError, StoreError, UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Modality, Relation, Triple
from geokg.query import to_dataframe
from geokg.store import SCHEMA_VERSION, Store, migrate

ACTORS = {
    "USA": Actor(id="USA", name="United States", type=ActorType.STATE, aliases=("US",)),
    "GBR": Actor(id="GBR", name="United Kingdom", type=ActorType.STATE),
    "RUS": Actor(id="RUS", name="Russia", type=ActorType.STATE),
    "UKR": Actor(id="UKR", name="Ukraine", type=ActorType.STATE),
    "NATO": Actor(id="NATO", name="NATO", type=ActorType.ORGANISATION),
    "person:kellogg": Actor(id="person:kellogg", name="Keith Kellogg", type=ActorType.PERSON,
                            country="USA"),
}


def doc(n: int, date: str | None = "2025-01-10", outlet: str | None = "Arab News",
        url: str | None = None, title: str | None = None) -> Document:
    return Document(id=f"d{n}", text=f"text of document {n}", date=date, outlet=outlet,
                    url=url, title=title)


def triple(d: Document, s: str, rel: str, t: str, *, i: int = 0, date: str | None = None,
           **kw) -> Triple:
    sentence = f"{s} {rel} {t} ({i})."
    return Triple(
        source=ACTORS[s], relation=Relation(rel), target=ACTORS[t],
        evidence=Evidence(doc_id=d.doc_id, sentence=sentence, start=10 * i, end=10 * i + len(
            sentence), date=date or d.date, outlet=d.outlet, url=d.url, title=d.title,
            trigger=rel, trigger_start=10 * i + len(s) + 1), **kw)


@pytest.fixture()
def store() -> Store:
    """Three documents: two outlets, Jan and Mar 2025, stated and unstated evidence."""
    s = Store()
    d1, d2, d3 = doc(1), doc(2, "2025-03-02", "BBC"), doc(3, "2025-03-20", "BBC")
    s.add(d1, [triple(d1, "USA", "ally", "GBR", confidence=0.8),
               triple(d1, "RUS", "assault", "UKR", i=1),
               triple(d1, "RUS", "assault", "UKR", i=2, negated=True)])
    s.add(d2, [triple(d2, "GBR", "ally", "USA", confidence=0.6),
               triple(d2, "RUS", "assault", "UKR"),
               triple(d2, "USA", "sanction", "RUS", i=1, modality=Modality.POSSIBLE)])
    s.add(d3, [triple(d3, "USA", "support", "UKR"),
               triple(d3, "person:kellogg", "represents", "USA", i=1),
               triple(d3, "UKR", "member_of", "NATO", i=2, modality=Modality.DESIRED)])
    return s


def keyed(edges):
    return {(*e.key(), e.stated): e for e in edges}


def test_add_counts_and_readd_is_a_noop(store: Store):
    before = store.stats()
    assert (before.documents, before.triples, before.stated_triples) == (3, 9, 6)
    again = doc(1)
    assert store.add(again, [triple(again, "USA", "ally", "GBR")]) == 0
    renamed = Document(id="other-id", text=again.text)  # same text, other id: same document
    assert store.add(renamed, []) == 0
    assert store.stats() == before


def test_batch_with_duplicates_inside_adds_each_text_once():
    s = Store()
    d = doc(1)
    summary = s.add_many([(d, [triple(d, "USA", "ally", "GBR")])] * 3 + [(doc(2), [])],
                         batch_size=10)
    assert (summary.documents, summary.skipped, summary.triples) == (2, 2, 1)
    assert s.stats().triples == 1


def test_symmetric_relations_merge_into_one_ordered_edge(store: Store):
    edges = keyed(store.relations())
    ally = edges[("GBR", "ally", "USA", True)]
    assert ally.symmetric and ally.count == 2 and ally.documents == 2
    assert ally.outlets == ("Arab News", "BBC")
    assert (ally.first_date, ally.last_date) == (dt.date(2025, 1, 10), dt.date(2025, 3, 2))
    assert ally.mean_confidence == pytest.approx(0.7)
    assert ally.score == Relation.ALLY.score and ally.quad_class.value == "verbal_cooperation"


def test_unstated_evidence_is_kept_apart(store: Store):
    stated = keyed(store.relations())
    assert stated[("RUS", "assault", "UKR", True)].count == 2
    assert ("RUS", "assault", "UKR", False) not in stated
    everything = keyed(store.relations(include_unstated=True))
    assert everything[("RUS", "assault", "UKR", False)].count == 1
    assert not everything[("USA", "sanction", "RUS", False)].stated
    stats = store.stats()
    assert stats.edges == 4 and stats.unstated_edges == 3
    assert stats.by_relation == {"ally": 2, "assault": 2, "represents": 1, "support": 1}


def test_filters(store: Store):
    assert {e.key() for e in store.relations(actor="UKR")} == {
        ("RUS", "assault", "UKR"), ("USA", "support", "UKR")}
    # source/target match either end of a symmetric relation
    assert [e.key() for e in store.relations(source="USA", relation="ally")] == [
        ("GBR", "ally", "USA")]
    assert [e.key() for e in store.relations(source="GBR", target="USA")] == [
        ("GBR", "ally", "USA")]
    assert store.relations(source="UKR", relation="assault") == []
    assert {e.relation.value for e in store.relations(quad_class="material_conflict")} == {
        "assault"}
    assert {e.relation.value for e in store.relations(relation=["ally", "support"])} == {
        "ally", "support"}
    assert [e.key() for e in store.relations(min_evidence=2)] == [
        ("GBR", "ally", "USA"), ("RUS", "assault", "UKR")]
    # names and aliases are accepted for actors, case-insensitively
    assert store.relations(actor="ukraine") == store.relations(actor="UKR")
    assert store.relations(actor="us") == store.relations(actor="USA")


def test_time_window_counts_only_evidence_inside(store: Store):
    march = keyed(store.relations(since="2025-03-01", until=dt.date(2025, 3, 31)))
    assert set(march) == {("GBR", "ally", "USA", True), ("RUS", "assault", "UKR", True),
                          ("USA", "support", "UKR", True), ("person:kellogg", "represents",
                                                            "USA", True)}
    ally = march[("GBR", "ally", "USA", True)]
    assert (ally.count, ally.documents, ally.outlets) == (1, 1, ("BBC",))
    assert ally.first_date == ally.last_date == dt.date(2025, 3, 2)
    assert store.relations(until="2024-12-31") == []
    assert [e.key() for e in store.relations(actor="RUS", since="2025-03-10")] == []


@pytest.mark.parametrize("kw, words", [
    ({"relation": "befriend"}, "unknown relation"),
    ({"quad_class": "friendly"}, "unknown quad class"),
    ({"since": "last week"}, "YYYY-MM-DD"),
    ({"actor": "Atlantis"}, "unknown actor"),
    ({"since": "2025-03-01", "until": "2025-01-31"}, "since 2025-03-01 is after until 2025-01-31"),
])
def test_bad_arguments_raise_usage_errors(store: Store, kw, words):
    with pytest.raises(UsageError, match=words):
        store.relations(**kw)


def test_evidence_returns_the_original_triples(store: Store):
    d = Document(id="x", text="original", date="2025-05-05", outlet="AP", url="http://x/1",
                 title="T")
    orig = [
        triple(d, "USA", "ally", "GBR", attributed_to=ACTORS["person:kellogg"],
               modality=Modality.REPORTED, confidence=0.5),
        triple(d, "GBR", "ally", "USA", i=1, negated=True),
    ]
    store.add(d, orig)
    got = store.evidence("USA", "ally", "GBR", since="2025-05-01")
    assert got == orig  # sentence order, orientation, modality, attribution, offsets, url
    assert store.evidence("GBR", "ally", "USA", since="2025-05-01", include_unstated=False) == [
        orig[0]]
    # oldest first, across documents
    dates = [t.evidence.date for t in store.evidence("USA", "ally", "GBR")]
    assert dates == sorted(dates)


def test_dyad_timeline_and_score(store: Store):
    d = store.dyad("UKR", "RUS")
    assert {(*e.key(), e.stated) for e in d.edges} == {("RUS", "assault", "UKR", True),
                                                       ("RUS", "assault", "UKR", False)}
    assert [(m.month, m.counts, m.unstated, m.score) for m in d.timeline] == [
        ("2025-01", {"assault": 1}, 1, -10.0), ("2025-03", {"assault": 1}, 0, -10.0)]
    assert d.score == -20.0 and d.undated == 0
    assert [m.month for m in store.dyad("RUS", "UKR", since="2025-02-01").timeline] == [
        "2025-03"]


def test_undated_evidence_is_counted_outside_the_timeline():
    s = Store()
    d = doc(1, date=None)
    s.add(d, [triple(d, "USA", "ally", "GBR")])
    dy = s.dyad("USA", "GBR")
    assert dy.timeline == [] and dy.undated == 1 and dy.edges[0].first_date is None


def test_neighbors(store: Store):
    assert [a.id for a in store.neighbors("USA")] == ["GBR", "UKR", "person:kellogg"]
    assert [a.id for a in store.neighbors("USA", direction="out")] == ["GBR", "UKR"]
    assert [a.id for a in store.neighbors("USA", direction="in")] == ["GBR", "person:kellogg"]
    assert [a.id for a in store.neighbors("USA", include_unstated=True)][:1] == ["GBR"]
    with pytest.raises(UsageError):
        store.neighbors("USA", direction="sideways")


def test_actors_and_lookup(store: Store):
    ids = [a.id for a in store.actors()]
    assert ids == sorted(ids) and "NATO" in ids and "person:kellogg" in ids
    assert [a.id for a in store.actors(type="person")] == ["person:kellogg"]
    assert store.actor("USA") == ACTORS["USA"]
    assert store.actor("nobody") is None
    with pytest.raises(UsageError, match="actor type"):
        store.actors(type="planet")


def test_merge_actors_rewrites_edges_and_survives_new_documents(tmp_path):
    path = tmp_path / "kg.db"
    s = Store(path)
    d = doc(1)
    s.add(d, [triple(d, "GBR", "support", "UKR"), triple(d, "USA", "support", "UKR", i=1),
              triple(d, "RUS", "accuse", "GBR", i=2)])
    with pytest.raises(UsageError, match="both states"):
        s.merge_actors("USA", "GBR")
    merged = s.merge_actors("USA", "GBR", force=True)
    assert merged.id == "USA" and "United Kingdom" in merged.aliases
    edges = keyed(s.relations())
    assert edges[("USA", "support", "UKR", True)].count == 2
    assert edges[("RUS", "accuse", "USA", True)].count == 1
    assert "GBR" not in {a.id for a in s.actors()}
    assert s.actor("GBR").id == "USA"
    s.close()
    s = Store(path)  # recorded in the store: later additions about GBR land on USA
    d2 = doc(2)
    s.add(d2, [triple(d2, "GBR", "support", "UKR")])
    assert keyed(s.relations())[("USA", "support", "UKR", True)].count == 3
    assert all("GBR" not in (e.source.id, e.target.id) for e in s.relations())
    with pytest.raises(UsageError, match="same actor"):
        s.merge_actors("USA", "GBR")
    s.close()


def test_an_edge_repeated_in_a_document_counts_that_document_once():
    s = Store()
    d1, d2 = doc(1), doc(2)
    s.add_many([(d1, [triple(d1, "USA", "aid", "UKR"), triple(d1, "RUS", "accuse", "GBR", i=1),
                      triple(d1, "USA", "aid", "UKR", i=2)]),
                (d2, [triple(d2, "USA", "aid", "UKR")])])
    s.add(d3 := doc(3), [triple(d3, "USA", "aid", "UKR"), triple(d3, "USA", "aid", "UKR", i=1)])
    edges = keyed(s.relations())
    assert (edges[("USA", "aid", "UKR", True)].count,
            edges[("USA", "aid", "UKR", True)].documents) == (5, 3)
    assert edges[("RUS", "accuse", "GBR", True)].documents == 1
    assert s.relations() == s.relations(since="1900-01-01")


def test_incremental_edges_equal_a_full_recomputation():
    rng = random.Random(7)
    ids = list(ACTORS)
    s = Store()
    items = []
    for n in range(60):
        d = doc(n, date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                outlet=rng.choice(["A", "B", None]))
        ts = []
        for i in range(rng.randint(0, 6)):
            a, b = rng.sample(ids, 2)
            ts.append(triple(d, a, rng.choice(list(Relation)).value, b, i=i,
                             negated=rng.random() < 0.2, confidence=rng.random()))
        items.append((d, ts))
    start = 0
    while start < len(items):  # calls and transactions of varied sizes
        size = rng.randint(1, 12)
        s.add_many(items[start:start + size], batch_size=rng.randint(1, 5))
        start += size
    incremental = s.relations(include_unstated=True)
    # every triple is dated: the all-time window aggregates the triples table instead
    assert s.relations(since="1900-01-01", include_unstated=True) == incremental
    s.merge_actors("USA", "GBR", force=True)
    after_merge = s.relations(include_unstated=True)
    s.rebuild_edges()
    assert s.relations(include_unstated=True) == after_merge
    assert sum(e.count for e in after_merge) <= s.stats().triples


def test_to_networkx_follows_the_contract(store: Store):
    g = store.to_networkx(include_unstated=True)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["person:kellogg"] == {"name": "Keith Kellogg", "type": "person",
                                         "country": "USA", "aliases": [], "evidence": 1}
    assert g.nodes["USA"]["evidence"] == 5  # 2 ally + support + represents + possible sanction
    assert set(g["RUS"]["UKR"]) == {"assault", "assault:unstated"}
    assert not g.has_edge("USA", "GBR")  # symmetric: one edge, source < target
    e = g["GBR"]["USA"]["ally"]
    assert {k for k in e if k != "evidence"} == {
        "relation", "symmetric", "quad_class", "score", "stated", "count", "documents",
        "stories", "outlets", "first_date", "last_date", "mean_confidence"}
    assert (e["count"], e["first_date"], e["outlets"]) == (2, "2025-01-10", ["Arab News", "BBC"])
    assert set(e["evidence"][0]) == {"doc_id", "sentence", "start", "end", "date",
                                     "report_date", "event_date", "event_precision", "outlet",
                                     "url", "title", "trigger", "negated", "modality",
                                     "confidence"}
    assert [x["doc_id"] for x in e["evidence"]] == ["d1", "d2"]
    assert g["RUS"]["UKR"]["assault:unstated"]["evidence"][0]["negated"] is True
    stated_only = store.to_networkx()
    assert all(d["stated"] for *_, d in stated_only.edges(data=True))
    assert store.to_networkx(min_evidence=2).number_of_edges() == 2


def test_graph_algorithms(store: Store):
    ego = store.ego_graph("UKR")
    assert set(ego) == {"UKR", "RUS", "USA"}
    assert set(store.ego_graph("UKR", radius=2)) == {"UKR", "RUS", "USA", "GBR",
                                                     "person:kellogg"}
    assert set(store.ego_graph("NATO")) == {"NATO"}
    # the same edges, with their evidence, as the whole graph restricted to those actors
    for radius in (1, 2):
        ego = store.ego_graph("UKR", radius, include_unstated=True, since="2025-01-01")
        whole = store.to_networkx(include_unstated=True, since="2025-01-01").subgraph(ego)
        assert sorted(ego.edges(keys=True, data=True)) == sorted(
            whole.edges(keys=True, data=True))
    assert [a.id for a in store.shortest_path("RUS", "GBR")] == ["RUS", "UKR", "USA", "GBR"]
    assert store.shortest_path("RUS", "NATO") == []
    for kind in ("degree", "betweenness", "pagerank"):
        top = store.centrality(kind, top=2)
        assert len(top) == 2 and top[0][1] >= top[1][1]
    assert store.centrality("degree", top=1)[0][0].id == "USA"
    with pytest.raises(UsageError):
        store.centrality("fame")


def test_to_dataframe(store: Store):
    df = to_dataframe(store.relations())
    assert list(df["source"]) == [e.source.id for e in store.relations()]
    assert {"source_name", "target", "relation", "count", "outlets"} <= set(df.columns)
    ev = to_dataframe(store.evidence("RUS", "assault", "UKR"))
    assert len(ev) == 3 and {"sentence", "negated", "date"} <= set(ev.columns)


# -- files, errors, schema ----------------------------------------------------------------------

def test_file_store_persists_and_saves(tmp_path, store: Store):
    copy = store.save(tmp_path / "copy.db")
    reopened = Store(copy)
    assert reopened.stats() == store.stats()
    assert reopened.schema_version == SCHEMA_VERSION
    assert reopened.relations(include_unstated=True) == store.relations(include_unstated=True)
    reopened.close()


def test_not_a_store(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("these are my notes, not a database" * 50)
    with pytest.raises(StoreError, match="not a geokg store"):
        Store(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a geokg store"):
        Store(other)
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "missing-dir" / "kg.db")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "kg.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError, match=rf"newer geokg \(schema 99 > {SCHEMA_VERSION}"
                                                 r"\): upgrade geokg"):
        Store(path)


def test_closed_store_raises_store_error(store: Store):
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.stats()
    with pytest.raises(StoreError, match="closed"):
        store.add(doc(9), [])


def test_migration_from_schema_1(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 0
    conn.execute("INSERT INTO documents (hash, doc_id, date, outlet, n_triples) "
                 "VALUES ('h1', 'd1', '2025-02-01', 'AP', 2)")
    for a in ("RUS", "UKR"):
        conn.execute("INSERT INTO actors VALUES (?, ?, 'state', NULL, '[]')",
                     (a, ACTORS[a].name))
    for stated in (1, 0):
        conn.execute(
            "INSERT INTO triples (doc, source, relation, target, stated, negated, modality, "
            "confidence, sentence, start_char, end_char, date, outlet) VALUES "
            "(1, 'RUS', 'assault', 'UKR', ?, ?, 'asserted', 0.9, 'Russia struck Ukraine.', 0, "
            "22, '2025-02-01', 'AP')", (stated, 1 - stated))
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        "1",)
    conn.close()

    s = Store(path)
    assert s.schema_version == SCHEMA_VERSION
    edges = keyed(s.relations(include_unstated=True))
    assert edges[("RUS", "assault", "UKR", True)].count == 1
    assert edges[("RUS", "assault", "UKR", False)].outlets == ("AP",)
    assert s.evidence("RUS", "assault", "UKR")[0].evidence.sentence == "Russia struck Ukraine."
    d = doc(5)
    assert s.add(d, [triple(d, "RUS", "assault", "UKR")]) == 1
    assert keyed(s.relations())[("RUS", "assault", "UKR", True)].count == 2
    s.close()


def test_migration_from_schema_2_gives_integer_actor_keys(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 0
    conn.execute("INSERT INTO documents (hash, doc_id, date, outlet, n_triples) "
                 "VALUES ('h1', 'd1', '2025-02-01', 'AP', 3)")
    for a in ("GBR", "USA", "RUS", "UKR"):
        conn.execute("INSERT INTO actors VALUES (?, ?, 'state', NULL, '[]')",
                     (a, ACTORS[a].name))
    conn.execute("INSERT INTO merges VALUES ('GBR', 'USA')")
    for src, rel, tgt, by in [("RUS", "assault", "UKR", None), ("UKR", "ally", "USA", None),
                              ("USA", "support", "UKR", "UKR")]:
        conn.execute(
            "INSERT INTO triples (doc, source, relation, target, stated, negated, modality, "
            "confidence, attributed_to, sentence, start_char, end_char, date, outlet) VALUES "
            "(1, ?, ?, ?, 1, 0, 'asserted', 0.5, ?, ?, 0, 9, '2025-02-01', 'AP')",
            (src, rel, tgt, by, f"{src} {rel} {tgt}."))
    conn.execute("INSERT INTO edges SELECT source, relation, target, stated, COUNT(*), "
                 "COUNT(DISTINCT doc), SUM(confidence), MIN(date), MAX(date) FROM triples "
                 "GROUP BY source, relation, target, stated")
    conn.close()

    s = Store(path)
    assert s.schema_version == SCHEMA_VERSION == 4
    types = {r[0]: r[1] for r in s._sql(  # actor columns of triples and edges hold integers
        "SELECT DISTINCT typeof(source), typeof(target) FROM triples UNION ALL "
        "SELECT DISTINCT typeof(source), typeof(target) FROM edges")}
    assert types == {"integer": "integer"}
    edges = keyed(s.relations())
    assert set(edges) == {("RUS", "assault", "UKR", True), ("UKR", "ally", "USA", True),
                          ("USA", "support", "UKR", True)}
    assert edges[("UKR", "ally", "USA", True)].outlets == ("AP",)
    [t] = s.evidence("USA", "support", "UKR")
    assert t.attributed_to.id == "UKR" and t.evidence.sentence == "USA support UKR."
    assert [a.id for a in s.actors()] == ["RUS", "UKR", "USA"]  # GBR stays merged into USA
    d = doc(5)  # new evidence keeps symmetric edges ordered by id and follows the merge
    assert s.add(d, [triple(d, "USA", "ally", "UKR"), triple(d, "GBR", "ally", "UKR", i=1),
                     triple(d, "RUS", "assault", "UKR", i=2)]) == 3
    edges = keyed(s.relations())
    assert edges[("UKR", "ally", "USA", True)].count == 3
    assert edges[("RUS", "assault", "UKR", True)].count == 2
    assert s.relations(include_unstated=True) == s.relations(since="1900-01-01",
                                                             include_unstated=True)
    s.close()


def test_reader_sees_consistent_snapshots_while_a_build_writes(tmp_path):
    path = tmp_path / "kg.db"
    Store(path).close()
    errors: list[BaseException] = []

    def build() -> None:
        try:
            w = Store(path)
            items = []
            for n in range(300):
                d = doc(n, date=f"2025-01-{1 + n % 28:02d}")
                items.append((d, [triple(d, "USA", "ally", "GBR"),
                                  triple(d, "RUS", "assault", "UKR", i=1),
                                  triple(d, "USA", "aid", "UKR", i=2, negated=n % 2 == 0)]))
            w.add_many(items, batch_size=2)
            w.close()
        except BaseException as exc:  # noqa: BLE001  (reported by the main thread)
            errors.append(exc)

    writer = threading.Thread(target=build)
    reader = Store(path)
    writer.start()
    seen = []
    while writer.is_alive() or not seen:
        s = reader.stats()
        assert s.triples == 3 * s.documents  # a document is there with all its triples or not
        assert reader.relations(relation="ally", min_evidence=1) is not None
        seen.append(s.documents)
    writer.join()
    assert not errors, errors
    assert seen == sorted(seen)
    assert any(0 < n < 300 for n in seen)  # the reader really ran during the build
    final = reader.stats()
    assert (final.documents, final.triples) == (300, 900)
    assert keyed(reader.relations())[("GBR", "ally", "USA", True)].count == 300
    reader.close()


def test_add_rejects_non_triples():
    s = Store()
    with pytest.raises(UsageError, match="Triple"):
        s.add(doc(1), [{"source": "USA"}])
    assert s.stats().documents == 0  # nothing half-written
    with pytest.raises(UsageError, match="Document"):
        s.add_many([("text", [])])



_IDS = list(ACTORS)
_TRIPLES = st.lists(st.tuples(st.sampled_from(_IDS), st.sampled_from(list(Relation)),
                              st.sampled_from(_IDS), st.booleans(), st.sampled_from(list(Modality)),
                              st.floats(0, 1)), max_size=5)
_DOCS = st.lists(st.tuples(st.integers(0, 15), st.one_of(st.none(), st.integers(0, 400)),
                           _TRIPLES), max_size=12)


@settings(max_examples=40, deadline=None)
@given(_DOCS)
def test_merged_edges_agree_with_their_evidence(docs):
    s = Store()
    items = []
    for text_no, day, spec in docs:  # the same text may come twice: stored once
        date = None if day is None else dt.date(2024, 1, 1) + dt.timedelta(days=day)
        d = Document(id=f"d{text_no}", text=f"text {text_no}", date=date)
        items.append((d, [triple(d, a, r.value, b, i=i, negated=neg, modality=m, confidence=c)
                          for i, (a, r, b, neg, m, c) in enumerate(spec)]))
    s.add_many(items, batch_size=3)
    # the same text under the same id is stored once; a copy stating another date replaces it
    kept: dict[str, tuple[Document, list]] = {}
    for d, ts in items:
        old = kept.get(d.content_hash)
        if old is None or (d.date is not None and old[0].date != d.date):
            kept[d.content_hash] = (d, ts)
    stored = {h: ts for h, (_, ts) in kept.items()}
    edges = s.relations(include_unstated=True)
    assert sum(e.count for e in edges) == sum(
        1 for ts in stored.values() for t in ts if t.source.id != t.target.id)
    for e in edges:
        ev = [t for t in s.evidence(e.source, e.relation, e.target) if t.stated == e.stated]
        assert len(ev) == e.count
        assert len({t.evidence.doc_id for t in ev}) == e.documents
        dates = [t.evidence.date for t in ev if t.evidence.date]
        assert (min(dates) if dates else None) == e.first_date
        assert (max(dates) if dates else None) == e.last_date
        assert e.mean_confidence == pytest.approx(sum(t.confidence for t in ev) / len(ev),
                                                  abs=1e-4)
    before = s.stats()
    assert s.add_many(list(kept.values())).documents == 0 and s.stats() == before


def test_two_writers_share_actor_keys(tmp_path):
    """Actors first written by another connection get their own keys; none is given twice."""
    path = tmp_path / "kg.db"
    a, b = Store(path), Store(path)
    d1, d2, d3, d4 = doc(1), doc(2), doc(3), doc(4)
    a.add(d1, [triple(d1, "USA", "ally", "GBR")])
    b.add(d2, [triple(d2, "RUS", "assault", "UKR"), triple(d2, "GBR", "ally", "USA", i=1)])
    a.add(d3, [triple(d3, "RUS", "accuse", "NATO"), triple(d3, "person:kellogg",
                                                            "represents", "USA", i=1)])
    b.add(d4, [triple(d4, "NATO", "support", "UKR")])
    keys = a._sql("SELECT id, key FROM actors")
    assert len({k for _, k in keys}) == len(keys) == 6
    edges = keyed(b.relations())
    assert edges[("GBR", "ally", "USA", True)].count == 2
    assert {e.key() for e in a.relations()} == {e.key() for e in b.relations()} == {
        ("GBR", "ally", "USA"), ("RUS", "assault", "UKR"), ("RUS", "accuse", "NATO"),
        ("person:kellogg", "represents", "USA"), ("NATO", "support", "UKR")}
    a.close()
    b.close()


def _no_write_permission(monkeypatch) -> None:
    """Make the OS answer "no write permission" for every path, as for a shared archive."""
    import os

    real = os.access
    monkeypatch.setattr("geokg.store.os.access",
                        lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))


def test_read_only_store_answers_queries_and_refuses_writes(tmp_path, store: Store, monkeypatch):
    path = store.save(tmp_path / "archive.db")
    with Store(path) as rw:
        expected_stats, expected_edges = rw.stats(), keyed(rw.relations())
    stored = path.read_bytes()
    _no_write_permission(monkeypatch)
    with Store(path) as ro:
        assert ro.read_only
        assert ro.stats() == expected_stats
        assert keyed(ro.relations()) == expected_edges
        assert ro.dyad("RUS", "UKR").edges
        d = doc(9)
        for write in (lambda: ro.add(d, [triple(d, "USA", "ally", "GBR")]),
                      lambda: ro.merge_actors("USA", "GBR", force=True), ro.rebuild_edges):
            with pytest.raises(StoreError, match=r"archive\.db is read-only.*copy it"):
                write()
    assert path.read_bytes() == stored


def test_read_only_new_store_is_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    path.write_bytes(b"")
    _no_write_permission(monkeypatch)
    with pytest.raises(StoreError, match=r"old\.db is read-only"):
        Store(path)


def test_a_damaged_store_is_called_damaged_not_foreign(tmp_path, store: Store):
    path = store.save(tmp_path / "kg.db")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy cut short
    with pytest.raises(StoreError, match=r"kg\.db is damaged .*restore a copy or rebuild it"):
        Store(path).stats()


def test_dyad_of_one_actor_twice_is_a_usage_error(tmp_path):
    with Store(tmp_path / "s.db") as s:
        d = Document(id="d", text="Russia attacked Ukraine.")
        s.add(d, [triple(d, "RUS", "assault", "UKR")])
        with pytest.raises(UsageError, match="same actor"):
            s.dyad("RUS", "rus")
