"""Argument roles: where a frame finds a trigger's source and target, as a dispatch table.

Each role name the lexicon validates (:data:`geokg.lexicon.ROLES`, plus ``prep:<p>|<q>``) maps to
one finder in :data:`ROLE_FINDERS`: a function from a :class:`Site` (the trigger, its entry, the
document context) to the argument tokens it reaches. :func:`role_tokens` looks a role up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..lexicon import Entry
from ..models import RelationKind
from .constructions.event_nouns import reacts_to
from .constructions.judgement import (
    judged_events,
    labelled_actors,
    predicate_agents,
    threat_judged_for,
    threat_labelled,
)
from .context import Context
from .grammar import Grammar
from .memo import read_once
from .resolve import Resolver
from .syntax import (
    appended_noun,
    by_agents,
    children,
    described_conjunct,
    is_passive,
    objects_of,
    prep_objects,
    subjects_of,
    to_infinitive,
    unrelativize,
)

__all__ = [
    "Site", "ROLE_FINDERS", "prep_role", "role_tokens", "pair_tokens", "pair_sides", "countered",
    "placing_verb",
]

_THREAT_PREPS = ("on", "against", "to", "from", "with", "in")


@dataclass
class Site:
    """Where a role is looked for: the trigger token, its entry and role, and the document."""

    role: str
    tok: Token
    ctx: Context
    entry: Entry
    g: Grammar
    r: Resolver

    @read_once
    def is_noun(self) -> bool:
        """The trigger is a noun ("sanctions", "talks")."""
        return self.tok.pos_ == "NOUN"

    @read_once
    def gov(self) -> Token | None:
        """The verb a noun trigger, or the host noun it modifies, is the object of."""
        hosted = self.g.host(self.tok) is not self.tok
        return self.g.light(self.tok) if self.is_noun or hosted else None


def prep_role(site: Site) -> list[Token]:
    """The objects of the role's prepositions, on the trigger, its host noun or its object."""
    tok, entry, is_noun, gov, role = site.tok, site.entry, site.is_noun, site.gov, site.role
    preps = role[5:].split("|")
    found = prep_objects(tok, preps) or prep_objects(site.g.host(tok), preps)
    if not found and not is_noun and "for" not in preps:
        # "mobilized for a war against Y", "called for restraint from Y"
        found = [p for f in prep_objects(tok, ("for",)) for p in prep_objects(f, preps)]
    if not found and not is_noun:  # "moved closer to Washington"
        found = [p for a in children(tok, "advmod") for p in prep_objects(a, preps)]
    if not found and entry.frame.name == "blame":  # "blamed the bombing of X on Y"
        found = [
            p
            for o in children(tok, "dobj")
            for d in o.subtree
            if d.dep_ == "prep" and d.lower_ in preps
            for p in children(d, "pobj")
        ][-1:]
    if not found and is_noun:  # "pressure from Brussels on Paris" (attached one level down)
        found = [
            n
            for c in children(tok, "prep")
            for o in children(c, "pobj")
            for n in prep_objects(o, preps)
        ]
    if not found and gov is not None and _object_or_state(site.g, site.g.host(tok), gov):
        found = prep_objects(gov, preps)  # "put its troops on high alert against Y"
    if not found and is_noun and "by" in preps:  # "the downing of a plane by Russia"
        found = [b for o in prep_objects(tok, ("of",)) for b in prep_objects(o, ("by",))]
    if not is_noun:  # "shared evidence with the U.S.", "sent arms to Kyiv"
        on_object = (
            preps
            if entry.frame.name == "give"
            else [p for p in preps if p == "with" or (p in entry.preps and p != "to")]
        )
        found += [p for o in children(tok, "dobj") for p in prep_objects(o, on_object)]
    return found


def _object_or_state(g: Grammar, host: Token, gov: Token) -> bool:
    """``host`` is ``gov``'s direct object, or the object of a state preposition
    (``state_preps``: "on", "at") that ``gov`` takes: "was placed on high alert", "went on
    alert". The preposition phrases of ``gov`` are then the noun's too ("put its troops on high
    alert against Y": the parse hangs "against Y" on "put")."""
    if host.dep_ == "dobj":
        return True
    prep = host.head
    return (
        host.dep_ == "pobj"
        and prep.head.i == gov.i
        and prep.lower_ in g.lex.words("state_preps")
    )


