"""Benchmark the HTML network: generation time, page size and time to a drawn, usable page.

Usage: python benchmarks/html_bench.py [--sizes 1000,5000,20000] [--edges-per-node 3]

For each size a synthetic knowledge graph (Store -> networkx contract; hubs like real news
graphs, 1-4 evidence sentences per edge over 24 months) is rendered with ``render_html`` and
loaded from file:// in headless Chromium ($GEOKG_CHROMIUM or /usr/bin/chromium). Printed:
generation time (wall and CPU), file size, first frame drawn, stable (physics done), one
redraw (pan) and one filter change (uncheck a quad class) until the next frame.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

from geokg.html import render_html
from geokg.models import Relation

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPES = ["state"] * 5 + ["organisation", "person", "person", "group"]
MONTHS = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(24)]
WORDS = ("met", "attacked", "urged", "sanctioned", "praised", "accused", "signed", "threatened")


def synthetic_graph(n: int, edges_per_node: float = 3.0, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph in the Store.to_networkx() format, with a heavy-tailed degree."""
    rng = np.random.default_rng(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        kind = TYPES[i % len(TYPES)]
        g.add_node(f"A{i}", name=f"Actor {i}", type=kind, country=None,
                   aliases=[f"Alias {i}"], evidence=0)
    relations = list(Relation)
    m = int(n * edges_per_node)
    sources = rng.integers(0, n, m)
    targets = np.minimum((rng.pareto(1.1, m) * n / 50).astype(np.int64), n - 1)  # hubs
    seen = set()
    for a, b, r, k in zip(sources, targets, rng.integers(0, len(relations), m),
                          rng.integers(1, 5, m), strict=True):
        rel = relations[r]
        a, b = f"A{a}", f"A{b}"
        if a == b:
            continue
        if rel.symmetric and b < a:
            a, b = b, a
        if (a, b, rel.value) in seen:
            continue
        seen.add((a, b, rel.value))
        evidence = []
        for j in range(int(k)):
            month = MONTHS[int(rng.integers(0, len(MONTHS)))]
            word = WORDS[int(rng.integers(0, len(WORDS)))]
            sentence = f"Officials said {a} {word} {b} on day {j + 1} of talks in the capital."
            evidence.append({
                "doc_id": f"doc{len(seen)}-{j}", "sentence": sentence, "start": 0,
                "end": len(sentence), "date": f"{month}-{int(rng.integers(1, 28)):02d}",
                "outlet": "Synthetic Wire", "url": f"https://example.org/{len(seen)}/{j}",
                "title": f"Story {len(seen)}", "trigger": word, "negated": False,
                "modality": "asserted", "confidence": 0.8,
            })
        dates = sorted(e["date"] for e in evidence)
        g.add_edge(a, b, key=rel.value, relation=rel.value, symmetric=rel.symmetric,
                   quad_class=rel.quad_class.value, score=rel.score, stated=True,
                   count=len(evidence), documents=len(evidence), outlets=["Synthetic Wire"],
                   first_date=dates[0], last_date=dates[-1], mean_confidence=0.8,
                   evidence=evidence)
        g.nodes[a]["evidence"] += len(evidence)
        g.nodes[b]["evidence"] += len(evidence)
    return g


MEASURE = """async () => {
  const frame = () => new Promise(r => geokg.network.once("afterDrawing", () => r()));
  let t = performance.now();
  let drawn = frame();
  geokg.network.moveTo({ position: { x: 40, y: 40 } });
  await drawn;
  const pan = performance.now() - t;
  const box = document.querySelector("#relation-filters input");
  t = performance.now();
  drawn = frame();
  box.click();
  await drawn;
  const filter = performance.now() - t;
  return { pan, filter, shownEdges: geokg.edgesView.length };
}"""


def browser_times(page_path: Path, executable: str, timeout_s: float) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            external: list[str] = []
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
                ("file:", "data:", "blob:")) else (external.append(r.request.url), r.abort()))
            started = time.perf_counter()
            page.goto(page_path.as_uri(), timeout=timeout_s * 1000)
            page.wait_for_function("window.__geokgReady", timeout=timeout_s * 1000, polling=50)
            wall = time.perf_counter() - started
            first, ready = page.evaluate("[window.__geokgFirstFrame, window.__geokgReady]")
            after = page.evaluate(MEASURE)
            return {"first": first / 1000, "ready": ready / 1000, "wall": wall,
                    "pan": after["pan"] / 1000, "filter": after["filter"] / 1000,
                    "nodes": page.evaluate("geokg.nodes.length"),
                    "edges": page.evaluate("geokg.edges.length"), "external": len(external)}
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--edges-per-node", type=float, default=3.0)
    parser.add_argument("--max-nodes", type=int, default=20000)
    parser.add_argument("--max-edges", type=int, default=100000)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args(argv)
    executable = os.environ.get("GEOKG_CHROMIUM") or "/usr/bin/chromium"
    if not Path(executable).is_file():
        print(f"Chromium not found at {executable}; set GEOKG_CHROMIUM", file=sys.stderr)
        return 2
    print(f"{'nodes':>6} {'edges':>6} {'build s':>8} {'cpu s':>6} {'html MB':>8} {'first s':>8} "
          f"{'stable s':>8} {'wall s':>7} {'pan s':>6} {'filter s':>8} {'ext':>4}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            graph = synthetic_graph(n, args.edges_per_node)
            path = Path(tmp) / f"bench{n}.html"
            started, cpu = time.perf_counter(), time.process_time()
            page = render_html(graph, path, title=f"benchmark {n}", max_nodes=args.max_nodes,
                               max_edges=args.max_edges)
            build, cpu = time.perf_counter() - started, time.process_time() - cpu
            t = browser_times(path, executable, args.timeout)
            print(f"{t['nodes']:>6} {t['edges']:>6} {build:>8.2f} {cpu:>6.2f} "
                  f"{len(page) / 1e6:>8.1f} "
                  f"{t['first']:>8.2f} {t['ready']:>8.2f} {t['wall']:>7.2f} {t['pan']:>6.2f} "
                  f"{t['filter']:>8.2f} {t['external']:>4}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
