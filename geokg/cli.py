"""The ``geokg`` command: a thin layer over the library.

Every command maps library errors (:class:`geokg.errors.GeokgError`) to one line on stderr and a
non-zero exit status; input problems are reported one line each and the run goes on (``--strict``
stops at the first). Exit status: 0 success, 1 error or skipped input, 2 bad usage.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .errors import GeokgError, UsageError
from .exporters import FORMATS as FORMATS_EXPORT
from .models import ActorType, Document, QuadClass, Relation, Triple, output_schema

__all__ = ["main", "cli"]

FORMATS_EXTRACT = ("jsonl", "csv", "table")


class _Aborted(Exception):
    """Raised internally when --strict meets the first problem."""


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"geokg: error: {message}", err=True)
    sys.exit(code)


def _parse_date(value: str | None, option: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


def _relation(value: str | None) -> Relation | None:
    if value is None:
        return None
    from .query import parse_relation

    try:
        return parse_relation(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from None


class _Run:
    """Reads inputs, reports problems and counts what happened, for extract and build."""

    def __init__(self, strict: bool, quiet: bool) -> None:
        self.strict = strict
        self.quiet = quiet
        self.problems: Counter[str] = Counter()  # inputs skipped, by kind
        self.warnings: Counter[str] = Counter()  # inputs read despite a problem, by kind
        self.documents = 0
        self.undated = 0  # documents read with no date at all
        self.duplicates = 0
        self.triples = 0
        self.actors: set[str] = set()  # named in a triple: source, target or attributed_to
        self.related: set[str] = set()  # at an end of a stated relation: the actors drawn

    def documents_from(
        self, inputs: tuple[str, ...], date: _dt.date | None, text_field: str, split: bool,
        *, file_time: bool = False, order: str | None = None,
    ) -> Iterator[Document]:
        from .readers import ReadProblem, read_inputs

        for item in read_inputs(list(inputs), date=date, text_field=text_field, split_pages=split,
                                date_from_file_time=file_time, date_order=order):
            if isinstance(item, ReadProblem):
                where = item.path + (f":{item.line}" if item.line else "")
                click.echo(f"geokg: {where}: {item.message}", err=True)
                counter = self.problems if item.skipped else self.warnings
                counter[item.kind or "other"] += 1
                if self.strict:
                    raise _Aborted
                continue
            if item.date is None:
                self.undated += 1
            yield item

    def count(self, triples: list[Triple]) -> None:
        self.documents += 1
        self.triples += len(triples)
        for t in triples:
            self.actors.add(t.source.id)
            self.actors.add(t.target.id)
            if t.attributed_to is not None:  # the store keeps speakers as actors too
                self.actors.add(t.attributed_to.id)
            if t.stated and t.source.id != t.target.id:  # what the graph and the HTML draw
                self.related.update((t.source.id, t.target.id))

    def summary(self, extra: str = "") -> None:
        skipped = sum(self.problems.values())
        why = ", ".join(f"{n} {k}" for k, n in sorted(self.problems.items()))
        warned = ", ".join(f"{n} {k}" for k, n in sorted(self.warnings.items()))
        stored = f" ({self.duplicates} already stored)" if self.duplicates else ""
        line = (
            f"geokg: {self.documents + self.duplicates} documents read{stored}, {skipped} skipped"
            + (f" ({why})" if why else "")
            + (f", {sum(self.warnings.values())} warning"
               f"{'s' if sum(self.warnings.values()) > 1 else ''} ({warned})" if warned else "")
            + f", {self.triples} triples, {len(self.actors)} actors"
            + (f" ({len(self.related)} in stated relations, as drawn; the others only in "
               f"unstated ones or quoted as speakers)" if len(self.related) != len(self.actors)
               else "")
            + extra
        )
        if not self.quiet or skipped or warned:
            click.echo(line, err=True)
        if self.undated:
            n = self.undated
            click.echo(f"geokg: warning: {n} document{'s' if n > 1 else ''} stated no date and "
                       f"{'are' if n > 1 else 'is'} undated (no record field, page "
                       "metadata, header, dateline or byline date); give one with --date "
                       "YYYY-MM-DD, a 'Date: YYYY-MM-DD' header line, or --date-from-file-time",
                       err=True)

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0


def _progress(iterable: Iterable[Any], quiet: bool, unit: str = "doc") -> Iterable[Any]:
    """Wrap with a progress bar on a terminal (documents/s and elapsed); plain otherwise."""
    if quiet or not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm

    bar = tqdm(iterable, unit=unit, file=sys.stderr, ncols=_screen_shape(sys.stderr)[0])
    bar.dynamic_ncols = _screen_shape  # re-measured at each refresh, as tqdm's own dynamic_ncols
    return bar


#: the progress bar's width when the terminal reports none (0 columns: serial consoles, some CI)
_FALLBACK_COLUMNS = 80


def _screen_shape(stream: Any) -> tuple[int, int]:
    """(columns, lines) of the terminal ``stream`` writes to; a usable width when it reports 0."""
    import os

    try:
        size = os.get_terminal_size(stream.fileno())
        columns, lines = size.columns, size.lines
    except (AttributeError, OSError, ValueError):
        columns, lines = 0, 0
    return (columns if columns > 0 else _FALLBACK_COLUMNS), (lines if lines > 0 else 24)


def _common_input_options(func: Any) -> Any:
    options = [
        click.argument("inputs", nargs=-1, required=True),
        click.option("--model", envvar="GEOKG_MODEL", help="spaCy pipeline (default: bundled en_core_web_sm; env GEOKG_MODEL)."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), help="Extra actors file (JSON, see README); repeatable."),
        click.option("--date", "date", help="Page/reference date YYYY-MM-DD for inputs that lack one (relative times resolve against it)."),
        click.option("--date-from-file-time", "file_time", is_flag=True, help="Date files that state no date by their modification time (never done otherwise)."),
        click.option("--date-order", type=click.Choice(["DMY", "MDY"], case_sensitive=False), help="Read ambiguous numeric dates such as 03/04/2025 day-first (DMY) or month-first (MDY); without it they are not read."),
        click.option("--text-field", default="text", show_default=True, help="Text field of JSONL/CSV records."),
        click.option("--no-split", is_flag=True, help="Do not split pages holding several articles."),
        click.option("--workers", default=1, show_default=True, type=click.IntRange(0), help="Processes to extract with (0: all cores)."),
        click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1), help="Keep only triples at least this confident (a confidence is the share of such triples found correct; docs/quality.md)."),
        click.option("--accurate", is_flag=True, help="Use the model's statistical NER instead of geokg's proper-noun labeller (about half as fast)."),
        click.option("--strict", is_flag=True, help="Stop at the first input problem."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _triples_stream(
    run: _Run, docs: Iterable[Document], model: str | None, actors: tuple[str, ...], workers: int,
    min_confidence: float = 0.0,
    accurate: bool = False,
) -> Iterator[tuple[Document, list[Triple]]]:
    from .engines import worker_count
    from .pipeline import extract_documents, load_pipeline

    if workers != 1:
        workers, capped = worker_count(workers)
        if capped:
            click.echo(f"geokg: warning: {capped}", err=True)
    nlp = load_pipeline(model, actors=actors, accurate=accurate)
    for document, triples in extract_documents(docs, nlp=nlp, workers=workers):
        yield _counted(run, document, triples, min_confidence)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geokg")
def cli() -> None:
    """geokg: turn English news into a geopolitical knowledge graph.

    Extract (actor, relation, actor) triples with their evidence sentences, build a persistent
    graph, query it, and draw it as an interactive offline HTML network.
    """


@cli.command()
@_common_input_options
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--full", is_flag=True, help="JSONL: add attributed_to, trigger (and its offset) and title to each record.")
def extract(
    inputs: tuple[str, ...], model: str | None, actor_files: tuple[str, ...], date: str | None,
    file_time: bool, date_order: str | None, text_field: str, no_split: bool, workers: int,
    min_confidence: float, accurate: bool, strict: bool, quiet: bool, fmt: str,
    output: str | None, full: bool,
) -> None:
    """Extract triples from INPUT files, folders, .jsonl corpora or - (stdin).

    JSONL output has one triple per line with the keys doc_id, source, target, relation,
    negated, modality, confidence and evidence (see `geokg schema`).
    """
    run = _Run(strict, quiet)
    if output:
        _not_an_input(output, inputs)
        _writable_file(output, "the triples")
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        docs = run.documents_from(inputs, _parse_date(date, "--date"), text_field, not no_split,
                                  file_time=file_time, order=date_order)
        writer = _Writer(fmt, out, full)
        stream = _triples_stream(
            run, docs, model, actor_files, workers, min_confidence, accurate
        )
        for _, triples in _progress(stream, quiet):
            writer.write(triples)
        writer.close()
    except _Aborted:
        run.summary(" (stopped: --strict)")
        sys.exit(1)
    finally:
        if output:
            out.close()
    run.summary()
    sys.exit(run.exit_code)


class _Writer:
    """Writes triples as JSONL, CSV or an aligned table."""

    CSV_FIELDS = [
        "doc_id", "source", "source_name", "relation", "target", "target_name", "negated",
        "modality", "confidence", "date", "outlet", "url", "start", "end", "sentence",
    ]

    TABLE = "{:<10}  {:>30}  {:<10}  {:<30}  {:>4}  {:<14}  {}\n"

    def __init__(self, fmt: str, out: Any, full: bool) -> None:
        self.fmt, self.out, self.full = fmt, out, full
        self.csv = csv.DictWriter(out, self.CSV_FIELDS) if fmt == "csv" else None
        if self.csv:
            self.csv.writeheader()
        elif fmt == "table":
            self.out.write(self.TABLE.format("date", "source", "relation", "target", "conf",
                                             "modality", "sentence"))

    def write(self, triples: list[Triple]) -> None:
        for t in triples:
            rec = t.to_record()
            if self.fmt == "jsonl":
                if self.full:
                    rec["attributed_to"] = t.attributed_to.id if t.attributed_to else None
                    rec["evidence"]["trigger"] = t.evidence.trigger
                    rec["evidence"]["trigger_start"] = t.evidence.trigger_start
                    rec["evidence"]["title"] = t.evidence.title
                self.out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                continue
            ev = rec["evidence"]
            row = {
                "doc_id": rec["doc_id"], "source": t.source.id, "source_name": t.source.name,
                "relation": rec["relation"], "target": t.target.id, "target_name": t.target.name,
                "negated": rec["negated"], "modality": rec["modality"],
                "confidence": rec["confidence"], "date": ev["date"], "outlet": ev["outlet"],
                "url": ev["url"], "start": ev["start"], "end": ev["end"], "sentence": ev["sentence"],
            }
            if self.csv:
                self.csv.writerow(row)
            else:
                # every modality but a plain assertion is marked: reported and future count as
                # stated, yet a reader should see that the sentence reports or announces it
                flag = "negated" if t.negated else "" if t.modality.value == "asserted" \
                    else t.modality.value
                flag = f"[{flag}]" if flag else ""
                sentence = " ".join(ev["sentence"].split())
                if len(sentence) > 100:
                    sentence = sentence[:99] + "…"
                self.out.write(self.TABLE.format(
                    ev["date"] or "-", t.source.id, t.relation.value, t.target.id,
                    f"{t.confidence:.2f}", flag, sentence))

    def close(self) -> None:
        self.out.flush()


def _filter_options(func: Any, *, skip: tuple[str, ...] = ()) -> Any:
    """The options of a GraphFilter (export and build --html), but those named in ``skip``."""
    options = [
        ("actor", click.option("--actor", help="Only the graph around this actor (id or name).")),
        ("radius", click.option("--radius", type=click.IntRange(0), default=1, show_default=True,
                                help="With --actor: actors within this many links of it.")),
        ("relations", click.option("--relation", "relations", multiple=True,
                                   help="Only this relation (repeat for several), e.g. assault.")),
        ("quad_class", click.option("--quad-class", type=click.Choice([q.value for q in QuadClass]))),
        ("since", click.option("--since", help="Only evidence dated on or after YYYY-MM-DD.")),
        ("until", click.option("--until", help="Only evidence dated on or before YYYY-MM-DD.")),
        ("min_evidence", click.option("--min-evidence", type=click.IntRange(1), default=1,
                                      show_default=True,
                                      help="Leave out edges with fewer evidence sentences.")),
        ("outlets", click.option("--outlet", "outlets", multiple=True,
                                 help="Only evidence from this outlet (repeat for several).")),
        ("min_confidence", click.option("--min-confidence", type=click.FloatRange(0, 1),
                                        help="Only evidence at least this confident (0-1).")),
        ("include_unstated", click.option("--include-unstated", is_flag=True,
                                          help="Also negated and hedged relations.")),
    ]
    for name, option in reversed(options):
        if name not in skip:
            func = option(func)
    return func


def _html_filter_options(func: Any) -> Any:
    """build's filters for --html: its own --min-confidence already filters what it stores."""
    return _filter_options(func, skip=("min_confidence",))


