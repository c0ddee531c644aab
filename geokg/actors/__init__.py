"""The actor wing: the spaCy component ``geokg_actors`` finds actor mentions and resolves them to
canonical ids.

It runs after the statistical ``ner`` and writes (see ``docs/architecture.md``):

- ``doc.spans["geokg_actors"]``: ordered, non-overlapping spans, one per actor mention, with
  ``span.label_`` = actor type, ``span._.geokg_actor`` = canonical id, ``span._.geokg_via`` = how
  it was recognised, ``span._.geokg_location`` = True for the mere place of an event;
  plus two attributes registered here: ``span._.geokg_actors`` (every id the span stands for:
  one, or two for "the two countries") and ``span._.geokg_attributive`` (True when a name or
  demonym only modifies a thing: "Russian S-400", "Ukrainian cities", "US-made");
  ``span._.geokg_agent`` (registered in :mod:`geokg._ext`) is the kind of sub-state agent a
  state's mention names ("police" for "Turkish police", "military" for "Nigeria's military",
  "protesters" ...; None otherwise).
- ``doc._.geokg_actors``: ``{id: Actor}`` of every actor mentioned (including the states and
  organisations a title ties a person to).
- ``doc._.geokg_roles``: ``(person_id, "leader_of" | "represents", org_id, title_span)`` facts.

Recognition is a longest-match over the gazetteer's names (case- and diacritic-tolerant unless a
name is case-sensitive, like "US"; traps such as "Atlanta, Georgia", "Michael Jordan", "New Mexico"
or a dateline are not actors), then the ``ner`` entities the gazetteer lacks: persons, kept only
when a title ties them to a state or organisation, and organisations named like armed groups or
parties. Persons are resolved with the titles around their name ("Turkish President X", "X,
NATO's secretary general", "the head of Ukraine's presidential office, X"), later mentions by
surname and by title ("the Russian leader", "the US president" on the document date), and
pronouns, "the two countries" or "the alliance" only when a clear antecedent exists
(:mod:`geokg.actors.references`). Word lists live in ``data/actors/recognizer.json``.

Context rules: a lone ambiguous surname ("Johnson") needs the full name, a title or an office
held on the document date; an alias heading a longer proper name ("Alliance of Sahel States")
is not the alias; an office named for one actor belongs to the state before it ("Pakistan's
Foreign Office") or in an "of" phrase after it, and is another body inside a longer name ("the
Federal Foreign Office"; "the Security Council" alone is the UN's); a person's affiliation is the one on the document date (Stoltenberg is NATO in
2020); a bare ministerial title takes the state the text is about (dateline state leading the
story, or a clearly dominant one); a ruler's relative acts for the ruler's state.

The package is a set of stages over one document state (:mod:`.state`), run in order by
:mod:`.component`: :mod:`.names`, :mod:`.groups`, :mod:`.named_groups`, :mod:`.persons` (with :mod:`.titles`),
:mod:`.title_references`, :mod:`.agents`, :mod:`.references` (with :mod:`.sets`, :mod:`.descriptions`,
:mod:`.pronouns`); :mod:`.wordlists` loads the word lists.
"""

from __future__ import annotations

from .component import ActorRecognizer, make_actor_recognizer
from .state import Mention
from .wordlists import Lexicon, normalize_token, person_id, strip_possessive

__all__ = [
    "ActorRecognizer",
    "Lexicon",
    "Mention",
    "make_actor_recognizer",
    "normalize_token",
    "person_id",
    "strip_possessive",
]
