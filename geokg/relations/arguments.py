"""A trigger's arguments: its frame's roles tried in order, then the fallbacks of a frame.

:class:`ArgumentFinder` follows an entry's source roles, then its target roles, through
:func:`~.roles.role_tokens` and resolves what they reach to actors; it returns (source, target,
shape) pairs, mutual ones when a mutual frame has a coordinated subject ("Armenia and Azerbaijan
met") or a relation noun names both sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Entry
from .constructions.border import border_sides
from .constructions.event_anaphora import antecedent_agents, is_anaphor
from .constructions.event_nouns import event_agents, same_act
from .constructions.reciprocal import is_reciprocal
from .constructions.speech_acts import announced_by, stated_act_noun
from .context import LIFTED, Arg, Context, Pair, distinct, facing, mutual
from .grammar import Grammar
from .located import placed_by_trigger
from .resolve import Resolver
from .roles import pair_sides, placing_verb, role_tokens
from .syntax import (
    by_agents,
    children,
    described_conjunct,
    is_passive,
    launch_sites,
    prep_objects,
    subjects_of,
)

__all__ = ["ArgumentFinder"]


class ArgumentFinder:
    """Finds the (source, target, shape) pairs of a trigger."""

    def __init__(self, grammar: Grammar, resolver: Resolver) -> None:
        self.g = grammar
        self.r = resolver
        #: the word lists :meth:`pairs` asks about every trigger, read once
        self._verbal = grammar.words("verbal_relations")
        self._passive_place = grammar.words("passive_place_relations")
        self._located_target = grammar.construction_words("located_target_relations")
        self._border_acts = grammar.construction_words("border_relations")
        self._launch_site_verbs = grammar.construction_words("launch_site_verbs")

    def role(self, role: str, tok: Token, ctx: Context, entry: Entry) -> list[Token]:
        """Argument tokens reached from the trigger by one role."""
        return role_tokens(role, tok, ctx, entry, self.g, self.r)

    def pairs(self, entry: Entry, tok: Token, ctx: Context) -> list[Pair]:
        """(source, target, shape) pairs; shape is "directed" or "mutual"."""
        owner = entry.relation in self.g.lex.owner_lift
        relation = entry.relation.value
        verbal = relation in self._verbal
        target_roles = entry.target_roles
        if "pair" in entry.frame.source or "pair" in target_roles:
            left, right = pair_sides(self.g, tok, ctx)
            ones = distinct(self.r.resolve(left, ctx, owner=False))
            if right:  # "X's ties with Y and Z": X with each of them
                others = distinct(self.r.resolve(right, ctx, owner=False))
                if ones and others:
                    return facing(ones, others)
            elif len(ones) >= 2:
                return mutual(ones)
        sources: list[Arg] = []
        for role in entry.frame.source:
            if role == "pair":
                continue
            # a singular apposition after "A and B" describes B alone: do not spread to A
            spread = role != "appos_head" or described_conjunct(tok) is None
            sources = distinct(
                self.r.resolve(self.role(role, tok, ctx, entry), ctx, owner=False, spread=spread)
            )
            if sources:
                break
        if not sources and owner and tok.pos_ == "VERB":
            # "Israel's bombardment killed ...": an event subject stands for its owner
            # only an event of the verb's own kind: "US sanctions hit Iran" is no US attack
            events = [
                s
                for s in subjects_of(tok, self.g.control)
                if self.g.event_noun(s) and same_act(self.g, s, entry.relation)
            ]
            sources = distinct(self.r.resolve(events, ctx, owner=True))
        if not sources and verbal:
            sources = distinct(self.r.resolve(self._speaker_of_conjunct(tok), ctx, False))
        placed = tok if tok.pos_ == "VERB" else placing_verb(self.g, tok)
        if (
            not sources
            and relation in self._passive_place
            and placed is not None
            and is_passive(placed)
            and not by_agents(placed)
        ):
            # "a US national was arrested in Lebanon", "was placed under arrest in Lebanon": the
            # state where it happened did it
            found = [(p, ctx.places.get(p.i)) for p in prep_objects(placed, ("in",))]
            if placed is not tok:  # "was put under investigation in Italy": the act's own place
                found += [
                    (p, ctx.places.get(p.i) or ctx.mentions.get(p.i))
                    for p in prep_objects(tok, ("in",))
                ]
            sources = [Arg(s._.geokg_actor, p, s, LIFTED) for p, s in found if s is not None]
        if not sources and tok.pos_ == "VERB":
            # "Israel was attacked from Lebanon": the state an attack came from is its agent
            sites = launch_sites(tok, self._launch_site_verbs)
            sources = [
                Arg(a.actor, a.token, a.span, min(a.strength, LIFTED))
                for a in distinct(self.r.resolve(sites, ctx, owner=True, places=True))
            ]
        if not sources:
            return []
        source_ids = {a.actor for a in sources}
        targets: list[Arg] = []
        for role in target_roles:
            if role == "pair":
                continue
            found = self.role(role, tok, ctx, entry)
            if len(sources) >= 2 and any(is_reciprocal(self.g, t) for t in found):
                return mutual(sources)  # "A and B accused each other"
            if verbal:
                got = self._reacted(found, ctx, owner, entry.places)
            else:
                got = self.r.resolve(found, ctx, owner=owner, places=entry.places)
            if not got and relation in self._located_target:
                # "attacked a market on Sunday in northern Mali": the trigger places the market
                got = placed_by_trigger(self.g, tok, found, ctx)
            targets = _typed(entry, [a for a in distinct(got) if a.actor not in source_ids], ctx)
            if targets:
                break
        if not targets and relation in self._border_acts:  # "closed its border with Y"
            far = border_sides(self.g, entry, tok)
            got = self.r.resolve(far, ctx, owner=False, places=True) if far else []
            targets = _typed(entry, [a for a in distinct(got) if a.actor not in source_ids], ctx)
        if targets:
            return [(s, t, "directed") for s in sources for t in targets]
        if entry.mutual and len(sources) >= 2:
            return mutual(sources)
        return []

    def _reacted(self, toks: list[Token], ctx: Context, owner: bool, places: bool) -> list[Arg]:
        """Targets of a verbal relation: an event noun stands for its agent, never its patient
        ("condemned the shelling by Ukraine" -> Ukraine; "... the invasion of Ukraine" -> none);
        an act or speech act for whoever made it ("welcomed the statement": :mod:`.speech_acts`)."""
        out: list[Arg] = []
        plain: list[Token] = []
        for t in toks:
            if stated_act_noun(self.g, t):  # "welcomed Iran's offer", "dismissed the remarks"
                out += self.r.resolve([t], ctx, owner=owner, places=places) or self.r.resolve(
                    announced_by(self.g, self.r, t, ctx), ctx, owner=False
                )
                continue
            agents = event_agents(self.g, t)
            if agents is None:
                plain.append(t)
                continue
            if is_anaphor(self.g, t):  # "condemned the (deadly) attack": told earlier
                out += antecedent_agents(self.g, self.r, t, ctx)
                continue
            for a in agents:
                if a.pos_ == "PRON" and a.dep_ == "poss":
                    out += self.r.pronoun_owner(a, ctx, 0)
                else:
                    out += self.r.resolve([a], ctx, owner=False)
        return self.r.resolve(plain, ctx, owner=owner, places=places) + out

    def _speaker_of_conjunct(self, verb: Token) -> list[Token]:
        """ "ECOWAS said its doors remained open and urged the three countries ...": a verbal act
        parsed as a conjunct of the reported clause, whose subject is no actor, is the speaker's."""
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or children(verb, "nsubj", "nsubjpass"):
            return []
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or not self.g.cues.has("speech_verbs", speech.lemma_.lower()):
            return []
        return subjects_of(speech, self.g.control)


def _typed(entry: Entry, targets: list[Arg], ctx: Context) -> list[Arg]:
    """The targets of an actor type the entry allows (all of them without ``target_types``)."""
    if entry.target_types is None:
        return targets
    kinds = {t.value for t in entry.target_types}
    return [
        a
        for a in targets
        if ctx.actors.get(a.actor) is None
        or ctx.actors[a.actor].type in entry.target_types
        or (a.span is not None and a.span.label_ in kinds)
    ]
