"""Exact, faster drop-in replacements of spaCy's ``attribute_ruler`` and rule ``lemmatizer``.

Both stock components do pure-Python work per token (the attribute ruler runs a ``Matcher`` with
one pattern per tag, then sets attributes token by token; the lemmatizer builds a cache key and
sets ``lemma_`` token by token). The replacements compute the same values from the loaded
model's own patterns and tables, read and write whole columns with ``Doc.to_array`` /
``Doc.from_array``, and memoise per distinct token attribute value. Their output is identical:

- ``geokg_attribute_ruler`` (:class:`FastAttributeRuler`, a subclass of spaCy's
  ``AttributeRuler`` with the same patterns, serialisation and API). Every token spec of a
  pattern made of plain token specs (no ``OP``, no extension attributes; constraints on lexical
  attributes or on TAG, POS, MORPH, LEMMA, DEP) gets a bit and is split into one constraint per
  attribute; which constraints each distinct attribute value satisfies is asked once of a spaCy
  ``Matcher`` (so every predicate — IN, NOT_IN, REGEX, comparisons — means exactly what it means
  to spaCy) and memoised as a bit mask. A token satisfies the specs whose bits survive the AND of
  its values' masks; a multi-token pattern matches where its specs' bits are set on consecutive
  tokens. The attributes of the matching patterns are merged in pattern order (later patterns
  win, as in spaCy), all matches being found on the input annotations first, as in spaCy. Other
  patterns (operators, extensions, an ``index`` outside the pattern) go through a ``Matcher`` as
  in spaCy and are merged in the same order. A ruler whose patterns set anything but TAG, POS,
  MORPH, LEMMA or DEP (or that has no pattern) runs the stock code.
- ``geokg_lemmatizer`` (:class:`FastLemmatizer`): wraps the language's own lemmatizer (same
  tables, serialisation). In ``rule`` mode with spaCy's own ``rule_lemmatize`` and an
  ``is_base_form`` that reads only POS and MORPH, the lemma is a function of (ORTH, POS, MORPH)
  — the key spaCy itself caches on — so each distinct key is lemmatised once by the wrapped
  lemmatizer; otherwise the wrapped lemmatizer runs unchanged. Its ``lemma_index`` word lists
  answer membership from a set (:class:`_WordIndex`), where spaCy scans the list.

:func:`install` swaps them into a loaded pipeline where exact and logs (debug) why not elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from operator import and_
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer, Pipe
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc, Span
from spacy.util import SimpleFrozenList, registry
from spacy.vocab import Vocab

__all__ = ["FastAttributeRuler", "FastLemmatizer", "install"]

logger = logging.getLogger(__name__)

#: token attributes a compiled ruler may set (plain TokenC fields: nothing else changes)
_SETTABLE = (TAG, POS, MORPH, LEMMA, DEP)
#: token-level attributes a compiled spec may test (each memoised per value)
_TOKEN_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)
#: lexeme attributes a compiled spec may test, memoised per ORTH: all set from the text when the
#: lexeme is made (IS_STOP, which programs do change, and NORM, which tokens override, are not)
_LEXICAL_ATTRS = frozenset(
    IDS[name]
    for name in (
        "ORTH LOWER LENGTH SHAPE PREFIX SUFFIX IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_PUNCT "
        "IS_SPACE IS_TITLE IS_UPPER LIKE_URL LIKE_NUM LIKE_EMAIL IS_BRACKET IS_QUOTE "
        "IS_LEFT_PUNCT IS_RIGHT_PUNCT IS_CURRENCY"
    ).split()
)
#: memo tables are emptied when they grow past this many entries (bounds memory on long streams)
_MAX_MEMO = 500_000


class Unsupported(Exception):
    """The patterns or tables cannot be compiled exactly: the stock code runs instead."""


def _attr_id(key: str | int) -> int | str | None:
    """A pattern key as the Matcher reads it: an attribute id, ``"OP"``, ``"_"`` or None."""
    if isinstance(key, str):
        name = key.upper()
        if name in ("OP", "_"):
            return name
        name = {"TEXT": "ORTH", "IS_SENT_START": "SENT_START"}.get(name, name)
        return IDS.get(name)
    return key


class _Column:
    """The single-token constraints on one attribute (or on the lexeme), as bit masks per value.

    ``masks[value]`` has bit *b* set when token spec *b* accepts the value (always, when that
    spec does not constrain this attribute).
    """

    def __init__(self, vocab: Vocab, attr: int, specs: dict[int, dict[Any, Any]], n_bits: int):
        self.vocab = vocab
        self.attr = attr  # ORTH for the lexeme column
        self.matcher = Matcher(vocab)
        self.bit_of: dict[int, int] = {}
        constrained = 0
        for bit, spec in specs.items():
            key = vocab.strings.add(str(bit))
            self.matcher.add(key, [[spec]])
            self.bit_of[key] = bit
            constrained |= 1 << bit
        self.free = ((1 << n_bits) - 1) & ~constrained
        self.masks: dict[int, int] = {}

    def learn(self, values: Iterable[int]) -> None:
        """Compute the masks of values not seen yet (one Matcher run over a scratch Doc)."""
        values = list(dict.fromkeys(values))
        new = [v for v in values if v not in self.masks]
        if not new:
            return
        if len(self.masks) + len(new) > _MAX_MEMO:
            self.masks.clear()
            new = values
        strings = self.vocab.strings
        if self.attr == ORTH:
            scratch = Doc(self.vocab, words=[strings[v] for v in new])
        else:
            scratch = Doc(self.vocab, words=["x"] * len(new))
            scratch.from_array([self.attr], numpy.array(new, dtype="uint64"))
        found = [self.free] * len(new)
        for key, start, _end in self.matcher(scratch, allow_missing=True):
            found[start] |= 1 << self.bit_of[key]
        self.masks.update(zip(new, found, strict=True))


class _Effects(dict):
    """``{effect: id}``; ``table(col)`` gives, per id, whether the effect sets that column and to what."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self.width = width
        self._tables: list[tuple[numpy.ndarray, numpy.ndarray]] | None = None

    def __missing__(self, effect: tuple[Any, ...]) -> int:
        self._tables = None
        eid = self[effect] = len(self)
        return eid

    def tables(self) -> list[tuple[numpy.ndarray, numpy.ndarray]]:
        if self._tables is None:
            effects = list(self)
            self._tables = [
                (
                    numpy.array([e[c] is not None for e in effects], dtype=bool),
                    numpy.array([e[c] or 0 for e in effects], dtype="uint64"),
                )
                for c in range(self.width)
            ]
        return self._tables


