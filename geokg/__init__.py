"""geokg: turn English news into a geopolitical knowledge graph.

Quick use::

    import geokg
    triples = geokg.extract("Turkiye is a close ally of Azerbaijan.", date="2025-07-11")
    kg = geokg.KnowledgeGraph.open("news.db")
    kg.add_text("Russia attacked Ukraine.", date="2025-07-14")
    kg.relations(source="RUS")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    DataError,
    GeokgError,
    InputError,
    ModelNotFoundError,
    SchemaVersionError,
    StoreError,
    UsageError,
)
from .models import (
    Actor,
    ActorType,
    Document,
    Evidence,
    Modality,
    QuadClass,
    Relation,
    RelationKind,
    Triple,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract",
    "extract_documents",
    "load_pipeline",
    "KnowledgeGraph",
    "GraphFilter",
    "Actor",
    "ActorType",
    "Document",
    "Evidence",
    "Modality",
    "QuadClass",
    "Relation",
    "RelationKind",
    "Triple",
    "GeokgError",
    "DataError",
    "InputError",
    "ModelNotFoundError",
    "SchemaVersionError",
    "StoreError",
    "UsageError",
]

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph
    from .query import GraphFilter
    from .pipeline import extract, extract_documents, load_pipeline

_LAZY = {
    "extract": "pipeline",
    "extract_documents": "pipeline",
    "load_pipeline": "pipeline",
    "KnowledgeGraph": "graph",
    "GraphFilter": "query",
}


def __getattr__(name: str) -> Any:
    # spaCy is slow to import: load the pipeline and graph modules only when first used.
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'geokg' has no attribute {name!r}")
