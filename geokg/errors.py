"""The geokg exception tree.

Every error geokg raises on purpose derives from :class:`GeokgError`, so callers can catch one
class. Messages say what went wrong *and what to do about it*; the CLI prints them as one line.

    GeokgError
     ├── ModelNotFoundError   the chosen spaCy pipeline is not installed
     ├── DataError            a gazetteer, lexicon or pattern file is invalid
     ├── InputError           an input document or file cannot be read
     ├── StoreError           the knowledge-graph store cannot be opened, read or written
     │    └── SchemaVersionError   the store was written by a newer geokg
     └── UsageError           an argument is invalid (unknown relation, format, actor ...)
"""

from __future__ import annotations

__all__ = [
    "GeokgError",
    "ModelNotFoundError",
    "DataError",
    "InputError",
    "StoreError",
    "SchemaVersionError",
    "UsageError",
]


class GeokgError(Exception):
    """Base class of every error geokg raises on purpose."""


class ModelNotFoundError(GeokgError):
    """The requested spaCy pipeline is not installed."""


class DataError(GeokgError):
    """A data file (gazetteer, lexicon, patterns, user actors) is missing or invalid."""


class InputError(GeokgError):
    """An input document or file cannot be read.

    ``path`` and ``line`` say where, when known.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class StoreError(GeokgError):
    """The knowledge-graph store cannot be opened, read or written."""


class SchemaVersionError(StoreError):
    """The store's schema is newer than this version of geokg understands."""


class UsageError(GeokgError):
    """An argument given to the library or CLI is invalid."""
