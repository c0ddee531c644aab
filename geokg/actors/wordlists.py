"""The actor wing's word lists (``data/actors/recognizer.json``, ``state_classes.json``) and the
token normalisation every stage shares."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..errors import DataError
from ..resources import data_path, load_json_object, string_list

__all__ = [
    "CLAUSE_POS",
    "NP_DEPS",
    "PHRASE_STOPS",
    "Lexicon",
    "by_first_two",
    "is_initial",
    "load_state_classes",
    "normalize_token",
    "person_id",
    "strip_possessive",
]

#: parts of speech that begin a clause rather than continue a noun phrase
CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
#: labels climbed from a mention to the noun phrase it belongs to
NP_DEPS = frozenset({"compound", "appos", "conj", "nmod", "amod", "flat"})
#: punctuation that ends a title phrase
PHRASE_STOPS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "'", "‘", "’", "—", "–", "|"})
_POSSESSIVE_SUFFIX = re.compile(r"(?:['’´`]s|s['’´])$", re.IGNORECASE)
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


def is_initial(text: str) -> bool:
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
    #: words that put a titled person against the state the title names ("rebel commander",
    #: "opposition leader") -> the side they are on ("rebels", "opposition")
    opposition_markers: dict[str, str] = field(default_factory=dict)
    #: peoples of one descent or faith ("serbs", "kurds", "shiites"): after a state's demonym
    #: or name they are a community of that state ("Bosnian Serbs", "Iraqi Kurds"; see
    #: :func:`geokg.actors.agents.community_mentions`)
    community_nouns: frozenset[str] = frozenset()
    #: "the al-Qaida-linked militants": participles after a hyphen that make the group named
    #: before them a mere modifier of another group
    group_link_words: frozenset[str] = frozenset()
    #: "pro-Russian separatists": words before a hyphen that make the name after them a stance,
    #: not the owner of what follows
    stance_prefixes: frozenset[str] = frozenset()
    #: bare plurals ("attackers", "militants") that may stand for the one group in focus
    bare_group_nouns: frozenset[str] = frozenset()
    #: nouns of a collective reference that stand only for a set of one actor type ("both
    #: organizations": organisations) -> that type
    plural_kind_nouns: dict[str, str] = field(default_factory=dict)
    #: nouns of a collective reference that two persons may stand for when no other set is
    #: named ("Kiir and Machar signed ... the two sides")
    plural_person_side_nouns: frozenset[str] = frozenset()
    #: people and offices a state posts abroad ("embassy", "diplomat"): "diplomats in Moscow"
    #: are not Russia's (see :func:`geokg.actors.agents.agent_mentions`)
    posted_people_nouns: frozenset[str] = frozenset()
    #: words before a demonym that make it a descent, not a state ("ethnic Albanians")
    descent_words: frozenset[str] = frozenset()
    #: one-word titles that are also common given names ("Amir", "Sultan"): such a word before
    #: a name is the person's first name when another title describes the person ("spokesman
    #: Amir Mensah", "Amir Karimov, the Israeli spokesman"), since titles do not stack
    given_name_titles: frozenset[str] = frozenset()
    #: words after a state's name and "'s" that only a state has ("Georgia's president"): such
    #: a mention is the state though a trap elsewhere made the name something else
    state_sense_words: frozenset[str] = frozenset()

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

    @cached_property
    def singular_references_by_start(
        self,
    ) -> dict[tuple[str, str | None], tuple[tuple[tuple[str, ...], str], ...]]:
        """``singular_references`` by their first two words, in the original order: (first,
        second) -> the phrases that start so and the one-word phrases of that first word;
        (first, None) -> the one-word phrases only (for any other next word)."""
        groups = by_first_two(self.singular_references, lambda ref: ref[0])
        return {start: tuple(refs) for start, refs in groups.items()}

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Load and validate the recogniser's word lists (default: the bundled file)."""
        path = path or data_path("actors", "recognizer.json")
        raw = load_json_object(path)

        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in string_list(raw.get(key), path, repr(key)))

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
        def listed(key: str) -> frozenset[str]:
            """The ``words`` of an object entry ({"_comment": ..., "words": [...]})."""
            entry = raw.get(key)
            value = entry.get("words") if isinstance(entry, dict) else None
            return frozenset(w.lower() for w in string_list(value, path, f"{key}['words']"))

        people_nouns = words("people_nouns")
        refs = raw.get("plural_references")
        if not isinstance(refs, dict) or not isinstance(refs.get("counts"), dict):
            raise DataError(
                f"{path}: 'plural_references' must be an object with 'openers', 'counts' "
                "(word -> number), 'nouns', 'person_nouns' and 'not_after'; fix the file"
            )

        def ref_words(key: str) -> frozenset[str]:
            value = string_list(refs.get(key), path, f"plural_references[{key!r}]")
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
            opposition_markers={
                k.lower(): str(v)
                for k, v in raw.get("opposition_markers", {}).items()
                if not k.startswith("_")
            },
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
            plural_person_side_nouns=frozenset(
                w.lower()
                for w in string_list(
                    refs.get("person_side_nouns", []),
                    path,
                    "plural_references['person_side_nouns']",
                )
            ),
            plural_kind_nouns={
                str(k).lower(): str(v) for k, v in refs.get("kind_nouns", {}).items()
            },
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
            community_nouns=words("community_nouns"),
            posted_people_nouns=words("posted_people_nouns"),
            descent_words=words("descent_words"),
            given_name_titles=words("given_name_titles"),
            state_sets={
                tuple(normalize_token(w) for w in _PHRASE_WORDS.findall(k)): tuple(v)
                for k, v in sorted(raw.get("state_sets", {}).items(), key=lambda kv: -len(kv[0]))
                if not k.startswith("_")
            },
            neighbour_nouns=words("neighbour_nouns"),
            ally_nouns=words("ally_nouns"),
            state_traps=traps,
            group_link_words=listed("group_link_words"),
            stance_prefixes=listed("stance_prefixes"),
            bare_group_nouns=listed("bare_group_nouns"),
            state_sense_words=listed("state_sense_words"),
            **load_state_classes(data_path("actors", "state_classes.json")),
        )


_PHRASE_WORDS = re.compile(r"\w+|[^\w\s]")


def load_state_classes(path: Path) -> dict[str, Any]:
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


T = TypeVar("T")


def by_first_two(
    phrases: Iterable[T], words: Callable[[T], Sequence[str]]
) -> dict[tuple[str, str | None], list[T]]:
    """``phrases`` (each ``words(phrase)`` long, one word or more) by their first two words, in
    their order: (first, second) -> the phrases that start so and the one-word phrases of that
    first word; (first, None) -> the one-word phrases only (for any other next word). So the
    phrases that may start at a word are found by the word and the one after it."""
    groups: dict[str, list[T]] = {}
    for phrase in phrases:
        groups.setdefault(words(phrase)[0], []).append(phrase)
    out: dict[tuple[str, str | None], list[T]] = {}
    for first, group in groups.items():
        seconds = dict.fromkeys(words(p)[1] for p in group if len(words(p)) > 1)
        for second in [*seconds, None]:
            out[first, second] = [p for p in group if len(words(p)) == 1 or words(p)[1] == second]
    return out


def starting_at(
    index: dict[tuple[str, str | None], Any], keys: Sequence[str], i: int, none: Any = ()
) -> Any:
    """The phrases of a :func:`by_first_two` index that may start at ``keys[i]`` (``none`` if
    no phrase starts with that word)."""
    second = keys[i + 1] if i + 1 < len(keys) else None
    found = index.get((keys[i], second))
    return found if found is not None else index.get((keys[i], None), none)
