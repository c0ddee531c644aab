"""What a first-time user tripped on (issue 17, point 7), one test each.

The notebook's first cell and how to run it: tests/test_notebook.py; ``kg.show()`` outside a
notebook: tests/test_html.py; the build summary against ``stats``: tests/test_cli.py.
"""

from __future__ import annotations

import io
import json

import pytest

from geokg.cli import _Writer, main
from geokg.models import Actor, ActorType, Document, Evidence, Modality, Relation, Triple
from geokg.query import parse_relation
from geokg.readers import Document as ReadDocument
from geokg.readers import ReadProblem, read_inputs
from geokg.store import Store

RUS = Actor(id="RUS", name="Russia", type=ActorType.STATE,
            aliases=tuple(f"alias {i}" for i in range(34)))
UKR = Actor(id="UKR", name="Ukraine", type=ActorType.STATE)


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def triple(modality=Modality.ASSERTED, negated=False, text="Russia attacked Ukraine."):
    return Triple(source=RUS, relation=Relation.ASSAULT, target=UKR, modality=modality,
                  negated=negated, evidence=Evidence(doc_id="d", sentence=text, start=0,
                                                     end=len(text), date="2025-07-01"))


def test_an_actor_repr_counts_its_aliases_instead_of_listing_them():
    assert repr(RUS) == "Actor(id='RUS', name='Russia', type='state', aliases=<34 aliases>)"
    assert "alias 7" not in repr(triple())  # nor in what prints a relation or a dyad
    one = Actor(id="person:x", name="X", type=ActorType.PERSON, country="FRA", aliases=("Y",))
    assert repr(one) == ("Actor(id='person:x', name='X', type='person', country='FRA', "
                         "aliases=<1 alias>)")


def test_extract_table_has_a_header_and_marks_reported_and_future():
    out = io.StringIO()
    writer = _Writer("table", out, full=False)
    writer.write([triple(), triple(Modality.REPORTED), triple(Modality.FUTURE),
                  triple(negated=True)])
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["date", "source", "relation", "target", "conf", "modality",
                                "sentence"]
    marks = [line.split()[5] for line in lines[1:]]
    assert marks == ["Russia", "[reported]", "[future]", "[negated]"]  # asserted: no mark


def test_a_relation_name_slip_suggests_the_word(tmp_path, capsys):
    with pytest.raises(Exception, match="did you mean 'ally'") as exc:
        parse_relation("alliance")
    assert "coerce" not in str(exc.value)  # not the whole vocabulary
    db = tmp_path / "g.db"
    with Store(db) as s:
        s.add(Document(id="d", text="t"), [triple()])
    for command in (["query", "--db", str(db), "--relation", "alliance"],
                    ["export", "--db", str(db), "--format", "json", "-o", str(tmp_path / "g.json"),
                     "--relation", "alliance"]):
        code, _, err = run(capsys, *command)
        assert code != 0 and "did you mean 'ally'" in err and "Traceback" not in err


def test_dyad_json_is_not_flooded_with_aliases(tmp_path, capsys):
    db = tmp_path / "g.db"
    with Store(db) as s:
        s.add(Document(id="d", text="t"), [triple()])
    code, out, _ = run(capsys, "dyad", "--db", str(db), "RUS", "UKR", "--format", "json")
    assert code == 0 and "alias 7" not in out
    assert json.loads(out)["edges"][0]["source"] == {"id": "RUS", "name": "Russia",
                                                     "type": "state", "country": None}


def test_csv_export_to_a_csv_file_name_says_it_writes_a_folder(tmp_path, capsys):
    db = tmp_path / "g.db"
    with Store(db) as s:
        s.add(Document(id="d", text="t"), [triple()])
    code, _, err = run(capsys, "export", "--db", str(db), "--format", "csv",
                       "-o", str(tmp_path / "g.csv"))
    assert code != 0 and "writes a folder" in err and not (tmp_path / "g.csv").exists()
    code, _, err = run(capsys, "export", "--db", str(db), "--format", "csv",
                       "-o", str(tmp_path / "g"))
    assert code == 0 and (tmp_path / "g" / "edges.csv").is_file()


def test_build_skips_the_triples_extract_left_in_a_folder(tmp_path):
    (tmp_path / "article.txt").write_text("Russia attacked Ukraine on Monday.", encoding="utf-8")
    records = [triple().to_record(), triple(Modality.REPORTED).to_record()]
    (tmp_path / "triples.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    docs = [i for i in items if isinstance(i, ReadDocument)]
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert len(docs) == 1 and docs[0].text.startswith("Russia attacked")
    assert [p.kind for p in problems] == ["triples"]  # one line for the file, not one per record
    assert "geokg extract output" in problems[0].message
