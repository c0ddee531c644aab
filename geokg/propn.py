"""The spaCy component ``geokg_propn``: labels runs of proper nouns in place of a statistical NER.

geokg's actor recogniser finds states, organisations, known persons and groups with its
gazetteer; from the entity recogniser it needs only to know which runs of proper nouns name a
person, an organisation, a nationality or a place. This component answers that from the parse's
parts of speech, the gazetteer and a few word lists, at a small fraction of ``ner``'s cost, and
writes ``doc.ents`` as ``ner`` would. Rules, over each maximal run of capitalised proper nouns
(name particles such as "al-" or "von" may stand inside a run, and so may the possessive of a
collective noun such as "Workers'" or "People's": "Kurdistan Workers' Party"):

0. a run of two words or more that is a state's whole name in the gazetteer ("United States",
   "West Bank", "Abu Dhabi"; not a seat such as "State Department") is a ``GPE``; one that is
   an organisation's or a group's whole name in the gazetteer or in the list of organisations
   named like persons ("Red Cross", "Pan Am") is an ``ORG``;
1. a run whose words are all nationalities ("Bosnian Serbs"; not a state's name such as
   "Philippines") is ``NORP``;
2. a run that ends in an organisation's or an outlet's head word ("Rapid Support Forces", "World
   Food Programme", "Caspian Wire"; ``data/actors/proper_nouns.json`` plus the recogniser's group
   heads and institution nouns, less the place heads: "South China Sea" is a place) is ``ORG``;
   one that ends in an event's head word, or in one and a number ("World War Two"), is an
   ``EVENT``; one that ends in a place's head word ("Gaza Strip", "Scarborough Shoal"), or starts
   with a compass word and holds no title nor institution's word ("Central Asia", not "North
   Korean Finance Minister Kwame Rahimi" nor "Southeast Asian Nations"), is ``LOC``; the words
   up to an institution's word ("Democratic People's Republic") are an ``ORG`` unless they
   describe the title that follows them ("Federal Minister", "National Security Adviser"; not
   "Democratic Party Chairman"); a run holding a collective noun's possessive is an ``ORG``
   ("People's Mujahedin": no person's name holds one);
3. otherwise the run is cut at titles and honorifics ("President", "Gen.") and at the names of
   states, organisations and groups the gazetteer knows ("NATO", "Russian"; names that are also
   something else, such as "Jordan", do not cut): each piece of two to four words is a ``PERSON``
   ("Russian President Vladimir Putin" -> "Vladimir Putin"), name particles ("al", "von") not
   counted, five right after a title; a hyphenated word is one word ("Nagorno-Karabakh" is no
   person), and a particle joined by a hyphen to a name continues it ("al-Bashir"); after a
   portfolio title and "for" / "of" the first word is the portfolio ("Minister for Interior
   Amir Shah"); a hyphenated title is a title ("Vice-President"), and a name of three words or
   more may start with a particle such as "Abu" ("Abu Musab al-Zarqawi"). Titles do not
   stack, and a
   title's state stands before it: right after a title, a one-word title or state name that a
   plain name word follows is a first name ("spokesman Amir Mensah", "Senator Kenya Otieno"),
   as is a title word that is also a given name before a title in apposition ("Amir Karimov,
   the Israeli spokesman"); a one-word title ending a titled run is a surname ("Defence
   Secretary Tom King"); a name the gazetteer writes in capitals cuts only so written ("ANA",
   not "Ana Ruiz");
4. a single word, or an unlabelled run, right before a comma and a state's name that is not a
   possessor ("Atlanta, Georgia"; not a day, a month or a compass word: "On Tuesday, Israel
   said") is a ``GPE``;
5. a single word that was a word of a ``PERSON`` earlier in the document ("Putin" after
   "Vladimir Putin") is a ``PERSON``.

The full statistical pipeline (``load_pipeline(accurate=True)``, ``--accurate``) keeps spaCy's
``ner`` and runs this component after it with ``keep_ner``: the NER's entities stay, except that
where the NER labels only part of a person's name ("Maria Corina" of "Maria Corina Machado",
"Haddad" of "Mehmet Haddad") and none of its entities reaches out of the name, the person is
the whole name as the rules above read it, so that both pipelines name a person alike; so is a
name that a title describes, right before it or in apposition, whatever the NER labelled in it
("army chief Nadia Sato" read as an organisation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

from .actors import Lexicon, normalize_token
from .actors.titles import titled_apposition
from .gazetteer import Gazetteer
from .models import ActorType
from .resources import data_path, load_json_object, string_list

__all__ = ["ProperNounLabeller", "Words", "complete_person_names"]

#: actor types whose names of two words or more are an ``ORG`` as a whole run
_ORG_TYPES = frozenset({ActorType.ORGANISATION, ActorType.GROUP})
#: possessive tokens that may stand inside a name after a collective noun ("Workers'")
_POSSESSIVES = frozenset({"'", "’", "'s", "’s"})

#: most words one person's name spans ("Recep Tayyip Erdogan"), name particles ("al", "von")
#: not counted; right after a title one more ("President Luiz Inacio Lula da Silva")
_MAX_PERSON = 4


@dataclass(frozen=True)
class Words:
    """What the labeller needs to know about words (all keys are ``normalize_token`` forms)."""

    #: first word -> the word tuples of gazetteer names of states, organisations and groups that
    #: start with it, longest first (names that may mean something else left out)
    names: dict[str, tuple[tuple[str, ...], ...]]
    #: first word -> title and honorific word tuples starting with it, longest first
    titles: dict[str, tuple[tuple[str, ...], ...]]
    #: honorifics and head words ("sheikh", "gen", "chief"), which may follow a title
    honorifics: frozenset[str]
    #: nationality words ("russian", "serb", "serbs")
    nationalities: frozenset[str]
    #: last words of organisation names
    org_heads: frozenset[str]
    #: words that make a run an institution's or a state's name ("republic")
    org_words: frozenset[str]
    #: last words of place names ("strip", "asia") and first words ("south", "central")
    place_heads: frozenset[str]
    compass_words: frozenset[str]
    #: last words of event names ("war", "day")
    event_heads: frozenset[str]
    #: days, which end a name ("Joe Biden Wednesday")
    dates: frozenset[str]
    #: lowercase words that may stand inside a person's name
    particles: frozenset[str]
    #: single-word names of states (for "Atlanta, Georgia")
    states: frozenset[str]
    #: one-word titles that are also given names ("amir"): before a name and a title in
    #: apposition ("Amir Karimov, the Israeli spokesman") such a word is a first name
    given_names: frozenset[str] = frozenset()
    #: one-word names written only in capitals ("ANA", "ALF"): they cut a run only where the
    #: word is so written, not as the first name "Ana"
    acronyms: frozenset[str] = frozenset()
    #: titles of offices that have a portfolio ("minister", "secretary"): in "Minister for
    #: Interior Amir Shah" the capitalised word right after "for" / "of" names the portfolio
    portfolio_titles: frozenset[str] = frozenset()
    #: names of states of two words or more ("united states", "west bank"): such a run is a GPE
    state_names: frozenset[tuple[str, ...]] = frozenset()
    #: month names, which with days are never a place before ", <state>" ("on Tuesday, Georgia")
    months: frozenset[str] = frozenset()
    #: numbers that may end an event's name ("World War Two", "World War II")
    event_numbers: frozenset[str] = frozenset()
    #: particles that may start a name of three words or more ("Abu Musab al-Zarqawi")
    leading_particles: frozenset[str] = frozenset()
    #: first parts of hyphenated titles ("Vice-President", "Major-General")
    title_prefixes: frozenset[str] = frozenset()
    #: collective nouns whose possessive stands inside an organisation's name ("Kurdistan
    #: Workers' Party", "People's Mujahedin"): the run goes on over the possessive
    possessive_nouns: frozenset[str] = frozenset()
    #: whole names of organisations, groups and companies that read like a person's name
    #: ("Red Cross", "Pan Am", "Lockheed Martin"), as word tuples
    org_names: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def load(
        cls,
        nlp: Language,
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
        path: Path | None = None,
    ) -> Words:
        """Build the word index from the gazetteer, the recogniser's lexicon and the labeller's
        own lists (default: ``data/actors/proper_nouns.json``)."""
        gazetteer = gazetteer or Gazetteer.load()
        lexicon = lexicon or Lexicon.load()
        path = path or data_path("actors", "proper_nouns.json")
        raw = load_json_object(path)

        def words(key: str) -> frozenset[str]:
            return frozenset(normalize_token(w) for w in string_list(raw.get(key), path, repr(key)))

        def keys(text: str) -> tuple[str, ...]:
            return tuple(normalize_token(t.text) for t in nlp.tokenizer(text) if not t.is_space)

        names: dict[str, set[tuple[str, ...]]] = {}
        org_names = {keys(text) for text in string_list(raw.get("org_names"), path, "'org_names'")}
        nationalities: set[str] = set()
        states: set[str] = set()
        state_names: set[tuple[str, ...]] = set()
        capitals: set[str] = set()  # one-word names written in capitals ("ANA")
        lower: set[str] = set()  # one-word names written otherwise ("Chad", "Ana")
        for name in gazetteer.names():
            if name.kind == "person":
                continue
            k = keys(name.text)
            if k and k[0] == "the" and len(k) > 1:
                k = k[1:]
            if not k:
                continue
            if len(k) == 1:
                (capitals if name.text.isupper() else lower).add(k[0])
            actor = gazetteer.get(name.actor_id)
            if actor is not None and len(k) > 1 and actor.type in _ORG_TYPES:
                org_names.add(k)  # "Red Cross", even where it may mean another body
            if actor is not None and actor.type == ActorType.STATE and name.kind != "demonym":
                if len(k) == 1:
                    states.add(k[0])
                elif name.kind != "seat":  # "White House", "State Department": institutions
                    state_names.add(k)
            if name.ambiguous:
                continue
            names.setdefault(k[0], set()).add(k)
            if name.kind == "demonym" and len(k) == 1:
                nationalities.add(k[0])
        titles: dict[str, set[tuple[str, ...]]] = {}
        for title in [*gazetteer.titles(), *lexicon.honorifics, *lexicon.leader_heads]:
            k = tuple(w.rstrip(".") or w for w in keys(title))
            if k and k != ("the",):
                titles.setdefault(k[0], set()).add(k)
        # a place word is a place even where the recogniser counts it an institution's
        # ("South China Sea", "Gulf of Aden")
        org_heads = (
            words("org_heads") | lexicon.group_heads | lexicon.institution_nouns
        ) - words("place_heads")
        return cls(
            names={w: tuple(sorted(v, key=len, reverse=True)) for w, v in names.items()},
            titles={w: tuple(sorted(v, key=len, reverse=True)) for w, v in titles.items()},
            honorifics=frozenset(
                w.rstrip(".") for w in lexicon.honorifics | lexicon.leader_heads
            ),
            nationalities=frozenset(nationalities),
            org_heads=org_heads,
            org_words=words("org_words"),
            place_heads=words("place_heads"),
            compass_words=words("compass_words"),
            event_heads=words("event_heads"),
            dates=words("date_words"),
            particles=words("name_particles"),
            states=frozenset(states),
            given_names=frozenset(lexicon.given_name_titles),
            acronyms=frozenset(capitals - lower),
            portfolio_titles=words("portfolio_titles"),
            # "Palestinian Authority": a state's alias that names an institution
            state_names=frozenset(
                k for k in state_names if not _in(k[-1], words("org_heads") | lexicon.group_heads)
            ),
            months=words("months"),
            event_numbers=words("event_numbers"),
            leading_particles=words("leading_particles"),
            title_prefixes=words("title_prefixes"),
            possessive_nouns=words("possessive_nouns"),
            org_names=frozenset(org_names),
        )


class ProperNounLabeller:
    """The ``geokg_propn`` pipeline component (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geokg_propn",
        *,
        extra_actors: Sequence[str | Path] = (),
        words: Words | None = None,
        keep_ner: bool = False,
    ) -> None:
        self.name = name
        if words is None:
            gazetteer = Gazetteer.load(extra_files=tuple(str(p) for p in extra_actors))
            words = Words.load(nlp, gazetteer)
        self.words = words
        #: keep the NER's entities, completing its persons' names only (the module docstring)
        self.keep_ner = keep_ner

    def __call__(self, doc: Doc) -> Doc:
        tok = _Tokens(doc)
        labelled = _label(tok, self.words)
        if self.keep_ner:
            labelled = complete_person_names(
                doc.ents, labelled, lambda span: _titled(tok, span, self.words)
            )
        doc.ents = labelled
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("geokg_propn", default_config={"extra_actors": [], "keep_ner": False})
def make_proper_noun_labeller(
    nlp: Language, name: str, extra_actors: list[str], keep_ner: bool
) -> ProperNounLabeller:
    """spaCy factory of :class:`ProperNounLabeller`."""
    return ProperNounLabeller(nlp, name, extra_actors=extra_actors, keep_ner=keep_ner)


