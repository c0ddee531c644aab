"""Event time scored on data/eval/event_time_gold.jsonl (sentences written for geokg; see
data/eval/README.md): each record names a trigger word and the event date its sentence states
(or null). The full pipeline parses the sentence; geokg.timex picks and resolves the time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from geokg.timex import event_time

GOLD = Path(__file__).resolve().parent.parent / "data" / "eval" / "event_time_gold.jsonl"
#: floors measured when the set was written (see data/eval/README.md): do not lower them
MIN_ACCURACY = 0.80
MIN_PRECISION = 0.90


def score(nlp) -> dict[str, float]:
    """Accuracy over all records; precision and recall of the dated answers."""
    right = dated_right = predicted = gold_dated = total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        for name, proc in nlp.pipeline:
            if name.startswith("geokg_"):
                continue
            doc = proc(doc)
        trigger = next(t for t in doc if t.text == rec["trigger"])
        found = event_time(trigger.sent, trigger, dt.date.fromisoformat(rec["date"]))
        got = (found.date.isoformat(), found.precision) if found else (None, None)
        want = (rec["event_date"], rec["event_precision"])
        total += 1
        right += got == want
        predicted += got[0] is not None
        gold_dated += want[0] is not None
        dated_right += got[0] is not None and got == want
    return {"accuracy": right / total, "precision": dated_right / max(predicted, 1),
            "recall": dated_right / max(gold_dated, 1), "n": total}


def test_event_time_gold_floors(nlp) -> None:
    s = score(nlp)
    assert s["n"] >= 30
    assert s["accuracy"] >= MIN_ACCURACY, s
    assert s["precision"] >= MIN_PRECISION, s
