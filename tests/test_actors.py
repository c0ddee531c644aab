"""Unit tests of the ``geokg_actors`` logic on hand-built parses (no statistical model).

Each Doc is written token by token as ``word/POS/dep/head/ent`` (head = absolute token index,
ent = BILUO-free IOB label such as ``B-GPE``), so the tests are exact and do not depend on a
model version. The gazetteer is a tiny in-memory one with the same API as
:class:`geokg.gazetteer.Gazetteer`.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
import spacy
from spacy.tokens import Doc

from geokg.actors import ActorRecognizer, Lexicon, normalize_token, person_id, strip_possessive
from geokg.errors import DataError
from geokg.gazetteer import Gazetteer, Name, Role
from geokg.models import Actor, ActorType, Document

_TAGS = {
    "PROPN": "NNP",
    "NOUN": "NN",
    "VERB": "VBD",
    "ADJ": "JJ",
    "ADP": "IN",
    "DET": "DT",
    "PUNCT": ".",
    "PRON": "PRP",
    "CCONJ": "CC",
    "AUX": "VBZ",
    "PART": "POS",
    "NUM": "CD",
    "ADV": "RB",
}


class TinyGazetteer:
    """A few actors, names, titles and dated roles: the Gazetteer API the recogniser uses."""

    def __init__(self) -> None:
        states = {
            "TUR": "Türkiye",
            "RUS": "Russia",
            "AZE": "Azerbaijan",
            "UKR": "Ukraine",
            "ARE": "United Arab Emirates",
            "USA": "United States",
            "GEO": "Georgia",
        }
        self._actors = {i: Actor(id=i, name=n, type=ActorType.STATE) for i, n in states.items()}
        self._actors["NATO"] = Actor(id="NATO", name="NATO", type=ActorType.ORGANISATION)
        for pid, name, country in (
            ("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "TUR"),
            ("person:donald-trump", "Donald Trump", "USA"),
            ("person:joe-biden", "Joe Biden", "USA"),
        ):
            self._actors[pid] = Actor(id=pid, name=name, type=ActorType.PERSON, country=country)
        n = Name
        self._names = [
            n("Türkiye", "TUR", "name", False, False),
            n("Turkiye", "TUR", "alias", False, False),
            n("Turkish", "TUR", "demonym", False, False),
            n("Ankara", "TUR", "capital", False, False),
            n("Russia", "RUS", "name", False, False),
            n("Russian", "RUS", "demonym", False, False),
            n("Russians", "RUS", "demonym", False, False),
            n("Moscow", "RUS", "capital", False, False),
            n("Azerbaijan", "AZE", "name", False, False),
            n("Baku", "AZE", "capital", False, False),
            n("Ukraine", "UKR", "name", False, False),
            n("Kyiv", "UKR", "capital", False, False),
            n("Abu Dhabi", "ARE", "capital", False, False),
            n("US", "USA", "acronym", True, False),
            n("Georgia", "GEO", "name", False, True),
            n("NATO", "NATO", "acronym", True, False),
            n("Recep Tayyip Erdogan", "person:recep-tayyip-erdogan", "person", False, False),
            n("Erdogan", "person:recep-tayyip-erdogan", "person", False, False),
            n("Donald Trump", "person:donald-trump", "person", False, False),
            n("Trump", "person:donald-trump", "person", False, False),
            n("Joe Biden", "person:joe-biden", "person", False, False),
        ]
        self._roles = {
            "person:recep-tayyip-erdogan": [
                Role(
                    "person:recep-tayyip-erdogan",
                    "TUR",
                    "leader_of",
                    "president",
                    dt.date(2014, 8, 28),
                    None,
                )
            ],
            "person:donald-trump": [
                Role(
                    "person:donald-trump",
                    "USA",
                    "leader_of",
                    "president",
                    dt.date(2025, 1, 20),
                    None,
                )
            ],
            "person:joe-biden": [
                Role(
                    "person:joe-biden",
                    "USA",
                    "leader_of",
                    "president",
                    dt.date(2021, 1, 20),
                    dt.date(2025, 1, 19),
                )
            ],
        }
        self._titles = {
            "president": "leader_of",
            "envoy": "represents",
            "analyst": "represents",
            "secretary general": "leader_of",
            "head": "leader_of",
            "leader": "leader_of",
        }

    def get(self, actor_id):
        return self._actors.get(actor_id)

    def find_person(self, text):
        """No dated persons in the tiny gazetteer (see tests/test_agents.py for some)."""
        return None

    def names(self):
        return iter(self._names)

    def titles(self):
        return dict(self._titles)

    def roles(self, person_id, on=None):
        roles = self._roles.get(person_id, [])
        return [r for r in roles if on is None or r.valid_on(on)]

    def affiliation(self, person_id, on=None):
        actor = self.get(person_id)
        return actor.country if actor else None

    def office_holder(self, org_id, title, on):
        for roles in self._roles.values():
            for r in roles:
                if (
                    r.org_id == org_id
                    and r.title == title
                    and (on is None and r.end is None or on and r.valid_on(on))
                ):
                    return r.person_id
        return None


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp):
    return ActorRecognizer(nlp, gazetteer=TinyGazetteer())


def parse(nlp, spec: str, date: dt.date | None = dt.date(2025, 7, 14)) -> Doc:
    """Build a parsed Doc from ``word/POS/dep/head[/ent[/lemma]]`` tokens separated by spaces."""
    words, pos, deps, heads, ents, lemmas = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, p, dep, head = parts[0].replace("_", " "), parts[1], parts[2], int(parts[3])
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(head)
        ents.append(parts[4] if len(parts) > 4 else "O")
        lemmas.append(
            parts[5]
            if len(parts) > 5
            else word.lower().rstrip("s")
            if p == "NOUN"
            else word.lower()
        )
    spaces = [
        not (i + 1 < len(words) and words[i + 1] in (".", ",", "'s", "-")) and w != "-"
        for i, w in enumerate(words)
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=[_TAGS.get(p, p) for p in pos],
        deps=deps,
        heads=heads,
        ents=ents,
        lemmas=lemmas,
    )
    doc._.geokg_meta = Document(text=doc.text, date=date)
    return doc


def spans(doc):
    return [
        (s.text, s._.geokg_actors, s._.geokg_via, s._.geokg_location, s._.geokg_attributive)
        for s in doc.spans["geokg_actors"]
    ]


def ids(doc):
    return [
        (s.text, s._.geokg_actor)
        for s in doc.spans["geokg_actors"]
        if not s._.geokg_location and not s._.geokg_attributive
    ]


# -- helpers -----------------------------------------------------------------------------------


def test_normalize_token_folds_case_and_diacritics():
    assert normalize_token("Türkiye") == normalize_token("TURKIYE") == "turkiye"
    assert normalize_token("Trump´s") == "trump's"


@pytest.mark.parametrize(
    "text,bare",
    [
        ("Trump´s", "Trump"),
        ("Russia’s", "Russia"),
        ("Ankara's", "Ankara"),
        ("'s", "'s"),
        ("Paris", "Paris"),
        ("States'", "States"),
    ],
)
def test_strip_possessive(text, bare):
    assert strip_possessive(text) == bare


def test_person_id_is_ascii_hyphenated():
    assert person_id("Recep Tayyip Erdoğan") == "person:recep-tayyip-erdogan"
    assert person_id("Lt. Gen. Keith  Kellogg") == "person:lt-gen-keith-kellogg"


def test_lexicon_rejects_a_malformed_file(tmp_path):
    bad = tmp_path / "recognizer.json"
    bad.write_text(json.dumps({"people_nouns": "officials"}), encoding="utf-8")
    with pytest.raises(DataError, match="people_nouns"):
        Lexicon.load(bad)


def test_state_classes_reject_an_unknown_class(tmp_path):
    from geokg.actors.wordlists import load_state_classes

    bad = tmp_path / "state_classes.json"
    bad.write_text(
        json.dumps({"descriptors": {"balkan": "balkans"}, "nouns": {}, "classes": {"x": ["SRB"]}}),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="balkan"):
        load_state_classes(bad)


def test_state_classes_name_known_states_and_organisations():
    gaz = Gazetteer.load()
    lex = Lexicon.load()
    assert lex.state_descriptors[("west", "african")] == "west_africa"
    assert lex.state_nouns[("country",)] is None
    for name, ids in lex.state_classes.items():
        if isinstance(ids, str):
            assert gaz.members(ids[1:], None), name
        else:
            for sid in ids:
                actor = gaz.get(sid)
                assert actor is not None and actor.type.value == "state", (name, sid)


def test_lexicon_bundled_loads():
    lex = Lexicon.load()
    assert "official" in lex.people_nouns and "in" in lex.location_prepositions


# -- names -------------------------------------------------------------------------------------


def test_case_and_diacritics_tolerant_names(nlp, recognizer):
    doc = parse(
        nlp,
        "TURKIYE/PROPN/nsubj/1/B-GPE met/VERB/ROOT/1 Türkiye/PROPN/dobj/1/B-GPE ./PUNCT/punct/1",
    )
    assert ids(recognizer(doc)) == [("TURKIYE", "TUR"), ("Türkiye", "TUR")]


def test_case_sensitive_acronym_is_not_the_pronoun(nlp, recognizer):
    doc = parse(
        nlp, "None/PRON/nsubj/3 of/ADP/prep/0 us/PRON/pobj/1 expected/VERB/ROOT/3 it/PRON/dobj/3"
    )
    assert spans(recognizer(doc)) == []
    doc = parse(nlp, "The/DET/det/1 US/PROPN/nsubj/2/B-GPE objected/VERB/ROOT/2 ./PUNCT/punct/2")
    assert ids(recognizer(doc)) == [("US", "USA")]


def test_lowercase_common_noun_is_not_a_state(nlp, recognizer):
    doc = parse(nlp, "They/PRON/nsubj/1 ate/VERB/ROOT/1 russia/NOUN/dobj/1")
    assert spans(recognizer(doc)) == []


def test_possessive_capital(nlp, recognizer):
    doc = parse(
        nlp, "Ankara/PROPN/poss/2/B-GPE 's/PART/case/0 response/NOUN/nsubj/3 came/VERB/ROOT/3"
    )
    assert spans(recognizer(doc)) == [("Ankara", ["TUR"], "capital", False, False)]


def test_hyphenated_pair_gives_two_actor_spans(nlp, recognizer):
    doc = parse(
        nlp,
        "Azerbaijan/PROPN/nmod/3/B-GPE -/PUNCT/punct/0 Russia/PROPN/appos/0/B-GPE "
        "tensions/NOUN/nsubj/4 rose/VERB/ROOT/4",
    )
    assert ids(recognizer(doc)) == [("Azerbaijan", "AZE"), ("Russia", "RUS")]


def test_name_modifying_a_made_thing_is_attributive(nlp, recognizer):
    doc = parse(
        nlp, "US/PROPN/npadvmod/2/B-GPE -/PUNCT/punct/2 made/VERB/amod/3 missiles/NOUN/ROOT/3"
    )
    assert spans(recognizer(doc)) == [("US", ["USA"], "acronym", False, True)]


# -- demonyms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noun,actor",
    [
        ("officials", True),
        ("troops", True),
        ("attacks", True),
        ("cities", False),
        ("plane", False),
        ("regions", False),
    ],
)
def test_demonym_is_an_actor_only_before_people_or_actions(nlp, recognizer, noun, actor):
    doc = parse(nlp, f"Russian/ADJ/amod/1/B-NORP {noun}/NOUN/nsubj/2 mattered/VERB/ROOT/2")
    (found,) = spans(recognizer(doc))
    assert found[0] == "Russian" and found[1] == ["RUS"] and found[4] is (not actor)


def test_plural_demonym_standing_alone_is_an_actor(nlp, recognizer):
    doc = parse(nlp, "The/DET/det/1 Russians/PROPN/nsubj/2/B-NORP refused/VERB/ROOT/2")
    assert ids(recognizer(doc)) == [("Russians", "RUS")]


def test_demonym_through_a_chain_of_modifiers(nlp, recognizer):
    doc = parse(
        nlp, "an/DET/det/3 Russian/ADJ/amod/3/B-NORP S-400/PROPN/compound/3 system/NOUN/ROOT/3"
    )
    assert spans(recognizer(doc)) == [("Russian", ["RUS"], "demonym", False, True)]


# -- places ------------------------------------------------------------------------------------


def test_meeting_place_is_a_location(nlp, recognizer):
    doc = parse(
        nlp,
        "They/PRON/nsubj/1 met/VERB/ROOT/1 in/ADP/prep/1 Abu/PROPN/compound/4/B-GPE "
        "Dhabi/PROPN/pobj/2/I-GPE",
    )
    assert spans(recognizer(doc)) == [("Abu Dhabi", ["ARE"], "capital", True, False)]


def test_destination_of_travel_is_not_only_a_place(nlp, recognizer):
    doc = parse(
        nlp,
        "Kellogg/PROPN/nsubj/1 arrived/VERB/ROOT/1/O/arrive in/ADP/prep/1 Kyiv/PROPN/pobj/2/B-GPE",
    )
    assert ids(recognizer(doc)) == [("Kyiv", "UKR")]


def test_region_of_a_state_is_a_location(nlp, recognizer):
    doc = parse(
        nlp,
        "strikes/NOUN/ROOT/0 in/ADP/prep/0 the/DET/det/4 Sumy/PROPN/compound/4 "
        "region/NOUN/pobj/1 of/ADP/prep/4 Ukraine/PROPN/pobj/5/B-GPE",
    )
    assert spans(recognizer(doc)) == [("Ukraine", ["UKR"], "name", True, False)]


def test_us_state_after_a_city_is_not_the_country(nlp, recognizer):
    doc = parse(
        nlp,
        "in/ADP/ROOT/0 Atlanta/PROPN/pobj/0/B-GPE ,/PUNCT/punct/1 Georgia/PROPN/appos/1/B-GPE "
        "and/CCONJ/cc/1 Georgia/PROPN/conj/1/B-GPE",
    )
    assert spans(recognizer(doc)) == []


def test_a_state_after_a_list_of_states_is_the_state(nlp, recognizer):
    # "The United Arab Emirates, Georgia and Ukraine signed a deal.": a known name of several
    # words before the comma is an actor of a list, not a place the state holds
    gazetteer = TinyGazetteer()
    gazetteer._names = [*gazetteer._names, Name("United Arab Emirates", "ARE", "name", False, False)]
    doc = parse(
        nlp,
        "The/DET/det/3/B-GPE United/PROPN/compound/3/I-GPE Arab/PROPN/compound/3/I-GPE "
        "Emirates/PROPN/nsubj/8/I-GPE ,/PUNCT/punct/3 Georgia/PROPN/conj/3/B-GPE "
        "and/CCONJ/cc/5 Ukraine/PROPN/conj/5/B-GPE signed/VERB/ROOT/8 a/DET/det/10 "
        "deal/NOUN/dobj/8 ./PUNCT/punct/8",
    )
    assert ids(ActorRecognizer(nlp, gazetteer=gazetteer)(doc)) == [
        ("United Arab Emirates", "ARE"), ("Georgia", "GEO"), ("Ukraine", "UKR")
    ]
    # "in Abu Dhabi, Georgia": a known name ends before the comma too
    doc = parse(
        nlp,
        "talks/NOUN/ROOT/0 in/ADP/prep/0 Abu/PROPN/compound/3/B-GPE Dhabi/PROPN/pobj/1/I-GPE "
        ",/PUNCT/punct/3 Georgia/PROPN/conj/3/B-GPE and/CCONJ/cc/5 Russia/PROPN/conj/5/B-GPE",
    )
    assert [s[1] for s in spans(recognizer(doc))] == [["ARE"], ["GEO"], ["RUS"]]


# -- persons, titles and roles -------------------------------------------------------------------


def test_title_gives_role_and_consumes_the_demonym(nlp, recognizer):
    doc = parse(
        nlp,
        "Turkish/ADJ/amod/1/B-NORP President/PROPN/compound/4 Recep/PROPN/compound/4/B-PERSON "
        "Tayyip/PROPN/compound/4/I-PERSON Erdogan/PROPN/nsubj/5/I-PERSON spoke/VERB/ROOT/5",
    )
    doc = recognizer(doc)
    assert ids(doc) == [("Recep Tayyip Erdogan", "person:recep-tayyip-erdogan")]
    ((pid, rel, org, span),) = doc._.geokg_roles
    assert (pid, rel, org, span.text) == (
        "person:recep-tayyip-erdogan",
        "leader_of",
        "TUR",
        "Turkish President",
    )
    assert doc._.geokg_actors["TUR"].type is ActorType.STATE


def test_unknown_person_gets_affiliation_from_title(nlp, recognizer):
    doc = parse(
        nlp,
        "US/PROPN/compound/1/B-GPE envoy/NOUN/compound/3 Keith/PROPN/compound/3/B-PERSON "
        "Kellogg/PROPN/nsubj/4/I-PERSON arrived/VERB/ROOT/4",
    )
    doc = recognizer(doc)
    assert ids(doc) == [("Keith Kellogg", "person:keith-kellogg")]
    assert doc._.geokg_actors["person:keith-kellogg"].country == "USA"
    assert [(r[0], r[1], r[2]) for r in doc._.geokg_roles] == [
        ("person:keith-kellogg", "represents", "USA")
    ]


def test_a_hyphenated_name_is_written_as_in_the_text(nlp, recognizer):
    doc = parse(
        nlp,
        "US/PROPN/compound/1/B-GPE envoy/NOUN/compound/5 Park/PROPN/compound/5/B-PERSON "
        "Jin/PROPN/compound/5/I-PERSON -/PUNCT/punct/5/I-PERSON young/PROPN/nsubj/6/I-PERSON "
        "arrived/VERB/ROOT/6",
    )
    assert doc.text.startswith("US envoy Park Jin-young arrived")
    doc = recognizer(doc)
    assert doc._.geokg_actors["person:park-jin-young"].name == "Park Jin-young"


def test_appositive_title_after_the_name(nlp, recognizer):
    doc = parse(
        nlp,
        "Mark/PROPN/compound/1/B-PERSON Rutte/PROPN/nsubj/8/I-PERSON ,/PUNCT/punct/1 "
        "NATO/PROPN/poss/6/B-ORG 's/PART/case/3 secretary/NOUN/compound/6 general/NOUN/appos/1 "
        ",/PUNCT/punct/1 spoke/VERB/ROOT/8",
    )
    doc = recognizer(doc)
    assert ids(doc) == [("Mark Rutte", "person:mark-rutte")]
    assert [(r[0], r[1], r[2]) for r in doc._.geokg_roles] == [
        ("person:mark-rutte", "leader_of", "NATO")
    ]


def test_head_of_an_office_represents_rather_than_leads(nlp, recognizer):
    doc = parse(
        nlp,
        "said/VERB/ROOT/0 the/DET/det/2 head/NOUN/nsubj/0 of/ADP/prep/2 Ukraine/PROPN/poss/7/B-GPE "
        "'s/PART/case/4 presidential/ADJ/amod/7 office/NOUN/pobj/3 ,/PUNCT/punct/7 "
        "Andrii/PROPN/compound/10/B-PERSON Yermak/PROPN/appos/7/I-PERSON",
    )
    doc = recognizer(doc)
    assert [(r[0], r[1], r[2]) for r in doc._.geokg_roles] == [
        ("person:andrii-yermak", "represents", "UKR")
    ]


def test_person_without_affiliation_is_not_an_actor(nlp, recognizer):
    doc = parse(
        nlp, "John/PROPN/compound/1/B-PERSON Smith/PROPN/nsubj/2/I-PERSON laughed/VERB/ROOT/2"
    )
    assert spans(recognizer(doc)) == []


def test_analyst_is_not_an_actor(nlp, recognizer):
    doc = parse(
        nlp,
        "Sinem/PROPN/compound/1/B-PERSON Cengiz/PROPN/nsubj/2/I-PERSON is/AUX/ROOT/2 "
        "a/DET/det/5 Turkish/ADJ/amod/5/B-NORP analyst/NOUN/attr/2",
    )
    assert ids(recognizer(doc)) == []


def test_later_surname_and_title_references(nlp, recognizer):
    doc = parse(
        nlp,
        "Trump/PROPN/nsubj/1/B-PERSON spoke/VERB/ROOT/1 ./PUNCT/punct/1 "
        "The/DET/det/5 US/PROPN/compound/5/B-GPE president/NOUN/nsubj/6 left/VERB/ROOT/6",
    )
    assert ids(recognizer(doc)) == [
        ("Trump", "person:donald-trump"),
        ("US president", "person:donald-trump"),
    ]


def test_title_reference_uses_the_document_date(nlp, recognizer):
    doc = parse(
        nlp,
        "The/DET/det/2 US/PROPN/compound/2/B-GPE president/NOUN/nsubj/3 left/VERB/ROOT/3",
        date=dt.date(2022, 5, 1),
    )
    assert ids(recognizer(doc)) == [("US president", "person:joe-biden")]


def test_title_reference_without_a_holder_is_dropped(nlp, recognizer):
    doc = parse(
        nlp, "The/DET/det/2 Azerbaijan/PROPN/compound/2/B-GPE envoy/NOUN/nsubj/3 left/VERB/ROOT/3"
    )
    assert [s for s in spans(recognizer(doc)) if s[2] == "title"] == []


# -- references ------------------------------------------------------------------------------------


def test_both_sides_resolves_to_a_coordinated_pair(nlp, recognizer):
    doc = parse(
        nlp,
        "tension/NOUN/ROOT/0 between/ADP/prep/0 Baku/PROPN/pobj/1/B-GPE and/CCONJ/cc/2 "
        "Moscow/PROPN/conj/2/B-GPE ./PUNCT/punct/0 "
        "Turkiye/PROPN/nsubj/7/B-GPE urged/VERB/ROOT/7 both/DET/det/9 sides/NOUN/dobj/7",
    )
    doc = recognizer(doc)
    last = list(doc.spans["geokg_actors"])[-1]
    assert (last.text, last._.geokg_actors, last._.geokg_via) == (
        "both sides",
        ["AZE", "RUS"],
        "coref",
    )


def test_both_sides_without_antecedent_is_dropped(nlp, recognizer):
    doc = parse(nlp, "Both/DET/det/1 sides/NOUN/nsubj/2 agreed/VERB/ROOT/2")
    assert spans(recognizer(doc)) == []


def test_three_states_are_not_a_pair(nlp, recognizer):
    doc = parse(
        nlp,
        "Russia/PROPN/nsubj/5/B-GPE ,/PUNCT/punct/0 Ukraine/PROPN/conj/0/B-GPE and/CCONJ/cc/2 "
        "Turkiye/PROPN/conj/2/B-GPE met/VERB/ROOT/5 ./PUNCT/punct/5 the/DET/det/9 two/NUM/nummod/9 "
        "countries/NOUN/nsubj/10 agreed/VERB/ROOT/10",
    )
    assert [s for s in spans(recognizer(doc)) if s[2] == "coref"] == []


def test_it_repeats_the_previous_subject_state(nlp, recognizer):
    doc = parse(
        nlp,
        "Turkiye/PROPN/nsubj/1/B-GPE waited/VERB/ROOT/1 ./PUNCT/punct/1 "
        "it/PRON/nsubj/5 can/AUX/aux/5 rely/VERB/ROOT/5",
    )
    assert ids(recognizer(doc)) == [("Turkiye", "TUR"), ("it", "TUR")]


def test_expletive_it_is_not_resolved(nlp, recognizer):
    doc = parse(
        nlp,
        "Turkiye/PROPN/nsubj/1/B-GPE waited/VERB/ROOT/1 ./PUNCT/punct/1 "
        "it/PRON/nsubj/4 is/AUX/ROOT/4/O/be important/ADJ/acomp/4",
    )
    assert ids(recognizer(doc)) == [("Turkiye", "TUR")]


# -- the component ---------------------------------------------------------------------------------


def test_factory_is_registered_and_reads_user_actor_files(nlp, tmp_path):
    extra = tmp_path / "actors.json"
    extra.write_text(
        json.dumps(
            {
                "geokg_gazetteer": 1,
                "actors": [
                    {
                        "id": "group:sahel-shield",
                        "type": "group",
                        "name": "Sahel Shield Front",
                        "country": "MLI",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    pipe = spacy.blank("en")
    rec = pipe.add_pipe("geokg_actors", config={"extra_actors": [str(extra)]})
    assert rec.gazetteer.get("group:sahel-shield") is not None
    doc = rec(
        parse(
            pipe,
            "Sahel/PROPN/compound/2/B-ORG Shield/PROPN/compound/2/I-ORG "
            "Front/PROPN/nsubj/3/I-ORG fought/VERB/ROOT/3",
        )
    )
    assert ids(doc) == [("Sahel Shield Front", "group:sahel-shield")]
    assert doc._.geokg_actors["group:sahel-shield"].country == "MLI"


def test_missing_user_actor_file_is_a_data_error(tmp_path):
    pipe = spacy.blank("en")
    with pytest.raises(DataError, match="not found"):
        pipe.add_pipe("geokg_actors", config={"extra_actors": [str(tmp_path / "nope.json")]})


def test_outputs_are_fresh_per_doc_and_work_without_meta(nlp, recognizer):
    a = parse(nlp, "Russia/PROPN/ROOT/0/B-GPE", date=None)
    a._.geokg_meta = None
    b = parse(nlp, "Ukraine/PROPN/ROOT/0/B-GPE")
    a, b = recognizer(a), recognizer(b)
    assert set(a._.geokg_actors) == {"RUS"} and set(b._.geokg_actors) == {"UKR"}
    assert a._.geokg_roles == [] and a._.geokg_actors is not b._.geokg_actors


def test_empty_doc(nlp, recognizer):
    doc = recognizer(nlp.make_doc(""))
    assert list(doc.spans["geokg_actors"]) == [] and doc._.geokg_actors == {}


def test_pipeline_with_the_component_round_trips_through_disk(tmp_path):
    pipe = spacy.blank("en")
    pipe.add_pipe("geokg_actors")
    pipe.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["geokg_actors"]
    assert loaded.get_pipe_meta("geokg_actors").default_config == {"extra_actors": []}


_FUZZ_WORDS = (
    "the of , . 's ' \" ( ) - and in at President envoy head counterpart his its it they both "
    "sides two countries Russia Turkiye US us Georgia Atlanta New Putin Trump Keith Kellogg John "
    "Smith analyst said met former Russian Turkish Russians officials S-400 Baku Moscow leader "
    "NATO secretary general ; : Türkiye TURKIYE Erdogan Recep Tayyip"
).split()


@pytest.mark.parametrize("seed", range(40))
def test_any_word_salad_gives_ordered_non_overlapping_spans(nlp, recognizer, seed):
    import random

    rng = random.Random(seed)
    words = [rng.choice(_FUZZ_WORDS) for _ in range(rng.randint(0, 50))]
    for doc in (Doc(nlp.vocab, words=words), parse_flat(nlp, words, rng)):
        doc = recognizer(doc)
        found = list(doc.spans["geokg_actors"])
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
        assert all(s._.geokg_actor in doc._.geokg_actors for s in found)
        assert all(o in doc._.geokg_actors for _, _, o, _ in doc._.geokg_roles)


def parse_flat(nlp, words, rng):
    """A random but valid parse: every token hangs on the first one."""
    if not words:
        return Doc(nlp.vocab, words=[])
    pos = [rng.choice(["PROPN", "NOUN", "VERB", "ADJ", "ADP", "DET", "PUNCT"]) for _ in words]
    deps = ["ROOT"] + [
        rng.choice(["nsubj", "dobj", "pobj", "amod", "compound", "conj", "appos"])
        for _ in words[1:]
    ]
    ents = [rng.choice(["O", "B-GPE", "B-PERSON"]) for _ in words]
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=[0] * len(words), ents=ents)


def test_unknown_armed_group_named_by_the_ner(nlp, recognizer):
    doc = parse(
        nlp,
        "the/DET/det/3 Azawad/PROPN/compound/3/B-ORG Liberation/PROPN/compound/3/I-ORG "
        "Front/PROPN/nsubj/4/I-ORG attacked/VERB/ROOT/4 ./PUNCT/punct/4",
    )
    doc = recognizer(doc)
    assert spans(doc) == [
        ("Azawad Liberation Front", ["group:azawad-liberation-front"], "name", False, False)
    ]
    assert doc._.geokg_actors["group:azawad-liberation-front"].type is ActorType.GROUP


def test_unknown_organisation_that_is_not_a_group_is_ignored(nlp, recognizer):
    doc = parse(nlp, "CBS/PROPN/compound/1/B-ORG News/PROPN/nsubj/2/I-ORG reported/VERB/ROOT/2")
    assert spans(recognizer(doc)) == []


# -- the package's shape -----------------------------------------------------------------------


def _actor_wing_imports() -> dict[str, set[str]]:
    """Module -> the modules of ``geokg.actors`` it imports (module level or inside functions)."""
    import ast
    from pathlib import Path

    import geokg.actors

    folder = Path(geokg.actors.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1 and node.module:  # from .state import ...
                    targets.add(node.module.split(".")[0])
                elif node.level == 1:  # from . import names
                    targets.update(a.name for a in node.names)
                elif node.level == 0 and (node.module or "").startswith("geokg.actors."):
                    targets.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                targets.update(
                    a.name.split(".")[2] for a in node.names if a.name.startswith("geokg.actors.")
                )
        graph[name] = targets - {name}
    return graph


def test_the_actor_wing_has_no_import_circle_and_no_long_module():
    from pathlib import Path

    import geokg.actors

    graph = _actor_wing_imports()
    assert {"state", "names", "persons", "references", "component"} <= set(graph)
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import circle: {' -> '.join((*path, name))}"
        if name in done or name not in graph:
            return
        for target in graph[name]:
            if name != "__init__":  # a stage never imports the package's front door
                assert target != "__init__", f"{name} imports geokg.actors itself"
            visit(target, (*path, name))
        done.add(name)

    for module in graph:
        visit(module, ())
    folder = Path(geokg.actors.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")}
    assert max(sizes.values()) <= 700, sizes


def test_stages_use_no_private_name_of_another_module():
    """ "from .x import _y" across the package would tie one stage to another's insides."""
    import ast
    from pathlib import Path

    import geokg.actors

    folder = Path(geokg.actors.__file__).parent
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from .{node.module}"