def _subj(site: Site) -> list[Token]:
    """The logical subject of a verb trigger."""
    tok, is_noun = site.tok, site.is_noun
    return subjects_of(tok, site.g.control) if not is_noun else []


def _obj(site: Site) -> list[Token]:
    """The logical object of a verb trigger (the subject of a passive)."""
    tok, is_noun = site.tok, site.is_noun
    if is_noun:
        return []
    objs = objects_of(tok)
    near = appended_noun(tok)
    if near and not site.r.resolve(objs, site.ctx, owner=False, places=True):
        # "... decided in Ukraine, invaded by Russia": the clause's subject is no actor, so the
        # participle describes the noun before its comma
        return near
    return objs


def _dative(site: Site) -> list[Token]:
    """The indirect object ("gave Kyiv missiles")."""
    tok, ctx, is_noun, gov = site.tok, site.ctx, site.is_noun, site.gov
    verb = gov if (gov is not None and tok.dep_ == "dobj") else tok
    own = [c for c in children(verb, "dative") if c.lower_ not in ("to", "for")]
    objs = children(verb, "dobj")
    # "send Kyiv the missiles" (two objects), "sending Ukraine missiles"
    own += [
        o
        for o in objs
        if o.i != tok.i
        and o.i in ctx.mentions
        and ctx.mentions[o.i].label_ in ("state", "organisation")
        and (len(objs) > 1 or not is_noun)
    ]
    return own


def _ccomp_subj(site: Site) -> list[Token]:
    """The subject of the clause a verb governs ("said X had ...")."""
    tok = site.tok
    return [s for c in children(tok, "ccomp") for s in children(c, "nsubj")]


def _speaker(site: Site) -> list[Token]:
    """The speaker of the reported clause the trigger is in."""
    tok = site.tok
    # "Armenia said Azerbaijan violated the ceasefire": the speaker charges the subject
    clause = tok
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or not site.g.cues.has("speech_verbs", speech.lemma_.lower()):
        return []
    return subjects_of(speech, site.g.control)


def _warned_subj(site: Site) -> list[Token]:
    """The actor a warning of a penalty is about."""
    tok = site.tok
    # "warned Moscow would pay a heavy price", "warned that Iran could face sanctions": a
    # warning of a penalty for an actor threatens it (not "could face a recession")
    if tok.lemma_.lower() not in site.g.lex.words("warning_verbs"):
        return []
    clauses = [
        v
        for c in children(tok, "ccomp")
        for v in (c, *children(c, "xcomp"))
        if v.lemma_.lower() in site.g.lex.words("consequence_verbs")
        and any(
            o.lemma_.lower() in site.g.lex.words("penalty_nouns")
            for o in children(v, "dobj")
        )
    ]
    return [s for v in clauses for s in subjects_of(v, site.g.control)]


def _complement_target(site: Site) -> list[Token]:
    """The object of a threatened act, or who sets its condition."""
    tok = site.tok
    # "threatened to break relations with Russia unless the Kremlin closed its base"
    comps = children(tok, "xcomp") + [
        p
        for c in children(tok, "prep")
        if c.lower_ in ("at", "of", "about", "to", "on", "against")
        for p in children(c, "pcomp")
    ]
    out: list[Token] = []
    for c in comps:
        conditions = [
            a
            for a in c.children
            if a.dep_ == "advcl"
            and any(m.lower_ in ("if", "unless") for m in children(a, "mark"))
        ]
        objs = children(c, "dobj", "dative")
        out += objs
        out += [p for h in (c, *objs) for p in prep_objects(h, _THREAT_PREPS)]
        out += [
            n
            for h in objs
            for p in prep_objects(h, ("of",))
            for n in prep_objects(p, _THREAT_PREPS)
        ]
        out += [s for a in conditions for s in children(a, "nsubj") + by_agents(a)]
        out += _small_clause_subjects(site.g, c)
    return out


