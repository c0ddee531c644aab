"""Throughput benchmark: raw spaCy parse vs geokg extraction, in CPU time, on distinct text.

The corpus (``benchmarks/corpus.py``) holds no repeated paragraph: the bundled samples and our own
evaluation texts, each paragraph once, then documents written from our templates (varied actors,
verbs, negation, reported speech, sentences naming no actor) up to ``--words`` words; or the
articles of ``--samples DIR ...`` (each paragraph once) topped up the same way. Each pipeline runs
as its users run it, with the defaults: ``spacy.load(model)`` and ``nlp.pipe(texts)`` (the model's
own batch size), and geokg's ``extract_documents``. It times

  (a) ``nlp.pipe`` with the model's full default spaCy pipeline (its ``ner`` included),
  (b) geokg extraction end to end (text -> triples) on one process, default pipeline (geokg's
      proper-noun labeller in place of ``ner``),
  (c) the same with ``--workers`` processes (pool start-up included),
  (d) geokg extraction with ``--accurate`` (the model's ``ner``) on one process,
  (e) ``nlp.pipe`` with the model's full pipeline as in (a), its networks switched to the matrix
      product geokg uses (:mod:`geokg.blas`: numpy's BLAS on one thread instead of blis), so that
      b/e shows what geokg gains over the raw parse apart from that switch,
  (f) ``--workers`` runs of (b) at once, each a fresh process of its own (no fork, nothing
      shared) on its share of the chunks (c) deals out (every second chunk for two): what running
      that many processes at once costs on this machine before any pool (fresh processes only),

and prints wall and CPU seconds (process time, children included) and words/s for each, the peak
memory (proportional set size of this process and its children, sampled by a separate process so
that sampling costs the phases no CPU time) of each phase, and the ratios:

  b/a CPU = (a)'s CPU seconds / (b)'s: how many times faster geokg is than the raw parse;
  b/e CPU = (e)'s CPU seconds / (b)'s: the same against the raw parse on geokg's matrix product;
  c/b = (b)'s wall seconds / (c)'s; and c/b CPU = (b)'s CPU seconds / ((c)'s CPU seconds of all
  its processes / workers): the speed-up if each worker had a core of its own and the chunks
  split the work evenly (it shows what the pool itself costs);
  f/b CPU = (b)'s CPU seconds / ((f)'s CPU seconds / workers): the same for processes that share
  nothing, the ceiling of c/b CPU on this machine (caches, memory bandwidth and the hypervisor
  are shared by processes running at once); and c/f CPU = (f)'s CPU seconds / (c)'s: what the
  pool costs beyond that (forking, its workers' copies of their parent's pages, passing chunks).

Each round runs every phase once over the whole corpus, **each in a fresh process**, as a user's
``geokg extract`` runs: the process loads its pipeline, runs it once, untimed, on a few other
documents (one-off lazy loading is not counted), then makes one timed pass; the order of the phases
turns every round (a b c d e, e d c b a, ...). (c)'s workers are forked from such a process. A
process that passes over the same corpus again and again would measure its own warm per-word caches
(the words and names of this very corpus) and compare them with (c)'s workers, which are forked
afresh and pay the kernel's copies of their parent's pages: ``--same-process`` runs it so, for
comparison: (a) (b) (d) (e) in one process, interleaved over slices of the raw model's batch size
(``--slice``) in an order that turns at every slice, then (c) forked from it.
A figure is the best round's (``--repeat N``); b/a and c/b of every round and their median are
printed too, with the load average. On a shared machine a round's b/a moves by 10 to 20 %: quote
the median of seven rounds or more.

It checks that (b) and (c) give identical triples, then the agreement of (b) and (d): the share of
triples found by both, with every triple found by only one written to ``--diff FILE``.
Then (unless ``--no-breakdown``) it shows where the time of (a) and of (b) goes: CPU seconds of
each pipeline component run one after another over the corpus (in the batches each uses), and the
share of tokens in sentences that name two actors or more and in sentences that yield a triple
(the ceiling of b/a for a sentence filter).

    python benchmarks/throughput.py [--words 50000] [--workers 2] [--repeat 3] [--same-process]
                                    [--slice N] [--no-breakdown] [--samples DIR ...] [--diff FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402,F401  (build_corpus, sample_documents: used by other benchmarks)
    ROOT,
    SAMPLE_DIRS,
    build_corpus,
    paragraphs,
    repeated_paragraph_share,
    sample_documents,
)


def _memory(proc: psutil.Process) -> int:
    """Proportional set size where the OS gives it (shared pages split between processes), else RSS."""
    try:
        return proc.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return proc.memory_info().rss


class PeakMemory:
    """The peak memory of this process plus all its children while the block runs.

    The sampling runs in a separate process (:class:`_Sampler`, started once and kept for the
    whole benchmark), so reading ``/proc/PID/smaps`` of every process several times a second is
    not charged to the CPU time of the phase being measured."""

    def __init__(self, interval: float = 0.25) -> None:
        self.sampler = _Sampler.shared(interval)
        self.peak = 0

    def __enter__(self) -> PeakMemory:
        self.sampler.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.peak = self.sampler.stop()


def _total(me: psutil.Process, skip: int) -> int:
    total = 0
    for proc in [me, *me.children(recursive=True)]:
        if proc.pid == skip:
            continue
        try:
            total += _memory(proc)
        except psutil.Error:
            pass  # a worker that just ended
    return total


def _sample_loop(parent: int, interval: float, conn: Any) -> None:
    """The sampler process: on "start", sample ``parent`` and its children (not itself) every
    ``interval`` seconds until "stop", then send the peak; end on "quit" or a closed pipe."""
    me, own = psutil.Process(parent), os.getpid()
    try:
        while True:
            if conn.recv() != "start":
                return
            peak = _total(me, own)
            conn.send("started")
            while not conn.poll(interval):
                peak = max(peak, _total(me, own))
            conn.recv()  # "stop"
            conn.send(max(peak, _total(me, own)))
    except (EOFError, OSError):
        return


class _Sampler:
    """A process that samples the memory of this process and its children on request."""

    _shared: _Sampler | None = None

    def __init__(self, interval: float) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        self._conn, theirs = ctx.Pipe()
        self._proc = ctx.Process(
            target=_sample_loop, args=(os.getpid(), interval, theirs), daemon=True
        )
        self._proc.start()
        theirs.close()

    @classmethod
    def shared(cls, interval: float) -> _Sampler:
        """The one sampler of this benchmark run (started on first use)."""
        if cls._shared is None:
            cls._shared = cls(interval)
        return cls._shared

    def start(self) -> None:
        self._conn.send("start")
        self._conn.recv()  # the first sample is taken

    def stop(self) -> int:
        self._conn.send("stop")
        return int(self._conn.recv())


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


class Phases:
    """Wall seconds, CPU seconds (this process and its children) and peak memory of named phases.

    A phase may run in several parts (:meth:`part`); a round's figure of a phase is the sum of its
    parts in that round (:meth:`end_round`), and :attr:`best` keeps each figure's best round."""

    def __init__(self) -> None:
        self.best: dict[str, dict[str, float]] = {}
        self.rounds: list[dict[str, dict[str, float]]] = []
        self.load_after: list[float] = []  # the load average at the end of each round
        self._now: dict[str, dict[str, float]] = {}

    @contextmanager
    def part(self, name: str) -> Iterator[None]:
        with PeakMemory() as mem:
            wall, own, kids = time.perf_counter(), _own_cpu(), _children_cpu()
            yield
            wall = time.perf_counter() - wall
            own, kids = _own_cpu() - own, _children_cpu() - kids
        self.add(name, wall, own + kids, mem.peak)

    def add(self, name: str, wall: float, cpu: float, peak_bytes: int) -> None:
        """Add a part of ``name``: measured by :meth:`part`, or elsewhere (a phase run in a
        process of its own)."""
        row = self._now.setdefault(name, {"wall": 0.0, "cpu": 0.0, "peak_mb": 0.0})
        row["wall"] += wall
        row["cpu"] += cpu
        row["peak_mb"] = max(row["peak_mb"], peak_bytes / 2**20)

    def end_round(self) -> None:
        """Close the round: keep each phase's best wall and CPU seconds and its highest peak (and
        note the load average)."""
        for name, now in self._now.items():
            best = self.best.setdefault(name, dict(now))
            for key, value in now.items():
                best[key] = min(best[key], value) if key != "peak_mb" else max(best[key], value)
        self.rounds.append(self._now)
        self.load_after.append(os.getloadavg()[0])
        self._now = {}


