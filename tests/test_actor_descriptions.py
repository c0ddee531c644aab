"""Descriptions, bare plurals and sets that refer back to actors (geokg.actors.descriptions,
.references, .sets) on hand-built parses: ``word/POS/dep/head[/ent[/lemma]]`` as in
tests/test_actors.py (heads are absolute token indices). The sentences are ours."""

from __future__ import annotations

import pytest
from test_actors import TinyGazetteer, parse

from geokg.actors import ActorRecognizer
from geokg.gazetteer import Name
from geokg.models import Actor, ActorType


class GroupGazetteer(TinyGazetteer):
    """The tiny gazetteer with armed groups and two more states."""

    def __init__(self) -> None:
        super().__init__()
        groups = {
            "group:hamas": "Hamas",
            "group:hezbollah": "Hezbollah",
            "group:boko-haram": "Boko Haram",
            "group:al-qaeda": "al-Qaida",
            "group:isis": "ISIS",
        }
        for gid, name in groups.items():
            self._actors[gid] = Actor(id=gid, name=name, type=ActorType.GROUP)
            self._names.append(Name(name, gid, "group", False, False))
        self._actors["UN"] = Actor(id="UN", name="United Nations", type=ActorType.ORGANISATION)
        self._names.append(Name("UN", "UN", "acronym", True, False))
        for sid, name, demonym in (("PAK", "Pakistan", "Pakistani"), ("IND", "India", "Indian")):
            self._actors[sid] = Actor(id=sid, name=name, type=ActorType.STATE)
            self._names.append(Name(name, sid, "name", False, False))
            self._names.append(Name(demonym, sid, "demonym", False, False))


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=GroupGazetteer())


def actors(recognizer, nlp, spec: str) -> list[tuple[str, list[str]]]:
    """(text, ids) of every actor span that is neither a place nor a modifier of a thing."""
    doc = recognizer(parse(nlp, spec))
    return [
        (s.text, s._.geokg_actors)
        for s in doc.spans["geokg_actors"]
        if not s._.geokg_location and not s._.geokg_attributive
    ]


# -- "the al-Qaida-linked militants": a group named as a modifier is not the group meant ----------


@pytest.mark.parametrize(
    "spec, description, group",
    [
        (  # "Boko Haram attacked the town. Troops pushed the al-Qaida-linked militants out."
            "Boko/PROPN/compound/1/B-ORG Haram/PROPN/nsubj/2/I-ORG attacked/VERB/ROOT/2 "
            "the/DET/det/4 town/NOUN/dobj/2 ./PUNCT/punct/2 Troops/NOUN/nsubj/7 "
            "pushed/VERB/ROOT/7 the/DET/det/14 al/PROPN/compound/11/B-ORG -/PUNCT/punct/11/I-ORG "
            "Qaida/PROPN/npadvmod/13/I-ORG -/PUNCT/punct/13 linked/VERB/amod/14 "
            "militants/NOUN/dobj/7 out/ADV/advmod/7 ./PUNCT/punct/7",
            "the al-Qaida-linked militants",
            "group:boko-haram",
        ),
        (  # "Hamas fired rockets. Russia condemned the ISIS-inspired fighters."
            "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
            "Russia/PROPN/nsubj/5/B-GPE condemned/VERB/ROOT/5 the/DET/det/10 "
            "ISIS/PROPN/npadvmod/9/B-ORG -/PUNCT/punct/9 inspired/VERB/amod/10 "
            "fighters/NOUN/dobj/5 ./PUNCT/punct/5",
            "the ISIS-inspired fighters",
            "group:hamas",
        ),
        (  # "Hezbollah shelled a post. Later the Hamas-allied militia withdrew."
            "Hezbollah/PROPN/nsubj/1/B-ORG shelled/VERB/ROOT/1 a/DET/det/3 post/NOUN/dobj/1 "
            "./PUNCT/punct/1 Later/ADV/advmod/11 the/DET/det/10 Hamas/PROPN/npadvmod/9/B-ORG "
            "-/PUNCT/punct/9 allied/VERB/amod/10 militia/NOUN/nsubj/11 withdrew/VERB/ROOT/11 "
            "./PUNCT/punct/11",
            "the Hamas-allied militia",
            "group:hezbollah",
        ),
    ],
)
def test_a_group_linked_to_another_stands_for_the_group_in_focus(
    recognizer, nlp, spec, description, group
):
    found = actors(recognizer, nlp, spec)
    assert (description, [group]) in found, found
    # the group in the modifier is no actor of that sentence
    modifier = description.split()[1].rsplit("-", 1)[0]
    assert not [t for t, _ in found if t == modifier], found


