#!/usr/bin/env python3
"""Generate ``data/relations/lexicon_cameo.json`` from the field's curated verb dictionary.

Sources (development material, read only by this script, never by geokg at run time):

- PETRARCH2's CAMEO verb dictionary ``CAMEO.2.0.txt`` (Open Event Data Alliance, MIT licence):
  verb synonym blocks, each verb and pattern coded with a CAMEO event code;
- PLOVER's ``CAMEO2PLOVER-2021.txt`` (Open Event Data Alliance, CC BY-SA 4.0): CAMEO code ->
  PLOVER event type. PLOVER types map onto geokg's relation words (``PLOVER_TO_GEOKG``).

What is converted (only what the relation matcher can check, see ``data/relations/README.md``):

- an isolated verb with its own event code ("invade" [192]) -> a bare verb entry, and so is its
  other spelling listed in the same block ("LEGALIZE" in the "LEGALISE" block);
- a pattern ``* NOUN`` / ``* NOUN (PREP)`` / ``* PARTICLE NOUN`` -> the verb it was written for
  (named in its comment; else the block's verbs) with that direct object (and the target after
  PREP);
- a pattern ``* (PREP)`` -> that verb with the target after PREP;
- nominal forms of the verbs (invade -> invasion, withdraw -> withdrawal, talk -> talk) by a suffix
  table, kept only when the noun is attested as a noun in the dictionary's own patterns.

Patterns that need a subject noun, a noun inside a prepositional phrase, an adjective
({HUMANITARIAN AID} keeps only its head when that head is unambiguous) or another verb are left
out: the matcher cannot check them. Our hand-written ``lexicon.json`` wins: a generated entry is
dropped where the hand-written lexicon already decides that lemma (or that verb + object), and
none is made for the verbs of its word list ``cameo_rejected`` (reviewed: their news sense is no
such interaction).

Run from a checkout (it needs ``../shared/lexicons``, or ``--cameo``/``--plover`` paths)::

    .venv/bin/python scripts/build_lexicon.py

It prints the entry count per relation and, when a committed file exists, what changed;
``--check`` writes nothing and exits 1 when the committed file is not exactly the output.
The output depends only on the two sources and ``data/relations/lexicon.json`` (sorted, no
hash-order dependence); the file records a digest of what was read from ``lexicon.json``
(``hand_digest``), which tests/test_build_lexicon.py compares with today's ``lexicon.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "lexicons"
HAND = ROOT / "data" / "relations" / "lexicon.json"
OUT = ROOT / "data" / "relations" / "lexicon_cameo.json"

#: PLOVER event type -> geokg relation word (``data/vocabulary.json``)
PLOVER_TO_GEOKG = {
    "AGREE": "agree",
    "CONSULT": "consult",
    "SUPPORT": "support",
    "COOPERATE": "cooperate",
    "AID": "aid",
    "CONCEDE": "concede",
    "RETREAT": "retreat",
    "REQUEST": "request",
    "DEMAND": "request",
    "ACCUSE": "accuse",
    "DISAPPROVE": "accuse",
    "INVESTIGATE": "accuse",
    "REJECT": "reject",
    "THREATEN": "threaten",
    "PROTEST": "protest",
    "MOBILIZE": "mobilize",
    "SANCTION": "sanction",
    "COERCE": "coerce",
    "ASSAULT": "assault",
    "FIGHT": "assault",
}
#: CAMEO codes whose PLOVER type our vocabulary files elsewhere: geokg's "sanction" is
#: "sanctions, tariffs, embargo" (GUIDELINES.md), PLOVER 2021 files 163 under COERCE
CODE_OVERRIDES = {"163": "sanction"}
#: CAMEO cue categories left out whatever their PLOVER type: 03 "express intent to ..." is a
#: promise (PLOVER AGREE), which our matcher reads as stated agreement; intent verbs (prepare,
#: intend, plan) name no interaction between two actors on their own
SKIP_CATEGORIES = frozenset({"03"})

#: default frame and target prepositions per relation for a bare verb
VERB_FRAME = {
    "agree": ("mutual", []),
    "consult": ("mutual", []),
    "cooperate": ("mutual", []),
    "request": ("request", []),
    "retreat": ("retreat", []),
    "protest": ("object_prep", ["against"]),
    "mobilize": ("deploy", ["against"]),
    "aid": ("transitive", []),
}
#: target prepositions of a verb + object pattern with no preposition of its own
OBJECT_PREPS = {
    "agree": ["with"],
    "consult": ["with"],
    "cooperate": ["with"],
    "support": ["for", "to"],
    "aid": ["to", "for"],
    "concede": ["to"],
    "retreat": ["from"],
    "request": ["from"],
    "accuse": ["against"],
    "reject": ["from"],
    "threaten": ["against", "on"],
    "protest": ["against"],
    "mobilize": ["against"],
    "sanction": ["on", "against"],
    "coerce": ["on", "against"],
    "assault": ["on", "against"],
}
#: frame and prepositions of a nominal form per relation (the noun's agent is poss/by/modifier)
NOUN_FRAME = {
    "agree": ("noun_mutual", ["with"]),
    "consult": ("noun_mutual", ["with"]),
    "cooperate": ("noun_mutual", ["with"]),
    "request": ("request_noun", []),
    "retreat": ("noun_event", ["from"]),
    "support": ("noun_event", ["for", "to"]),
    "aid": ("noun_event", ["to", "for"]),
    "concede": ("noun_event", ["to"]),
    "accuse": ("noun_event", ["against"]),
    "reject": ("noun_event", ["of"]),
    "threaten": ("noun_event", ["against", "to"]),
    "protest": ("noun_event", ["against"]),
    "mobilize": ("noun_event", ["against"]),
    "sanction": ("noun_event", ["on", "against"]),
    "coerce": ("noun_event", ["on", "against"]),
    "assault": ("noun_event", ["on", "against"]),
}
#: pattern strengths (hand-written entries are mostly 0.75-0.9)
WEIGHT = {"verb": 0.7, "object": 0.75, "prep": 0.65, "noun": 0.65}
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over"})
PREPOSITIONS = frozenset(
    {"for", "to", "with", "on", "against", "at", "from", "in", "into", "of", "by", "upon",
     "between", "toward", "towards", "over", "about", "among", "near", "along", "across"}
)  # fmt: skip
#: verb -> noun suffix rules (ending, replacement); candidates are kept only when attested
NOMINAL_RULES = [
    ("", ""), ("", "s"), ("ate", "ation"), ("ize", "ization"), ("ise", "isation"),
    ("ify", "ification"), ("ade", "asion"), ("ide", "ision"), ("ude", "usion"),
    ("ode", "osion"), ("aw", "awal"), ("e", "al"), ("", "al"), ("y", "ial"), ("", "ment"),
    ("", "ion"), ("e", "ion"), ("", "ation"), ("e", "ation"), ("ist", "istance"),
    ("", "ance"), ("e", "ance"), ("", "ence"), ("e", "ence"), ("mit", "mission"),
    ("e", "ure"), ("", "ure"), ("nd", "nse"), ("nd", "nce"), ("pel", "pulsion"),
    ("tain", "tention"), ("cede", "cession"), ("ceive", "ception"), ("ume", "umption"),
    ("ibe", "iption"), ("end", "ension"),
]  # fmt: skip

#: British and American spellings of one verb: a block that lists both ("APOLOGIZE" with
#: "APOLOGISE") codes both, though only one carries the code
SPELLINGS = (("ize", "ise"), ("ise", "ize"), ("yze", "yse"), ("yse", "yze"))

#: suffix-rule outputs that are other words, not the verb's event (fine -> final, import ->
#: importance, stand -> stance) or name its patient, not the event (target)
NOT_NOMINALS = frozenset({"final", "finance", "importance", "stance", "target", "order"})


# ---------------------------------------------------------------- reading the sources
def read_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from the conversion table."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def relation_of(code: str | None, table: dict[str, str]) -> str | None:
    """geokg relation of a CAMEO code (most specific table row first), or None when dropped."""
    if not code or not code.isdigit() or code[:2] in SKIP_CATEGORIES:
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in CODE_OVERRIDES:
            return CODE_OVERRIDES[code[:n]]
        if code[:n] in table:
            return PLOVER_TO_GEOKG.get(table[code[:n]])
    return None


def singular(word: str) -> str:
    """Regular English singular of a plural noun (the dictionary writes some objects plural)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > 3:
        return word[:-1]
    return word