def _graph_filter(opts: dict[str, Any]) -> Any:
    """The GraphFilter of the _filter_options values in ``opts`` (removed from it)."""
    from .query import GraphFilter

    keys = ("actor", "radius", "relations", "quad_class", "since", "until", "min_evidence",
            "outlets", "min_confidence", "include_unstated")
    values = {k: opts.pop(k) for k in keys if k in opts}
    values["since"] = _parse_date(values["since"], "--since")
    values["until"] = _parse_date(values["until"], "--until")
    values["relations"] = values["relations"] or None
    values["outlets"] = values["outlets"] or None
    return GraphFilter(**values)


@cli.command()
@_common_input_options
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="Store to create or add to (SQLite).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write the interactive HTML graph here.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (with --engine dask), e.g. tcp://10.0.0.5:8786.")
@click.option("--triples", "from_triples", is_flag=True, help="INPUTs are triples written by `geokg extract --format jsonl` (with or without --full): store them, extract nothing.")
@_html_filter_options
def build(
    inputs: tuple[str, ...], model: str | None, actor_files: tuple[str, ...], date: str | None,
    file_time: bool, date_order: str | None, text_field: str, no_split: bool, workers: int,
    min_confidence: float, accurate: bool, strict: bool, quiet: bool, db: str,
    html_path: str | None, engine: str, scheduler: str | None, from_triples: bool, **opts: Any,
) -> None:
    """Extract from INPUTs and add them to the store --db (re-adding a document changes nothing).

    With --triples the INPUTs are the JSONL output of `geokg extract` (run anywhere, on any
    engine): their triples are stored as they are. The filter options (--actor, --relation,
    --since ...) select what --html shows.
    """
    from .graph import KnowledgeGraph

    where = _graph_filter(opts)

    run = _Run(strict, quiet)
    added = updated = 0
    _writable_file(db, "the store", keep=True)
    if html_path:
        if Path(html_path).resolve() == Path(db).resolve():
            raise UsageError(f"--html {html_path} is the store (--db): writing there would "
                             "destroy it; choose another file name")
        _not_an_input(html_path, inputs, "--html")
        _writable_file(html_path, "the HTML graph")
    with KnowledgeGraph.open(db, model=model, actors=actor_files, accurate=accurate) as kg:
        kg.store.require_writable()  # before any extraction work
        docs = run.documents_from(inputs, _parse_date(date, "--date"), text_field, not no_split,
                                  file_time=file_time, order=date_order)
        try:
            fresh = (d for d in docs if kg.store.document_status(d) != "stored" or _dup(run))
            if from_triples:
                from .triplefile import read_triples

                stream = (
                    _counted(run, d, t, min_confidence)
                    for path in inputs
                    for d, t in read_triples(path)
                    if kg.store.document_status(d) != "stored" or _dup(run)
                )
            elif engine == "dask":
                from .engines import run_dask

                found = run_dask(
                    fresh, scheduler=scheduler, model=model, actors=actor_files, accurate=accurate
                )
                stream = (_counted(run, d, t, min_confidence) for d, t in found)
            else:
                stream = _triples_stream(
                    run, fresh, model, actor_files, workers, min_confidence, accurate
                )
            for document, triples in _progress(stream, quiet):
                summary = kg.store.add_many([(document, triples)])
                added += summary.documents  # 0: the same text came twice
                updated += summary.updated
        except _Aborted:
            run.summary(" (stopped: --strict; stored documents are kept)")
            sys.exit(1)
        except KeyboardInterrupt:
            _fail(f"interrupted; the {added} documents stored so far are kept: run the same "
                  "command again to resume", 130)
        run.summary(f"; store {db}: {added - updated} new documents added"
                    + (f", {updated} updated (same id, new date/title/outlet/url)"
                       if updated else ""))
        if html_path:
            path = kg.to_html(html_path, where=where)
            click.echo(f"HTML graph written to {Path(path).resolve()}")
    sys.exit(run.exit_code)


