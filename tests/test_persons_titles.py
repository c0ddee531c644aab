"""Persons whose first name is also a title ("Amir", "Sultan"), and titles in apposition to a
name, on hand-built parses (``word/POS/dep/head[/ent]``, see ``tests/test_actors.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_actors import TinyGazetteer, ids, parse

from geokg.actors import ActorRecognizer
from geokg.gazetteer import Name, Role
from geokg.models import Actor, ActorType


class _SpokesGazetteer(TinyGazetteer):
    """TinyGazetteer plus spokespeople's and ministers' titles, "Amir" and "Sultan" as titles,
    and an incumbent Russian spokeswoman."""

    def __init__(self) -> None:
        super().__init__()
        pid = "person:lena-orlova"
        self._actors[pid] = Actor(id=pid, name="Lena Orlova", type=ActorType.PERSON, country="RUS")
        self._names = self._names + [Name("Lena Orlova", pid, "person", False, False)]
        self._roles[pid] = [Role(pid, "RUS", "represents", "spokesman", dt.date(2020, 1, 1), None)]
        self._titles.update(
            {
                "spokesman": "represents",
                "minister": "represents",
                "foreign minister": "represents",
                "amir": "leader_of",
                "sultan": "leader_of",
                "secretary": "represents",
                "interior minister": "represents",
                "crown prince": "leader_of",
                "king": "leader_of",
            }
        )


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=_SpokesGazetteer())


def _roles(doc):
    return [(r[0], r[1], r[2]) for r in doc._.geokg_roles]


@pytest.mark.parametrize(
    ("spec", "pid", "state"),
    [
        # "Russian military spokesman Amir Mensah accused Ukraine."
        (
            "Russian/ADJ/amod/2/B-NORP military/ADJ/amod/2 spokesman/NOUN/compound/4 "
            "Amir/PROPN/compound/4/B-PERSON Mensah/PROPN/nsubj/5/I-PERSON accused/VERB/ROOT/5 "
            "Ukraine/PROPN/dobj/5/B-GPE ./PUNCT/punct/5",
            "person:amir-mensah",
            "RUS",
        ),
        # "Turkish Foreign Minister Sultan Idris Okafor met Erdogan."
        (
            "Turkish/ADJ/amod/2/B-NORP Foreign/PROPN/compound/2 Minister/PROPN/compound/5 "
            "Sultan/PROPN/compound/5/B-PERSON Idris/PROPN/compound/5/I-PERSON "
            "Okafor/PROPN/nsubj/6/I-PERSON met/VERB/ROOT/6 Erdogan/PROPN/dobj/6/B-PERSON "
            "./PUNCT/punct/6",
            "person:sultan-idris-okafor",
            "TUR",
        ),
        # "Amir Karimov, the Russian spokesman, accused Ukraine."
        (
            "Amir/PROPN/compound/1/B-PERSON Karimov/PROPN/nsubj/7/I-PERSON ,/PUNCT/punct/1 "
            "the/DET/det/5 Russian/ADJ/amod/5/B-NORP spokesman/NOUN/appos/1 ,/PUNCT/punct/1 "
            "accused/VERB/ROOT/7 Ukraine/PROPN/dobj/7/B-GPE ./PUNCT/punct/7",
            "person:amir-karimov",
            "RUS",
        ),
    ],
)
def test_a_given_name_title_of_a_titled_person_is_the_first_name(nlp, recognizer, spec, pid, state):
    doc = recognizer(parse(nlp, spec))
    assert pid in [actor for _, actor in ids(doc)]
    assert _roles(doc) == [(pid, "represents", state)]  # no "amir"/"sultan" leadership


@pytest.mark.parametrize(
    "spec",
    [
        # "Amir Karimov, the Russian generals’ spokesman, accused Ukraine.": a possessive's
        # apostrophe does not end the apposition
        "Amir/PROPN/compound/1/B-PERSON Karimov/PROPN/nsubj/9/I-PERSON ,/PUNCT/punct/1 "
        "the/DET/det/4 Russian/ADJ/amod/4/B-NORP generals/NOUN/poss/6 ’/PART/case/4 "
        "spokesman/NOUN/appos/1 ,/PUNCT/punct/1 accused/VERB/ROOT/9 Ukraine/PROPN/dobj/9/B-GPE "
        "./PUNCT/punct/9",
        # "Amir Karimov, the Russian “interim” spokesman, accused Ukraine.": nor do quotation
        # marks around a word of it
        "Amir/PROPN/compound/1/B-PERSON Karimov/PROPN/nsubj/10/I-PERSON ,/PUNCT/punct/1 "
        "the/DET/det/7 Russian/ADJ/amod/7/B-NORP “/PUNCT/punct/6 interim/ADJ/amod/7 "
        "”/PUNCT/punct/6 spokesman/NOUN/appos/1 ,/PUNCT/punct/1 accused/VERB/ROOT/10 "
        "Ukraine/PROPN/dobj/10/B-GPE ./PUNCT/punct/10",
    ],
)
def test_quotes_and_apostrophes_do_not_end_a_titled_apposition(nlp, recognizer, spec):
    doc = recognizer(parse(nlp, spec))
    assert "person:amir-karimov" in [actor for _, actor in ids(doc)]
    assert _roles(doc) == [("person:amir-karimov", "represents", "RUS")]


def test_a_dash_ends_a_titled_apposition(nlp, recognizer):
    # "Amir Karimov, in exile — a Russian spokesman said — accused Ukraine.": the spokesman
    # of the aside is someone else; "Amir" stays a title
    doc = recognizer(
        parse(
            nlp,
            "Amir/PROPN/compound/1/B-PERSON Karimov/PROPN/nsubj/12/I-PERSON ,/PUNCT/punct/1 "
            "in/ADP/prep/1 exile/NOUN/pobj/3 —/PUNCT/punct/9 a/DET/det/8 "
            "Russian/ADJ/amod/8/B-NORP spokesman/NOUN/nsubj/9 said/VERB/parataxis/12 "
            "—/PUNCT/punct/9 ,/PUNCT/punct/12 accused/VERB/ROOT/12 Ukraine/PROPN/dobj/12/B-GPE "
            "./PUNCT/punct/12",
        )
    )
    assert "person:amir-karimov" not in [actor for _, actor in ids(doc)]


def test_a_given_name_title_without_another_title_stays_a_title(nlp, recognizer):
    # "Turkish Amir Tamim spoke.": "Amir" is his title; the person is "Tamim"
    doc = recognizer(
        parse(
            nlp,
            "Turkish/ADJ/amod/2/B-NORP Amir/PROPN/compound/2/B-PERSON "
            "Tamim/PROPN/nsubj/3/I-PERSON spoke/VERB/ROOT/3 ./PUNCT/punct/3",
        )
    )
    assert _roles(doc) == [("person:tamim", "leader_of", "TUR")]


@pytest.mark.parametrize(
    "spec",
    [
        # "Levi, the Russian spokesman, spoke.": a name no recogniser took
        "Levi/PROPN/nsubj/6 ,/PUNCT/punct/0 the/DET/det/4 Russian/ADJ/amod/4/B-NORP "
        "spokesman/NOUN/appos/0 ,/PUNCT/punct/0 spoke/VERB/ROOT/6 ./PUNCT/punct/6",
        # "Ukraine accused Kasparian, the Russian spokesman, of lying."
        "Ukraine/PROPN/nsubj/1/B-GPE accused/VERB/ROOT/1 Kasparian/PROPN/dobj/1 "
        ",/PUNCT/punct/2 the/DET/det/6 Russian/ADJ/amod/6/B-NORP spokesman/NOUN/appos/2 "
        ",/PUNCT/punct/2 of/ADP/prep/1 lying/VERB/pcomp/8 ./PUNCT/punct/1",
    ],
)
def test_a_title_in_apposition_to_an_unknown_name_is_no_incumbent(nlp, recognizer, spec):
    assert "person:lena-orlova" not in [actor for _, actor in ids(recognizer(parse(nlp, spec)))]


def test_a_title_in_apposition_to_a_name_is_no_incumbent(nlp, recognizer):
    # "Dana Levi, the Russian spokesman, spoke.": Levi, not the gazetteer's spokeswoman
    doc = recognizer(
        parse(
            nlp,
            "Dana/PROPN/compound/1/B-PERSON Levi/PROPN/nsubj/7/I-PERSON ,/PUNCT/punct/1 "
            "the/DET/det/5 Russian/ADJ/amod/5/B-NORP spokesman/NOUN/appos/1 ,/PUNCT/punct/1 "
            "spoke/VERB/ROOT/7 ./PUNCT/punct/7",
        )
    )
    actors = [actor for _, actor in ids(doc)]
    assert "person:dana-levi" in actors and "person:lena-orlova" not in actors
    assert _roles(doc) == [("person:dana-levi", "represents", "RUS")]


@pytest.mark.parametrize(
    "spec",
    [
        # "The Russian spokesman spoke."
        "The/DET/det/2 Russian/ADJ/amod/2/B-NORP spokesman/NOUN/nsubj/3 spoke/VERB/ROOT/3 "
        "./PUNCT/punct/3",
        # "Ukraine, the Russian spokesman said, fired first.": no person before the comma
        "Ukraine/PROPN/nsubj/7/B-GPE ,/PUNCT/punct/5 the/DET/det/4 Russian/ADJ/amod/4/B-NORP "
        "spokesman/NOUN/nsubj/5 said/VERB/parataxis/7 ,/PUNCT/punct/5 fired/VERB/ROOT/7 "
        "first/ADV/advmod/7 ./PUNCT/punct/7",
    ],
)
def test_a_title_reference_alone_is_the_incumbent(nlp, recognizer, spec):
    assert "person:lena-orlova" in [actor for _, actor in ids(recognizer(parse(nlp, spec)))]


def test_a_rank_before_a_name_is_no_part_of_it(nlp, recognizer):
    # "Turkish junta leader Colonel Assimi Goita accused Russia."
    doc = recognizer(
        parse(
            nlp,
            "Turkish/ADJ/amod/2/B-NORP junta/NOUN/compound/2 leader/NOUN/compound/5 "
            "Colonel/PROPN/compound/5/B-PERSON Assimi/PROPN/compound/5/I-PERSON "
            "Goita/PROPN/nsubj/6/I-PERSON accused/VERB/ROOT/6 Russia/PROPN/dobj/6/B-GPE "
            "./PUNCT/punct/6",
        )
    )
    assert ("Assimi Goita", "person:assimi-goita") in ids(doc)
    assert [(pid, org) for pid, _, org in _roles(doc)] == [("person:assimi-goita", "TUR")]


def test_the_state_of_a_titled_name_may_follow_it_after_of(nlp, recognizer):
    # "Foreign Minister Tomas Halvorsen of Russia criticised Ukraine."
    doc = recognizer(
        parse(
            nlp,
            "Foreign/PROPN/compound/1 Minister/PROPN/compound/3 Tomas/PROPN/compound/3/B-PERSON "
            "Halvorsen/PROPN/nsubj/6/I-PERSON of/ADP/prep/3 Russia/PROPN/pobj/4/B-GPE "
            "criticised/VERB/ROOT/6 Ukraine/PROPN/dobj/6/B-GPE ./PUNCT/punct/6",
        )
    )
    assert _roles(doc) == [("person:tomas-halvorsen", "represents", "RUS")]
    assert ("Russia", "RUS") not in ids(doc)  # part of the person's mention


@pytest.mark.parametrize(
    "spec",
    [
        # "Minister Tomas Halvorsen of Russia's ruling party spoke.": the party's, not Russia's
        "Minister/PROPN/compound/2 Tomas/PROPN/compound/2/B-PERSON "
        "Halvorsen/PROPN/nsubj/8/I-PERSON of/ADP/prep/2 Russia/PROPN/poss/7/B-GPE "
        "'s/PART/case/4 ruling/VERB/amod/7 party/NOUN/pobj/3 spoke/VERB/ROOT/8 ./PUNCT/punct/8",
        # "Minister Tomas Halvorsen spoke of Russia.": the verb's "of"
        "Minister/PROPN/compound/2 Tomas/PROPN/compound/2/B-PERSON "
        "Halvorsen/PROPN/nsubj/3/I-PERSON spoke/VERB/ROOT/3 of/ADP/prep/3 "
        "Russia/PROPN/pobj/4/B-GPE ./PUNCT/punct/3",
    ],
)
def test_an_of_phrase_that_names_something_else_gives_no_state(nlp, recognizer, spec):
    doc = recognizer(parse(nlp, spec))
    assert ("person:tomas-halvorsen", "represents", "RUS") not in _roles(doc)


@pytest.mark.parametrize(
    "spec",
    [
        # "... according to the Turkish Federal Secretary Interior."
        "according/VERB/ROOT/0 to/ADP/prep/0 the/DET/det/6 Turkish/ADJ/amod/6/B-NORP "
        "Federal/PROPN/compound/6 Secretary/PROPN/compound/6 Interior/PROPN/pobj/1/B-PERSON "
        "./PUNCT/punct/0",
        # "The Turkish Minister Interior spoke."
        "The/DET/det/3 Turkish/ADJ/amod/3/B-NORP Minister/PROPN/compound/3 "
        "Interior/PROPN/nsubj/4/B-PERSON spoke/VERB/ROOT/4 ./PUNCT/punct/4",
        # "The Turkish Crown Prince spoke."
        "The/DET/det/3 Turkish/ADJ/amod/3/B-NORP Crown/PROPN/compound/3/B-PERSON "
        "Prince/PROPN/nsubj/4/I-PERSON spoke/VERB/ROOT/4 ./PUNCT/punct/4",
    ],
)
def test_a_name_made_of_title_words_names_an_office_not_a_person(recognizer, nlp, spec):
    doc = recognizer(parse(nlp, spec, date=dt.date(2025, 7, 14)))
    assert not [pid for pid, _ in ids(doc) if str(pid).startswith("person:")]
    assert not doc._.geokg_roles


@pytest.mark.parametrize(
    ("spec", "pid"),
    [
        # "The Turkish Crown Prince Osman spoke."
        ("The/DET/det/4 Turkish/ADJ/amod/4/B-NORP Crown/PROPN/compound/4 Prince/PROPN/compound/4 "
         "Osman/PROPN/nsubj/5/B-PERSON spoke/VERB/ROOT/5 ./PUNCT/punct/5", "person:osman"),
        # "Turkish envoy Ada King spoke."
        ("Turkish/ADJ/amod/1/B-NORP envoy/NOUN/compound/3 Ada/PROPN/compound/3/B-PERSON "
         "King/PROPN/nsubj/4/I-PERSON spoke/VERB/ROOT/4 ./PUNCT/punct/4", "person:ada-king"),
    ],
)
def test_a_name_holding_a_word_that_is_no_title_is_a_person(recognizer, nlp, spec, pid):
    doc = recognizer(parse(nlp, spec, date=dt.date(2025, 7, 14)))
    assert _roles(doc) and _roles(doc)[0][0] == pid and _roles(doc)[0][2] == "TUR"
