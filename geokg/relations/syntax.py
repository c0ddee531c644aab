"""Parse helpers of the relation wing: pure functions over spaCy tokens.

Who is the logical subject or object of a verb (through passives, control, coordination and
clauses), the verb a noun trigger is the object of, the objects of chosen prepositions, particles.
None of them reads the lexicon: word lists come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..parse_index import children, conjuncts, has_child, kids
from .repairs import misread_subject, shifted_object

__all__ = [
    "CONTROL_PREPS",
    "children",
    "is_passive",
    "to_infinitive",
    "bare_participle",
    "unrelativize",
    "relative_antecedent",
    "by_agents",
    "subjects_of",
    "objects_of",
    "clause_of",
    "coordinated_clause_verb",
    "adjunct_controller",
    "appended_noun",
    "launch_sites",
    "light_verb",
    "prep_objects",
    "described_conjunct",
    "particle_of",
]

_RELATIVE = frozenset({"which", "who", "that", "whom"})
#: tags of finite verbs
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: the prepositions whose object a control verb makes the subject of its complement ("called on
#: Moscow to withdraw")
CONTROL_PREPS = ("on", "upon")


def is_passive(verb: Token) -> bool:
    """A verb with a passive subject or auxiliary."""
    return has_child(verb, "nsubjpass", "auxpass")


def to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("to meet", "for Japan to leave")."""
    return any(c.lower_ == "to" for c in children(verb, "aux"))


def bare_participle(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no subject or auxiliary, passive in
    sense: "when attacked from Niger", "once sanctioned by the EU"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not children(verb, "nsubj", "nsubjpass", "aux", "auxpass")
    )


def unrelativize(toks: list[Token]) -> list[Token]:
    """Replace relative pronouns by the noun their clause modifies ("Russia, which attacked")."""
    out = []
    for t in toks:
        if t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
            out.append(t.head.head)
        else:
            out.append(t)
    return out


def relative_antecedent(tok: Token) -> list[Token]:
    """The noun a relative clause containing ``tok`` ("whose", "which") modifies."""
    t = tok
    for _ in range(5):
        if t.dep_ == "relcl":
            return [t.head]
        if t.head.i == t.i:
            break
        t = t.head
    return []


def by_agents(verb: Token) -> list[Token]:
    """The by-agents of a passive verb ("was attacked by Russia"), also where the parse hangs
    the by-phrase on the object of the verb's "with" ("was threatened with sanctions by the EU",
    "was charged with espionage by Russia": what a passive verb is done *with* takes no agent of
    its own there, unlike "was warned of an invasion by Russia")."""
    agents = [p for a in children(verb, "agent") for p in children(a, "pobj")]
    if agents or not (is_passive(verb) or bare_participle(verb)):
        return agents
    return [p for o in prep_objects(verb, ("with",)) for p in prep_objects(o, ("by",))]