@contextmanager
def phase(name: str, phases: Phases) -> Iterator[None]:
    """Time a phase run in one part as a round of its own (loading a pipeline)."""
    with phases.part(name):
        yield
    phases.end_round()


def slices(items: list[Any], size: int) -> list[list[Any]]:
    """``items`` cut into consecutive slices of ``size`` (the last may be shorter)."""
    return [items[k : k + size] for k in range(0, len(items), max(1, size))]


def _key(t: Any) -> tuple[Any, ...]:
    ev = t.evidence
    return (ev.doc_id, ev.start, t.source.id, t.relation.value, t.target.id, t.negated,
            t.modality.value)


def agreement(
    corpus: list[Any], fast: list[list[Any]], accurate: list[list[Any]], path: Path,
    out: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Compare the triples of the default and the accurate pipeline; write the differing ones."""
    a = {_key(t): t for ts in fast for t in ts}
    b = {_key(t): t for ts in accurate for t in ts}
    both = a.keys() & b.keys()
    union = a.keys() | b.keys()
    share = len(both) / len(union) if union else 1.0
    only_fast, only_accurate = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = {d.id: d.text for d in corpus}
    with open(path, "w", encoding="utf-8") as fh:
        for side, keys, found in (("default", only_fast, a), ("accurate", only_accurate, b)):
            for k in keys:
                t = found[k]
                ev = t.evidence
                fh.write(json.dumps({
                    "only": side, "doc": ev.doc_id, "source": t.source.id,
                    "relation": t.relation.value, "target": t.target.id, "negated": t.negated,
                    "modality": t.modality.value, "sentence": texts[ev.doc_id][ev.start:ev.end],
                }, ensure_ascii=False) + "\n")
    out(
        f"agreement (b) default vs (d) --accurate: {len(both):,} of {len(union):,} distinct "
        f"triples identical ({100 * share:.1f} %); only default {len(only_fast)}, only accurate "
        f"{len(only_accurate)} -> {path}"
    )
    return {"identical": len(both), "union": len(union), "share": share,
            "only_default": len(only_fast), "only_accurate": len(only_accurate)}


PHASES = "abcde"
#: the phases of a fresh-process round: (f) needs processes of their own
FRESH_PHASES = PHASES + "f"


def phase_names(workers: int) -> dict[str, str]:
    """The printed name of each phase, by its letter."""
    return {
        "a": "(a) raw nlp.pipe", "b": "(b) geokg, 1 process", "c": f"(c) geokg, {workers} workers",
        "d": "(d) geokg --accurate", "e": "(e) raw, numpy BLAS",
        "f": f"(f) {workers} x (b) at once",
    }


def load_phase(key: str, model: str | None) -> Any:
    """The pipeline phase ``key`` runs: the raw model for (a), the raw model on numpy's BLAS for
    (e), geokg's default pipeline for (b) and (c), ``--accurate`` for (d)."""
    import spacy

    from geokg import blas
    from geokg.pipeline import load_pipeline, model_name

    if key in "ae":
        raw = spacy.load(model_name(model))
        if key == "e":
            blas.install(raw)
        return raw
    return load_pipeline(model, accurate=key == "d")


def phase_runner(key: str, nlp: Any, workers: int) -> Callable[[list[Any]], list[Any]]:
    """What phase ``key`` does to a list of documents, as its users run it: spaCy with
    ``nlp.pipe``'s defaults (the model's own batch size), geokg with ``extract_documents``'
    defaults (one process, or ``workers`` for (c))."""
    from geokg.pipeline import extract_documents

    if key in "ae":
        return lambda docs: [len(doc) for doc in nlp.pipe([x.text for x in docs])]
    n = workers if key == "c" else 1
    return lambda docs: [ts for _, ts in extract_documents(docs, nlp=nlp, workers=n)]


def corpus_of(args: argparse.Namespace) -> tuple[list[Any], list[Any]]:
    """The benchmark corpus (the same documents in every process: it is built from the seed),
    and the sample texts it was built from."""
    samples = (
        sample_documents(tuple(Path(d) for d in args.samples), eval_files=())
        if args.samples
        else sample_documents()
    )
    return build_corpus(samples, args.words, args.seed), samples


def share_of(corpus: list[Any], share: int, workers: int) -> list[Any]:
    """The documents of the chunks that (c)'s pool deals out as ``share`` of ``workers``: every
    ``workers``-th chunk (:func:`geokg.engines.chunked`), starting with chunk ``share``."""
    from geokg.engines import chunked

    return [d for k, chunk in enumerate(chunked(iter(corpus))) if k % workers == share for d in chunk]


def one_pass(args: argparse.Namespace) -> dict[str, Any]:
    """Phase ``args.one_pass`` as one user's run: in this (fresh) process, load its pipeline,
    run it once untimed on the warm-up documents (:func:`warm_up`), then time one pass over the
    whole corpus (for (f): over share ``args.share`` of its chunks, as (b) does). CPU seconds are
    this process's and its children's (the workers of (c))."""
    key = args.one_pass
    corpus, _ = corpus_of(args)
    if key == "f":
        corpus = share_of(corpus, args.share, args.workers)
    wall, cpu = time.perf_counter(), _own_cpu()
    nlp = load_phase("b" if key == "f" else key, args.model)
    load = {"wall": time.perf_counter() - wall, "cpu": _own_cpu() - cpu}
    # the warm-up runs on one process for (c) too: its workers are forked from a parent that
    # has done what (b)'s process did before its pass
    single = "b" if key in "cf" else key
    warm_up({key: phase_runner(single, nlp, 1)}, args.seed)
    wall, own, kids = time.perf_counter(), _own_cpu(), _children_cpu()
    found = phase_runner(single if key == "f" else key, nlp, args.workers)(corpus)
    timed = {
        "wall": time.perf_counter() - wall, "cpu": _own_cpu() - own + _children_cpu() - kids,
    }
    triples = (
        [[t.model_dump(mode="json") for t in ts] for ts in found] if key in "bcd" else None
    )
    return {"load": load, "pass": timed, "triples": triples}


def _forwarded(args: argparse.Namespace) -> list[str]:
    """The options a fresh phase process needs to build the same corpus and pipelines."""
    argv = ["--words", str(args.words), "--seed", str(args.seed), "--workers", str(args.workers)]
    if args.model:
        argv += ["--model", args.model]
    if args.samples:
        argv += ["--samples", *args.samples]
    return argv


def fresh_rounds(
    args: argparse.Namespace, names: dict[str, str]
) -> tuple[Phases, Phases, dict[str, list[list[Any]]]]:
    """``args.repeat`` rounds, each phase in a fresh process per round (:func:`one_pass`; (f):
    ``args.workers`` of them at once), in an order that turns every round (a b c d e f,
    f e d c b a, ...). Returns the timed passes, the loads, and the triples of (b), (c) and (d)
    of the last round."""
    import subprocess
    import tempfile

    from geokg.models import Triple

    res, loads = Phases(), Phases()
    found: dict[str, list[list[Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="geokg-throughput-") as tmp:
        for r in range(args.repeat):
            for key in FRESH_PHASES if r % 2 == 0 else FRESH_PHASES[::-1]:
                shares = range(args.workers) if key == "f" else [None]
                paths = [Path(tmp) / f"{key}{'' if i is None else i}.json" for i in shares]
                with PeakMemory() as mem:
                    procs = [
                        subprocess.Popen(
                            [sys.executable, str(Path(__file__).resolve()), "--one-pass", key,
                             "--result", str(path), *_forwarded(args)]
                            + ([] if i is None else ["--share", str(i)])
                        )
                        for i, path in zip(shares, paths)
                    ]
                    for proc in procs:
                        if proc.wait():
                            raise subprocess.CalledProcessError(proc.returncode, proc.args)
                got = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
                # (f): the CPU of all its processes, the wall time of the slowest
                res.add(names[key], max(g["pass"]["wall"] for g in got),
                        sum(g["pass"]["cpu"] for g in got), mem.peak)
                loads.add(f"load ({key})", got[0]["load"]["wall"], got[0]["load"]["cpu"], 0)
                if got[0]["triples"] is not None and r == args.repeat - 1:  # the last round's
                    found[key] = [[Triple.model_validate(t) for t in ts] for ts in got[0]["triples"]]
            res.end_round()
            loads.end_round()
    return res, loads, found


def same_process_rounds(
    args: argparse.Namespace, corpus: list[Any], names: dict[str, str]
) -> tuple[Phases, Phases, dict[str, list[list[Any]]], dict[str, Any]]:
    """``args.repeat`` rounds in this process: (a) (b) (d) (e) over slices of the corpus in an
    order that turns at every slice, then (c) over the whole corpus (its workers forked from this
    process). From the second round on, this process has seen the corpus before: its per-word
    caches are warm, where (c)'s workers, forked afresh each round, pay for their copies of this
    process's pages. Returns the passes, the loads, the triples of (b), (c) and (d) of the last
    round, and the loaded pipelines."""
    loads = Phases()
    pipelines: dict[str, Any] = {}
    for key, what in (("a", "load raw model"), ("b", "load geokg pipeline"), ("d", "load --accurate")):
        with phase(what, loads):
            pipelines[key] = load_phase(key, args.model)
    pipelines["e"] = load_phase("e", args.model)
    runs = {names[k]: phase_runner(k, pipelines[k], 1) for k in "abde"}
    warm_up(runs, args.seed)
    # the slices are whole batches of the raw pipeline, so (a) runs the very batches of one
    # nlp.pipe over the corpus; their order turns at every slice (a b d e, e d b a, ...)
    parts = slices(corpus, args.slice or pipelines["a"].batch_size)
    res = Phases()
    found: dict[str, list[list[Any]]] = {}
    for r in range(args.repeat):
        now: dict[str, list[list[Any]]] = {"b": [], "d": []}
        for k, part in enumerate(parts):
            order = "abde" if (r * len(parts) + k) % 2 == 0 else "edba"
            for key in order:
                with res.part(names[key]):
                    result = runs[names[key]](part)
                now.get(key, []).extend(result)
        with res.part(names["c"]):
            now["c"] = phase_runner("c", pipelines["b"], args.workers)(corpus)
        res.end_round()
        found = now
    return res, loads, found, pipelines


def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> dict[str, Any]:
    from geokg.pipeline import model_name

    corpus, samples = corpus_of(args)
    words = sum(len(d.text.split()) for d in corpus)
    from_samples = sum(len(d.text.split()) for d in corpus if not d.id.startswith("gen-"))
    out(
        f"corpus: {len(corpus)} documents, {words:,} words, "
        f"{100 * repeated_paragraph_share(corpus):.1f} % repeated paragraphs "
        f"({from_samples:,} words from {len(samples)} sample texts, the rest from templates); "
        f"model {model_name(args.model)}; {psutil.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )
    names = phase_names(args.workers)
    a, b, c, d, e, f = (names[k] for k in FRESH_PHASES)
    pipelines: dict[str, Any] = {}
    if args.same_process:
        res, loads, found, pipelines = same_process_rounds(args, corpus, names)
        how = ("one process (a) (b) (d) (e) interleaved by slices, (c) forked from it; from the "
               "second round on that process has seen the corpus: its caches are warm")
    else:
        res, loads, found = fresh_rounds(args, names)
        how = ("each phase a fresh process per round (load, warm-up on other documents, one "
               "pass: as a user's run), order turning every round")
    load_after = res.load_after
    single, multi, careful = found["b"], found["c"], found["d"]

    for phases in (loads, res):
        for name, row in phases.best.items():
            rate = (
                f"{words / row['wall']:>8,.0f} words/s wall {words / row['cpu']:>8,.0f} words/s CPU"
                if name.startswith("(")
                else " " * 42
            )
            peak = f"   peak memory {row['peak_mb']:6.0f} MB" if row["peak_mb"] else ""
            out(f"{name:<22} {row['wall']:7.2f} s wall {row['cpu']:7.2f} s CPU {rate}{peak}")
    best = res.best
    cpu_ab, wall_ab = best[a]["cpu"] / best[b]["cpu"], best[a]["wall"] / best[b]["wall"]
    cpu_db = best[a]["cpu"] / best[d]["cpu"]
    cpu_eb = best[e]["cpu"] / best[b]["cpu"]
    wall_cb = best[b]["wall"] / best[c]["wall"]
    cpu_cb = best[b]["cpu"] / (best[c]["cpu"] / args.workers)
    per_round = [row[a]["cpu"] / row[b]["cpu"] for row in res.rounds]
    per_round_c = [row[b]["cpu"] / (row[c]["cpu"] / args.workers) for row in res.rounds]
    per_round_e = [row[e]["cpu"] / row[b]["cpu"] for row in res.rounds]
    out(f"b/a = {cpu_ab:.2f} CPU, {wall_ab:.2f} wall  (geokg speed / raw parse speed); "
        f"d/a = {cpu_db:.2f} CPU (--accurate)")
    out(f"b/e = {cpu_eb:.2f} CPU, median of the rounds {statistics.median(per_round_e):.2f}  "
        "(geokg speed / speed of the raw parse on geokg's matrix product)")
    out(f"b/a CPU of the rounds: median {statistics.median(per_round):.2f} "
        f"(min {min(per_round):.2f}, max {max(per_round):.2f}; a shared machine moves a round's "
        "ratio by 10-20 %: take the median of --repeat 7 or more)")
    out(f"c/b = {cpu_cb:.2f} CPU (b CPU / (c CPU / {args.workers} workers)), {wall_cb:.2f} wall  "
        f"(pool start-up included); c/b CPU of the rounds: median "
        f"{statistics.median(per_round_c):.2f} (min {min(per_round_c):.2f}, max {max(per_round_c):.2f}); "
        f"first round {per_round_c[0]:.2f}")
    if f in best:  # fresh processes: the ceiling of c/b on this machine
        cpu_fb = best[b]["cpu"] / (best[f]["cpu"] / args.workers)
        per_round_f = [row[b]["cpu"] / (row[f]["cpu"] / args.workers) for row in res.rounds]
        per_round_cf = [row[f]["cpu"] / row[c]["cpu"] for row in res.rounds]
        out(f"f/b = {cpu_fb:.2f} CPU (b CPU / (f CPU / {args.workers}): {args.workers} processes "
            f"that share nothing, at once; the ceiling of c/b here), median of the rounds "
            f"{statistics.median(per_round_f):.2f} (min {min(per_round_f):.2f}, max "
            f"{max(per_round_f):.2f}); c/f = {best[f]['cpu'] / best[c]['cpu']:.2f} CPU (what the "
            f"pool costs beyond that), median {statistics.median(per_round_cf):.2f}")
    out(f"best of {args.repeat} rounds, {how}; load average after each round: "
        + ", ".join(f"{x:.2f}" for x in load_after))
    out("each round: "
        + "; ".join(
            f"a {row[a]['cpu']:.2f} s, b {row[b]['cpu']:.2f} s, c {row[c]['cpu']:.2f} s, "
            + (f"f {row[f]['cpu']:.2f} s, " if f in row else "")
            + f"b/a {ratio:.2f}, c/b {ratio_c:.2f}"
            for row, ratio, ratio_c in zip(res.rounds, per_round, per_round_c)
        ))
    dump = lambda runs: [[t.model_dump(mode="json") for t in ts] for ts in runs]  # noqa: E731
    identical = dump(single) == dump(multi)
    out(f"triples: {sum(len(t) for t in single):,}; (b) and (c) identical: {identical}")
    result = {
        "words": words, "phases": best, "loads": loads.best, "b/a cpu": cpu_ab, "b/a": wall_ab,
        "b/a cpu rounds": per_round, "b/a cpu median": statistics.median(per_round),
        "b/e cpu": cpu_eb, "b/e cpu median": statistics.median(per_round_e),
        "c/b cpu": cpu_cb, "c/b cpu median": statistics.median(per_round_c), "c/b": wall_cb,
        "c/b cpu rounds": per_round_c,
        **({"f/b cpu": cpu_fb, "f/b cpu rounds": per_round_f, "c/f cpu rounds": per_round_cf}
           if f in best else {}),
        "identical": identical,
        "load average": load_after,
    }
    result["agreement"] = agreement(corpus, single, careful, Path(args.diff), out)
    if args.breakdown:
        for key in "abe":
            pipelines.setdefault(key, load_phase(key, args.model))
        result["breakdown"] = {
            "raw": breakdown(pipelines["a"], corpus, "(a)", out, batch_size=pipelines["a"].batch_size),
            "raw numpy": breakdown(pipelines["e"], corpus, "(e)", out, batch_size=pipelines["a"].batch_size),
            "geokg": breakdown(pipelines["b"], corpus, "(b)", out, batch_size=_geokg_batch_size()),
        }
        result["ceiling"] = filter_ceiling(pipelines["b"], corpus, best[a]["cpu"], best[b]["cpu"], out)
    return result


def warm_up(runs: dict[str, Callable[[list[Any]], Any]], seed: int) -> None:
    """Run each phase once, untimed, on a few documents that are not in the corpus (written from
    the templates with another seed): the first call of a pipeline pays for one-off work (lazy
    data files, first allocations) that a round should not count for one side only."""
    extra = build_corpus([], 400, seed + 1)
    for run_phase in runs.values():
        run_phase(extra)


def breakdown(
    nlp: Any, corpus: list[Any], label: str, out: Callable[[str], None] = print,
    batch_size: int = 16,
) -> dict[str, float]:
    """CPU seconds per pipeline component of ``nlp`` over ``corpus``.

    Each component runs over all documents before the next one starts (as ``nlp.pipe`` does per
    batch), timed in process CPU seconds; ``make_doc`` is the tokenizer (plus geokg's metadata
    for a geokg pipeline)."""
    from geokg.pipeline import _make_doc

    seconds: dict[str, float] = {}
    t = time.process_time()
    geokg = "geokg_actors" in nlp.pipe_names
    docs = [_make_doc(nlp, d) if geokg else nlp.make_doc(d.text) for d in corpus]
    seconds["make_doc"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = (
            list(proc.pipe(docs, batch_size=batch_size))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        seconds[name] = time.process_time() - t
    total = sum(seconds.values())
    out(f"where {label}'s time goes (CPU seconds, components run one after another):")
    for name, sec in seconds.items():
        out(f"  {name:<20} {sec:7.2f} s  {100 * sec / total:5.1f} %")
    out(f"  {'total':<20} {total:7.2f} s")
    return seconds


def _geokg_batch_size() -> int:
    """The batch size ``extract_documents`` uses by default."""
    import inspect

    from geokg.pipeline import extract_documents

    return int(inspect.signature(extract_documents).parameters["batch_size"].default)


def filter_ceiling(
    nlp: Any, corpus: list[Any], raw_cpu: float, geokg_cpu: float,
    out: Callable[[str], None] = print,
) -> dict[str, float]:
    """The share of tokens in sentences naming two actors or more and in sentences yielding a
    triple, and the b/a a free, perfect sentence filter could reach."""
    from geokg._ext import ACTOR_SPANS
    from geokg.pipeline import _make_doc

    docs = list(nlp.pipe(_make_doc(nlp, d) for d in corpus))
    tokens = two_actors = with_triple = 0
    for doc in docs:
        starts = {t.evidence.start for t in doc._.geokg_triples or []}
        spans = sorted(sp.start for sp in doc.spans.get(ACTOR_SPANS, []))
        for sent in doc.sents:
            n = sum(1 for tok in sent if not tok.is_space)
            tokens += n
            if sum(1 for s in spans if sent.start <= s < sent.end) >= 2:
                two_actors += n
            if sent.start_char in starts:
                with_triple += n
    share2, share_t = two_actors / tokens, with_triple / tokens
    ceiling = raw_cpu / (share_t * geokg_cpu)
    out(
        f"tokens in sentences naming >= 2 actors: {100 * share2:.1f} %; "
        f"in sentences yielding a triple: {100 * share_t:.1f} %"
    )
    out(
        f"ceiling of b/a for a free, perfect sentence filter: {ceiling:.2f} CPU "
        f"(= a CPU / ({share_t:.3f} x b CPU))"
    )
    return {"share_two_actors": share2, "share_with_triple": share_t, "ceiling": ceiling}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=50_000, help="corpus size in words (default 50000)")
    ap.add_argument("--workers", type=int, default=2, help="processes for (c) (default 2)")
    ap.add_argument(
        "--slice", type=int, default=0, metavar="N",
        help="documents per interleaved slice (default: the raw model's batch size)",
    )
    ap.add_argument("--repeat", type=int, default=3, help="run (a)-(d) N times, keep the best")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: geokg's)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--samples", nargs="+", metavar="DIR",
        help="build the corpus from the articles in these folders (default: data/samples "
        "and data/eval), topped up from the templates to --words",
    )
    ap.add_argument(
        "--diff", default=str(ROOT / "out" / "agreement_diff.jsonl"),
        help="where to write the triples only one of default and --accurate finds",
    )
    ap.add_argument(
        "--no-breakdown", dest="breakdown", action="store_false",
        help="skip the per-component breakdown and the sentence-filter ceiling",
    )
    ap.add_argument(
        "--same-process", action="store_true",
        help="run every round in this one process (phases interleaved by slices) instead of each "
        "phase in a fresh process per round: from the second round on, that process has seen the "
        "corpus before",
    )
    ap.add_argument("--one-pass", choices=list(FRESH_PHASES), help=argparse.SUPPRESS)
    ap.add_argument("--share", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one_pass:  # one phase of one round, in the fresh process fresh_rounds started
        Path(args.result).write_text(json.dumps(one_pass(args)), encoding="utf-8")
        return 0
    result = run(args)
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
