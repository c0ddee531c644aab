"""Collective references and the sets they stand for: coordinated actors ("Baku and Moscow",
"Mali, Burkina Faso and Niger", "Turkish-Russian"), "the two countries", "both warring parties"
(the two sides of the fighting named before), "they" after a coordinated subject."""

from __future__ import annotations

from spacy.tokens import Token

from .phrases import CLAUSE_DEPS, MODIFIER_POS, SUBJECT_DEPS
from .state import DocState, Mention

__all__ = [
    "FROM_PREPOSITIONS",
    "conflict_sides",
    "coordinated_sets",
    "members_from",
    "members_phrase",
    "only_set",
    "plural_reference",
    "recent_set",
    "set_opened_at",
    "subject_pair",
    "two_in_focus",
]


def plural_reference(
    state: DocState, i: int
) -> tuple[int, bool, int | None, str | None, bool, bool] | None:
    """(end, wants persons, the actor type its noun requires or None, sides of a conflict, may
    look far back) when a collective reference ("the two countries", "both warring parties",
    "each country", "the juntas", "both organizations") starts at token ``i``."""
    lex, doc, keys = state.lex, state.doc, state.keys
    opener = keys[i]
    if opener not in lex.plural_openers or state.owner[i] is not None:
        return None
    count = lex.plural_counts.get(opener)
    j = i + 1
    if j < len(doc) and keys[j] in lex.plural_counts and opener not in ("both", "either", "neither"):
        count = lex.plural_counts[keys[j]]
        j += 1
    if opener == "all" and count is None:
        return None  # "all countries": everyone, not a set named before
    singular_ok = opener in ("each", "either", "neither")
    lemmas, nouns, person_nouns = state.lemma_lowers, lex.plural_nouns, lex.plural_person_nouns
    reach = range(j, min(j + 5, len(doc)))
    if not any(lemmas[k] in nouns or lemmas[k] in person_nouns for k in reach):
        return None  # no noun of a collective reference in reach: the loop below finds none
    for k in reach:
        tok = doc[k]
        if state.owner[k] is not None:
            return None
        lemma = lemmas[k]
        plural = tok.tag_ in ("NNS", "NNPS") or (tok.lower_.endswith("s") and lemma != tok.lower_)
        if (lemma in nouns or lemma in person_nouns) and (plural or singular_ok):
            if k + 1 < len(doc) and (
                doc[k + 1].pos_ in ("NOUN", "PROPN") or doc[k + 1].text == "-"
            ):
                continue  # "the two countries' ...", "both party leaders": a modifier
            if k + 1 < len(doc) and keys[k + 1] in lex.plural_not_after:
                return None  # "the countries of the region", "both parties in Sudan"
            conflict = any(
                doc[w].lemma_.lower() in lex.plural_conflict_words
                or keys[w] in lex.plural_conflict_words
                for w in range(j, k + 1)
            )
            return (
                k + 1,
                lemma in lex.plural_person_nouns,
                count,
                "state" if lemma in lex.plural_state_nouns else lex.plural_kind_nouns.get(lemma),
                conflict,
                lemma in lex.plural_far_nouns,
            )
        if tok.pos_ not in MODIFIER_POS or tok.text in (",", ".", ";", ":"):
            return None
    return None


#: how many sentences back "both warring parties" may look for the fighting it refers to
_CONFLICT_WINDOW = 6


#: dependencies of the sides of a fighting verb or noun ("X fought Y", "X's war with Y")
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent"})


_SIDE_PREPOSITIONS = frozenset({"against", "with", "between", "by", "on"})


def conflict_sides(state: DocState, sents, sent_of, pos: int) -> tuple[str, ...] | None:
    """ "both warring parties": the two actors on the sides of the most recent fighting named
    before ``pos`` ("Sudan's army has been fighting the RSF", "the war between A and B"),
    within a few sentences; None when the nearest fighting has no two sides (never a guess)."""
    doc, lex = state.doc, state.lex
    k = sent_of[pos]
    for back in range(k, max(k - _CONFLICT_WINDOW - 1, -1), -1):
        sent = sents[back]
        for t in reversed(range(sent.start, min(sent.end, pos))):
            tok = doc[t]
            if tok.lemma_.lower() not in lex.conflict_words or state.owner[t] is not None:
                continue
            sides = _sides(state, tok)
            if len(sides) == 2:
                return tuple(sides)
    return None


def _sides(state: DocState, tok: Token) -> list[str]:
    """The actors (not persons, not places) that take part in the fighting word ``tok``: its
    subject and object, "against"/"with"/"between" objects, its possessor, each conjunct."""
    heads = [c for c in tok.children if c.dep_ in _SIDE_DEPS]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _SIDE_PREPOSITIONS:
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    clause = None
    if tok.dep_ in ("xcomp", "conj", "relcl", "acl") or (tok.pos_ == "NOUN" and tok.dep_ == "dobj"):
        clause = tok.head  # "the army continued fighting the RSF", "the army waged war on ..."
    elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        clause = tok.head.head  # "the RSF, which have been at war with the army"
    if clause is not None:
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                relative = c.lower_ in ("which", "that", "who") and clause.dep_ == "relcl"
                heads.append(clause.head if relative else c)
    found: list[str] = []
    for head in heads:
        for node in [head, *[c for c in head.children if c.dep_ == "conj"]]:
            actor = _side_actor(state, node)
            if actor is not None and actor not in found:
                found.append(actor)
    return found