def test_a_linked_group_with_no_other_group_named_is_not_the_named_one(recognizer, nlp):
    # "Russia condemned the al-Qaida-linked militants."
    found = actors(
        recognizer,
        nlp,
        "Russia/PROPN/nsubj/1/B-GPE condemned/VERB/ROOT/1 the/DET/det/8 al/PROPN/compound/5/B-ORG "
        "-/PUNCT/punct/5/I-ORG Qaida/PROPN/npadvmod/7/I-ORG -/PUNCT/punct/7 linked/VERB/amod/8 "
        "militants/NOUN/dobj/1 ./PUNCT/punct/1",
    )
    assert not [ids for t, ids in found if t.endswith("militants")], found


def test_a_description_coordinated_with_a_group_is_another_group(recognizer, nlp):
    # "Hamas and the ISIS-linked group clashed."
    found = actors(
        recognizer,
        nlp,
        "Hamas/PROPN/nsubj/7/B-ORG and/CCONJ/cc/0 the/DET/det/6 ISIS/PROPN/npadvmod/5/B-ORG "
        "-/PUNCT/punct/5 linked/VERB/amod/6 group/NOUN/conj/0 clashed/VERB/ROOT/7 ./PUNCT/punct/7",
    )
    assert found == [("Hamas", ["group:hamas"]), ("ISIS", ["group:isis"])], found


def test_the_object_of_a_groups_own_verb_is_another_group(recognizer, nlp):
    # "Hezbollah fired rockets. Hezbollah attacked the militants near the border."
    found = actors(
        recognizer,
        nlp,
        "Hezbollah/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Hezbollah/PROPN/nsubj/5/B-ORG attacked/VERB/ROOT/5 the/DET/det/7 militants/NOUN/dobj/5 "
        "near/ADP/prep/5 the/DET/det/10 border/NOUN/pobj/8 ./PUNCT/punct/5",
    )
    assert not [t for t, _ in found if t == "the militants"], found


# -- bare plurals: "attackers", "gunmen" stand for the one group in focus -------------------------


@pytest.mark.parametrize(
    "spec, noun, group",
    [
        (  # "Hamas fired rockets. Witnesses said attackers opened fire."
            "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
            "Witnesses/NOUN/nsubj/5 said/VERB/ROOT/5 attackers/NOUN/nsubj/7 opened/VERB/ccomp/5 "
            "fire/NOUN/dobj/7 ./PUNCT/punct/5",
            "attackers",
            "group:hamas",
        ),
        (  # "Boko Haram raided a village. Gunmen burned a church."
            "Boko/PROPN/compound/1/B-ORG Haram/PROPN/nsubj/2/I-ORG raided/VERB/ROOT/2 "
            "a/DET/det/4 village/NOUN/dobj/2 ./PUNCT/punct/2 Gunmen/NOUN/nsubj/7/O/gunman "
            "burned/VERB/ROOT/7 a/DET/det/9 church/NOUN/dobj/7 ./PUNCT/punct/7",
            "Gunmen",
            "group:boko-haram",
        ),
        (  # "Hezbollah fired rockets. The post was shelled by militants."
            "Hezbollah/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
            "The/DET/det/5 post/NOUN/nsubjpass/7 was/AUX/auxpass/7 shelled/VERB/ROOT/7 "
            "by/ADP/agent/7 militants/NOUN/pobj/8 ./PUNCT/punct/7",
            "militants",
            "group:hezbollah",
        ),
    ],
)
def test_a_bare_plural_stands_for_the_one_group_in_focus(recognizer, nlp, spec, noun, group):
    assert (noun, [group]) in actors(recognizer, nlp, spec)


