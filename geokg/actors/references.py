"""Stage 4 of the actor wing: references to actors that do not name them ("the two countries",
"both sides", "they", "it", "the army", "its neighbour").

They are resolved only when the text gives a clear antecedent, otherwise dropped (never guessed):

- a collective reference ("the two countries", "both warring parties", "each country", "the
  juntas", ``plural_references`` in ``data/actors/recognizer.json``) stands for the most recent
  *coordinated set* of actors ("Baku and Moscow", "Mali, Burkina Faso and Niger",
  "Turkish-Russian"), of one type when its noun says so ("both organizations", "the two
  groups": ``kind_nouns``); "the two sides" may be two coordinated persons when no other set is
  named ("Kiir and Machar signed ... the two sides", ``person_side_nouns``): with a count, the set of that size within six sentences (two for a
  pair); without one, a set in the same or the previous sentence ("the juntas", ``far_nouns``:
  the one set of states within six sentences); "they"/"them" need that set to be the subject of
  a governing clause or of the previous sentence; "both warring parties", "the belligerents"
  (``conflict_modifiers``) stand only for the two sides of the most recent fighting named
  before ("X has been fighting Y", "the war between X and Y", ``conflict_words``), else for a
  pair coordinated in an earlier sentence, else for nothing (not the two states in focus)
  (:mod:`geokg.actors.sets`);
- "his counterparts from Brazil, India and South Africa", "the leaders of Mali and Niger" (a
  plural of ``person_nouns`` before "from"/"of" and a coordinated set) stand for that set;
- "the troops", "the officials" (a plural of ``people_nouns``) stand for the one actor that
  noun was named with in this or the three previous sentences ("Turkish troops", "troops from
  Chad");
- "the army", "the government" (``state_organs``) stand for the state the text is about (its
  dateline state, or a clearly dominant one); "China's coast guard" for the possessor;
- "the Gulf state", "the OPEC member" (``epithets``) for the one member of that organisation
  named before;
- "the Balkan country", "the impoverished West African nation", "the Himalayan kingdom", "the
  island", "the Jewish state" (``data/actors/state_classes.json``) for the one state of every
  class named (region, kingdom, island ...) named before;
- "the country", "the alliance", "the militant group" (``singular_references`` in
  ``data/actors/recognizer.json``) stand for the one actor of that type named in the sentence
  before them or the previous sentence (an organisation or group: else the one named anywhere
  before), and for nothing when there are several
  (:mod:`geokg.actors.descriptions`); a group named as a modifier of the description ("the
  al-Qaida-linked militants", ``group_link_words``) is not that actor, and its name is then no
  mention (never an actor coordinated with the description: "Hamas and the ISIS-linked group");
- a bare plural subject or object ("Witnesses said attackers rammed a car", ``bare_group_nouns``)
  stands for the one armed group named in its sentence or the previous one, else for nothing;
- "the military" after "the Pakistani military" stands for the state named with that organ, as
  after "Pakistan's military";
- "it" stands for the actor that is the subject of the clause it depends on, or of the previous
  sentence; expletive "it" ("it is important") is never resolved;
- a subject "he"/"she" likewise stands for a person subject, looking past the sentences of a
  quotation ("X said ... "We have done our part. Now we urge ...," he told reporters");
- "its neighbour" stands for the other of exactly two states in focus;
- "his country", "her government", "his forces" (``person_own_nouns``) for the affiliation of the
  person "his"/"her" repeats (a person subject, as for "he") (:mod:`geokg.actors.pronouns`).

The resolved mention is claimed in the document state with ``via="coref"``: ``ids`` lists every
actor it stands for (one, or the members of a set).

Each kind of reference is one handler ``(discourse, i) -> next position | None``, tried in order
at every free token whose word can start its kind of reference (:data:`_HANDLERS` pairs each
handler with those words, read from the lexicon, or with None: any word); a handler that returns
None leaves the token to the next one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span, Token

from .descriptions import (
    bare_group,
    demonym_organ,
    description,
    epithet,
    member_in_focus,
    possessed_organ,
    repeated_noun,
    reporter_affiliation,
    singular_reference,
    state_organ,
    stated_allies,
)
from .focus import dominant_state, in_focus, one_named, only_one_in_focus
from .phrases import SUBJECT_DEPS, ends_noun_phrase, first_words, words_at
from .pronouns import PERSON, its_owner, neighbour, subject_antecedent
from .sets import (
    FROM_PREPOSITIONS,
    conflict_sides,
    coordinated_sets,
    members_phrase,
    only_set,
    plural_reference,
    recent_set,
    set_opened_at,
    subject_pair,
    two_in_focus,
)
from .state import DocState, Mention
from .wordlists import Lexicon

__all__ = ["resolve_references"]

#: verbs whose "it" subject is expletive ("it is important", "it seems")
_EXPLETIVE_HEADS = frozenset(
    {"be", "seem", "appear", "happen", "remain", "take", "matter", "mean", "look"}
)


@dataclass
class Discourse:
    """What the reference handlers read besides the document state: sentences, the mentions
    and coordinated sets named before the references, the state the text is about.

    The sets, the dominant state and the stated allies are read on first use (most documents
    need none of them), from the mentions and token owners as they were before the first
    reference was resolved (``before``): what they would have been if read up front."""

    state: DocState
    sents: list[Span]
    #: token index -> index of its sentence
    sent_of: list[int]
    #: the mentions found by the earlier stages (not those used up in a person's title)
    mentions: list[Mention]
    #: the document's mentions and the owner of each token before any reference was resolved
    before: tuple[list[Mention], list[Mention | None]]
    #: "South Korea's military": organ words -> the states named with them so far
    named_organs: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    @cached_property
    def pairs(self) -> list[tuple[int, tuple[str, ...], bool, Token]]:
        """Coordinated sets (end, ids, persons?, first token), ordered by end; grows as sets are
        named again ("the three Sahel states" ... "the juntas")."""
        return coordinated_sets(self.state, self._named)

    @cached_property
    def dominant(self) -> str | None:
        """The state the text is about (:func:`~.focus.dominant_state`)."""
        return dominant_state(self.state, *self.before)

    @cached_property
    def allies(self) -> set[tuple[str, str]]:
        """(a, b) stated as allies by apposition ("A, a treaty ally of B")."""
        return stated_allies(self.state, self._named, self.before[1])

    @cached_property
    def _named(self) -> list[Mention]:
        """The mentions of the earlier stages not used up in a person's title."""
        consumed = self.state.consumed
        return [m for m in self.before[0] if id(m) not in consumed]

    def claim(self, start: int, end: int, ids: list[str], label: str) -> None:
        """Claim a resolved reference in the document state."""
        self.state.claim(Mention(start, end, ids, via="coref", label=label, kind="coref"))