def complete_person_names(
    ents: Sequence[Span],
    labelled: Sequence[Span],
    titled: Callable[[Span], bool] = lambda span: False,
) -> list[Span]:
    """The entities ``ents`` (the NER's, in order), each person the NER read in part widened to
    the whole name the labeller read (``labelled``): a ``PERSON`` of two words or more that
    holds one of the NER's persons and no entity that reaches out of it takes the place of the
    entities inside it ("Maria Corina" + "Machado", "Mehmet" + "Haddad"); so does one that a
    title describes (``titled``) whatever the NER's label inside it ("army chief [Nadia
    Sato]", "[Tomasz Castillo], the Kenyan army chief": a person, not an organisation)."""
    pieces = [s for s in labelled if s.label_ == "PERSON" and len(s) >= 2]
    if not pieces or not ents:
        return list(ents)
    out: list[Span] = []
    k = 0  # the first of the NER's entities not yet written
    for piece in pieces:
        while k < len(ents) and ents[k].end <= piece.start:
            out.append(ents[k])
            k += 1
        end = k  # the entities k:end lie inside the piece
        while end < len(ents) and ents[end].start >= piece.start and ents[end].end <= piece.end:
            end += 1
        held = ents[k:end]
        reaches_in = end < len(ents) and ents[end].start < piece.end  # from either side
        if not reaches_in and held and (
            any(e.label_ == "PERSON" for e in held) or titled(piece)
        ):
            out.append(piece)
            k = end
    return out + list(ents[k:])