def _code(raw: str) -> str | None:
    """The primary CAMEO code of ``[042:043]`` / ``[190]`` / ``[---]`` (None when null)."""
    first = raw.strip("[] ").split(":")[0].strip()
    return first if first.isdigit() else None


@dataclass
class Block:
    """A verb synonym block: its verbs (lemma, particle, preposition, own code) and patterns."""

    name: str
    code: str | None
    verbs: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)
    #: pre-verb part, post-verb part, code, the verb the pattern was written for (its comment)
    patterns: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


def read_cameo(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])", raw)
            if m:
                blocks.append(Block(m.group(1), _code(m.group(2))))
            current_set = None
            continue
        if not line.strip():
            current_set = None
            continue
        if line.startswith("&"):
            current_set = line.strip()[1:]
            synsets[current_set] = []
            continue
        if current_set is not None and line.startswith("+"):
            synsets[current_set].append(line[1:].strip())
            continue
        if not blocks or line.startswith("~"):
            continue
        block = blocks[-1]
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\[([^\]]*)\]", line)
            if m and "*" in m.group(1):
                pre, post = m.group(1).split("*", 1)
                note = raw.split("#", 1)[1].split() if "#" in raw else []
                author = note[0].lower() if note else None
                block.patterns.append((pre.strip(), post.strip(), _code(m.group(2)), author))
            continue
        verb = _verb_line(line)
        if verb is not None:
            block.verbs.append(verb)
    return synsets, blocks


