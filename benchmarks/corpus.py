"""A benchmark corpus of distinct text: no paragraph occurs twice.

``build_corpus(samples, words)`` returns the sample documents (each paragraph once), then
documents written from the templates below until the corpus holds ``words`` words. The templates
are ours: sentences of international news with varied actors (states by name, demonym and
capital; organisations; persons with and without titles, known to the gazetteer or not), varied
relation verbs, negation, reported speech and hedges, and plain sentences naming no actor
(markets, weather, sport), in documents of two to fourteen sentences. Every generated paragraph
is checked against all earlier ones and rewritten when it repeats one, so a cache of documents
or paragraphs cannot make the benchmark look faster than it is.

``sample_documents()`` reads the bundled sample articles and our own evaluation texts
(``data/samples``, ``data/eval/articles_gold.jsonl``, ``data/eval/dev_gold.jsonl``); other
folders can be given (``--samples DIR`` of the benchmarks).
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIRS = (ROOT / "data" / "samples",)
EVAL_FILES = (ROOT / "data" / "eval" / "articles_gold.jsonl", ROOT / "data" / "eval" / "dev_gold.jsonl")

# (name, demonym, capital)
STATES = [
    ("Turkiye", "Turkish", "Ankara"), ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Poland", "Polish", "Warsaw"),
    ("China", "Chinese", "Beijing"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"), ("Egypt", "Egyptian", "Cairo"), ("Qatar", "Qatari", "Doha"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Sudan", "Sudanese", "Khartoum"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Kenya", "Kenyan", "Nairobi"),
    ("Nigeria", "Nigerian", "Abuja"), ("Brazil", "Brazilian", "Brasilia"),
    ("Venezuela", "Venezuelan", "Caracas"), ("Colombia", "Colombian", "Bogota"),
    ("Mexico", "Mexican", "Mexico City"), ("the United States", "American", "Washington"),
    ("Britain", "British", "London"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Armenia", "Armenian", "Yerevan"), ("Georgia", "Georgian", "Tbilisi"),
    ("Kazakhstan", "Kazakh", "Astana"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("the Philippines", "Philippine", "Manila"), ("South Korea", "South Korean", "Seoul"),
    ("North Korea", "North Korean", "Pyongyang"), ("Serbia", "Serbian", "Belgrade"),
    ("Hungary", "Hungarian", "Budapest"), ("Mali", "Malian", "Bamako"), ("Chad", "Chadian", "N'Djamena"),
    ("Algeria", "Algerian", "Algiers"), ("Morocco", "Moroccan", "Rabat"),
]
ORGS = ["NATO", "the European Union", "the United Nations", "the African Union", "ASEAN",
        "the IAEA", "the World Bank", "the IMF", "ECOWAS", "the Arab League", "OPEC"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "envoy",
          "ambassador", "Interior Minister", "Finance Minister", "army chief", "spokesman"]
GIVEN = ["Anna", "Pavel", "Mehmet", "Li", "Amir", "Sofia", "Kwame", "Lucia", "Tomasz", "Aiko",
         "Farid", "Elena", "Javier", "Nadia", "Omar", "Ingrid", "Ravi", "Hana", "Diego", "Selin"]
FAMILY = ["Kowalski", "Haddad", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Petrenko", "Rahimi",
          "Castillo", "Yilmaz", "Banerjee", "Mensah", "Novak", "Fischer", "Alvarez", "Sato",
          "Karimov", "Dubois", "Ivanova", "Mwangi"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "last week", "earlier this month", "overnight", "late on Tuesday"]
NUMBERS = ["two", "three", "five", "a dozen", "20", "45", "several", "hundreds of", "1,200"]

# {A}, {B}: a state, organisation or titled person; {a}, {b}: demonyms; {ca}, {cb}: capitals;
# {P}: a person named in full; {day}, {n}: a time and a number
RELATION_TEMPLATES = [
    "{A} accused {B} of violating the ceasefire {day}.",
    "{A} and {B} signed an agreement to expand trade and energy cooperation {day}.",
    "{A} imposed new sanctions on {B}'s banks and oil exports.",
    "{A} said it would not recognise {B}'s claims to the disputed islands.",
    "{P}, the {a} {title}, met his {b} counterpart in {cb} {day} to discuss border security.",
    "{A} launched {n} drones at targets in {B}, the {b} military said.",
    "{A} rejected {B}'s proposal for a new round of talks.",
    "{A} threatened to cut gas supplies to {B} if the dispute was not settled.",
    "{A} offered {B} emergency aid after the floods.",
    "{ca} summoned {b} diplomats to protest against the arrest of its citizens.",
    "{A} called on {B} to release the detained journalists.",
    "{A} has not ruled out military action against {B}, officials in {ca} said.",
    "{A} and {B} agreed to restore direct flights after a {n}-year pause.",
    "The {a} foreign ministry condemned {B}'s decision to expel its ambassador.",
    "{A} pledged to support {B}'s bid to join {O}.",
    "{A} may send troops to help {B} fight the insurgency, according to a draft plan.",
    "{A} denied that it had supplied weapons to {B}.",
    "{a} and {b} officials held talks in {ca} {day}.",
    "{A} warned {B} against any attempt to change the status quo by force.",
    "{A} deployed {n} warships near {B}'s coast {day}.",
    "{P} said {A} would never accept {B}'s demands.",
    "{O} urged {A} and {B} to show restraint.",
    "{A} welcomed {B}'s decision to free the prisoners.",
    "{A} and {B} are close allies and share intelligence on militant groups.",
    "{A} suspended military cooperation with {B} {day}.",
    "{A} is expected to host {B}'s leader for a state visit next month.",
    "{A} struck {b} positions with artillery, killing {n} soldiers.",
    "{A} asked {O} to mediate in its dispute with {B}.",
    "Tensions between {A} and {B} have risen since the election.",
    "{A} recalled its ambassador from {cb} for consultations.",
]
NEUTRAL_TEMPLATES = [
    "Oil prices rose {n} percent {day} as traders weighed supply worries.",
    "Heavy rain flooded streets in {ca}, and schools were closed {day}.",
    "The central bank left its main interest rate unchanged at {n} percent.",
    "Shares in technology companies fell sharply in early trading.",
    "The national football team won its qualifying match {day}.",
    "Officials said the investigation would take several months.",
    "The report was published {day} and has been widely shared online.",
    "Inflation slowed for the {n} month in a row, the statistics office said.",
    "A spokesperson declined to comment on the details of the plan.",
    "Thousands of people gathered in the main square of {ca} {day}.",
    "The ministry said {n} people had been injured in the accident.",
    "Farmers have complained about the price of fuel and fertiliser for months.",
    "Analysts expect the economy to grow by {n} percent next year.",
    "The festival in {ca} drew record crowds despite the heat.",
    "Power was restored to most homes by the evening.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _actor(rng: random.Random, state: tuple[str, str, str]) -> str:
    """The state by name or capital, a titled person of it, or an organisation."""
    kind = rng.random()
    name, demonym, capital = state
    if kind < 0.55:
        return name
    if kind < 0.7:
        return capital
    if kind < 0.85:
        return f"{demonym} {rng.choice(TITLES)} {_person(rng)}"
    return rng.choice(ORGS)


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.3:
        template = rng.choice(NEUTRAL_TEMPLATES)
    else:
        template = rng.choice(RELATION_TEMPLATES)
    a, b = rng.sample(STATES, 2)
    a_dem, a_cap, b_dem, b_cap = a[1], a[2], b[1], b[2]
    text = template.format(
        A=_actor(rng, a), B=_actor(rng, b),
        a=a_dem, b=b_dem, ca=a_cap, cb=b_cap, P=_person(rng), O=rng.choice(ORGS),
        title=rng.choice(TITLES).lower(), day=rng.choice(DAYS), n=rng.choice(NUMBERS),
    )
    return text[0].upper() + text[1:]


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))


def sample_documents(dirs: tuple[Path, ...] = SAMPLE_DIRS, eval_files: tuple[Path, ...] = EVAL_FILES) -> list[Any]:
    """The sample articles in ``dirs`` and the texts of ``eval_files`` as geokg Documents."""
    from geokg.models import Document
    from geokg.readers import read_inputs

    docs: list[Any] = []
    for folder in dirs:
        if folder.is_dir():
            docs += [d for d in read_inputs([str(folder)]) if isinstance(d, Document)]
    for path in eval_files:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                docs.append(Document(id=rec["doc_id"], text=rec["text"], date=rec.get("date")))
    docs = [d for d in docs if d.text.split()]
    if not docs:
        raise SystemExit(f"no sample articles found in {', '.join(map(str, dirs))}")
    return docs


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in text.split("\n\n")]
    parts = [p for p in parts if p]
    if len(parts) < 3:  # one paragraph per line
        parts = [p.strip() for p in text.splitlines() if p.strip()]
    return parts


def build_corpus(samples: list[Any], words: int, seed: int = 7) -> list[Any]:
    """Distinct documents of at least ``words`` words in all: the samples (each paragraph once),
    then documents written from the templates. No paragraph occurs twice."""
    from geokg.models import Document

    rng = random.Random(seed)
    seen: set[bytes] = set()

    def fresh(paragraph: str) -> bool:
        digest = hashlib.sha256(" ".join(paragraph.split()).encode()).digest()
        if digest in seen:
            return False
        seen.add(digest)
        return True

    corpus, total = [], 0
    for document in samples:
        kept = [p for p in paragraphs(document.text) if fresh(p)]
        if kept and total < words:
            text = "\n\n".join(kept)
            corpus.append(document.model_copy(update={"id": f"bench-{len(corpus)}", "text": text}))
            total += len(text.split())
    while total < words:
        size = rng.choice((1, 2, 2, 3, 4, 5, 6))
        paras: list[str] = []
        while len(paras) < size:
            p = _paragraph(rng)
            if fresh(p):
                paras.append(p)
        text = "\n\n".join(paras)
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        corpus.append(Document(id=f"gen-{len(corpus)}", text=text, date=date))
        total += len(text.split())
    return corpus


def repeated_paragraph_share(corpus: list[Any]) -> float:
    """The share of paragraphs that repeat an earlier one (0.0 for a corpus of distinct text)."""
    seen: set[str] = set()
    total = repeats = 0
    for document in corpus:
        for p in paragraphs(document.text):
            key = " ".join(p.split())
            total += 1
            repeats += key in seen
            seen.add(key)
    return repeats / total if total else 0.0
