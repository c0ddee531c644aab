"""Sub-state agents (geokg.actors.agents) and groups named in the text (geokg.actors.named_groups)
on hand-built parses: ``word/POS/dep/head[/ent[/lemma]]`` as in tests/test_actors.py."""

from __future__ import annotations

import json

import pytest
from test_actors import TinyGazetteer, parse

import datetime as dt

from geokg.actors import ActorRecognizer
from geokg.actors.agents import AgentLexicon
from geokg.errors import DataError
from geokg.gazetteer import Role
from geokg.models import Actor, ActorType


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=TinyGazetteer())


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("en")


def found(doc):
    """(text, actor id, agent kind, attributive) of every actor span."""
    return [(s.text, s._.geokg_actor, s._.geokg_agent, s._.geokg_attributive)
            for s in doc.spans["geokg_actors"]]


# -- the agent lexicon -------------------------------------------------------------------------


def test_longest_agent_phrase_wins():
    lex = AgentLexicon({("police",): "police", ("riot", "police"): "police",
                        ("ministry",): "government", ("ministry", "of", "defence"): "military"},
                       frozenset({"police", "government", "military"}))
    words = "the ministry of defence said".split()
    assert lex.kind_ending_at(words, 3) == (1, "military")
    assert lex.kind_ending_at(words, 1) == (1, "government")
    assert lex.kind_ending_at(words, 4) is None
    assert lex.acts_for_state("students") and not lex.acts_for_state("media")


def test_bundled_agent_lexicon_loads():
    lex = AgentLexicon.load()
    assert lex.phrases[("police",)] == "police"
    assert {"government", "military", "police"} <= lex.state_kinds


def test_a_malformed_agent_file_is_a_data_error(tmp_path):
    bad = tmp_path / "agents.json"
    bad.write_text(json.dumps({"agents": ["police"]}), encoding="utf-8")
    with pytest.raises(DataError, match="build_actor_data"):
        AgentLexicon.load(bad)


# -- agents standing for their state -------------------------------------------------------------


@pytest.mark.parametrize("spec, kind", [
    # "Turkish police detained protesters"
    ("Turkish/ADJ/amod/1/B-NORP police/NOUN/nsubj/2/O/police detained/VERB/ROOT/2 "
     "protesters/NOUN/dobj/2", "police"),
    # "the Turkish junta ruled"
    ("the/DET/det/2 Turkish/ADJ/amod/2/B-NORP junta/NOUN/nsubj/3 ruled/VERB/ROOT/3", "government"),
    # "Turkish lawmakers voted"
    ("Turkish/ADJ/amod/1/B-NORP lawmakers/NOUN/nsubj/2/O/lawmaker voted/VERB/ROOT/2", "legislature"),
])
def test_demonym_with_an_organ_of_the_state(nlp, recognizer, spec, kind):
    doc = recognizer(parse(nlp, spec))
    assert found(doc)[0] == ("Turkish", "TUR", kind, False)


def test_possessive_and_of_phrase(nlp, recognizer):
    # "Russia's military attacked"
    doc = recognizer(parse(nlp, "Russia/PROPN/poss/2/B-GPE 's/PART/case/0 military/NOUN/nsubj/3 "
                                "attacked/VERB/ROOT/3"))
    assert found(doc)[0] == ("Russia", "RUS", "military", False)
    # "the security forces of Ukraine withdrew"
    doc = recognizer(parse(nlp, "the/DET/det/2 security/NOUN/compound/2 forces/NOUN/nsubj/5/O/force "
                                "of/ADP/prep/2 Ukraine/PROPN/pobj/3/B-GPE withdrew/VERB/ROOT/5"))
    assert found(doc) == [("Ukraine", "UKR", "police", False)]


@pytest.mark.parametrize("noun, lemma, kind", [
    ("youths", "youth", "youths"), ("students", "student", "students"),
    ("farmers", "farmer", "farmers"),
])
def test_a_states_people_stand_for_it(nlp, recognizer, noun, lemma, kind):
    doc = recognizer(parse(nlp, f"Russian/ADJ/amod/1/B-NORP {noun}/NOUN/nsubj/2/O/{lemma} "
                                "protested/VERB/ROOT/2"))
    assert found(doc) == [("Russian", "RUS", kind, False)]


def test_other_agents_are_recorded_but_change_nothing(nlp, recognizer):
    # "Russian media reported": the media are no actor; "Russian shops": no agent at all
    doc = recognizer(parse(nlp, "Russian/ADJ/amod/1/B-NORP media/NOUN/nsubj/2/O/media "
                                "reported/VERB/ROOT/2"))
    assert found(doc) == [("Russian", "RUS", "media", True)]
    doc = recognizer(parse(nlp, "Russian/ADJ/amod/1/B-NORP shops/NOUN/dobj/2/O/shop "
                                "burned/VERB/ROOT/2"))
    assert found(doc) == [("Russian", "RUS", None, True)]


# -- rebels, opposition, militants: a group, never the state ----------------------------------------


