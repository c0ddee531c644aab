"""Engines that spread extraction over processes: a local process pool and a Dask cluster.

Both cut the document stream into chunks, send each chunk to a worker that holds the pipeline
(loaded once per worker) and give back ``(Document, triples)`` pairs **in input order**, with a
bounded number of chunks in flight, so a corpus larger than memory can be streamed and the
output is the same as a single-process run. spaCy ``Doc`` objects never cross processes: only
:class:`~geokg.models.Document` and :class:`~geokg.models.Triple` (plain pydantic models) do.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from spacy.language import Language

from .chunking import BATCH_CHARS, BATCH_DOCS, batches
from .errors import GeokgError, UsageError
from .loading import load_pipeline, model_name, preload
from .models import Document, Triple
from .stream import as_document, stream_documents

__all__ = ["available_cores", "worker_count", "chunked", "run_local", "run_dask", "extract_partition"]

#: a chunk holds at most this many characters of text (about 2,000 words, ~0.3 s of work: small
#: enough that the last chunks keep every worker busy to the end) ...
CHUNK_CHARS = BATCH_CHARS
#: ... and at most this many documents: the limits of one batch, so a worker parses a chunk in
#: one batch, as one process parses the same documents
CHUNK_DOCS = BATCH_DOCS


def available_cores() -> int:
    """The number of CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(
    documents: Iterable[Document], *, max_chars: int = CHUNK_CHARS, max_docs: int = CHUNK_DOCS
) -> Iterator[list[Document]]:
    """Cut a document stream into lists of at most ``max_docs`` documents and ``max_chars``
    characters (a longer document goes alone)."""
    return batches(documents, _text_chars, max_items=max_docs, max_chars=max_chars)


def _text_chars(document: Document) -> int:
    return len(document.text)


