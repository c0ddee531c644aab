"""The state one relation pass shares: a document's mentions, arguments and trigger hits.

:class:`Context` holds what ``geokg_actors`` found in one Doc (actor mentions, places, actors) and
what the pass has used up; :class:`Arg` is one argument found for a trigger, with the strength of
the way it was reached; :class:`Hit` is a trigger whose frame found arguments (what constructions
build on).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.tokens.underscore import Underscore

from .. import _ext  # noqa: F401  (registers the Doc/Span extensions)
from ..lexicon import Entry
from ..models import Actor, ActorType, Document, Evidence, Relation
from ..timex import event_time_at, time_entities, time_spans
from .memo import read_once

__all__ = [
    "DIRECT",
    "LIFTED",
    "OWNER",
    "Arg",
    "Context",
    "Hit",
    "Pair",
    "span_ids",
    "mention_record",
    "distinct",
    "mutual",
]

#: confidence factor per role strength class
DIRECT, LIFTED, OWNER = 1.0, 0.85, 0.7


@dataclass(frozen=True)
class Arg:
    """One argument: the actor id, the token it was found at, its mention span and strength."""

    actor: str
    token: Token
    span: Span | None
    strength: float


@dataclass
class Context:
    """One document's actor mentions (token index -> span), places, actors and metadata."""

    doc: Doc
    mentions: dict[int, Span]
    places: dict[int, Span]
    actors: dict[str, Actor]
    meta: Document | None
    consumed: set[int] = field(default_factory=set)
    #: id(span) -> (span, the ids it stands for, its ``geokg_via``): see :meth:`_mention`
    span_ids_seen: dict[int, tuple[Span, list[str], str | None]] = field(default_factory=dict)
    #: stated hostile events read so far: (trigger index, relation, the agents' args)
    events: list[tuple[int, Relation, list[Arg]]] = field(default_factory=list)
    #: stated agreements and talks read so far: (trigger index, relation, their parties' args)
    accords: list[tuple[int, Relation, list[Arg]]] = field(default_factory=list)
    #: (start, end) of a sentence -> the ``LOWER`` ids of its tokens (:meth:`sentence_holds`)
    sentence_words: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)
    #: (start, end) of a sentence -> its time expressions (:func:`~geokg.timex.time_spans`)
    times_seen: dict[tuple[int, int], list[Span]] = field(default_factory=dict)
    #: (start, end) of a sentence -> its text (:meth:`sentence_text`)
    texts_seen: dict[tuple[int, int], str] = field(default_factory=dict)

    def sentence_text(self, sent: Span) -> str:
        """``sent.text``, read once per sentence (only the sentences that give evidence are
        read, not the whole document's text)."""
        key = (sent.start, sent.end)
        text = self.texts_seen.get(key)
        if text is None:
            text = self.texts_seen[key] = sent.text
        return text

    @read_once
    def doc_id(self) -> str:
        """The document's id for the evidence (``meta.doc_id``, a hash of the whole text when
        the document has no id of its own), read once per document, not once per triple."""
        return self.meta.doc_id if self.meta is not None else "doc"

    @read_once
    def time_entities(self) -> list[Span]:
        """The document's time entities (:func:`~geokg.timex.time_entities`), read once."""
        return time_entities(self.doc)

    @read_once
    def sentences(self) -> tuple[list[Span], list[int]] | None:
        """The document's sentences and their first token indices, or None when ``Token.sent``
        would not read them from the sentence starts (no parse or sentence starts, or a
        user hook that finds sentences its own way)."""
        doc = self.doc
        if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
            return None
        if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
            return None
        sents = list(doc.sents)
        return sents, [s.start for s in sents]

    def sentence(self, item: Token | Span) -> Span:
        """``item.sent``: the sentence holding a token or a span's first token, found by
        bisection in :attr:`sentences` instead of walking the sentence starts on every call."""
        known = self.sentences
        if known is None:
            return item.sent
        sents, starts = known
        return sents[bisect_right(starts, item.start if isinstance(item, Span) else item.i) - 1]

    def sentence_start(self, tok: Token) -> int | None:
        """The first token index of ``tok``'s sentence; None in an unparsed Doc (what
        :func:`geokg.confidence.arg_path` compares)."""
        known = self.sentences
        if known is None:
            doc = tok.doc
            if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
                return None
            return tok.sent.start
        starts = known[1]
        return starts[bisect_right(starts, tok.i) - 1]

    @read_once
    def _lowers(self) -> list[int]:
        """Each token's lowercase form (its ``LOWER`` id), read from the Doc's array."""
        return self.doc.to_array(LOWER).tolist()

    def sentence_holds(self, sent: Span, words: frozenset[str]) -> bool:
        """Whether a token of ``sent`` has one of ``words`` as its lowercase form: a test a
        construction makes before walking the parse for a word it cannot do without (a
        sentence's words are read once, from the Doc's arrays)."""
        key = (sent.start, sent.end)
        have = self.sentence_words.get(key)
        if have is None:
            have = self.sentence_words[key] = frozenset(self._lowers[sent.start : sent.end])
        return not have.isdisjoint(_string_ids(words))

    def _mention(self, span: Span) -> tuple[Span, list[str], str | None]:
        """A mention's record, read once per span: the span (kept, so its id stays its own),
        :func:`span_ids` and ``span._.geokg_via``."""
        hit = self.span_ids_seen.get(id(span))
        if hit is None or hit[0] is not span:
            hit = self.span_ids_seen[id(span)] = mention_record(span, span._)
        return hit

    def span_ids(self, span: Span) -> list[str]:
        """:func:`span_ids` of a mention, read once per span (do not change the list)."""
        return self._mention(span)[1]

    def span_via(self, span: Span) -> str | None:
        """How a mention was recognised (``span._.geokg_via``), read once per span."""
        return self._mention(span)[2]

    def note_event(self, tok: Token, relation: Relation, agents: list[Arg]) -> None:
        """Remember a stated event at ``tok`` for later anaphora ("... condemned the attack")."""
        self.events.append((tok.i, relation, agents))

    def note_accord(self, tok: Token, relation: Relation, parties: list[Arg]) -> None:
        """Remember a stated agreement or talks at ``tok`` for a later "the agreement"."""
        if len(parties) >= 2:
            self.accords.append((tok.i, relation, parties))

    def span_args(self, span: Span, tok: Token, strength: float) -> list[Arg]:
        """One Arg per actor the mention ``span`` stands for (:meth:`span_ids`)."""
        return [Arg(a, tok, span, strength) for a in self.span_ids(span)]

    def actor(self, actor_id: str, span: Span | None) -> Actor:
        """The actor ``actor_id`` (made from its mention and remembered when not known yet)."""
        actor = self.actors.get(actor_id)
        if actor is None:
            try:
                kind = ActorType(span.label_) if span is not None else ActorType.ORGANISATION
            except ValueError:
                kind = ActorType.ORGANISATION
            actor = Actor(id=actor_id, name=span.text if span is not None else actor_id, type=kind)
            self.actors[actor_id] = actor
        return actor

    def evidence(
        self, sent: Span, trigger: str | None, start: int | None, token: Token | None = None
    ) -> Evidence:
        """The evidence of a triple found in ``sent`` at ``trigger`` (character ``start``;
        ``token``: the token that starts there, when the caller has it)."""
        meta = self.meta
        # a sentence ending a paragraph owns the blank line after it: not part of the evidence
        text = self.sentence_text(sent)
        sentence = text.rstrip()
        times = self.times_seen.get((sent.start, sent.end))
        if times is None:
            times = self.times_seen[(sent.start, sent.end)] = time_spans(
                sent, text, self.time_entities
            )
        when = event_time_at(sent, start, meta.date if meta else None, times, token)
        return Evidence(
            doc_id=self.doc_id,
            sentence=sentence,
            start=sent.start_char,
            end=sent.start_char + len(sentence),
            date=meta.date if meta else None,
            event_date=when.date if when else None,
            event_precision=when.precision if when else None,
            outlet=meta.outlet if meta else None,
            url=meta.url if meta else None,
            title=meta.title if meta else None,
            trigger=trigger,
            trigger_start=start,
        )