class _MaskEffects(dict):
    """``{one-token mask: effect id}``, computed on first use."""

    def __init__(self, rules: _CompiledRules) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, mask: int) -> int:
        if len(self) > _MAX_MEMO:
            self.clear()
        rules = self.rules
        eid = self[mask] = rules.effect_ids[rules.effect(rules.keys(mask))]
        return eid


class _CompiledRules:
    """An AttributeRuler's patterns in the fast form (see the module docstring).

    Every token spec of a compiled pattern has a bit. A one-token alternative's bit maps to its
    pattern key (``key_of_bit``); a longer alternative is a chain of bits that must be set on
    consecutive tokens. Patterns that are not fixed sequences of supported specs, or whose
    ``index`` falls outside them, go through ``residual``, a spaCy ``Matcher``.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        vocab = ruler.vocab
        if not ruler.attrs:
            raise Unsupported("no patterns (spaCy warns on every Doc)")
        for i, attrs in enumerate(ruler.attrs):
            if any(a not in _SETTABLE for a in attrs):
                names = ", ".join(sorted(map(str, ruler._attrs_unnormed[i])))
                raise Unsupported(
                    f"pattern {i} sets {names}: only TAG, POS, MORPH, LEMMA and DEP are compiled"
                )
        self.writes: list[int] = sorted({a for attrs in ruler.attrs for a in attrs})
        # per pattern: its attribute values as a tuple over self.writes (None: not set)
        self.values = [tuple(attrs.get(a) for a in self.writes) for attrs in ruler.attrs]
        self.indices = ruler.indices
        self.key_of_bit: list[int | None] = []
        # (pattern key, bits of its token specs, offset of the token it sets)
        self.chains: list[tuple[int, list[int], int]] = []
        specs: dict[int, dict[int, dict[Any, Any]]] = {a: {} for a in (ORTH, *_TOKEN_ATTRS)}
        self.residual = Matcher(vocab, validate=False)
        self.has_residual = False
        for i, entry in enumerate(ruler.patterns):
            index = entry["index"]
            alternatives = [[self._split(spec) for spec in p] for p in entry["patterns"]]
            if any(
                not p or any(s is None for s in p) or not -len(p) <= index < len(p)
                for p in alternatives
            ):
                self.residual.add(str(i), entry["patterns"])
                self.has_residual = True
                continue
            for pattern in alternatives:
                bits = []
                for parts in pattern:
                    bits.append(len(self.key_of_bit))
                    self.key_of_bit.append(i if len(pattern) == 1 else None)
                    for attr, spec in parts.items():  # type: ignore[union-attr]
                        specs[attr][bits[-1]] = spec
                if len(pattern) > 1:
                    self.chains.append((i, bits, index % len(pattern)))
        n = len(self.key_of_bit)
        self.columns = [_Column(vocab, a, s, n) for a, s in specs.items() if s]
        self.reads = [c.attr for c in self.columns]
        self.all_bits = (1 << n) - 1
        self.single_bits = sum(1 << b for b, key in enumerate(self.key_of_bit) if key is not None)
        self.first_bits = 0
        for _, bits, _ in self.chains:
            self.first_bits |= 1 << bits[0]
        self.effect_ids = _Effects(len(self.writes))
        self.mask_effects = _MaskEffects(self)

    @staticmethod
    def _split(spec: Any) -> dict[int, dict[Any, Any]] | None:
        """A supported token spec as ``{attr: spec}`` (lexical keys under ORTH), else None."""
        if not isinstance(spec, dict):
            return None
        parts: dict[int, dict[Any, Any]] = {}
        for key, value in spec.items():
            attr = _attr_id(key)
            if attr in _LEXICAL_ATTRS:
                parts.setdefault(ORTH, {})[key] = value
            elif attr in _TOKEN_ATTRS:
                parts.setdefault(attr, {})[key] = value  # type: ignore[index]
            else:
                return None  # OP, extensions, other attributes
        return parts

    def keys(self, mask: int) -> set[int]:
        """The pattern keys of the one-token alternatives whose bits are set in ``mask``."""
        keys, bit = set(), 0
        while mask:
            if mask & 1:
                key = self.key_of_bit[bit]
                if key is not None:
                    keys.add(key)
            mask >>= 1
            bit += 1
        return keys

    def effect(self, keys: Iterable[int]) -> tuple[Any, ...]:
        """The values the patterns ``keys`` set (None: unchanged), merged in pattern order."""
        merged: list[Any] = [None] * len(self.writes)
        for key in sorted(keys):
            for col, value in enumerate(self.values[key]):
                if value is not None:
                    merged[col] = value
        return tuple(merged)

    def masks(self, doc: Doc, values: numpy.ndarray) -> list[int]:
        """Per token, the bits of the token specs it satisfies."""
        masks: list[int] = [self.all_bits] * len(doc)
        for column, column_values in zip(self.columns, values.T.tolist(), strict=True):
            column.learn(column_values)
            masks = list(map(and_, masks, map(column.masks.__getitem__, column_values)))
        return masks

    def chain_targets(self, masks: list[int], targets: dict[int, set[int]]) -> None:
        """Add the keys of the multi-token alternatives matching at each token to ``targets``."""
        n = len(masks)
        for start, mask in enumerate(masks):
            if not mask & self.first_bits:
                continue
            for key, bits, offset in self.chains:
                end = start + len(bits)
                if end <= n and all(m >> b & 1 for m, b in zip(masks[start:end], bits, strict=True)):
                    targets.setdefault(start + offset, set()).add(key)

    def residual_targets(self, doc: Doc, targets: dict[int, set[int]]) -> None:
        """Add the keys of the ``residual`` patterns to ``targets``, checked as spaCy does."""
        strings = doc.vocab.strings
        matches = sorted(
            (int(strings[m]), m, s, e) for m, s, e in self.residual(doc, allow_missing=True)
        )
        for key, match_id, start, end in matches:
            span = Span(doc, start, end, label=match_id)
            index = self.indices[key]
            try:
                token = span[index]
            except IndexError:
                raise ValueError(
                    Errors.E1001.format(
                        patterns=self.residual.get(span.label),
                        span=[t.text for t in span],
                        index=index,
                    )
                ) from None
            targets.setdefault(token.i, set()).add(key)

    def apply(self, doc: Doc) -> None:
        """Set the attributes the stock AttributeRuler would set on ``doc``."""
        targets: dict[int, set[int]] = {}
        if self.has_residual:  # first: it raises spaCy's error for an index outside a match
            self.residual_targets(doc, targets)
        if not len(doc) or not self.writes:
            return
        n_reads = len(self.reads)
        array = doc.to_array(self.reads + self.writes).reshape(len(doc), -1)
        masks = self.masks(doc, array[:, :n_reads])
        if self.first_bits:
            self.chain_targets(masks, targets)
        single = self.single_bits
        ids = list(map(self.mask_effects.__getitem__, [m & single for m in masks]))
        for t, keys in targets.items():
            ids[t] = self.effect_ids[self.effect(self.keys(masks[t]) | keys)]
        effect_ids = numpy.array(ids, dtype="intp")
        out = array[:, n_reads:]
        for col, (sets, values) in enumerate(self.effect_ids.tables()):
            where = sets[effect_ids]
            out[where, col] = values[effect_ids[where]]
        doc.from_array(self.writes, out)


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with an exact compiled fast path (see the module docstring).

    Same patterns, API and serialisation as the stock component; patterns are compiled on first
    use after any change. Patterns the fast path cannot represent make it run the stock code.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled: _CompiledRules | None = None
        self._unsupported: str | None = None

    def clear(self) -> None:
        super().clear()
        self._compiled, self._unsupported = None, None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled, self._unsupported = None, None

    def compiled(self) -> _CompiledRules | None:
        """The compiled patterns, or None (with :attr:`unsupported` saying why) for stock code."""
        if self._compiled is None and self._unsupported is None:
            try:
                self._compiled = _CompiledRules(self)
            except Unsupported as exc:
                self._unsupported = str(exc)
                logger.debug("%s: stock attribute ruler code runs: %s", self.name, exc)
        return self._compiled

    @property
    def unsupported(self) -> str | None:
        """Why the fast path cannot run (None when it can or was not tried yet)."""
        self.compiled()
        return self._unsupported

    def __call__(self, doc: Doc) -> Doc:
        compiled = self.compiled()
        if compiled is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            compiled.apply(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


def _lemma_key_is_exact(lemmatizer: Lemmatizer) -> str | None:
    """None when the lemma is a function of (ORTH, POS, MORPH), else why it may not be."""
    cls = type(lemmatizer)
    if lemmatizer.mode != "rule":
        return f"mode is {lemmatizer.mode!r}, not 'rule'"
    if cls.__call__ is not Lemmatizer.__call__ or cls.rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return f"{cls.__name__} overrides how lemmas are computed"
    if cls.is_base_form not in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form):
        return f"{cls.__name__}.is_base_form may read more than POS and MORPH"
    if getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize:
        return "its lemmatize method was replaced"
    return None


class _WordIndex(list):  # type: ignore[type-arg]
    """One part of speech's words of a rule lemmatizer's ``lemma_index`` table (spaCy holds them in
    a list) that answers ``word in index`` from a set: spaCy's ``rule_lemmatize`` asks it of
    every candidate form of every word it has not seen, a scan of up to 57,528 words per question
    with en_core_web_sm. Same words, same answers; pickled and serialised as the plain list."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        try:
            return word in self._words
        except TypeError:  # an unhashable value: the list's own comparison
            return list.__contains__(self, word)

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