# --- the rules ---------------------------------------------------------------------------------


class _Tokens:
    """Lazy per-token facts of one Doc (only the tokens the rules look at are computed)."""

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array([POS, ORTH])
        self.doc = doc
        self.n = len(doc)
        self.propn = (columns[:, 0] == PROPN).tolist()
        self._orths = columns[:, 1].tolist()
        self._strings = doc.vocab.strings
        self._texts: dict[int, str] = {}
        self._keys: dict[int, str] = {}

    def text(self, i: int) -> str:
        t = self._texts.get(i)
        if t is None:
            t = self._texts[i] = self._strings[self._orths[i]]
        return t

    def key(self, i: int) -> str:
        k = self._keys.get(i)
        if k is None:
            k = self._keys[i] = normalize_token(_strip_possessive(self.text(i)))
        return k

    def name_word(self, i: int) -> bool:
        """A capitalised proper noun (or an initial: "J.")."""
        return self.propn[i] and self.text(i)[:1].isupper()

    def joined(self, i: int) -> bool:
        """True when token ``i`` is a hyphen written between two words ("Richey-Allen")."""
        return (
            i + 1 < self.n
            and self.text(i) in ("-", "‑")
            and not self.doc[i - 1].whitespace_
            and not self.doc[i].whitespace_
            and self.text(i + 1)[:1].isalpha()
        )


