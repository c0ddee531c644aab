"""The by-agent of a passive verb that the parse hangs on the object of the verb's "with"
(geokg/relations/syntax.py ``by_agents``), on hand-built parses:

- "Iran was threatened with sanctions by the EU": the EU threatens Iran;
- not where the by-phrase hangs on another preposition's object, whose noun may have its own
  agent ("Ukraine was warned of an invasion by Russia": Russia invades, it does not warn);
- not for an active verb ("The EU threatened Iran with sanctions by Friday").

Every sentence is written for these tests. Each token is ``word/dep/head/pos/tag/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations

from geokg.relations.syntax import by_agents


THREATENED_WITH = (
    "Iran/nsubjpass/2/PROPN/NNP/Iran was/auxpass/2/AUX/VBD/be threatened/ROOT/2/VERB/VBN/threaten "
    "with/prep/2/ADP/IN/with sanctions/pobj/3/NOUN/NNS/sanction by/prep/4/ADP/IN/by "
    "the/det/7/DET/DT/the EU/pobj/5/PROPN/NNP/EU ./punct/2/PUNCT/./."
)
THREATENED_WITH_NEW = (
    "Syria/nsubjpass/2/PROPN/NNP/Syria was/auxpass/2/AUX/VBD/be threatened/ROOT/2/VERB/VBN/threaten "
    "with/prep/2/ADP/IN/with new/amod/5/ADJ/JJ/new sanctions/pobj/3/NOUN/NNS/sanction "
    "by/prep/5/ADP/IN/by France/pobj/6/PROPN/NNP/France on/prep/2/ADP/IN/on "
    "Monday/pobj/8/PROPN/NNP/Monday ./punct/2/PUNCT/./."
)
WARNED_OF = (
    "Ukraine/nsubjpass/2/PROPN/NNP/Ukraine was/auxpass/2/AUX/VBD/be warned/ROOT/2/VERB/VBN/warn "
    "of/prep/2/ADP/IN/of an/det/5/DET/DT/an invasion/pobj/3/NOUN/NN/invasion by/prep/5/ADP/IN/by "
    "Russia/pobj/6/PROPN/NNP/Russia ./punct/2/PUNCT/./."
)
ACTIVE = (
    "The/det/1/DET/DT/the EU/nsubj/2/PROPN/NNP/EU threatened/ROOT/2/VERB/VBD/threaten "
    "Iran/dobj/2/PROPN/NNP/Iran with/prep/2/ADP/IN/with sanctions/pobj/4/NOUN/NNS/sanction "
    "by/prep/5/ADP/IN/by Friday/pobj/6/PROPN/NNP/Friday ./punct/2/PUNCT/./."
)


@pytest.mark.parametrize(
    "spec, actors, expected",
    [
        pytest.param(THREATENED_WITH, {"Iran": "IRN", "EU": "EU"}, {("EU", "threaten", "IRN")},
                     id="threatened-with-sanctions-by-x"),
        pytest.param(THREATENED_WITH_NEW, {"Syria": "SYR", "France": "FRA"},
                     {("FRA", "threaten", "SYR")}, id="threatened-with-new-sanctions-by-x-on-a-day"),
        pytest.param(ACTIVE, {"EU": "EU", "Iran": "IRN"}, {("EU", "threaten", "IRN")},
                     id="an-active-verb-keeps-its-subject"),
    ],
)
def test_a_passive_verbs_agent_hung_on_its_with_object(blank, extractor, spec, actors, expected):
    doc = parse(blank, spec, actors, doc_id="t1", date="2026-03-02", tags=True)
    assert relations(extractor.extract(doc), stated_only=True) == expected


def test_the_by_phrase_is_read_only_under_with(blank):
    threatened = parse(blank, THREATENED_WITH, {"Iran": "IRN", "EU": "EU"}, tags=True)
    assert [t.text for t in by_agents(threatened[2])] == ["EU"]
    warned = parse(blank, WARNED_OF, {"Ukraine": "UKR", "Russia": "RUS"}, tags=True)
    assert by_agents(warned[2]) == []  # the invasion's agent, not the warner
    active = parse(blank, ACTIVE, {"EU": "EU", "Iran": "IRN"}, tags=True)
    assert by_agents(active[2]) == []  # an active verb has its subject
