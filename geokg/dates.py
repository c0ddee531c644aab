"""Document dates read from the top of a text: datelines, bylines and header lines.

A news text often states when it was written in its first lines, in one of a handful of shapes
(examples written for geokg, in the styles of common outlets)::

    WASHINGTON, May 31 (Reuters) - ...              wire dateline, year from the reference date
    KYIV, 14 July 2025 (AFP) -- ...                 wire dateline with a year
    Washington, D.C., February 19, 2025 – ...       press-release dateline
    NEW DELHI: Sunday, 14 July 2025. ...            colon dateline
    MOSCOW, July 14. /TASS/. ...                    agency dateline between slashes
    By Jane Doe | May 31, 2016                      byline with a date
    By Reuters May 31, 2016 The minister said ...   byline run into the first sentence
    Published 14 July 2025                          header line with a label
    July 14, 2025 / 10:32 AM / Updated 2 hours ago  header with several parts
    Posted on 14/07/2025                            numeric date (see ``order``)

:func:`read_date` reads one date expression: geokg's fast path (:func:`geokg.cleanup.parse_date`),
numeric dates (``14/07/2025``; an ambiguous one such as ``03/04/2025`` only with an ``order`` of
``"DMY"`` or ``"MDY"``, never guessed), then the dateparser library as a fallback for other
spellings. :func:`top_date` finds the date stated at the top of a text. Nothing here looks at a
file's modification time or at today's date.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from .cleanup import _rules, dateline_date, find_page_date, parse_date
from .errors import UsageError

__all__ = ["DATE_ORDERS", "check_order", "read_date", "top_date"]

#: the orders accepted for ambiguous numeric dates
DATE_ORDERS = ("DMY", "MDY")
_TOP_LINES = 6  # header lines looked at before the text proper
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})\Z")
_LABEL = re.compile(
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|date[d]?|filed)"
    r"(?:\s+(?:on|at))?|on)\s*[:-]?\s+",
    re.IGNORECASE,
)
# "|", " / ", bullets, spaced dashes: the parts of a header line
_PARTS = re.compile(r"\s*(?:\||•|·|\s/\s|\s[—–-]\s)\s*")
_CLOCK_TAIL = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
    r"(?:\s*\(?[A-Z]{2,5}\)?)?)\Z",
    re.IGNORECASE,
)


def check_order(order: str | None) -> str | None:
    """``order`` upper-cased when it is one of :data:`DATE_ORDERS` (or None); else UsageError."""
    if order is None:
        return None
    value = str(order).strip().upper()
    if value not in DATE_ORDERS:
        raise UsageError(f"date order {order!r} is not one of {', '.join(DATE_ORDERS)}")
    return value


def read_date(
    expr: str, reference: _dt.date | None = None, *, order: str | None = None
) -> _dt.date | None:
    """The date that makes up all of ``expr`` (labels such as "Published" allowed), or None.

    Relative expressions ("3 days ago") need ``reference``. ``order`` ("DMY"/"MDY") reads an
    ambiguous numeric date; without it such a date is not read.
    """
    order = check_order(order)
    s = expr.strip(" \t:,.|•·")
    if not s or len(s) > 80:
        return None
    label = _LABEL.match(s)
    if label:
        s = s[label.end():]
    found = parse_date(s, reference)
    if found is not None:
        return found
    bare = _CLOCK_TAIL.sub("", s).strip(" ,")
    if _NUMERIC.match(bare):
        return _numeric(bare, order)
    if not _looks_like_date(bare):
        return None
    return _dateparser(s, reference, order)


def _numeric(s: str, order: str | None) -> _dt.date | None:
    m = _NUMERIC.match(s)
    if m is None:
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b:
        order = "DMY"
    elif b > 12 >= a:
        order = "MDY"
    elif a != b and order is None:
        return None  # 03/04/2025: 3 April or March 4? not guessed
    day, month = (a, b) if order == "DMY" or a == b else (b, a)
    try:
        return _dt.date(y, month, day)
    except ValueError:
        return None


def _looks_like_date(s: str) -> bool:
    """A year and a month name (or a numeric date): worth asking dateparser about."""
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", s):
        return False
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", s)}
    return bool(words & set(_rules().months)) or bool(re.search(r"\d[/.-]\d", s))


@lru_cache(maxsize=4096)
def _dateparser(s: str, reference: _dt.date | None, order: str | None) -> _dt.date | None:
    import dateparser

    settings: dict[str, object] = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
    }
    if order:
        settings["DATE_ORDER"] = order
    if reference is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(reference.year, reference.month, reference.day)
    try:
        found = dateparser.parse(s, languages=["en"], settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None
    return found.date() if found is not None else None


# ------------------------------------------------------------------------------- top of text


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    mon = "|".join(re.escape(m) for m in sorted(_rules().months, key=len, reverse=True))
    wday = "|".join(re.escape(w) for w in sorted(_rules().weekdays, key=len, reverse=True))
    day_first = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{mon})\.?(?:,?\s+\d{{4}})?"
    month_first = rf"(?:{mon})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    date = rf"(?:(?:{wday})\.?,?\s+)?(?:{month_first}|{day_first})"
    # PLACE[, REGION][,:] DATE [(AGENCY)] then a dash, a colon, "/AGENCY/" or a full stop
    dateline = re.compile(
        rf"(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?(?:,\s*[A-Z][A-Za-z.]{{1,20}}(?:\s[A-Z][A-Za-z.]{{1,20}})?)?)"
        rf"[,:]\s+(?P<date>(?i:{date}))"
        r"\s*(?:\([^)]{1,30}\)\s*)?(?:[-—–]{1,2}\s|/[A-Za-z -]{2,20}/|\.\s|:\s)"
    )
    # "By NAME [, OUTLET] DATE" run into the text
    byline = re.compile(
        rf"By\s+(?:[A-Z][\w.'’-]*[\s,]+(?:(?:and|&)\s+)?){{1,6}}(?P<date>(?i:{date}))\b"
    )
    labelled = re.compile(rf"{_LABEL.pattern}(?P<date>(?i:{date}))\b", re.IGNORECASE)
    return dateline, byline, labelled


def top_date(
    text: str, reference: _dt.date | None = None, *, order: str | None = None
) -> _dt.date | None:
    """The date stated at the top of ``text`` (a dateline, a byline or a header line), or None.

    Year-less datelines and relative header dates ("2 hours ago") are resolved against
    ``reference``; without one they give None.
    """
    lines = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()][:_TOP_LINES]
    if not lines:
        return None
    dateline, byline, labelled = _patterns()
    for k, line in enumerate(lines):
        last = k == len(lines) - 1 or _is_body(line)  # the text proper begins
        found = _header_line(line, reference, order)
        if found is None:
            m = dateline.match(line) or byline.match(line) or labelled.match(line)
            if m is not None:
                found = _year_less(m["date"], reference)
        if found is None and k == 0:
            found = dateline_date(line, reference)
        if found is not None or last:
            return found
    return None


def _is_body(line: str) -> bool:
    """A line of running text (a long line, or a sentence of a dozen words), not a header."""
    words = len(line.split())
    return words > 25 or (words >= 12 and line.rstrip().endswith((".", "!", "?", '"', "”")))


def _header_line(line: str, reference: _dt.date | None, order: str | None) -> _dt.date | None:
    """A date on a header line of its own: the whole line or one of its parts."""
    if len(line) > 160:
        return None
    found = find_page_date(line, max_lines=1)
    if found is not None:
        return found
    parts = [p for p in _PARTS.split(line) if p]
    for part in parts if len(parts) <= 6 else ():
        if part.lower().startswith("by "):
            continue
        found = read_date(part, reference, order=order)
        if found is not None:
            return found
    return None


def _year_less(expr: str, reference: _dt.date | None) -> _dt.date | None:
    """Read "May 31, 2016" / "14 July 2025" / "May 31" (year from ``reference``)."""
    found = read_date(expr)
    if found is not None:
        return found
    if reference is None:
        return None
    m = re.search(r"\d{1,2}", expr)
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", expr)]
    months = [_rules().months[w] for w in words if w in _rules().months]
    if m is None or not months:
        return None
    try:
        found = _dt.date(reference.year, months[0], int(m.group()))
    except ValueError:
        return None
    return found.replace(year=found.year - 1) if found > reference else found