def subjects_of(verb: Token, control: frozenset[str], depth: int = 0) -> list[Token]:
    """The logical subject of a verb, inherited through control, coordination and clauses."""
    if depth > 5:
        return []
    agents = by_agents(verb)
    if agents or is_passive(verb) or bare_participle(verb):
        return agents
    subs = children(verb, "nsubj")
    if subs:
        return unrelativize(subs)
    misread = misread_subject(verb)  # "A statement from X condemned ...", read as a relative
    if misread is not None:
        return [misread]
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return []
    if dep == "xcomp" or (dep == "advcl" and to_infinitive(verb)):
        if dep == "xcomp" and is_passive(head) and children(head, "nsubjpass"):
            # raising and control in the passive: "X was expected / said / reported / asked to
            # meet Y": the passive subject is the infinitive's subject, whoever expects or asks
            return unrelativize(children(head, "nsubjpass"))
        if head.lemma_.lower() in control:
            # "urged Moscow to withdraw", "called on Moscow to withdraw"
            objs = children(head, "dobj") or prep_objects(head, CONTROL_PREPS)
            if objs:
                return objs
            if is_passive(head):
                return children(head, "nsubjpass")
        return subjects_of(head, control, depth + 1)
    if dep == "conj" and head.pos_ in ("NOUN", "PROPN") and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or children(verb, "dobj")
    ):
        # "crossed the border known as the Line and raided an outpost": a verb the parser
        # coordinated with a noun is coordinated with the clause that holds that noun
        clause = clause_of(head)
        return subjects_of(clause, control, depth + 1) if clause is not None else []
    first = sequence_antecedent(verb)
    if first is not None:
        return subjects_of(first, control, depth + 1)
    if dep in ("conj", "advcl", "acomp", "attr"):
        subs = subjects_of(head, control, depth + 1)
        if not subs and dep == "conj" and is_passive(head):  # "was not intimidated and accused"
            subs = unrelativize(children(head, "nsubjpass"))
        return subs
    if dep == "pcomp" and head.dep_ == "prep":
        if head.lower_ in ("for", "of") and children(head.head, "dobj"):
            return children(head.head, "dobj")  # "blamed Israel for bombing", "accused X of"
        if is_passive(head.head) and children(head.head, "nsubjpass"):
            # "X was accused of attacking Y", "X has been engaged in fighting Y": the passive
            # subject, whoever accuses or engages
            return unrelativize(children(head.head, "nsubjpass"))
        return subjects_of(head.head, control, depth + 1)
    if dep in ("acl", "relcl") and verb.tag_ == "VBG":
        return [head]
    if coordinated_clause_verb(verb):
        return [head]
    if dep == "acl" and to_infinitive(verb):
        # "Germany's decision to supply tanks", "found ways to expand cooperation"
        poss = [p for p in children(head, "poss") if p.pos_ != "PRON"]
        poss = poss or [  # "the right of Russian troops to fire"
            p for o in children(head, "prep") if o.lower_ == "of" for p in children(o, "pobj")
        ]
        if poss:
            return poss
        gov = head.head
        if head.dep_ in ("dobj", "pobj", "attr") and gov.i != head.i:
            gov = gov.head if gov.dep_ == "prep" else gov
            if gov.pos_ in ("VERB", "AUX"):
                return subjects_of(gov, control, depth + 1)
    return []


SEQUENCE_WORDS = frozenset({"then", ",", "and"})


