"""The shortcuts taken for speed give what the plain computations give."""

from __future__ import annotations

import dataclasses

from geokg.actors import Lexicon
from geokg.actors.phrases import _may_start, words_at
from geokg.actors.state import DocState
from geokg.pipeline import extract

TEXT = (
    "Turkiye is a close ally of Azerbaijan.  The two countries signed a defence pact on "
    "Monday.\n\nRussia's army attacked Ukraine, the Ukrainian army said.  "
    "The UN Secretary-General urged Moscow and Kyiv to talk."
)


def _state(nlp, text: str) -> DocState:
    doc = nlp(text)
    rec = nlp.get_pipe("geokg_actors")
    raws = [t.text for t in doc]
    return DocState(doc, rec.index, [r.lower() for r in raws], raws, None)


def test_singular_references_by_first_keeps_every_reference_in_order():
    lex = Lexicon.load()
    groups = lex.singular_references_by_first
    assert sum(len(g) for g in groups.values()) == len(lex.singular_references)
    for first, group in groups.items():
        assert list(group) == [r for r in lex.singular_references if r[0][0] == first]


def test_entity_labels_from_the_array_are_the_token_labels(nlp):
    state = _state(nlp, TEXT + " NATO Secretary General Mark Rutte agreed.")
    assert state.ent_label == [t.ent_type_ for t in state.doc]
    assert any(state.ent_label) and "" in state.ent_label


def test_may_start_tests_the_first_word_only(nlp):
    state = _state(nlp, "the army and the coast guard")
    phrases = (("coast", "guard"), ("army",))
    assert [_may_start(state, i, phrases) for i in range(len(state.keys) + 1)] == [
        False, True, False, False, True, False, False,
    ]
    assert words_at(state, 4, phrases) == 6
    assert words_at(state, 5, phrases) is None
    # an empty phrase matches anywhere: no shortcut then
    assert all(_may_start(state, i, phrases + ((),)) for i in range(len(state.keys)))
    assert words_at(state, 2, ((), ("army",))) == 2


def test_type_of_is_the_same_when_asked_again(nlp):
    state = _state(nlp, TEXT)
    ids = ["TUR", "person:someone", "group:m23", "NATO", "UNKNOWNX"]
    first = [state.type_of(a) for a in ids]
    assert first == [state.type_of(a) for a in ids] == [state._type_of(a) for a in ids]
    assert first[1:3] == ["person", "group"]


def test_evidence_sentence_is_the_sentence_text(nlp):
    triples = extract(TEXT, nlp=nlp)
    assert triples
    doc = nlp(TEXT)
    for t in triples:
        ev = t.evidence
        assert ev.sentence == TEXT[ev.start : ev.end]
        span = doc.char_span(ev.start, ev.end)
        assert span is not None and span.text == ev.sentence


# sentences we wrote, with and without time expressions of every kind the pattern reads
TIMED = [
    "Russia invaded Ukraine in February 2022, the minister recalled.",
    "The talks resumed on 3 March 2024 in Geneva.",
    "Turkey and Greece met on Thursday night in Athens.",
    "The envoy will travel to Cairo next week.",
    "Iran fired missiles at Israel two years ago.",
    "Officials said yesterday that the border had closed.",
    "The summit, held in Sept. 2019, ended without a deal.",
    "Kenya recalled its ambassador last month.",
    "The 2015 downing of the jet still divides them.",
    "France and Germany signed a treaty in March.",
    "Troops crossed the border this past Monday morning.",
    "The delegations met during the early hours.",
    "Nobody mentioned a date or a season at all.",
    "Mayors may meet the envoys soon.",
]


def test_time_matches_are_the_pattern_matches():
    from geokg.timex import _time_matches, _time_regex

    found = 0
    for text in TIMED + [t.upper() for t in TIMED] + [t.lower() for t in TIMED]:
        expected = tuple(m.span() for m in _time_regex().finditer(text))
        assert _time_matches(text) == expected, text
        found += bool(expected)
    assert found >= 20  # the sentences do hold time expressions


