"""Throughput benchmark: raw spaCy parse vs geokg extraction, on one and on several processes.

Builds a corpus of at least ``--words`` words (default 200,000) from the bundled sample articles
(``data/samples/``, read with geokg's readers), every document distinct: each one is a sample
article with a random subset of its paragraphs plus one paragraph of another article, so no
document-level cache can help. Then, in one run, it times

  (a) ``nlp.pipe`` with the model's full default spaCy pipeline over the same texts,
  (b) geokg extraction end to end (text -> triples) on one process,
  (c) the same with ``--workers`` processes (pool start-up included),

prints wall and CPU seconds and words/s for each, the ratios b/a and c/b, the peak memory
(proportional set size of this process and its children, sampled every 250 ms) of each phase, and
checks that (b) and (c) give identical triples. Model loading is timed apart. On a shared machine,
``--repeat N`` interleaves N rounds and keeps each phase's best.

Then (unless ``--no-breakdown``) it shows where the time of (b) goes: CPU seconds of each pipeline
component run one after another over the corpus, and the share of tokens in sentences that name two
actors or more and in sentences that yield a triple. The latter bounds what skipping sentences can
gain: even a free, perfect filter that parsed only the sentences yielding triples would still pay
that share of (b)'s cost, so it prints the resulting ceiling of b/a.

    python benchmarks/throughput.py [--words 200000] [--workers 2] [--batch-size 16] [--repeat 1]
                                    [--no-breakdown] [--samples DIR ...]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIRS = (ROOT / "data" / "samples", ROOT / "tests" / "data")


def sample_documents(dirs: tuple[Path, ...] = SAMPLE_DIRS) -> list[Any]:
    """The sample articles as geokg Documents (the first folder that yields any)."""
    from geokg.models import Document
    from geokg.readers import read_inputs

    for folder in dirs:
        if folder.is_dir() and any(folder.iterdir()):
            docs = [d for d in read_inputs([str(folder)]) if isinstance(d, Document)]
            docs = [d for d in docs if len(d.text.split()) >= 20]
            if docs:
                return docs
    raise SystemExit(f"no sample articles found in {', '.join(map(str, dirs))}")


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in text.split("\n\n")]
    parts = [p for p in parts if p]
    if len(parts) < 3:  # one paragraph per line
        parts = [p.strip() for p in text.splitlines() if p.strip()]
    return parts


def build_corpus(samples: list[Any], words: int, seed: int = 7) -> list[Any]:
    """Distinct documents of at least ``words`` words in all, made from the sample articles."""
    rng = random.Random(seed)
    paras = [paragraphs(d.text) for d in samples]
    corpus, seen, total, i = [], set(), 0, 0
    while total < words:
        k = i % len(samples)
        base = samples[k]
        for _ in range(50):
            keep = [p for p in paras[k] if rng.random() < 0.8] or paras[k][:1]
            other = paras[rng.randrange(len(samples))]
            text = "\n\n".join(keep + [rng.choice(other)])
            digest = hashlib.sha256(text.encode()).digest()
            if digest not in seen:
                break
        seen.add(digest)
        corpus.append(base.model_copy(update={"id": f"bench-{i}", "text": text}))
        total += len(text.split())
        i += 1
    return corpus


def _memory(proc: psutil.Process) -> int:
    """Proportional set size where the OS gives it (shared pages split between processes), else RSS."""
    try:
        return proc.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return proc.memory_info().rss


class PeakMemory:
    """Samples the memory of this process plus all its children in a background thread."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._me = psutil.Process()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def total(self) -> int:
        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                total += _memory(proc)
            except psutil.Error:
                pass  # a worker that just ended
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.total())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self.total()
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.total())


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@contextmanager
def phase(name: str, results: dict[str, dict[str, float]]) -> Iterator[None]:
    """Time a phase (wall and CPU seconds, children included) and its peak memory; keep the best."""
    with PeakMemory() as mem:
        wall, cpu = time.perf_counter(), _cpu()
        yield
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    best = results.get(name)
    if best is None or wall < best["wall"]:
        results[name] = {"wall": wall, "cpu": cpu, "peak_mb": mem.peak / 2**20}


def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> dict[str, Any]:
    import spacy

    from geokg.pipeline import extract_documents, load_pipeline, model_name

    samples = sample_documents(tuple(Path(d) for d in args.samples) if args.samples else SAMPLE_DIRS)
    corpus = build_corpus(samples, args.words, args.seed)
    texts = [d.text for d in corpus]
    words = sum(len(t.split()) for t in texts)
    out(
        f"corpus: {len(corpus)} distinct documents, {words:,} words "
        f"(from {len(samples)} sample articles); model {model_name(args.model)}; "
        f"{psutil.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start"
    )
    res: dict[str, dict[str, float]] = {}
    with phase("load raw model", res):
        raw = spacy.load(model_name(args.model))
    with phase("load geokg pipeline", res):
        nlp = load_pipeline(args.model)
    a, b, c = "(a) raw nlp.pipe", "(b) geokg, 1 process", f"(c) geokg, {args.workers} workers"
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

    for name, r in res.items():
        rate = f"{words / r['wall']:>9,.0f} words/s" if name.startswith("(") else " " * 17
        out(
            f"{name:<22} {r['wall']:7.2f} s wall {r['cpu']:7.2f} s CPU {rate}   "
            f"peak memory {r['peak_mb']:6.0f} MB"
        )
    wall_ab, cpu_ab = res[a]["wall"] / res[b]["wall"], res[a]["cpu"] / res[b]["cpu"]
    wall_cb = res[b]["wall"] / res[c]["wall"]
    out(f"b/a = {wall_ab:.2f} wall, {cpu_ab:.2f} CPU  (geokg extraction speed / raw parse speed)")
    out(f"c/b = {wall_cb:.2f} wall  ({args.workers} workers / 1 process, pool start-up included)")
    dump = lambda runs: [[t.model_dump(mode="json") for t in ts] for ts in runs]  # noqa: E731
    identical = dump(single) == dump(multi)
    out(f"triples: {sum(len(t) for t in single):,}; (b) and (c) identical: {identical}")
    result = {"words": words, "phases": res, "b/a": wall_ab, "c/b": wall_cb, "identical": identical}
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
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200000)")
    ap.add_argument("--workers", type=int, default=2, help="processes for (c) (default 2)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size of all runs")
    ap.add_argument("--repeat", type=int, default=1, help="run (a), (b), (c) N times, keep the best")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: geokg's)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--samples", nargs="+", metavar="DIR",
        help="build the corpus from the articles in these folders (default: data/samples)",
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
