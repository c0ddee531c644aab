"""Hostile input: random bytes and a corpus of nasty files through every reader.

Whatever the bytes, reading yields only Documents and ReadProblems (never an exception), and every
Document has non-empty text of at most ``max_chars``. No test here measures time (a busy machine
must not turn the suite red): reading speed is benchmarked in ``benchmarks/``.
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geokg.models import Document
from geokg.readers import PROBLEM_KINDS, ReadProblem, read_inputs

MAX_CHARS = 2000
SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".txt.gz", ".jsonl.gz", ".html.gz"]
ENGLISH = (
    "The ministers of the two countries said on Tuesday that they would resume talks on the "
    "border dispute, which has strained relations between them for years. "
)


def check(path: Path, **kw: object) -> list[Document | ReadProblem]:
    items = list(read_inputs([path], max_chars=MAX_CHARS, **kw))  # type: ignore[arg-type]
    for item in items:
        assert isinstance(item, (Document, ReadProblem))
        if isinstance(item, Document):
            assert item.text.strip() and len(item.text) <= MAX_CHARS
            assert "\x00" not in item.text and "\ufffd" not in item.text
        else:
            assert item.kind in PROBLEM_KINDS
            assert item.message and "\n" not in str(item) and "Traceback" not in item.message
    return items


# ----------------------------------------------------------------------------- property tests

texty = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400).map(
    lambda s: s.encode("utf-8", errors="ignore")
)
fragments = st.sampled_from(
    [
        b"<html>",
        b"<script>alert(1)</script>",
        b"</p><p>",
        b'{"text": ',
        b'"id": 1}',
        b"\n",
        b",",
        b'"',
        b"\x1f\x8b",
        b"%PDF",
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b"time3 hours ago\n",
        b"Related Articles\n",
        ENGLISH.encode(),
        b"\xc3\xa9",
        b"\xe9",
        b"\x00",
        b"<article><h2>T</h2>",
        b"</article>",
    ]
)
hostile = st.one_of(
    st.binary(max_size=3000),
    texty,
    st.lists(fragments, max_size=40).map(b"".join),
    st.lists(st.one_of(fragments, texty, st.binary(max_size=50)), max_size=20).map(b"".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=hostile, suffix=st.sampled_from(SUFFIXES), compress=st.booleans())
def test_random_bytes_never_crash(data: bytes, suffix: str, compress: bool) -> None:
    if suffix.endswith(".gz") and compress:
        data = gzip.compress(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        check(path)


@settings(max_examples=40, deadline=None)
@given(
    records=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["id", "text", "date", "title", "outlet", "url", "x"]),
                st.one_of(
                    st.none(),
                    st.integers(),
                    st.text(max_size=80),
                    st.lists(st.integers(), max_size=2),
                ),
                max_size=6,
            ),
            st.integers(),
            st.text(max_size=20),
            st.none(),
        ),
        max_size=8,
    )
)
def test_random_jsonl_records(records: list[object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        items = check(path)
        # one outcome per non-blank line, at most (chunked texts give several documents)
        lines = {i.line for i in items if isinstance(i, ReadProblem) and i.skipped}
        sources = {i.source for i in items if isinstance(i, Document)}
        assert len(lines - {None}) + len(sources) <= len(records)
        if not records:
            assert [i.kind for i in items if isinstance(i, ReadProblem)] == ["empty"]


# -------------------------------------------------------------------------- the nasty corpus

rng = random.Random(7)


def _nasty() -> dict[str, Callable[[], bytes]]:
    return {
        "empty.txt": lambda: b"",
        "whitespace.txt": lambda: b" \n\t\r\n" * 100,
        "nul.txt": lambda: b"\x00" * 1000,
        "random.txt": lambda: bytes(rng.randrange(256) for _ in range(20_000)),
        "high_bytes.txt": lambda: bytes(rng.randrange(128, 256) for _ in range(5000)),
        "utf16_no_bom.txt": lambda: ENGLISH.encode("utf-16-le"),
        "utf16_bad.txt": lambda: b"\xff\xfe" + b"\x00\xd8" * 50,
        "one_huge_line.txt": lambda: (ENGLISH * 3000).encode(),
        "one_huge_word.txt": lambda: b"x" * 3_000_000,
        "many_markers.txt": lambda: b"Title of a story\nOutlet\ntime3 hours ago\n" * 20_000,
        "many_short_lines.txt": lambda: b"Short line\n" * 100_000,
        "carriage_returns.txt": lambda: ENGLISH.encode().replace(b" ", b"\r") * 100,
        "mojibake.txt": lambda: ("Trump´s CafÃ© â€œquotedâ€ " + ENGLISH).encode() * 50,
        "mixed_invalid_utf8.txt": lambda: (ENGLISH.encode() + b"\xff\xfe\xc3") * 200,
        "french.txt": lambda: (
            "Le gouvernement a annoncé une hausse du budget de la défense pour "
            "répondre à la menace, selon le ministre. "
        ).encode()
        * 20,
        "script_only.html": lambda: b"<html><script>" + ENGLISH.encode() * 50 + b"</script></html>",
        "unclosed.html": lambda: b"<html><body><p>" + ENGLISH.encode() * 5 + b"<div><span><b>",
        "deep.html": lambda: b"<div>" * 50_000 + ENGLISH.encode() + b"</div>" * 50_000,
        "many_articles.html": lambda: b"<html><body>"
        + (b"<article><h2>T</h2><p>" + ENGLISH.encode() * 3 + b"</p></article>") * 300
        + b"</body></html>",
        "huge_attr.html": lambda: b"<html><body><p title='"
        + b"a" * 2_000_000
        + b"'>"
        + ENGLISH.encode()
        + b"</p></body></html>",
        "binary.html": lambda: b"<html>" + bytes(rng.randrange(256) for _ in range(5000)),
        "not_json.json": lambda: b"{" * 10_000,
        "deep.json": lambda: b"[" * 100_000 + b"]" * 100_000,
        "scalar.json": lambda: b"42",
        "bad_lines.jsonl": lambda: b'{"text": 1}\n\xff\xfe\n{}\n[]\nnull\n{"text": "'
        + ENGLISH.encode()
        + b'"}\n',
        "huge_line.jsonl": lambda: json.dumps({"text": ENGLISH * 2000}).encode()
        + b'\n{"text": "ok"}\n',
        "no_newline.jsonl": lambda: b'{"text": "' + b"word " * 200_000,
        "nul.csv": lambda: b"text\n\x00\x00\x00\n",
        "unbalanced.csv": lambda: b'text,id\n"' + ENGLISH.encode() * 500 + b"\n",
        "huge_field.csv": lambda: b'text\n"' + b"word " * 200_000 + b'"\n',
        "header_only.csv": lambda: b"text\n",
        "truncated.txt.gz": lambda: gzip.compress(ENGLISH.encode() * 100)[:60],
        "not_gzip.txt.gz": lambda: ENGLISH.encode(),
        "bomb.txt.gz": lambda: gzip.compress(b"\x00" * 50_000_000),
        "text_bomb.jsonl.gz": lambda: gzip.compress(b"{}\n" * 2_000_000),
    }


@pytest.fixture(scope="module")
def nasty_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("nasty")
    for name, make in _nasty().items():
        (root / name).write_bytes(make())
    return root


@pytest.mark.parametrize("name", sorted(_nasty()))
def test_nasty_file(nasty_dir: Path, name: str) -> None:
    items = check(nasty_dir / name)
    if name in ("empty.txt", "whitespace.txt", "header_only.csv"):
        assert (
            all(isinstance(i, ReadProblem) and i.kind == "empty" for i in items)
            or name == "header_only.csv"
        )
    if name in ("nul.txt", "random.txt", "bomb.txt.gz"):
        assert [i.kind for i in items if isinstance(i, ReadProblem)] == ["binary"]
    if name in ("truncated.txt.gz",):
        assert any(isinstance(i, ReadProblem) and i.kind == "gzip" for i in items)
    if name == "french.txt":
        assert [i.kind for i in items if isinstance(i, ReadProblem)] == ["language"]
    if name in (
        "one_huge_line.txt",
        "mixed_invalid_utf8.txt",
        "mojibake.txt",
        "carriage_returns.txt",
    ):
        assert any(isinstance(i, Document) for i in items)
    if name == "script_only.html":
        assert not any(isinstance(i, Document) for i in items)
    if name == "bad_lines.jsonl":
        docs = [i for i in items if isinstance(i, Document)]
        assert len(docs) == 1 and docs[0].source and docs[0].source.endswith(":6")


def test_the_whole_nasty_folder_in_one_go(nasty_dir: Path) -> None:
    items = list(read_inputs([nasty_dir], max_chars=MAX_CHARS))
    assert {Path(i.path).name for i in items if isinstance(i, ReadProblem)} >= {
        "empty.txt",
        "nul.txt",
        "french.txt",
    }


# ------------------------------------------------------------------ at production limits
# The tests above use MAX_CHARS=2000, which skips large inputs before they are parsed; these
# run the readers with their defaults (max_chars=1,000,000), where big and deep inputs do reach
# the parsers.

PRODUCTION_MAX_CHARS = 1_000_000


def _production() -> dict[str, Callable[[], bytes]]:
    deep = b"[" * 1100 + b"]" * 1100
    return {
        "one_line_6mb.txt": lambda: (ENGLISH * (6_000_000 // len(ENGLISH))).encode(),
        "record_3mb.jsonl": lambda: json.dumps({"id": "big", "text": ENGLISH * 20_000}).encode()
        + b'\n{"id": "after", "text": "' + ENGLISH.encode() + b'"}\n',
        "deep_line.jsonl": lambda: b'{"id": "before", "text": "' + ENGLISH.encode() + b'"}\n'
        + b'{"id": "deep", "text": ' + deep + b"}\n"
        + b'{"id": "after", "text": "' + ENGLISH.encode() + b'"}\n',
        "deep.json": lambda: b'{"documents": [' + deep + b"]}",
        "deep_100k.json": lambda: b"[" * 100_000 + b"]" * 100_000,
        "deep_list.jsonl": lambda: b"[" * 5000 + b"]" * 5000 + b"\n",
        "text_bomb.txt.gz": lambda: gzip.compress(ENGLISH.encode() * 200_000),
    }


@pytest.fixture(scope="module")
def production_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("production")
    for name, make in _production().items():
        (root / name).write_bytes(make())
    return root


@pytest.mark.parametrize("name", sorted(_production()))
def test_at_production_limits(production_dir: Path, name: str) -> None:
    items = list(read_inputs([production_dir / name]))
    for item in items:
        assert isinstance(item, (Document, ReadProblem))
        if isinstance(item, Document):
            assert item.text.strip() and len(item.text) <= PRODUCTION_MAX_CHARS
        else:
            assert item.kind in PROBLEM_KINDS and "\n" not in str(item)
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, ReadProblem)]
    if name == "one_line_6mb.txt":
        assert len(docs) >= 6 and not problems
    if name == "record_3mb.jsonl":
        assert [d.id for d in docs][-1] == "after" and len(docs) >= 4 and not problems
    if name == "deep_line.jsonl":
        assert [d.id for d in docs] == ["before", "after"]
        assert [(p.line, p.kind) for p in problems] == [(2, "json")]
    if name.startswith("deep") and name.endswith(".json"):
        assert not docs and [p.kind for p in problems] == ["json"]
    if name == "text_bomb.txt.gz":
        assert [p.kind for p in problems] == ["gzip"] and not docs
