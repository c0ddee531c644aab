"""Page clean-up: text repair, page-furniture removal, multi-article page splitting, dates.

Scraped news pages hold more than the article: menus, adverts, app prompts, comment widgets,
author bios, pull quotes, duplicated headlines, and often several articles one after another, each
under a header such as::

    Trump Envoy Arrives in Kyiv              <- title (often repeated)
    Asharq Al-Awsat                          <- outlet
    time20 minutes ago                       <- date marker ("time" is a clock icon's alt text)
      • Asharq Al-Awsat

:func:`clean_page` finds these headers (a short *date marker* line -- a relative time such as
"3 days ago" or an absolute date -- with a title above it and optionally an outlet), cuts the page
into articles, drops furniture and returns :class:`PageArticle` records. Everything site-specific
(furniture patterns, outlet names, month names, English function words) is data under
``data/cleanup/``; the rules here are structural.

Relative times are resolved against the *page date* (the caller's reference date, else a date
stated in the page, else whatever fallback the caller passes, e.g. the file's modification time);
minutes and hours count as the page date's day.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ftfy

from .errors import DataError
from .resources import data_path, load_json

__all__ = [
    "PageArticle",
    "normalise_text",
    "clean_page",
    "clean_record_text",
    "parse_date",
    "find_page_date",
    "dateline_date",
    "english_ratio",
    "looks_english",
    "chunk_text",
    "cut_point",
    "MIN_ARTICLE_WORDS",
]

_BULLETS = "•·*▪►‣–—-|>»›"
_TERMINAL = (".", "!", "?", '"', "'", "”", "’", ")", "…", "]")
_MAX_TITLE_WORDS = 30
_MAX_HEADER_LINES = 4
_MAX_FURNITURE_CHARS = 600  # furniture lines are short; longer lines are never tested (speed)
_MAX_PULL_QUOTE_LINES = 400
_MAX_RECORD_FURNITURE_WORDS = 12  # in corpus records only short lines can be furniture  # pull-quote detection is quadratic: skip it for longer articles
_BIO_SUBJECT = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4}) is an? ")
#: an article split from a page must have at least this many words, else it is a teaser/list item
MIN_ARTICLE_WORDS = 40


@dataclass
class PageArticle:
    """One article found in a page: cleaned text plus what its header stated."""

    text: str
    title: str | None = None
    outlet: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    author: str | None = None


# --------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Rules:
    lines: re.Pattern[str]
    trailing: tuple[re.Pattern[str], ...]
    bio: tuple[re.Pattern[str], ...]
    bio_end: tuple[re.Pattern[str], ...]
    honorifics: frozenset[str]
    byline_prefixes: tuple[str, ...]
    outlets: dict[str, str]
    months: dict[str, int]
    weekdays: frozenset[str]
    numbers: dict[str, int]
    units: dict[str, int]
    same_day: frozenset[str]
    previous_day: frozenset[str]
    labels: tuple[str, ...]
    english: frozenset[str]
    foreign: frozenset[str]
    english_min_ratio: float
    english_min_words: int
    relative_re: re.Pattern[str] = field(repr=False)
    absolute_res: tuple[re.Pattern[str], ...] = field(repr=False)


def _compile(patterns: Any, name: str, *, anchored: bool = False) -> list[re.Pattern[str]]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise DataError(f"data/cleanup/{name} must be a list of regular expressions (strings)")
    out = []
    for p in patterns:
        try:
            out.append(re.compile(f"(?:{p})\\Z" if anchored else p, re.IGNORECASE))
        except re.error as exc:
            raise DataError(
                f"data/cleanup/{name}: invalid regular expression {p!r}: {exc}"
            ) from exc
    return out


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    furn = load_json(data_path("cleanup", "furniture.json"))
    outlets = load_json(data_path("cleanup", "outlets.json"))
    dates = load_json(data_path("cleanup", "dates.json"))
    eng = load_json(data_path("cleanup", "english.json"))
    try:
        lines = _compile(furn["lines"], "furniture.json lines")
        alternatives = "|".join(f"(?:{p.pattern})" for p in lines)
        line_re = re.compile(f"(?:{alternatives})\\Z", re.IGNORECASE)
        months = {str(k).lower(): int(v) for k, v in dates["months"].items()}
        numbers = {str(k).lower(): int(v) for k, v in dates["numbers"].items()}
        units = {str(k).lower(): int(v) for k, v in dates["units_days"].items()}
        rules_words = dict(
            honorifics=frozenset(furn["honorifics"]),
            byline_prefixes=tuple(furn["byline_prefixes"]),
            outlets={_key(o): o for o in outlets["outlets"]},
            weekdays=frozenset(w.lower() for w in dates["weekdays"]),
            same_day=frozenset(w.lower() for w in dates["same_day"]),
            previous_day=frozenset(w.lower() for w in dates["previous_day"]),
            labels=tuple(sorted((w.lower() for w in dates["labels"]), key=len, reverse=True)),
            english=frozenset(w.lower() for w in eng["words"]),
            foreign=frozenset(w.lower() for w in eng["foreign"]),
            english_min_ratio=float(eng["min_ratio"]),
            english_min_words=int(eng["min_words"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(
            f"data/cleanup/*.json: missing or malformed entry ({exc}); restore the files"
        ) from exc
    alt = lambda words: "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)
    )  # noqa: E731
    relative = re.compile(
        rf"(?:(?P<n>\d+|{alt(numbers)})\s*(?P<unit>{alt(units)})s?\.?\s+ago"
        rf"|(?P<word>{alt(rules_words['same_day'] | rules_words['previous_day'])}))\Z",
        re.IGNORECASE,
    )
    mon = alt(months)
    wday = rf"(?:(?:{alt(rules_words['weekdays'])})\.?,?\s+)?"
    clock = r"(?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
    absolute = (
        re.compile(
            rf"{wday}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:[T ]\S*)?{clock}\Z", re.I
        ),
        re.compile(
            rf"{wday}(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){clock}\Z",
            re.I,
        ),
        re.compile(
            rf"{wday}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\.?,?\s+(?P<y>\d{{4}}){clock}\Z",
            re.I,
        ),
    )
    return _Rules(
        lines=line_re,
        trailing=tuple(_compile(furn["trailing"], "furniture.json trailing")),
        bio=tuple(_compile(furn["bio"], "furniture.json bio")),
        bio_end=tuple(_compile(furn["bio_end"], "furniture.json bio_end")),
        months=months,
        numbers=numbers,
        units=units,
        relative_re=relative,
        absolute_res=absolute,
        **rules_words,
    )


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip(_BULLETS + " \t")).casefold()


# ----------------------------------------------------------------------------- text repair

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
_ACUTE_APOSTROPHE = re.compile(r"(?<=\w)[´`](?=\w)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff\ufffd]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_text(text: str) -> str:
    """Repair mojibake (ftfy), use ``'`` for acute accents used as apostrophes ("Trump´s"),
    unify line breaks and spaces, drop control characters; the result is what offsets refer to."""
    text = ftfy.fix_text(text, _FTFY)
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    text = _ACUTE_APOSTROPHE.sub("'", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


# ----------------------------------------------------------------------------------- dates


def parse_date(expr: str, reference: _dt.date | None = None) -> _dt.date | None:
    """Read a date expression that makes up all of ``expr``.

    Absolute dates ("2025-07-14", "July 14, 2025", "Mon 14 July 2025 10:32 GMT") need no
    reference; relative ones ("3 days ago", "an hour ago", "yesterday") are resolved against
    ``reference`` and give ``None`` without one.
    """
    r = _rules()
    s = expr.strip(_BULLETS + " \t:,").strip()
    if not s or len(s) > 60:
        return None
    for rx in r.absolute_res:
        m = rx.match(s)
        if m:
            month = int(m["m"]) if "m" in rx.groupindex and m["m"] else r.months[m["mon"].lower()]
            try:
                return _dt.date(int(m["y"]), month, int(m["d"]))
            except ValueError:
                return None
    m = r.relative_re.match(s)
    if m is None or reference is None:
        return None
    if m["word"]:
        back = 1 if m["word"].lower() in r.previous_day else 0
        return reference - _dt.timedelta(days=back)
    n = m["n"].lower()
    count = int(n) if n.isdigit() else r.numbers[n]
    return reference - _dt.timedelta(days=count * r.units[m["unit"].lower()])


def _split_marker(line: str) -> tuple[str, str] | None:
    """``(prefix, date expression)`` when ``line`` is a date marker line ("Arab News3 days ago",
    "time20 minutes ago", "Published: July 14, 2025"), else ``None``."""
    r = _rules()
    s = line.strip(_BULLETS + " \t")
    if not s or len(s) > 90 or _metadata_line(s):
        return None
    # try every suffix that starts at a word boundary or right after a letter ("News3 days ago")
    starts = [0] + [m.start() for m in re.finditer(r"(?<=\S)(?=\d)|(?<=\s)\S", s)]
    low_s = s.lower()
    starts += [  # right after a label glued to the date: "timean hour ago", "Posttime5 hours ago"
        m.end() for lab in r.labels if len(lab) > 3 for m in re.finditer(re.escape(lab), low_s)
    ]
    for start in starts:
        expr = s[start:]
        if parse_date(expr, _dt.date(2000, 1, 1)) is None:
            continue
        prefix = s[:start].strip(_BULLETS + " \t:,")
        low = prefix.lower()
        for label in r.labels:  # "time", "Published on", ...
            if (
                low == label
                or low.endswith(" " + label)
                or (label == "time" and low.endswith(label))
            ):
                prefix = prefix[: len(prefix) - len(label)].strip(_BULLETS + " \t:,")
                break
        if not _is_name_like(prefix):
            return None
        return prefix, expr
    # "5 hours ago — Reuters": the date first, then the outlet
    parts = _SEPARATOR.split(s, maxsplit=1)
    if (
        len(parts) == 2
        and _is_name_like(parts[1].strip(_BULLETS + " \t"))
        and parse_date(parts[0], _dt.date(2000, 1, 1))
    ):
        return parts[1].strip(_BULLETS + " \t"), parts[0]
    return None


_SEPARATOR = re.compile(r"\s+[—–|·•-]\s+")
_NAME_JOINERS = frozenset("of the and for de du des al el la le da di van von bin by &".split())


def _is_name_like(prefix: str) -> bool:
    """True for what may stand before a date on a header line: nothing, an outlet name or a
    byline ("Arab News", "Mail & Guardian", "By Staff Writer") -- not the end of a sentence."""
    words = prefix.split()
    if len(words) > 6 or prefix.endswith(_TERMINAL[:3]):
        return False
    return all(not w[:1].islower() or w.lower() in _NAME_JOINERS for w in words)


def dateline_date(text: str, reference: _dt.date | None = None) -> _dt.date | None:
    """The date of a wire dateline opening ``text``: "WASHINGTON, July 14 (Reuters) -",
    "KYIV, 14 July 2025 (AFP) --". Without a year, the year is the reference's (or the one
    before, when the date would fall after the reference); no reference, no date."""
    m = _dateline_re().match(text[:200])
    if m is None:
        return None
    month = _rules().months[(m["mon"] or m["mon2"]).lower()]
    year = int(m["y"]) if m["y"] else (reference.year if reference else None)
    if year is None:
        return None
    try:
        found = _dt.date(year, month, int(m["d"] or m["d2"]))
        if not m["y"] and reference and found > reference:
            found = found.replace(year=year - 1)
    except ValueError:
        return None
    return found


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern[str]:
    mon = "|".join(sorted(_rules().months, key=len, reverse=True))
    return re.compile(
        r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Za-z. ]{2,30})?,\s+"
        rf"(?:(?P<mon>(?i:{mon}))\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>(?i:{mon}))\.?)"
        r"(?:,?\s+(?P<y>\d{4}))?\s*(?:\([^)]{1,30}\)\s*)?[-—–]{1,2}\s"
    )


def find_page_date(text: str, *, max_lines: int = 40) -> _dt.date | None:
    """The first absolute date stated on a line of its own (a dateline) near the top of a page."""
    for line in text.split("\n")[:max_lines]:
        marker = _split_marker(line)
        if marker:
            found = parse_date(marker[1])
            if found:
                return found
        meta = _metadata_line(line)
        if meta and meta.get("date"):
            found = parse_date(meta["date"])
            if found:
                return found
    return None


# -------------------------------------------------------------------------------- language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_ratio(text: str, *, sample: int = 20_000) -> tuple[float, int]:
    """(share of words that are English function words, number of words) over a sample."""
    words = _WORD.findall(text[:sample])
    if not words:
        return 0.0, 0
    eng = _rules().english
    hits = sum(1 for w in words if w.lower() in eng)
    return hits / len(words), len(words)


def _foreign_ratio(text: str, *, sample: int = 20_000) -> float:
    words = _WORD.findall(text[:sample])
    foreign = _rules().foreign
    return sum(1 for w in words if w.lower() in foreign) / len(words) if words else 0.0


_WORD = re.compile(r"[^\W\d_]+")
#: above this share of words with non-ASCII letters a Latin-script text is not English
_MAX_ACCENTED_WORDS = 0.25
#: a text with more characters per word than this is not prose
_CHARS_PER_WORD = 40
_SHORT_TEXT_WORDS = 12


def looks_english(text: str) -> bool:
    """Cheap English check: mostly Latin letters and enough English function words.

    Texts shorter than ``min_words`` (data/cleanup/english.json) are given the benefit of the doubt
    (headline-like news sentences have few function words) unless they are not written in Latin
    letters or their function words are clearly of another language.
    """
    r = _rules()
    head = text[:20_000]
    letters = [c for c in head if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250")
    if latin / len(letters) < 0.7:
        return False
    words = _WORD.findall(head)
    accented = sum(1 for w in words if not w.isascii())
    # Turkish, Polish, Czech, ...; short texts are spared: a few names (Erdoğan, Bakü) are not a language
    if len(words) >= _SHORT_TEXT_WORDS and accented / len(words) > _MAX_ACCENTED_WORDS:
        return False
    ratio, n = english_ratio(head)
    if n < r.english_min_words:  # a short text passes; a long one without words is not prose
        foreign = _foreign_ratio(head)
        if foreign >= r.english_min_ratio and foreign > ratio:
            return False
        # a long run of characters with hardly any words is not prose
        return len(head) <= _CHARS_PER_WORD * max(n, _SHORT_TEXT_WORDS)
    return ratio >= r.english_min_ratio and ratio > _foreign_ratio(head)


# ------------------------------------------------------------------------------- chunking

_BOUNDARY = re.compile(r"(?:\n\s*\n|[.!?…][\"'”’)\]]*\s+|\n)")


def cut_point(text: str, max_chars: int) -> int:
    """Where to cut ``text`` so the first piece has at most ``max_chars`` characters: after the
    last paragraph or sentence end in the second half of the window, else after the last space,
    else exactly at ``max_chars``."""
    if len(text) <= max_chars:
        return len(text)
    window = text[:max_chars]
    cut = -1
    for m in _BOUNDARY.finditer(window, max_chars // 2):
        cut = m.end()
    if cut <= 0:
        cut = window.rfind(" ", max_chars // 2) + 1
    return cut if cut > 0 else max_chars


def chunk_text(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into stripped pieces of at most ``max_chars`` characters (:func:`cut_point`)."""
    pieces: list[str] = []
    rest = text
    while rest:
        cut = cut_point(rest, max_chars)
        piece, rest = rest[:cut].strip(), rest[cut:]
        if piece:
            pieces.append(piece)
    return pieces


