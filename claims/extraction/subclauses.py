"""Clauses joined inside one sentence: by "when" or "as", a participle, a "that" relative,
a dash, or (in Indonesian) a bare comma. Each gives a claim of its own."""

from __future__ import annotations

from .drafts import (
    ARTICLES,
    SCENE_OPENERS,
    Draft,
    Range,
    has_predicate,
    ing_form,
    predicate,
    quoted,
    subject_end,
    word_count,
)
from .lexicon import Lexicon
from .segment import Token


def subordinate(toks: list[Token], d: Draft, lex: Lexicon, text: str = "") -> list[Draft]:
    """ "X held the seat he won in May, when he replaced Y": after the comma a clause with its
    own subject is a claim of its own. Without the comma only a subject that cannot be an
    object shows the clause: "won the title when she beat Williams", "raced to a 5-0 lead
    before Williams mounted a comeback"."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 3, j - 3):
        if toks[k][2] not in lex.subordinate_split or q[k - i]:
            continue
        nxt = toks[k + 1][2]
        comma = toks[k - 1][2] == ","
        if not comma:
            if toks[k][2] not in _BARE_SUBORDINATORS:
                continue  # "as" may give a cause, "where" a place: both stay in the claim
            if not text or not _bare_clause(toks, k + 1, j, lex, text):
                continue
            if word_count(toks, i, k) < 4 or not has_predicate(toks, i, k, lex):
                continue
        elif (
            (nxt not in lex.subject_pronouns and nxt not in ARTICLES)
            or word_count(toks, i, k) < 3
            or not has_predicate(toks, k + 2, j, lex)
        ):
            continue
        end = k - 1 if comma else k
        c = next((x for x in range(k + 3, j - 2) if toks[x][2] == "," and not q[x - i]), -1)
        if c > 0 and toks[c + 1][2] not in lex.relative and has_predicate(toks, c + 1, j, lex):
            # "From X until Jan. 6, when the Dow came close, the Dow surged ...": the clause
            # sits inside the main one, which goes on after it
            main = Draft((*d.prefix, (i, end)), (c + 1, j))
            return [*subordinate(toks, main, lex, text), Draft((), (k + 1, c))]
        rest = subordinate(toks, Draft((), (k + 1, j)), lex, text)
        return [Draft(d.prefix, (i, end)), *rest]
    return [d]


_BARE_SUBORDINATORS = frozenset({"when", "before", "after"})


def _bare_clause(toks: list[Token], s: int, j: int, lex: Lexicon, text: str) -> bool:
    """A subject that is never an object ("she", "they"), or a capitalised name, then a
    finite verb: the start of a clause."""
    low = toks[s][2]
    if low in lex.subject_pronouns:
        verb = s + 1
    elif text[toks[s][0]].isupper() and low not in lex.stopwords:
        verb = next((x for x in range(s + 1, min(j, s + 3)) if not text[toks[x][0]].isupper()), j)
    else:
        return False
    return low not in {"it", "you"} and verb < j and lex.verbish(toks[verb][2])


DASHES = frozenset({"-", "\u2013", "\u2014"})


def dash(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "It was going to be rejected - it was designed to fail": a dash between two clauses
    that each have their subject and verb."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 3, j - 3):
        if toks[k][2] not in DASHES or q[k - i] or toks[k - 1][1] == toks[k][0]:
            continue
        if not has_predicate(toks, i, k, lex) or word_count(toks, k + 1, j) < 3:
            continue
        se = subject_end(toks, k + 1, j, lex)
        if se > k + 1 and has_predicate(toks, se, j, lex) and word_count(toks, k + 1, se):
            return [Draft(d.prefix, (i, k)), *dash(toks, Draft((), (k + 1, j)), lex)]
    return [d]


def comma_clause(toks: list[Token], d: Draft, lex: Lexicon, text: str = "") -> list[Draft]:
    """ "Daging ayam naik menjelang puasa, saat ini daging ayam dibanderol Rp 35 ribu": a
    comma between two clauses that each name their subject; "X berada di Rp 70 ribu,
    setelah naik dari Rp 40 ribu": a clause after "setelah" about the same subject."""
    i, j = d.own
    if toks[i][2] in _OPENERS_NOT_SUBJECTS or toks[i][2] in lex.clause_openers:
        return [d]  # "Bila dibandingkan Juni 2017, ...", "Pada Juni lalu, ...": an opener
    commas = [c for c in range(i + 3, j - 3) if toks[c][2] == ","]
    if not commas:
        return [d]
    q = quoted(toks, i, j)
    # the first verb of the clause, once: a comma after it may end a clause
    verb0 = subject_end(toks, i, j, lex)
    if verb0 <= i or not predicate(toks, verb0, lex):
        return [d]
    for c in commas:
        if c <= verb0 or q[c - i]:
            continue
        r = c + 1
        low = toks[r][2]
        if low in lex.after_words and predicate(toks, r + 1, lex):
            se = subject_end(toks, i, c, lex)
            if se > i and word_count(toks, r + 1, j) >= 3:
                right = Draft((*d.prefix, (i, se)), (r + 1, j))
                return [Draft(d.prefix, (i, c)), *comma_clause(toks, right, lex, text)]
            continue
        if low in lex.question_words:
            continue  # "Kita masih menunggu, apakah bantuan ...": what is waited for, asked
        if any(lex.titles.match_tokens(toks, x, c) for x in range(max(i, c - 3), c)):
            continue  # "oleh Bupati Berau, Sri Juniarsih Mas didampingi ...": the title's name
        r += lex.lead_ins.match_tokens(toks, r, j)  # "saat ini daging ayam ...", "artinya X"
        if r >= j or not toks[r][2].isalpha() or toks[r][2] in lex.stopwords:
            continue
        first = toks[r][2]
        if (
            predicate(toks, r, lex)
            or first in _OPENERS_NOT_SUBJECTS
            or first in lex.leading_connectives
            or first in lex.enum_markers
            or first in lex.negators
            or first in _NOT_SUBJECTS
        ):
            continue
        verb = next(
            (
                x
                for x in range(r + 1, min(j, r + 5))
                # "Kabupaten Berau, ...": a capitalised word is a name, not a ber- verb
                if predicate(toks, x, lex) and not (text and text[toks[x][0]].isupper())
            ),
            -1,
        )
        if verb < 0 or word_count(toks, r, verb) != verb - r or word_count(toks, r, j) < 3:
            continue
        x = c - 1
        while x > verb0 and toks[x][2] not in lex.coordinators and not predicate(toks, x, lex):
            x -= 1
        if x > verb0 + 1 and toks[x][2] in lex.coordinators and toks[x + 1][2] in SCENE_OPENERS:
            # "... mencapai 723 kasus dan hingga pertengahan April 2020, angka penderita ...":
            # the time phrase after "dan" opens the next clause
            c = x
        rest = Draft((), (c + 1, j))
        return [Draft(d.prefix, (i, c)), *comma_clause(toks, rest, lex, text)]
    return [d]


