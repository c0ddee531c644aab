"""Read news from files, folders and stdin into :class:`~geokg.models.Document` objects.

:func:`read_inputs` takes any mix of

- ``.txt`` pages (a plain article, a scraped page holding several articles, or a bundled sample
  with a header: first line the title, then ``Outlet: X | Date: YYYY-MM-DD | URL: https://...``);
- ``.html`` / ``.htm`` pages (main text extracted with trafilatura; title, site name, URL and
  publication date kept; scripts never become text);
- ``.jsonl`` / ``.ndjson`` corpora, one ``{"id", "text", "date"?, "title"?, "outlet"?, "url"?}``
  object per line; ``.json`` holding one such object or a list of them; ``.csv`` / ``.tsv`` with a
  text column (``text_field`` names the text field or column in all three);
- folders (searched recursively for the extensions above, hidden entries skipped);
- ``-`` for stdin (JSONL if the lines are JSON objects, HTML if it looks like HTML, else text);
- gzip-compressed versions of all of these (``.gz``, or gzip data under any name).

It yields Documents, and a :class:`ReadProblem` for everything it skips -- it never raises for bad
input, so a caller can report each problem on one line and go on.

Ids: a record's ``id``, else ``path:line``; for pages the path as given (joined to the folder
for files found in folders), ``path#2``, ``path#3``... for the further articles of a page, and
``...#part2``, ``#part3``... for the further pieces of a text cut to ``max_chars``.

Limits (``max_chars``): a document longer than ``max_chars`` characters is cut into pieces at
paragraph or sentence ends. A text file of more than ``4 * max_chars``
bytes is streamed in pieces without page splitting (memory stays bounded); an HTML or JSON file
that large, or a JSONL/CSV record that large, is skipped with a ``too_large`` problem.

Dates (never guessed): a date stated for the article (the record's field, the HTML metadata, a
header line such as ``Date: 2025-07-14``) wins; else a dateline, byline or header date at the top
of the text ("GENEVA, March 3 (Reuters) -", "By Jane Doe | May 31, 2016", "Published 14 July
2025"; see :mod:`geokg.dates`); else a date stated in the page; else ``date`` (the reference date,
e.g. the CLI's ``--date``); else, only with ``date_from_file_time``, the file's modification
time; else the document is undated (``date`` None). Relative times ("3 days ago") and year-less
datelines are resolved against ``date``, else a date stated in the page (else the modification
time when asked for); without any of them they are not read.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import gzip
import io
import itertools
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from pydantic import BaseModel

from .cleanup import (
    PageArticle,
    chunk_text,
    cut_point,
    clean_page,
    clean_record_text,
    english_ratio,
    find_page_date,
    MIN_ARTICLE_WORDS,
    looks_english,
    normalise_text,
    parse_date,
)
from .dates import check_order, read_date, top_date
from .errors import UsageError
from .models import Document

__all__ = ["ReadProblem", "PROBLEM_KINDS", "EXTENSIONS", "read_inputs", "read_text"]

#: file extensions read from folders (each also with ``.gz``)
EXTENSIONS = (
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".jsonl",
    ".ndjson",
    ".json",
    ".csv",
    ".tsv",
)

#: the ``kind`` values of :class:`ReadProblem`
PROBLEM_KINDS = (
    "not_found",
    "io",
    "unsupported",
    "empty",
    "binary",
    "encoding",
    "gzip",
    "json",
    "csv",
    "field",
    "html",
    "language",
    "too_large",
    "too_many",
    "date",
    "triples",
)

#: the fields of one record of ``geokg extract --format jsonl`` (triples, not articles)
_TRIPLE_RECORD = frozenset({"source", "relation", "target", "evidence"})

_STDIN = "<stdin>"
_HEAD = 65_536
_BINARY_MAGIC = {
    b"%PDF": "a PDF file: extract its text first (e.g. pdftotext)",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx): unpack it or save the text as .txt",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive: decompress it first (only gzip is read directly)",
    b"\xfd7zXZ": "an xz archive: decompress it first (only gzip is read directly)",
}


class ReadProblem(BaseModel):
    """An input (or part of one) that was skipped, or read with a warning, and why.

    ``kind`` is one of :data:`PROBLEM_KINDS`; ``str(problem)`` is one line for the user.
    """

    path: str
    line: int | None = None
    message: str
    kind: str = "io"
    skipped: bool = True  # False: a warning, the input is still read (e.g. an unreadable date)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


Item = Document | ReadProblem


# ------------------------------------------------------------------------------- entry point


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    date: _dt.date | None = None,
    text_field: str = "text",
    split_pages: bool = True,
    max_chars: int = 1_000_000,
    date_from_file_time: bool = False,
    date_order: str | None = None,
) -> Iterator[Document | ReadProblem]:
    """Yield a Document for every article read from ``inputs`` and a ReadProblem for every skip.

    ``inputs`` are files, folders or ``-`` (stdin); see the module docstring for formats, ids,
    dates and limits. ``date`` is the reference date of the pages (when they were fetched);
    ``text_field`` names the text field of JSON/JSONL records and the text column of CSV files;
    ``split_pages=False`` keeps every page as one document. ``date_from_file_time`` dates files
    that state no date by their modification time (never done otherwise); ``date_order``
    (``"DMY"`` or ``"MDY"``) reads ambiguous numeric dates such as ``03/04/2025``.

    Raises :class:`~geokg.errors.UsageError` only for an invalid ``date`` argument; problems with
    the inputs themselves are yielded as :class:`ReadProblem`.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    opts = _Options(
        date=date, text_field=text_field, split=split_pages, max_chars=max(1000, max_chars),
        file_time=date_from_file_time, order=date_order,
    )
    for item in inputs:
        if str(item) == "-":
            yield from _guard(
                _STDIN, lambda: _read_stream(sys.stdin.buffer, _STDIN, "", None, opts)
            )
            continue
        path = Path(item)
        try:
            kind = "dir" if path.is_dir() else "file" if path.is_file() else None
            exists = path.exists()
        except (OSError, ValueError) as exc:  # e.g. a NUL byte in the name
            yield ReadProblem(
                path=_display(str(item)).replace("\x00", "\\x00"),
                message=f"unusable path ({exc}); check the name",
                kind="not_found",
            )
            continue
        if kind == "dir":
            found = 0
            for file, name, problem in _walk(path):
                found += 1
                if problem is not None:
                    yield problem
                else:
                    yield from _read_file(file, name, opts)
            if not found:
                yield ReadProblem(
                    path=_display(str(item)), kind="empty",
                    message=f"no file geokg reads in this folder ({', '.join(EXTENSIONS)}, "
                    "or any of them .gz); nothing to read",
                )
        elif kind == "file":
            yield from _read_file(path, _display(path.as_posix()), opts)
        elif exists:
            yield ReadProblem(
                path=_display(str(item)),
                message="not a regular file or folder; skipped",
                kind="unsupported",
            )
        else:
            yield ReadProblem(
                path=_display(str(item)),
                message="no such file or folder; check the path",
                kind="not_found",
            )


