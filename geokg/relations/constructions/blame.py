"""Blame: whoever a hostile event is blamed on did it, to the owner of what it struck; whoever a
speaker says raised tensions is accused by the speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Relation, Triple
from ..context import Context, Hit, Pair, distinct
from ..emit import Emitter, derived
from ..syntax import children, prep_objects, subjects_of, unrelativize


def blamed_event(em: Emitter, hit: Hit) -> list[Triple]:
    """ "the downing of an Azerbaijani airliner that Aliyev blamed on Russian air defences":
    whoever a hostile event is blamed on did it, to the owner of what it struck."""
    entry, tok, sent, ctx, pairs = hit.entry, hit.tok, hit.sent, hit.ctx, hit.pairs
    if entry.frame.name != "blame":
        return []
    found: list[Triple] = []
    blamed = [p for p in pairs if p[2] == "directed"]
    events = unrelativize(children(tok, "dobj")) + prep_objects(tok, ("for",))
    for event in events:  # "blamed X on Y", "blamed Y for X"
        struck = [
            p for o in children(event, "prep") if o.lower_ in ("of", "on", "against")
            for p in children(o, "pobj")
        ]
        if event.dep_ == "pobj" and event.head.lower_ == "of":  # "the downing of X that"
            event, struck = event.head.head, [event]
        entries = [
            e
            for e in em.g.lex.lookup("NOUN", event.lemma_.lower())
            if e.relation.value in em.g.lex.words("hostile_relations") and e.particle is None
        ]
        if not entries or event.pos_ != "NOUN":
            continue
        victims = distinct(em.r.resolve(struck, ctx, owner=True, places=True))
        made = [
            (target, victim, "directed")
            for _, target, _ in blamed
            for victim in victims
            if victim.actor != target.actor
        ]
        if made:
            act = derived(entries[0], entries[0].relation, event, 0.8, "blamed event")
            found += em.triples(act, tok, sent, ctx, made, None)
    return found


def blamed_tension(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """ "Germany said China's drills had heightened tensions in the strait": a speaker who says
    that an actor, or its act, raised tensions (``aggravating_verbs``) blames that actor, an
    accusation. Stated by the writer ("China's drills have heightened tensions") it is nobody's
    accusation; a speaker blaming its own act ("China said its drills ...") accuses nobody."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return []
    tension = [e for e in entries if e.relation is Relation.TENSION]
    if not tension:
        return []
    verb = tok.head
    if verb.lemma_.lower() not in em.g.construction_words("aggravating_verbs"):
        return []
    speech = verb.head
    if verb.dep_ != "ccomp" or not em.g.cues.has("speech_verbs", speech.lemma_.lower()):
        return []
    acts = children(verb, "nsubj")
    blamed = distinct(
        em.r.resolve(acts, ctx, owner=True)  # "China's drills", "North Korea"
        or em.r.resolve([p for a in acts for p in children(a, "poss")], ctx, owner=False)
    )  # "Russia's deployment of missiles": the owner, not the thing deployed
    speakers = distinct(em.r.resolve(subjects_of(speech, em.g.control), ctx, owner=False))
    pairs: list[Pair] = [
        (s, b, "directed") for s in speakers for b in blamed if s.actor != b.actor
    ]
    if not pairs:
        return []
    accusation = derived(tension[0], Relation.ACCUSE, speech, 0.8, "blamed for tension")
    return em.triples(accusation, speech, sent, ctx, pairs, None)
