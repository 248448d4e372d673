"""The rule engine: boilerplate, sentences, attribution, clauses, features, records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import checkworthiness
from .attribution import Attribution, SpeakerMemory, clause_report, detach
from .boilerplate import SENTENCE_END, Line, strip_boilerplate
from .clauses import Draft, at_breaks, headline_parts, split, trim
from .gaps import find_gaps
from .language import detect, differs_words
from .lexicon import Lexicon, lexicon
from .negation import polarity
from .quantities import Quantity, find_quantities
from .records import kind_of, link_duplicates, span_text
from .segment import Sentence, Token, WorkingText, split_sentences, tokens

_DIGITISH = re.compile(r"\d")
_MAX_SPLIT_TOKENS = 250
_SUBHEAD_MAX_TOKENS = 16  # "Several homes damaged, no injuries reported"


@dataclass
class ExtractionResult:
    """What `extract` returns: the language, claim records and skipped boilerplate."""

    language: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    extractor: str = "rules"  # which backend proposed the claims: "rules" or "llm"

    def to_dict(self) -> dict[str, Any]:
        return {"language": self.language, "claims": self.claims, "skipped": self.skipped}


@dataclass(slots=True)
class _Context:
    wt: WorkingText
    lex: Lexicon
    ref: dt.date | None
    memory: SpeakerMemory
    date_triggers: frozenset[str]
    skipped: list[dict[str, Any]] = field(default_factory=list)
    previous: list[int] = field(default_factory=list)  # the last sentence's unattributed claims
    quote_before: bool = False  # ... and that sentence was a quotation
    link_duplicates: bool = True
    content: list[frozenset[str]] = field(default_factory=list)
    heading: str | None = None  # the label line the current rows stand under
    open_quote: list[int] = field(default_factory=list)  # claims of a quote that goes on
    official_of: Attribution | None = None  # the attribution `official` was worked out for
    official: bool = False


@cache
def _triggers(code: str) -> frozenset[str]:
    """Words that can start a quantity or date: only sentences with one (or a digit) are
    searched for quantities."""
    raw = lexicon(code).raw
    return frozenset(
        [
            *raw["months"],
            *raw["weekdays"],
            *raw["number_words"],
            *raw["today"],
            *raw["yesterday"],
            *raw["tomorrow"],
            *raw["relative_units"],
        ]
    )


def _prepare(
    text: str, language: str | None
) -> tuple[WorkingText, Lexicon, Lexicon, list[Line], list[dict[str, Any]]]:
    """The working text, its language's lexicon (and the other one), body lines, skipped."""
    wt = WorkingText(text)
    lang = language if language in ("id", "en") else detect(wt.text)
    lines, skipped_raw = strip_boilerplate(wt.text, lang)
    skipped = [
        {"start": wt.start(s), "end": wt.end(e), "reason": r} for s, e, r in skipped_raw if s < e
    ]
    return wt, lexicon(lang), lexicon("en" if lang == "id" else "id"), lines, skipped


def run_rules(text: str, language: str | None, reference_date: dt.date | None) -> ExtractionResult:
    """Extract claims from `text` with the rule engine."""
    wt, lex, other, lines, skipped = _prepare(text, language)
    w, lang = wt.text, lex.code
    ctx = _Context(wt, lex, reference_date, SpeakerMemory(), _triggers(lex.code), skipped)
    ctx.link_duplicates = any(line.section != "body" for line in lines)
    claims: list[dict[str, Any]] = []
    seen: set[str] = set()
    for line in lines:
        words = " ".join(w[line.start : line.end].split())
        if words in seen:
            # a headline or caption printed twice by the page: its claims are already made
            skipped.append(
                {"start": wt.start(line.start), "end": wt.end(line.end), "reason": "repeated"}
            )
            continue
        seen.add(words)
        if line.section == "lede" and _is_label(w, line, lex) and w[line.end - 1] != ":":
            # "David Shepardson" under the headline: the writer's name, not a lede
            skipped.append(
                {"start": wt.start(line.start), "end": wt.end(line.end), "reason": "byline"}
            )
            continue
        if line.section == "body" and _is_label(w, line, lex):
            # "Kampung Long La'ai:" over rows like "Ketinggian air 5 meter": not a claim, but
            # what the rows under it are about
            skipped.append(
                {"start": wt.start(line.start), "end": wt.end(line.end), "reason": "heading"}
            )
            ctx.heading = " ".join(
                wt.original[wt.start(line.start) : wt.end(line.end)].rstrip(":").split()
            )
            continue
        if line.section == "body" and _is_subheading(w, line, lex):
            # "Workforce planning shortcomings" between paragraphs: a section title, no claim
            skipped.append(
                {"start": wt.start(line.start), "end": wt.end(line.end), "reason": "subheading"}
            )
            continue
        if w[line.end - 1] in SENTENCE_END or w[line.end - 1] == ":":
            ctx.heading = None  # prose, or a list of its own: the rows under the heading end
        first = len(claims)
        for sent in split_sentences(w, line.start, line.end, line.section, lex, other):
            _sentence(ctx, sent, claims)
        _quote_paragraphs(ctx, w, line, claims, first)
    link_duplicates(claims, ctx.content)
    skipped.sort(key=lambda item: (item["start"], item["end"]))
    return ExtractionResult(lang, claims, skipped)


