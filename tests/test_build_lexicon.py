"""scripts/build_lexicon.py: its pure conversion functions on small inputs written here, and
that the committed ``data/relations/lexicon_cameo.json`` was built against today's hand-written
lexicon.

No test reads the shared dictionaries: the inputs below are written in PETRARCH's verb-dictionary
and PLOVER's table format for these tests (see also tests/test_lexicon.py for a whole small
dictionary through ``build``).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from geokg.resources import data_path

ROOT = Path(__file__).resolve().parent.parent


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


# ---------------------------------------------------------------- words and codes
@pytest.mark.parametrize(
    "plural, single",
    [
        ("sanctions", "sanction"),
        ("atrocities", "atrocity"),
        ("marches", "march"),
        ("crisis", "crisis"),  # not a plural
        ("congress", "congress"),
        ("gas", "gas"),  # too short to strip
        ("talks", "talk"),
    ],
)
def test_singular_undoes_regular_plurals_only(plural, single):
    assert _script().singular(plural) == single


@pytest.mark.parametrize(
    "raw, code", [("[190]", "190"), ("[042:043]", "042"), ("[---]", None), ("[ 0871 ]", "0871")]
)
def test_the_primary_code_of_a_bracket(raw, code):
    assert _script()._code(raw) == code


@pytest.mark.parametrize(
    "line, verb",
    [
        ("PUMMEL  [190]", ("pummel", None, None, "190")),
        ("PUMMEL", ("pummel", None, None, None)),  # a synonym with the block's code
        ("HURRY {HURRIES HURRYING HURRIED }", ("hurry", None, None, None)),  # forms dropped
        ("+CALL_OFF [160]", ("call", "off", None, "160")),  # verb + particle
        ("+LASH_OUT", ("lash", "out", None, None)),
        ("+LEAN_ON [130]", ("lean", None, "on", "130")),  # verb + preposition
        ("+SET_FIRE_TO [190]", None),  # three words: not a verb the matcher can hold
        ("+STAND_FIRM", None),  # second word neither particle nor preposition
    ],
)
def test_verb_lines(line, verb):
    assert _script()._verb_line(line) == verb


def test_the_plover_table_keeps_the_first_type_of_a_code(tmp_path):
    table = tmp_path / "plover.txt"
    table.write_text(
        "# comment\n19: ASSAULT\n190: ASSAULT, , x\n163: COERCE # embargo\n19: FIGHT\nnotes\n",
        encoding="utf-8",
    )
    assert _script().read_plover(table) == {"19": "ASSAULT", "190": "ASSAULT", "163": "COERCE"}


# ---------------------------------------------------------------- pattern shapes
SYNSETS = {"ARMS": ["RIFLE", "MISSILES", "HAND_GRENADE", "MORTAR_"]}


@pytest.mark.parametrize(
    "post, shape",
    [
        ("TALKS", (None, ["talk"], False, [])),
        ("TALKS (WITH)", (None, ["talk"], False, ["with"])),
        ("UP TALKS", ("up", ["talk"], False, [])),  # a particle before the object
        ("OFF (FOR)", ("off", [], False, ["for"])),  # particle + preposition, no object
        ("(AGAINST)", (None, [], False, ["against"])),
        ("{HUMANITARIAN AID}", (None, ["aid"], True, [])),  # the head of a braced phrase
        ("&ARMS (TO)", (None, ["missile", "mortar", "rifle"], False, ["to"])),  # one-word members
        ("(WITH GOVERNMENT)", None),  # a noun inside the prepositional phrase
        ("TO ATTACK", None),  # another verb
        ("", None),
        ("{OWN &ARMS}", None),  # a braced phrase ending in a set
        ("$50", None),  # not a word
    ],
)
def test_pattern_shapes_the_matcher_can_check(post, shape):
    assert _script().pattern_shape(post, SYNSETS) == shape


# ---------------------------------------------------------------- reading a small dictionary
DICTIONARY = """\
# written for this test in the PETRARCH verb-dictionary format
&ARMS
+RIFLE

