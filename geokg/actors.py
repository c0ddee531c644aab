"""The spaCy component ``geokg_actors``: finds actor mentions and resolves them to canonical ids.

It runs after the statistical ``ner`` and writes (see ``docs/architecture.md``):

- ``doc.spans["geokg_actors"]``: ordered, non-overlapping spans, one per actor mention, with
  ``span.label_`` = actor type, ``span._.geokg_actor`` = canonical id, ``span._.geokg_via`` = how
  it was recognised, ``span._.geokg_location`` = True for the mere place of an event;
  plus two attributes registered here: ``span._.geokg_actors`` (every id the span stands for:
  one, or two for "the two countries") and ``span._.geokg_attributive`` (True when a name or
  demonym only modifies a thing: "Russian S-400", "Ukrainian cities", "US-made").
- ``doc._.geokg_actors``: ``{id: Actor}`` of every actor mentioned (including the states and
  organisations a title ties a person to).
- ``doc._.geokg_roles``: ``(person_id, "leader_of" | "represents", org_id, title_span)`` facts.

Recognition is a longest-match over the gazetteer's names (case- and diacritic-tolerant unless a
name is case-sensitive, like "US"; traps such as "Atlanta, Georgia", "Michael Jordan", "New Mexico"
or a dateline are not actors), then the ``ner`` entities the gazetteer lacks: persons, kept only
when a title ties them to a state or organisation, and organisations named like armed groups or
parties. Persons are resolved with the titles around their name ("Turkish President X", "X,
NATO's secretary general", "the head of Ukraine's presidential office, X"), later mentions by
surname and by title ("the Russian leader", "the US president" on the document date), and
pronouns, "the two countries" or "the alliance" only when a clear antecedent exists
(:mod:`geokg.coref`). Word lists live in ``data/actors/recognizer.json``.

Context rules: a lone ambiguous surname ("Johnson") needs the full name, a title or an office
held on the document date; an alias heading a longer proper name ("Alliance of Sahel States")
is not the alias; an office named for one state belongs to the state before it ("Pakistan's
Foreign Office"); a person's affiliation is the one on the document date (Stoltenberg is NATO in
2020); a bare ministerial title takes the state the text is about (dateline state leading the
story, or a clearly dominant one); a ruler's relative acts for the ruler's state.
"""

from __future__ import annotations

import bisect

import datetime as _dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import _ext
from .errors import DataError
from .gazetteer import Gazetteer
from .models import Actor, ActorType
from .resources import data_path, load_json_object

__all__ = ["ActorRecognizer", "Lexicon", "Mention", "normalize_token", "person_id"]

_ext.register_extensions()
for _name, _default in (("geokg_actors", None), ("geokg_attributive", False)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

#: dependency labels through which a modifier hangs on the noun it modifies
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
#: labels climbed from a mention to the noun phrase it belongs to
_NP_DEPS = frozenset({"compound", "appos", "conj", "nmod", "amod", "flat"})
_POSSESSIVE_SUFFIX = re.compile(r"(?:['’´`]s|s['’´])$", re.IGNORECASE)
#: punctuation that ends a title phrase
_PHRASE_STOPS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "'", "‘", "’", "—", "–", "|"})
#: entity types that never belong to a title ("on September 28", "two")
_NOT_TITLE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: parts of speech that end a title phrase (unless an honorific, "of", "to", "for" or a possessive)
_FUNCTION_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART"})
#: prepositions that start a title's complement ("envoy to Ukraine", "head of the office")
_COMPLEMENT_PREPS = frozenset({"to", "for", "of", "on", "at", "in", "with", "from"})
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_APOSTROPHES = str.maketrans({"’": "'", "´": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})


@lru_cache(maxsize=65536)
def normalize_token(text: str) -> str:
    """Casefold, drop diacritics, unify apostrophes and hyphens ("Türkiye" -> "turkiye")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def strip_possessive(text: str) -> str:
    """``"Trump´s"`` -> ``"Trump"`` (spaCy does not split every apostrophe form); also drops
    zero-width characters left by web pages."""
    text = text.strip(_INVISIBLE)
    if len(text) > 2 and _POSSESSIVE_SUFFIX.search(text):
        return text[:-2] if text[-1] in "sS" else text[:-1]
    return text


def _is_initial(text: str) -> bool:
    """ "J." or "J": a middle initial."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()


