"""Document dates from the top of a text: datelines, bylines and header lines (geokg.dates).

Every example is written for these tests, in the style of a kind of outlet; none is copied.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from geokg.cli import main
from geokg.dates import read_date, top_date
from geokg.errors import UsageError
from geokg.models import Document
from geokg.readers import read_inputs

REF = dt.date(2025, 8, 1)
BODY = ("The foreign minister met her counterpart to discuss the border crossing, officials "
        "said after the talks in the capital ended without a joint statement.")

#: (style, text opening, date read with REF as the reference date)
STYLES = [
    ("wire, year-less", f"WASHINGTON, May 31 (Reuters) - {BODY}", dt.date(2025, 5, 31)),
    ("wire with year", f"KYIV, 14 July 2025 (AFP) -- {BODY}", dt.date(2025, 7, 14)),
    ("press release", f"Washington, D.C., February 19, 2025 – {BODY}", dt.date(2025, 2, 19)),
    ("colon dateline", f"NEW DELHI: Sunday, 13 July 2025. {BODY}", dt.date(2025, 7, 13)),
    ("agency between slashes", f"MOSCOW, July 14. /TASS/. {BODY}", dt.date(2025, 7, 14)),
    ("byline with bar", f"By Jane Doe | May 31, 2016\n{BODY}", dt.date(2016, 5, 31)),
    ("byline run into text", f"By Reuters May 31, 2016 {BODY}", dt.date(2016, 5, 31)),
    ("labelled header", f"Published 14 July 2025\n{BODY}", dt.date(2025, 7, 14)),
    ("updated with clock", f"Updated 10:32 AM EDT, Mon July 14, 2025\n{BODY}",
     dt.date(2025, 7, 14)),
    ("slashed header parts", f"July 14, 2025 / 10:32 AM / Updated 2 hours ago\n{BODY}",
     dt.date(2025, 7, 14)),
    ("newspaper timestamp", f"Mon 14 Jul 2025 10.32 BST\n{BODY}", dt.date(2025, 7, 14)),
    ("numeric, day first", f"Posted on 14/07/2025\n{BODY}", dt.date(2025, 7, 14)),
    ("ISO timestamp", f"Last updated: 2025-07-14T10:32:00Z\n{BODY}", dt.date(2025, 7, 14)),
    ("byline then label", f"By JANE DOE and JOHN ROE\nPublished: March 3, 2024 at 5:01 p.m. ET\n"
     f"{BODY}", dt.date(2024, 3, 3)),
    ("agency byline with bullet", f"By Jane Doe, Associated Press • Jul 14, 2025\n{BODY}",
     dt.date(2025, 7, 14)),
    ("ordinal day", f"Thursday 3rd of April, 2025\n{BODY}", dt.date(2025, 4, 3)),
]


@pytest.mark.parametrize(("style", "text", "expected"), STYLES, ids=[s[0] for s in STYLES])
def test_top_of_text_dates_in_outlet_styles(style: str, text: str, expected: dt.date) -> None:
    assert top_date(text, REF) == expected


def test_year_less_dateline_needs_a_reference_and_never_lies_in_the_future() -> None:
    text = f"WASHINGTON, May 31 (Reuters) - {BODY}"
    assert top_date(text) is None
    assert top_date(text, dt.date(2025, 3, 1)) == dt.date(2024, 5, 31)


@pytest.mark.parametrize("text", [
    BODY,
    f"The talks ended on May 3, 2024 - officials said. {BODY}",  # a date inside a sentence
    f"LONDON — The prime minister said on Monday, June 2, 2025 that {BODY}",
    f"BEIJING (AP) — {BODY}",  # a dateline without a date
    f"{BODY}\n{BODY}\nPublished 14 July 2025",  # too far down to be the header
])
def test_no_date_is_made_up(text: str) -> None:
    assert top_date(text, REF) is None


def test_ambiguous_numeric_dates_need_an_order() -> None:
    assert read_date("03/04/2025") is None
    assert read_date("03/04/2025", order="DMY") == dt.date(2025, 4, 3)
    assert read_date("03/04/2025", order="MDY") == dt.date(2025, 3, 4)
    assert read_date("25.12.2024") == dt.date(2024, 12, 25)
    assert read_date("04/04/2025") == dt.date(2025, 4, 4)
    with pytest.raises(UsageError):
        read_date("03/04/2025", order="YDM")


def test_dateparser_fallback_reads_other_spellings_and_nothing_vague() -> None:
    assert read_date("Monday 14th of July 2025 at 10:32") == dt.date(2025, 7, 14)
    assert read_date("Jul. 14th 2025 10:32 a.m.") == dt.date(2025, 7, 14)
    assert read_date("Sometime in 2025") is None
    assert read_date("July 2025") is None  # no day: not a document date


def _docs(path: Path, **kw: object) -> list[Document]:
    return [d for d in read_inputs([str(path)], **kw) if isinstance(d, Document)]


def test_text_files_take_their_dateline_date_and_never_the_file_time(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(f"By Reuters May 31, 2016\n{BODY}\n", encoding="utf-8")
    g = tmp_path / "undated.txt"
    g.write_text(BODY + "\n", encoding="utf-8")
    for p in (f, g):
        os.utime(p, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    assert _docs(f)[0].date == dt.date(2016, 5, 31)
    assert _docs(f, date=REF)[0].date == dt.date(2016, 5, 31)  # stated beats --date
    assert _docs(g)[0].date is None
    assert _docs(g, date_from_file_time=True)[0].date == dt.date.fromtimestamp(1_700_000_000)


def test_a_dated_byline_is_not_taken_for_the_title(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(f"By Staff Writer | May 31, 2016\n{BODY}\n", encoding="utf-8")
    [d] = _docs(f)
    assert (d.title, d.date) == (None, dt.date(2016, 5, 31))
    g = tmp_path / "titled.txt"
    g.write_text(f"Talks on the border crossing end without a deal\nPublished 14 July 2025\n"
                 f"{BODY}\n", encoding="utf-8")
    [d] = _docs(g)
    assert (d.title, d.date) == ("Talks on the border crossing end without a deal",
                                 dt.date(2025, 7, 14))


def test_records_use_the_dateline_when_they_have_no_date_field(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": f"KYIV, 14 July 2025 (AFP) -- {BODY}"}) + "\n"
                   + json.dumps({"id": "b", "text": BODY}) + "\n", encoding="utf-8")
    assert [d.date for d in _docs(src)] == [dt.date(2025, 7, 14), None]


def test_cli_warns_about_undated_documents(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    g = tmp_path / "undated.txt"
    g.write_text(BODY + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", "-q", str(g)])
    out, err = capsys.readouterr()
    assert exc.value.code == 0
    assert {json.loads(ln)["evidence"]["date"] for ln in out.splitlines()} <= {None}
    warning = [ln for ln in err.splitlines() if "no date" in ln]
    assert len(warning) == 1 and "1 document" in warning[0] and "--date" in warning[0]
    with pytest.raises(SystemExit):
        main(["extract", "-q", "--date", "2025-07-14", str(g)])
    assert "no date" not in capsys.readouterr().err
