"""Taking documents back: removal by id, outlet or date, re-adding a document with corrected
metadata, merged edges recomputed for what changed only, and a killed update that leaves a
consistent store."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geokg.cli import main
from geokg.errors import UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.store import Store

A = {k: Actor(id=k, name=k, type=ActorType.STATE) for k in ("RUS", "UKR", "USA", "GBR")}


def doc(n: int, date: str | None, outlet: str = "Wire") -> Document:
    return Document(id=f"d{n}", text=f"report number {n}", date=date, outlet=outlet)


def triples(d: Document, *specs: tuple[str, str, str]) -> list[Triple]:
    return [Triple(source=A[s], relation=Relation(r), target=A[t], evidence=Evidence(
        doc_id=d.doc_id, sentence=f"{s} {r} {t} {i}.", start=20 * i, end=20 * i + 12,
        date=d.date, outlet=d.outlet)) for i, (s, r, t) in enumerate(specs)]


def consistent(s: Store) -> None:
    """The merged edges equal what a full recomputation from the triples gives."""
    kept = s.relations(include_unstated=True)
    s.rebuild_edges()
    assert s.relations(include_unstated=True) == kept


@pytest.fixture()
def store() -> Store:
    s = Store()
    d1, d2, d3 = doc(1, "2025-01-10"), doc(2, "2025-02-01", "BBC"), doc(3, "2025-03-01")
    s.add(d1, triples(d1, ("RUS", "assault", "UKR"), ("USA", "ally", "GBR")))
    s.add(d2, triples(d2, ("RUS", "assault", "UKR"), ("USA", "support", "UKR")))
    s.add(d3, triples(d3, ("USA", "ally", "GBR")))
    return s


def test_removal_then_queries(store: Store) -> None:
    done = store.remove(["d2"])
    assert (done.documents, done.triples, done.edges) == (1, 2, 2)
    e = {x.key(): x for x in store.relations()}
    assert set(e) == {("RUS", "assault", "UKR"), ("GBR", "ally", "USA")}
    assert (e[("RUS", "assault", "UKR")].count, e[("RUS", "assault", "UKR")].last_date) == (
        1, dt.date(2025, 1, 10))
    assert [t.evidence.doc_id for t in store.evidence("RUS", "assault", "UKR")] == ["d1"]
    assert store.relations(actor="USA", relation="support") == []
    assert [d["doc_id"] for d in store.documents()] == ["d1", "d3"]
    assert store.stats().documents == 2
    consistent(store)
    d2 = doc(2, "2025-02-01", "BBC")  # it can be added again
    assert store.add(d2, triples(d2, ("USA", "support", "UKR"))) == 1


def test_remove_by_outlet_and_date(store: Store) -> None:
    assert store.remove(outlet="bbc").documents == 1
    assert store.remove(before="2025-02-15").documents == 1  # d1
    assert [d["doc_id"] for d in store.documents()] == ["d3"]
    consistent(store)


def test_remove_refuses_unknown_ids_and_empty_selections(store: Store) -> None:
    before = store.stats()
    with pytest.raises(UsageError, match="'nope'"):
        store.remove(["d1", "nope"])
    with pytest.raises(UsageError, match="nothing to remove"):
        store.remove([])
    assert store.stats() == before  # nothing was removed


def test_a_redated_document_moves_its_edges(store: Store) -> None:
    e = {x.key(): x for x in store.relations()}
    assert e[("GBR", "ally", "USA")].first_date == dt.date(2025, 1, 10)
    again = doc(1, "2024-06-30")  # the same id and text, the right date
    summary = store.add_many([(again, triples(again, ("RUS", "assault", "UKR"),
                                              ("USA", "ally", "GBR")))])
    assert (summary.documents, summary.updated, summary.skipped) == (1, 1, 0)
    e = {x.key(): x for x in store.relations()}
    assert e[("GBR", "ally", "USA")].first_date == dt.date(2024, 6, 30)
    assert (e[("GBR", "ally", "USA")].count, e[("RUS", "assault", "UKR")].count) == (2, 2)
    assert [x.count for x in store.relations(relation="ally", until="2024-12-31")] == [1]
    assert store.stats().documents == 3
    assert store.document_status(again) == "stored"
    # re-added without a date (a build without --date): the stored date is kept
    assert store.document_status(Document(id="d1", text=again.text)) == "stored"
    assert store.document_status(doc(1, "2024-07-01")) == "changed"
    # the same text under another id is another copy: skipped, as before
    assert store.document_status(Document(id="copy", text=again.text)) == "stored"
    consistent(store)


def test_cli_remove_and_documents(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "kg.db"
    with Store(path) as s:
        for n, day in ((1, "2025-01-01"), (2, "2025-02-01")):
            d = doc(n, day)
            s.add(d, triples(d, ("RUS", "assault", "UKR")))
    with pytest.raises(SystemExit) as exc:
        main(["remove", "--db", str(path), "d1"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and "removed 1 document (1 triples)" in out
    with pytest.raises(SystemExit) as exc:
        main(["remove", "--db", str(path), "d9"])
    assert exc.value.code != 0 and "'d9'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["documents", "--db", str(path)])
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("d2  2025-02-01  Wire")


# ------------------------------------------------------------------------- kill -9 safety

N_DOCS, PER_DOC = 1500, 4
UPDATE = r"""
import sys
from geokg.models import Actor, Document, Evidence, Relation, Triple
from geokg.store import Store

