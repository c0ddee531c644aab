"""geokg.speedups: the fast attribute ruler and lemmatizer give exactly the stock components' output."""

from __future__ import annotations

import logging
import random
import warnings
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from geokg.models import Document
from geokg.pipeline import DEFAULT_MODEL
from geokg.readers import read_inputs
from geokg.speedups import FastAttributeRuler, FastLemmatizer, install

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def token_state(doc: Doc) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.morph.key, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def make_doc(vocab, rows: list[tuple[str, str, str]], lemmas: list[str] | None = None) -> Doc:
    """A Doc from (word, tag, dep) rows; no spaces; every token is its own head."""
    words, tags, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(vocab, words=words, spaces=[False] * len(words), tags=tags, deps=deps, lemmas=lemmas)


def stock_and_fast(vocab, patterns: list[dict]) -> tuple[AttributeRuler, FastAttributeRuler]:
    stock = AttributeRuler(vocab)
    stock.add_patterns(patterns)
    fast = FastAttributeRuler(vocab)
    fast.add_patterns(patterns)
    return stock, fast


def assert_same(stock, fast, doc: Doc) -> Doc:
    expected, got = stock(doc.copy()), fast(doc.copy())
    assert token_state(got) == token_state(expected)
    return got


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing|Person=3"}},
    # later patterns win over earlier ones, attribute by attribute
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    # an alternative is a conjunction: "got" tagged VBZ matches neither
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    # two-token patterns, the first, second or last token set
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "be"}},
    # whitespace: IS_SPACE with and without a tag or a dependency
    {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"TEXT": "US", "TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
]

ROWS = [
    ("There", "EX", "expl"), ("is", "VBZ", "ROOT"), ("nothin'", "NN", "attr"), ("\n\n", "_SP", "dep"),
    ("It", "PRP", "nsubj"), ("got", "VBZ", "ROOT"), ("gets", "VBZ", "conj"), ("got", "VBD", "conj"),
    ("gon", "VBG", "ROOT"), ("na", "TO", "aux"), ("ai", "VBP", "aux"), ("n't", "RB", "neg"),
    ("  ", "NN", ""), ("x", "_SP", ""), ("\n", "XX", "punct"), ("has", "VBZ", "aux"), ("US", "NNP", ""),
    ("us", "NNP", ""), ("gon", "VBG", "ROOT"),
]


def test_every_kind_of_pattern_gives_the_stock_result():
    vocab = spacy.blank("en").vocab
    stock, fast = stock_and_fast(vocab, PATTERNS)
    doc = assert_same(stock, fast, make_doc(vocab, ROWS))
    assert fast.unsupported is None and fast.compiled() is not None
    got = {(t.i, t.text): (t.pos_, t.lemma_, t.dep_, t.tag_) for t in doc}
    assert got[(1, "is")] == ("VERB", "be", "ROOT", "VBZ")  # two-token pattern 9 beats pattern 3
    assert got[(5, "got")][1] == "" and got[(7, "got")][1] == "get"
    assert got[(8, "gon")][1] == "go" and got[(9, "na")][1] == "to" and got[(18, "gon")][1] == ""
    assert got[(10, "ai")][1] == "be"
    assert got[(12, "  ")] == ("SPACE", "", "", "_SP") and got[(3, "\n\n")][2] == "dep"
    assert got[(13, "x")][0] == "X" and got[(16, "US")][0] == "PROPN" and got[(17, "us")][0] == ""


@pytest.mark.parametrize("cut", [0, 1, 9, 10, 11])
def test_pattern_order_and_document_edges(cut):
    """A multi-token pattern at the end of a Doc, and Docs of 0 or 1 tokens."""
    vocab = spacy.blank("en").vocab
    stock, fast = stock_and_fast(vocab, PATTERNS)
    assert_same(stock, fast, make_doc(vocab, ROWS[:cut]) if cut else Doc(vocab, words=[]))
    stock, fast = stock_and_fast(vocab, PATTERNS[::-1])
    assert_same(stock, fast, make_doc(vocab, ROWS[:cut]) if cut else Doc(vocab, words=[]))


def test_patterns_with_operators_or_extensions_go_through_a_matcher():
    vocab = spacy.blank("en").vocab
    if not Doc.has_extension("speedups_flag"):
        from spacy.tokens import Token

        Token.set_extension("speedups_flag", getter=lambda t: t.text == "is")
    patterns = [
        *PATTERNS,
        {"patterns": [[{"LOWER": "there"}, {"TAG": "VBZ", "OP": "+"}]], "attrs": {"LEMMA": "there"}},
        {"patterns": [[{"_": {"speedups_flag": True}}]], "attrs": {"MORPH": "Mood=Ind"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}},
    ]
    stock, fast = stock_and_fast(vocab, patterns)
    doc = assert_same(stock, fast, make_doc(vocab, ROWS))
    assert fast.compiled().has_residual
    assert doc[0].lemma_ == "there" and str(doc[1].morph) == "Mood=Ind" and doc[2].lemma_ == "thing"


