"""Mediated events: a third party that brings about talks or an agreement consults each party.

An agreement or talks (a ``mediated_relations`` trigger: agree, consult) may name who helped it
come about: "with the help of mediators from X", "under the auspices of X", "through X's
mediation" (``mediation_preps`` + ``mediation_nouns``, whose possessor, modifier or "of"/"from"
phrase names the mediator, through a ``mediator_nouns`` noun: "the help of Egyptian mediators");
"talks mediated by X", "a Saudi-brokered accord", "a deal X brokered", "the deal was brokered by
X" (``mediating_verbs``); "X helped A and B reach a deal" (``helping_verbs``). The phrase may hang
on the trigger, on the agreement or talks it names, or on the talks the agreement came out of
("signed at talks hosted by X", ``accord_setting_preps``). Then the mediator consults each party
of the event (PLOVER CONSULT, third-party mode), in the event's mood; the mediator is no party.

The parties are the trigger's own arguments; when it has none ("The agreement was signed at talks
..., with the help of mediators from X"), a definite agreement or talks noun ("the agreement",
"these talks") names the agreement or talks stated last before it, whose parties the pass noted
(:meth:`~..context.Context.note_accord`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Arg, Context, Hit, distinct
from ..emit import Emitter, derived
from ..grammar import Grammar
from ..syntax import by_agents, children, is_passive, prep_objects, subjects_of
from .event_anaphora import definite

__all__ = ["mediated", "mediated_alone", "names_mediation", "note_accord"]

#: confidence factor of a mediator's consultation, relative to the event's trigger
FACTOR = 0.85
#: modifiers and phrases of a mediation or mediator noun that may name who gives it
_GIVER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_GIVER_PREPS = ("of", "from", "by")


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    """Whether a token's lemma or form is in ``words`` (the tagger lemmatizes "auspices" oddly)."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _events(g: Grammar, tok: Token) -> list[Token]:
    """The trigger and the agreements and talks it names: its objects, the event noun's own
    talks ("a deal in talks ...", "signed at talks ..."), the verb a noun trigger is the object
    of ("signed a deal with the help of X")."""
    nouns = g.words("deal_nouns") | g.words("talk_nouns")
    setting = g.construction_words("accord_setting_preps")
    out = [tok]
    if tok.pos_ == "NOUN":
        verb = g.light(tok)
        if verb is not None:
            out.append(verb)
    heads = children(tok, "dobj", "nsubjpass") if tok.pos_ == "VERB" else []
    for head in [tok, *heads]:
        found = [head] if head.i != tok.i else []
        found += [p for p in prep_objects(head, setting) if p.lemma_.lower() in nouns]
        out += [n for n in found if n.lemma_.lower() in nouns and n.i not in {o.i for o in out}]
    return out


def _givers(g: Grammar, noun: Token, depth: int = 0) -> list[Token]:
    """Who a mediation noun ("help", "mediation") or mediator noun ("mediators") says gives it:
    its possessor or modifier ("Qatar's mediation", "Egyptian mediators"), its "of"/"from"/"by"
    object ("the help of X", "mediators from X"), through a mediator noun one step further."""
    mediators = g.construction_words("mediator_nouns")
    out = [c for c in noun.children if c.dep_ in _GIVER_DEPS]
    for obj in prep_objects(noun, _GIVER_PREPS):
        if obj.lemma_.lower() in mediators and depth < 1:
            out += [obj, *_givers(g, obj, depth + 1)]
        else:
            out.append(obj)
    return out


def _mediating(g: Grammar, verb: Token, event: Token) -> list[Token]:
    """The agent of a mediating verb as it relates to ``event``: "talks mediated by X", "a
    Saudi-brokered accord", "the deal was brokered by X", "X brokered a deal"."""
    if verb.lemma_.lower() not in g.construction_words("mediating_verbs"):
        return []
    if verb.head.i == event.i and verb.dep_ in ("acl", "amod"):  # modifies the event noun
        return by_agents(verb) + children(verb, "npadvmod", "compound")
    if event.head.i == verb.i and event.dep_ == "nsubjpass":
        return by_agents(verb)
    if event.head.i == verb.i and event.dep_ == "dobj":
        return subjects_of(verb, g.control)
    return []


def _phrases(g: Grammar, node: Token) -> list[tuple[Token, list[Token]]]:
    """The mediator phrases on one event token: (the token whose mood the mediation has, the
    tokens naming the mediator)."""
    preps = g.construction_words("mediation_preps")
    nouns = g.construction_words("mediation_nouns") | g.construction_words("mediator_nouns")
    out: list[tuple[Token, list[Token]]] = []
    for obj in prep_objects(node, preps):  # "with the help of X", "under X's auspices"
        if _word_in(obj, nouns):
            out.append((node, _givers(g, obj)))
    for mod in children(node, "acl", "amod"):  # "talks mediated by X", "Saudi-brokered"
        agents = _mediating(g, mod, node)
        if agents:
            out.append((node, agents))
    if node.pos_ == "NOUN" and node.dep_ in ("dobj", "nsubjpass"):  # "X brokered the deal"
        agents = _mediating(g, node.head, node)
        if agents:
            out.append((node.head, agents))
    helper = node.head  # "X helped A and B reach a deal"
    if (
        node.pos_ == "VERB"
        and node.dep_ in ("xcomp", "ccomp")
        and helper.lemma_.lower() in g.construction_words("helping_verbs")
    ):
        out.append((helper, subjects_of(helper, g.control)))
    return out


