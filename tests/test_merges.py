"""Merges that cannot hurt: refused for actors that cannot be one, a plan shown first, an undo
that gives every actor its own evidence back (later additions too), and suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from geokg.cli import main
from geokg.errors import UsageError
from geokg.merges import refusals, suggest
from geokg.models import Actor, ActorType, Document, Evidence, Relation, Triple
from geokg.store import Store

P = ActorType.PERSON
A = {
    "RUS": Actor(id="RUS", name="Russia", type=ActorType.STATE),
    "SRB": Actor(id="SRB", name="Serbia", type=ActorType.STATE),
    "XKX": Actor(id="XKX", name="Kosovo", type=ActorType.STATE),
    "EU": Actor(id="EU", name="European Union", type=ActorType.ORGANISATION),
    "USA": Actor(id="USA", name="United States", type=ActorType.STATE),
    "p:dmitriev": Actor(id="p:dmitriev", name="Kirill Dmitriev", type=P, country="RUS"),
    "p:dmitriyev": Actor(id="p:dmitriyev", name="Kirill Dmitriyev", type=P, country="RUS"),
    "p:dmitrieva": Actor(id="p:dmitrieva", name="K. Dmitriev", type=P, country="RUS"),
    "p:witkoff": Actor(id="p:witkoff", name="Steve Witkoff", type=P, country="USA"),
    "p:dmitriev-us": Actor(id="p:dmitriev-us", name="Kirill Dmitrieff", type=P, country="USA"),
}


def add(s: Store, n: int, *specs: tuple[str, str, str, str | None]) -> None:
    d = Document(id=f"d{n}", text=f"report {n}", date=f"2025-0{n}-01")
    s.add(d, [Triple(source=A[a], relation=Relation(r), target=A[b],
                     attributed_to=A[by] if by else None,
                     evidence=Evidence(doc_id=d.doc_id, sentence=f"{a} {r} {b} {i}.",
                                       start=20 * i, end=20 * i + 10, date=d.date))
              for i, (a, r, b, by) in enumerate(specs)])


@pytest.fixture()
def store() -> Store:
    s = Store()
    add(s, 1, ("p:dmitriev", "consult", "p:witkoff", None),
        ("RUS", "accuse", "EU", "p:dmitriyev"), ("p:dmitriyev", "consult", "p:witkoff", None))
    add(s, 2, ("SRB", "tension", "XKX", None), ("p:witkoff", "consult", "p:dmitriyev", None))
    return s


def snapshot(s: Store) -> tuple:
    return (s.relations(include_unstated=True), s.stats(),
            [(t.source.id, t.target.id, t.attributed_to.id if t.attributed_to else None)
             for e in s.relations() for t in s.evidence(e.source, e.relation, e.target)])


@pytest.mark.parametrize(("keep", "gone", "reason"), [
    ("EU", "p:dmitriev", "different types"),  # a person into an organisation
    ("SRB", "XKX", "both states"),  # a state into a state
    ("p:witkoff", "p:dmitriev", "belongs to RUS"),  # persons of two countries
])
def test_incompatible_merges_are_refused_unless_forced(store: Store, keep, gone, reason):
    before = snapshot(store)
    with pytest.raises(UsageError, match=reason):
        store.merge_actors(keep, gone)
    assert snapshot(store) == before  # nothing changed
    store.merge_actors(keep, gone, force=True)
    assert store.actor(gone).id == keep


def test_plan_says_what_will_change(store: Store) -> None:
    plan = store.merge_plan("p:dmitriev", "p:dmitriyev")
    assert plan.refusals == () and (plan.triples, plan.edges) == (3, 2)
    assert plan.names == ("Kirill Dmitriyev", "p:dmitriyev")
    assert "3 evidence sentences and 2 merged edges move to p:dmitriev" in plan.describe()
    assert refusals(A["SRB"], A["XKX"]) and not refusals(A["p:dmitriev"], A["p:dmitriyev"])


def test_an_undone_merge_gives_back_the_evidence_and_later_additions(store: Store) -> None:
    before = snapshot(store)
    merged = store.merge_actors("p:dmitriev", "p:dmitriyev")
    assert "Kirill Dmitriyev" in merged.aliases
    e = {x.key(): x for x in store.relations()}
    assert e[("p:dmitriev", "consult", "p:witkoff")].count == 2
    assert e[("p:witkoff", "consult", "p:dmitriev")].count == 1
    add(store, 3, ("p:dmitriyev", "accuse", "EU", None))  # lands on the kept actor
    assert store.relations(source="p:dmitriev", relation="accuse")
    restored = store.unmerge("p:dmitriyev")
    assert restored.id == "p:dmitriyev" and store.actor("p:dmitriev").aliases == ()
    assert {x.source.id for x in store.relations(relation="accuse", target="EU")} == {
        "p:dmitriyev", "RUS"}
    store.remove(["d3"])
    assert snapshot(store) == before
    with pytest.raises(UsageError, match="not an actor merged"):
        store.unmerge("p:dmitriyev")


def test_undoing_one_of_two_merges_keeps_the_other(store: Store) -> None:
    add(store, 4, ("p:dmitrieva", "consult", "EU", None))
    before = snapshot(store)
    store.merge_actors("p:dmitriyev", "p:dmitrieva")
    store.merge_actors("p:dmitriev", "p:dmitriyev")  # p:dmitrieva follows into p:dmitriev
    assert store.actor("p:dmitrieva").id == "p:dmitriev"
    store.unmerge("Kirill Dmitriyev")  # by name
    assert store.actor("p:dmitrieva").id == "p:dmitriyev"
    store.unmerge("p:dmitrieva")
    assert snapshot(store) == before


def test_suggestions_are_same_type_and_country_and_never_states() -> None:
    found = suggest(list(A.values()))
    pairs = {(x.a.id, x.b.id) for x in found}
    assert ("p:dmitriev", "p:dmitriyev") in pairs
    assert not any("p:dmitriev-us" in p for p in pairs)  # another country
    assert not any(x.a.type is ActorType.STATE for x in found)
    assert found == sorted(found, key=lambda x: (-x.score, x.a.id, x.b.id))


def test_cli_refuses_merges_then_undoes_one(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kg.db"
    with Store(path) as s:
        add(s, 1, ("p:dmitriev", "consult", "p:witkoff", None),
            ("p:dmitriyev", "consult", "p:witkoff", None), ("SRB", "tension", "XKX", None))

    def run(*args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exc:
            main([*args[:1], "--db", str(path), *args[1:]])
        out, err = capsys.readouterr()
        return exc.value.code, out, err

    code, out, err = run("merge-actors", "Serbia", "Kosovo")
    assert code == 1 and "both states" in out + err and "--force" in err
    code, out, _ = run("actors", "--suggest-merges")
    assert code == 0 and "p:dmitriev" in out and "p:dmitriyev" in out
    code, out, _ = run("merge-actors", "p:dmitriev", "p:dmitriyev", "--yes")
    assert code == 0 and "1 merged edge" in out and "geokg unmerge" in out
    code, out, _ = run("unmerge", "p:dmitriyev")
    assert code == 0 and "unmerged p:dmitriyev" in out
    with Store(path) as s:
        assert s.relations(source="p:dmitriyev")
