"""Negation, modality and attribution of a relation trigger, read from the dependency parse.

:func:`read_modality` climbs from the trigger token to the root of its sentence and collects the
cues met on the way (cue words live in ``data/relations/modality.json``):

- negation: a ``neg`` child ("did not attack"), "no" on a noun trigger ("no agreement"), a negative
  governor ("refused to attack", "avoid provoking") or predicate ("unlikely to sever ties");
- modality: modal auxiliaries ("could" -> possible, "would" -> hypothetical, "will" -> future,
  "must" -> desired), governors ("pushing for a peace deal" -> desired, "plans to meet" -> future,
  "threatened to impose" -> possible), conditional clauses ("if concluded") and the clauses they
  condition ("will withdraw unless the raids stop"), hedged nouns ("a tentative agreement"),
  goals ("took steps toward normalizing ties" -> desired), the result of an accomplishment in
  progress ("is brokering a ceasefire" -> desired: not agreed while it is brokered) or of an
  attempt ("tried to broker a ceasefire", "efforts to secure a truce" -> desired; the attempted
  act itself is done: "tried to mediate", "tried to storm the embassy"),
  purpose clauses ("sent envoys to support X" -> desired; not what an activity consists of:
  "works with Y to support X" holds as the working does);
- attribution: a speech verb whose complement holds the trigger ("Trump said the US will send"),
  "according to X" -> reported, with the speaker token.

The strongest modality wins: conditional > hypothetical > possible > desired > future > reported >
asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from .errors import DataError
from .models import Modality
from .parse_index import children, has_child, kids
from .resources import data_path, load_json_object

__all__ = ["Cues", "Reading", "load_cues", "default_cues", "read_modality", "openings"]

_RANK = {
    Modality.ASSERTED: 0,
    Modality.REPORTED: 1,
    Modality.FUTURE: 2,
    Modality.DESIRED: 3,
    Modality.POSSIBLE: 4,
    Modality.HYPOTHETICAL: 5,
    Modality.CONDITIONAL: 6,
}
#: dependencies through which a governor's negation and modality reach the trigger
_SCOPE_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "attr",
        "acomp",
        "oprd",
        "compound",
        "amod",
        "nmod",
        "appos",
        "conj",
        "nsubj",
        "nsubjpass",
        "advcl",
        "dative",
        "csubj",
        "agent",
        "npadvmod",
        "acl",
        "auxpass",
        "aux",
        "ROOT",
        "parataxis",
    }
)
#: dependencies of a noun that is an argument of its clause (it refers), not its predicate
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
#: dependencies through which a governing word's lexical meaning reaches its complement
_COMPLEMENT_DEPS = frozenset(
    {"xcomp", "pcomp", "pobj", "prep", "dobj", "ccomp", "acomp", "attr", "advcl"}
)
#: cue lists whose nouns govern what their modifiers say ("talks on a deal", "a call for a truce")
_NOUN_GOVERNOR_KEYS = (
    "desire_governors",
    "topic_governors",
    "possible_governors",
    "future_governors",
    "proposal_governors",
    "hedge_modifiers",
    "negative_governors",
    "presupposing_governors",
    "participation_nouns",
)
_LIST_KEYS = (
    "negators",
    "negative_governors",
    "negative_predicates",
    "possible_governors",
    "possible_predicates",
    "desire_governors",
    "naming_governors",
    "belief_verbs",
    "desire_predicates",
    "topic_governors",
    "future_governors",
    "presupposing_governors",
    "terminative_governors",
    "affecting_governors",
    "setting_preps",
    "conditional_marks",
    "hedge_modifiers",
    "speech_verbs",
    "attribution_preps",
    "circumstantial_preps",
    "proposal_governors",
    "scheduling_passives",
    "inception_verbs",
    "meeting_nouns",
    "subject_presupposing",
    "main_conditional_marks",
    "participation_nouns",
    "activity_governors",
    "activity_purposes",
    "realising_participles",
    "bygone_modifiers",
    "mitigating_governors",
    "goal_preps",
    "progress_words",
    "unrealised_progressives",
    "conative_governors",
    "attempted_results",
    "attempted_achievements",
    "exclusion_governors",
)


@dataclass(frozen=True)
class Cues:
    """Cue words for negation, modality and attribution (see ``modality.json``)."""

    modal_aux: dict[str, Modality]
    lists: dict[str, frozenset[str]]

    def has(self, name: str, word: str) -> bool:
        """True when ``word`` is in the cue list ``name``."""
        return word in self.lists[name]


@dataclass(frozen=True)
class Reading:
    """What the text commits to: negation, modality, and the speaker token when reported."""

    negated: bool = False
    modality: Modality = Modality.ASSERTED
    speaker: Token | None = None
    cue: str | None = None
    #: the possibility comes from a scheduling passive ("are expected to meet"), stated when the
    #: talks are under way: see :func:`openings`
    scheduled: bool = False


def load_cues(path: str | Path | None = None) -> Cues:
    """Load and validate the modality cue file (default: the bundled one)."""
    p = Path(path) if path else data_path("relations", "modality.json")
    raw = load_json_object(p)
    aux_raw = raw.get("modal_aux")
    if not isinstance(aux_raw, dict):
        raise DataError(f"{p}: 'modal_aux' must map auxiliaries to modalities; fix the file")
    try:
        aux = {k.lower(): Modality(v) for k, v in aux_raw.items()}
    except ValueError as exc:
        raise DataError(
            f"{p}: modal_aux: {exc}; use one of {[m.value for m in Modality]}"
        ) from None
    lists: dict[str, frozenset[str]] = {}
    for key in _LIST_KEYS:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataError(f"{p}: '{key}' must be a list of words; fix the file")
        lists[key] = frozenset(w.lower() for w in value)
    return Cues(aux, lists)


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    """The bundled cues, loaded once."""
    return load_cues()


def _stronger(a: Modality, b: Modality) -> Modality:
    return a if _RANK[a] >= _RANK[b] else b


def _speaker(verb: Token) -> Token | None:
    for dep, child in kids(verb):
        if dep in ("nsubj", "nsubjpass"):
            return child
    return None


def _according_to(tok: Token, cues: Cues) -> Token | None:
    for dep, child in kids(tok):
        if dep == "prep" and cues.has("attribution_preps", child.lower_):
            for grand in child.subtree:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _local_cues(tok: Token, cues: Cues) -> tuple[bool, Modality, str | None]:
    """Negation and modality marked directly on one clause head (its neg/aux/mark children)."""
    negated, modality, cue = False, Modality.ASSERTED, None
    for dep, child in kids(tok):
        low = child.lower_
        if dep == "neg" or (dep in ("advmod", "preconj") and low in ("never",)):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in ("only", "just", "merely"):
                continue  # "not only ... but also"
            negated, cue = not negated, child.text
        elif dep in ("aux", "auxpass") and low in cues.modal_aux:
            modality = _stronger(cues.modal_aux[low], modality)
            cue = cue or child.text
        elif dep == "advcl" and _condition(child, cues):
            modality, cue = Modality.CONDITIONAL, child.text  # "will withdraw unless ..."
        elif dep == "mark" and cues.has("conditional_marks", low):
            modality, cue = Modality.CONDITIONAL, child.text
        elif dep == "det" and low == "no" and tok.pos_ in ("NOUN", "PROPN"):
            negated, cue = not negated, child.text
    return negated, modality, cue


def _progress_toward(prep: Token, cues: Cues) -> bool:
    """Whether "toward" names the goal of progress: its head is a progress word ("steps toward",
    "moved toward"), or the verb its phrase hangs on takes one as object ("have taken steps in
    recent months toward", the phrase parsed on "months")."""
    head = prep.head
    for _ in range(4):
        if cues.has("progress_words", head.lemma_.lower()):
            return True
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return any(cues.has("progress_words", o.lemma_.lower()) for o in children(head, "dobj"))
        head = head.head
    return False


def _progressive(verb: Token) -> bool:
    """A verb in the progressive ("is brokering", "have been mediating")."""
    return verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in children(verb, "aux"))