def span_ids(span: Span) -> list[str]:
    """The actor ids a mention stands for, each once, in order: a group reference resolved by
    coref ("the juntas", "each country", "they" after a list) stands for every member of its set."""
    return _ids(span._)


@lru_cache(maxsize=256)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``words`` (what ``Token.lower`` holds for each)."""
    return frozenset(get_string_id(w) for w in words)


def mention_record(
    span: Span,
    ext: Underscore | None,
    actor: str | None = None,
    via: str | None = None,
) -> tuple[Span, list[str], str | None]:
    """What :class:`Context` remembers of a mention: the span, :func:`span_ids` and
    ``geokg_via``, read from its extension attributes ``ext`` (``span._``). A caller that has
    read ``geokg_actor`` and ``geokg_via`` already passes them with ``ext=None`` (``span._`` is
    then read only for the members of a coref group)."""
    if ext is None:
        return span, _ids_of(span._ if via == "coref" else None, via, actor), via
    via = ext.geokg_via
    return span, _ids_of(ext, via, ext.geokg_actor if actor is None else actor), via


def _ids(ext: Underscore) -> list[str]:
    """:func:`span_ids` from a mention's extension attributes (``span._``)."""
    return _ids_of(ext, ext.geokg_via, ext.geokg_actor)


def _ids_of(ext: Underscore | None, via: str | None, actor: str | None) -> list[str]:
    """:func:`span_ids` from a mention's ``geokg_via`` and ``geokg_actor`` (and, for a
    reference resolved by coref, its ``geokg_actors``, read from ``ext``)."""
    ids = list(ext.geokg_actors or []) if via == "coref" and ext is not None else []
    return list(dict.fromkeys(ids or [actor]))


#: (source, target, shape): shape is "directed" or "mutual"
Pair = tuple[Arg, Arg, str]


@dataclass(frozen=True)
class Hit:
    """A trigger whose frame found arguments: the entry, its token, sentence and argument pairs."""

    entry: Entry
    tok: Token
    sent: Span
    ctx: Context
    pairs: list[Pair]

    @property
    def directed(self) -> list[Pair]:
        """The pairs with a source and a target (not the unordered ones of a mutual frame)."""
        return [p for p in self.pairs if p[2] == "directed"]


def distinct(args: list[Arg]) -> list[Arg]:
    """Each actor once, at its strongest argument (first-seen order)."""
    out: dict[str, Arg] = {}
    for a in args:
        if a.actor not in out or out[a.actor].strength < a.strength:
            out[a.actor] = a
    return list(out.values())


def mutual(args: list[Arg]) -> list[Pair]:
    """Every unordered pair of the actors, ordered by id (a mutual frame: "A and B met")."""
    ordered = sorted(args, key=lambda a: a.actor)
    return [(a, b, "mutual") for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def facing(ones: list[Arg], others: list[Arg]) -> list[Pair]:
    """Each actor of ``ones`` with each other actor of ``others``, as mutual pairs ordered by id
    ("X's ties with Y and Z": X-Y and X-Z, not Y-Z)."""
    return [
        (a, b, "mutual") if a.actor < b.actor else (b, a, "mutual")
        for a in ones
        for b in others
        if a.actor != b.actor
    ]
