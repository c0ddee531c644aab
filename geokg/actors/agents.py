"""Stage 3b of the actor wing: sub-state agents.

A state named by a demonym, a possessive or an "of" phrase together with an agent noun stands
for the state when the agent acts for it or is its people ("Nigeria's military", "Turkish
police", "the Egyptian junta", "Kenyan students", "Russian youths"): the mention is an actor and
records the agent's kind (``span._.geokg_agent``: government, military, police, legislature,
judiciary, intelligence, civilians, students, protesters, workers, farmers, youths ...), so later
views can tell "Russian forces" from "Russian protesters". Rebels, the opposition and militants
of a state are not the state: "Ivorian rebels" becomes the group ``group:civ-rebels``, with the
state as context only (no affiliation). A state before a linking participle or after "pro-"
names a backer or a stance, not an owner: "Turkish-backed rebels", "pro-Russian separatists"
are neither the state's forces nor ``group:tur-rebels``, and the name is no actor mention
(:func:`geokg.actors.names.drop_qualifiers`). A people of one descent or faith after a state's
demonym or name ("Bosnian Serbs", "Kosovo Albanians", "Iraqi Kurds") is a community of that
state (kind ``community``), not the state the people's name would give ("Serbs" = Serbia).
An agent placed in a state by "in" with no owner of its own ("police in Nairobi", "Army
officials in Pakistan") is that state's; one another actor owns ("Kenyan police in
Mogadishu") or one posted abroad ("diplomats in Moscow") leaves the state a mere place.

The agent nouns and their kinds are ``data/actors/agents.json``, generated from the PETRARCH2
Phoenix agent dictionary (see ``data/gazetteer/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..errors import DataError
from ..resources import data_path, load_json_object
from .names import qualifier
from .state import DocState, Mention

__all__ = [
    "AgentLexicon",
    "COMMUNITY",
    "GROUP_KINDS",
    "PEOPLE_KINDS",
    "agent_mentions",
    "agent_of",
    "community_mentions",
]

#: the agent kind of a people of one descent or faith living in a state ("Bosnian Serbs")
COMMUNITY = "community"
#: kinds of agents that are a state's people: they stand for the state as its own organs do
PEOPLE_KINDS = frozenset({"students", "protesters", "workers", "farmers", "youths", COMMUNITY})
#: kinds of agents that are never the state they belong to -> the word of their group id
GROUP_KINDS = {"rebels": "rebels", "opposition": "opposition", "armed_group": "militants"}
#: dependency labels through which a state's name hangs on the agent noun
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})
#: the longest agent phrase read, in words ("minister of public works and housing")
_MAX_WORDS = 8


@dataclass(frozen=True)
class AgentLexicon:
    """Agent phrases (lowercase word tuples) -> kind, and the kinds that stand for a state."""

    phrases: dict[tuple[str, ...], str]
    state_kinds: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> AgentLexicon:
        """Read ``data/actors/agents.json`` (or ``path``); :class:`DataError` when malformed."""
        return _load(path) if path is not None else _load_default()

    def kind_ending_at(self, words: list[str], end: int, first: int = 0) -> tuple[int, str] | None:
        """(start, kind) of the longest agent phrase ending with ``words[end]`` and starting at
        ``first`` or later."""
        for size in range(min(_MAX_WORDS, end + 1 - first), 0, -1):
            kind = self.phrases.get(tuple(words[end - size + 1 : end + 1]))
            if kind is not None:
                return end - size + 1, kind
        return None

    def acts_for_state(self, kind: str) -> bool:
        """True for agents that stand for their state (its organs and its people)."""
        return kind in self.state_kinds or kind in PEOPLE_KINDS


@lru_cache(maxsize=1)
def _load_default() -> AgentLexicon:
    return _load(data_path("actors", "agents.json"))


@lru_cache(maxsize=4)
def _load(path: Path) -> AgentLexicon:
    raw = load_json_object(path)
    agents, kinds = raw.get("agents"), raw.get("state_kinds")
    if not isinstance(agents, dict) or not isinstance(kinds, list):
        raise DataError(f"{path}: expected 'agents' (phrase -> kind) and 'state_kinds' (a list); "
                        "regenerate it with scripts/build_actor_data.py")
    phrases = {tuple(str(p).split()): str(k) for p, k in agents.items()}
    return AgentLexicon(phrases, frozenset(map(str, kinds)))


def _words(state: DocState) -> list[str]:
    return state.lowers


def _agent_noun(state: DocState, m: Mention) -> Token | None:
    """The noun a state's mention names the owner of: the head it modifies ("Turkish police",
    "Nigeria's security forces") or the noun of "the military of Nigeria"; none through a
    linking participle ("Turkish-backed rebels" are backed by Turkey, neither Turkey's forces
    nor rebels in Turkey)."""
    tok = state.doc[m.end - 1]
    if tok.dep_ in _MODIFIER_DEPS or (tok.dep_ == "case" and tok.head.dep_ == "poss"):
        if qualifier(state, m.start, m.end):
            return None  # "Turkish-backed rebels", "pro-Russian separatists": no owner
        head = tok.head
        while head.dep_ in ("compound", "amod") and head.head is not head and head.i < head.head.i:
            head = head.head
        return head if head.i > tok.i and head.pos_ in ("NOUN", "PROPN") else None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return None


def _phrase_kind(lex: AgentLexicon, words: list[str], noun: Token, first: int) -> str | None:
    """The kind of the longest agent phrase ending with ``noun`` (as written, else its lemma)
    that starts at ``first`` or later."""
    end = noun.i
    found = lex.kind_ending_at(words, end, first)
    if found is None:
        # the same with the lemma for the last word, over the last words only (no phrase is
        # longer than _MAX_WORDS)
        lo = max(0, end + 1 - _MAX_WORDS)
        window = words[lo:end] + [noun.lemma_.lower()]
        found = lex.kind_ending_at(window, end - lo, max(first - lo, 0))
    return found[1] if found is not None else None


def agent_of(state: DocState, lex: AgentLexicon, m: Mention) -> tuple[Token, str] | None:
    """(agent noun, kind) for a state mention that owns an agent, or None."""
    noun = _agent_noun(state, m)
    if noun is None:
        return None
    first = m.end if noun.i >= m.end else 0
    kind = _phrase_kind(lex, _words(state), noun, first)
    return (noun, kind) if kind else None


def own_agent(state: DocState, lex: AgentLexicon, m: Mention) -> str | None:
    """The agent a state's name names itself: an institution ("the Knesset", "Peshmerga") or a
    name ending in an agent noun ("Turkish military", "Russian army")."""
    seat = m.via == "seat"
    if m.end - m.start < 2 and not seat:
        return None
    last = state.doc[m.end - 1]
    return _phrase_kind(lex, _words(state), last, m.start if seat else m.start + 1)


def _group_mention(state: DocState, m: Mention, noun: Token, kind: str) -> Mention | None:
    """"Ivorian rebels" -> a ``group:civ-rebels`` mention over the state's name and the noun."""
    if noun.i < m.end:
        return None  # "the rebels of Syria": the state comes after; left to the references
    end = noun.i + 1
    if any(state.owner[i] is not None and state.owner[i] is not m for i in range(m.end, end)):
        return None
    # the state is where the group fights, kept as its country so that country-level views
    # (and PLOVER-style scoring) still place "Ivorian rebels" in Côte d'Ivoire
    gid = state.side_group(m.actor_id, GROUP_KINDS[kind])
    return Mention(m.start, end, [gid], via="agent", label="group", kind="agent", agent=kind)