def _label(tok: _Tokens, words: Words) -> list[Span]:
    """The entity spans of the Doc, in order, without overlaps."""
    spans: list[Span] = []
    persons: set[str] = set()
    i = 0
    while i < tok.n:
        if not tok.name_word(i):
            i += 1
            continue
        run = _run(tok, i, words)
        spans += _label_run(tok, run, words, persons)
        i = run[-1][1]
    return spans


def _run(tok: _Tokens, i: int, words: Words) -> list[tuple[int, int]]:
    """The maximal run of name words from token ``i``, as (start, end) token ranges of words
    (a hyphenated name is one word: "Richey-Allen", "Kim Jong-un")."""
    run: list[tuple[int, int]] = []
    owned = False  # the word before ends in a collective noun's possessive ("Workers'")
    while i < tok.n:
        if not (tok.name_word(i) or owned) and not (run and _particles_then_name(tok, i, words)):
            break
        end = i + 1
        while end < tok.n and tok.joined(end):
            end += 2
        owned = tok.key(i) in words.possessive_nouns and _name_possessive(tok, i, end, words)
        if owned:
            end += 1  # "Workers'" in "Kurdistan Workers' Party": the run goes on
        run.append((i, end))
        i = end
    return run


def _name_possessive(tok: _Tokens, i: int, end: int, words: Words) -> bool:
    """True when the word ``i:end`` is a collective noun ("Workers", "People") whose
    possessive follows it, written on it, and a capitalised noun follows ("Workers' Party",
    the last word maybe tagged a common noun)."""
    return (
        end == i + 1
        and tok.key(i) in words.possessive_nouns  # read for the run's words anyway: first
        and end + 1 < tok.n
        and tok.text(end) in _POSSESSIVES
        and not tok.doc[i].whitespace_
        and tok.text(end + 1)[:1].isupper()
        and (tok.propn[end + 1] or tok.doc[end + 1].pos_ == "NOUN")
    )