# -- roles: sides, former office holders, counterparts ---------------------------------------


def _roles(doc):
    return [(p, r, o) for p, r, o, _ in doc._.geokg_roles]


@pytest.mark.parametrize(
    "spec,person,group",
    [
        # "President Trump and rebel leader Ali Veli met."
        (
            "President/PROPN/compound/1 Trump/PROPN/nsubj/7/B-PERSON and/CCONJ/cc/1 "
            "rebel/NOUN/compound/4 leader/NOUN/compound/6 Ali/PROPN/compound/6/B-PERSON "
            "Veli/PROPN/conj/1/I-PERSON met/VERB/ROOT/7 ./PUNCT/punct/7",
            "person:ali-veli",
            "group:usa-rebels",
        ),
        # "Turkish opposition leader Ayse Kaya spoke."
        (
            "Turkish/ADJ/amod/2/B-NORP opposition/NOUN/compound/2 leader/NOUN/compound/4 "
            "Ayse/PROPN/compound/4/B-PERSON Kaya/PROPN/nsubj/5/I-PERSON spoke/VERB/ROOT/5 "
            "./PUNCT/punct/5",
            "person:ayse-kaya",
            "group:tur-opposition",
        ),
        # "Separatist leader Omar Demir rejected the Russian offer."
        (
            "Separatist/ADJ/amod/1 leader/NOUN/compound/3 Omar/PROPN/compound/3/B-PERSON "
            "Demir/PROPN/nsubj/4/I-PERSON rejected/VERB/ROOT/4 the/DET/det/7 "
            "Russian/ADJ/amod/7/B-NORP offer/NOUN/dobj/4 ./PUNCT/punct/4 "
            "Russia/PROPN/nsubj/10/B-GPE said/VERB/ROOT/10 ./PUNCT/punct/10",
            "person:omar-demir",
            None,
        ),
    ],
)
def test_rebel_and_opposition_leaders_hold_no_office_of_the_state(
    nlp, recognizer, spec, person, group
):
    doc = recognizer(parse(nlp, spec))
    assert all(p != person for p, _, _ in _roles(doc))
    if group is None:  # the state only in another sentence: no affiliation, no actor
        assert person not in doc._.geokg_actors
        return
    assert doc._.geokg_actors[person].country == group
    assert doc._.geokg_actors[group].type is ActorType.GROUP