def agent_mentions(state: DocState, lex: AgentLexicon | None = None) -> None:
    """Give each single state mention that owns an agent the agent's kind; make the mention an
    actor when the agent stands for the state, a group when the agent never does."""
    lex = lex or AgentLexicon.load()
    for m in state.mentions():
        if id(m) in state.consumed or len(m.ids) != 1 or m.location:
            continue
        if state.type_of(m.actor_id) != "state":
            continue
        own = own_agent(state, lex, m)
        if own is not None:
            m.agent = own
            continue
        found = agent_of(state, lex, m)
        if found is None:
            _placed_agent(state, lex, m)
            continue
        noun, kind = found
        if kind in GROUP_KINDS:
            group = _group_mention(state, m, noun, kind)
            if group is not None:
                state.unclaim(m)
                state.claim(group)
            continue
        m.agent = kind
        if lex.acts_for_state(kind) and _owner_form(state, m, noun):
            m.attributive = False


def _placed_agent(state: DocState, lex: AgentLexicon, m: Mention) -> None:
    """ "police in Nairobi", "Army officials in Pakistan", "protesters in Beijing", "troops
    from Burundi": an agent placed in (or sent from) a state or its capital with no owner of
    its own is that state's, and the mention records the agent's kind. An agent another actor
    owns ("Kenyan police in Mogadishu", "EU officials in Vienna") or one posted abroad
    ("diplomats in Moscow") makes the state a mere place."""
    tok = state.doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "troops from Burundi and Uganda"
    prep = tok.head.lower_
    if tok.dep_ != "pobj" or prep not in ("in", "from"):
        return
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= m.start:
        return
    kind = _phrase_kind(lex, _words(state), noun, 0)
    if kind is None or kind in GROUP_KINDS:
        return  # "militants in Pakistan": not the state, left as they are
    posted = prep == "in" and noun.lemma_.lower() in state.lex.posted_people_nouns
    if _owned(state, noun, m) or posted:
        m.location = True
    elif lex.acts_for_state(kind):
        m.agent = kind