def read_text(
    text: str,
    *,
    name: str = "text",
    date: _dt.date | None = None,
    split_pages: bool = True,
    max_chars: int = 1_000_000,
    date_order: str | None = None,
) -> Iterator[Document | ReadProblem]:
    """Clean and split a page already in memory (as a ``.txt`` file would be)."""
    opts = _Options(date=date, text_field="text", split=split_pages, max_chars=max(1000, max_chars),
                    order=date_order)
    yield from _page_documents(normalise_text(text), name, None, opts)


# ------------------------------------------------------------------------------- plumbing


def _display(name: str) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8 (kept by
    Python as lone surrogates) become ``\\xff`` escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk(root: Path) -> Iterator[tuple[Path, str, ReadProblem | None]]:
    """Files under ``root`` with a readable extension, sorted, hidden entries and symlinked
    folders skipped; unreadable folders come back as problems."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for err in errors:
            yield Path(), "", ReadProblem(
                path=_display(str(err.filename or folder)),
                kind="io",
                message=f"cannot list folder: {err.strerror or err}; check permissions",
            )
        errors.clear()
        for fname in sorted(files):
            if fname.startswith(".") or not _format_of(fname):
                continue
            file = Path(folder) / fname
            yield file, _display(
                (PurePosixPath(root.as_posix()) / file.relative_to(root).as_posix()).as_posix()
            ), None


class _Options:
    def __init__(
        self, *, date: _dt.date | str | None, text_field: str, split: bool, max_chars: int,
        file_time: bool = False, order: str | None = None,
    ) -> None:
        if isinstance(date, _dt.datetime):
            date = date.date()
        elif isinstance(date, str):
            try:
                date = _dt.date.fromisoformat(date.strip())
            except ValueError:
                raise UsageError(f"date {date!r} is not a date; use YYYY-MM-DD") from None
        elif date is not None and not isinstance(date, _dt.date):
            raise UsageError(
                f"date must be a datetime.date or YYYY-MM-DD, not {type(date).__name__}"
            )
        self.date = date
        self.file_time = file_time  # date undated files by their modification time
        self.order = check_order(order)  # "DMY"/"MDY" for ambiguous numeric dates
        self.text_field = text_field
        self.split = split
        self.max_chars = max_chars
        self.max_bytes = 4 * max_chars


def _format_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    for fmt, exts in (
        ("text", (".txt", ".text")),
        ("html", (".html", ".htm", ".xhtml")),
        ("jsonl", (".jsonl", ".ndjson")),
        ("json", (".json",)),
        ("csv", (".csv",)),
        ("tsv", (".tsv",)),
    ):
        if low.endswith(exts):
            return fmt
    return None


def _guard(name: str, produce: Any) -> Iterator[Item]:
    """Run a reader, turning I/O and decompression failures into one problem."""
    try:
        yield from produce()
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield ReadProblem(
            path=name,
            message=f"broken gzip data ({exc}); re-compress or unpack the file",
            kind="gzip",
        )
    except _GzipBomb as exc:
        yield ReadProblem(path=name, message=str(exc), kind="gzip")
    except RecursionError:
        yield ReadProblem(
            path=name, message="nested too deeply to read; rest of the input skipped", kind="json"
        )
    except MemoryError:
        yield ReadProblem(
            path=name, message="too large to read in memory; split the file", kind="too_large"
        )
    except OSError as exc:
        yield ReadProblem(
            path=name, message=f"cannot read: {exc.strerror or exc}; check permissions", kind="io"
        )


def _special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is (a FIFO, a device, a socket), else None."""
    for test, what in (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return what
    return None if stat.S_ISREG(mode) else "not a regular file"


def _read_file(path: Path, name: str, opts: _Options) -> Iterator[Item]:
    try:
        special = _special_kind(path.stat().st_mode)
        if special is None:
            # O_NONBLOCK: a file swapped for a FIFO after the check cannot make open() wait
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            info = os.fstat(fd)
            special = _special_kind(info.st_mode)
            if special is not None:
                os.close(fd)
    except (OSError, ValueError, OverflowError) as exc:
        yield ReadProblem(
            path=name, message=f"cannot open: {getattr(exc, 'strerror', None) or exc}", kind="io"
        )
        return
    if special is not None:
        yield ReadProblem(
            path=name, message=f"{special}, not a regular file; skipped", kind="unsupported"
        )
        return
    try:
        mtime = _dt.date.fromtimestamp(info.st_mtime) if opts.file_time else None
    except (ValueError, OverflowError, OSError):
        mtime = None
    fh = os.fdopen(fd, "rb")
    with fh:
        yield from _guard(name, lambda: _read_stream(fh, name, path.name, mtime, opts))


class _Prefixed(io.RawIOBase):
    """A raw stream that replays already-read bytes before the rest of another stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if len(self._head):
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buf))
        buf[: len(data)] = data
        return len(data)


#: gzip data may expand to at most this many times its compressed size ...
GZIP_MAX_RATIO = 100
#: ... once more than this many bytes have come out of it (small files are never stopped)
GZIP_RATIO_FLOOR = 2**20


class _GzipBomb(Exception):
    def __init__(self, out: int, into: int) -> None:
        super().__init__(
            f"gzip data expands more than {GZIP_MAX_RATIO} times ({out:,} bytes from {into:,}): "
            "a decompression bomb? Rest of the file skipped; unpack it yourself if it is real"
        )


class _Counted(io.RawIOBase):
    """A raw stream that counts the bytes read through it."""

    def __init__(self, inner: BinaryIO) -> None:
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        data = self.inner.read(len(buf))
        buf[: len(data)] = data
        self.count += len(data)
        return len(data)


class _RatioLimited(io.RawIOBase):
    """Decompressed gzip data, stopped (:class:`_GzipBomb`) when it outgrows its input."""

    def __init__(self, compressed: BinaryIO) -> None:
        self.source = _Counted(compressed)
        self.gzip = gzip.GzipFile(fileobj=self.source, mode="rb")  # type: ignore[arg-type]
        self.out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        data = self.gzip.read(min(len(buf), _HEAD))  # small steps: the check comes early
        buf[: len(data)] = data
        self.out += len(data)
        if self.out > GZIP_RATIO_FLOOR and self.out > GZIP_MAX_RATIO * self.source.count:
            raise _GzipBomb(self.out, self.source.count)
        return len(data)


def _peek(stream: BinaryIO, n: int = _HEAD) -> tuple[bytes, io.BufferedReader]:
    head = stream.read(n)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=_HEAD)


def _read_stream(
    raw: BinaryIO, name: str, filename: str, mtime: _dt.date | None, opts: _Options
) -> Iterator[Item]:
    head, stream = _peek(raw)
    if head[:2] == b"\x1f\x8b":
        head, stream = _peek(_RatioLimited(stream))  # type: ignore[arg-type]
    if not head.strip():
        yield ReadProblem(path=name, message="empty input; nothing to read", kind="empty")
        return
    binary = _binary_reason(head)
    if binary:
        yield ReadProblem(path=name, message=f"binary data ({binary}); skipped", kind="binary")
        return
    fmt = _format_of(filename) or _sniff(head)
    sniffed = _sniff(head)
    if fmt == "json" and sniffed == "jsonl" and b"\n" in head.strip():
        fmt = "jsonl"  # JSON Lines saved as .json
    elif fmt == "text" and sniffed == "html" and head.lstrip()[:1] == b"<":
        fmt = "html"  # a saved web page named .txt
    elif fmt == "jsonl":
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
        if first.startswith(b"[") or first == b"{":
            fmt = "json"  # one JSON document (a list, or an indented object) saved as .jsonl
    if fmt in ("text", "html", "json"):
        data = stream.read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            if fmt != "text":
                yield ReadProblem(
                    path=name,
                    kind="too_large",
                    message=f"larger than {opts.max_bytes:,} bytes; split it or raise max_chars",
                )
                return
            yield from _stream_text(data, stream, name, mtime, opts)
            return
        if fmt == "html":
            yield from _html_documents(data, name, mtime, opts)
            return
        text, problem = _decode(data, name)
        if problem:
            yield problem
            return
        if fmt == "json":
            yield from _capped(_json_documents(text, name, opts), name)
        else:
            yield from _page_documents(normalise_text(text), name, mtime, opts)
    elif fmt == "jsonl":
        yield from _capped(_jsonl_documents(stream, name, opts), name)
    else:
        yield from _capped(
            _csv_documents(stream, name, opts, delimiter="\t" if fmt == "tsv" else ","), name
        )


#: per-record problems reported for one file before the rest are only counted
MAX_PROBLEMS_SHOWN = 20
#: a corpus file whose first this-many records are all unusable is given up
GIVE_UP_AFTER = 1000


def _capped(items: Iterator[Item], name: str) -> Iterator[Item]:
    """Report the first :data:`MAX_PROBLEMS_SHOWN` record problems of a file, count the rest,
    and give up on a file whose first :data:`GIVE_UP_AFTER` records are all unusable."""
    shown = hidden = docs = 0
    for item in items:
        if isinstance(item, Document):
            docs += 1
            yield item
            continue
        if docs == 0 and shown + hidden >= GIVE_UP_AFTER:
            yield ReadProblem(
                path=name,
                kind=item.kind,
                message=f"gave up: the first {GIVE_UP_AFTER} records are all unusable "
                f"({hidden} problems not shown); check the format and the text field",
            )
            return
        if shown < MAX_PROBLEMS_SHOWN:
            shown += 1
            yield item
        else:
            hidden += 1
    if hidden:
        yield ReadProblem(
            path=name,
            kind="too_many",
            message=f"{hidden} more record problems in this file not shown",
        )


def _binary_reason(head: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return what
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    sample = head[:8192]
    if b"\x00" in sample:
        return "contains NUL bytes"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(sample) // 20):
        return "mostly control characters"
    return None


def _sniff(head: bytes) -> str:
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    low = text[:2000].lower()
    if text.startswith("{"):
        first = text.split("\n", 1)[0].strip()
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
        return "json"
    if text.startswith("["):
        return "json"
    if low.startswith(("<!doctype html", "<html", "<?xml")) or any(
        tag in low for tag in ("<html", "<body", "<head>", "<p>", "<div", "<article")
    ):
        return "html"
    return "text"


def _decode(data: bytes, name: str) -> tuple[str, ReadProblem | None]:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (ftfy
    then repairs mojibake); a problem when the bytes are not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return "", ReadProblem(
                path=name, message="invalid UTF-16 text; re-save it as UTF-8", kind="encoding"
            )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = any(ord(c) > 127 and c != "\ufffd" for c in text)
    if multibyte and bad <= max(2, len(text) // 200):
        return text, None  # UTF-8 with a few broken bytes: drop them
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    ratio, n = english_ratio(text)
    if n < 12 or ratio < 0.1:
        return "", ReadProblem(
            path=name,
            kind="encoding",
            message="not UTF-8 text (nor readable as Windows-1252); re-save it as UTF-8",
        )
    return text, None


def _stream_text(
    first: bytes, rest: BinaryIO, name: str, mtime: _dt.date | None, opts: _Options
) -> Iterator[Item]:
    """A text too big for page clean-up: decode it incrementally and yield max_chars pieces
    (memory stays within a few times max_chars)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = decoder.decode(first)
    part = 0
    final = False
    skipped = 0
    while True:
        while len(pending) > opts.max_chars or (final and pending.strip()):
            cut = cut_point(pending, opts.max_chars)
            piece, pending = pending[:cut], pending[cut:]
            part += 1
            text = normalise_text(piece)
            if part == 1:
                first_date = top_date(text, opts.date, order=opts.order)
            for item in _finish(
                text,
                name if part == 1 else f"{name}#part{part}",
                name,
                None,
                PageArticle(text=""),
                first_date or opts.date or mtime,
                opts,
            ):
                if isinstance(item, ReadProblem):
                    skipped += 1
                    if skipped > 1:
                        continue  # one problem per file, counted at the end
                yield item
        if final:
            if skipped > 1:
                yield ReadProblem(
                    path=name,
                    kind="too_large",
                    message=f"{skipped} of {part} pieces of this large file were skipped (see above)",
                )
            return
        block = rest.read(opts.max_chars)
        final = not block
        pending += decoder.decode(block, final=final)


# ------------------------------------------------------------------------------- documents


def _finish(
    text: str,
    doc_id: str,
    source: str,
    line: int | None,
    meta: PageArticle,
    date: _dt.date | None,
    opts: _Options,
) -> Iterator[Item]:
    """Check the language, cut to max_chars, yield Documents (or a problem)."""
    if not text.strip():
        yield ReadProblem(
            path=source, line=line, message="no text left after clean-up; skipped", kind="empty"
        )
        return
    if not looks_english(text):
        ratio, _ = english_ratio(text)
        yield ReadProblem(
            path=source,
            line=line,
            kind="language",
            message=f"does not look like English ({ratio:.0%} English function words); "
            "geokg reads English news only: translate it or leave it out",
        )
        return
    pieces = chunk_text(text, opts.max_chars) if len(text) > opts.max_chars else [text]
    for k, piece in enumerate(pieces, start=1):
        yield Document(
            id=doc_id if k == 1 else f"{doc_id}#part{k}",
            text=piece,
            title=meta.title,
            outlet=meta.outlet,
            url=meta.url,
            date=date,
            source=source if line is None else f"{source}:{line}",
        )


def _page_documents(
    text: str,
    name: str,
    mtime: _dt.date | None,
    opts: _Options,
    *,
    defaults: PageArticle | None = None,
    id_base: str | None = None,
) -> Iterator[Item]:
    """The articles of one page; ids ``<id_base or name>``, then ``#2``, ``#3``..."""
    base = id_base or name
    if not text:
        yield ReadProblem(path=name, message="empty input; nothing to read", kind="empty")
        return
    stated = find_page_date(text) or top_date(text, opts.date, order=opts.order)
    reference = opts.date or (defaults.date if defaults else None) or stated or mtime
    articles = clean_page(text, page_date=reference, split=opts.split)
    if not articles:
        yield ReadProblem(
            path=name,
            kind="empty",
            message="no article text left after removing page furniture; skipped",
        )
        return
    page_date = (defaults.date if defaults else None) or stated or opts.date or mtime
    for k, art in enumerate(articles, start=1):
        if defaults:
            art.title = art.title or defaults.title
            art.outlet = art.outlet or defaults.outlet
            art.url = art.url or defaults.url
        yield from _finish(
            art.text,
            base if k == 1 else f"{base}#{k}",
            name,
            None,
            art,
            art.date or top_date(art.text, reference, order=opts.order) or page_date,
            opts,
        )


def _html_documents(
    data: bytes, name: str, mtime: _dt.date | None, opts: _Options
) -> Iterator[Item]:
    try:
        main, meta = _extract_main(data)
    except Exception as exc:  # noqa: BLE001  (third-party parser on hostile input)
        yield ReadProblem(
            path=name, message=f"cannot parse the HTML ({type(exc).__name__}); skipped", kind="html"
        )
        return
    if opts.split:
        parts = _article_texts(data)
        if len(parts) >= 2:
            for k, (title, date, text) in enumerate(parts, start=1):
                art_meta = PageArticle(
                    text="", title=title or None, outlet=meta.outlet, url=meta.url, date=date
                )
                doc_name = name if k == 1 else f"{name}#{k}"
                opts_one = _Options(
                    date=opts.date,
                    text_field=opts.text_field,
                    split=False,
                    max_chars=opts.max_chars,
                )
                yield from _page_documents(
                    normalise_text(text), name, mtime, opts_one, defaults=art_meta, id_base=doc_name
                )
            return
        # an aggregator page: the main-text extractor keeps the first article only, while the
        # page's full text holds several article headers (title, outlet, "2 hours ago")
        dump = _page_text(data)
        if dump and _holds_more_articles(dump, main, opts.date or meta.date or mtime):
            page_meta = PageArticle(text="", outlet=meta.outlet, date=meta.date)
            yield from _page_documents(dump, name, mtime, opts, defaults=page_meta)
            return
    if not main.strip():
        yield ReadProblem(
            path=name, message="no article text found in the HTML page; skipped", kind="html"
        )
        return
    yield from _page_documents(normalise_text(main), name, mtime, opts, defaults=meta)


def _page_text(data: bytes) -> str:
    tree = _parse_html(data)
    if tree is None:
        return ""
    body = tree.find(".//body")
    return normalise_text(_element_text(body if body is not None else tree))


def _holds_more_articles(dump: str, main: str, reference: _dt.date | None) -> bool:
    """True when the page's full text splits into several articles holding clearly more text
    than the main-text extractor found."""
    articles = clean_page(dump, page_date=reference, split=True)
    words = sum(len(a.text.split()) for a in articles)
    return len(articles) >= 2 and words > 1.3 * len(main.split())


def _record_document(
    rec: Any, source: str, line: int | None, fallback_id: str, opts: _Options
) -> Iterator[Item]:
    if not isinstance(rec, dict):
        yield ReadProblem(path=source, line=line, message="not a JSON object; skipped", kind="json")
        return
    text = rec.get(opts.text_field)
    if not isinstance(text, str) or not text.strip():
        what = (
            "missing"
            if opts.text_field not in rec
            else "null" if text is None else "empty" if isinstance(text, str) else "not a string"
        )
        yield ReadProblem(
            path=source,
            line=line,
            kind="field" if text is None or not isinstance(text, str) else "empty",
            message=f"text field {opts.text_field!r} is {what}; skipped"
            + (
                f" (fields: {', '.join(sorted(map(str, rec))[:8])}; choose one with text_field / --text-field)"
                if what == "missing"
                else ""
            ),
        )
        return
    if len(text) > 4 * opts.max_chars:
        yield ReadProblem(
            path=source, line=line, kind="too_large", message="record text too large; split it"
        )
        return
    rid = rec.get("id", rec.get("doc_id"))
    meta = PageArticle(
        text="",
        title=_opt_str(rec.get("title")),
        outlet=_opt_str(rec.get("outlet") or rec.get("source")),
        url=_opt_str(rec.get("url")),
    )
    stated = _record_date(rec.get("date"), opts.order)
    if stated is None and rec.get("date") not in (None, ""):
        yield ReadProblem(
            path=source, line=line, kind="date", skipped=False,
            message=f"date {rec['date']!r} is not a date geokg reads (use YYYY-MM-DD, or "
            "--date-order DMY|MDY for numeric dates such as 03/04/2025); "
            "the record is read without it",
        )
    date = stated or top_date(text, opts.date, order=opts.order) or opts.date
    doc_id = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else fallback_id
    yield from _finish(clean_record_text(text), doc_id, source, line, meta, date, opts)


def _opt_str(v: Any) -> str | None:
    if v is None or isinstance(v, (dict, list)):
        return None
    s = normalise_text(str(v))
    return s or None


def _record_date(v: Any, order: str | None = None) -> _dt.date | None:
    if not isinstance(v, str) or not v.strip():
        return None
    try:
        return _dt.date.fromisoformat(v.strip()[:10])
    except ValueError:
        return read_date(v, order=order)


_TOO_DEEP = "JSON nested too deeply to read (over about 1,000 levels); skipped"


def _jsonl_documents(stream: io.BufferedReader, name: str, opts: _Options) -> Iterator[Item]:
    number = 0
    while True:
        raw = stream.readline(opts.max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > opts.max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = stream.readline(opts.max_bytes)
            yield ReadProblem(
                path=name,
                line=number,
                kind="too_large",
                message=f"line longer than {opts.max_bytes:,} bytes; skipped",
            )
            continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw.decode("utf-8", errors="strict"))
        except UnicodeDecodeError:
            yield ReadProblem(
                path=name,
                line=number,
                message="not valid UTF-8; re-save the file as UTF-8",
                kind="encoding",
            )
            continue
        except ValueError as exc:
            yield ReadProblem(
                path=name, line=number, message=f"invalid JSON ({exc}); skipped", kind="json"
            )
            continue
        except RecursionError:
            yield ReadProblem(path=name, line=number, message=_TOO_DEEP, kind="json")
            continue
        if (isinstance(rec, dict) and _TRIPLE_RECORD <= rec.keys()
                and opts.text_field not in rec):
            yield ReadProblem(
                path=name, kind="triples",
                message="this is geokg extract output (triples), not articles: the whole file "
                "is skipped (store it with geokg build --triples; keep extract results out of "
                "the folders you build from)")
            return
        yield from _record_document(rec, name, number, f"{name}:{number}", opts)


def _json_documents(text: str, name: str, opts: _Options) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield ReadProblem(path=name, message=f"invalid JSON ({exc}); skipped", kind="json")
        return
    except RecursionError:
        yield ReadProblem(path=name, message=_TOO_DEEP, kind="json")
        return
    records: Iterable[Any]
    if isinstance(data, list):
        records = data
    elif isinstance(data, dict) and opts.text_field in data:
        records = [data]
    elif isinstance(data, dict):
        lists = [
            v
            for k, v in data.items()
            if isinstance(v, list) and k in ("documents", "articles", "records", "data", "items")
        ]
        if not lists:
            yield ReadProblem(
                path=name,
                kind="json",
                message=f"expected a record with {opts.text_field!r}, a list of records, or "
                '{"documents": [...]}; skipped',
            )
            return
        records = lists[0]
    else:
        yield ReadProblem(
            path=name, message="expected a JSON object or list of objects; skipped", kind="json"
        )
        return
    for i, rec in enumerate(records):
        yield from _record_document(rec, f"{name}[{i}]", None, f"{name}[{i}]", opts)


def _csv_encoding(head: bytes) -> str:
    """UTF-8 (BOM or not) unless the head of the file is not: then Windows-1252, which is what
    Excel on Windows writes; UTF-16 with a BOM is Excel's "Unicode Text"."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


class _RecordLines:
    """The lines of a CSV file, remembering those taken for the current record and whether the
    reader had to ask past the end of the file (which only a quote left open makes it do)."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.rest = iter(lines)
        self.taken: list[str] = []
        self.ended = False

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self.rest)
        except StopIteration:
            self.ended = True
            raise
        self.taken.append(line)
        return line


