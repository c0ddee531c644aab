"""The generated CAMEO lexicon (``data/relations/lexicon_cameo.json``) and its generator.

The bundled file is loaded from ``data/`` (never from ``../shared``); the generator is tested on a
small dictionary in the PETRARCH format written here. Relations are checked on hand-built parses
(``word/dep/head/pos/lemma`` tokens), so they do not depend on the statistical parser.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from geokg import _ext  # noqa: F401
from geokg.errors import DataError
from geokg.lexicon import load_lexicon
from geokg.models import Actor, ActorType, Document, Relation
from geokg.relations.grammar import Grammar
from geokg.resources import data_path

from parses import parse, relations

ROOT = Path(__file__).resolve().parent.parent
NAMES = {
    "Russia": "RUS",
    "Georgian": "GEO",
    "Israel": "ISR",
    "Iran": "IRN",
    "Syria": "SYR",
    "Lebanon": "LBN",
    "Chad": "TCD",
    "Sudan": "SDN",
    "Sudanese": "SDN",
}


@functools.cache
def _script():
    """scripts/build_lexicon.py as a module (it is a script, not part of the package)."""
    path = ROOT / "scripts" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicon"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def build(blank, spec: str) -> Doc:
    """A Doc from ``word/dep/head/pos/lemma`` tokens; words in NAMES are state mentions."""
    return parse(blank, spec, NAMES)


keys = relations


# ---------------------------------------------------------------- the bundled generated file
def test_generated_entries_load_from_data_with_attribution():
    lex = load_lexicon()
    generated = [e for e in lex.entries if e.generated]
    assert len(generated) > 500
    assert len({e.relation for e in generated}) >= 14
    raw = json.loads(data_path("relations", "lexicon_cameo.json").read_text(encoding="utf-8"))
    assert "MIT" in raw["source"]["verbs_licence"]
    assert "CC BY-SA" in raw["source"]["codes_licence"]
    assert "GENERATED" in raw["_comment"]


def test_hand_written_entries_are_tried_before_generated_ones():
    lex = load_lexicon()
    for found in lex.index.values():
        flags = [e.generated for e in found]
        assert flags == sorted(flags)  # every hand-written entry before every generated one


def test_a_lexicon_of_your_own_gets_no_generated_entries(tmp_path):
    own = tmp_path / "lexicon.json"
    own.write_text(data_path("relations", "lexicon.json").read_text(encoding="utf-8"))
    assert not any(e.generated for e in load_lexicon(lexicon=own).entries)


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda d: d["entries"][0].update(weight=3), "entries.0.weight"),
        (lambda d: d["entries"][1].update(colour="red"), "entries.1.colour"),
        (lambda d: d["source"].pop("codes_licence"), "source.codes_licence"),
        (lambda d: d["entries"][2].update(relation="befriend"), "entries.2.relation"),
        (lambda d: d["entries"][3].update(frame="nope"), "unknown frame"),
        (lambda d: d["entries"][4].update(lemmas=[]), "entries.4.lemmas"),
    ],
)
def test_a_broken_generated_file_is_a_data_error_naming_the_place(tmp_path, mutate, fragment):
    raw = json.loads(data_path("relations", "lexicon_cameo.json").read_text(encoding="utf-8"))
    mutate(raw)
    bad = tmp_path / "lexicon_cameo.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match=fragment) as err:
        load_lexicon(generated=bad)
    assert "lexicon_cameo.json" in str(err.value)


def test_intent_verbs_and_block_synonyms_are_not_triggers():
    lex = load_lexicon()
    # CAMEO 03x "express intent to" (intend, prepare) is left out; "race" and "ponder" are only
    # WordNet synonyms in their blocks: none of them is a trigger on its own
    for lemma in ("intend", "prepare", "race", "ponder"):
        bare = [
            e
            for e in lex.lookup("VERB", lemma)
            if e.generated and e.objects is None and not e.target_roles[len(e.frame.target) :]
        ]
        assert not bare, lemma


def test_verbs_reviewed_and_rejected_get_no_generated_entry():
    raw = json.loads(data_path("relations", "lexicon.json").read_text(encoding="utf-8"))
    rejected = set(raw["word_lists"]["cameo_rejected"])
    assert {"link", "hurt"} <= rejected  # "linked X to the attack", "sanctions hurt X"
    lex = load_lexicon()
    assert not [e for e in lex.entries if e.generated and e.lemmas & rejected]


# ---------------------------------------------------------------- generated entries at work
CASES = [
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria terrorized/ROOT/1/VERB/terrorize Lebanon/dobj/1/PROPN/Lebanon "
        "./punct/1/PUNCT/.",
        {("SYR", "assault", "LBN")},
        id="coded-verb-transitive",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/Russia deported/ROOT/1/VERB/deport dozens/dobj/1/NOUN/dozen "
        "of/prep/2/ADP/of Georgian/amod/5/ADJ/georgian citizens/pobj/3/NOUN/citizen "
        "./punct/1/PUNCT/.",
        {("RUS", "coerce", "GEO")},
        id="coded-verb-with-owned-object",
    ),
    pytest.param(
        "Chad/nsubj/1/PROPN/Chad deported/ROOT/1/VERB/deport Sudanese/amod/3/ADJ/sudanese "
        "traders/dobj/1/NOUN/trader ./punct/1/PUNCT/.",
        {("TCD", "coerce", "SDN")},
        id="coded-verb-demonym-object",
    ),
    pytest.param(
        "Israel/poss/2/PROPN/Israel 's/case/0/PART/'s retaliation/nsubj/6/NOUN/retaliation "
        "against/prep/2/ADP/against Iran/pobj/3/PROPN/Iran was/aux/6/AUX/be "
        "limited/ROOT/6/VERB/limit ./punct/6/PUNCT/.",
        {("ISR", "assault", "IRN")},
        id="nominal-form-possessive-agent",
    ),
    pytest.param(
        "The/det/1/DET/the deportation/nsubj/5/NOUN/deportation of/prep/1/ADP/of "
        "migrants/pobj/2/NOUN/migrant by/prep/1/ADP/by Chad/pobj/4/PROPN/Chad "
        "angered/ROOT/5/VERB/anger Sudan/dobj/5/PROPN/Sudan ./punct/5/PUNCT/.",
        set(),
        id="nominal-form-without-a-target-relates-nobody",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/Iran conspired/ROOT/1/VERB/conspire against/prep/1/ADP/against "
        "Israel/pobj/2/PROPN/Israel ./punct/1/PUNCT/.",
        {("IRN", "threaten", "ISR")},
        id="verb-with-required-preposition",
    ),
]


@pytest.mark.parametrize("spec, expected", CASES)
def test_generated_entries_on_hand_built_parses(blank, extractor, spec, expected):
    assert keys(extractor.extract(build(blank, spec))) == expected


def test_a_hand_written_sense_wins_over_a_generated_one(blank, extractor):
    # "deploy" is hand-written (mobilize against what a purpose clause counters); CAMEO codes
    # deployments of some objects otherwise, which must not take over
    doc = build(
        blank,
        "Russia/nsubj/1/PROPN/Russia deployed/ROOT/1/VERB/deploy bombers/dobj/1/NOUN/bomber "
        "to/aux/4/PART/to deter/advcl/1/VERB/deter Georgian/amod/6/ADJ/georgian "
        "forces/dobj/4/NOUN/force ./punct/1/PUNCT/.",
    )
    triples = extractor.extract(doc)
    assert {t.relation for t in triples} <= {Relation.MOBILIZE}


# ---------------------------------------------------------------- the generator
def test_codes_map_through_the_plover_table_to_our_words():
    gen = _script()
    table = {"03": "AGREE", "036": "AGREE", "04": "CONSULT", "11": "ACCUSE", "16": "SANCTION",
             "163": "COERCE", "19": "ASSAULT", "10": "DEMAND", "09": "INVESTIGATE"}  # fmt: skip
    assert gen.relation_of("036", table) is None  # intent: left out
    assert gen.relation_of("163", table) == "sanction"  # our vocabulary files embargoes there
    assert gen.relation_of("1123", table) == "accuse"  # most specific row that exists
    assert gen.relation_of("190", table) == "assault"
    assert gen.relation_of("1041", table) == "request"  # DEMAND -> request
    assert gen.relation_of("091", table) == "accuse"  # INVESTIGATE -> accuse
    assert gen.relation_of("020", table) is None  # APPEAL is dropped by PLOVER
    assert gen.relation_of(None, table) is None


@pytest.mark.parametrize(
    "verb, nouns",
    [
        ("invade", ["invasion"]),
        ("withdraw", ["withdrawal"]),
        ("assist", ["assistance"]),
        ("talk", ["talk"]),
        ("deport", ["deportation"]),
        ("sanction", ["sanction"]),
        ("detain", ["detention"]),
        ("fine", []),  # "final" is another word
        ("bomb", []),  # not attested as a noun in this small inventory
    ],
)
def test_nominal_forms_by_suffix_rules_when_attested(verb, nouns):
    attested = {"invasion", "withdrawal", "assistance", "talk", "deportation", "sanction",
                "detention", "final", "visit"}  # fmt: skip
    assert _script().nominals(verb, attested) == nouns


DICTIONARY = """\
# a small dictionary in the PETRARCH verb format, written for this test
&ARMS
+RIFLE
+MISSILE