def test_time_alternatives_skipped_are_those_that_cannot_match():
    import re

    from geokg.cleanup import _rules
    from geokg.timex import _WEEKDAYS, _possible_parts, _time_parts

    parts = _time_parts()
    names = [m.title() for m in _rules().months] + [w.title() for w in _WEEKDAYS if len(w) > 4]
    extra = [f"Talks held on {n} 3 ended, and in {n} 2020 and on {n} night." for n in names]
    met = [0] * len(parts)
    for text in TIMED + extra + [t.upper() for t in TIMED] + [t.lower() for t in TIMED]:
        use = _possible_parts(text)
        for n, part in enumerate(parts):
            if re.search(part, text):
                assert use[n], (n, text)
                met[n] += 1
    assert all(met), met  # every alternative is met by some sentence
    assert not any(_possible_parts("The envoys met in Geneva and agreed."))


def test_trigger_gate_keeps_the_tokens_with_lexicon_entries(nlp):
    from geokg.relations.component import _TRIGGER_POS

    rel = nlp.get_pipe("geokg_relations")
    texts = TIMED + [
        TEXT,
        "Sanctions imposed by the EU angered Moscow, which threatened a response.",
        "The attacked convoy was escorted by allied troops; Chad condemned the strike.",
    ]
    kept = 0
    for doc in nlp.pipe(texts):
        plain = [
            t.i for t in doc if t.pos_ in _TRIGGER_POS and rel.grammar.candidates(t)
        ]
        assert rel.triggers.positions(doc) == plain
        assert rel.triggers.positions(doc) == plain  # the second time from the memo
        kept += len(plain)
    assert kept > 10
    assert rel.triggers.positions(nlp.make_doc("")) == []


def test_token_forms_are_strip_possessive_then_normalize(nlp):
    from geokg.actors.wordlists import normalize_token, strip_possessive

    rec = nlp.get_pipe("geokg_actors")
    doc = nlp("Türkiye’s envoy met Trump´s aides and Erdoğan's staff in Zürich.")
    raws, keys = rec._token_forms(doc)
    assert raws == [strip_possessive(t.text) for t in doc]
    assert keys == [normalize_token(r) for r in raws]
    assert "turkiye" in keys and "Trump" in raws
    assert rec._token_forms(doc) == (raws, keys)


def test_lowers_are_the_token_lower_forms(nlp):
    state = _state(nlp, TEXT)
    assert state.lowers == [t.lower_ for t in state.doc]


def test_texts_and_lemma_lowers_are_the_token_forms(nlp):
    state = _state(nlp, TEXT + " The Seleka Rebels (SR) and Anti-Balaka militias fought.")
    assert state.texts == [t.text for t in state.doc]
    assert state.lemma_lowers == [t.lemma_.lower() for t in state.doc]
    assert state.lemma_lowers == _state(nlp, state.doc.text).lemma_lowers  # from the memo
    assert "(" in state.texts and "fight" in state.lemma_lowers


class _EveryToken:
    """A trigger gate that lets every token through with its Grammar.candidates (the plain
    computation)."""

    def __init__(self, grammar):
        self.grammar = grammar

    def entries(self, doc):
        return {t.i: self.grammar.candidates(t) for t in doc}


def test_relations_through_the_trigger_gate_are_those_of_every_token(nlp, monkeypatch):
    rel = nlp.get_pipe("geokg_relations")
    texts = TIMED + [
        TEXT,
        "India and Pakistan exchanged fire. The two rivals later agreed to talk.",
        "Sanctions imposed by the EU angered Moscow, which threatened a response.",
        "France called for Mali to release the hostages; Chad condemned the strike.",
        "Egypt, together with Qatar, mediated between Israel and Hamas.",
    ]
    docs = list(nlp.pipe(texts))
    gated = [[t.model_dump() for t in rel.extract(doc)] for doc in docs]
    monkeypatch.setattr(rel, "triggers", _EveryToken(rel.grammar))
    plain = [[t.model_dump() for t in rel.extract(doc)] for doc in docs]
    assert gated == plain
    assert sum(map(len, plain)) >= 6