def _quote_paragraphs(
    ctx: _Context, w: str, line: Line, claims: list[dict[str, Any]], first: int
) -> None:
    """A quotation over several paragraphs opens each with a quote mark and closes only the
    last, where the speaker is named: '"A.' / '"B," he said.' gives A the speaker too."""
    if w[line.start] != '"':
        ctx.open_quote = []
        return
    new = range(first, len(claims))
    said = next((claims[k]["attribution"] for k in new if _named_speaker(claims[k])), None)
    if said is not None:
        for k in ctx.open_quote:
            if claims[k]["attribution"] is None:
                claims[k]["attribution"] = dict(said, resolved_from="quote")
    if w.count('"', line.start, line.end) % 2:
        ctx.open_quote.extend(k for k in new if claims[k]["attribution"] is None)
    else:
        ctx.open_quote = []


def _named_speaker(claim: dict[str, Any]) -> bool:
    return claim["attribution"] is not None and claim["attribution"]["speaker"] is not None


_HEADING_MAX_WORDS = 4
_ASKING = frozenset({"apakah", "mengapa", "bagaimana", "kenapa"})


def _is_label(w: str, line: Line, lex: Lexicon) -> bool:
    """A short label line: "Kampung Long La'ai:", "Fasilitas rusak:", "Kampung Long Ayan"."""
    if w[line.end - 1] in SENTENCE_END:
        return False
    words = [t for t in tokens(w, line.start, line.end) if t[2][0].isalnum()]
    if not words or len(words) > _HEADING_MAX_WORDS:
        return False
    if any(t[2] in lex.negators or t[2] in lex.predicate_start for t in words):
        return False
    affixed = any(lex.verbish(t[2]) and t[2] not in lex.finite_verbs for t in words)
    if w[line.end - 1] == ":":
        return not affixed
    return not any(lex.verbish(t[2]) for t in words) and all(
        w[t[0]].isupper() or t[2][0].isdigit() for t in words
    )


_SUBHEADING_MAX_WORDS = 7


def _is_subheading(w: str, line: Line, lex: Lexicon) -> bool:
    """A short title line with no verb and no closing punctuation."""
    if w[line.end - 1] in SENTENCE_END or w[line.end - 1] in ":,;" or not w[line.start].isupper():
        return False
    words = [t[2] for t in tokens(w, line.start, line.end) if t[2][0].isalnum()]
    if not 2 <= len(words) <= _SUBHEADING_MAX_WORDS:
        return False
    for low in words:
        if low in lex.predicate_start or low in lex.negators or lex.verbish(low):
            return False
        if low[0].isdigit():
            return False  # "Kecamatan Buleleng 465 kasus": a row of figures
    return True


