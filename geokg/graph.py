"""``KnowledgeGraph``: the facade users script — extraction, the store, queries and exports.

>>> with KnowledgeGraph() as kg:                            # doctest: +SKIP
...     kg.add_text("Russia attacked Ukraine.", date="2025-07-14")
...     kg.relations(source="RUS")

Extraction (spaCy) is loaded only when text is added, so opening a store and querying it is
fast.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from . import exporters
from .errors import StoreError, UsageError
from .models import Actor, ActorType, Document, QuadClass, Relation, Triple
from .merges import MergeSuggestion
from .query import Dyad, Edge, GraphFilter, StoreStats, to_dataframe
from .store import AddSummary, RemoveSummary, Store

__all__ = ["KnowledgeGraph", "AddSummary"]

DateLike = _dt.date | str | None


class KnowledgeGraph:
    """A geopolitical knowledge graph kept in a store file (``path``) or in memory (``None``).

    ``model`` is the spaCy pipeline used for extraction, ``actors`` extra actor files and
    ``accurate=True`` the model's statistical NER instead of geokg's proper-noun labeller (see
    :func:`geokg.load_pipeline`).
    """

    def __init__(self, path: str | Path | None = None, *, model: str | None = None,
                 actors: Sequence[str | Path] = (), accurate: bool = False) -> None:
        self.store = Store(path)
        self.model = model
        self.actor_files = tuple(actors)
        self.accurate = accurate

    @classmethod
    def open(cls, path: str | Path, **kw: Any) -> KnowledgeGraph:
        """Open (or create) the store at ``path``."""
        return cls(path, **kw)

    @property
    def path(self) -> Path | None:
        """The store file, or ``None`` for an in-memory graph."""
        return self.store.path

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "in memory"
        try:
            s = self.store.stats()
        except StoreError:
            return f"KnowledgeGraph({where}: closed)"
        return (f"KnowledgeGraph({where}: {s.documents} documents, {s.actors} actors, "
                f"{s.edges} edges)")

    # -- adding -----------------------------------------------------------------------------

    def _extract(self, docs: Iterable[Document], batch_size: int | None) -> Iterator[
            tuple[Document, list[Triple]]]:
        from .chunking import BATCH_DOCS  # not at import time: it loads spaCy
        from .pipeline import extract_documents, load_pipeline

        nlp = load_pipeline(self.model, actors=self.actor_files, accurate=self.accurate)
        size = BATCH_DOCS if batch_size is None else batch_size
        return extract_documents(docs, nlp=nlp, batch_size=size)

    def has_document(self, document: Document | str) -> bool:
        """True when this text (a Document, or its SHA-256) is already stored."""
        return self.store.has_document(document)

    def add_text(self, text: str, *, date: DateLike = None, doc_id: str | None = None,
                 title: str | None = None, outlet: str | None = None,
                 url: str | None = None) -> int:
        """Extract one text and store it; return the triples added (0 when already stored)."""
        if not isinstance(text, str):
            raise UsageError(f"add_text needs a str, got {type(text).__name__}")
        try:
            document = Document(id=doc_id, text=text, date=date, title=title, outlet=outlet,
                                url=url)
        except ValueError as exc:
            raise UsageError(f"invalid document: {exc}") from None
        return self.add_documents([document]).triples

    def add_documents(
        self,
        docs: Iterable[Document],
        *,
        batch_size: int | None = None,
        progress: Callable[[Document, int], None] | None = None,
    ) -> AddSummary:
        """Extract documents and store them (already stored texts are skipped, not extracted;
        a document stored under the same id with other metadata -- a corrected date, title,
        outlet or url -- is extracted again and replaces the stored one).

        ``batch_size``: documents per parser batch (default :data:`geokg.chunking.BATCH_DOCS`).

        ``progress(document, n_triples)`` is called once per document when it is stored.
        Raises :class:`StoreError` at once (before any extraction) on a read-only store.
        """
        if docs is None or isinstance(docs, (str, bytes, Document)):
            raise UsageError("add_documents needs an iterable of geokg.Document (one text: "
                             "use add_text)")
        self.store.require_writable()
        skipped = 0
        seen: set[str] = set()

        def fresh() -> Iterator[Document]:
            nonlocal skipped
            for doc in docs:
                if not isinstance(doc, Document):
                    raise UsageError(f"add_documents needs geokg.Document items, got "
                                     f"{type(doc).__name__}")
                h = doc.content_hash
                if h in seen or self.store.document_status(doc) == "stored":
                    skipped += 1
                    if progress is not None:
                        progress(doc, 0)
                    continue
                seen.add(h)
                yield doc

        summary = self.store.add_many(self._extract(fresh(), batch_size), progress=progress)
        return AddSummary(documents=summary.documents, skipped=summary.skipped + skipped,
                          triples=summary.triples)

    def remove(self, doc_ids: Iterable[str] = (), *, outlet: str | None = None,
               before: DateLike = None) -> RemoveSummary:
        """Remove documents and their evidence (by id, by outlet, or dated before a day); the
        merged edges they touched are recomputed in one transaction. See Store.remove."""
        return self.store.remove(doc_ids, outlet=outlet, before=before)

    def documents(self) -> list[dict[str, Any]]:
        """The stored documents' metadata, in the order they were added."""
        return list(self.store.documents())

    def add_triples(self, document: Document, triples: Iterable[Triple]) -> bool:
        """Store a document with triples extracted elsewhere; False when already stored."""
        return self.store.add_many([(document, triples)]).documents == 1

    def merge_actors(self, a: str | Actor, b: str | Actor, *, force: bool = False) -> Actor:
        """Merge actor ``b`` into ``a`` everywhere (later additions too); refused for actors
        that cannot be one unless ``force``; :meth:`unmerge` undoes it (see Store)."""
        return self.store.merge_actors(a, b, force=force)

    def unmerge(self, alias: str) -> Actor:
        """Undo the recorded merge of actor ``alias`` into another; returns it restored."""
        return self.store.unmerge(alias)

    def suggest_merges(self, *, min_score: float = 90.0) -> list[MergeSuggestion]:
        """Likely duplicate actors (same type and country, similar names); merges nothing."""
        return self.store.suggest_merges(min_score=min_score)

    # -- queries ----------------------------------------------------------------------------

    def relations(
        self,
        *,
        actor: str | Actor | None = None,
        source: str | Actor | None = None,
        target: str | Actor | None = None,
        relation: Relation | str | Sequence[Relation | str] | None = None,
        quad_class: QuadClass | str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        min_evidence: int = 1,
        include_unstated: bool = False,
        min_confidence: float = 0.0,
        time: str = "event",
    ) -> list[Edge]:
        """Merged edges, most evidence first (see :meth:`geokg.store.Store.relations`);
        ``min_confidence`` counts only evidence at least that confident. ``time="event"`` places
        evidence at the event's date when its sentence states one, else at the report date;
        ``time="report"`` always at the report date."""
        return self.store.relations(
            actor=actor, source=source, target=target, relation=relation,
            quad_class=quad_class, since=since, until=until, min_evidence=min_evidence,
            include_unstated=include_unstated, min_confidence=min_confidence, time=time)

    def relations_df(self, **filters: Any) -> Any:
        """:meth:`relations` as a pandas DataFrame."""
        return to_dataframe(self.relations(**filters))

    def evidence(self, source: str | Actor, relation: Relation | str, target: str | Actor, *,
                 since: DateLike = None, until: DateLike = None,
                 include_unstated: bool = True, min_confidence: float = 0.0,
                 time: str = "event") -> list[Triple]:
        """The triples (with their sentences) behind one edge, oldest first."""
        return self.store.evidence(source, relation, target, since=since, until=until,
                                   include_unstated=include_unstated,
                                   min_confidence=min_confidence, time=time)

    def dyad(self, a: str | Actor, b: str | Actor, *, since: DateLike = None,
             until: DateLike = None, time: str = "event") -> Dyad:
        """Edges between two actors and their monthly timeline with the net score."""
        return self.store.dyad(a, b, since=since, until=until, time=time)

    def neighbors(self, actor: str | Actor, **filters: Any) -> list[Actor]:
        """Actors linked to ``actor``, most evidence first (see Store.neighbors)."""
        return self.store.neighbors(actor, **filters)

    def ego_graph(self, actor: str | Actor, radius: int = 1, **filters: Any) -> nx.MultiDiGraph:
        """The merged graph within ``radius`` links of ``actor``."""
        return self.store.ego_graph(actor, radius, **filters)

    def shortest_path(self, a: str | Actor, b: str | Actor, **filters: Any) -> list[Actor]:
        """Actors on a shortest chain of relations between ``a`` and ``b`` ([] if none)."""
        return self.store.shortest_path(a, b, **filters)

    def centrality(self, kind: str = "degree", top: int = 20,
                   **filters: Any) -> list[tuple[Actor, float]]:
        """Top actors by ``degree``, ``betweenness`` or ``pagerank`` centrality."""
        return self.store.centrality(kind, top, **filters)

    def actors(self, type: ActorType | str | None = None) -> list[Actor]:
        """Actors in the store, by id; optionally only one type."""
        return self.store.actors(type)

    def actor(self, id: str) -> Actor | None:
        """The actor with this id (or the one it was merged into), else ``None``."""
        return self.store.actor(id)

    def stats(self) -> StoreStats:
        """Counts of documents, triples, actors and edges; dates covered."""
        return self.store.stats()

    # -- graphs and exports -----------------------------------------------------------------

    def to_networkx(self, *, since: DateLike = None, until: DateLike = None,
                    include_unstated: bool = False, min_evidence: int = 1,
                    time: str = "event") -> nx.MultiDiGraph:
        """The merged graph as a networkx MultiDiGraph (format: docs/architecture.md)."""
        return self.store.to_networkx(since=since, until=until,
                                      include_unstated=include_unstated,
                                      min_evidence=min_evidence, time=time)

    def _not_the_store(self, path: str | Path) -> None:
        if self.path is not None and Path(path).resolve() == self.path.resolve():
            raise UsageError(f"{path} is the store of this graph: writing there would destroy "
                             "it; choose another file name")

    def subgraph(self, where: GraphFilter | None = None, **filters: Any) -> Any:
        """The part of the graph a :class:`GraphFilter` selects, streamed from the store (what
        :meth:`export` writes; see :meth:`geokg.store.Store.subgraph`)."""
        return self.store.subgraph(where, **filters)

    def to_html(self, path: str | Path, *, since: DateLike = None, until: DateLike = None,
                include_unstated: bool = False, where: GraphFilter | None = None,
                **html_kw: Any) -> Path:
        """Write the interactive HTML network to ``path`` and return the path.

        ``where`` (a :class:`GraphFilter`) selects part of the graph; each edge carries its 20
        most recent sentences (``evidence_per_edge``), the rest are counted.
        """
        return self.export(path, "html", since=since, until=until,
                           include_unstated=include_unstated, where=where, **html_kw)

    def show(self, *, since: DateLike = None, until: DateLike = None,
             include_unstated: bool = False, where: GraphFilter | None = None,
             **html_kw: Any) -> Path | None:
        """Display the interactive network inline in Jupyter / VS Code.

        Outside a notebook it writes the page to a file (``path=``, default
        ``geokg-graph.html`` in the temporary folder), says where, and returns that path.
        """
        from .html import show

        flt = _graph_filter(where, since=since, until=until, include_unstated=include_unstated)
        per_edge = html_kw.pop("evidence_per_edge", exporters.HTML_EVIDENCE_PER_EDGE)
        with self.store.subgraph(flt) as sub:
            graph = exporters.to_graph(sub, evidence=per_edge, months=True)
        return show(graph, show_unstated=flt.include_unstated, **html_kw)

    def export(self, path: str | Path, format: str, *, since: DateLike = None,
               until: DateLike = None, include_unstated: bool = False,
               min_evidence: int = 1, where: GraphFilter | None = None,
               neutralise: bool = True, dynamic: bool = False, **html_kw: Any) -> Path:
        """Write the graph to ``path`` as json, graphml, gexf, csv, neo4j, parquet or html.

        ``csv``, ``neo4j`` and ``parquet`` write a folder of files. ``where`` (a
        :class:`GraphFilter`: actor and radius, relations, outlets, dates, confidence ...)
        selects part of the graph; ``since``/``until``/``include_unstated``/``min_evidence`` are
        shortcuts for its fields. The export streams from the store: any size fits in memory.
        ``neutralise=False`` writes CSV cells verbatim; ``dynamic`` gives GEXF edges lifetimes.
        """
        _check_path(path)
        self._not_the_store(path)
        path, fmt = exporters.check_path(path, format)
        flt = _graph_filter(where, since=since, until=until, include_unstated=include_unstated,
                            min_evidence=min_evidence)
        if fmt == "html":
            html_kw.setdefault("show_unstated", flt.include_unstated)
        with self.store.subgraph(flt) as sub:
            return exporters.export(sub, path, fmt, neutralise=neutralise, dynamic=dynamic,
                                    **html_kw)

    def save(self, path: str | Path) -> Path:
        """Copy the store to ``path`` (e.g. keep an in-memory graph)."""
        return self.store.save(path)


def _check_path(path: Any) -> None:
    if not isinstance(path, (str, Path)):
        raise UsageError(f"the output path must be a str or Path, not {type(path).__name__}")
    if "\x00" in str(path):
        raise UsageError("the output path contains a NUL byte, which no file name can hold; "
                         "give a valid path")


def _graph_filter(where: GraphFilter | None, **shortcuts: Any) -> GraphFilter:
    """``where`` with the keyword shortcuts that differ from their defaults applied."""
    defaults = {"since": None, "until": None, "include_unstated": False, "min_evidence": 1}
    given = {k: v for k, v in shortcuts.items() if v != defaults[k]}
    if where is None:
        return GraphFilter(**given)
    if not isinstance(where, GraphFilter):
        raise UsageError(f"where must be a geokg.GraphFilter, not {type(where).__name__}")
    return where.model_copy(update=GraphFilter(**given).model_dump(exclude_unset=True)) \
        if given else where