def _verb_line(line: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(lemma, particle, preposition, own code) of a verb line; None for pre-compound verbs."""
    code_m = re.search(r"\[([^\]]*)\]\s*$", line)
    code = _code(code_m.group(1)) if code_m else None
    head = re.sub(r"\{[^}]*\}", " ", line[: code_m.start()] if code_m else line).split()
    if not head:
        return None
    word = head[0].lower()
    if not word.startswith("+"):
        return (word, None, None, code) if word.isalpha() else None
    parts = word[1:].split("_")
    if len(parts) != 2 or not all(p.isalpha() for p in parts):
        return None
    lemma, extra = parts
    if extra in PARTICLES:
        return lemma, extra, None, code
    if extra in PREPOSITIONS:
        return lemma, None, extra, code
    return None


# ---------------------------------------------------------------- patterns the matcher can check
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def pattern_shape(
    post: str, synsets: dict[str, list[str]]
) -> tuple[str | None, list[str], bool, list[str]] | None:
    """(particle, object heads, braced, preps) of a usable post-verb pattern, else None."""
    items = _TOKEN.findall(post)
    particle = None
    if len(items) >= 2 and items[0].lower() in PARTICLES and not items[0].startswith(("(", "{")):
        particle, items = items[0].lower(), items[1:]
    preps: list[str] = []
    if items and items[-1].startswith("("):
        inner = items[-1].strip("()").split()
        if len(inner) != 1 or inner[0].lower() not in PREPOSITIONS:
            return None  # a noun inside the prepositional phrase: not checkable
        preps = [inner[0].lower()]
        items = items[:-1]
    if len(items) > 1 or (not items and not preps):
        return None
    if not items:
        return particle, [], False, preps
    obj, braced = items[0], items[0].startswith("{")
    if braced:
        words = obj.strip("{}").split()
        if not words or words[-1].startswith("&"):
            return None
        obj = words[-1]
    if obj.startswith("&"):
        heads = [w for w in synsets.get(obj[1:], []) if "_" not in w.rstrip("_")]
        heads = [w.rstrip("_") for w in heads]
    elif re.fullmatch(r"[A-Za-z-]+", obj):
        heads = [obj]
    else:
        return None
    heads = sorted({singular(h.lower()) for h in heads if h})
    return (particle, heads, braced, preps) if heads else None


# ---------------------------------------------------------------- our hand-written lexicon
#: frames whose noun triggers fire only as the object of a verb of their own list (the
#: 'undertaking' frame: "A and B unveiled a plan"): a coded verb + that noun as its object is
#: still the verb's reading ("rejected the plan"), not decided by the noun trigger
OBJECT_ONLY_FRAMES = frozenset({"undertaking"})

@dataclass
class Hand:
    """What the hand-written lexicon already decides (ours win)."""

    verbs: set[str]
    nouns: set[str]
    verb_objects: set[tuple[str, str]]
    #: lemma -> relations of its unconstrained hand-written verb entries
    plain: dict[str, set[str]]
    #: verbs reviewed and rejected as triggers (word list ``cameo_rejected``)
    rejected: set[str]

    @classmethod
    def load(cls, path: Path) -> Hand:
        raw = json.loads(path.read_text(encoding="utf-8"))
        lists = {k: set(v) for k, v in raw.get("word_lists", {}).items()}

        def words(value: Any) -> set[str]:
            if isinstance(value, str):
                return lists.get(value.lstrip("@"), set())
            return {w.lower() for w in value}

        verbs, nouns, pairs = set(lists.get("cameo_rejected", set())), set(), set()
        plain: dict[str, set[str]] = defaultdict(set)
        for e in raw["entries"]:
            lemmas = words(e["lemmas"])
            if e.get("pos", "VERB") == "NOUN":
                if e.get("frame") not in OBJECT_ONLY_FRAMES:
                    nouns |= lemmas
            elif e.get("pos", "VERB") == "VERB":
                verbs |= lemmas
                if not {"object", "particle", "governor", "complement_aux", "requires_prep"} & set(e):
                    for lemma in lemmas:
                        plain[lemma].add(e["relation"])
                for obj in words(e.get("object", [])):
                    pairs |= {(lemma, obj) for lemma in lemmas}
        rejected = lists.get("cameo_rejected", set())
        return cls(verbs, nouns, pairs, dict(plain), rejected)

    def digest(self) -> str:
        """Fingerprint of everything the generator reads from the hand-written lexicon. The
        generated file records it (``hand_digest``), so a test tells when an edit of
        ``lexicon.json`` changed what the generator would write and the file needs
        regenerating; edits the generator does not read leave it alone."""
        state = {
            "verbs": sorted(self.verbs),
            "nouns": sorted(self.nouns),
            "verb_objects": sorted(self.verb_objects),
            "plain": {v: sorted(r) for v, r in sorted(self.plain.items())},
            "rejected": sorted(self.rejected),
        }
        text = json.dumps(state, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- building the entries
def build(cameo: Path, plover: Path, hand_path: Path) -> dict[str, Any]:
    """The generated lexicon document (header + entries), deterministic."""
    table = read_plover(plover)
    synsets, blocks = read_cameo(cameo)
    hand = Hand.load(hand_path)
    stats: Counter[str] = Counter()

    # 1. isolated verbs with their own code (a lemma coded two ways is ambiguous: left out)
    bare: dict[tuple[str, str | None, str | None], set[tuple[str, str, str]]] = defaultdict(set)
    for b in blocks:
        coded = _coded_verbs(b)
        for lemma, particle, prep, own in b.verbs:
            if own is None and lemma != b.name.lower():
                own = next((coded[(v, particle, prep)] for v in spellings(lemma)
                            if (v, particle, prep) in coded), None)
                if own is None:
                    continue  # a synonym with the block's code only: WordNet breadth, too loose
            code = own or b.code
            rel = relation_of(code, table)
            bare[(lemma, particle, prep)].add((rel or "", code or "", b.name))
    # 2. verb + object / preposition patterns, voted per (block, particle, head, preps)
    votes: dict[tuple[str, str | None, str, tuple[str, ...]], set[str]] = defaultdict(set)
    codes: dict[tuple[str, str | None, str, tuple[str, ...]], set[str]] = defaultdict(set)
    nouns_seen: set[str] = set()
    authors: dict[tuple[str, str | None, str, tuple[str, ...]], set[str]] = defaultdict(set)
    for b in blocks:
        for pre, post, code, author in b.patterns:
            for w in re.findall(r"[A-Za-z-]+", post):
                nouns_seen.add(singular(w.lower()))
            if pre:
                stats["pattern needs a subject noun"] += 1
                continue
            shape = pattern_shape(post, synsets)
            if shape is None:
                stats["pattern not checkable by the matcher"] += 1
                continue
            particle, heads, braced, preps = shape
            rel = relation_of(code, table)
            for head in heads or [""]:
                key = (b.name, particle, head, tuple(preps))
                votes[key].add(rel or "")
                codes[key].add(code or "")
                if author in {v[0] for v in b.verbs}:
                    authors[key].add(author)
                else:
                    authors[key].add("*")
            stats["pattern usable"] += 1
    for members in synsets.values():
        nouns_seen |= {singular(m.rstrip("_").lower()) for m in members if "_" not in m}

    by_block = {b.name: b for b in blocks}
    entries: list[dict[str, Any]] = []
    verb_relation: dict[str, str] = {}

    for (lemma, particle, prep), found in sorted(bare.items(), key=lambda kv: str(kv[0])):
        rels = {r for r, _, _ in found}
        coded = {r for r, c, _ in found if c}
        if len(rels) != 1 or "" in rels:
            stats["verb dropped: no relation or coded two ways"] += 1
            continue
        rel = rels.pop()
        if not coded:
            continue
        if particle is None and prep is None:
            verb_relation[lemma] = rel
        if lemma in hand.verbs:
            stats["verb kept by hand-written lexicon"] += 1
            continue
        frame, preps = VERB_FRAME.get(rel, ("transitive", []))
        entry: dict[str, Any] = {"relation": rel, "pos": "VERB", "lemmas": [lemma]}
        if particle:
            entry["particle"] = particle
        if prep:
            frame, preps = "object_prep", [prep]
        entry.update(frame=frame, preps=preps, weight=WEIGHT["verb" if not prep else "prep"])
        entry["cameo"] = sorted({c for _, c, _ in found if c})
        entry["block"] = sorted({n for _, _, n in found})[0]
        entries.append(entry)

    grouped: dict[tuple[str, str, str | None, tuple[str, ...], bool], dict[str, Any]] = {}
    for key in sorted(votes, key=str):
        block, particle, head, preps = key
        rels = votes[key]
        if len(rels) != 1 or "" in rels:
            stats["pattern dropped: dropped code or ambiguous head"] += 1
            continue
        rel = rels.pop()
        lemmas = sorted(
            {v[0] for v in by_block[block].verbs if v[1] is None and v[2] is None}
            - hand.rejected
        )
        if "*" not in authors[key]:  # the verbs the pattern was written for, not the synonyms
            lemmas = [lem for lem in lemmas if lem in authors[key]]
        if not lemmas:
            continue
        if head:
            lemmas = [lem for lem in lemmas if (lem, head) not in hand.verb_objects]
            if head in hand.nouns:
                stats["object already a hand-written noun trigger"] += 1
                continue
        elif particle is None:
            lemmas = [lem for lem in lemmas if lem not in hand.verbs]
        if not lemmas:
            stats["pattern kept by hand-written lexicon"] += 1
            continue
        g = grouped.setdefault(
            (block, rel, particle, preps, bool(head)),
            {"relation": rel, "pos": "VERB", "lemmas": set(), "objects": set(), "codes": set(),
             "particle": particle, "preps": list(preps), "block": block},
        )  # fmt: skip
        g["lemmas"] |= set(lemmas)
        if head:
            g["objects"].add(head)
        g["codes"] |= codes[key]
    for g in grouped.values():
        entry = {"relation": g["relation"], "pos": "VERB", "lemmas": sorted(g["lemmas"])}
        if g["particle"]:
            entry["particle"] = g["particle"]
        if g["objects"]:
            entry["object"] = sorted(g["objects"])
            preps = g["preps"] or OBJECT_PREPS[g["relation"]]
            frame = "give" if g["relation"] == "aid" and not g["preps"] else "object_prep"
            entry.update(frame=frame, preps=preps, weight=WEIGHT["object"])
        else:
            entry.update(frame="object_prep", preps=g["preps"], weight=WEIGHT["prep"])
        entry["cameo"] = sorted(g["codes"])
        entry["block"] = g["block"]
        entries.append(entry)

    # 3. nominal forms of the coded verbs (hand-written verbs included), attested as nouns
    for lemma, rels in hand.plain.items():  # ours win: a hand-written verb's sense
        if len(rels) == 1:
            verb_relation[lemma] = next(iter(rels))
        else:
            verb_relation.pop(lemma, None)
    event_nouns = {(head, r) for (_, _, head, _), rs in votes.items() for r in rs if head}
    nominal: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lemma, rel in sorted(verb_relation.items()):
        if lemma in hand.rejected:
            continue
        for noun in nominals(lemma, nouns_seen):
            if noun == lemma and (noun, rel) not in event_nouns:
                continue  # "target" names no attack: a zero-derived noun must be an event noun
            nominal[noun].add((rel, lemma))
    for noun, found in sorted(nominal.items()):
        rels = {r for r, _ in found}
        if len(rels) != 1:
            stats["noun dropped: two relations"] += 1
            continue
        if noun in hand.nouns:
            stats["noun kept by hand-written lexicon"] += 1
            continue
        rel = rels.pop()
        frame, preps = NOUN_FRAME[rel]
        entries.append(
            {"relation": rel, "pos": "NOUN", "lemmas": [noun], "frame": frame, "preps": preps,
             "weight": WEIGHT["noun"], "from_verbs": sorted(v for _, v in found)}
        )  # fmt: skip

    return {
        "_comment": (
            "GENERATED by scripts/build_lexicon.py; do not edit (change the script or "
            "lexicon.json, which wins, and regenerate). Entries use lexicon.json's schema; "
            "'cameo' lists the CAMEO codes, 'block' the dictionary's verb block, 'from_verbs' "
            "the verbs a nominal form was derived from."
        ),
        "source": {
            "verbs": "PETRARCH2 CAMEO.2.0.txt, openeventdata/petrarch2 at 676801c",
            "verbs_licence": "MIT, Copyright (c) 2015 Open Event Data Alliance",
            "codes": "PLOVER CAMEO2PLOVER-2021.txt, openeventdata/PLOVER at 5e0c24f",
            "codes_licence": "CC BY-SA 4.0, Open Event Data Alliance",
        },
        "hand_digest": hand.digest(),
        "entries": entries,
        "_stats": dict(stats),
    }


def spellings(lemma: str) -> list[str]:
    """The other spelling of a verb in -ize/-ise or -yze/-yse ("apologise" -> "apologize")."""
    for ending, other in SPELLINGS:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
            return [lemma[: -len(ending)] + other]
    return []


def _coded_verbs(block: Block) -> dict[tuple[str, str | None, str | None], str | None]:
    """(lemma, particle, prep) -> code of the block's verbs coded on their own or heading it."""
    return {
        (lemma, particle, prep): own or block.code
        for lemma, particle, prep, own in block.verbs
        if own is not None or lemma == block.name.lower()
    }


def nominals(lemma: str, attested: set[str]) -> list[str]:
    """Nominal forms of a verb by the suffix table, kept when attested as nouns."""
    out = []
    for ending, replacement in NOMINAL_RULES:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 2:
            noun = lemma[: len(lemma) - len(ending)] + replacement
            noun = singular(noun) if replacement == "s" else noun
            if noun in attested and noun not in out and noun not in NOT_NOMINALS:
                out.append(noun)
    return out


# ---------------------------------------------------------------- review output
def _keys(doc: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    out = set()
    for e in doc.get("entries", []):
        for lemma in e["lemmas"]:
            for obj in e.get("object", [""]):
                out.add((e["relation"], e["pos"], lemma, obj))
    return out


def summary(new: dict[str, Any], old: dict[str, Any] | None) -> str:
    """Counts per relation (entries, lemma+object readings) and the diff against ``old``."""
    lines = []
    keys = _keys(new)
    per_rel = Counter(e["relation"] for e in new["entries"])
    readings = Counter(k[0] for k in keys)
    lines.append(f"{'relation':<10} {'entries':>7} {'readings':>8}")
    for rel in sorted(per_rel):
        lines.append(f"{rel:<10} {per_rel[rel]:>7} {readings[rel]:>8}")
    lines.append(f"{'total':<10} {sum(per_rel.values()):>7} {len(keys):>8}")
    if old is not None:
        before = _keys(old)
        added, removed = keys - before, before - keys
        lines.append(f"vs committed file: +{len(added)} -{len(removed)} readings")
        for sign, group in (("+", added), ("-", removed)):
            for rel, n in sorted(Counter(k[0] for k in group).items()):
                lines.append(f"  {sign} {rel}: {n}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cameo", type=Path, default=SHARED / "petrarch2" / "CAMEO.2.0.txt")
    ap.add_argument("--plover", type=Path, default=SHARED / "plover" / "CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--check",
        action="store_true",
        help="print counts and diff, write nothing; exit 1 when the file differs from the output",
    )
    args = ap.parse_args(argv)
    for p in (args.cameo, args.plover):
        if not p.is_file():
            print(f"build_lexicon: {p} not found (pass --cameo/--plover)", file=sys.stderr)
            return 2
    doc = build(args.cameo, args.plover, HAND)
    old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else None
    print(summary(doc, old))
    for what, n in sorted(doc.pop("_stats").items()):
        print(f"  {what}: {n}")
    text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("the file is the script's output" if same else f"{args.out} differs: regenerate")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