def _sentence(ctx: _Context, sent: Sentence, claims: list[dict[str, Any]]) -> None:
    w, lex = ctx.wt.text, ctx.lex
    toks = tokens(w, sent.start, sent.end, ctx.wt.lower)
    n_words = 0
    for t in toks:
        if t[2][0].isalnum():
            n_words += 1
            if n_words == 2:
                break
    if n_words < 2:
        # "Takjub", "loading": a lone word says nothing checkable
        if n_words:
            ctx.skipped.append(
                {
                    "start": ctx.wt.start(sent.start),
                    "end": ctx.wt.end(sent.end),
                    "reason": "fragment",
                }
            )
        return
    lows = {t[2] for t in toks}
    known = ctx.memory.last
    prop = detach(w, toks, lex, ctx.memory, lows)
    last = ctx.memory.last
    if sent.section == "headline" and last is not None and last != known and " " not in last:
        # "Man sentenced to life ...": a headline's one first word is seldom whom "he" means
        # ("Ex-State Senator Leland Yee Sentenced ..." names him)
        ctx.memory.last = known
    quants: list[Quantity] = []
    has_digit = _DIGITISH.search(w, sent.start, sent.end) is not None
    if (
        has_digit
        or not lows.isdisjoint(ctx.date_triggers)
        or _hyphen_trigger(lows, ctx.date_triggers)  # "thirty-three"
    ):
        quants = find_quantities(w, sent.start, sent.end, lex, ctx.ref, toks)
    gaps = find_gaps(w, toks, lex)
    jobs: list[tuple[Draft, Attribution | None, bool]] = []
    if prop.appositive:
        head, rel = prop.appositive
        jobs.append((Draft((head,), rel), None, False))
    # a headline is one claim; so is a run-on "sentence" too long to be real prose
    whole = sent.section == "headline" or len(toks) > _MAX_SPLIT_TOKENS
    if len(prop.pieces) == 1:
        i, j = prop.pieces[0]
        ranges = at_breaks(toks, i, j, sent.breaks)
        if sent.section == "headline" or (
            len(toks) <= _SUBHEAD_MAX_TOKENS and w[sent.end - 1] not in SENTENCE_END
        ):
            # a headline or a subheading: clauses side by side with a comma
            ranges = [p for r in ranges for p in headline_parts(toks, *r, lex)]
        for d in split(toks, ranges, lex, whole, lows, w):
            jobs.append((d, prop.attribution, prop.quoted))
    else:
        jobs.append(
            (Draft(tuple(prop.pieces[:-1]), prop.pieces[-1]), prop.attribution, prop.quoted)
        )
    if prop.tail:
        for d in split(toks, [prop.tail], lex, whole, lows, w):
            jobs.append((d, None, False))
    question = (
        w[sent.end - 1] == "?"
        or (toks[0][2] in lex.question_words and lex.code == "id")
        # '"Apakah RUU ... disetujui?" kata Fadli': the quoted question, not the sentence, ends
        # with the question mark
        or _asks(toks, prop.pieces, lex)
    )
    made = 0
    gap_set = frozenset(gaps)
    reports = len(jobs) > 1 and not lows.isdisjoint(lex.attr_verbs)
    for n, (d, attr, quoted) in enumerate(jobs):
        if reports and n and not d.prefix:
            # "Mark said P, but Al Rawi said Q": a later clause names its own speaker
            own = clause_report(w, toks, d.own[0], d.own[1], lex, ctx.memory)
            if own is not None:
                d, attr = Draft((), (own[0], d.own[1])), own[1]
        pieces = trim(toks, d.pieces(), lex, gap_set)
        if len(pieces) == 1 and lex.asked_frames.match_tokens(toks, pieces[0][0], pieces[0][1]):
            continue  # "Saat ditanya apakah ada anggota lain ikut diamankan,": a frame
        if pieces:
            made += _claim(ctx, sent, toks, d, pieces, attr, quoted, quants, gaps, question, claims)
    if not made and prop.attribution is not None:
        before = ctx.previous if prop.backward or ctx.quote_before else []
        if before:
            # '"...." Khuda said in an interview.', "Hal tersebut disampaikan oleh X.": the
            # speaker of the sentence before
            _attribute(ctx, prop.attribution, [claims[k] for k in before])
        else:
            _attribution_only(ctx, sent, prop.attribution, claims)
    if made:
        fresh = range(len(claims) - made, len(claims))
        ctx.previous = [k for k in fresh if claims[k]["attribution"] is None]
        ctx.quote_before = prop.quoted and prop.attribution is None
    elif prop.attribution is None:
        ctx.previous, ctx.quote_before = [], False


def _official(w: str, attr: Attribution, lex: Lexicon) -> bool:
    """A speaker with an office: "Bupati Situbondo, Karna Suswandi mengatakan", "police said";
    not a named resident or trader, who is a source but no official one."""
    words = set(_WORDS.findall(attr.speaker.lower())) if attr.speaker else set()
    for s, e in attr.spans:
        words.update(_WORDS.findall(w[s:e].lower()))
    return not words.isdisjoint(lex.official)