path, n_docs, per_doc, year = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
actors = [Actor(id=f"A{i:03d}", name=f"Actor {i}", type="state") for i in range(60)]
relations = list(Relation)

def items():
    for n in range(n_docs):
        doc = Document(id=f"doc{n}", text=f"synthetic document {n}", outlet=f"outlet{n % 7}",
                       date=f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}")
        yield doc, [Triple(
            source=actors[(n * 7 + i) % 60], relation=relations[(n + i) % len(relations)],
            target=actors[(n * 13 + 3 * i + 1) % 60],
            evidence=Evidence(doc_id=doc.doc_id, sentence=f"sentence {i} of {n}",
                              start=i * 30, end=i * 30 + 20, date=doc.date))
            for i in range(per_doc)]

def report(document, n):
    if document.id.endswith("0"):
        print(document.id, flush=True)

summary = Store(path).add_many(items(), batch_size=25, progress=report)
print("done", summary.documents, summary.updated, flush=True)
"""


def run(path: Path, year: str, kill_after: int | None = None) -> str:
    cmd = [sys.executable, "-c", UPDATE, str(path), str(N_DOCS), str(PER_DOC), year]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if kill_after is None:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        return out
    assert proc.stdout is not None
    for k, _ in enumerate(proc.stdout, start=1):
        if k * 10 >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL, "the update ended before it could be killed"
    return ""


def snapshot(path: Path) -> tuple:
    with Store(path) as s:
        return s.stats(), s.relations(include_unstated=True)


def test_a_killed_redating_leaves_a_consistent_store_and_completes(tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    run(reference, "2023")
    expected = snapshot(reference)

    path = tmp_path / "kg.db"
    assert run(path, "2024").splitlines()[-1] == f"done {N_DOCS} 0"
    run(path, "2023", kill_after=500)  # re-date every document; killed part way
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    years = dict(conn.execute("SELECT substr(date, 1, 4), COUNT(*) FROM documents GROUP BY 1"))
    conn.close()
    assert set(years) == {"2023", "2024"} and sum(years.values()) == N_DOCS
    stats, _ = snapshot(path)
    assert stats.documents == N_DOCS and stats.triples == N_DOCS * PER_DOC
    with Store(path) as s:  # the stored edges agree with the triples that are in
        assert s.relations(include_unstated=True) == s.relations(since="1900-01-01",
                                                                 include_unstated=True)
    done = run(path, "2023").splitlines()[-1].split()  # the rest is re-dated now
    assert int(done[2]) == years["2024"]
    assert snapshot(path) == expected


def test_cli_build_again_with_the_right_date_updates_the_document(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    src = tmp_path / "story.txt"
    src.write_text("Russia attacked Ukraine, officials in Kyiv said after the strikes on the "
                   "capital ended.\n", encoding="utf-8")
    db = str(tmp_path / "kg.db")

    def run(*args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        out, err = capsys.readouterr()
        return exc.value.code, out, err

    code, _, err = run("build", "--db", db, str(src))
    assert code == 0 and "no date" in err  # undated: stored undated, with a warning
    with Store(db) as s:
        assert [e.first_date for e in s.relations()] == [None]
    code, _, err = run("build", "--db", db, str(src))
    assert code == 0 and "1 already stored" in err  # nothing new: nothing done
    code, _, err = run("build", "--db", db, str(src), "--date", "2016-05-31")
    assert code == 0 and "1 updated" in err
    with Store(db) as s:
        assert [e.first_date for e in s.relations()] == [dt.date(2016, 5, 31)]
        assert s.stats().documents == 1


def test_actors_named_only_by_removed_documents_are_no_longer_listed(store: Store) -> None:
    d4 = doc(4, "2025-04-01")
    speaker = Actor(id="person:ann-lee", name="Ann Lee", type=ActorType.PERSON, country="GBR")
    said = triples(d4, ("RUS", "assault", "UKR"))[0].model_copy(update={"attributed_to": speaker})
    store.add(d4, [said])
    assert {a.id for a in store.actors()} == {"RUS", "UKR", "USA", "GBR", "person:ann-lee"}
    store.remove(["d2"])  # USA still named by d1 and d3
    assert {a.id for a in store.actors()} == {"RUS", "UKR", "USA", "GBR", "person:ann-lee"}
    store.remove(["d1", "d3"])
    assert {a.id for a in store.actors()} == {"RUS", "UKR", "person:ann-lee"}
    store.remove(["d4"])
    assert store.actors() == []
    d5 = doc(5, "2025-05-01")
    store.add(d5, triples(d5, ("USA", "support", "UKR")))  # a returning actor keeps its key
    assert {a.id for a in store.actors()} == {"USA", "UKR"}
    assert [t.source.id for t in store.evidence("USA", "support", "UKR")] == ["USA"]