def _side_actor(state: DocState, tok: Token) -> str | None:
    """The actor a side token names: its own mention, else its possessor's ("Sudan's army")."""
    for cand in (tok, *[c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]):
        m = state.owner[cand.i]
        if (
            m is not None
            and len(m.ids) == 1
            and not m.location
            and m.label in ("state", "group", "organisation")
            and (cand is tok or not m.attributive or m.kind == "demonym")
        ):
            return m.actor_id
    return None


def two_in_focus(state: DocState, sents, sent_of, pos: int) -> tuple[str, ...] | None:
    """ "the two countries" with no coordination before it: the two states named in this
    sentence before it and the previous one, when there are exactly two."""
    k = sent_of[pos]
    start = sents[k - 1].start if k > 0 else sents[k].start
    # "Mexico said the two countries ...": the speaker is not one of the two
    speakers = set()
    for verb in state.doc[pos].ancestors:
        for child in verb.children:
            owner = state.owner[child.i]
            if child.dep_ in SUBJECT_DEPS and child.i < pos and owner is not None:
                speakers.update(owner.ids)
    found: list[str] = []
    for m in state.mentions():
        if start <= m.start < pos and len(m.ids) == 1 and m.label == "state":
            if m.location or m.attributive or m.actor_id in found or m.actor_id in speakers:
                continue
            if state.doc[m.end - 1].head.dep_ == "appos":
                continue  # "Norway, Pakistan's donor": a description, not a side
            found.append(m.actor_id)
    return tuple(found) if len(found) == 2 else None


def _is_actor(state: DocState, m: Mention, persons: bool) -> bool:
    if m.location or m.attributive and m.kind != "demonym":
        return False
    return (m.label == "person") == persons


def coordinated_sets(
    state: DocState, mentions: list[Mention]
) -> list[tuple[int, tuple[str, ...], bool, Token]]:
    """Coordinated actor sets ("Baku and Moscow", "Mali, Burkina Faso and Niger",
    "Turkish-Russian"): (end position, ids, persons?, first token)."""
    doc, lowers = state.doc, state.lowers
    out = []

    def link(x: Mention, y: Mention) -> str | None:
        """ "and" for a closing link, "," for a list comma, None when not coordinated."""
        if state.raws[x.end - 1] != doc[x.end - 1].text or doc[x.end].tag_ == "POS":
            return None  # "China, Pakistan's closest ally": a possessor, not a conjunct
        between = lowers[x.end : y.start]  # Token.lower_ of each, without the Tokens
        if between == [","]:
            return ","
        if between in (["-"], ["–"], ["and"], ["&"], [",", "and"]):
            return "and"
        if between[-1:] == ["and"] and _conjoined(doc[x.end - 1], doc[y.end - 1]):
            return "and"
        return None

    def usable(m: Mention, persons: bool) -> bool:
        return len(m.ids) == 1 and (_is_actor(state, m, persons) or m.kind == "demonym")

    k = 0
    while k < len(mentions):
        first = mentions[k]
        persons = first.label == "person"
        chain, links = [first], []
        while k + 1 < len(mentions) and (kind := link(chain[-1], mentions[k + 1])) is not None:
            chain.append(mentions[k + 1])
            links.append(kind)
            k += 1
            if kind == "and":
                break
        k += 1
        if links and links[-1] != "and":
            chain = chain[:1]  # "China, Pakistan ...": an apposition, not a list
            k -= len(links)
        if len(chain) == 1 and k < len(mentions):
            # "Putin and his Turkish counterpart Erdogan"
            a, b = first, mentions[k]
            if _conjoined(doc[a.end - 1], doc[b.end - 1]):
                chain.append(b)
        if len(chain) < 2 or any(
            (m.label == "person") != persons or not usable(m, persons) for m in chain
        ):
            continue
        ids = tuple(dict.fromkeys(m.actor_id for m in chain))
        if len(ids) == len(chain):
            out.append((chain[-1].end, ids, persons, doc[first.start]))
    return out


def _conjoined(ta: Token, tb: Token) -> bool:
    """ "Putin and his Turkish counterpart Erdogan": b, or the noun it names, is a conjunct of a."""
    tok, hops = tb, 0
    while hops < 3:
        if tok.dep_ == "conj" and tok.head.i == ta.i:
            return True
        if tok.dep_ not in ("compound", "appos") or tok.head is tok:
            return False
        tok, hops = tok.head, hops + 1
    return False


