"""Reliability (issue 15): bounded memory for any input, no input or fault that stops a run,
processes that behave. Each test reproduces one attack and checks the library and, where it
applies, the CLI. No test here measures time or memory: ``benchmarks/memory_bench.py`` does."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest
import spacy

from geokg import KnowledgeGraph, chunking
from geokg.cli import main
from geokg.engines import available_cores, run_local, worker_count
from geokg.errors import StoreError, UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.pipeline import extract_documents
from geokg.readers import ReadProblem, read_inputs
from geokg.store import SCHEMA_VERSION, Store
from geokg.terminal import escape_controls

ARTICLE = (
    "Russia launched missile strikes on Ukraine overnight, Ukrainian officials said. "
    "Turkiye is a close ally of Azerbaijan. "
)


# --- chunking: long texts are parsed in bounded pieces ------------------------------------------


def test_pieces_are_exact_slices_cut_at_paragraph_then_sentence_ends() -> None:
    text = "One sentence here. Another one there.\n\nA new paragraph starts. It goes on!\n" * 40
    parts = chunking.pieces(text, 120)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 120 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)
    assert all(p.endswith("\n\n") for _, p in parts[:-1])  # a blank line in every window


def test_pieces_fall_back_to_sentence_then_space_then_a_hard_cut() -> None:
    sentences = "The talks resumed on Monday. Both sides spoke. " * 10
    assert all(p.endswith(". ") for _, p in chunking.pieces(sentences, 100)[:-1])
    words = "word " * 100
    assert all(p.endswith(" ") for _, p in chunking.pieces(words, 64)[:-1])
    blob = "x" * 250
    assert [len(p) for _, p in chunking.pieces(blob, 100)] == [100, 100, 50]
    assert chunking.pieces("") == [(0, "")]


def test_batches_bound_items_and_characters() -> None:
    sizes = [10, 10, 10, 50, 200, 5, 5]
    got = list(chunking.batches(sizes, lambda n: n, max_items=2, max_chars=60))
    assert got == [[10, 10], [10, 50], [200], [5, 5]]
    assert all(len(b) <= 2 and (sum(b) <= 60 or len(b) == 1) for b in got)
    with pytest.raises(ValueError):
        list(chunking.batches(sizes, lambda n: n, max_items=0))


def test_a_long_document_is_parsed_in_pieces_with_the_same_triples(nlp, monkeypatch) -> None:
    paragraphs = [ARTICLE * 3 for _ in range(6)]
    document = Document(id="long", text="\n\n".join(paragraphs), date="2025-07-11")
    whole = [t for _, ts in extract_documents([document], nlp=nlp) for t in ts]
    assert whole  # the comparison must be about something

    seen: list[int] = []
    real_pipe = chunking.pipe_bounded

    def spy(nlp_, docs, batch_size):
        for doc in real_pipe(nlp_, docs, batch_size):
            seen.append(len(doc.text))
            yield doc

    monkeypatch.setattr(chunking, "PIECE_CHARS", 400)
    monkeypatch.setattr(chunking, "pipe_bounded", spy)
    cut = [t for _, ts in extract_documents([document], nlp=nlp) for t in ts]
    assert len(seen) >= 6 and max(seen) <= 400  # parsed in pieces
    key = lambda t: (t.source.id, t.relation, t.target.id, t.evidence.start, t.evidence.end)  # noqa: E731
    assert sorted(map(key, cut)) == sorted(map(key, whole))
    for t in cut:  # offsets point into the whole document
        ev = t.evidence
        assert document.text[ev.start : ev.end] == ev.sentence
        if ev.trigger_start is not None and ev.trigger:
            assert document.text[ev.trigger_start :].startswith(ev.trigger)


def test_documents_after_a_long_one_keep_their_order(nlp, monkeypatch) -> None:
    monkeypatch.setattr(chunking, "PIECE_CHARS", 300)
    docs = [
        Document(id="a", text=ARTICLE, date="2025-07-11"),
        Document(id="b", text=(ARTICLE + "\n\n") * 8, date="2025-07-11"),
        Document(id="c", text="China and India agreed to resume direct flights.", date="2025-07-11"),
    ]
    out = list(extract_documents(docs, nlp=nlp, batch_size=2))
    assert [d.id for d, _ in out] == ["a", "b", "c"]
    assert all(t.evidence.doc_id == d.doc_id for d, ts in out for t in ts)


# --- helpers ---------------------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    """The CLI in this process: exit code, stdout, stderr."""
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def one_line_error(err: str) -> bool:
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("geokg: error:") and "Traceback" not in err


STATE = {c: Actor(id=c, name=n, type=ActorType.STATE) for c, n in
         [("RUS", "Russia"), ("UKR", "Ukraine"), ("TUR", "Turkiye"), ("AZE", "Azerbaijan")]}


def fact(n: int, source: str = "RUS", target: str = "UKR") -> tuple[Document, list[Triple]]:
    """A document and one triple, without the language model."""
    d = Document(id=f"d{n}", text=f"{source} and {target}: text number {n}.", date="2025-01-10")
    sentence = d.text
    t = Triple(source=STATE[source], relation=Relation("assault"), target=STATE[target],
               evidence=Evidence(doc_id=d.doc_id, sentence=sentence, start=0, end=len(sentence)))
    return d, [t]


def good_texts(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"good{i}.txt").write_text(
            f"Russia attacked Ukraine on day {i}, officials in Kyiv said on Tuesday.\n",
            encoding="utf-8")


# --- no input stops a run ------------------------------------------------------------------------

DEEP = "[" * 1100 + "]" * 1100  # deeper than Python's JSON parser can go


def test_deep_nesting_is_one_problem_and_the_records_around_it_are_read(tmp_path) -> None:
    good = {"id": "g1", "text": "Russia attacked Ukraine on Monday, officials in Kyiv said."}
    corpus = tmp_path / "deep.jsonl"
    corpus.write_text(json.dumps(good) + "\n" + '{"id": "x", "text": "a", "n": ' + DEEP + "}\n"
                      + json.dumps({**good, "id": "g2", "text": good["text"] + " Again."}) + "\n")
    (tmp_path / "deep.json").write_text('{"documents": [' + DEEP + "]}")
    items = list(read_inputs([tmp_path]))
    docs = [i.id for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert docs == ["g1", "g2"]
    assert sorted((Path(p.path).name, p.line, p.kind) for p in problems) == [
        ("deep.json", None, "json"), ("deep.jsonl", 2, "json")]
    assert all("nested too deeply" in p.message for p in problems)


def test_build_stores_the_records_around_a_deeply_nested_one(tmp_path, capsys, nlp) -> None:
    corpus = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Russia attacked Ukraine on Monday, Kyiv said."}),
             '{"id": "deep", "text": ' + DEEP + "}",
             json.dumps({"id": "b", "text": "Turkiye is a close ally of Azerbaijan."})]
    corpus.write_text("\n".join(lines) + "\n")
    db = tmp_path / "g.db"
    code, _, err = run(capsys, "build", str(corpus), "--db", str(db), "-q")
    assert code == 1 and "in.jsonl:2: JSON nested too deeply" in err and "Traceback" not in err
    with Store(db) as store:
        assert sorted(d["doc_id"] for d in store.documents()) == ["a", "b"]


def test_an_undecodable_file_name_is_read_and_stored(tmp_path, capsys, nlp) -> None:
    good_texts(tmp_path, 5)
    odd = os.fsdecode(b"a\xff.txt")
    (tmp_path / odd).write_text("Turkiye is a close ally of Azerbaijan, the minister said.\n")
    items = list(read_inputs([tmp_path]))
    assert len(items) == 6 and all(isinstance(i, Document) for i in items)
    named = [i for i in items if "\\xff" in (i.id or "")]
    assert len(named) == 1 and named[0].id.endswith("a\\xff.txt")
    db = tmp_path.parent / f"{tmp_path.name}.db"
    code, _, err = run(capsys, "build", str(tmp_path), "--db", str(db), "-q")
    assert code == 0 and "Traceback" not in err
    with Store(db) as store:
        assert store.stats().documents == 6


def test_a_document_with_lone_surrogates_is_a_store_error_not_a_crash() -> None:
    store = Store()
    d, ts = fact(1)
    store.add(d, ts)
    bad = Document(id="bad\udcff", text="Russia attacked Ukraine.")
    with pytest.raises(StoreError, match="not valid Unicode"):
        store.add(bad, [])
    assert store.stats().documents == 1


@pytest.fixture()
def fifo_folder(tmp_path):
    """A folder with two good files and a FIFO named like a text file. A thread holds the
    FIFO's write end open-to-be: a reader that wrongly opens the FIFO gets an empty read (and
    the test fails) instead of hanging."""
    good_texts(tmp_path, 2)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def writer() -> None:
        fd = os.open(fifo, os.O_WRONLY)  # returns once someone opens the read end
        os.close(fd)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    yield tmp_path
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # releases the writer if nobody did
    thread.join()
    os.close(fd)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_is_skipped_by_type_with_a_line(fifo_folder, capsys, nlp) -> None:
    items = list(read_inputs([fifo_folder]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert sum(isinstance(i, Document) for i in items) == 2
    assert [(Path(p.path).name, p.kind) for p in problems] == [("pipe.txt", "unsupported")]
    assert "FIFO" in problems[0].message
    code, _, err = run(capsys, "extract", str(fifo_folder), "-q")
    assert code == 1 and "pipe.txt: a named pipe (FIFO), not a regular file; skipped" in err


def test_a_socket_in_a_folder_is_skipped_by_type(tmp_path) -> None:
    import socket

    good_texts(tmp_path, 1)
    short = Path(os.environ.get("TMPDIR", "/tmp")) / f"geokg-sock-{os.getpid()}"
    short.mkdir(exist_ok=True)
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(short / "s.txt"))
        try:
            items = list(read_inputs([short]))
        finally:
            sock.close()
    finally:
        for f in short.iterdir():
            f.unlink()
        short.rmdir()
    assert [(Path(i.path).name, i.kind) for i in items] == [("s.txt", "unsupported")]


def _bomb(path: Path, megabytes: int = 12) -> None:
    line = b"The ministers of the two countries said on Tuesday that they would meet again. "
    block = line * (2**20 // len(line))
    with gzip.open(path, "wb", compresslevel=9) as f:
        for _ in range(megabytes):
            f.write(block)


def test_a_gzip_bomb_is_stopped_early_with_one_line(tmp_path, capsys) -> None:
    good_texts(tmp_path, 2)
    _bomb(tmp_path / "bomb.txt.gz")
    items = list(read_inputs([tmp_path]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert sum(isinstance(i, Document) for i in items) == 2  # no piece of the bomb was read
    assert [(Path(p.path).name, p.kind) for p in problems] == [("bomb.txt.gz", "gzip")]
    assert "decompression bomb" in problems[0].message
    # an ordinary gzip file (text compresses 3-10x) is read whole
    normal = tmp_path / "ok.txt.gz"
    normal.write_bytes(gzip.compress(
        "\n\n".join(f"Russia and Ukraine held talks in city number {i}." for i in range(40000))
        .encode()))
    assert not [i for i in read_inputs([normal]) if isinstance(i, ReadProblem)]


# --- faults give one line and keep stored data ------------------------------------------------------


def test_an_input_failure_keeps_the_documents_read_before_it() -> None:
    store = Store()

    def items():
        yield fact(1)
        yield fact(2)
        raise RuntimeError("the input broke")

    with pytest.raises(RuntimeError):
        store.add_many(items())
    assert store.stats().documents == 2


def _full_after(store: Store, extra_pages: int) -> None:
    """Make the store's disk 'full' a few pages past its current size (SQLITE_FULL)."""
    store._conn.execute("VACUUM")  # no free pages left inside the file either
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_disk_full_is_a_store_error_and_stored_documents_stay(tmp_path) -> None:
    db = tmp_path / "g.db"
    with Store(db) as store:
        store.add_many([fact(i) for i in range(5)])
        _full_after(store, 2)
        big = [(Document(id=f"big{i}", text=f"big {i} " + "x" * 5000), fact(i)[1])
               for i in range(400)]
        with pytest.raises(StoreError, match="full.*free disk space"):
            store.add_many(big, batch_size=400)
    with Store(db) as store:
        assert store.stats().documents == 5


