"""Identity check for speed work: dump every triple geokg extracts, to diff before/after a change.

Runs :func:`geokg.pipeline.extract_documents` over the bundled sample articles and over the
throughput benchmark corpus (``build_corpus(sample_documents(), --words)``, 200,000 words by
default) and writes one JSON line per document: its id and its triples
(``model_dump(mode="json")``). Two runs on code that extracts the same thing give byte-identical
files, so ``cmp`` says whether an optimisation changed any output.

    python benchmarks/identity.py OUT.jsonl [--words 200000] [--jsonl GOLD.jsonl ...]

``--jsonl`` adds the documents of annotated JSONL files (``doc_id`` or ``id``, ``text`` or a pair
``a``/``b``, ``date``, ``title``, ``outlet`` per line, as in ``data/eval/``), so a refactoring can be
checked on the gold texts too: ``--jsonl data/eval/*.jsonl ../shared/eval/*.jsonl``.

To compare two checkouts, run it with ``PYTHONPATH=<other checkout>`` (which beats an editable
install) and with your own, and ``cmp`` the two files. Prints the CPU seconds of the extraction.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build_corpus, sample_documents  # noqa: E402


def annotated_documents(path: Path) -> list[Any]:
    """The documents of an annotated JSONL file, ids prefixed with the file's stem."""
    from geokg.models import Document

    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        key = row.get("doc_id", row.get("id", n))
        # a document per text: "text", or each text of a pair file ("a", "b")
        for field, suffix in (("text", ""), ("a", ":a"), ("b", ":b")):
            if isinstance(row.get(field), str):
                docs.append(
                    Document(
                        id=f"{path.stem}:{key}{suffix}", text=row[field], date=row.get("date"),
                        title=row.get("title"), outlet=row.get("outlet"),
                    )
                )
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="JSONL file to write")
    ap.add_argument("--words", type=int, default=200_000, help="benchmark corpus size in words")
    ap.add_argument(
        "--jsonl", action="extend", nargs="+", default=[], metavar="FILE",
        help="also extract the texts of these annotated JSONL files (repeatable)",
    )
    args = ap.parse_args(argv)

    import geokg
    from geokg.pipeline import extract_documents, load_pipeline

    nlp = load_pipeline()
    samples = sample_documents()
    docs = samples + build_corpus(samples, args.words)
    for path in args.jsonl:
        docs += annotated_documents(Path(path))
    n_triples, cpu = 0, time.process_time()
    with open(args.out, "w", encoding="utf-8") as fh:
        for document, triples in extract_documents(docs, nlp=nlp):
            rows = [t.model_dump(mode="json") for t in triples]
            n_triples += len(rows)
            fh.write(json.dumps({"doc": document.id, "triples": rows}, sort_keys=True) + "\n")
    cpu = time.process_time() - cpu
    print(
        f"{len(docs)} documents, {n_triples:,} triples -> {args.out} "
        f"({cpu:.1f} s CPU; geokg from {Path(geokg.__file__).parent})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