def _not_an_input(output: str, inputs: tuple[str, ...], option: str = "-o") -> None:
    """Refuse an output file that is one of the inputs, or inside an input folder (it would be
    emptied before it is read, or read while it is written)."""
    from .readers import EXTENSIONS

    out = Path(output).resolve()
    for item in inputs:
        if item == "-":
            continue
        source = Path(item).resolve()
        if out == source:
            raise UsageError(f"{option} {output} is an input: writing there would destroy it; "
                             "choose another file name")
        readable = out.name.lower().removesuffix(".gz").endswith(EXTENSIONS)
        if readable and source.is_dir() and source in out.parents:
            raise UsageError(f"{option} {output} is inside the input folder {item}: it would "
                             "be read as input; write it elsewhere")


def _writable_file(path: str, what: str, *, keep: bool = False) -> None:
    """Fail early (before any extraction) when ``path`` cannot be written; create its folder.

    ``keep``: an existing file is left alone and a new one is not created (SQLite does that).
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            raise UsageError(f"{path} is a directory; give a file name for {what}")
        if keep:
            return
        existed = target.exists()
        with open(target, "a", encoding="utf-8"):
            pass
        if not existed:
            target.unlink()
    except (FileExistsError, NotADirectoryError):
        raise UsageError(f"cannot write {what} to {path}: a part of that path is a file, not a "
                         "folder; choose a writable path") from None
    except OSError as exc:
        raise UsageError(f"cannot write {what} to {path}: {exc.strerror or exc}; "
                         "choose a writable path") from None


def _dup(run: _Run) -> bool:
    run.duplicates += 1
    return False


def _counted(run: _Run, document: Document, triples: list[Triple],
             min_confidence: float = 0.0) -> tuple[Document, list[Triple]]:
    if min_confidence > 0:
        triples = [t for t in triples if t.confidence >= min_confidence]
    run.count(triples)
    return document, triples


def _store_option(func: Any) -> Any:
    return click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="The store (SQLite).")(func)


def _open_store(db: str) -> Any:
    """The store ``db``, checked (PRAGMA quick_check): a damaged store is an error, never a
    silent partial answer."""
    from .graph import KnowledgeGraph

    kg = KnowledgeGraph.open(db)
    try:
        kg.store.check()
    except GeokgError:
        kg.close()
        raise
    return kg


def _actor_id(kg: Any, name: str | None, *, describe: bool = True) -> str | None:
    """The id of the store's actor ``name`` means.

    Tried in order: an actor id (TUR, person:...); a name or alias the store holds; a name the
    gazetteer knows (Turkey, Ankara, Turkish, the Kremlin); with ``describe``, a descriptive name
    read as extraction reads it ("Turkish officials", "Russian forces"). The last two say on
    stderr which actor was chosen. Raises :class:`UsageError` naming ``geokg actors`` when the
    store holds no such actor, or listing the candidates when the name could be several.
    """
    if name is None:
        return None
    if not name.strip():
        raise UsageError(f"empty actor name; give an actor id or name (`geokg actors --db "
                         f"{kg.path}` lists them)")
    if kg.actor(name) is not None:
        return name
    try:
        return kg.store.resolve(name).id
    except UsageError:
        pass
    from .gazetteer import Gazetteer

    ids = sorted({h.actor_id for h in Gazetteer.load().lookup(name)})
    if not ids and describe:
        ids = _described_actors(name)
    if len(ids) > 1:
        raise UsageError(f"{name!r} is ambiguous ({', '.join(ids)}); give the actor id")
    aid = ids[0] if ids else name
    try:
        found = kg.store.resolve(aid)
    except UsageError:
        known = f" ({aid})" if aid != name else ""
        raise UsageError(f"unknown actor {name!r}{known} in {kg.path}; `geokg actors --db "
                         f"{kg.path}` lists the ids and names it holds") from None
    click.echo(f"geokg: {name!r} taken as {found.id} ({found.name})", err=True)
    return found.id


def _described_actors(name: str) -> list[str]:
    """The actor ids extraction finds in ``name`` on its own ("Turkish officials" -> TUR);
    none when the language model cannot be loaded."""
    from .pipeline import load_pipeline

    try:
        doc = load_pipeline()(name)
    except GeokgError:
        return []
    return sorted({aid for span in doc.spans.get("geokg_actors", ()) for aid in span._.geokg_actors})


def _time_options(func: Any) -> Any:
    func = click.option("--until", help="Only evidence dated on or before YYYY-MM-DD.")(func)
    func = click.option("--since", help="Only evidence dated on or after YYYY-MM-DD.")(func)
    return func


def _time_choice(func: Any) -> Any:
    return click.option(
        "--time", "time_", type=click.Choice(["event", "report"]), default="event",
        show_default=True, help="Date evidence by when the event happened when its sentence "
        "says so ('in 2015', 'last week'), else by the report's date (event); or always by the "
        "report's date (report).")(func)


@cli.command()
@_store_option
@click.option("--actor", help="Relations touching this actor (id or name).")
@click.option("--source", help="Relations from this actor.")
@click.option("--target", help="Relations to this actor.")
@click.option("--relation", help="One relation word, e.g. assault.")
@click.option("--quad-class", type=click.Choice([q.value for q in QuadClass]))
@_time_options
@_time_choice
@click.option("--min-evidence", default=1, show_default=True, type=click.IntRange(1))
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1), help="Count only evidence at least this confident.")
@click.option("--include-unstated", is_flag=True, help="Also negated and hedged relations.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def query(
    db: str, actor: str | None, source: str | None, target: str | None, relation: str | None,
    quad_class: str | None, since: str | None, until: str | None, time_: str, min_evidence: int,
    min_confidence: float, include_unstated: bool, fmt: str,
) -> None:
    """List merged relations in the store, filtered."""
    with _open_store(db) as kg:
        edges = kg.relations(
            actor=_actor_id(kg, actor), source=_actor_id(kg, source), target=_actor_id(kg, target),
            relation=_relation(relation), quad_class=quad_class,
            since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
            min_evidence=min_evidence, include_unstated=include_unstated,
            min_confidence=min_confidence, time=time_,
        )
        _print_models(edges, fmt, _edge_row, columns=_EDGE_COLUMNS)


def _edge_row(e: Any) -> dict[str, Any]:
    return {
        "source": e.source.id, "relation": e.relation.value if hasattr(e.relation, "value") else e.relation,
        "target": e.target.id, "stated": e.stated, "count": e.count, "documents": e.documents,
        "stories": e.stories,
        "first_date": e.first_date, "last_date": e.last_date,
        "mean_confidence": round(e.mean_confidence, 3),
    }


_EDGE_COLUMNS = ["source", "relation", "target", "stated", "count", "documents", "stories",
                 "first_date",
                 "last_date", "mean_confidence"]
_ACTOR_COLUMNS = ["id", "name", "type", "country"]


def _print_models(items: list[Any], fmt: str, row: Any, empty: str = "(no relations)",
                  columns: list[str] | None = None) -> None:
    """Print ``row(item)`` dicts as a table, JSONL or CSV (``columns``: the CSV header when
    there are no rows)."""
    rows = [row(i) for i in items]
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
    elif fmt == "csv":
        header = list(rows[0]) if rows else columns
        if header:
            w = csv.DictWriter(sys.stdout, header)
            w.writeheader()
            w.writerows(rows)
    else:
        if not rows:
            click.echo(empty)
            return
        cols = list(rows[0])
        widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
        click.echo("  ".join(c.ljust(widths[c]) for c in cols).rstrip())
        for r in rows:
            click.echo("  ".join(str(r[c]).ljust(widths[c]) for c in cols).rstrip())


@cli.command()
@_store_option
@click.argument("actor_a")
@click.argument("actor_b")
@_time_options
@_time_choice
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def dyad(db: str, actor_a: str, actor_b: str, since: str | None, until: str | None, time_: str,
         fmt: str) -> None:
    """Relations between two actors and their monthly timeline."""
    with _open_store(db) as kg:
        a, b = _actor_id(kg, actor_a), _actor_id(kg, actor_b)
        if a == b:
            raise UsageError(f"{actor_a!r} and {actor_b!r} are the same actor ({a}); a dyad "
                             "needs two different actors")
        d = kg.dyad(a, b, since=_parse_date(since, "--since"),
                    until=_parse_date(until, "--until"), time=time_)
    if fmt == "json":  # actors by id, name, type and country: their aliases would flood it
        no_aliases = {"aliases"}
        click.echo(d.model_dump_json(indent=2, exclude={
            "a": no_aliases, "b": no_aliases,
            "edges": {"__all__": {"source": no_aliases, "target": no_aliases}}}))
        return
    trend = "cooperation" if d.score > 0 else "conflict" if d.score < 0 else "neutral"
    click.echo(f"{d.a.name} ({d.a.id}) - {d.b.name} ({d.b.id}): {len(d.edges)} relation{'' if len(d.edges) == 1 else 's'}, "
               f"net score {d.score:+.1f} ({trend})")
    if not d.edges:
        return
    click.echo()
    _print_models(d.edges, "table", _edge_row)
    click.echo()
    _print_models(d.timeline, "table", lambda m: {
        "month": m.month, "score": f"{m.score:+.1f}",
        "stated evidence": ", ".join(f"{r} {n}" for r, n in m.counts.items())
        + (f"; {m.unstated} unstated" if m.unstated else ""),
    }, empty="(no dated evidence)")
    if d.undated:
        click.echo(f"({d.undated} evidence sentences without a date are not in the timeline)")


@cli.command()
@_store_option
@click.argument("source")
@click.argument("relation")
@click.argument("target")
@_time_options
@_time_choice
def evidence(db: str, source: str, relation: str, target: str, since: str | None,
             until: str | None, time_: str) -> None:
    """The evidence sentences behind one edge (SOURCE RELATION TARGET)."""
    with _open_store(db) as kg:
        src, rel, dst = _actor_id(kg, source), _relation(relation), _actor_id(kg, target)
        triples = kg.evidence(src, rel, dst, since=_parse_date(since, "--since"),
                              until=_parse_date(until, "--until"), time=time_)
        if not triples:
            click.echo(f"(no evidence for {src} {rel.value if rel else relation} {dst})")
        for t in triples:
            flag = "" if t.stated else f" [{'negated' if t.negated else t.modality.value}]"
            ev = t.evidence
            sentence = " ".join(ev.sentence.split())
            when = (f"  (event: {ev.event_date}, {ev.event_precision})"
                    if ev.event_date else "")
            click.echo(f"{ev.date or '-'}  {ev.outlet or '-'}  {ev.doc_id}{flag}{when}\n"
                       f"    {sentence}")


@cli.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXPORT), required=True)
@click.option("--output", "-o", required=True, type=click.Path(), help="File (folder for csv, neo4j and parquet).")
@_filter_options
@click.option("--no-csv-escape", is_flag=True, help="csv: write cells starting with = + - @ verbatim (by default they get a leading ' so spreadsheets do not run them).")
@click.option("--dynamic", is_flag=True, help="gexf: give each edge its first and last evidence date (Gephi timeline).")
def export(db: str, fmt: str, output: str, no_csv_escape: bool, dynamic: bool, **opts: Any) -> None:
    """Export the graph as html, json (node-link), graphml, gexf, csv, neo4j or parquet."""
    where = _graph_filter(opts)
    with _open_store(db) as kg:
        path = kg.export(output, fmt, where=where, neutralise=not no_csv_escape, dynamic=dynamic)
        click.echo(f"{fmt} written to {Path(path).resolve()}")


@cli.command()
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Counts of documents, triples, actors and edges in the store."""
    with _open_store(db) as kg:
        s = kg.stats()
        if as_json:
            click.echo(s.model_dump_json(indent=2))
            return
        for key, value in s.model_dump().items():
            if isinstance(value, dict):
                click.echo(f"{key}:")
                for k, v in sorted(value.items(), key=lambda kv: -kv[1] if isinstance(kv[1], int) else 0):
                    click.echo(f"  {k:<14} {v}")
            else:
                click.echo(f"{key:<16} {value}")