def _particles_then_name(tok: _Tokens, i: int, words: Words) -> bool:
    """True when name particles start at token ``i`` and a name word follows ("von der Leyen"),
    or a particle joined by a hyphen to a capitalised word ("al-Bashir")."""
    while i < tok.n and tok.key(i) in words.particles:
        if tok.joined(i + 1) and tok.text(i + 2)[:1].isupper():
            return True
        i += 1
        if i < tok.n and tok.name_word(i):
            return True
    return False


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    return word in vocabulary or (word.endswith("s") and word[:-1] in vocabulary)


def _label_run(
    tok: _Tokens, run: list[tuple[int, int]], words: Words, persons: set[str]
) -> list[Span]:
    doc = tok.doc
    start, end = run[0][0], run[-1][1]
    keys = [tok.key(a) for a, _ in run]
    last = keys[-1]
    if len(run) >= 2:
        whole = tuple(keys)
        if whole in words.state_names:
            return [Span(doc, start, end, label="GPE")]  # "United States", "West Bank"
        if whole in words.org_names:
            return [Span(doc, start, end, label="ORG")]  # "Red Cross", "Pan Am"
    if all(_in(k, words.nationalities) for k in keys) and not (
        len(keys) == 1 and keys[0] in words.states
    ):
        return [Span(doc, start, end, label="NORP")]  # rule 1: "Bosnian Serbs", not "Philippines"
    if len(run) >= 2:
        if len(run) >= 3 and last in words.event_numbers and _in(keys[-2], words.event_heads):
            return [Span(doc, start, end, label="EVENT")]  # "World War Two"
        if _in(last, words.org_heads):
            return [Span(doc, start, end, label="ORG")]  # rule 2: "Rapid Support Forces"
        if _in(last, words.event_heads):
            return [Span(doc, start, end, label="EVENT")]  # "Cold War"
        if _in(last, words.place_heads) or (
            keys[0] in words.compass_words
            and not _holds_title(keys, words)
            and not any(k in words.org_words for k in keys)
        ):
            # "Gaza Strip", "Central Asia"; not "North Korean Finance Minister Kwame Rahimi"
            return [Span(doc, start, end, label="LOC")]
        if any(b - a == 2 and tok.text(b - 1) in _POSSESSIVES for a, b in run):
            return [Span(doc, start, end, label="ORG")]  # "People's Mujahedin": no person
    out: list[Span] = []
    org = max((p for p, k in enumerate(keys) if k in words.org_words), default=-1)
    if org >= 0 and len(run) >= 2 and not _qualifies_title(keys, max(org, 1), words):
        # "Democratic People's Republic", "(Minister of) Foreign Affairs | Borys Tarasyuk"
        org = max(org, 1)
        out.append(Span(doc, start, run[org][1], label="ORG"))
        run, keys = run[org + 1 :], keys[org + 1 :]
        if not run:
            return out
    pieces = _person_pieces(tok, run, keys, words)
    for a, b, size in pieces:
        if size >= 2 or tok.key(a) in persons:  # rule 5: "Putin" after "Vladimir Putin"
            out.append(Span(doc, a, b, label="PERSON"))
    for span in out:
        if span.label_ == "PERSON":
            persons.update(tok.key(i) for i in range(span.start, span.end))
    if out:
        return out
    if _before_state(tok, end, words) and not (
        len(keys) == 1
        and (last in words.dates or last in words.months or last in words.compass_words)
    ):  # "on Tuesday, Georgia said"
        return [Span(doc, start, end, label="GPE")]  # rule 4: "Atlanta, Georgia"
    return []