def _small_clause_subjects(g: Grammar, verb: Token) -> list[Token]:
    """Who a causative verb's small clause is about, the one the act befalls ("make Israel pay
    a price", "hold Kyiv responsible": ``small_clause_verbs`` of constructions.json); the
    subject of another verb's clause is not ("say Russia is lying")."""
    if verb.lemma_.lower() not in g.construction_words("small_clause_verbs"):
        return []
    return [s for sc in children(verb, "ccomp", "xcomp") for s in children(sc, "nsubj")]


def placing_verb(g: Grammar, noun: Token) -> Token | None:
    """The verb of placing that puts someone under the act ``noun`` names ("was placed under
    arrest", ``placing_verbs`` of constructions.json), if any."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in g.construction_words("placing_verbs"):
        return None
    return verb


def _placed_under(site: Site) -> list[Token]:
    """Whom a verb of placing puts under the act a noun trigger names ("put a US national under
    investigation", "two Britons were placed under arrest")."""
    verb = placing_verb(site.g, site.tok)
    return objects_of(verb) if verb is not None else []


def _poss(site: Site) -> list[Token]:
    """The possessor of a noun trigger ("Russia's invasion")."""
    tok, ctx = site.tok, site.ctx
    poss = children(site.g.host(tok), "poss")
    if poss and poss[0].pos_ == "PRON":  # "Russia views France as its adversary"
        return [a.token for a in site.r.pronoun_owner(poss[0], ctx, 0)]
    return poss


def _mod(site: Site) -> list[Token]:
    """The modifiers of a noun trigger ("Russian strikes")."""
    tok = site.tok
    return [m for m in children(tok, "amod", "compound", "nmod")]


def _gov_subj(site: Site) -> list[Token]:
    """The subject of the verb a noun trigger is the object of ("X imposed sanctions")."""
    tok, entry, gov = site.tok, site.entry, site.gov
    if gov is None:
        return []
    if _placed_under(site):  # "was placed under arrest (by Y)": the one placed is the target
        return by_agents(gov) if is_passive(gov) else subjects_of(gov, site.g.control)
    reaction = reacts_to(site.g, tok, gov)  # "France condemned the invasion": not France's
    if tok.dep_ == "nsubjpass":
        return [] if reaction else by_agents(gov)
    host = site.g.host(tok)
    if (
        host.dep_ == "pobj"
        and host.head.lower_ in ("for", "of")
        and host.head.head.i == gov.i
        and children(gov, "dobj")
        and entry.relation.kind is not RelationKind.DURABLE
    ):  # "blamed Israel for the shelling", "praised Qatar for its mediation"
        return unrelativize(children(gov, "dobj"))
    if reaction:
        return []
    # "China and Japan are locked in a row": a passive light verb without an agent
    return subjects_of(gov, site.g.control) or children(gov, "nsubjpass")


def _appos_head(site: Site) -> list[Token]:
    """The noun an appositive trigger describes, or a trigger's apposition.

    An apposition followed by a participle ("X, a Hezbollah ally mediating for the militants,")
    may be parsed with the participle as the apposition and the noun as its compound: the noun
    still describes the participle's head."""
    tok = site.tok
    if tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.head.dep_ == "appos":
        return [tok.head.head]
    t = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else tok
    if t.dep_ == "appos":
        return [described_conjunct(t) or t.head]
    return children(tok, "appos")


def _cop_subj(site: Site) -> list[Token]:
    """The subject of a copula with the trigger as its predicate ("X is an ally")."""
    tok = site.tok
    if tok.dep_ in ("attr", "acomp"):
        return subjects_of(tok.head, site.g.control)
    if tok.dep_ == "oprd":
        return objects_of(tok.head)
    return []


def _compound_head(site: Site) -> list[Token]:
    """The noun a modifier trigger modifies."""
    tok = site.tok
    return [tok.head] if tok.dep_ in ("compound", "amod", "nmod") else []


def _as_head(site: Site) -> list[Token]:
    """What a trigger after "as" describes ("regarded X as a threat")."""
    tok = site.tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        return children(verb, "nsubjpass") or objects_of(verb)
    return []


def _judged(site: Site) -> list[Token]:
    """The event a verb of judging judges by the entry's relation ("called the launch a threat")."""
    return judged_events(site.g, site.r, site.tok, site.ctx, site.entry.relation)


def _labelled(site: Site) -> list[Token]:
    """Who a verb of labelling brands with a stigma ("branded X a terrorist state")."""
    return labelled_actors(site.g, site.tok)


def _predicate_agent(site: Site) -> list[Token]:
    """The by-agent of a passive verb of labelling hung on its predicate ("was designated a
    terrorist organisation by X")."""
    return predicate_agents(site.tok)


def _threat_labelled(site: Site) -> list[Token]:
    """Who a verb of judging labels a threat ("called Russia a threat to its security")."""
    return threat_labelled(site.g, site.tok, site.ctx)


def _threatened_judge(site: Site) -> list[Token]:
    """Whom that threat is to: the actor after "to", or the judge for "to its security"."""
    return threat_judged_for(site.g, site.r, site.tok, site.ctx)


def _forces_subj(site: Site) -> list[Token]:
    """The subject of a verb trigger when it names armed forces (the lexicon's ``troops``):
    "Russian troops returned from Syria" (a return of diplomats or tourists is no withdrawal;
    one with an object, "returned fire from Syria", "returned the islands", is another act)."""
    if site.is_noun or children(site.tok, "dobj"):
        return []
    forces = site.g.words("troops")
    return [s for s in subjects_of(site.tok, site.g.control) if s.lemma_.lower() in forces]


def _pair(site: Site) -> list[Token]:
    """Both sides of a relation noun ("between X and Y", "X-Y tensions")."""
    tok, ctx = site.tok, site.ctx
    return pair_tokens(site.g, tok, ctx)


def _purpose_target(site: Site) -> list[Token]:
    """What a purpose clause of a counter verb counters ("sent ships to deter X")."""
    tok, is_noun, gov = site.tok, site.is_noun, site.gov
    return countered(site.g, gov if (is_noun and gov is not None) else tok)


def _undertaker(site: Site) -> list[Token]:
    """Who announces, launches or sets up the undertaking a noun trigger names ("A and B
    unveiled a joint plan", "embarked on a programme", "a plan unveiled by A and B"): the
    subject of the governing verb (``undertaking_verbs``) that takes the noun as its object."""
    tok, gov = site.tok, site.gov
    verbs = site.g.construction_words("undertaking_verbs")
    if not site.is_noun or gov is None or gov.lemma_.lower() not in verbs:
        return []
    host = site.g.host(tok)
    near = host.head if host.dep_ == "pobj" and host.head.dep_ == "prep" else host
    if near.head.i != gov.i:  # "announced the failure of the plan": not what they set up
        return []
    return _gov_subj(site)


def pair_tokens(g: Grammar, tok: Token, ctx: Context) -> list[Token]:
    """The tokens of both sides of a relation: "between X and Y", "X-Y tensions", "X's ties
    with Y" (:func:`pair_sides`, its two sides together)."""
    left, right = pair_sides(g, tok, ctx)
    return left + right


def pair_sides(
    g: Grammar, tok: Token, ctx: Context, depth: int = 0
) -> tuple[list[Token], list[Token]]:
    """Both sides of a relation. "between X and Y", "X-Y tensions": ``([X, Y], [])``, every
    two of them related. "X's ties with Y and Z": ``([X], [Y, Z])``, the possessor related to
    each 'with' object and never two of those to each other ("Turkey's friendly ties with
    Azerbaijan and Pakistan" tells nothing of Azerbaijan and Pakistan)."""
    between = [
        p
        for c in children(tok, "prep")
        if c.lower_ in ("between", "among")
        for p in children(c, "pobj")
    ]
    if not between and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        # "tensions are rising between X and Y", "talks were held between X and Y": the parser
        # hangs "between" on the verb
        between = [
            p
            for c in children(tok.head, "prep")
            if c.lower_ in ("between", "among")
            for p in children(c, "pobj")
        ]
    if between:
        return between, []
    mods = [m for m in tok.lefts if m.dep_ in ("compound", "amod", "nmod")]
    inner = [
        d
        for m in mods
        for d in m.subtree
        if d.dep_ in ("compound", "amod", "nmod", "appos", "conj") or d in mods
    ]
    if sum(1 for d in inner if d.i in ctx.mentions) >= 2:
        return [d for d in inner if d.i in ctx.mentions], []
    if depth > 1:
        return [], []
    # a relation noun nearby: "relations between X and Y have entered a phase of tension"
    linked: list[Token] = []
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in g.relation_nouns:
        linked.append(tok.head)
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "poss") or (c.dep_ == "prep" and c.lower_ == "in"):
            cands = [c] if c.dep_ != "prep" else children(c, "pobj")
            linked += [x for x in cands if x.lemma_.lower() in g.relation_nouns]
    if tok.dep_ in ("acomp", "attr", "oprd"):  # "relations between X and Y remain tense"
        linked += [
            s
            for s in children(tok.head, "nsubj", "nsubjpass")
            if s.lemma_.lower() in g.relation_nouns
        ]
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in g.relation_nouns:
        linked.append(tok.head.head)
    gov = g.light(tok) if tok.pos_ == "NOUN" else None
    if gov is not None:
        linked += [
            s
            for s in children(gov, "nsubj", "nsubjpass")
            if s.lemma_.lower() in g.relation_nouns
        ]
    for rel in linked:
        left, right = pair_sides(g, rel, ctx, depth + 1)
        if left or right:
            return left, right
        poss, withs = children(rel, "poss"), prep_objects(rel, ("with",))
        if poss and withs:
            return poss, withs
    return [], []