@pytest.mark.parametrize(
    "spec",
    [
        # "Hamas and Hezbollah fired rockets. Gunmen burned a church." (two groups in focus)
        "Hamas/PROPN/nsubj/3/B-ORG and/CCONJ/cc/0 Hezbollah/PROPN/conj/0/B-ORG fired/VERB/ROOT/3 "
        "rockets/NOUN/dobj/3 ./PUNCT/punct/3 Gunmen/NOUN/nsubj/7/O/gunman burned/VERB/ROOT/7 "
        "a/DET/det/9 church/NOUN/dobj/7 ./PUNCT/punct/7",
        # "Hamas fired rockets. Two gunmen burned a church." (a number: some persons)
        "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Two/NUM/nummod/5 gunmen/NOUN/nsubj/6/O/gunman burned/VERB/ROOT/6 a/DET/det/8 "
        "church/NOUN/dobj/6 ./PUNCT/punct/6",
        # "Hamas fired rockets. Militants in Russia burned a church." (placed elsewhere)
        "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Militants/NOUN/nsubj/7 in/ADP/prep/4 Russia/PROPN/pobj/5/B-GPE burned/VERB/ROOT/7 "
        "a/DET/det/9 church/NOUN/dobj/7 ./PUNCT/punct/7",
        # "Hamas fired rockets. Hamas killed militants." (the subject's object is someone else)
        "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Hamas/PROPN/nsubj/5/B-ORG killed/VERB/ROOT/5 militants/NOUN/dobj/5 ./PUNCT/punct/5",
        # "Russia fired rockets. Attackers burned a church." (no group named)
        "Russia/PROPN/nsubj/1/B-GPE fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Attackers/NOUN/nsubj/5 burned/VERB/ROOT/5 a/DET/det/7 church/NOUN/dobj/5 "
        "./PUNCT/punct/5",
    ],
)
def test_a_bare_plural_without_one_clear_group_stays_unresolved(recognizer, nlp, spec):
    found = actors(recognizer, nlp, spec)
    assert not [t for t, _ in found if t.lower() in ("gunmen", "militants", "attackers")], found


# -- "the Pakistani military ... the military": the state named with that organ ------------------


@pytest.mark.parametrize(
    "spec, organ, state",
    [
        (  # "India accused the Pakistani military. The military denied it."
            "India/PROPN/nsubj/1/B-GPE accused/VERB/ROOT/1 the/DET/det/4 "
            "Pakistani/ADJ/amod/4/B-NORP military/NOUN/dobj/1/O/military ./PUNCT/punct/1 "
            "The/DET/det/7 military/NOUN/nsubj/8/O/military denied/VERB/ROOT/8 it/PRON/dobj/8 "
            "./PUNCT/punct/8",
            "The military",
            "PAK",
        ),
        (  # "Russia warned the Turkish army. The army withdrew."
            "Russia/PROPN/nsubj/1/B-GPE warned/VERB/ROOT/1 the/DET/det/4 Turkish/ADJ/amod/4/B-NORP "
            "army/NOUN/dobj/1/O/army ./PUNCT/punct/1 The/DET/det/7 army/NOUN/nsubj/8/O/army "
            "withdrew/VERB/ROOT/8 ./PUNCT/punct/8",
            "The army",
            "TUR",
        ),
        (  # "Indian security forces entered Pakistan. The security forces withdrew."
            "Indian/ADJ/amod/2/B-NORP security/NOUN/compound/2 forces/NOUN/nsubj/3/O/force "
            "entered/VERB/ROOT/3 Pakistan/PROPN/dobj/3/B-GPE ./PUNCT/punct/3 The/DET/det/8 "
            "security/NOUN/compound/8 forces/NOUN/nsubj/9/O/force withdrew/VERB/ROOT/9 "
            "./PUNCT/punct/9",
            "The security forces",
            "IND",
        ),
    ],
)
def test_an_organ_named_with_a_demonym_is_that_states_later(recognizer, nlp, spec, organ, state):
    assert (organ, [state]) in actors(recognizer, nlp, spec)


def test_an_organ_named_with_two_demonyms_stays_unresolved(recognizer, nlp):
    # "The Turkish army and the Russian army clashed. The army withdrew."
    found = actors(
        recognizer,
        nlp,
        "The/DET/det/2 Turkish/ADJ/amod/2/B-NORP army/NOUN/nsubj/7/O/army and/CCONJ/cc/2 "
        "the/DET/det/6 Russian/ADJ/amod/6/B-NORP army/NOUN/conj/2/O/army clashed/VERB/ROOT/7 "
        "./PUNCT/punct/7 The/DET/det/10 army/NOUN/nsubj/11/O/army withdrew/VERB/ROOT/11 "
        "./PUNCT/punct/11",
    )
    assert not [t for t, _ in found if t == "The army"], found


