"""The CLI contract: commands, output keys, errors as one line, idempotent builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geokg.cli import cli, main

ARTICLE = (
    "Turkish President Recep Tayyip Erdogan said Turkiye is a close ally of Azerbaijan. "
    "Russian forces attacked Ukraine overnight, Kyiv said. "
    "The United States will send Patriot missiles to Ukraine, Washington said on Monday."
)


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "Usage: geokg " + command in out


def test_every_command_is_documented_in_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in cli.commands:
        assert f"geokg {command}" in readme, f"README does not document `geokg {command}`"


def test_schema_command_prints_json_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["required"][0] == "doc_id"


def test_missing_input_is_one_line_error_and_nonzero(tmp_path, capsys):
    code, out, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 1
    assert out == ""
    assert "nope.txt" in err and "Traceback" not in err


def test_a_missing_dependency_is_one_line_saying_how_to_reinstall(tmp_path, capsys, monkeypatch):
    import geokg.loading

    def broken_install(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'threadpoolctl'", name="threadpoolctl")

    monkeypatch.setattr(geokg.loading, "_load_pipeline", broken_install)
    src = tmp_path / "a.txt"
    src.write_text("Russia attacked Ukraine.", encoding="utf-8")
    code, out, err = run(capsys, "extract", "-q", str(src))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "'threadpoolctl' is not installed" in err and "requirements.lock" in err


def test_unknown_relation_is_a_usage_error(tmp_path, capsys):
    db = tmp_path / "g.db"
    db.write_bytes(b"")
    code, _, err = run(capsys, "query", "--db", str(db), "--relation", "befriend")
    assert code == 2 and "unknown relation" in err


def test_not_a_store_is_a_clear_error(tmp_path, capsys):
    db = tmp_path / "g.db"
    db.write_text("this is not sqlite", encoding="utf-8")
    code, _, err = run(capsys, "stats", "--db", str(db))
    assert code == 1
    assert err.startswith("geokg: error:") and len(err.strip().splitlines()) == 1


def test_extract_jsonl_contract(tmp_path, capsys, nlp):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2025-07-14", "outlet": "Wire"}) + "\n"
        + json.dumps({"id": "a2", "text": "Nothing here relates anyone.", "date": None}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", "--format", "jsonl", "-q", str(corpus))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert records, "no triples extracted"
    for rec in records:
        assert set(rec) == {
            "doc_id", "source", "target", "relation", "negated", "modality", "confidence", "evidence"
        }
        assert set(rec["source"]) == set(rec["target"]) == {"id", "name", "type", "country"}
        assert set(rec["evidence"]) == {"sentence", "start", "end", "date", "event_date",
                                        "event_precision", "outlet", "url"}
        ev = rec["evidence"]
        assert ARTICLE[ev["start"]:ev["end"]] == ev["sentence"]
        assert rec["doc_id"] == "a1" and ev["outlet"] == "Wire" and ev["date"] == "2025-07-14"
    found = {(r["source"]["id"], r["relation"], r["target"]["id"]) for r in records}
    assert ("AZE", "ally", "TUR") in found
    assert ("RUS", "assault", "UKR") in found
    assert ("USA", "aid", "UKR") in found


def test_extract_csv_and_table(tmp_path, capsys, nlp):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "csv", "-q", str(src))
    assert code == 0
    assert out.splitlines()[0].startswith("doc_id,source,source_name,relation")
    code, out, _ = run(capsys, "extract", "--format", "table", "-q", str(src))
    assert code == 0 and "assault" in out


def test_build_is_idempotent_and_queryable(tmp_path, capsys, nlp):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db, html = tmp_path / "g.db", tmp_path / "g.html"
    code, out, err = run(capsys, "build", str(src), "--db", str(db), "--html", str(html), "--date", "2025-07-14")
    assert code == 0, err
    assert str(html.resolve()) in out and html.stat().st_size > 10_000
    code, first, _ = run(capsys, "stats", "--db", str(db), "--json")
    code, _, err = run(capsys, "build", str(src), "--db", str(db))
    assert code == 0 and "1 documents read (1 already stored)" in err and "0 new documents added" in err
    code, second, _ = run(capsys, "stats", "--db", str(db), "--json")
    assert json.loads(first) == json.loads(second)
    code, out, _ = run(capsys, "query", "--db", str(db), "--actor", "Russia", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r["relation"] == "assault" and r["target"] == "UKR" for r in rows)


def test_console_script_runs_without_traceback_on_bad_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": \n', encoding="utf-8")
    geokg = Path(sys.executable).with_name("geokg")
    r = subprocess.run([str(geokg), "extract", str(bad)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "bad.jsonl:1" in r.stderr


def _small_store(db: Path) -> Path:
    """A store with two documents about Russia and Ukraine (no extraction needed)."""
    from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
    from geokg.store import Store

    rus, ukr = (Actor(id=i, name=n, type=ActorType.STATE, aliases=(f"{n}n army",))
                for i, n in [("RUS", "Russia"), ("UKR", "Ukraine")])
    with Store(db) as s:
        for n, (text, rel, date) in enumerate([
            ("Russia attacked Ukraine.", Relation.ASSAULT, "2025-06-14"),
            ("Russia and Ukraine agreed a prisoner swap.", Relation.AGREE, "2025-07-02"),
        ]):
            d = Document(id=f"d{n}", text=text, date=date, outlet="Wire")
            s.add(d, [Triple(source=rus, relation=rel, target=ukr, evidence=Evidence(
                doc_id=d.id, sentence=text, start=0, end=len(text), date=d.date,
                outlet="Wire"))])
    return db


def test_dyad_prints_a_readable_summary_and_json_on_request(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, "dyad", "--db", str(db), "Russia", "UKR")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Russia (RUS) - Ukraine (UKR): 2 relations, net score -5.0 (conflict)"
    assert "army" not in out  # aliases are for --format json
    table = [ln.split() for ln in lines[1:]]
    assert ["RUS", "assault", "UKR", "True", "1", "1", "1", "2025-06-14", "2025-06-14"] in [
        row[:9] for row in table]
    assert ["2025-06", "-10.0", "assault", "1"] in table
    assert ["2025-07", "+5.0", "agree", "1"] in table
    code, out, _ = run(capsys, "dyad", "--db", str(db), "RUS", "UKR", "--format", "json")
    dyad = json.loads(out)
    assert code == 0 and [m["month"] for m in dyad["timeline"]] == ["2025-06", "2025-07"]
    assert dyad["a"]["name"] == "Russia" and "aliases" not in dyad["a"]
    assert "army" not in out  # aliases would flood it (Russia has dozens)


def test_read_only_store_is_queried_and_build_refuses_before_extracting(tmp_path, capsys,
                                                                        monkeypatch):
    import os

    db = _small_store(tmp_path / "archive.db")
    real = os.access
    monkeypatch.setattr("geokg.store.os.access",
                        lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))
    code, out, _ = run(capsys, "query", "--db", str(db), "--format", "jsonl")
    assert code == 0 and {json.loads(ln)["relation"] for ln in out.splitlines()} == {
        "assault", "agree"}
    monkeypatch.setattr("geokg.pipeline.load_pipeline", lambda *a, **k: pytest.fail("extracted"))
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "build", str(tmp_path / "new.txt"), "--db", str(db))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"geokg: error: {db} is read-only (no write permission on the file or its folder); "
        "copy it to a folder you can write to, or ask for write permission"]


@pytest.mark.parametrize("args", [("query", "--actor", "Atlantis"), ("dyad", "RUS", "XYZ"),
                                  ("evidence", "RUS", "assault", "Germany"),
                                  ("merge-actors", "RUS", "XYZ")])
def test_unknown_actor_names_the_cli_command_that_lists_actors(tmp_path, capsys, args):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, args[0], "--db", str(db), *args[1:])
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1
    assert "unknown actor" in err and f"geokg actors --db {db}" in err
    assert "KnowledgeGraph" not in err


@pytest.mark.parametrize("where", ["under-a-file", "name-too-long"])
@pytest.mark.parametrize("command", ["extract -o", "build --db", "build --html", "export -o"])
def test_unwritable_output_paths_are_one_line_errors(tmp_path, capsys, monkeypatch, command,
                                                     where):
    monkeypatch.setattr("geokg.pipeline.load_pipeline", lambda *a, **k: pytest.fail("extracted"))
    (tmp_path / "a-file").write_text("x")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    bad = str(tmp_path / "a-file" / "out.x") if where == "under-a-file" else str(
        tmp_path / ("x" * 300))
    db = str(_small_store(tmp_path / "g.db"))
    args = {
        "extract -o": ["extract", str(src), "-o", bad],
        "build --db": ["build", str(src), "--db", bad],
        "build --html": ["build", str(src), "--db", db, "--html", bad],
        "export -o": ["export", "--db", db, "--format", "json", "-o", bad],
    }[command]
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("geokg: error: "), err
    assert "a-file" in err or "xxxxx" in err


def test_extract_output_creates_its_folder(tmp_path, capsys, nlp):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out_file = tmp_path / "new" / "triples.jsonl"
    code, out, _ = run(capsys, "extract", str(src), "-q", "-o", str(out_file))
    assert code == 0 and out == ""
    assert json.loads(out_file.read_text(encoding="utf-8").splitlines()[0])["doc_id"]


def test_merge_actors_accepts_names_and_says_which_ids_merged(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, "merge-actors", "--db", str(db), "Russia", "Ukraine")
    assert code == 1 and "both states" in err and "--force" in err  # two states: refused
    code, out, err = run(capsys, "merge-actors", "--db", str(db), "Russia", "Ukraine", "--force")
    assert code == 0 and err == ""
    assert "merged UKR (Ukraine) into RUS (Russia); undo with: geokg unmerge" in out


def test_missing_text_field_names_the_cli_option(tmp_path, capsys):
    src = tmp_path / "corpus.jsonl"
    src.write_text('{"id": "a", "body": "Russia attacked Ukraine."}\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", str(src), "-q")
    assert code == 1 and out == ""
    assert "corpus.jsonl:1: text field 'text' is missing" in err and "--text-field" in err


def test_unreadable_date_is_a_warning_not_a_skip(tmp_path, capsys, nlp):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE, "date": "03/04/2025"}) + "\n",
                   encoding="utf-8")
    code, out, err = run(capsys, "extract", str(src), "--date", "2025-07-14")
    assert code == 0
    assert {json.loads(ln)["evidence"]["date"] for ln in out.splitlines()} == {"2025-07-14"}
    lines = err.splitlines()
    assert lines[0].startswith(f"geokg: {src}:1: date '03/04/2025' is not a date")
    assert "1 documents read, 0 skipped, 1 warning (1 date)," in lines[-1]


def test_eval_help_shows_the_gold_format_and_an_empty_gold_file_is_an_error(tmp_path, capsys):
    code, out, _ = run(capsys, "eval", "--help")
    assert code == 0
    for key in ('"doc_id"', '"text"', '"persons"', '"triples"', '"negated"', '"sentence"'):
        assert key in out
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n\n", encoding="utf-8")
    code, out, err = run(capsys, "eval", str(gold))
    assert code == 1 and out == ""
    assert err == f"geokg: error: {gold} holds no gold documents; see `geokg eval --help`\n"


def test_interrupted_build_keeps_what_it_stored_and_says_how_to_resume(tmp_path, capsys,
                                                                       monkeypatch):
    def one_then_ctrl_c(run_, docs, *args):
        for document in docs:
            run_.count([])
            yield document, []
            raise KeyboardInterrupt

    monkeypatch.setattr("geokg.cli._triples_stream", one_then_ctrl_c)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{ARTICLE} ({name})", encoding="utf-8")
    db = tmp_path / "g.db"
    code, _, err = run(capsys, "build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                       "--db", str(db))
    assert code == 130
    assert err.splitlines()[-1] == ("geokg: error: interrupted; the 1 documents stored so far "
                                    "are kept: run the same command again to resume")
    code, out, _ = run(capsys, "stats", "--db", str(db), "--json")
    assert json.loads(out)["documents"] == 1


def test_evidence_prints_sentences_with_date_and_outlet_or_says_there_are_none(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    code, out, _ = run(capsys, "evidence", "--db", str(db), "Russia", "assault", "Ukraine")
    assert code == 0
    assert out.splitlines() == ["2025-06-14  Wire  d0", "    Russia attacked Ukraine."]
    code, out, _ = run(capsys, "evidence", "--db", str(db), "UKR", "assault", "RUS")
    assert code == 0 and out == "(no evidence for UKR assault RUS)\n"


def test_extract_table_has_dates_and_aligned_sentences(tmp_path, capsys, nlp):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE + " Russia may attack Ukraine again, Kyiv said.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "table", "-q", "--date", "2025-07-14",
                       str(src))
    header, *rows = out.splitlines()
    assert code == 0 and len(rows) >= 3
    assert header.split()[0] == "date"
    assert all(r.startswith("2025-07-14  ") for r in rows)
    starts = {r.index(s) for r in rows for s in ["Turkish President", "Russian forces",
                                                 "The United States", "Russia may"] if s in r}
    assert starts == {header.index("sentence")}, out  # one sentence column, hedged rows too
    assert any("[possible]" in r for r in rows), out


def test_tables_have_no_trailing_blanks_and_counts_agree_in_number(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    for args in (["query"], ["actors"], ["dyad", "RUS", "UKR"]):
        code, out, _ = run(capsys, args[0], "--db", str(db), *args[1:])
        assert code == 0 and out.strip()
        assert not [ln for ln in out.splitlines() if ln != ln.rstrip()], out
    code, out, _ = run(capsys, "dyad", "--db", str(db), "RUS", "UKR", "--until", "2025-06-30")
    assert out.splitlines()[0].endswith(": 1 relation, net score -10.0 (conflict)")


def test_evidence_sentences_print_on_one_line_each(tmp_path, capsys):
    from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
    from geokg.store import Store

    db = tmp_path / "g.db"
    rus, ukr = (Actor(id=i, name=i, type=ActorType.STATE) for i in ("RUS", "UKR"))
    text = "Russia attacked\nUkraine.\n\nMore text."
    d = Document(id="d1", text=text, date="2025-07-14")
    with Store(db) as s:
        s.add(d, [Triple(source=rus, relation=Relation.ASSAULT, target=ukr, evidence=Evidence(
            doc_id="d1", sentence=text[:26], start=0, end=26, date=d.date))])
    code, out, _ = run(capsys, "evidence", "--db", str(db), "RUS", "assault", "UKR")
    assert code == 0 and out.splitlines() == ["2025-07-14  -  d1", "    Russia attacked Ukraine."]


@pytest.mark.parametrize("args", [("query", "--relation", "ally"), ("actors", "--type", "group")])
def test_empty_csv_output_still_has_its_header(tmp_path, capsys, args):
    db = _small_store(tmp_path / "g.db")
    code, empty, _ = run(capsys, args[0], "--db", str(db), *args[1:], "--format", "csv")
    code2, full, _ = run(capsys, args[0], "--db", str(db), "--format", "csv")
    assert code == code2 == 0
    assert empty.splitlines() == full.splitlines()[:1] and empty.startswith(("source,", "id,"))


def test_outputs_never_overwrite_the_store_or_the_inputs(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("geokg.pipeline.load_pipeline", lambda *a, **k: pytest.fail("extracted"))
    db = _small_store(tmp_path / "g.db")
    stored = db.read_bytes()
    src = tmp_path / "news" / "a.txt"
    src.parent.mkdir()
    src.write_text(ARTICLE, encoding="utf-8")
    for args, words in [
        (["export", "--db", str(db), "--format", "json", "-o", str(db)], "is the store"),
        (["build", str(src), "--db", str(db), "--html", str(db)], "is the store"),
        (["extract", str(src), "-o", str(src)], "is an input"),
        (["extract", str(src.parent), "-o", str(src.parent / "out.jsonl")], "inside the input"),
        (["build", str(src.parent), "--db", str(db), "--html", str(src.parent / "g.html")],
         "--html"),
    ]:
        code, out, err = run(capsys, *args)
        assert code == 1 and out == "" and words in err and len(err.splitlines()) == 1, err
    assert db.read_bytes() == stored and src.read_text(encoding="utf-8") == ARTICLE
    assert not (src.parent / "out.jsonl").exists()


def test_the_library_will_not_export_over_its_own_store(tmp_path):
    from geokg.errors import UsageError
    from geokg.graph import KnowledgeGraph

    db = _small_store(tmp_path / "g.db")
    stored = db.read_bytes()
    with KnowledgeGraph.open(db) as kg:
        for write in (lambda: kg.export(db, "graphml"), lambda: kg.to_html(str(db))):
            with pytest.raises(UsageError, match="is the store"):
                write()
    assert db.read_bytes() == stored


def test_build_summary_counts_the_actors_stats_counts(tmp_path, capsys, nlp):
    """A speaker only named as the source of a statement is an actor of the store, in both."""
    import re

    src = tmp_path / "a.txt"
    src.write_text("Russia views France as its main adversary in Europe, Jens Stoltenberg said "
                   "on Monday.", encoding="utf-8")
    db = tmp_path / "g.db"
    code, _, err = run(capsys, "build", str(src), "--db", str(db))
    assert code == 0, err
    summary = int(re.search(r"(\d+) actors", err).group(1))
    code, out, _ = run(capsys, "stats", "--db", str(db), "--json")
    assert json.loads(out)["actors"] == summary == 3
    # the two ends of the relation are what the graph draws: both say so
    from geokg.graph import KnowledgeGraph

    drawn = int(re.search(r"(\d+) in stated relations, as drawn", err).group(1))
    assert json.loads(out)["related_actors"] == drawn == 2
    with KnowledgeGraph.open(db) as kg:
        assert kg.to_networkx().number_of_nodes() == drawn


class _Terminal:
    """A stand-in stderr that says it is a terminal (its size comes from os.get_terminal_size)."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 2

    def write(self, s: str) -> int:
        self.written.append(s)
        return len(s)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("columns", [0, 120])
