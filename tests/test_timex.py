"""Event time (geokg.timex): time expressions resolved against the document date, and the one
that modifies a relation's trigger picked from a hand-built parse. All sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc, Span

from geokg.timex import EventTime, event_time, event_time_at, resolve, time_spans

REF = dt.date(2025, 7, 16)  # a Wednesday


@pytest.mark.parametrize(("expr", "future", "expected"), [
    ("in 2015", False, EventTime(dt.date(2015, 1, 1), "year")),
    ("2023", False, EventTime(dt.date(2023, 1, 1), "year")),
    ("March 2024", False, EventTime(dt.date(2024, 3, 1), "month")),
    ("on 3 March 2024", False, EventTime(dt.date(2024, 3, 3), "day")),
    ("May 31, 2016", False, EventTime(dt.date(2016, 5, 31), "day")),
    ("in March", False, EventTime(dt.date(2025, 3, 1), "month")),
    ("in September", False, EventTime(dt.date(2024, 9, 1), "month")),  # past: last September
    ("in September", True, EventTime(dt.date(2025, 9, 1), "month")),  # "will ... in September"
    ("in March", True, EventTime(dt.date(2026, 3, 1), "month")),
    ("on Monday", False, EventTime(dt.date(2025, 7, 14), "day")),
    ("Wednesday", False, EventTime(REF, "day")),  # the report's own day
    ("last Wednesday", False, EventTime(dt.date(2025, 7, 9), "day")),
    ("on Friday", True, EventTime(dt.date(2025, 7, 18), "day")),
    ("next Monday", False, EventTime(dt.date(2025, 7, 21), "day")),
    ("Monday night", False, EventTime(dt.date(2025, 7, 14), "day")),
    ("yesterday", False, EventTime(dt.date(2025, 7, 15), "day")),
    ("today", False, EventTime(REF, "day")),
    ("last week", False, EventTime(dt.date(2025, 7, 7), "week")),
    ("next week", False, EventTime(dt.date(2025, 7, 21), "week")),
    ("last month", False, EventTime(dt.date(2025, 6, 1), "month")),
    ("earlier this month", False, EventTime(dt.date(2025, 7, 1), "month")),
    ("last year", False, EventTime(dt.date(2024, 1, 1), "year")),
    ("two years ago", False, EventTime(dt.date(2023, 1, 1), "year")),
    ("three days ago", False, EventTime(dt.date(2025, 7, 13), "day")),
    ("a week ago", False, EventTime(dt.date(2025, 7, 7), "week")),
    ("18 months ago", False, EventTime(dt.date(2024, 1, 1), "month")),
    ("in May", False, EventTime(dt.date(2025, 5, 1), "month")),
    ("on April 30", False, EventTime(dt.date(2025, 4, 30), "day")),
    ("December 24", False, EventTime(dt.date(2024, 12, 24), "day")),
    ("on 2 August", True, EventTime(dt.date(2025, 8, 2), "day")),
    ("on the 3rd of February", True, EventTime(dt.date(2026, 2, 3), "day")),
    ("July 16", False, EventTime(REF, "day")),
])
def test_resolve(expr: str, future: bool, expected: EventTime) -> None:
    assert resolve(expr, REF, future=future) == expected


@pytest.mark.parametrize("expr", [
    "recently", "in recent years", "the 1990s", "decades", "the past decade", "years",
    "for weeks", "may", "May", "the coming months", "Monday-Friday", "February 30",
])
def test_vague_expressions_place_nothing(expr: str) -> None:
    assert resolve(expr, REF) is None


def test_relative_expressions_need_a_document_date() -> None:
    assert resolve("last week", None) is None
    assert resolve("on Monday", None) is None
    assert resolve("in 2015", None) == EventTime(dt.date(2015, 1, 1), "year")


# ------------------------------------------------------------------------ in a parsed sentence

NLP = spacy.blank("en")


def parse(spec: str, dates: list[tuple[int, int]]) -> Doc:
    """A Doc from ``word/dep/head/pos`` tokens (head: absolute index) with DATE entities."""
    rows = [t.rsplit("/", 3) for t in spec.split(" ")]
    doc = Doc(NLP.vocab, words=[r[0] for r in rows], deps=[r[1] for r in rows],
              heads=[int(r[2]) for r in rows], pos=[r[3] for r in rows])
    doc.ents = [Span(doc, a, b, label="DATE") for a, b in dates]
    return doc


CASES = [
    pytest.param(  # the time of the trigger's own verb
        "Russia/nsubj/1/PROPN invaded/ROOT/1/VERB Ukraine/dobj/1/PROPN in/prep/1/ADP "
        "2022/pobj/3/NUM ./punct/1/PUNCT", [(4, 5)], 1, EventTime(dt.date(2022, 1, 1), "year"),
        id="in-year"),
    pytest.param(
        "Turkey/nsubj/1/PROPN met/ROOT/1/VERB Greece/dobj/1/PROPN last/amod/4/ADJ "
        "week/npadvmod/1/NOUN ./punct/1/PUNCT", [(3, 5)], 1,
        EventTime(dt.date(2025, 7, 7), "week"), id="last-week"),
    pytest.param(  # "will": a bare weekday lies ahead
        "China/nsubj/2/PROPN will/aux/2/AUX meet/ROOT/2/VERB India/dobj/2/PROPN on/prep/2/ADP "
        "Monday/pobj/4/PROPN ./punct/2/PUNCT", [(5, 6)], 2,
        EventTime(dt.date(2025, 7, 21), "day"), id="future-weekday"),
    pytest.param(
        "Iran/nsubj/1/PROPN attacked/ROOT/1/VERB Israel/dobj/1/PROPN two/nummod/4/NUM "
        "years/npadvmod/5/NOUN ago/advmod/1/ADV ./punct/1/PUNCT", [(3, 6)], 1,
        EventTime(dt.date(2023, 1, 1), "year"), id="years-ago"),
    pytest.param(  # a noun trigger under a light verb: "held talks ... yesterday"
        "Putin/nsubj/1/PROPN held/ROOT/1/VERB talks/dobj/1/NOUN with/prep/2/ADP Xi/pobj/3/PROPN "
        "yesterday/npadvmod/1/NOUN ./punct/1/PUNCT", [(5, 6)], 2,
        EventTime(dt.date(2025, 7, 15), "day"), id="light-verb-noun"),
    pytest.param(  # a year inside the event noun: "the 2015 downing of the jet"
        "Moscow/nsubj/1/PROPN condemned/ROOT/1/VERB the/det/4/DET 2015/nummod/4/NUM "
        "downing/dobj/1/NOUN of/prep/4/ADP the/det/7/DET jet/pobj/5/NOUN ./punct/1/PUNCT",
        [(3, 4)], 4, EventTime(dt.date(2015, 1, 1), "year"), id="year-in-event-noun"),
    pytest.param(  # the date is the speaking's, not the attack's
        "The/det/1/DET minister/nsubj/2/NOUN said/ROOT/2/VERB on/prep/2/ADP Monday/pobj/3/PROPN "
        "that/mark/7/SCONJ Russia/nsubj/7/PROPN attacked/ccomp/2/VERB Ukraine/dobj/7/PROPN "
        "./punct/2/PUNCT", [(4, 5)], 7, None, id="date-of-the-speech-verb"),
    pytest.param(  # the date belongs to a relative clause's verb
        "Kyiv/nsubj/1/PROPN accused/ROOT/1/VERB Moscow/dobj/1/PROPN of/prep/1/ADP "
        "strikes/pobj/3/NOUN it/nsubj/6/PRON launched/relcl/4/VERB in/prep/6/ADP "
        "March/pobj/7/PROPN ./punct/1/PUNCT", [(8, 9)], 1, None, id="date-of-a-relative-clause"),
    pytest.param(  # no time expression at all
        "Chad/nsubj/1/PROPN expelled/ROOT/1/VERB French/amod/3/ADJ troops/dobj/1/NOUN "
        "./punct/1/PUNCT", [], 1, None, id="no-time"),
    pytest.param(  # an infinitive's time: "agreed on Tuesday to resume talks" -> talks undated
        "Turkey/nsubj/1/PROPN agreed/ROOT/1/VERB on/prep/1/ADP Tuesday/pobj/2/PROPN "
        "to/aux/5/PART resume/xcomp/1/VERB talks/dobj/5/NOUN ./punct/1/PUNCT", [(3, 4)], 6,
        None, id="time-of-the-governing-verb"),
]


@pytest.mark.parametrize(("spec", "dates", "trigger", "expected"), CASES)
def test_event_time_of_a_trigger(spec: str, dates: list, trigger: int,
                                 expected: EventTime | None) -> None:
    doc = parse(spec, dates)
    sent = doc[:]
    assert event_time(sent, doc[trigger], REF) == expected
    assert event_time_at(sent, doc[trigger].idx, REF) == expected


@pytest.mark.parametrize(("spec", "dates", "trigger", "expected"), CASES)
def test_event_time_at_a_given_token_is_what_the_walk_finds(spec: str, dates: list, trigger: int,
                                                             expected: EventTime | None) -> None:
    # the token handed in spares event_time_at the walk over the sentence, with the same answer
    # for every token, in the sentence or outside it
    doc = parse(spec, dates)
    for lo, hi in ((0, len(doc)), (0, len(doc) // 2), (len(doc) // 2, len(doc))):
        sent = doc[lo:hi]
        for tok in doc:
            walked = event_time_at(sent, tok.idx, REF)
            assert event_time_at(sent, tok.idx, REF, token=tok) == walked
            assert event_time_at(sent, tok.idx, REF, time_spans(sent), tok) == walked


@pytest.mark.parametrize(("text", "found"), [
    ("Russia invaded Ukraine in 2022, the minister said on Monday.", ["2022", "on Monday"]),
    ("Putin met Xi two years ago in Beijing.", ["two years ago"]),
    ("The 2015 downing of a jet angered Moscow.", ["2015"]),
    ("Talks in May 2024, on 3 March and on March 4, 2023.", ["May 2024", "3 March",
                                                            "March 4, 2023"]),
    ("Last week officials met, and earlier this month too.", ["Last week",
                                                              "earlier this month"]),
    ("Thursday night attacks hit the port.", ["Thursday night"]),
    ("The talks may resume; rebels may march on the capital.", []),  # modal and verb
    ("The army sent 2000 troops.", []),  # a number, not a year
    ("The war lasted from 1998 to 2000 and sanctions stay until 2030.", []),  # periods
])
def test_time_expressions_are_found_without_a_named_entity_recogniser(text, found) -> None:
    doc = NLP(text)  # a blank pipeline: no entities at all
    assert [s.text for s in time_spans(doc[:])] == found


def test_no_trigger_no_event_time() -> None:
    doc = parse("Russia/nsubj/1/PROPN invaded/ROOT/1/VERB Ukraine/dobj/1/PROPN in/prep/1/ADP "
                "2022/pobj/3/NUM", [(4, 5)])
    assert event_time(doc[:], None, REF) is None
    assert event_time_at(doc[:], None, REF) is None


@pytest.mark.parametrize("text", [
    "Talks resumed on Thursday in Geneva.", "The summit of 12 March ended.", "Nothing here.",
    "Sept. 4 and the Marines", "a MAY meeting", "Wednesdays and Sundays", "", "Mar",
])
def test_the_name_searches_find_what_a_test_per_name_finds(text: str) -> None:
    from geokg.timex import _name_cues, _name_searches

    for names, search in zip(_name_cues(), _name_searches(), strict=True):
        assert (search.search(text) is not None) == any(name in text for name in names)