def _mediations(em: Emitter, events: list[Token], ctx: Context) -> list[tuple[Token, list[Arg]]]:
    """(mood token, mediators) of each mediator phrase on the events."""
    out = []
    for node in events:
        for anchor, toks in _phrases(em.g, node):
            found = distinct(em.r.resolve(toks, ctx, owner=False))
            if found:
                out.append((anchor, found))
    return out


def _consults(
    em: Emitter, entry: Entry, sent: Span, ctx: Context,
    mediations: list[tuple[Token, list[Arg]]], parties: list[Arg],
) -> list[Triple]:
    """Each mediator consults each party that is not a mediator itself (nor its own person:
    the emitter drops those, :func:`~..emit.acts_for`)."""
    out: list[Triple] = []
    mediators = {a.actor for _, found in mediations for a in found}
    others = [p for p in distinct(parties) if p.actor not in mediators]
    for anchor, found in mediations:
        pairs = [(m, p, "directed") for m in found for p in others]
        if pairs:
            talks = derived(entry, Relation.CONSULT, anchor, FACTOR, "mediation")
            out += em.triples(talks, anchor, sent, ctx, pairs, None)
    return out


def _parties(entry: Entry, pairs: list) -> list[Arg]:
    """The parties of an agreement or talks: its arguments (a mediating frame's targets only:
    "X hosted talks between A and B")."""
    if entry.frame.name == "mediate":
        return [t for _, t, _ in pairs]
    return [a for s, t, _ in pairs for a in (s, t)]


def mediated(em: Emitter, hit: Hit) -> list[Triple]:
    """ "A and B signed a deal under the auspices of X": X consults A and X consults B."""
    entry = hit.entry
    if entry.relation.value not in em.g.construction_words("mediated_relations"):
        return []
    if entry.frame.name == "mediate":
        return []  # "X mediated talks between A and B": the frame relates the mediator
    mediations = _mediations(em, _events(em.g, hit.tok), hit.ctx)
    if not mediations:
        return []
    return _consults(em, entry, hit.sent, hit.ctx, mediations, _parties(entry, hit.pairs))


def _antecedent(
    g: Grammar, events: list[Token], ctx: Context, mediators: frozenset[str] | set[str] = frozenset()
) -> list[Arg]:
    """The parties of the agreement or talks a definite event noun names ("the agreement was
    signed ...", "these talks"): those of the last one of its kind (an agreement, talks) stated
    before it; for a mediator that is a place's state, the last one held there ("A and B met in
    Abu Dhabi ... C and A held talks ... the UAE, which hosted the talks": A and B)."""
    kinds = {Relation.AGREE: g.words("deal_nouns"), Relation.CONSULT: g.words("talk_nouns")}
    for node in events:
        kind = next((k for k, nouns in kinds.items() if node.lemma_.lower() in nouns), None)
        if node.pos_ != "NOUN" or kind is None:
            continue
        if not definite(node) and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children
        ):
            continue
        earlier = [(i, parties) for i, rel, parties in ctx.accords if i < node.i and rel is kind]
        held = [parties for i, parties in earlier if _held_in(ctx, i, mediators)]
        if held:
            return held[-1]
        if earlier:
            return earlier[-1][1]
    return []


def _held_in(ctx: Context, i: int, states: frozenset[str] | set[str]) -> bool:
    """Whether the sentence of the event at token ``i`` places it in one of ``states`` (a
    place mention there resolving to it: "met in Abu Dhabi")."""
    if not states:
        return False
    sent = ctx.sentence(ctx.doc[i])
    return any(
        states.intersection(ctx.span_ids(ctx.places[k])) for k in range(sent.start, sent.end)
        if k in ctx.places
    )


def mediated_alone(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "A and B reached an agreement. The accord was signed with the help of X": the mediator of
    a definite agreement or talks with no parties in its sentence consults the parties of the
    one stated before."""
    if not ctx.accords:
        return []
    events = _events(em.g, tok)
    if len(events) < 2 and tok.pos_ == "VERB":
        return []  # a verb that names no agreement or talks
    mediations = _mediations(em, events, ctx)
    if not mediations:
        return []
    mediators = {a.actor for _, found in mediations for a in found}
    parties = _antecedent(em.g, events, ctx, mediators)
    if not parties:
        return []
    # the weight of the trigger's own entries ("brokered" may have fitted none of them)
    base = entries or em.g.candidates(tok)
    return _consults(em, base[0], sent, ctx, mediations, parties) if base else []


def note_accord(hit: Hit, found: list[Triple]) -> None:
    """Remember the parties of a stated agreement or talks for a later "the agreement"."""
    if hit.entry.relation not in (Relation.AGREE, Relation.CONSULT):
        return
    if any(t.stated and not t.negated for t in found):
        hit.ctx.note_accord(hit.tok, hit.entry.relation, distinct(_parties(hit.entry, hit.pairs)))


def names_mediation(g: Grammar, tokens: list[Token]) -> bool:
    """Whether a sentence names a mediator of an event (a word of the mediation lists): with one
    actor it may relate it to the parties of an earlier agreement."""
    words = (
        g.construction_words("mediation_nouns")
        | g.construction_words("mediator_nouns")
        | g.construction_words("mediating_verbs")
    )
    return any(_word_in(t, words) for t in tokens)
