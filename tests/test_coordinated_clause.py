"""A second clause the parser misread as a noun phrase: "talks went on and the last Turkish
soldiers withdrew from Syria", with "soldiers" coordinated with the first verb (or read as
another object in the first clause, or as the root of a sentence with no verb) and "withdrew"
hung as ``acl`` on it. A finite past verb (VBD) there is the clause's main verb, the noun its
subject (``syntax.coordinated_clause_verb``); a participle (VBN) stays a reduced relative.

Hand-built parses (``word/dep/head/pos/tag/lemma``, tests/parses.py) of sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from geokg.relations import RelationExtractor, syntax

from parses import parse, relations


def found(blank, extractor, spec: str, actors: dict[str, str]) -> set[tuple[str, str, str]]:
    return relations(extractor.extract(parse(blank, spec, actors, tags=True)))


MISREAD = [
    pytest.param(
        # "Talks continued in Geneva and the last Turkish soldiers withdrew from Syria."
        "Talks/nsubj/1/NOUN/NNS/talk continued/ROOT/1/VERB/VBD/continue in/prep/1/ADP/IN/in "
        "Geneva/pobj/2/PROPN/NNP/Geneva and/cc/1/CCONJ/CC/and the/det/8/DET/DT/the "
        "last/amod/8/ADJ/JJ/last Turkish/amod/8/ADJ/JJ/turkish soldiers/conj/1/NOUN/NNS/soldier "
        "withdrew/acl/8/VERB/VBD/withdraw from/prep/9/ADP/IN/from Syria/pobj/10/PROPN/NNP/Syria "
        "./punct/1/PUNCT/./.",
        {"Turkish": "TUR", "Syria": "SYR"},
        {("TUR", "retreat", "SYR")},
        id="soldiers-withdrew",
    ),
    pytest.param(
        # "The talks collapsed and Azerbaijani troops attacked Armenia."
        "The/det/1/DET/DT/the talks/nsubj/2/NOUN/NNS/talk collapsed/ROOT/2/VERB/VBD/collapse "
        "and/cc/2/CCONJ/CC/and Azerbaijani/amod/5/ADJ/JJ/azerbaijani "
        "troops/conj/2/NOUN/NNS/troop attacked/acl/5/VERB/VBD/attack "
        "Armenia/dobj/6/PROPN/NNP/Armenia ./punct/2/PUNCT/./.",
        {"Azerbaijani": "AZE", "Armenia": "ARM"},
        {("AZE", "assault", "ARM")},
        id="troops-attacked",
    ),
    pytest.param(
        # "Prices rose and the Chinese delegation criticised Japan."
        "Prices/nsubj/1/NOUN/NNS/price rose/ROOT/1/VERB/VBD/rise and/cc/1/CCONJ/CC/and "
        "the/det/5/DET/DT/the Chinese/amod/5/ADJ/JJ/chinese "
        "delegation/conj/1/NOUN/NN/delegation criticised/acl/5/VERB/VBD/criticise "
        "Japan/dobj/6/PROPN/NNP/Japan ./punct/1/PUNCT/./.",
        {"Chinese": "CHN", "Japan": "JPN"},
        {("CHN", "accuse", "JPN")},
        id="delegation-criticised",
    ),
    pytest.param(
        # "The summit went on for a second day and the first French soldiers withdrew from
        # Mali." (the soldiers read as a second object of "for")
        "The/det/1/DET/DT/the summit/nsubj/2/NOUN/NN/summit went/ROOT/2/VERB/VBD/go "
        "on/prt/2/ADP/RP/on for/prep/2/ADP/IN/for a/det/7/DET/DT/a second/amod/7/ADJ/JJ/second "
        "day/pobj/4/NOUN/NN/day and/cc/7/CCONJ/CC/and the/det/12/DET/DT/the "
        "first/amod/12/ADJ/JJ/first French/amod/12/ADJ/JJ/french soldiers/pobj/4/NOUN/NNS/soldier "
        "withdrew/acl/12/VERB/VBD/withdraw from/prep/13/ADP/IN/from Mali/pobj/14/PROPN/NNP/Mali "
        "./punct/2/PUNCT/./.",
        {"French": "FRA", "Mali": "MLI"},
        {("FRA", "retreat", "MLI")},
        id="soldiers-as-second-object-withdrew",
    ),
    pytest.param(
        # "The last Turkish soldiers withdrew from Syria." (no verb but the acl)
        "The/det/3/DET/DT/the last/amod/3/ADJ/JJ/last Turkish/amod/3/ADJ/JJ/turkish "
        "soldiers/ROOT/3/NOUN/NNS/soldier withdrew/acl/3/VERB/VBD/withdraw "
        "from/prep/4/ADP/IN/from Syria/pobj/5/PROPN/NNP/Syria ./punct/3/PUNCT/./.",
        {"Turkish": "TUR", "Syria": "SYR"},
        {("TUR", "retreat", "SYR")},
        id="root-noun-withdrew",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MISREAD)
def test_a_finite_verb_on_a_coordinated_noun_has_the_noun_as_subject(
    blank, extractor, spec, actors, expected
):
    assert found(blank, extractor, spec, actors) == expected


def test_without_the_repair_the_subject_is_lost(blank, monkeypatch):
    monkeypatch.setattr(syntax, "coordinated_clause_verb", lambda verb: False)
    extractor = RelationExtractor(blank)
    for case in MISREAD:
        assert not any(
            t[0] == next(iter(case.values[2]))[0] for t in found(blank, extractor, *case.values[:2])
        ), case.id


@pytest.mark.parametrize(
    "spec",
    [
        # "Talks continued and the Turkish soldiers withdrawn from Syria waited." (a participle)
        "Talks/nsubj/1/NOUN/NNS/talk continued/ROOT/1/VERB/VBD/continue and/cc/1/CCONJ/CC/and "
        "the/det/5/DET/DT/the Turkish/amod/5/ADJ/JJ/turkish soldiers/conj/1/NOUN/NNS/soldier "
        "withdrawn/acl/5/VERB/VBN/withdraw from/prep/6/ADP/IN/from Syria/pobj/7/PROPN/NNP/Syria "
        "./punct/1/PUNCT/./.",
        # "Russia criticised the soldiers who withdrew." (a relative clause, not acl on a conjunct)
        "Russia/nsubj/1/PROPN/NNP/Russia criticised/ROOT/1/VERB/VBD/criticise "
        "the/det/3/DET/DT/the soldiers/dobj/1/NOUN/NNS/soldier who/nsubj/5/PRON/WP/who "
        "withdrew/relcl/3/VERB/VBD/withdraw ./punct/1/PUNCT/./.",
        # "Soldiers withdrew from Syria, officials said." read with "soldiers" as the root: the
        # sentence has another finite verb, so the acl is not its only verb
        "Soldiers/ROOT/0/NOUN/NNS/soldier withdrew/acl/0/VERB/VBD/withdraw "
        "from/prep/1/ADP/IN/from Syria/pobj/2/PROPN/NNP/Syria ,/punct/0/PUNCT/,/, "
        "officials/nsubj/6/NOUN/NNS/official said/parataxis/0/VERB/VBD/say ./punct/0/PUNCT/./.",
        # "Russia criticised the talks and the soldiers stationed in Syria." (no "and" right
        # before a finite verb's noun: the participle is a reduced relative)
        "Russia/nsubj/1/PROPN/NNP/Russia criticised/ROOT/1/VERB/VBD/criticise "
        "the/det/3/DET/DT/the soldiers/dobj/1/NOUN/NNS/soldier "
        "stationed/acl/3/VERB/VBD/station in/prep/4/ADP/IN/in Syria/pobj/5/PROPN/NNP/Syria "
        "./punct/1/PUNCT/./.",
    ],
)
def test_a_participle_or_a_relative_is_no_coordinated_clause(blank, spec):
    doc = parse(blank, spec, {}, tags=True)
    assert not any(syntax.coordinated_clause_verb(t) for t in doc)
