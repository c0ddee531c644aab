"""The ``geokg_relations`` spaCy component: actor mentions + dependency parse -> triples.

For every sentence that mentions two or more actors, each token whose lemma is a relation trigger
(``data/relations/lexicon.json``; multi-word phrases from ``patterns.json``) is tried against its
frame: the frame's *roles* (see :mod:`geokg.lexicon`) are followed in order through the parse to
find the source and the target, coordination is expanded ("urged Baku and Moscow" -> two triples),
mutual frames with a coordinated subject give one unordered triple per pair ("Armenia and
Azerbaijan met"), and nouns like "troops" or "officials" stand for the actor modifying them
("Russian troops" -> RUS; "the Russian S-400" is only an argument where a thing's owner can be the
target). :func:`geokg.modality.read_modality` then reads negation, modality and attribution, and a
confidence is computed from the pattern weight, how each argument was reached and resolved, and the
distance between trigger and arguments. Role facts found by ``geokg_actors``
(``doc._.geokg_roles``) become ``leader_of`` / ``represents`` triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import _ext  # noqa: F401  (registers the Doc/Span extensions)
from ._ext import ACTOR_SPANS
from .lexicon import Entry, Lexicon, default_lexicon, load_lexicon
from .modality import Cues, default_cues, load_cues, read_modality
from .models import (
    Actor,
    ActorType,
    Document,
    Evidence,
    Modality,
    Relation,
    RelationKind,
    Triple,
)

__all__ = ["RelationExtractor", "make_relations"]

#: confidence factor per way an actor mention was recognised (``span._.geokg_via``)
VIA_FACTOR = {
    "name": 1.0,
    "alias": 0.97,
    "acronym": 0.97,
    "person": 1.0,
    "title": 0.92,
    "demonym": 0.9,
    "capital": 0.9,
    "seat": 0.9,
    "coref": 0.75,
}
#: confidence factor per role strength class
DIRECT, LIFTED, OWNER = 1.0, 0.85, 0.7
_MOD_DEPS = ("amod", "compound", "nmod", "poss")
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our"})
_PERSONAL = frozenset({"him", "his", "her"})
#: pronouns by which a speaker quotes themself ("we will not accept ..., he said")
_FIRST_PERSON = frozenset({"we", "i", "our", "my"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "it"})
#: the mentions an object pronoun may stand for: named persons, or states/organisations by name
_NAMED_VIA = frozenset({"name", "alias", "acronym", "capital", "seat"})
_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ"})
_SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "his", "she", "her", "i"})
_THREAT_PREPS = ("on", "against", "to", "from", "with", "in")
#: relations stored once (source < target) when mutual; other mutual relations go both ways
_ONCE = frozenset(
    {Relation.CONSULT, Relation.AGREE, Relation.ALLY, Relation.RIVAL, Relation.TENSION}
)


@dataclass(frozen=True)
class Arg:
    """One argument: the actor id, the token it was found at, its mention span and strength."""

    actor: str
    token: Token
    span: Span | None
    strength: float


@dataclass
class _Context:
    doc: Doc
    mentions: dict[int, Span]
    places: dict[int, Span]
    actors: dict[str, Actor]
    meta: Document | None
    consumed: set[int] = field(default_factory=set)
    #: id(span) -> (span, the ids it stands for); the span is kept, so its id stays its own
    span_ids_seen: dict[int, tuple[Span, list[str]]] = field(default_factory=dict)

    @cached_property
    def text(self) -> str:
        """The document's text (a sentence's text is a slice of it)."""
        return self.doc.text

    def span_ids(self, span: Span) -> list[str]:
        """:func:`_span_ids` of a mention, read once per span (do not change the list)."""
        hit = self.span_ids_seen.get(id(span))
        if hit is None or hit[0] is not span:
            hit = self.span_ids_seen[id(span)] = (span, _span_ids(span))
        return hit[1]

    def span_args(self, span: Span, tok: Token, strength: float) -> list[Arg]:
        """One Arg per actor the mention ``span`` stands for (:meth:`span_ids`)."""
        return [Arg(a, tok, span, strength) for a in self.span_ids(span)]


# ---------------------------------------------------------------- syntax helpers (pure functions)
def _derived(entry: Entry, relation: Relation, anchor: Token, factor: float, origin: str) -> Entry:
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


def _span_ids(span: Span) -> list[str]:
    """The actor ids a mention stands for, each once, in order: a group reference resolved by
    coref ("the juntas", "each country", "they" after a list) stands for every member of its set."""
    ext = span._
    ids = list(ext.geokg_actors or []) if ext.geokg_via == "coref" else []
    return list(dict.fromkeys(ids or [ext.geokg_actor]))



def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _unrelativize(toks: list[Token]) -> list[Token]:
    """Replace relative pronouns by the noun their clause modifies ("Russia, which attacked")."""
    out = []
    for t in toks:
        if t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
            out.append(t.head.head)
        else:
            out.append(t)
    return out


def _relative_antecedent(tok: Token) -> list[Token]:
    """The noun a relative clause containing ``tok`` ("whose", "which") modifies."""
    t = tok
    for _ in range(5):
        if t.dep_ == "relcl":
            return [t.head]
        if t.head.i == t.i:
            break
        t = t.head
    return []


def _agents(verb: Token) -> list[Token]:
    return [p for a in _children(verb, "agent") for p in _children(a, "pobj")]


def _subjects(verb: Token, control: frozenset[str], depth: int = 0) -> list[Token]:
    """The logical subject of a verb, inherited through control, coordination and clauses."""
    if depth > 5:
        return []
    agents = _agents(verb)
    if agents or _is_passive(verb):
        return agents
    subs = _children(verb, "nsubj")
    if subs:
        return _unrelativize(subs)
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return []
    if dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" for c in _children(verb, "aux"))):
        if head.lemma_.lower() in control:
            objs = _children(head, "dobj")
            if objs:
                return objs
            if _is_passive(head):
                return _children(head, "nsubjpass")
        return _subjects(head, control, depth + 1)
    if dep in ("conj", "advcl", "acomp", "attr"):
        subs = _subjects(head, control, depth + 1)
        if not subs and dep == "conj" and _is_passive(head):  # "was not intimidated and accused"
            subs = _unrelativize(_children(head, "nsubjpass"))
        return subs
    if dep == "pcomp" and head.dep_ == "prep":
        if head.lower_ in ("for", "of") and _children(head.head, "dobj"):
            return _children(head.head, "dobj")  # "blamed Israel for bombing", "accused X of"
        return _subjects(head.head, control, depth + 1)
    if dep in ("acl", "relcl") and verb.tag_ == "VBG":
        return [head]
    if dep == "acl" and any(c.lower_ == "to" for c in _children(verb, "aux")):
        # "Germany's decision to supply tanks", "found ways to expand cooperation"
        poss = [p for p in _children(head, "poss") if p.pos_ != "PRON"]
        poss = poss or [  # "the right of Russian troops to fire"
            p for o in _children(head, "prep") if o.lower_ == "of" for p in _children(o, "pobj")
        ]
        if poss:
            return poss
        gov = head.head
        if head.dep_ in ("dobj", "pobj", "attr") and gov.i != head.i:
            gov = gov.head if gov.dep_ == "prep" else gov
            if gov.pos_ in ("VERB", "AUX"):
                return _subjects(gov, control, depth + 1)
    return []


def _objects(verb: Token) -> list[Token]:
    """The logical object: the direct object, or the subject of a passive verb."""
    if _is_passive(verb):
        subs = _children(verb, "nsubjpass")
        if subs:
            return _unrelativize(subs)
        if verb.dep_ == "conj":
            return _objects(verb.head)
        return []
    objs = _children(verb, "dobj")
    if objs:
        return _unrelativize(objs)
    if _children(verb, "oprd"):  # "Macron called Putin on Friday", misparsed as a predicate
        return [o for o in _children(verb, "oprd") if o.pos_ == "PROPN"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "the plane shot down by Russia"
    return [  # "kidnapped up to 16 advisers", parsed as a particle and a preposition
        o
        for p in _children(verb, "prt")
        if p.lower_ == "up"
        for t in _children(p, "prep")
        if t.lower_ == "to"
        for o in _children(t, "pobj")
        if _children(o, "nummod")
    ]


def _light_verb(noun: Token, background: frozenset[str] = frozenset()) -> Token | None:
    """The verb a noun trigger is the object of ("imposed sanctions", "held talks").

    Prepositions in ``background`` ("during the summit") do not link a noun to the verb.
    """
    t = noun
    for _ in range(4):
        if t.dep_ not in (
            "dobj",
            "pobj",
            "prep",
            "attr",
            "conj",
            "appos",
            "oprd",
            "pcomp",
            "nsubjpass",
            "npadvmod",
        ):
            return None
        if t.dep_ == "prep" and t.lower_ in background:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ not in ("prep", "dative", "agent"):
            continue
        word = child.lower_
        if word == "out":  # "out of"
            nested = [g for g in child.children if g.dep_ == "prep" and g.lower_ == "of"]
            if "out_of" in wanted:
                out += [p for g in nested for p in _children(g, "pobj")]
            continue
        if word in wanted:
            out += _children(child, "pobj")
    return out


def _described_conjunct(noun: Token) -> Token | None:
    """The conjunct a singular apposition after a coordination describes: the nearest one.

    In "Azerbaijan and Russia, Armenia's traditional ally," the parser hangs "ally" on
    "Azerbaijan" (the head of the coordination), but a singular noun describes one actor: the
    conjunct right before it. A plural one ("France and Germany, both NATO members") describes all.
    """
    t = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "appos" else noun
    if t.dep_ != "appos" or t.tag_ not in ("NN", "NNP"):
        return None
    before = [c for c in t.head.conjuncts if t.head.i < c.i < t.i]
    return max(before, key=lambda c: c.i) if before else None


def _particle(tok: Token) -> str | None:
    prts = _children(tok, "prt")
    if prts:
        return prts[0].lower_
    outs = [c for c in _children(tok, "prep") if c.lower_ == "out" and _children(c, "prep")]
    if outs:  # "pushed Russian troops out of Kherson", parsed as a preposition
        return "out"
    if tok.i + 1 < len(tok.doc):
        return tok.doc[tok.i + 1].lower_
    return None


# ---------------------------------------------------------------- the component


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
        self.lex: Lexicon = (
            load_lexicon(lexicon, patterns) if (lexicon or patterns) else default_lexicon()
        )
        self.cues: Cues = load_cues(cues) if cues else default_cues()
        self.min_confidence = min_confidence
        self.matcher = self.lex.matcher(nlp.vocab)
        self.phrases = {p.id: p for p in self.lex.phrases}
        self.control = self.lex.words("object_control")
        self.agent_nouns = self.lex.words("agent_nouns")
        self.place_nouns = self.lex.words("place_nouns")
        self.relation_nouns = self.lex.words("relation_nouns")
        self.collective = self.lex.words("collective_nouns")
        self.with_nouns = self.lex.words("with_nouns")
        self.other_actor_nouns = self.lex.words("other_actor_nouns")
        self.background = self.cues.lists["circumstantial_preps"]

    def __call__(self, doc: Doc) -> Doc:
        doc._.geokg_triples = self.extract(doc)
        return doc

    # ------------------------------------------------------------ top level

    def extract(self, doc: Doc) -> list[Triple]:
        """All triples of a processed Doc (actor spans set by ``geokg_actors``)."""
        ctx = _Context(
            doc,
            self._mentions(doc, places=False),
            self._mentions(doc, places=True),
            dict(doc._.geokg_actors or {}),
            doc._.geokg_meta,
        )
        found: list[Triple] = list(self._role_triples(ctx))
        every = {**ctx.places, **ctx.mentions}
        spans = {id(s): s for s in every.values()}  # each mention once (a Span per mention)
        if doc.has_annotation("DEP") and len({a for s in spans.values() for a in ctx.span_ids(s)}) > 1:
            phrase_hits: dict[int, list[tuple[Entry, str]]] = {}
            for match_id, start, end in self.matcher(doc):
                phrase = self.phrases[doc.vocab.strings[match_id]]
                tok = doc[start + min(phrase.trigger, end - start - 1)]
                phrase_hits.setdefault(tok.i, []).append((phrase.entry, doc[start:end].text))
            for sent in doc.sents:
                ids = {
                    a
                    for i in range(sent.start, sent.end)
                    if i in every
                    for a in ctx.span_ids(every[i])
                }
                if len(ids) < 2:
                    continue
                for tok in sent:
                    found += self._from_trigger(tok, sent, ctx, phrase_hits.get(tok.i, []))
        return self._dedupe(t for t in found if t.confidence >= self.min_confidence)

    def _mentions(self, doc: Doc, places: bool) -> dict[int, Span]:
        """Token index -> actor mention (``places``: only the mentions that are mere places)."""
        out: dict[int, Span] = {}
        if ACTOR_SPANS not in doc.spans:
            return out
        for span in doc.spans[ACTOR_SPANS]:
            ext = span._
            if bool(ext.geokg_location) != places or not ext.geokg_actor:
                continue
            for i in range(span.start, span.end):
                out[i] = span
        return out

    def _actor(self, ctx: _Context, actor_id: str, span: Span | None) -> Actor:
        actor = ctx.actors.get(actor_id)
        if actor is None:
            try:
                kind = ActorType(span.label_) if span is not None else ActorType.ORGANISATION
            except ValueError:
                kind = ActorType.ORGANISATION
            actor = Actor(id=actor_id, name=span.text if span is not None else actor_id, type=kind)
            ctx.actors[actor_id] = actor
        return actor

    def _evidence(
        self, ctx: _Context, sent: Span, trigger: str | None, start: int | None
    ) -> Evidence:
        meta = ctx.meta
        # a sentence ending a paragraph owns the blank line after it: not part of the evidence
        sentence = ctx.text[sent.start_char : sent.end_char].rstrip()
        return Evidence(
            doc_id=meta.doc_id if meta is not None else "doc",
            sentence=sentence,
            start=sent.start_char,
            end=sent.start_char + len(sentence),
            date=meta.date if meta else None,
            outlet=meta.outlet if meta else None,
            url=meta.url if meta else None,
            title=meta.title if meta else None,
            trigger=trigger,
            trigger_start=start,
        )

    def _role_triples(self, ctx: _Context) -> Iterator[Triple]:
        for item in ctx.doc._.geokg_roles or []:
            try:
                person, rel, org, span = item
                relation = Relation(rel)
            except (TypeError, ValueError):
                continue
            if person == org or person not in ctx.actors or org not in ctx.actors:
                continue
            parsed = ctx.doc.has_annotation("DEP") or ctx.doc.has_annotation("SENT_START")
            sentence = span.sent if parsed else ctx.doc[:]
            yield Triple(
                source=ctx.actors[person],
                relation=relation,
                target=ctx.actors[org],
                confidence=0.9,
                evidence=self._evidence(ctx, sentence, span.text, span.start_char),
            )

    # ------------------------------------------------------------ triggers

    def _candidates(self, tok: Token) -> list[Entry]:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            found = self.lex.lookup("VERB", lemma)
            if tok.tag_ == "VBN":
                found = found + self.lex.lookup("ADJ", tok.lower_)
            return found
        if tok.pos_ == "NOUN":
            return self.lex.lookup("NOUN", lemma)
        if tok.pos_ == "ADJ":
            return self.lex.lookup("ADJ", lemma) + self.lex.lookup("ADJ", tok.lower_)
        return []

    def _fits(self, entry: Entry, tok: Token) -> bool:
        if entry.relation is Relation.CONSULT and _children(tok, "dobj") and _children(tok, "oprd"):
            return False  # "called him a dictator" names him; nobody phoned
        if entry.particle is not None and _particle(tok) != entry.particle:
            return False
        if entry.objects is not None:
            objs = _unrelativize(_children(tok, "dobj")) or (  # "the plan, which X presented"
                _children(tok, "nsubjpass") if _is_passive(tok) else []
            )
            objs += [  # "sending thousands of troops"
                p
                for o in objs
                if o.lower_ in self.collective
                for c in _children(o, "prep")
                if c.lower_ == "of"
                for p in _children(c, "pobj")
            ]
            if not any(
                o.lemma_.lower() in entry.objects or o.lower_ in entry.objects for o in objs
            ):
                return False
        if entry.governors is not None:
            gov = self._light(tok)
            if gov is None or gov.lemma_.lower() not in entry.governors:
                return False
        if entry.complement_aux is not None:  # "Russia said Sudan must return the helicopter"
            auxes = {a.lower_ for c in _children(tok, "ccomp") for a in _children(c, "aux")}
            if not auxes & entry.complement_aux:
                return False
        return True

    def _from_trigger(
        self, tok: Token, sent: Span, ctx: _Context, phrases: list[tuple[Entry, str]]
    ) -> list[Triple]:
        if tok.pos_ not in _TRIGGER_POS and not phrases:
            return []
        if tok.i in ctx.mentions or tok.i in ctx.consumed:
            return []
        candidates = self._candidates(tok)
        if not candidates and not phrases:
            return []
        tried = [(e, text) for e, text in phrases]
        # a matched phrase fixes the word's sense: "called for a ceasefire" is no phone call
        senses = {e.relation for e, _ in phrases}
        tried += [
            (e, None)
            for e in candidates
            if (not senses or e.relation in senses) and self._fits(e, tok)
        ]
        for entry, text in tried:
            pairs = self._arguments(entry, tok, ctx)
            if pairs:
                if (
                    entry.objects is not None and entry.frame.name != "mediate"
                ) or entry.frame.name == "blame":  # "imposed sanctions", "blamed the strike on"
                    ctx.consumed.update(o.i for o in _children(tok, "dobj"))
                entry = self._protest_by_state(entry, pairs)
                found = self._triples(entry, tok, sent, ctx, pairs, text)
                return (
                    found
                    + self._negotiation(entry, tok, sent, ctx, pairs)
                    + self._cut(entry, tok, sent, ctx, pairs)
                    + self._implied(entry, tok, sent, ctx, pairs)
                    + self._purpose(entry, tok, sent, ctx, pairs)
                    + self._blamed_event(entry, tok, sent, ctx, pairs)
                )
        return self._warning(tok, sent, ctx, [e for e, _ in tried])

    def _warning(
        self, tok: Token, sent: Span, ctx: _Context, entries: list[Entry]
    ) -> list[Triple]:
        """ "Israel will strike again if Iran rebuilds": a hostile act promised on a condition
        that another actor sets is a threat to that actor, even when the act names no target."""
        hostile = [e for e in entries if e.relation.value in self.lex.words("hostile_relations")]
        if not hostile or tok.pos_ != "VERB" or not self._promised(tok):
            return []
        conditions = [
            a
            for a in _children(tok, "advcl")
            if any(m.lower_ in ("if", "unless") for m in _children(a, "mark"))
        ]
        targets = [s for a in conditions for s in _children(a, "nsubj")]
        sources = self._distinct(self._resolve(_subjects(tok, self.control), ctx, owner=False))
        ids = {a.actor for a in sources}
        setters = self._distinct(self._resolve(targets, ctx, owner=False))
        found = [a for a in setters if a.actor not in ids]
        if not sources or not found:
            return []
        threat = _derived(
            hostile[0], Relation.THREATEN, tok, 0.8, f"conditional {hostile[0].relation.value}"
        )
        pairs = [(a, b, "directed") for a in sources for b in found]
        made = self._triples(threat, tok, sent, ctx, pairs, None)
        return [self._stated(t) for t in made]

    @staticmethod
    def _stated(triple: Triple) -> Triple:
        """The threat itself is stated, whatever the mood of the threatened act."""
        if triple.stated:
            return triple
        return triple.model_copy(update={"modality": Modality.ASSERTED, "negated": False})

    @staticmethod
    def _promised(verb: Token) -> bool:
        """A verb with "will"/"would" (the act is promised, not reported as done)."""
        return any(a.lower_ in ("will", "would", "'ll", "'d", "wo") for a in _children(verb, "aux"))

    def _cut(
        self, entry: Entry, tok: Token, sent: Span, ctx: _Context, pairs: list[tuple[Arg, Arg, str]]
    ) -> list[Triple]:
        """ "The US suspended military aid to Bosnia": cutting aid or cooperation is a sanction."""
        if entry.relation not in (Relation.AID, Relation.COOPERATE, Relation.CONSULT):
            return []
        gov = (
            self._light(tok)
            if tok.pos_ == "NOUN"
            else (tok.head if tok.dep_ == "xcomp" else None)
        )
        if gov is None or gov.lemma_.lower() not in self.lex.words("cut_verbs"):
            return []
        directed = [p for p in pairs if p[2] == "directed"]
        cut = _derived(entry, Relation.SANCTION, gov, 0.9, "cut " + entry.relation.value)
        return self._triples(cut, gov, sent, ctx, directed, None) if directed else []

    def _implied(
        self, entry: Entry, tok: Token, sent: Span, ctx: _Context, pairs: list[tuple[Arg, Arg, str]]
    ) -> list[Triple]:
        """Relations a construction implies besides the trigger's own.

        - an ultimatum: "Nigeria will withdraw its force from Chad unless ..." -> threaten;
        - preparing an attack: "the army prepared to resume shelling" -> mobilize;
        - a commitment to a cooperative act: "Libya offered to hand over the suspects to
          Britain", "Syria is willing to withdraw from Lebanon" -> agree;
        - a vow of a hostile act: "vowed to strike Israel" -> threaten;
        - a refusal of a cooperative act: "Serbia refuses to recognise Kosovo" -> reject.
        """
        directed = [p for p in pairs if p[2] == "directed"]
        stance = self._stance(entry, tok) if directed else None
        if stance is not None:
            relation, anchor = stance
            implied = _derived(
                entry, relation, anchor, 0.8, f"{anchor.lemma_} to {entry.relation.value}"
            )
            return self._triples(implied, anchor, sent, ctx, directed, None)
        if not directed or tok.pos_ != "VERB":
            return []
        clause = tok.head if tok.dep_ == "xcomp" else tok
        hostile = entry.relation.value in self.lex.words("hostile_relations")
        marks = ("unless", "if") if hostile and self._promised(tok) else ("unless",)
        unless = [
            a
            for c in (tok, clause)
            for a in _children(c, "advcl")
            if any(m.lower_ in marks for m in _children(a, "mark"))
        ]
        relation: Relation | None = None
        if unless and entry.relation is not Relation.THREATEN:
            relation, anchor = Relation.THREATEN, tok
        elif entry.relation is Relation.ASSAULT:
            anchor = next(
                (
                    g
                    for g in (tok.head, tok.head.head)
                    if g.lemma_.lower() in self.lex.words("preparation_verbs")
                ),
                None,
            )
            if anchor is not None and tok.dep_ in ("xcomp", "dobj"):
                relation = Relation.MOBILIZE
        if relation is None:
            return []
        implied = _derived(entry, relation, anchor, 0.8, f"implied by {entry.relation.value}")
        made = self._triples(implied, anchor, sent, ctx, directed, None)
        if relation is Relation.THREATEN:  # the threat itself is stated, whatever the action's mood
            made = [self._stated(t) for t in made]
        return made

    def _purpose(
        self, entry: Entry, tok: Token, sent: Span, ctx: _Context, pairs: list[tuple[Arg, Arg, str]]
    ) -> list[Triple]:
        """ "North Korea sent troops to support Russia": sending forces or goods in order to help
        an actor is aid to it, stated as the sending is (``purpose_aid_verbs``)."""
        if entry.relation not in (Relation.SUPPORT, Relation.AID) or tok.pos_ != "VERB":
            return []
        if tok.dep_ not in ("advcl", "xcomp") or not any(
            c.lower_ == "to" for c in _children(tok, "aux")
        ):
            return []
        gov = tok.head
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in self.lex.words("purpose_aid_verbs"):
            return []
        if not _children(gov, "dobj"):
            return []
        directed = [p for p in pairs if p[2] == "directed"]
        aid = _derived(entry, Relation.AID, gov, 0.9, f"{gov.lemma_} to {entry.relation.value}")
        return self._triples(aid, gov, sent, ctx, directed, None) if directed else []

    def _blamed_event(
        self, entry: Entry, tok: Token, sent: Span, ctx: _Context, pairs: list[tuple[Arg, Arg, str]]
    ) -> list[Triple]:
        """ "the downing of an Azerbaijani airliner that Aliyev blamed on Russian air defences":
        whoever a hostile event is blamed on did it, to the owner of what it struck."""
        if entry.frame.name != "blame":
            return []
        found: list[Triple] = []
        blamed = [p for p in pairs if p[2] == "directed"]
        events = _unrelativize(_children(tok, "dobj")) + _prep_objects(tok, ("for",))
        for event in events:  # "blamed X on Y", "blamed Y for X"
            struck = [
                p for o in _children(event, "prep") if o.lower_ in ("of", "on", "against")
                for p in _children(o, "pobj")
            ]
            if event.dep_ == "pobj" and event.head.lower_ == "of":  # "the downing of X that"
                event, struck = event.head.head, [event]
            entries = [
                e
                for e in self.lex.lookup("NOUN", event.lemma_.lower())
                if e.relation.value in self.lex.words("hostile_relations") and e.particle is None
            ]
            if not entries or event.pos_ != "NOUN":
                continue
            victims = self._distinct(self._resolve(struck, ctx, owner=True, places=True))
            made = [
                (target, victim, "directed")
                for _, target, _ in blamed
                for victim in victims
                if victim.actor != target.actor
            ]
            if made:
                act = _derived(entries[0], entries[0].relation, event, 0.8, "blamed event")
                found += self._triples(act, tok, sent, ctx, made, None)
        return found

    def _host(self, tok: Token) -> Token:
        """ "a mediation effort between ...", "an uneasy relationship with ...": the noun a
        trigger names the kind of (``host_nouns``, ``relation_nouns``) carries its arguments."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.words("host_nouns"):
            return tok.head
        mod = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "amod" else tok
        if mod.dep_ == "amod" and mod.head.lemma_.lower() in self.relation_nouns:
            return mod.head  # "an uneasy relationship with Maduro", "a long and uneasy ..."
        return tok

    def _light(self, tok: Token) -> Token | None:
        """The verb a noun trigger (or the host noun it modifies) is the object of."""
        return _light_verb(self._host(tok), self.background)

    def _stance(self, entry: Entry, tok: Token) -> tuple[Relation, Token] | None:
        """The relation a governor of an action states by itself, with the governor token.

        The governor's lemma (``commitment_governors``, ``vow_governors``,
        ``refusal_governors``) and the kind of the embedded action (``committed_relations``,
        ``cooperative_relations``, ``vowed_threats``: a vow to arm oneself threatens nobody)
        decide, as listed in the lexicon's word lists.
        """
        action = self._light(tok) if tok.pos_ == "NOUN" else tok
        if action is None or action.dep_ != "xcomp":  # "promised to continue aid to Libya"
            return None
        if _children(action, "neg"):  # "vowed not to return the Golan Heights to Syria"
            return None
        gov = action.head
        if gov.dep_ == "xcomp" and gov.lemma_.lower() in self.cues.lists["presupposing_governors"]:
            gov = gov.head  # "pledged to keep supplying fuel"
        lemma = gov.lemma_.lower()
        kind = entry.relation.value
        if kind in self.lex.words("committed_relations"):  # not "willing to sign a deal"
            if lemma in self.lex.words("commitment_governors"):
                return Relation.AGREE, gov
        if kind in self.lex.words("cooperative_relations"):
            if lemma in self.lex.words("refusal_governors"):
                return Relation.REJECT, gov
        if kind in self.lex.words("vowed_threats") and lemma in self.lex.words("vow_governors"):
            return Relation.THREATEN, gov
        return None

    def _protest_by_state(self, entry: Entry, pairs: list[tuple[Arg, Arg, str]]) -> Entry:
        """A state or organisation "protesting" (not its people) is a diplomatic accusation."""
        if entry.relation is not Relation.PROTEST:
            return entry
        people = all(
            s.strength < DIRECT or (s.span is not None and s.span._.geokg_via == "demonym")
            for s, _, _ in pairs
        )
        if people:
            return entry
        return Entry(
            Relation.ACCUSE,
            entry.pos,
            entry.lemmas,
            entry.frame,
            weight=entry.weight,
            origin=entry.origin + " (protest by a state)",
        )

    def _negotiation(
        self, entry: Entry, tok: Token, sent: Span, ctx: _Context, pairs: list[tuple[Arg, Arg, str]]
    ) -> list[Triple]:
        """ "Turkiye is working on an agreement with Armenia": the talks themselves are consults."""
        if entry.relation is not Relation.AGREE or tok.pos_ != "NOUN":
            return []
        gov = self._light(tok)
        if gov is None or gov.lemma_.lower() not in self.lex.words("negotiation_verbs"):
            return []
        directed = [p for p in pairs if p[2] == "directed"]
        talks = _derived(entry, Relation.CONSULT, gov, 0.9, "negotiation")
        return self._triples(talks, gov, sent, ctx, directed, None) if directed else []

    # ------------------------------------------------------------ arguments

    def _resolve(
        self,
        toks: Iterable[Token],
        ctx: _Context,
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
            for t in (head, *head.conjuncts) if spread else (head,):
                if t.i in seen:
                    continue
                seen.add(t.i)
                span = mention(t)
                if span is not None:
                    out += ctx.span_args(span, t, DIRECT)
                    continue
                if t.lower_ in self.collective and depth < 3:  # "a group of Moroccan diplomats"
                    inner = [
                        p
                        for o in _children(t, "prep")
                        if o.lower_ == "of"
                        for p in _children(o, "pobj")
                    ]
                    if inner:
                        out += self._resolve(inner, ctx, owner, places, depth + 1)
                        continue
                if t.pos_ == "PRON":
                    if t.dep_ == "nsubj":
                        out += self._speaker_pronoun(t, t.head, ctx) or self._previous_person(
                            t, ctx
                        )
                    elif t.lower_ in _REFLEXIVE and t.head.pos_ in ("VERB", "AUX"):
                        out += self._resolve(
                            _subjects(t.head, self.control), ctx, False, depth=depth + 1
                        )
                    elif t.lower_ in _OBJECT_PRONOUNS and t.dep_ in ("dobj", "dative") and depth < 3:
                        subjects = self._resolve(
                            _subjects(t.head, self.control), ctx, False, depth=depth + 1
                        )
                        out += self._other_person(t, ctx, {a.actor for a in subjects})
                    continue
                # "the US State Secretary, Marco Rubio"; "buyers of Russian oil, including China"
                named = [a for a in _children(t, "appos") if mention(a) is not None]
                named += [
                    p
                    for o in _children(t, "prep")
                    if o.lower_ in ("including", "like")
                    for c in _children(o, "pobj")
                    for p in (c, *c.conjuncts)
                    if mention(p) is not None
                ]
                if named and t.pos_ in ("NOUN", "PROPN"):
                    out += [x for a in named for x in ctx.span_args(mention(a), a, DIRECT)]
                    seen.update(a.i for a in named)
                    continue
                lemma = t.lemma_.lower()
                if t.pos_ == "PROPN" and lemma not in self.agent_nouns and lemma.endswith("s"):
                    lemma = lemma[:-1]  # "Iraqi Kurds", "Russian Troops" in a headline
                agentive = lemma in self.agent_nouns
                if lemma in self.other_actor_nouns:
                    continue  # "Kyiv's allies" are not Kyiv
                if not (agentive or (owner and t.pos_ in ("NOUN", "PROPN"))):
                    continue
                out += self._lift(t, ctx, owner, agentive, depth, seen)
        return out

    def _lift(
        self, t: Token, ctx: _Context, owner: bool, agentive: bool, depth: int, seen: set[int]
    ) -> list[Arg]:
        """The actor a noun stands for: its modifiers ("Russian troops"), possessor, "of" phrase."""
        lemma = t.lemma_.lower()
        place = lemma in self.place_nouns
        strength = LIFTED if agentive else OWNER

        def mention(m: Token) -> Span | None:
            span = ctx.mentions.get(m.i)
            return ctx.places.get(m.i) if span is None and place else span

        poss = _children(t, "poss")
        named = [m for m in _children(t, "amod", "compound", "nmod") if mention(m) is not None]
        if poss and named and all(p.pos_ == "PRON" for p in poss):
            poss = []  # "his Saudi counterpart": the demonym, not the pronoun
        mods = [
            m for c in (poss or _children(t, "amod", "compound", "nmod")) for m in (c, *c.conjuncts)
        ]
        mods += [g for m in list(mods) for g in _children(m, "compound", "amod")]
        # "Hamas-led militants", "a US-led coalition": the leader stands for the led, unless the
        # led is named ("the Russian-led CSTO alliance" is the CSTO)
        if not any(mention(m) is not None for m in mods):
            mods += [
                g
                for m in _children(t, "amod")
                if m.lower_ == "led"
                for g in _children(m, "npadvmod", "compound", "nmod", "amod")
            ]
        if owner:  # "a ceasefire proposed by Washington and Kyiv"
            mods += [p for a in _children(t, "acl") for c in _agents(a) for p in (c, *c.conjuncts)]
        out: list[Arg] = []
        for m in mods:
            span = mention(m)
            if span is not None and m.i not in seen:
                seen.add(m.i)
                out += ctx.span_args(span, m, strength)
            elif m.dep_ == "poss" and m.pos_ == "PRON" and m.lower_ in _POSSESSIVE:
                out += [
                    Arg(a.actor, a.token, a.span, min(a.strength, strength))
                    for a in self._pronoun_owner(m, ctx, depth)
                ]
            elif m.dep_ == "poss" and m.lower_ == "whose" and depth < 3:
                # "Brazil and Colombia, whose presidents ...": the noun the clause is on, with its
                # conjuncts unless one follows the clause ("Syria, whose ..., and Iran")
                ante = _relative_antecedent(m)
                if ante and any(c.i > m.i for c in ante[0].conjuncts):
                    span = ctx.mentions.get(ante[0].i)
                    found = ctx.span_args(span, ante[0], strength) if span is not None else []
                else:
                    found = self._resolve(ante, ctx, False, depth=depth + 1)
                out += [Arg(a.actor, a.token, a.span, min(a.strength, strength)) for a in found]
        nested: list[Token] = []
        for o in _children(t, "prep"):
            word = o.lower_
            if (
                word == "of"
                or (owner and word == "by")
                or (word == "with" and lemma in self.with_nouns)
                or (agentive and word in ("in", "from") and not out)
                or (owner and place and not out and word in ("in", "on", "near", "along", "for"))
            ):
                nested += _children(o, "pobj")
        if nested and depth < 2:  # "positions of the Palestinian security forces"
            for a in self._resolve(nested, ctx, False, places=place and owner, depth=depth + 1):
                out.append(Arg(a.actor, a.token, a.span, min(a.strength, strength)))
        return out

    def _pronoun_owner(self, pron: Token, ctx: _Context, depth: int) -> list[Arg]:
        """ "its"/"their": the object of the clause when it is an actor, else its subject."""
        verb = pron.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or depth > 2:
            return []
        objs = [o for o in _children(verb, "dobj") if o.i in ctx.mentions]
        as_complement = pron.head.dep_ == "pobj" and pron.head.head.lower_ == "as"
        if objs and pron.i > objs[0].i and not as_complement:
            return self._resolve(objs, ctx, False, depth=depth + 1)
        subs = _subjects(verb, self.control)
        if pron.head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            return self._speaker_pronoun(pron, verb, ctx)  # "Ukraine said its air defences ..."
        owners = self._resolve(subs, ctx, False, depth=depth + 1)
        if pron.lower_ in _PERSONAL and owners and not any(self._is_person(a) for a in owners):
            # "Lee halted the broadcasts, but Pyongyang rejected his offers": not Pyongyang's
            return self._other_person(pron, ctx, {a.actor for a in owners})
        return owners

    def _is_person(self, arg: Arg) -> bool:
        return arg.span is not None and arg.span.label_ == "person"

    def _other_person(self, pron: Token, ctx: _Context, exclude: set[str]) -> list[Arg]:
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

    def _previous_person(self, pron: Token, ctx: _Context) -> list[Arg]:
        """ "He"/"she" opening a sentence: the one person who was a subject just before."""
        sent = pron.sent
        if pron.lower_ not in ("he", "she"):
            return []
        clause = pron.head
        if clause.dep_ == "conj":  # "Trump made ..., and he has expressed frustration"
            first = [
                s
                for s in _children(clause.head, "nsubj")
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

    def _speaker_pronoun(self, pron: Token, clause: Token, ctx: _Context) -> list[Arg]:
        """ "Syria says it will withdraw": a subject pronoun in a reported clause -> the speaker."""
        subjects = ("it", "they", "he", "she", "we", "i", "my")
        if pron.lower_ not in subjects and pron.lower_ not in _POSSESSIVE:
            return []
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or not self.cues.has("speech_verbs", clause.head.lemma_.lower()):
            return []
        expletive = pron.lower_ == "it" and pron.head.lemma_ == "be"
        if expletive and not self._stance_predicate(pron.head):
            return []  # "it was up to the mediators", but not "it is willing to"
        speakers = [
            s
            for s in _children(clause.head, "nsubj")
            # "he" resolved by coref speaks for "we"/"I" only: "they ..., he said" is not him
            if s.pos_ != "PRON" or (s.i in ctx.mentions and pron.lower_ in _FIRST_PERSON)
        ]
        if pron.lower_ in _SINGULAR_PRONOUNS:  # "Egyptian officials said it ..." is not them
            speakers = [s for s in speakers if s.tag_ not in ("NNS", "NNPS")]
        found = self._resolve(speakers, ctx, owner=False, depth=3)  # "Palestinian leaders said"
        return [Arg(a.actor, a.token, a.span, min(a.strength, LIFTED)) for a in found]

    def _stance_predicate(self, be: Token) -> bool:
        """ "it is willing to withdraw": an adjective of will or ability with an infinitive."""
        return any(
            any(
                self.cues.has(kind, a.lemma_.lower())
                for kind in ("desire_predicates", "negative_predicates", "possible_predicates")
            )
            and _children(a, "xcomp")
            for a in _children(be, "acomp")
        )

    def _pair_tokens(self, tok: Token, ctx: _Context, depth: int = 0) -> list[Token]:
        """Both sides of a relation: "between X and Y", "X-Y tensions", "X's ties with Y"."""
        between = [
            p
            for c in _children(tok, "prep")
            if c.lower_ in ("between", "among")
            for p in _children(c, "pobj")
        ]
        if between:
            return between
        mods = [m for m in tok.lefts if m.dep_ in ("compound", "amod", "nmod")]
        inner = [
            d
            for m in mods
            for d in m.subtree
            if d.dep_ in ("compound", "amod", "nmod", "appos", "conj") or d in mods
        ]
        if sum(1 for d in inner if d.i in ctx.mentions) >= 2:
            return [d for d in inner if d.i in ctx.mentions]
        if depth > 1:
            return []
        # a relation noun nearby: "relations between X and Y have entered a phase of tension"
        linked: list[Token] = []
        if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in self.relation_nouns:
            linked.append(tok.head)
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass", "poss") or (c.dep_ == "prep" and c.lower_ == "in"):
                cands = [c] if c.dep_ != "prep" else _children(c, "pobj")
                linked += [x for x in cands if x.lemma_.lower() in self.relation_nouns]
        if tok.dep_ in ("acomp", "attr", "oprd"):  # "relations between X and Y remain tense"
            linked += [
                s
                for s in _children(tok.head, "nsubj", "nsubjpass")
                if s.lemma_.lower() in self.relation_nouns
            ]
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in self.relation_nouns:
            linked.append(tok.head.head)
        gov = self._light(tok) if tok.pos_ == "NOUN" else None
        if gov is not None:
            linked += [
                s
                for s in _children(gov, "nsubj", "nsubjpass")
                if s.lemma_.lower() in self.relation_nouns
            ]
        for rel in linked:
            got = self._pair_tokens(rel, ctx, depth + 1)
            if got:
                return got
            poss, withs = _children(rel, "poss"), _prep_objects(rel, ("with",))
            if poss and withs:
                return poss + withs
        return []

    def _role(self, role: str, tok: Token, ctx: _Context, entry: Entry) -> list[Token]:
        """Argument tokens reached from the trigger by one role."""
        is_noun = tok.pos_ == "NOUN"
        hosted = self._host(tok) is not tok
        gov = self._light(tok) if is_noun or hosted else None
        if role.startswith("prep:"):
            preps = role[5:].split("|")
            found = _prep_objects(tok, preps) or _prep_objects(self._host(tok), preps)
            if not found and not is_noun and "for" not in preps:
                # "mobilized for a war against Y", "called for restraint from Y"
                found = [p for f in _prep_objects(tok, ("for",)) for p in _prep_objects(f, preps)]
            if not found and not is_noun:  # "moved closer to Washington"
                found = [p for a in _children(tok, "advmod") for p in _prep_objects(a, preps)]
            if not found and entry.frame.name == "blame":  # "blamed the bombing of X on Y"
                found = [
                    p
                    for o in _children(tok, "dobj")
                    for d in o.subtree
                    if d.dep_ == "prep" and d.lower_ in preps
                    for p in _children(d, "pobj")
                ][-1:]
            if not found and is_noun:  # "pressure from Brussels on Paris" (attached one level down)
                found = [
                    n
                    for c in _children(tok, "prep")
                    for o in _children(c, "pobj")
                    for n in _prep_objects(o, preps)
                ]
            if not found and gov is not None and self._host(tok).dep_ == "dobj":
                found = _prep_objects(gov, preps)
            if not found and is_noun and "by" in preps:  # "the downing of a plane by Russia"
                found = [b for o in _prep_objects(tok, ("of",)) for b in _prep_objects(o, ("by",))]
            if not is_noun:  # "shared evidence with the U.S.", "sent arms to Kyiv"
                on_object = (
                    preps
                    if entry.frame.name == "give"
                    else [p for p in preps if p == "with" or (p in entry.preps and p != "to")]
                )
                found += [p for o in _children(tok, "dobj") for p in _prep_objects(o, on_object)]
            return found
        if role == "subj":
            return _subjects(tok, self.control) if not is_noun else []
        if role == "obj":
            return _objects(tok) if not is_noun else []
        if role == "dative":
            verb = gov if (gov is not None and tok.dep_ == "dobj") else tok
            own = [c for c in _children(verb, "dative") if c.lower_ not in ("to", "for")]
            objs = _children(verb, "dobj")
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
        if role == "ccomp_subj":
            return [s for c in _children(tok, "ccomp") for s in _children(c, "nsubj")]
        if role == "speaker":
            # "Armenia said Azerbaijan violated the ceasefire": the speaker charges the subject
            clause = tok
            while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
                clause = clause.head
            speech = clause.head
            if clause.dep_ != "ccomp" or not self.cues.has("speech_verbs", speech.lemma_.lower()):
                return []
            return _subjects(speech, self.control)
        if role == "warned_subj":
            # "warned Moscow would pay a heavy price", "warned that Iran could face sanctions": a
            # warning of a penalty for an actor threatens it (not "could face a recession")
            if tok.lemma_.lower() not in self.lex.words("warning_verbs"):
                return []
            clauses = [
                v
                for c in _children(tok, "ccomp")
                for v in (c, *_children(c, "xcomp"))
                if v.lemma_.lower() in self.lex.words("consequence_verbs")
                and any(
                    o.lemma_.lower() in self.lex.words("penalty_nouns")
                    for o in _children(v, "dobj")
                )
            ]
            return [s for v in clauses for s in _subjects(v, self.control)]
        if role == "complement_target":
            # "threatened to break relations with Russia unless the Kremlin closed its base"
            comps = _children(tok, "xcomp") + [
                p
                for c in _children(tok, "prep")
                if c.lower_ in ("at", "of", "about", "to", "on", "against")
                for p in _children(c, "pcomp")
            ]
            out: list[Token] = []
            for c in comps:
                conditions = [
                    a
                    for a in c.children
                    if a.dep_ == "advcl"
                    and any(m.lower_ in ("if", "unless") for m in _children(a, "mark"))
                ]
                objs = _children(c, "dobj", "dative")
                out += objs
                out += [p for h in (c, *objs) for p in _prep_objects(h, _THREAT_PREPS)]
                out += [
                    n
                    for h in objs
                    for p in _prep_objects(h, ("of",))
                    for n in _prep_objects(p, _THREAT_PREPS)
                ]
                out += [s for a in conditions for s in _children(a, "nsubj") + _agents(a)]
            return out
        if role == "poss":
            poss = _children(self._host(tok), "poss")
            if poss and poss[0].pos_ == "PRON":  # "Russia views France as its adversary"
                return [a.token for a in self._pronoun_owner(poss[0], ctx, 0)]
            return poss
        if role in ("mod", "agent_mod"):
            return [m for m in _children(tok, "amod", "compound", "nmod")]
        if role == "gov_subj":
            if gov is None:
                return []
            if tok.dep_ == "nsubjpass":
                return _agents(gov)
            host = self._host(tok)
            if (
                host.dep_ == "pobj"
                and host.head.lower_ in ("for", "of")
                and host.head.head.i == gov.i
                and _children(gov, "dobj")
                and entry.relation.kind is not RelationKind.DURABLE
            ):  # "blamed Israel for the shelling", "praised Qatar for its mediation"
                return _unrelativize(_children(gov, "dobj"))
            # "China and Japan are locked in a row": a passive light verb without an agent
            return _subjects(gov, self.control) or _children(gov, "nsubjpass")
        if role == "appos_head":
            t = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else tok
            if t.dep_ == "appos":
                return [_described_conjunct(t) or t.head]
            return _children(tok, "appos")
        if role == "cop_subj":
            if tok.dep_ in ("attr", "acomp"):
                return _subjects(tok.head, self.control)
            if tok.dep_ == "oprd":
                return _objects(tok.head)
            return []
        if role == "compound_head":
            return [tok.head] if tok.dep_ in ("compound", "amod", "nmod") else []
        if role == "as_head":
            if tok.dep_ == "pobj" and tok.head.lower_ == "as":
                verb = tok.head.head
                return _children(verb, "nsubjpass") or _objects(verb)
            return []
        if role == "pair":
            return self._pair_tokens(tok, ctx)
        if role == "purpose_target":
            return self._countered(gov if (is_noun and gov is not None) else tok)
        return []

    def _countered(self, verb: Token) -> list[Token]:
        """ "deployed troops to counter what Maduro called threats from Washington": the thing a
        purpose clause of a ``counter_verbs`` verb counters, and the actor named after it."""
        out: list[Token] = []
        clauses = _children(verb, "advcl", "xcomp")
        clauses += [c for o in _children(verb, "dobj") for c in _children(o, "acl")]
        for clause in clauses:  # "sent carriers to deter Iran" (the clause may hang on the object)
            if clause.lemma_.lower() not in self.lex.words("counter_verbs"):
                continue
            if not any(a.lower_ == "to" for a in _children(clause, "aux")):
                continue
            things = [o for o in _children(clause, "dobj") if o.lower_ != "what"]
            things += [  # "what he called the hostile policies of ..."
                o
                for c in _children(clause, "ccomp")
                if any(w.lower_ == "what" for w in c.children)
                for o in _children(c, "oprd", "dobj")
                if o.lower_ != "what"
            ]
            things += _prep_objects(clause, ("against",))  # "to defend against Russia"
            out += things
            out += [p for t in things for p in _prep_objects(t, ("of", "from", "by"))]
        return out

    def _event_noun(self, tok: Token) -> bool:
        """A noun naming a hostile act ("bombardment", "strikes", "campaign")."""
        if tok.pos_ != "NOUN":
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.lex.words("projectiles") or lemma in self.lex.words("host_nouns"):
            return True
        return any(e.relation in self.lex.owner_lift for e in self.lex.lookup("NOUN", lemma))

    def _arguments(self, entry: Entry, tok: Token, ctx: _Context) -> list[tuple[Arg, Arg, str]]:
        """(source, target, shape) pairs; shape is "directed" or "mutual"."""
        owner = entry.relation in self.lex.owner_lift
        target_roles = entry.target_roles
        if "pair" in entry.frame.source or "pair" in target_roles:
            pair = self._distinct(self._resolve(self._pair_tokens(tok, ctx), ctx, owner=False))
            if len(pair) >= 2:
                return self._mutual(pair)
        sources: list[Arg] = []
        for role in entry.frame.source:
            if role == "pair":
                continue
            # a singular apposition after "A and B" describes B alone: do not spread to A
            spread = role != "appos_head" or _described_conjunct(tok) is None
            sources = self._distinct(
                self._resolve(self._role(role, tok, ctx, entry), ctx, owner=False, spread=spread)
            )
            if sources:
                break
        if not sources and owner and tok.pos_ == "VERB":
            # "Israel's bombardment killed ...": an event subject stands for its owner
            events = [s for s in _subjects(tok, self.control) if self._event_noun(s)]
            sources = self._distinct(self._resolve(events, ctx, owner=True))
        if not sources and entry.relation.value in self.lex.words("verbal_relations"):
            sources = self._distinct(self._resolve(self._speaker_of_conjunct(tok), ctx, False))
        if (
            not sources
            and entry.relation.value in self.lex.words("passive_place_relations")
            and tok.pos_ == "VERB"
            and _is_passive(tok)
            and not _agents(tok)
        ):
            # "a US national was arrested in Lebanon": the state where it happened did it
            places = _prep_objects(tok, ("in",))
            sources = [
                Arg(ctx.places[p.i]._.geokg_actor, p, ctx.places[p.i], LIFTED)
                for p in places
                if p.i in ctx.places
            ]
        if not sources:
            return []
        source_ids = {a.actor for a in sources}
        targets: list[Arg] = []
        for role in target_roles:
            if role == "pair":
                continue
            got = self._resolve(
                self._role(role, tok, ctx, entry), ctx, owner=owner, places=entry.places
            )
            targets = [a for a in self._distinct(got) if a.actor not in source_ids]
            if entry.target_types is not None:
                targets = [
                    a
                    for a in targets
                    if ctx.actors.get(a.actor) is None
                    or ctx.actors[a.actor].type in entry.target_types
                    or (
                        a.span is not None
                        and a.span.label_ in {t.value for t in entry.target_types}
                    )
                ]
            if targets:
                break
        if targets:
            return [(s, t, "directed") for s in sources for t in targets]
        if entry.mutual and len(sources) >= 2:
            return self._mutual(sources)
        return []

    def _speaker_of_conjunct(self, verb: Token) -> list[Token]:
        """ "ECOWAS said its doors remained open and urged the three countries ...": a verbal act
        parsed as a conjunct of the reported clause, whose subject is no actor, is the speaker's."""
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or _children(verb, "nsubj", "nsubjpass"):
            return []
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or not self.cues.has("speech_verbs", speech.lemma_.lower()):
            return []
        return _subjects(speech, self.control)

    @staticmethod
    def _distinct(args: list[Arg]) -> list[Arg]:
        out: dict[str, Arg] = {}
        for a in args:
            if a.actor not in out or out[a.actor].strength < a.strength:
                out[a.actor] = a
        return list(out.values())

    @staticmethod
    def _mutual(args: list[Arg]) -> list[tuple[Arg, Arg, str]]:
        ordered = sorted(args, key=lambda a: a.actor)
        return [(a, b, "mutual") for i, a in enumerate(ordered) for b in ordered[i + 1 :]]

    # ------------------------------------------------------------ triples

    def _confidence(self, entry: Entry, tok: Token, src: Arg, tgt: Arg) -> float:
        conf = entry.weight * src.strength * tgt.strength
        for arg in (src, tgt):
            via = arg.span._.geokg_via if arg.span is not None else None
            conf *= VIA_FACTOR.get(via or "name", 0.9)
        distance = max(abs(src.token.i - tok.i), abs(tgt.token.i - tok.i))
        conf *= 1.0 if distance <= 6 else 0.9 if distance <= 12 else 0.8
        return round(min(1.0, max(0.05, conf)), 4)

    def _triples(
        self,
        entry: Entry,
        tok: Token,
        sent: Span,
        ctx: _Context,
        pairs: list[tuple[Arg, Arg, str]],
        phrase_text: str | None,
    ) -> list[Triple]:
        durable = entry.relation.kind is RelationKind.DURABLE
        reading = read_modality(tok, self.cues, durable=durable)
        speaker = None
        if reading.speaker is not None:
            spoken = self._resolve([reading.speaker], ctx, owner=False)
            if spoken:
                speaker = self._actor(ctx, spoken[0].actor, spoken[0].span)
        trigger = phrase_text or tok.text
        particle = _children(tok, "prt")
        if phrase_text is None and entry.particle and particle:
            trigger = tok.doc[min(tok.i, particle[0].i) : max(tok.i, particle[0].i) + 1].text
        evidence = self._evidence(ctx, sent, trigger, tok.idx)
        out = []
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
            out.append(
                Triple(
                    source=self._actor(ctx, a.actor, a.span),
                    relation=entry.relation,
                    target=self._actor(ctx, b.actor, b.span),
                    negated=reading.negated,
                    modality=reading.modality,
                    confidence=self._confidence(entry, tok, src, tgt),
                    evidence=evidence,
                    attributed_to=speaker,
                )
            )
        return out

    @staticmethod
    def _dedupe(triples: Iterable[Triple]) -> list[Triple]:
        best: dict[tuple, Triple] = {}
        for t in triples:
            k = (*t.key(), t.negated, t.modality, t.evidence.start)
            if k not in best or best[k].confidence < t.confidence:
                best[k] = t
        return list(best.values())


@Language.factory(
    "geokg_relations",
    default_config={"lexicon": None, "patterns": None, "cues": None, "min_confidence": 0.0},
)
def make_relations(
    nlp: Language,
    name: str,
    lexicon: str | None,
    patterns: str | None,
    cues: str | None,
    min_confidence: float,
) -> RelationExtractor:
    """spaCy factory of the ``geokg_relations`` component.

    ``lexicon``, ``patterns`` and ``cues`` are paths of replacement data files (default: the bundled
    ones); triples below ``min_confidence`` are dropped.
    """
    return RelationExtractor(
        nlp, name, lexicon=lexicon, patterns=patterns, cues=cues, min_confidence=min_confidence
    )
