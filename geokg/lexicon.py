"""The relation lexicon: trigger words, argument frames and multi-word phrases, validated on load.

Three JSON data files under ``data/relations/`` drive relation extraction:

- ``lexicon.json``: ``word_lists`` (named lemma lists, referenced as ``"@name"``), ``frames``
  (where a trigger's source and target are found, as ordered lists of *roles*), ``entries``
  (lemmas of one part of speech that signal one relation through one frame) and
  ``target_owner_lift`` (relations whose target may be the owner of a thing: "attacked Ukrainian
  cities" -> UKR).
- ``patterns.json``: multi-word ``phrases`` as spaCy ``Matcher`` token patterns, each anchoring
  a frame.
- ``modality.json``: negation, modality and attribution cues (read by :mod:`geokg.modality`).

Roles (how an argument is reached from the trigger token):

========================  ==========================================================================
``subj``                  subject of a verb (inherited through xcomp/conj/relcl; agent when passive)
``obj``                   direct object (the passive subject when passive)
``dative``                indirect object ("sent Ukraine missiles")
``prep:<p>``              object of preposition ``p`` on the trigger (or on its light verb)
``ccomp_subj``            subject of the clausal complement ("demanded that Russia withdraw")
``complement_target``     object of the embedded action ("threatened to ban flights from Iran")
``warned_subj``           who a warning of consequences is about ("warned Moscow would pay a price")
``speaker``               who reports the trigger's clause ("Armenia said Baku violated the truce")
``poss``                  possessor ("Turkiye's acquisition")
``mod``/``agent_mod``     actor modifiers of a noun ("NATO member", "Russian strikes")
``gov_subj``              subject of the verb governing a noun trigger ("Turkiye offered support")
``appos_head``            the noun an apposition describes ("Turkiye, a close ally of ...")
``cop_subj``              subject of a copula ("X is an ally of Y", "X is disappointed with Y")
``compound_head``         the noun a compound trigger modifies ("NATO member Turkiye")
``as_head``               "X is seen as an ally"
``pair``                  both arguments at once: "between X and Y", "X-Y tensions"
``purpose_target``        what a purpose clause counters ("deployed troops to counter threats from
                          Y", ``counter_verbs``): its object, or the actor named after of/from/by
========================  ==========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from .errors import DataError
from .models import ActorType, Relation
from .resources import data_path, load_json

__all__ = [
    "ROLES",
    "POS_CLASSES",
    "Frame",
    "Entry",
    "Phrase",
    "Lexicon",
    "load_lexicon",
    "default_lexicon",
]

#: argument roles a frame may list (see the module docstring)
ROLES = frozenset(
    {
        "subj",
        "obj",
        "dative",
        "ccomp_subj",
        "complement_target",
        "warned_subj",
        "speaker",
        "poss",
        "mod",
        "agent_mod",
        "gov_subj",
        "appos_head",
        "cop_subj",
        "compound_head",
        "as_head",
        "pair",
        "purpose_target",
    }
)
#: parts of speech an entry may have
POS_CLASSES = frozenset({"VERB", "NOUN", "ADJ"})


@dataclass(frozen=True)
class Frame:
    """Where the source and target of a trigger are found, as ordered role lists."""

    name: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    mutual: bool = False


@dataclass(frozen=True)
class Entry:
    """Lemmas of one part of speech that signal ``relation`` through ``frame``."""

    relation: Relation
    pos: str
    lemmas: frozenset[str]
    frame: Frame
    particle: str | None = None
    objects: frozenset[str] | None = None
    governors: frozenset[str] | None = None
    preps: tuple[str, ...] = ()
    target_types: frozenset[ActorType] | None = None
    mutual: bool = False
    places: bool = False
    complement_aux: frozenset[str] | None = None
    weight: float = 0.8
    origin: str = ""

    @property
    def specificity(self) -> int:
        """Entries with more constraints are tried first."""
        return (
            (self.particle is not None)
            + (self.objects is not None)
            + (self.governors is not None)
            + (self.complement_aux is not None)
        )

    @cached_property
    def target_roles(self) -> tuple[str, ...]:
        """The frame's target roles followed by the entry's prepositions."""
        extra = tuple(f"prep:{p}" for p in self.preps if f"prep:{p}" not in self.frame.target)
        return self.frame.target + extra


@dataclass(frozen=True)
class Phrase:
    """A multi-word trigger: a Matcher pattern whose ``trigger`` token anchors ``entry``."""

    id: str
    entry: Entry
    trigger: int
    pattern: list[dict[str, Any]]


@dataclass
class Lexicon:
    """The loaded, validated lexicon: entries indexed by (pos, lemma), phrases, word lists."""

    word_lists: dict[str, frozenset[str]]
    frames: dict[str, Frame]
    entries: list[Entry]
    phrases: list[Phrase] = field(default_factory=list)
    owner_lift: frozenset[Relation] = frozenset()
    index: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for lemma in entry.lemmas:
                self.index.setdefault((entry.pos, lemma), []).append(entry)
        for found in self.index.values():
            found.sort(key=lambda e: -e.specificity)  # stable: file order within a level

    def lookup(self, pos: str, lemma: str) -> list[Entry]:
        """Entries for a lemma of a part of speech, most constrained first."""
        return self.index.get((pos, lemma), [])

    def words(self, name: str) -> frozenset[str]:
        """A named word list (empty when absent)."""
        return self.word_lists.get(name, frozenset())

    def matcher(self, vocab: Vocab) -> Matcher:
        """A spaCy Matcher holding the phrase patterns, keyed by phrase id."""
        matcher = Matcher(vocab)
        for phrase in self.phrases:
            matcher.add(phrase.id, [phrase.pattern])
        return matcher


def _fail(path: Path, where: str, problem: str) -> DataError:
    return DataError(f"{path}: {where}: {problem}; fix the entry or restore the file")


def _words(raw: Any, lists: dict[str, frozenset[str]], path: Path, where: str) -> frozenset[str]:
    if isinstance(raw, str) and raw.startswith("@"):
        if raw[1:] not in lists:
            raise _fail(path, where, f"unknown word list {raw!r}")
        return lists[raw[1:]]
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise _fail(path, where, "expected a non-empty list of words or '@list'")
    return frozenset(w.lower() for w in raw)


def _frame(name: str, raw: Any, path: Path) -> Frame:
    where = f"frame {name!r}"
    if not isinstance(raw, dict):
        raise _fail(path, where, "must be an object with 'source' and 'target' role lists")
    roles: dict[str, tuple[str, ...]] = {}
    for side in ("source", "target"):
        value = raw.get(side)
        if not isinstance(value, list):
            raise _fail(path, where, f"'{side}' must be a list of roles")
        for role in value:
            if not isinstance(role, str) or not (role in ROLES or role.startswith("prep:")):
                raise _fail(
                    path, where, f"unknown role {role!r} (known: {sorted(ROLES)}, prep:<p>)"
                )
        roles[side] = tuple(value)
    return Frame(name, roles["source"], roles["target"], bool(raw.get("mutual", False)))


def _entry(
    raw: Any, where: str, path: Path, frames: dict[str, Frame], lists: dict[str, frozenset[str]]
) -> Entry:
    if not isinstance(raw, dict):
        raise _fail(path, where, "must be an object")
    try:
        relation = Relation(raw.get("relation"))
    except ValueError:
        raise _fail(path, where, f"unknown relation {raw.get('relation')!r}") from None
    pos = raw.get("pos", "VERB")
    if pos not in POS_CLASSES:
        raise _fail(path, where, f"pos must be one of {sorted(POS_CLASSES)}, not {pos!r}")
    frame = frames.get(raw.get("frame"))
    if frame is None:
        raise _fail(path, where, f"unknown frame {raw.get('frame')!r} (known: {sorted(frames)})")
    weight = raw.get("weight", 0.8)
    if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
        raise _fail(path, where, "weight must be a number in (0, 1]")
    preps = raw.get("preps", [])
    if not isinstance(preps, list) or not all(isinstance(p, str) and p for p in preps):
        raise _fail(path, where, "preps must be a list of prepositions")
    types = raw.get("target_types")
    try:
        target_types = frozenset(ActorType(t) for t in types) if types is not None else None
    except (TypeError, ValueError):
        raise _fail(path, where, f"bad target_types {types!r}") from None
    particle = raw.get("particle")
    if particle is not None and not (isinstance(particle, str) and particle):
        raise _fail(path, where, "particle must be a word")
    return Entry(
        relation=relation,
        pos=pos,
        lemmas=_words(raw.get("lemmas"), lists, path, where + " lemmas"),
        frame=frame,
        particle=particle,
        objects=_words(raw["object"], lists, path, where + " object") if "object" in raw else None,
        governors=(
            _words(raw["governor"], lists, path, where + " governor") if "governor" in raw else None
        ),
        preps=tuple(p.lower() for p in preps),
        target_types=target_types,
        mutual=bool(raw.get("mutual", frame.mutual)),
        places=bool(raw.get("places", False)),
        complement_aux=(
            _words(raw["complement_aux"], lists, path, where + " complement_aux")
            if "complement_aux" in raw
            else None
        ),
        weight=float(weight),
        origin=f"{path.name} {where}",
    )


def _phrase(raw: Any, where: str, path: Path, frames: dict[str, Frame], vocab: Vocab) -> Phrase:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise _fail(path, where, "must be an object with an 'id'")
    where = f"{where} ({raw['id']!r})"
    pattern = raw.get("pattern")
    trigger = raw.get("trigger", 0)
    if not isinstance(pattern, list) or not pattern:
        raise _fail(path, where, "'pattern' must be a non-empty list of token patterns")
    if not isinstance(trigger, int) or not 0 <= trigger < len(pattern):
        raise _fail(path, where, "'trigger' must index a token of the pattern")
    try:
        Matcher(vocab, validate=True).add(raw["id"], [pattern])
    except (ValueError, TypeError, KeyError) as exc:
        raise _fail(path, where, f"invalid Matcher pattern: {exc}") from None
    entry = _entry({**raw, "lemmas": [raw["id"]], "pos": "VERB"}, where, path, frames, {})
    return Phrase(raw["id"], entry, trigger, pattern)


def load_lexicon(lexicon: str | Path | None = None, patterns: str | Path | None = None) -> Lexicon:
    """Load and validate the lexicon and phrase patterns (default: the bundled files).

    Raises :class:`~geokg.errors.DataError` naming the file and entry when anything is invalid.
    """
    lex_path = Path(lexicon) if lexicon else data_path("relations", "lexicon.json")
    pat_path = Path(patterns) if patterns else data_path("relations", "patterns.json")
    raw = load_json(lex_path)
    if not isinstance(raw, dict):
        raise _fail(lex_path, "top level", "must be an object")
    lists_raw = raw.get("word_lists", {})
    if not isinstance(lists_raw, dict):
        raise _fail(lex_path, "word_lists", "must be an object of name -> list of words")
    lists = {n: _words(v, {}, lex_path, f"word list {n!r}") for n, v in lists_raw.items()}
    frames_raw = raw.get("frames")
    if not isinstance(frames_raw, dict) or not frames_raw:
        raise _fail(lex_path, "frames", "must be a non-empty object")
    frames = {name: _frame(name, value, lex_path) for name, value in frames_raw.items()}
    entries_raw = raw.get("entries")
    if not isinstance(entries_raw, list):
        raise _fail(lex_path, "entries", "must be a list")
    entries = [
        _entry(
            e,
            f"entry {i} ({e.get('relation') if isinstance(e, dict) else e!r})",
            lex_path,
            frames,
            lists,
        )
        for i, e in enumerate(entries_raw)
    ]
    praw = load_json(pat_path)
    phrases_raw = praw.get("phrases") if isinstance(praw, dict) else None
    if not isinstance(phrases_raw, list):
        raise _fail(pat_path, "top level", "must be an object with a 'phrases' list")
    vocab = Vocab()
    phrases = [
        _phrase(p, f"phrase {i}", pat_path, frames, vocab) for i, p in enumerate(phrases_raw)
    ]
    ids = [p.id for p in phrases]
    if len(ids) != len(set(ids)):
        raise _fail(pat_path, "phrases", "phrase ids must be unique")
    lift_raw = raw.get("target_owner_lift", [])
    try:
        owner_lift = frozenset(Relation(r) for r in lift_raw)
    except (TypeError, ValueError):
        raise _fail(lex_path, "target_owner_lift", "must list relation words") from None
    return Lexicon(lists, frames, entries, phrases, owner_lift)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once."""
    return load_lexicon()