def test_a_leader_named_in_office_keeps_the_role_beside_a_rebel(nlp, recognizer):
    doc = recognizer(
        parse(
            nlp,
            "President/PROPN/compound/1 Trump/PROPN/nsubj/7/B-PERSON and/CCONJ/cc/1 "
            "rebel/NOUN/compound/4 leader/NOUN/compound/6 Ali/PROPN/compound/6/B-PERSON "
            "Veli/PROPN/conj/1/I-PERSON met/VERB/ROOT/7 ./PUNCT/punct/7",
        )
    )
    assert ("person:donald-trump", "leader_of", "USA") in _roles(doc)


@pytest.mark.parametrize(
    "spec",
    [
        # "the former US president said."
        "the/DET/det/3 former/ADJ/amod/3 US/PROPN/compound/3/B-GPE president/NOUN/nsubj/4 "
        "said/VERB/ROOT/4 ./PUNCT/punct/4",
        # "the ex-president of the US spoke." has no "the president" reading either
        "the/DET/det/3 ex/ADJ/amod/3 -/PUNCT/punct/3 president/NOUN/nsubj/6 of/ADP/prep/3 "
        "US/PROPN/pobj/4/B-GPE spoke/VERB/ROOT/6 ./PUNCT/punct/6",
    ],
)
def test_a_former_office_is_not_its_holder_today(nlp, recognizer, spec):
    doc = recognizer(parse(nlp, spec))
    assert "person:donald-trump" not in doc._.geokg_actors


