"""Communities, agents placed by a prepositional phrase (geokg.actors.agents) and plural nouns
exemplified by named actors (geokg.actors.examples) on hand-built parses:
``word/POS/dep/head[/ent[/lemma]]`` as in tests/test_actors.py. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
import spacy
from test_actors import TinyGazetteer, parse

from geokg.actors import ActorRecognizer
from geokg.gazetteer import Name
from geokg.models import Actor, ActorType


class PeoplesGazetteer(TinyGazetteer):
    """The tiny gazetteer with a few more states and their demonyms (Bosnia, Serbia, Kosovo,
    Iraq, Albania, Kenya) and one regional organisation."""

    def __init__(self) -> None:
        super().__init__()
        extra = {"BIH": "Bosnia and Herzegovina", "SRB": "Serbia", "XKX": "Kosovo", "IRQ": "Iraq",
                 "ALB": "Albania", "KEN": "Kenya"}
        for i, name in extra.items():
            self._actors[i] = Actor(id=i, name=name, type=ActorType.STATE)
        self._actors["IGAD"] = Actor(id="IGAD", name="IGAD", type=ActorType.ORGANISATION)
        self._names += [
            Name("Bosnian", "BIH", "demonym", False, False),
            Name("Serbia", "SRB", "name", False, False),
            Name("Serbs", "SRB", "demonym", False, False),
            Name("Serbian", "SRB", "demonym", False, False),
            Name("Kosovo", "XKX", "name", False, False),
            Name("Iraq", "IRQ", "name", False, False),
            Name("Iraqi", "IRQ", "demonym", False, False),
            Name("Albanians", "ALB", "demonym", False, False),
            Name("Americans", "USA", "demonym", False, False),
            Name("Kenya", "KEN", "name", False, False),
            Name("Nairobi", "KEN", "capital", False, False),
            Name("Kenyan", "KEN", "demonym", False, False),
            Name("IGAD", "IGAD", "acronym", True, False),
        ]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=PeoplesGazetteer())


def found(doc):
    """(text, actor ids, agent kind, attributive, location) of every actor span."""
    return [(s.text, s._.geokg_actors, s._.geokg_agent, s._.geokg_attributive,
             s._.geokg_location) for s in doc.spans["geokg_actors"]]


# -- communities: a state's people of one descent or faith ---------------------------------------


@pytest.mark.parametrize("spec, text, state", [
    # "Bosnian Serbs shelled the town"
    ("Bosnian/ADJ/amod/1/B-NORP Serbs/PROPN/nsubj/2/B-NORP shelled/VERB/ROOT/2 the/DET/det/4 "
     "town/NOUN/dobj/2", "Bosnian Serbs", "BIH"),
    # "Kosovo Albanians protested"
    ("Kosovo/PROPN/compound/1/B-GPE Albanians/PROPN/nsubj/2/B-NORP protested/VERB/ROOT/2",
     "Kosovo Albanians", "XKX"),
    # "Iraqi Kurds fled to Türkiye"
    ("Iraqi/ADJ/amod/1/B-NORP Kurds/PROPN/nsubj/2/B-NORP fled/VERB/ROOT/2 to/ADP/prep/2 "
     "Türkiye/PROPN/pobj/3/B-GPE", "Iraqi Kurds", "IRQ"),
    # "Iraq's Shiites voted"
    ("Iraq/PROPN/poss/2/B-GPE 's/PART/case/0 Shiites/PROPN/nsubj/3/B-NORP voted/VERB/ROOT/3",
     "Iraq's Shiites", "IRQ"),
])
def test_a_people_after_a_state_is_a_community_of_that_state(nlp, recognizer, spec, text, state):
    got = found(recognizer(parse(nlp, spec)))
    assert got[0] == (text, [state], "community", False, False)
    assert not [g for g in got if g[1] in (["SRB"], ["ALB"])]  # the people's own state is no actor


def test_a_community_noun_modifying_a_noun_keeps_the_nouns_kind(nlp, recognizer):
    # "Bosnian Serb forces shelled the town": the community's forces, Bosnia's military
    doc = recognizer(parse(nlp, "Bosnian/ADJ/amod/2/B-NORP Serb/ADJ/amod/2/B-NORP "
                                "forces/NOUN/nsubj/3/O/force shelled/VERB/ROOT/3"))
    assert found(doc)[0] == ("Bosnian Serb", ["BIH"], "military", False, False)


def test_a_community_word_modifying_a_thing_leaves_it_attributive(nlp, recognizer):
    # "Türkiye shelled the Iraqi Kurdish region"
    doc = recognizer(parse(nlp, "Türkiye/PROPN/nsubj/1/B-GPE shelled/VERB/ROOT/1 the/DET/det/5 "
                                "Iraqi/ADJ/amod/5/B-NORP Kurdish/ADJ/amod/5/B-NORP/kurdish "
                                "region/NOUN/dobj/1"))
    assert found(doc)[1] == ("Iraqi Kurdish", ["IRQ"], "community", True, False)


@pytest.mark.parametrize("spec", [
    # "Russian Americans rallied": a citizenship after a descent stays the second state's
    "Russian/ADJ/amod/1/B-NORP Americans/PROPN/nsubj/2/B-NORP rallied/VERB/ROOT/2",
    # "Russian, Serbian officials met": two states, not a community
    "Russian/ADJ/amod/3/B-NORP ,/PUNCT/punct/0 Serbian/ADJ/conj/0/B-NORP officials/NOUN/nsubj/4 "
    "met/VERB/ROOT/4",
])
def test_no_community_without_a_people_noun_right_after_the_state(nlp, recognizer, spec):
    got = found(recognizer(parse(nlp, spec)))
    assert all(g[2] != "community" for g in got)


# -- agents placed in a state by "in" -------------------------------------------------------------


@pytest.mark.parametrize("spec, text, state, kind", [
    # "police in Nairobi arrested two men"
    ("police/NOUN/nsubj/3 in/ADP/prep/0 Nairobi/PROPN/pobj/1/B-GPE arrested/VERB/ROOT/3 "
     "two/NUM/nummod/5 men/NOUN/dobj/3/O/man", "Nairobi", "KEN", "police"),
    # "Protesters in Moscow marched"
    ("Protesters/NOUN/nsubj/3/O/protester in/ADP/prep/0 Moscow/PROPN/pobj/1/B-GPE "
     "marched/VERB/ROOT/3", "Moscow", "RUS", "protesters"),
    # "troops from Kenya patrolled the border"
    ("troops/NOUN/nsubj/3/O/troop from/ADP/prep/0 Kenya/PROPN/pobj/1/B-GPE patrolled/VERB/ROOT/3 "
     "the/DET/det/5 border/NOUN/dobj/3", "Kenya", "KEN", "military"),
    # "troops from Türkiye and Russia patrolled": the second of two states too
    ("troops/NOUN/nsubj/5/O/troop from/ADP/prep/0 Türkiye/PROPN/pobj/1/B-GPE and/CCONJ/cc/2 "
     "Russia/PROPN/conj/2/B-GPE patrolled/VERB/ROOT/5", "Russia", "RUS", "military"),
    # "Army officials in Kenya said"
    ("Army/NOUN/compound/1/O/army officials/NOUN/nsubj/4/O/official in/ADP/prep/1 "
     "Kenya/PROPN/pobj/2/B-GPE said/VERB/ROOT/4", "Kenya", "KEN", "government"),
])
def test_an_agent_placed_in_a_state_is_that_states(nlp, recognizer, spec, text, state, kind):
    got = found(recognizer(parse(nlp, spec)))
    assert (text, [state], kind, False, False) in got


@pytest.mark.parametrize("spec, place", [
    # "Kenyan police in Moscow arrested two men": Kenya's police; Moscow is where
    ("Kenyan/ADJ/amod/1/B-NORP police/NOUN/nsubj/4 in/ADP/prep/1 Moscow/PROPN/pobj/2/B-GPE "
     "arrested/VERB/ROOT/4 two/NUM/nummod/6 men/NOUN/dobj/4/O/man", "Moscow"),
    # "diplomats in Kyiv said": diplomats are posted there by other states
    ("diplomats/NOUN/nsubj/3/O/diplomat in/ADP/prep/0 Kyiv/PROPN/pobj/1/B-GPE said/VERB/ROOT/3",
     "Kyiv"),
    # "NATO officials in Baku met": an organisation's officials
    ("NATO/PROPN/compound/1/B-ORG officials/NOUN/nsubj/4/O/official in/ADP/prep/1 "
     "Baku/PROPN/pobj/2/B-GPE met/VERB/ROOT/4", "Baku"),
])
def test_an_owned_or_posted_agent_makes_the_state_a_place(nlp, recognizer, spec, place):
    got = {g[0]: g for g in found(recognizer(parse(nlp, spec)))}
    assert got[place][4] is True and got[place][2] is None



# -- a plural noun exemplified by named actors ----------------------------------------------------


def plural(nlp, spec: str, *nouns: int):
    """``parse`` with the tokens at ``nouns`` tagged as plural nouns (NNS)."""
    doc = parse(nlp, spec)
    for i in nouns:
        doc[i].tag_ = "NNS"
    return doc


@pytest.mark.parametrize("spec, noun, members", [
    # "countries such as Türkiye and Azerbaijan criticized Russia"
    ("countries/NOUN/nsubj/6/O/country such/ADJ/amod/2 as/ADP/prep/0 Türkiye/PROPN/pobj/2/B-GPE "
     "and/CCONJ/cc/3 Azerbaijan/PROPN/conj/3/B-GPE criticized/VERB/ROOT/6 "
     "Russia/PROPN/dobj/6/B-GPE", 0, ["TUR", "AZE"]),
    # "Russia courted states like Georgia and Ukraine"
    ("Russia/PROPN/nsubj/1/B-GPE courted/VERB/ROOT/1 states/NOUN/dobj/1/O/state like/ADP/prep/2 "
     "Georgia/PROPN/pobj/3/B-GPE and/CCONJ/cc/4 Ukraine/PROPN/conj/4/B-GPE", 2, ["GEO", "UKR"]),
    # "alliances, including NATO, met"
    ("alliances/NOUN/nsubj/5/O/alliance ,/PUNCT/punct/0 including/VERB/prep/0 "
     "NATO/PROPN/pobj/2/B-ORG ,/PUNCT/punct/0 met/VERB/ROOT/5", 0, ["NATO"]),
])
def test_an_exemplified_plural_stands_for_its_examples(nlp, recognizer, spec, noun, members):
    doc = recognizer(plural(nlp, spec, noun))
    got = {s.start: s for s in doc.spans["geokg_actors"]}
    assert noun in got and got[noun]._.geokg_actors == members


@pytest.mark.parametrize("spec, noun", [
    # "a country like Türkiye": one example of a kind, not a set
    ("a/DET/det/1 country/NOUN/nsubj/5/O/country like/ADP/prep/1 Türkiye/PROPN/pobj/2/B-GPE "
     "would/AUX/aux/5 object/VERB/ROOT/5", None),
])
def test_no_example_set_without_a_plural(nlp, recognizer, spec, noun):
    doc = recognizer(plural(nlp, spec, *([] if noun is None else [noun])))
    assert all(len(s) > 0 and s.root.lower_ not in ("country", "countries")
               for s in doc.spans["geokg_actors"])


@pytest.mark.parametrize("spec", [
    # "ethnic Albanians protested"
    "ethnic/ADJ/amod/1 Albanians/PROPN/nsubj/2/B-NORP protested/VERB/ROOT/2",
    # "ethnic Russian fighters attacked Kyiv"
    "ethnic/ADJ/amod/2 Russian/ADJ/amod/2/B-NORP fighters/NOUN/nsubj/3/O/fighter "
    "attacked/VERB/ROOT/3 Kyiv/PROPN/dobj/3/B-GPE",
    # "Kyiv courted ethnic Serbs"
    "Kyiv/PROPN/nsubj/1/B-GPE courted/VERB/ROOT/1 ethnic/ADJ/amod/3 Serbs/PROPN/dobj/1/B-NORP",
])
def test_a_demonym_of_descent_is_no_state(nlp, recognizer, spec):
    got = found(recognizer(parse(nlp, spec)))
    assert [g[1] for g in got] in ([], [["UKR"]])