def person_id(full_name: str) -> str:
    """``person:`` + the lowercase, hyphenated ASCII form of a full name."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"person:{slug}"


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/actors/recognizer.json`` (lowercase lemmas)."""

    people_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    event_nouns: frozenset[str]
    place_nouns: frozenset[str]
    location_prepositions: frozenset[str]
    travel_words: frozenset[str]
    target_words: frozenset[str]
    opinion_titles: frozenset[str]
    honorifics: frozenset[str]
    past_markers: frozenset[str]
    counterpart_words: frozenset[str]
    institution_nouns: frozenset[str]
    group_heads: frozenset[str]
    place_name_prefixes: frozenset[str]
    leader_heads: frozenset[str]
    heading_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    leadership_nouns: frozenset[str]
    leader_titles_order: tuple[str, ...]
    party_affiliation: dict[str, str]
    plural_openers: frozenset[str]
    plural_counts: dict[str, int]
    plural_nouns: frozenset[str]
    plural_person_nouns: frozenset[str]
    plural_state_nouns: frozenset[str]
    plural_not_after: frozenset[str]
    singular_references: tuple[tuple[tuple[str, ...], str], ...]
    plural_pronouns: frozenset[str]
    state_organs: tuple[tuple[str, ...], ...]
    epithets: dict[tuple[str, ...], str]
    member_nouns: tuple[tuple[str, ...], ...]
    singular_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    person_possessives: frozenset[str]
    person_own_nouns: frozenset[str]
    membership_nouns: frozenset[str]
    other_markers: frozenset[str]
    placed_people_nouns: frozenset[str]
    state_sets: dict[tuple[str, ...], tuple[str, ...]]
    neighbour_nouns: frozenset[str]
    ally_nouns: frozenset[str]
    state_traps: dict[str, dict[str, frozenset[str]]]
    #: "the Balkan country", "the island": descriptor / noun word tuples -> class name (None:
    #: any state), longest first; class name -> state ids or "@ORG" (``state_classes.json``)
    state_descriptors: dict[tuple[str, ...], str] = field(default_factory=dict)
    state_nouns: dict[tuple[str, ...], str | None] = field(default_factory=dict)
    state_classes: dict[str, tuple[str, ...] | str] = field(default_factory=dict)
    #: phrases written with capitals match only so spelled ("the North", not "the north")
    state_cased: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    #: "both warring parties": modifiers (and nouns) of a collective reference that make it
    #: stand for the two sides of a conflict; the words that name the fighting ("fight", "war")
    plural_conflict_words: frozenset[str] = frozenset()
    #: nouns of a collective reference only a set of states named earlier can be ("the juntas"):
    #: without a count they may look six sentences back when one such set is in sight
    plural_far_nouns: frozenset[str] = frozenset()
    conflict_words: frozenset[str] = frozenset()
    #: capitals whose name is also a city of other states ("Tripoli": also in Lebanon) ->
    #: those states; such a name stands for its state only when the context names that state
    shared_capitals: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def singular_heads(self) -> dict[str, str]:
        """The last word of each ``singular_references`` phrase -> its actor type ("bloc" ->
        organisation), for the references with modifiers ("the 27-nation bloc")."""
        heads: dict[str, str] = {}
        for words, kind in self.singular_references:
            heads.setdefault(words[-1], kind)
        return heads

    @cached_property
    def singular_references_by_first(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """``singular_references`` grouped by first word, each group in the original order."""
        groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, kind in self.singular_references:
            groups.setdefault(words[0], []).append((words, kind))
        return {first: tuple(refs) for first, refs in groups.items()}

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Load and validate the recogniser's word lists (default: the bundled file)."""
        path = path or data_path("actors", "recognizer.json")
        raw = load_json_object(path)

        def words(key: str) -> frozenset[str]:
            value = raw.get(key)
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise DataError(f"{path}: {key!r} must be a list of strings; fix the file")
            return frozenset(w.lower() for w in value)

        traps: dict[str, dict[str, frozenset[str]]] = {}
        for name, ctx in raw.get("state_traps", {}).items():
            if name.startswith("_"):
                continue
            if not isinstance(ctx, dict):
                raise DataError(f"{path}: state_traps[{name!r}] must be an object; fix the file")
            traps[normalize_token(name)] = {
                side: frozenset(normalize_token(w) for w in ctx.get(side, ()))
                for side in ("next", "prev")
            }
            # a "next" word trap that holds for the whole document ("Georgia Governor ...")
            traps[normalize_token(name)]["discourse"] = frozenset(
                ["next"] if ctx.get("discourse") else []
            )
        people_nouns = words("people_nouns")
        refs = raw.get("plural_references")
        if not isinstance(refs, dict) or not isinstance(refs.get("counts"), dict):
            raise DataError(
                f"{path}: 'plural_references' must be an object with 'openers', 'counts' "
                "(word -> number), 'nouns', 'person_nouns' and 'not_after'; fix the file"
            )

        def ref_words(key: str) -> frozenset[str]:
            value = refs.get(key)
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise DataError(
                    f"{path}: plural_references[{key!r}] must be a list of strings; fix the file"
                )
            return frozenset(w.lower() for w in value)

        def longest_first(phrases: Any) -> tuple[tuple[str, ...], ...]:
            """Lower-cased word tuples, longest first (so the longest phrase matches first)."""
            return tuple(sorted((tuple(w.lower().split()) for w in phrases), key=len, reverse=True))

        return cls(
            people_nouns=people_nouns,
            relation_nouns=words("relation_nouns"),
            event_nouns=words("event_nouns"),
            place_nouns=words("place_nouns"),
            location_prepositions=words("location_prepositions"),
            travel_words=words("travel_words"),
            target_words=words("target_words"),
            opinion_titles=words("opinion_titles"),
            honorifics=words("honorifics"),
            past_markers=words("past_markers"),
            counterpart_words=words("counterpart_words"),
            institution_nouns=words("institution_nouns"),
            group_heads=words("group_heads"),
            place_name_prefixes=frozenset(raw.get("place_name_prefixes", ())),
            leader_heads=words("leader_heads"),
            heading_verbs=words("heading_verbs"),
            kin_nouns=words("kin_nouns"),
            leadership_nouns=words("leadership_nouns"),
            leader_titles_order=tuple(raw.get("leader_titles_order", ())),
            party_affiliation={k.lower(): v for k, v in raw.get("party_affiliation", {}).items()},
            plural_openers=ref_words("openers"),
            plural_counts={k.lower(): int(v) for k, v in refs["counts"].items()},
            plural_nouns=ref_words("nouns"),
            plural_person_nouns=ref_words("person_nouns"),
            plural_state_nouns=ref_words("state_nouns"),
            plural_not_after=ref_words("not_after"),
            plural_conflict_words=ref_words("conflict_modifiers"),
            plural_far_nouns=ref_words("far_nouns"),
            conflict_words=words("conflict_words"),
            shared_capitals={
                normalize_token(k): frozenset(v)
                for k, v in raw.get("shared_capitals", {}).items()
                if not k.startswith("_")
            },
            singular_references=tuple(
                (tuple(phrase.lower().split()), kind)
                for phrase, kind in raw.get("singular_references", {}).items()
                if not phrase.startswith("_")
            ),
            plural_pronouns=words("plural_pronouns"),
            state_organs=longest_first(raw.get("state_organs", {}).get("words", ())),
            epithets={
                tuple(k.lower().split()): v
                for k, v in raw.get("epithets", {}).get("descriptors", {}).items()
            },
            member_nouns=longest_first(raw.get("epithets", {}).get("member_nouns", ())),
            singular_pronouns=words("singular_pronouns"),
            person_pronouns=words("person_pronouns"),
            person_possessives=words("person_possessives"),
            person_own_nouns=words("person_own_nouns"),
            membership_nouns=words("membership_nouns"),
            other_markers=words("other_markers"),
            placed_people_nouns=words("placed_people_nouns"),
            state_sets={
                tuple(normalize_token(w) for w in _PHRASE_WORDS.findall(k)): tuple(v)
                for k, v in sorted(raw.get("state_sets", {}).items(), key=lambda kv: -len(kv[0]))
                if not k.startswith("_")
            },
            neighbour_nouns=words("neighbour_nouns"),
            ally_nouns=words("ally_nouns"),
            state_traps=traps,
            **_load_state_classes(data_path("actors", "state_classes.json")),
        )


_PHRASE_WORDS = re.compile(r"\w+|[^\w\s]")


def _load_state_classes(path: Path) -> dict[str, Any]:
    """The ``state_descriptors``, ``state_nouns`` and ``state_classes`` of :class:`Lexicon`."""
    raw = load_json_object(path)
    classes = raw.get("classes")
    if not isinstance(classes, dict):
        raise DataError(f"{path}: 'classes' must be an object (name -> ids or '@ORG'); fix it")
    out_classes: dict[str, tuple[str, ...] | str] = {}
    for name, ids in classes.items():
        if isinstance(ids, str) and ids.startswith("@"):
            out_classes[name] = ids
        elif isinstance(ids, list) and all(isinstance(x, str) for x in ids):
            out_classes[name] = tuple(ids)
        else:
            raise DataError(f"{path}: classes[{name!r}] must be a list of ids or '@ORG'; fix it")

    def phrases(key: str, nullable: bool) -> dict[tuple[str, ...], str | None]:
        table = raw.get(key)
        if not isinstance(table, dict):
            raise DataError(f"{path}: {key!r} must be an object (phrase -> class); fix the file")
        out: dict[tuple[str, ...], str | None] = {}
        for phrase, cls in table.items():
            if not (cls in out_classes or (cls is None and nullable)):
                raise DataError(f"{path}: {key}[{phrase!r}] names no class {cls!r}; fix it")
            words = tuple(_PHRASE_WORDS.findall(phrase))
            out[tuple(normalize_token(w) for w in words)] = cls
            if phrase != phrase.lower():
                cased[tuple(normalize_token(w) for w in words)] = words
        return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))

    cased: dict[tuple[str, ...], tuple[str, ...]] = {}
    return {
        "state_descriptors": phrases("descriptors", nullable=False),
        "state_nouns": phrases("nouns", nullable=True),
        "state_classes": out_classes,
        "state_cased": cased,
    }


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

    @property
    def actor_id(self) -> str:
        """The first (usually the only) actor the mention stands for."""
        return self.ids[0]


@dataclass
class _Person:
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


_NameEntry = tuple[tuple[str, ...], tuple[str, ...], Any]  # (norm keys, raw texts, Name)