def test_the_current_office_is_its_holder(nlp, recognizer):
    doc = recognizer(
        parse(
            nlp,
            "the/DET/det/2 US/PROPN/compound/2/B-GPE president/NOUN/nsubj/3 said/VERB/ROOT/3 "
            "./PUNCT/punct/3",
        )
    )
    assert "person:donald-trump" in doc._.geokg_actors


def test_a_former_title_without_a_state_gives_no_role_from_the_context(nlp, recognizer):
    # "Russia said former president Ivan Petrov lied." : Petrov is Russian, not its president
    doc = recognizer(
        parse(
            nlp,
            "Russia/PROPN/nsubj/1/B-GPE said/VERB/ROOT/1 former/ADJ/amod/3 "
            "president/NOUN/compound/5 Ivan/PROPN/compound/5/B-PERSON "
            "Petrov/PROPN/nsubj/6/I-PERSON lied/VERB/ccomp/1 ./PUNCT/punct/1 "
            "Russia/PROPN/nsubj/9/B-GPE spoke/VERB/ROOT/9 ./PUNCT/punct/9 "
            "Russia/PROPN/nsubj/12/B-GPE agreed/VERB/ROOT/12 ./PUNCT/punct/12",
        )
    )
    assert doc._.geokg_actors["person:ivan-petrov"].country == "RUS"
    assert all(p != "person:ivan-petrov" for p, _, _ in _roles(doc))


