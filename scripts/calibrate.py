#!/usr/bin/env python3
"""Measure how reliable geokg's confidence is and calibrate it (developer tool).

Runs extraction on development gold sets (default: ``../shared/eval/news_dev_a.jsonl`` and
``news_dev_b.jsonl``), scores every asserted triple with the shared scorer's typed level (a system
triple is correct when its source, relation and target - persons counted as the state they act
for - match a gold triple of its document), and prints the reliability table: confidence bin ->
triples and share correct. With ``--write`` it fits the calibration knots (bins pooled until the
share correct never falls, each share smoothed towards the overall share) on the *raw* scores and
stores them in ``data/relations/confidence.json``; geokg then publishes calibrated confidences.

geokg never reads ``../shared`` at run time: only this script does, when a developer runs it::

    .venv/bin/python scripts/calibrate.py                    # reliability of the published scores
    .venv/bin/python scripts/calibrate.py --raw --write      # refit the knots on raw scores
    .venv/bin/python scripts/calibrate.py --sets plover_dev seed_gold   # check on other sets
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CONFIG = ROOT / "data" / "relations" / "confidence.json"
EDGES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0001)
#: pseudo-count pulling a bin's share towards the overall share: bins hold a handful of triples
#: (a prior of 2 gave the lowest bin 0.22 on news_dev_a+b, where plover_dev+seed_gold showed 0.70)
PRIOR = 5.0

sys.path.insert(0, str(ROOT))


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("geokg_shared_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"calibrate: no scorer at {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _actor(a: Any) -> dict[str, Any]:
    return {"id": a.id, "type": a.type.value, "country": a.country}


def scored_triples(path: Path, scorer: ModuleType, raw: bool) -> list[tuple[float, bool]]:
    """(confidence, correct) per distinct asserted typed key of each document of a gold file."""
    from geokg import confidence
    from geokg.models import Document
    from geokg.pipeline import extract_documents, load_pipeline
    from geokg.relations import emit

    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gold = scorer.gold_sets(docs)
    model = confidence.load_confidence()
    if raw:  # publish the raw score for this run
        model = confidence.ConfidenceModel(**{**model.__dict__, "knots": ()})
    emit.default_confidence = lambda: model  # type: ignore[attr-defined]
    inputs = [
        Document(id=d["doc_id"], text=d["text"], date=d.get("date"), title=d.get("title"),
                 outlet=d.get("outlet"))
        for d in docs
    ]  # fmt: skip
    best: dict[tuple[str, Any], float] = {}
    for document, triples in extract_documents(inputs, nlp=load_pipeline()):
        did = document.doc_id
        for t in triples:
            mod = t.modality.value
            if t.negated or mod in scorer.NOT_ASSERTED:
                continue
            k = scorer.keys(
                scorer.lift_pred(_actor(t.source)), t.relation.value,
                scorer.lift_pred(_actor(t.target)),
            )  # fmt: skip
            typed = k.get("typed")
            if typed is None:
                continue
            if mod == "future" and typed in gold[did]["neg"] - gold[did]["typed"]:
                continue
            key = (did, typed)
            best[key] = max(best.get(key, 0.0), t.confidence)
    return [(conf, typed in gold[did]["typed"]) for (did, typed), conf in best.items()]


def table(points: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Rows of the reliability table, one per non-empty bin."""
    rows = []
    for lo, hi in zip(EDGES, EDGES[1:], strict=False):
        inside = [(c, ok) for c, ok in points if lo <= c < hi]
        if inside:
            rows.append({
                "bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(inside),
                "correct": sum(ok for _, ok in inside),
                "mean": sum(c for c, _ in inside) / len(inside),
            })  # fmt: skip
    return rows


def fit(points: list[tuple[float, bool]]) -> list[list[float]]:
    """Calibration knots [[mean raw score, share correct], ...]: bins smoothed towards the overall
    share, then pooled (pool adjacent violators) until the share never falls."""
    overall = sum(ok for _, ok in points) / len(points)
    blocks = [
        [r["mean"] * r["n"], (r["correct"] + PRIOR * overall), r["n"] + PRIOR, r["n"]]
        for r in table(points)
    ]  # [sum of scores, smoothed correct, smoothed n, n]
    i = 0
    while i < len(blocks) - 1:
        a, b = blocks[i], blocks[i + 1]
        if a[1] / a[2] > b[1] / b[2]:
            blocks[i : i + 2] = [[a[0] + b[0], a[1] + b[1] - PRIOR * overall, a[2] + b[2] - PRIOR,
                                  a[3] + b[3]]]  # fmt: skip
            i = max(i - 1, 0)
        else:
            i += 1
    return [[round(s / n, 4), round(c / m, 4)] for s, c, m, n in blocks]


def markdown(rows: list[dict[str, Any]]) -> str:
    out = ["| confidence | triples | correct | share correct |", "|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['bin']} | {r['n']} | {r['correct']} | {r['correct'] / r['n']:.2f} |")
    total, ok = sum(r["n"] for r in rows), sum(r["correct"] for r in rows)
    if total:
        out.append(f"| all | {total} | {ok} | {ok / total:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--eval", type=Path, default=EVAL, help="folder of the gold sets and score.py")
    ap.add_argument("--sets", nargs="+", default=["news_dev_a", "news_dev_b"])
    ap.add_argument("--raw", action="store_true", help="bin the raw (uncalibrated) scores")
    ap.add_argument("--write", action="store_true", help="fit the knots (needs --raw) and save")
    args = ap.parse_args(argv)
    if args.write and not args.raw:
        ap.error("--write fits on raw scores: add --raw")
    scorer = _scorer(args.eval)
    points: list[tuple[float, bool]] = []
    for name in args.sets:
        path = args.eval / f"{name}.jsonl"
        if not path.is_file():
            print(f"calibrate: {path} not found", file=sys.stderr)
            return 2
        found = scored_triples(path, scorer, args.raw)
        print(f"{name}: {len(found)} asserted typed triples, {sum(ok for _, ok in found)} correct")
        points += found
    if not points:
        print("calibrate: no triples to measure", file=sys.stderr)
        return 2
    kind = "raw score" if args.raw else "published confidence"
    print(f"\nreliability ({kind}) on {' + '.join(args.sets)}:\n")
    print(markdown(table(points)))
    if args.write:
        knots = fit(points)
        config = json.loads(CONFIG.read_text(encoding="utf-8"))
        config["calibration"] = {
            "measured_on": f"{' + '.join(args.sets)}: {len(points)} triples (scripts/calibrate.py)",
            "knots": knots,
        }
        CONFIG.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nknots {knots} written to {CONFIG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
