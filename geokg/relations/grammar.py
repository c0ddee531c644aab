"""What the relation wing knows about words: the lexicon, the modality cues and their word lists.

:class:`Grammar` looks up the entries a token may trigger, checks an entry's constraints against the
parse, and finds the noun a trigger names the kind of (``host_nouns``, ``relation_nouns``) and the
verb a noun trigger is the object of.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..errors import DataError
from ..lexicon import Entry, Lexicon, default_lexicon, load_lexicon
from ..modality import Cues, default_cues, load_cues
from ..models import Relation
from ..resources import data_path, load_json_object
from .memo import read_once
from .regions import RegionalBody, load_regional_bodies
from .syntax import children, is_passive, light_verb, particle_of, unrelativize

__all__ = ["Grammar", "TriggerShape", "CONSTRUCTION_LISTS", "load_construction_words"]

#: the word lists ``data/relations/constructions.json`` must hold
CONSTRUCTION_LISTS = (
    "enabling_governors",
    "retaliation_verbs",
    "aggravating_verbs",
    "reciprocal_pronouns",
    "weapon_event_nouns",
    "mutual_relational_nouns",
    "comitative_adverbs",
    "comitative_preps",
    "comitative_nouns",
    "joint_action_relations",
    "launch_site_verbs",
    "located_preps",
    "located_target_relations",
    "border_nouns",
    "border_relations",
    "expulsion_verbs",
    "investigating_verbs",
    "armed_nouns",
    "owning_participles",
    "claim_verbs",
    "distributive_governors",
    "harm_verbs",
    "distributive_predicates",
    "performing_verbs",
    "time_possessors",
    "hostile_judgements",
    "approving_judgements",
    "threat_judgements",
    "stigma_labels",
    "announcement_nouns",
    "announcement_verbs",
    "threat_speech_verbs",
    "announced_acts",
    "side_group_nouns",
    "speech_nouns",
    "undertaking_verbs",
    "distributive_quantifiers",
    "mediated_relations",
    "mediation_preps",
    "mediation_nouns",
    "mediator_nouns",
    "mediating_verbs",
    "helping_verbs",
    "accord_setting_preps",
    "speech_act_nouns",
    "speech_act_verbs",
    "uttering_verbs",
    "gathering_nouns",
    "attending_verbs",
    "sending_verbs",
    "delegate_nouns",
    "holding_verbs",
    "gathering_verbs",
    "body_nouns",
    "easing_nouns",
    "small_clause_verbs",
    "rallying_verbs",
    "effort_verbs",
    "settlement_nouns",
    "settling_verbs",
    "placing_verbs",
    "exclusion_phrases",
)


def load_construction_words(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    """Load and validate the constructions' word lists (default: the bundled file)."""
    p = Path(path) if path else data_path("relations", "constructions.json")
    raw = load_json_object(p)
    lists: dict[str, frozenset[str]] = {}
    for key in CONSTRUCTION_LISTS:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataError(f"{p}: '{key}' must be a list of words; fix or restore the file")
        lists[key] = frozenset(w.lower() for w in value)
    return lists