@pytest.mark.parametrize(
    "spec,person,state",
    [
        # "President Trump and his Turkish counterpart, Ali Veli, met."
        (
            "President/PROPN/compound/1 Trump/PROPN/nsubj/10/B-PERSON and/CCONJ/cc/1 "
            "his/PRON/poss/5 Turkish/ADJ/amod/5/B-NORP counterpart/NOUN/conj/1 ,/PUNCT/punct/5 "
            "Ali/PROPN/compound/8/B-PERSON Veli/PROPN/appos/5/I-PERSON ,/PUNCT/punct/5 "
            "met/VERB/ROOT/10 ./PUNCT/punct/10",
            "person:ali-veli",
            "TUR",
        ),
        # "Talks between President Trump and his Russian counterpart, Ivan Petrov, ended."
        (
            "Talks/NOUN/nsubj/12 between/ADP/prep/0 President/PROPN/compound/3 "
            "Trump/PROPN/pobj/1/B-PERSON and/CCONJ/cc/3 his/PRON/poss/7 "
            "Russian/ADJ/amod/7/B-NORP counterpart/NOUN/conj/3 ,/PUNCT/punct/7 "
            "Ivan/PROPN/compound/10/B-PERSON Petrov/PROPN/appos/7/I-PERSON ,/PUNCT/punct/7 "
            "ended/VERB/ROOT/12 ./PUNCT/punct/12",
            "person:ivan-petrov",
            "RUS",
        ),
        # "President Trump spoke with his Turkish counterpart, Ali Veli."
        (
            "President/PROPN/compound/1 Trump/PROPN/nsubj/2/B-PERSON spoke/VERB/ROOT/2 "
            "with/ADP/prep/2 his/PRON/poss/6 Turkish/ADJ/amod/6/B-NORP counterpart/NOUN/pobj/3 "
            ",/PUNCT/punct/6 Ali/PROPN/compound/9/B-PERSON Veli/PROPN/appos/6/I-PERSON "
            "./PUNCT/punct/2",
            "person:ali-veli",
            "TUR",
        ),
    ],
)
def test_a_leaders_counterpart_in_apposition_leads_the_other_state(
    nlp, recognizer, spec, person, state
):
    doc = recognizer(parse(nlp, spec))
    assert (person, "leader_of", state) in _roles(doc)
    assert ("person:donald-trump", "leader_of", "USA") in _roles(doc)
    assert doc._.geokg_actors[person].country == state


