"""Where the local pool's extra CPU goes: (c) against (b), split into the parent's share, each
worker's time outside its chunks, and its time inside them.

``benchmarks/throughput.py`` gives c/b CPU = (b)'s CPU / ((c)'s CPU of all processes / workers);
this script says what the difference is made of. Each round runs (b), ``stream_documents`` over
the whole corpus in this process, then (c), :func:`geokg.engines.run_local` over it with
``--workers`` processes (in alternating order from round to round), and prints for (c):

- the parent's CPU seconds (documents sent, triples received, the pool's threads, the fork);
- per worker: CPU seconds before its first chunk (start-up after the fork), inside its chunks
  (the extraction itself), between and after them, its minor page faults before and inside the
  chunks (copy-on-write copies of the parent's pages, and new memory), and how long before the
  end of the run it finished its last chunk (the tail: idle wall time).

The workers report through files in a temporary folder (each chunk's figures appended by the
worker that ran it). Timing only: nothing here is a test.

    python benchmarks/workers.py [--words 30000] [--workers 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, sample_documents  # noqa: E402

_REPORTS = ""  # the folder the workers write to (set before the pool forks)


def _timed_chunk(documents: list[Any], batch_size: int) -> list[Any]:
    """``engines._extract_local_chunk`` with this chunk's CPU, faults and wall clock written to
    the worker's report file."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.time()
    out = _ORIGINAL(documents, batch_size)
    after = resource.getrusage(resource.RUSAGE_SELF)
    row = [before.ru_utime + before.ru_stime, after.ru_utime + after.ru_stime,
           before.ru_minflt, after.ru_minflt, start, time.time()]
    with open(os.path.join(_REPORTS, str(os.getpid())), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
    return out


_ORIGINAL: Any = None  # engines._extract_local_chunk itself


def _worker_rows(folder: str, end: float) -> list[dict[str, float]]:
    rows = []
    for path in sorted(Path(folder).iterdir()):
        chunks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        inside = sum(c[1] - c[0] for c in chunks)
        rows.append({
            "chunks": len(chunks),
            "before first s": chunks[0][0],
            "in chunks s": inside,
            "between s": chunks[-1][1] - chunks[0][0] - inside,
            "faults before": chunks[0][2],
            "faults in": sum(c[3] - c[2] for c in chunks),
            "idle at end s": end - chunks[-1][5],
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    global _ORIGINAL, _REPORTS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=30_000, help="benchmark corpus size in words")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="rounds of (b) and (c)")
    args = ap.parse_args(argv)

    from geokg import engines
    from geokg.pipeline import load_pipeline
    from geokg.stream import stream_documents

    corpus = build_corpus(sample_documents(), args.words)
    nlp = load_pipeline()
    list(stream_documents(build_corpus([], 400, 8), nlp))  # one-off loading, for both sides
    _ORIGINAL = engines._extract_local_chunk
    engines._extract_local_chunk = _timed_chunk
    ratios = []
    for r in range(args.repeat):
        figures: dict[str, Any] = {}
        for side in ("b", "c") if r % 2 == 0 else ("c", "b"):
            if side == "b":
                cpu = time.process_time()
                list(stream_documents(corpus, nlp))
                figures["b"] = time.process_time() - cpu
                continue
            with tempfile.TemporaryDirectory() as folder:
                _REPORTS = folder
                t0, wall = os.times(), time.time()
                list(engines.run_local(corpus, workers=args.workers, nlp=nlp))
                t1, end = os.times(), time.time()
                figures["parent"] = t1.user + t1.system - t0.user - t0.system
                figures["workers"] = (t1.children_user + t1.children_system
                                      - t0.children_user - t0.children_system)
                figures["wall"] = end - wall
                figures["rows"] = _worker_rows(folder, end)
        c = figures["parent"] + figures["workers"]
        inside = sum(w["in chunks s"] for w in figures["rows"])
        ratios.append(figures["b"] / (c / args.workers))
        print(f"round {r}: b {figures['b']:.2f} s CPU | c {c:.2f} s CPU = parent "
              f"{figures['parent']:.2f} + workers {figures['workers']:.2f} (in chunks {inside:.2f}, "
              f"outside {figures['workers'] - inside:.2f}); wall {figures['wall']:.2f} s; "
              f"c/b CPU {ratios[-1]:.2f}; load {os.getloadavg()[0]:.2f}")
        for w in figures["rows"]:
            print("   worker " + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in w.items()))
    print(f"c/b CPU median of {args.repeat} rounds: {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
