"""Unit tests of the proper-noun labeller (``geokg_propn``) on hand-built Docs (no model).

Each Doc is written as ``word/POS`` tokens; the labeller reads only parts of speech, the words,
the spaces between them and the possessive tag. The word lists are a small hand-made
:class:`~geokg.propn.Words`, so every rule is tested exactly.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from geokg.propn import ProperNounLabeller, Words

_TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "ADJ": "JJ", "ADP": "IN", "DET": "DT",
         "PUNCT": ",", "PART": "POS", "AUX": "VBZ", "CCONJ": "CC", "PRON": "PRP",
         "ADV": "RB"}


def _words() -> Words:
    def index(*phrases: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            out.setdefault(p.split()[0], []).append(tuple(p.split()))
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}

    return Words(
        names=index("russia", "russian", "nato", "bosnian", "serbs", "serb", "france", "french",
                    "united states", "mozambique", "pakistani", "ana"),
        titles=index("president", "secretary of state", "secretary", "foreign minister",
                     "minister", "chief", "gen", "prime minister", "spokeswoman", "amir", "king",
                     "sheikh", "sultan", "adviser", "chairman"),
        honorifics=frozenset({"chief", "gen", "sheikh"}),
        nationalities=frozenset({"russian", "bosnian", "serb", "french", "iraqi", "kurd",
                                 "philippine"}),
        org_heads=frozenset({"forces", "front", "party", "programme", "ministry", "council",
                             "wire"}),
        org_words=frozenset({"democratic", "republic", "affairs", "federal", "national",
                             "nations"}),
        place_heads=frozenset({"asia", "strip", "sea", "shoal", "state"}),
        compass_words=frozenset({"central", "south", "east"}),
        event_heads=frozenset({"war", "day"}),
        dates=frozenset({"monday", "wednesday"}),
        particles=frozenset({"al", "von", "der", "abu"}),
        states=frozenset({"georgia", "russia", "france", "philippines"}),
        given_names=frozenset({"amir", "sultan"}),
        acronyms=frozenset({"ana"}),
        portfolio_titles=frozenset({"minister", "secretary"}),
        state_names=frozenset({("united", "states"), ("west", "bank"), ("north", "korea")}),
        months=frozenset({"march"}),
        event_numbers=frozenset({"two", "ii"}),
        leading_particles=frozenset({"abu"}),
        title_prefixes=frozenset({"vice", "deputy"}),
    )


@pytest.fixture(scope="module")
def labeller() -> ProperNounLabeller:
    return ProperNounLabeller(spacy.blank("en"), words=_words())


def _doc(spec: str) -> Doc:
    """ "Vladimir/PROPN Putin/PROPN said/VERB" (a token written "-/PUNCT/join" has no spaces)."""
    words, pos, spaces = [], [], []
    for item in spec.split():
        parts = item.rsplit("/", 2) if item.endswith("/join") else item.rsplit("/", 1)
        word, tag = parts[0], parts[1]
        if item.endswith("/join") and spaces:
            spaces[-1] = False
        words.append(word)
        pos.append(tag)
        spaces.append(not item.endswith("/join"))
    tags = [("POS" if w in ("'s", "’s") else _TAGS[p]) for w, p in zip(words, pos, strict=True)]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, tags=tags)


def _ents(labeller: ProperNounLabeller, spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in labeller(_doc(spec)).ents]


# rule 3: runs of two to four proper nouns are persons, cut at titles and known names
@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB",
         [("Vladimir Putin", "PERSON")]),
        ("NATO/PROPN Chief/PROPN Mark/PROPN Rutte/PROPN arrived/VERB", [("Mark Rutte", "PERSON")]),
        ("Secretary/PROPN of/ADP State/PROPN Marco/PROPN Rubio/PROPN met/VERB Lavrov/PROPN",
         [("Marco Rubio", "PERSON")]),
        ("Prime/PROPN Minister/PROPN Anna/PROPN Maria/PROPN Lund/PROPN Berg/PROPN said/VERB",
         [("Anna Maria Lund Berg", "PERSON")]),
        ("Gen./PROPN Ali/PROPN al/PROPN Masri/PROPN left/VERB", [("Ali al Masri", "PERSON")]),
        ("Ursula/PROPN von/ADP der/ADP Leyen/PROPN spoke/VERB",
         [("Ursula von der Leyen", "PERSON")]),
    ],
)
def test_runs_of_proper_nouns_are_persons_after_titles_and_known_names(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


def test_a_hyphenated_name_is_one_word(labeller):
    spec = "spokeswoman/NOUN Ella/PROPN Rask/PROPN -/PUNCT/join Moller/PROPN/join said/VERB"
    assert _ents(labeller, spec) == [("Ella Rask-Moller", "PERSON")]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Foreign/PROPN Minister/PROPN Amir/PROPN Okafor/PROPN said/VERB",
         [("Amir Okafor", "PERSON")]),
        ("President/PROPN King/PROPN Mensah/PROPN Tal/PROPN arrived/VERB",
         [("King Mensah Tal", "PERSON")]),
        # an honorific after a title stays a title word: "President Sheikh Ali Nour"
        ("President/PROPN Sheikh/PROPN Ali/PROPN Nour/PROPN spoke/VERB", [("Ali Nour", "PERSON")]),
        # no title before it: "Amir" is the title ("Amir Tamim" -> "Tamim")
        ("the/DET Amir/PROPN Tamim/PROPN spoke/VERB", []),
    ],
)
def test_a_title_word_right_after_a_title_is_a_first_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a lowercase title right before the run: titles do not stack, "Amir" is a name
        ("military/ADJ spokeswoman/NOUN Amir/PROPN Mensah/PROPN accused/VERB Russia/PROPN",
         [("Amir Mensah", "PERSON")]),
        ("the/DET minister/NOUN Sultan/PROPN Idris/PROPN Bello/PROPN left/VERB",
         [("Sultan Idris Bello", "PERSON")]),
        ("said/VERB president/NOUN King/PROPN Mensah/PROPN Tal/PROPN",
         [("King Mensah Tal", "PERSON")]),
        # an honorific after a lowercase title stays a title word
        ("spokeswoman/NOUN Sheikh/PROPN Ali/PROPN Nour/PROPN spoke/VERB", [("Ali Nour", "PERSON")]),
    ],
)
def test_a_title_word_right_after_a_lowercase_title_is_a_first_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a title in apposition describes the person: "Amir" is the first name
        ("Amir/PROPN Karimov/PROPN ,/PUNCT the/DET Iraqi/ADJ spokeswoman/NOUN ,/PUNCT "
         "said/VERB", [("Amir Karimov", "PERSON")]),
        ("Sultan/PROPN Hadi/PROPN Omar/PROPN ,/PUNCT a/DET deputy/ADJ minister/NOUN ,/PUNCT "
         "left/VERB", [("Sultan Hadi Omar", "PERSON")]),
        # no title in the apposition, or a title word that is no given name: the title
        ("Amir/PROPN Karimov/PROPN ,/PUNCT a/DET trader/NOUN ,/PUNCT said/VERB", []),
        ("Amir/PROPN Karimov/PROPN ,/PUNCT who/PRON met/VERB the/DET minister/NOUN", []),
        ("King/PROPN Tamir/PROPN ,/PUNCT the/DET president/NOUN ,/PUNCT said/VERB", []),
        # quotation marks and a possessive's apostrophe do not end the apposition, a dash does
        ("Amir/PROPN Karimov/PROPN ,/PUNCT the/DET rebels/NOUN ’/PART spokeswoman/NOUN ,/PUNCT "
         "said/VERB", [("Amir Karimov", "PERSON")]),
        ("Amir/PROPN Karimov/PROPN ,/PUNCT the/DET “/PUNCT acting/ADJ ”/PUNCT "
         "spokeswoman/NOUN ,/PUNCT said/VERB", [("Amir Karimov", "PERSON")]),
        ("Amir/PROPN Karimov/PROPN ,/PUNCT in/ADP exile/NOUN —/PUNCT a/DET "
         "spokeswoman/NOUN said/VERB", []),
        ("Amir/PROPN Karimov/PROPN ,/PUNCT in/ADP exile/NOUN -/PUNCT a/DET "
         "spokeswoman/NOUN said/VERB", []),
    ],
)
def test_a_given_name_title_before_a_titled_apposition_is_a_first_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a title word ending a titled person's run, with no name after it, is the surname
        ("Defence/PROPN Secretary/PROPN Tom/PROPN King/PROPN has/AUX promised/VERB",
         [("Tom King", "PERSON")]),
        ("the/DET spokeswoman/NOUN Lena/PROPN Maria/PROPN President/PROPN said/VERB",
         [("Lena Maria President", "PERSON")]),
        # an honorific ends no name; without a title before it the run is a name and a title
        ("Foreign/PROPN Minister/PROPN Ali/PROPN Sheikh/PROPN said/VERB", []),
        ("Tom/PROPN King/PROPN said/VERB", []),
    ],
)
def test_a_title_word_ending_a_titled_run_is_a_surname(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a name the gazetteer writes only in capitals ("ANA") cuts only where so written
        ("Prime/PROPN Minister/PROPN Ana/PROPN Ruiz/PROPN of/ADP Peru/PROPN said/VERB",
         [("Ana Ruiz", "PERSON")]),
        ("minister/NOUN Ana/PROPN Maria/PROPN Lopez/PROPN left/VERB",
         [("Ana Maria Lopez", "PERSON")]),
        ("ANA/PROPN Ruiz/PROPN Vega/PROPN said/VERB", [("Ruiz Vega", "PERSON")]),
    ],
)
def test_a_capitals_only_name_does_not_cut_a_first_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a state's name right after a title, a name word after it: a first name
        ("Deputy/PROPN Foreign/PROPN Minister/PROPN France/PROPN Dubois/PROPN said/VERB",
         [("France Dubois", "PERSON")]),
        ("Russian/ADJ spokeswoman/NOUN Russia/PROPN Ivanova/PROPN Lind/PROPN left/VERB",
         [("Russia Ivanova Lind", "PERSON")]),
        # the title's state before it, or nothing after the name: still the state
        ("French/PROPN President/PROPN Marc/PROPN Lenoir/PROPN spoke/VERB",
         [("Marc Lenoir", "PERSON")]),
        ("the/DET minister/NOUN France/PROPN NATO/PROPN spoke/VERB", []),
    ],
)
def test_a_state_name_right_after_a_title_is_a_first_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


def test_a_day_after_a_name_is_not_part_of_it(labeller):
    assert _ents(labeller, "President/PROPN Lena/PROPN Hart/PROPN Wednesday/PROPN said/VERB") == [
        ("Lena Hart", "PERSON")
    ]
    assert _ents(labeller, "Omar/PROPN Said/PROPN Monday/PROPN rejected/VERB it/PRON") == [
        ("Omar Said", "PERSON")
    ]


def test_words_before_a_title_are_no_person(labeller):
    # "External Affairs Minister X": the words before a title belong to the title
    assert _ents(labeller, "Home/PROPN Office/PROPN Minister/PROPN Ravi/PROPN Rao/PROPN") == [
        ("Ravi Rao", "PERSON")
    ]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Minister/PROPN for/ADP Interior/PROPN Omar/PROPN Tal/PROPN said/VERB",
         [("Omar Tal", "PERSON")]),
        ("the/DET Secretary/PROPN of/ADP the/DET Treasury/PROPN Lena/PROPN Hart/PROPN spoke/VERB",
         [("Lena Hart", "PERSON")]),
        ("Minister/PROPN for/ADP Trade/PROPN Ana/PROPN Bel/PROPN Cruz/PROPN Dia/PROPN left/VERB",
         [("Ana Bel Cruz Dia", "PERSON")]),
        # no portfolio title before "for": the run is the name
        ("a/DET gift/NOUN for/ADP Omar/PROPN Tal/PROPN Hart/PROPN", [("Omar Tal Hart", "PERSON")]),
    ],
)
def test_the_word_after_a_portfolio_title_and_for_or_of_is_the_portfolio(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("President/PROPN Luiz/PROPN Inacio/PROPN Lula/PROPN Bento/PROPN Silva/PROPN spoke/VERB",
         [("Luiz Inacio Lula Bento Silva", "PERSON")]),
        ("Minister/PROPN for/ADP Interior/PROPN Omar/PROPN Raza/PROPN Naqvi/PROPN Khan/PROPN "
         "Bhatti/PROPN said/VERB", [("Omar Raza Naqvi Khan Bhatti", "PERSON")]),
        # particles are no words of the count
        ("Lena/PROPN Maria/PROPN von/ADP der/ADP Hart/PROPN Tal/PROPN spoke/VERB",
         [("Lena Maria von der Hart Tal", "PERSON")]),
    ],
)
def test_a_five_word_name_after_a_title_is_a_person(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("army/NOUN chief/NOUN Omar/PROPN Hassan/PROPN al/PROPN -/PUNCT/join Masri/PROPN/join "
         "left/VERB", [("Omar Hassan al-Masri", "PERSON")]),
        ("Lena/PROPN al/PROPN -/PUNCT/join Hart/PROPN/join spoke/VERB",
         [("Lena al-Hart", "PERSON")]),
        # a lowercase particle joined to a lowercase word is no name
        ("Ivo/PROPN Tal/PROPN al/PROPN -/PUNCT/join based/VERB/join", [("Ivo Tal", "PERSON")]),
    ],
)
def test_a_particle_joined_by_a_hyphen_to_a_name_continues_the_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        "the/DET Nagorno/PROPN -/PUNCT/join Karabakh/PROPN/join talks/NOUN",
        "the/DET Asia/PROPN -/PUNCT/join Pacific/PROPN/join region/NOUN",
        "a/DET Qaeda/PROPN -/PUNCT/join linked/VERB/join group/NOUN",
    ],
)
def test_one_hyphenated_word_is_no_person(labeller, spec):
    # a person's name needs two words; the tokens of "Nagorno-Karabakh" are one word
    assert _ents(labeller, spec) == []


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Abu/PROPN Omar/PROPN al/PROPN -/PUNCT/join Masri/PROPN/join led/VERB",
         [("Abu Omar al-Masri", "PERSON")]),
        ("Abu/PROPN Bakr/PROPN Tal/PROPN spoke/VERB", [("Abu Bakr Tal", "PERSON")]),
        # two words from a leading particle name a place as often as a person ("Abu Ghraib")
        ("near/ADP Abu/PROPN Ghraib/PROPN", []),
        # an article is no start of a name
        ("Al/PROPN Omar/PROPN Tal/PROPN spoke/VERB", []),
    ],
)
def test_a_name_of_three_words_may_start_with_a_leading_particle(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Vice/PROPN -/PUNCT/join President/PROPN/join Moody/PROPN Awori/PROPN spoke/VERB",
         [("Moody Awori", "PERSON")]),
        ("Deputy/PROPN -/PUNCT/join Secretary/PROPN/join Lena/PROPN Hart/PROPN left/VERB",
         [("Lena Hart", "PERSON")]),
        # a title's prefix joined to a word that is no title makes no title
        ("Lena/PROPN Vice/PROPN -/PUNCT/join Ruiz/PROPN/join spoke/VERB",
         [("Lena Vice-Ruiz", "PERSON")]),
    ],
)
def test_a_hyphenated_title_is_no_part_of_the_name(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


def test_one_word_and_five_word_runs_are_no_person(labeller):
    assert _ents(labeller, "Putin/PROPN met/VERB Erdogan/PROPN") == []
    spec = "Ana/PROPN Bel/PROPN Cruz/PROPN Dia/PROPN Eco/PROPN spoke/VERB"
    assert _ents(labeller, spec) == []


# rule 5: a word of a person named earlier is that person later on
def test_later_single_words_of_a_person_are_persons(labeller):
    spec = ("Lena/PROPN Hart/PROPN arrived/VERB ./PUNCT Hart/PROPN said/VERB Secretary/PROPN "
            "Hart/PROPN and/CCONJ Lena/PROPN agreed/VERB ./PUNCT Ivo/PROPN objected/VERB")
    assert _ents(labeller, spec) == [
        ("Lena Hart", "PERSON"), ("Hart", "PERSON"), ("Hart", "PERSON"), ("Lena", "PERSON")
    ]


def test_a_word_is_no_person_before_the_full_name(labeller):
    spec = "Hart/PROPN left/VERB ./PUNCT Lena/PROPN Hart/PROPN arrived/VERB"
    assert _ents(labeller, spec) == [("Lena Hart", "PERSON")]


# rule 1: nationality runs
@pytest.mark.parametrize(
    "spec",
    ["Bosnian/PROPN Serbs/PROPN withdrew/VERB", "the/DET Iraqi/PROPN Kurds/PROPN voted/VERB"],
)
def test_runs_of_nationalities_are_norp(labeller, spec):
    (ent,) = _ents(labeller, spec)
    assert ent[1] == "NORP" and len(ent[0].split()) == 2


# rule 2 and the other kinds of names
@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("the/DET Rapid/PROPN Support/PROPN Forces/PROPN attacked/VERB",
         [("Rapid Support Forces", "ORG")]),
        ("the/DET Popular/PROPN Liberation/PROPN Front/PROPN won/VERB",
         [("Popular Liberation Front", "ORG")]),
        ("the/DET World/PROPN Food/PROPN Programme/PROPN warned/VERB",
         [("World Food Programme", "ORG")]),
        ("the/DET Gaza/PROPN Strip/PROPN", [("Gaza Strip", "LOC")]),
        ("in/ADP Central/PROPN Asia/PROPN", [("Central Asia", "LOC")]),
        ("in/ADP South/PROPN Carolina/PROPN", [("South Carolina", "LOC")]),
        ("after/ADP the/DET Cold/PROPN War/PROPN", [("Cold War", "EVENT")]),
        ("the/DET Democratic/PROPN People/PROPN 's/PART Republic/PROPN",
         [("Democratic People", "ORG")]),
        ("Minister/PROPN of/ADP Foreign/PROPN Affairs/PROPN Borys/PROPN Tarko/PROPN said/VERB",
         [("Foreign Affairs", "ORG"), ("Borys Tarko", "PERSON")]),
        ("the/DET Caspian/PROPN Wire/PROPN reported/VERB", [("Caspian Wire", "ORG")]),
        ("near/ADP Second/PROPN Tomas/PROPN Shoal/PROPN", [("Second Tomas Shoal", "LOC")]),
        ("since/ADP World/PROPN War/PROPN Two/PROPN", [("World War Two", "EVENT")]),
        ("since/ADP World/PROPN War/PROPN II/PROPN", [("World War II", "EVENT")]),
        # the name of a state is a GPE, though it starts with a compass word or ends in "states"
        ("the/DET United/PROPN States/PROPN said/VERB", [("United States", "GPE")]),
        ("in/ADP the/DET West/PROPN Bank/PROPN", [("West Bank", "GPE")]),
        ("North/PROPN Korea/PROPN fired/VERB", [("North Korea", "GPE")]),
        ("the/DET Democratic/PROPN Party/PROPN Chairman/PROPN Tom/PROPN Ruiz/PROPN spoke/VERB",
         [("Democratic Party", "ORG"), ("Tom Ruiz", "PERSON")]),
        # an institution's word among compass words names an organisation, not a place
        ("Association/PROPN of/ADP South/PROPN East/PROPN Asian/PROPN Nations/PROPN",
         [("South East Asian Nations", "ORG")]),
        ("the/DET East/PROPN African/PROPN Federal/PROPN Council/PROPN met/VERB",
         [("East African Federal Council", "ORG")]),
    ],
)
def test_organisations_places_and_events(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Federal/PROPN Minister/PROPN Omar/PROPN Tal/PROPN said/VERB", [("Omar Tal", "PERSON")]),
        ("National/PROPN Security/PROPN Adviser/PROPN Lena/PROPN Hart/PROPN left/VERB",
         [("Lena Hart", "PERSON")]),
        ("Foreign/PROPN Affairs/PROPN Minister/PROPN Ivo/PROPN Tal/PROPN spoke/VERB",
         [("Ivo Tal", "PERSON")]),
    ],
)
def test_an_institution_word_describing_a_title_is_no_organisation(labeller, spec, expected):
    # an office is no organisation: "Federal Minister", "National Security Adviser"
    assert _ents(labeller, spec) == expected


# rule 4: "Atlanta, Georgia"
@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("South/PROPN Mozambique/PROPN Foreign/PROPN Minister/PROPN Kwame/PROPN Rahimi/PROPN "
         "spoke/VERB", [("Kwame Rahimi", "PERSON")]),
        ("East/PROPN Pakistani/PROPN President/PROPN Lina/PROPN Okafor/PROPN spoke/VERB",
         [("Lina Okafor", "PERSON")]),
        ("East/PROPN Anglia/PROPN flooded/VERB", [("East Anglia", "LOC")]),
    ],
)
def test_a_run_from_a_compass_word_holding_a_title_is_no_place(labeller, spec, expected):
    assert _ents(labeller, spec) == expected


def test_a_place_before_a_comma_and_a_state_is_a_gpe(labeller):
    assert _ents(labeller, "in/ADP Atlanta/PROPN ,/PUNCT Georgia/PROPN") == [("Atlanta", "GPE")]
    assert _ents(labeller, "Lyon/PROPN ,/PUNCT France/PROPN ,/PUNCT said/VERB") == [("Lyon", "GPE")]


@pytest.mark.parametrize(
    "spec",
    [
        "on/ADP Monday/PROPN ,/PUNCT Russia/PROPN said/VERB",
        "in/ADP March/PROPN ,/PUNCT France/PROPN voted/VERB",
        "to/ADP the/DET East/PROPN ,/PUNCT Georgia/PROPN lies/VERB",
    ],
)
def test_a_day_a_month_or_a_compass_word_before_a_comma_and_a_state_is_no_place(labeller, spec):
    assert _ents(labeller, spec) == []


def test_the_name_of_a_state_is_no_nationality(labeller):
    # "Philippines" ends like a plural of "Philippine"; "Serbs" is a nationality
    assert _ents(labeller, "the/DET Philippines/PROPN protested/VERB") == []
    assert _ents(labeller, "the/DET Serbs/PROPN protested/VERB") == [("Serbs", "NORP")]


def test_no_gpe_before_a_possessor_or_after_a_person(labeller):
    spec = "Ivo/PROPN ,/PUNCT Russia/PROPN 's/PART envoy/NOUN"
    assert _ents(labeller, spec) == []
    spec = "Ivo/PROPN Tal/PROPN ,/PUNCT Russia/PROPN said/VERB"
    assert _ents(labeller, spec) == [("Ivo Tal", "PERSON")]


def test_lowercase_words_and_other_parts_of_speech_are_never_labelled(labeller):
    assert _ents(labeller, "the/DET president/NOUN met/VERB officials/NOUN") == []
    assert _ents(labeller, "Big/ADJ Talks/NOUN Ahead/ADV") == []
    assert list(labeller(Doc(spacy.blank("en").vocab, words=[])).ents) == []


def test_words_load_from_the_bundled_gazetteer_and_lists():
    words = Words.load(spacy.blank("en"))
    assert ("nato",) in words.names["nato"]
    assert "russian" in words.nationalities
    assert ("president",) in words.titles["president"]
    assert {"forces", "party", "front"} <= words.org_heads | {w + "s" for w in words.org_heads}
    assert "georgia" in words.states  # an ambiguous name: in states, not among the cut names
    assert ("georgia",) not in words.names.get("georgia", ())
    # a sea, a strait, a gulf is a place although the recogniser counts it an institution noun
    assert not {"sea", "strait", "gulf", "bay"} & words.org_heads
    assert {"minister", "secretary"} <= words.portfolio_titles
    # states' names of several words are GPEs; a seat or an institution of a state is not
    assert {("united", "states"), ("west", "bank"), ("abu", "dhabi")} <= words.state_names
    assert not {("state", "department"), ("palestinian", "authority")} & words.state_names
    assert {"wire", "watch", "statement", "crescent"} <= words.org_heads
    assert {"shoal", "route"} <= words.place_heads


def test_a_sea_is_a_place_not_an_organisation():
    labeller = ProperNounLabeller(spacy.blank("en"), words=Words.load(spacy.blank("en")))
    for spec, expected in [
        ("the/DET South/PROPN China/PROPN Sea/PROPN", [("South China Sea", "LOC")]),
        ("the/DET Strait/PROPN of/ADP Hormuz/PROPN", []),
        ("the/DET Persian/PROPN Gulf/PROPN", [("Persian Gulf", "LOC")]),
        ("the/DET Bay/PROPN of/ADP Bengal/PROPN", []),
        ("the/DET Kerch/PROPN Strait/PROPN", [("Kerch Strait", "LOC")]),
    ]:
        assert _ents(labeller, spec) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("junta/NOUN leader/NOUN Colonel/PROPN Assimi/PROPN Goita/PROPN accused/VERB",
         [("Assimi Goita", "PERSON")]),
        ("army/NOUN chief/NOUN Field/PROPN Marshal/PROPN Asim/PROPN Munir/PROPN met/VERB",
         [("Asim Munir", "PERSON")]),
        ("Lieutenant/PROPN General/PROPN Omar/PROPN Haddad/PROPN said/VERB",
         [("Omar Haddad", "PERSON")]),
        ("leader/NOUN Captain/PROPN Ibrahim/PROPN Traore/PROPN criticised/VERB",
         [("Ibrahim Traore", "PERSON")]),
        ("cleric/NOUN Ayatollah/PROPN Ali/PROPN Sistani/PROPN urged/VERB",
         [("Ali Sistani", "PERSON")]),
    ],
)
def test_military_ranks_and_religious_honorifics_are_no_part_of_a_name(spec, expected):
    labeller = ProperNounLabeller(spacy.blank("en"), words=Words.load(spacy.blank("en")))
    assert _ents(labeller, spec) == expected


def test_the_default_pipeline_labels_instead_of_ner_and_accurate_keeps_ner(nlp):
    from geokg.pipeline import load_pipeline

    assert "ner" not in nlp.pipe_names and "geokg_propn" in nlp.pipe_names
    assert nlp.pipe_names.index("geokg_propn") < nlp.pipe_names.index("geokg_actors")
    accurate = load_pipeline(accurate=True)
    assert "ner" in accurate.pipe_names and "geokg_propn" not in accurate.pipe_names
    names = accurate.pipe_names.index("geokg_person_names")
    assert accurate.pipe_names.index("ner") < names < accurate.pipe_names.index("geokg_actors")
    assert accurate.get_pipe("geokg_person_names").keep_ner
    assert accurate.meta["geokg_accurate"] is True and nlp.meta["geokg_accurate"] is False


# keep_ner (the --accurate pipeline): the NER's entities stay, its persons' names are completed


@pytest.fixture(scope="module")
def completer() -> ProperNounLabeller:
    return ProperNounLabeller(spacy.blank("en"), words=_words(), keep_ner=True)


def _ner_ents(
    completer: ProperNounLabeller, spec: str, ner: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """The entities after ``completer`` of a Doc whose NER gave ``ner`` (token ranges)."""
    doc = _doc(spec)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ner]
    return [(e.text, e.label_) for e in completer(doc).ents]


@pytest.mark.parametrize(
    ("spec", "ner", "expected"),
    [
        # the NER read a first name only, or a surname only
        ("Opposition/PROPN leader/NOUN Laura/PROPN Beatriz/PROPN Montes/PROPN spoke/VERB",
         [(2, 4, "PERSON")], [("Laura Beatriz Montes", "PERSON")]),
        ("French/ADJ army/NOUN chief/NOUN Tomas/PROPN Okello/PROPN resigned/VERB",
         [(0, 1, "NORP"), (4, 5, "PERSON")], [("French", "NORP"), ("Tomas Okello", "PERSON")]),
        ("Kofi/PROPN Mensah/PROPN ,/PUNCT the/DET French/ADJ minister/NOUN ,/PUNCT left/VERB",
         [(1, 2, "PERSON"), (4, 5, "NORP")], [("Kofi Mensah", "PERSON"), ("French", "NORP")]),
        # two pieces of one name, or a piece the NER labelled otherwise beside a person
        ("Anneli/PROPN Marta/PROPN Virtanen/PROPN met/VERB Olu/PROPN Bello/PROPN",
         [(0, 1, "PERSON"), (1, 3, "PERSON"), (4, 5, "GPE"), (5, 6, "PERSON")],
         [("Anneli Marta Virtanen", "PERSON"), ("Olu Bello", "PERSON")]),
    ],
)
def test_keep_ner_completes_the_names_of_persons_the_ner_read_in_part(completer, spec, ner, expected):
    assert _ner_ents(completer, spec, ner) == expected


@pytest.mark.parametrize(
    ("spec", "ner", "expected"),
    [
        # a name a title describes is a person, whatever the NER's label
        ("French/ADJ army/NOUN chief/NOUN Nadia/PROPN Sato/PROPN said/VERB",
         [(0, 1, "NORP"), (3, 5, "ORG")], [("French", "NORP"), ("Nadia Sato", "PERSON")]),
        ("Tomas/PROPN Okello/PROPN ,/PUNCT the/DET French/ADJ minister/NOUN ,/PUNCT met/VERB",
         [(0, 2, "ORG"), (4, 5, "NORP")], [("Tomas Okello", "PERSON"), ("French", "NORP")]),
        ("Secretary/PROPN of/ADP State/PROPN Ines/PROPN Varga/PROPN left/VERB",
         [(2, 5, "ORG")], [("State Ines Varga", "ORG")]),  # the NER's ORG reaches out of it
        ("Ines/PROPN Varga/PROPN ,/PUNCT a/DET trader/NOUN ,/PUNCT left/VERB",
         [(0, 2, "ORG")], [("Ines Varga", "ORG")]),  # no title
    ],
)
def test_keep_ner_makes_a_titled_name_a_person(completer, spec, ner, expected):
    assert _ner_ents(completer, spec, ner) == expected


@pytest.mark.parametrize(
    ("spec", "ner"),
    [
        # the NER saw no person in the name
        ("Kofi/PROPN Mensah/PROPN Holdings/PROPN Ltd/PROPN grew/VERB", [(0, 4, "ORG")]),
        ("Kofi/PROPN Mensah/PROPN spoke/VERB", [(0, 1, "GPE")]),
        # an entity of the NER reaches out of the labeller's name ("Wednesday" ends it)
        ("Tomas/PROPN Okello/PROPN Wednesday/PROPN said/VERB", [(1, 3, "PERSON")]),
        ("Pedro/PROPN Ruiz/PROPN Kofi/PROPN Mensah/PROPN Wednesday/PROPN",
         [(0, 2, "PERSON"), (3, 5, "PERSON")]),
        # the NER's whole name, and entities outside any name, stay as they are
        ("Russia/PROPN and/CCONJ Tomas/PROPN Okello/PROPN spoke/VERB",
         [(0, 1, "GPE"), (2, 4, "PERSON")]),
    ],
)
def test_keep_ner_leaves_other_entities_as_the_ner_read_them(completer, spec, ner):
    doc = _doc(spec)
    assert _ner_ents(completer, spec, ner) == [(doc[a:b].text, label) for a, b, label in ner]
