"""Per-language word lists and boilerplate patterns, loaded once from data/."""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

# Not Path(__file__): the module may be compiled by mypyc (see build.py), which has no __file__.
DATA_DIR = Path(str(importlib.resources.files("claims.extraction"))) / "data"
LANGUAGES = ("id", "en")


class Phrases:
    """Multi-word phrases indexed by their first word, for a longest match at a position."""

    __slots__ = ("_by_first",)

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for ph in sorted(set(phrases), key=lambda p: (-len(p), p)):
            by_first.setdefault(ph[0], []).append(ph)
        self._by_first = {k: tuple(v) for k, v in by_first.items()}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def firsts(self) -> frozenset[str]:
        """The words any phrase can start with."""
        return frozenset(self._by_first)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        for group in self._by_first.values():
            yield from group

    def match(self, lows: Sequence[str], i: int) -> int:
        """Length of the longest phrase starting at lows[i] (0 if none)."""
        group = self._by_first.get(lows[i]) if i < len(lows) else None
        if group:
            for ph in group:
                n = len(ph)
                if tuple(lows[i : i + n]) == ph:
                    return n
        return 0

    def match_tokens(self, toks: Sequence[tuple[int, int, str]], i: int, end: int = -1) -> int:
        """Like `match`, on (start, end, lowercased) tokens, not past index `end`."""
        end = len(toks) if end < 0 else end
        group = self._by_first.get(toks[i][2]) if i < end else None
        if group:
            for ph in group:
                n = len(ph)
                if i + n <= end and all(toks[i + x][2] == ph[x] for x in range(1, n)):
                    return n
        return 0

    def search(self, lows: Sequence[str]) -> bool:
        """True when any phrase occurs in lows."""
        by_first = self._by_first
        if by_first.keys().isdisjoint(lows):
            return False
        for k, w in enumerate(lows):  # noqa: SIM110 (mypyc compiles a loop, not a generator)
            if w in by_first and self.match(lows, k):
                return True
        return False


def _phrases(items: list[str]) -> tuple[frozenset[str], Phrases]:
    """Split a list into single words and multi-word phrases."""
    words = frozenset(i for i in items if " " not in i)
    return words, Phrases(tuple(i.split()) for i in items if " " in i)


def _all(items: list[str]) -> Phrases:
    return Phrases(tuple(i.split()) for i in items)


