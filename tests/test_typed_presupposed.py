"""What a noun trigger's own words state holds whatever mood or negation governs the noun
(geokg/modality.py ``_presupposed_noun``), on hand-built parses.

- a definite relational noun that is an argument of its clause is the writer's description of
  the parties: "may lose its closest ally, France" states the alliance; "could become the closest
  ally of Germany" (a predicate) does not; a bygone one ("its former ally", "one-time foes") is
  no such relation any more, whatever governs it;
- an event noun with a reduced relative of a realising verb (``realising_participles`` in
  data/relations/modality.json) says the event took place: "could discuss the sanctions on Iran
  imposed in 2018"; "proposed last year" or "being imposed" does not.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

from geokg.modality import read_modality


def run(blank, extractor, spec: str, actors: dict[str, str], *, stated: bool):
    doc = parse(blank, spec, actors, tags=True, doc_id="p1", date="2026-03-02")
    return relations(extractor.extract(doc), stated_only=stated)


CASES = [
    pytest.param(
        "Germany/nsubj/2/PROPN/NNP/Germany may/aux/2/AUX/MD/may lose/ROOT/2/VERB/VB/lose "
        "its/poss/5/PRON/PRP$/its closest/amod/5/ADJ/JJS/close ally/dobj/2/NOUN/NN/ally "
        ",/punct/5/PUNCT/,/, France/appos/5/PROPN/NNP/France ./punct/2/PUNCT/./.",
        {"Germany": "DEU", "France": "FRA"},
        ("DEU", "ally", "FRA"),
        True,
        id="a-possessed-ally-under-may-is-an-ally",
    ),
    pytest.param(
        "Iran/nsubj/3/PROPN/NNP/Iran would/aux/3/AUX/MD/would not/neg/3/PART/RB/not "
        "betray/ROOT/3/VERB/VB/betray its/poss/5/PRON/PRP$/its ally/dobj/3/NOUN/NN/ally "
        ",/punct/5/PUNCT/,/, Syria/appos/5/PROPN/NNP/Syria ./punct/3/PUNCT/./.",
        {"Iran": "IRN", "Syria": "SYR"},
        ("IRN", "ally", "SYR"),
        True,
        id="would-not-betray-its-ally-leaves-the-alliance-stated",
    ),
    pytest.param(
        "France/nsubj/2/PROPN/NNP/France could/aux/2/AUX/MD/could become/ROOT/2/VERB/VB/become "
        "the/det/5/DET/DT/the closest/amod/5/ADJ/JJS/close ally/attr/2/NOUN/NN/ally "
        "of/prep/5/ADP/IN/of Germany/pobj/6/PROPN/NNP/Germany ./punct/2/PUNCT/./.",
        {"France": "FRA", "Germany": "DEU"},
        ("DEU", "ally", "FRA"),
        False,
        id="a-predicate-ally-under-could-stays-possible",
    ),
    pytest.param(
        "Officials/nsubj/2/NOUN/NNS/official could/aux/2/AUX/MD/could "
        "discuss/ROOT/2/VERB/VB/discuss the/det/5/DET/DT/the U.S./compound/5/PROPN/NNP/U.S. "
        "sanctions/dobj/2/NOUN/NNS/sanction on/prep/5/ADP/IN/on Iran/pobj/6/PROPN/NNP/Iran "
        "imposed/acl/5/VERB/VBN/impose in/prep/8/ADP/IN/in 2018/pobj/9/NUM/CD/2018 "
        "./punct/2/PUNCT/./.",
        {"U.S.": "USA", "Iran": "IRN"},
        ("USA", "sanction", "IRN"),
        True,
        id="sanctions-imposed-in-2018-under-could-discuss",
    ),
    pytest.param(
        "Seoul/nsubj/1/PROPN/NNP/Seoul wants/ROOT/1/VERB/VBZ/want to/aux/3/PART/TO/to "
        "discuss/xcomp/1/VERB/VB/discuss the/det/6/DET/DT/the Chinese/amod/6/ADJ/JJ/chinese "
        "boycott/dobj/3/NOUN/NN/boycott of/prep/6/ADP/IN/of South/compound/9/PROPN/NNP/South "
        "Korea/pobj/7/PROPN/NNP/Korea launched/acl/6/VERB/VBD/launch last/amod/12/ADJ/JJ/last "
        "year/npadvmod/10/NOUN/NN/year ./punct/1/PUNCT/./.",
        {"Chinese": "CHN", "Korea": "KOR", "Seoul": "KOR"},
        ("CHN", "sanction", "KOR"),
        True,
        id="a-boycott-launched-last-year-tagged-as-past-tense",
    ),
    pytest.param(
        "Seoul/nsubj/1/PROPN/NNP/Seoul wants/ROOT/1/VERB/VBZ/want to/aux/3/PART/TO/to "
        "discuss/xcomp/1/VERB/VB/discuss the/det/6/DET/DT/the Chinese/amod/6/ADJ/JJ/chinese "
        "boycott/dobj/3/NOUN/NN/boycott of/prep/6/ADP/IN/of South/compound/9/PROPN/NNP/South "
        "Korea/pobj/7/PROPN/NNP/Korea proposed/acl/6/VERB/VBN/propose last/amod/12/ADJ/JJ/last "
        "year/npadvmod/10/NOUN/NN/year ./punct/1/PUNCT/./.",
        {"Chinese": "CHN", "Korea": "KOR", "Seoul": "KOR"},
        ("CHN", "sanction", "KOR"),
        False,
        id="a-boycott-only-proposed-stays-desired",
    ),
    pytest.param(
        "Officials/nsubj/2/NOUN/NNS/official could/aux/2/AUX/MD/could "
        "discuss/ROOT/2/VERB/VB/discuss the/det/5/DET/DT/the U.S./compound/5/PROPN/NNP/U.S. "
        "sanctions/dobj/2/NOUN/NNS/sanction on/prep/5/ADP/IN/on Iran/pobj/6/PROPN/NNP/Iran "
        "being/auxpass/9/AUX/VBG/be imposed/acl/5/VERB/VBN/impose now/advmod/9/ADV/RB/now "
        "./punct/2/PUNCT/./.",
        {"U.S.": "USA", "Iran": "IRN"},
        ("USA", "sanction", "IRN"),
        False,
        id="sanctions-being-imposed-are-not-yet-a-fact",
    ),
]


@pytest.mark.parametrize("spec, actors, triple, stated", CASES)
def test_presupposed_nouns(blank, extractor, spec, actors, triple, stated):
    assert triple in run(blank, extractor, spec, actors, stated=False)  # found either way
    assert (triple in run(blank, extractor, spec, actors, stated=True)) is stated


def test_only_relational_nouns_are_read_as_referring(blank):
    """Without ``referring`` a definite noun keeps the mood of its clause: "may lose its
    closest ally" read for a non-relational trigger stays possible."""
    spec = CASES[0].values[0]
    doc = parse(blank, spec, {}, tags=True)
    ally = doc[5]
    assert read_modality(ally, referring=True).modality.stated
    assert not read_modality(ally).modality.stated