def test_an_index_outside_the_match_raises_the_stock_error():
    vocab = spacy.blank("en").vocab
    bad = [{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "x"}, "index": 2}]
    stock, fast = stock_and_fast(vocab, bad)
    with pytest.raises(ValueError) as expected:
        stock(make_doc(vocab, ROWS))
    with pytest.raises(ValueError) as got:
        fast(make_doc(vocab, ROWS))
    assert str(got.value) == str(expected.value)
    assert_same(stock, fast, make_doc(vocab, ROWS[:3]))  # no match: no error


def test_patterns_setting_other_attributes_run_the_stock_code(caplog):
    vocab = spacy.blank("en").vocab
    patterns = [*PATTERNS, {"patterns": [[{"LOWER": "us"}]], "attrs": {"NORM": "united states"}}]
    stock, fast = stock_and_fast(vocab, patterns)
    with caplog.at_level(logging.DEBUG, logger="geokg.speedups"):
        assert "NORM" in fast.unsupported
    assert "stock attribute ruler code runs" in caplog.text
    doc = assert_same(stock, fast, make_doc(vocab, ROWS))
    assert doc[17].norm_ == "united states"


def test_patterns_added_after_use_are_compiled_again():
    vocab = spacy.blank("en").vocab
    stock, fast = stock_and_fast(vocab, PATTERNS)
    assert_same(stock, fast, make_doc(vocab, ROWS))
    more = {"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}}
    stock.add_patterns([more])
    fast.add_patterns([more])
    assert assert_same(stock, fast, make_doc(vocab, ROWS))[2].lemma_ == "thing"
    stock.clear()
    fast.clear()
    with pytest.warns(UserWarning, match="W036"):  # like the stock ruler
        assert_same(stock, fast, make_doc(vocab, ROWS))


FUZZ_WORDS = (
    "the a an this that these those it i you he she we they me us them his her its my our their "
    "is 's are 're was were be been being do does did have has had 'd 've 'll am 'm can could may "
    "might must should will would ca wo sha ai n't not nt gon na got ta let c'm on y' y all "
    "something nothing nothin' anyone everybody there here then once well but if because while "
    "ol' 'em 'nuff doin' goin' gets US Russia sanctions signed \n \n\n   x"
).split(" ")


@pytest.mark.parametrize("seed", range(30))
def test_the_model_patterns_on_random_docs(nlp: Language, seed: int):
    """The bundled model's own 179 patterns, random words, tags and dependencies."""
    fast = nlp.get_pipe("attribute_ruler")
    assert isinstance(fast, FastAttributeRuler)
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(fast.patterns)
    tags = [*nlp.get_pipe("tagger").labels, "_SP", ""]
    deps = [*nlp.get_pipe("parser").labels, ""]
    rng = random.Random(seed)
    rows = [
        (rng.choice(FUZZ_WORDS) or "\n", rng.choice(tags), rng.choice(deps))
        for _ in range(rng.randint(1, 60))
    ]
    assert_same(stock, fast, make_doc(nlp.vocab, rows))


def test_the_lemmatizer_equals_the_stock_one(nlp: Language):
    fast = nlp.get_pipe("lemmatizer")
    assert isinstance(fast, FastLemmatizer) and fast.unsupported is None
    stock = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule"})
    stock.initialize(lookups=fast.inner.lookups)
    ruler = nlp.get_pipe("attribute_ruler")
    rows = [("There", "EX", "expl"), ("were", "VBD", "ROOT"), ("talks", "NNS", "attr"), ("\n\n", "_SP", "")]
    rows += [("Talks", "NNS", "nsubj"), ("signed", "VBD", "ROOT"), ("better", "JJR", "amod"), ("US", "NNP", "")]
    for lemmas in (None, ["", "", "x", "", "", "y", "", ""]):
        doc = ruler(make_doc(nlp.vocab, rows, lemmas=lemmas))
        for _ in range(2):  # cold, then memoised
            assert token_state(fast(doc.copy())) == token_state(stock(doc.copy()))
    assert fast(ruler(make_doc(nlp.vocab, rows)))[4].lemma_ == "talk"


def test_the_lemmatizer_without_pos_warns_like_the_stock_one(nlp: Language):
    fast = nlp.get_pipe("lemmatizer")
    stock = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule"})
    stock.initialize(lookups=fast.inner.lookups)
    for lemmatizer in (stock, fast):
        doc = Doc(nlp.vocab, words=["Talks", "signed", "Talks"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lemmatizer(doc)
        assert [t.lemma_ for t in doc] == ["talks", "signed", "talks"]
        assert sum("W108" in str(w.message) for w in caught) == 3


def test_other_lemmatizer_modes_keep_the_stock_component(caplog):
    pipe = spacy.blank("en")
    pipe.add_pipe("lemmatizer", config={"mode": "lookup"})
    with caplog.at_level(logging.DEBUG, logger="geokg.speedups"):
        assert install(pipe) == []
    assert "the stock component is kept: mode is 'lookup'" in caplog.text
    assert pipe.get_pipe_config("lemmatizer")["factory"] == "lemmatizer"


def test_install_replaces_exact_components_once(nlp: Language):
    pipe = spacy.blank("en")
    pipe.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    lookups = nlp.get_pipe("lemmatizer").inner.lookups
    pipe.add_pipe("lemmatizer", config={"mode": "rule"}).initialize(lookups=lookups)
    stock_patterns = pipe.get_pipe("attribute_ruler").patterns
    assert install(pipe) == ["attribute_ruler", "lemmatizer"]
    assert install(pipe) == []
    factories = [pipe.get_pipe_config(n)["factory"] for n in pipe.pipe_names]
    assert factories == ["geokg_attribute_ruler", "geokg_lemmatizer"]
    assert pipe.get_pipe("attribute_ruler").patterns == stock_patterns
    assert pipe.get_pipe("lemmatizer").inner.lookups is lookups
    doc = pipe(Doc(pipe.vocab, words=["is", "leads", "  "], tags=["VBZ", "VBZ", "NN"]))
    assert [(t.pos_, t.lemma_) for t in doc] == [("AUX", "be"), ("VERB", "lead"), ("SPACE", "  ")]


@pytest.fixture(scope="module")
def stock_nlp() -> Language:
    """geokg's (default, NER-free) pipeline with spaCy's stock attribute_ruler and lemmatizer."""
    import geokg.propn  # noqa: F401  (registers geokg_propn)

    stock = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    stock.add_pipe("geokg_paragraphs", before="parser")
    stock.add_pipe("geokg_propn")
    stock.add_pipe("geokg_actors")
    stock.add_pipe("geokg_relations")
    return stock


def sample_documents() -> list[Document]:
    docs = [d for d in read_inputs([str(SAMPLES)]) if isinstance(d, Document)]
    assert len(docs) >= 9
    return docs


@pytest.mark.slow
def test_stock_and_fast_pipelines_agree_on_the_samples(nlp: Language, stock_nlp: Language):
    assert stock_nlp.pipe_names == nlp.pipe_names
    assert [type(p).__name__ for _, p in stock_nlp.pipeline][4:6] == ["AttributeRuler", "EnglishLemmatizer"]
    for document in sample_documents():
        docs = []
        for pipe in (stock_nlp, nlp):
            doc = pipe.make_doc(document.text)
            doc._.geokg_meta = document
            docs.append(next(pipe.pipe([doc])))
        stock, fast = docs
        assert token_state(fast) == token_state(stock)
        assert [t.model_dump() for t in fast._.geokg_triples] == [
            t.model_dump() for t in stock._.geokg_triples
        ]


def test_a_geokg_pipeline_round_trips_through_disk(nlp: Language, tmp_path: Path):
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert nlp.get_pipe_config("attribute_ruler")["factory"] == "geokg_attribute_ruler"
    assert isinstance(loaded.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(loaded.get_pipe("lemmatizer"), FastLemmatizer)
    assert loaded.get_pipe("attribute_ruler").patterns == nlp.get_pipe("attribute_ruler").patterns
    text = (SAMPLES / "01_turkiye_azerbaijan_russia.txt").read_text(encoding="utf-8")
    assert token_state(loaded(text)) == token_state(nlp(text))


def test_a_word_index_answers_as_its_list_and_serialises_as_one():
    import pickle

    from spacy.lookups import Lookups, Table

    from geokg.speedups import _WordIndex

    words = ["talk", "lead", "child", "better"]
    index = _WordIndex(words)
    for word in [*words, "talks", "", "Talk", 3, None]:
        assert (word in index) == (word in words)
    assert ["x"] not in index  # an unhashable value is compared as the list compares it
    assert index == words and list(index) == words
    assert type(pickle.loads(pickle.dumps(index))) is list
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": index})
    table = Lookups().from_bytes(lookups.to_bytes()).get_table("lemma_index")
    assert isinstance(table, Table) and table["noun"] == words


def test_the_lemmatizer_answers_from_sets_with_the_stock_lemmas(nlp: Language):
    fast = nlp.get_pipe("lemmatizer")
    fast(Doc(nlp.vocab, words=["talks"], pos=["NOUN"]))
    index = fast.inner.lookups.get_table("lemma_index")
    assert index and all(type(words).__name__ == "_WordIndex" for words in index.values())
    # the stock lemmatizer on a copy of the tables as spaCy loads them: plain lists
    stock = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule"})
    from spacy.lookups import Lookups

    stock.initialize(lookups=Lookups().from_bytes(fast.inner.lookups.to_bytes()))
    assert all(type(w) is list for w in stock.lookups.get_table("lemma_index").values())
    words = ["talks", "leaves", "children", "wolves", "ran", "signed", "better", "mice",
             "agreed", "sanctions", "bases", "ties", "crises", "analyses", "strove", "fled"]
    for pos in ("NOUN", "VERB", "ADJ"):
        doc = Doc(nlp.vocab, words=words, pos=[pos] * len(words))
        assert [t.lemma_ for t in fast(doc.copy())] == [t.lemma_ for t in stock(doc.copy())]