def _owned(state: DocState, noun: Token, m: Mention) -> bool:
    """True when an actor other than ``m`` owns the noun ("Kenyan police", "EU officials",
    "Russia's troops")."""
    for child in noun.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < noun.i:
            owner = state.owner[child.i]
            if owner is not None and owner is not m and not owner.location:
                return True
    return False


def _owner_form(state: DocState, m: Mention, noun: Token) -> bool:
    """True when the state's name says it owns the agent: a demonym ("Turkish police"), a
    possessive ("Nigeria's military") or "of" ("the military of Nigeria"); a bare name before a
    noun may be a place ("the Kharkiv governor")."""
    return m.via == "demonym" or noun.i < m.start or state.possessive(m.end - 1)


def community_mentions(state: DocState) -> None:
    """A state's demonym or name right before a people of one descent or faith ("Bosnian
    Serbs", "Kosovo Albanians", "Iraqi Kurds", "Iraq's Shiites", "Bosnian Serb forces") names
    a community of that first state: its mention stands for the state with the agent kind
    ``community``, and a second state's demonym ("Serbs" = Serbia) is no mention of its own.
    Which words name such peoples is ``community_nouns`` in ``data/actors/recognizer.json``;
    a citizenship after a descent ("Iranian Americans") is not one of them and stays the
    second state's. A demonym after a word of descent ("ethnic Albanians", "ethnic Russian
    fighters"; ``descent_words``) names a people, not its state: no mention."""
    doc, nouns, descent = state.doc, state.lex.community_nouns, state.lex.descent_words
    for m in state.mentions():
        if len(m.ids) != 1 or m.label != "state" or m.location or id(m) in state.consumed:
            continue
        if m.kind == "demonym" and m.start > 0 and state.keys[m.start - 1] in descent:
            state.unclaim(m)  # "ethnic Albanians", "ethnic Russian fighters": a descent, no state
            continue
        j = m.end + 1 if m.end < len(doc) and doc[m.end].tag_ == "POS" else m.end
        if j >= len(doc) or not (state.lowers[j] in nouns or state.lemma_lowers[j] in nouns):
            continue
        tok, people = doc[m.end - 1], doc[j]
        if not (tok.head.i == j or tok.head.i == people.head.i and people.dep_ in _MODIFIER_DEPS):
            continue
        other = state.owner[j]
        if other is not None:
            one_word = (other.start, other.end) == (j, j + 1)
            if other.label != "state" or not one_word or other.ids == m.ids:
                continue
            state.unclaim(other)
        state.unclaim(m)
        # named as a people is named ("the Kosovars"): via "demonym", so that its protests
        # stay a people's protests
        # "the Iraqi Kurdish region": a community word modifying a thing modifies it still
        attributive = m.attributive and people.dep_ in _MODIFIER_DEPS
        state.claim(Mention(m.start, j + 1, list(m.ids), via="demonym", label=m.label,
                            kind="demonym", agent=COMMUNITY, attributive=attributive))
