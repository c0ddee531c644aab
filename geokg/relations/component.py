"""The ``geokg_relations`` component: actor mentions + dependency parse -> triples.

For every sentence that mentions two or more actors, each token whose lemma is a relation trigger
(``data/relations/lexicon.json``; multi-word phrases from ``patterns.json``) is tried against its
frame: the frame's *roles* (:mod:`.roles`) are followed in order through the parse to find the
source and the target (:mod:`.arguments`, :mod:`.resolve`), triples are made with their modality
and confidence (:mod:`.emit`), and the :mod:`.constructions` add what the syntax around the trigger
implies. Role facts found by ``geokg_actors`` (``doc._.geokg_roles``) become ``leader_of`` /
``represents`` triples.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import _ext  # noqa: F401  (registers the Doc/Span extensions)
from .._ext import ACTOR_SPANS, span_values
from ..lexicon import Entry
from ..models import Relation, Triple
from ..parse_index import indexed
from .arguments import ArgumentFinder
from .constructions import (
    armed_expulsion,
    described_set,
    distributive,
    eased_penalty,
    follow_ups,
    inspection_mission,
    names_mediation,
    names_meeting,
    note_accord,
    protest_by_state,
    reframed,
    unmatched,
)
from .constructions.event_anaphora import mentions_anaphor
from .constructions.event_nouns import presupposed
from .context import Context, Hit, distinct, mention_record
from .emit import Emitter, dedupe, stated
from .grammar import Grammar, TriggerShape
from .phrase_gate import PhraseGate
from .resolve import Resolver
from .syntax import children
from .trigger_gate import TriggerGate

__all__ = ["RelationExtractor"]

_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ"})
#: the extension values the pass reads of every mention (:func:`geokg._ext.span_values`)
_MENTION_VALUES = ("geokg_actor", "geokg_location", "geokg_via")


class RelationExtractor:
    """Finds relation triples between actor mentions (the ``geokg_relations`` component)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geokg_relations",
        *,
        lexicon: str | Path | None = None,
        patterns: str | Path | None = None,
        cues: str | Path | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        self.name = name
        self.grammar = Grammar(lexicon=lexicon, patterns=patterns, cues=cues)
        self.resolver = Resolver(self.grammar)
        self.arguments = ArgumentFinder(self.grammar, self.resolver)
        self.emitter = Emitter(self.grammar, self.resolver)
        self.min_confidence = min_confidence
        self.matcher = self.grammar.lex.matcher(nlp.vocab)
        self.phrases = {p.id: p for p in self.grammar.lex.phrases}
        self.phrase_gate = PhraseGate([p.pattern for p in self.grammar.lex.phrases])
        self.triggers = TriggerGate(self.grammar, nlp.vocab, _TRIGGER_POS)
        #: relations whose stated triples are events a later "the attack" may name
        self._eventful = self.grammar.words("hostile_relations") | {Relation.THREATEN.value}

    def __call__(self, doc: Doc) -> Doc:
        doc._.geokg_triples = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[Triple]:
        """All triples of a processed Doc (actor spans set by ``geokg_actors``). The parse is
        read through a :class:`~geokg.parse_index.ParseIndex` of the Doc while the pass runs."""
        with indexed(doc):
            return self._extract(doc)

    # ------------------------------------------------------------ top level

    def _extract(self, doc: Doc) -> list[Triple]:
        ctx = self._context(doc)
        found: list[Triple] = list(self._role_triples(ctx))
        every = {**ctx.places, **ctx.mentions}
        spans = {id(s): s for s in every.values()}  # each mention once (a Span per mention)
        if doc.has_annotation("DEP") and len({a for s in spans.values() for a in ctx.span_ids(s)}) > 1:
            phrase_hits = _PhraseHits(doc, self.phrase_gate.windows(doc), self._phrase_hits)
            sents = ctx.sentences[0] if ctx.sentences is not None else list(doc.sents)
            ids_of = self._sentence_ids(sents, every, ctx)
            entries = self.triggers.entries(doc)
            may_trigger = list(entries)
            for n, sent in enumerate(sents):
                ids = ids_of[n]
                if len(ids) < 2 and not (ids and self._names_earlier(list(sent), ctx)):
                    continue  # one actor: only an event named earlier can give it a partner
                # only a token that is a trigger word or the anchor of a phrase can give a triple
                hits = phrase_hits.within(sent.start, sent.end)
                lo, hi = bisect_left(may_trigger, sent.start), bisect_left(may_trigger, sent.end)
                at = sorted({*may_trigger[lo:hi], *(i for i in hits if sent.start <= i < sent.end)})
                for i in at:
                    found += self._from_trigger(
                        doc[i], sent, ctx, hits.get(i, []), entries.get(i, [])
                    )
        return dedupe(t for t in found if t.confidence >= self.min_confidence)

    def _phrase_hits(self, doc: Doc, lo: int, hi: int) -> dict[int, list[tuple[Entry, str]]]:
        """Anchor token index -> the (entry, text) of each phrase matched in the stretch
        ``lo:hi`` of ``doc`` (a window of :class:`.phrase_gate.PhraseGate`)."""
        hits: dict[int, list[tuple[Entry, str]]] = {}
        span = doc[lo:hi] if (lo, hi) != (0, len(doc)) else doc
        for match_id, start, end, aligned in self.matcher(span, with_alignments=True):
            start, end = start + lo, end + lo
            phrase = self.phrases[doc.vocab.strings[match_id]]
            # the token the trigger's pattern token matched (optional tokens before it shift it)
            tok = doc[start + aligned.index(phrase.trigger)]
            hits.setdefault(tok.i, []).append((phrase.entry, doc[start:end].text))
        return hits

    def _names_earlier(self, tokens: list[Token], ctx: Context) -> bool:
        """Whether a sentence with one actor may relate it to actors of an earlier one: an event
        noun pointing back ("condemned the attack"), a mediator of an earlier agreement, a
        meeting named before ("sent envoys to the summit")."""
        return (
            mentions_anaphor(self.grammar, tokens)
            or (bool(ctx.accords) and names_mediation(self.grammar, tokens))
            or names_meeting(self.grammar, tokens)
        )

    @staticmethod
    def _sentence_ids(sents: list[Span], every: dict[int, Span], ctx: Context) -> list[set[str]]:
        """The actor ids each sentence mentions (a mention counts in each sentence it covers)."""
        starts = [sent.start for sent in sents]
        ids_of: list[set[str]] = [set() for _ in sents]
        for i, span in every.items():
            n = bisect_right(starts, i) - 1
            if n >= 0 and i < sents[n].end:
                ids_of[n].update(ctx.span_ids(span))
        return ids_of

    def _context(self, doc: Doc) -> Context:
        """The pass's context: token index -> actor mention, for the mentions of actors and for
        those that are mere places, each mention's ids read from its extension attributes
        while they are at hand (:func:`.context.mention_record`)."""
        actors: dict[int, Span] = {}
        places: dict[int, Span] = {}
        seen: dict[int, tuple[Span, list[str], str | None]] = {}
        for span in doc.spans[ACTOR_SPANS] if ACTOR_SPANS in doc.spans else ():
            actor, location, via = span_values(span, _MENTION_VALUES)
            if not actor:
                continue
            seen[id(span)] = mention_record(span, None, actor, via)
            out = places if location else actors
            for i in range(span.start, span.end):
                out[i] = span
        known = dict(doc._.geokg_actors or {})
        return Context(doc, actors, places, known, doc._.geokg_meta, span_ids_seen=seen)

    def _role_triples(self, ctx: Context) -> Iterator[Triple]:
        parsed = ctx.doc.has_annotation("DEP") or ctx.doc.has_annotation("SENT_START")
        for item in ctx.doc._.geokg_roles or []:
            try:
                person, rel, org, span = item
                relation = Relation(rel)
            except (TypeError, ValueError):
                continue
            if person == org or person not in ctx.actors or org not in ctx.actors:
                continue
            sentence = ctx.sentence(span) if parsed else ctx.doc[:]
            yield Triple(
                source=ctx.actors[person],
                relation=relation,
                target=ctx.actors[org],
                confidence=0.9,
                evidence=ctx.evidence(
                    sentence, span.text, span.start_char, span[0] if len(span) else None
                ),
            )

    # ------------------------------------------------------------ triggers

    def _from_trigger(
        self,
        tok: Token,
        sent: Span,
        ctx: Context,
        phrases: list[tuple[Entry, str]],
        candidates: list[Entry],
    ) -> list[Triple]:
        # only the tokens of self.triggers.positions (a trigger part of speech and lexicon
        # entries) and phrase anchors get here: a path for other tokens must widen the gate.
        # ``candidates``: the token's Grammar.candidates, found by the gate ([] for a token it
        # does not keep, which has none)
        if tok.pos_ not in _TRIGGER_POS and not phrases:
            return []
        if tok.i in ctx.mentions:  # "the two rivals": a description may state a relation
            return described_set(self.emitter, tok, sent, ctx) if tok.pos_ == "NOUN" else []
        if tok.i in ctx.consumed:
            return []
        if not candidates and not phrases:
            return []
        tried = [(e, text) for e, text in phrases]
        # a matched phrase fixes the word's sense: "called for a ceasefire" is no phone call
        senses = {e.relation for e, _ in phrases}
        shape = TriggerShape(self.grammar, tok)  # read once for all the candidates
        tried += [
            (e, None)
            for e in candidates
            if (not senses or e.relation in senses) and self.grammar.fits(e, tok, shape)
        ]
        for entry, text in tried:
            pairs = distributive(self.grammar, entry, tok, self.arguments.pairs(entry, tok, ctx))
            if pairs:
                if (
                    entry.objects is not None and entry.frame.name != "mediate"
                ) or entry.frame.name == "blame":  # "imposed sanctions", "blamed the strike on"
                    ctx.consumed.update(o.i for o in children(tok, "dobj"))
                entry = protest_by_state(entry, pairs)
                entry = armed_expulsion(self.grammar, entry, tok, pairs, ctx)
                entry = inspection_mission(self.grammar, entry, tok)
                entry = eased_penalty(self.grammar, entry, tok)
                found = self.emitter.triples(entry, tok, sent, ctx, pairs, text)
                if presupposed(self.grammar, tok, pairs):  # "did not condemn X's attack on Y"
                    found = [stated(t) for t in found]
                if entry.relation.value in self._eventful and any(
                    t.stated and not t.negated for t in found
                ):
                    ctx.note_event(tok, entry.relation, distinct([s for s, _, _ in pairs]))
                hit = Hit(entry, tok, sent, ctx, pairs)  # "prepared to attack", "would cut ties"
                note_accord(hit, found)  # for a later "the agreement was brokered by X"
                return reframed(self.emitter, hit, found + follow_ups(self.emitter, hit))
        return unmatched(self.emitter, tok, sent, ctx, [e for e, _ in tried])