def _attempted(verb: Token, cues: Cues) -> bool:
    """A verb in the to-infinitive of a ``conative_governors`` word: what an actor tries to do
    ("is trying to broker", "attempted to secure", "efforts to broker", "in a bid to reach"),
    also as the second of two conjoined infinitives ("tried to mediate and broker")."""
    if verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ not in ("xcomp", "acl") or not any(a.lower_ == "to" for a in children(verb, "aux")):
        return False
    return cues.has("conative_governors", verb.head.lemma_.lower())


def _passive(verb: Token) -> bool:
    return has_child(verb, "nsubjpass", "auxpass")


def _condition(clause: Token, cues: Cues) -> bool:
    """An "if" / "unless" clause that makes the clause it modifies conditional (not "even if",
    "as if")."""
    for mark in children(clause, "mark"):
        if cues.has("main_conditional_marks", mark.lower_):
            before = mark.nbor(-1).lower_ if mark.i > 0 else ""
            return before not in ("even", "as") and not any(
                c.lower_ == "even" for c in children(clause, "advmod")
            )
    return False


def _own_clause(tok: Token, cues: Cues) -> bool:
    """A conjoined or adverbial clause with its own subject (or tense) and no condition."""

    finite_conj = tok.dep_ == "conj" and (
        tok.tag_ in ("VBD", "VBZ", "VBP") or _passive(tok) != _passive(tok.head)
    )
    if not finite_conj and not has_child(tok, "nsubj", "nsubjpass", "expl"):
        return False
    return not any(cues.has("conditional_marks", c.lower_) for c in children(tok, "mark"))


