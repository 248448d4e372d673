"""Per-language word lists and boilerplate patterns, loaded once from data/."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
LANGUAGES = ("id", "en")


def _phrases(items: list[str]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Split a list into single words and multi-word phrases (as token tuples)."""
    words = frozenset(i for i in items if " " not in i)
    phrases = frozenset(tuple(i.split()) for i in items if " " in i)
    return words, phrases


@dataclass(frozen=True)
class Lexicon:
    """Frozen word sets for one language; built once per process."""

    code: str
    stopwords: frozenset[str]
    abbrev_prefix: frozenset[str]
    abbrev_other: frozenset[str]
    attr_inverted: frozenset[str]
    attr_verbs: frozenset[str]
    attr_frames: frozenset[tuple[str, ...]]
    attr_context: frozenset[tuple[str, ...]]
    attr_objects: frozenset[str]
    pronouns: frozenset[str]
    pronoun_clitic: str
    complementizers: frozenset[str]
    negators: frozenset[str]
    absence: frozenset[tuple[str, ...]]
    hedges: frozenset[str]
    hedge_phrases: frozenset[tuple[str, ...]]
    approximators: frozenset[str]
    enum_markers: frozenset[str]
    enum_marker_phrases: frozenset[tuple[str, ...]]
    coordinators: frozenset[str]
    list_final: frozenset[str]
    contrast: frozenset[str]
    contrast_needs_itu: frozenset[str]
    contrast_subordinating: frozenset[str]
    finite_verbs: frozenset[str]
    causal: frozenset[str]
    demonstratives: frozenset[str]
    subject_pronouns: frozenset[str]
    verb_suffixes: tuple[str, ...]
    relative: frozenset[str]
    predicate_start: frozenset[str]
    verb_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    change_verbs: frozenset[str]
    leading_connectives: frozenset[str]
    trailing_connectives: frozenset[str]
    topic_openers: frozenset[tuple[str, ...]]
    gap_left: frozenset[str]
    gap_right: frozenset[str]
    gap_conj_aux: frozenset[str]
    gap_ok_pairs: frozenset[tuple[str, str]]
    titles: frozenset[tuple[str, ...]]
    opinion: frozenset[str]
    opinion_phrases: frozenset[tuple[str, ...]]
    feeling: frozenset[str]
    prediction: frozenset[str]
    prediction_phrases: frozenset[tuple[str, ...]]
    question_words: frozenset[str]
    comparison: frozenset[str]
    official: frozenset[str]
    official_phrases: frozenset[tuple[str, ...]]
    raw: dict[str, Any]

    def verbish(self, low: str) -> bool:
        """True for a word that looks like a verb (id: me-/ber-/di-/ter- prefix; en: -ed)."""
        if low in self.finite_verbs:
            return True
        if len(low) < 5 or low in self.not_verbs:
            return False
        if self.verb_prefixes and low.startswith(self.verb_prefixes):
            return True
        return bool(self.verb_suffixes) and low.endswith(self.verb_suffixes)


def _load_json(name: str) -> dict[str, Any]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of language `code` ("id" or "en")."""
    raw = _load_json(f"{code}.json")
    hedges, hedge_phrases = _phrases(raw["hedges"])
    enum_words, enum_phrases = _phrases(raw["enumeration_markers"])
    opinion, opinion_phrases = _phrases(raw["opinion_markers"])
    prediction, prediction_phrases = _phrases(raw["prediction_markers"])
    official, official_phrases = _phrases(raw["official_markers"])
    return Lexicon(
        code=code,
        stopwords=frozenset(raw["stopwords"]),
        abbrev_prefix=frozenset(raw["abbreviations_prefix"]),
        abbrev_other=frozenset(raw["abbreviations_other"]),
        attr_inverted=frozenset(raw["attribution_verbs_inverted"]),
        attr_verbs=frozenset(raw["attribution_verbs"]),
        attr_frames=frozenset(tuple(p.split()) for p in raw["attribution_frames"]),
        attr_context=frozenset(tuple(p.split()) for p in raw["attribution_trailing_context"]),
        attr_objects=frozenset(raw.get("attribution_objects", [])),
        pronouns=frozenset(raw["pronouns"]),
        pronoun_clitic=raw["pronoun_clitic"],
        complementizers=frozenset(raw["complementizers"]),
        negators=frozenset(raw["negators"]),
        absence=frozenset(tuple(p.split()) for p in raw["absence_frames"]),
        hedges=hedges,
        hedge_phrases=hedge_phrases,
        approximators=frozenset(a for a in raw["approximators"] if " " not in a),
        enum_markers=enum_words,
        enum_marker_phrases=enum_phrases,
        coordinators=frozenset(raw["coordinators"]),
        list_final=frozenset(raw["list_final"]),
        contrast=frozenset(c for c in raw["contrast"] if " " not in c),
        contrast_needs_itu=frozenset(raw["contrast_needs_itu"]),
        contrast_subordinating=frozenset(raw["contrast_subordinating"]),
        finite_verbs=frozenset(raw["finite_verbs"]),
        causal=frozenset(raw["causal"]),
        demonstratives=frozenset(raw["demonstratives"]),
        subject_pronouns=frozenset(raw["subject_pronouns"]),
        verb_suffixes=tuple(raw["verb_suffixes"]),
        relative=frozenset(raw["relative"]),
        predicate_start=frozenset(raw["predicate_start"]),
        verb_prefixes=tuple(raw["verb_prefixes"]),
        not_verbs=frozenset(raw["not_verbs"]),
        change_verbs=frozenset(raw["change_verbs"]),
        leading_connectives=frozenset(raw["leading_connectives"]),
        trailing_connectives=frozenset(raw["trailing_connectives"]),
        topic_openers=frozenset(tuple(p.split()) for p in raw["topic_openers"]),
        gap_left=frozenset(raw["gap_left"]),
        gap_right=frozenset(raw["gap_right_words"]),
        gap_conj_aux=frozenset(raw["gap_conj_aux"]),
        gap_ok_pairs=frozenset((a, b) for a, b in raw["gap_ok_pairs"]),
        titles=frozenset(tuple(p.split()) for p in raw["titles"]),
        opinion=opinion,
        opinion_phrases=opinion_phrases,
        feeling=frozenset(raw["feeling_markers"]),
        prediction=prediction,
        prediction_phrases=prediction_phrases,
        question_words=frozenset(raw["question_words"]),
        comparison=frozenset(raw["comparison_markers"]),
        official=official,
        official_phrases=official_phrases,
        raw=raw,
    )


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate patterns of all languages (a line may be either)."""

    line: tuple[tuple[str, re.Pattern[str]], ...]
    prefix: tuple[tuple[str, re.Pattern[str]], ...]
    suffix: tuple[tuple[str, re.Pattern[str]], ...]
    inline: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def boilerplate_rules() -> BoilerplateRules:
    """Boilerplate patterns from every data/boilerplate_*.json, compiled once."""
    sections: dict[str, list[tuple[str, re.Pattern[str]]]] = {
        "line": [],
        "prefix": [],
        "suffix": [],
        "inline": [],
    }
    for code in LANGUAGES:
        raw = _load_json(f"boilerplate_{code}.json")
        for key, rules in sections.items():
            for reason, pattern in raw.get(key, []):
                rules.append((reason, re.compile(pattern)))
    return BoilerplateRules(
        line=tuple(sections["line"]),
        prefix=tuple(sections["prefix"]),
        suffix=tuple(sections["suffix"]),
        inline=tuple(sections["inline"]),
    )