def _strictly_parsed(lines: list[str], delimiter: str) -> bool:
    """Whether ``lines`` are one well-formed CSV record (every quote closed where it should be)."""
    try:
        return len(list(csv.reader(lines, delimiter=delimiter, strict=True))) == 1
    except csv.Error:
        return False


def _csv_documents(
    stream: io.BufferedReader, name: str, opts: _Options, *, delimiter: str
) -> Iterator[Item]:
    head = stream.peek(_HEAD)[:_HEAD]
    encoding = _csv_encoding(head)
    header = head.decode(encoding, errors="replace").split("\n", 1)[0]
    if delimiter == "," and ";" in header and "," not in header:
        delimiter = ";"  # spreadsheets in many European locales separate with semicolons
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    old_limit = csv.field_size_limit()
    csv.field_size_limit(opts.max_bytes)
    try:
        source = _RecordLines(text)
        reader = csv.DictReader(source, delimiter=delimiter)
        try:
            fields = reader.fieldnames or []
        except csv.Error as exc:
            yield ReadProblem(
                path=name, line=1, message=f"bad CSV header ({exc}); skipped", kind="csv"
            )
            return
        if opts.text_field not in fields:
            yield ReadProblem(
                path=name,
                line=1,
                kind="field",
                message=f"no {opts.text_field!r} column (columns: {', '.join(repr(str(f)) for f in fields[:12])}); "
                "choose one with text_field / --text-field",
            )
            return
        offset = 0  # physical line = offset + reader.line_num (a restart after a broken quote)
        while True:
            source.taken = []
            start = offset + reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                kind = "too_large" if "larger than field limit" in str(exc) else "csv"
                yield ReadProblem(
                    path=name,
                    line=offset + reader.line_num,
                    message=f"unreadable CSV ({exc}); rest of file skipped",
                    kind=kind,
                )
                return
            line = offset + reader.line_num
            if len(source.taken) > 1 and (
                source.ended or not _strictly_parsed(source.taken, delimiter)
            ):
                # a quote opened on line ``start`` is never closed (the file ends inside it, or it is
                # "closed" by the opening quote of a later row): the lines after it became one field.
                # Skip that line and read the rest again.
                yield ReadProblem(
                    path=name,
                    line=start,
                    kind="csv",
                    message=f"a quote opened on this line is never closed (lines {start}-{line} "
                    f"would be one field); line {start} skipped, the lines after it read -- "
                    "close the quote (or double it: \"\")",
                )
                source = _RecordLines(itertools.chain(source.taken[1:], source.rest))
                reader = csv.DictReader(source, fieldnames=fields, delimiter=delimiter)
                offset = start
                continue
            if source.ended:
                yield ReadProblem(
                    path=name,
                    line=start,
                    kind="csv",
                    skipped=False,
                    message="a quote opened on this line is never closed; the row is read as if "
                    "it were closed at the end of the file",
                )
            rec = {k: v for k, v in row.items() if isinstance(k, str)}
            yield from _record_document(rec, name, line, f"{name}:{line}", opts)
    finally:
        csv.field_size_limit(old_limit)


