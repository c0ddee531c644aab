"""Throughput benchmark: raw spaCy parse vs geokg extraction, in CPU time, on distinct text.

The corpus (``benchmarks/corpus.py``) holds no repeated paragraph: the bundled samples and our own
evaluation texts, each paragraph once, then documents written from our templates (varied actors,
verbs, negation, reported speech, sentences naming no actor) up to ``--words`` words; or the
articles of ``--samples DIR ...`` (each paragraph once) topped up the same way. In interleaved
rounds (``--repeat N``, best of N per phase) it times

  (a) ``nlp.pipe`` with the model's full default spaCy pipeline (its ``ner`` included),
  (b) geokg extraction end to end (text -> triples) on one process, default pipeline (geokg's
      proper-noun labeller in place of ``ner``),
  (c) the same with ``--workers`` processes (pool start-up included),
  (d) geokg extraction with ``--accurate`` (the model's ``ner``) on one process,

and prints wall and CPU seconds (process time, children included) and words/s for each, the peak
memory (proportional set size of this process and its children, sampled by a separate process so
that sampling costs the phases no CPU time) of each phase, and the ratios:

  b/a CPU = (a)'s CPU seconds / (b)'s: how many times faster geokg is than the raw parse;
  c/b = (b)'s wall seconds / (c)'s; and c/b CPU = (b)'s CPU seconds / ((c)'s CPU seconds of all
  its processes / workers): the speed-up if each worker had a core of its own and the chunks
  split the work evenly (it shows what the pool itself costs). On a shared machine CPU times from
  interleaved rounds are the robust measure; wall times are printed beside them with the load
  average.

It checks that (b) and (c) give identical triples, then the agreement of (b) and (d): the share of
triples found by both, with every triple found by only one written to ``--diff FILE``.
Then (unless ``--no-breakdown``) it shows where the time of (b) goes: CPU seconds of each pipeline
component run one after another over the corpus, and the share of tokens in sentences that name two
actors or more and in sentences that yield a triple (the ceiling of b/a for a sentence filter).

    python benchmarks/throughput.py [--words 50000] [--workers 2] [--batch-size 16] [--repeat 3]
                                    [--no-breakdown] [--samples DIR ...] [--diff FILE]
"""

from __future__ import annotations

import argparse
import json
import os
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


@contextmanager
def phase(name: str, results: dict[str, dict[str, float]]) -> Iterator[None]:
    """Time a phase (wall seconds, CPU seconds of this process and its children) and its peak
    memory; keep each figure's best over the rounds."""
    with PeakMemory() as mem:
        wall, own, kids = time.perf_counter(), _own_cpu(), _children_cpu()
        yield
        wall = time.perf_counter() - wall
        own, kids = _own_cpu() - own, _children_cpu() - kids
    now = {"wall": wall, "cpu": own + kids, "peak_mb": mem.peak / 2**20}
    best = results.setdefault(name, dict(now))
    for key, value in now.items():
        best[key] = min(best[key], value) if key != "peak_mb" else max(best[key], value)


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


