"""Benchmark the knowledge-graph store: bulk ingest and query latency on synthetic triples.

    python benchmarks/store_bench.py                  # 1,000,000 triples over 20,000 actors
    python benchmarks/store_bench.py --triples 100000  # quicker

Prints the ingest rate (time in the store only, as wall clock and per CPU second of this
process; and end to end, with building the Triple objects), the store size, peak memory (max RSS) and p50/p95/max latencies of ``relations(actor=...)``,
``relations(actor=..., since=..., until=...)`` and ``dyad(a, b)``. Actor popularity follows a
Zipf-like law (exponent ``--skew``), like news where a few states dominate; queried actors are
drawn uniformly from the actors in the store, dyads from pairs that have evidence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import accumulate
from pathlib import Path

from geokg.models import Actor, ActorType, Document, Evidence, Modality, Relation, Triple
from geokg.store import Store

OUTLETS = ["Arab News", "Reuters", "AP", "BBC", "Al Jazeera", "TASS", "Xinhua", "AFP"]
MODALITIES = [Modality.ASSERTED] * 12 + [Modality.REPORTED] * 4 + [Modality.POSSIBLE]
TYPES = [ActorType.STATE, ActorType.ORGANISATION, ActorType.PERSON, ActorType.GROUP]


def make_actors(n: int) -> list[Actor]:
    """``n`` synthetic actors of mixed types."""
    return [Actor(id=f"A{i:05d}", name=f"Actor {i}", type=TYPES[i % 4],
                  country=f"A{i % 200:05d}" if i % 4 == 2 else None) for i in range(n)]


def documents(n_triples: int, actors: list[Actor], per_doc: int, skew: float,
              seed: int = 0) -> Iterator[tuple[Document, list[Triple]]]:
    """Synthetic documents over two years, ``per_doc`` triples each, until ``n_triples``."""
    rng = random.Random(seed)
    cum = list(accumulate(1.0 / (rank + 1) ** skew for rank in range(len(actors))))
    relations = list(Relation)
    start = dt.date(2024, 1, 1)
    made, n = 0, 0
    while made < n_triples:
        k = min(per_doc, n_triples - made)
        date = start + dt.timedelta(days=rng.randrange(730))
        doc = Document(id=f"doc{n}", text=f"synthetic article {n}", date=date,
                       outlet=OUTLETS[n % len(OUTLETS)], url=f"https://example.org/{n}",
                       title=f"Article {n}")
        ends = rng.choices(actors, cum_weights=cum, k=2 * k)
        triples = []
        for i in range(k):
            a, b = ends[2 * i], ends[2 * i + 1]
            if a.id == b.id:
                b = actors[(int(b.id[1:]) + 1) % len(actors)]
            sentence = f"Sentence {i} of article {n}: {a.name} and {b.name} did something."
            triples.append(Triple(
                source=a, relation=relations[rng.randrange(len(relations))], target=b,
                negated=rng.random() < 0.05, modality=rng.choice(MODALITIES),
                confidence=round(0.5 + rng.random() / 2, 3),
                evidence=Evidence(doc_id=doc.doc_id, sentence=sentence, start=i * 80,
                                  end=i * 80 + len(sentence), date=date, outlet=doc.outlet,
                                  url=doc.url, title=doc.title, trigger="did",
                                  trigger_start=i * 80 + 40)))
        made += k
        n += 1
        yield doc, triples


def latencies(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """p50, p95 and max of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], times[-1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--actors", type=int, default=20_000)
    p.add_argument("--per-doc", type=int, default=20, help="triples per document")
    p.add_argument("--batch", type=int, default=8192,
                   help="documents per transaction (the store caps one at 100,000 triples)")
    p.add_argument("--skew", type=float, default=0.8, help="Zipf exponent of actor popularity")
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--db", type=Path, help="store file (default: a temporary file)")
    args = p.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.db"
    if path.exists():
        sys.exit(f"{path} exists; give a new --db path")
    actors = make_actors(args.actors)
    store = Store(path)

    gen_time = gen_cpu = 0.0

    def timed(stream: Iterator[tuple[Document, list[Triple]]]) -> Iterator[
            tuple[Document, list[Triple]]]:
        """The stream, with the time spent making it counted apart from the store's."""
        nonlocal gen_time, gen_cpu
        while True:
            t0, c0 = time.perf_counter(), time.process_time()
            item = next(stream, None)
            gen_time += time.perf_counter() - t0
            gen_cpu += time.process_time() - c0
            if item is None:
                return
            yield item

    t_all, c_all = time.perf_counter(), time.process_time()
    added = store.add_many(timed(documents(args.triples, actors, args.per_doc, args.skew)),
                           batch_size=args.batch, max_delay=60.0).triples
    store_time = time.perf_counter() - t_all - gen_time
    store_cpu = time.process_time() - c_all - gen_cpu
    wall = time.perf_counter() - t_all
    store.close()
    size = path.stat().st_size + sum(
        f.stat().st_size for f in path.parent.glob(path.name + "-*") if f.exists())

    reader = Store(path)
    stats = reader.stats()
    rng = random.Random(1)
    known = [a.id for a in reader.actors()]
    who = [rng.choice(known) for _ in range(args.queries)]
    it = iter(who)
    rel = latencies(lambda: reader.relations(actor=next(it)), args.queries)
    it = iter(who)
    windowed = latencies(lambda: reader.relations(actor=next(it), since="2024-06-01",
                                                  until="2024-08-31"), args.queries)
    pairs = reader._sql(  # dyads that have evidence
        "SELECT s.id, o.id FROM triples t JOIN actors s ON s.key = t.source "
        "JOIN actors o ON o.key = t.target WHERE t.id IN (%s)" % ",".join(
            str(rng.randint(1, stats.triples)) for _ in range(args.queries)))
    pit = iter(pairs)
    dy = latencies(lambda: reader.dyad(*next(pit)), len(pairs))
    reader.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"triples stored        {added:,} ({stats.documents:,} documents, "
          f"{stats.actors:,} actors, {stats.edges:,} stated edges, "
          f"{stats.unstated_edges:,} unstated)")
    print(f"ingest rate (store)   {added / store_time:,.0f} triples/s ({store_time:.1f} s wall; "
          f"{added / store_cpu:,.0f} triples per CPU second)")
    print(f"ingest rate (e2e)     {added / wall:,.0f} triples/s ({wall:.1f} s, incl. building "
          "the Triple objects)")
    print(f"store size            {size / 2**20:,.1f} MiB")
    print(f"peak memory (RSS)     {peak_mb:,.0f} MiB")
    for name, (p50, p95, top) in [("relations(actor)", rel),
                                  ("relations(actor, since, until)", windowed),
                                  ("dyad(a, b)", dy)]:
        print(f"{name:<31} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   max {top:7.2f} ms")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