# ------------------------------------------------------------------------------ line kinds

_METADATA_KEYS = {
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "date": "date",
    "published": "date",
    "dated": "date",
    "url": "url",
    "link": "url",
    "title": "title",
    "headline": "title",
    "author": "author",
    "by": "author",
    "byline": "author",
}
_META_PART = re.compile(r"^\s*(?P<k>[A-Za-z]+)\s*:\s*(?P<v>.*?)\s*$")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+\Z", re.I)


def _metadata_line(line: str) -> dict[str, str] | None:
    """``{"outlet": ..., "date": ..., "url": ...}`` for a header line like
    ``Outlet: Reuters | Date: 2025-07-14 | URL: https://...``; ``None`` otherwise."""
    if ":" not in line or len(line) > 400:
        return None
    found: dict[str, str] = {}
    for part in re.split(r"\s+[|·•]\s+|\s*\|\s*", line):
        m = _META_PART.match(part)
        if not m or m["k"].lower() not in _METADATA_KEYS:
            return None
        if m["v"]:
            found[_METADATA_KEYS[m["k"].lower()]] = m["v"]
    return found or None


def _is_furniture(line: str) -> bool:
    if len(line) > _MAX_FURNITURE_CHARS:
        return False
    r = _rules()
    s = line.strip(_BULLETS + " \t")
    return bool(r.lines.match(s)) or any(rx.search(line) for rx in r.bio)


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith(_TERMINAL) and len(line.split()) >= 4