# sentences we wrote in which every kind of reference the coref handlers read occurs
REFERENCES = [
    "Mali, Burkina Faso and Niger left the bloc. The three countries formed a confederation; "
    "the juntas said they would share troops.",
    "The two Koreas agreed to reopen a hotline. Both warring parties were urged to stop.",
    "Lula met his counterparts from Brazil, India and South Africa in Johannesburg.",
    "China's coast guard blocked a Philippine vessel. The coast guard said it acted lawfully.",
    "Turkish troops crossed the border on Monday. The troops shelled Kurdish positions.",
    "Israeli minister Israel Katz said the army would respond. Israel said the military struck.",
    "Saudi Arabia cut output on Monday. The Gulf state and the OPEC member disagreed.",
    "Serbia recalled its envoy. The Balkan country accused Kosovo; the Himalayan kingdom did not.",
    "Hamas official Basem Naim said the group had accepted the plan; the country welcomed it.",
    "Witnesses said attackers rammed a car into a checkpoint held by al-Shabab.",
    "Kim Jong Un vowed to bolster his country's forces. He said they would not yield.",
    "The United States, a treaty ally of the Philippines, said it stood with its ally; "
    "Ethiopia warned its neighbour.",
]


def test_every_reference_handler_passes_on_a_word_outside_its_gate(nlp):
    """A handler's gate leaves out only words at which the handler does nothing: it returns
    None (the last, the pronoun handler: the next position) and claims no mention."""
    from geokg.actors import references as refs
    from geokg.actors.component import run_stages

    rec = nlp.get_pipe("geokg_actors")
    tried = 0
    for doc in nlp.pipe(REFERENCES):
        raws, keys = rec._token_forms(doc)
        state = DocState(doc, rec.index, keys, raws, None)
        run_stages(state)
        d = refs._discourse(state)
        before = [m for m in state.owner]
        for handler, gate in refs._HANDLERS:
            words = gate(state.lex) if gate is not None else None
            if words is None:
                continue
            for i, key in enumerate(keys):
                if key in words or state.owner[i] is not None:
                    continue
                expected = i + 1 if handler is refs._pronoun else None
                assert handler(d, i) == expected, (handler.__name__, doc[i].text)
                tried += 1
        assert state.owner == before
    assert tried > 1000


def test_references_through_the_handler_gate_are_those_of_every_handler(nlp, monkeypatch):
    """The handler table gives the mentions that trying every handler at every token gives."""
    from geokg import _ext
    from geokg.actors import references as refs

    def mentions(docs):
        return [
            [(s.start, s.end, s.label_, tuple(s._.geokg_actors), s._.geokg_via)
             for s in doc.spans[_ext.ACTOR_SPANS]]
            for doc in docs
        ]

    gated = mentions(nlp.pipe(REFERENCES))
    every = refs.HandlerTable({}, tuple(h for h, _ in refs._HANDLERS))
    monkeypatch.setattr(refs, "handler_table", lambda lex: every)
    plain = mentions(nlp.pipe(REFERENCES))
    assert gated == plain
    assert sum(1 for doc in plain for m in doc if m[4] == "coref") >= 12


def test_handler_table_keeps_the_handler_order_and_an_empty_phrase_opens_every_word():
    from geokg.actors import references as refs

    lex = Lexicon.load()
    table = refs.handler_table(lex)
    assert table is refs.handler_table(lex)
    order = [h for h, _ in refs._HANDLERS]
    the = table.at("the")
    assert list(the) == sorted(the, key=order.index)
    assert refs._organ in the and refs._pronoun not in the
    assert refs._pronoun in table.at("they") and refs._organ not in table.at("they")
    assert table.at("xylophone") == (refs._members_from,)
    # a list holding an empty phrase: any word may start one, so every handler is tried
    odd = dataclasses.replace(lex, state_organs=lex.state_organs + ((),))
    assert refs.handler_table(odd).at("xylophone") == tuple(order)


