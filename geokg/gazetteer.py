"""The gazetteer: every actor geokg knows, its surface names, person roles and memberships.

The bundled data is ``data/gazetteer/*.json`` (states generated from ISO 3166-1, the rest curated
by hand); users add their own actors, names, roles and memberships with files in the same format
(``data/gazetteer/README.md``) passed to :meth:`Gazetteer.load`.

>>> gaz = Gazetteer.load()
>>> gaz.resolve("the Kremlin's")
'RUS'
>>> [(n.text, n.kind, n.case_sensitive) for n in gaz.lookup("U.S.")][:1]
[('U.S.', 'acronym', True)]
>>> gaz.lookup("us")
[]
>>> gaz.office_holder("USA", "president", datetime.date(2022, 5, 1))
'person:joe-biden'
>>> [(r.title, r.org_id) for r in gaz.roles("person:mark-rutte", datetime.date(2025, 1, 1))]
[('secretary-general', 'NATO')]
"""

from __future__ import annotations

import datetime
import gc
import re
import unicodedata
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import DataError
from .models import Actor, ActorType
from .resources import data_path, load_json, load_json_object

__all__ = ["Name", "Role", "Membership", "Gazetteer", "GazetteerWarning", "NAME_KINDS",
           "DatedPersons"]

#: the kinds of surface name, i.e. how a mention was recognised
NAME_KINDS = ("name", "alias", "acronym", "demonym", "capital", "seat", "person", "group")
#: the version of the gazetteer file format this module reads
FORMAT_VERSION = 1

# the kind of an actor's own name and aliases, by actor type (states and organisations: name/alias)
_OWN_KIND = {ActorType.PERSON: "person", ActorType.GROUP: "group"}


class GazetteerWarning(UserWarning):
    """A user gazetteer file overrides bundled data (the user's entry wins)."""


@dataclass(frozen=True)
class Name:
    """One surface form of one actor."""

    text: str  #: as written, e.g. "Türkiye", "Turkish", "the Kremlin"
    actor_id: str
    kind: str  #: one of :data:`NAME_KINDS`
    case_sensitive: bool  #: match only with this exact capitalisation ("US", not "us")
    ambiguous: bool  #: also means something else (Georgia, Jordan, Brussels): confirm from context


@dataclass(frozen=True)
class Role:
    """A person's office: ``person_id`` ``relation`` ``org_id`` between ``start`` and ``end``."""

    person_id: str
    org_id: str
    relation: str  #: "leader_of" | "represents"
    title: str  #: normalised lower-case title: "president", "foreign minister", ...
    start: datetime.date | None  #: first day (inclusive); None = unknown/open
    end: datetime.date | None  #: last day (inclusive); None = still in office

    def valid_on(self, on: datetime.date) -> bool:
        """True when the role is held on ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Membership:
    """``member_id`` belongs to ``org_id`` from ``start`` to ``end`` (inclusive; None = open)."""

    member_id: str
    org_id: str
    start: datetime.date | None
    end: datetime.date | None

    def valid_on(self, on: datetime.date | None) -> bool:
        """True on ``on``; ``on=None`` means today's state of the data: no end date."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


# ---------------------------------------------------------------------------------------------
# the file format (see data/gazetteer/README.md)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class _NameSpec(_Spec):
    text: str = Field(min_length=1)
    ambiguous: bool = False
    case_sensitive: bool | None = None
    note: str | None = None


class _RoleSpec(_Spec):
    org: str = Field(min_length=1)
    title: str = Field(min_length=1)
    relation: Literal["leader_of", "represents"] | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    note: str | None = None


_NameList = list[str | _NameSpec]
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


class _ActorSpec(_Spec):
    id: str
    type: ActorType | None = None
    name: str | None = None
    country: str | None = None
    territory: bool = False
    note: str | None = None
    aliases: _NameList = Field(default_factory=list)
    acronyms: _NameList = Field(default_factory=list)
    demonyms: _NameList = Field(default_factory=list)
    capitals: _NameList = Field(default_factory=list)
    seats: _NameList = Field(default_factory=list)
    roles: list[_RoleSpec] = Field(default_factory=list)
    remove_names: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _check_id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("ids are letters, digits and _ . : - without spaces (e.g. TUR, NATO, "
                             "person:recep-tayyip-erdogan, group:hamas)")
        return v