def _is_title_like(line: str) -> bool:
    s = line.strip()
    words = s.split()
    if not 0 < len(words) <= _MAX_TITLE_WORDS or s.endswith((".", ":", ";", ",")):
        return False
    return not _URL_LINE.match(s) and (s[:1].isupper() or s[:1].isdigit() or s[:1] in "'\"‘“")


def _outlet_name(line: str) -> str | None:
    """The outlet named by a line that is only an outlet name (known, or a bulleted short name)."""
    r = _rules()
    key = _key(line)
    if key in r.outlets:
        return r.outlets[key]
    return None


def _bio_names(text: str) -> frozenset[str]:
    """Names that are the subject of an author bio ("Ana Torres is a ... journalist")."""
    return frozenset(m.group(1).lower() for m in _BIO_SUBJECT.finditer(text))


def _is_byline(line: str, bio_names: frozenset[str]) -> bool:
    r = _rules()
    s = line.strip(_BULLETS + " \t")
    for prefix in r.byline_prefixes:
        if s.lower().startswith(prefix.lower() + " ") and len(s.split()) <= 8:
            return True
    words = s.replace(",", " ").split()
    if not 2 <= len(words) <= 6 or s.endswith(_TERMINAL[:3]):
        return False
    names = [w for w in words if w not in r.honorifics]
    if not names or not all(w[:1].isupper() for w in names):
        return False
    if len(names) < len(words):  # "Dr. Sinem Cengiz"
        return True
    # a bare name that is the subject of an author bio elsewhere on the page
    return s.lower() in bio_names