---  PUMMEL   [190]  ---
PUMMEL
BATTER
- * (AGAINST)                                  [190]   # PUMMEL
- FARMERS *                                    [141]   # PUMMEL

---  FURNISH   [---]  ---
FURNISH
EQUIP
- * &ARMS                                      [072]   # FURNISH
- * {MOCK MISSILE}                             [150]   # FURNISH
- * (FOR {FINANCIAL AID})                      [071]   # FURNISH

---  RESOLVE   [---]  ---
RESOLVE  [030]
SCHMOOZE  [040]
- * SCHMOOZING                                 [040]   # SCHMOOZE
"""
PLOVER = "03: AGREE\n030: AGREE, , x # y\n04: CONSULT\n07: AID\n15: MOBILIZE\n19: ASSAULT\n"


def test_the_generator_converts_what_the_matcher_can_check(tmp_path):
    gen = _script()
    (tmp_path / "cameo.txt").write_text(DICTIONARY, encoding="utf-8")
    (tmp_path / "plover.txt").write_text(PLOVER, encoding="utf-8")
    entries = [
        {"relation": "assault", "pos": "VERB", "lemmas": ["batter"], "frame": "transitive"},
        {"relation": "consult", "pos": "NOUN", "lemmas": ["schmooze"], "frame": "noun_mutual"},
    ]
    hand = {"frames": {}, "word_lists": {}, "entries": entries}
    (tmp_path / "hand.json").write_text(json.dumps(hand), encoding="utf-8")
    doc = gen.build(tmp_path / "cameo.txt", tmp_path / "plover.txt", tmp_path / "hand.json")
    found = {
        (e["relation"], e["pos"], tuple(e["lemmas"]), tuple(e.get("object", ())), tuple(e["preps"]))
        for e in doc["entries"]
    }
    assert ("assault", "VERB", ("pummel",), (), ()) in found  # the block's coded head verb
    assert ("assault", "VERB", ("pummel",), (), ("against",)) in found  # required preposition
    # "missile" is also read as a show of force ({MOCK MISSILE}): ambiguous, left out
    # only the verb the pattern was written for ("furnish"), not its synonym "equip"
    assert ("aid", "VERB", ("furnish",), ("rifle",), ("to", "for")) in found
    assert ("consult", "VERB", ("schmooze",), (), ()) in found
    lemmas = {lem for e in doc["entries"] for lem in e["lemmas"]}
    assert "resolve" not in lemmas  # 03 intent
    assert "batter" not in lemmas  # only a synonym, and hand-written anyway
    # the subject-noun pattern, the adjective-only reading and the noun inside a PP are left out
    assert doc["_stats"]["pattern needs a subject noun"] == 1
    assert doc["_stats"]["pattern not checkable by the matcher"] == 1
    assert ("mobilize",) not in {(e["relation"],) for e in doc["entries"]}
    assert doc["source"]["verbs_licence"].startswith("MIT")


# ------------------------------------------------------------------ hand-written entries (relnouns)


def test_new_hand_written_entries_and_phrases_load():
    lex = load_lexicon()
    returns = [e for e in lex.lookup("VERB", "return") if e.relation is Relation.CONCEDE]
    assert returns and all(e.transitive for e in returns)  # "returned to Vienna" concedes nothing
    recall = [e for e in lex.lookup("VERB", "recall") if e.relation is Relation.SANCTION]
    assert recall and recall[0].frame.name == "give"  # "recalled its ambassador to X"
    assert any(e.relation is Relation.TENSION for e in lex.lookup("NOUN", "flare-up"))
    assert "mediator" in lex.words("agent_nouns")
    phrases = {p.id: p.entry for p in lex.phrases}
    assert phrases["trading-partner"].relation is Relation.COOPERATE
    assert phrases["trading-partner"].frame.name == "relational"
    assert phrases["flare-up"].relation is Relation.TENSION


def test_transitive_must_be_a_boolean(tmp_path):
    raw = json.loads(data_path("relations", "lexicon.json").read_text(encoding="utf-8"))
    raw["entries"][0]["transitive"] = "yes"
    own = tmp_path / "lexicon.json"
    own.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="transitive must be true or false"):
        load_lexicon(lexicon=own)


EXCHANGES = [  # a verb of exchange takes its sense from what is exchanged (sentences ours)
    ("Israel/nsubj/3/PROPN/Israel and/cc/0/CCONJ/and Iran/conj/0/PROPN/Iran traded/ROOT/3/VERB/trade "
     "blame/dobj/3/NOUN/blame ./punct/3/PUNCT/.", {("ISR", "accuse", "IRN"), ("IRN", "accuse", "ISR")}),
    ("Chad/nsubj/3/PROPN/Chad and/cc/0/CCONJ/and Sudan/conj/0/PROPN/Sudan exchanged/ROOT/3/VERB/exchange "
     "bitter/amod/5/ADJ/bitter accusations/dobj/3/NOUN/accusation ./punct/3/PUNCT/.",
     {("TCD", "accuse", "SDN"), ("SDN", "accuse", "TCD")}),
    ("Syria/nsubj/3/PROPN/Syria and/cc/0/CCONJ/and Lebanon/conj/0/PROPN/Lebanon traded/ROOT/3/VERB/trade "
     "threats/dobj/3/NOUN/threat ./punct/3/PUNCT/.", {("SYR", "threaten", "LBN"), ("LBN", "threaten", "SYR")}),
    ("Israel/nsubj/3/PROPN/Israel and/cc/0/CCONJ/and Syria/conj/0/PROPN/Syria exchanged/ROOT/3/VERB/exchange "
     "fire/dobj/3/NOUN/fire ./punct/3/PUNCT/.", {("ISR", "assault", "SYR"), ("SYR", "assault", "ISR")}),
]


@pytest.mark.parametrize("spec, expected", EXCHANGES)
def test_trading_blame_or_threats_is_no_cooperation(blank, extractor, spec, expected):
    assert keys(extractor.extract(build(blank, spec))) == expected


@pytest.mark.parametrize("value", ["from", [], [""], [3]])
def test_requires_prep_must_be_a_list_of_prepositions(tmp_path, value):
    raw = json.loads(data_path("relations", "lexicon.json").read_text(encoding="utf-8"))
    raw["entries"][0]["requires_prep"] = value
    own = tmp_path / "lexicon.json"
    own.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="requires_prep must be a non-empty list"):
        load_lexicon(lexicon=own)


def test_an_entry_that_requires_a_preposition_fits_only_with_it():
    lex = load_lexicon()
    blank = spacy.blank("en")
    g = Grammar()
    with_from = parse(
        blank,
        "Troops/nsubj/1/NOUN/troop drove/ROOT/1/VERB/drive rebels/dobj/1/NOUN/rebel "
        "from/prep/1/ADP/from towns/pobj/3/NOUN/town ./punct/1/PUNCT/.",
        {},
    )
    without = parse(
        blank,
        "Troops/nsubj/1/NOUN/troop drove/ROOT/1/VERB/drive rebels/dobj/1/NOUN/rebel "
        "into/prep/1/ADP/into towns/pobj/3/NOUN/town ./punct/1/PUNCT/.",
        {},
    )
    entry = next(e for e in lex.lookup("VERB", "drive") if e.required_preps)
    assert entry.required_preps == frozenset({"from"})
    assert g.fits(entry, with_from[1])
    assert not g.fits(entry, without[1])
