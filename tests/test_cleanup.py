"""Page clean-up: text repair, dates, furniture removal, multi-article splitting, language, chunks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geokg.cleanup import (
    chunk_text,
    clean_page,
    clean_record_text,
    dateline_date,
    english_ratio,
    find_page_date,
    looks_english,
    normalise_text,
    parse_date,
)

PAGES = Path(__file__).parent / "data" / "pages"
REF = dt.date(2025, 7, 14)


# ------------------------------------------------------------------------------ text repair


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Trump´s envoy", "Trump's envoy"),  # acute accent used as an apostrophe
        ("the Trump administration´s policy", "the Trump administration's policy"),
        ("CafÃ© owners", "Café owners"),  # UTF-8 read as Latin-1
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("a\u00a0b\u2009c  d\t e", "a b c d e"),
        ("zero\u200bwidth\x07 bell", "zerowidth bell"),
        ("  padded  \n  lines  ", "padded\nlines"),
        ("‘Major Statement' stays", "‘Major Statement' stays"),  # curly quotes are kept
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_normalise_text_keeps_accents_that_are_not_apostrophes() -> None:
    assert normalise_text("José Mujica said ´quoted´") == "José Mujica said ´quoted´"


# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("3 days ago", dt.date(2025, 7, 11)),
        ("an hour ago", REF),
        ("20 minutes ago", REF),
        ("5 hours ago", REF),
        ("yesterday", dt.date(2025, 7, 13)),
        ("Yesterday", dt.date(2025, 7, 13)),
        ("two weeks ago", dt.date(2025, 6, 30)),
        ("a month ago", dt.date(2025, 6, 14)),
        ("1 year ago", dt.date(2024, 7, 14)),
        ("today", REF),
        ("2025-03-18", dt.date(2025, 3, 18)),
        ("2025-03-18T09:40:00Z", dt.date(2025, 3, 18)),
        ("July 4, 2025", dt.date(2025, 7, 4)),
        ("Jul. 4, 2025 10:32 AM", dt.date(2025, 7, 4)),
        ("4 July 2025", dt.date(2025, 7, 4)),
        ("Friday, 4th of July, 2025", dt.date(2025, 7, 4)),
        ("Mon 14 July 2025 10:32 GMT", dt.date(2025, 7, 14)),
    ],
)
def test_parse_date(expr: str, expected: dt.date) -> None:
    assert parse_date(expr, REF) == expected


@pytest.mark.parametrize(
    "expr",
    [
        "",
        "soon",
        "3 days",
        "the day after tomorrow",
        "2025-13-40",
        "February 30, 2025",
        "Russia attacked Ukraine 3 days ago",
        "x" * 500,
    ],
)
def test_parse_date_rejects_what_is_not_a_date(expr: str) -> None:
    assert parse_date(expr, REF) is None


def test_relative_dates_need_a_reference() -> None:
    assert parse_date("3 days ago") is None
    assert parse_date("July 4, 2025") == dt.date(2025, 7, 4)


def test_find_page_date_reads_a_dateline_near_the_top() -> None:
    page = "Menu\nPublished: March 3, 2025\nTitle of the story\nBody text that follows here."
    assert find_page_date(page) == dt.date(2025, 3, 3)
    assert find_page_date("No dates here.\nNone at all.") is None


# ------------------------------------------------------------------------ multi-article pages

# Same structure as a scraped aggregator page: a logo line, a duplicated title, "<outlet><time>"
# glued together, a short link, a pull quote and a byline inside the body, an author bio with a
# social handle, widgets, "Related Articles" and more articles under "time<N> ... ago" headers,
# an inline "Short link : Post Views: N" trailer, and an app advert at the end.
AGGREGATOR = (PAGES / "aggregator_page.txt").read_text(encoding="utf-8")

FURNITURE = [
    "site logo",
    "Menu",
    "Home",
    "World",
    "Blue background",
    "Share this article",
    "Comments",
    "No comments yet...",
    "Related Articles",
    "Trending Stories",
    "Quiet week ahead for markets",
    "DOWNLOAD THE APP",
    "Get Started Now: Download the App",
    "app-storeplay-store",
    "Ready to read the world's news in one place?",
    "Ana Torres",
    "X: @anatorres_news",
    "Short link",
    "Post Views",
    "https://andes-monitor.example.org/r/8k2j",
    "timean hour ago",
    "time5 hours ago",
    "Andes Monitor2 days ago",
    "•",
]


@pytest.fixture(scope="module")
def aggregator() -> list:
    return clean_page(normalise_text(AGGREGATOR), page_date=REF)


def test_aggregator_page_is_split_into_its_articles(aggregator: list) -> None:
    assert [(a.title, a.outlet, a.date) for a in aggregator] == [
        (
            "Chile and Argentina settle fishing dispute after months of talks",
            "Andes Monitor",
            dt.date(2025, 7, 12),
        ),
        ("Vietnam and Indonesia agree to boost maritime cooperation", "Mekong Post", REF),
        ("Morocco recalls ambassador from Algeria", "Maghreb Daily", REF),
    ]
    assert aggregator[0].url == "https://andes-monitor.example.org/r/8k2j"
    assert aggregator[0].author == "Ana Torres"


def test_articles_start_and_end_where_their_text_does(aggregator: list) -> None:
    first, second, third = (a.text for a in aggregator)
    assert first.startswith("Chile and Argentina signed an agreement on Saturday")
    assert first.endswith("extend the commission's work to environmental protection.")
    assert second.startswith("Vietnam and Indonesia agreed on Monday")
    assert second.endswith("a frequent source of friction with China.")
    assert third.startswith("Morocco recalled its ambassador")
    assert third.endswith("any improvement in relations.")
    assert first.count("\n\n") == 3  # four paragraphs, the pull quote and byline removed


@pytest.mark.parametrize("furniture", FURNITURE)
def test_no_furniture_reaches_any_article(aggregator: list, furniture: str) -> None:
    for article in aggregator:
        for line in article.text.split("\n"):
            assert furniture.lower() not in line.lower()


def test_pull_quote_is_dropped_but_its_sentence_kept(aggregator: list) -> None:
    quote = (
        "Argentina had accused Chilean vessels last year of entering its waters without permission"
    )
    assert aggregator[0].text.count(quote) == 1
    assert quote + "," in aggregator[0].text


def test_headlines_are_not_repeated_in_the_text(aggregator: list) -> None:
    for article in aggregator:
        assert article.title not in article.text


def test_relative_dates_without_reference_use_the_fallback() -> None:
    arts = clean_page(normalise_text(AGGREGATOR), fallback_date=dt.date(2024, 1, 10))
    assert [a.date for a in arts] == [
        dt.date(2024, 1, 8),
        dt.date(2024, 1, 10),
        dt.date(2024, 1, 10),
    ]


def test_split_false_keeps_one_article() -> None:
    arts = clean_page(normalise_text(AGGREGATOR), page_date=REF, split=False)
    assert len(arts) == 1
    assert "Morocco recalled its ambassador" in arts[0].text


def test_teasers_without_body_are_not_articles() -> None:
    body = " ".join(
        ["Sentence number {} of a long enough article about talks.".format(i) for i in range(12)]
    )
    page = "\n".join(
        [
            "First story title",
            "Outlet One",
            "time2 hours ago",
            body,
            "",
            "Teaser headline one",
            "Outlet Two",
            "time3 hours ago",
            "",
            "Teaser headline two",
            "Outlet Three",
            "time4 hours ago",
        ]
    )
    arts = clean_page(page, page_date=REF)
    assert [a.title for a in arts] == ["First story title"]
    assert "Teaser" not in arts[0].text


def test_a_lone_date_inside_a_text_does_not_split_it() -> None:
    paras = [
        f"Paragraph {i} says that the ministers met again and agreed on a plan." for i in range(20)
    ]
    page = "\n".join(paras[:15] + ["Yesterday"] + paras[15:])
    arts = clean_page(page, page_date=REF)
    assert len(arts) == 1
    assert arts[0].text.startswith("Paragraph 0")


# ------------------------------------------------------------------------------ single pages


def test_metadata_header_of_the_sample_format() -> None:
    page = (
        "Kenya to host Sudan talks\n"
        "Outlet: Horn Report | Date: 2025-05-01 | URL: https://example.org/x\n\n"
        "Kenya will host talks between the two sides, President William Ruto said.\n\n"
        "Ruto urged both sides to agree to a ceasefire."
    )
    (art,) = clean_page(page)
    assert (art.title, art.outlet, art.date, art.url) == (
        "Kenya to host Sudan talks",
        "Horn Report",
        dt.date(2025, 5, 1),
        "https://example.org/x",
    )
    assert art.text.startswith("Kenya will host talks")


def test_plain_text_without_header_is_kept_whole() -> None:
    text = "Turkey condemned the strike.\nIran rejected the accusation."
    (art,) = clean_page(text)
    assert art.text == "Turkey condemned the strike.\n\nIran rejected the accusation."
    assert art.title is None and art.date is None


def test_one_line_without_period_is_not_lost() -> None:
    (art,) = clean_page("Turkey condemned Iran's strike")
    assert art.text == "Turkey condemned Iran's strike"


def test_title_byline_and_date_lines_at_the_top() -> None:
    page = "\n".join(
        [
            "Japan and the Philippines sign defence pact",
            "Pacific Wire",
            "May 2, 2025",
            "By Maria Santos",
            "Japan and the Philippines signed a reciprocal access agreement on Friday, officials said.",
            "China criticised the agreement.",
        ]
    )
    (art,) = clean_page(page)
    assert (art.title, art.outlet, art.date, art.author) == (
        "Japan and the Philippines sign defence pact",
        "Pacific Wire",
        dt.date(2025, 5, 2),
        "By Maria Santos",
    )
    assert art.text.startswith("Japan and the Philippines signed")


def test_record_text_keeps_subheadings_and_drops_widgets() -> None:
    text = "First paragraph of the story.\n\nGrowing Frustration\n\nSecond one. Short link : Post Views: 11\nAdvertisement"
    assert (
        clean_record_text(text)
        == "First paragraph of the story.\n\nGrowing Frustration\n\nSecond one."
    )


# -------------------------------------------------------------------------------- language

ENGLISH = (
    "The foreign ministers of the two countries said on Tuesday that they would resume talks "
    "on the border dispute, which has strained relations between them for years."
)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement français a annoncé mardi une nouvelle hausse du budget de la défense, selon le "
        "ministre des armées, qui a déclaré que la menace russe était durable pour toute l'Europe.",
        "Die Bundesregierung hat am Dienstag eine weitere Erhöhung des Verteidigungshaushalts beschlossen, "
        "teilte das Ministerium mit, nachdem die Nato-Staaten sich auf neue Ziele geeinigt hatten.",
        "El gobierno español anunció el martes que no cumplirá el nuevo objetivo de gasto militar de la "
        "alianza, según dijo el presidente del gobierno en una rueda de prensa en Madrid.",
        "Il governo italiano ha annunciato martedì un nuovo aumento del bilancio della difesa, secondo il "
        "ministro, che ha detto che la minaccia russa è duratura per tutta l'Europa.",
        "O governo brasileiro anunciou na terça-feira um novo aumento do orçamento da defesa, segundo o "
        "ministro, que disse que a ameaça é duradoura para toda a região.",
        "Türkiye Dışişleri Bakanı Salı günü yaptığı açıklamada, Azerbaycan ile Rusya arasındaki gerginliğin "
        "diyalog yoluyla çözülmesi gerektiğini söyledi ve taraflara itidal çağrısında bulundu.",
        "Президент России заявил во вторник, что переговоры с Украиной будут продолжены в Стамбуле.",
        "中国外交部发言人周二表示，中方坚决反对美国向台湾出售武器。",
        "x" * 2000,
    ],
)
def test_non_english_is_detected(text: str) -> None:
    assert not looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Turkey condemned Iran.",
        "Gen. Somchai Wong resigned yesterday to allow Thailand's first democratic elections to take place in March.",
        "Japan's Deputy Foreign Minister visited Brazil today, becoming the highest ranking Japanese official to go there.",
        "Russia attacked Ukraine on Monday, officials said.",
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday "
        "and the two leaders discussed the war in Ukraine, trade and energy, the Kremlin said.",
    ],
)
def test_english_is_accepted(text: str) -> None:
    assert looks_english(text)


def test_english_ratio_counts_function_words() -> None:
    ratio, n = english_ratio("the cat and the dog")
    assert n == 5 and ratio == pytest.approx(3 / 5)


# ---------------------------------------------------------------------------------- chunks


@pytest.mark.parametrize("max_chars", [50, 120, 1000])
def test_chunks_are_bounded_and_lose_no_words(max_chars: int) -> None:
    text = "\n\n".join(ENGLISH for _ in range(8)) + " " + "y" * 300
    pieces = chunk_text(text, max_chars)
    assert all(0 < len(p) <= max_chars for p in pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


def test_chunks_prefer_sentence_ends() -> None:
    text = " ".join(f"Sentence {i} is here." for i in range(100))
    pieces = chunk_text(text, 200)
    assert all(p.endswith(".") for p in pieces)


def _body(n: int) -> str:
    return " ".join(
        f"Officials from country {n} said the talks on trade made progress on day {i}."
        for i in range(6)
    )


def test_other_header_styles_split_too() -> None:
    page = "\n".join(
        [
            "Skip to content",
            "Subscribe",
            "Top story one about talks",
            "Reuters • 2 hours ago",
            _body(1),
            "Advertisement",
            "",
            "Second headline without date",
            "Second headline without date",
            _body(2),
            "",
            "Third story | wire",
            "By Staff Writer | Jul 10, 2025 10:32 AM",
            _body(3),
            "Read more:",
            "Copyright 2025 Some Site. All rights reserved.",
        ]
    )
    arts = clean_page(page, page_date=REF)
    assert [(a.title, a.outlet, a.date, a.author) for a in arts] == [
        ("Top story one about talks", "Reuters", REF, None),
        ("Second headline without date", None, None, None),
        ("Third story | wire", None, dt.date(2025, 7, 10), "By Staff Writer"),
    ]
    assert [a.text for a in arts] == [_body(1), _body(2), _body(3)]


@pytest.mark.parametrize(
    ("header", "outlet", "date"),
    [
        (["Al Jazeera", "·", "1 hour ago"], "Al Jazeera", REF),
        (["5 hours ago — Reuters"], "Reuters", REF),
        (["Daily Planet · 3h ago"], "Daily Planet", REF),
        (["Updated 12 July 2025, 10:32 BST"], None, dt.date(2025, 7, 12)),
        (["The Wire", "July 11, 2025 at 3:45 p.m. EDT"], "The Wire", dt.date(2025, 7, 11)),
        (["Posted 2d ago"], None, dt.date(2025, 7, 12)),
    ],
)
def test_header_variants(header: list[str], outlet: str | None, date: dt.date) -> None:
    page = "\n".join(
        ["Opening headline here"]
        + header
        + [_body(1), "", "Another headline", "Agency X", "time4 hours ago", _body(2)]
    )
    arts = clean_page(page, page_date=REF)
    assert [(a.title, a.outlet, a.date) for a in arts] == [
        ("Opening headline here", outlet, date),
        ("Another headline", "Agency X", REF),
    ]
    assert arts[0].text == _body(1)


@pytest.mark.parametrize(
    "line",
    [
        "The ceasefire took effect on July 14, 2025",
        "He said it happened 3 days ago",
        "talks resumed yesterday",
        "Officials met in Geneva on 2025-07-01",
    ],
)
def test_sentences_ending_in_a_date_do_not_start_articles(line: str) -> None:
    page = "\n".join(
        ["A headline", "Reuters", "time2 hours ago", _body(1), "Short title line", line, _body(2)]
    )
    arts = clean_page(page, page_date=REF)
    assert len(arts) == 1 and line in arts[0].text


def test_outlet_above_the_title_and_author_between() -> None:
    page = "\n".join(
        [
            "Skip to main content",
            "Sign in",
            "Yahoo News",
            "Israel and Hamas agree to new Gaza truce talks",
            "By Jane Doe",
            "Mon, July 14, 2025 at 3:45 PM UTC",
            "3 min read",
            _body(1),
            "Continue reading",
            "",
            "Quiet week ahead",
            "Second real headline is here",
            "Leaders",
            "5 hours ago",
            _body(2),
        ]
    )
    arts = clean_page(page, page_date=dt.date(2025, 7, 15))
    assert [(a.title, a.outlet, a.date, a.author) for a in arts] == [
        ("Israel and Hamas agree to new Gaza truce talks", "Yahoo News", REF, "By Jane Doe"),
        ("Second real headline is here", "Leaders", dt.date(2025, 7, 15), None),
    ]
    assert [a.text for a in arts] == [_body(1), _body(2)]


@pytest.mark.parametrize(
    "line",
    [
        "Topics discussed included trade and security.",
        "Copyright disputes between the firms grew.",
        "Watch the border closely, the minister told troops.",
        "Live fire drills began on Monday.",
        "News of the deal spread fast.",
        "Home Secretary Yvette Cooper met French officials.",
    ],
)
def test_sentences_that_start_like_furniture_are_kept(line: str) -> None:
    assert line in clean_record_text(f"First sentence here.\n{line}\nLast sentence here.")
    (art,) = clean_page(f"{_body(1)}\n{line}\n{_body(2)}")
    assert line in art.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, July 14 (Reuters) - The US said", REF),
        ("KYIV, 14 July 2025 (AFP) -- Russia fired", REF),
        ("ANKARA, Turkey, Dec. 3 (AP) — Turkey said", dt.date(2024, 12, 3)),  # after REF: last year
        ("BEIRUT, June 30 - Israel", dt.date(2025, 6, 30)),
        ("Officials said, July 14 - nothing", None),
        ("The talks resumed on July 14 in Geneva.", None),
    ],
)
def test_dateline_date(text: str, expected: dt.date | None) -> None:
    assert dateline_date(text, REF) == expected


def test_dateline_without_year_needs_a_reference() -> None:
    assert dateline_date("WASHINGTON, July 14 (Reuters) - x") is None
    assert dateline_date("KYIV, 14 July 2025 (AFP) - x") == REF


@pytest.mark.parametrize(
    "caption",
    [
        "Turkish President Erdogan speaks in Ankara on Monday. (AFP)",
        "Smoke rises over the city after the strike / Reuters",
        "The two leaders shake hands (Photo: Anadolu Agency)",
    ],
)
def test_photo_captions_are_furniture(caption: str) -> None:
    (art,) = clean_page(f"{_body(1)}\n{caption}\n{_body(2)}")
    assert caption not in art.text and _body(2) in art.text


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
        "Erdoğan met Aliyev in Bakü on Monday.",
        "Lt. Gen. Kofi Mensah resigned on Friday to clear the way for Ghana's elections.",
    ],
)
def test_short_english_news_sentences_are_english(text):
    assert looks_english(text)