# ----------------------------------------------------------------------------- the splitter


@dataclass
class _Header:
    start: int  # first line of the header (title)
    body: int  # first line of the body
    title: str | None
    outlet: str | None
    expr: str | None
    url: str | None = None
    meta_date: str | None = None
    author: str | None = None


def _header_at(lines: Sequence[str], anchor: int, prefix: str, expr: str) -> _Header:
    """Read the header around a date marker line: title and outlet above, outlet bullets, URL and
    repeated title below."""
    above: list[int] = []
    i = anchor - 1
    while i >= 0 and len(above) < _MAX_HEADER_LINES:
        s = lines[i]
        if not s or not any(c.isalnum() for c in s):  # blank, or a lone bullet / separator
            i -= 1
            continue
        if above and _key(s) == _key(lines[above[-1]]):  # duplicated line
            above[-1] = i
            i -= 1
            continue
        if _is_sentence(s) or _is_furniture(s) or not _is_title_like(s) or _split_marker(s):
            break
        above.append(i)
        i -= 1
    outlet = _outlet_name(prefix) or prefix or None
    author = None
    if outlet and _is_byline(outlet, frozenset()):
        author, outlet = outlet, None
    rest: list[int] = []  # candidate title / outlet lines, nearest to the marker first
    for idx in above:
        s = lines[idx].strip(_BULLETS + " ")
        if _outlet_name(s):
            outlet = outlet or _outlet_name(s)
        elif _is_byline(s, frozenset()):
            author = author or s
        else:
            rest.append(idx)
    # the title: the nearest line of three words or more; a shorter line between it and the
    # marker is the outlet ("Asharq Al-Awsat" / "Leaders" under the headline)
    long_enough = [idx for idx in rest if len(lines[idx].split()) >= 3]
    if long_enough:
        title_idx: int | None = long_enough[0]
        if outlet is None and rest[0] != title_idx and len(lines[rest[0]].split()) <= 5:
            outlet = lines[rest[0]].strip(_BULLETS + " ")
    elif len(rest) > 1 and outlet is None:
        outlet, title_idx = lines[rest[0]].strip(_BULLETS + " "), rest[1]
    else:
        title_idx = rest[0] if rest else None
    title = lines[title_idx].strip(_BULLETS + " ") if title_idx is not None else None
    start = min(above) if above else anchor
    body, outlet, url = _below(lines, anchor + 1, title, outlet)
    return _Header(
        start=start, body=body, title=title, outlet=outlet, expr=expr, url=url, author=author
    )