def test_discourse_sentence_index_of_every_token(nlp):
    from geokg.actors import references as refs
    from geokg.actors.component import run_stages

    rec = nlp.get_pipe("geokg_actors")
    for doc in nlp.pipe(REFERENCES[:4]):
        raws, keys = rec._token_forms(doc)
        state = DocState(doc, rec.index, keys, raws, None)
        run_stages(state)
        d = refs._discourse(state)
        assert d.sent_of == [
            k for k, sent in enumerate(doc.sents) for _ in range(sent.start, sent.end)
        ]
        assert len(d.sent_of) == len(doc) and d.sent_of[-1] == len(d.sents) - 1


def test_string_columns_are_the_token_strings(nlp):
    from geokg.actors.columns import string_column

    doc = nlp(TEXT + " Türkiye’s envoy met NATO officials.")
    for attr, name in (("ORTH", "text"), ("LOWER", "lower_"), ("ENT_TYPE", "ent_type_")):
        assert string_column(doc, attr) == [getattr(t, name) for t in doc]
        assert string_column(doc, attr) == [getattr(t, name) for t in doc]  # from the memo
    assert string_column(nlp.make_doc(""), "ORTH") == []


def test_form_memo_transforms_each_string_once_and_starts_afresh_when_full(monkeypatch):
    from spacy.strings import StringStore

    from geokg.actors import columns

    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    strings = StringStore(["army", "navy", "police"])
    hashes = [strings["army"], strings["navy"], strings["army"]]
    memo = columns.FormMemo(upper)
    assert memo.column(hashes, strings) == ["ARMY", "NAVY", "ARMY"]
    assert memo.column(hashes, strings) == ["ARMY", "NAVY", "ARMY"]
    assert calls == ["army", "navy"]
    monkeypatch.setattr(columns, "MAX_FORMS", 1)
    assert memo.column([strings["police"]], strings) == ["POLICE"]
    assert len(memo) == 1  # the two earlier forms were dropped
    assert calls == ["army", "navy", "police"]


def test_singular_references_by_start_are_those_that_can_start_there():
    lex = Lexicon.load()
    refs = lex.singular_references
    by_start = lex.singular_references_by_start
    firsts = {w[0] for w, _ in refs}
    seconds = {w[1] for w, _ in refs if len(w) > 1} | {"other", None}
    for first in firsts:
        for second in seconds:
            got = by_start.get((first, second)) or by_start.get((first, None), ())
            want = [
                r for r in refs
                if r[0][0] == first and (len(r[0]) == 1 or r[0][1] == second)
            ]
            assert list(got) == want


def test_single_word_references_stay_in_order_among_longer_ones():
    lex = dataclasses.replace(
        Lexicon.load(),
        singular_references=(
            (("the", "bloc"), "organisation"), (("junta",), "state"), (("junta", "leaders"), "x"),
        ),
    )
    assert lex.singular_references_by_start[("junta", "leaders")] == (
        (("junta",), "state"), (("junta", "leaders"), "x"),
    )
    assert lex.singular_references_by_start[("junta", None)] == ((("junta",), "state"),)
    assert ("the", None) in lex.singular_references_by_start
    assert lex.singular_references_by_start[("the", None)] == ()


def test_members_from_passes_where_its_next_word_gate_leaves_a_token_out(nlp):
    """The handlers without a word gate act only before a word of their next-word gate
    (``anywhere_after``): elsewhere they return None and claim nothing."""
    from geokg.actors import references as refs
    from geokg.actors.component import run_stages

    rec = nlp.get_pipe("geokg_actors")
    table = refs.handler_table(Lexicon.load())
    assert table.anywhere == (refs._members_from,) and table.anywhere_after == {"from", "of"}
    tried = 0
    for doc in nlp.pipe(REFERENCES + ["His counterparts from Brazil and India met the leaders."]):
        raws, keys = rec._token_forms(doc)
        state = DocState(doc, rec.index, keys, raws, None)
        run_stages(state)
        d = refs._discourse(state)
        before = list(state.owner)
        where = set(table.positions(keys))
        for i, key in enumerate(keys):
            nxt = keys[i + 1] if i + 1 < len(keys) else None
            assert (i in where) == (key in table.by_word or nxt in table.anywhere_after)
            if i not in where:
                assert refs._members_from(d, i) is None
                tried += 1
        assert state.owner == before
    assert tried > 100


