"""Regional bodies: the organisation a region's states form when they act as one body.

"Foreign ministers of Southeast Asian countries are gathering for two meetings" names ASEAN's
meetings; "African leaders met for a summit", the African Union's. The region adjective (one or
more words: "southeast asian", "west african") maps to the organisation in
``data/relations/regional_bodies.json``. The map is read only where a collective of the region
meets, gathers or holds a meeting (:mod:`.constructions.meetings`), never for a mere mention of
"African countries".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..resources import data_path, load_json_object

__all__ = ["RegionalBody", "load_regional_bodies"]


@dataclass(frozen=True)
class RegionalBody:
    """An organisation (gazetteer id and name) that a region's states form."""

    id: str
    name: str


def load_regional_bodies(path: str | Path | None = None) -> dict[str, RegionalBody]:
    """Region adjective (lower case, words separated by one space) -> its body, validated
    (default: the bundled ``data/relations/regional_bodies.json``)."""
    p = Path(path) if path else data_path("relations", "regional_bodies.json")
    raw = load_json_object(p)
    regions = raw.get("regions")
    if not isinstance(regions, dict):
        raise DataError(f"{p}: 'regions' must map region adjectives to bodies; fix or restore the file")
    out: dict[str, RegionalBody] = {}
    for region, body in regions.items():
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("id"), str)
            or not isinstance(body.get("name"), str)
            or not body["id"]
            or not region.strip()
        ):
            raise DataError(
                f"{p}: region '{region}' must map to {{\"id\": ..., \"name\": ...}}; fix or restore the file"
            )
        out[" ".join(region.lower().split())] = RegionalBody(body["id"], body["name"])
    return out
