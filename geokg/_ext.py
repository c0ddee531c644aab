"""spaCy extension attributes used by geokg's components (registered once, guarded)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

__all__ = ["register_extensions", "set_span_values", "span_values", "ACTOR_SPANS"]

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


def set_span_values(span: Span, values: dict[str, Any]) -> None:
    """``span._.<name> = value`` for each item of ``values``, in one step.

    spaCy keeps the value of a span's extension attribute in ``doc.user_data`` under
    ``("._.", name, start_char, end_char)``; this writes those entries directly instead of making
    an ``Underscore`` object and one checked ``setattr`` per attribute. Every name must be a
    registered Span extension with a plain value: no method, getter or setter (``KeyError``
    otherwise)."""
    if not _PLAIN_SPAN_EXTENSIONS.issuperset(values):
        for name in values:
            _plain_default(name)
            _PLAIN_SPAN_EXTENSIONS.add(name)
    user_data, start, end = span.doc.user_data, span.start_char, span.end_char
    for name, value in values.items():
        user_data[("._.", name, start, end)] = value


#: Span extensions checked to hold a plain value (no method, getter or setter) by set_span_values
_PLAIN_SPAN_EXTENSIONS: set[str] = set()


def span_values(span: Span, names: tuple[str, ...]) -> list[Any]:
    """``[getattr(span._, name) for name in names]``, read in one step from the
    ``doc.user_data`` entries :func:`set_span_values` describes, instead of making an
    ``Underscore`` object and one checked ``getattr`` per attribute. Every name must be a
    registered Span extension with a plain value and a default that ``span._`` would not copy
    and store (not a dict, list or set): ``KeyError`` otherwise."""
    defaults = _READABLE_DEFAULTS.get(names)
    if defaults is None:
        found = []
        for name in names:
            default = _plain_default(name)
            if isinstance(default, (dict, list, set)):
                raise KeyError(f"{name!r} has a mutable default: read it with span._")
            found.append(default)
        defaults = _READABLE_DEFAULTS[names] = tuple(found)
    user_data, start, end = span.doc.user_data, span.start_char, span.end_char
    return [
        user_data.get(("._.", name, start, end), default)
        for name, default in zip(names, defaults)
    ]


def _plain_default(name: str) -> Any:
    """The default of the Span extension ``name``, which must hold a plain value (no method,
    getter or setter): ``KeyError`` otherwise."""
    ext = Span.get_extension(name)
    if ext is None or any(part is not None for part in ext[1:]):
        raise KeyError(f"{name!r} is no Span extension with a plain value")
    return ext[0]


#: names -> their defaults, for the name tuples span_values has checked
_READABLE_DEFAULTS: dict[tuple[str, ...], tuple[Any, ...]] = {}


register_extensions()