BYGONE = [
    pytest.param(
        "Armenia/nsubj/2/PROPN/NNP/Armenia could/aux/2/AUX/MD/could anger/ROOT/2/VERB/VB/anger "
        "its/poss/5/PRON/PRP$/its former/amod/5/ADJ/JJ/former ally/dobj/2/NOUN/NN/ally "
        "Russia/appos/5/PROPN/NNP/Russia ./punct/2/PUNCT/./.",
        {"Armenia": "ARM", "Russia": "RUS"},
        ("ARM", "ally", "RUS"),
        id="could-anger-its-former-ally",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/NNP/Japan did/aux/3/AUX/VBD/do not/neg/3/PART/RB/not "
        "criticise/ROOT/3/VERB/VB/criticise its/poss/6/PRON/PRP$/its former/amod/6/ADJ/JJ/former "
        "foe/dobj/3/NOUN/NN/foe ,/punct/6/PUNCT/,/, China/appos/6/PROPN/NNP/China "
        "./punct/3/PUNCT/./.",
        {"Japan": "JPN", "China": "CHN"},
        ("CHN", "rival", "JPN"),
        id="a-negated-clause-does-not-revive-a-former-foe",
    ),
]


@pytest.mark.parametrize("spec, actors, triple", BYGONE)
def test_a_bygone_relation_is_negated(blank, extractor, spec, actors, triple):
    doc = parse(blank, spec, actors, tags=True, doc_id="p2", date="2026-03-02")
    found = [t for t in extractor.extract(doc) if (t.source.id, t.relation.value, t.target.id) == triple]
    assert found and all(t.negated for t in found)


MITIGATED = [
    pytest.param(
        "India/nsubj/3/PROPN/NNP/India and/cc/0/CCONJ/CC/and Pakistan/conj/0/PROPN/NNP/Pakistan "
        "held/ROOT/3/VERB/VBD/hold talks/dobj/3/NOUN/NNS/talk to/aux/6/PART/TO/to "
        "ease/acl/4/VERB/VB/ease tensions/dobj/6/NOUN/NNS/tension ./punct/3/PUNCT/./.",
        {"India": "IND", "Pakistan": "PAK"},
        ("IND", "tension", "PAK"),
        True,
        id="talks-to-ease-tensions-presuppose-the-tensions",
    ),
    pytest.param(
        "Greece/nsubj/3/PROPN/NNP/Greece and/cc/0/CCONJ/CC/and Turkey/conj/0/PROPN/NNP/Turkey "
        "agreed/ROOT/3/VERB/VBD/agree to/aux/5/PART/TO/to defuse/xcomp/3/VERB/VB/defuse "
        "the/det/7/DET/DT/the crisis/dobj/5/NOUN/NN/crisis ./punct/3/PUNCT/./.",
        {"Greece": "GRC", "Turkey": "TUR"},
        ("GRC", "tension", "TUR"),
        True,
        id="agreed-to-defuse-the-crisis",
    ),
    pytest.param(
        "Japan/nsubj/3/PROPN/NNP/Japan and/cc/0/CCONJ/CC/and China/conj/0/PROPN/NNP/China "
        "ended/ROOT/3/VERB/VBD/end their/poss/5/PRON/PRP$/their feud/dobj/3/NOUN/NN/feud "
        "./punct/3/PUNCT/./.",
        {"Japan": "JPN", "China": "CHN"},
        ("CHN", "tension", "JPN"),
        False,
        id="a-feud-they-ended-is-over",
    ),
]


@pytest.mark.parametrize("spec, actors, triple, stated", MITIGATED)
def test_easing_a_state_presupposes_it(blank, extractor, spec, actors, triple, stated):
    """Easing, defusing or reducing a durable state says it is there (``mitigating_governors``);
    ending it says it is over."""
    assert triple in run(blank, extractor, spec, actors, stated=False)
    assert (triple in run(blank, extractor, spec, actors, stated=True)) is stated
