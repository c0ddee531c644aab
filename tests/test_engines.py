"""The local process pool and the Dask engine: same triples, same order, bounded work in flight."""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geokg.engines import _frozen_heap, _in_order, chunked, run_dask, run_local
from geokg.errors import InputError, UsageError
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.pipeline import extract_documents

fork_only = pytest.mark.skipif(
    sys.platform != "linux", reason="the fake pipeline reaches the workers by fork"
)

_A = Actor(id="AAA", name="A", type=ActorType.STATE)
_B = Actor(id="BBB", name="B", type=ActorType.STATE)


@Language.component("test_engines_fake_relations")
def _fake_relations(doc: Doc) -> Doc:
    """One triple per sentence-like line, so results depend on each document's own text."""
    meta = doc._.geokg_meta
    if "EXPLODE" in doc.text:
        raise InputError("this document asked to fail")
    triples = []
    start = 0
    for line in doc.text.split("\n"):
        triples.append(
            Triple(
                source=_A,
                relation=Relation.CONSULT,
                target=_B,
                evidence=Evidence(doc_id=meta.doc_id, sentence=line, start=start, end=start + len(line)),
            )
        )
        start += len(line) + 1
    doc._.geokg_triples = triples
    return doc


@pytest.fixture(scope="module")
def fake_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_engines_fake_relations")
    return nlp


def _docs(n: int) -> list[Document]:
    return [
        Document(id=f"d{i}", text="\n".join(f"line {i}.{k}" for k in range(1 + i % 4)) * (1 + i % 7))
        for i in range(n)
    ]


def _dump(pairs: Iterator[tuple[Document, list[Triple]]]) -> list[tuple[str, list[dict]]]:
    return [(d.doc_id, [t.model_dump(mode="json") for t in ts]) for d, ts in pairs]


# -- chunking and ordering (no processes) ------------------------------------------------------


def test_chunked_respects_both_limits() -> None:
    docs = [Document(text="x" * 10) for _ in range(25)]
    assert [len(c) for c in chunked(docs, max_chars=35, max_docs=100)] == [3] * 8 + [1]
    big = [Document(text="x" * 50), *docs[:3]]  # a document longer than the limit goes alone
    assert [len(c) for c in chunked(big, max_chars=35, max_docs=100)] == [1, 3]
    assert [len(c) for c in chunked(docs, max_chars=10**9, max_docs=10)] == [10, 10, 5]
    assert list(chunked([], max_chars=10)) == []


def test_in_order_yields_in_input_order_and_bounds_work_in_flight() -> None:
    pulled = 0

    def source() -> Iterator[list[Document]]:
        nonlocal pulled
        for i in range(20):
            pulled += 1
            yield [Document(id=str(i), text=str(i))]

    submitted: list[str] = []

    def submit(chunk: list[Document]) -> list[list[Triple]]:
        submitted.append(chunk[0].id)
        return [[]]

    out = _in_order(source(), submit, lambda r: r, max_in_flight=3)
    first = next(out)
    assert first[0].id == "0"
    assert pulled == 3  # only max_in_flight chunks were read before the first result
    rest = list(out)
    assert [d.id for d, _ in [first, *rest]] == [str(i) for i in range(20)]
    assert submitted == [str(i) for i in range(20)]


# -- the local process pool --------------------------------------------------------------------


@fork_only
def test_pool_gives_the_one_process_output_in_order(fake_nlp: Language) -> None:
    docs = _docs(40)
    expected = _dump(extract_documents(docs, nlp=fake_nlp))
    got = _dump(run_local(docs, workers=2, nlp=fake_nlp, max_chars=50))
    assert got == expected
    assert [d for d, _ in got] == [f"d{i}" for i in range(40)]


@fork_only
def test_pool_streams_a_generator_and_names_documents(fake_nlp: Language) -> None:
    texts = (f"text number {i}" for i in range(7))
    got = list(extract_documents(texts, nlp=fake_nlp, workers=2))
    assert [ts[0].evidence.sentence for _, ts in got] == [f"text number {i}" for i in range(7)]
    assert all(d.id == d.doc_id and d.id.startswith("sha256:") for d, _ in got)


@fork_only
def test_pool_reads_ahead_only_the_chunks_in_flight(fake_nlp: Language) -> None:
    pulled = 0

    def endless() -> Iterator[Document]:
        nonlocal pulled
        while True:
            pulled += 1
            yield Document(id=str(pulled), text=f"document {pulled}")

    stream = run_local(endless(), workers=2, nlp=fake_nlp, max_chars=1, max_in_flight=4)
    first = [next(stream) for _ in range(3)]
    assert [d.id for d, _ in first] == ["1", "2", "3"]
    assert pulled <= 4 + 3
    stream.close()  # stops the pool


