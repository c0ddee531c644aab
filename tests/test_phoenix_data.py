"""Tests of the data generated from the PETRARCH2 Phoenix dictionaries (scripts/build_actor_data.py):
the script's reading rules on small dictionaries written here, and the committed files."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from geokg.errors import DataError
from geokg.gazetteer import DatedPersons, Gazetteer
from geokg.models import ActorType
from geokg.resources import data_path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_actor_data.py"
GENERATED = ("phoenix_organisations.json", "phoenix_groups.json")
INSTITUTIONS = "phoenix_institutions.json"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actor_data", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _filters(build: ModuleType, taken: dict[str, str] | None = None) -> object:
    common = {"black", "star", "group", "army", "front", "people", "of", "the", "and", "new",
              "revolutionary", "left"}
    return build.Filters(common=common, discards={"world cup"},
                         title_words={"president", "minister", "prime", "russian", "syrian"},
                         taken=taken or {})


# -- reading the dictionary format ----------------------------------------------------------------


def test_actor_records_with_synonyms_and_dated_codes(build: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(
        "# a comment line\n"
        "RUTH_ALDER_  # from somewhere\n"
        "+R._ALDER\n"
        "+PRESIDENT_RUTH_ALDER\n"
        "\t[XYZGOV 990101-20050630]\n"
        "\t[XYZELI]\n"
        "NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_ [XYZREB]\n"
        "+NHLF_\n"
        "PEOPLES_ALLIANCE_ [IGOABC]\n",
        encoding="utf-8",
    )
    recs = build.read_actor_file(path)
    assert [r.names[0] for r in recs] == ["RUTH_ALDER_", "NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_",
                                          "PEOPLES_ALLIANCE_"]
    ruth = recs[0]
    assert ruth.names[1:] == ["R._ALDER", "PRESIDENT_RUTH_ALDER"]
    gov = ruth.codes[0]
    assert (gov.code, gov.start, gov.end) == ("XYZGOV", dt.date(1999, 1, 1), dt.date(2005, 6, 30))
    assert ruth.codes[1].start is None and ruth.codes[1].end is None


@pytest.mark.parametrize("text, expected", [
    ("20090120", dt.date(2009, 1, 20)), ("090120", dt.date(2009, 1, 20)),
    ("450703", dt.date(1945, 7, 3)), ("300101", dt.date(2030, 1, 1)), ("19270101", dt.date(1927, 1, 1)),
    ("991399", None), ("12", None),
])
def test_dates_of_restrictions(build: ModuleType, text: str, expected: dt.date | None) -> None:
    assert build._date(text) == expected


def test_open_ended_restrictions(build: ModuleType) -> None:
    after, before = build._codes("[ABCGOV >080507] [ABCMIL <19991231]")
    assert (after.start, after.end) == (dt.date(2008, 5, 7), None)
    assert (before.start, before.end) == (None, dt.date(1999, 12, 31))


def test_display_names(build: ModuleType) -> None:
    assert build.display(["BASHAR", "AL-ASSAD"]) == "Bashar al-Assad"
    assert build.display(["ARMY", "OF", "THE", "NORTH"]) == "Army of the North"
    assert build.display(["APO'S", "HAWKS"]) == "Apo's Hawks"
    assert build.initials(["INTERGOVERNMENTAL", "PANEL", "ON", "CLIMATE", "CHANGE"]) == "IPCC"


# -- the agent lexicon ----------------------------------------------------------------------------


def test_agent_plurals_substitutions_and_kinds(build: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "Phoenix.agents.txt").write_text(
        "!PERSON! = MAN, MEN, WOMAN\n"
        "!MINIST! = MINISTER, MINISTRY\n"
        "RIOT_POLICE {} [~COP]\n"
        "MILITIA [~UAF]\n"
        "BOSS [~BUS]\n"
        "CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "!MINIST! OF_FISHERIES [~GOV]\n"
        "STUDENT_UNION [~EDU]\n"
        "REBEL [~REBMUS]\n"
        "WIDGET [~XYZ]\n",
        encoding="utf-8",
    )
    agents = build.build_agents(tmp_path)
    assert agents["riot police"] == "police" and "riot polices" not in agents
    assert agents["militia"] == agents["militias"] == "armed_group"
    assert agents["bosses"] == "business"
    assert agents["chiefs of staff"] == "military" and "chief of staffs" not in agents
    assert agents["congressman"] == agents["congressmen"] == agents["congresswoman"] == "legislature"
    assert agents["ministry of fisheries"] == agents["minister of fisheries"] == "government"
    assert agents["rebels"] == "rebels"
    assert "widget" not in agents  # an unknown code gives no kind


def test_committed_agent_lexicon(build: ModuleType) -> None:
    raw = json.loads(data_path("actors", "agents.json").read_text(encoding="utf-8"))
    assert "MIT" in raw["_comment"] and "Open Event Data" in raw["_comment"]
    agents = raw["agents"]
    assert len(agents) > 4000
    expected = {"police": "police", "congress": "legislature", "parliament": "legislature",
                "rebels": "rebels", "junta": "government", "troops": "military",
                "students": "students", "protesters": "protesters", "ministry": "government",
                "army": "military", "militants": "armed_group", "farmers": "farmers"}
    for word, kind in expected.items():
        assert agents.get(word) == kind, word
    assert set(raw["state_kinds"]) <= set(build.AGENT_KINDS.values())
    assert all(k == k.lower() and "_" not in k for k in agents)


# -- actors: filters, ours win --------------------------------------------------------------------


def test_person_names_drop_titles_initials_and_single_words(build: ModuleType) -> None:
    rec = build.Record(["RUTH_ALDER_", "R._ALDER", "PRESIDENT_RUTH_ALDER", "ALDER_",
                        "RUTH_MARIA_ALDER"])
    name, aliases, acronyms = build._names_of(rec, _filters(build), person=True)
    assert (name, aliases, acronyms) == ("Ruth Alder", ["Ruth Maria Alder"], [])


def test_group_names_drop_common_phrases_and_keep_true_acronyms(build: ModuleType) -> None:
    f = _filters(build)
    rec = build.Record(["NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_", "NHLF_", "BLACK_STAR_",
                        "REVOLUTIONARY_LEFT_", "SYRIAN_ARMY_"])
    name, aliases, acronyms = build._names_of(rec, f, person=False)
    assert name == "Northern Hills Liberation Front"
    assert aliases == [] and acronyms == ["NHLF"]
    # a one-word name that is not the initials of the full name is dropped
    rec = build.Record(["NORTHERN_HILLS_LIBERATION_FRONT_", "HILLS_"])
    assert build._names_of(rec, f, person=False)[2] == []


def test_a_group_named_by_its_acronym_alone_lists_it_as_an_acronym(build: ModuleType) -> None:
    f = _filters(build)
    recs = [
        # full names made of common words are dropped, and the name falls back to the
        # acronym: it is listed under acronyms too (which makes it case-sensitive)
        build.Record(["REVOLUTIONARY_PEOPLE_ARMY_(RPA)_", "RPA_"], [build.Code("XYZREB")]),
        build.Record(["BLACK_STAR_FRONT_(BSF)_"], [build.Code("XYZREB")]),
        # a group named in full keeps its acronym apart from its name
        build.Record(["NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_"], [build.Code("XYZREB")]),
    ]
    groups = build.build_groups(recs, f)
    build.dedupe([groups], {})
    assert [(g["name"], g.get("acronyms")) for g in groups] == [
        ("RPA", ["RPA"]), ("BSF", ["BSF"]), ("Northern Hills Liberation Front", ["NHLF"])]


def test_persons_need_a_dated_office_of_a_known_state(build: ModuleType) -> None:
    f = _filters(build)
    recs = [
        build.Record(["RUTH_ALDER_"], [build.Code("XYZGOV", dt.date(1999, 1, 1), dt.date(2005, 6, 30)),
                                       build.Code("XYZGOVMIL", dt.date(2006, 1, 1)),
                                       build.Code("XYZELI")]),
        build.Record(["PAUL_QUINTERO_"], [build.Code("XYZELI", dt.date(1990, 1, 1))]),  # no office
        build.Record(["ANA_BELTRAN_"], [build.Code("QQQGOV", dt.date(1990, 1, 1))]),  # unknown state
        build.Record(["LIAM_FOSS_"], [build.Code("XYZGOV")]),  # undated
    ]
    persons = build.build_persons(recs, f, {"XYZ"})
    assert [p["id"] for p in persons] == ["person:ruth-alder"]
    ruth = persons[0]
    assert ruth["country"] == "XYZ"
    assert [(r["start"], r.get("end")) for r in ruth["roles"]] == [
        ("1999-01-01", "2005-06-30"), ("2006-01-01", None)]


def test_an_open_office_contradicting_a_closed_one_is_dropped(build: ModuleType) -> None:
    f = _filters(build)
    rec = build.Record(["RUTH_ALDER_"], [
        build.Code("XYZGOV", dt.date(2011, 7, 9), dt.date(2013, 7, 23)),
        build.Code("XYZGOV", dt.date(2011, 7, 9)),  # "still held" from the same start: stale
        build.Code("QRSGOV", dt.date(2015, 1, 1)),  # another state's office, later: kept
    ])
    (ruth,) = build.build_persons([rec], f, {"XYZ", "QRS"})
    assert [(r["org"], r["start"], r.get("end")) for r in ruth["roles"]] == [
        ("XYZ", "2011-07-09", "2013-07-23"), ("QRS", "2015-01-01", None)]
    assert ruth["country"] == "QRS"


def test_ours_win_and_shared_names_are_dropped(build: ModuleType) -> None:
    taken = {build.squash("ruth alder"): "person:ruth-alder"}
    persons = [
        {"id": "person:ruth-alder", "type": "person", "name": "Ruth Alder"},
        {"id": "person:ruth-m-alder", "type": "person", "name": "Ruth M Alder",
         "aliases": ["Ruth Alder"]},
        {"id": "person:jo-kim", "type": "person", "name": "Jo Kim", "aliases": ["Jo Hyun Kim"]},
        {"id": "person:jo-hyun-kim", "type": "person", "name": "Jo Hyun Kim"},
    ]
    build.dedupe([persons], taken)
    # curated names win (the whole actor goes), a name two generated persons share goes
    assert persons == [{"id": "person:jo-kim", "type": "person", "name": "Jo Kim"}]


# -- the committed files --------------------------------------------------------------------------


def test_state_institutions_join_their_state_as_seats(build: ModuleType) -> None:
    f = build.Filters(common={"house", "of", "the", "federal", "bureau", "investigation", "peace",
                              "corps", "council", "white"},
                      discards=set(), title_words={"spokesman", "xyzian"}, taken={},
                      agent_words={"council"}, state_words={"xyzian"}, titles={"spokesman"})
    recs = [
        build.Record(["NORTH_HILLS_DEFENCE_FORCE_", "NHDF_", "XYZIAN_ARMY"], [build.Code("XYZMIL")]),
        build.Record(["KHURAL_"], [build.Code("XYZGOVLEG")]),
        build.Record(["GRAND_KHURAL_"], [build.Code("XYZGOVLEG")]),  # like a person's name
        build.Record(["XYZ_WHITE_HOUSE_SPOKESMAN_"], [build.Code("XYZGOV")]),  # a title
        build.Record(["FEDERAL_BUREAU_OF_INVESTIGATION_", "FBI_"], [build.Code("XYZCOP")]),
        build.Record(["PEACE_CORPS_"], [build.Code("XYZGOV")]),  # no proper word: any state's
        build.Record(["RUTH_ALDER_"], [build.Code("XYZGOV")]),  # a person
        build.Record(["KURULTAI_"], [build.Code("XYZGOV", dt.date(2001, 1, 1))]),  # dated: a person
    ]
    seats, kinds = build.build_institutions(recs, f, {"XYZ"})
    assert seats == [{"id": "XYZ", "seats": [
        "North Hills Defence Force", {"text": "NHDF", "case_sensitive": True}, "Xyzian Army",
        "Khural", {"text": "FBI", "case_sensitive": True}]}]
    assert kinds["khural"] == "legislature" and kinds["nhdf"] == "military"
    assert kinds["fbi"] == "police"


def test_committed_institutions(gaz: Gazetteer) -> None:
    raw = json.loads(data_path("gazetteer", INSTITUTIONS).read_text(encoding="utf-8"))
    assert "MIT" in raw["description"]
    assert gaz.resolve("Peshmerga") == "IRQ" and gaz.resolve("Scotland Yard") == "GBR"
    assert gaz.resolve("Guardian Council") == "IRN"
    assert gaz.resolve("FEMA") == "USA" and gaz.resolve("fema") is None  # acronyms as written
    agents = json.loads(data_path("actors", "agents.json").read_text(encoding="utf-8"))["agents"]
    assert agents["peshmerga"] == "military" and agents["guardian council"] == "legislature"


@pytest.mark.parametrize("name", GENERATED + (INSTITUTIONS,))
def test_generated_files_are_attributed_and_load(name: str, gaz: Gazetteer) -> None:
    raw = json.loads(data_path("gazetteer", name).read_text(encoding="utf-8"))
    assert "MIT" in raw["description"] and "Open Event Data" in raw["description"]
    assert raw["actors"]
    assert all(a["id"] in gaz for a in raw["actors"])


def test_generated_names_never_collide_with_curated_ones(gaz: Gazetteer) -> None:
    generated = {a["id"] for n in GENERATED for a in json.loads(
        data_path("gazetteer", n).read_text(encoding="utf-8"))["actors"]}
    for name in gaz.names():
        if name.actor_id in generated:
            owners = {n.actor_id for n in gaz.lookup(name.text)}
            assert owners == {name.actor_id}, (name.text, owners)


def test_generated_groups_are_not_affiliated_to_a_state(gaz: Gazetteer) -> None:
    raw = json.loads(data_path("gazetteer", "phoenix_groups.json").read_text(encoding="utf-8"))
    for a in raw["actors"]:
        assert gaz.get(a["id"]).type is ActorType.GROUP
        assert gaz.get(a["id"]).country is None


def test_generated_organisations_and_groups(gaz: Gazetteer) -> None:
    assert gaz.resolve("Nordic Council") == "org:nordic-council"
    assert gaz.resolve("Andean Community") == "org:andean-community"
    assert gaz.resolve("Mekong River Commission") == "org:mekong-river-commission"
    assert gaz.resolve("LTTE") is not None and gaz.get(gaz.resolve("LTTE")).type is ActorType.GROUP
    assert gaz.resolve("ltte") is None  # acronyms are case-sensitive
    # so is a group named by its acronym alone: "ANA", not the given name "Ana"
    assert gaz.resolve("ANA") == "group:ana" and gaz.resolve("Ana") is None
    assert gaz.resolve("KLA") == "group:kla" and gaz.resolve("Kla") is None
    # curated organisations keep their names ("ours win")
    assert gaz.resolve("United Nations") == "UN"


def test_dated_persons_are_read_lazily_and_ours_win(gaz: Gazetteer) -> None:
    fresh = DatedPersons(gaz.dated_persons.paths)
    assert not fresh.loaded
    assert len(fresh) > 10000 and fresh.loaded
    assert gaz.find_person("Vladimir Putin") == "person:vladimir-putin"  # curated
    pid = gaz.find_person("Cletus Avoka")
    assert pid == "person:cletus-avoka" and pid in gaz
    assert gaz.get(pid).country is None  # every office ended: a former official
    roles = gaz.roles(pid)
    assert roles and all(r.relation == "represents" and r.org_id == "GHA" for r in roles)
    assert gaz.affiliation(pid, dt.date(2009, 6, 1)) == "GHA"
    assert gaz.affiliation(pid, dt.date(1980, 1, 1)) is None  # no office then
    assert gaz.find_person("Avoka") is None  # one word is never enough
    assert gaz.roles("TUR") == [] and gaz.get("person:nobody-at-all") is None


def test_dated_person_names_are_full_names() -> None:
    raw = json.loads(data_path("gazetteer", "lazy", "phoenix_persons.json")
                     .read_text(encoding="utf-8"))
    assert "MIT" in raw["description"]
    for pid, name, aliases, country, roles, _keys in raw["persons"]:
        assert pid.startswith("person:") and len(country) == 3 and roles
        for text in [name, *aliases]:
            assert len(text.split()) >= 2, text


def test_dated_person_keys_are_the_gazetteers_keys_of_their_names() -> None:
    """The generator stores each person's lookup keys; they must be what Gazetteer.normalize
    makes of the name and aliases today (else regenerate the file), so the table read with the
    stored keys is the table read by normalising every name."""
    path = data_path("gazetteer", "lazy", "phoenix_persons.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["geokg_dated_persons"] == DatedPersons.FORMAT and raw["columns"][-1] == "keys"
    by_name: dict[str, str | None] = {}
    for pid, name, aliases, _country, _roles, keys in raw["persons"]:
        assert keys == list(dict.fromkeys(Gazetteer.normalize(t) for t in [name, *aliases])), pid
        for text in [name, *aliases]:
            key = Gazetteer.normalize(text)
            by_name[key] = pid if by_name.get(key, pid) == pid else None
    table = DatedPersons([path])
    assert len(table) == len(raw["persons"])
    assert table._by_name == by_name


def test_a_damaged_dated_persons_file_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.json"
    bad.write_text('{"geokg_dated_persons": 2, "persons": [["person:x", "X"]]}', encoding="utf-8")
    with pytest.raises(DataError, match="malformed person row.*regenerate"):
        DatedPersons([bad]).find("Any Body")
    bad.write_text('{"geokg_dated_persons": 1, "persons": []}', encoding="utf-8")
    with pytest.raises(DataError, match="format 2.*regenerate"):
        len(DatedPersons([bad]))
    bad.write_text('{"persons": []}', encoding="utf-8")
    with pytest.raises(DataError, match="not a geokg dated-persons file"):
        len(DatedPersons([bad]))


def test_the_recogniser_preloads_its_dated_persons(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    from geokg.loading import preload

    gazetteer = nlp.get_pipe("geokg_actors").gazetteer
    fresh = DatedPersons(gazetteer.dated_persons.paths)
    monkeypatch.setattr(gazetteer, "dated_persons", fresh)
    assert not fresh.loaded
    preload(nlp)
    assert fresh.loaded