@cli.command()
@_store_option
@click.option("--type", "actor_type", type=click.Choice([t.value for t in ActorType]), help="Only actors of this type.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--suggest-merges", is_flag=True, help="List likely duplicates instead (same type and country, similar names); nothing is merged.")
@click.option("--min-score", default=90.0, show_default=True, type=click.FloatRange(0, 100), help="With --suggest-merges: least name similarity (0-100).")
def actors(db: str, actor_type: str | None, fmt: str, suggest_merges: bool,
           min_score: float) -> None:
    """List the actors in the store with their ids (for --actor, dyad, merge-actors)."""
    with _open_store(db) as kg:
        if suggest_merges:
            found = [x for x in kg.suggest_merges(min_score=min_score)
                     if actor_type is None or x.a.type.value == actor_type]
            _print_models(found, fmt, lambda x: {
                "score": x.score, "a": x.a.id, "a_name": x.a.name, "b": x.b.id,
                "b_name": x.b.name, "type": x.a.type.value, "country": x.a.country or ""},
                empty="(no likely duplicates)")
            if found and fmt == "table":
                click.echo("(check each pair, then: geokg merge-actors --db DB KEEP MERGE)")
            return
        _print_models(
            kg.actors(actor_type), fmt,
            lambda a: {"id": a.id, "name": a.name, "type": a.type.value, "country": a.country or ""},
            empty="(no actors)", columns=_ACTOR_COLUMNS,
        )


