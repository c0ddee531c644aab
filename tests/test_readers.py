"""Readers: every input format to Documents, ReadProblems for what is skipped."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from geokg.errors import UsageError
from geokg.models import Document
from geokg.readers import EXTENSIONS, PROBLEM_KINDS, ReadProblem, read_inputs, read_text
from geokg.resources import data_path

PAGES = Path(__file__).parent / "data" / "pages"
REF = dt.date(2025, 7, 14)
ENGLISH = (
    "Turkey and Greece agreed on Tuesday to resume talks on their maritime dispute, the foreign "
    "ministers said after a meeting in Athens. The two NATO allies have long argued over the Aegean."
)


def read(*inputs: object, **kw: object) -> tuple[list[Document], list[ReadProblem]]:
    items = list(read_inputs([str(i) for i in inputs], **kw))  # type: ignore[arg-type]
    assert all(isinstance(i, (Document, ReadProblem)) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    probs = [i for i in items if isinstance(i, ReadProblem)]
    assert all(p.kind in PROBLEM_KINDS for p in probs)
    return docs, probs


def set_mtime(path: Path, day: dt.date) -> None:
    ts = dt.datetime(day.year, day.month, day.day, 12).timestamp()
    os.utime(path, (ts, ts))


# ------------------------------------------------------------------------------- text pages


def test_multi_article_text_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes((PAGES / "aggregator_page.txt").read_bytes())
    docs, probs = read(page, date=REF)
    assert probs == []
    assert [d.id for d in docs] == [
        f"{page.as_posix()}",
        f"{page.as_posix()}#2",
        f"{page.as_posix()}#3",
    ]
    assert [d.outlet for d in docs] == ["Andes Monitor", "Mekong Post", "Maghreb Daily"]
    assert [d.date for d in docs] == [dt.date(2025, 7, 12), REF, REF]
    assert all(d.source == page.as_posix() for d in docs)


def test_split_pages_false(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes((PAGES / "aggregator_page.txt").read_bytes())
    docs, _ = read(page, date=REF, split_pages=False)
    assert len(docs) == 1


def test_relative_times_use_the_file_time_only_when_asked(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes((PAGES / "aggregator_page.txt").read_bytes())
    set_mtime(page, dt.date(2025, 1, 20))
    docs, _ = read(page)
    assert [d.date for d in docs] == [None, None, None]  # "2 days ago" of what? not guessed
    docs, _ = read(page, date_from_file_time=True)
    assert [d.date for d in docs] == [
        dt.date(2025, 1, 18),
        dt.date(2025, 1, 20),
        dt.date(2025, 1, 20),
    ]


def test_stated_date_beats_reference_and_file_time(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        f"A title for the story\nOutlet: Wire | Date: 2024-02-03\n\n{ENGLISH}\n", encoding="utf-8"
    )
    set_mtime(f, dt.date(2025, 1, 1))
    docs, _ = read(f, date=REF)
    assert (docs[0].title, docs[0].outlet, docs[0].date) == (
        "A title for the story",
        "Wire",
        dt.date(2024, 2, 3),
    )
    g = tmp_path / "b.txt"
    g.write_text(ENGLISH, encoding="utf-8")
    set_mtime(g, dt.date(2025, 1, 1))
    assert read(g, date=REF)[0][0].date == REF
    assert read(g)[0][0].date is None  # an undated text stays undated
    assert read(g, date_from_file_time=True)[0][0].date == dt.date(2025, 1, 1)


def test_read_text_in_memory() -> None:
    docs = [d for d in read_text(ENGLISH, name="mem") if isinstance(d, Document)]
    assert docs[0].id == "mem" and docs[0].text == ENGLISH


# ------------------------------------------------------------------------------ HTML pages


def test_single_article_html_page() -> None:
    docs, probs = read(PAGES / "single_article.html", date=REF)
    assert probs == []
    (doc,) = docs
    assert doc.title == "Greece and Turkey agree to resume talks on maritime borders"
    assert doc.outlet == "The Coastal Herald"
    assert doc.date == dt.date(2025, 3, 18)
    assert doc.url == "https://coastal-herald.example.org/world/2025/03/18/greece-turkey-talks"
    assert doc.text.startswith("Greece and Turkey agreed on Tuesday")
    assert doc.text.endswith("between Turkey and the European Union.")
    assert doc.text.count("\n\n") == 4


@pytest.mark.parametrize("page", ["single_article.html", "multi_article.html"])
def test_scripts_navigation_and_adverts_never_become_text(page: str) -> None:
    docs, _ = read(PAGES / page, date=REF)
    assert docs
    for doc in docs:
        for marker in (
            "SCRIPTMARKER",
            "NAVMARKER",
            "Advertisement",
            "cookies",
            "Accept all",
            "Related Articles",
            "No comments",
            "Home",
            "DOWNLOAD",
            "Sponsored",
            "Photo:",
        ):
            assert marker not in doc.text, (doc.id, marker)


def test_multi_article_html_page() -> None:
    name = (PAGES / "multi_article.html").as_posix()
    docs, probs = read(PAGES / "multi_article.html", date=REF)
    assert probs == []
    assert [(d.id, d.title, d.outlet, d.date) for d in docs] == [
        (name, "Japan and the Philippines sign defence pact", "Pacific Wire", dt.date(2025, 5, 2)),
        (f"{name}#2", "Kenya to lead new peace talks on Sudan", "Horn Report", dt.date(2025, 5, 1)),
        (f"{name}#3", "Poland raises defence budget again", "Vistula Times", dt.date(2025, 4, 30)),
    ]
    assert docs[1].text.startswith("Kenya will host a new round of peace talks")


def test_html_without_text_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text(
        "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>"
    )
    docs, probs = read(f)
    assert docs == [] and len(probs) == 1 and probs[0].kind in ("html", "empty")


# ----------------------------------------------------------------------------- JSONL / JSON


def test_jsonl_records_with_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": ENGLISH,
                "date": "2025-01-02",
                "title": "T",
                "outlet": "O",
                "url": "u",
            }
        ),
        "{not json",
        "",
        json.dumps({"text": ENGLISH, "date": None, "title": None}),
        "[1, 2]",
        json.dumps({"id": "c", "body": ENGLISH}),
        json.dumps({"id": "d", "text": None}),
        json.dumps({"id": 7, "text": ENGLISH, "date": "not a date"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, probs = read(f, date=REF)
    name = f.as_posix()
    assert [(d.id, d.date, d.source) for d in docs] == [
        ("a", dt.date(2025, 1, 2), f"{name}:1"),
        (f"{name}:4", REF, f"{name}:4"),
        ("7", REF, f"{name}:8"),
    ]
    assert (docs[0].title, docs[0].outlet, docs[0].url) == ("T", "O", "u")
    assert docs[1].title is None
    assert [(p.line, p.kind) for p in probs] == [
        (2, "json"),
        (5, "json"),
        (6, "field"),
        (7, "field"),
        (8, "date"),  # a warning: the record is read with the reference date
    ]
    assert not probs[-1].skipped
    assert "body" in probs[2].message and "text_field" in probs[2].message
    assert str(probs[0]).startswith(f"{name}:2: ")


def test_text_field_option(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "x", "body": ENGLISH}) + "\n", encoding="utf-8")
    docs, probs = read(f, text_field="body")
    assert [d.id for d in docs] == ["x"] and probs == []


def test_json_list_and_single_record(tmp_path: Path) -> None:
    a = tmp_path / "list.json"
    a.write_text(
        json.dumps([{"id": "r1", "text": ENGLISH}, {"text": ENGLISH}, {"x": 1}]), encoding="utf-8"
    )
    b = tmp_path / "one.json"
    b.write_text(json.dumps({"documents": [{"id": "r9", "text": ENGLISH}]}), encoding="utf-8")
    docs, probs = read(a, b)
    assert [d.id for d in docs] == ["r1", f"{a.as_posix()}[1]", "r9"]
    assert [p.kind for p in probs] == ["field"]


def test_jsonl_line_too_long_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text(
        json.dumps({"id": "big", "text": "word " * 3000})
        + "\n"
        + json.dumps({"id": "ok", "text": ENGLISH})
        + "\n",
        encoding="utf-8",
    )
    docs, probs = read(f, max_chars=1000)
    assert [d.id for d in docs] == ["ok"]
    assert [(p.line, p.kind) for p in probs] == [(1, "too_large")]


# ---------------------------------------------------------------------------------- CSV


def test_csv_and_tsv(tmp_path: Path) -> None:
    c = tmp_path / "c.csv"
    c.write_text(f'id,text,date,outlet\nr1,"{ENGLISH}",2025-02-03,Wire\nr2,,,\n', encoding="utf-8")
    t = tmp_path / "t.tsv"
    t.write_text(f"text\ttitle\n{ENGLISH}\tHello\n", encoding="utf-8")
    docs, probs = read(c, t)
    assert [(d.id, d.date, d.outlet, d.title) for d in docs] == [
        ("r1", dt.date(2025, 2, 3), "Wire", None),
        (f"{t.as_posix()}:2", None, None, "Hello"),
    ]
    assert [(p.line, p.kind) for p in probs] == [(3, "empty")]


def test_csv_without_the_text_column(tmp_path: Path) -> None:
    c = tmp_path / "c.csv"
    c.write_text("id,body\n1,hello\n", encoding="utf-8")
    docs, probs = read(c)
    assert docs == [] and probs[0].kind == "field" and "body" in probs[0].message


# ---------------------------------------------------------------------------- gzip, folders


def test_gzip_versions(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ENGLISH.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(
        gzip.compress((json.dumps({"id": "j", "text": ENGLISH}) + "\n").encode())
    )
    (tmp_path / "c.html.gz").write_bytes(
        gzip.compress((PAGES / "single_article.html").read_bytes())
    )
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(ENGLISH.encode())[:25])
    docs, probs = read(tmp_path)
    assert [d.id for d in docs] == [
        f"{tmp_path.as_posix()}/a.txt.gz",
        "j",
        f"{tmp_path.as_posix()}/c.html.gz",
    ]
    assert docs[0].text == ENGLISH
    assert [p.kind for p in probs] == ["gzip"]


def test_folder_is_read_recursively_by_extension(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(ENGLISH)
    (tmp_path / "y.TXT").write_text(ENGLISH)
    (tmp_path / "notes.md").write_text(ENGLISH)
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "z.txt").write_text(ENGLISH)
    docs, probs = read(tmp_path)
    base = tmp_path.as_posix()
    assert sorted(d.id for d in docs) == [f"{base}/sub/deeper/x.txt", f"{base}/y.TXT"]
    assert probs == []
    assert all(ext.startswith(".") for ext in EXTENSIONS)


def test_missing_input(tmp_path: Path) -> None:
    docs, probs = read(tmp_path / "nope.txt")
    assert docs == [] and probs[0].kind == "not_found" and "check the path" in probs[0].message


# ------------------------------------------------------------------------------------ stdin


@pytest.mark.parametrize(
    ("data", "expected_ids"),
    [
        (ENGLISH.encode(), ["<stdin>"]),
        (
            (
                json.dumps({"id": "s1", "text": ENGLISH})
                + "\n"
                + json.dumps({"text": ENGLISH})
                + "\n"
            ).encode(),
            ["s1", "<stdin>:2"],
        ),
        ((PAGES / "single_article.html").read_bytes(), ["<stdin>"]),
        (gzip.compress(ENGLISH.encode()), ["<stdin>"]),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected_ids: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, probs = read("-")
    assert [d.id for d in docs] == expected_ids and probs == []


# -------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", "empty"),
        (b"\n \n\t\n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (bytes(range(256)) * 20, "binary"),
        (
            "Le gouvernement français a annoncé mardi une nouvelle hausse du budget de la défense, selon "
            "le ministre des armées, qui a déclaré que la menace russe était durable.".encode(),
            "language",
        ),
        (bytes(range(128, 256)) * 40, "encoding"),
    ],
)
def test_bad_files_give_one_clear_problem(tmp_path: Path, content: bytes, kind: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    docs, probs = read(f)
    assert docs == []
    assert [p.kind for p in probs] == [kind]
    assert probs[0].path == f.as_posix() and len(str(probs[0]).splitlines()) == 1


def test_windows_1252_and_mojibake_are_repaired(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_bytes(("Café owners said " + ENGLISH).encode("cp1252"))
    b = tmp_path / "b.txt"
    b.write_text("Trump´s envoy met the PrÃ©sident. " + ENGLISH, encoding="utf-8")
    c = tmp_path / "c.txt"
    c.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())  # UTF-8 with BOM
    d = tmp_path / "d.txt"
    d.write_bytes(ENGLISH.encode("utf-16"))
    docs, probs = read(a, b, c, d)
    assert probs == []
    assert docs[0].text.startswith("Café owners")
    assert docs[1].text.startswith("Trump's envoy met the Président.")
    assert docs[2].text == ENGLISH and docs[3].text == ENGLISH


def test_long_text_is_cut_into_bounded_pieces(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    sentence = "Russia and Ukraine exchanged fire along the front line on Monday, officials said. "
    f.write_text(sentence * 400, encoding="utf-8")  # ~33,000 characters on one line
    docs, probs = read(f, max_chars=5000)
    assert probs == []
    assert len(docs) >= 7 and all(len(d.text) <= 5000 for d in docs)
    assert all(d.text.endswith("said.") for d in docs)
    assert docs[1].id == f"{f.as_posix()}#part2"
    assert sum(d.text.count("exchanged fire") for d in docs) == 400


def test_huge_single_line_is_streamed(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("Officials said talks would resume. " * 2000 + "z" * 30_000, encoding="utf-8")
    docs, probs = read(f, max_chars=1000)  # more than 4 * max_chars bytes: streamed in pieces
    assert docs and all(len(d.text) <= 1000 for d in docs)
    assert probs and all(p.kind in ("language", "too_large") for p in probs) and len(probs) <= 2


# -------------------------------------------------------------------------------- the samples


def test_bundled_samples_read_cleanly() -> None:
    docs, probs = read(data_path("samples"))
    assert probs == []
    txt = [d for d in docs if d.source and d.source.endswith(".txt")]
    assert 6 <= len(txt) <= 10
    for d in txt:
        assert 200 <= len(d.text.split()) <= 500, d.id
        assert d.title and d.outlet and d.date and d.url, d.id
    assert any(d.source and d.source.endswith(".html") for d in docs)
    assert sum(1 for d in docs if d.source and ".jsonl:" in d.source) in (2, 3)
    assert len({d.id for d in docs}) == len(docs)


def test_date_argument_may_be_a_string_and_a_bad_one_is_a_usage_error(tmp_path: Path) -> None:
    from geokg.errors import UsageError

    f = tmp_path / "a.txt"
    f.write_text(ENGLISH)
    assert read(f, date="2025-07-14")[0][0].date == REF
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        read(f, date="14/07/2025")


def test_unusable_path_is_a_problem() -> None:
    docs, probs = read("bad\x00name.txt")
    assert docs == [] and probs[0].kind == "not_found"


def test_dateline_gives_the_date_when_nothing_else_does(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    f.write_text(json.dumps({"id": "w", "text": "GENEVA, March 3 (Reuters) - " + ENGLISH}) + "\n")
    g = tmp_path / "wire.txt"
    g.write_text("GENEVA, 3 March 2024 (AFP) - " + ENGLISH)
    docs, _ = read(f, g, date=REF)
    assert [d.date for d in docs] == [dt.date(2025, 3, 3), dt.date(2024, 3, 3)]


def test_ids_stay_unique_when_articles_are_cut_into_pieces(tmp_path: Path) -> None:
    long_body = " ".join(f"Officials said round {i} of the talks went well." for i in range(60))
    page = "\n".join(
        [
            "First headline here",
            "Wire One",
            "time2 hours ago",
            long_body,
            "",
            "Second headline here",
            "Wire Two",
            "time3 hours ago",
            long_body,
        ]
    )
    f = tmp_path / "p.txt"
    f.write_text(page)
    docs, probs = read(f, date=REF, max_chars=1500)  # the file is under 4 * max_chars bytes
    ids = [d.id for d in docs]
    assert probs == [] and len(ids) == len(set(ids)) == 4
    assert f"{f.as_posix()}#2" in ids and f"{f.as_posix()}#part2" in ids
    assert f"{f.as_posix()}#2#part2" in ids
    assert {d.outlet for d in docs} == {"Wire One", "Wire Two"}


def test_aggregator_html_page_without_article_elements() -> None:
    name = (PAGES / "aggregator_page.html").as_posix()
    docs, probs = read(PAGES / "aggregator_page.html", date=REF)
    assert probs == []
    assert [(d.id, d.title, d.outlet, d.date) for d in docs] == [
        (
            name,
            "Chile and Argentina settle fishing dispute after months of talks",
            "Andes Monitor",
            dt.date(2025, 7, 12),
        ),
        (
            f"{name}#2",
            "Vietnam and Indonesia agree to boost maritime cooperation",
            "Mekong Post",
            REF,
        ),
        (f"{name}#3", "Morocco recalls ambassador from Algeria", "Maghreb Daily", REF),
    ]
    for doc in docs:
        for furniture in (
            "SCRIPTMARKER",
            "logo",
            "Home",
            "Try Our AI",
            "Explore what",
            "Comments",
            "No comments",
            "Related Articles",
            "DOWNLOAD",
            "Download the App",
            "time",
        ):
            assert furniture not in doc.text, (doc.id, furniture)
    assert docs[0].text.count("\n\n") == 2


def test_record_problems_are_capped_per_file(tmp_path: Path) -> None:
    from geokg.readers import GIVE_UP_AFTER, MAX_PROBLEMS_SHOWN

    f = tmp_path / "many.jsonl"
    f.write_text("{bad\n" * 30 + json.dumps({"id": "ok", "text": ENGLISH}) + "\n")
    docs, probs = read(f)
    assert [d.id for d in docs] == ["ok"]
    assert len(probs) == MAX_PROBLEMS_SHOWN + 1
    assert probs[-1].kind == "too_many" and "10 more" in probs[-1].message
    g = tmp_path / "junk.jsonl"
    g.write_text("{}\n" * (GIVE_UP_AFTER + 500) + json.dumps({"text": ENGLISH}) + "\n")
    docs, probs = read(g)
    assert docs == [] and "gave up" in probs[-1].message


def test_misnamed_files_are_sniffed(tmp_path: Path) -> None:
    a = tmp_path / "lines.json"
    a.write_text(
        json.dumps({"id": "j1", "text": ENGLISH})
        + "\n"
        + json.dumps({"id": "j2", "text": ENGLISH})
        + "\n"
    )
    b = tmp_path / "page.txt"
    b.write_bytes((PAGES / "single_article.html").read_bytes())
    c = tmp_path / "noext"
    c.write_text(ENGLISH)
    docs, probs = read(a, b, c)
    assert probs == []
    assert [d.id for d in docs][:2] == ["j1", "j2"]
    assert docs[2].title == "Greece and Turkey agree to resume talks on maritime borders"
    assert "SCRIPTMARKER" not in docs[2].text
    assert docs[3].text == ENGLISH


@pytest.mark.parametrize("bad", ["03/04/2025", "2025-13-45", "yesterday", 1720951200])
def test_unreadable_record_date_is_reported_and_the_record_still_read(tmp_path, bad):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ENGLISH, "date": bad}) + "\n"
                   + json.dumps({"id": "b", "text": ENGLISH + " Again.", "date": "2025-07-01"})
                   + "\n", encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].date == REF and docs[1].date == dt.date(2025, 7, 1)  # the reference date
    assert [(p.line, p.kind, p.skipped) for p in probs] == [(1, "date", False)]
    assert repr(bad) in probs[0].message and "YYYY-MM-DD" in probs[0].message


def test_numeric_record_dates_are_read_when_unambiguous_or_ordered(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ENGLISH, "date": "14/07/2025"}) + "\n"
                   + json.dumps({"id": "b", "text": ENGLISH + " Again.", "date": "03/04/2025"})
                   + "\n", encoding="utf-8")
    docs, probs = read(src)
    assert [d.date for d in docs] == [dt.date(2025, 7, 14), None] and len(probs) == 1
    docs, probs = read(src, date_order="DMY")
    assert [d.date for d in docs] == [dt.date(2025, 7, 14), dt.date(2025, 4, 3)] and not probs
    docs, _ = read(src, date_order="mdy")
    assert docs[1].date == dt.date(2025, 3, 4)
    with pytest.raises(UsageError):
        read(src, date_order="YMD")


@pytest.mark.parametrize("layout", ["array-indented", "array-one-line", "documents-indented"])
def test_one_json_document_saved_as_jsonl_is_read_whole(tmp_path, layout):
    records = [{"id": "a", "text": ENGLISH}, {"id": "b", "text": ENGLISH + " Again."}]
    body = {"array-indented": json.dumps(records, indent=2),
            "array-one-line": json.dumps(records),
            "documents-indented": json.dumps({"documents": records}, indent=2)}[layout]
    src = tmp_path / "corpus.jsonl"
    src.write_text(body + "\n", encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert probs == [] and [d.doc_id for d in docs] == ["a", "b"]


def test_jsonl_with_a_broken_first_line_still_reads_the_rest(tmp_path):
    src = tmp_path / "corpus.jsonl"
    src.write_text('{"id": "a", "text": \n' + json.dumps({"id": "b", "text": ENGLISH}) + "\n",
                   encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert [d.doc_id for d in docs] == ["b"] and [(p.line, p.kind) for p in probs] == [(1, "json")]


def test_excel_csv_in_windows_1252_keeps_its_accents(tmp_path):
    src = tmp_path / "export.csv"
    src.write_bytes(f'id,text\n1,"{ENGLISH} The café owners in Athens agreed."\n'.encode("cp1252"))
    docs, probs = read(src, date=REF)
    assert probs == [] and "café owners" in docs[0].text


def test_semicolon_csv_is_read(tmp_path):
    src = tmp_path / "export.csv"
    src.write_text(f"id;text;date\n1;{ENGLISH};2025-07-01\n", encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert probs == [] and docs[0].doc_id == "1" and docs[0].date == dt.date(2025, 7, 1)


def test_excel_unicode_text_export_utf16_tsv_is_read(tmp_path):
    src = tmp_path / "export.tsv"
    src.write_bytes(f"id\ttext\r\n1\t{ENGLISH}\r\n".encode("utf-16"))  # with a BOM, as Excel
    docs, probs = read(src, date=REF)
    assert probs == [] and docs[0].doc_id == "1" and docs[0].text.startswith("Turkey and Greece")


def test_a_folder_without_readable_files_is_reported(tmp_path):
    (tmp_path / "notes.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "empty-sub").mkdir()
    docs, probs = read(tmp_path)
    assert docs == [] and [(p.path, p.kind) for p in probs] == [(str(tmp_path), "empty")]
    assert ".txt" in probs[0].message and ".jsonl" in probs[0].message


def test_csv_unclosed_quote_is_reported_and_the_rows_after_it_are_read(tmp_path):
    src = tmp_path / "export.csv"
    src.write_text(
        f'id,text\n1,"{ENGLISH}\n2,"{ENGLISH} Later."\n3,{ENGLISH} Last.\n', encoding="utf-8"
    )
    docs, probs = read(src, date=REF)
    assert [(p.line, p.kind, p.skipped) for p in probs] == [(2, "csv", True)]
    assert str(probs[0]).startswith(f"{src.as_posix()}:2: ") and "quote" in probs[0].message
    assert [d.doc_id for d in docs] == ["2", "3"] and "2," not in docs[0].text


def test_csv_unclosed_quote_on_the_last_line_is_a_warning(tmp_path):
    src = tmp_path / "export.csv"
    src.write_text(f'id,text\n1,"{ENGLISH}', encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert [(p.line, p.kind, p.skipped) for p in probs] == [(2, "csv", False)]
    assert [d.doc_id for d in docs] == ["1"]


def test_csv_quoted_field_over_several_lines_is_not_a_problem(tmp_path):
    src = tmp_path / "export.csv"
    src.write_text(f'id,text\n1,"{ENGLISH}\n\nSecond paragraph."\n2,{ENGLISH}\n', encoding="utf-8")
    docs, probs = read(src, date=REF)
    assert probs == [] and [d.doc_id for d in docs] == ["1", "2"]