def countered(g: Grammar, verb: Token) -> list[Token]:
    """ "deployed troops to counter what Maduro called threats from Washington": the thing a
    purpose clause of a ``counter_verbs`` verb counters, and the actor named after it."""
    out: list[Token] = []
    clauses = children(verb, "advcl", "xcomp")
    clauses += [c for o in children(verb, "dobj") for c in children(o, "acl")]
    for clause in clauses:  # "sent carriers to deter Iran" (the clause may hang on the object)
        if clause.lemma_.lower() not in g.lex.words("counter_verbs"):
            continue
        if not to_infinitive(clause):
            continue
        things = [o for o in children(clause, "dobj") if o.lower_ != "what"]
        things += [  # "what he called the hostile policies of ..."
            o
            for c in children(clause, "ccomp")
            if any(w.lower_ == "what" for w in c.children)
            for o in children(c, "oprd", "dobj")
            if o.lower_ != "what"
        ]
        things += prep_objects(clause, ("against",))  # "to defend against Russia"
        out += things
        out += [p for t in things for p in prep_objects(t, ("of", "from", "by"))]
    return out


#: role name (as in :data:`geokg.lexicon.ROLES`) -> finder (``prep:<p>``: :func:`prep_role`)
ROLE_FINDERS: dict[str, Callable[[Site], list[Token]]] = {
    "subj": _subj,
    "obj": _obj,
    "dative": _dative,
    "ccomp_subj": _ccomp_subj,
    "speaker": _speaker,
    "warned_subj": _warned_subj,
    "complement_target": _complement_target,
    "placed_under": _placed_under,
    "poss": _poss,
    "mod": _mod,
    "agent_mod": _mod,
    "gov_subj": _gov_subj,
    "appos_head": _appos_head,
    "cop_subj": _cop_subj,
    "compound_head": _compound_head,
    "as_head": _as_head,
    "judged": _judged,
    "labelled": _labelled,
    "predicate_agent": _predicate_agent,
    "forces_subj": _forces_subj,
    "threat_labelled": _threat_labelled,
    "threatened_judge": _threatened_judge,
    "pair": _pair,
    "purpose_target": _purpose_target,
    "undertaker": _undertaker,
}


def role_tokens(
    role: str, tok: Token, ctx: Context, entry: Entry, grammar: Grammar, resolver: Resolver
) -> list[Token]:
    """The argument tokens reached from the trigger ``tok`` by ``role`` ([] for an unknown role)."""
    finder = prep_role if role.startswith("prep:") else ROLE_FINDERS.get(role)
    if finder is None:
        return []
    return finder(Site(role, tok, ctx, entry, grammar, resolver))