def _in_order(
    chunks: Iterable[list[Document]],
    submit: Callable[[list[Document]], Any],
    result: Callable[[Any], list[list[Triple]]],
    max_in_flight: int,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Submit chunks, keeping at most ``max_in_flight`` pending, and yield results in order."""
    pending: deque[tuple[list[Document], Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= max_in_flight:
            done, future = pending.popleft()
            yield from zip(done, result(future), strict=True)
    while pending:
        done, future = pending.popleft()
        yield from zip(done, result(future), strict=True)


# --- local process pool --------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def worker_count(workers: int) -> tuple[int, str | None]:
    """``workers`` capped at :func:`available_cores` (0: all cores), and a warning when capped.

    More processes than cores only adds memory and switching, and a huge number would fork
    until the machine stalls. Raises :class:`UsageError` for a negative number.
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise UsageError(f"workers must be 0 (all cores) or a positive number, not {workers!r}")
    cores = available_cores()
    if workers > cores:
        return cores, (f"{workers} workers asked for but only {cores} cores are available: "
                       f"using {cores}")
    return workers or cores, None


def _exit_with_parent(parent: int) -> None:
    """Make this worker process end when its parent dies (even by SIGKILL): the kernel's
    parent-death signal on Linux, and everywhere a thread that watches the parent's pid."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=watch, name="geokg-parent-watch", daemon=True).start()


def _init_local_worker(
    nlp: Language | None,
    model: str | None,
    actors: tuple[str, ...],
    parent: int | None = None,
    accurate: bool = False,
) -> None:
    """Pool initializer: keep the parent's pipeline (fork) or load it once (spawn)."""
    global _WORKER_NLP
    if parent is not None:
        _exit_with_parent(parent)
    # Ctrl-C is the parent's to handle: it stops the pool, workers finish their chunk quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nlp is None:
        nlp = load_pipeline(model, actors=actors, accurate=accurate)
    _WORKER_NLP = nlp


def _extract_local_chunk(documents: list[Document], batch_size: int) -> list[list[Triple]]:
    assert _WORKER_NLP is not None, "worker used before its initializer ran"
    return [t for _, t in stream_documents(documents, _WORKER_NLP, batch_size=batch_size)]


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects alive now (the loaded pipeline: some 235,000 of them with
    en_core_web_sm) out of the garbage collector's reach while a pool runs (:func:`gc.freeze`),
    then hand them back (:func:`gc.unfreeze`).

    Without it, each full collection in this process, set off as the workers' triples arrive,
    walks every object of the model (0.1 to 0.2 s of CPU each time, for nothing: the pipeline is
    not garbage), and a forked worker's collections write into the headers of the objects it
    shares with this process, so the kernel copies their pages. Objects that become garbage in
    the meantime are collected after the run. When the caller has frozen objects already, they
    are left as they are (unfreezing would undo the caller's freeze)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start_method() -> str:
    # fork shares the parent's loaded pipeline copy-on-write: no model loading per worker
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return "fork"
    return "spawn"


def run_local(
    docs: Iterable[Document | str],
    *,
    workers: int = 0,
    nlp: Language | None = None,
    model: str | None = None,
    actors: Sequence[str | Path] = (),
    batch_size: int = BATCH_DOCS,
    max_chars: int = CHUNK_CHARS,
    max_in_flight: int | None = None,
    accurate: bool = False,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Extract on a pool of ``workers`` processes (0: one per available core), in input order.

    On Linux the workers are forked from this process after the pipeline is loaded here (or
    ``nlp`` is given), so they share it instead of each loading the model; elsewhere each worker
    loads ``load_pipeline(model, actors=actors, accurate=accurate)`` once. At most
    ``max_in_flight`` chunks (default: two per worker) are pending, so memory stays bounded on
    any corpus size.
    """
    workers, capped = worker_count(workers)
    if capped:
        warnings.warn(capped, RuntimeWarning, stacklevel=2)
    actor_files = tuple(str(Path(a)) for a in actors)
    method = _start_method()
    if method == "fork":
        if nlp is None:  # raises ModelNotFoundError here, cleanly
            nlp = load_pipeline(model, actors=actor_files, accurate=accurate)
        preload(nlp)  # the data components read on first use: once here, shared by the workers
    shared = nlp if method == "fork" else None
    if method == "spawn" and nlp is not None:
        model = nlp.meta.get("geokg_model", model)
        actor_files = tuple(nlp.meta.get("geokg_actors", actor_files))
        accurate = bool(nlp.meta.get("geokg_accurate", accurate))
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_local_worker,
        initargs=(shared, model, actor_files, os.getpid(), accurate),
    )

    def submit(chunk: list[Document]) -> Future[list[list[Triple]]]:
        return pool.submit(_extract_local_chunk, chunk, batch_size)

    def result(future: Future[list[list[Triple]]]) -> list[list[Triple]]:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise GeokgError(
                "an extraction worker process died (out of memory?); retry with fewer --workers"
            ) from exc

    documents = (as_document(d) for d in docs)
    with _frozen_heap():
        try:
            yield from _in_order(
                chunked(documents, max_chars=max_chars), submit, result,
                max_in_flight or 2 * workers,
            )
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


# --- Dask ----------------------------------------------------------------------------------

_PARTITION_LOCK = threading.Lock()


def extract_partition(
    documents: list[Document],
    model: str,
    actors: Sequence[str],
    batch_size: int = BATCH_DOCS,
    accurate: bool = False,
) -> list[list[Triple]]:
    """Run on a Dask worker: the triples of each document of one partition, in order.

    The pipeline is loaded on the first call and cached for the worker's lifetime. A lock keeps
    two threads of one worker from sharing the pipeline at the same time.
    """
    with _PARTITION_LOCK:
        nlp = load_pipeline(model, actors=actors, accurate=accurate)
        return [t for _, t in stream_documents(documents, nlp, batch_size=batch_size)]


def run_dask(
    docs: Iterable[Document | str],
    *,
    scheduler: str | None,
    model: str | None = None,
    actors: Sequence[str | Path] = (),
    partition_size: int = 32,
    batch_size: int = BATCH_DOCS,
    max_in_flight: int | None = None,
    timeout: float = 20.0,
    retries: int = 2,
    accurate: bool = False,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Extract on a Dask cluster and gather the results here, in input order.

    ``scheduler`` is the scheduler's address (``tcp://host:8786``); ``None`` uses the current
    ``dask.distributed`` client if there is one, else starts a local cluster (one single-threaded
    worker process per core) for the duration of the run. Documents go to the workers in
    partitions of ``partition_size``; each worker loads ``load_pipeline(model, actors=actors,
    accurate=accurate)`` once, so geokg, the same spaCy model and the ``actors`` files (same
    paths) must be installed on every worker. ``timeout`` (seconds) bounds the wait for the
    scheduler.

    At most ``max_in_flight`` partitions (default: two per worker thread) are being extracted at
    a time; a slow partition does not keep the cluster waiting: the next ones are sent as others
    finish, and finished results wait here (at most four times ``max_in_flight`` partitions) for
    their turn, so the output is always in input order. A partition that fails (its worker was
    killed, ran out of memory, or its result was lost with its worker) is sent again up to
    ``retries`` times; then the run stops with a :class:`~geokg.errors.GeokgError`. A geokg
    error raised by the extraction itself (bad input) stops the run at once.
    """
    try:
        from distributed import Client, LocalCluster, get_client
    except ImportError as exc:
        raise UsageError(
            "the Dask engine needs dask.distributed: pip install 'geokg[dask]'"
        ) from exc
    if partition_size < 1:
        raise UsageError(f"partition_size must be at least 1, not {partition_size}")
    if retries < 0:
        raise UsageError(f"retries must be 0 or more, not {retries}")

    owned: list[Any] = []
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=f"{timeout}s")
            except (OSError, TimeoutError) as exc:
                raise UsageError(
                    f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); start one with "
                    "`dask scheduler` and workers with `dask worker ADDRESS`, or fix the address"
                ) from exc
            owned.append(client)
        else:
            try:
                client = get_client()
            except ValueError:
                cluster = LocalCluster(
                    n_workers=available_cores(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: never clash with another cluster
                )
                client = Client(cluster)
                owned += [client, cluster]

        name = model_name(model)
        actor_files = [str(Path(a)) for a in actors]
        threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[Document]) -> Any:
            return client.submit(
                extract_partition, chunk, name, actor_files, batch_size, accurate, pure=False
            )

        documents = (as_document(d) for d in docs)
        in_flight = max_in_flight or 2 * threads
        yield from _as_finished_in_order(
            chunked(documents, max_chars=sys.maxsize, max_docs=partition_size),
            submit,
            max_in_flight=in_flight,
            max_ahead=4 * in_flight,
            retries=retries,
        )
    finally:
        for resource in reversed(owned):
            resource.close()


def _as_finished_in_order(
    chunks: Iterable[list[Document]],
    submit: Callable[[list[Document]], Any],
    *,
    max_in_flight: int,
    max_ahead: int,
    retries: int,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Keep ``max_in_flight`` Dask futures running, resubmit failed ones up to ``retries`` times,
    and yield the results in input order as soon as each one's turn comes.

    A new chunk is submitted whenever a future finishes, unless ``max_ahead`` chunks are already
    submitted or finished but not yet yielded (the memory bound when one partition is slow).
    """
    from distributed import as_completed

    source = iter(chunks)
    waiting = as_completed()
    #: chunk index -> (chunk, future, failures so far); finished results by chunk index
    pending: dict[int, tuple[list[Document], Any, int]] = {}
    index_of: dict[str, int] = {}
    finished: dict[int, tuple[list[Document], list[list[Triple]]]] = {}
    next_in = next_out = 0
    exhausted = False

    def send(i: int, chunk: list[Document], failures: int) -> None:
        future = submit(chunk)
        pending[i] = (chunk, future, failures)
        index_of[future.key] = i
        waiting.add(future)

    while True:
        while not exhausted and len(pending) < max_in_flight and next_in - next_out < max_ahead:
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
                break
            send(next_in, chunk, 0)
            next_in += 1
        while next_out in finished:
            done, results = finished.pop(next_out)
            yield from zip(done, results, strict=True)
            next_out += 1
        if not pending:
            if exhausted:
                return
            continue
        future = next(waiting)
        i = index_of.pop(future.key)
        chunk, _, failures = pending.pop(i)
        error: BaseException | None = None
        if future.status == "finished":
            try:
                finished[i] = (chunk, future.result())
                continue
            except Exception as exc:  # noqa: BLE001  the worker holding the result died
                error = exc
        elif future.status == "error":
            error = future.exception()
        else:  # cancelled: the scheduler lost it
            error = RuntimeError(f"the partition's task was {future.status}")
        if isinstance(error, GeokgError):
            raise error  # the documents' own fault (too long, bad input): the same every time
        if failures < retries:
            send(i, chunk, failures + 1)
            continue
        raise GeokgError(
            f"a Dask partition of {len(chunk)} documents (first: {chunk[0].doc_id}) failed "
            f"{failures + 1} times ({type(error).__name__}: {error}); check the workers' logs "
            "(out of memory? killed?) and run again: documents already stored are skipped"
        ) from error