def _demanded(clause: Token, gov: Token, cues: Cues) -> bool:
    """A "that" clause attached to the verb whose object is a demand ("renewed its call ...")."""
    that = clause.dep_ == "ccomp" or (
        clause.dep_ == "advcl" and any(m.lower_ == "that" for _, m in kids(clause))
    )
    return that and any(
        c.pos_ == "NOUN" and cues.has("desire_governors", c.lemma_.lower())
        for c in children(gov, "dobj")
    )


def _has_would(tok: Token, cues: Cues) -> bool:
    return any(c.lower_ in ("would", "'d") for c in children(tok, "aux"))


def _any_hypothesis(trigger: Token, cues: Cues) -> bool:
    """ "would retaliate against any attack", "if ...": a real hypothesis, not a reported plan."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for t in clause.subtree:
        if t.lower_ == "any" and t.dep_ == "det":
            return True
        if t.dep_ == "mark" and cues.has("conditional_marks", t.lower_):
            return True
    return False


def _carried_out(clause: Token, verb: Token, cues: Cues) -> bool:
    """A purpose clause of ``verb`` that names what an activity consists of: "works with Y to
    support Z", "joined forces to fight W". The governing verb is an ongoing joint or
    carried-out activity (``activity_governors``) and the purpose an activity done by doing it
    (``activity_purposes``), so the purpose act holds as the activity does; an end to reach
    ("work with Y to reach a deal") or a wish ("seek to support") stays desired."""
    return cues.has("activity_governors", verb.lemma_.lower()) and cues.has(
        "activity_purposes", clause.lemma_.lower()
    )


def _in_order_to(clause: Token) -> Token | None:
    """The verb an "in order to" clause serves ("flew to Addis in order to support X", parsed as
    a relative of "order" under "in"), else None."""
    order = clause.head
    if clause.dep_ != "acl" or order.lower_ != "order" or order.dep_ != "pobj":
        return None
    prep = order.head
    if prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _setting_modifier(tok: Token, gov: Token, trigger: Token, cues: Cues) -> bool:
    """The trigger sits in a setting modifier of a plain noun ("a truce in the war", "issues,
    including the embargo"): the event it names is presupposed, not proposed with the noun."""
    if gov.pos_ not in ("NOUN", "PROPN") or gov.i == trigger.i:
        return False
    setting = (tok.dep_ == "prep" and cues.has("setting_preps", tok.lower_)) or tok.dep_ == "appos"
    if not setting:
        return False
    lemma = gov.lemma_.lower()
    return not any(cues.has(name, lemma) for name in _NOUN_GOVERNOR_KEYS)


def _presupposed_noun(trigger: Token, cues: Cues, referring: bool) -> bool:
    """A noun trigger whose own words state that what it names holds, whatever governs it: a
    definite relational noun that is an argument of its clause (``referring``: "may lose its
    closest ally", "a relationship between the old foes": the writer's description of the
    parties), or an event noun with a reduced relative of a ``realising_participles`` verb
    ("the embargo imposed in 1961", "the truce agreed in January"; not "the sanctions proposed
    by X", "the deal being negotiated")."""
    if trigger.pos_ != "NOUN":
        return False
    if referring and trigger.dep_ in _ARGUMENT_DEPS:
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in trigger.children):
            return True
    return any(
        c.dep_ == "acl"
        and c.tag_ in ("VBN", "VBD")  # a reduced relative is often tagged as a past tense
        and cues.has("realising_participles", c.lemma_.lower())
        and not any(a.dep_ in ("aux", "auxpass", "neg", "nsubj") for a in c.children)
        for c in trigger.children
    )