@dataclass(frozen=True)
class Lexicon:
    """Frozen word sets for one language; built once per process."""

    code: str
    stopwords: frozenset[str]
    abbrev_prefix: frozenset[str]
    abbrev_other: frozenset[str]
    attr_inverted: frozenset[str]
    attr_verbs: frozenset[str]
    attr_frames: Phrases
    attr_triggers: frozenset[str]  # a sentence with none of these has no attribution
    speech_participles: frozenset[str]  # "..., saying P": the subject says P
    # "no more than", "tidak sampai" (a limit on a figure), "atau tidak" ("whether or not"):
    # a negator inside these does not negate the claim
    not_negation: Phrases
    fixed_pairs: frozenset[tuple[str, str]]  # "fits and starts", "naik turun": one phrase
    place_heads: frozenset[str]  # "Desa" in "Desa Keppa, Riwang": shared by the list's names
    conditionals: frozenset[str]  # "jika", "if": what follows is a condition, not a claim
    asked_frames: Phrases  # "Saat ditanya ...", "When asked ...": how a reply came, no claim
    imperatives: frozenset[str]  # "Take care ...", "Jangan ...": an appeal opens with these
    denial_verbs: frozenset[str]  # "membantah", "denied": the speaker says the claim is false
    attr_context: Phrases
    attr_objects: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]  # "they", "mereka": a group speaks
    anaphoric_subjects: Phrases  # "hal itu", "this": a claim whose subject is in another sentence
    group_speakers: frozenset[str]  # "prosecutors", "polisi": a speaker that is many people
    pronoun_clitic: str
    complementizers: frozenset[str]
    negators: frozenset[str]
    absence: Phrases
    hedges: frozenset[str]
    hedge_phrases: Phrases
    approximators: frozenset[str]
    enum_markers: frozenset[str]
    enum_marker_phrases: Phrases
    coordinators: frozenset[str]
    after_words: frozenset[str]  # ", setelah naik ...": the same subject, a later event
    lead_ins: Phrases  # "saat ini", "artinya": words before a clause's subject
    backward_frames: Phrases  # "hal tersebut disampaikan oleh": the speaker of what came before
    subordinate_split: frozenset[str]  # ", when he replaced ...": a clause of its own
    symmetric: frozenset[str]  # "bersama", "met", "each": a joint predicate keeps its subjects
    group_words: frozenset[str]  # "X and seven other senators": one group acting together
    pair_openers: frozenset[str]  # "antara X dan Y", "between X and Y": one pair, not two claims
    list_final: frozenset[str]
    disjunctions: frozenset[str]  # "atau", "or": a list of alternatives is one claim
    contrast: frozenset[str]
    contrast_needs_itu: frozenset[str]
    contrast_subordinating: frozenset[str]
    finite_verbs: frozenset[str]
    causal: frozenset[str]
    context_preps: frozenset[str]
    clause_openers: frozenset[str]  # ", as aftershocks continued": a clause, never a speaker
    purpose: frozenset[str]  # "agar", "supaya": a purpose clause follows
    when_words: frozenset[str]  # weekdays, "today", "kemarin": a bare time of saying
    quantity_markers: frozenset[str]
    demonstratives: frozenset[str]
    subject_pronouns: frozenset[str]
    verb_suffixes: tuple[str, ...]
    relative: frozenset[str]
    predicate_start: frozenset[str]
    verb_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    headline_verb_suffixes: tuple[str, ...]  # "Gencarkan": a headline drops the me- prefix
    headline_verbs: frozenset[str]  # "Naik", "Tambah": bare verbs of headlines
    noun_prefixes: tuple[str, ...]  # "pendidikan", "kebijakan": -kan nouns
    change_verbs: frozenset[str]
    leading_connectives: frozenset[str]
    trailing_connectives: frozenset[str]
    topic_openers: Phrases
    openers_until_comma: Phrases  # "Selain X, P" / "Besides X, P": X is not part of P
    gap_left: frozenset[str]
    gap_right: frozenset[str]
    gap_conj_aux: frozenset[str]
    gap_ok_pairs: frozenset[tuple[str, str]]
    titles: Phrases
    opinion: frozenset[str]
    opinion_phrases: Phrases
    feeling: frozenset[str]
    prediction: frozenset[str]
    prediction_phrases: Phrases
    question_words: frozenset[str]
    comparison: frozenset[str]
    official: frozenset[str]
    official_phrases: Phrases
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
        attr_frames=_all(raw["attribution_frames"]),
        attr_triggers=frozenset(
            [*raw["attribution_verbs_inverted"], *raw["attribution_verbs"]]
            + raw["speech_participles"]
        )
        | _all(raw["attribution_frames"]).firsts(),
        speech_participles=frozenset(raw["speech_participles"]),
        not_negation=_all(raw["not_negation"]),
        fixed_pairs=frozenset((a, b) for a, b in raw["fixed_pairs"]),
        place_heads=frozenset(raw["place_heads"]),
        conditionals=frozenset(raw["conditionals"]),
        asked_frames=_all(raw["asked_frames"]),
        imperatives=frozenset(raw["imperatives"]),
        denial_verbs=frozenset(raw.get("denial_verbs", [])),
        attr_context=_all(raw["attribution_trailing_context"]),
        attr_objects=frozenset(raw.get("attribution_objects", [])),
        pronouns=frozenset(raw["pronouns"]),
        plural_pronouns=frozenset(raw["plural_pronouns"]),
        anaphoric_subjects=_all(raw["anaphoric_subjects"]),
        group_speakers=frozenset(raw["group_speakers"]),
        pronoun_clitic=raw["pronoun_clitic"],
        complementizers=frozenset(raw["complementizers"]),
        negators=frozenset(raw["negators"]),
        absence=_all(raw["absence_frames"]),
        hedges=hedges,
        hedge_phrases=hedge_phrases,
        approximators=frozenset(a for a in raw["approximators"] if " " not in a),
        enum_markers=enum_words,
        enum_marker_phrases=enum_phrases,
        coordinators=frozenset(raw["coordinators"]),
        pair_openers=frozenset(raw.get("pair_openers", [])),
        list_final=frozenset(raw["list_final"]),
        disjunctions=frozenset(raw["disjunctions"]),
        contrast=frozenset(c for c in raw["contrast"] if " " not in c),
        contrast_needs_itu=frozenset(raw["contrast_needs_itu"]),
        contrast_subordinating=frozenset(raw["contrast_subordinating"]),
        finite_verbs=frozenset(raw["finite_verbs"]),
        causal=frozenset(raw["causal"]),
        context_preps=frozenset(raw["context_preps"]),
        clause_openers=frozenset(raw.get("clause_openers", [])),
        purpose=frozenset(raw.get("purpose_markers", [])),
        when_words=frozenset([*raw["weekdays"], *raw["today"], *raw["yesterday"]]),
        quantity_markers=frozenset(raw["quantity_markers"]),
        demonstratives=frozenset(raw["demonstratives"]),
        subject_pronouns=frozenset(raw["subject_pronouns"]),
        verb_suffixes=tuple(raw["verb_suffixes"]),
        relative=frozenset(raw["relative"]),
        predicate_start=frozenset(raw["predicate_start"]),
        verb_prefixes=tuple(raw["verb_prefixes"]),
        not_verbs=frozenset(raw["not_verbs"]),
        symmetric=frozenset(raw["symmetric"]),
        subordinate_split=frozenset(raw["subordinate_split"]),
        after_words=frozenset(raw["after_words"]),
        lead_ins=_all(raw["lead_ins"]),
        backward_frames=_all(raw["backward_frames"]),
        group_words=frozenset(raw["group_words"]),
        headline_verb_suffixes=tuple(raw["headline_verb_suffixes"]),
        headline_verbs=frozenset(raw["headline_verbs"]),
        noun_prefixes=tuple(raw["noun_prefixes"]),
        change_verbs=frozenset(raw["change_verbs"]),
        leading_connectives=frozenset(raw["leading_connectives"]),
        trailing_connectives=frozenset(raw["trailing_connectives"]),
        topic_openers=_all(raw["topic_openers"]),
        openers_until_comma=_all(raw.get("openers_until_comma", [])),
        gap_left=frozenset(raw["gap_left"]),
        gap_right=frozenset(raw["gap_right_words"]),
        gap_conj_aux=frozenset(raw["gap_conj_aux"]),
        gap_ok_pairs=frozenset((a, b) for a, b in raw["gap_ok_pairs"]),
        titles=_all(raw["titles"]),
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


