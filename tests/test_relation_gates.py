"""The relation pass's speed gates answer what the plain computations answer (hand-built Docs)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.lang.en import English
from spacy.vocab import Vocab

from geokg.relations.phrase_gate import PhraseGate

PATTERNS = [
    [{"LOWER": {"IN": ["phone", "video"]}}, {"LEMMA": "call"}],
    [{"LEMMA": "shake"}, {"LOWER": "hands"}, {"LOWER": "with"}],
    [{"LOWER": "close"}, {"LOWER": "strategic", "OP": "?"}, {"LEMMA": {"IN": ["tie", "bond"]}}],
    [{"LEMMA": "warning"}, {"LOWER": "to"}, {"OP": "{1,3}"}, {"LOWER": "against"}],
]

# (words, lemmas) of sentences we wrote; lemmas lowercased as the lemmatizer gives them
SENTENCES = [
    ("Kenya and Uganda held a phone call on Monday .", None),
    ("The leaders shook hands with each other and spoke of close strategic ties .",
     "the leader shake hand with each other and speak of close strategic tie ."),
    ("Rwanda issued a warning to its neighbour Burundi against any incursion .",
     "rwanda issue a warning to its neighbour burundi against any incursion ."),
    ("Nothing here can begin a phrase at all .", None),
    ("Close ties , video calls and a warning to all against war .",
     "close tie , video call and a warning to all against war ."),
    ("The phone lines were down and the video link failed .",
     "the phone line be down and the video link fail ."),
    ("A warning shot , then a phone call with Accra .",
     "a warning shot , then a phone call with accra ."),
]


def _doc(vocab: Vocab, words: str, lemmas: str | None) -> Doc:
    ws = words.split()
    return Doc(vocab, words=ws, lemmas=(lemmas or words.lower()).split())


def _matcher(vocab: Vocab, patterns: list) -> Matcher:
    matcher = Matcher(vocab)
    for n, p in enumerate(patterns):
        matcher.add(f"p{n}", [p])
    return matcher


def _windowed(gate: PhraseGate, matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    return [(m, s + lo, e + lo) for lo, hi in gate.windows(doc) for m, s, e in matcher(doc[lo:hi])]


@pytest.mark.parametrize("words,lemmas", SENTENCES)
def test_phrase_windows_hold_every_match_in_order(words, lemmas):
    vocab = English().vocab
    doc = _doc(vocab, words, lemmas)
    gate, matcher = PhraseGate(PATTERNS), _matcher(vocab, PATTERNS)
    found = matcher(doc)
    assert _windowed(gate, matcher, doc) == found
    assert bool(found) == (words not in (SENTENCES[3][0], SENTENCES[5][0]))


def test_phrase_windows_start_at_possible_first_tokens_and_merge():
    vocab = English().vocab
    gate = PhraseGate(PATTERNS)
    assert gate.width == 6  # the warning pattern: 1 + 1 + 3 + 1 tokens
    assert gate.windows(_doc(vocab, *SENTENCES[3])) == []
    # "phone" (5) opens a window of 6 tokens, cut at the end of the Doc
    assert gate.windows(_doc(vocab, *SENTENCES[0])) == [(5, 10)]
    # "shook" (2, lemma "shake") and "close" (10): two windows apart
    assert gate.windows(_doc(vocab, *SENTENCES[1])) == [(2, 8), (10, 14)]
    # "Close" (0), "video" (3), "warning" (7): overlapping windows merge into one
    assert gate.windows(_doc(vocab, *SENTENCES[4])) == [(0, 13)]
    # "phone" and "video" followed by no "call": no pattern can begin at them
    assert gate.windows(_doc(vocab, *SENTENCES[5])) == []
    # "warning" (1) followed by "shot", not "to": only "phone call" (6) opens a window
    assert gate.windows(_doc(vocab, *SENTENCES[6])) == [(6, 11)]
    # a pattern whose second token is optional or read by another attribute, or that has no
    # second token, may begin at any token its first token meets: "phone" (1) opens a window
    doc = _doc(vocab, *SENTENCES[5])
    for pattern in (
        [{"LOWER": "phone"}, {"LOWER": "call", "OP": "?"}],
        [{"LOWER": "phone"}, {"IS_ALPHA": True}],
        [{"LOWER": "phone"}],
    ):
        assert PhraseGate([pattern]).windows(doc)[0][0] == 1


def test_phrase_gate_falls_back_to_the_whole_doc():
    vocab = English().vocab
    doc = _doc(vocab, *SENTENCES[3])
    whole = [(0, len(doc))]
    # an unbounded repeat, an optional first token, a first token read by another attribute
    assert PhraseGate(PATTERNS + [[{"LOWER": "at"}, {"OP": "*"}]]).windows(doc) == whole
    assert PhraseGate(PATTERNS + [[{"LOWER": "at", "OP": "?"}, {"LOWER": "odds"}]]).windows(doc) == whole
    assert PhraseGate(PATTERNS + [[{"ORTH": "At"}, {"LOWER": "odds"}]]).windows(doc) == whole
    assert PhraseGate(PATTERNS + [[{"LOWER": {"REGEX": "^at$"}}]]).windows(doc) == whole
    # a Doc without lemmas goes to the matcher, which says what is missing
    bare = Doc(vocab, words=SENTENCES[3][0].split())
    assert PhraseGate(PATTERNS).windows(bare) == [(0, len(bare))]
    assert PhraseGate(PATTERNS).windows(Doc(vocab, words=[])) == []



# hand-built parses of sentences we wrote: (words, heads, deps)
COMITATIVE_PARSES = [
    (
        "Kenyan troops , together with Ugandan forces , attacked the camp .",
        [1, 8, 1, 4, 1, 6, 4, 1, 8, 10, 8, 8],
        ["amod", "nsubj", "punct", "advmod", "prep", "amod", "pobj", "punct", "ROOT", "det",
         "dobj", "punct"],
    ),
    (
        "Kenyan troops attacked the camp alongside Ugandan forces .",
        [1, 2, 2, 4, 2, 2, 7, 5, 2],
        ["amod", "nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"],
    ),
    (
        "Kenyan troops attacked the camp on Monday . Uganda sent aid with trucks .",
        [1, 2, 2, 4, 2, 2, 5, 2, 9, 9, 9, 9, 11, 9],
        ["amod", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT",
         "dobj", "prep", "pobj", "punct"],
    ),
]


@pytest.mark.parametrize("words,heads,deps", COMITATIVE_PARSES)
def test_comitatives_are_looked_for_only_in_a_sentence_with_their_words(words, heads, deps):
    from geokg.relations.constructions.comitative import comitatives, comitatives_in
    from geokg.relations.context import Context
    from geokg.relations.grammar import Grammar

    g = Grammar()
    doc = Doc(English().vocab, words=words.split(), heads=heads, deps=deps)
    ctx = Context(doc, {}, {}, {}, None)
    markers = frozenset({"with", "alongside"})
    for sent in doc.sents:
        holds = any(t.lower_ in markers for t in sent)
        assert ctx.sentence_holds(sent, markers) == holds
        for verb in sent:
            assert comitatives_in(g, verb, sent, ctx) == comitatives(g, verb)
    # the first two sentences name a partner; "with trucks" names none (no comitative adverb)
    first = [comitatives(g, t) for t in doc if t.dep_ == "ROOT"]
    assert [len(f) for f in first] == ([1] if "Uganda sent" not in words else [0, 0])