def test_progress_bar_has_a_width_when_the_terminal_reports_none(monkeypatch, columns):
    import os

    from geokg import cli as cli_module

    monkeypatch.setattr(cli_module.sys, "stderr", _Terminal())
    monkeypatch.setattr(os, "get_terminal_size", lambda *a: os.terminal_size((columns, 24)))
    bar = cli_module._progress(range(3), quiet=False)
    list(bar)
    assert bar.ncols == (columns or 80)
    drawn = "".join(cli_module.sys.stderr.written)
    assert "100%|#####" in drawn and "3/3" in drawn  # a bar drawn, not only the counts


@pytest.mark.parametrize("args", [("query", "--actor", "Russian forces"),
                                  ("query", "--source", "the Kremlin", "--format", "jsonl"),
                                  ("dyad", "Russian officials", "Kyiv"),
                                  ("evidence", "the Russians", "assault", "Ukrainian troops")])
def test_descriptive_actor_names_resolve_as_in_extraction_and_say_so(tmp_path, capsys, nlp, args):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, args[0], "--db", str(db), *args[1:])
    assert code == 0, err
    assert "RUS" in out or "Russia attacked Ukraine." in out
    said = [line for line in err.splitlines() if "taken as" in line]
    assert said and all(line.startswith("geokg: '") for line in said)
    assert any("taken as RUS (Russia)" in line for line in said)


def test_stored_names_and_ids_resolve_silently(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, "dyad", "--db", str(db), "RUS", "Ukraine")
    assert code == 0 and err == "" and "RUS" in out


def test_descriptive_name_of_an_actor_the_store_lacks_is_unknown(tmp_path, capsys, nlp):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, "query", "--db", str(db), "--actor", "Turkish officials")
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert "unknown actor 'Turkish officials' (TUR)" in err


def test_dyad_of_one_actor_twice_is_a_usage_error(tmp_path, capsys):
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, "dyad", "--db", str(db), "RUS", "Russia")
    assert code == 1 and out == "" and len(err.splitlines()) == 1  # as for an unknown actor
    assert "'RUS' and 'Russia' are the same actor (RUS)" in err


@pytest.mark.parametrize("args", [("query", "--actor", " "), ("dyad", "RUS", "")])
def test_blank_actor_argument_is_a_one_line_error(tmp_path, capsys, args, monkeypatch):
    from geokg import cli as cli_module

    monkeypatch.setattr(cli_module, "_described_actors", lambda name: pytest.fail("model loaded"))
    db = _small_store(tmp_path / "g.db")
    code, out, err = run(capsys, args[0], "--db", str(db), *args[1:])
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert "empty actor name" in err