def _below(
    lines: Sequence[str], j: int, title: str | None, outlet: str | None
) -> tuple[int, str | None, str | None]:
    """Skip the header lines under a title or date marker -- bullets repeating the outlet, a URL,
    the repeated title, a known outlet -- and return (first body line, outlet, url)."""
    url = None
    end = j + 2 * _MAX_HEADER_LINES
    skip = {_key(x) for x in (title or "", outlet or "") if x}
    while j < len(lines) and j <= end:
        s = lines[j]
        if not s or _key(s) in skip:
            j += 1
        elif _URL_LINE.match(s) and url is None:
            url = s
            j += 1
        elif outlet is None and _outlet_name(s):
            outlet = _outlet_name(s)
            skip.add(_key(s))
            j += 1
        else:
            break
    return j, outlet, url


def _nonblank_after(lines: Sequence[str], i: int, n: int) -> list[int]:
    found = []
    j = i + 1
    while j < len(lines) and len(found) < n and j <= i + 3 * n:
        if lines[j]:
            found.append(j)
        j += 1
    return found


def _repeated_title_header(lines: Sequence[str], i: int) -> _Header | None:
    """A header made of a title line printed twice (or more) with no date marker under it."""
    s = lines[i]
    if not _is_title_like(s) or _is_sentence(s) or _is_furniture(s):
        return None
    after = _nonblank_after(lines, i, 4)
    if not after or _key(lines[after[0]]) != _key(s):
        return None
    if any(_split_marker(lines[j]) for j in after[1:3]):
        return None  # the date marker below makes the header
    body, outlet, url = _below(lines, after[0] + 1, s, None)
    return _Header(
        start=i, body=body, title=s.strip(_BULLETS + " "), outlet=outlet, expr=None, url=url
    )