def _indexed(lookups: Any, done: Any) -> Any:
    """The ``lemma_index`` table of ``lookups`` with each list of words made a
    :class:`_WordIndex` (once per table: ``done`` is the table already made so)."""
    table = lookups.get_table("lemma_index", None) if lookups is not None else None
    if table is None or table is done:
        return table
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = _WordIndex(words)
    return table


class FastLemmatizer(Pipe):
    """The language's lemmatizer (``inner``), each distinct (ORTH, POS, MORPH) lemmatised once.

    Serialisation, initialisation and scoring are the wrapped lemmatizer's. When its lemma is
    not provably a function of that key (see :func:`_lemma_key_is_exact`), it simply runs.
    """

    def __init__(self, inner: Lemmatizer) -> None:
        self.inner = inner
        self.name = inner.name
        self.vocab = inner.vocab
        self.lemmas: dict[tuple[int, int, int], str] = {}
        self._index: Any = None  # the inner lemma_index table whose word lists answer from sets
        self.unsupported = _lemma_key_is_exact(inner)
        if self.unsupported:
            logger.debug("%s: stock lemmatizer code runs: %s", self.name, self.unsupported)

    @property
    def mode(self) -> str:
        return self.inner.mode

    @property
    def overwrite(self) -> bool:
        return self.inner.overwrite

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if self.unsupported:
            return inner(doc)
        if not inner._validated:
            inner._validate_tables(Errors.E1004)
        self._index = _indexed(inner.lookups, self._index)
        error_handler = self.get_error_handler()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, inner, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas, overwrite, strings = self.lemmas, self.inner.overwrite, self.vocab.strings
        out = array[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if not (overwrite or lemma == 0):
                continue
            key = (orth, pos, morph)
            lemma_ = lemmas.get(key)
            if lemma_ is None:
                lemma_ = self.inner.lemmatize(doc[i])[0]
                if pos:  # without POS spaCy warns on every token: do not memoise
                    if len(lemmas) > _MAX_MEMO:
                        lemmas.clear()
                    lemmas[key] = lemma_
            # the string, not its hash, is memoised: strings added in a memory zone do not last
            out[i] = strings.add(lemma_)
            changed = True
        if changed:
            doc.from_array([LEMMA], out)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self.inner.set_error_handler(error_handler)

    def get_error_handler(self) -> Callable[..., Any]:
        return self.inner.get_error_handler()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, **kwargs: Any) -> None:
        self.inner.initialize(get_examples, **kwargs)
        self.lemmas.clear()

    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
        return self.inner.score(examples, **kwargs)

    def to_disk(self, path: Any, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        self.inner.to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = SimpleFrozenList()) -> FastLemmatizer:
        self.inner.from_disk(path, exclude=exclude)
        self.lemmas.clear()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return self.inner.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> FastLemmatizer:
        self.inner.from_bytes(data, exclude=exclude)
        self.lemmas.clear()
        return self


