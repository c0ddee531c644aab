"""Constructions: relations that the syntax around a trigger implies besides the trigger's own.

Each module is one mechanism. :mod:`.event_nouns`, :mod:`.event_anaphora` and :mod:`.reciprocal`
work on arguments (used by :mod:`..roles` and :mod:`..arguments`): whose act an event noun names and
which verbs merely react to it; which earlier event "the attack" names; "each other" relating a
coordinated subject's members; :mod:`.speech_acts` whose act "the announcement", "the statement"
names; :mod:`.judgement` which event a verb of judging judges ("called the launch a threat", the
``judged`` role).
:data:`FOLLOW_UPS` run, in order, on every trigger whose frame found
arguments (a :class:`~geokg.relations.context.Hit`; among them :mod:`.interception`: a downed
drone or missile tells of its owner's attack on the interceptor); :func:`unmatched` runs on a trigger that
found none (a conditional hostile act threatens; acting "together with" another is cooperation;
"called for X to leave" asks X; a tension over a thing is between its claimants; warning of
harm to one's ties with Y threatens Y); :func:`reframed` tells a trigger's triples that its act
is only prepared (:mod:`.preparation`: mobilization), announced (:mod:`.ultimatum`: a threat) or
kept open (:mod:`.exclusion`: "did not rule out a strike", a threat), or that a cooperation
verb is only an effort at settling relations (:mod:`.settling`: "work on resolving differences");
:func:`~.protest.protest_by_state` retypes a protest, :func:`~.expulsion.armed_expulsion` an
armed force driving an armed actor out (an assault) and :func:`~.inspection.inspection_mission`
a sending in order to investigate (an investigation, not aid) and :func:`~.eased.eased_penalty`
the easing of a penalty ("the lifting of sanctions on X": a concession) before their triples are made,
:func:`~.distributive.distributive` drops the pairs of subjects that act each on their own, and
:func:`~.relational_nouns.described_set` relates the members of "the two rivals".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...lexicon import Entry
from ...models import Triple
from ..context import Context, Hit
from ..emit import Emitter
from .blame import blamed_event, blamed_tension
from .comitative import comitative, comitative_alone
from .consequence import warned_harm
from .contested import contested, spoken_dispute
from .cut import cut, halted
from .directive import directive
from .distributive import distributive
from .eased import eased_penalty
from .exclusion import unexcluded
from .expulsion import armed_expulsion
from .implied import implied
from .inspection import inspection_mission
from .interception import intercepted
from .judgement import judged_threat
from .mediation import mediated, mediated_alone, names_mediation, note_accord
from .meetings import attended, attended_alone, names_meeting
from .negotiation import negotiation
from .outright import outright
from .protest import protest_by_state
from .preparation import prepared_attack
from .purpose import purpose
from .rally import rallied, rallied_alone
from .relational_nouns import described_set, mutual_standing
from .retaliation import retaliation
from .settling import settling_work
from .ultimatum import ultimatum
from .warning import warning

__all__ = [
    "FOLLOW_UPS",
    "REFRAMES",
    "armed_expulsion",
    "described_set",
    "distributive",
    "eased_penalty",
    "follow_ups",
    "inspection_mission",
    "names_mediation",
    "names_meeting",
    "note_accord",
    "protest_by_state",
    "reframed",
    "unmatched",
    "warning",
]

#: the constructions tried on every trigger with arguments, in output order
FOLLOW_UPS: tuple[Callable[[Emitter, Hit], list[Triple]], ...] = (
    negotiation,
    cut,
    halted,
    intercepted,
    implied,
    purpose,
    blamed_event,
    mutual_standing,
    comitative,
    judged_threat,
    mediated,
    attended,
    rallied,
)


#: the constructions that tell an act is not done but prepared or announced, tried in order
REFRAMES: tuple[Callable[[Emitter, Hit, list[Triple]], list[Triple] | None], ...] = (
    prepared_attack,
    ultimatum,
    unexcluded,
    settling_work,
)


def reframed(em: Emitter, hit: Hit, triples: list[Triple]) -> list[Triple]:
    """``triples`` (a trigger's own and its follow-ups') as the first construction of
    :data:`REFRAMES` that applies rewrites them: the prepared or announced act no longer stated,
    the mobilization or threat stated instead; unchanged when none applies."""
    for construction in REFRAMES:
        made = construction(em, hit, triples)
        if made is not None:
            return made
    return triples


def follow_ups(em: Emitter, hit: Hit) -> list[Triple]:
    """The triples every construction in :data:`FOLLOW_UPS` adds to ``hit``, in order."""
    return [t for construction in FOLLOW_UPS for t in construction(em, hit)]


def unmatched(
    em: Emitter, tok: Token, sent: Span, ctx: Context, entries: list[Entry]
) -> list[Triple]:
    """What a trigger whose frames found no arguments still states: a threat by a conditional
    hostile act (:mod:`.warning`), joint action by a comitative (:mod:`.comitative`), a request
    of the subject of a "for X to" clause (:mod:`.directive`), tension between the claimants of
    what it is over (:mod:`.contested`), a threat by warning of harm to one's ties with another
    (:mod:`.consequence`), the mediator of an agreement stated before consulting its parties
(:mod:`.mediation`), whoever goes or sends delegates to a meeting consulting its holder
(:mod:`.meetings`), a counter-attack striking the subject of the clause it answers
(:mod:`.retaliation`), a speaker blaming whoever it says raised tensions (:mod:`.blame`), whoever
urges others to support an actor supporting it (:mod:`.rally`), a speaker saying a cooperative
act is out of the question rejecting its target (:mod:`.outright`)."""
    return [
        t
        for construction in (
            warning,
            comitative_alone,
            directive,
            contested,
            spoken_dispute,
            warned_harm,
            mediated_alone,
            attended_alone,
            retaliation,
            blamed_tension,
            rallied_alone,
            outright,
        )
        for t in construction(em, tok, sent, ctx, entries)
    ]