_OPENERS_NOT_SUBJECTS = frozenset(
    {
        "untuk",
        "bagi",
        "dengan",
        "dari",
        "di",
        "ke",
        "pada",
        "dalam",
        "bila",
        "apabila",
        "jika",
        "selain",
    }
)


_NOT_SUBJECTS = frozenset({"kecuali", "tanpa", "yakni", "yaitu", "seperti", "terutama"})


_INFERENCE = frozenset({"suggesting", "indicating", "signalling", "signaling", "showing"})
_SPEECH_PARTICIPLES = frozenset({"saying", "adding", "according", "telling", "noting"})


def participle(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "Bynum was efficient on offense, scoring 18 points": the participle after the comma
    is a second claim about the same subject."""
    i, j = d.own
    for c in range(i + 3, j - 2):
        if toks[c][2] != ",":
            continue
        nxt = toks[c + 1][2]
        if (
            nxt in _INFERENCE
            and c + 3 < j
            and toks[c + 2][2] in lex.complementizers
            and word_count(toks, i, c) >= 2
        ):
            # "claims surged ..., suggesting that any recovery will come in fits and starts":
            # what the figure suggests is a claim of its own, said by no one
            return [*participle(toks, Draft(d.prefix, (i, c)), lex), Draft((), (c + 3, j))]
        listed = _participle_list(toks, c, j, lex)
        if listed and has_predicate(toks, i, c, lex) and not quoted(toks, i, j)[c - i]:
            # "brought hail to North Texas, knocking down trees, breaking windows and damaging
            # roofs": each participle is a claim about the subject
            se = subject_end(toks, i, c, lex)
            if se > i:
                subject = (*d.prefix, (i, se))
                return [Draft(d.prefix, (i, c)), *(Draft(subject, r) for r in listed)]
        if nxt in _CAUSING and has_predicate(toks, i, c, lex):
            return [d]  # "13 people have died ..., prompting hospitals to limit visitors": the
            # deaths prompted it, not the people; the sentence is one claim
        if (
            len(nxt) > 5
            and nxt.endswith("ing")
            and nxt not in _SPEECH_PARTICIPLES
            and nxt not in lex.enum_markers  # ", including hospitals"
            and nxt not in lex.stopwords
            and word_count(toks, c + 2, j) >= 2
            # "a record of saving lives, preventing injuries, and ...": a list of -ing items
            and not any(toks[x][2] in lex.list_final for x in range(c + 2, j))
            and has_predicate(toks, i, c, lex)
            and not quoted(toks, i, j)[c - i]
        ):
            se = subject_end(toks, i, c, lex)
            if se <= i or toks[i][2] in _DUMMY_SUBJECTS:
                continue  # "There is no single entity ..., ensuring ...": no one to carry
            rest = participle(toks, Draft((*d.prefix, (i, se)), (c + 1, j)), lex)
            return [Draft(d.prefix, (i, c)), *rest]
    return [d]


# participles whose subject is the event before the comma, not its subject
# ("forcing", "causing": "the fire spread ..., forcing the sheriff to evacuate" is the fire's)
_CAUSING = frozenset(
    {"prompting", "sparking", "triggering", "resulting", "leading", "contributing"}
)


_DUMMY_SUBJECTS = frozenset({"there", "it"})


def _participle_list(toks: list[Token], c: int, j: int, lex: Lexicon) -> list[Range]:
    """The phrases of ", knocking down trees, breaking windows and damaging roofs" after the
    comma at c, when every one opens with an -ing verb and none came before the comma (", a
    record of saving lives, preventing injuries, and ..." lists nouns)."""
    if lex.code != "en" or c + 1 >= j or not ing_form(toks[c + 1][2]):
        return []
    for x in range(max(0, c - 3), c):
        if ing_form(toks[x][2]):
            return []
    parts: list[Range] = []
    s = c + 1
    for k in range(c + 1, j + 1):
        if k < j and toks[k][2] != "," and toks[k][2] not in lex.list_final:
            continue
        if s < k:
            parts.append((s, k))
        s = k + 1
    if len(parts) < 2 or parts[-1][0] - 1 <= c or toks[parts[-1][0] - 1][2] not in lex.list_final:
        return []
    for a, b in parts:
        if not ing_form(toks[a][2]) or word_count(toks, a, b) < 2:
            return []
    return parts


_TIME_NOUNS = frozenset({"week", "day", "month", "year", "quarter", "season", "period", "weekend"})


def that_relative(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "fell on the low end of guidelines that called for a prison term of ..." gives
    "... of guidelines" and "guidelines that called for ...": "that" after a noun and before
    a verb opens a relative clause, a claim of its own."""
    i, j = d.own
    if toks[i][2] == "it":
        return [d]  # "It was his rebounds that irritated Jackson": a cleft, one claim
    q = quoted(toks, i, j)
    for t in range(i + 1, j - 3):
        if toks[t][2] != "that" or q[t - i]:
            continue
        noun, verb = toks[t - 1][2], toks[t + 1][2]
        if t - 3 >= i and toks[t - 2][2] in ARTICLES and toks[t - 3][2] in _COPULAS:
            continue  # "he was the individual that committed this murder": one claim
        if (
            not noun.isalpha()
            or noun in lex.stopwords
            or lex.verbish(noun)
            or noun in lex.attr_verbs
            or noun in _TIME_NOUNS  # "during the week that ended Saturday": which week
            or not (lex.verbish(verb) or verb in _MODALS)
        ):
            continue
        if word_count(toks, t + 1, j) < 3:
            continue
        if t >= i + 3 and has_predicate(toks, i, t - 1, lex):
            return [Draft(d.prefix, (i, t)), Draft((), (t - 1, j))]
        # "A wind farm that began generating power is Canada's biggest": the relative clause
        # sits in the subject and ends where the main verb starts
        main = next(
            (
                x
                for x in range(t + 3, j - 1)
                if toks[x][2] in _MAIN_VERBS or toks[x][2] in lex.finite_verbs
            ),
            -1,
        )
        if main > 0:
            return [Draft((*d.prefix, (i, t)), (main, j)), Draft(d.prefix, (i, main))]
    return [d]


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
_MAIN_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had"})


_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should"})
