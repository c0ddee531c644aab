"""geokg_relations on hand-built parses: frames, coordination, symmetry, demonyms, modality, roles.

Parses are written out token by token (``word/dep/head/pos/lemma``), so these tests do not depend on
the statistical parser; actor mentions are set the way ``geokg_actors`` sets them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from geokg import _ext  # noqa: F401
from geokg.errors import DataError
from geokg.lexicon import load_lexicon
from geokg.models import Actor, ActorType, Document, Modality, Relation
from geokg.relations import RelationExtractor
from geokg.resources import data_path

from parses import parse, relations

NAMES = {
    "TUR": "Turkiye",
    "AZE": "Azerbaijan",
    "RUS": "Russia",
    "UKR": "Ukraine",
    "ARM": "Armenia",
    "USA": "United States",
    "NATO": "NATO",
    "EU": "European Union",
    "FRA": "France",
    "DEU": "Germany",
    "SYR": "Syria",
    "ISR": "Israel",
    "IRN": "Iran",
    "ARE": "United Arab Emirates",
    "ALB": "Albania",
    "HUN": "Hungary",
    "NGA": "Nigeria",
    "TCD": "Chad",
}
PERSONS = {
    "person:donald-trump": ("Donald Trump", "USA"),
    "person:friedrich-merz": ("Friedrich Merz", "DEU"),
    "person:volodymyr-zelenskyy": ("Volodymyr Zelenskyy", "UKR"),
}


def build(blank, spec: str, actors: dict[str, str], places: tuple[str, ...] = ()) -> Doc:
    """A Doc from ``word/dep/head/pos/lemma`` tokens (see tests/parses.py)."""
    return parse(blank, spec, actors, places=places, persons=PERSONS, names=NAMES)


keys = relations


ALLY_URGE = (
    "Turkiye/nsubj/8/PROPN/Turkiye ,/punct/0/PUNCT/, a/det/4/DET/a close/amod/4/ADJ/close "
    "ally/appos/0/NOUN/ally of/prep/4/ADP/of Azerbaijan/pobj/5/PROPN/Azerbaijan ,/punct/0/PUNCT/, "
    "urged/ROOT/8/VERB/urge Baku/dobj/8/PROPN/Baku and/cc/9/CCONJ/and Moscow/conj/9/PROPN/Moscow "
    "to/aux/13/PART/to halt/xcomp/8/VERB/halt the/det/15/DET/the fighting/dobj/13/NOUN/fighting "
    "./punct/8/PUNCT/."
)
CASES = [
    pytest.param(
        ALLY_URGE,
        {"Turkiye": "TUR", "Azerbaijan": "AZE", "Baku": "AZE", "Moscow": "RUS"},
        {("AZE", "ally", "TUR"), ("TUR", "request", "AZE"), ("TUR", "request", "RUS")},
        id="apposition-ally-and-coordinated-objects",
    ),
    pytest.param(
        "Ukraine/poss/2/PROPN/Ukraine 's/case/0/PART/'s "
        "jet/nsubjpass/4/NOUN/jet was/auxpass/4/AUX/be "
        "shot/ROOT/4/VERB/shoot down/prt/4/ADP/down by/agent/4/ADP/by Russia/pobj/6/PROPN/Russia "
        "./punct/4/PUNCT/.",
        {"Ukraine": "UKR", "Russia": "RUS"},
        {("RUS", "assault", "UKR")},
        id="passive-phrasal-verb-with-owner-of-the-object",
    ),
    pytest.param(
        "Azerbaijan/nmod/3/PROPN/Azerbaijan -/punct/0/PUNCT/- Russia/appos/0/PROPN/Russia "
        "tensions/nsubj/5/NOUN/tension are/aux/5/AUX/be rising/ROOT/5/VERB/rise ./punct/5/PUNCT/.",
        {"Azerbaijan": "AZE", "Russia": "RUS"},
        {("AZE", "tension", "RUS")},
        id="hyphenated-pair",
    ),
    pytest.param(
        "Russian/amod/1/ADJ/russian troops/nsubj/2/NOUN/troop attacked/ROOT/2/VERB/attack "
        "Ukrainian/amod/4/ADJ/ukrainian positions/dobj/2/NOUN/position ./punct/2/PUNCT/.",
        {"Russian": "RUS", "Ukrainian": "UKR"},
        {("RUS", "assault", "UKR")},
        id="demonym-agents-and-owned-targets",
    ),
    pytest.param(
        "The/det/2/DET/the Russian/amod/2/ADJ/russian S-400/nsubjpass/4/NOUN/s-400 "
        "was/auxpass/4/AUX/be delivered/ROOT/4/VERB/deliver to/prep/4/ADP/to "
        "Turkiye/pobj/5/PROPN/Turkiye ./punct/4/PUNCT/.",
        {"Russian": "RUS", "Turkiye": "TUR"},
        set(),
        id="a-demonym-on-a-thing-is-not-an-actor",
    ),
    pytest.param(
        "Turkiye/nsubj/1/PROPN/Turkiye is/ROOT/1/AUX/be a/det/4/DET/a NATO/compound/4/PROPN/NATO "
        "member/attr/1/NOUN/member ./punct/1/PUNCT/.",
        {"Turkiye": "TUR", "NATO": "NATO"},
        {("TUR", "member_of", "NATO")},
        id="copula-member",
    ),
    pytest.param(
        "The/det/1/DET/the EU/nsubj/2/PROPN/EU imposed/ROOT/2/VERB/impose "
        "sanctions/dobj/2/NOUN/sanction on/prep/3/ADP/on "
        "Russia/pobj/4/PROPN/Russia ./punct/2/PUNCT/.",
        {"EU": "EU", "Russia": "RUS"},
        {("EU", "sanction", "RUS")},
        id="light-verb-noun-with-preposition",
    ),
    pytest.param(
        "France/nsubj/1/PROPN/France is/ROOT/1/AUX/be an/det/3/DET/an ally/attr/1/NOUN/ally "
        "of/prep/3/ADP/of Germany/pobj/4/PROPN/Germany ./punct/1/PUNCT/.",
        {"France": "FRA", "Germany": "DEU"},
        {("DEU", "ally", "FRA")},
        id="symmetric-relation-stored-source-lt-target",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", CASES)
def test_frames(blank, extractor, spec, actors, expected):
    assert keys(extractor.extract(build(blank, spec, actors))) == expected


MET = (
    "Armenia/nsubj/3/PROPN/Armenia and/cc/0/CCONJ/and Azerbaijan/conj/0/PROPN/Azerbaijan "
    "met/ROOT/3/VERB/meet in/prep/3/ADP/in Abu/compound/6/PROPN/Abu Dhabi/pobj/4/PROPN/Dhabi "
    "./punct/3/PUNCT/."
)


def test_coordinated_subjects_meet_once_and_places_are_not_arguments(blank, extractor):
    doc = build(
        blank, MET, {"Armenia": "ARM", "Azerbaijan": "AZE", "Dhabi": "ARE"}, places=("Dhabi",)
    )
    triples = extractor.extract(doc)
    assert keys(triples) == {("ARM", "consult", "AZE")}
    assert triples[0].modality is Modality.ASSERTED and not triples[0].negated


def test_evidence_carries_sentence_offsets_trigger_and_document_facts(blank, extractor):
    doc = build(blank, MET, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    (triple,) = extractor.extract(doc)
    ev = triple.evidence
    assert (ev.doc_id, ev.outlet, ev.date.isoformat()) == ("d1", "Test Wire", "2025-07-11")
    assert doc.text[ev.start : ev.end] == ev.sentence
    assert ev.trigger == "met" and doc.text[ev.trigger_start :].startswith("met")
    assert 0.0 < triple.confidence <= 1.0


def test_reported_speech_future_is_attributed_to_the_speaker(blank, extractor):
    spec = (
        "Trump/nsubj/1/PROPN/Trump said/ROOT/1/VERB/say the/det/3/DET/the US/nsubj/5/PROPN/US "
        "will/aux/5/AUX/will send/ccomp/1/VERB/send Patriots/dobj/5/PROPN/Patriots "
        "to/prep/5/ADP/to Ukraine/pobj/7/PROPN/Ukraine ./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Trump": "person:donald-trump", "US": "USA", "Ukraine": "UKR"})
    (triple,) = [t for t in extractor.extract(doc) if t.relation is Relation.AID]
    assert (triple.source.id, triple.target.id) == ("USA", "UKR")
    assert triple.modality is Modality.FUTURE and triple.stated
    assert triple.attributed_to is not None and triple.attributed_to.id == "person:donald-trump"


HEDGED = [
    pytest.param(
        "Turkiye/nsubj/1/PROPN/Turkiye refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "attack/xcomp/1/VERB/attack Syria/dobj/3/PROPN/Syria ./punct/1/PUNCT/.",
        {"Turkiye": "TUR", "Syria": "SYR"},
        ("TUR", "assault", "SYR"),
        True,
        Modality.ASSERTED,
        id="refused-to",
    ),
    pytest.param(
        "Turkiye/nsubj/2/PROPN/Turkiye is/aux/2/AUX/be pushing/ROOT/2/VERB/push for/prep/2/ADP/for "
        "a/det/6/DET/a peace/compound/6/NOUN/peace "
        "deal/pobj/3/NOUN/deal between/prep/6/ADP/between "
        "Armenia/pobj/7/PROPN/Armenia and/cc/8/CCONJ/and Azerbaijan/conj/8/PROPN/Azerbaijan "
        "./punct/2/PUNCT/.",
        {"Turkiye": "TUR", "Armenia": "ARM", "Azerbaijan": "AZE"},
        ("ARM", "agree", "AZE"),
        False,
        Modality.DESIRED,
        id="pushing-for-a-deal-between",
    ),
    pytest.param(
        "If/mark/2/SCONJ/if Russia/nsubj/2/PROPN/Russia attacks/advcl/7/VERB/attack "
        "Ukraine/dobj/2/PROPN/Ukraine ,/punct/7/PUNCT/, "
        "NATO/nsubj/7/PROPN/NATO will/aux/7/AUX/will "
        "respond/ROOT/7/VERB/respond ./punct/7/PUNCT/.",
        {"Russia": "RUS", "Ukraine": "UKR", "NATO": "NATO"},
        ("RUS", "assault", "UKR"),
        False,
        Modality.CONDITIONAL,
        id="if-clause",
    ),
    pytest.param(
        "Armenia/nsubj/3/PROPN/Armenia and/cc/0/CCONJ/and Azerbaijan/conj/0/PROPN/Azerbaijan "
        "are/ROOT/3/AUX/be unlikely/acomp/3/ADJ/unlikely to/aux/6/PART/to sever/xcomp/4/VERB/sever "
        "ties/dobj/6/NOUN/tie ./punct/3/PUNCT/.",
        {"Armenia": "ARM", "Azerbaijan": "AZE"},
        ("ARM", "sanction", "AZE"),
        True,
        Modality.ASSERTED,
        id="unlikely-to-sever-ties",
    ),
]


@pytest.mark.parametrize("spec, actors, key, negated, modality", HEDGED)
def test_negation_and_modality(blank, extractor, spec, actors, key, negated, modality):
    found = {
        (t.source.id, t.relation.value, t.target.id): t
        for t in extractor.extract(build(blank, spec, actors))
    }
    assert key in found
    assert found[key].negated is negated
    assert found[key].modality is modality
    assert not found[key].stated


def test_mutual_non_symmetric_relation_goes_both_ways(blank, extractor):
    spec = HEDGED[3].values[0]
    triples = extractor.extract(build(blank, spec, {"Armenia": "ARM", "Azerbaijan": "AZE"}))
    assert keys(triples) == {("ARM", "sanction", "AZE"), ("AZE", "sanction", "ARM")}


def test_reported_would_is_future_and_cutting_aid_is_a_sanction(blank, extractor):
    spec = (
        "The/det/1/DET/the US/nsubj/2/PROPN/US announced/ROOT/2/VERB/announce it/nsubj/5/PRON/it "
        "would/aux/5/AUX/would prohibit/ccomp/2/VERB/prohibit aid/dobj/5/NOUN/aid "
        "to/prep/5/ADP/to Albania/pobj/7/PROPN/Albania ./punct/2/PUNCT/."
    )
    found = {
        (t.source.id, t.relation.value, t.target.id): t
        for t in extractor.extract(build(blank, spec, {"US": "USA", "Albania": "ALB"}))
    }
    assert found[("USA", "aid", "ALB")].negated
    sanction = found[("USA", "sanction", "ALB")]
    assert sanction.stated and sanction.modality is Modality.FUTURE


def test_subject_of_for_gerund_is_the_object(blank, extractor):
    spec = (
        "The/det/1/DET/the EU/nsubj/2/PROPN/EU "
        "slammed/ROOT/2/VERB/slam Hungary/dobj/2/PROPN/Hungary "
        "for/prep/2/ADP/for blocking/pcomp/4/VERB/block aid/dobj/5/NOUN/aid to/prep/5/ADP/to "
        "Ukraine/pobj/7/PROPN/Ukraine ./punct/2/PUNCT/."
    )
    doc = build(blank, spec, {"EU": "EU", "Hungary": "HUN", "Ukraine": "UKR"})
    stated = {
        k
        for k, t in (
            ((t.source.id, t.relation.value, t.target.id), t) for t in extractor.extract(doc)
        )
        if t.stated
    }
    assert ("EU", "accuse", "HUN") in stated and ("HUN", "sanction", "UKR") in stated
    assert not any(k[0] == "EU" and k[2] == "UKR" for k in stated)


def test_passive_arrest_in_a_state_is_done_by_that_state(blank, extractor):
    spec = (
        "Two/nummod/2/NUM/two Russian/amod/2/ADJ/russian citizens/nsubjpass/4/NOUN/citizen "
        "were/auxpass/4/AUX/be arrested/ROOT/4/VERB/arrest in/prep/4/ADP/in "
        "Azerbaijan/pobj/5/PROPN/Azerbaijan ./punct/4/PUNCT/."
    )
    doc = build(blank, spec, {"Russian": "RUS", "Azerbaijan": "AZE"}, places=("Azerbaijan",))
    assert keys(extractor.extract(doc)) == {("AZE", "coerce", "RUS")}


def test_an_ultimatum_is_a_threat(blank, extractor):
    spec = (
        "Nigeria/nsubj/2/PROPN/Nigeria will/aux/2/AUX/will withdraw/ROOT/2/VERB/withdraw "
        "its/poss/4/PRON/its troops/dobj/2/NOUN/troop from/prep/2/ADP/from Chad/pobj/5/PROPN/Chad "
        "unless/mark/9/SCONJ/unless Chad/nsubj/9/PROPN/Chad holds/advcl/2/VERB/hold "
        "elections/dobj/9/NOUN/election ./punct/2/PUNCT/."
    )
    found = {
        (t.source.id, t.relation.value, t.target.id): t
        for t in extractor.extract(build(blank, spec, {"Nigeria": "NGA", "Chad": "TCD"}))
    }
    # the withdrawal holds only on its condition; the threat itself is stated
    assert found[("NGA", "retreat", "TCD")].modality is Modality.CONDITIONAL
    assert found[("NGA", "threaten", "TCD")].stated


def test_role_facts_become_triples(blank, extractor):
    spec = (
        "Trump/nsubj/1/PROPN/Trump said/ROOT/1/VERB/say the/det/3/DET/the US/nsubj/5/PROPN/US "
        "will/aux/5/AUX/will send/ccomp/1/VERB/send Patriots/dobj/5/PROPN/Patriots "
        "to/prep/5/ADP/to Ukraine/pobj/7/PROPN/Ukraine ./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Trump": "person:donald-trump", "US": "USA", "Ukraine": "UKR"})
    doc._.geokg_roles = [("person:donald-trump", "leader_of", "USA", doc[0:1])]
    triples = extractor.extract(doc)
    assert ("person:donald-trump", "leader_of", "USA") in keys(triples)


def test_no_actor_spans_gives_no_triples(blank, extractor):
    doc = Doc(blank.vocab, words=["Nothing", "happened", "."])
    assert extractor(doc)._.geokg_triples == []


def test_factory_is_registered_and_configurable(tmp_path):
    blank = spacy.blank("en")
    pipe = blank.add_pipe("geokg_relations", config={"min_confidence": 0.5})
    assert isinstance(pipe, RelationExtractor) and pipe.min_confidence == 0.5


def _write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bad_pattern_names_file_and_entry(tmp_path):
    raw = json.loads(data_path("relations", "patterns.json").read_text(encoding="utf-8"))
    raw["phrases"][2]["pattern"] = [{"LOWR": "oops"}]
    bad = _write(tmp_path, "patterns.json", raw)
    with pytest.raises(DataError) as err:
        load_lexicon(patterns=bad)
    msg = str(err.value)
    assert "patterns.json" in msg and "phrase 2" in msg and raw["phrases"][2]["id"] in msg


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda d: d["entries"][0].update(relation="befriend"), "entry 0"),
        (lambda d: d["entries"][1].update(frame="nope"), "unknown frame"),
        (lambda d: d["frames"]["transitive"].update(source=["telepathy"]), "unknown role"),
        (lambda d: d["entries"][3].update(object="@missing"), "unknown word list"),
        (lambda d: d["entries"][4].update(weight=3), "weight"),
    ],
)
def test_bad_lexicon_entries_are_rejected(tmp_path, mutate, fragment):
    raw = json.loads(data_path("relations", "lexicon.json").read_text(encoding="utf-8"))
    mutate(raw)
    with pytest.raises(DataError, match=fragment):
        load_lexicon(lexicon=_write(tmp_path, "lexicon.json", raw))


def test_bundled_lexicon_covers_every_interaction_relation():
    lex = load_lexicon()
    covered = {e.relation for e in lex.entries} | {p.entry.relation for p in lex.phrases}
    missing = {r for r in Relation if not r.structural or r is Relation.MEMBER_OF} - covered
    assert not missing


def test_roles_without_a_parse_use_the_whole_text(blank, extractor):
    doc = Doc(blank.vocab, words=["US", "President", "Donald", "Trump", "spoke"])
    doc._.geokg_actors = {
        "USA": Actor(id="USA", name="United States", type=ActorType.STATE),
        "person:donald-trump": Actor(
            id="person:donald-trump", name="Donald Trump", type=ActorType.PERSON, country="USA"
        ),
    }
    doc._.geokg_roles = [("person:donald-trump", "leader_of", "USA", doc[0:2])]
    (triple,) = extractor.extract(doc)
    assert triple.evidence.sentence == doc[:].text and triple.evidence.doc_id == "doc"


def test_both_sides_resolved_by_coref_takes_both_of_the_pair(blank, extractor):
    spec = (
        "Tensions/nsubj/5/NOUN/tension between/prep/0/ADP/between "
        "Azerbaijan/pobj/1/PROPN/Azerbaijan and/cc/2/CCONJ/and Russia/conj/2/PROPN/Russia "
        "rose/ROOT/5/VERB/rise ./punct/5/PUNCT/. "
        "Turkiye/nsubj/8/PROPN/Turkiye urged/ROOT/8/VERB/urge both/det/10/DET/both "
        "sides/dobj/8/NOUN/side to/aux/12/PART/to show/xcomp/8/VERB/show "
        "restraint/dobj/12/NOUN/restraint ./punct/8/PUNCT/."
    )
    doc = build(blank, spec, {"Azerbaijan": "AZE", "Russia": "RUS", "Turkiye": "TUR"})
    both = Span(doc, 9, 11, label="state")  # set by geokg.actors.references as geokg_actors does
    both._.geokg_actor, both._.geokg_actors, both._.geokg_via = "AZE", ["AZE", "RUS"], "coref"
    doc.spans["geokg_actors"] = sorted([*doc.spans["geokg_actors"], both], key=lambda s: s.start)
    assert keys(extractor.extract(doc)) == {
        ("AZE", "tension", "RUS"),
        ("TUR", "request", "AZE"),
        ("TUR", "request", "RUS"),
    }


def test_he_refers_to_the_person_who_is_subject_earlier(blank, extractor):
    spec = (
        "Merz/nsubj/1/PROPN/Merz spoke/ROOT/1/VERB/speak in/prep/1/ADP/in Rome/pobj/2/PROPN/Rome "
        ",/punct/3/PUNCT/, where/advmod/7/SCONJ/where he/nsubj/7/PRON/he met/relcl/3/VERB/meet "
        "Zelensky/dobj/7/PROPN/Zelensky ./punct/1/PUNCT/."
    )
    doc = build(
        blank, spec, {"Merz": "person:friedrich-merz", "Zelensky": "person:volodymyr-zelenskyy"}
    )
    assert keys(extractor.extract(doc)) == {
        ("person:friedrich-merz", "consult", "person:volodymyr-zelenskyy")
    }


def test_close_ties_phrase_is_an_alliance(blank, extractor):
    spec = (
        "Hungary/nsubj/1/PROPN/Hungary maintains/ROOT/1/VERB/maintain close/amod/3/ADJ/close "
        "ties/dobj/1/NOUN/tie with/prep/3/ADP/with Russia/pobj/4/PROPN/Russia ./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Hungary": "HUN", "Russia": "RUS"})
    (triple,) = extractor.extract(doc)
    assert (triple.source.id, triple.relation, triple.target.id) == ("HUN", Relation.ALLY, "RUS")
    assert triple.evidence.trigger == "close ties"


STANCES = [
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria offered/ROOT/1/VERB/offer to/aux/3/PART/to "
        "withdraw/xcomp/1/VERB/withdraw from/prep/3/ADP/from Israel/pobj/4/PROPN/Israel "
        "./punct/1/PUNCT/.",
        "retreat",
        ("SYR", "agree", "ISR"),
        id="an-offer-to-withdraw-is-an-agreement",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria promised/ROOT/1/VERB/promise to/aux/3/PART/to "
        "continue/xcomp/1/VERB/continue aid/dobj/3/NOUN/aid to/prep/4/ADP/to "
        "Israel/pobj/5/PROPN/Israel ./punct/1/PUNCT/.",
        "aid",
        ("SYR", "agree", "ISR"),
        id="a-promise-of-continued-aid-is-an-agreement",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "recognise/xcomp/1/VERB/recognise Israel/dobj/3/PROPN/Israel ./punct/1/PUNCT/.",
        "support",
        ("SYR", "reject", "ISR"),
        id="refusing-to-recognise-is-a-rejection",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria vowed/ROOT/1/VERB/vow to/aux/3/PART/to "
        "strike/xcomp/1/VERB/strike Israel/dobj/3/PROPN/Israel ./punct/1/PUNCT/.",
        "assault",
        ("SYR", "threaten", "ISR"),
        id="a-vow-to-strike-is-a-threat",
    ),
]


@pytest.mark.parametrize("spec, action, stance", STANCES)
def test_governor_of_an_action_states_its_own_relation(blank, extractor, spec, action, stance):
    found = {
        (t.source.id, t.relation.value, t.target.id): t
        for t in extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"}))
    }
    assert found[stance].stated
    assert any(k[1] == action for k in found)


def test_refusing_to_join_hostile_measures_rejects_nobody(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "join/xcomp/1/VERB/join sanctions/dobj/3/NOUN/sanction against/prep/4/ADP/against "
        "Israel/pobj/5/PROPN/Israel ./punct/1/PUNCT/."
    )
    found = extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"}))
    assert keys(found) == {("SYR", "sanction", "ISR")}
    assert all(t.negated for t in found)


def test_a_vow_not_to_act_is_no_agreement(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria vowed/ROOT/1/VERB/vow not/neg/4/PART/not to/aux/4/PART/to "
        "return/xcomp/1/VERB/return land/dobj/4/NOUN/land to/prep/4/ADP/to "
        "Israel/pobj/6/PROPN/Israel ./punct/1/PUNCT/."
    )
    found = extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"}))
    assert "agree" not in {t.relation.value for t in found}


def test_up_to_a_number_is_the_object(blank, extractor):
    spec = (
        "Syrian/amod/1/ADJ/syrian rebels/nsubj/2/NOUN/rebel kidnapped/ROOT/2/VERB/kidnap "
        "up/prt/2/ADP/up to/prep/3/ADP/to 16/nummod/7/NUM/16 Israeli/amod/7/ADJ/israeli "
        "advisers/pobj/4/NOUN/adviser ./punct/2/PUNCT/."
    )
    doc = build(blank, spec, {"Syrian": "SYR", "Israeli": "ISR"})
    assert keys(extractor.extract(doc)) == {("SYR", "coerce", "ISR")}


def test_it_is_willing_refers_to_the_speaker(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria says/ROOT/1/VERB/say it/nsubj/3/PRON/it is/ccomp/1/AUX/be "
        "willing/acomp/3/ADJ/willing to/aux/6/PART/to withdraw/xcomp/4/VERB/withdraw "
        "from/prep/6/ADP/from Israel/pobj/7/PROPN/Israel ./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})
    assert keys(extractor.extract(doc)) == {("SYR", "retreat", "ISR"), ("SYR", "agree", "ISR")}


HOSTED = [
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria launched/ROOT/1/VERB/launch a/det/4/DET/a "
        "mediation/compound/4/NOUN/mediation effort/dobj/1/NOUN/effort between/prep/1/ADP/between "
        "Israel/pobj/5/PROPN/Israel and/cc/6/CCONJ/and Iran/conj/6/PROPN/Iran ./punct/1/PUNCT/.",
        {("SYR", "consult", "ISR"), ("SYR", "consult", "IRN")},
        id="a-mediation-effort-between",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria mobilized/ROOT/1/VERB/mobilize reservists/dobj/1/NOUN/reservist "
        "for/prep/1/ADP/for a/det/5/DET/a war/pobj/3/NOUN/war against/prep/5/ADP/against "
        "Israel/pobj/6/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "mobilize", "ISR")},
        id="mobilized-for-a-war-against",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria sought/ROOT/1/VERB/seek help/dobj/1/NOUN/help "
        "from/prep/1/ADP/from Iran/pobj/3/PROPN/Iran ./punct/1/PUNCT/.",
        {("SYR", "request", "IRN")},
        id="sought-help-from",
    ),
]


@pytest.mark.parametrize("spec, expected", HOSTED)
def test_arguments_of_host_nouns_and_purposes(blank, extractor, spec, expected):
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR", "Iran": "IRN"})
    assert expected <= keys(extractor.extract(doc))


ACTS = [
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel evacuated/ROOT/1/VERB/evacuate settlements/dobj/1/NOUN/"
        "settlement in/prep/2/ADP/in Syria/pobj/3/PROPN/Syria ./punct/1/PUNCT/.",
        ("ISR", "retreat", "SYR"),
        id="evacuating-places-in-a-state",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel refused/ROOT/1/VERB/refuse entry/dobj/1/NOUN/entry "
        "to/prep/2/ADP/to Syrian/amod/5/ADJ/syrian diplomats/pobj/3/NOUN/diplomat "
        "./punct/1/PUNCT/.",
        ("ISR", "reject", "SYR"),
        id="refusing-entry-to",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel deployed/ROOT/1/VERB/deploy peacekeepers/dobj/1/NOUN/"
        "peacekeeper in/prep/1/ADP/in Syria/pobj/3/PROPN/Syria ./punct/1/PUNCT/.",
        ("ISR", "aid", "SYR"),
        id="deploying-peacekeepers-in",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel reopened/ROOT/1/VERB/reopen its/poss/3/PRON/its "
        "embassy/dobj/1/NOUN/embassy in/prep/1/ADP/in Syria/pobj/4/PROPN/Syria ./punct/1/PUNCT/.",
        ("ISR", "agree", "SYR"),
        id="reopening-an-embassy",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel closed/ROOT/1/VERB/close its/poss/3/PRON/its "
        "embassy/dobj/1/NOUN/embassy in/prep/1/ADP/in Syria/pobj/4/PROPN/Syria ./punct/1/PUNCT/.",
        ("ISR", "sanction", "SYR"),
        id="closing-an-embassy",
    ),
]


@pytest.mark.parametrize("spec, expected", ACTS)
def test_acts_named_by_verb_and_object(blank, extractor, spec, expected):
    doc = build(blank, spec, {"Israel": "ISR", "Syrian": "SYR", "Syria": "SYR"}, places=("Syria",))
    assert keys(extractor.extract(doc)) == {expected}


def test_a_proposal_presented_to_is_a_consultation(blank, extractor):
    spec = (
        "the/det/1/DET/the plan/nsubj/8/NOUN/plan ,/punct/1/PUNCT/, which/dobj/5/PRON/which "
        "Syria/nsubj/5/PROPN/Syria presented/relcl/1/VERB/present to/prep/5/ADP/to "
        "Israel/pobj/6/PROPN/Israel ,/punct/1/PUNCT/, failed/ROOT/8/VERB/fail ./punct/8/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})
    assert keys(extractor.extract(doc)) == {("SYR", "consult", "ISR")}


def test_a_customer_in_apposition_is_stated_cooperation(blank, extractor):
    spec = (
        "Israel/nsubj/1/PROPN/Israel threatened/ROOT/1/VERB/threaten to/aux/3/PART/to "
        "punish/xcomp/1/VERB/punish Iran/dobj/3/PROPN/Iran ,/punct/4/PUNCT/, "
        "Syria/poss/8/PROPN/Syria 's/case/6/PART/'s customer/appos/4/NOUN/customer "
        "./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Israel": "ISR", "Iran": "IRN", "Syria": "SYR"})
    found = {(t.source.id, t.relation.value, t.target.id): t for t in extractor.extract(doc)}
    assert found[("IRN", "cooperate", "SYR")].modality is Modality.ASSERTED


def test_a_strike_promised_on_a_condition_threatens_who_sets_it(blank, extractor):
    spec = (
        "Syria/nsubj/2/PROPN/Syria will/aux/2/AUX/will strike/ROOT/2/VERB/strike "
        "again/advmod/2/ADV/again if/mark/6/SCONJ/if Israel/nsubj/6/PROPN/Israel "
        "rearms/advcl/2/VERB/rearm ./punct/2/PUNCT/."
    )
    (triple,) = extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"}))
    assert (triple.source.id, triple.relation, triple.target.id) == (
        "SYR",
        Relation.THREATEN,
        "ISR",
    )
    assert triple.stated


def test_a_strike_reported_as_done_is_no_threat(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria struck/ROOT/1/VERB/strike again/advmod/1/ADV/again "
        "when/advmod/5/SCONJ/when Israel/nsubj/5/PROPN/Israel rearmed/advcl/1/VERB/rearm "
        "./punct/1/PUNCT/."
    )
    assert extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})) == []


def test_an_adjective_on_a_relation_noun_takes_its_arguments(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria has/ROOT/1/VERB/have an/det/4/DET/an uneasy/amod/4/ADJ/uneasy "
        "relationship/dobj/1/NOUN/relationship with/prep/4/ADP/with Israel/pobj/5/PROPN/Israel "
        "./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})
    assert keys(extractor.extract(doc)) == {("ISR", "tension", "SYR")}


def test_suspending_a_treaty_with_is_a_sanction(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria suspended/ROOT/1/VERB/suspend a/det/3/DET/a "
        "treaty/dobj/1/NOUN/treaty with/prep/3/ADP/with Israel/pobj/4/PROPN/Israel "
        "./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})
    assert ("SYR", "sanction", "ISR") in keys(extractor.extract(doc))


def test_a_group_reference_stands_for_every_member_of_its_set(blank, extractor):
    spec = (
        "The/det/1/DET/the neighbours/nsubj/2/NOUN/neighbour condemned/ROOT/2/VERB/condemn "
        "France/dobj/2/PROPN/France ./punct/2/PUNCT/."
    )
    doc = build(blank, spec, {"France": "FRA"})
    group = Span(doc, 0, 2, label="state")
    group._.geokg_actor, group._.geokg_actors, group._.geokg_via = "SYR", ["SYR", "TUR"], "coref"
    doc.spans["geokg_actors"] = [group, *doc.spans["geokg_actors"]]
    for actor_id in ("SYR", "TUR"):
        doc._.geokg_actors[actor_id] = Actor(id=actor_id, name=NAMES[actor_id], type=ActorType.STATE)
    found = keys(extractor.extract(doc))
    assert {("SYR", "accuse", "FRA"), ("TUR", "accuse", "FRA")} <= found


def test_an_event_subject_stands_for_its_owner(blank, extractor):
    spec = (
        "Syria/poss/2/PROPN/Syria 's/case/0/PART/'s bombardment/nsubj/3/NOUN/bombardment "
        "killed/ROOT/3/VERB/kill ten/nummod/5/NUM/ten Turkish/amod/6/ADJ/turkish "
        "soldiers/dobj/3/NOUN/soldier ./punct/3/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Turkish": "TUR"})
    assert ("SYR", "assault", "TUR") in keys(extractor.extract(doc))


def test_a_subject_that_is_no_event_does_not_lift_its_owner(blank, extractor):
    spec = (
        "Syria/poss/2/PROPN/Syria 's/case/0/PART/'s economy/nsubj/3/NOUN/economy "
        "killed/ROOT/3/VERB/kill ten/nummod/5/NUM/ten Turkish/amod/6/ADJ/turkish "
        "soldiers/dobj/3/NOUN/soldier ./punct/3/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Turkish": "TUR"})
    assert extractor.extract(doc) == []


def test_water_cannon_fired_at_vessels_is_an_assault(blank, extractor):
    spec = (
        "Turkish/amod/2/ADJ/turkish coast/compound/2/NOUN/coast guard/nsubj/3/NOUN/guard "
        "fired/ROOT/3/VERB/fire water/compound/5/NOUN/water cannon/dobj/3/NOUN/cannon "
        "at/prep/3/ADP/at Syrian/amod/8/ADJ/syrian boats/pobj/6/NOUN/boat ./punct/3/PUNCT/."
    )
    doc = build(blank, spec, {"Turkish": "TUR", "Syrian": "SYR"})
    assert ("TUR", "assault", "SYR") in keys(extractor.extract(doc))


CONSTRUCTIONS = [
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria blamed/ROOT/1/VERB/blame the/det/3/DET/the "
        "strike/dobj/1/NOUN/strike on/prep/3/ADP/on Israel/pobj/4/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "accuse", "ISR")},
        id="blaming-a-thing-on-an-actor-accuses-it-and-nothing-else",
    ),
    pytest.param(
        "Syrian/amod/1/ADJ/syrian troops/nsubj/2/NOUN/troop fired/ROOT/2/VERB/fire at/prep/2/ADP/at "
        "Turkish/amod/5/ADJ/turkish positions/pobj/3/NOUN/position ./punct/2/PUNCT/.",
        {("SYR", "assault", "TUR")},
        id="intransitive-fired-at",
    ),
    pytest.param(
        "Syria/npadvmod/2/PROPN/Syria -/punct/2/PUNCT/- led/amod/3/VERB/lead "
        "militants/nsubj/4/NOUN/militant attacked/ROOT/4/VERB/attack Israel/dobj/4/PROPN/Israel "
        "./punct/4/PUNCT/.",
        {("SYR", "assault", "ISR")},
        id="led-forces-stand-for-their-leader",
    ),
    pytest.param(
        "Fighters/nsubj/5/NOUN/fighter from/prep/0/ADP/from the/det/4/DET/the "
        "Syria/compound/4/PROPN/Syria group/pobj/1/NOUN/group killed/ROOT/5/VERB/kill "
        "Turkish/amod/7/ADJ/turkish soldiers/dobj/5/NOUN/soldier ./punct/5/PUNCT/.",
        {("SYR", "assault", "TUR")},
        id="fighters-from-a-named-group",
    ),
    pytest.param(
        "Turkiye/nsubj/1/PROPN/Turkiye called/ROOT/1/VERB/call for/prep/1/ADP/for "
        "restraint/pobj/2/NOUN/restraint from/prep/3/ADP/from Syria/pobj/4/PROPN/Syria "
        "and/cc/5/CCONJ/and Israel/conj/5/PROPN/Israel ./punct/1/PUNCT/.",
        {("TUR", "request", "SYR"), ("TUR", "request", "ISR")},
        id="calling-for-restraint-from",
    ),
    pytest.param(
        "Turkiye/nsubj/2/PROPN/Turkiye is/aux/2/AUX/be pushing/ROOT/2/VERB/push for/prep/2/ADP/for "
        "a/det/5/DET/a truce/pobj/3/NOUN/truce between/prep/5/ADP/between Syria/pobj/6/PROPN/Syria "
        "and/cc/7/CCONJ/and Israel/conj/7/PROPN/Israel ./punct/2/PUNCT/.",
        {("TUR", "request", "SYR"), ("TUR", "request", "ISR")},
        id="pushing-for-a-deal-between",
    ),
    pytest.param(
        "Iran/nsubj/1/PROPN/Iran sent/ROOT/1/VERB/send troops/dobj/1/NOUN/troop to/aux/4/PART/to "
        "support/advcl/1/VERB/support Syria/dobj/4/PROPN/Syria ./punct/1/PUNCT/.",
        {("IRN", "aid", "SYR")},
        id="sending-troops-to-support-is-aid",
    ),
    pytest.param(
        "the/det/1/DET/the decision/nsubj/7/NOUN/decision of/prep/1/ADP/of Iran/pobj/2/PROPN/Iran "
        "to/aux/5/PART/to arm/acl/1/VERB/arm Syria/dobj/5/PROPN/Syria "
        "angered/ROOT/7/VERB/anger Israel/dobj/7/PROPN/Israel ./punct/7/PUNCT/.",
        {("IRN", "aid", "SYR")},
        id="the-holder-of-a-decision-to-act-is-its-subject",
    ),
]


@pytest.mark.parametrize("spec, expected", CONSTRUCTIONS)
def test_argument_constructions(blank, extractor, spec, expected):
    actors = {
        "Syria": "SYR",
        "Syrian": "SYR",
        "Israel": "ISR",
        "Turkish": "TUR",
        "Turkiye": "TUR",
        "Iran": "IRN",
    }
    stated = [t for t in extractor.extract(build(blank, spec, actors)) if t.stated]
    assert keys(stated) == expected


def test_threatening_an_intervention_in_a_place_threatens_its_state(blank, extractor):
    spec = (
        "Nigeria/nsubj/1/PROPN/Nigeria threatened/ROOT/1/VERB/threaten military/amod/3/ADJ/military "
        "intervention/dobj/1/NOUN/intervention in/prep/3/ADP/in Chad/pobj/4/PROPN/Chad "
        "./punct/1/PUNCT/."
    )
    doc = build(blank, spec, {"Nigeria": "NGA", "Chad": "TCD"}, places=("Chad",))
    assert keys(extractor.extract(doc)) == {("NGA", "threaten", "TCD")}


def test_an_object_pronoun_is_the_other_person_named_before(blank, extractor):
    spec = (
        "Trump/nsubj/1/PROPN/Trump met/ROOT/1/VERB/meet Merz/dobj/1/PROPN/Merz and/cc/1/CCONJ/and "
        "urged/conj/1/VERB/urge him/dobj/4/PRON/he to/aux/7/PART/to "
        "help/xcomp/4/VERB/help Ukraine/dobj/7/PROPN/Ukraine ./punct/1/PUNCT/."
    )
    actors = {"Trump": "person:donald-trump", "Merz": "person:friedrich-merz", "Ukraine": "UKR"}
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert ("person:donald-trump", "request", "person:friedrich-merz") in found


def test_his_is_not_a_state_subject(blank, extractor):
    spec = (
        "Zelensky/nsubj/1/PROPN/Zelensky proposed/ROOT/1/VERB/propose talks/dobj/1/NOUN/talk "
        ",/punct/1/PUNCT/, but/cc/1/CCONJ/but Russia/nsubj/6/PROPN/Russia "
        "rejected/conj/1/VERB/reject his/poss/8/PRON/his offer/dobj/6/NOUN/offer ./punct/1/PUNCT/."
    )
    actors = {"Zelensky": "person:volodymyr-zelenskyy", "Russia": "RUS"}
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert ("RUS", "reject", "person:volodymyr-zelenskyy") in found


def test_the_subject_of_talks_is_not_done_but_a_dispute_discussed_stands(blank, extractor):
    spec = (
        "Talks/nsubj/6/NOUN/talk on/prep/0/ADP/on a/det/3/DET/a truce/pobj/1/NOUN/truce "
        "between/prep/3/ADP/between Syria/pobj/4/PROPN/Syria and/cc/5/CCONJ/and "
        "Israel/conj/5/PROPN/Israel stalled/ROOT/6/VERB/stall ./punct/6/PUNCT/."
    )
    doc = build(blank, spec, {"Syria": "SYR", "Israel": "ISR"})
    (truce,) = [t for t in extractor.extract(doc) if t.relation is Relation.AGREE]
    assert not truce.stated
    doc = build(blank, spec.replace("a/det/3/DET/a truce/pobj/1/NOUN/truce", "the/det/3/DET/the "
                "dispute/pobj/1/NOUN/dispute"), {"Syria": "SYR", "Israel": "ISR"})
    (dispute,) = [t for t in extractor.extract(doc) if t.relation is Relation.TENSION]
    assert dispute.stated


MORE_CONSTRUCTIONS = [
    pytest.param(
        "Syria/nsubj/13/PROPN/Syria ,/punct/0/PUNCT/, whose/poss/3/DET/whose "
        "leaders/nsubj/4/NOUN/leader have/relcl/0/VERB/have an/det/7/DET/an "
        "uneasy/amod/7/ADJ/uneasy relationship/dobj/4/NOUN/relationship with/prep/7/ADP/with "
        "Israel/pobj/8/PROPN/Israel ,/punct/0/PUNCT/, and/cc/0/CCONJ/and Iran/conj/0/PROPN/Iran "
        "met/ROOT/13/VERB/meet ./punct/13/PUNCT/.",
        {("ISR", "tension", "SYR"), ("IRN", "consult", "SYR")},
        id="whose-stands-for-the-noun-the-clause-is-on",
    ),
    pytest.param(
        "Syria/nsubj/2/PROPN/Syria has/aux/2/AUX/have moved/ROOT/2/VERB/move "
        "closer/advmod/2/ADV/closer to/prep/3/ADP/to Iran/pobj/4/PROPN/Iran ./punct/2/PUNCT/.",
        {("SYR", "cooperate", "IRN")},
        id="moving-closer-to",
    ),
    pytest.param(
        "Israel/nsubj/1/PROPN/Israel destroyed/ROOT/1/VERB/destroy Syrian/amod/3/ADJ/syrian "
        "tanks/dobj/1/NOUN/tank ./punct/1/PUNCT/.",
        {("ISR", "assault", "SYR")},
        id="destroying-what-an-actor-owns",
    ),
    pytest.param(
        "the/det/1/DET/the downing/nsubj/10/NOUN/downing of/prep/1/ADP/of a/det/5/DET/a "
        "Syrian/amod/5/ADJ/syrian jet/pobj/2/NOUN/jet that/dobj/8/PRON/that Iran/nsubj/8/PROPN/Iran "
        "blamed/relcl/5/VERB/blame on/prep/8/ADP/on Israel/pobj/9/PROPN/Israel "
        "angered/ROOT/10/VERB/anger Damascus/dobj/10/PROPN/Damascus ./punct/10/PUNCT/.",
        {("IRN", "accuse", "ISR"), ("ISR", "assault", "SYR")},
        id="a-hostile-act-blamed-on-an-actor-was-done-by-it",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria blamed/ROOT/1/VERB/blame Israel/dobj/1/PROPN/Israel "
        "for/prep/1/ADP/for the/det/5/DET/the shelling/pobj/3/NOUN/shelling of/prep/5/ADP/of "
        "Iranian/amod/8/ADJ/iranian bases/pobj/6/NOUN/base ./punct/1/PUNCT/.",
        {("SYR", "accuse", "ISR"), ("ISR", "assault", "IRN")},
        id="blamed-for-an-act-names-its-doer",
    ),
]


@pytest.mark.parametrize("spec, expected", MORE_CONSTRUCTIONS)
def test_more_argument_constructions(blank, extractor, spec, expected):
    actors = {"Syria": "SYR", "Syrian": "SYR", "Israel": "ISR", "Iran": "IRN", "Iranian": "IRN"}
    stated = [t for t in extractor.extract(build(blank, spec, actors)) if t.stated]
    assert keys(stated) == expected


POSTURE = [
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria deployed/ROOT/1/VERB/deploy troops/dobj/1/NOUN/troop "
        "to/aux/4/PART/to counter/advcl/1/VERB/counter threats/dobj/4/NOUN/threat "
        "from/prep/5/ADP/from Israel/pobj/6/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "mobilize", "ISR")},
        id="deploying-to-counter-threats-from",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria boosted/ROOT/1/VERB/boost defence/compound/3/NOUN/defence "
        "spending/dobj/1/NOUN/spending to/aux/5/PART/to deter/advcl/1/VERB/deter "
        "Israel/dobj/5/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "mobilize", "ISR")},
        id="boosting-defence-spending-to-deter",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria sent/ROOT/1/VERB/send warships/dobj/1/NOUN/warship "
        "near/prep/1/ADP/near Israel/pobj/3/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "mobilize", "ISR")},
        id="sending-warships-near",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria recalled/ROOT/1/VERB/recall its/poss/3/PRON/its "
        "ambassador/dobj/1/NOUN/ambassador from/prep/1/ADP/from Iran/pobj/4/PROPN/Iran "
        "./punct/1/PUNCT/.",
        {("SYR", "sanction", "IRN")},
        id="recalling-an-ambassador",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria imposed/ROOT/1/VERB/impose export/compound/3/NOUN/export "
        "controls/dobj/1/NOUN/control on/prep/1/ADP/on Iran/pobj/4/PROPN/Iran ./punct/1/PUNCT/.",
        {("SYR", "sanction", "IRN")},
        id="imposing-export-controls",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria cut/ROOT/1/VERB/cut ties/dobj/1/NOUN/tie with/prep/2/ADP/with "
        "Israel/pobj/3/PROPN/Israel ,/punct/1/PUNCT/, accusing/advcl/1/VERB/accuse it/dobj/6/PRON/it "
        "of/prep/6/ADP/of arming/pcomp/8/VERB/arm Iran/dobj/9/PROPN/Iran ./punct/1/PUNCT/.",
        {("SYR", "sanction", "ISR"), ("SYR", "accuse", "ISR"), ("ISR", "aid", "IRN")},
        id="it-as-object-is-the-state-named-before",
    ),
]


@pytest.mark.parametrize("spec, expected", POSTURE)
def test_posture_sanctions_and_object_it(blank, extractor, spec, expected):
    actors = {"Syria": "SYR", "Israel": "ISR", "Iran": "IRN"}
    stated = [t for t in extractor.extract(build(blank, spec, actors)) if t.stated]
    assert keys(stated) == expected


def test_a_vow_to_arm_oneself_threatens_nobody(blank, extractor):
    spec = (
        "Syria/nsubj/1/PROPN/Syria vowed/ROOT/1/VERB/vow to/aux/3/PART/to "
        "bolster/xcomp/1/VERB/bolster its/poss/5/PRON/its forces/dobj/3/NOUN/force "
        "to/aux/7/PART/to counter/advcl/3/VERB/counter Israel/dobj/7/PROPN/Israel ./punct/1/PUNCT/."
    )
    found = {t.relation: t for t in extractor.extract(build(blank, spec, {"Syria": "SYR", "Israel": "ISR"}))}
    assert set(found) == {Relation.MOBILIZE}
    assert not found[Relation.MOBILIZE].stated


DIPLOMACY = [
    pytest.param(
        "Syria/poss/3/PROPN/Syria 's/case/0/PART/'s foreign/amod/3/ADJ/foreign "
        "minister/nsubj/4/NOUN/minister met/ROOT/4/VERB/meet his/poss/7/PRON/his "
        "Iranian/amod/7/ADJ/iranian counterpart/dobj/4/NOUN/counterpart ./punct/4/PUNCT/.",
        {("SYR", "consult", "IRN")},
        id="his-iranian-counterpart-is-iran",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria pushed/ROOT/1/VERB/push Iranian/amod/3/ADJ/iranian "
        "troops/dobj/1/NOUN/troop out/prep/1/ADP/out of/prep/4/ADP/of "
        "Aleppo/pobj/5/PROPN/Aleppo ./punct/1/PUNCT/.",
        {("SYR", "coerce", "IRN")},
        id="out-of-parsed-as-a-preposition-is-the-particle",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria protested/ROOT/1/VERB/protest to/prep/1/ADP/to "
        "Israel/pobj/2/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "accuse", "ISR")},
        id="protesting-to-a-state",
    ),
    pytest.param(
        "Syria/nsubj/1/PROPN/Syria filed/ROOT/1/VERB/file a/det/3/DET/a case/dobj/1/NOUN/case "
        "against/prep/3/ADP/against Israel/pobj/4/PROPN/Israel ./punct/1/PUNCT/.",
        {("SYR", "accuse", "ISR")},
        id="filing-a-case-against",
    ),
    pytest.param(
        "the/det/5/DET/the Iranian/npadvmod/3/ADJ/iranian -/punct/3/PUNCT/- led/amod/5/VERB/lead "
        "NATO/compound/5/PROPN/NATO forces/nsubj/6/NOUN/force attacked/ROOT/6/VERB/attack "
        "Syria/dobj/6/PROPN/Syria ./punct/6/PUNCT/.",
        {("NATO", "assault", "SYR")},
        id="a-named-led-organisation-is-itself-not-its-leader",
    ),
]


@pytest.mark.parametrize("spec, expected", DIPLOMACY)
def test_diplomatic_constructions(blank, extractor, spec, expected):
    actors = {"Syria": "SYR", "Israel": "ISR", "Iranian": "IRN", "NATO": "NATO"}
    stated = [t for t in extractor.extract(build(blank, spec, actors)) if t.stated]
    assert keys(stated) == expected


def test_i_in_a_quote_is_the_speaker(blank, extractor):
    spec = (
        "I/nsubj/1/PRON/I am/ccomp/7/AUX/be disappointed/acomp/1/ADJ/disappointed with/prep/2/ADP/with "
        "Merz/pobj/3/PROPN/Merz ,/punct/7/PUNCT/, Trump/nsubj/7/PROPN/Trump said/ROOT/7/VERB/say "
        "./punct/7/PUNCT/."
    )
    actors = {"Merz": "person:friedrich-merz", "Trump": "person:donald-trump"}
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert found == {("person:donald-trump", "accuse", "person:friedrich-merz")}


def test_driving_back_troops_is_an_assault(blank, extractor):
    spec = (
        "Syrian/amod/1/ADJ/syrian forces/nsubj/2/NOUN/force drove/ROOT/2/VERB/drive back/advmod/2/ADV/back "
        "Iranian/amod/5/ADJ/iranian troops/dobj/2/NOUN/troop ./punct/2/PUNCT/."
    )
    found = keys(extractor.extract(build(blank, spec, {"Syrian": "SYR", "Iranian": "IRN"})))
    assert found == {("SYR", "assault", "IRN")}


def test_a_plural_proper_noun_agent_is_lifted(blank, extractor):
    spec = (
        "Syrian/amod/1/ADJ/syrian Rebels/nsubj/2/PROPN/Rebels attacked/ROOT/2/VERB/attack "
        "Israel/dobj/2/PROPN/Israel ./punct/2/PUNCT/."
    )
    found = keys(extractor.extract(build(blank, spec, {"Syrian": "SYR", "Israel": "ISR"})))
    assert found == {("SYR", "assault", "ISR")}


def test_calling_someone_a_name_is_no_consultation(blank, extractor):
    spec = (
        "Trump/nsubj/1/PROPN/Trump called/ROOT/1/VERB/call Merz/dobj/1/PROPN/Merz a/det/4/DET/a "
        "dictator/oprd/1/NOUN/dictator ./punct/1/PUNCT/."
    )
    actors = {"Trump": "person:donald-trump", "Merz": "person:friedrich-merz"}
    # nobody phoned; the name is a stigma, so the caller accuses (the 'labelling' frame)
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert found == {("person:donald-trump", "accuse", "person:friedrich-merz")}
    spec = spec.replace("a/det/4/DET/a dictator/oprd/1/NOUN/dictator", "on/prep/1/ADP/on Sunday/npadvmod/1/PROPN/Sunday")
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert found == {("person:donald-trump", "consult", "person:friedrich-merz")}


def test_a_name_parsed_as_a_predicate_is_the_object(blank, extractor):
    spec = (
        "Trump/nsubj/1/PROPN/Trump called/ROOT/1/VERB/call Merz/oprd/1/PROPN/Merz on/prep/1/ADP/on "
        "Friday/pobj/3/PROPN/Friday ./punct/1/PUNCT/."
    )
    actors = {"Trump": "person:donald-trump", "Merz": "person:friedrich-merz"}
    found = keys(extractor.extract(build(blank, spec, actors)))
    assert found == {("person:donald-trump", "consult", "person:friedrich-merz")}


def _allies(triples) -> set[frozenset[str]]:
    return {frozenset((t.source.id, t.target.id)) for t in triples if t.relation is Relation.ALLY}


def test_a_singular_apposition_after_a_coordination_describes_the_last_conjunct(blank, extractor):
    spec = (
        "Relations/nsubj/11/NOUN/relation between/prep/0/ADP/between "
        "Azerbaijan/pobj/1/PROPN/Azerbaijan and/cc/2/CCONJ/and Russia/conj/2/PROPN/Russia "
        ",/punct/4/PUNCT/, Armenia/poss/9/PROPN/Armenia 's/case/6/PART/'s "
        "traditional/amod/9/ADJ/traditional ally/appos/2/NOUN/ally ,/punct/11/PUNCT/, "
        "deteriorated/ROOT/11/VERB/deteriorate ./punct/11/PUNCT/."
    )
    doc = build(blank, spec, {"Azerbaijan": "AZE", "Russia": "RUS", "Armenia": "ARM"})
    doc[9].tag_ = "NN"
    allies = _allies(extractor.extract(doc))
    assert frozenset(("ARM", "RUS")) in allies
    assert frozenset(("ARM", "AZE")) not in allies


def test_a_plural_apposition_after_a_coordination_describes_every_conjunct(blank, extractor):
    spec = (
        "France/nsubj/9/PROPN/France and/cc/0/CCONJ/and Germany/conj/0/PROPN/Germany "
        ",/punct/0/PUNCT/, both/det/5/DET/both allies/appos/0/NOUN/ally of/prep/5/ADP/of "
        "Ukraine/pobj/6/PROPN/Ukraine ,/punct/9/PUNCT/, spoke/ROOT/9/VERB/speak ./punct/9/PUNCT/."
    )
    doc = build(blank, spec, {"France": "FRA", "Germany": "DEU", "Ukraine": "UKR"})
    doc[5].tag_ = "NNS"
    assert _allies(extractor.extract(doc)) == {frozenset(("FRA", "UKR")), frozenset(("DEU", "UKR"))}


def _quoted_by_he(blank, pronoun: str) -> Doc:
    """ "Merz spoke. <pronoun> will support Ukraine, he said." with "he" resolved by coref."""
    spec = (
        "Merz/nsubj/1/PROPN/Merz spoke/ROOT/1/VERB/speak ./punct/1/PUNCT/. "
        f"{pronoun}/nsubj/5/PRON/{pronoun.lower()} will/aux/5/AUX/will "
        "support/ccomp/9/VERB/support Ukraine/dobj/5/PROPN/Ukraine ,/punct/9/PUNCT/, "
        "he/nsubj/9/PRON/he said/ROOT/9/VERB/say ./punct/9/PUNCT/."
    )
    merz = "person:friedrich-merz"
    doc = build(blank, spec, {"Merz": merz, "Ukraine": "UKR", "he": merz})
    doc.spans["geokg_actors"][2]._.geokg_via = "coref"  # "he" as geokg.actors.references resolves it
    return doc


def test_speaker_pronoun_resolved_by_coref_speaks_for_we(blank, extractor):
    doc = _quoted_by_he(blank, "We")
    assert keys(extractor.extract(doc)) == {("person:friedrich-merz", "support", "UKR")}


def test_speaker_pronoun_resolved_by_coref_does_not_speak_for_they(blank, extractor):
    doc = _quoted_by_he(blank, "They")
    assert keys(extractor.extract(doc)) == set()


def _said_and(blank, subject: str, verb: str, lemma: str) -> Doc:
    """ "NATO said the <subject> remained open and <verb> Turkiye" with the second verb parsed as
    a conjunct of the reported clause instead of "said"."""
    spec = (
        "NATO/nsubj/1/PROPN/NATO said/ROOT/1/VERB/say the/det/3/DET/the "
        f"{subject}/nsubj/4/NOUN/{subject.rstrip('s')} remained/ccomp/1/VERB/remain "
        f"open/acomp/4/ADJ/open and/cc/4/CCONJ/and {verb}/conj/4/VERB/{lemma} "
        "Turkiye/dobj/7/PROPN/Turkiye ./punct/1/PUNCT/."
    )
    return build(blank, spec, {"NATO": "NATO", "Turkiye": "TUR"})


def test_verbal_act_conjoined_to_a_reported_clause_is_the_speakers(blank, extractor):
    doc = _said_and(blank, "doors", "urged", "urge")
    assert keys(extractor.extract(doc)) == {("NATO", "request", "TUR")}


def test_physical_act_conjoined_to_a_reported_clause_is_not_the_speakers(blank, extractor):
    doc = _said_and(blank, "drones", "struck", "strike")  # the drones struck, not NATO
    assert keys(extractor.extract(doc)) == set()


def _warned(blank, verb: str, lemma: str, obj: str) -> Doc:
    """ "France warned that Iran could <verb> new <obj>." """
    spec = (
        "France/nsubj/1/PROPN/France warned/ROOT/1/VERB/warn that/mark/5/SCONJ/that "
        f"Iran/nsubj/5/PROPN/Iran could/aux/5/AUX/could {verb}/ccomp/1/VERB/{lemma} "
        f"new/amod/7/ADJ/new {obj}/dobj/5/NOUN/{obj.rstrip('s')} ./punct/1/PUNCT/."
    )
    return build(blank, spec, {"France": "FRA", "Iran": "IRN"})


def test_warning_of_a_penalty_for_an_actor_threatens_it(blank, extractor):
    assert keys(extractor.extract(_warned(blank, "face", "face", "sanctions"))) == {
        ("FRA", "threaten", "IRN")
    }


def test_warning_of_a_mere_hardship_is_no_threat(blank, extractor):
    assert keys(extractor.extract(_warned(blank, "face", "face", "shortages"))) == set()


SAID_VIOLATED = (
    "Armenia/nsubj/1/PROPN/Armenia said/ROOT/1/VERB/say Azerbaijan/nsubj/3/PROPN/Azerbaijan "
    "violated/ccomp/1/VERB/violate the/det/5/DET/the truce/dobj/3/NOUN/truce ./punct/1/PUNCT/."
)
SAID_NOT_VIOLATED = (
    "Armenia/nsubj/1/PROPN/Armenia said/ROOT/1/VERB/say Azerbaijan/nsubj/5/PROPN/Azerbaijan "
    "did/aux/5/AUX/do not/neg/5/PART/not violate/ccomp/1/VERB/violate the/det/7/DET/the "
    "truce/dobj/5/NOUN/truce ./punct/1/PUNCT/."
)


def test_speaker_reporting_a_violation_accuses_the_violator(blank, extractor):
    (triple,) = extractor.extract(build(blank, SAID_VIOLATED, {"Armenia": "ARM", "Azerbaijan": "AZE"}))
    assert keys([triple]) == {("ARM", "accuse", "AZE")} and not triple.negated


def test_speaker_denying_a_violation_is_a_negated_accusation(blank, extractor):
    doc = build(blank, SAID_NOT_VIOLATED, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    (triple,) = extractor.extract(doc)
    assert keys([triple]) == {("ARM", "accuse", "AZE")} and triple.negated


def test_a_matched_phrase_fixes_the_sense_of_its_word(blank, extractor):
    # "call for" is a request; without an addressee it states nothing, and never a phone call
    spec = (
        "France/nsubj/3/PROPN/France and/cc/0/CCONJ/and Germany/conj/0/PROPN/Germany "
        "called/ROOT/3/VERB/call for/prep/3/ADP/for a/det/6/DET/a ceasefire/pobj/4/NOUN/ceasefire "
        "./punct/3/PUNCT/."
    )
    doc = build(blank, spec, {"France": "FRA", "Germany": "DEU"})
    assert not [t for t in extractor.extract(doc) if t.relation is Relation.CONSULT]


def test_every_lexicon_role_has_a_finder():
    """The role dispatch table covers exactly the role names the lexicon validates."""
    from geokg.lexicon import ROLES
    from geokg.relations.roles import ROLE_FINDERS, role_tokens

    assert set(ROLE_FINDERS) == set(ROLES)
    doc = spacy.blank("en")("Russia attacked Ukraine")
    assert role_tokens("no_such_role", doc[1], None, None, None, None) == []