_WORDS = re.compile(r"\w+")


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    for s, e in ranges:  # noqa: SIM110 (mypyc compiles a loop, not a generator)
        if s <= start and end <= e:
            return True
    return False


def _hyphen_trigger(lows: set[str], triggers: frozenset[str]) -> bool:
    for low in lows:  # noqa: SIM110 (mypyc compiles a loop, not a generator)
        if "-" in low and low.split("-", 1)[0] in triggers:
            return True
    return False


def _asks(toks: list[Token], pieces: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A question inside the proposition: '"Apakah RUU ... disetujui?" kata Fadli'."""
    for a, b in pieces:
        if 0 < b < len(toks) and toks[b][2] == "?":
            return True
        if lex.code == "id" and a < b and toks[a][2] in _ASKING:
            return True
    return False


def _antecedent(ctx: _Context, lows: list[str]) -> str | None:
    """Whom "Ia kesal ..." or "Saat kejadian, dia ..." means: the last person named."""
    if ctx.memory.last is None or not lows:
        return None
    person = _persons(ctx.lex.code)
    if lows[0] in person:
        return ctx.memory.last
    for k in range(1, min(len(lows) - 1, 5)):
        if lows[k] == "," and lows[k + 1] in person:
            return ctx.memory.last
    return None


@cache
def _persons(code: str) -> frozenset[str]:
    """ "ia", "dia", "he", "she": pronouns that stand for one person."""
    lex = lexicon(code)
    return lex.pronouns - lex.plural_pronouns - {"it"}


def _claim(
    ctx: _Context,
    sent: Sentence,
    toks: list[Token],
    draft: Draft,
    pieces: list[tuple[int, int]],
    attr: Attribution | None,
    quoted: bool,
    quants: list[Quantity],
    gaps: list[int],
    question: bool,
    claims: list[dict[str, Any]],
) -> int:
    wt, lex, w = ctx.wt, ctx.lex, ctx.wt.text
    wspans = [(toks[a][0], toks[b - 1][1]) for a, b in pieces]
    spans = [wt.span(s, e) for s, e in wspans]
    text = span_text(wt.original, spans)
    if not text:
        return 0
    if len(pieces) == 1:
        ctoks = toks[pieces[0][0] : pieces[0][1]]
    else:
        ctoks = [t for a, b in pieces for t in toks[a:b]]
    lows = [t[2] for t in ctoks]
    words = set(lows)
    negated, absence, hedged = polarity(w, ctoks, lex, lows, words)
    denied = attr is not None and attr.denial
    negated = negated or denied
    qs = [q for q in quants if _inside(q.start, q.end, wspans)] if quants else []
    qtypes = {q.type for q in qs}
    reach = [(toks[a][0], toks[b - 1][1] + 1) for a, b in draft.pieces() if a < b]
    if attr is not None:
        reach.extend(attr.spans)
    claim_gaps = [g for g in gaps if _inside(g, g, reach)] if gaps else []
    kind_markers = checkworthiness.markers(lows, lex, words)
    if hedged and ("akan" in lows or "will" in lows):
        kind_markers.add("prediction")
    if lows and lows[0] in lex.imperatives:
        kind_markers.add("opinion")  # "Take care so that mosquitoes don't bite": an appeal
    kind = kind_of(question, absence, quoted, kind_markers, qtypes)
    official = False
    if attr is not None and attr.speaker is not None:
        if ctx.official_of is not attr:  # the claims of one sentence share its attribution
            ctx.official_of, ctx.official = attr, _official(w, attr, lex)
        official = ctx.official
    cw = checkworthiness.score(
        w,
        ctoks,
        lex,
        quantity_types=qtypes,
        negated=negated,
        absence=absence,
        hedged=hedged,
        gap=bool(claim_gaps),
        attributed=attr is not None,
        official=official,
        kind_markers=kind_markers,
        question=question,
        lows=lows,
        words=words,
    )
    flags: list[dict[str, Any]] = [{"type": "entity_gap", "at": wt.start(g)} for g in claim_gaps]
    if hedged:
        flags.append({"type": "hedged"})
    if denied:
        flags.append({"type": "denied"})  # the text is what the speaker says is not so
    if attr is not None and attr.speaker is None:
        flags.append({"type": "unresolved_speaker"})
    if lex.anaphoric_subjects.match_tokens(toks, pieces[0][0], pieces[0][1]):
        flags.append({"type": "subject_elsewhere"})  # "Hal itu menyusul gempa", "This missed"
    language = lex.code
    if quoted:
        language = differs_words(lows, lex.code) or lex.code
    claims.append(
        {
            "text": text,
            "spans": spans,
            "sentence": wt.span(sent.start, sent.end),
            "section": sent.section,
            "language": language,
            "kind": kind,
            "negated": negated,
            "absence": absence,
            "hedged": hedged,
            "attribution": None if attr is None else _attribution_record(wt, attr),
            "quantities": [q.as_dict(wt.span(q.start, q.end)) for q in qs],
            "checkworthiness": cw,
            "flags": flags,
            "inferred_subject": ctx.heading or _antecedent(ctx, lows),
        }
    )
    if ctx.link_duplicates:
        content = set()
        for x in words:
            if x[0].isalnum() and x not in lex.stopwords:
                content.add(x)
        ctx.content.append(frozenset(content))
    else:
        ctx.content.append(frozenset())
    return 1


def _attribution_record(wt: WorkingText, attr: Attribution) -> dict[str, Any]:
    return {
        "speaker": attr.speaker,
        "spans": [wt.span(s, e) for s, e in attr.spans],
        "resolved_from": attr.resolved_from,
    }


def _attribute(ctx: _Context, attr: Attribution, quoted: list[dict[str, Any]]) -> None:
    for claim in quoted:
        claim["attribution"] = _attribution_record(ctx.wt, attr)
    ctx.memory.quote = attr.speaker  # a quotation after this one goes on in the same voice


def _attribution_only(
    ctx: _Context, sent: Sentence, attr: Attribution, claims: list[dict[str, Any]]
) -> None:
    wt = ctx.wt
    record = _attribution_record(wt, attr)
    spans = record["spans"]
    text = span_text(wt.original, spans)
    if not text:
        return
    claims.append(
        {
            "text": text,
            "spans": spans,
            "sentence": wt.span(sent.start, sent.end),
            "section": sent.section,
            "language": ctx.lex.code,
            "kind": "attribution-only",
            "negated": False,
            "absence": False,
            "hedged": False,
            "attribution": record,
            "quantities": [],
            "checkworthiness": {"score": 0.1, "reasons": ["attribution-only"]},
            "flags": [],
            "inferred_subject": None,
        }
    )
    ctx.content.append(frozenset())


def run_proposals(
    text: str,
    proposals: list[tuple[int, int, str | None]],
    language: str | None,
    reference_date: dt.date | None,
) -> ExtractionResult:
    """Claim records for externally proposed spans (working-text offsets), e.g. from an LLM.

    Boilerplate and sections come from the rule engine; each proposal keeps its exact span.
    """
    wt, lex, other, lines, skipped = _prepare(text, language)
    w, lang = wt.text, lex.code
    sentences = [
        sent
        for line in lines
        for sent in split_sentences(w, line.start, line.end, line.section, lex, other)
    ]
    ctx = _Context(wt, lex, reference_date, SpeakerMemory(), _triggers(lex.code))
    claims: list[dict[str, Any]] = []
    for start, end, speaker in sorted(proposals):
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        if sent is None:
            continue  # boilerplate or outside the body: never a claim
        end = min(end, sent.end)
        toks = tokens(w, sent.start, sent.end)
        inside = [k for k, t in enumerate(toks) if start <= t[0] and t[1] <= end]
        if not inside:
            continue
        attr = None
        if speaker:
            at = w.find(speaker, sent.start, sent.end)
            spans = [(at, at + len(speaker))] if at >= 0 else []
            attr = Attribution(speaker, spans, None, True)
        quants = find_quantities(w, sent.start, sent.end, lex, ctx.ref, toks)
        gaps = find_gaps(w, toks, lex)
        draft = Draft((), (inside[0], inside[-1] + 1))
        question = w[sent.end - 1] == "?"
        _claim(ctx, sent, toks, draft, [draft.own], attr, False, quants, gaps, question, claims)
    link_duplicates(claims, ctx.content)
    return ExtractionResult(lang, claims, skipped, extractor="llm")
