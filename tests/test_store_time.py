"""The store and time: evidence placed at its event date when the sentence states one (else
the report date), queries that choose, and the schema migration that adds event dates."""

from __future__ import annotations

import datetime as dt

import pytest

from geokg.errors import UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.store import Store

A = {k: Actor(id=k, name=k, type=ActorType.STATE) for k in ("RUS", "UKR", "TUR", "GRC")}


def doc(n: int, date: str | None) -> Document:
    return Document(id=f"d{n}", text=f"report number {n}", date=date, outlet="Wire")


def triple(d: Document, s: str, rel: str, t: str, *, event: str | None = None,
           precision: str | None = None, i: int = 0) -> Triple:
    sentence = f"{s} {rel} {t} ({i})."
    return Triple(source=A[s], relation=Relation(rel), target=A[t], evidence=Evidence(
        doc_id=d.doc_id, sentence=sentence, start=10 * i, end=10 * i + len(sentence),
        date=d.date, event_date=event, event_precision=precision, outlet=d.outlet))


@pytest.fixture()
def store() -> Store:
    """A 2025 report of a 2015 event, a 2025 report of a 2025 event, an undated report."""
    s = Store()
    d1, d2, d3 = doc(1, "2025-07-14"), doc(2, "2025-07-15"), doc(3, None)
    s.add(d1, [triple(d1, "TUR", "assault", "RUS", event="2015-01-01", precision="year")])
    s.add(d2, [triple(d2, "RUS", "assault", "UKR", event="2025-07-07", precision="week")])
    s.add(d3, [triple(d3, "TUR", "consult", "GRC", event="2024-03-01", precision="month"),
               triple(d3, "TUR", "consult", "GRC", i=1)])
    return s


def test_edges_are_placed_at_the_event_date(store: Store) -> None:
    e = {x.key(): x for x in store.relations()}
    assert e[("TUR", "assault", "RUS")].first_date == dt.date(2015, 1, 1)
    assert e[("RUS", "assault", "UKR")].last_date == dt.date(2025, 7, 7)
    old = store.relations(until="2020-12-31")
    assert [x.key() for x in old] == [("TUR", "assault", "RUS")]
    # by report date the 2015 downing is news of 2025
    assert store.relations(until="2020-12-31", time="report") == []
    reported = {x.key(): x for x in store.relations(time="report")}
    assert reported[("TUR", "assault", "RUS")].first_date == dt.date(2025, 7, 14)
    # an undated report still places an event its sentence dates
    assert [x.count for x in store.relations(since="2024-01-01", until="2024-12-31")] == [1]
    with pytest.raises(UsageError, match="time="):
        store.relations(time="publication")


def test_evidence_keeps_event_date_and_precision(store: Store) -> None:
    [t] = store.evidence("TUR", "assault", "RUS")
    assert (t.evidence.date, t.evidence.event_date, t.evidence.event_precision) == (
        dt.date(2025, 7, 14), dt.date(2015, 1, 1), "year")
    assert t.to_record()["evidence"]["event_date"] == "2015-01-01"


def test_timeline_uses_event_months_unless_asked_for_report_months(store: Store) -> None:
    assert [m.month for m in store.dyad("TUR", "RUS").timeline] == ["2015-01"]
    assert [m.month for m in store.dyad("TUR", "RUS", time="report").timeline] == ["2025-07"]
    d = store.dyad("TUR", "GRC")
    assert ([m.month for m in d.timeline], d.undated) == (["2024-03"], 1)


def test_the_graph_and_html_slider_place_evidence_at_the_event_date(store: Store) -> None:
    g = store.to_networkx()
    [ev] = g["TUR"]["RUS"]["assault"]["evidence"]
    assert (ev["date"], ev["report_date"], ev["event_date"], ev["event_precision"]) == (
        "2015-01-01", "2025-07-14", "2015-01-01", "year")
    [ev] = store.to_networkx(time="report")["TUR"]["RUS"]["assault"]["evidence"]
    assert ev["date"] == "2025-07-14"


def test_a_schema_3_store_migrates_to_4(tmp_path) -> None:
    import sqlite3

    from geokg.store import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:3]:
        for sql in step:
            if sql != "REBUILD EDGES":
                conn.execute(sql)
    conn.execute("INSERT INTO meta VALUES ('application', 'geokg'), ('schema_version', '3')")
    conn.execute("INSERT INTO actors (key, id, name, type) VALUES (1, 'RUS', 'Russia', 'state'), "
                 "(2, 'UKR', 'Ukraine', 'state')")
    for n in (1, 2):
        conn.execute("INSERT INTO documents (id, hash, doc_id, date) VALUES (?, ?, ?, ?)",
                     (n, f"h{n}", f"d{n}", "2024-05-0%d" % n))
        conn.execute("INSERT INTO triples (doc, source, relation, target, stated, negated, "
                     "modality, confidence, sentence, start_char, end_char, date) VALUES "
                     "(?, 1, 'assault', 2, 1, 0, 'asserted', 0.9, 's.', 0, 2, ?)",
                     (n, "2024-05-0%d" % n))
    conn.close()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 4
        [e] = s.relations()
        assert (e.count, e.documents, e.stories, e.first_date) == (2, 2, 2, dt.date(2024, 5, 1))
        assert [d["story"] for d in s.documents()] == ["d1", "d2"]
        assert s.evidence("RUS", "assault", "UKR")[0].evidence.event_date is None
