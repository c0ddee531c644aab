"""Event time: when the event of an evidence sentence happened, read from the sentence.

A report dated 14 July 2025 may tell of "the 2015 downing of the jet" or of talks held "last
week". :func:`resolve` turns one time expression into an :class:`EventTime` (a date and its
precision: ``day``, ``week``, ``month`` or ``year``; the date is the first day of the period)
against the document's date; :func:`time_spans` finds the time expressions of a sentence (a
pattern over month and weekday names, years, deictic words and "N units ago", plus spaCy
``DATE`` entities when the pipeline has a recogniser); :func:`event_time` picks the one that
modifies the relation's trigger and resolves it.

Only expressions that place the event are read: absolute dates and years ("in 2015", "on 3 March
2024", "in March"), weekdays ("on Monday"), deictic days ("yesterday"), "last/next/this
week|month|year" and "N days|weeks|months|years ago". Vague ones ("recently", "in recent
years", "the 1990s") give ``None``; so does a relative one without a document date.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .cleanup import _rules
from .dates import read_date

__all__ = ["EventTime", "Precision", "PRECISIONS", "resolve", "event_time", "event_time_at",
           "time_spans", "time_entities"]

Precision = Literal["day", "week", "month", "year"]
#: the precisions of an event date, finest first
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


@dataclass(frozen=True)
class EventTime:
    """A resolved event time: ``date`` is the first day of the period of ``precision``."""

    date: _dt.date
    precision: Precision


_UNIT = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}
_DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
          "coming": 1}
_AGO = re.compile(r"(?P<n>\d+|[a-z]+)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|earlier)\Z")
_RELATIVE = re.compile(r"(?P<shift>[a-z]+)\s+(?P<unit>day|week|month|year)\Z")
_YEAR = re.compile(r"(?:(?:early|mid|late)[- ])?(?P<y>(?:1[89]|20)\d{2})\Z")
_MONTH_YEAR = re.compile(r"(?:(?:early|mid|late)[- ])?(?P<mon>[a-z]+)\.?,?\s+(?P<y>(?:1[89]|20)\d{2})\Z")
_MONTH = re.compile(r"(?:(?:early|mid|late)[- ])?(?P<mon>[a-z]+)\.?\Z")
_MONTH_DAY = re.compile(r"(?P<mon>[a-z]+)\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?\Z")
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon>[a-z]+)\.?\Z")
_WEEKDAY = re.compile(r"(?:last\s+|this\s+|next\s+|this\s+past\s+)?(?P<wd>[a-z]+)\.?"
                      r"(?:\s+(?:morning|afternoon|evening|night))?\Z")
_LEADING = re.compile(r"^(?:in|on|at|since|during|by|from|until|of|the|earlier|later)\s+")
_WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
             "wed": 2, "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4,
             "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}


def resolve(
    expr: str, reference: _dt.date | None, *, future: bool = False
) -> EventTime | None:
    """The event time ``expr`` states, resolved against the document date ``reference``.

    ``future``: a bare month or weekday ("in March", "on Monday") lies after the reference
    (the sentence speaks of what will happen), else on or before it.
    """
    s = re.sub(r"\s+", " ", expr.strip().lower().replace("’", "'")).strip(" ,.")
    introduced = False  # "in May": a preposition makes a bare "may" the month
    while True:
        m = _LEADING.match(s)
        if m is None:
            break
        s, introduced = s[m.end():], True
    if not s:
        return None
    m = _YEAR.match(s)
    if m:
        return EventTime(_dt.date(int(m["y"]), 1, 1), "year")
    months = _rules().months
    m = _MONTH_YEAR.match(s)
    if m and m["mon"] in months:
        return EventTime(_dt.date(int(m["y"]), months[m["mon"]], 1), "month")
    day = read_date(s)
    if day is not None:
        return EventTime(day, "day")
    if reference is None:
        return None
    if s == "may" and not introduced:
        return None  # "may" alone is the modal far more often than the month
    return _relative(s, reference, future, months)


def _relative(s: str, ref: _dt.date, future: bool, months: dict[str, int]) -> EventTime | None:
    if s in _DEICTIC:
        return EventTime(ref + _dt.timedelta(days=_DEICTIC[s]), "day")
    m = _AGO.match(s)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else _rules().numbers.get(m["n"])
        return _shifted(ref, _UNIT[m["unit"]], -n) if n else None
    m = _RELATIVE.match(s)
    if m and m["shift"] in _SHIFT:
        return _shifted(ref, m["unit"], _SHIFT[m["shift"]])
    m = _MONTH.match(s)
    if m and m["mon"] in months and m["mon"] != "mar":
        return _bare_month(ref, months[m["mon"]], future)
    m = _MONTH_DAY.match(s) or _DAY_MONTH.match(s)
    if m and m["mon"] in months:
        return _month_day(ref, months[m["mon"]], int(m["d"]), future)
    m = _WEEKDAY.match(s)
    if m and m["wd"] in _WEEKDAYS:
        wd = _WEEKDAYS[m["wd"]]
        ahead = s.startswith("next ") or (future and not s.startswith(("last ", "this past")))
        if ahead:
            return EventTime(ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7), "day")
        back = (ref.weekday() - wd) % 7
        if s.startswith("last ") and back == 0:
            back = 7
        return EventTime(ref - _dt.timedelta(days=back), "day")
    return None


def _bare_month(ref: _dt.date, month: int, future: bool) -> EventTime:
    year = ref.year
    if future and month < ref.month:
        year += 1
    elif not future and month > ref.month:
        year -= 1
    return EventTime(_dt.date(year, month, 1), "month")


def _month_day(ref: _dt.date, month: int, day: int, future: bool) -> EventTime | None:
    """A year-less day ("on April 30"): the nearest one before the reference (after it when
    the sentence speaks of the future)."""
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:
            continue
        if (found >= ref) == future or found == ref:
            return EventTime(found, "day")
    return None


def _shifted(ref: _dt.date, unit: str, n: int) -> EventTime:
    if unit == "day":
        return EventTime(ref + _dt.timedelta(days=n), "day")
    if unit == "week":
        monday = ref - _dt.timedelta(days=ref.weekday())
        return EventTime(monday + _dt.timedelta(weeks=n), "week")
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + n
        return EventTime(_dt.date(k // 12, k % 12 + 1, 1), "month")
    return EventTime(_dt.date(ref.year + n, 1, 1), "year")


# ---------------------------------------------------------------------------- in a sentence

_TIME_LABELS = frozenset({"DATE", "TIME"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MAX_HOPS = 6


def event_time(
    sent: Span,
    trigger: Token | None,
    reference: _dt.date | None,
    spans: list[Span] | None = None,
) -> EventTime | None:
    """The time at which the event triggered by ``trigger`` happened, as ``sent`` states it.

    A time expression counts when it modifies the trigger: its head chain reaches the trigger
    (or, for a noun trigger, the verb that governs it: "held talks on Monday") without passing
    through another verb (the time of another event: "the region it annexed in 2014").
    ``spans``: the sentence's :func:`time_spans` when the caller has them already.
    """
    if trigger is None:
        return None
    anchors = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj", "attr"):
        anchors.add(trigger.head.i)
    best: tuple[int, Span] | None = None
    for ent in time_spans(sent) if spans is None else spans:
        hops = _hops_to(ent.root, anchors)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, ent)
    if best is None:
        return None
    ent = best[1]
    head = ent.root.head
    text = f"{head.text} {ent.text}" if head.dep_ == "prep" and head.i < ent.start else ent.text
    return resolve(text, reference, future=_is_future(trigger))


def time_spans(
    sent: Span, text: str | None = None, entities: list[Span] | None = None
) -> list[Span]:
    """The time expressions of a sentence: spaCy ``DATE``/``TIME`` entities when the pipeline
    has a named-entity recogniser, and those :func:`_time_regex` finds (the default pipeline
    has none): "in 2015", "March 2024", "on 3 March", "Monday night", "last week", "two years
    ago", "yesterday". Months, weekdays and number words are data (data/cleanup/dates.json).
    ``text``: the sentence's text (``sent.text``), when the caller has it already;
    ``entities``: the document's :func:`time_entities`, when the caller has them already."""
    if entities is None:
        ents = sent.ents
    else:  # the entities inside the sentence, as Span.ents keeps them
        ents = [e for e in entities if e.start >= sent.start and e.end <= sent.end]
    found = {(e.start, e.end): e for e in ents if e.label_ in _TIME_LABELS}
    doc, base = sent.doc, sent.start_char
    for start, end in _time_matches(sent.text if text is None else text):
        span = doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is not None and (span.start, span.end) not in found:
            found[(span.start, span.end)] = span
    return [found[k] for k in sorted(found)]


