#!/usr/bin/env python3
"""Generate ``data/gazetteer/states.json`` from maintained packages.

States and territories come from pycountry (ISO 3166-1: ids, names, official names); capitals,
demonyms and alternative spellings from countryinfo. ``data/gazetteer/sources/states_config.json``
holds the corrections (display names, territories, capitals, demonyms, ambiguous capitals, names
to drop).
Hand-curated names (historic spellings, seats of power, flags) live in
``data/gazetteer/states_curated.json`` and are merged by geokg at load time, not here.

Run from a checkout (needs the dev-only packages ``pycountry`` and ``countryinfo``)::

    .venv/bin/python scripts/build_gazetteer.py

geokg itself never imports pycountry or countryinfo: the generated JSON is committed.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

try:
    import pycountry
    from countryinfo import all_countries
except ImportError as exc:  # dev-only dependencies
    sys.exit(f"{exc.name} is missing: pip install pycountry==26.2.16 countryinfo==1.0.1")

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteer"
CONFIG = GAZ / "sources" / "states_config.json"
OUT = GAZ / "states.json"

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F .,'’()-]+$")


def _latin(text: str) -> bool:
    """True for names written in the Latin alphabet (drops Cyrillic, Han, Hangul ... spellings)."""
    return bool(_LATIN.match(text))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return text[4:] if text.startswith("the ") else text


def _plural(demonym: str) -> str | None:
    """People form of a demonym adjective by the regular English rule, or None when irregular."""
    if demonym.endswith(("an", "i")):
        return demonym + "s"
    return None


def _countryinfo_by_alpha3() -> dict[str, dict[str, Any]]:
    """countryinfo records keyed by alpha-3; where several records share a code (GBR: United
    Kingdom and Wales) keep the one whose name pycountry knows."""
    records: dict[str, list[dict[str, Any]]] = {}
    for country_info in all_countries():
        rec = country_info.info()
        a3 = (rec.get("ISO") or {}).get("alpha3")
        if a3:
            records.setdefault(a3, []).append(rec)
    chosen: dict[str, dict[str, Any]] = {}
    for a3, recs in records.items():
        country = pycountry.countries.get(alpha_3=a3)
        if country is None:
            continue
        known = {_fold(n) for n in (country.name, getattr(country, "common_name", ""),
                                    getattr(country, "official_name", "")) if n}
        best = [r for r in recs if _fold(r["name"]) in known] or recs
        chosen[a3] = best[0]
    return chosen


def build() -> dict[str, Any]:
    """Return the content of ``states.json``."""
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    display: dict[str, str] = config["display_names"]
    territories = set(config["territories"])
    capitals_fix: dict[str, str] = config["capitals"]
    ambiguous_caps: dict[str, str] = config["ambiguous_capitals"]
    drop = {_fold(n) for n in config["drop_names"]}
    demonym_fix: dict[str, list[str]] = config["demonyms"]
    info = _countryinfo_by_alpha3()

    actors = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        a3 = country.alpha_3
        rec = info.get(a3, {})
        name = display.get(a3) or getattr(country, "common_name", None) or country.name
        candidates = [country.name, getattr(country, "common_name", None),
                      getattr(country, "official_name", None), rec.get("name")]
        candidates += [s for s in rec.get("altSpellings", []) if len(s) > 3]
        aliases: list[str] = []
        seen = {_fold(name)}
        for cand in candidates:
            if not cand or ", " in cand or not _latin(cand):
                continue  # inverted ISO forms ("Korea, Republic of") and non-Latin scripts
            key = _fold(cand)
            if key in seen or key in drop:
                continue
            seen.add(key)
            aliases.append(cand)
        entry: dict[str, Any] = {"id": a3, "type": "state", "name": name}
        if aliases:
            entry["aliases"] = aliases
        if a3 in territories:
            entry["territory"] = True
        else:
            demonyms = demonym_fix.get(a3)
            demonym = rec.get("demonym")
            if demonyms is None and demonym and _latin(demonym) and "," not in demonym:
                demonyms = [demonym]
                plural = _plural(demonym)
                if plural:
                    demonyms.append(plural)
            if demonyms:
                entry["demonyms"] = demonyms
            capital = capitals_fix.get(a3) or rec.get("capital")
            if capital:
                if capital in ambiguous_caps:
                    entry["capitals"] = [{"text": capital, "ambiguous": True,
                                          "case_sensitive": True, "note": ambiguous_caps[capital]}]
                else:
                    entry["capitals"] = [capital]
        actors.append(entry)
    return {
        "geokg_gazetteer": 1,
        "description": (
            "GENERATED by scripts/build_gazetteer.py from pycountry (ISO 3166-1) and countryinfo; "
            "do not edit by hand: fix data/gazetteer/sources/states_config.json or add names in "
            "states_curated.json, then re-run the script."
        ),
        "actors": actors,
    }


def main() -> int:
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['actors'])} states and territories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
