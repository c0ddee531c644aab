"""Targets of attacks: a place or facility located in a state, and armed expulsion.

Hand-built parses (``word/dep/head/pos/lemma``, see tests/parses.py), so these tests do not depend
on the statistical parser; the sentences are our own. Cases of the same classes through the real
pipeline (the bundled small model) are at the end.
"""

from __future__ import annotations

import pytest


from parses import parse, relations


def stated(blank, extractor, spec: str, actors: dict[str, str], places=()) -> set:
    doc = parse(blank, spec, actors, places=places)
    return relations(extractor.extract(doc), stated_only=True)


# ---------------------------------------------------------------- places and facilities as targets

LOCATED_CASES = [
    pytest.param(
        "Boko/compound/1/PROPN/Boko gunmen/nsubj/2/NOUN/gunman attacked/ROOT/2/VERB/attack "
        "a/det/4/DET/a mosque/dobj/2/NOUN/mosque near/prep/4/ADP/near "
        "Maiduguri/pobj/5/PROPN/Maiduguri ./punct/2/PUNCT/.",
        {"Boko": "group:boko-haram", "Maiduguri": "NGA"},
        ("Maiduguri",),
        {("group:boko-haram", "assault", "NGA")},
        id="a-mosque-near-a-city",
    ),
    pytest.param(
        "A/det/3/DET/a Taliban/compound/3/PROPN/Taliban suicide/compound/3/NOUN/suicide "
        "bomber/nsubj/4/NOUN/bomber struck/ROOT/4/VERB/strike a/det/6/DET/a "
        "checkpoint/dobj/4/NOUN/checkpoint outside/prep/6/ADP/outside "
        "Kandahar/pobj/7/PROPN/Kandahar ./punct/4/PUNCT/.",
        {"Taliban": "group:taliban", "Kandahar": "AFG"},
        ("Kandahar",),
        {("group:taliban", "assault", "AFG")},
        id="a-checkpoint-outside-a-city",
    ),
    pytest.param(
        "Houthi/compound/1/PROPN/Houthi drones/nsubj/2/NOUN/drone hit/ROOT/2/VERB/hit "
        "an/det/5/DET/an oil/compound/5/NOUN/oil refinery/dobj/2/NOUN/refinery "
        "inside/prep/5/ADP/inside Oman/pobj/6/PROPN/Oman ./punct/2/PUNCT/.",
        {"Houthi": "group:houthis", "Oman": "OMN"},
        ("Oman",),
        {("group:houthis", "assault", "OMN")},
        id="a-refinery-inside-a-state",
    ),
    pytest.param(
        "Shabaab/compound/1/PROPN/Shabaab militants/nsubj/2/NOUN/militant bombed/ROOT/2/VERB/bomb "
        "a/det/4/DET/a hotel/dobj/2/NOUN/hotel in/prep/4/ADP/in the/det/8/DET/the "
        "Somali/amod/8/ADJ/somali capital/pobj/5/NOUN/capital ./punct/2/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "Somali": "SOM"},
        (),
        {("group:al-shabaab", "assault", "SOM")},
        id="a-hotel-in-a-capital-named-by-its-demonym",
    ),
    pytest.param(
        "Taliban/compound/1/PROPN/Taliban militants/nsubj/2/NOUN/militant bombed/ROOT/2/VERB/bomb "
        "a/det/4/DET/a hotel/dobj/2/NOUN/hotel in/prep/4/ADP/in the/det/7/DET/the "
        "capital/pobj/5/NOUN/capital ,/punct/7/PUNCT/, Kabul/appos/7/PROPN/Kabul "
        "./punct/2/PUNCT/.",
        {"Taliban": "group:taliban", "Kabul": "AFG"},
        ("Kabul",),
        {("group:taliban", "assault", "AFG")},
        id="a-hotel-in-the-capital-named-in-apposition",
    ),
    pytest.param(
        "Shabaab/amod/1/ADJ/shabaab fighters/nsubj/2/NOUN/fighter stormed/ROOT/2/VERB/storm "
        "Garissa/compound/4/PROPN/Garissa University/compound/5/PROPN/University "
        "College/dobj/2/PROPN/College in/prep/5/ADP/in Kenya/pobj/6/PROPN/Kenya "
        "./punct/2/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "Kenya": "KEN"},
        ("Kenya",),
        {("group:al-shabaab", "assault", "KEN")},
        id="a-named-college-in-a-state",
    ),
    pytest.param(
        "ISIS/compound/1/PROPN/ISIS fighters/nsubj/2/NOUN/fighter attacked/ROOT/2/VERB/attack "
        "a/det/4/DET/a prison/dobj/2/NOUN/prison in/prep/2/ADP/in the/det/7/DET/the "
        "capital/pobj/5/NOUN/capital of/prep/7/ADP/of Syria/pobj/8/PROPN/Syria ./punct/2/PUNCT/.",
        {"ISIS": "group:islamic-state", "Syria": "SYR"},
        ("Syria",),
        {("group:islamic-state", "assault", "SYR")},
        id="the-verb-places-a-prison-in-the-capital-of-a-state",
    ),
    pytest.param(
        "Shabaab/compound/1/PROPN/Shabaab gunmen/nsubj/2/NOUN/gunman stormed/ROOT/2/VERB/storm "
        "a/det/4/DET/a hotel/dobj/2/NOUN/hotel on/prep/2/ADP/on Friday/pobj/5/PROPN/Friday "
        "in/prep/2/ADP/in Mogadishu/pobj/7/PROPN/Mogadishu ./punct/2/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "Mogadishu": "SOM"},
        ("Mogadishu",),
        {("group:al-shabaab", "assault", "SOM")},
        id="the-verb-places-a-hotel-after-a-time-phrase",
    ),
    pytest.param(
        "The/det/2/DET/the Shabaab/compound/2/PROPN/Shabaab attack/nsubj/9/NOUN/attack "
        "on/prep/2/ADP/on a/det/6/DET/a shopping/compound/6/NOUN/shopping mall/pobj/3/NOUN/mall "
        "in/prep/6/ADP/in Nairobi/pobj/7/PROPN/Nairobi killed/ROOT/9/VERB/kill "
        "67/nummod/11/NUM/67 people/dobj/9/NOUN/people ./punct/9/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "Nairobi": "KEN"},
        ("Nairobi",),
        {("group:al-shabaab", "assault", "KEN")},
        id="an-attack-noun-on-a-mall-in-a-capital",
    ),
    pytest.param(
        "Hamas/compound/1/PROPN/Hamas militants/nsubj/2/NOUN/militant fired/ROOT/2/VERB/fire "
        "rockets/dobj/2/NOUN/rocket at/prep/2/ADP/at a/det/6/DET/a kibbutz/pobj/4/NOUN/kibbutz "
        "in/prep/2/ADP/in southern/amod/9/ADJ/southern Israel/pobj/7/PROPN/Israel "
        "./punct/2/PUNCT/.",
        {"Hamas": "group:hamas", "Israel": "ISR"},
        ("Israel",),
        {("group:hamas", "assault", "ISR")},
        id="rockets-fired-at-a-kibbutz-the-verb-places",
    ),
]