def test_disk_full_during_build_is_one_line(tmp_path, capsys, nlp, monkeypatch) -> None:
    for i in range(20):  # about 200 triples: more than the free room in the store's pages
        (tmp_path / f"t{i}.txt").write_text(" ".join(
            f"Russia attacked Ukraine in town {i}-{k}, officials said." for k in range(10)))
    db = tmp_path.parent / f"{tmp_path.name}.db"
    real_init = Store.__init__

    def tiny_disk(self, *a, **kw):
        real_init(self, *a, **kw)
        _full_after(self, 0)

    monkeypatch.setattr(Store, "__init__", tiny_disk)
    code, out, err = run(capsys, "build", str(tmp_path), "--db", str(db), "-q")
    assert code == 1 and one_line_error(err) and "disk is full" in err


def _damage(db: Path) -> None:
    """Overwrite pages in the middle of a store with junk (the header stays intact)."""
    size = db.stat().st_size
    with open(db, "r+b") as f:
        for offset in range(size // 2, min(size, size // 2 + 65536), 512):
            f.seek(offset)
            f.write(bytes((offset * 7 + k) % 251 for k in range(64)))


@pytest.fixture()
def damaged_store(tmp_path) -> Path:
    db = tmp_path / "g.db"
    with Store(db) as store:
        store.add_many([fact(i, "RUS", "UKR" if i % 2 else "TUR") for i in range(3000)])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _damage(db)
    return db


def test_a_damaged_store_is_reported_not_answered_from(damaged_store, capsys) -> None:
    with Store(damaged_store) as store:
        with pytest.raises(StoreError, match="is damaged"):
            store.stats()
        with pytest.raises(StoreError, match="is damaged"):
            store.add_many([fact(99999)])
    for command in (["stats"], ["query"], ["export", "--format", "json", "-o",
                                            str(damaged_store.with_suffix(".json"))]):
        code, out, err = run(capsys, *command, "--db", str(damaged_store))
        assert code == 1 and one_line_error(err) and "is damaged" in err, command
    assert not damaged_store.with_suffix(".json").exists()


def _set_meta(db: Path, version: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    conn.commit()
    conn.close()


def test_a_store_whose_metadata_lies_about_its_schema_is_refused(tmp_path, capsys) -> None:
    db = tmp_path / "g.db"
    with Store(db) as store:
        store.add_many([fact(1), fact(2, "TUR", "AZE")])
        actors = len(store.actors())
    _set_meta(db, "2")
    with pytest.raises(StoreError,
                       match=f"says schema 2 but its tables are schema {SCHEMA_VERSION}"):
        Store(db)
    code, _, err = run(capsys, "stats", "--db", str(db))
    assert code == 1 and one_line_error(err) and "refusing to migrate" in err
    _set_meta(db, str(SCHEMA_VERSION))
    with Store(db) as store:  # nothing was migrated twice
        assert len(store.actors()) == actors


@pytest.mark.parametrize("value", ["-1", "0", "two", ""])
def test_an_invalid_schema_version_says_so(tmp_path, value) -> None:
    db = tmp_path / "g.db"
    Store(db).close()
    _set_meta(db, value)
    with pytest.raises(StoreError, match="no valid schema version"):
        Store(db)


def test_a_nul_byte_in_the_store_path_is_a_usage_error(tmp_path) -> None:
    with pytest.raises(UsageError, match="NUL byte"):
        Store(str(tmp_path / "a\x00b.db"))
    with pytest.raises(UsageError, match="NUL byte"):
        KnowledgeGraph(tmp_path / "a\x00b.db")
    kg = KnowledgeGraph()
    for write in (lambda p: kg.store.save(p), lambda p: kg.to_html(p),
                  lambda p: kg.export(p, "json")):
        with pytest.raises(UsageError, match="NUL byte"):
            write(str(tmp_path / "out\x00put"))


# --- terminal control characters are shown, never obeyed ----------------------------------------------


def test_escape_controls() -> None:
    assert escape_controls("plain\ttext\r\n") == "plain\ttext\r\n"
    assert escape_controls("a\x1b]0;title\x07b\x9bc") == "a\\x1b]0;title\\x07b\\x9bc"
    assert escape_controls("x\u202ey") == "x\\u202ey"


def test_file_names_with_escape_sequences_are_printed_escaped(tmp_path, capsys) -> None:
    evil = tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.txt"
    evil.write_text("x")
    code, out, err = run(capsys, "extract", str(tmp_path), "-q")
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;pwned\\x07" in err


def test_actor_names_with_control_characters_are_printed_escaped(tmp_path, capsys) -> None:
    db = tmp_path / "g.db"
    evil = Actor(id="EVL", name="Evil\x1b[2J\x1b]0;x\x07Land", type=ActorType.STATE)
    d = Document(id="d1", text="Evil Land attacked Ukraine.")
    t = Triple(source=evil, relation=Relation("assault"), target=STATE["UKR"],
               evidence=Evidence(doc_id=d.doc_id, sentence=d.text, start=0, end=len(d.text)))
    with Store(db) as store:
        store.add(d, [t])
    for fmt in ("table", "csv"):
        code, out, _ = run(capsys, "actors", "--db", str(db), "--format", fmt)
        # (click drops colour/cursor sequences itself when not writing to a terminal)
        assert code == 0 and re.search(r"Evil(\\x1b\[2J)?\\x1b\]0;x\\x07Land", out)
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", out.replace("\r\n", "\n"))


# --- processes that behave -------------------------------------------------------------------------


def test_workers_are_capped_at_the_cores() -> None:
    cores = available_cores()
    assert worker_count(0) == (cores, None)
    assert worker_count(1) == (1, None)
    n, warning = worker_count(99999)
    assert n == cores and "99999" in warning
    with pytest.raises(UsageError):
        worker_count(-1)


def test_run_local_with_huge_workers_warns_and_forks_only_cores(monkeypatch) -> None:
    seen: list[int] = []

    class Pool:
        def __init__(self, max_workers, **kw):
            seen.append(max_workers)

        def shutdown(self, **kw):
            pass

    monkeypatch.setattr("geokg.engines.ProcessPoolExecutor", Pool)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert list(run_local([], workers=99999, nlp=spacy.blank("en"))) == []
    assert seen == [available_cores()]
    assert any("99999" in str(w.message) for w in caught)


def test_cli_workers_99999_warns_and_finishes(tmp_path, capsys, nlp) -> None:
    good_texts(tmp_path, 3)
    code, out, err = run(capsys, "extract", str(tmp_path), "--workers", "99999", "-q")
    assert code == 0, err
    assert f"only {available_cores()} cores are available" in err
    assert len(out.splitlines()) >= 3


@pytest.mark.skipif(sys.platform != "linux", reason="fork and /proc: Linux")
def test_workers_exit_when_the_parent_is_killed(tmp_path) -> None:
    psutil = pytest.importorskip("psutil")
    text = tmp_path / "long.txt"
    # distinct paragraphs: repeated ones are recognised as duplicates and cost nothing, and the
    # run must last until both workers have been seen
    text.write_text("".join(
        " ".join(f"Russia attacked Ukraine on day {i}, officials in Kyiv said in report {j}."
                 for j in range(40)) + "\n\n"
        for i in range(400)
    ))
    geokg = Path(sys.executable).with_name("geokg")
    proc = subprocess.Popen([str(geokg), "extract", "--workers", "2", "-q", str(text)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    workers: list = []
    while proc.poll() is None and len(workers) < 2:
        workers = parent.children(recursive=True)
        psutil.wait_procs([parent], timeout=0.2)
    assert proc.poll() is None, "the run ended before its workers could be seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # a hang guard, not a timing: the workers die at once by the parent-death signal
    _, alive = psutil.wait_procs(workers, timeout=120)
    for p in alive:
        p.kill()
    assert not alive, f"{len(alive)} workers outlived their parent"


def _graph_with_a_chain() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.store.add_many([fact(1, "RUS", "UKR"), fact(2, "UKR", "TUR"), fact(3, "TUR", "AZE")])
    return kg


def test_ego_graph_with_a_huge_radius_returns_the_component() -> None:
    kg = _graph_with_a_chain()
    g = kg.ego_graph("RUS", radius=10**9)
    assert set(g.nodes) == {"RUS", "UKR", "TUR", "AZE"}
    assert set(kg.ego_graph("RUS", radius=1).nodes) == {"RUS", "UKR"}


@pytest.mark.parametrize("value", [-5, -1, 1.5, "2", True])
def test_min_evidence_is_validated(value) -> None:
    kg = _graph_with_a_chain()
    with pytest.raises(UsageError, match="min_evidence"):
        kg.relations(min_evidence=value)
    with pytest.raises(UsageError, match="min_evidence"):
        kg.to_networkx(min_evidence=value)
    assert len(kg.relations(min_evidence=0)) == len(kg.relations()) == 3


def test_cli_rejects_a_negative_min_evidence(tmp_path, capsys) -> None:
    db = tmp_path / "g.db"
    with Store(db) as store:
        store.add_many([fact(1)])
    code, _, err = run(capsys, "query", "--db", str(db), "--min-evidence", "-5")
    assert code == 2 and "min-evidence" in err


# --- the suite never flakes -------------------------------------------------------------------------

TIMERS = re.compile(r"\btime\.(?:time|monotonic|perf_counter|process_time)\(")


def test_no_unit_test_measures_time() -> None:
    """Timings live in benchmarks/: a test that asserts one fails on a busy machine."""
    here = Path(__file__).resolve().parent
    timed = [p.name for p in sorted(here.glob("test_*.py"))
             if p.name != Path(__file__).name and TIMERS.search(p.read_text(encoding="utf-8"))]
    assert timed == []
