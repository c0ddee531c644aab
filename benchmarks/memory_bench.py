"""Peak memory of `geokg build` on very long texts: one-line English files and a big JSONL.

Usage: python benchmarks/memory_bench.py [--cases 1mb,10mb,100mb,jsonl100mb] [--max-seconds 240]
                                         [--workers 1] [--keep DIR]

For each case an input is generated in a temporary folder from the bundled sample articles
(data/samples/*.txt, whitespace folded so the whole file is ONE line; a numbered marker sentence
every ~4,000 characters keeps every piece distinct, so no repeat is served from the cache):

    1mb, 10mb, 100mb   one line of English of that many bytes (.txt)
    jsonl100mb         100 MB of JSONL, one record of ~6,000 characters per line

and `geokg build FILE --db tmp.db -q --workers N` runs on it while the resident set size (RSS) of
its whole process tree (the CLI and any worker processes, via psutil) is sampled every 0.1 s.
A run that has not finished after --max-seconds is stopped with SIGINT (the store keeps what was
committed). Printed per case: the peak RSS of the tree, whether the run finished or was stopped,
the seconds it ran, and how much text had been extracted and stored by then (documents in the
store and their characters). The peak is reached within the first batches (memory is bounded
per piece and per batch, see geokg/chunking.py), so a stopped run still measures the bound; the
report says how much of the input was processed, so nothing is claimed beyond it. Exit status 1
when a peak is at or over --limit-mb (default 1536, i.e. 1.5 GiB).

Timings here are not a speed benchmark (see benchmarks/throughput.py): the machine may be busy.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
GEOKG = Path(sys.executable).with_name("geokg")
MB = 1_000_000


def sample_text() -> str:
    """The bundled sample articles as one line of text (whitespace folded)."""
    texts = [re.sub(r"\s+", " ", p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    return " ".join(texts)


def marked_chunks(base: str, size: int = 4000):
    """Endless ~``size``-character slices of ``base`` cut at sentence ends, each opened by a
    numbered marker sentence (so no two pieces are the same text)."""
    n = 0
    pos = 0
    while True:
        end = base.find(". ", pos + size)
        if end < 0:
            piece, pos = base[pos:], 0
        else:
            piece, pos = base[pos : end + 2], end + 2
        n += 1
        yield f"Report number {n} follows. {piece.strip()} "


def write_one_line(path: Path, size: int) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as f:
        for chunk in marked_chunks(sample_text()):
            chunk = chunk[: size - written]
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            if written >= size:
                break
    return written


def write_jsonl(path: Path, size: int, record_chars: int = 6000) -> int:
    written = 0
    chunks = marked_chunks(sample_text(), record_chars)
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(chunks):
            line = json.dumps({"id": f"r{i}", "text": text, "date": "2025-07-14"}) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            if written >= size:
                break
    return written


CASES = {
    "1mb": ("one_line_1mb.txt", lambda p: write_one_line(p, 1 * MB)),
    "10mb": ("one_line_10mb.txt", lambda p: write_one_line(p, 10 * MB)),
    "100mb": ("one_line_100mb.txt", lambda p: write_one_line(p, 100 * MB)),
    "jsonl100mb": ("corpus_100mb.jsonl", lambda p: write_jsonl(p, 100 * MB)),
}


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def stored(db: Path) -> int:
    """Documents in the store."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        docs = 0
    conn.close()
    return docs


def run_case(path: Path, db: Path, workers: int, max_seconds: float) -> dict:
    cmd = [str(GEOKG), "build", str(path), "--db", str(db), "-q", "--workers", str(workers)]
    started = time.monotonic()
    # SIGINT as from a terminal's Ctrl-C, even when this benchmark runs in the background (where
    # the shell makes children ignore it)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    watched = psutil.Process(proc.pid)
    peak, stopped = 0, 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss(watched))
        now = time.monotonic()
        if not stopped and now - started > max_seconds:
            proc.send_signal(signal.SIGINT)  # build keeps what it committed
            stopped = now
        elif stopped and now - stopped > 120:
            proc.terminate()  # still in a long parse: the store is safe from any kill
        time.sleep(0.1)
    seconds = time.monotonic() - started
    err = proc.stderr.read() if proc.stderr else ""
    docs = stored(db)
    return {"peak": peak, "stopped": bool(stopped), "seconds": seconds, "docs": docs,
            "rc": proc.returncode, "err": err.strip().splitlines()[-1:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--max-seconds", type=float, default=240.0,
                        help="stop a run after this long (SIGINT; what was stored is counted)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit-mb", type=float, default=1536.0)
    parser.add_argument("--keep", type=Path, help="generate the inputs here and keep them")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="geokg-membench-"))
    folder.mkdir(parents=True, exist_ok=True)
    over = False
    print(f"{'case':<11} {'input':>9} {'peak RSS':>10} {'status':<9} {'seconds':>8} "
          f"{'documents stored':>17}  what was processed")
    for name in args.cases.split(","):
        file_name, make = CASES[name]
        path = folder / file_name
        size = path.stat().st_size if path.exists() else make(path)
        db = folder / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        r = run_case(path, db, args.workers, args.max_seconds)
        status = "stopped" if r["stopped"] else ("done" if r["rc"] in (0, 1) else f"rc={r['rc']}")
        if name == "jsonl100mb":
            lines = sum(1 for _ in path.open("rb"))
            what = f"{r['docs']:,} of {lines:,} records (~{size / lines * r['docs'] / MB:.1f} MB)"
        else:
            pieces = -(-size // MB)  # the reader cuts a one-line text into 1,000,000-char documents
            what = f"{r['docs']} of {pieces} 1M-character documents"
        peak_mb = r["peak"] / 2**20
        over |= peak_mb >= args.limit_mb
        print(f"{name:<11} {size / MB:>7.0f}MB {peak_mb:>8.0f}MiB {status:<9} "
              f"{r['seconds']:>8.0f} {r['docs']:>17,}  {what}", flush=True)
        if r["err"] and r["rc"] not in (0, 1, 130):
            print(f"    stderr: {r['err'][0]}")
    print(f"bound: {args.limit_mb:.0f} MiB per case; {'EXCEEDED' if over else 'every case under it'}"
          f"; load average {', '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
