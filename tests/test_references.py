"""References resolved by coref that stand for several actors, through the whole pipeline."""

from __future__ import annotations

from geokg.pipeline import extract


def _pairs(text: str, nlp) -> set[tuple[str, str, str]]:
    return {(t.source.id, t.relation.value, t.target.id) for t in extract(text, nlp=nlp)}


def test_a_named_set_of_states_alone_in_its_text_still_relates_its_members(nlp):
    """ "The two Koreas agreed": the only mention stands for two states, which is enough."""
    pairs = _pairs("The two Koreas agreed to reopen a military hotline.", nlp)
    assert pairs & {("KOR", "agree", "PRK"), ("PRK", "agree", "KOR")}, pairs


def test_warring_parties_relate_the_sides_of_the_fighting_not_a_state_in_focus(nlp):
    text = (
        "Sudan's army has been fighting the Rapid Support Forces since April 2023. The United "
        "Arab Emirates denied supplying weapons to Sudan. The UN urged both warring parties to "
        "agree to a ceasefire."
    )
    pairs = _pairs(text, nlp)
    assert ("UN", "request", "group:rapid-support-forces") in pairs, pairs
    assert ("UN", "request", "ARE") not in pairs, pairs