class _Preloaded:
    """A component that records in which process its data was preloaded (None: never)."""

    def __init__(self) -> None:
        self.loaded_in: int | None = None

    def preload(self) -> None:
        self.loaded_in = os.getpid()

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.geokg_meta
        doc._.geokg_triples = [Triple(
            source=_A, relation=Relation.CONSULT, target=_B,
            evidence=Evidence(doc_id=meta.doc_id, sentence=str(self.loaded_in), start=0, end=1),
        )]
        return doc


@Language.factory("test_engines_preloaded")
def _make_preloaded(nlp: Language, name: str) -> _Preloaded:
    return _Preloaded()


@fork_only
def test_pool_preloads_the_components_data_once_before_forking() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("test_engines_preloaded")
    docs = _docs(12)
    # one process reads its data on first use only: nothing is preloaded
    assert {t.evidence.sentence for _, ts in extract_documents(docs, nlp=nlp) for t in ts} == {"None"}
    # the pool reads it in this process, and every worker uses that copy
    seen = {t.evidence.sentence for _, ts in run_local(docs, workers=2, nlp=nlp, max_chars=20)
            for t in ts}
    assert seen == {str(os.getpid())} and component.loaded_in == os.getpid()


@Language.component("test_engines_freeze_count")
def _freeze_count(doc: Doc) -> Doc:
    """One triple whose sentence is the number of objects the collector leaves alone here."""
    meta = doc._.geokg_meta
    doc._.geokg_triples = [Triple(
        source=_A, relation=Relation.CONSULT, target=_B,
        evidence=Evidence(doc_id=meta.doc_id, sentence=str(gc.get_freeze_count()), start=0, end=1),
    )]
    return doc


@fork_only
def test_pool_keeps_the_loaded_objects_from_the_collector_while_it_runs() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_engines_freeze_count")
    assert gc.get_freeze_count() == 0
    stream = run_local(_docs(8), workers=2, nlp=nlp, max_chars=20)
    first = next(stream)
    frozen = gc.get_freeze_count()  # this process's objects, the pipeline among them
    counts = [int(t.evidence.sentence) for _, ts in [first, *stream] for t in ts]
    # the workers were forked with the very objects frozen (the count moves by the few each
    # process frees after the fork, this one included) ...
    assert frozen > 0 and len(counts) == 8
    assert all(abs(count - frozen) <= 0.1 * frozen for count in counts)
    # ... and they are the collector's again once the run is over
    assert gc.get_freeze_count() == 0
    # a run stopped early hands them back too
    early = run_local(_docs(8), workers=2, nlp=nlp, max_chars=20)
    next(early)
    assert gc.get_freeze_count() > 0
    early.close()
    assert gc.get_freeze_count() == 0


def test_frozen_heap_leaves_a_freeze_of_the_caller_alone() -> None:
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        # (the count falls by whatever frozen objects are freed meanwhile)
        before = gc.get_freeze_count()
        fresh = [[] for _ in range(10_000)]  # tracked by the collector, not frozen
        with _frozen_heap():
            # a second freeze would have taken the fresh lists in too
            assert gc.get_freeze_count() < before + len(fresh)
        assert gc.get_freeze_count() > before - len(fresh)  # the caller's freeze holds
    finally:
        gc.unfreeze()
    with _frozen_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


@fork_only
def test_worker_errors_reach_the_caller_as_geokg_errors(fake_nlp: Language) -> None:
    docs = _docs(5) + [Document(id="bad", text="EXPLODE")]
    with pytest.raises(InputError, match="asked to fail"):
        list(run_local(docs, workers=2, nlp=fake_nlp))


def test_negative_workers_is_a_usage_error(fake_nlp: Language) -> None:
    with pytest.raises(UsageError, match="workers"):
        list(run_local(_docs(2), workers=-2, nlp=fake_nlp))


# -- Dask ----------------------------------------------------------------------------------------


def test_dask_rejects_a_bad_partition_size() -> None:
    with pytest.raises(UsageError, match="partition_size"):
        list(run_dask(_docs(1), scheduler=None, partition_size=0))


def test_dask_unreachable_scheduler_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        list(run_dask(_docs(1), scheduler="tcp://127.0.0.1:1", timeout=2))


_ARTICLES = [
    "Turkiye is a close ally of Azerbaijan. Ankara and Baku signed a defence agreement on Monday.",
    "Russia launched missile strikes on Ukraine overnight, Ukrainian officials said.",
    "The European Union imposed new sanctions on Iran. Tehran condemned the decision.",
    "NATO Secretary General Mark Rutte met US President Donald Trump in Washington.",
    "China and India agreed to resume direct flights after talks in Beijing.",
]