def recent_set(
    state: DocState,
    pairs,
    sent_of,
    sent: int,
    pos: int,
    *,
    persons: bool,
    size: int | None,
    kind: str | None = None,
) -> tuple[str, ...] | None:
    """The most recent coordinated set before ``pos`` whose size is ``size`` (of actors of type
    ``kind`` only, when given): within six sentences for a count of three or more, two for a
    pair, else in this sentence or the previous one."""
    best = None
    # a count that matches is evidence enough: "the three states" far back; a pair is common
    window = 6 if size is not None and size > 2 else 2 if size is not None else 1
    for end, ids, is_persons, _ in pairs:
        if end > pos or is_persons != persons:
            continue
        if kind and not all(state.type_of(a) == kind for a in ids):
            continue  # "the two countries" are not "the United States and the EU"
        if sent - window <= sent_of[end - 1] <= sent and (size is None or len(ids) == size):
            best = ids
    return best


def only_set(state: DocState, pairs, sent_of, sent: int, pos: int) -> tuple[str, ...] | None:
    """The coordinated set of states named within six sentences before ``pos`` when it is the
    only one there (named once or more); None when there are none or several."""
    found = {
        frozenset(ids): ids
        for end, ids, is_persons, _ in pairs
        if end <= pos
        and not is_persons
        and sent - 6 <= sent_of[end - 1] <= sent
        and all(state.type_of(a) == "state" for a in ids)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def subject_pair(state, pairs, sents, sent_of, tok: Token) -> tuple[str, ...] | None:
    """ "They": the coordinated set that is the subject of a clause governing the pronoun
    ("Jordan and the UAE said they ..."), else of the previous sentence."""
    by_first = {first.i: ids for end, ids, _p, first in pairs if end <= tok.i}
    verb, hops = tok.head, 0
    while verb.dep_ in CLAUSE_DEPS and verb.head is not verb and hops < 4:
        verb, hops = verb.head, hops + 1
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < tok.i:
                owner = state.owner[child.i]
                if owner is None:  # "Iranian officials": the demonym modifying the subject
                    mods = [state.owner[c.i] for c in child.children if c.dep_ in ("amod", "compound")]
                    owner = next((o for o in mods if o is not None and o.kind == "demonym"), None)
                if owner is None:
                    return None
                if owner.start in by_first:
                    return by_first[owner.start]
                plural = child.tag_ in ("NNS", "NNPS") or (
                    child.text.endswith("s") and child.lemma_ != child.lower_
                )
                if (
                    plural
                    and len(owner.ids) == 1
                    and owner.label in ("state", "organisation", "group")
                    and not owner.location
                ):
                    return (owner.actor_id,)  # "Iranian officials said they ..."
                return None
    k = sent_of[tok.i]
    for end, ids, _persons, first in reversed(pairs):
        if end > tok.i:
            continue
        if sent_of[first.i] < k - 1:
            break
        root = first.sent.root
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
            # "The juntas of Mali, Burkina Faso and Niger left ...": the set owns the subject
            if first.head.head.dep_ in SUBJECT_DEPS and first.head.head.head == root:
                return ids
        if first.dep_ in SUBJECT_DEPS or (
            first.i < root.i and first.dep_ not in ("pobj", "dobj", "poss")
        ):
            return ids
    return None


#: prepositions that name where the persons of a plural noun come from ("his counterparts from
#: A, B and C", "the leaders of A and B")
FROM_PREPOSITIONS = frozenset({"from", "of"})


def members_from(
    state: DocState, pairs, i: int
) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, the set) when token ``i`` is a plural noun of persons (``plural_references``
    ``person_nouns``: "counterparts", "leaders") followed by "from"/"of" and a coordinated set
    of actors that are no persons: "his counterparts from Brazil, India and South Africa", "the
    leaders of Mali and Niger" stand for those states (the phrase starts at the noun's first
    word when no actor is named in it)."""
    phrase = members_phrase(state, i)
    if phrase is None:
        return None
    ids = set_opened_at(pairs, phrase[1])
    return (phrase[0], i + 1, ids) if ids is not None else None


def members_phrase(state: DocState, i: int) -> tuple[int, int] | None:
    """(start of the phrase, position of the set) when token ``i`` is a plural noun of
    persons followed by "from"/"of" (:func:`members_from` without the sets): the set is to
    start right after the preposition (and a "the")."""
    doc, keys = state.doc, state.keys
    if i + 2 >= len(doc) or keys[i + 1] not in FROM_PREPOSITIONS:  # the cheapest test first
        return None
    noun = doc[i]
    lemma = noun.lemma_.lower()
    if (
        lemma not in state.lex.plural_person_nouns
        or not (noun.tag_ in ("NNS", "NNPS") or lemma != noun.lower_)
        or state.owner[i] is not None
    ):
        return None
    start = noun.left_edge.i
    if any(state.owner[k] is not None for k in range(start, i)):
        start = i  # "his Brazilian counterparts from ...": the noun alone
    return start, i + 2 + (keys[i + 2] == "the")


def set_opened_at(pairs, first: int) -> tuple[str, ...] | None:
    """The ids of the first coordinated set of actors that are no persons starting at token
    ``first``, or None."""
    for _end, ids, persons, opener in pairs:
        if opener.i == first and not persons:
            return ids
    return None