def test_a_ministers_counterpart_represents_the_other_state(nlp, recognizer):
    # "US envoy Keith Kellogg and his Russian counterpart, Ivan Petrov, met."
    doc = recognizer(
        parse(
            nlp,
            "US/PROPN/compound/1/B-GPE envoy/NOUN/compound/3 Keith/PROPN/compound/3/B-PERSON "
            "Kellogg/PROPN/nsubj/11/I-PERSON and/CCONJ/cc/3 his/PRON/poss/7 "
            "Russian/ADJ/amod/7/B-NORP counterpart/NOUN/conj/3 ,/PUNCT/punct/7 "
            "Ivan/PROPN/compound/10/B-PERSON Petrov/PROPN/appos/7/I-PERSON ,/PUNCT/punct/7 "
            "met/VERB/ROOT/11 ./PUNCT/punct/11",
        )
    )
    assert ("person:ivan-petrov", "represents", "RUS") in _roles(doc)
    assert ("person:keith-kellogg", "represents", "USA") in _roles(doc)


# -- names shared by two states, Arabic articles, descriptions of armed groups -----------------


class _WiderGazetteer(TinyGazetteer):
    """TinyGazetteer plus the two Congos (sharing "Congo") and an armed group named with "al-"."""

    def __init__(self) -> None:
        super().__init__()
        for i, name in (("COD", "DR Congo"), ("COG", "Republic of the Congo")):
            self._actors[i] = Actor(id=i, name=name, type=ActorType.STATE)
        self._actors["group:al-shabaab"] = Actor(
            id="group:al-shabaab", name="al-Shabaab", type=ActorType.GROUP
        )
        self._names = self._names + [
            Name("Congo", "COD", "alias", False, True),
            Name("Congo", "COG", "alias", False, True),
            Name("Kinshasa", "COD", "capital", False, False),
            Name("Brazzaville", "COG", "capital", False, False),
            Name("al-Shabaab", "group:al-shabaab", "group", False, False),
        ]