@pytest.mark.parametrize("spec, text, gid", [
    ("Russian/ADJ/amod/1/B-NORP rebels/NOUN/nsubj/2/O/rebel attacked/VERB/ROOT/2 "
     "Ukraine/PROPN/dobj/2/B-GPE", "Russian rebels", "group:rus-rebels"),
    ("the/DET/det/2 Turkish/ADJ/amod/2/B-NORP opposition/NOUN/nsubj/3 rejected/VERB/ROOT/3 "
     "talks/NOUN/dobj/3", "Turkish opposition", "group:tur-opposition"),
    ("Turkish/ADJ/amod/1/B-NORP militants/NOUN/nsubj/2/O/militant kidnapped/VERB/ROOT/2 "
     "Russians/PROPN/dobj/2/B-NORP", "Turkish militants", "group:tur-militants"),
])
def test_rebels_of_a_state_are_a_group(nlp, recognizer, spec, text, gid):
    doc = recognizer(parse(nlp, spec))
    first = doc.spans["geokg_actors"][0]
    assert (first.text, first._.geokg_actor, first.label_) == (text, gid, "group")
    group = doc._.geokg_actors[gid]
    assert group.type.value == "group" and group.id != group.country  # its own actor


def test_the_state_inside_its_rebels_is_no_mention_of_its_own(nlp, recognizer):
    doc = recognizer(parse(nlp, "Turkish/ADJ/amod/1/B-NORP rebels/NOUN/nsubj/2/O/rebel "
                                "shelled/VERB/ROOT/2 Russia/PROPN/dobj/2/B-GPE"))
    assert [s._.geokg_actor for s in doc.spans["geokg_actors"]] == ["group:tur-rebels", "RUS"]


# -- groups named in the text --------------------------------------------------------------------


NHLF = ("The/DET/det/4/B-ORG Northern/PROPN/compound/4/I-ORG Hills/PROPN/compound/4/I-ORG "
        "Liberation/PROPN/compound/4/I-ORG Front/PROPN/nsubj/8/I-ORG (/PUNCT/punct/4 "
        "NHLF/PROPN/appos/4 )/PUNCT/punct/4 attacked/VERB/ROOT/8 Russia/PROPN/dobj/8/B-GPE "
        "./PUNCT/punct/8 The/DET/det/12 NHLF/PROPN/nsubj/13 retreated/VERB/ROOT/13 "
        "./PUNCT/punct/13")


def test_a_name_with_its_acronym_in_brackets(nlp, recognizer):
    doc = recognizer(parse(nlp, NHLF))
    got = [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]]
    assert got == [("Northern Hills Liberation Front", "group:nhlf"), ("NHLF", "group:nhlf"),
                   ("Russia", "RUS"), ("NHLF", "group:nhlf")]
    assert doc._.geokg_actors["group:nhlf"].name == "Northern Hills Liberation Front"


def test_the_name_wins_over_a_state_inside_it(nlp, recognizer):
    # "the Ukraine People's Salvation Movement (UPSM-N) accused Russia"
    doc = recognizer(parse(nlp,
        "the/DET/det/5 Ukraine/PROPN/compound/3/B-ORG People/PROPN/poss/5/I-ORG 's/PART/case/2/I-ORG "
        "Salvation/PROPN/compound/5/I-ORG Movement/PROPN/nsubj/11/I-ORG (/PUNCT/punct/5 "
        "UPSM/PROPN/compound/9 -/PUNCT/punct/9 N/PROPN/appos/5 )/PUNCT/punct/5 "
        "accused/VERB/ROOT/11 Russia/PROPN/dobj/11/B-GPE"))
    got = [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]]
    assert got[:2] == [("Ukraine People's Salvation Movement", "group:upsm-n"),
                       ("UPSM-N", "group:upsm-n")]
    assert "UKR" not in {s._.geokg_actor for s in doc.spans["geokg_actors"]}


@pytest.mark.parametrize("spec", [
    # a known organisation's own acronym: "the North Atlantic Alliance (NATO)"
    "the/DET/det/3 North/PROPN/compound/3 Atlantic/PROPN/compound/3 Alliance/PROPN/nsubj/7 "
    "(/PUNCT/punct/3 NATO/PROPN/appos/3 )/PUNCT/punct/3 met/VERB/ROOT/7",
    # no group head before the brackets: "the Northern Hills (NH)"
    "the/DET/det/2 Northern/PROPN/compound/2 Hills/PROPN/nsubj/6 (/PUNCT/punct/2 "
    "NH/PROPN/appos/2 )/PUNCT/punct/2 voted/VERB/ROOT/6",
    # no acronym in the brackets: "the Liberation Front (about 200 fighters)"
    "the/DET/det/2 Liberation/PROPN/compound/2 Front/PROPN/nsubj/8 (/PUNCT/punct/2 "
    "about/ADV/advmod/5 200/NUM/nummod/6 fighters/NOUN/appos/2 )/PUNCT/punct/2 "
    "fled/VERB/ROOT/8",
])
def test_no_group_without_a_name_head_and_a_new_acronym(nlp, recognizer, spec):
    doc = recognizer(parse(nlp, spec))
    assert not [s for s in doc.spans["geokg_actors"] if s._.geokg_actor.startswith("group:")]