class _MemberSpec(_Spec):
    id: str = Field(min_length=1)
    start: datetime.date | None = None
    end: datetime.date | None = None
    note: str | None = None


class _MembershipSpec(_Spec):
    org: str = Field(min_length=1)
    members: list[str | _MemberSpec]
    note: str | None = None


class _FileSpec(_Spec):
    geokg_gazetteer: Literal[1]
    description: str | None = None
    actors: list[_ActorSpec] = Field(default_factory=list)
    memberships: list[_MembershipSpec] = Field(default_factory=list)
    titles: dict[str, Literal["leader_of", "represents"]] = Field(default_factory=dict)
    title_synonyms: dict[str, str] = Field(default_factory=dict)


_STR_BRANCH = frozenset({"str", "constrained-str"})
_UNION_BRANCHES = _STR_BRANCH | {"_NameSpec", "_MemberSpec"}


def _describe(raw: Any, loc: tuple[Any, ...]) -> str:
    """'actors[12] (id 'TUR'): aliases[0]' for a pydantic error location."""
    parts: list[str] = []
    node = raw
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{item}]"]
            node = node[item] if isinstance(node, list) and item < len(node) else None
            if isinstance(node, dict) and "id" in node and len(parts) == 1:
                parts[-1] += f" (id {node['id']!r})"
        else:
            if isinstance(node, dict):
                node = node.get(item)
            if str(item) in _UNION_BRANCHES:
                continue  # pydantic's names of the branches of "a string or an object"
            parts.append(str(item))
    return ".".join(parts) or "top level"


def _parse_file(path: Path) -> _FileSpec:
    raw = load_json(path)
    if not isinstance(raw, dict) or "geokg_gazetteer" not in raw:
        raise DataError(
            f"{path}: not a geokg gazetteer file: it must be a JSON object with "
            f'"geokg_gazetteer": {FORMAT_VERSION} (see data/gazetteer/README.md)'
        )
    try:
        return _FileSpec.model_validate(raw)
    except ValidationError as exc:
        # for "a string or an object" fields, report the object branch's complaint
        errors = exc.errors()
        errors = [e for e in errors if not _STR_BRANCH & set(map(str, e["loc"]))] or errors
        err = errors[0]
        msg = err["msg"]
        if err["type"] in ("model_type", "model_attributes_type", "dict_type"):
            msg = "expected a string or an object"
        places = {_describe(raw, tuple(e["loc"])) for e in errors}
        more = f" (and {len(places) - 1} more problems)" if len(places) > 1 else ""
        raise DataError(
            f"{path}: {_describe(raw, tuple(err['loc']))}: {msg}{more}; fix the entry "
            "(format: data/gazetteer/README.md)"
        ) from exc


# ---------------------------------------------------------------------------------------------
# normalisation