@pytest.mark.parametrize("spec, actors, places, expected", LOCATED_CASES)
def test_an_attack_on_a_place_no_actor_owns_targets_its_state(
    blank, extractor, spec, actors, places, expected
):
    assert stated(blank, extractor, spec, actors, places) == expected


NOT_LOCATED_CASES = [
    pytest.param(
        "Hezbollah/compound/1/PROPN/Hezbollah fighters/nsubj/2/NOUN/fighter "
        "attacked/ROOT/2/VERB/attack the/det/5/DET/the US/compound/5/PROPN/US "
        "embassy/dobj/2/NOUN/embassy in/prep/5/ADP/in Lebanon/pobj/6/PROPN/Lebanon "
        "./punct/2/PUNCT/.",
        {"Hezbollah": "group:hezbollah", "US": "USA", "Lebanon": "LBN"},
        ("Lebanon",),
        {("group:hezbollah", "assault", "USA")},
        id="an-owned-embassy-is-its-owners-not-the-host-states",
    ),
    pytest.param(
        "Shabaab/nsubj/1/PROPN/Shabaab attacked/ROOT/1/VERB/attack an/det/4/DET/an "
        "AU/compound/4/PROPN/AU base/dobj/1/NOUN/base on/prep/1/ADP/on Friday/pobj/5/PROPN/Friday "
        "in/prep/1/ADP/in Somalia/pobj/7/PROPN/Somalia ./punct/1/PUNCT/.",
        {"Shabaab": "group:al-shabaab", "AU": "AU", "Somalia": "SOM"},
        ("Somalia",),
        {("group:al-shabaab", "assault", "AU")},
        id="an-owned-base-gets-no-second-target-from-the-verbs-place",
    ),
    pytest.param(
        "Russian/amod/1/ADJ/russian troops/nsubj/2/NOUN/troop fired/ROOT/2/VERB/fire "
        "on/prep/2/ADP/on a/det/5/DET/a village/pobj/3/NOUN/village from/prep/2/ADP/from "
        "inside/prep/6/ADP/inside Belarus/pobj/7/PROPN/Belarus ./punct/2/PUNCT/.",
        {"Russian": "RUS", "Belarus": "BLR"},
        ("Belarus",),
        set(),
        id="where-the-attacker-fired-from-is-no-target",
    ),
    pytest.param(
        "Russian/amod/1/ADJ/russian jets/nsubj/2/NOUN/jet bombed/ROOT/2/VERB/bomb "
        "a/det/4/DET/a bridge/dobj/2/NOUN/bridge from/prep/2/ADP/from Belarus/pobj/5/PROPN/Belarus "
        "./punct/2/PUNCT/.",
        {"Russian": "RUS", "Belarus": "BLR"},
        ("Belarus",),
        set(),
        id="where-the-attack-came-from-is-no-target",
    ),
    pytest.param(
        "The/det/2/DET/the United/compound/2/PROPN/United States/nsubj/3/PROPN/States "
        "sanctioned/ROOT/3/VERB/sanction a/det/5/DET/a port/dobj/3/NOUN/port "
        "on/prep/3/ADP/on Monday/pobj/6/PROPN/Monday in/prep/3/ADP/in Iran/pobj/8/PROPN/Iran "
        "./punct/3/PUNCT/.",
        {"States": "USA", "Iran": "IRN"},
        ("Iran",),
        set(),
        id="a-non-assault-verb-does-not-place-its-object",
    ),
    pytest.param(
        "Taliban/compound/1/PROPN/Taliban militants/nsubj/2/NOUN/militant bombed/ROOT/2/VERB/bomb "
        "a/det/4/DET/a hotel/dobj/2/NOUN/hotel in/prep/4/ADP/in the/det/7/DET/the "
        "capital/pobj/5/NOUN/capital ./punct/2/PUNCT/.",
        {"Taliban": "group:taliban"},
        (),
        set(),
        id="an-unnamed-capital-names-no-state",
    ),
]