def resolve_references(state: DocState) -> None:
    """Claim a mention for each reference of ``state.doc`` that has a clear antecedent."""
    doc = state.doc
    if not doc.has_annotation("DEP"):
        return
    d = _discourse(state)
    table = handler_table(state.lex)
    keys, owner = state.keys, state.owner
    i = 0
    for p in table.positions(keys):
        if p < i:
            continue  # inside a reference resolved already
        i = p
        if owner[i] is not None:
            continue
        for handler in table.at(keys[i]):
            nxt = handler(d, i)
            if nxt is not None:
                i = nxt
                break


def _discourse(state: DocState) -> Discourse:
    sents = list(state.doc.sents)
    sent_of: list[int] = []
    for k, s in enumerate(sents):  # the sentences cover the tokens in order
        sent_of += [k] * (s.end - s.start)
    every = state.mentions()
    mentions = [m for m in every if id(m) not in state.consumed]
    return Discourse(
        state=state,
        sents=sents,
        sent_of=sent_of,
        mentions=mentions,
        before=(every, list(state.owner)),
    )


def _named_set(d: Discourse, i: int) -> int | None:
    """ "the two Koreas": a set of states by name (``state_sets``)."""
    state = d.state
    set_end = words_at(state, i, state.lex.state_sets)
    if set_end is None or not ends_noun_phrase(state, set_end):
        return None
    d.claim(i, set_end, list(state.lex.state_sets[tuple(state.keys[i:set_end])]), "state")
    return set_end


