"""Benchmark the exports on a large store: time and peak memory of each format.

    python benchmarks/export_bench.py                   # 1,000,000 triples, every format
    python benchmarks/export_bench.py --triples 200000  # quicker
    python benchmarks/export_bench.py --db big.db --formats json,neo4j   # reuse a store
    python benchmarks/export_bench.py --triples 200000 --networkx       # the old way, to compare

The synthetic store is the one of benchmarks/store_bench.py (Zipf-like actor popularity, two
years of dates, eight outlets), built through the store API. Each format is exported in its own
process (``geokg export``'s path: ``KnowledgeGraph.export`` streaming from ``Store.subgraph``), so
the peak memory printed (max RSS of that process) is the format's own. ``--networkx`` exports
through ``Store.to_networkx()`` instead (the whole graph with every evidence sentence in memory),
the path every export took before streaming.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = ("json", "graphml", "gexf", "csv", "neo4j", "parquet", "html")


def build(path: Path, triples: int, actors: int) -> float:
    """Make the synthetic store at ``path``; return the seconds it took."""
    sys.path.insert(0, str(Path(__file__).parent))
    from store_bench import documents, make_actors

    from geokg.store import Store

    t0 = time.perf_counter()
    with Store(path) as store:
        store.add_many(documents(triples, make_actors(actors), 20, 0.8), max_delay=60.0)
    return time.perf_counter() - t0


def one(db: Path, fmt: str, out: Path, networkx: bool) -> dict[str, float]:
    """Export ``db`` as ``fmt`` in this process; the time and this process's peak memory."""
    from geokg import exporters
    from geokg.graph import KnowledgeGraph

    t0 = time.perf_counter()
    with KnowledgeGraph(db) as kg:
        if networkx:
            exporters.export(kg.store.to_networkx(), out, fmt)
        else:
            kg.export(out, fmt)
    seconds = time.perf_counter() - t0
    size = out.stat().st_size if out.is_file() else sum(
        f.stat().st_size for f in out.iterdir())
    return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            / 1024, "size_mib": size / 2**20}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--actors", type=int, default=20_000)
    p.add_argument("--db", type=Path, help="store to export (made when missing)")
    p.add_argument("--formats", default=",".join(FORMATS))
    p.add_argument("--networkx", action="store_true",
                   help="export through Store.to_networkx() (the old path), to compare")
    p.add_argument("--one", help=argparse.SUPPRESS)  # FORMAT: run one export in this process
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.one:
        print(json.dumps(one(args.db, args.one, args.out, args.networkx)))
        return 0
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    if not db.exists():
        seconds = build(db, args.triples, args.actors)
        print(f"store built           {args.triples:,} triples in {seconds:.0f} s ({db})")
    from geokg.store import Store

    with Store(db) as store:
        s = store.stats()
    print(f"store                 {s.triples:,} triples, {s.documents:,} documents, "
          f"{s.actors:,} actors, {s.edges:,} stated edges")
    print(f"{'format':<8} {'time':>9} {'peak RSS':>10} {'output':>10}"
          + ("   (via to_networkx)" if args.networkx else ""))
    worst = 0.0
    for fmt in args.formats.split(","):
        out = Path(tmp.name) / (f"out_{fmt}" if fmt in ("csv", "neo4j", "parquet")
                                else f"out.{fmt}")
        cmd = [sys.executable, __file__, "--one", fmt, "--db", str(db), "--out", str(out)]
        done = subprocess.run(cmd + (["--networkx"] if args.networkx else []),
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{fmt:<8} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        worst = max(worst, r["peak_mib"])
        print(f"{fmt:<8} {r['seconds']:8.1f}s {r['peak_mib']:8.0f} MiB {r['size_mib']:7.0f} MiB")
    print(f"largest peak          {worst:,.0f} MiB")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