def time_entities(doc: Doc) -> list[Span]:
    """The ``DATE`` and ``TIME`` entities of a document, in order (read once for its sentences'
    :func:`time_spans`)."""
    return [e for e in doc.ents if e.label_ in _TIME_LABELS]


@lru_cache(maxsize=1024)
def _time_matches(text: str) -> tuple[tuple[int, int], ...]:
    """The character offsets of :func:`_time_regex`'s matches in ``text`` (memoised: a sentence
    with several triples is asked once). Only the alternatives of the pattern that can match in
    ``text`` are run (:func:`_possible_parts`); none can in about half of news sentences."""
    use = _possible_parts(text)
    if not any(use):
        return ()
    return tuple(m.span() for m in _time_regex(use).finditer(text))


_DIGIT = re.compile(r"\d")


def _possible_parts(text: str) -> tuple[bool, ...]:
    """For each alternative of :func:`_time_parts`, whether ``text`` holds what every match of
    it holds: a digit and a month name (a date), a year or a month (after "in", "the" ...), a
    year, a weekday name, "yesterday"/"today"/"tonight"/"tomorrow", "week"/"month"/"year", or
    "ago"/"earlier". An alternative that cannot match anywhere changes none of the matches."""
    months, weekdays = _name_searches()
    digit = _DIGIT.search(text) is not None
    month = months.search(text) is not None
    low = text.lower()
    return (
        digit and month,
        digit and month,
        digit or month,
        digit,
        weekdays.search(text) is not None,
        any(w in low for w in ("yesterday", "today", "tonight", "tomorrow")),
        "week" in low or "month" in low or "year" in low,
        "ago" in low or "earlier" in low,
    )


