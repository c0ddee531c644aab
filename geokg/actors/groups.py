"""Stage 1b of the actor wing: organisations the gazetteer lacks, named like armed groups or
parties by the NER ("... Liberation Front", "... Brigades", "... Party"): ``group:<slug>`` actors."""

from __future__ import annotations

from ..models import Actor, ActorType
from .state import DocState, Mention
from .wordlists import person_id

__all__ = ["ner_groups"]


def ner_groups(state: DocState, mentions: list[Mention]) -> list[Mention]:
    """Organisations the gazetteer lacks whose name ends like an armed group's or a party's
    ("... Liberation Front", "... Brigades", "... Party"): ``group:<slug>`` actors."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ending_at = {m.end: m for m in mentions}
    out = []
    for ent in state.ents:
        if ent.label_ not in ("ORG", "NORP") or len(ent) < 2:
            continue
        start, end = ent.start, ent.end
        while start < end and state.keys[start] == "the":
            start += 1
        if end - start < 2 or state.keys[end - 1].rstrip("s") not in state.lex.group_heads:
            continue
        if any(i in taken for i in range(start, end)):
            continue  # "Israel Defense Forces": a state's forces, already Israel
        if tuple(state.keys[start:end]) in state.lex.state_organs:
            continue  # "(China's) coast guard": a state's body, never a group
        if _owned_by_state(state, ending_at, start):
            continue  # "Kenyan [Defense Forces]", "Nigeria's [Civilian Joint Task Force]"
        name = state.surface(start, end)
        gid = "group:" + person_id(name).split(":", 1)[1]
        state.groups[gid] = Actor(id=gid, name=name, type=ActorType.GROUP)
        out.append(Mention(start, end, [gid], via="name", label="group", kind="ner"))
    return out


def _owned_by_state(state: DocState, ending_at: dict[int, Mention], start: int) -> bool:
    """True when a state's demonym or possessive stands right before token ``start``: what
    follows is that state's body ("Kenyan Defense Forces"), not a group of its own."""
    pos = start - 1 if start > 0 and state.doc[start - 1].tag_ == "POS" else start
    owner = ending_at.get(pos)
    return (
        owner is not None
        and owner.label == "state"
        and len(owner.ids) == 1
        and (owner.kind == "demonym" or state.possessive(owner.end - 1))
    )
