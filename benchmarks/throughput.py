"""Throughput benchmark: raw spaCy parse vs geokg extraction, on one and on several processes.

Builds a corpus of at least ``--words`` words (default 200,000) from the bundled sample articles
(``data/samples/``, read with geokg's readers), every document distinct: each one is a sample
article with a random subset of its paragraphs plus one paragraph of another article, so no
document-level cache can help. Then, in one run, it times

  (a) ``nlp.pipe`` with the model's full default spaCy pipeline over the same texts,
  (b) geokg extraction end to end (text -> triples) on one process,
  (c) the same with ``--workers`` processes (pool start-up included),

prints words/s for each, the ratios b/a and c/b, the peak memory (RSS of this process and its
children, sampled every 20 ms) of each phase, and checks that (b) and (c) give identical triples.
Model loading is timed apart.

    python benchmarks/throughput.py [--words 200000] [--workers 2] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import hashlib
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


class PeakMemory:
    """Samples the RSS of this process plus all its children in a background thread."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._me = psutil.Process()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def rss(self) -> int:
        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.rss())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self.rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.rss())


@contextmanager
def phase(name: str, results: dict[str, dict[str, float]]) -> Iterator[None]:
    with PeakMemory() as mem:
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
    results[name] = {"seconds": seconds, "peak_mb": mem.peak / 2**20}


def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> dict[str, Any]:
    import spacy

    from geokg.pipeline import extract_documents, load_pipeline, model_name

    samples = sample_documents()
    corpus = build_corpus(samples, args.words, args.seed)
    texts = [d.text for d in corpus]
    words = sum(len(t.split()) for t in texts)
    out(
        f"corpus: {len(corpus)} distinct documents, {words:,} words "
        f"(from {len(samples)} sample articles); model {model_name(args.model)}"
    )
    res: dict[str, dict[str, float]] = {}

    with phase("load raw model", res):
        raw = spacy.load(model_name(args.model))
    with phase("(a) raw nlp.pipe", res):
        for _ in raw.pipe(texts, batch_size=args.raw_batch_size):
            pass
    del raw

    with phase("load geokg pipeline", res):
        nlp = load_pipeline(args.model)
    with phase("(b) geokg, 1 process", res):
        single = [
            [t.model_dump(mode="json") for t in triples]
            for _, triples in extract_documents(corpus, nlp=nlp, batch_size=args.batch_size)
        ]
    with phase(f"(c) geokg, {args.workers} workers", res):
        multi = [
            [t.model_dump(mode="json") for t in triples]
            for _, triples in extract_documents(
                corpus, nlp=nlp, batch_size=args.batch_size, workers=args.workers
            )
        ]

    for name, r in res.items():
        rate = f"{words / r['seconds']:>9,.0f} words/s" if name.startswith("(") else " " * 17
        out(f"{name:<24} {r['seconds']:8.2f} s {rate}   peak memory {r['peak_mb']:7.0f} MB")
    a, b, c = (res[k]["seconds"] for k in list(res) if k.startswith("("))
    identical = single == multi
    n_triples = sum(len(t) for t in single)
    out(f"b/a = {a / b:.2f}   (geokg extraction speed relative to the raw parse)")
    out(f"c/b = {b / c:.2f}   ({args.workers} workers relative to 1, pool start-up included)")
    out(f"triples: {n_triples:,}; (b) and (c) identical: {identical}")
    return {"words": words, "phases": res, "b/a": a / b, "c/b": b / c, "identical": identical}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200000)")
    ap.add_argument("--workers", type=int, default=2, help="processes for (c) (default 2)")
    ap.add_argument("--batch-size", type=int, default=16, help="geokg nlp.pipe batch size")
    ap.add_argument("--raw-batch-size", type=int, default=None, help="raw nlp.pipe batch size (default: the model's)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: geokg's)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    result = run(args)
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