def _collective(d: Discourse, i: int) -> int | None:
    """ "the two countries", "both warring parties", "the juntas", "the three leaders"."""
    state = d.state
    ref = plural_reference(state, i)
    if ref is None:
        return None
    end, persons, size, kind, conflict, far = ref
    sent = d.sent_of[i]
    group = None
    if conflict:
        # "both warring parties": the two sides of the fighting named before, or none
        group = conflict_sides(state, d.sents, d.sent_of, i) if size in (2, None) else None
        if group is None and size in (2, None):
            # "Ethiopia and Eritrea massed troops. Both warring neighbours ...": a pair
            # coordinated in an earlier sentence (in this one it is rather the speaker:
            # "the UAE and Egypt urged both warring parties")
            group = recent_set(
                state, d.pairs, d.sent_of, sent, d.sents[sent].start, persons=persons, size=2
            )
    else:
        group = recent_set(
            state, d.pairs, d.sent_of, sent, i, persons=persons, size=size, kind=kind
        )
    if group is None and far and size is None:
        # "Mali, Burkina Faso and Niger ... [three sentences] ... the juntas": a noun
        # that only such a set can be looks further back, when one set is in sight
        group = only_set(state, d.pairs, d.sent_of, sent, i)
    if group is None and not persons and size in (2, None) and not conflict:
        # "the two countries" with no coordination: the two states in focus (never for "both
        # organizations")
        group = two_in_focus(state, d.sents, d.sent_of, i) if kind in (None, "state") else None
    if group is None and not persons and size in (2, None) and not conflict:
        # "Kiir and Machar signed a deal ... the two sides will meet": the persons are the sides
        if state.doc[end - 1].lemma_.lower() in state.lex.plural_person_side_nouns:
            group = recent_set(state, d.pairs, d.sent_of, sent, i, persons=True, size=2)
    if group is None and persons and size is not None and not conflict:
        # "the three leaders" with no persons named: the leaders of the three states
        group = recent_set(
            state, d.pairs, d.sent_of, sent, i, persons=False, size=size, kind="state"
        )
    if group is not None:
        label = state.type_of(group[0])
        d.claim(i, end, list(group), label)
        # "the three Sahel states" ... "the juntas": the set is named again here
        bisect.insort(
            d.pairs, (end, tuple(group), label == "person", state.doc[i]), key=lambda p: p[0]
        )
    return end


def _members_from(d: Discourse, i: int) -> int | None:
    """ "his counterparts from Brazil, India and South Africa": the states of the set."""
    phrase = members_phrase(d.state, i)
    ids = set_opened_at(d.pairs, phrase[1]) if phrase is not None else None
    if ids is None:
        return None
    start, end = phrase[0], i + 1
    d.claim(start, end, list(ids), d.state.type_of(ids[0]))
    return end


def _possessed_organ(d: Discourse, i: int) -> int | None:
    """ "China's coast guard", "the Trump administration": the possessor's state ("the
    Pakistani military" is only noted as Pakistan's, for a later "the military")."""
    owned_by = possessed_organ(d.state, i)
    if owned_by is None:
        named = demonym_organ(d.state, i)
        if named is not None:
            # "the Pakistani military ... the military": the demonym names it already
            d.named_organs.setdefault(tuple(d.state.keys[i : named[0]]), set()).add(named[1])
        return None
    end, sid = owned_by
    d.named_organs.setdefault(tuple(d.state.keys[i:end]), set()).add(sid)
    d.claim(i, end, [sid], "state")
    return end


def _repeated_noun(d: Discourse, i: int) -> int | None:
    """ "Turkish troops crossed the border ... the troops": the one actor named with that noun
    before (else not handled)."""
    found = repeated_noun(d.state, d.sents, d.sent_of, i)
    if found is None or len(found[1]) != 1:
        return None
    end, (actor,) = found[0], tuple(found[1])
    if _someone_else(d.state, d.state.doc[i + 1], actor):
        return None
    d.claim(i, end, [actor], d.state.type_of(actor))
    return end