def _top_header(lines: Sequence[str]) -> _Header:
    """Header of a page with no article-splitting date marker: metadata lines, a title, and the
    outlet / date / URL / byline lines right under it."""
    meta: dict[str, str] = {}
    title: str | None = None
    i = 0
    while i < len(lines) and i < 40:
        s = lines[i]
        if not s or _is_furniture(s):
            i += 1
            continue
        m = _metadata_line(s)
        if m:
            meta.update(m)
            i += 1
            continue
        # a dated header line ("By Reuters May 31, 2016", "Published 14 July 2025") is no title
        if title is None and _is_title_like(s) and not _is_sentence(s) and not _split_marker(s):
            following = [x for x in lines[i + 1 : i + 12] if x and not _is_furniture(x)][:3]
            if any(
                _key(x) == _key(s)
                or len(x.split()) > len(s.split())
                or _metadata_line(x)
                or _split_marker(x)
                for x in following
            ):
                title = s
                i += 1
                continue
        break
    # under the title: outlet, date marker, URL, repeated title, byline (in any order)
    bio_names = _bio_names("\n".join(lines[:400]))
    for _ in range(6):
        while i < len(lines) and not lines[i]:
            i += 1
        if i >= len(lines):
            break
        s = lines[i]
        nxt = next((x for x in lines[i + 1 :] if x), "")
        marker = _split_marker(s)
        if title is not None and _key(s) == _key(title):
            pass
        elif marker and "date" not in meta:
            meta["date"] = marker[1]
            if marker[0] and not _is_byline(marker[0], bio_names):
                meta.setdefault("outlet", _outlet_name(marker[0]) or marker[0])
        elif _outlet_name(s) and "outlet" not in meta:
            meta["outlet"] = _outlet_name(s) or s
        elif (
            "outlet" not in meta
            and len(s.split()) <= 5
            and _is_title_like(s)
            and _split_marker(nxt)
            and not _is_byline(s, bio_names)
        ):
            meta["outlet"] = s.strip(_BULLETS + " ")
        elif _URL_LINE.match(s) and "url" not in meta:
            meta["url"] = s
        elif _is_byline(s, bio_names) and "author" not in meta:
            meta["author"] = s
        else:
            break
        i += 1
    return _Header(
        start=0,
        body=i,
        title=meta.get("title", title),
        outlet=meta.get("outlet"),
        expr=None,
        url=meta.get("url"),
        meta_date=meta.get("date"),
        author=meta.get("author"),
    )