def read_modality(
    trigger: Token, cues: Cues | None = None, *, durable: bool = False, referring: bool = False
) -> Reading:
    """Read the negation, modality and attribution that govern a relation trigger.

    ``durable``: the trigger names a standing state (ally, rival, tension), so "ending" it
    negates it, where "stopping" an event presupposes that the event happened. The ending only
    negates the state when the ending itself is stated: "vowed to end the rivalry", "did not end
    the conflict" leave the state standing.

    A presupposed event (what is stopped, continued or affected: "could affect trade between
    them", "will not diminish the resolve to work with"; a subject whose fate the verb tells:
    "support for Baku has not changed"; or the setting of a planned event: "a
    push for a truce in the war") is stated whatever mood or negation governs its governor; only
    attribution reaches it. So is what a noun trigger's own words state (:func:`_presupposed_noun`;
    ``referring``: the trigger is a relational noun such as "ally" or "foe").
    """
    cues = cues or default_cues()
    negated, local, cue = _local_cues(trigger, cues)
    seen: list[Modality] = [local]  # every modality met; the strongest wins
    if (
        trigger.pos_ == "VERB"
        and cues.has("attempted_achievements", trigger.lemma_.lower())
        and _attempted(trigger, cues)
    ):  # "tried to seal a deal with Russia": no deal is sealed while it is tried
        seen.append(Modality.DESIRED)
        cue = cue or trigger.head.text
    if trigger.pos_ == "VERB" and cues.has("belief_verbs", trigger.lemma_.lower()):
        # "Israel regards Iran as a threat": the subject's view, not an event the text states
        seen.append(Modality.POSSIBLE)
        cue = cue or trigger.text
    bygone = False
    if trigger.pos_ in ("NOUN", "PROPN"):
        for dep, child in kids(trigger):
            hedge = cues.has("hedge_modifiers", child.lemma_.lower())
            if dep in ("amod", "compound") and hedge:
                seen.append(Modality.POSSIBLE)
                cue = child.text
            elif durable and child.dep_ in ("amod", "compound", "advmod") and cues.has(
                "bygone_modifiers", child.lower_
            ):  # "its former ally", "one-time foes": the state no longer holds
                bygone, cue = True, child.text
    speaker: Token | None = _according_to(trigger, cues)
    reported = speaker is not None
    presupposed = _presupposed_noun(trigger, cues, referring)
    independent = ended = scheduled = excluded = False
    would = _has_would(trigger, cues)
    tok, steps = trigger, 0
    while tok.head.i != tok.i and steps < 12:
        dep = tok.dep_
        to_clause = any(c.lower_ == "to" for c in children(tok, "aux"))
        served = _in_order_to(tok) if to_clause else None
        if served is not None:  # "in order to support X": an adverbial clause of its verb
            dep = "advcl"
        verbal = trigger.pos_ in ("VERB", "AUX")  # "to support Russia's war": the war is real
        free = not (reported or independent or presupposed)
        purpose = dep == "advcl" and free and to_clause and verbal
        if purpose and not _carried_out(tok, served or tok.head, cues):
            seen.append(Modality.DESIRED)  # a purpose clause: "to support Ukraine"
        if dep not in _SCOPE_DEPS:
            break  # relative clauses and the like carry their own commitment
        if dep == "appos" and trigger.pos_ == "NOUN" and tok.i == trigger.i:
            break  # "buyers, including China, Moscow's biggest customer": the writer's description
        if dep == "prep" and cues.has("circumstantial_preps", tok.lower_):
            break  # "amid pressure from Brussels": background, not under the main verb
        gov, steps = served or tok.head, steps + 1
        lemma = gov.lemma_.lower()
        speech = cues.has("speech_verbs", lemma)
        if speech and dep in ("ccomp", "conj", "xcomp", "dobj", "parataxis") and tok.i != gov.i:
            if not reported:
                speaker, reported = _speaker(gov), True
                if would and not _any_hypothesis(trigger, cues):
                    # "announced it would prohibit": a future in the past, not a hypothesis
                    seen = [m for m in seen if m is not Modality.HYPOTHETICAL]
                    seen.append(Modality.FUTURE)
            tok = gov
            continue
        if not (reported or independent or presupposed) and _setting_modifier(
            tok, gov, trigger, cues
        ):
            presupposed = True  # "a push to secure a truce in the war": the war is the setting
        if reported or independent or presupposed:  # attribution only from here up
            found = _according_to(gov, cues)
            if found is not None and not reported:
                speaker, reported = found, True
            tok = gov
            continue
        if _demanded(tok, gov, cues):  # "reiterated its demand today that Israel ease ..."
            seen.append(Modality.DESIRED)
            cue = cue or gov.text
        if dep in ("conj", "advcl") and _own_clause(tok, cues):
            # "..., as Israeli jets struck targets": a clause with its own subject commits itself
            independent = True
            tok = gov
            continue
        if dep == "nsubj" and cues.has("subject_presupposing", lemma):
            presupposed = True  # "support for Baku has not changed", "the talks could collapse"
            tok = gov
            continue
        complement = dep in _COMPLEMENT_DEPS or (
            dep == "acl" and gov.pos_ == "NOUN"  # "its demand that Israel ease restrictions"
        )
        found_mod = _governor_modality(gov, dep, cues, durable, tok) if complement else None
        if found_mod == "presupposed":
            presupposed = True  # neither the governor's mood nor its negation reach the trigger
            tok = gov
            continue
        g_neg, g_mod, g_cue = _local_cues(gov, cues)
        would = would or _has_would(gov, cues)
        if g_neg:
            negated, cue = not negated, g_cue
        if g_mod is not Modality.ASSERTED:
            seen.append(g_mod)
            cue = cue or g_cue
        if found_mod == "ended":
            ended, cue = True, gov.text
        elif found_mod == "scheduled":
            seen.append(Modality.POSSIBLE)
            scheduled, cue = True, gov.text
        elif found_mod == "negated":
            negated, cue = not negated, gov.text
            excluded = excluded or cues.has("exclusion_governors", lemma)
        elif found_mod is not None:
            seen.append(found_mod)
            cue = gov.text
        found = _according_to(gov, cues)
        if found is not None and not reported:
            speaker, reported = found, True
        tok = gov
    if reported:
        seen.append(Modality.REPORTED)
    modality = max(seen, key=_RANK.__getitem__)
    if ended:  # the state ends only where the ending is stated
        if negated or _RANK[modality] >= _RANK[Modality.FUTURE]:
            negated, modality = False, Modality.REPORTED if reported else Modality.ASSERTED
        else:
            negated = True
    if excluded and not negated:  # "did not rule out a strike": possible, not done
        seen.append(Modality.POSSIBLE)
        modality = max(seen, key=_RANK.__getitem__)
    negated = negated or bygone  # whatever governs it, a former alliance is no alliance
    scheduled = scheduled and not negated and modality is Modality.POSSIBLE
    return Reading(negated, modality, speaker, cue, scheduled)