@Language.factory(
    "geokg_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None = attribute_ruler_score
) -> FastAttributeRuler:
    """spaCy factory of :class:`FastAttributeRuler` (same settings as ``attribute_ruler``)."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@Language.factory(
    "geokg_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "lookup",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_fast_lemmatizer(
    nlp: Language,
    name: str,
    model: Any,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None = lemmatizer_score,
) -> FastLemmatizer:
    """spaCy factory of :class:`FastLemmatizer` around the language's own ``lemmatizer``."""
    factory = nlp.get_factory_name("lemmatizer")
    if factory not in registry.factories:
        factory = "lemmatizer"
    make = registry.factories.get(factory)
    inner = make(nlp=nlp, name=name, model=model, mode=mode, overwrite=overwrite, scorer=scorer)
    return FastLemmatizer(inner)


def install(nlp: Language) -> list[str]:
    """Swap the stock ``attribute_ruler``/``lemmatizer`` components of ``nlp`` for the fast ones.

    Only where the result is provably identical: other components (and rulers or lemmatizers
    the fast code cannot represent exactly) are kept, with the reason logged at DEBUG level.
    Returns the names of the replaced components.
    """
    replaced = []
    for name, proc in list(nlp.pipeline):
        if type(proc) is AttributeRuler:
            factory = "geokg_attribute_ruler"
            fast = FastAttributeRuler(nlp.vocab, name, validate=proc.validate, scorer=proc.scorer)
            fast.add_patterns(proc.patterns)
            reason = fast.unsupported
        elif isinstance(proc, Lemmatizer):
            factory = "geokg_lemmatizer"
            reason = _lemma_key_is_exact(proc)
        else:
            continue
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        unknown = set(config) - set(nlp.get_factory_meta(factory).default_config)
        if unknown:
            reason = f"settings {sorted(unknown)} are not those of {factory}"
        if reason:
            logger.debug("%s: the stock component is kept: %s", name, reason)
            continue
        new = nlp.replace_pipe(name, factory, config=config)
        if isinstance(new, FastAttributeRuler):
            new.add_patterns(proc.patterns)
        else:
            new.inner.lookups = proc.lookups
            new.inner._validate_tables()
        replaced.append(name)
    return replaced