def test_handler_positions_without_a_next_word_gate_are_every_position():
    from geokg.actors import references as refs

    every = refs.HandlerTable({}, (refs._members_from,))
    assert list(every.positions(["a", "b", "c"])) == [0, 1, 2]
    words_only = refs.HandlerTable({"the": (refs._organ,)}, ())
    assert list(words_only.positions(["the", "army", "of", "the"])) == [0, 3]
    after = refs.HandlerTable({"the": (refs._organ,)}, (refs._members_from,), frozenset({"of"}))
    assert list(after.positions(["the", "army", "of", "the", "of"])) == [0, 1, 3]


def test_heads_and_title_starts_are_those_of_the_tokens(nlp):
    state = _state(nlp, TEXT + " Foreign Minister Sergei Lavrov and the UN chief met.")
    assert state.heads == [t.head.i for t in state.doc]
    assert any(h < i for i, h in enumerate(state.heads))  # heads before their words too
    assert state.title_starts == [i for i in range(len(state.doc)) if state.title_at(i)
                                  or state.tkeys[i] in state.index.title_first]
    assert all(state.title_at(i) is None for i in range(len(state.doc))
               if i not in state.title_starts)
    assert state.title_starts


def test_mentions_are_read_again_after_a_claim_or_unclaim(nlp):
    from geokg.actors.state import Mention

    state = _state(nlp, TEXT)
    assert state.mentions() == []
    a = Mention(0, 1, ["TUR"], via="name")
    b = Mention(5, 6, ["AZE"], via="name")
    assert state.claim(b) and state.mentions() == [b]
    listed = state.mentions()
    listed.append(a)  # the caller's own list
    assert state.claim(a) and state.mentions() == [a, b]
    assert not state.claim(Mention(0, 2, ["X"], via="name")) and state.mentions() == [a, b]
    state.unclaim(a)
    assert state.mentions() == [b]


def test_agent_phrase_by_lemma_only_looks_at_the_last_words(nlp):
    from geokg.actors.agents import AgentLexicon, _phrase_kind

    lex = AgentLexicon.load()
    doc = nlp("Officials said that the Turkish security forces and the army's commandos moved.")
    words = [t.lower_ for t in doc]
    for noun in doc:
        for first in range(0, noun.i + 2):
            plain = None
            for ws in (words, words[: noun.i] + [noun.lemma_.lower()]):
                found = lex.kind_ending_at(ws, noun.i, first)
                if found is not None:
                    plain = found[1]
                    break
            assert _phrase_kind(lex, words, noun, first) == plain, (noun.text, first)


def test_span_values_set_in_one_step_are_those_underscore_sets(nlp):
    import pytest
    from spacy.tokens import Span

    from geokg import _ext

    doc = nlp.make_doc("Turkish police met Kenyan officials.")
    fast, slow = Span(doc, 0, 2, label="state"), Span(doc, 3, 5, label="state")
    values = {"geokg_actor": "TUR", "geokg_actors": ["TUR"], "geokg_via": "demonym",
              "geokg_location": True, "geokg_attributive": False, "geokg_agent": "police"}
    _ext.set_span_values(fast, values)
    for name, value in values.items():
        setattr(slow._, name, value)
    assert {k[1]: v for k, v in doc.user_data.items() if k[2:] == (0, 14)} == values
    assert {k[1]: v for k, v in doc.user_data.items() if k[2:] == (19, 35)} == values
    again = Span(doc, 0, 2)
    assert {name: getattr(again._, name) for name in values} == values
    assert Span(doc, 3, 5)._.geokg_agent == "police"
    with pytest.raises(KeyError):
        _ext.set_span_values(fast, {"no_such_extension": 1})