def openings(sent: Span, cues: Cues | None = None) -> list[Token]:
    """The verbs before ``sent`` that say talks have begun ("Iran and six world powers opened a
    new round of talks", "the meeting began"): a meeting of the same parties then "expected" is
    the one under way, stated rather than scheduled."""
    cues = cues or default_cues()
    found = []
    for tok in sent.doc[: sent.start]:
        if tok.pos_ != "VERB" or not cues.has("inception_verbs", tok.lemma_.lower()):
            continue
        if any(
            arg.dep_ in ("nsubj", "nsubjpass", "dobj") and cues.has("meeting_nouns", arg.lemma_.lower())
            for arg in tok.children
        ):
            found.append(tok)
    return found


def _governor_modality(
    gov: Token, dep: str, cues: Cues, durable: bool, child: Token
) -> Modality | str | None:
    """What a governing word does to the relation in its complement ``child``: a modality, or
    "negated", "presupposed" (the complement is stated whatever the governor's mood), "ended" (a
    durable state that ends if the ending is stated)."""
    lemma = gov.lemma_.lower()
    if cues.has("presupposing_governors", lemma):
        if durable and cues.has("terminative_governors", lemma):
            return "ended"  # "end decades of conflict"
        return "presupposed"  # "stop bombing Kyiv", "continue the alliance"
    if dep == "dobj" and cues.has("affecting_governors", lemma):
        return "presupposed"  # "could affect trade between them"
    if durable and cues.has("mitigating_governors", lemma):
        return "presupposed"  # "talks to ease tensions": the tensions are there to ease
    if cues.has("goal_preps", lemma) and _progress_toward(gov, cues):
        return Modality.DESIRED  # "took steps toward normalizing ties": the goal, not reached
    if (
        dep == "dobj"
        and (
            (cues.has("unrealised_progressives", lemma) and _progressive(gov))
            or (cues.has("attempted_results", lemma) and _attempted(gov, cues))
        )
        and not cues.has("meeting_nouns", child.lemma_.lower())  # "is mediating talks": held
    ):
        # "is brokering a ceasefire", "tried to broker a ceasefire": not agreed while it is
        # brokered; the brokering itself is done (the mediator's consultations stay stated)
        return Modality.DESIRED
    negative = cues.has("negative_governors", lemma) and dep != "advcl"  # not "cut ties, accusing"
    if negative or cues.has("negative_predicates", lemma):
        return "negated"
    desire = cues.has("desire_governors", lemma) and dep != "advcl"
    if dep == "dobj" and cues.has("naming_governors", lemma):
        desire = False  # "called the build-up a threat", "called a ceasefire": named, not wished
    # an adjective takes no direct object: "opened talks with X" is the verb, not "open to talks"
    if (cues.has("desire_predicates", lemma) and dep != "dobj") or desire:
        return Modality.DESIRED
    if cues.has("topic_governors", lemma) and not durable:
        return Modality.DESIRED  # "talks on a trade agreement": the subject of talks, not done
    if dep == "xcomp" and cues.has("scheduling_passives", lemma) and _passive(gov):
        return "scheduled"  # "are expected to meet": possible, stated once talks are under way
    if cues.has("possible_governors", lemma) or cues.has("possible_predicates", lemma):
        return Modality.POSSIBLE
    nominal = dep == "acl" and gov.pos_ == "NOUN"  # "an offer to host talks", "a plan to meet"
    if cues.has("proposal_governors", lemma) and (dep == "xcomp" or nominal):
        return Modality.DESIRED  # "offered to host talks"
    if cues.has("future_governors", lemma) and (dep in ("xcomp", "acomp", "attr") or nominal):
        return Modality.FUTURE  # "plans to attend", "a decision to reach an agreement"
    return None
