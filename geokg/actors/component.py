"""The spaCy component ``geokg_actors``: runs the stages of the actor wing over one document state.

The stages, in order (each a module of small functions over a :class:`~.state.DocState`):

1. :mod:`.names`: gazetteer names, "North and South Korea"; :mod:`.persons`: NER persons and
   names after a title; :mod:`.groups`: armed groups and parties the gazetteer lacks;
   :mod:`.named_groups`: groups named with a bracketed acronym ("... Front (NAS)") or as
   "X rebels", and their later mentions. The
   mentions found are claimed, then offices owned by a state, capitals placed in another state
   and shared capitals are settled, and lone ambiguous surnames confirmed or dropped;
2. :mod:`.persons` (with :mod:`.titles`): the titles around each person give their state or
   organisation and role; later mentions by surname;
3. :mod:`.title_references`: "the US president", "the NATO chief";
   :mod:`.agents`: sub-state agents ("Turkish police", "Nigeria's military") give their kind to
   the state's mention; a state's rebels, opposition or militants become a group;
   :mod:`.examples`: "groups such as A and B" stands for A and B;
4. :mod:`.references`: "the two countries", "they", "the army", "its neighbour" ...

A new recognition stage is one more function of the state called from :func:`run_stages`
(before :func:`~.persons.resolve_persons` when persons should see its mentions).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import _ext
from ..gazetteer import Gazetteer
from .agents import AgentLexicon, agent_mentions, community_mentions
from .columns import FormMemo
from .examples import example_sets
from .groups import ner_groups
from .named_groups import named_groups
from .names import (
    confirm_shared_capitals,
    drop_qualifiers,
    elided_names,
    gazetteer_mentions,
    owned_seats,
    placed_capitals,
    settle_shared_names,
)
from .persons import (
    confirm_ambiguous_persons,
    merge_first_names,
    ner_persons,
    resolve_persons,
    surname_mentions,
    titled_names,
)
from .references import resolve_references
from .state import DocState, NameIndex
from .title_references import title_references
from .wordlists import Lexicon, normalize_token, strip_possessive

__all__ = ["ActorRecognizer", "make_actor_recognizer", "run_stages"]

_ext.register_extensions()
for _name, _default in (("geokg_actors", None), ("geokg_attributive", False)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


class ActorRecognizer:
    """The ``geokg_actors`` pipeline component (see :mod:`geokg.actors`)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geokg_actors",
        *,
        extra_actors: Sequence[str | Path] = (),
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        if gazetteer is None:
            gazetteer = Gazetteer.load(extra_files=tuple(str(p) for p in extra_actors))
        self.name = name
        self.gazetteer = gazetteer
        self.lex = lexicon or Lexicon.load()
        self.index = NameIndex(gazetteer, self.lex, nlp.tokenizer)
        #: ORTH -> the text without a possessive, and -> its normalised key (:meth:`_token_forms`)
        self._raws = FormMemo(strip_possessive)
        self._keys = FormMemo(_key_of)

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.geokg_meta
        date: _dt.date | None = getattr(meta, "date", None)
        raws, keys = self._token_forms(doc)
        state = DocState(doc, self.index, keys, raws, date)
        run_stages(state)
        write_outputs(state)
        return doc

    def _token_forms(self, doc: Doc) -> tuple[list[str], list[str]]:
        """Each token's text without a possessive (:func:`strip_possessive`) and its matching
        key (:func:`normalize_token` of that), read from the ORTH column without creating Token
        objects and computed once per distinct text."""
        orths, strings = doc.to_array("ORTH").tolist(), doc.vocab.strings
        return self._raws.column(orths, strings), self._keys.column(orths, strings)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def preload(self) -> None:
        """Read now the data the recogniser otherwise reads on first use: the gazetteer's dated
        persons (:class:`~geokg.gazetteer.DatedPersons`) and the agent nouns. The engines call
        it before they fork their workers, which then share it instead of each reading it."""
        self.gazetteer.dated_persons.ids()
        AgentLexicon.load()


def _key_of(text: str) -> str:
    """The matching key of a token's text: :func:`normalize_token` of it without a possessive."""
    return normalize_token(strip_possessive(text))


def run_stages(state: DocState) -> None:
    """Find and resolve the actor mentions of ``state.doc`` (see the module docstring)."""
    mentions = gazetteer_mentions(state)
    mentions += elided_names(state, mentions)
    mentions += ner_persons(state, mentions)
    mentions += titled_names(state, mentions)
    mentions += ner_groups(state, mentions)
    mentions += named_groups(state, mentions)
    merge_first_names(state, mentions)
    for m in mentions:
        state.claim(m)
    owned_seats(state)
    placed_capitals(state)
    confirm_shared_capitals(state)
    confirm_ambiguous_persons(state)
    settle_shared_names(state)
    community_mentions(state)
    resolve_persons(state)
    surname_mentions(state)
    title_references(state)
    agent_mentions(state)
    example_sets(state)
    resolve_references(state)
    drop_qualifiers(state)


def write_outputs(state: DocState) -> None:
    """Write the mentions, actors and roles of the state to the Doc (see :mod:`geokg.actors`)."""
    doc = state.doc
    spans: list[Span] = []
    for m in state.mentions():
        if id(m) in state.consumed:
            continue
        label = m.label or state.type_of(m.actor_id)
        span = Span(doc, m.start, m.end, label=label)
        _ext.set_span_values(
            span,
            {
                "geokg_actor": m.actor_id,
                "geokg_actors": list(m.ids),
                "geokg_via": m.via,
                "geokg_location": m.location,
                "geokg_attributive": m.attributive,
                "geokg_agent": m.agent or None,
            },
        )
        spans.append(span)
        for aid in m.ids:
            state.register(aid)
    doc.spans[_ext.ACTOR_SPANS] = spans
    doc._.geokg_actors = dict(state.actors)
    doc._.geokg_roles = list(state.roles)


@Language.factory(
    "geokg_actors",
    default_config={"extra_actors": []},
    assigns=["doc.spans", "doc._.geokg_actors", "doc._.geokg_roles"],
)
def make_actor_recognizer(nlp: Language, name: str, extra_actors: list[str]) -> ActorRecognizer:
    """spaCy factory of ``geokg_actors``; ``extra_actors`` are user gazetteer files."""
    return ActorRecognizer(nlp, name, extra_actors=extra_actors)
