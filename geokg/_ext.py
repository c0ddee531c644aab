"""spaCy extension attributes used by geokg's components (registered once, guarded)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["register_extensions", "ACTOR_SPANS"]

#: name of the SpanGroup holding actor mentions
ACTOR_SPANS = "geokg_actors"


def register_extensions() -> None:
    """Register geokg's Doc and Span extensions; safe to call many times."""
    doc_ext = {
        "geokg_meta": None,
        "geokg_actors": None,
        "geokg_roles": None,
        "geokg_triples": None,
    }
    for name, default in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    span_ext = {"geokg_actor": None, "geokg_via": None, "geokg_location": False,
                "geokg_agent": None}
    for name, default in span_ext.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