@cli.command()
@_store_option
@click.argument("doc_ids", nargs=-1)
@click.option("--outlet", help="Also remove every document of this outlet.")
@click.option("--before", help="Also remove every document dated before YYYY-MM-DD.")
def remove(db: str, doc_ids: tuple[str, ...], outlet: str | None, before: str | None) -> None:
    """Remove documents (DOC_IDs as `geokg documents` lists them) and their evidence."""
    with _open_store(db) as kg:
        done = kg.remove(doc_ids, outlet=outlet, before=_parse_date(before, "--before"))
    click.echo(f"removed {done.documents} document{'' if done.documents == 1 else 's'} "
               f"({done.triples} triples); {done.edges} merged edges recomputed")


@cli.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def documents(db: str, fmt: str) -> None:
    """List the stored documents (id, date, outlet, title, story), in the order added."""
    with _open_store(db) as kg:
        rows = kg.documents()
    columns = ("doc_id", "date", "outlet", "n_triples", "story", "title")
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({k: r[k] for k in (*columns, "url", "source")}))
        return
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        return
    if not rows:
        click.echo("(no documents)")
        return
    for r in rows:
        click.echo("  ".join(str(r[c] if r[c] is not None else "-") for c in columns))


@cli.command("merge-actors")
@_store_option
@click.argument("keep")
@click.argument("merge")
@click.option("--force", is_flag=True, help="Merge even actors that cannot be one (different types, two states, different countries).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation on a terminal.")
def merge_actors(db: str, keep: str, merge: str, force: bool, yes: bool) -> None:
    """Merge actor MERGE into KEEP (recorded: it survives re-adds, and unmerge undoes it).

    Prints what will change; on a terminal it asks before merging (--yes skips the question).
    """
    with _open_store(db) as kg:
        plan = kg.store.merge_plan(_actor_id(kg, keep, describe=False),
                                   _actor_id(kg, merge, describe=False))
        click.echo(plan.describe())
        if plan.refusals and not force:
            raise UsageError(f"not merged: {'; '.join(plan.refusals)}; if they are one actor "
                             "after all, add --force")
        if not yes and sys.stdin.isatty() and not click.confirm("merge?", default=False):
            click.echo("not merged")
            return
        kept = kg.merge_actors(plan.keep.id, plan.gone.id, force=force)
        click.echo(f"merged {plan.gone.id} ({plan.gone.name}) into {kept.id} ({kept.name}); "
                   f"undo with: geokg unmerge --db {db} {plan.gone.id}")