def test_x_rebels_is_the_group_x(nlp, recognizer):
    # "Kavango rebels attacked Ukraine. Kavango denied it."
    doc = recognizer(parse(nlp,
        "Kavango/PROPN/compound/1 rebels/NOUN/nsubj/2/O/rebel attacked/VERB/ROOT/2 "
        "Ukraine/PROPN/dobj/2/B-GPE ./PUNCT/punct/2 Kavango/PROPN/nsubj/6 denied/VERB/ROOT/6 "
        "it/PRON/dobj/6 ./PUNCT/punct/6"))
    got = [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]]
    assert got == [("Kavango rebels", "group:kavango"), ("Ukraine", "UKR"),
                   ("Kavango", "group:kavango")]


@pytest.mark.parametrize("spec", [
    # "the rebels attacked": no name
    "the/DET/det/1 rebels/NOUN/nsubj/2/O/rebel attacked/VERB/ROOT/2",
    # "Monday rebels": a date is no name
    "Monday/PROPN/compound/1/B-DATE rebels/NOUN/nsubj/2/O/rebel attacked/VERB/ROOT/2",
    # "Russian rebels": a state's rebels, read by the agents stage instead
    "Russian/ADJ/amod/1/B-NORP rebels/NOUN/nsubj/2/O/rebel attacked/VERB/ROOT/2",
])
def test_no_named_group_from_members_without_a_name(nlp, recognizer, spec):
    doc = recognizer(parse(nlp, spec))
    assert not [s for s in doc.spans["geokg_actors"]
                if s._.geokg_actor.startswith("group:") and s._.geokg_via != "agent"]


# -- persons of the lazily read dated persons ----------------------------------------------------


class DatedTiny(TinyGazetteer):
    """The tiny gazetteer with one dated person outside its name index, as
    :class:`geokg.gazetteer.DatedPersons` gives them: a former official (no country of their
    own), a Turkish official from 2009 to 2012."""

    PID = "person:ruth-alder"

    def get(self, actor_id):
        if actor_id == self.PID:
            return Actor(id=self.PID, name="Ruth Alder", type=ActorType.PERSON)
        return super().get(actor_id)

    def find_person(self, text):
        return self.PID if text == "Ruth Alder" else None

    def roles(self, person_id, on=None):
        if person_id == self.PID:
            role = Role(self.PID, "TUR", "represents", "official", dt.date(2009, 1, 1),
                        dt.date(2012, 12, 31))
            return [role] if on is None or role.valid_on(on) else []
        return super().roles(person_id, on)

    def affiliation(self, person_id, on=None):
        if person_id == self.PID:
            roles = self.roles(person_id, on) if on else []
            return roles[0].org_id if roles else None
        return super().affiliation(person_id, on)


RUTH = ("Ruth/PROPN/compound/1/B-PERSON Alder/PROPN/nsubj/2/I-PERSON met/VERB/ROOT/2 "
        "Russia/PROPN/dobj/2/B-GPE")


def test_a_dated_person_in_office_acts_for_the_state(nlp):
    rec = ActorRecognizer(nlp, gazetteer=DatedTiny())
    doc = rec(parse(nlp, RUTH, date=dt.date(2010, 6, 1)))
    assert [(s.text, s._.geokg_actor) for s in doc.spans["geokg_actors"]] == [
        ("Ruth Alder", "person:ruth-alder"), ("Russia", "RUS")]
    assert doc._.geokg_actors["person:ruth-alder"].country == "TUR"


def test_a_former_official_is_no_actor_without_a_title(nlp):
    rec = ActorRecognizer(nlp, gazetteer=DatedTiny())
    doc = rec(parse(nlp, RUTH, date=dt.date(2020, 6, 1)))
    assert [s._.geokg_actor for s in doc.spans["geokg_actors"]] == ["RUS"]
    # an undated text: no office known to be held, no affiliation either
    doc = rec(parse(nlp, RUTH, date=None))
    assert [s._.geokg_actor for s in doc.spans["geokg_actors"]] == ["RUS"]


def test_a_former_official_with_a_title_takes_the_titles_state(nlp):
    # "Turkish envoy Ruth Alder met Russia" in 2020: the title, not the old office
    rec = ActorRecognizer(nlp, gazetteer=DatedTiny())
    doc = rec(parse(nlp, "Turkish/ADJ/amod/1/B-NORP envoy/NOUN/compound/3 "
                         "Ruth/PROPN/compound/3/B-PERSON Alder/PROPN/nsubj/4/I-PERSON "
                         "met/VERB/ROOT/4 Russia/PROPN/dobj/4/B-GPE", date=dt.date(2020, 6, 1)))
    assert doc._.geokg_actors["person:ruth-alder"].country == "TUR"