# -- sets: "his counterparts from A, B and C", "both organizations" -------------------------------


@pytest.mark.parametrize(
    "spec, phrase, members",
    [
        (  # "Erdogan met his counterparts from Russia, Azerbaijan and Ukraine."
            "Erdogan/PROPN/nsubj/1/B-PERSON met/VERB/ROOT/1 his/PRON/poss/3 "
            "counterparts/NOUN/dobj/1/O/counterpart from/ADP/prep/3 Russia/PROPN/pobj/4/B-GPE "
            ",/PUNCT/punct/5 Azerbaijan/PROPN/conj/5/B-GPE and/CCONJ/cc/7 "
            "Ukraine/PROPN/conj/7/B-GPE ./PUNCT/punct/1",
            "his counterparts",
            ["AZE", "RUS", "UKR"],
        ),
        (  # "The leaders of Russia and Ukraine met in Baku."
            "The/DET/det/1 leaders/NOUN/nsubj/6/O/leader of/ADP/prep/1 Russia/PROPN/pobj/2/B-GPE "
            "and/CCONJ/cc/3 Ukraine/PROPN/conj/3/B-GPE met/VERB/ROOT/6 in/ADP/prep/6 "
            "Baku/PROPN/pobj/7/B-GPE ./PUNCT/punct/6",
            "The leaders",
            ["RUS", "UKR"],
        ),
        (  # "Ministers from Türkiye and Azerbaijan signed a deal."
            "Ministers/NOUN/nsubj/5/O/minister from/ADP/prep/0 Türkiye/PROPN/pobj/1/B-GPE "
            "and/CCONJ/cc/2 Azerbaijan/PROPN/conj/2/B-GPE signed/VERB/ROOT/5 a/DET/det/7 "
            "deal/NOUN/dobj/5 ./PUNCT/punct/5",
            "Ministers",
            ["AZE", "TUR"],
        ),
    ],
)
def test_persons_from_a_set_of_states_stand_for_the_set(recognizer, nlp, spec, phrase, members):
    found = {t: sorted(ids) for t, ids in actors(recognizer, nlp, spec)}
    assert found.get(phrase) == members, found


@pytest.mark.parametrize(
    "spec",
    [
        # "Erdogan met his counterpart from Russia." (one state: the place is the mention)
        "Erdogan/PROPN/nsubj/1/B-PERSON met/VERB/ROOT/1 his/PRON/poss/3 "
        "counterpart/NOUN/dobj/1/O/counterpart from/ADP/prep/3 Russia/PROPN/pobj/4/B-GPE "
        "./PUNCT/punct/1",
        # "Analysts from Russia and Ukraine met in Baku." (no office holders)
        "Analysts/NOUN/nsubj/4/O/analyst from/ADP/prep/0 Russia/PROPN/pobj/1/B-GPE "
        "and/CCONJ/cc/2 Ukraine/PROPN/conj/2/B-GPE met/VERB/ROOT/4 in/ADP/prep/4 "
        "Baku/PROPN/pobj/5/B-GPE ./PUNCT/punct/4",
    ],
)
def test_persons_from_a_single_state_or_non_officials_are_no_set(recognizer, nlp, spec):
    found = actors(recognizer, nlp, spec)
    assert all(len(ids) == 1 for _, ids in found), found


