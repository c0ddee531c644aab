"""Parse repairs: regular misreadings of the statistical parser, undone where the relation wing
reads a verb's subject or object (:func:`~.syntax.subjects_of`, :func:`~.syntax.objects_of`).

- A sentence whose subject is a noun phrase with a prepositional modifier ("A statement from the
  ministry condemned ...", "A spokesman for X denied that ...", "A report by Y accused Z of ...")
  is sometimes parsed with that noun as the root and the main verb as a reduced relative
  modifying it (``acl``), as if it were "a statement [issued] from ...". When nothing else in
  the sentence is a finite verb and the participle has an object or a clause of its own, it is
  the sentence's main verb and the root noun phrase is its subject
  (:func:`misread_subject`; also when the verb hangs on a noun inside that phrase: "a
  statement from the ministry [condemned]" on "ministry"). A true reduced relative ("the
  troops deployed in the north", "a statement issued on Friday by the ministry") has no
  object, or a by-agent, or sits in a sentence with a verb of its own, and is left alone.
- A heavy object shifted after an adverbial phrase ("condemned in the strongest terms the
  attack", "rejected with contempt the claims") is sometimes hung as an apposition to the
  phrase's object. An apposition with no comma, dash or bracket before it, that opens a noun
  phrase of its own (a determiner or a possessor) on the first phrase after a verb with no
  object, is that verb's object (:func:`shifted_object`); a real apposition is set off
  ("the capital, Kyiv").

The functions are pure and read no word lists.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["misread_subject", "shifted_object", "is_shifted_object"]

#: tags of a finite verb (or modal) that would be the sentence's own main verb
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: past forms the parser gives a main verb it misreads as a participle
_PAST = frozenset({"VBD", "VBN"})
#: dependents that make a participle a clause of its own, or a passive relative
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark"})
#: punctuation that sets an apposition off from its head
_SETTING_OFF = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014", "(", "["})
#: dependents of a noun that open a noun phrase of its own
_OPENERS = frozenset({"det", "poss", "predet"})


def shifted_object(verb: Token) -> list[Token]:
    """The object of a verb with no ``dobj`` that the parser hung as an apposition to the object
    of the verb's first following phrase: "condemned in the strongest terms [the attack]"."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return []
    after = [c for c in verb.rights if c.dep_ not in ("advmod", "punct", "neg")]
    if not after or after[0].dep_ != "prep":
        return []
    for obj in after[0].children:
        if obj.dep_ != "pobj":
            continue
        for app in obj.rights:
            if app.dep_ == "appos" and _opens_phrase(app) and not _set_off(obj, app):
                return [app]
    return []


def is_shifted_object(noun: Token) -> bool:
    """Whether a noun is the :func:`shifted_object` of the verb its phrase hangs on."""
    if noun.dep_ != "appos" or noun.head.dep_ != "pobj":
        return False
    verb = noun.head.head.head
    return noun.head.head.dep_ == "prep" and noun in shifted_object(verb)


def _opens_phrase(noun: Token) -> bool:
    """A noun with a determiner or possessor of its own before it ("the attack", "Friday's")."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _OPENERS and c.i < noun.i for c in noun.children
    )


def _set_off(head: Token, app: Token) -> bool:
    """Punctuation other than quotation marks between a noun and its apposition."""
    doc = head.doc
    return any(doc[i].text in _SETTING_OFF for i in range(head.i + 1, app.left_edge.i))


def _phrase_root(noun: Token) -> Token:
    """The noun heading the phrase ``noun`` is a prepositional object in ("the attack" for
    "ministry" in "a statement from the ministry"), else ``noun`` itself."""
    t = noun
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
        t = t.head.head
    return t


def misread_subject(verb: Token) -> Token | None:
    """The subject of a past participle the parser hung as ``acl`` in the root noun phrase
    though it is the sentence's main verb: the root noun ("A [statement] from the ministry
    condemned the attack", with "condemned" on "statement" or on "ministry"; "A [spokesman]
    for X denied that ..."), else None.

    The participle follows the noun it hangs on, has no subject, auxiliary, marker or
    by-agent of its own, has an object or a clause (a ``dobj``, ``ccomp`` or
    :func:`shifted_object`), and no other word of the sentence is a finite verb."""
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in _PAST
        or verb.head.i > verb.i
        or any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    ):
        return None
    root = _phrase_root(verb.head)
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) and not shifted_object(verb):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if any(t.tag_ in _FINITE and not lo <= t.i <= hi for t in root.sent if t.i != verb.i):
        return None
    return root