@pytest.fixture(scope="module")
def wider(nlp):
    return ActorRecognizer(nlp, gazetteer=_WiderGazetteer())


@pytest.mark.parametrize(
    "capital,state",
    [("Brazzaville", "COG"), ("Kinshasa", "COD"), ("Moscow", "COD")],
)
def test_congo_is_the_congo_the_context_names(nlp, wider, capital, state):
    # "Officials in <capital> said Congo will talk to Russia."; no Congo named: the first reading
    doc = wider(
        parse(
            nlp,
            f"Officials/NOUN/nsubj/3 in/ADP/prep/0 {capital}/PROPN/pobj/1/B-GPE "
            "said/VERB/ROOT/3 Congo/PROPN/nsubj/6/B-GPE will/AUX/aux/6 talk/VERB/ccomp/3 "
            "to/ADP/prep/6 Russia/PROPN/pobj/7/B-GPE ./PUNCT/punct/3",
        )
    )
    assert ("Congo", state) in ids(doc)


def test_congo_with_both_congos_named_keeps_the_first_reading(nlp, wider):
    doc = wider(
        parse(
            nlp,
            "Kinshasa/PROPN/nsubj/3/B-GPE and/CCONJ/cc/0 Brazzaville/PROPN/conj/0/B-GPE "
            "said/VERB/ROOT/3 Congo/PROPN/nsubj/5/B-GPE agreed/VERB/ccomp/3 ./PUNCT/punct/3",
        )
    )
    assert ("Congo", "COD") in ids(doc)


