"""``geokg build --triples``: the output of ``geokg extract --format jsonl`` fills a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geokg.cli import main
from geokg.errors import InputError
from geokg.graph import KnowledgeGraph
from geokg.triplefile import read_triples

TEXTS = {
    "a1.txt": "Turkiye is a close ally of Azerbaijan. Ankara and Baku signed a defence pact on "
    "Monday.\n\nRussia launched missile strikes on Ukraine overnight, Ukrainian officials said.",
    "a2.txt": "The European Union imposed new sanctions on Iran. Tehran condemned the decision "
    "and said it would not negotiate with Brussels.",
    "a3.txt": "China and India agreed to resume direct flights after talks in Beijing. Indian "
    "Foreign Minister Ravi Mensah said New Delhi welcomed the decision.",
}


def _run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _graph(db: Path) -> dict:
    with KnowledgeGraph.open(db) as kg:
        edges = [e.model_dump() for e in kg.relations(include_unstated=True)]
        evidence = {
            (e["source"]["id"], e["relation"], e["target"]["id"]): [
                t.model_dump(exclude={"evidence": {"doc_id"}})
                for t in kg.evidence(e["source"]["id"], e["relation"], e["target"]["id"])
            ]
            for e in edges
        }
        actors = sorted(a.id for a in kg.actors())
    return {"edges": edges, "evidence": evidence, "actors": actors}


@pytest.mark.parametrize("full", [True, False])
def test_a_build_from_extracted_triples_equals_a_build_from_the_texts(capsys, corpus, tmp_path, full):
    triples = tmp_path / "triples.jsonl"
    args = ["extract", str(corpus), "--format", "jsonl", "-o", str(triples), "-q", "--date", "2025-07-11"]
    assert _run(capsys, *args, *(["--full"] if full else []))[0] == 0
    assert _run(capsys, "build", str(corpus), "--db", str(tmp_path / "texts.db"), "-q",
                "--date", "2025-07-11")[0] == 0
    code, _, err = _run(capsys, "build", "--triples", str(triples), "--db", str(tmp_path / "t.db"))
    assert code == 0 and "3 documents read" in err
    from_texts, from_triples = _graph(tmp_path / "texts.db"), _graph(tmp_path / "t.db")
    assert from_texts["edges"] and from_triples["edges"] == from_texts["edges"]
    if full:  # --full carries who said it and the trigger: the evidence is the same too
        assert from_triples["actors"] == from_texts["actors"]
        assert from_triples["evidence"] == from_texts["evidence"]
    else:  # without it, speakers named by no triple of their own are not known
        assert set(from_triples["actors"]) <= set(from_texts["actors"])
    # loading the same file again adds nothing
    code, _, err = _run(capsys, "build", "--triples", str(triples), "--db", str(tmp_path / "t.db"))
    assert code == 0 and "3 already stored" in err


def test_records_of_one_document_must_be_consecutive(tmp_path):
    rec = {
        "doc_id": "d1", "relation": "ally", "negated": False, "modality": "asserted",
        "confidence": 0.9,
        "source": {"id": "TUR", "name": "Turkiye", "type": "state", "country": None},
        "target": {"id": "AZE", "name": "Azerbaijan", "type": "state", "country": None},
        "evidence": {"sentence": "s", "start": 0, "end": 1, "date": None, "outlet": None, "url": None},
    }
    path = tmp_path / "t.jsonl"
    lines = [rec, {**rec, "doc_id": "d2"}, rec]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    with pytest.raises(InputError, match="line 3: the triples of document 'd1' are not consecutive"):
        list(read_triples(path))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 1: not JSON"),
        ('{"x": 1}', "line 1: not a triple record.*no doc_id"),
        ('{"doc_id": "d", "relation": "ally"}', "line 1: not a triple record.*missing 'evidence'"),
    ],
)
def test_bad_lines_are_input_errors_naming_the_line(tmp_path, line, message):
    path = tmp_path / "t.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_triples(path))


def test_a_bad_triples_file_is_one_line_on_the_command_line(capsys, tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    code, _, err = _run(capsys, "build", "--triples", str(path), "--db", str(tmp_path / "x.db"))
    assert code == 1 and err.count("\n") == 1 and "line 1: not JSON" in err


@pytest.mark.parametrize(
    "data",
    [b"\xc0\x80 not text\n", b"\x00\x01\xfe\xff" * 50, b'{"doc_id": "d"}\n' * 3 + b"\xff\n"],
)
def test_bytes_that_are_not_utf8_are_one_line_on_the_command_line(capsys, tmp_path, data):
    path = tmp_path / "t.jsonl"
    path.write_bytes(data)
    with pytest.raises(InputError, match="not UTF-8 text at or after line 1"):
        list(read_triples(path))
    code, _, err = _run(capsys, "build", "--triples", str(path), "--db", str(tmp_path / "x.db"))
    assert code == 1 and err.count("\n") == 1 and "not UTF-8 text" in err and "Traceback" not in err
