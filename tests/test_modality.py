"""read_modality on hand-built parses: negation, modal verbs, governors, conditions, attribution."""

from __future__ import annotations

import json

import pytest
import spacy
from parses import bare as parse

from geokg.errors import DataError
from geokg.modality import load_cues, read_modality
from geokg.models import Modality
from geokg.resources import data_path


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab




CASES = [
    # spec, trigger index, negated, modality, speaker word
    (
        "Russia/nsubj/1/PROPN/Russia attacked/ROOT/1/VERB/attack Ukraine/dobj/1/PROPN/Ukraine",
        1,
        False,
        Modality.ASSERTED,
        None,
    ),
    (
        "Russia/nsubj/3/PROPN/Russia did/aux/3/AUX/do not/neg/3/PART/not attack/ROOT/3/VERB/attack "
        "Ukraine/dobj/3/PROPN/Ukraine",
        3,
        True,
        Modality.ASSERTED,
        None,
    ),
    (
        "Russia/nsubj/2/PROPN/Russia could/aux/2/AUX/could attack/ROOT/2/VERB/attack "
        "Ukraine/dobj/2/PROPN/Ukraine",
        2,
        False,
        Modality.POSSIBLE,
        None,
    ),
    (
        "Israel/nsubj/2/PROPN/Israel would/aux/2/AUX/would strike/ROOT/2/VERB/strike "
        "Iran/dobj/2/PROPN/Iran",
        2,
        False,
        Modality.HYPOTHETICAL,
        None,
    ),
    (
        "Russia/nsubj/2/PROPN/Russia will/aux/2/AUX/will attack/ROOT/2/VERB/attack "
        "Ukraine/dobj/2/PROPN/Ukraine",
        2,
        False,
        Modality.FUTURE,
        None,
    ),
    (
        "Turkiye/nsubj/1/PROPN/Turkiye refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "attack/xcomp/1/VERB/attack Syria/dobj/3/PROPN/Syria",
        3,
        True,
        Modality.ASSERTED,
        None,
    ),
    (
        "Armenia/nsubj/1/PROPN/Armenia is/ROOT/1/AUX/be "
        "unlikely/acomp/1/ADJ/unlikely to/aux/4/PART/to "
        "sever/xcomp/2/VERB/sever ties/dobj/4/NOUN/tie",
        4,
        True,
        Modality.ASSERTED,
        None,
    ),
    (
        "If/mark/2/SCONJ/if Russia/nsubj/2/PROPN/Russia "
        "attacks/advcl/5/VERB/attack ,/punct/5/PUNCT/, "
        "NATO/nsubj/5/PROPN/NATO responds/ROOT/5/VERB/respond",
        2,
        False,
        Modality.CONDITIONAL,
        None,
    ),
    (
        "Turkiye/nsubj/2/PROPN/Turkiye is/aux/2/AUX/be pushing/ROOT/2/VERB/push for/prep/2/ADP/for "
        "a/det/5/DET/a deal/pobj/3/NOUN/deal",
        5,
        False,
        Modality.DESIRED,
        None,
    ),
    (
        "Turkiye/nsubj/1/PROPN/Turkiye signed/ROOT/1/VERB/sign a/det/4/DET/a "
        "tentative/amod/4/ADJ/tentative agreement/dobj/1/NOUN/agreement",
        4,
        False,
        Modality.POSSIBLE,
        None,
    ),
    (
        "Trump/nsubj/1/PROPN/Trump said/ROOT/1/VERB/say Russia/nsubj/3/PROPN/Russia "
        "attacked/ccomp/1/VERB/attack Ukraine/dobj/3/PROPN/Ukraine",
        3,
        False,
        Modality.REPORTED,
        "Trump",
    ),
    (
        "Trump/nsubj/1/PROPN/Trump said/ROOT/1/VERB/say Russia/nsubj/4/PROPN/Russia "
        "could/aux/4/AUX/could attack/ccomp/1/VERB/attack",
        4,
        False,
        Modality.POSSIBLE,
        "Trump",
    ),
    (
        "According/prep/4/VERB/accord to/prep/0/ADP/to "
        "Kyiv/pobj/1/PROPN/Kyiv Russia/nsubj/4/PROPN/Russia "
        "struck/ROOT/4/VERB/strike Odesa/dobj/4/PROPN/Odesa",
        4,
        False,
        Modality.REPORTED,
        "Kyiv",
    ),
    (
        "There/expl/1/PRON/there was/ROOT/1/AUX/be no/det/3/DET/no agreement/attr/1/NOUN/agreement",
        3,
        True,
        Modality.ASSERTED,
        None,
    ),
    (
        "Trump/nsubj/1/PROPN/Trump urged/ROOT/1/VERB/urge "
        "Putin/dobj/1/PROPN/Putin to/aux/4/PART/to "
        "stop/xcomp/1/VERB/stop bombing/xcomp/4/VERB/bomb Kyiv/dobj/5/PROPN/Kyiv",
        5,
        False,
        Modality.ASSERTED,
        None,
    ),
    (
        "Trump/nsubj/1/PROPN/Trump urged/ROOT/1/VERB/urge "
        "Putin/dobj/1/PROPN/Putin to/aux/4/PART/to "
        "sign/xcomp/1/VERB/sign",
        4,
        False,
        Modality.DESIRED,
        None,
    ),
    (
        "Turkey/nsubj/1/PROPN/Turkey offered/ROOT/1/VERB/offer to/aux/3/PART/to "
        "host/xcomp/1/VERB/host talks/dobj/3/NOUN/talk",
        4,
        False,
        Modality.DESIRED,
        None,
    ),
    (
        "Russia/nsubj/1/PROPN/Russia said/ROOT/1/VERB/say it/nsubj/4/PRON/it would/aux/4/AUX/would "
        "send/ccomp/1/VERB/send troops/dobj/4/NOUN/troop",
        4,
        False,
        Modality.FUTURE,
        "Russia",
    ),
    (
        "Iran/nsubj/2/PROPN/Iran would/aux/2/AUX/would retaliate/ccomp/8/VERB/retaliate "
        "against/prep/2/ADP/against any/det/5/DET/any attack/pobj/3/NOUN/attack ,/punct/8/PUNCT/, "
        "Araghchi/nsubj/8/PROPN/Araghchi said/ROOT/8/VERB/say",
        2,
        False,
        Modality.HYPOTHETICAL,
        "Araghchi",
    ),
    (
        "He/nsubj/1/PRON/he is/ROOT/1/AUX/be not/neg/1/PART/not "
        "only/advmod/4/ADV/only an/det/5/DET/an "
        "ally/attr/1/NOUN/ally",
        5,
        False,
        Modality.ASSERTED,
        None,
    ),
    (  # the content clause of a demand attached to the verb, not to the noun
        "ILO/nsubj/1/PROPN/ILO repeated/ROOT/1/VERB/repeat its/poss/3/PRON/its "
        "demand/dobj/1/NOUN/demand that/mark/6/SCONJ/that Israel/nsubj/6/PROPN/Israel "
        "ease/ccomp/1/VERB/ease curbs/dobj/6/NOUN/curb",
        6,
        False,
        Modality.DESIRED,
        None,
    ),
    (
        "Chad/nsubj/1/PROPN/Chad boycotted/ROOT/1/VERB/boycott talks/dobj/1/NOUN/talk "
        "with/prep/2/ADP/with Libya/pobj/3/PROPN/Libya",
        2,
        True,
        Modality.ASSERTED,
        None,
    ),
    (
        "Syria/nsubj/1/PROPN/Syria vowed/ROOT/1/VERB/vow to/aux/3/PART/to "
        "strike/xcomp/1/VERB/strike Israel/dobj/3/PROPN/Israel",
        3,
        False,
        Modality.POSSIBLE,
        None,
    ),
    (  # a participle beside a negative governor is not in its scope
        "Syria/nsubj/1/PROPN/Syria cut/ROOT/1/VERB/cut ties/dobj/1/NOUN/tie ,/punct/1/PUNCT/, "
        "accusing/advcl/1/VERB/accuse Israel/dobj/4/PROPN/Israel",
        4,
        False,
        Modality.ASSERTED,
        None,
    ),
    (  # but what it governs is
        "Syria/nsubj/1/PROPN/Syria refused/ROOT/1/VERB/refuse to/aux/3/PART/to "
        "accuse/xcomp/1/VERB/accuse Israel/dobj/3/PROPN/Israel",
        3,
        True,
        Modality.ASSERTED,
        None,
    ),
]


@pytest.mark.parametrize("spec, index, negated, modality, speaker", CASES)
def test_read_modality(vocab, spec, index, negated, modality, speaker):
    doc = parse(vocab, spec)
    reading = read_modality(doc[index])
    assert reading.negated is negated
    assert reading.modality is modality
    assert (reading.speaker.text if reading.speaker is not None else None) == speaker


def test_bad_cue_file_is_a_data_error(tmp_path):
    raw = json.loads(data_path("relations", "modality.json").read_text(encoding="utf-8"))
    raw["modal_aux"]["could"] = "perhaps"
    path = tmp_path / "modality.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="modal_aux"):
        load_cues(path)


def test_missing_cue_list_is_a_data_error(tmp_path):
    raw = json.loads(data_path("relations", "modality.json").read_text(encoding="utf-8"))
    del raw["speech_verbs"]
    path = tmp_path / "modality.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="speech_verbs"):
        load_cues(path)
