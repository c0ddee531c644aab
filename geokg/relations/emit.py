"""From argument pairs to triples: modality, attribution, confidence, symmetric storage.

:class:`Emitter` turns a trigger's (source, target, shape) pairs into triples:
:func:`geokg.modality.read_modality` reads negation, modality and attribution; the confidence comes
from the entry's weight and origin, how each argument was reached and recognised, and the distance
between trigger and arguments, calibrated by :mod:`geokg.confidence`. A meeting "expected" after
a sentence that says talks began between the same parties is the one under way: stated, not
scheduled. A list of three or more
parties that holds a side the text set against a group relates across that side only
(:mod:`.sides`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..confidence import arg_path, default_confidence
from ..lexicon import Entry
from ..modality import openings, read_modality
from ..models import Actor, Modality, Relation, RelationKind, Triple
from .context import Arg, Context, Pair
from .grammar import Grammar
from .resolve import Resolver
from .sides import across, introduced_sides
from .syntax import children

__all__ = ["Emitter", "acts_for", "derived", "stated", "dedupe"]

#: relations stored once (source < target) when mutual; other mutual relations go both ways
_ONCE = frozenset(
    {Relation.CONSULT, Relation.AGREE, Relation.ALLY, Relation.RIVAL, Relation.TENSION}
)


class Emitter:
    """Makes the triples of a trigger's argument pairs."""

    def __init__(self, grammar: Grammar, resolver: Resolver) -> None:
        self.g = grammar
        self.r = resolver

    def confidence(self, entry: Entry, tok: Token, src: Arg, tgt: Arg, ctx: Context) -> float:
        """Calibrated confidence (:mod:`geokg.confidence`) of a triple from these arguments."""
        distance = max(abs(src.token.i - tok.i), abs(tgt.token.i - tok.i))
        start, via = ctx.sentence_start, ctx.span_via
        args = (
            arg_path(src, tok, sentence_start=start, via=via),
            arg_path(tgt, tok, sentence_start=start, via=via),
        )
        return default_confidence().score(entry.weight, entry.generated, args, distance)

    def triples(
        self,
        entry: Entry,
        tok: Token,
        sent: Span,
        ctx: Context,
        pairs: list[Pair],
        phrase_text: str | None,
    ) -> list[Triple]:
        durable = entry.relation.kind is RelationKind.DURABLE
        referring = entry.frame.name == "relational"  # "its ally", "the old foes"
        reading = read_modality(tok, self.g.cues, durable=durable, referring=referring)
        if (
            reading.scheduled
            and entry.relation is Relation.CONSULT
            and self._under_way(sent, ctx, pairs)
        ):  # "Iran and six powers opened talks ... officials are expected to meet": under way
            stated = Modality.REPORTED if reading.speaker is not None else Modality.ASSERTED
            reading = replace(reading, modality=stated, scheduled=False)
        speaker = None
        if reading.speaker is not None:
            spoken = self.r.resolve([reading.speaker], ctx, owner=False)
            if spoken:
                speaker = ctx.actor(spoken[0].actor, spoken[0].span)
        trigger = phrase_text or tok.text
        particle = children(tok, "prt")
        if phrase_text is None and entry.particle and particle:
            trigger = tok.doc[min(tok.i, particle[0].i) : max(tok.i, particle[0].i) + 1].text
        evidence = ctx.evidence(sent, trigger, tok.idx, tok)
        out = []
        if len({a.actor for s, t, shape in pairs if shape == "mutual" for a in (s, t)}) > 2:
            pairs = across(pairs, self._sides(sent, ctx))  # "Iran and six world powers" ...
        if any(shape == "mutual" for _, _, shape in pairs) and entry.relation not in _ONCE:
            pairs = pairs + [(t, s, shape) for s, t, shape in pairs if shape == "mutual"]
        for src, tgt, shape in pairs:
            if src.actor == tgt.actor:
                continue
            a, b = src, tgt
            if (
                entry.relation.symmetric or (shape == "mutual" and entry.relation in _ONCE)
            ) and b.actor < a.actor:
                a, b = b, a
            source, target = ctx.actor(a.actor, a.span), ctx.actor(b.actor, b.span)
            if not durable and acts_for(source, target):
                continue
            out.append(
                Triple(
                    source=source,
                    relation=entry.relation,
                    target=target,
                    negated=reading.negated,
                    modality=reading.modality,
                    confidence=self.confidence(entry, tok, src, tgt, ctx),
                    evidence=evidence,
                    attributed_to=speaker,
                )
            )
        return out


    def _under_way(self, sent: Span, ctx: Context, pairs: list[Pair]) -> bool:
        """An earlier sentence says talks began between parties of these pairs."""
        parties = {a.actor for s, t, _ in pairs for a in (s, t)}
        for verb in openings(sent, self.g.cues):
            for tok in verb.subtree:
                span = ctx.mentions.get(tok.i)
                if span is not None and parties.intersection(ctx.span_ids(span)):
                    return True
        return False

    def _sides(self, sent: Span, ctx: Context) -> set[str]:
        """The parties set against a group up to this sentence (:mod:`.sides`)."""

        def ids(i: int) -> list[str]:
            span = ctx.mentions.get(i)
            return ctx.span_ids(span) if span is not None else []

        sents = (s for s in ctx.doc.sents if s.start <= sent.start)
        return introduced_sides(sents, ids, self.g.construction_words("side_group_nouns"))


def acts_for(a: Actor, b: Actor) -> bool:
    """One actor acts for the other: a person or group and the state or organisation it stands for.

    An event between them is the actor's relation to itself (the guidelines do not annotate it):
    "President X demanded the release of the officers", with the officers his own state's, is no
    request of his state.
    """
    return a.country == b.id or b.country == a.id


def derived(entry: Entry, relation: Relation, anchor: Token, factor: float, origin: str) -> Entry:
    """A relation a construction implies, anchored on a verb ("suspended aid" -> sanction): the
    trigger's frame, its weight times ``factor``."""
    return Entry(
        relation,
        "VERB",
        frozenset({anchor.lemma_}),
        entry.frame,
        weight=entry.weight * factor,
        origin=origin,
    )


def recast(
    triple: Triple, held: Modality, relation: Relation, modality: Modality,
    negated: bool = False, factor: float = 0.9,
) -> list[Triple]:
    """An act the text only prepares or promises: ``triple`` with a stated modality put in
    ``held`` (an unstated one is kept as it is), plus, unless it is negated, the relation that
    the text does state about it (``relation`` in ``modality``, ``factor`` of its confidence)."""
    out = [triple.model_copy(update={"modality": held}) if triple.stated else triple]
    if not triple.negated:
        out.append(triple.model_copy(update={
            "relation": relation, "modality": modality, "negated": negated,
            "confidence": round(triple.confidence * factor, 4)}))
    return out


def stated(triple: Triple) -> Triple:
    """The threat itself is stated, whatever the mood of the threatened act."""
    if triple.stated:
        return triple
    return triple.model_copy(update={"modality": Modality.ASSERTED, "negated": False})


def dedupe(triples: Iterable[Triple]) -> list[Triple]:
    best: dict[tuple, Triple] = {}
    for t in triples:
        k = (*t.key(), t.negated, t.modality, t.evidence.start)
        if k not in best or best[k].confidence < t.confidence:
            best[k] = t
    return list(best.values())