def _organ(d: Discourse, i: int) -> int | None:
    """ "the army", "the government": the state named with that organ before, else the
    speaker's state, else the text's, else the one state in focus."""
    state = d.state
    organ_end = state_organ(state, i)
    if organ_end is None:
        return None
    # "South Korea's military ... the military": the state named with it before
    owners = d.named_organs.get(tuple(state.keys[i + 1 : organ_end]), set())
    sid = next(iter(owners)) if len(owners) == 1 else None
    if sid is None and not owners:
        # "Israeli minister X said the army ...": the speaker's state, else the text's
        sid = reporter_affiliation(state, state.doc[i + 1 : organ_end].root, "state")
        sid = sid or d.dominant
    if sid is None and not owners:
        # "Israel said the army would respond": the one state in focus
        sid = only_one_in_focus(state, d.mentions, d.sents, d.sent_of, i, "state")
    if sid is not None:
        d.claim(i, organ_end, [sid], "state")
    return organ_end


def _epithet(d: Discourse, i: int) -> int | None:
    """ "the Gulf state", "the OPEC member": the one member named before (else not handled)."""
    state = d.state
    found = epithet(state, i)
    if found is None:
        return None
    end, org, inner = found
    member = member_in_focus(state, d.sents, d.sent_of, i, org)
    if member is None:
        return None
    if inner is not None:
        state.unclaim(inner)  # "the [OPEC] member": the member, not OPEC
    d.claim(i, end, [member], "state")
    return end


def _state_description(d: Discourse, i: int) -> int | None:
    """ "the Balkan country", "the Himalayan kingdom", "the island": the one such state."""
    described = description(d.state, i)
    if described is None:
        return None
    end, candidates = described
    sid = one_named(d.state, d.sents, d.sent_of, i, candidates)
    if sid is not None:
        d.claim(i, end, [sid], "state")
    return end


def _singular(d: Discourse, i: int) -> int | None:
    """ "the country", "the alliance", "the militant group": the one such actor in focus, the
    speaker's own, the one organisation (group) named before, or the text's state among
    several; "the al-Qaida-linked militants" is another group than al-Qaida, which is then no
    mention."""
    state = d.state
    single = singular_reference(state, i)
    if single is None:
        return None
    start, end, kind, linked = single
    antecedent = only_one_in_focus(state, d.mentions, d.sents, d.sent_of, i, kind)
    if antecedent is None:
        # "Hamas official Basem Naim said the group had shown ...": the speaker's own
        antecedent = reporter_affiliation(state, state.doc[i:end].root, kind)
    if antecedent is None and kind in ("organisation", "group"):
        # "the bloc", "the militants" far from the name: the one organisation (group) named
        # before in the text
        antecedent = one_named(state, d.sents, d.sent_of, i, None, kind)
    if antecedent is None and kind == "state" and d.dominant is not None:
        # several states in focus: the one the text is about, when it is among them
        focus = in_focus(state, d.mentions, d.sents, d.sent_of, i, kind)
        antecedent = d.dominant if d.dominant in focus and len(focus) > 1 else None
    if linked is not None and antecedent == linked.actor_id:
        antecedent = None
    if antecedent is not None and _someone_else(state, state.doc[start:end].root, antecedent):
        antecedent = None  # "Hamas and the ISIS-linked group clashed": someone else
    if antecedent is not None:
        if linked is not None:
            # "the [al-Qaida]-linked militants": the modifier is no actor of the sentence
            state.unclaim(linked)
            d.mentions = [m for m in d.mentions if m is not linked]
        d.claim(start, end, [antecedent], kind)
    return end


def _bare_group(d: Discourse, i: int) -> int | None:
    """ "Witnesses said attackers rammed a car": a bare plural subject or object
    (``bare_group_nouns``) stands for the one group named in this sentence or the previous one."""
    state = d.state
    if not bare_group(state, i):
        return None
    antecedent = only_one_in_focus(state, d.mentions, d.sents, d.sent_of, i, "group")
    if antecedent is not None and not _someone_else(state, state.doc[i], antecedent):
        d.claim(i, i + 1, [antecedent], "group")
    return i + 1


def _someone_else(state: DocState, tok: Token, actor: str) -> bool:
    """True when the noun ``tok`` cannot repeat ``actor``: it is coordinated with a mention of
    it ("Hamas and the militants") or is the object of a verb whose subject names it ("Hamas
    killed militants"): a conjunct or co-argument is someone else."""
    others = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        others.append(tok.head)
        others += [c for c in tok.head.children if c.dep_ == "conj" and c is not tok]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ != "agent" else tok.head
    if tok.dep_ in ("dobj", "pobj") and verb is not tok:
        others += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for node in others:
        owner = state.owner[node.i]
        if owner is not None and actor in owner.ids:
            return True
    return False