def _person_pieces(
    tok: _Tokens, run: list[tuple[int, int]], keys: list[str], words: Words
) -> list[tuple[int, int, int]]:
    """Rule 3: the run cut at titles, honorifics, known names and days; the pieces of one to four
    words that no title follows ("External Affairs Minister ..."), as token ranges and their
    number of words (a one-word piece, hyphenated or not, is a person only under rule 5)."""
    n = len(run)
    # a title begun before the run reaches into it ("Secretary of [State] Marco Rubio") or ends
    # right before it ("spokesman Amir Mensah")
    first = run[0][0]
    reach = max((_title_end(tok, s, words) for s in range(max(0, first - 3), first)), default=0)
    j = sum(1 for a, _ in run if a < reach)
    if j == 0 and n >= 3 and _after_portfolio_title(tok, first, words):
        j, reach = 1, run[0][1]  # "Minister for Interior | Amir Shah": the portfolio
    pieces: list[tuple[int, int, bool, bool]] = []  # (first word, end word, title follows, after)
    piece = j
    after_title = reach >= first > 0 or (
        keys[0] in words.given_names
        and titled_apposition(tok.doc, run[-1][1], lambda i: bool(_title_end(tok, i, words)))
    )
    titled_piece = after_title  # the piece being read follows a title
    while j < n:
        title = _match(keys, j, words.titles, strip_dot=True)
        title = title or _hyphenated_title(tok, run[j], words)  # "Vice-President"
        if title == 1 and after_title and piece == j and _given_name(keys, j, words):
            title = 0  # "Defence Minister Amir Okafor": titles do not stack, "Amir" is a name
        if title == 1 and j == n - 1 and piece < j and titled_piece and _surname(keys[j], words):
            title = 0  # "Defence Secretary Tom King has": no name follows, "King" is the surname
        name = 0 if title else _name_at(tok, run, keys, j, words)
        if name == 1 and after_title and piece == j and _given_name(keys, j, words):
            name = 0  # "Deputy Foreign Minister Israel Cohen": a title's state stands before it
        cut = title or name or (1 if keys[j] in words.dates else 0)
        after_title = bool(title)
        if cut:
            pieces.append((piece, j, bool(title), titled_piece))
            j += cut
            piece = j
            titled_piece = after_title
        else:
            j += 1
    pieces.append((piece, n, False, titled_piece))
    return [
        (run[a][0], run[b - 1][1], b - a)
        for a, b, titled, after in pieces
        if 1 <= b - a
        and sum(1 for k in keys[a:b] if k not in words.particles) <= _MAX_PERSON + after
        and not titled
        and (keys[a] not in words.particles or (keys[a] in words.leading_particles and b - a >= 3))
    ]


def _hyphenated_title(tok: _Tokens, word: tuple[int, int], words: Words) -> int:
    """1 when the hyphenated word ``word`` is a title: a title's prefix, a hyphen and a one-word
    title ("Vice-President", "Major-General"), else 0."""
    a, b = word
    if b - a != 3 or tok.key(a) not in words.title_prefixes:
        return 0
    last = tok.key(b - 1).rstrip(".")
    return 1 if (last,) in words.titles.get(last, ()) else 0


def _after_portfolio_title(tok: _Tokens, first: int, words: Words) -> bool:
    """True when token ``first`` follows a title of an office with a portfolio and "for" or
    "of" ("Minister for [Interior]", "Secretary of the [Treasury]")."""
    i = first - 1
    if i >= 1 and tok.key(i) == "the":
        i -= 1
    return (
        i >= 1
        and tok.key(i) in ("for", "of")
        and (tok.key(i - 1).rstrip(".") or tok.key(i - 1)) in words.portfolio_titles
    )


