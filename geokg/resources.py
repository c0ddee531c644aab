"""Where geokg's data files live (``data/`` in a checkout, ``geokg/_data`` in a wheel)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import DataError

__all__ = ["data_dir", "data_path", "load_json", "load_json_object"]


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """Return the directory holding geokg's bundled data files."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parent / "data"):
        if (candidate / "vocabulary.json").is_file():
            return candidate
    raise DataError(
        "geokg's data files are missing (looked in geokg/_data and ../data); "
        "reinstall geokg with `pip install .` from a complete checkout"
    )


def data_path(*parts: str) -> Path:
    """Return the path of a bundled data file, e.g. ``data_path("gazetteer", "states.json")``."""
    return data_dir().joinpath(*parts)


def load_json(path: Path) -> Any:
    """Load a JSON data file, raising :class:`DataError` with the file name on any problem."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError as exc:
        raise DataError(f"data file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read data file {path}: {exc}; fix or restore the file") from exc


def load_json_object(path: Path) -> dict[str, Any]:
    """Load a JSON data file whose top level must be an object (else :class:`DataError`)."""
    raw = load_json(path)
    if not isinstance(raw, dict):
        raise DataError(f"{path}: expected a JSON object; restore the file")
    return raw


def string_list(value: Any, path: Path, where: str) -> list[str]:
    """``value`` when it is a list of strings, else :class:`DataError` naming ``where`` (the
    entry's key) in the data file ``path``."""
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise DataError(f"{path}: {where} must be a list of strings; fix the file")
    return value