def _pronoun(d: Discourse, i: int) -> int:
    """ "they", "it", "he"/"she", "his country", "its ally", "its neighbour" (the last
    handler: always moves on)."""
    state, lex = d.state, d.state.lex
    word, tok = state.keys[i], state.doc[i]
    if (
        word in lex.plural_pronouns
        and tok.dep_ in SUBJECT_DEPS | {"dobj", "pobj"}
        and tok.lower_ != "their"
    ):
        _they(d, tok)
        return i + 1
    if (
        word == "it"
        and tok.dep_ in SUBJECT_DEPS
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.lemma_ not in _EXPLETIVE_HEADS
    ):
        antecedent = subject_antecedent(state, d.sents, d.sent_of, tok)
        if antecedent is not None:
            d.claim(i, i + 1, [antecedent], state.type_of(antecedent))
        return i + 1
    if (
        word in lex.person_pronouns
        and tok.dep_ in SUBJECT_DEPS
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        # "Abdelatty said ... 'We urge Israel ...,' he told reporters": the person speaking
        antecedent = subject_antecedent(state, d.sents, d.sent_of, tok, PERSON)
        if antecedent is not None:
            d.claim(i, i + 1, [antecedent], "person")
        return i + 1
    if _person_own_noun(d, i):
        return _his_country(d, tok) or i + 1
    if word == "its" and i + 1 < len(state.doc):
        noun = state.doc[i + 1].lemma_.lower()
        if noun in lex.ally_nouns and ends_noun_phrase(state, i + 2):
            return _its_ally(d, tok) or i + 1
        if noun in lex.neighbour_nouns:
            return _its_neighbour(d, tok) or i + 1
    return i + 1


def _they(d: Discourse, tok: Token) -> None:
    """ "Jordan and the UAE said they ...": the coordinated subject set."""
    group = subject_pair(d.state, d.pairs, d.sents, d.sent_of, tok)
    if group is not None:
        d.claim(tok.i, tok.i + 1, list(group), d.state.type_of(group[0]))


def _person_own_noun(d: Discourse, i: int) -> bool:
    """ "his country", "her government": a person's possessive before an own-noun phrase."""
    state, lex, doc = d.state, d.state.lex, d.state.doc
    return (
        state.keys[i] in lex.person_possessives
        and doc[i].dep_ == "poss"
        and i + 1 < len(doc)
        and state.owner[i + 1] is None
        and doc[i + 1].lemma_.lower() in lex.person_own_nouns
        and ends_noun_phrase(state, i + 2)
    )


def _his_country(d: Discourse, tok: Token) -> int | None:
    """ "Kim vowed to bolster his country's nuclear forces": the person's state."""
    state = d.state
    person = its_owner(state, tok, d.sents, d.sent_of, PERSON)
    actor = state.register(person) if person is not None else None
    if actor is None or actor.country is None:
        return None
    d.claim(tok.i, tok.i + 2, [actor.country], state.type_of(actor.country))
    return tok.i + 2


def _its_ally(d: Discourse, tok: Token) -> int | None:
    """ "the United States, a treaty ally of the Philippines ... stood with its ally"."""
    owner = its_owner(d.state, tok, d.sents, d.sent_of)
    partners = {b for a, b in d.allies if a == owner and b != owner}
    if len(partners) != 1:
        return None
    ally = partners.pop()
    d.claim(tok.i, tok.i + 2, [ally], d.state.type_of(ally))
    return tok.i + 2


def _its_neighbour(d: Discourse, tok: Token) -> int | None:
    """ "its neighbour": the other of exactly two states in focus."""
    other = neighbour(d.state, d.sents, d.sent_of, tok)
    if other is None:
        return None
    d.claim(tok.i, tok.i + 2, [other], d.state.type_of(other))
    return tok.i + 2


Handler = Callable[[Discourse, int], "int | None"]
#: what a handler may start with: the words (token keys) its references can start with, read from
#: the lexicon, or None when any word may start one
Gate = Callable[[Lexicon], "frozenset[str] | None"]

_THE = frozenset({"the"})


def _starts_with_the(lex: Lexicon) -> frozenset[str]:
    return _THE


def _pronoun_words(lex: Lexicon) -> frozenset[str]:
    """The words :func:`_pronoun` acts on ("they", "it", "he", "his", "its" ...)."""
    return lex.plural_pronouns | lex.person_pronouns | lex.person_possessives | {"it", "its"}


#: the handlers in the order they are tried at each free token, each with its gate: a handler
#: is tried only where its gate admits the token's word (its test of that word is then skipped
#: for the other words, never changed: a handler returns None for a word its gate leaves out)
_HANDLERS: tuple[tuple[Handler, Gate | None], ...] = (
    (_named_set, lambda lex: first_words(lex.state_sets)),
    (_collective, lambda lex: lex.plural_openers),
    (_members_from, None),  # its first test is of the next word ("from", "of")
    (_possessed_organ, lambda lex: first_words(lex.state_organs)),
    (_repeated_noun, _starts_with_the),
    (_organ, _starts_with_the),
    (_epithet, _starts_with_the),
    (_state_description, _starts_with_the),
    (_singular, lambda lex: frozenset(lex.singular_references_by_first) | _THE),
    (_bare_group, lambda lex: lex.bare_group_nouns),
    (_pronoun, _pronoun_words),
)
#: for a handler without a gate: the words that must follow the token for it to act (it
#: returns None wherever another word, or none, follows)
_NEXT_WORD_GATES: dict[Handler, Gate] = {
    _members_from: lambda lex: FROM_PREPOSITIONS,
}


@dataclass(frozen=True)
class HandlerTable:
    """The handlers to try at a token, by its word, in the order of :data:`_HANDLERS`."""

    #: word -> the handlers whose gate admits it, and those without a gate
    by_word: dict[str, tuple[Handler, ...]]
    #: the handlers without a gate (for every other word)
    anywhere: tuple[Handler, ...]
    #: the words after which a handler of ``anywhere`` may act (None: after any word)
    anywhere_after: frozenset[str] | None = None

    def at(self, word: str) -> tuple[Handler, ...]:
        """The handlers to try, in order, at a token whose key is ``word``."""
        return self.by_word.get(word, self.anywhere)

    def positions(self, keys: list[str]) -> Sequence[int]:
        """The positions of ``keys`` (a document's token keys) where a handler may act, in
        order: a word of ``by_word``, or a word before one of ``anywhere_after``."""
        if not self.anywhere:
            after: frozenset[str] = frozenset()
        elif self.anywhere_after is None:
            return range(len(keys))
        else:
            after = self.anywhere_after
        by_word = self.by_word
        return [
            i
            for i, (word, nxt) in enumerate(zip(keys, [*keys[1:], None]))
            if word in by_word or nxt in after
        ]


#: id of a lexicon -> (the lexicon, its handler table)
_TABLES: dict[int, tuple[Lexicon, HandlerTable]] = {}


def handler_table(lex: Lexicon) -> HandlerTable:
    """The :class:`HandlerTable` of ``lex`` (built once per lexicon)."""
    hit = _TABLES.get(id(lex))
    if hit is None or hit[0] is not lex:  # the lexicon is kept, so its id stays its own
        hit = _TABLES[id(lex)] = (lex, _build_table(lex))
    return hit[1]


def _build_table(lex: Lexicon) -> HandlerTable:
    gates = [(handler, gate(lex) if gate is not None else None) for handler, gate in _HANDLERS]
    if any(gate is not None and words is None for (_, gate), (_, words) in zip(_HANDLERS, gates)):
        # a gate that admits any word (an empty phrase in a list): every handler everywhere
        every = tuple(handler for handler, _ in _HANDLERS)
        return HandlerTable({}, every)
    words = set().union(*(w for _, w in gates if w is not None))
    by_word = {
        word: tuple(h for h, w in gates if w is None or word in w) for word in sorted(words)
    }
    anywhere = tuple(h for h, w in gates if w is None)
    after: frozenset[str] | None = frozenset()
    for handler in anywhere:
        next_gate = _NEXT_WORD_GATES.get(handler)
        if next_gate is None or after is None:
            after = None  # this handler may act after any word
        else:
            after |= next_gate(lex)
    return HandlerTable(by_word, anywhere, after)