class Grammar:
    """The lexicon and modality cues, with the word lists the argument finders use."""

    def __init__(
        self,
        *,
        lexicon: str | Path | None = None,
        patterns: str | Path | None = None,
        cues: str | Path | None = None,
        constructions: str | Path | None = None,
    ) -> None:
        self.constructions = load_construction_words(constructions)
        #: region adjective -> the organisation its states form (:mod:`.regions`)
        self.regional_bodies: dict[str, RegionalBody] = load_regional_bodies()
        self.lex: Lexicon = (
            load_lexicon(lexicon, patterns) if (lexicon or patterns) else default_lexicon()
        )
        self.cues: Cues = load_cues(cues) if cues else default_cues()
        self.control = self.lex.words("object_control")
        self.agent_nouns = self.lex.words("agent_nouns")
        self.possessed_agent_nouns = self.lex.words("possessed_agent_nouns")
        self.place_nouns = self.lex.words("place_nouns")
        self.relation_nouns = self.lex.words("relation_nouns")
        self.collective = self.lex.words("collective_nouns")
        self.with_nouns = self.lex.words("with_nouns")
        self.other_actor_nouns = self.lex.words("other_actor_nouns")
        self.background = self.cues.lists["circumstantial_preps"]

    def words(self, name: str) -> frozenset[str]:
        """The lexicon's word list ``name``."""
        return self.lex.words(name)

    def construction_words(self, name: str) -> frozenset[str]:
        """The constructions' word list ``name`` (one of :data:`CONSTRUCTION_LISTS`)."""
        return self.constructions[name]

    def candidates(self, tok: Token) -> list[Entry]:
        """The entries ``tok`` may trigger by its lemma and part of speech."""
        return self.candidates_for(tok.pos_, tok.tag_, tok.lemma_.lower(), tok.lower_)

    def candidates_for(self, pos: str, tag: str, lemma: str, lower: str) -> list[Entry]:
        """:meth:`candidates` of a token with this part of speech, tag, lowercase lemma and
        lowercase form."""
        if pos == "VERB":
            found = self.lex.lookup("VERB", lemma)
            if tag == "VBN":
                found = found + self.lex.lookup("ADJ", lower)
            return found
        if pos == "NOUN":
            return self.lex.lookup("NOUN", lemma)
        if pos == "ADJ":
            return self.lex.lookup("ADJ", lemma) + self.lex.lookup("ADJ", lower)
        return []

    def fits(self, entry: Entry, tok: Token, shape: TriggerShape | None = None) -> bool:
        """Whether ``tok`` meets the entry's particle, object, governor and complement rules.
        ``shape``: what was read of ``tok`` for another entry already (:class:`TriggerShape`)."""
        if shape is None:
            shape = TriggerShape(self, tok)
        if entry.relation is Relation.CONSULT and shape.predicated:
            return False  # "called him a dictator" names him; nobody phoned
        if entry.particle is not None and shape.particle != entry.particle:
            return False
        if entry.required_preps is not None and not shape.preps & entry.required_preps:
            return False  # "drove the rebels from the town", not "drove the rebels back"
        if entry.transitive and not (  # "returned the islands to Japan", not "returned to Rome"
            shape.dobj or (shape.passive and shape.nsubjpass)
        ):
            return False
        if entry.objects is not None and not any(
            lemma in entry.objects or lower in entry.objects for lemma, lower in shape.objects
        ):
            return False
        if entry.governors is not None:
            gov = shape.light
            if gov is None or gov.lemma_.lower() not in entry.governors:
                return False
        if entry.complement_aux is not None:  # "Russia said Sudan must return the helicopter"
            if not shape.complement_auxes & entry.complement_aux:
                return False
        return True

    def host(self, tok: Token) -> Token:
        """ "a mediation effort between ...", "an uneasy relationship with ...": the noun a
        trigger names the kind of (``host_nouns``, ``relation_nouns``) carries its arguments."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.words("host_nouns"):
            return tok.head
        mod = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "amod" else tok
        if mod.dep_ == "amod" and mod.head.lemma_.lower() in self.relation_nouns:
            return mod.head  # "an uneasy relationship with Maduro", "a long and uneasy ..."
        return tok

    def light(self, tok: Token) -> Token | None:
        """The verb a noun trigger (or the host noun it modifies) is the object of."""
        return light_verb(self.host(tok), self.background)

    def event_noun(self, tok: Token) -> bool:
        """A noun naming a hostile act ("bombardment", "strikes", "campaign")."""
        if tok.pos_ != "NOUN":
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.lex.words("projectiles") or lemma in self.lex.words("host_nouns"):
            return True
        return any(e.relation in self.lex.owner_lift for e in self.lex.lookup("NOUN", lemma))

    @staticmethod
    def promised(verb: Token) -> bool:
        """A verb with "will"/"would" (the act is promised, not reported as done)."""
        return any(a.lower_ in ("will", "would", "'ll", "'d", "wo") for a in children(verb, "aux"))


class TriggerShape:
    """What :meth:`Grammar.fits` reads of a trigger token, each read once on first use (a token
    is tried against each of its candidate entries)."""

    def __init__(self, grammar: Grammar, tok: Token) -> None:
        self.g = grammar
        self.tok = tok

    @read_once
    def dobj(self) -> list[Token]:
        """The direct objects."""
        return children(self.tok, "dobj")

    @read_once
    def oprd(self) -> list[Token]:
        """The object predicates ("called him a dictator")."""
        return children(self.tok, "oprd")

    @read_once
    def predicated(self) -> bool:
        """The object (or a passive's subject) has a secondary predicate: "called him a
        dictator", "was called a threat" (an object predicate), "called the launch a provocation"
        (a second object), or a plural noun misread as a bare clause with its own object
        ("called the Chinese military [drills a threat]": no subject, no auxiliary, no
        participle)."""
        if not (self.dobj or (self.passive and self.nsubjpass)):
            return False
        if self.oprd or len(self.dobj) > 1:
            return True
        return any(
            c.dep_ in ("ccomp", "xcomp")
            and c.tag_ != "VBG"
            and not children(c, "nsubj", "nsubjpass", "aux", "auxpass", "mark")
            and children(c, "dobj")
            for c in self.tok.children
        )

    @read_once
    def passive(self) -> bool:
        """:func:`~.syntax.is_passive`."""
        return is_passive(self.tok)

    @read_once
    def nsubjpass(self) -> list[Token]:
        """The passive subjects."""
        return children(self.tok, "nsubjpass")

    @read_once
    def preps(self) -> frozenset[str]:
        """The prepositions the trigger governs (lowercase)."""
        return frozenset(c.lower_ for c in children(self.tok, "prep"))

    @read_once
    def particle(self) -> str | None:
        """:func:`~.syntax.particle_of`."""
        return particle_of(self.tok)

    @read_once
    def objects(self) -> list[tuple[str, str]]:
        """(lowercase lemma, lowercase form) of each object: the direct objects, relative
        pronouns replaced by their noun ("the plan, which X presented"), or the passive
        subjects; and the noun after "of" of a collective one ("sending thousands of troops")."""
        objs = unrelativize(self.dobj) or (list(self.nsubjpass) if self.passive else [])
        objs += [
            p
            for o in objs
            if o.lower_ in self.g.collective
            for c in children(o, "prep")
            if c.lower_ == "of"
            for p in children(c, "pobj")
        ]
        return [(o.lemma_.lower(), o.lower_) for o in objs]

    @read_once
    def light(self) -> Token | None:
        """:meth:`Grammar.light`."""
        return self.g.light(self.tok)

    @read_once
    def complement_auxes(self) -> set[str]:
        """The auxiliaries of the clausal complements ("said Sudan must return")."""
        return {a.lower_ for c in children(self.tok, "ccomp") for a in children(c, "aux")}