def test_discourse_read_on_first_use_is_what_it_was_before_any_reference(nlp, monkeypatch):
    """The sets, the dominant state and the stated allies a Discourse reads on first use are
    those of the mentions and owners before any reference was claimed or a mention freed."""
    from geokg.actors import component
    from geokg.actors import references as refs
    from geokg.actors.descriptions import stated_allies
    from geokg.actors.focus import dominant_state
    from geokg.actors.sets import coordinated_sets
    from geokg.actors.state import Mention

    monkeypatch.setattr(component, "resolve_references", lambda state: None)
    rec = nlp.get_pipe("geokg_actors")
    texts = REFERENCES + [
        "CARACAS - Venezuela said on Monday that Venezuela and Colombia would talk. The "
        "country's army, an ally of Cuba, moved. Venezuela, an ally of Cuba, agreed.",
        "Japan and South Korea held talks. Japan, a treaty ally of the United States, said so.",
    ]
    seen = {"pairs": 0, "dominant": 0, "allies": 0}
    for doc in nlp.pipe(texts):
        raws, keys = rec._token_forms(doc)
        state = DocState(doc, rec.index, keys, raws, None)
        component.run_stages(state)
        named = [m for m in state.mentions() if id(m) not in state.consumed]
        want = {
            "pairs": coordinated_sets(state, named),
            "dominant": dominant_state(state),
            "allies": stated_allies(state, named),
        }
        d = refs._discourse(state)
        # claims and frees a reference might make before the first use
        for m in state.mentions():
            state.unclaim(m)
        for i in range(0, len(doc), 2):
            state.claim(Mention(i, i + 1, ["USA"], via="coref", label="state", kind="coref"))
        assert dominant_state(state) != want["dominant"] or want["dominant"] is None
        got = {"pairs": d.pairs, "dominant": d.dominant, "allies": d.allies}
        assert got == want
        seen["pairs"] += bool(want["pairs"])
        seen["dominant"] += want["dominant"] is not None
        seen["allies"] += bool(want["allies"])
    assert all(seen.values()), seen


def test_names_at_are_the_names_whose_first_two_words_are_there(nlp):
    rec = nlp.get_pipe("geokg_actors")
    index = rec.index
    doc = nlp("The United States and the United Arab Emirates met South Korea, the UN and "
              "North Korea in New York; the US and the Islamic Republic of Iran. United")
    _, keys = rec._token_forms(doc)
    hits = 0
    for i, key in enumerate(keys):
        want = [
            e for e in index.names.get(key, ())
            if len(e[0]) == 1 or (i + 1 < len(keys) and e[0][1] == keys[i + 1])
        ]
        assert index.names_at(keys, i) == want
        hits += len(want) > 1
    assert hits >= 3


def test_relation_traits_are_those_of_the_vocabulary_file():
    from geokg.models import QuadClass, Relation, RelationKind
    from geokg.resources import data_path, load_json

    vocab = load_json(data_path("vocabulary.json"))["relations"]
    for rel in Relation:
        meta = vocab[rel.value]
        assert rel.kind is RelationKind(meta["kind"])
        assert rel.symmetric is bool(meta["symmetric"])
        assert rel.quad_class is QuadClass(meta["quad_class"])
        assert rel.score == float(meta["score"]) and isinstance(rel.score, float)


def test_positions_of_a_word_list_are_read_once_per_document(nlp):
    state = _state(nlp, "The country and the group met; the country left.")
    words = frozenset({"country", "group"})
    assert state.positions_of(words) == [1, 4, 8]
    assert state.positions_of(words) is state.positions_of(words)
    assert state.positions_of({"left": 1}) == [9]
    assert state.positions_of(frozenset()) == []


def test_collective_and_singular_references_still_found_behind_their_gates(nlp):
    from geokg.actors.descriptions import singular_reference
    from geokg.actors.sets import plural_reference

    state = _state(nlp, "The two countries and both warring parties met each country. "
                        "The weather was fine and the 27-nation bloc and the country agreed.")
    found = {i: plural_reference(state, i) for i in range(len(state.doc))}
    assert [i for i, r in found.items() if r] == [0, 4, 8]
    assert found[4][4] is True  # "both warring parties": the sides of a conflict
    singular = [singular_reference(state, i) for i in range(len(state.doc))]
    assert [r[:3] for r in singular if r] == [(16, 21, "organisation"), (22, 24, "state")]