@pytest.mark.slow
def test_dask_cluster_matches_a_local_run(nlp: Language) -> None:
    distributed = pytest.importorskip("distributed")
    docs = [Document(id=f"a{i}", text=t, date="2025-07-11") for i, t in enumerate(_ARTICLES)]
    expected = _dump(extract_documents(docs, nlp=nlp))
    assert sum(len(ts) for _, ts in expected) > 0  # the comparison must be about something
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        got = _dump(run_dask(docs, scheduler=cluster.scheduler_address, partition_size=2))
        assert got == expected
        with distributed.Client(cluster):  # no address: the current client is used
            assert _dump(run_dask(docs, scheduler=None, partition_size=3)) == expected


@pytest.mark.slow
def test_dask_retries_the_partitions_of_a_worker_killed_mid_run(nlp: Language) -> None:
    """A worker process killed while it extracts: its partitions run again, the output is whole.

    The scheduler is told not to reschedule by itself (allowed-failures 0), so the partitions
    the dead worker held fail on the client and only geokg's own retry can bring them back.
    """
    distributed = pytest.importorskip("distributed")
    import os
    import signal

    import dask

    docs = [
        Document(id=f"k{i}", text=f"{t} ({i})", date="2025-07-11")
        for i, t in enumerate(_ARTICLES * 4)
    ]
    expected = _dump(extract_documents(docs, nlp=nlp))
    killed: list[str] = []
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster, distributed.Client(cluster) as client:

            def feed() -> Iterator[Document]:
                for i, document in enumerate(docs):
                    if i == 8 and not killed:  # four partitions sent: kill a busy worker
                        busy = _busy_worker(client)
                        pid = client.run(os.getpid, workers=[busy])[busy]
                        os.kill(pid, signal.SIGKILL)
                        killed.append(busy)
                    yield document

            # one client in this process (the current one): two would share dask's event loop
            got = _dump(run_dask(feed(), scheduler=None, partition_size=2))
    assert killed
    assert got == expected


def _busy_worker(client) -> str:  # type: ignore[no-untyped-def]
    """A worker holding a task, from one snapshot of the scheduler (two could disagree)."""
    import time

    for _ in range(6000):  # about 120 s of polls: a safety net, never a measure
        busy = next((a for a, keys in client.processing().items() if keys), None)
        if busy is not None:
            return busy
        time.sleep(0.02)
    raise AssertionError("no Dask worker took a partition in 6,000 polls")


_RELEASED = threading.Event()


def _slow_first(chunk: list[Document]) -> list[list[Triple]]:
    """Partition "0" waits until the test releases it (60 s: a safety net, never a measure)."""
    if chunk[0].id == "0":
        _RELEASED.wait(60)
    return [[] for _ in chunk]


def _always_fails(chunk: list[Document]) -> list[list[Triple]]:
    raise MemoryError("this partition always fails")


@pytest.mark.slow
def test_dask_sends_more_partitions_while_a_slow_one_runs_and_keeps_the_order() -> None:
    distributed = pytest.importorskip("distributed")
    from geokg.engines import _as_finished_in_order

    _RELEASED.clear()
    released = _RELEASED
    submitted: list[str] = []
    work = _slow_first

    with distributed.Client(processes=False, n_workers=1, threads_per_worker=4,
                            dashboard_address=":0") as client:

        def submit(chunk: list[Document]):  # type: ignore[no-untyped-def]
            submitted.append(chunk[0].id)
            if len(submitted) == 8:  # only possible when partition 0 holds nothing back
                released.set()
            return client.submit(work, chunk, pure=False)

        chunks = ([Document(id=str(i), text=str(i))] for i in range(12))
        out = list(
            _as_finished_in_order(chunks, submit, max_in_flight=2, max_ahead=8, retries=0)
        )
    assert released.is_set()
    assert submitted[:8] == [str(i) for i in range(8)]
    assert [d.id for d, _ in out] == [str(i) for i in range(12)]


@pytest.mark.slow
def test_dask_gives_up_after_the_retries_with_a_geokg_error() -> None:
    distributed = pytest.importorskip("distributed")
    from geokg.engines import _as_finished_in_order
    from geokg.errors import GeokgError

    attempts: list[str] = []
    work = _always_fails

    with distributed.Client(processes=False, n_workers=1, threads_per_worker=1,
                            dashboard_address=":0") as client:

        def submit(chunk: list[Document]):  # type: ignore[no-untyped-def]
            attempts.append(chunk[0].id)
            return client.submit(work, chunk, pure=False)

        chunks = [[Document(id="p", text="x")]]
        with pytest.raises(GeokgError, match="failed 3 times.*MemoryError"):
            list(_as_finished_in_order(iter(chunks), submit, max_in_flight=2, max_ahead=4,
                                       retries=2))
    assert attempts == ["p", "p", "p"]