def _titled(tok: _Tokens, span: Span, words: Words) -> bool:
    """True when a title ends right before ``span`` ("army chief Nadia Sato") or stands in
    apposition after it ("Nadia Sato, the army chief,")."""
    start = span.start
    if any(_title_end(tok, s, words) == start for s in range(max(0, start - 4), start)):
        return True
    return titled_apposition(tok.doc, span.end, lambda i: bool(_title_end(tok, i, words)))


def _name_at(
    tok: _Tokens, run: list[tuple[int, int]], keys: list[str], j: int, words: Words
) -> int:
    """The length of the known name at the run's word ``j`` (0: none); a name written only in
    capitals is no name in a word written otherwise ("ANA" is not "Ana Ruiz")."""
    size = _match(keys, j, words.names)
    if size == 1 and keys[j] in words.acronyms and not tok.text(run[j][0]).isupper():
        return 0
    return size


def _qualifies_title(keys: list[str], org: int, words: Words) -> bool:
    """True when the words ``keys[:org + 1]`` that hold an institution's word describe a title
    rather than name an organisation: a title starts among them or right after them, and no
    organisation's head word stands before it ("Federal Minister", "Foreign Affairs Minister",
    "National Security Adviser"; not "Democratic Party Chairman")."""
    for j in range(1, min(org + 2, len(keys))):
        if _match(keys, j, words.titles, strip_dot=True):
            return not _in(keys[j - 1], words.org_heads)
    return False


def _holds_title(keys: list[str], words: Words) -> bool:
    """True when a title starts at one of the run's words."""
    return any(_match(keys, j, words.titles, strip_dot=True) for j in range(len(keys)))


def _surname(key: str, words: Words) -> bool:
    """True when the one-word title ``key`` that ends a titled person's run of names is rather
    the surname ("Tom King", "Anna Marshal"): an honorific ("Gen.", "Sheikh") never is."""
    return key.rstrip(".") not in words.honorifics


def _given_name(keys: list[str], j: int, words: Words) -> bool:
    """True when the one-word title or known name at ``keys[j]``, right after a title, is rather
    a first name: no honorific, and a name word that is no title nor known name follows it."""
    word = keys[j].rstrip(".")
    return (
        word not in words.honorifics
        and j + 1 < len(keys)
        and not _match(keys, j + 1, words.titles, strip_dot=True)
        and not _match(keys, j + 1, words.names)
    )


def _title_end(tok: _Tokens, i: int, words: Words) -> int:
    """The token after the longest title starting at token ``i`` (0: no title there)."""
    first = tok.key(i).rstrip(".") or tok.key(i)
    for entry in words.titles.get(first, ()):
        if i + len(entry) <= tok.n and all(
            (tok.key(i + k).rstrip(".") or tok.key(i + k)) == w for k, w in enumerate(entry)
        ):
            return i + len(entry)
    return 0


def _match(
    keys: list[str], j: int, index: dict[str, tuple[tuple[str, ...], ...]], strip_dot: bool = False
) -> int:
    """The length of the longest entry of ``index`` at ``keys[j:]`` (0: none)."""
    first = (keys[j].rstrip(".") or keys[j]) if strip_dot else keys[j]
    for entry in index.get(first, ()):
        size = len(entry)
        window = keys[j : j + size]
        if strip_dot:
            window = [k.rstrip(".") or k for k in window]
        if tuple(window) == entry:
            return size
    return 0


def _before_state(tok: _Tokens, end: int, words: Words) -> bool:
    """True when ``doc[end:]`` is ", <state name>" not followed by a possessive."""
    if end + 1 >= tok.n or tok.text(end) != ",":
        return False
    if tok.key(end + 1) not in words.states or not tok.text(end + 1)[:1].isupper():
        return False
    return not (end + 2 < tok.n and tok.doc[end + 2].tag_ == "POS")


def _strip_possessive(text: str) -> str:
    """ "Trump´s" -> "Trump" (spaCy splits "'s" but not every apostrophe form)."""
    if len(text) > 2 and text[-2:].lower() in ("'s", "’s", "´s"):
        return text[:-2]
    return text