@cli.command()
@_store_option
@click.argument("actor")
def unmerge(db: str, actor: str) -> None:
    """Undo the recorded merge of ACTOR (the id merged away) into another actor."""
    with _open_store(db) as kg:
        restored = kg.unmerge(actor)
        click.echo(f"unmerged {restored.id} ({restored.name}): its evidence is its own again")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", envvar="GEOKG_MODEL", help="spaCy pipeline (default: bundled en_core_web_sm).")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False))
@click.option("--accurate", is_flag=True, help="Use the model's statistical NER (see `geokg extract --help`).")
@click.option("--errors", is_flag=True, help="List misses and false positives per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_(
    gold: str, model: str | None, actor_files: tuple[str, ...], accurate: bool, errors: bool,
    as_json: bool,
) -> None:
    """Score extraction against your own gold annotations (GOLD.jsonl).

    Prints precision, recall and F1 at the dyad, polarity and typed levels (persons and groups
    count as the state or organisation they act for; --errors lists misses and false positives).

    \b
    GOLD.jsonl holds one JSON document per line; only "doc_id" and "text" are required:
      {"doc_id": "a1", "text": "Turkiye is a close ally of Azerbaijan.",
       "date": "2025-07-11", "title": null, "outlet": null,
       "persons": {"person:recep-tayyip-erdogan": "TUR"},
       "triples": [{"source": "TUR", "relation": "ally", "target": "AZE",
                    "negated": false, "sentence": "Turkiye is a close ally of Azerbaijan."}]}
    """
    from .evaluate import load_gold, score
    from .pipeline import extract_documents, load_pipeline

    docs = load_gold(gold)
    if not docs:
        raise UsageError(f"{gold} holds no gold documents; see `geokg eval --help`")
    nlp = load_pipeline(model, actors=actor_files, accurate=accurate)
    inputs = [
        Document(id=d.doc_id, text=d.text, date=d.date, title=d.title, outlet=d.outlet) for d in docs
    ]
    triples = [t for _, ts in extract_documents(inputs, nlp=nlp) for t in ts]
    report = score(docs, triples)
    click.echo(report.model_dump_json(indent=2) if as_json else report.format(errors=errors))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one line of `geokg extract --format jsonl`."""
    click.echo(json.dumps(output_schema(), indent=2))


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``geokg`` console script.

    Everything it prints goes through :class:`geokg.terminal.EscapingWriter`: control characters
    in file names, actor names or sentences are shown escaped, never obeyed by the terminal.
    """
    from .terminal import EscapingWriter

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingWriter(sys.stdout), EscapingWriter(sys.stderr)  # type: ignore[assignment]
    try:
        _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str] | None) -> None:
    try:
        cli.main(args=argv, prog_name="geokg", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("interrupted", 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except GeokgError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except ImportError as exc:  # an installation missing a pinned dependency: say how to repair it
        what = f"the package {exc.name!r}" if exc.name else "a package geokg needs"
        _fail(
            f"{what} is not installed; reinstall geokg's pinned dependencies "
            "(`make venv` in a checkout, or `pip install -r requirements.lock`)"
        )
    except OSError as exc:  # a file problem no command foresaw: still one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}; check the path and permissions")
    except SystemExit:
        raise
    else:
        sys.exit(0)