@pytest.mark.parametrize("spec, actors, places, expected", NOT_LOCATED_CASES)
def test_a_place_gives_no_target_where_an_owner_the_attacker_or_the_verb_rules_it_out(
    blank, extractor, spec, actors, places, expected
):
    assert stated(blank, extractor, spec, actors, places) == expected


# ---------------------------------------------------------------- armed expulsion

EXPULSION_CASES = [
    pytest.param(
        "Ethiopian/amod/1/ADJ/ethiopian troops/nsubj/2/NOUN/troop drove/ROOT/2/VERB/drive "
        "the/det/5/DET/the TPLF/compound/5/PROPN/TPLF rebels/dobj/2/NOUN/rebel out/prep/2/ADP/out "
        "of/prep/6/ADP/of the/det/9/DET/the town/pobj/7/NOUN/town ./punct/2/PUNCT/.",
        {"Ethiopian": "ETH", "TPLF": "group:tplf"},
        {("ETH", "assault", "group:tplf")},
        id="troops-drive-rebels-out",
    ),
    pytest.param(
        "Iraqi/amod/1/ADJ/iraqi forces/nsubj/2/NOUN/force pushed/ROOT/2/VERB/push "
        "ISIS/compound/4/PROPN/ISIS fighters/dobj/2/NOUN/fighter out/prep/2/ADP/out "
        "of/prep/5/ADP/of Mosul/pobj/6/PROPN/Mosul ./punct/2/PUNCT/.",
        {"Iraqi": "IRQ", "ISIS": "group:islamic-state"},
        {("IRQ", "assault", "group:islamic-state")},
        id="forces-push-fighters-out",
    ),
    pytest.param(
        "Afghan/amod/1/ADJ/afghan commandos/nsubj/2/NOUN/commando flushed/ROOT/2/VERB/flush "
        "the/det/4/DET/the Taliban/dobj/2/PROPN/Taliban out/prep/2/ADP/out of/prep/5/ADP/of "
        "the/det/8/DET/the district/pobj/6/NOUN/district ./punct/2/PUNCT/.",
        {"Afghan": "AFG", "Taliban": "group:taliban"},
        {("AFG", "assault", "group:taliban")},
        id="commandos-flush-a-named-group-out",
    ),
    pytest.param(
        "Colombian/amod/1/ADJ/colombian troops/nsubj/2/NOUN/troop dislodged/ROOT/2/VERB/dislodge "
        "FARC/compound/4/PROPN/FARC guerrillas/dobj/2/NOUN/guerrilla from/prep/2/ADP/from "
        "their/poss/7/PRON/their camp/pobj/5/NOUN/camp ./punct/2/PUNCT/.",
        {"Colombian": "COL", "FARC": "group:farc"},
        {("COL", "assault", "group:farc")},
        id="troops-dislodge-guerrillas-from-a-camp",
    ),
    pytest.param(
        "Nigerian/amod/1/ADJ/nigerian soldiers/nsubj/2/NOUN/soldier chased/ROOT/2/VERB/chase "
        "Boko/compound/4/PROPN/Boko fighters/dobj/2/NOUN/fighter out/prep/2/ADP/out "
        "of/prep/5/ADP/of the/det/8/DET/the village/pobj/6/NOUN/village ./punct/2/PUNCT/.",
        {"Nigerian": "NGA", "Boko": "group:boko-haram"},
        {("NGA", "assault", "group:boko-haram")},
        id="soldiers-chase-fighters-out",
    ),
    pytest.param(
        "Kurdish/amod/1/ADJ/kurdish fighters/nsubj/2/NOUN/fighter drove/ROOT/2/VERB/drive "
        "ISIS/compound/4/PROPN/ISIS militants/dobj/2/NOUN/militant from/prep/2/ADP/from "
        "Kobani/pobj/5/PROPN/Kobani ./punct/2/PUNCT/.",
        {"Kurdish": "group:ypg", "ISIS": "group:islamic-state"},
        {("group:ypg", "assault", "group:islamic-state")},
        id="fighters-drive-militants-from-a-town",
    ),
    pytest.param(
        "Government/compound/1/NOUN/government troops/nsubj/2/NOUN/troop pushed/ROOT/2/VERB/push "
        "the/det/4/DET/the rebels/dobj/2/NOUN/rebel from/prep/2/ADP/from their/poss/7/PRON/their "
        "last/amod/7/ADJ/last stronghold/pobj/5/NOUN/stronghold ./punct/2/PUNCT/.",
        {"Government": "CAF", "rebels": "group:seleka"},
        {("CAF", "assault", "group:seleka")},
        id="troops-push-rebels-from-a-stronghold",
    ),
    pytest.param(
        "The/det/2/DET/the Malian/amod/2/ADJ/malian army/nsubj/3/NOUN/army "
        "expelled/ROOT/3/VERB/expel the/det/5/DET/the jihadists/dobj/3/NOUN/jihadist "
        "from/prep/3/ADP/from the/det/9/DET/the northern/amod/9/ADJ/northern "
        "towns/pobj/6/NOUN/town ./punct/3/PUNCT/.",
        {"Malian": "MLI", "jihadists": "group:ansar-dine"},
        {("MLI", "assault", "group:ansar-dine")},
        id="an-army-expels-jihadists-from-towns",
    ),
    pytest.param(
        "AU/compound/1/PROPN/AU troops/nsubj/8/NOUN/troop ,/punct/1/PUNCT/, "
        "together/advmod/4/ADV/together with/prep/1/ADP/with Somali/amod/6/ADJ/somali "
        "forces/pobj/4/NOUN/force ,/punct/1/PUNCT/, pushed/ROOT/8/VERB/push the/det/10/DET/the "
        "militants/dobj/8/NOUN/militant out/prep/8/ADP/out of/prep/11/ADP/of the/det/14/DET/the "
        "cities/pobj/12/NOUN/city ./punct/8/PUNCT/.",
        {"AU": "AU", "Somali": "SOM", "militants": "group:al-shabaab"},
        {
            ("AU", "assault", "group:al-shabaab"),
            ("SOM", "assault", "group:al-shabaab"),
            ("AU", "cooperate", "SOM"),
            ("SOM", "cooperate", "AU"),
        },
        id="joint-forces-push-militants-out-both-assault",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", EXPULSION_CASES)
def test_armed_forces_driving_an_armed_actor_out_assault_it(
    blank, extractor, spec, actors, expected
):
    assert stated(blank, extractor, spec, actors) == expected


NOT_ARMED_EXPULSION_CASES = [
    pytest.param(
        "Israeli/amod/1/ADJ/israeli police/nsubj/2/NOUN/police forced/ROOT/2/VERB/force "
        "Palestinian/amod/4/ADJ/palestinian families/dobj/2/NOUN/family out/prep/2/ADP/out "
        "of/prep/5/ADP/of their/poss/8/PRON/their homes/pobj/6/NOUN/home ./punct/2/PUNCT/.",
        {"Israeli": "ISR", "Palestinian": "PSE"},
        {("ISR", "coerce", "PSE")},
        id="police-forcing-families-out-coerce",
    ),
    pytest.param(
        "Ethiopian/amod/1/ADJ/ethiopian soldiers/nsubj/2/NOUN/soldier forced/ROOT/2/VERB/force "
        "Eritrean/amod/4/ADJ/eritrean villagers/dobj/2/NOUN/villager from/prep/2/ADP/from "
        "their/poss/7/PRON/their land/pobj/5/NOUN/land ./punct/2/PUNCT/.",
        {"Ethiopian": "ETH", "Eritrean": "ERI"},
        {("ETH", "coerce", "ERI")},
        id="soldiers-forcing-villagers-from-their-land-coerce",
    ),
    pytest.param(
        "Ugandan/amod/1/ADJ/ugandan troops/nsubj/2/NOUN/troop drove/ROOT/2/VERB/drive "
        "to/prep/2/ADP/to the/det/5/DET/the border/pobj/3/NOUN/border from/prep/2/ADP/from "
        "Kampala/pobj/6/PROPN/Kampala ./punct/2/PUNCT/.",
        {"Ugandan": "UGA", "Kampala": "UGA"},
        set(),
        id="driving-from-a-place-without-an-object-expels-nobody",
    ),
    pytest.param(
        "Russia/nsubj/1/PROPN/Russia expelled/ROOT/1/VERB/expel two/nummod/4/NUM/two "
        "British/amod/4/ADJ/british diplomats/dobj/1/NOUN/diplomat ./punct/1/PUNCT/.",
        {"Russia": "RUS", "British": "GBR"},
        {("RUS", "sanction", "GBR")},
        id="expelling-diplomats-sanctions",
    ),
    pytest.param(
        "Hamas/compound/1/PROPN/Hamas gunmen/nsubj/2/NOUN/gunman drove/ROOT/2/VERB/drive "
        "Fatah/compound/4/PROPN/Fatah officials/dobj/2/NOUN/official out/prep/2/ADP/out "
        "of/prep/5/ADP/of Gaza/pobj/6/PROPN/Gaza ./punct/2/PUNCT/.",
        {"Hamas": "group:hamas", "Fatah": "group:fatah"},
        {("group:hamas", "coerce", "group:fatah")},
        id="gunmen-driving-a-groups-officials-out-coerce",
    ),
    pytest.param(
        "Kenya/nsubj/1/PROPN/Kenya expelled/ROOT/1/VERB/expel Shabaab/dobj/1/PROPN/Shabaab "
        "from/prep/1/ADP/from its/poss/5/PRON/its territory/pobj/3/NOUN/territory "
        "./punct/1/PUNCT/.",
        {"Kenya": "KEN", "Shabaab": "group:al-shabaab"},
        {("KEN", "sanction", "group:al-shabaab")},
        id="a-state-by-name-expelling-a-group-is-no-fighting",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", NOT_ARMED_EXPULSION_CASES)
def test_an_expulsion_without_armed_agent_and_patient_keeps_its_relation(
    blank, extractor, spec, actors, expected
):
    assert stated(blank, extractor, spec, actors) == expected


# ---------------------------------------------------------------- the real pipeline, our own text

REAL_CASES = [
    pytest.param(
        "Al-Shabab gunmen stormed a university in Kenya, killing dozens of students.",
        {("group:al-shabaab", "assault", "KEN")},
        id="stormed-a-university-in-kenya",
    ),
    pytest.param(
        "Taliban militants bombed a hotel in the Afghan capital.",
        {("group:taliban", "assault", "AFG")},
        id="bombed-a-hotel-in-the-afghan-capital",
    ),
    pytest.param(
        "An al-Qaeda car bomb hit a checkpoint outside Baghdad.",
        {("group:al-qaeda", "assault", "IRQ")},
        id="hit-a-checkpoint-outside-baghdad",
    ),
    pytest.param(
        "Hezbollah fighters attacked the US embassy in Kenya.",
        {("group:hezbollah", "assault", "USA")},
        id="an-owned-embassy-stays-its-owners",
    ),
    pytest.param("Indian troops fired from inside Pakistan.", set(), id="fired-from-inside"),
    pytest.param(
        "Iraqi forces pushed Islamic State fighters out of Mosul.",
        {("IRQ", "assault", "group:islamic-state")},
        id="forces-pushed-fighters-out",
    ),
    pytest.param(
        "Afghan commandos flushed the Taliban out of the district.",
        {("AFG", "assault", "group:taliban")},
        id="commandos-flushed-a-group-out",
    ),
    pytest.param(
        "Israeli police forced Palestinian families out of their homes.",
        {("ISR", "coerce", "PSE")},
        id="police-forced-families-out",
    ),
]


@pytest.mark.parametrize("text, expected", REAL_CASES)
def test_targets_on_the_real_pipeline(nlp, text, expected):
    doc = nlp(text)
    assert relations(doc._.geokg_triples, stated_only=True) == expected