@pytest.mark.parametrize(
    "spec, phrase, members",
    [
        (  # "NATO and the UN condemned the attack. Both organizations demanded an inquiry."
            "NATO/PROPN/nsubj/4/B-ORG and/CCONJ/cc/0 the/DET/det/3 UN/PROPN/conj/0/B-ORG "
            "condemned/VERB/ROOT/4 the/DET/det/6 attack/NOUN/dobj/4 ./PUNCT/punct/4 "
            "Both/DET/det/9 organizations/NOUN/nsubj/10/O/organization demanded/VERB/ROOT/10 "
            "an/DET/det/12 inquiry/NOUN/dobj/10 ./PUNCT/punct/10",
            "Both organizations",
            ["NATO", "UN"],
        ),
        (  # "Hamas and Hezbollah fired rockets. The two groups denied it."
            "Hamas/PROPN/nsubj/3/B-ORG and/CCONJ/cc/0 Hezbollah/PROPN/conj/0/B-ORG "
            "fired/VERB/ROOT/3 rockets/NOUN/dobj/3 ./PUNCT/punct/3 The/DET/det/8 "
            "two/NUM/nummod/8 groups/NOUN/nsubj/9/O/group denied/VERB/ROOT/9 it/PRON/dobj/9 "
            "./PUNCT/punct/9",
            "The two groups",
            ["group:hamas", "group:hezbollah"],
        ),
        (  # "The UN and NATO met in Kyiv. Later both bodies urged calm."
            "The/DET/det/1 UN/PROPN/nsubj/4/B-ORG and/CCONJ/cc/1 NATO/PROPN/conj/1/B-ORG "
            "met/VERB/ROOT/4 in/ADP/prep/4 Kyiv/PROPN/pobj/5/B-GPE ./PUNCT/punct/4 "
            "Later/ADV/advmod/11 both/DET/det/10 bodies/NOUN/nsubj/11/O/body urged/VERB/ROOT/11 "
            "calm/NOUN/dobj/11 ./PUNCT/punct/11",
            "both bodies",
            ["NATO", "UN"],
        ),
    ],
)
def test_a_typed_collective_stands_for_a_set_of_that_type(recognizer, nlp, spec, phrase, members):
    found = {t: sorted(ids) for t, ids in actors(recognizer, nlp, spec)}
    assert found.get(phrase) == members, found


def test_a_typed_collective_is_not_a_set_of_another_type(recognizer, nlp):
    # "Russia and Ukraine traded blame. Both organizations demanded an inquiry."
    found = actors(
        recognizer,
        nlp,
        "Russia/PROPN/nsubj/3/B-GPE and/CCONJ/cc/0 Ukraine/PROPN/conj/0/B-GPE traded/VERB/ROOT/3 "
        "blame/NOUN/dobj/3 ./PUNCT/punct/3 Both/DET/det/6 "
        "organizations/NOUN/nsubj/7/O/organization demanded/VERB/ROOT/7 an/DET/det/9 inquiry/NOUN/dobj/7 ./PUNCT/punct/7",
    )
    assert not [t for t, _ in found if t == "Both organizations"], found


# -- "Turkish troops ... the troops": a people noun repeated with "the" ----------------------------


@pytest.mark.parametrize(
    "spec, phrase, actor",
    [
        (  # "Turkish troops crossed into Ukraine. The troops seized a town."
            "Turkish/ADJ/amod/1/B-NORP troops/NOUN/nsubj/2/O/troop crossed/VERB/ROOT/2 "
            "into/ADP/prep/2 Ukraine/PROPN/pobj/3/B-GPE ./PUNCT/punct/2 The/DET/det/7 "
            "troops/NOUN/nsubj/8/O/troop seized/VERB/ROOT/8 a/DET/det/10 town/NOUN/dobj/8 "
            "./PUNCT/punct/8",
            "The troops",
            "TUR",
        ),
        (  # "Russian officials met Ukrainian diplomats. Later the officials left."
            "Russian/ADJ/amod/1/B-NORP officials/NOUN/nsubj/2/O/official met/VERB/ROOT/2 "
            "Ukrainian/ADJ/amod/4/B-NORP diplomats/NOUN/dobj/2/O/diplomat ./PUNCT/punct/2 "
            "Later/ADV/advmod/9 the/DET/det/8 officials/NOUN/nsubj/9/O/official "
            "left/VERB/ROOT/9 ./PUNCT/punct/9",
            "the officials",
            "RUS",
        ),
        (  # "Soldiers from Pakistan arrived in Baku. The soldiers will train there."
            "Soldiers/NOUN/nsubj/3/O/soldier from/ADP/prep/0 Pakistan/PROPN/pobj/1/B-GPE "
            "arrived/VERB/ROOT/3 in/ADP/prep/3 Baku/PROPN/pobj/4/B-GPE ./PUNCT/punct/3 "
            "The/DET/det/8 soldiers/NOUN/nsubj/10/O/soldier will/AUX/aux/10 train/VERB/ROOT/10 "
            "there/ADV/advmod/10 ./PUNCT/punct/10",
            "The soldiers",
            "PAK",
        ),
    ],
)
def test_a_repeated_people_noun_stands_for_the_actor_named_with_it(
    recognizer, nlp, spec, phrase, actor
):
    assert (phrase, [actor]) in actors(recognizer, nlp, spec)