def _scoped(pattern: str) -> str:
    """A pattern with a leading (?i) turned into a scoped group, for use in an alternation."""
    if pattern.startswith("(?i)"):
        return f"(?i:{pattern[4:]})"
    return f"(?:{pattern})"


_SHORT_LINE = 120  # bylines, timestamps, credits: most whole-line patterns fit in this


def _whole_line_width(pattern: str) -> int | None:
    """The longest text `pattern` can match when it must end where the line ends ("...$"),
    else None (it may match the start of a line of any length)."""
    parser: Any = getattr(re, "_parser")  # noqa: B009 (the parser module of re, untyped)
    tree = parser.parse(pattern)
    if not len(tree) or tree[-1] != (parser.AT, parser.AT_END):
        return None
    width = int(tree.getwidth()[1])
    return None if width >= parser.MAXREPEAT else width


@dataclass(frozen=True)
class BoilerplateRules:
    """Boilerplate patterns of all languages, each section compiled into one alternation.

    `reasons[name]` gives the skip reason of the alternative that matched (m.lastgroup).
    """

    line: re.Pattern[str]
    # the line patterns that can match a line longer than `line_limit`: most line patterns end
    # with "$" and match only short lines, and most lines are long; same order, same result
    line_long: re.Pattern[str]
    line_limit: int
    line_suffix: re.Pattern[str]
    prefix: re.Pattern[str]
    opening_prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    inline: re.Pattern[str]
    reasons: dict[str, str]


@cache
def boilerplate_rules(language: str = "") -> BoilerplateRules:
    """Boilerplate patterns of `language` (data/boilerplate_<language>.json), or of every
    language when none is given, compiled once. An article's boilerplate is in its own
    language, and every pattern is tried on every line: a fifth of the engine's time went to
    the other language's patterns."""
    sections: dict[str, list[str]] = {
        "line": [],
        "line_suffix": [],
        "prefix": [],
        "opening_prefix": [],
        "suffix": [],
        "inline": [],
    }
    reasons: dict[str, str] = {}
    long_lines: list[str] = []
    for code in [language] if language else LANGUAGES:
        raw = _load_json(f"boilerplate_{code}.json")
        for key, alts in sections.items():
            for reason, pattern in raw.get(key, []):
                re.compile(pattern)  # a broken data file fails here, with its own pattern
                name = f"{key}{len(reasons)}"
                reasons[name] = reason
                alts.append(f"(?P<{name}>{_scoped(pattern)})")
                if key == "line":
                    width = _whole_line_width(pattern)
                    if width is None or width > _SHORT_LINE:
                        long_lines.append(alts[-1])
    compiled = {k: re.compile("|".join(v) or "(?!)") for k, v in sections.items()}
    return BoilerplateRules(
        compiled["line"],
        re.compile("|".join(long_lines) or "(?!)"),
        _SHORT_LINE,
        compiled["line_suffix"],
        compiled["prefix"],
        compiled["opening_prefix"],
        compiled["suffix"],
        compiled["inline"],
        reasons,
    )
