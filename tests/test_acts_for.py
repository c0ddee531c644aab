"""An event between a person and the state they act for is the actor's relation to itself.

The annotation guidelines do not annotate an actor's relation to itself, and a person counts at
country level as the state they act for; the graph must not draw such an edge either. Role
relations (leader_of, represents) and relations between two persons of one state stay.
"""

from __future__ import annotations

from geokg.models import Actor, ActorType
from geokg.relations.emit import acts_for

from parses import parse, relations

LEADERS = {
    "person:ana-petrova": ("Ana Petrova", "SRB"),
    "person:jean-morel": ("Jean Morel", "FRA"),
    "person:mark-hill": ("Mark Hill", "USA"),
}


def _person(pid: str, country: str | None) -> Actor:
    return Actor(id=pid, name=pid, type=ActorType.PERSON, country=country)


def test_acts_for_is_a_person_or_group_and_its_own_state_either_way():
    srb = Actor(id="SRB", name="Serbia", type=ActorType.STATE)
    petrova = _person("person:ana-petrova", "SRB")
    assert acts_for(petrova, srb) and acts_for(srb, petrova)
    assert not acts_for(_person("person:jean-morel", "FRA"), srb)
    assert not acts_for(petrova, _person("person:other", "SRB"))  # two persons of one state
    assert not acts_for(_person("person:nobody", None), srb)


def test_a_leader_demanding_the_release_of_his_own_states_officers_is_no_request_of_it(
        blank, extractor):
    spec = ("Petrova/nsubj/1/PROPN/Petrova demanded/ROOT/1/VERB/demand the/det/3/DET/the "
            "release/dobj/1/NOUN/release of/prep/3/ADP/of the/det/7/DET/the Serbian/amod/7/ADJ/serbian "
            "officers/pobj/4/NOUN/officer ./punct/1/PUNCT/.")
    doc = parse(blank, spec, {"Petrova": "person:ana-petrova", "Serbian": "SRB"}, persons=LEADERS)
    assert not {r for r in relations(extractor.extract(doc)) if r[2] == "SRB" or r[0] == "SRB"}


def test_a_leader_meeting_his_own_commanders_is_no_consultation_of_his_state(blank, extractor):
    spec = ("Morel/nsubj/1/PROPN/Morel met/ROOT/1/VERB/meet French/amod/3/ADJ/french "
            "commanders/dobj/1/NOUN/commander in/prep/1/ADP/in Paris/pobj/4/PROPN/Paris ./punct/1/PUNCT/.")
    doc = parse(blank, spec, {"Morel": "person:jean-morel", "French": "FRA", "Paris": "FRA"},
                places=("Paris",), persons=LEADERS)
    assert relations(extractor.extract(doc)) == set()


def test_the_same_event_towards_another_state_or_person_of_the_same_state_stays(blank, extractor):
    spec = ("Morel/nsubj/1/PROPN/Morel met/ROOT/1/VERB/meet Hill/dobj/1/PROPN/Hill and/cc/2/CCONJ/and "
            "German/amod/5/ADJ/german commanders/conj/2/NOUN/commander ./punct/1/PUNCT/.")
    doc = parse(blank, spec, {"Morel": "person:jean-morel", "Hill": "person:mark-hill",
                            "German": "DEU"}, persons=LEADERS)
    got = relations(extractor.extract(doc))
    assert ("person:jean-morel", "consult", "person:mark-hill") in got
    assert ("person:jean-morel", "consult", "DEU") in got
