"""CPU seconds of geokg's own pipeline components, apart from spaCy's.

Parses the throughput benchmark corpus (``build_corpus(sample_documents(), --words)``) once with
the full geokg pipeline and keeps the Docs; then reruns only ``geokg_actors`` (coref included) and
``geokg_relations`` over those Docs ``--repeat`` times and prints the process CPU seconds of each
round and the best. The components rebuild everything they write from the parse, so a rerun does
the same work as the first run. Also times the triples' JSON dump (``model_dump``) and the whole
``extract_documents`` (spaCy included) once each.

    python benchmarks/components.py [--words 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build_corpus, sample_documents  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=50_000, help="benchmark corpus size in words")
    ap.add_argument("--repeat", type=int, default=5, help="rounds over the parsed Docs")
    args = ap.parse_args(argv)

    from geokg.pipeline import _make_doc, extract_documents, load_pipeline

    nlp = load_pipeline()
    corpus = build_corpus(sample_documents(), args.words)
    cpu = time.process_time()
    n = sum(len(ts) for _, ts in extract_documents(corpus, nlp=nlp))
    print(f"extract_documents: {time.process_time() - cpu:.2f} s CPU, {n:,} triples")
    docs = list(nlp.pipe(_make_doc(nlp, d) for d in corpus))
    actors, relations = nlp.get_pipe("geokg_actors"), nlp.get_pipe("geokg_relations")
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        row = {}
        for name, component in (("geokg_actors", actors), ("geokg_relations", relations)):
            cpu = time.process_time()
            for doc in docs:
                component(doc)
            row[name] = time.process_time() - cpu
        cpu = time.process_time()
        for doc in docs:
            for t in doc._.geokg_triples:
                t.model_dump(mode="json")
        row["model_dump"] = time.process_time() - cpu
        print("  ".join(f"{k} {v:.3f} s" for k, v in row.items()), flush=True)
        for k, v in row.items():
            best[k] = min(best.get(k, v), v)
    print("best:", "  ".join(f"{k} {v:.3f} s" for k, v in best.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