def sequence_antecedent(verb: Token) -> Token | None:
    """The earlier verb of a sequence the parser split ("did A, then did B"): for a finite verb
    with no subject of its own right after ", then" or "and", hung as a bare ``dep`` on the
    first verb ("rammed a truck into the gate, then opened fire on the soldiers"), that verb;
    hung as a second clause of the same saying verb ("witnesses said attackers rammed ..., then
    opened fire ..."), the nearest earlier such clause. The second verb has its subject."""
    head = verb.head
    if (verb.dep_ not in ("dep", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or head.i >= verb.i or verb.i == 0 or children(verb, "nsubj")
            or children(verb, "nsubjpass")):
        return None
    before = verb.doc[verb.i - 1]
    if before.lower_ not in SEQUENCE_WORDS:
        return None
    if verb.dep_ == "dep":
        return head if head.pos_ in ("VERB", "AUX") else None
    earlier = [c for c in children(head, "ccomp") if c.i < verb.i
               and c.pos_ in ("VERB", "AUX") and children(c, "nsubj")]
    return earlier[-1] if earlier else None


def coordinated_clause_verb(verb: Token) -> bool:
    """True for a finite past verb the parser hung as ``acl`` on the noun that is in fact its
    subject: the noun follows a coordinating conjunction ("talks went on in Geneva and the
    first Russian troops returned from Syria", the noun read as another object or conjunct of
    the first clause) or is the root of a sentence with no other finite verb ("The first
    Russian troops returned from Syria."). A finite tag (VBD, not the participle VBN of a
    reduced relative: "troops stationed in Syria") and no subject, auxiliary or marker of the
    verb's own."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBD"
        or head.i > verb.i
        or head.pos_ not in ("NOUN", "PROPN")
        or children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "mark")
    ):
        return False
    if head.dep_ == "ROOT":
        lo, hi = verb.left_edge.i, verb.right_edge.i
        return not any(t.tag_ in _FINITE and not lo <= t.i <= hi for t in head.sent)
    first = head.left_edge.i
    return first > 0 and verb.doc[first - 1].dep_ == "cc"


def clause_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` that heads a clause (not a participle modifying a noun)."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod"):
            return t
    return None


def objects_of(verb: Token) -> list[Token]:
    """The logical object: the direct object, or the subject of a passive verb (of the main
    clause, for a subjectless passive adjunct: "Turkey fired back after being shelled")."""
    if is_passive(verb) or bare_participle(verb):
        subs = children(verb, "nsubjpass")
        if subs:
            return unrelativize(subs)
        if verb.dep_ == "conj":
            return objects_of(verb.head)
        return adjunct_controller(verb)
    objs = children(verb, "dobj") or shifted_object(verb)  # "condemned in strong terms the X"
    if objs:
        return unrelativize(objs)
    if children(verb, "oprd"):  # "Macron called Putin on Friday", misparsed as a predicate
        return [o for o in children(verb, "oprd") if o.pos_ == "PROPN"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and misread_subject(verb) is None:
        return [verb.head]  # "the plane shot down by Russia"
    return [  # "kidnapped up to 16 advisers", parsed as a particle and a preposition
        o
        for p in children(verb, "prt")
        if p.lower_ == "up"
        for t in children(p, "prep")
        if t.lower_ == "to"
        for o in children(t, "pobj")
        if children(o, "nummod")
    ]


def adjunct_controller(verb: Token) -> list[Token]:
    """The understood subject of a subjectless adverbial clause: the main clause's subject.

    "Turkey closed the border after being shelled", "when attacked, the troops returned fire":
    the clause hangs on the main verb as ``advcl`` or as the ``pcomp`` of a preposition.
    """
    if verb.dep_ == "advcl":
        gov = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov = verb.head.head
    else:
        return []
    if gov.pos_ not in ("VERB", "AUX") or gov.i == verb.i:
        return []
    return unrelativize(children(gov, "nsubj", "nsubjpass"))


def launch_sites(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """Where an attack with no stated agent came from: "was shelled from Syria", "rockets fired
    from Lebanon" (a passive or a reduced relative of one of ``verbs``, with no by-agent)."""
    if verb.lemma_.lower() not in verbs or by_agents(verb):
        return []
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "rockets fired from Gaza"
    if not (is_passive(verb) or bare_participle(verb) or reduced):
        return []
    return prep_objects(verb, ("from",))


def appended_noun(verb: Token) -> list[Token]:
    """The noun a postposed participle right after a comma may describe instead of the clause's
    subject: "the war is decided in Ukraine, invaded by Russia in 2022" (parsed as an adverbial
    clause of "decided")."""
    if not bare_participle(verb) or verb.i < 2 or verb.head.i > verb.i:
        return []
    comma, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if comma.text != "," or noun.pos_ not in ("PROPN", "NOUN"):
        return []
    if noun.dep_ not in ("pobj", "dobj", "conj", "appos"):
        return []
    return [noun]


def light_verb(noun: Token, background: frozenset[str] = frozenset()) -> Token | None:
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


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` (``out_of`` for "out of")."""
    wanted = set(preps)
    out: list[Token] = []
    for dep, child in kids(tok):
        if dep not in ("prep", "dative", "agent"):
            continue
        word = child.lower_
        if word == "out":  # "out of"
            nested = [g for g in children(child, "prep") if g.lower_ == "of"]
            if "out_of" in wanted:
                out += [p for g in nested for p in children(g, "pobj")]
            continue
        if word in wanted:
            out += children(child, "pobj")
    return out


def described_conjunct(noun: Token) -> Token | None:
    """The conjunct a singular apposition after a coordination describes: the nearest one.

    In "Azerbaijan and Russia, Armenia's traditional ally," the parser hangs "ally" on
    "Azerbaijan" (the head of the coordination), but a singular noun describes one actor: the
    conjunct right before it. A plural one ("France and Germany, both NATO members") describes all.
    """
    t = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "appos" else noun
    if t.dep_ != "appos" or t.tag_ not in ("NN", "NNP"):
        return None
    before = [c for c in conjuncts(t.head) if t.head.i < c.i < t.i]
    return max(before, key=lambda c: c.i) if before else None


def particle_of(tok: Token) -> str | None:
    """The particle of a phrasal verb ("shot down"), else the word after it."""
    prts = children(tok, "prt")
    if prts:
        return prts[0].lower_
    outs = [c for c in children(tok, "prep") if c.lower_ == "out" and children(c, "prep")]
    if outs:  # "pushed Russian troops out of Kherson", parsed as a preposition
        return "out"
    if tok.i + 1 < len(tok.doc):
        return tok.doc[tok.i + 1].lower_
    return None