@lru_cache(maxsize=1)
def _name_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The month and weekday names as the pattern spells them (title case), each name that
    holds a shorter one left out ("March" holds "Mar", "Thursday" holds "Thurs")."""

    def shortest(words: set[str]) -> tuple[str, ...]:
        return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    weekdays = {w.title() for w in _WEEKDAYS if len(w) > 4}
    return shortest({m.title() for m in _rules().months}), shortest(weekdays)


@lru_cache(maxsize=1)
def _name_searches() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns that find any of :func:`_name_cues`' month names and any of its weekday names
    in a text (one search instead of a test per name: the same answer; no names: none found)."""
    return tuple(  # type: ignore[return-value]
        re.compile("|".join(re.escape(name) for name in names) or "(?!)")
        for names in _name_cues()
    )


@lru_cache(maxsize=None)  # one pattern per combination of alternatives met: at most 2**8
def _time_regex(use: tuple[bool, ...] | None = None) -> re.Pattern[str]:
    """The time pattern: the alternatives of :func:`_time_parts` (those ``use`` flags, in
    order, when given)."""
    parts = _time_parts()
    return re.compile("|".join(f"(?:{p})" for n, p in enumerate(parts) if use is None or use[n]))


@lru_cache(maxsize=1)
def _time_parts() -> tuple[str, ...]:
    """The alternatives of the time pattern, in the order the pattern tries them."""
    rules = _rules()
    months = sorted(rules.months, key=len, reverse=True)
    mon = "(?:" + "|".join(re.escape(m.title()) + (r"\.?" if len(m) <= 4 else "")
                           for m in months) + ")"
    wday = "(?:" + "|".join(w.title() for w in sorted(_WEEKDAYS, key=len, reverse=True)
                            if len(w) > 4) + ")"
    year = r"(?:1[89]|20)\d{2}"
    num = "(?:\\d+|" + "|".join(sorted(rules.numbers, key=len, reverse=True)) + ")"
    # a bare year or month only after a word that makes it a time ("in 2015", "since March")
    after = "".join(f"(?<=\\b{w} )" + "|" for w in _TIME_PREPOSITIONS).rstrip("|")
    return (
        rf"(?:{wday},?\s+)?(?:{mon}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}(?:,?\s+{year})?)(?![\w-])",
        rf"{mon},?\s+{year}\b",
        rf"(?:{after})(?:(?:early|mid|late)[- ])?(?:{year}|{mon})(?![\w-])",
        rf"\b{year}(?=\s+[a-z]+ing\b)",  # "the 2015 downing of the jet"
        rf"(?:(?i:last|next|this past|this|on)\s+)?{wday}(?:\s+(?:morning|afternoon|"
        r"evening|night))?\b",
        r"\b(?i:yesterday|today|tonight|tomorrow)\b",
        r"\b(?i:(?:earlier|later)\s+this|last|next|this|past|previous|coming)\s+"
        r"(?i:week|month|year)\b",
        rf"\b(?i:{num})\s+(?i:days?|weeks?|months?|years?)\s+(?i:ago|earlier)\b",
    )


# words before a bare year or month that place the event in it ("in 2015", "the 2015 talks",
# "late March"); "since", "until", "by", "from ... to", "before" and "after" bound a period
# instead, which places the event at no point in time
_TIME_PREPOSITIONS = ("in", "In", "during", "During", "of", "the", "The", "early", "mid",
                      "late", "last", "next", "this")


def _hops_to(token: Token, anchors: set[int]) -> int | None:
    node, hops = token, 0
    while hops < _MAX_HOPS:
        if node.i in anchors:
            return hops
        if node.head.i == node.i:
            return None
        if hops and node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return None  # the time of another verb's event
        node, hops = node.head, hops + 1
    return None


def _is_future(trigger: Token) -> bool:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children)


def event_time_at(
    sent: Span,
    trigger_start: int | None,
    reference: _dt.date | None,
    spans: list[Span] | None = None,
    token: Token | None = None,
) -> EventTime | None:
    """:func:`event_time` for the trigger that starts at character ``trigger_start``
    (``spans``: the sentence's :func:`time_spans`, when the caller has them already;
    ``token``: the token that starts there, when the caller has it, which spares the walk
    over the sentence that finds it)."""
    if trigger_start is None:
        return None
    if spans is None:
        spans = time_spans(sent)
    if not spans:
        return None  # no time expression in the sentence: nothing places the event
    if token is not None and token.idx == trigger_start:
        # a Doc's tokens do not overlap: no other token holds this character
        inside = sent.start <= token.i < sent.end
        return event_time(sent, token, reference, spans) if inside else None
    for token in sent:
        if token.idx <= trigger_start < token.idx + max(1, len(token.text)):
            return event_time(sent, token, reference, spans)
    return None
