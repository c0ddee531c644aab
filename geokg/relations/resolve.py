"""From argument tokens to actors: mentions, coordination, modifiers, possessors and pronouns.

:meth:`Resolver.resolve` turns the tokens a role reached into :class:`~.context.Arg` s: a mention
stands for its actor(s); "a group of Moroccan diplomats" for what it is a group of; an agent noun
("Russian troops") or, where a thing's owner can be the target, any noun ("Ukrainian cities")
for the actor modifying or owning it; pronouns for the speaker, the clause's subject or the one
person in sight.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..parse_index import conjuncts, has_child
from .context import DIRECT, LIFTED, OWNER, Arg, Context
from .grammar import Grammar
from .located import located_in
from .syntax import by_agents, children, launch_sites, relative_antecedent, subjects_of

__all__ = ["Resolver"]

_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our"})
_PERSONAL = frozenset({"him", "his", "her"})
#: pronouns by which a speaker quotes themself ("we will not accept ..., he said")
_FIRST_PERSON = frozenset({"we", "i", "our", "my"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "it"})
#: the mentions an object pronoun may stand for: named persons, or states/organisations by name
_NAMED_VIA = frozenset({"name", "alias", "acronym", "capital", "seat"})
_SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "his", "she", "her", "i"})


class Resolver:
    """Finds the actors argument tokens stand for, with the grammar's word lists."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        #: a statement or its speaker, for whoever is named after "by", "for", "from"
        self._speech = grammar.construction_words("speech_nouns")

    def resolve(
        self,
        toks: Iterable[Token],
        ctx: Context,
        owner: bool,
        places: bool = False,
        depth: int = 0,
        spread: bool = True,
    ) -> list[Arg]:
        """Actors at the argument tokens, expanding coordination and lifting modifiers.

        ``spread=False`` keeps each argument token alone instead of adding its conjuncts.

        ``owner``: any noun may stand for the actor modifying it ("Ukrainian cities"); otherwise
        only agent nouns do ("Russian troops"). ``places``: mentions that are mere places count
        (the destination of a visit).
        """
        out: list[Arg] = []
        seen: set[int] = set()

        def mention(t: Token) -> Span | None:
            span = ctx.mentions.get(t.i)
            if span is None and places:
                span = ctx.places.get(t.i)
            return span

        for head in toks:
            for t in (head, *conjuncts(head)) if spread else (head,):
                if t.i in seen:
                    continue
                seen.add(t.i)
                span = mention(t)
                if span is not None:
                    out += ctx.span_args(span, t, DIRECT)
                    continue
                if t.lower_ in self.g.collective and depth < 3:  # "a group of Moroccan diplomats"
                    inner = [
                        p
                        for o in children(t, "prep")
                        if o.lower_ == "of"
                        for p in children(o, "pobj")
                    ]
                    if inner:
                        out += self.resolve(inner, ctx, owner, places, depth + 1)
                        continue
                if t.pos_ == "PRON":
                    if t.dep_ == "nsubj":
                        out += self._speaker_pronoun(t, t.head, ctx) or self._previous_person(
                            t, ctx
                        )
                    elif t.lower_ in _REFLEXIVE and t.head.pos_ in ("VERB", "AUX"):
                        out += self.resolve(
                            subjects_of(t.head, self.g.control), ctx, False, depth=depth + 1
                        )
                    elif t.lower_ in _OBJECT_PRONOUNS and t.dep_ in ("dobj", "dative") and depth < 3:
                        subjects = self.resolve(
                            subjects_of(t.head, self.g.control), ctx, False, depth=depth + 1
                        )
                        out += self._other_person(t, ctx, {a.actor for a in subjects})
                    continue
                # "the US State Secretary, Marco Rubio"; "buyers of Russian oil, including China"
                named = [a for a in children(t, "appos") if mention(a) is not None]
                named += [
                    p
                    for o in children(t, "prep")
                    if o.lower_ in ("including", "like")
                    for c in children(o, "pobj")
                    for p in (c, *conjuncts(c))
                    if mention(p) is not None
                ]
                if named and t.pos_ in ("NOUN", "PROPN"):
                    out += [x for a in named for x in ctx.span_args(mention(a), a, DIRECT)]
                    seen.update(a.i for a in named)
                    continue
                lemma = t.lemma_.lower()
                if t.pos_ == "PROPN" and lemma not in self.g.agent_nouns and lemma.endswith("s"):
                    lemma = lemma[:-1]  # "Iraqi Kurds", "Russian Troops" in a headline
                agentive = (
                    lemma in self.g.agent_nouns
                    or lemma in self._speech
                    # "Iran's Supreme National Security Council", not "the Norwegian Refugee
                    # Council": a body of the state that owns it, not one its demonym describes
                    or (lemma in self.g.possessed_agent_nouns and has_child(t, "poss"))
                )
                if lemma in self.g.other_actor_nouns:
                    continue  # "Kyiv's allies" are not Kyiv
                if not (agentive or (owner and t.pos_ in ("NOUN", "PROPN"))):
                    continue
                out += self._lift(t, ctx, owner, agentive, depth, seen)
        return out

    def _lift(
        self, t: Token, ctx: Context, owner: bool, agentive: bool, depth: int, seen: set[int]
    ) -> list[Arg]:
        """The actor a noun stands for: its modifiers ("Russian troops"), possessor, "of" phrase."""
        lemma = t.lemma_.lower()
        place = lemma in self.g.place_nouns
        strength = LIFTED if agentive else OWNER

        def mention(m: Token) -> Span | None:
            span = ctx.mentions.get(m.i)
            return ctx.places.get(m.i) if span is None and place else span

        poss = children(t, "poss")
        named = [m for m in children(t, "amod", "compound", "nmod") if mention(m) is not None]
        if poss and named and all(p.pos_ == "PRON" for p in poss):
            poss = []  # "his Saudi counterpart": the demonym, not the pronoun
        mods = [
            m for c in (poss or children(t, "amod", "compound", "nmod")) for m in (c, *conjuncts(c))
        ]
        mods += [g for m in list(mods) for g in children(m, "compound", "amod")]
        # "Hamas-led militants", "a US-led coalition": the leader stands for the led, unless the
        # led is named ("the Russian-led CSTO alliance" is the CSTO)
        if not any(mention(m) is not None for m in mods):
            mods += [
                g
                for m in children(t, "amod")
                if m.lower_ == "led"
                for g in children(m, "npadvmod", "compound", "nmod", "amod")
            ]
        sending = self.g.construction_words("owning_participles")
        mods += [  # "a ceasefire proposed by Washington and Kyiv"; "troops sent by Moscow"
            p
            for a in children(t, "acl")
            if owner or (agentive and a.lemma_.lower() in sending)
            for c in by_agents(a)
            for p in (c, *conjuncts(c))
        ]
        out: list[Arg] = []
        if agentive or owner:  # "rockets fired from Lebanon": where the attack came from
            sites = self.g.construction_words("launch_site_verbs")
            froms = [p for a in children(t, "acl") for p in launch_sites(a, sites)]
            for a in self.resolve(froms, ctx, False, places=True, depth=depth + 1) if froms else []:
                out.append(Arg(a.actor, a.token, a.span, min(a.strength, strength)))
        for m in mods:
            span = mention(m)
            if span is not None and m.i not in seen:
                seen.add(m.i)
                out += ctx.span_args(span, m, strength)
            elif m.dep_ == "poss" and m.pos_ == "PRON" and m.lower_ in _POSSESSIVE:
                out += [
                    Arg(a.actor, a.token, a.span, min(a.strength, strength))
                    for a in self.pronoun_owner(m, ctx, depth)
                ]
            elif m.dep_ == "poss" and m.lower_ == "whose" and depth < 3:
                # "Brazil and Colombia, whose presidents ...": the noun the clause is on, with its
                # conjuncts unless one follows the clause ("Syria, whose ..., and Iran")
                ante = relative_antecedent(m)
                if ante and any(c.i > m.i for c in conjuncts(ante[0])):
                    span = ctx.mentions.get(ante[0].i)
                    found = ctx.span_args(span, ante[0], strength) if span is not None else []
                else:
                    found = self.resolve(ante, ctx, False, depth=depth + 1)
                out += [Arg(a.actor, a.token, a.span, min(a.strength, strength)) for a in found]
        # "a university in Kenya", "a checkpoint outside Baghdad": where a place no actor owns is
        located = located_in(self.g, t, ctx) if owner and place and not out else []
        nested: list[Token] = []
        for o in children(t, "prep"):
            word = o.lower_
            if (
                word == "of"
                or (owner and word == "by")
                or (word == "with" and lemma in self.g.with_nouns)
                or (agentive and word in ("in", "from") and not out)
                or (lemma in self._speech and word in ("by", "for") and not out)
            ):
                nested += children(o, "pobj")
        if nested and depth < 2:  # "positions of the Palestinian security forces"
            for a in self.resolve(nested, ctx, False, places=place and owner, depth=depth + 1):
                out.append(Arg(a.actor, a.token, a.span, min(a.strength, strength)))
        out += [Arg(a.actor, a.token, a.span, min(a.strength, strength)) for a in located]
        return out

    def pronoun_owner(self, pron: Token, ctx: Context, depth: int) -> list[Arg]:
        """ "its"/"their": the object of the clause when it is an actor, else its subject."""
        verb = pron.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or depth > 2:
            return []
        objs = [o for o in children(verb, "dobj") if o.i in ctx.mentions]
        as_complement = pron.head.dep_ == "pobj" and pron.head.head.lower_ == "as"
        if objs and pron.i > objs[0].i and not as_complement:
            return self.resolve(objs, ctx, False, depth=depth + 1)
        subs = subjects_of(verb, self.g.control)
        if pron.head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            return self._speaker_pronoun(pron, verb, ctx)  # "Ukraine said its air defences ..."
        owners = self.resolve(subs, ctx, False, depth=depth + 1)
        if not owners and pron.lower_ in _POSSESSIVE:
            # "Ankara's approach aims to keep its ties with X": a subject no actor stands for
            # lends the pronoun its own possessor
            owners = self.resolve(
                [p for s in subs if s.pos_ == "NOUN" for p in children(s, "poss")],
                ctx, False, depth=depth + 1,
            )
        if pron.lower_ in _PERSONAL and owners and not any(self._is_person(a) for a in owners):
            # "Lee halted the broadcasts, but Pyongyang rejected his offers": not Pyongyang's
            return self._other_person(pron, ctx, {a.actor for a in owners})
        return owners

    def _is_person(self, arg: Arg) -> bool:
        return arg.span is not None and arg.span.label_ == "person"

    def _other_person(self, pron: Token, ctx: Context, exclude: set[str]) -> list[Arg]:
        """ "him"/"his"/"it" that cannot be the clause's subject: the one person (for "it": the one
        state or organisation named by name) earlier in the sentence besides the subject ("Rubio
        spoke with Jaishankar and urged him to ...", "cut ties with the UAE, accusing it of ...")."""
        sent = pron.sent
        thing = pron.lower_ == "it"
        persons = {
            s._.geokg_actor: (ctx.doc[i], s)
            for i, s in ctx.mentions.items()
            if sent.start <= i < pron.i
            and (
                s.label_ in ("state", "organisation") and s._.geokg_via in _NAMED_VIA
                if thing
                else s.label_ == "person"
            )
            and s._.geokg_actor not in exclude
        }
        if len(persons) != 1:
            return []
        ((actor, (tok, span)),) = persons.items()
        return [Arg(actor, tok, span, 0.75)]

    def _previous_person(self, pron: Token, ctx: Context) -> list[Arg]:
        """ "He"/"she" opening a sentence: the one person who was a subject just before."""
        sent = pron.sent
        if pron.lower_ not in ("he", "she"):
            return []
        clause = pron.head
        if clause.dep_ == "conj":  # "Trump made ..., and he has expressed frustration"
            first = [
                s
                for s in children(clause.head, "nsubj")
                if s.i in ctx.mentions and ctx.mentions[s.i].label_ == "person"
            ]
            if first:
                span = ctx.mentions[first[0].i]
                return [Arg(span._.geokg_actor, first[0], span, 0.8)]
        earlier = {
            s._.geokg_actor: (ctx.doc[i], s)
            for i, s in ctx.mentions.items()
            if sent.start <= i < pron.i and s.label_ == "person"
        }
        if earlier:  # "Merz spoke at a conference in Rome, where he met Zelensky"
            subjects = [(t, s) for t, s in earlier.values() if t.dep_ in ("nsubj", "nsubjpass")]
            if len(earlier) == 1 and subjects:
                tok, span = subjects[0]
                return [Arg(span._.geokg_actor, tok, span, 0.75)]
            return []
        if sent.start == 0:
            return []
        previous = ctx.doc[sent.start - 1].sent
        subjects = {
            s._.geokg_actor: (ctx.doc[i], s)
            for i, s in ctx.mentions.items()
            if previous.start <= i < previous.end
            and s.label_ == "person"
            and ctx.doc[i].dep_ in ("nsubj", "nsubjpass")
        }
        if len(subjects) != 1:
            return []
        ((actor, (tok, span)),) = subjects.items()
        return [Arg(actor, tok, span, 0.75)]

    def _speaker_pronoun(self, pron: Token, clause: Token, ctx: Context) -> list[Arg]:
        """ "Syria says it will withdraw": a subject pronoun in a reported clause -> the speaker."""
        subjects = ("it", "they", "he", "she", "we", "i", "my")
        if pron.lower_ not in subjects and pron.lower_ not in _POSSESSIVE:
            return []
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or not self.g.cues.has("speech_verbs", clause.head.lemma_.lower()):
            return []
        expletive = pron.lower_ == "it" and pron.head.lemma_ == "be"
        if expletive and not self._stance_predicate(pron.head):
            return []  # "it was up to the mediators", but not "it is willing to"
        speakers = [
            s
            for s in children(clause.head, "nsubj")
            # "he" resolved by coref speaks for "we"/"I" only: "they ..., he said" is not him
            if s.pos_ != "PRON" or (s.i in ctx.mentions and pron.lower_ in _FIRST_PERSON)
        ]
        if pron.lower_ in _SINGULAR_PRONOUNS:  # "Egyptian officials said it ..." is not them
            speakers = [s for s in speakers if s.tag_ not in ("NNS", "NNPS")]
        found = self.resolve(speakers, ctx, owner=False, depth=3)  # "Palestinian leaders said"
        return [Arg(a.actor, a.token, a.span, min(a.strength, LIFTED)) for a in found]

    def _stance_predicate(self, be: Token) -> bool:
        """ "it is willing to withdraw": an adjective of will or ability with an infinitive."""
        return any(
            any(
                self.g.cues.has(kind, a.lemma_.lower())
                for kind in ("desire_predicates", "negative_predicates", "possible_predicates")
            )
            and children(a, "xcomp")
            for a in children(be, "acomp")
        )