def _find_headers(lines: Sequence[str]) -> list[_Header]:
    headers: list[_Header] = []
    for i, line in enumerate(lines):
        if headers and i < headers[-1].body:
            continue
        marker = _split_marker(line)
        if marker is None:
            if not line or (i and _key(lines[i - 1]) == _key(line)):
                continue
            dup = _repeated_title_header(lines, i)
            if dup is not None and not (headers and dup.start < headers[-1].body):
                headers.append(dup)
            continue
        h = _header_at(lines, i, *marker)
        if h.title is None and h.outlet is None:
            continue  # a date alone on a line inside a text is not an article header
        if headers and h.start < headers[-1].body:
            continue
        headers.append(h)
    return headers


def _strip_trailing(line: str) -> str:
    head, tail = line[:-200], line[-200:]
    for rx in _rules().trailing:
        tail = rx.sub("", tail)
    return (head + tail).strip()


def _clean_body(
    lines: Sequence[str], bio_names: frozenset[str], skip: set[str]
) -> tuple[str, str | None]:
    """Body lines -> paragraphs joined by blank lines, furniture dropped; also the byline seen."""
    kept: list[str] = []
    author = None
    for line in lines:
        s = _strip_trailing(line)
        if not s or _key(s) in skip or _is_furniture(s) or _URL_LINE.match(s):
            continue
        if _is_byline(s, bio_names):
            author = author or s
            continue
        kept.append(s)
    # pull quotes: a line repeated inside another (longer) line of the same article
    if len(kept) <= _MAX_PULL_QUOTE_LINES:
        norm = [re.sub(r"\W+", " ", k).strip().casefold() for k in kept]
        kept = [
            k
            for i, k in enumerate(kept)
            if not (
                len(norm[i].split()) >= 5
                and any(
                    j != i and len(norm[j]) > len(norm[i]) and norm[i] in norm[j]
                    for j in range(len(kept))
                )
            )
        ]
    # exact duplicate paragraphs
    first: dict[str, str] = {}
    for k in kept:
        first.setdefault(_key(k), k)
    kept = list(first.values())
    # edges: short lines that are not sentences (menus, widget titles, captions) at start and end,
    # and an author bio at the end
    bio_end = _rules().bio_end

    def is_bio(line: str) -> bool:
        return len(line.split()) <= 60 and any(rx.search(line) for rx in bio_end)

    def is_stub(line: str) -> bool:
        return not _is_sentence(line) and len(line.split()) < 12

    lo, hi = 0, len(kept)
    while hi > lo and (is_stub(kept[hi - 1]) or is_bio(kept[hi - 1])):
        hi -= 1
    while lo < hi and is_stub(kept[lo]):
        lo += 1
    trimmed = kept[lo:hi]
    if not trimmed:  # nothing but short lines: a one-line text or a bare headline list; keep them
        trimmed = [k for k in kept if not is_bio(k)]
    return "\n\n".join(trimmed), author