@pytest.mark.parametrize(
    "spec",
    [
        # "Russian and Turkish troops clashed. The troops withdrew." (named with two)
        "Russian/ADJ/amod/3/B-NORP and/CCONJ/cc/0 Turkish/ADJ/conj/0/B-NORP "
        "troops/NOUN/nsubj/4/O/troop clashed/VERB/ROOT/4 ./PUNCT/punct/4 The/DET/det/7 "
        "troops/NOUN/nsubj/8/O/troop withdrew/VERB/ROOT/8 ./PUNCT/punct/8",
        # "Troops crossed into Ukraine. The troops seized a town." (named with no one)
        "Troops/NOUN/nsubj/1/O/troop crossed/VERB/ROOT/1 into/ADP/prep/1 "
        "Ukraine/PROPN/pobj/2/B-GPE ./PUNCT/punct/1 The/DET/det/6 troops/NOUN/nsubj/7/O/troop "
        "seized/VERB/ROOT/7 a/DET/det/9 town/NOUN/dobj/7 ./PUNCT/punct/7",
    ],
)
def test_a_repeated_people_noun_without_one_actor_stays_unresolved(recognizer, nlp, spec):
    found = actors(recognizer, nlp, spec)
    assert not [t for t, _ in found if t == "The troops"], found


def test_a_repeated_noun_named_with_a_name_inside_its_from_phrase(recognizer, nlp):
    # "Soldiers from the Turkish army arrived in Baku. The soldiers left."
    found = actors(
        recognizer,
        nlp,
        "Soldiers/NOUN/nsubj/5/O/soldier from/ADP/prep/0 the/DET/det/4 Turkish/ADJ/amod/4/B-NORP "
        "army/NOUN/pobj/1/O/army arrived/VERB/ROOT/5 in/ADP/prep/5 Baku/PROPN/pobj/6/B-GPE "
        "./PUNCT/punct/5 The/DET/det/10 soldiers/NOUN/nsubj/11/O/soldier left/VERB/ROOT/11 "
        "./PUNCT/punct/11",
    )
    assert ("The soldiers", ["TUR"]) in found, found


# -- "Erdogan and Trump met ... both sides": two persons are the sides when no other set is named --


@pytest.mark.parametrize(
    "spec, phrase",
    [
        (  # "Erdogan and Trump met. Both sides agreed."
            "Erdogan/PROPN/nsubj/3/B-PERSON and/CCONJ/cc/0 Trump/PROPN/conj/0/B-PERSON "
            "met/VERB/ROOT/3 ./PUNCT/punct/3 Both/DET/det/6 sides/NOUN/nsubj/7/O/side "
            "agreed/VERB/ROOT/7 ./PUNCT/punct/7",
            "Both sides",
        ),
        (  # "Erdogan and Trump met in Ankara. The two parties signed a deal."
            "Erdogan/PROPN/nsubj/3/B-PERSON and/CCONJ/cc/0 Trump/PROPN/conj/0/B-PERSON "
            "met/VERB/ROOT/3 in/ADP/prep/3 Ankara/PROPN/pobj/4/B-GPE ./PUNCT/punct/3 "
            "The/DET/det/9 two/NUM/nummod/9 parties/NOUN/nsubj/10/O/party signed/VERB/ROOT/10 "
            "a/DET/det/12 deal/NOUN/dobj/10 ./PUNCT/punct/10",
            "The two parties",
        ),
        (  # "Erdogan met Trump. Later both camps claimed victory." (not coordinated: no set)
            "Erdogan/PROPN/nsubj/1/B-PERSON met/VERB/ROOT/1 Trump/PROPN/dobj/1/B-PERSON "
            "./PUNCT/punct/1 Later/ADV/advmod/7 both/DET/det/6 camps/NOUN/nsubj/7/O/camp "
            "claimed/VERB/ROOT/7 victory/NOUN/dobj/7 ./PUNCT/punct/7",
            None,
        ),
    ],
)
def test_two_coordinated_persons_are_the_sides_when_no_other_set_is_named(
    recognizer, nlp, spec, phrase
):
    found = {t: sorted(ids) for t, ids in actors(recognizer, nlp, spec)}
    sides = [ids for t, ids in found.items() if t.lower().endswith(("sides", "parties", "camps"))]
    if phrase is None:
        assert sides == [], found
    else:
        assert found.get(phrase) == ["person:donald-trump", "person:recep-tayyip-erdogan"], found