class _PhraseHits:
    """The phrase matches of a Doc, anchor token index -> (entry, text) pairs, found window by
    window (:meth:`.phrase_gate.PhraseGate.windows`) as the pass reaches the sentences that
    hold them: the matcher runs on no window that only sentences the pass skips overlap. A
    match lies inside one window, so the windows that overlap a sentence hold every match
    anchored in it; sentences come in document order, so a window that ends before one can
    hold no anchor of a later one."""

    def __init__(
        self,
        doc: Doc,
        windows: list[tuple[int, int]],
        match: Callable[[Doc, int, int], dict[int, list[tuple[Entry, str]]]],
    ) -> None:
        self._doc = doc
        self._windows = windows
        self._match = match
        self._next = 0  # the first window not run or passed yet
        self.hits: dict[int, list[tuple[Entry, str]]] = {}

    def within(self, start: int, end: int) -> dict[int, list[tuple[Entry, str]]]:
        """The matches found so far, those anchored in tokens ``start:end`` included (call with
        stretches in document order)."""
        windows = self._windows
        while self._next < len(windows) and windows[self._next][0] < end:
            lo, hi = windows[self._next]
            if hi > start:
                for i, found in self._match(self._doc, lo, hi).items():
                    self.hits.setdefault(i, []).extend(found)
            self._next += 1
        return self.hits