def clean_page(
    text: str,
    *,
    page_date: _dt.date | None = None,
    fallback_date: _dt.date | None = None,
    split: bool = True,
) -> list[PageArticle]:
    """Clean a scraped page (already :func:`normalise_text`-ed) into its articles.

    ``page_date`` is the reference date for relative times (e.g. the CLI's ``--date``); without it
    a date stated in the page is used, else ``fallback_date`` (e.g. the file's modification time).
    An article's ``date`` is the date its header states (resolved), else ``None``. With
    ``split=False`` the page is one article even when it holds several headers. Articles with
    fewer than :data:`MIN_ARTICLE_WORDS` words (teasers in "Related" lists) are dropped when
    the page holds others.
    """
    lines = [line.strip() for line in text.split("\n")]
    bio_names = _bio_names(text)
    reference = page_date or find_page_date(text) or fallback_date
    headers = _find_headers(lines) if split else []
    if headers and headers[0].start > 12 and len(headers) == 1:
        headers = []  # a lone date marker deep in the text: not a page header
    if not headers:
        headers = [_top_header(lines)]
    articles: list[PageArticle] = []
    for k, h in enumerate(headers):
        end = headers[k + 1].start if k + 1 < len(headers) else len(lines)
        skip = {_key(x) for x in (h.title or "", h.outlet or "") if x}
        body, author = _clean_body(lines[h.body : end], bio_names, skip)
        if not body:
            continue
        date = None
        for expr in (h.expr, h.meta_date):
            if expr and date is None:
                date = parse_date(expr, reference)
        articles.append(
            PageArticle(
                text=body,
                title=h.title,
                outlet=h.outlet,
                date=date,
                url=h.url,
                author=h.author or author,
            )
        )
    if len(articles) > 1:
        full = [a for a in articles if len(a.text.split()) >= MIN_ARTICLE_WORDS]
        articles = full or articles[:1]
    return articles


def clean_record_text(text: str) -> str:
    """Light clean-up for a corpus record's text (JSONL/CSV): repair, drop whole-line furniture
    and trailing widgets, keep everything else in place (records are usually already clean)."""
    out = []
    for line in normalise_text(text).split("\n"):
        s = _strip_trailing(line)
        if s and len(s.split()) <= _MAX_RECORD_FURNITURE_WORDS and _is_furniture(s):
            continue
        out.append(s)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