@pytest.mark.parametrize(
    "spec,found",
    [
        # "al-Shabaab attacked Russia."
        (
            "al/PROPN/compound/2/B-ORG -/PUNCT/punct/2/I-ORG Shabaab/PROPN/nsubj/3/I-ORG "
            "attacked/VERB/ROOT/3 Russia/PROPN/dobj/3/B-GPE ./PUNCT/punct/3",
            True,
        ),
        # "Russia said al-Shabaab fighters withdrew."
        (
            "Russia/PROPN/nsubj/1/B-GPE said/VERB/ROOT/1 al/PROPN/compound/4 -/PUNCT/punct/4 "
            "Shabaab/PROPN/compound/5 fighters/NOUN/nsubj/6 withdrew/VERB/ccomp/1 "
            "./PUNCT/punct/1",
            True,
        ),
        # all lower case is not the name: "al-shabaab"
        (
            "al/NOUN/compound/2 -/PUNCT/punct/2 shabaab/NOUN/nsubj/3 attacked/VERB/ROOT/3 "
            "Russia/PROPN/dobj/3/B-GPE ./PUNCT/punct/3",
            False,
        ),
    ],
)
def test_a_name_with_a_lowercase_arabic_article(nlp, wider, spec, found):
    doc = wider(parse(nlp, spec))
    assert (("al-Shabaab", "group:al-shabaab") in ids(doc)) is found


@pytest.mark.parametrize("noun", ["militants", "fighters", "insurgents", "jihadists"])
def test_the_militants_are_the_one_armed_group_in_focus(nlp, wider, noun):
    # "al-Shabaab attacked Russia. The <noun> killed soldiers."
    doc = wider(
        parse(
            nlp,
            "al/PROPN/compound/2/B-ORG -/PUNCT/punct/2/I-ORG Shabaab/PROPN/nsubj/3/I-ORG "
            "attacked/VERB/ROOT/3 Russia/PROPN/dobj/3/B-GPE ./PUNCT/punct/3 "
            f"The/DET/det/7 {noun}/NOUN/nsubj/8 killed/VERB/ROOT/8 soldiers/NOUN/dobj/8 "
            "./PUNCT/punct/8",
        )
    )
    assert (f"The {noun}", "group:al-shabaab") in ids(doc)


def test_the_militants_with_no_group_named_stand_for_nothing(nlp, wider):
    # "Russia attacked Ukraine. The militants killed soldiers."
    doc = wider(
        parse(
            nlp,
            "Russia/PROPN/nsubj/1/B-GPE attacked/VERB/ROOT/1 Ukraine/PROPN/dobj/1/B-GPE "
            "./PUNCT/punct/1 The/DET/det/5 militants/NOUN/nsubj/6 killed/VERB/ROOT/6 "
            "soldiers/NOUN/dobj/6 ./PUNCT/punct/6",
        )
    )
    assert [t for t, _ in ids(doc)] == ["Russia", "Ukraine"]


@pytest.mark.parametrize(
    "spec,state",
    [
        # "Turkish Land Forces said the attack failed." (the NER's organisation without the demonym)
        (
            "Turkish/ADJ/amod/2/B-NORP Land/PROPN/compound/2/B-ORG Forces/PROPN/nsubj/3/I-ORG "
            "said/VERB/ROOT/3 the/DET/det/5 attack/NOUN/nsubj/6 failed/VERB/ccomp/3 "
            "./PUNCT/punct/3",
            "TUR",
        ),
        # "Russia's Volunteer Army said ..."
        (
            "Russia/PROPN/poss/2/B-GPE 's/PART/case/0 Volunteer/PROPN/compound/3/B-ORG "
            "Army/PROPN/nsubj/4/I-ORG said/VERB/ROOT/4 ./PUNCT/punct/4",
            "RUS",
        ),
    ],
)
def test_a_states_named_body_is_no_group_of_its_own(nlp, recognizer, spec, state):
    doc = recognizer(parse(nlp, spec))
    assert not any(a.startswith("group:") for a in doc._.geokg_actors)
    assert state in doc._.geokg_actors


def test_a_group_named_after_a_place_name_is_still_a_group(nlp, recognizer):
    # "Kyiv said the Azawad Liberation Front attacked." : no state's demonym right before it
    doc = recognizer(
        parse(
            nlp,
            "Kyiv/PROPN/nsubj/1/B-GPE said/VERB/ROOT/1 the/DET/det/5/B-ORG "
            "Azawad/PROPN/compound/5/I-ORG Liberation/PROPN/compound/5/I-ORG "
            "Front/PROPN/nsubj/6/I-ORG attacked/VERB/ccomp/1 ./PUNCT/punct/1",
        )
    )
    assert "group:azawad-liberation-front" in doc._.geokg_actors