# ------------------------------------------------------------------------------------ HTML

_DROP_TAGS = (
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "svg",
    "button",
    "figure",
    "form",
    "select",
    "template",
)
_BLOCK_TAGS = frozenset(
    "p div section article h1 h2 h3 h4 h5 h6 li ul ol br tr td th table blockquote pre main time "
    "header footer dd dt dl figcaption address".split()
)


def _extract_main(data: bytes) -> tuple[str, PageArticle]:
    """Main text and metadata of a page (trafilatura; our own text dump when it finds nothing)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_images=False, include_links=False
    )
    meta = PageArticle(text="")
    text = ""
    if doc is not None:
        text = getattr(doc, "text", None) or ""
        meta.title = _opt_str(getattr(doc, "title", None))
        meta.outlet = _opt_str(getattr(doc, "sitename", None))
        meta.url = _opt_str(getattr(doc, "url", None))
        meta.date = _record_date(getattr(doc, "date", None))
    if not text.strip():
        text = _page_text(data)
    return text, meta


def _parse_html(data: bytes) -> Any:
    import lxml.html
    from lxml_html_clean import Cleaner

    try:
        tree = lxml.html.document_fromstring(data)
    except Exception:  # noqa: BLE001  (lxml raises several types on hostile input)
        return None
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=True,
        inline_style=True,
        links=True,
        meta=True,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=True,
        kill_tags=_DROP_TAGS,
        safe_attrs_only=False,
    )
    try:
        return cleaner.clean_html(tree)
    except Exception:  # noqa: BLE001
        return None


def _element_text(el: Any) -> str:
    """Visible text of an element, one line per block element; scripts and styles skipped.
    Iterative, so deeply nested pages cannot exhaust the stack."""
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing or tag in ("script", "style"):
            if closing and tag in _BLOCK_TAGS:
                out.append("\n")
            if node is not el and node.tail:
                out.append(node.tail)
            continue
        if tag in _BLOCK_TAGS:
            out.append("\n")
        if node.text and tag:
            out.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "\n".join(" ".join(line.split()) for line in "".join(out).split("\n"))


def _article_texts(data: bytes) -> list[tuple[str, _dt.date | None, str]]:
    """``(title, date, text)`` of each top-level ``<article>`` element with a real body."""
    tree = _parse_html(data)
    if tree is None:
        return []
    found = []
    for art in tree.iter("article"):
        if any(a.tag == "article" for a in art.iterancestors()):
            continue
        text = _element_text(art)
        if len(text.split()) < MIN_ARTICLE_WORDS:
            continue
        heading = next(iter(art.xpath(".//h1|.//h2|.//h3")), None)
        title = " ".join(heading.text_content().split()) if heading is not None else ""
        date = None
        for t in art.iter("time"):
            date = _record_date(t.get("datetime")) or parse_date(t.text_content())
            if date:
                break
        found.append((title, date, text))
    return found