_FOLD_EXTRA = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ə": "e", "Ə": "E", "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "`": "'",
    "´": "'", "“": '"', "”": '"', "‐": " ", "‑": " ", "–": " ", "—": " ", "-": " ", ".": "",
})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> str:
    """Fold diacritics, quotes, dashes, dots; drop a leading "the" and a possessive; keep case."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_FOLD_EXTRA)
    text = _SPACES.sub(" ", text).strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    if text.endswith("'s") or text.endswith("'S"):
        text = text[:-2]
    elif text.endswith("'") and not text.endswith("''"):
        text = text[:-1]
    return text.strip()


def _date_key(d: datetime.date | None, missing: datetime.date) -> datetime.date:
    return d if d is not None else missing


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a data file becomes tens of thousands of small
    objects: it would otherwise rescan the spaCy model's objects many times over while they are
    made (none of them forms a cycle; they are collected as usual afterwards)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


# ---------------------------------------------------------------------------------------------


class DatedPersons:
    """Persons with dated offices kept in a compact file and read on first use
    (``data/gazetteer/lazy/*.json``, generated by ``scripts/build_actor_data.py``).

    Thousands of office holders would slow every pipeline start if they joined the gazetteer's
    name index; instead :class:`Gazetteer` asks this table for a person id it does not know, and
    the recognizer for a full name (two words or more) no gazetteer name covers. The curated and
    user gazetteers win: a name or id they hold is never answered from here.
    """

    #: format 2: each row ends with its names' lookup keys (``Gazetteer.normalize`` of the name
    #: and aliases, computed by the generator), so a load does not normalise 16,000 names
    FORMAT = 2

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        self._rows: dict[str, list[Any]] | None = None
        self._by_name: dict[str, str | None] = {}
        self._actors: dict[str, Actor] = {}
        self._roles: dict[str, list[Role]] = {}

    def _load(self) -> dict[str, list[Any]]:
        if self._rows is not None:
            return self._rows
        with _collector_paused():
            self._rows, self._by_name = self._read()
        return self._rows

    def _read(self) -> tuple[dict[str, list[Any]], dict[str, str | None]]:
        rows: dict[str, list[Any]] = {}
        by_name: dict[str, str | None] = {}
        for path in self.paths:
            raw = load_json_object(path)
            if raw.get("geokg_dated_persons") != self.FORMAT or not isinstance(
                raw.get("persons"), list
            ):
                raise DataError(f"{path}: not a geokg dated-persons file (format "
                                f"{self.FORMAT}); regenerate it with scripts/build_actor_data.py")
            for row in raw["persons"]:
                if not (isinstance(row, list) and len(row) == 6 and isinstance(row[5], list)):
                    raise DataError(f"{path}: malformed person row {row!r:.80}; regenerate the "
                                    "file with scripts/build_actor_data.py")
                pid = row[0]
                rows[pid] = row
                for key in row[5]:
                    by_name[key] = pid if by_name.get(key, pid) == pid else None
        return rows, by_name

    @property
    def loaded(self) -> bool:
        """True once the files have been read."""
        return self._rows is not None

    def __len__(self) -> int:
        return len(self._load())

    def ids(self) -> Iterator[str]:
        """Every person id of the table (reads the files)."""
        return iter(self._load())

    def find(self, text: str) -> str | None:
        """The one person a full name (two words or more) names, or None."""
        if len(text.split()) < 2:
            return None
        self._load()
        return self._by_name.get(Gazetteer.normalize(text))

    def get(self, person_id: str) -> Actor | None:
        """The person as an :class:`Actor`; country: the state of their latest office while an
        office is open in the source, else None (a former official)."""
        actor = self._actors.get(person_id)
        if actor is None:
            row = self._load().get(person_id)
            if row is None:
                return None
            # a person whose every office has ended is a former official: no affiliation of
            # their own (on a date inside an office, :meth:`Gazetteer.affiliation` gives it)
            current = any(end is None for _org, _start, end, _code in row[4])
            actor = Actor(id=row[0], name=row[1], type=ActorType.PERSON,
                          country=row[3] if current else None, aliases=tuple(row[2]))
            self._actors[person_id] = actor
        return actor

    def roles(self, person_id: str) -> list[Role]:
        """The person's offices, most recent first (title ``official``: the source names the
        state, not the office)."""
        roles = self._roles.get(person_id)
        if roles is None:
            row = self._load().get(person_id)
            roles = []
            for org, start, end, _code in row[4] if row else ():
                roles.append(Role(person_id, org, "represents", "official",
                                  datetime.date.fromisoformat(start) if start else None,
                                  datetime.date.fromisoformat(end) if end else None))
            roles.sort(key=lambda r: _date_key(r.start, datetime.date.min), reverse=True)
            self._roles[person_id] = roles
        return roles


class Gazetteer:
    """Actors, their surface names, person roles (with dates), memberships and titles.

    Build one with :meth:`load`. Lookups are tolerant of case (unless the name is case-sensitive),
    diacritics, a leading "the", a possessive "'s" and curly quotes.
    """

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._names: dict[tuple[str, str], Name] = {}  # (text, actor_id) -> Name
        self._keys: dict[str, set[tuple[str, str]]] = {}  # normalize(text) -> keys of _names
        self._index: dict[str, list[Name]] = {}
        self._roles: dict[str, list[Role]] = {}
        self._members: dict[tuple[str, str], list[Membership]] = {}  # (member, org) -> periods
        self._user_members: set[tuple[str, str]] = set()
        self._titles: dict[str, str] = {}
        self._synonyms: dict[str, str] = {}
        self._territories: set[str] = set()
        #: human-readable reports of user entries that replaced bundled ones
        self.conflicts: list[str] = []
        #: the files the gazetteer was built from, bundled first
        self.sources: list[Path] = []
        #: persons with dated offices read on first use (see :class:`DatedPersons`)
        self.dated_persons = DatedPersons([])

    # -- construction ---------------------------------------------------------------------------

    _default: Gazetteer | None = None

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> Gazetteer:
        """The bundled gazetteer merged with the user's files (user entries win).

        The default instance (no extra files) is built once and cached. Raises
        :class:`~geokg.errors.DataError` naming the file and entry when a file is invalid; each
        user entry that replaces a bundled one is recorded in :attr:`conflicts` and warned about
        with :class:`GazetteerWarning`.
        """
        if isinstance(extra_files, (str, Path)):  # one file given without a list
            extra_files = [extra_files]
        extras = [Path(p) for p in extra_files]
        if not extras and cls._default is not None:
            return cls._default
        bundled = sorted(data_path("gazetteer").glob("*.json"))
        if not bundled:
            raise DataError(
                f"no gazetteer files in {data_path('gazetteer')}; reinstall geokg from a "
                "complete checkout"
            )
        for p in extras:
            if not p.is_file():
                raise DataError(f"gazetteer file not found: {p}; check the path of the actors file")
        gaz = cls()
        with _collector_paused():
            gaz._build([(p, _parse_file(p)) for p in bundled],
                       [(p, _parse_file(p)) for p in extras])
        gaz.dated_persons = DatedPersons(sorted(data_path("gazetteer", "lazy").glob("*.json")))
        if not extras:
            cls._default = gaz
        return gaz

    @classmethod
    def clear_cache(cls) -> None:
        """Forget the cached default instance (the next :meth:`load` re-reads the data files)."""
        cls._default = None

    def _build(
        self, bundled: list[tuple[Path, _FileSpec]], user: list[tuple[Path, _FileSpec]]
    ) -> None:
        self.sources = [p for p, _ in bundled] + [p for p, _ in user]
        defs: dict[str, tuple[Path, _ActorSpec]] = {}  # the definition in force (user wins)
        entries: list[tuple[Path, _ActorSpec, bool]] = []  # every entry, in merge order
        exts: list[tuple[Path, _ActorSpec, bool]] = []
        for path, spec in bundled:
            self._titles.update({t.lower(): r for t, r in spec.titles.items()})
            self._synonyms.update({t.lower(): s.lower() for t, s in spec.title_synonyms.items()})
            for a in spec.actors:
                if a.type is None:
                    exts.append((path, a, False))
                    continue
                if a.id in defs:
                    raise DataError(
                        f"{path}: actor {a.id!r} is already defined in {defs[a.id][0]}; "
                        "define each actor once (omit 'type' to add names to an existing actor)"
                    )
                defs[a.id] = (path, a)
                entries.append((path, a, False))
        entries += exts  # bundled additions come after every bundled definition
        for path, spec in user:
            for title, rel in spec.titles.items():
                old = self._titles.get(title.lower())
                if old is not None and old != rel:
                    self._conflict(f"{path}: title {title!r} now means {rel} (was {old})")
                self._titles[title.lower()] = rel
            self._synonyms.update({t.lower(): s.lower() for t, s in spec.title_synonyms.items()})
            for a in spec.actors:
                if a.type is not None:
                    if a.id in defs:
                        self._conflict(f"{path}: actor {a.id!r} redefined (was {defs[a.id][0]})")
                    defs[a.id] = (path, a)
                entries.append((path, a, True))
        for path, spec in bundled + user:
            for synonym, title in spec.title_synonyms.items():
                if title.lower() not in self._titles:
                    raise DataError(f"{path}: title synonym {synonym!r} maps to {title!r}, which "
                                    "is not a title; add it to 'titles' or fix the synonym")
        for path, a in defs.values():
            self._check_definition(path, a)
        for path, a, user_entry in entries:
            if a.id not in defs:
                raise DataError(
                    f"{path}: actor {a.id!r} is not defined; give it a 'type' and a 'name' to "
                    "define it, or fix the id"
                )
            for r in a.roles:
                if r.org not in defs:
                    raise DataError(f"{path}: actor {a.id!r}: role {r.title!r} in unknown "
                                    f"organisation or state {r.org!r}; define it or fix the id")
            atype = defs[a.id][1].type
            assert atype is not None  # only entries with a type are definitions
            self._add_entry(path, a, atype, user=user_entry)
        for path, spec in bundled:
            self._add_memberships(path, spec, defs, user=False)
        for path, spec in user:
            self._add_memberships(path, spec, defs, user=True)
        self._finish(defs)

    def _conflict(self, message: str) -> None:
        self.conflicts.append(message)
        warnings.warn(message, GazetteerWarning, stacklevel=4)

    def _check_definition(self, path: Path, a: _ActorSpec) -> None:
        if not a.name:
            raise DataError(f"{path}: actor {a.id!r} has a 'type' but no 'name'; add its name")
        atype = a.type or ActorType.ORGANISATION
        prefix = {ActorType.PERSON: "person:", ActorType.GROUP: "group:"}.get(atype)
        if prefix and not a.id.startswith(prefix):
            raise DataError(f"{path}: {atype.value} ids start with {prefix!r}; got {a.id!r}")
        if prefix is None and a.id.startswith(("person:", "group:")):
            raise DataError(f"{path}: actor {a.id!r} has type {atype.value}; its id must not "
                            "start with person: or group:")
        if a.type is ActorType.STATE and not re.fullmatch(r"[A-Z]{3}", a.id):
            raise DataError(f"{path}: state {a.id!r}: state ids are ISO 3166-1 alpha-3 codes "
                            "(three capital letters, e.g. TUR)")

    def _title_relation(self, path: Path, owner: str, r: _RoleSpec) -> tuple[str, str]:
        title = " ".join(r.title.lower().split())
        title = self._synonyms.get(title, title)
        relation = r.relation or self._titles.get(title)
        if relation is None:
            raise DataError(
                f"{path}: actor {owner!r}: role title {r.title!r} is not in titles.json; give the "
                "role a 'relation' (leader_of or represents) or add the title"
            )
        return title, relation

    def _add_entry(self, path: Path, a: _ActorSpec, atype: ActorType, *, user: bool) -> None:
        if a.territory:
            self._territories.add(a.id)
        for text in a.remove_names:
            for k in [k for k in self._keys.get(Gazetteer.normalize(text), ()) if k[1] == a.id]:
                self._drop_name(k)
        own_kind = _OWN_KIND.get(atype)
        if a.type is not None:
            self._add_name(path, a.id, a.name or "", own_kind or "name", user=user)
        alias_kind = own_kind or "alias"
        for field, kind in (("aliases", alias_kind), ("acronyms", "acronym"),
                            ("demonyms", "demonym"), ("capitals", "capital"), ("seats", "seat")):
            for item in getattr(a, field):
                self._add_name(path, a.id, item, kind, user=user)
        for r in a.roles:
            if r.start and r.end and r.end < r.start:
                raise DataError(f"{path}: actor {a.id!r}: role {r.title!r} ends before it starts")
            title, relation = self._title_relation(path, a.id, r)
            role = Role(a.id, r.org, relation, title, r.start, r.end)
            roles = self._roles.setdefault(a.id, [])
            same = [x for x in roles if (x.org_id, x.title, x.start) == (r.org, title, r.start)]
            if same and user and same[0] != role:
                self._conflict(f"{path}: role {title!r} of {a.id!r} in {r.org!r} replaced")
            for x in same:
                roles.remove(x)
            roles.append(role)

    def _add_name(
        self, path: Path, actor_id: str, item: str | _NameSpec, kind: str, *, user: bool
    ) -> None:
        if isinstance(item, str):
            raw, ambiguous, case_sensitive = item, False, None
        else:
            raw, ambiguous, case_sensitive = item.text, item.ambiguous, item.case_sensitive
        text = " ".join(raw.split())
        if not _shape(text):
            raise DataError(f"{path}: actor {actor_id!r}: name {raw!r} is empty once "
                            "normalised; remove it")
        cs = case_sensitive if case_sensitive is not None else kind == "acronym"
        key = Gazetteer.normalize(text)
        if user:  # the user's name wins over bundled names of other actors
            for k in [k for k in self._keys.get(key, ()) if k[1] != actor_id]:
                self._conflict(f"{path}: name {text!r} now means {actor_id!r} (was {k[1]!r})")
                self._drop_name(k)
        self._keys.setdefault(key, set()).add((text, actor_id))
        old = self._names.get((text, actor_id))
        if old is not None:  # the same name listed twice: flags add up, first kind stays
            cs, amb = old.case_sensitive or cs, old.ambiguous or ambiguous
            self._names[(text, actor_id)] = Name(text, actor_id, old.kind, cs, amb)
        else:
            self._names[(text, actor_id)] = Name(text, actor_id, kind, cs, ambiguous)

    def _drop_name(self, k: tuple[str, str]) -> None:
        del self._names[k]
        self._keys[Gazetteer.normalize(k[0])].discard(k)

    def _add_memberships(
        self, path: Path, spec: _FileSpec, defs: dict[str, Any], *, user: bool
    ) -> None:
        for m in spec.memberships:
            for item in m.members:
                mem = item if isinstance(item, _MemberSpec) else _MemberSpec(id=item)
                for ref in (m.org, mem.id):
                    if ref not in defs:
                        raise DataError(f"{path}: membership of {mem.id!r} in {m.org!r}: unknown "
                                        f"actor {ref!r}; define it or fix the id")
                if mem.start and mem.end and mem.end < mem.start:
                    raise DataError(f"{path}: membership of {mem.id!r} in {m.org!r} ends before "
                                    "it starts")
                new = Membership(mem.id, m.org, mem.start, mem.end)
                periods = self._members.setdefault((mem.id, m.org), [])
                if user and (mem.id, m.org) not in self._user_members:
                    # the user's records of a membership replace the bundled ones
                    self._user_members.add((mem.id, m.org))
                    if periods and periods != [new]:
                        self._conflict(f"{path}: membership of {mem.id!r} in {m.org!r} replaced")
                    periods.clear()
                periods[:] = [x for x in periods if x.start != new.start] + [new]

    def _finish(self, defs: dict[str, tuple[Path, _ActorSpec]]) -> None:
        for role_list in self._roles.values():
            role_list.sort(key=lambda r: _date_key(r.start, datetime.date.min), reverse=True)
        index: dict[str, list[Name]] = {}
        for name in self._names.values():
            index.setdefault(_shape(name.text).casefold(), []).append(name)
        for names in index.values():
            if len({n.actor_id for n in names}) > 1:  # one text, several actors: ambiguous
                names[:] = [Name(n.text, n.actor_id, n.kind, n.case_sensitive, True) for n in names]
                for n in names:
                    self._names[(n.text, n.actor_id)] = n
        self._index = index
        by_actor: dict[str, list[str]] = {}
        for name in self._names.values():
            by_actor.setdefault(name.actor_id, []).append(name.text)
        for actor_id, (_, a) in defs.items():
            country = a.country
            roles = self._roles.get(actor_id)
            if country is None and roles:
                country = roles[0].org_id
            texts = [t for t in dict.fromkeys(by_actor.get(actor_id, [])) if t != a.name]
            self._actors[actor_id] = Actor(id=actor_id, name=a.name or actor_id, type=a.type,
                                           country=country, aliases=tuple(texts))

    # -- queries --------------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None (a ``person:`` id the name index lacks is looked up
        in :attr:`dated_persons`)."""
        actor = self._actors.get(actor_id)
        if actor is None and actor_id.startswith("person:"):
            return self.dated_persons.get(actor_id)
        return actor

    def __contains__(self, actor_id: object) -> bool:
        return isinstance(actor_id, str) and self.get(actor_id) is not None

    def find_person(self, text: str) -> str | None:
        """The person id a full name names: a gazetteer person name first, else a person of
        :attr:`dated_persons` (read on first use) whose name no gazetteer name covers."""
        names = self.lookup(text)
        if names:
            ids = {n.actor_id for n in names}
            one = ids.pop() if len(ids) == 1 else None
            return one if one and one.startswith("person:") else None
        return self.dated_persons.find(text)

    def __len__(self) -> int:
        """The number of actors in the name index (the dated persons read on first use are
        counted by ``len(gaz.dated_persons)``)."""
        return len(self._actors)

    def actors(self) -> Iterator[Actor]:
        """Every actor of the name index (not the lazily read :attr:`dated_persons`)."""
        return iter(self._actors.values())

    def is_territory(self, actor_id: str) -> bool:
        """True for ISO 3166-1 entries that are dependent territories, not sovereign states."""
        return actor_id in self._territories

    def names(self) -> Iterator[Name]:
        """Every surface form of every actor (e.g. to build a spaCy PhraseMatcher)."""
        return iter(self._names.values())

    def names_of(self, actor_id: str) -> list[Name]:
        """The surface forms of one actor."""
        return [n for n in self._names.values() if n.actor_id == actor_id]

    @staticmethod
    def normalize(text: str) -> str:
        """The lookup key: case-folded, diacritics, dots, dashes and curly quotes folded, leading
        "the" and possessive "'s" dropped (``"the Türkiye’s"`` -> ``"turkiye"``)."""
        return _shape(text).casefold()

    def lookup(self, text: str) -> list[Name]:
        """The names ``text`` can be, closest spelling first (same text, then same capitalisation,
        then other case); case-sensitive names only when the capitalisation matches ("US" yes,
        "us" no)."""
        shaped = _shape(text)
        plain = " ".join(text.split())
        ranked = []
        for n in self._index.get(shaped.casefold(), ()):
            same_case = _shape(n.text) == shaped
            if n.case_sensitive and not same_case:
                continue
            ranked.append((0 if n.text == plain else 1 if same_case else 2, n))
        ranked.sort(key=lambda r: r[0])
        return [n for _, n in ranked]

    def resolve(self, text: str) -> str | None:
        """The one actor id ``text`` names, or None when unknown or it could be several actors."""
        ids = {n.actor_id for n in self.lookup(text)}
        return ids.pop() if len(ids) == 1 else None

    def roles(self, person_id: str, on: datetime.date | None = None) -> list[Role]:
        """The person's roles valid on ``on`` (``None``: all roles), most recent first."""
        roles = self._roles.get(person_id)
        if roles is None:
            lazy = person_id.startswith("person:") and person_id not in self._actors
            roles = self.dated_persons.roles(person_id) if lazy else []
        return list(roles) if on is None else [r for r in roles if r.valid_on(on)]

    def affiliation(self, person_id: str, on: datetime.date | None = None) -> str | None:
        """The state or organisation the person acts for on ``on`` (None: their latest role, or
        the ``country`` given in the data); on a date, a ``leader_of`` role wins over a
        ``represents`` one."""
        if on is None:
            actor = self.get(person_id)
            return actor.country if actor else None
        roles = self.roles(person_id, on)
        roles.sort(key=lambda r: r.relation != "leader_of")  # stable: most recent first otherwise
        return roles[0].org_id if roles else None

    def canonical_title(self, title: str) -> str:
        """The normalised title for ``title`` ("Secretary of Defense" -> "defence minister")."""
        t = " ".join(title.lower().replace("‑", "-").split())
        return self._synonyms.get(t, t)

    def office_holder(self, org_id: str, title: str, on: datetime.date | None) -> str | None:
        """Who held ``title`` in ``org_id`` on ``on`` (``None``: the current holder), or None.

        None too when two or more persons held it on that day: an office a state fills many
        times at once ("ambassador": one in each capital; "envoy") names no one person. On a
        handover day the outgoing holder (whose last day it is) gives way to the incoming one."""
        title = self.canonical_title(title)
        on_day = [
            r
            for roles in self._roles.values()
            for r in roles
            if r.org_id == org_id
            and r.title == title
            and ((r.end is None) if on is None else r.valid_on(on))
        ]
        staying = [r for r in on_day if on is None or r.end != on]
        holders = {r.person_id for r in staying or on_day}
        return holders.pop() if len(holders) == 1 else None

    def members(self, org_id: str, on: datetime.date | None = None) -> list[str]:
        """Members of ``org_id`` on ``on`` (``None``: current members), sorted."""
        return sorted({member for (member, org), periods in self._members.items()
                       if org == org_id and any(m.valid_on(on) for m in periods)})

    def memberships(self, state_id: str, on: datetime.date | None = None) -> list[str]:
        """Organisations ``state_id`` belongs to on ``on`` (``None``: currently), sorted."""
        return sorted({org for (member, org), periods in self._members.items()
                       if member == state_id and any(m.valid_on(on) for m in periods)})

    def membership_records(self, org_id: str | None = None) -> list[Membership]:
        """All membership records (with dates), optionally of one organisation."""
        return [m for (_, org), periods in sorted(self._members.items()) for m in periods
                if org_id is None or org == org_id]

    def titles(self) -> dict[str, str]:
        """Title word or phrase -> relation ("president" -> "leader_of", "envoy" -> "represents");
        includes the synonyms ("secretary of state" -> "represents")."""
        out = dict(self._titles)
        for syn, canon in self._synonyms.items():
            if canon in self._titles:
                out.setdefault(syn, self._titles[canon])
        return out
