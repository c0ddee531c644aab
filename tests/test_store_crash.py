"""A build killed with SIGKILL leaves a consistent store that the next build completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from geokg.store import Store

N_DOCS = 3000
PER_DOC = 5

# A build in a real process: deterministic synthetic documents through the public store API.
BUILD = r"""
import sys
from geokg.models import Actor, Document, Evidence, Relation, Triple
from geokg.store import Store

path, n_docs, per_doc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
actors = [Actor(id=f"A{i:03d}", name=f"Actor {i}", type="state") for i in range(120)]
relations = list(Relation)

def items():
    for n in range(n_docs):
        doc = Document(id=f"doc{n}", text=f"synthetic document {n}", outlet=f"outlet{n % 7}",
                       date=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}")
        triples = []
        for i in range(per_doc):
            a, b = actors[(n * 7 + i) % 120], actors[(n * 13 + 3 * i + 1) % 120]
            triples.append(Triple(
                source=a, relation=relations[(n + i) % len(relations)], target=b,
                negated=(n + i) % 9 == 0, confidence=((n * i) % 10) / 10,
                evidence=Evidence(doc_id=doc.doc_id, sentence=f"sentence {i} of {n}",
                                  start=i * 30, end=i * 30 + 20, date=doc.date)))
        yield doc, triples

def report(document, n):
    if document.id.endswith("0"):
        print(document.id, flush=True)

store = Store(path)
summary = store.add_many(items(), batch_size=25, progress=report)
print("done", summary.documents, summary.skipped, summary.triples, flush=True)
"""


def run_build(path: Path, *, kill_after: int | None = None) -> str:
    """Run the build; with ``kill_after``, SIGKILL it once that many documents are reported."""
    cmd = [sys.executable, "-c", BUILD, str(path), str(N_DOCS), str(PER_DOC)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        return out
    seen = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        seen += 1
        if seen * 10 >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    return ""


def snapshot(path: Path) -> tuple:
    s = Store(path)
    try:
        return s.stats(), s.relations(include_unstated=True)
    finally:
        s.close()


def test_killed_build_resumes_without_duplicates(tmp_path):
    reference = tmp_path / "reference.db"
    out = run_build(reference)
    assert out.splitlines()[-1] == f"done {N_DOCS} 0 {N_DOCS * PER_DOC}"
    expected = snapshot(reference)

    crashed = tmp_path / "crashed.db"
    run_build(crashed, kill_after=600)
    # consistent after the kill: the file is intact, documents are whole, and it is partial
    conn = sqlite3.connect(crashed)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    stats, _ = snapshot(crashed)
    assert 0 < stats.documents < N_DOCS
    assert stats.triples == PER_DOC * stats.documents
    s = Store(crashed)  # merged edges agree with the triples that made it in
    assert s.relations(include_unstated=True) == s.relations(since="1900-01-01",
                                                             include_unstated=True)
    s.close()

    run_build(crashed, kill_after=1800)  # a resumed build killed again
    again, _ = snapshot(crashed)
    assert stats.documents < again.documents < N_DOCS
    assert again.triples == PER_DOC * again.documents

    out = run_build(crashed)  # resume: stored documents are skipped
    done = out.splitlines()[-1].split()
    assert int(done[1]) == N_DOCS - again.documents and int(done[2]) == again.documents
    assert snapshot(crashed) == expected


def test_another_process_reads_while_a_build_writes(tmp_path):
    path = tmp_path / "live.db"
    Store(path).close()
    cmd = [sys.executable, "-c", BUILD, str(path), str(N_DOCS), str(PER_DOC)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    reader = Store(path)
    seen = []
    while proc.poll() is None:
        stats = reader.stats()
        assert stats.triples == PER_DOC * stats.documents  # whole documents only
        if stats.documents:
            assert reader.relations(actor="A001", include_unstated=True)
        seen.append(stats.documents)
    assert proc.returncode == 0, proc.stderr.read()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    assert seen == sorted(seen) and any(0 < n < N_DOCS for n in seen)
    assert reader.stats().documents == N_DOCS
    reader.close()