---  PUMMEL   [190]  ---
PUMMEL
BATTER  [191]
- * (AGAINST)                                  [190]   # PUMMEL
- FARMERS *                                    [141]   # PUMMEL
~ a note line
---  SUPPLY   [---]  ---
SUPPLY
+HAND_OVER [070]
- * &ARMS (TO)                                 [072]   # SUPPLY
- * &ARMS                                      [072]
"""


def test_reading_synonym_sets_blocks_verbs_and_patterns(tmp_path):
    path = tmp_path / "cameo.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    synsets, blocks = _script().read_cameo(path)
    assert synsets == {"ARMS": ["RIFLE"]}
    assert [(b.name, b.code) for b in blocks] == [("PUMMEL", "190"), ("SUPPLY", None)]
    assert blocks[0].verbs == [("pummel", None, None, None), ("batter", None, None, "191")]
    # (pre-verb part, post-verb part, code, the verb named in the comment)
    assert blocks[0].patterns == [("", "(AGAINST)", "190", "pummel"), ("FARMERS", "", "141", "pummel")]
    assert blocks[1].verbs == [("supply", None, None, None), ("hand", "over", None, "070")]
    assert blocks[1].patterns == [("", "&ARMS (TO)", "072", "supply"), ("", "&ARMS", "072", None)]


# ---------------------------------------------------------------- what the hand lexicon decides
def _hand(tmp_path, entries, lists=None):
    path = tmp_path / "hand.json"
    doc = {"word_lists": lists or {}, "entries": entries}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return _script().Hand.load(path)


HAND_ENTRIES = [
    {"relation": "assault", "pos": "VERB", "lemmas": ["pummel"], "frame": "transitive"},
    {"relation": "sanction", "pos": "VERB", "lemmas": ["impose"], "object": "@measures",
     "frame": "object_prep"},  # fmt: skip
    {"relation": "assault", "pos": "NOUN", "lemmas": ["battle"], "frame": "noun_event"},
    {"relation": "cooperate", "pos": "NOUN", "lemmas": ["plan"], "frame": "undertaking"},
]


def test_the_hand_lexicon_decides_verbs_nouns_and_verb_objects(tmp_path):
    hand = _hand(tmp_path, HAND_ENTRIES, {"measures": ["sanction"], "cameo_rejected": ["link"]})
    assert hand.verbs == {"pummel", "impose", "link"}  # a rejected verb is decided too
    assert hand.nouns == {"battle"}  # an undertaking noun decides no verb's object
    assert hand.verb_objects == {("impose", "sanction")}
    assert hand.plain == {"pummel": {"assault"}}  # only unconstrained entries
    assert hand.rejected == {"link"}


def test_the_digest_changes_with_what_the_generator_reads_only(tmp_path):
    base = _hand(tmp_path, HAND_ENTRIES, {"measures": ["sanction"]}).digest()
    assert len(base) == 64
    reweighed = [dict(e, weight=0.5) for e in HAND_ENTRIES]  # the generator reads no weight
    assert _hand(tmp_path, reweighed, {"measures": ["sanction"]}).digest() == base
    reordered = list(reversed(HAND_ENTRIES))
    assert _hand(tmp_path, reordered, {"measures": ["sanction"]}).digest() == base
    new_noun = [*HAND_ENTRIES, {"relation": "assault", "pos": "NOUN", "lemmas": ["fight"],
                                "frame": "noun_event"}]  # fmt: skip
    assert _hand(tmp_path, new_noun, {"measures": ["sanction"]}).digest() != base
    more_objects = {"measures": ["sanction", "tariff"]}
    assert _hand(tmp_path, HAND_ENTRIES, more_objects).digest() != base


def test_the_committed_generated_file_was_built_against_todays_hand_lexicon():
    committed = json.loads(data_path("relations", "lexicon_cameo.json").read_text("utf-8"))
    today = _script().Hand.load(data_path("relations", "lexicon.json")).digest()
    assert committed.get("hand_digest") == today, (
        "data/relations/lexicon.json changed what scripts/build_lexicon.py reads (its verbs, "
        "noun triggers, verb objects or cameo_rejected): run "
        "`.venv/bin/python scripts/build_lexicon.py` and commit data/relations/lexicon_cameo.json"
    )


# ---------------------------------------------------------------- the review summary
def test_summary_counts_readings_and_the_diff():
    gen = _script()
    old = {"entries": [{"relation": "assault", "pos": "VERB", "lemmas": ["pummel", "batter"]}]}
    new = {
        "entries": [
            {"relation": "assault", "pos": "VERB", "lemmas": ["pummel"]},
            {"relation": "aid", "pos": "VERB", "lemmas": ["supply"], "object": ["rifle", "tank"]},
        ]
    }
    text = gen.summary(new, old)
    assert "aid              1        2" in text
    assert "total            2        3" in text
    assert "vs committed file: +2 -1 readings" in text
    assert "  + aid: 2" in text and "  - assault: 1" in text


# ---------------------------------------------------------------- spelling variants
@pytest.mark.parametrize(
    "verb, other",
    [
        ("apologise", ["apologize"]),
        ("nationalize", ["nationalise"]),
        ("analyse", ["analyze"]),
        ("paralyze", ["paralyse"]),
        ("rise", []),  # too short: no suffix
        ("attack", []),
    ],
)
def test_the_other_spelling_of_a_verb(verb, other):
    assert _script().spellings(verb) == other


SPELT_TWICE = """\
# a small dictionary in the PETRARCH verb format, written for this test
---  FRATERNIZE   [040]  ---
FRATERNISE
FRATERNIZE
HOBNOB

---  DEMONISE   [---]  ---
DEMONISE  [111]
DEMONIZE
VILIFY
"""


def test_a_block_codes_both_spellings_of_its_coded_verb_only(tmp_path):
    gen = _script()
    (tmp_path / "cameo.txt").write_text(SPELT_TWICE, encoding="utf-8")
    (tmp_path / "plover.txt").write_text("04: CONSULT\n11: ACCUSE\n", encoding="utf-8")
    hand = {"frames": {}, "word_lists": {}, "entries": []}
    (tmp_path / "hand.json").write_text(json.dumps(hand), encoding="utf-8")
    doc = gen.build(tmp_path / "cameo.txt", tmp_path / "plover.txt", tmp_path / "hand.json")
    found = {(e["relation"], lem) for e in doc["entries"] for lem in e["lemmas"]}
    # the head verb's code reaches its other spelling, listed in the block without a code
    assert {("consult", "fraternize"), ("consult", "fraternise")} <= found
    # a verb's own code reaches its other spelling too
    assert {("accuse", "demonise"), ("accuse", "demonize")} <= found
    # a synonym that is no spelling of a coded verb stays out
    assert not {lem for _, lem in found} & {"hobnob", "vilify"}