class ActorRecognizer:
    """The ``geokg_actors`` pipeline component (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geokg_actors",
        *,
        extra_actors: Sequence[str | Path] = (),
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        if gazetteer is None:
            gazetteer = Gazetteer.load(extra_files=tuple(str(p) for p in extra_actors))
        self.name = name
        self.gazetteer = gazetteer
        self.lex = lexicon or Lexicon.load()
        self._tokenize = nlp.tokenizer
        self._names: dict[str, list[_NameEntry]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._person_names: dict[tuple[str, ...], set[str]] = {}
        #: every word of every name of each gazetteer person ("Al", "Thani", "Mohammed", ...)
        self._name_words: dict[str, set[str]] = {}
        for entry in gazetteer.names():
            self._add_name(entry)
        for entries in self._names.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._titles: dict[tuple[str, ...], str] = {}
        for title, relation in gazetteer.titles().items():
            keys = self._keys(title)
            if keys:
                self._titles[keys] = str(relation)
        self._title_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in sorted(self._titles, key=len, reverse=True):
            self._title_first.setdefault(keys[0], []).append(keys)

    # -- gazetteer index -------------------------------------------------------------------

    def _keys(self, text: str) -> tuple[str, ...]:
        return tuple(normalize_token(t.text) for t in self._tokenize(text) if not t.is_space)

    def _add_name(self, entry: Any) -> None:
        toks = [t.text for t in self._tokenize(entry.text) if not t.is_space]
        if len(toks) > 1 and toks[0].lower() == "the":
            toks = toks[1:]  # "the Pentagon" also matches "Pentagon officials"
        if not toks:
            return
        keys = tuple(normalize_token(t) for t in toks)
        self._names.setdefault(keys[0], []).append((keys, tuple(toks), entry))
        if entry.kind == "person":
            self._person_names.setdefault(keys, set()).add(entry.actor_id)
            self._name_words.setdefault(entry.actor_id, set()).update(keys)
            if len(keys) >= 2:
                self._surnames.setdefault(keys[-1], set()).add(entry.actor_id)

    def _actor(self, actor_id: str) -> Actor | None:
        return self.gazetteer.get(actor_id)

    # -- the component ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.geokg_meta
        date: _dt.date | None = getattr(meta, "date", None)
        strings = doc.vocab.strings  # token texts without creating Token objects
        raws = [strip_possessive(strings[orth]) for orth in doc.to_array("ORTH").tolist()]
        keys = [normalize_token(r) for r in raws]
        state = _DocState(doc, self, keys, raws, date)
        state.run()
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


class _DocState:
    """Everything computed for one document (kept apart from the reusable component)."""

    def __init__(
        self,
        doc: Doc,
        rec: ActorRecognizer,
        keys: list[str],
        raws: list[str],
        date: _dt.date | None,
    ) -> None:
        self.doc = doc
        self.rec = rec
        self.lex = rec.lex
        self.keys = keys
        #: keys without a final dot, for titles ("Sen." -> "sen")
        self.tkeys = [k.rstrip(".") or k for k in keys]
        self.raws = raws
        self.date = date
        self.owner: list[Mention | None] = [None] * len(doc)
        #: ids of mentions used up as a person's affiliation ("Turkish" in "Turkish President ...")
        self.consumed: set[int] = set()
        self.actors: dict[str, Actor] = {}
        self.persons: dict[str, _Person] = {}
        #: armed groups and parties the gazetteer lacks, named by the NER ("the M23 movement")
        self.groups: dict[str, Actor] = {}
        self.roles: list[tuple[str, str, str, Span]] = []
        strings = doc.vocab.strings
        self.ent_label = [strings[x] for x in doc.to_array("ENT_TYPE").tolist()]
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

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> None:
        mentions = self._gazetteer_mentions()
        mentions += self._elided_names(mentions)
        mentions += self._ner_persons(mentions)
        mentions += self._titled_names(mentions)
        mentions += self._ner_groups(mentions)
        self._merge_first_names(mentions)
        for m in mentions:
            self._claim(m)
        self._owned_seats()
        self._placed_capitals()
        self._confirm_shared_capitals()
        self._confirm_ambiguous_persons()
        self._resolve_persons()
        self._surname_mentions()
        self._title_references()
        from .coref import resolve_references

        for m in resolve_references(self):
            self._claim(m)
        self._finish()

    def _confirm_ambiguous_persons(self) -> None:
        """A lone ambiguous surname ("Johnson", "Cameron") is the gazetteer person only with
        context: the full name elsewhere in the text, a title right before it, or an office the
        person holds on the document date; otherwise it is left to the NER as someone else."""
        mentions = self.mentions()
        full = {m.actor_id for m in mentions if m.label == "person" and not m.ambiguous}
        for m in mentions:
            if not m.ambiguous or m.actor_id in full:
                continue
            if m.start > 0 and (
                self._is_honorific(self.doc[m.start - 1])
                or self._title_at(max(m.start - 1, 0)) is not None
            ):
                continue
            roles = self._gazetteer_roles(m.actor_id)
            if self.date is None:
                roles = [r for r in roles if r.end is None]
            if roles:
                continue
            self._unclaim(m)

    def _owned_seats(self) -> None:
        """ "Pakistan's Foreign Office", "the Pakistani Foreign Office": an office whose name
        the gazetteer gives to one state belongs to the state named right before it."""
        for m in self.mentions():
            if m.kind != "seat" or m.start == 0:
                continue
            found = self._outer_state((m.actor_id, m.start, False), max(m.start - 3, 0))
            if found[0] != m.actor_id:
                m.ids = [found[0]]

    def _placed_capitals(self) -> None:
        """ "the north Lebanese port of Tripoli": a capital's name that its own phrase places in
        one other state ("<demonym> city/port of X", "<demonym> city X") is a place of that
        state, not the capital."""
        doc = self.doc
        for m in self.mentions():
            if m.kind != "capital":
                continue
            tok = doc[m.end - 1]
            noun = tok.head
            if tok.dep_ == "pobj" and noun.lower_ == "of":
                noun = noun.head
            elif tok.dep_ not in ("appos", "compound"):
                continue
            if noun.lemma_.lower() not in self.lex.place_nouns - {"capital"}:
                continue
            states = {
                o.actor_id
                for c in noun.children
                if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                for o in (self.owner[c.i],)
                if o is not None and o is not m and self.type_of(o.actor_id) == "state"
            }
            if len(states) == 1 and m.actor_id not in states:
                m.ids = [states.pop()]
                m.location = True

    def _confirm_shared_capitals(self) -> None:
        """ "Tripoli" (also a city of Lebanon) stands for Libya only when this or the previous
        sentence names Libya otherwise and names none of the other states with such a city;
        without that context it is left unresolved (never guessed)."""
        shared = self.lex.shared_capitals
        if not shared:
            return
        mentions = self.mentions()
        capitals = [m for m in mentions if m.kind == "capital" and not m.location]
        capitals = [m for m in capitals if " ".join(self.keys[m.start : m.end]) in shared]
        if not capitals:
            return
        sents = list(self.doc.sents)
        starts = [s.start for s in sents]
        for m in capitals:
            k = bisect.bisect_right(starts, m.start) - 1
            lo, hi = starts[max(k - 1, 0)], sents[k].end
            named = {
                o.actor_id
                for o in mentions
                if lo <= o.start < hi and o is not m and o.kind != "capital" and len(o.ids) == 1
            }
            others = shared[" ".join(self.keys[m.start : m.end])]
            if m.actor_id not in named or named & others:
                self._unclaim(m)

    def _claim(self, m: Mention) -> bool:
        if any(self.owner[i] is not None for i in range(m.start, m.end)):
            return False
        for i in range(m.start, m.end):
            self.owner[i] = m
        return True

    def surface(self, start: int, end: int) -> str:
        """Tokens ``start:end`` as written, without possessives ("Lai Ching-te", not "Ching - te")."""
        last = end - 1
        return "".join(
            self.raws[i] + (self.doc[i].whitespace_ if i < last else "") for i in range(start, end)
        )

    def mentions(self) -> list[Mention]:
        """Current mentions in document order."""
        seen: list[Mention] = []
        last = None
        for m in self.owner:
            if m is not None and m is not last:
                seen.append(m)
            last = m
        return seen

    def _finish(self) -> None:
        doc = self.doc
        spans: list[Span] = []
        for m in self.mentions():
            if id(m) in self.consumed:
                continue
            label = m.label or self.type_of(m.actor_id)
            span = Span(doc, m.start, m.end, label=label)
            ext = span._  # one Underscore object for the five attributes
            ext.geokg_actor = m.actor_id
            ext.geokg_actors = list(m.ids)
            ext.geokg_via = m.via
            ext.geokg_location = m.location
            ext.geokg_attributive = m.attributive
            spans.append(span)
            for aid in m.ids:
                self.register(aid)
        doc.spans[_ext.ACTOR_SPANS] = spans
        doc._.geokg_actors = dict(self.actors)
        doc._.geokg_roles = list(self.roles)

    def register(self, actor_id: str) -> Actor | None:
        """Add an actor to the document's table (gazetteer actor or a person read from the text)."""
        if actor_id in self.actors:
            return self.actors[actor_id]
        actor = self.rec._actor(actor_id) or self.groups.get(actor_id)
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

    def type_of(self, actor_id: str) -> str:
        """The actor type of an id ("state", "organisation", "person", "group")."""
        kind = self._types.get(actor_id)
        if kind is None:
            kind = self._types[actor_id] = self._type_of(actor_id)
        return kind

    def _type_of(self, actor_id: str) -> str:
        actor = self.rec._actor(actor_id)
        if actor is not None:
            return actor.type.value
        if actor_id.startswith("person:"):
            return "person"
        return "group" if actor_id.startswith("group:") else "state"

    # -- 1. gazetteer names ----------------------------------------------------------------

    def _gazetteer_mentions(self) -> list[Mention]:
        doc, keys, out = self.doc, self.keys, []
        i, n = 0, len(doc)
        while i < n:
            found = None
            for name_keys, name_raw, entry in self.rec._names.get(keys[i], ()):
                size = len(name_keys)
                if tuple(keys[i : i + size]) != name_keys:
                    continue
                if found is not None and size < found[0]:
                    break
                if self._case_ok(i, size, name_raw, entry):
                    if found is None:
                        found = (size, [entry])
                    else:
                        found[1].append(entry)
            if found is None:
                i += 1
                continue
            size, entries = found
            m = self._name_mention(i, i + size, entries)
            if m is not None:
                out.append(m)
            i += size
        if self.trapped_keys:
            out = [m for m in out if " ".join(self.keys[m.start : m.end]) not in self.trapped_keys]
        return out

    def _case_ok(self, i: int, size: int, name_raw: tuple[str, ...], entry: Any) -> bool:
        if entry.case_sensitive:
            return all(self.raws[i + k] == name_raw[k] for k in range(size))
        first = self.raws[i]
        return first[:1].isupper() or first[:1].isdigit()

    def _name_mention(self, start: int, end: int, entries: list[Any]) -> Mention | None:
        entry = self._pick_entry(start, end, entries)
        if entry is None or self._trapped(start, end, entry):
            return None
        while end - start > 1 and self.keys[start] == "the":
            start += 1  # "the Kremlin": the span is the name
        if entry.kind == "person":
            matched_end = end
            start, end = self._person_extent(start, end)
            if not self._extension_fits(entry.actor_id, matched_end, end):
                return None  # "Kim" + "Yo Jong": another person sharing a name with the entry
            while (
                end < len(self.doc)
                and self.raws[end][:1].isupper()
                and self._extension_fits(entry.actor_id, end, end + 1)
                and self.keys[end] not in self.keys[start:end]
            ):
                end += 1  # "Sheikh Mohammed bin Abdulrahman" + "Al Thani": the full name
        via = "name" if entry.kind == "group" else entry.kind  # the contract's "via" words
        m = Mention(start, end, [entry.actor_id], via=via, kind=entry.kind)
        m.label = self.type_of(entry.actor_id)
        if entry.kind == "person":
            m.label = "person"
            m.ambiguous = entry.ambiguous and end - start == 1
            return m
        if entry.kind == "demonym":
            self._classify_demonym(m)
        elif entry.kind in ("name", "alias", "acronym", "capital", "seat", "group"):
            m.attributive = self._modifies_thing(start, end)
        m.location = not m.attributive and (
            (self._is_location(start, end) and not self._membership_place(m))
            or self._dateline(start, end)
        )
        return m

    def _membership_place(self, m: Mention) -> bool:
        """ "its participation in the CSTO", "membership in NATO": an organisation after "in"
        that is what one takes part in, not a place."""
        if m.label != "organisation":
            return False
        tok = self.doc[m.end - 1]
        prep = tok.head if tok.dep_ == "pobj" else None
        return (
            prep is not None
            and prep.lower_ == "in"
            and prep.head.lemma_.lower() in self.lex.membership_nouns
        )

    def _dateline(self, start: int, end: int) -> bool:
        """ "MOSCOW (Reuters) -", "KYIV, July 14": where the story was filed, not an actor."""
        doc = self.doc
        first = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
        if not first or end >= len(doc):
            return False
        if doc[end].text == ":" and doc[start].text[:1].isupper():
            return True  # "Islamabad: Pakistan and India have agreed ..."
        if not all(doc[i].text.isupper() for i in range(start, end)):
            return False
        spaced = bool(doc[end - 1].whitespace_)  # "MOSCOW - ", not "US-China"
        return doc[end].text in (",", "(") or (spaced and doc[end].text in ("-", "—", "–"))

    def _same_first_name(self, i: int, actor_id: str) -> bool:
        """True when token ``i`` spells the person's first name ("Andreii" for "Andrii Yermak"):
        the same first four letters."""
        actor = self.rec._actor(actor_id)
        if actor is None:
            return False
        given = normalize_token(actor.name.split()[0])
        return len(given) >= 4 and self.keys[i][:4] == given[:4]

    def _person_extent(self, start: int, end: int) -> tuple[int, int]:
        """A person's name without a leading title ("President Xi" -> "Xi"), extended to the end
        of the NER's person entity ("Xi" + "Jinping")."""
        while end - start > 1 and self._is_honorific(self.doc[start]):
            start += 1
        ent = self.ent_at[start] if self.ent_label[start] == "PERSON" else None
        if ent is not None and ent.start < start and not self._is_honorific(self.doc[ent.start]):
            start = ent.start  # "Andreii" + "Yermak"
        if self.ent_label[end - 1] == "PERSON":
            ent = self.ent_at[end - 1]
            if ent is not None and ent.end > end and ent.start <= start:
                while (
                    end < ent.end
                    and self.doc[end].pos_ == "PROPN"
                    and not self._is_honorific(self.doc[end])
                ):
                    end += 1  # "Xi" + "Jinping", but not "Trump" + "Envoy Arrives"
        return start, end

    def _extension_fits(self, actor_id: str, matched_end: int, end: int) -> bool:
        """True when the tokens the NER adds after a matched person name belong to one of that
        person's names ("Xi" + "Jinping"), not to another person's ("Kim" + "Yo Jong")."""
        if end <= matched_end:
            return True
        words = self.rec._name_words.get(actor_id, set())
        return all(self.keys[i] in words for i in range(matched_end, end))

    def _pick_entry(self, start: int, end: int, entries: list[Any]) -> Any:
        ids = {e.actor_id for e in entries}
        if len(ids) == 1:
            return entries[0]
        label = self.ent_label[start]
        wants_person = label == "PERSON"
        for e in entries:
            if (e.kind == "person") == wants_person:
                return e
        return entries[0]

    def _trapped(self, start: int, end: int, entry: Any) -> bool:
        """True when a name that looks like an actor is something else here."""
        doc = self.doc
        # a name inside a longer person name: "Michael Jordan", "Jordan Peterson", "Ivanka Trump"
        if entry.kind == "person" and end - start == 1 and start > 0:
            prev = doc[start - 1]
            if (
                prev.pos_ == "PROPN"
                and prev.text[:1].isupper()
                and prev.ent_type_ in ("", "PERSON")
                and not self._is_honorific(prev)
                and not self._is_known_actor_token(start - 1)
                and not self._same_first_name(start - 1, entry.actor_id)
            ):
                return True  # "Ivanka Trump", "Eric Trump": another person with that surname
        if self._inside_person(start, end, before_only=entry.kind == "person"):
            if entry.kind == "person":  # "Andreii Yermak" is Andrii Yermak
                ent = self.ent_at[start]
                return ent is None or not self._same_first_name(ent.start, entry.actor_id)
            self.trapped_keys.add(" ".join(self.keys[start:end]))  # "Michael Jordan" ... "Jordan"
            return True
        key = " ".join(self.keys[start:end])
        if key in self.trapped_keys:
            return True
        if (
            entry.kind in ("alias", "acronym")
            and end - start == 1
            and end + 1 < len(doc)
            and self.keys[end] == "of"
            and doc[end + 1].text[:1].isupper()
            and doc[start].text[:1].isupper()
        ):
            return True  # "Alliance of Sahel States", "Congress of ...": a longer proper name
        if start > 0 and doc[start - 1].text in self.lex.place_name_prefixes:
            return True  # "New Mexico", "New Jersey": another place whose name contains a state's
        traps = self.lex.state_traps.get(key)
        if traps is not None:
            nxt = self.keys[end] if end < len(doc) else ""
            prv = self.keys[start - 1] if start > 0 else ""
            if prv in traps["prev"]:  # "Michael Jordan": the same person further on
                self.trapped_keys.add(key)
                return True
            possessive_next = end + 1 < len(doc) and nxt == "'s" and self.keys[end + 1]
            if nxt in traps["next"] or possessive_next in traps["next"]:
                if traps["discourse"]:  # "Georgia Governor": a US state throughout
                    self.trapped_keys.add(key)
                return True
            if doc[start].text != doc[start].text.upper() and doc[start].text.islower():
                return True
        if entry.ambiguous or traps is not None:
            # "Atlanta, Georgia": a place name, a comma, then the ambiguous name
            # not "gunmen fired near Jericho, Israel said": the name reports the clause before it
            verb = doc[end - 1].head
            subject = doc[end - 1].dep_ == "nsubj" and any(
                c.dep_ == "ccomp" and c.i < start for c in verb.children
            )
            if start >= 2 and doc[start - 1].text == "," and self.ent_label[start - 2] == "GPE":
                if not self._is_known_actor_token(start - 2) and not subject:
                    self.trapped_keys.add(key)
                    return True
        return False

    def _inside_person(self, start: int, end: int, *, before_only: bool = False) -> bool:
        """True when the NER's person entity around the match names more than it ("Michael
        Jordan", "Ivanka Trump"; not "President Trump" nor "Donald J. Trump")."""
        if self.ent_label[start] == "PERSON":
            ent = self.ent_at[start]
            if ent is not None and (ent.start < start or ent.end > end):
                inner = [t for t in ent if t.i < start or (t.i >= end and not before_only)]
                return any(
                    t.text[:1].isupper() and not self._is_honorific(t) and not _is_initial(t.text)
                    for t in inner
                )
        return False

    def _is_known_actor_token(self, i: int) -> bool:
        return bool(self.rec._names.get(self.keys[i]))

    # -- demonyms, modifiers and places ----------------------------------------------------

    def _np_head(self, tok: Token) -> Token:
        """The noun a modifier chain hangs on ("Azerbaijani civilian plane" -> plane)."""
        return self._np_path(tok)[-1]

    def _np_path(self, tok: Token) -> list[Token]:
        path = [tok]
        while (
            tok.dep_ in _MODIFIER_DEPS | {"appos", "punct"}
            and tok.head is not tok
            and len(path) < 7
        ):
            tok = tok.head
            path.append(tok)
        return path

    def _path_agentive(self, path: list[Token]) -> bool:
        """True when the head noun, or a noun on the way to it, names people or an action
        ("Chinese coast guard ships", "Russian attacks"), not a thing ("Russian S-400 system")."""
        return any(t.pos_ in ("NOUN", "PROPN") and self._agentive(t) for t in path[1:])

    def _agentive(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        text = noun.lower_
        lists = (self.lex.people_nouns, self.lex.relation_nouns, self.lex.event_nouns)
        return any(lemma in words or text in words for words in lists)

    def _classify_demonym(self, m: Mention) -> None:
        tok = self.doc[m.end - 1]
        if tok.dep_ in _MODIFIER_DEPS or tok.dep_ == "appos":
            path = self._np_path(tok)
            head = path[-1]
            if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
                m.attributive = head.pos_ not in ("NOUN", "PROPN", "PRON")
                return
            m.attributive = not self._path_agentive(path)
            return
        # a demonym standing alone: "the Russians" is an actor, "is Turkish" describes
        m.attributive = tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "oprd", "advmod")

    def _modifies_thing(self, start: int, end: int) -> bool:
        tok = self.doc[end - 1]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            # "University of Tehran", "Bank of England": part of another institution's name
            owner_noun = tok.head.head
            return (
                owner_noun.lemma_.lower() in self.lex.institution_nouns
                and owner_noun.text[:1].isupper()
            )
        if tok.dep_ not in _MODIFIER_DEPS:
            # "Azerbaijan-Russia tensions": the second name is an appos of the first
            if tok.dep_ == "appos" and tok.head.dep_ in _MODIFIER_DEPS:
                tok = tok.head
            else:
                return False
        doc = self.doc
        if end < len(doc) and doc[end].tag_ == "POS":
            return False
        if end < len(doc) and doc[end].text != "-" and self._is_known_actor_token(end):
            return False  # "sending Ukraine US-made missiles": two objects, not a compound
        path = self._np_path(tok)
        head = path[-1]
        if head.i == tok.i:
            return False
        if head.pos_ == "VERB" or head.tag_ in ("VBN", "VBD"):
            return head.i > tok.i  # "US-made", but not the object of "angered Washington"
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        if head.ent_type_ == "PERSON":
            return False
        return not self._path_agentive(path)

    def _is_location(self, start: int, end: int) -> bool:
        """True when the mention is only the place of an event ("met in Abu Dhabi")."""
        tok = self.doc[end - 1]
        # use the syntactic head of the span
        for t in self.doc[start:end]:
            if t.head.i < start or t.head.i >= end or t.head is t:
                tok = t
                break
        through_place = False
        for _ in range(8):
            dep = tok.dep_
            if dep == "conj" or dep in ("appos", "flat") and tok.head.pos_ == "NOUN":
                tok = tok.head  # "in Baku and Moscow", "in the capital, Kyiv"
                continue
            if dep in _NP_DEPS | {"poss"} and tok.head.lemma_.lower() in self.lex.place_nouns:
                tok = tok.head
                through_place = True
                continue
            if dep != "pobj":
                return False
            prep = tok.head
            word = prep.lower_
            if word == "of" and prep.head.lemma_.lower() in self.lex.place_nouns:
                tok = prep.head
                through_place = True
                continue
            if word not in self.lex.location_prepositions:
                return False
            governor = prep.head
            if through_place:
                return True  # "in the northern Sumy region of Ukraine"
            if governor.lemma_.lower() in self.lex.travel_words | self.lex.target_words:
                return False
            if governor.pos_ == "NOUN" and governor.lemma_.lower() in self.lex.people_nouns - {
                "mission"
            } - self.lex.placed_people_nouns:
                return False  # "officials in Moscow" are Russia's officials, not "militants in X"
            if any(
                c.lemma_.lower() in self.lex.travel_words
                for c in governor.children
                if c.dep_ in ("acomp", "xcomp")
            ):
                return False
            return True
        return False

    # -- 2. persons ------------------------------------------------------------------------

    def _ner_persons(self, mentions: list[Mention]) -> list[Mention]:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while start < end and self._is_honorific(self.doc[start]):
                start += 1
            while start < end and not self.doc[start].text[:1].isupper():
                start += 1
            while end > start and not self.doc[end - 1].text[:1].isalpha():
                end -= 1
            if start >= end or any(i in taken for i in range(start, end)):
                continue
            name = self.surface(start, end)
            pid = self._person_by_name(start, end) or person_id(name)
            out.append(Mention(start, end, [pid], via="person", label="person", kind="ner"))
        return out

    def _elided_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "North and South Korea": the first word of a coordination is the state named by it
        and the rest of the second name ("North Korea")."""
        doc, out = self.doc, []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            k = m.start - 2
            if (
                m.label != "state"
                or m.end - m.start < 2
                or k < 0
                or self.keys[k + 1] not in ("and", "or", "&")
                or k in taken
                or not doc[k].text[:1].isupper()
            ):
                continue
            name = " ".join([self.raws[k], *self.raws[m.start + 1 : m.end]])
            sid = self.rec.gazetteer.resolve(name)
            if sid is not None and sid != m.actor_id and self.type_of(sid) == "state":
                out.append(Mention(k, k + 1, [sid], via="name", label="state", kind="name"))
                taken.add(k)
        return out

    def _titled_names(self, mentions: list[Mention]) -> list[Mention]:
        """Names the ``ner`` missed right after a title ("Ukrainian Foreign Ministry spokesperson
        Mariya Petrenko"): two to four capitalised proper nouns that are no entity of another
        kind and no title, followed by no other proper noun."""
        doc, out = self.doc, []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        i = 0
        while i < len(doc):
            title = self._title_at(i) if doc[i].pos_ in ("NOUN", "PROPN") else None
            if title is None:
                i += 1
                continue
            start = end = title[0]
            while (
                end < len(doc)
                and end - start < 4
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
                and doc[end].text.replace("-", "").isalpha()
                and end not in taken
                and self.ent_label[end] in ("", "PERSON")
                and self._title_at(end) is None
                and not self._is_honorific(doc[end])
            ):
                end += 1
            if end - start >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                name = self.surface(start, end)
                pid = self._person_by_name(start, end) or person_id(name)
                out.append(Mention(start, end, [pid], via="person", label="person", kind="ner"))
                taken.update(range(start, end))
            i = max(end, i + 1)
        return out

    def _ner_groups(self, mentions: list[Mention]) -> list[Mention]:
        """Organisations the gazetteer lacks whose name ends like an armed group's or a party's
        ("... Liberation Front", "... Brigades", "... Party"): ``group:<slug>`` actors."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for ent in self.ents:
            if ent.label_ not in ("ORG", "NORP") or len(ent) < 2:
                continue
            start, end = ent.start, ent.end
            while start < end and self.keys[start] == "the":
                start += 1
            if end - start < 2 or self.keys[end - 1].rstrip("s") not in self.lex.group_heads:
                continue
            if any(i in taken for i in range(start, end)):
                continue  # "Israel Defense Forces": a state's forces, already Israel
            if tuple(self.keys[start:end]) in self.lex.state_organs:
                continue  # "(China's) coast guard": a state's body, never a group
            name = self.surface(start, end)
            gid = "group:" + person_id(name).split(":", 1)[1]
            self.groups[gid] = Actor(id=gid, name=name, type=ActorType.GROUP)
            out.append(Mention(start, end, [gid], via="name", label="group", kind="ner"))
        return out

    def _merge_first_names(self, mentions: list[Mention]) -> None:
        """A lone first name ("(Russian President Vladimir) Putin") is the person named in full."""
        full: dict[str, set[str]] = {}
        for m in mentions:
            if m.label == "person" and m.end - m.start >= 2:
                full.setdefault(self.keys[m.start], set()).add(m.actor_id)
        for m in mentions:
            if m.kind == "ner" and m.end - m.start == 1:
                ids = full.get(self.keys[m.start], set())
                if len(ids) == 1:
                    m.ids = [next(iter(ids))]

    def _is_honorific(self, tok: Token) -> bool:
        word = tok.lower_.rstrip(".")
        return word in self.lex.honorifics or self._title_at(tok.i) is not None

    def _person_by_name(self, start: int, end: int) -> str | None:
        """The gazetteer person an NER name is, when there is exactly one: the same name without
        initials ("Donald J. Trump"), or a unique surname ("Kellogg")."""
        keys = tuple(
            k
            for k, r in zip(self.keys[start:end], self.raws[start:end], strict=True)
            if not _is_initial(r)
        )
        candidates = self.rec._person_names.get(keys, set())
        if not candidates and len(keys) == 1:
            candidates = self.rec._surnames.get(keys[0], set())
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _resolve_persons(self) -> None:
        """Read the titles around each person mention; drop persons with no affiliation."""
        for m in [m for m in self.mentions() if m.label == "person"]:
            pid = m.actor_id
            person = self.persons.get(pid)
            if person is None:
                gaz = self.rec._actor(pid)
                name = gaz.name if gaz else self.surface(m.start, m.end)
                person = _Person(pid, name, self._dated_country(pid), known=gaz is not None)
                self.persons[pid] = person
            for phrase in self._title_phrases(m):
                self._read_title(person, m, phrase)
            self._read_heads_clause(person, m)
            if self._described_as_opinion(m):
                person.opinion = True
        # persons mentioned by surname or title inherit; unaffiliated persons are not actors
        dropped: set[str] = set()
        for m in [m for m in self.mentions() if m.label == "person"]:
            person = self.persons[m.actor_id]
            if person.opinion and not person.roles:
                dropped.add(person.pid)
            elif person.country is None and not person.known:
                fallback = self._kin_affiliation(m) or self._fallback_affiliation(m, person)
                if fallback:
                    person.country = fallback
                    for relation, start, end in person.pending:
                        self._add_role(person, relation, fallback, start, end)
                else:
                    dropped.add(person.pid)
        for m in [m for m in self.mentions() if m.actor_id in dropped]:
            self._unclaim(m)
        for pid in dropped:
            del self.persons[pid]

    def _read_heads_clause(self, person: _Person, m: Mention) -> None:
        """ "X, who heads Sudan's ruling council" / "who leads the IAEA": X leads that state or
        organisation (a state only through its governing body: council, government, junta)."""
        doc, e = self.doc, m.end
        if e + 2 >= len(doc) or doc[e].text != "," or self.keys[e + 1] != "who":
            return
        verb = doc[e + 2]
        if verb.lemma_.lower() not in self.lex.heading_verbs or verb.pos_ not in ("VERB", "AUX"):
            return
        for i in range(e + 3, min(e + 12, len(doc))):
            if doc[i].text in _PHRASE_STOPS or doc[i].text == ".":
                return
            owner = self.owner[i]
            if owner is None or owner.label == "person" or owner.location:
                continue
            head = doc[owner.end - 1]
            while head.dep_ in _NP_DEPS | {"poss", "case"} and head.head is not head:
                head = head.head
            governs = head.i < owner.end or any(
                " ".join(w.lemma_.lower() for w in doc[k : head.i + 1]) in self.lex.leadership_nouns
                for k in range(max(owner.end, head.i - 1), head.i + 1)
            )
            if governs and head.head.i == verb.i:
                person.country = person.country or owner.actor_id
                self._add_role(person, "leader_of", owner.actor_id, e + 1, owner.end)
                self._consume(m, owner.start, e + 1, owner.end)
            return

    def _unclaim(self, m: Mention) -> None:
        for i in range(m.start, m.end):
            if self.owner[i] is m:
                self.owner[i] = None

    def _title_at(self, i: int) -> tuple[int, str] | None:
        """(end, title) of the longest title starting at token ``i``."""
        for keys in self.rec._title_first.get(self.tkeys[i], ()):
            if tuple(self.tkeys[i : i + len(keys)]) == keys:
                return i + len(keys), " ".join(keys)
        return None

    def _title_phrases(self, m: Mention) -> list[tuple[int, int]]:
        """Token ranges around a person's name that may hold a title."""
        doc, out = self.doc, []
        # left: "Turkish President Recep Tayyip Erdogan", "retired Lt. Gen. Keith Kellogg"
        j = self._left_compound(m.start)
        while j < m.start and doc[j].pos_ == "ADP":
            j += 1  # "spoke to [Ukrainian President] X"
        if j < m.start:
            out.append((j, m.start))
        left_titled = any(self._title_at(i) is not None for i in range(j, m.start))
        # left apposition: "the head of Ukraine's presidential office, Andrii Yermak"
        if not left_titled and j > 0 and doc[j - 1].text == ",":
            phrase = self._left_apposition(j - 1)
            if phrase is not None:
                out.append(phrase)
        # right apposition: "Mark Rutte, NATO's secretary general,"
        if m.end < len(doc) and doc[m.end].text == ",":
            phrase = self._right_apposition(m.end + 1)
            if phrase is not None:
                out.append(phrase)
        return out

    def _left_compound(self, start: int) -> int:
        """Where the words right before a name that can belong to its title begin."""
        doc, j = self.doc, start
        while j > 0 and start - j < 10:
            t = doc[j - 1]
            if t.text in _PHRASE_STOPS or t.ent_type_ in _NOT_TITLE_ENTS:
                break
            if t.text == "." and not (j > 1 and self._is_honorific(doc[j - 2])):
                break  # a sentence end, not the dot of "Lt. Gen."
            if t.text in ("-", "—", "–") and t.whitespace_:
                break  # a spaced dash ("MOSCOW (Reuters) - Russian President ...")
            if t.pos_ in _FUNCTION_POS and not (
                self._is_honorific(t)
                or t.lower_ in ("of", "for", "to")
                or t.tag_ == "POS"
                or self.owner[t.i] is not None
            ):
                break
            j -= 1
            if t.is_sent_start:
                break
        return j

    def _left_apposition(self, comma: int) -> tuple[int, int] | None:
        """The noun phrase before ", Name" when it holds a title and no other person."""
        doc, s = self.doc, comma
        has_title = False
        while s > 0 and comma - s < 14:
            t = doc[s - 1]
            if t.text in _PHRASE_STOPS or (
                t.pos_ in ("VERB", "AUX")
                and not self._is_honorific(t)
                and self.owner[s - 1] is None
            ):
                break
            if has_title and t.pos_ == "ADP" and t.lower_ != "of":
                break  # "meet with [NATO Secretary-General], Mark Rutte"
            s -= 1
            has_title = has_title or self._title_at(s) is not None
            if t.is_sent_start:
                break
        if s >= comma or not self._np_start_ok(s) or self._names_other_person(s, comma):
            return None
        return s, comma

    def _right_apposition(self, s: int) -> tuple[int, int] | None:
        """The noun phrase after "Name, " up to the next punctuation or verb."""
        doc, e = self.doc, s
        while e < len(doc) and e - s < 12:
            t = doc[e]
            if (
                t.text in _PHRASE_STOPS
                or t.text == "."
                or (
                    t.pos_ in ("VERB", "AUX")
                    and self._title_at(e) is None
                    and self.owner[e] is None
                )
            ):
                break
            e += 1
        if e <= s or not self._np_start_ok(s) or self._names_other_person(s, e):
            return None  # "Trump, Secretary of State Marco Rubio and ...": a list
        return s, e

    def _names_other_person(self, start: int, end: int) -> bool:
        """True when a person other than a possessor ("Putin's envoy") is named in the range."""
        doc, i = self.doc, start
        while i < end:
            owner = self.owner[i]
            if owner is not None and owner.label == "person":
                last = owner.end - 1
            elif owner is None and doc[i].ent_type_ == "PERSON" and self._title_at(i) is None:
                last = i
                while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                    last += 1
            else:
                i += 1
                continue
            if not self._possessive(last):
                return True
            i = last + 1
        return False

    def _possessive(self, last: int) -> bool:
        """True when the name ending at token ``last`` is a possessor ("Putin's", "Trump´s")."""
        doc = self.doc
        return self.raws[last] != doc[last].text or (
            last + 1 < len(doc) and doc[last + 1].tag_ == "POS"
        )

    def _np_start_ok(self, s: int) -> bool:
        t = self.doc[s]
        if self.owner[s] is not None:
            return True
        return (
            t.pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART", "PUNCT")
            or t.lower_ == "retired"
        )

    def _read_title(self, person: _Person, m: Mention, phrase: tuple[int, int]) -> None:
        start, end = phrase
        title_pos = None
        title = None
        i = start
        # the head title is the last one before a complement ("special envoy" in "US President
        # Donald Trump's special envoy to Ukraine"; "head" in "the head of Ukraine's office")
        while i < end:
            if (
                self.tkeys[i] in self.lex.opinion_titles
                or self.doc[i].lemma_.lower() in self.lex.opinion_titles
            ):
                person.opinion = True
            found = self._title_at(i)
            if found and found[0] <= end:
                if (
                    title is not None
                    and found[0] == end
                    and self.rec._titles.get(tuple(title.split(" "))) == "leader_of"
                    and self.rec._titles.get(tuple(found[1].split(" "))) != "leader_of"
                ):
                    break  # "junta leader General X": the rank before the name is not the office
                title_pos, title = (i, found[0]), found[1]
                i = found[0]
                continue
            if title is not None and self.keys[i] in _COMPLEMENT_PREPS:
                # "an adviser to Supreme Leader X": a title right before the name is X's own
                for k in range(i + 1, end):
                    own = self._title_at(k)
                    if own is not None and own[0] == end:
                        title_pos, title = (k, own[0]), own[1]
                        start = k
                        break
                break
            i += 1
        if title is None or title_pos is None:
            self._read_counterpart(person, m, start, end)
            return
        relation = self.rec._titles.get(tuple(title.split(" ")), "represents")
        org, org_tok, org_is_person = self._affiliation_in(start, end, title_pos)
        if any(
            self.owner[i] is not None and self.owner[i] is not m and self.owner[i].label == "person"
            for i in range(title_pos[1], end)
        ):
            # "North Korean leader Kim Jong Un's sister Kim Yo Jong": the title is the
            # possessor's; the person only shares the affiliation
            if org is not None and not org_is_person:
                person.country = person.country or org
            return
        if org is None and person.known:
            org = self._gazetteer_role_org(person.pid, title)
        if org is None:
            person.titles.append(title)
            person.pending.append((relation, start, end))
            return
        if any(self.keys[i] in self.lex.past_markers for i in range(start, title_pos[0])):
            # "former US envoy X": an affiliation, but not a role the person holds now
            person.country = person.country or org
            self._consume(m, org_tok, start, end)
            return
        direct = org_tok is None or self._direct(org_tok, title_pos, end)
        if relation == "leader_of" and (not direct or org_is_person):
            relation = "represents"
        person.titles.append(title)
        if person.country is None or not person.known:
            person.country = person.country or org
        self._add_role(person, relation, org, start, end)
        self._consume(m, org_tok, start, end)

    def _consume(self, m: Mention, org_tok: int | None, start: int, end: int) -> None:
        """The affiliation named in a title phrase is part of the person's mention, not an actor
        mention of its own ("Turkish" in "Turkish President Recep Tayyip Erdogan")."""
        if org_tok is None:
            return
        for i in range(start, end):
            owner = self.owner[i]
            if owner is not None and owner is not m and owner.start <= org_tok < owner.end:
                self.consumed.add(id(owner))
                self.register(owner.actor_id)

    def _read_counterpart(self, person: _Person, m: Mention, start: int, end: int) -> None:
        """ "his Russian counterpart, Vladimir Putin": the person acts for that state, in the
        office the gazetteer gives them on the document date (else as its representative)."""
        for i in range(start, end):
            if self.doc[i].lemma_.lower() not in self.lex.counterpart_words:
                continue
            for j in range(i - 1, start - 1, -1):
                if self.doc[j].pos_ == "ADP":
                    start = j + 1  # "frustration with [his Russian counterpart]"
                    break
            found = self._affiliation_in(start, end, (i, i + 1))
            org, org_tok = found[0], found[1]
            if org is None or found[2]:
                return
            relation = "represents"
            if person.known:
                roles = [r for r in self._gazetteer_roles(person.pid) if r.org_id == org]
                relation = roles[0].relation if roles else relation
            person.country = person.country or org
            self._add_role(person, relation, org, start, end)
            self._consume(m, org_tok, start, end)
            return

    def _gazetteer_roles(self, pid: str) -> list[Any]:
        try:
            return list(self.rec.gazetteer.roles(pid, on=self.date))
        except (AttributeError, KeyError):
            return []

    def _add_role(self, person: _Person, relation: str, org: str, start: int, end: int) -> None:
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

    def _affiliation_in(
        self, start: int, end: int, title_pos: tuple[int, int]
    ) -> tuple[str | None, int | None, bool]:
        """The state/organisation a title phrase ties its person to: the nearest actor before
        the title ("Turkish President", "Putin's envoy", "Republican Sen."), else the object of
        "of" after it ("the head of Ukraine's presidential office"). Returns (id, token, whether
        it came through a person or party)."""
        t0, t1 = title_pos
        for i in range(t0 - 1, start - 1, -1):
            found = self._affiliation_at(i)
            if found is not None:
                return self._outer_state(found, start)

        if t1 < end and self.keys[t1] in (
            "of",
            "for",
        ):  # "head of ...", "spokesman for the Pentagon"
            for i in range(t1 + 1, end):
                if self.keys[i] in _COMPLEMENT_PREPS:
                    break
                found = self._affiliation_at(i)
                if found is not None:
                    return found
        return None, None, False

    def _outer_state(
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
            or not (outer.kind == "demonym" or self._possessive(j))
        ):
            return found
        return outer.actor_id, outer.start, False

    def _affiliation_at(self, i: int) -> tuple[str, int | None, bool] | None:
        owner = self.owner[i]
        if owner is not None and owner.label != "person" and not owner.location:
            return owner.actor_id, owner.start, False
        if owner is not None and owner.label == "person":
            if self._possessive(owner.end - 1):
                country = self._person_country(owner.actor_id)
                if country:
                    return country, owner.start, True
            return None
        party = self.lex.party_affiliation.get(self.keys[i])
        if party:
            return party, None, True
        return None

    def _person_country(self, pid: str) -> str | None:
        other = self.persons.get(pid)
        if other is not None and other.country:
            return other.country
        return self._dated_country(pid)

    def _dated_country(self, pid: str) -> str | None:
        """A gazetteer person's affiliation on the document date (Stoltenberg is NATO in 2020,
        Rutte the Netherlands); without a date, or with no role on file then, the data's
        ``country`` (their latest one)."""
        gaz = self.rec._actor(pid)
        if gaz is None:
            return None
        if self.date is not None:
            dated = self.rec.gazetteer.affiliation(pid, self.date)
            if dated:
                return dated
        return gaz.country

    def _direct(self, org_tok: int, title_pos: tuple[int, int], end: int) -> bool:
        """False when a noun sits between the organisation and the title
        ("the head of Ukraine's presidential office")."""
        t0, _ = title_pos
        owner = self.owner[org_tok]
        org_end = owner.end if owner is not None else org_tok + 1
        lo, hi = (org_end, t0) if org_tok < t0 else (title_pos[1], org_tok)
        if org_tok > t0:
            # "head of Ukraine's presidential office": nouns after the organisation count
            lo, hi = org_end, end
        for i in range(lo, hi):
            tok = self.doc[i]
            if tok.pos_ == "NOUN" and self._title_at(i) is None and tok.tag_ != "POS":
                return False
        return True

    def _gazetteer_role_org(self, pid: str, title: str) -> str | None:
        try:
            roles = self.rec.gazetteer.roles(pid, on=self.date)
        except Exception:  # noqa: BLE001 - an unknown person has no roles
            return None
        for role in roles:
            if normalize_token(role.title) == title:
                return role.org_id
        return roles[0].org_id if roles else None

    def _described_as_opinion(self, m: Mention) -> bool:
        """'Dr. Sinem Cengiz is a Turkish political analyst', 'said analyst John Smith'."""
        root = self.doc[m.end - 1]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            for child in root.head.children:
                if child.dep_ == "attr" and child.lemma_.lower() in self.lex.opinion_titles:
                    return True
        return False

    def _kin_affiliation(self, m: Mention) -> str | None:
        """ "Kim Yo Jong, the sister of leader Kim Jong Un": a relative of a ruler acts for the
        ruler's state (the relative holds no office of their own)."""
        doc, e = self.doc, m.end
        if e >= len(doc) or doc[e].text != ",":
            return None
        for i in range(e + 1, min(e + 6, len(doc) - 1)):
            if doc[i].text in _PHRASE_STOPS:
                return None
            if doc[i].lemma_.lower() in self.lex.kin_nouns and self.keys[i + 1] == "of":
                for j in range(i + 2, min(i + 7, len(doc))):
                    owner = self.owner[j]
                    if owner is not None and owner.label == "person" and owner is not m:
                        other = self.persons.get(owner.actor_id)
                        if other is not None and other.country and (
                            ("leader_of", other.country) in other.roles
                            or any(
                                r.relation == "leader_of" and r.org_id == other.country
                                for r in self._gazetteer_roles(other.pid)
                            )
                        ):
                            return other.country
                        return None
                return None
        return None

    def _fallback_affiliation(self, m: Mention, person: _Person) -> str | None:
        """A titled official whose state is not named: the state of a coordinated person, or the
        document's dominant state."""
        if not person.titles:
            return None
        tok = self.doc[m.end - 1]
        for other in list(tok.conjuncts):
            owner = self.owner[other.i]
            if owner is not None and owner.label == "person" and owner.actor_id != person.pid:
                p = self.persons.get(owner.actor_id)
                if p and p.country:
                    return p.country
        # a list of officials:
        # "the US State Secretary, Marco Rubio; Defense Secretary, Pete Hegseth"
        sent_start = tok.sent.start if self.doc.has_annotation("SENT_START") else 0
        for i in range(m.start - 1, sent_start - 1, -1):
            owner = self.owner[i]
            if owner is not None and owner.label == "person" and owner.actor_id != person.pid:
                p = self.persons.get(owner.actor_id)
                if p and p.country and p.roles:
                    return p.country
        return self.dominant_state()

    def dominant_state(self) -> str | None:
        """The state the document is clearly about: named at least three times and at least
        twice as often as any other state (places and modifiers of things not counted)."""
        counts = Counter(
            mm.actor_id
            for mm in self.mentions()
            if mm.label != "person"
            and mm.kind not in ("ner", "coref")
            and not mm.location
            and len(mm.ids) == 1
            and self.type_of(mm.actor_id) == "state"
        )
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        filed = self._dateline_state()
        if filed is not None and filed == self._lead_subject_state():
            return filed  # "PORT SUDAN - Sudan on Tuesday severed ...": the story's state
        if filed is not None and counts[filed] >= 1:
            # "CARACAS -" and Venezuela named more often than any other state
            if all(n < counts[filed] for sid, n in counts.items() if sid != filed):
                return filed
        return None

    def _dateline_state(self) -> str | None:
        """The state whose place opens the text as a dateline ("KHARTOUM (Reuters) -", "PORT
        SUDAN, May 6")."""
        doc = self.doc
        for m in self.mentions():
            if m.start > 3:
                return None
            if len(m.ids) != 1 or self.type_of(m.actor_id) != "state":
                continue
            start = m.start
            while start > 0 and doc[start - 1].text.isupper() and doc[start - 1].is_alpha:
                start -= 1  # "PORT" before "SUDAN"
            if self._dateline(start, m.end):
                return m.actor_id
            upper = all(doc[i].text.isupper() for i in range(start, m.end))
            if start == 0 and upper and m.end < len(doc) and doc[m.end].text == "/":
                return m.actor_id  # "NEW DELHI/ISLAMABAD, April 24": filed from the first
        return None

    def _lead_subject_state(self) -> str | None:
        """The state that is the subject of the text's first sentence with a verb."""
        if not self.doc.has_annotation("DEP"):
            return None
        for sent in self.doc.sents:
            root = sent.root
            if root.pos_ not in ("VERB", "AUX"):
                continue
            for child in root.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    owner = self.owner[child.i]
                    if owner is not None and len(owner.ids) == 1 and owner.label == "state":
                        return owner.actor_id
            return None
        return None

    def _surname_mentions(self) -> None:
        """Later mentions of a person by surname ("Erdogan", "Putin´s")."""
        by_key: dict[str, set[str]] = {}
        for pid, person in self.persons.items():
            parts = [normalize_token(p) for p in person.name.split()]
            if len(parts) >= 2:
                by_key.setdefault(parts[-1], set()).add(pid)
        for i in range(len(self.doc)):
            if self.owner[i] is not None or not self.raws[i][:1].isupper():
                continue
            ids = by_key.get(self.keys[i])
            if not ids or len(ids) != 1:
                continue
            if (
                i > 0
                and self.doc[i - 1].pos_ == "PROPN"
                and self.owner[i - 1] is None
                and not self._is_honorific(self.doc[i - 1])
            ):
                continue  # "Ivanka Trump"
            if self._inside_person(i, i + 1):
                continue
            pid = next(iter(ids))
            if self.persons.get(pid) and self.persons[pid].opinion:
                continue
            self._claim(Mention(i, i + 1, [pid], via="person", label="person", kind="surname"))

    # -- title references ("the US president", "the NATO chief") -----------------------------

    def _title_references(self) -> None:
        doc = self.doc
        i = 0
        while i < len(doc):
            found = self._title_at(i) if self.owner[i] is None else None
            head_word = self.keys[i] in self.lex.leader_heads and self.owner[i] is None
            if not found and not head_word:
                i += 1
                continue
            end, title = found if found else (i + 1, self.keys[i])
            if end < len(doc) and (
                doc[end].ent_type_ == "PERSON"
                or self.owner[end] is not None
                and self.owner[end].label == "person"
            ):
                i = end
                continue
            if (
                end < len(doc)
                and doc[end].text == ","
                and end + 1 < len(doc)
                and doc[end + 1].ent_type_ == "PERSON"
            ):
                i = end
                continue
            of_org = self._of_actor(end)
            if of_org is not None:  # "the President of Russia"
                start = i if i > 0 and self.keys[i - 1] == "the" else None
                org, end_ref = of_org.actor_id, of_org.end
            elif end < len(doc) and (doc[end].lower_ == "of" or doc[end].text in ("-", "‑")):
                i = end  # "the head of the office", "General-Secretary": not a reference
                continue
            else:
                start, org = self._reference_affiliation(i)
                end_ref = end
            if start is None:
                i = end
                continue
            pid = self._holder(title, org, i)
            if pid is not None:
                for j in range(start, end_ref):
                    if j >= i and j < end:
                        continue
                    if self.owner[j] is not None:
                        self.register(self.owner[j].actor_id)
                        self._unclaim(self.owner[j])
                if not self.persons.get(pid):
                    gaz = self.rec._actor(pid)
                    if gaz is not None:
                        self.persons[pid] = _Person(
                            pid, gaz.name, self._dated_country(pid), known=True
                        )
                self._claim(
                    Mention(start, end_ref, [pid], via="title", label="person", kind="title")
                )
            i = end_ref

    def _of_actor(self, end: int) -> Mention | None:
        """The state or organisation in "<title> of <State>" when the phrase ends there."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        owner = self.owner[end + 1]
        if owner is None or owner.label == "person" or owner.start != end + 1:
            return None
        if id(owner) in self.consumed:
            return None  # already part of a named person's title
        after = doc[owner.end] if owner.end < len(doc) else None
        if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")):
            return None  # "the head of Ukraine's presidential office"
        return owner

    def _reference_affiliation(self, i: int) -> tuple[int | None, str | None]:
        """'the [US|Russian|NATO] <title>': the first token of the reference and the org, if any."""
        j = i
        org = None
        while j > 0:
            prev = self.doc[j - 1]
            owner = self.owner[j - 1]
            if owner is not None and owner.label != "person" and org is None:
                org = owner.actor_id
                j = owner.start
                continue
            if prev.pos_ == "ADJ" and prev.lower_ in (
                "top",
                "new",
                "current",
                "then",
                "outgoing",
                "incoming",
            ):
                j -= 1
                continue
            break
        if j > 0 and self.doc[j - 1].lower_ in ("the",):
            return j, org
        if j > 0 and self.doc[j - 1].tag_ == "PRP$":
            return None, None
        return (j, org) if org is not None else (None, None)

    def _holder(self, title: str, org: str | None, pos: int) -> str | None:
        """Who holds ``title`` (of ``org``): a person titled so earlier in the text, else the
        gazetteer's holder on the document date."""
        best = None
        for m in self.mentions():
            if m.label != "person" or m.start >= pos:
                continue
            p = self.persons.get(m.actor_id)
            if p is None or p.opinion:
                continue
            titled = any(t == title or t.endswith(" " + title) for t in p.titles)
            if org is None:
                ok = titled
            elif title in self.lex.leader_heads:  # "the Russian leader": whoever leads Russia
                ok = ("leader_of", org) in p.roles
            else:  # "the Iranian foreign minister": that title, for that state
                ok = titled and (org == p.country or any(o == org for _, o in p.roles))
            if ok:
                best = p.pid
        if best or org is None:
            return best
        titles = list(self.lex.leader_titles_order) if title in self.lex.leader_heads else [title]
        for t in titles:
            try:
                pid = self.rec.gazetteer.office_holder(org, t, self.date)
            except Exception:  # noqa: BLE001 - no holder on file
                pid = None
            if pid:
                return pid
        return None


@Language.factory(
    "geokg_actors",
    default_config={"extra_actors": []},
    assigns=["doc.spans", "doc._.geokg_actors", "doc._.geokg_roles"],
)
def make_actor_recognizer(nlp: Language, name: str, extra_actors: list[str]) -> ActorRecognizer:
    """spaCy factory of ``geokg_actors``; ``extra_actors`` are user gazetteer files."""
    return ActorRecognizer(nlp, name, extra_actors=extra_actors)