def test_a_set_of_states_is_preferred_to_two_persons_as_the_sides(recognizer, nlp):
    # "Russia and Ukraine fought. Erdogan and Trump met. Both sides agreed."
    found = actors(
        recognizer,
        nlp,
        "Russia/PROPN/nsubj/3/B-GPE and/CCONJ/cc/0 Ukraine/PROPN/conj/0/B-GPE fought/VERB/ROOT/3 "
        "./PUNCT/punct/3 Erdogan/PROPN/nsubj/7/B-PERSON and/CCONJ/cc/5 "
        "Trump/PROPN/conj/5/B-PERSON met/VERB/ROOT/7 ./PUNCT/punct/7 Both/DET/det/10 "
        "sides/NOUN/nsubj/11/O/side agreed/VERB/ROOT/11 ./PUNCT/punct/11",
    )
    assert ("Both sides", ["RUS", "UKR"]) in found, found


# -- "the militants" far from the one group named, and never across a sentence end ----------------


def test_a_group_reference_far_from_the_only_group_named_stands_for_it(recognizer, nlp):
    # "Hamas fired rockets. Russia protested. Ukraine agreed. The talks failed. Later the
    # militants withdrew."
    found = actors(
        recognizer,
        nlp,
        "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Russia/PROPN/nsubj/5/B-GPE protested/VERB/ROOT/5 ./PUNCT/punct/5 "
        "Ukraine/PROPN/nsubj/7/B-GPE agreed/VERB/ROOT/7 ./PUNCT/punct/7 The/DET/det/10 "
        "talks/NOUN/nsubj/11/O/talk failed/VERB/ROOT/11 ./PUNCT/punct/11 Later/ADV/advmod/16 "
        "the/DET/det/15 militants/NOUN/nsubj/16/O/militant withdrew/VERB/ROOT/16 "
        "./PUNCT/punct/16",
    )
    assert ("the militants", ["group:hamas"]) in found, found


def test_a_group_reference_far_from_two_groups_stays_unresolved(recognizer, nlp):
    # "Hamas and Hezbollah fired rockets. Russia protested. Ukraine agreed. The talks failed.
    # Later the militants withdrew."
    found = actors(
        recognizer,
        nlp,
        "Hamas/PROPN/nsubj/3/B-ORG and/CCONJ/cc/0 Hezbollah/PROPN/conj/0/B-ORG fired/VERB/ROOT/3 "
        "rockets/NOUN/dobj/3 ./PUNCT/punct/3 Russia/PROPN/nsubj/7/B-GPE protested/VERB/ROOT/7 "
        "./PUNCT/punct/7 Ukraine/PROPN/nsubj/9/B-GPE agreed/VERB/ROOT/9 ./PUNCT/punct/9 "
        "The/DET/det/12 talks/NOUN/nsubj/13/O/talk failed/VERB/ROOT/13 ./PUNCT/punct/13 "
        "Later/ADV/advmod/18 the/DET/det/17 militants/NOUN/nsubj/18/O/militant "
        "withdrew/VERB/ROOT/18 ./PUNCT/punct/18",
    )
    assert not [t for t, _ in found if t == "the militants"], found


def test_a_description_never_runs_across_a_sentence_end(recognizer, nlp):
    # "Hamas fired rockets. Russia condemned the military takeovers. Fighters from Ukraine
    # arrived."
    found = actors(
        recognizer,
        nlp,
        "Hamas/PROPN/nsubj/1/B-ORG fired/VERB/ROOT/1 rockets/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Russia/PROPN/nsubj/5/B-GPE condemned/VERB/ROOT/5 the/DET/det/8 military/ADJ/amod/8 "
        "takeovers/NOUN/dobj/5/O/takeover ./PUNCT/punct/5 Fighters/NOUN/nsubj/13/O/fighter "
        "from/ADP/prep/10 Ukraine/PROPN/pobj/11/B-GPE arrived/VERB/ROOT/13 ./PUNCT/punct/13",
    )
    assert [t for t, _ in found] == ["Hamas", "Russia", "Ukraine"], found