def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> dict[str, Any]:
    import spacy

    from geokg.pipeline import extract_documents, load_pipeline, model_name

    samples = (
        sample_documents(tuple(Path(d) for d in args.samples), eval_files=())
        if args.samples
        else sample_documents()
    )
    corpus = build_corpus(samples, args.words, args.seed)
    texts = [d.text for d in corpus]
    words = sum(len(t.split()) for t in texts)
    from_samples = sum(len(d.text.split()) for d in corpus if not d.id.startswith("gen-"))
    out(
        f"corpus: {len(corpus)} documents, {words:,} words, "
        f"{100 * repeated_paragraph_share(corpus):.1f} % repeated paragraphs "
        f"({from_samples:,} words from {len(samples)} sample texts, the rest from templates); "
        f"model {model_name(args.model)}; {psutil.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )
    res: dict[str, dict[str, float]] = {}
    with phase("load raw model", res):
        raw = spacy.load(model_name(args.model))
    with phase("load geokg pipeline", res):
        nlp = load_pipeline(args.model)
    with phase("load --accurate", res):
        accurate_nlp = load_pipeline(args.model, accurate=True)
    a, b = "(a) raw nlp.pipe", "(b) geokg, 1 process"
    c, d = f"(c) geokg, {args.workers} workers", "(d) geokg --accurate"
    loads = []
    for _ in range(args.repeat):  # interleaved, best of N: other load on the machine hurts less
        with phase(a, res):
            for _doc in raw.pipe(texts, batch_size=args.batch_size):
                pass
        with phase(b, res):
            single = [ts for _, ts in extract_documents(corpus, nlp=nlp, batch_size=args.batch_size)]
        with phase(c, res):
            multi = [
                ts
                for _, ts in extract_documents(
                    corpus, nlp=nlp, batch_size=args.batch_size, workers=args.workers
                )
            ]
        with phase(d, res):
            careful = [
                ts for _, ts in extract_documents(corpus, nlp=accurate_nlp, batch_size=args.batch_size)
            ]
        loads.append(os.getloadavg()[0])

    for name, r in res.items():
        rate = (
            f"{words / r['wall']:>8,.0f} words/s wall {words / r['cpu']:>8,.0f} words/s CPU"
            if name.startswith("(")
            else " " * 42
        )
        out(
            f"{name:<22} {r['wall']:7.2f} s wall {r['cpu']:7.2f} s CPU {rate}   "
            f"peak memory {r['peak_mb']:6.0f} MB"
        )
    cpu_ab, wall_ab = res[a]["cpu"] / res[b]["cpu"], res[a]["wall"] / res[b]["wall"]
    cpu_db = res[a]["cpu"] / res[d]["cpu"]
    wall_cb = res[b]["wall"] / res[c]["wall"]
    cpu_cb = res[b]["cpu"] / (res[c]["cpu"] / args.workers)
    out(f"b/a = {cpu_ab:.2f} CPU, {wall_ab:.2f} wall  (geokg speed / raw parse speed); "
        f"d/a = {cpu_db:.2f} CPU (--accurate)")
    out(f"c/b = {cpu_cb:.2f} CPU (b CPU / (c CPU / {args.workers} workers)), {wall_cb:.2f} wall  "
        "(pool start-up included)")
    out(f"best of {args.repeat} interleaved rounds; load average after each round: "
        + ", ".join(f"{x:.2f}" for x in loads))
    dump = lambda runs: [[t.model_dump(mode="json") for t in ts] for ts in runs]  # noqa: E731
    identical = dump(single) == dump(multi)
    out(f"triples: {sum(len(t) for t in single):,}; (b) and (c) identical: {identical}")
    result = {
        "words": words, "phases": res, "b/a cpu": cpu_ab, "b/a": wall_ab, "c/b cpu": cpu_cb,
        "c/b": wall_cb, "identical": identical, "loads": loads,
    }
    result["agreement"] = agreement(corpus, single, careful, Path(args.diff), out)
    if args.breakdown:
        result["breakdown"] = breakdown(nlp, corpus, res[a]["cpu"], res[b]["cpu"], out)
    return result


def breakdown(
    nlp: Any, corpus: list[Any], raw_cpu: float, geokg_cpu: float, out: Callable[[str], None] = print
) -> dict[str, Any]:
    """CPU seconds per pipeline component over ``corpus``, and the sentence shares that bound skipping.

    Each component runs over all documents before the next one starts (as ``nlp.pipe`` does per
    batch), timed in process CPU seconds; ``make_doc`` is the tokenizer plus geokg's metadata.
    """
    from geokg._ext import ACTOR_SPANS
    from geokg.pipeline import _make_doc

    seconds: dict[str, float] = {}
    t = time.process_time()
    docs = [_make_doc(nlp, d) for d in corpus]
    seconds["make_doc"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        seconds[name] = time.process_time() - t
    total = sum(seconds.values())
    out("where (b)'s time goes (CPU seconds, components run one after another):")
    for name, sec in seconds.items():
        out(f"  {name:<20} {sec:7.2f} s  {100 * sec / total:5.1f} %")
    out(f"  {'total':<20} {total:7.2f} s")

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
    return {"seconds": seconds, "share_two_actors": share2, "share_with_triple": share_t, "ceiling": ceiling}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=50_000, help="corpus size in words (default 50000)")
    ap.add_argument("--workers", type=int, default=2, help="processes for (c) (default 2)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size of all runs")
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
    args = ap.parse_args(argv)
    result = run(args)
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
