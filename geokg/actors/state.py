"""The per-document state every stage of the actor wing reads and writes.

:class:`NameIndex` holds what is computed once per pipeline from the gazetteer (names by first
word, person names and surnames, titles); :class:`DocState` holds what one document says: the
mention that owns each token (``owner``), the persons read with their titles and roles, the
groups the gazetteer lacks, the actors registered for the output. Stages (``names``,
``persons``, ``titles``, ``title_references``, ``groups``, ``references``) are functions of a
:class:`DocState`; they share only its public attributes and methods.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..models import Actor, ActorType
from ..parse_index import head_indices
from .columns import FormMemo, string_column
from .wordlists import Lexicon, by_first_two, normalize_token, starting_at

__all__ = ["DocState", "Mention", "NameEntry", "NameIndex", "Person"]


@dataclass
class Mention:
    """One actor mention before it becomes a span (token offsets, end exclusive)."""

    start: int
    end: int
    ids: list[str]
    via: str
    label: str = ""
    location: bool = False
    attributive: bool = False
    kind: str = ""
    #: a lone ambiguous name ("Johnson", "Kim") that needs context to stand for its entry
    ambiguous: bool = False
    #: the kind of sub-state agent the mention names with its state ("police" in "Turkish
    #: police"; see :mod:`.agents`), or ""
    agent: str = ""
    #: the states a shared name may stand for ("Congo": COD, COG), when it is one
    candidates: tuple[str, ...] = ()

    @property
    def actor_id(self) -> str:
        """The first (usually the only) actor the mention stands for."""
        return self.ids[0]


@dataclass
class Person:
    """What the document says about one person."""

    pid: str
    name: str
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    #: titles read without a state or organisation: (relation, phrase start, phrase end)
    pending: list[tuple[str, int, int]] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (relation, org)
    opinion: bool = False
    known: bool = False
    #: "rebels" / "opposition" when a title sets the person against the state it names
    side: str | None = None


#: lemma hash -> the lemma in lowercase (:attr:`DocState.lemma_lowers`), for every pipeline
_LEMMA_LOWERS = FormMemo(str.lower)

#: hyphens that join a name to a participle or a prefix ("Turkish-backed", "pro-Russian")
_HYPHENS = frozenset({"-", "‐", "‑"})

#: one gazetteer name: (normalised words, words as written, the gazetteer's ``Name``)
NameEntry = tuple[tuple[str, ...], tuple[str, ...], Any]


class NameIndex:
    """The gazetteer's names and titles indexed for matching (built once per pipeline).

    ``tokenize`` splits a name as the pipeline splits text (the pipeline's tokenizer)."""

    def __init__(self, gazetteer: Gazetteer, lex: Lexicon, tokenize: Callable[[str], Doc]) -> None:
        self.gazetteer = gazetteer
        self.lex = lex
        self._tokenize = tokenize
        #: first normalised word -> the names starting with it, longest first
        self.names: dict[str, list[NameEntry]] = {}
        #: last word of a person's multi-word name -> the persons
        self.surnames: dict[str, set[str]] = {}
        self.person_names: dict[tuple[str, ...], set[str]] = {}
        #: every word of every name of each gazetteer person ("Al", "Thani", "Mohammed", ...)
        self.name_words: dict[str, set[str]] = {}
        for entry in gazetteer.names():
            self._add_name(entry)
        for entries in self.names.values():
            entries.sort(key=lambda e: -len(e[0]))
        #: (first word, second word) -> the names that may start with them, longest first: the
        #: names of two words or more starting so and the one-word names of the first word;
        #: (first word, None) -> its one-word names only (see :meth:`names_at`)
        self.names_by_two = by_first_two(
            (e for entries in self.names.values() for e in entries), lambda e: e[0]
        )
        #: title words -> "leader_of" | "represents"
        self.titles: dict[tuple[str, ...], str] = {}
        for title, relation in gazetteer.titles().items():
            keys = self._keys(title)
            if keys:
                self.titles[keys] = str(relation)
        #: first word -> the titles starting with it, longest first
        self.title_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in sorted(self.titles, key=len, reverse=True):
            self.title_first.setdefault(keys[0], []).append(keys)
        #: every word of every title ("interior", "minister", "crown", "prince"): a name made of
        #: these alone names an office, not a person
        self.title_words = frozenset(w for keys in self.titles for w in keys)

    def names_at(self, keys: list[str], i: int) -> list[NameEntry]:
        """The names that may start at ``keys[i]`` (a document's token keys), longest first:
        those of :attr:`names` whose first two words are the keys there (a one-word name: its
        first word)."""
        return starting_at(self.names_by_two, keys, i, [])

    def _keys(self, text: str) -> tuple[str, ...]:
        return tuple(normalize_token(t.text) for t in self._tokenize(text) if not t.is_space)

    def _add_name(self, entry: Any) -> None:
        toks = [t.text for t in self._tokenize(entry.text) if not t.is_space]
        if len(toks) > 1 and toks[0].lower() == "the":
            toks = toks[1:]  # "the Pentagon" also matches "Pentagon officials"
        if not toks:
            return
        keys = tuple(normalize_token(t) for t in toks)
        self.names.setdefault(keys[0], []).append((keys, tuple(toks), entry))
        if entry.kind == "person":
            self.person_names.setdefault(keys, set()).add(entry.actor_id)
            self.name_words.setdefault(entry.actor_id, set()).update(keys)
            if len(keys) >= 2:
                self.surnames.setdefault(keys[-1], set()).add(entry.actor_id)


class DocState:
    """Everything computed for one document (kept apart from the reusable component)."""

    def __init__(
        self,
        doc: Doc,
        index: NameIndex,
        keys: list[str],
        raws: list[str],
        date: _dt.date | None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.gazetteer = index.gazetteer
        self.lex = index.lex
        self.keys = keys
        #: keys without a final dot, for titles ("Sen." -> "sen")
        self.tkeys = [k.rstrip(".") or k for k in keys]
        self.raws = raws
        self.date = date
        self.owner: list[Mention | None] = [None] * len(doc)
        #: ids of mentions used up as a person's affiliation ("Turkish" in "Turkish President ...")
        self.consumed: set[int] = set()
        self.actors: dict[str, Actor] = {}
        self.persons: dict[str, Person] = {}
        #: armed groups and parties the gazetteer lacks, named by the NER ("the M23 movement")
        self.groups: dict[str, Actor] = {}
        self.roles: list[tuple[str, str, str, Span]] = []
        self.ent_label = string_column(doc, "ENT_TYPE")
        self.ents = list(doc.ents)
        #: the named entity each token is part of, if any
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        #: names found in a non-actor sense once ("Atlanta, Georgia"): the same sense throughout
        self.trapped_keys: set[str] = set()
        #: type_of's answers (they depend on the gazetteer only)
        self._types: dict[str, str] = {}
        #: :meth:`mentions` as of the last :meth:`claim` or :meth:`unclaim` (None: to be read)
        self._mentions: list[Mention] | None = None
        #: id of a word list -> (the list, :meth:`positions_of` it)
        self._positions: dict[int, tuple[Collection[str], list[int]]] = {}

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lowercase form (``Token.lower_``), read once from the Doc's array."""
        return string_column(self.doc, "LOWER")

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text (``Token.text``), read once from the Doc's array."""
        return string_column(self.doc, "ORTH")

    @cached_property
    def lemma_lowers(self) -> list[str]:
        """Each token's lemma in lowercase (``Token.lemma_.lower()``), read once from the Doc's
        array and lowercased once per distinct lemma."""
        doc = self.doc
        return _LEMMA_LOWERS.column(doc.to_array("LEMMA").tolist(), doc.vocab.strings)

    @cached_property
    def heads(self) -> list[int]:
        """Each token's syntactic head as a token index (``Token.head.i``; a root is its own
        head), read once from the Doc's array."""
        return head_indices(self.doc).tolist()

    def positions_of(self, words: Collection[str]) -> list[int]:
        """The positions of the tokens whose key is one of ``words``, in order (read once per
        document and word list: ``words`` must not change while the document is read)."""
        hit = self._positions.get(id(words))
        if hit is None or hit[0] is not words:
            found = [i for i, k in enumerate(self.keys) if k in words]
            hit = self._positions[id(words)] = (words, found)
        return hit[1]

    @cached_property
    def title_starts(self) -> list[int]:
        """The token positions where a title may start (its first word is one of a title's
        first words), in order: :meth:`title_at` is None everywhere else."""
        first = self.index.title_first
        return [i for i, k in enumerate(self.tkeys) if k in first]

    def claim(self, m: Mention) -> bool:
        """Give the mention its tokens; False (and nothing claimed) when one is taken already."""
        if any(self.owner[i] is not None for i in range(m.start, m.end)):
            return False
        for i in range(m.start, m.end):
            self.owner[i] = m
        self._mentions = None
        return True

    def surface(self, start: int, end: int) -> str:
        """Tokens ``start:end`` as written, without possessives ("Lai Ching-te", not "Ching - te")."""
        last = end - 1
        return "".join(
            self.raws[i] + (self.doc[i].whitespace_ if i < last else "") for i in range(start, end)
        )

    def mentions(self) -> list[Mention]:
        """Current mentions in document order (a new list: the caller may change it)."""
        if self._mentions is None:
            seen: list[Mention] = []
            last = None
            for m in self.owner:
                if m is not None and m is not last:
                    seen.append(m)
                last = m
            self._mentions = seen
        return list(self._mentions)

    def register(self, actor_id: str) -> Actor | None:
        """Add an actor to the document's table (gazetteer actor or a person read from the text)."""
        if actor_id in self.actors:
            return self.actors[actor_id]
        actor = self.gazetteer.get(actor_id) or self.groups.get(actor_id)
        person = self.persons.get(actor_id)
        if person is not None:
            if actor is None:
                actor = Actor(
                    id=actor_id, name=person.name, type=ActorType.PERSON, country=person.country
                )
            elif person.country and person.country != actor.country:
                # the affiliation on the document date (or read from the text)
                actor = actor.model_copy(update={"country": person.country})
        if actor is not None:
            self.actors[actor_id] = actor
        return actor

    def side_group(self, state_id: str, side: str) -> str:
        """The group of a state's rebels or opposition (``group:ssd-rebels``, the ids
        :mod:`.agents` gives "South Sudanese rebels"): an actor of its own, not the state,
        which it keeps only as the country it fights in."""
        gid = f"group:{state_id.lower()}-{side}"
        if gid not in self.groups:
            actor = self.gazetteer.get(state_id)
            name = f"{actor.name if actor is not None else state_id} {side}"
            self.groups[gid] = Actor(id=gid, name=name, type=ActorType.GROUP, country=state_id)
        self.register(gid)
        return gid

    def type_of(self, actor_id: str) -> str:
        """The actor type of an id ("state", "organisation", "person", "group")."""
        kind = self._types.get(actor_id)
        if kind is None:
            kind = self._types[actor_id] = self._type_of(actor_id)
        return kind

    def _type_of(self, actor_id: str) -> str:
        actor = self.gazetteer.get(actor_id)
        if actor is not None:
            return actor.type.value
        if actor_id.startswith("person:"):
            return "person"
        return "group" if actor_id.startswith("group:") else "state"

    def is_known_actor_token(self, i: int) -> bool:
        """True when a gazetteer name starts with token ``i``'s word."""
        return bool(self.index.names.get(self.keys[i]))

    def is_honorific(self, tok: Token) -> bool:
        """True for an honorific ("Mr.", "Gen.") or the start of a title."""
        word = tok.lower_.rstrip(".")
        return word in self.lex.honorifics or self.title_at(tok.i) is not None

    def unclaim(self, m: Mention) -> None:
        """Free the tokens the mention holds."""
        for i in range(m.start, m.end):
            if self.owner[i] is m:
                self.owner[i] = None
        self._mentions = None

    def title_at(self, i: int) -> tuple[int, str] | None:
        """(end, title) of the longest title starting at token ``i``."""
        for keys in self.index.title_first.get(self.tkeys[i], ()):
            if tuple(self.tkeys[i : i + len(keys)]) == keys:
                return i + len(keys), " ".join(keys)
        return None

    def qualifier_only(self, start: int, end: int) -> bool:
        """True when the name at ``start:end`` only qualifies the noun after it: a backer or
        link written with a hyphen and a linking participle ("Turkish-backed rebels",
        "UN-backed government"; ``group_link_words``), or a stance after "pro-" or "anti-"
        ("pro-Russian separatists"; ``stance_prefixes``)."""
        raws, keys, n = self.raws, self.keys, len(self.doc)  # read already: no new column
        if end + 1 < n and raws[end] in _HYPHENS and keys[end + 1] in self.lex.group_link_words:
            return not self.doc[end - 1].whitespace_ and not self.doc[end].whitespace_
        return (
            start >= 2
            and raws[start - 1] in _HYPHENS
            and keys[start - 2] in self.lex.stance_prefixes
            and not self.doc[start - 1].whitespace_
        )

    def possessive(self, last: int) -> bool:
        """True when the name ending at token ``last`` is a possessor ("Putin's", "Trump´s")."""
        doc = self.doc
        return self.raws[last] != doc[last].text or (
            last + 1 < len(doc) and doc[last + 1].tag_ == "POS"
        )

    def consume(self, m: Mention, org_tok: int | None, start: int, end: int) -> None:
        """The affiliation named in a title phrase is part of the person's mention, not an actor
        mention of its own ("Turkish" in "Turkish President Recep Tayyip Erdogan")."""
        if org_tok is None:
            return
        for i in range(start, end):
            owner = self.owner[i]
            if owner is not None and owner is not m and owner.start <= org_tok < owner.end:
                self.consumed.add(id(owner))
                self.register(owner.actor_id)

    def gazetteer_roles(self, pid: str) -> list[Any]:
        """The gazetteer's roles of a person on the document date (none when not on file)."""
        try:
            return list(self.gazetteer.roles(pid, on=self.date))
        except (AttributeError, KeyError):
            return []

    def add_role(self, person: Person, relation: str, org: str, start: int, end: int) -> None:
        """Record that ``person`` leads or represents ``org`` (title phrase ``start:end``); a
        leader is not also a mere representative of the same organisation."""
        if relation == "represents" and ("leader_of", org) in person.roles:
            return
        if relation == "leader_of" and ("represents", org) in person.roles:
            # "Army chief X, who heads Sudan's ruling council": the leader, not an official
            person.roles.remove(("represents", org))
            self.roles = [
                r for r in self.roles if not (r[0] == person.pid and r[1:3] == ("represents", org))
            ]
        if (relation, org) not in person.roles:
            person.roles.append((relation, org))
            self.roles.append((person.pid, relation, org, Span(self.doc, start, end)))
            self.register(org)

    def outer_state(
        self, found: tuple[str, int | None, bool], start: int
    ) -> tuple[str, int | None, bool]:
        """A state that owns the body found ("Pakistan's Foreign Office", "Pakistani Foreign
        Office" are Pakistan's, not the UK's): the possessor or demonym right before it."""
        org, tok, via_person = found
        if tok is None or via_person:
            return found
        j = tok - 1
        if j > start and self.doc[j].tag_ == "POS":
            j -= 1
        if j < start:
            return found
        outer = self.owner[j]
        if (
            outer is None
            or outer.label != "state"
            or outer.actor_id == org
            or outer.end != j + 1
            or len(outer.ids) != 1
            or not (outer.kind == "demonym" or self.possessive(j))
        ):
            return found
        return outer.actor_id, outer.start, False

    def person_country(self, pid: str) -> str | None:
        """A person's affiliation: read from the text, else the gazetteer's on the date."""
        other = self.persons.get(pid)
        if other is not None and other.country:
            return other.country
        return self.dated_country(pid)

    def dated_country(self, pid: str) -> str | None:
        """A gazetteer person's affiliation on the document date (Stoltenberg is NATO in 2020,
        Rutte the Netherlands); without a date, or with no role on file then, the data's
        ``country`` (their latest one)."""
        gaz = self.gazetteer.get(pid)
        if gaz is None:
            return None
        if self.date is not None:
            dated = self.gazetteer.affiliation(pid, self.date)
            if dated:
                return dated
        return gaz.country
