"""Precision and recall of syndicated-copy detection (geokg.neardup) on constructed pairs.

Positives: each article of data/eval/articles_gold.jsonl (written for geokg) against copies of
it made the way outlets reprint a wire story -- another headline and byline, paragraphs trimmed
from the end, light word edits, a credit line, and combinations. Negatives: every pair of two
different articles, and data/eval/same_event_pairs.jsonl (two independent reports of one event,
written for geokg, sharing a quoted sentence). A pair counts as detected when the LSH bands
bring the two together and the signatures pass :func:`geokg.neardup.same_story`.

    .venv/bin/python benchmarks/neardup_bench.py
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from geokg.neardup import band_keys, same_story, signature

ROOT = Path(__file__).resolve().parent.parent
EDITS = [("said", "told reporters"), ("on Tuesday", "on Tuesday local time"),
         ("government", "administration"), ("officials", "authorities"), ("but", "though")]


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def edited(paras: list[str], rng: random.Random, share: float = 0.3) -> list[str]:
    out = []
    for p in paras:
        if rng.random() < share:
            old, new = rng.choice(EDITS)
            p = p.replace(f" {old} ", f" {new} ", 1)
        out.append(p)
    return out


def variants(title: str, text: str, rng: random.Random) -> dict[str, str]:
    """Copies of one story as other outlets print it."""
    paras = paragraphs(text)
    head = f"{title.upper()}\nBy Staff Writer | Regional Desk\n\n"
    credit = "\n\n(Reporting by the wire service; editing by the regional desk)"
    keep = lambda share: paras[: max(1, round(len(paras) * share))]  # noqa: E731
    return {
        "headline+byline": head + "\n\n".join(paras),
        "trim 25%": "\n\n".join(keep(0.75)),
        "trim 50%": "\n\n".join(keep(0.5)),
        "first 3 paragraphs": "\n\n".join(paras[:3]),
        "word edits + credit": "\n\n".join(edited(paras, rng)) + credit,
        "all of it": head + "\n\n".join(edited(keep(0.7), rng)) + credit,
    }


def detected(a: str, b: str) -> bool:
    sa, sb = signature(a), signature(b)
    if sa is None or sb is None:
        return False
    return bool(set(band_keys(sa)) & set(band_keys(sb))) and same_story(sa, sb)


def main() -> None:
    rng = random.Random(14)
    arts = [json.loads(x) for x in (ROOT / "data/eval/articles_gold.jsonl").read_text(
        encoding="utf-8").splitlines()]
    pairs = [json.loads(x) for x in (ROOT / "data/eval/same_event_pairs.jsonl").read_text(
        encoding="utf-8").splitlines()]
    found: dict[str, list[bool]] = {}
    for art in arts:
        for kind, copy in variants(art["title"], art["text"], rng).items():
            found.setdefault(kind, []).append(detected(art["text"], copy))
    cross = [detected(a["text"], b["text"]) for a, b in itertools.combinations(arts, 2)]
    same_event = [detected(p["a"], p["b"]) for p in pairs]
    tp = sum(sum(v) for v in found.values())
    positives = sum(len(v) for v in found.values())
    fp = sum(cross) + sum(same_event)
    print(f"positives (copies): {positives}, negatives: {len(cross)} different-story pairs + "
          f"{len(same_event)} same-event pairs")
    for kind, hits in found.items():
        print(f"  recall {kind:20s} {sum(hits)}/{len(hits)}")
    print(f"  false positives: different stories {sum(cross)}/{len(cross)}, same event "
          f"{sum(same_event)}/{len(same_event)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(f"precision {precision:.3f}  recall {tp / positives:.3f}  ({tp} of {positives} copies, "
          f"{fp} false positives)")


if __name__ == "__main__":
    main()
