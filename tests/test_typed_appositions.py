"""An apposition followed by a participle, parsed with the participle as the apposition and the
relational noun as its compound ("X, a Hezbollah ally mediating for the militants,": "ally" a
compound of "mediating"): the noun still describes the participle's head, so the relation of
the lexicon's ``relational`` frame holds between X and the noun's modifier
(geokg/relations/roles.py, the ``appos_head`` role), on hand-built parses.

Every sentence is written for these tests. Each token is ``word/dep/head/pos/lemma`` (head:
absolute token index); actor mentions are set as ``geokg_actors`` sets them (tests/parses.py).
"""

from __future__ import annotations

import pytest
from parses import parse, relations


MISREAD = [
    pytest.param(
        "Belarus/nsubj/8/PROPN/Belarus ,/punct/0/PUNCT/, a/det/5/DET/a "
        "Russian/amod/4/ADJ/russian ally/compound/5/NOUN/ally hosting/appos/0/VERB/host "
        "troops/dobj/5/NOUN/troop ,/punct/0/PUNCT/, closed/ROOT/8/VERB/close "
        "the/det/10/DET/the border/dobj/8/NOUN/border ./punct/8/PUNCT/.",
        {"Belarus": "BLR", "Russian": "RUS"},
        {("BLR", "ally", "RUS")},
        id="a-russian-ally-hosting-troops",
    ),
    pytest.param(
        "Qatar/nsubj/8/PROPN/Qatar ,/punct/0/PUNCT/, a/det/5/DET/a "
        "Hamas/compound/4/PROPN/Hamas backer/compound/5/NOUN/backer "
        "hosting/appos/0/VERB/host talks/dobj/5/NOUN/talk ,/punct/0/PUNCT/, "
        "said/ROOT/8/VERB/say so/advmod/8/ADV/so ./punct/8/PUNCT/.",
        {"Qatar": "QAT", "Hamas": "group:hamas"},
        {("QAT", "support", "group:hamas")},
        id="a-hamas-backer-hosting-talks",
    ),
    pytest.param(
        "Chad/nsubj/8/PROPN/Chad ,/punct/0/PUNCT/, a/det/5/DET/a "
        "Sudanese/amod/4/ADJ/sudanese rival/compound/5/NOUN/rival "
        "bordering/appos/0/VERB/border Libya/dobj/5/PROPN/Libya ,/punct/0/PUNCT/, "
        "closed/ROOT/8/VERB/close the/det/10/DET/the crossing/dobj/8/NOUN/crossing ./punct/8/PUNCT/.",
        {"Chad": "TCD", "Sudanese": "SDN", "Libya": "LBY"},
        {("SDN", "rival", "TCD")},
        id="a-sudanese-rival-bordering-libya",
    ),
]


@pytest.mark.parametrize("spec, actors, expected", MISREAD)
def test_a_noun_parsed_as_compound_of_an_appositive_participle_describes_its_head(
    blank, extractor, spec, actors, expected
):
    doc = parse(blank, spec, actors, doc_id="a1", date="2026-03-02")
    assert relations(extractor.extract(doc), stated_only=True) == expected


def test_a_compound_of_a_participle_that_is_no_apposition_describes_nothing(blank, extractor):
    spec = (
        "Ally/compound/1/NOUN/ally hosting/csubj/3/VERB/host Russia/dobj/1/PROPN/Russia "
        "angered/ROOT/3/VERB/anger Poland/dobj/3/PROPN/Poland ./punct/3/PUNCT/."
    )
    doc = parse(blank, spec, {"Russia": "RUS", "Poland": "POL"}, doc_id="a1", date="2026-03-02")
    assert not {r for _, r, _ in relations(extractor.extract(doc))} & {"ally"}


def test_without_the_misread_apposition_the_relation_is_lost(blank, monkeypatch):
    from geokg.relations import RelationExtractor, roles

    original = roles.ROLE_FINDERS["appos_head"]

    def plain(site):  # the role as it was: no compound of an appositive participle
        if site.tok.dep_ == "compound" and site.tok.head.pos_ == "VERB":
            return []
        return original(site)

    monkeypatch.setitem(roles.ROLE_FINDERS, "appos_head", plain)
    spec, actors, _ = MISREAD[0].values
    doc = parse(blank, spec, actors, doc_id="a1", date="2026-03-02")
    assert ("BLR", "ally", "RUS") not in relations(RelationExtractor(blank).extract(doc))
