"""Coordinated clauses and enumerations: "X tidak A dan tidak akan B", "termasuk A, B, dan C"."""

from __future__ import annotations

from .drafts import (
    MAX_ITEM_WORDS,
    OBJECT_SPEECH_VERBS,
    PUNCT_EDGE,
    SCENE_OPENERS,
    Draft,
    Range,
    clause_start,
    has_predicate,
    is_number,
    is_word,
    marker_length,
    predicate,
    quoted,
    subject_end,
    word_count,
)
from .lexicon import Lexicon
from .segment import Token

NP_OPENERS = frozenset(
    {
        "di",
        "ke",
        "dari",
        "tentang",
        "mengenai",
        "untuk",
        "dengan",
        "bagi",
        "pada",
        "terhadap",
        "in",
        "on",
        "at",
        "to",
        "from",
        "about",
        "with",
        "for",
        "of",
        "via",
        "through",
        "by",
        "melalui",
        "akibat",
        "lewat",
        # openers of an adverbial phrase before the subject: "Under Britain's legal system,"
        "under",
        "after",
        "before",
        "during",
        "despite",
        "following",
        "amid",
        "since",
        "within",
        "among",
        "dalam",
        "setelah",
        "sebelum",
        "selama",
        "sejak",
        "usai",
        "seusai",
        "saat",
        "ketika",
        "menurut",
        "selain",
        "besides",
        "hingga",
        "sampai",
        "until",
        "across",
        "over",
        "against",
        "toward",
        "towards",
        "near",
        "throughout",
    }
)


DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})  # "and his wife was ill"
_COMMON_ADJECTIVES = frozenset(
    {"high", "low", "strong", "heavy", "big", "small", "large", "new", "old", "other", "more"}
    | {"many", "several", "few", "major", "minor", "severe", "light", "hot", "cold", "long"}
)
_ORDINALS = frozenset({"first", "last", "second", "third", "next", "final", "only"})
# English adjectives mostly end so: "necessary and appropriate steps", "criminal and civil"
_ADJECTIVE_ENDINGS = ("al", "ary", "ive", "ous", "ful", "ic", "able", "ible", "less", "ish")
# forms that are past participles as often as past tenses: "cars made and sold in ..."
_FIRST_VERB_ONLY = frozenset({"hanya", "cuma", "only", "just"})
_ASPECT = frozenset({"mulai", "baru", "kembali"})  # "mulai meningkat": begins to rise
# conjunctions that open a clause with its own subject after "and"
_SUBORDINATORS = frozenset({"once", "if", "when", "because", "until", "unless", "although"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})  # "and found him"
_OTHERS = frozenset({"another", "other", "lainnya"})
# adverbs that may stand between "and" and the subject of a new clause
_CLAUSE_ADVERBS = frozenset({"now", "then", "today", "so"})
_PARTICIPLES = frozenset({"made", "held", "sent", "built", "sold", "found", "set", "put", "cut"})


def _with_subject(toks: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """True when the clause after "and" names its own subject: ", and I pledge", "and a
    tornado warning is in effect".

    In Indonesian the subject must be followed by an auxiliary (telah, akan, tidak): ", dan
    akan" alone is more often what is left of a stripped name."""
    if k + 2 >= j:
        return False
    first = toks[k + 1][2]
    if _counted_subject(toks, k + 1, j, lex):
        return True
    if first in _OTHERS and k + 3 < j and _counted_subject(toks, k + 2, j, lex):
        return True  # "three homes were destroyed and another 46 suffered damage"
    if first in SCENE_OPENERS and _opened_clause(toks, k + 2, j, lex):
        return True
    if lex.code == "id":
        if (
            first.isalpha()
            and first not in lex.stopwords
            and not predicate(toks, k + 1, lex)
            and (toks[k + 2][2][0].isdigit())
            and k + 3 < j
            and predicate(toks, k + 3, lex)
        ):
            return True  # "dan skor 1-0 menutup jalannya babak pertama"
        if first in lex.subject_pronouns and toks[k + 2][2].isalpha():
            return True  # "dipimpin oleh Supriyatno dan saya hadir di rapat"
        # "Tujuh penumpang tewas dan jenazahnya telah dibawa ke RS": a noun, then an auxiliary
        return (
            first.isalpha()
            and first not in lex.stopwords
            and not predicate(toks, k + 1, lex)
            and any(
                toks[x][2] in lex.predicate_start and word_count(toks, k + 1, x) == x - k - 1
                for x in range(k + 2, min(j, k + 5))
            )
        )
    if first in _CLAUSE_ADVERBS and k + 3 < j:
        first = toks[k + 2][2]  # "... at full capacity and now it's swamped"
    if first.replace("’", "'").split("'")[0] in lex.subject_pronouns and "'" in first.replace(
        "’", "'"
    ):
        return True  # "and it's banking on ...": a pronoun fused with its auxiliary
    if first in lex.subject_pronouns and (toks[k - 1][2] == "," or first not in {"it", "you"}):
        # "I", "we", "he", "she", "they" are never objects: "... ahead and I expect him to"
        return toks[k + 2][2].isalpha()
    # "Fisher had five rebounds and Bryant had six": a name, then its own verb
    if first.isalpha() and first not in lex.stopwords and not predicate(toks, k + 1, lex):
        for x in (k + 2, k + 3):
            if x >= j or not toks[x][2].isalpha():
                break
            if toks[x][2] in lex.finite_verbs and toks[x][2] not in _PARTICIPLES:
                return all(
                    toks[y][2] not in lex.stopwords and not lex.verbish(toks[y][2])
                    for y in range(k + 1, x)
                )
    # "... to take cover and a tornado warning is in effect": a new subject and its verb
    if first not in DETERMINERS and first not in _POSSESSIVES:
        return False
    verb = next((x for x in range(k + 2, min(j, k + 6)) if toks[x][2] in lex.finite_verbs), -1)
    if verb < 0:
        return False
    # "an 8-month-old baby and a second person were pulled out": a singular noun phrase with a
    # plural verb is the second half of a joint subject, not a subject of its own
    return not (first in {"a", "an", "this", "that"} and toks[verb][2] in {"were", "are", "have"})


def _opened_clause(toks: list[Token], s: int, j: int, lex: Lexicon) -> bool:
    """True when a short time or place phrase from `s` is followed by a clause: ", angka
    penderita bertambah" after a comma, or in Indonesian straight by its verb ("terjadi")."""
    for x in range(s, min(j, s + 6)):
        low = toks[x][2]
        if low == ",":
            return x > s and word_count(toks, x + 1, j) >= 3 and has_predicate(toks, x + 1, j, lex)
        if not is_word(toks[x]):
            return False
        if predicate(toks, x, lex):
            # "dan pada Oktober turun 2,26 persen" has no subject of its own; "terjadi" needs none
            return (
                lex.code == "id" and x > s and low in _SUBJECTLESS and word_count(toks, x, j) >= 2
            )
    return False


# Indonesian verbs that open a clause with no subject before them: "terjadi kenaikan ..."
_SUBJECTLESS = frozenset({"terjadi", "ada", "terdapat", "tercatat", "muncul"})


def score_token(low: str) -> bool:
    """ "16-21", "6-4": a score."""
    a, _, b = low.partition("-")
    return a.isdigit() and b.isdigit()


def _counted_subject(toks: list[Token], s: int, j: int, lex: Lexicon) -> bool:
    """ "... 5 unit ambruk dan 15 unit rusak sedang": a count and its noun, then a verb."""
    if not is_number(toks[s][2], lex):
        return False
    verb = next((x for x in range(s + 1, min(j, s + 4)) if lex.verbish(toks[x][2])), -1)
    return verb > s and all(is_word(toks[x]) for x in range(s, verb))


def split_clauses(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X is prepared, and I pledge to ...": clauses that each name their own subject.

    This is the main boundary of a sentence, so it is split before lists and subjects."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 2, j - 2):
        if (
            toks[k][2] in lex.coordinators
            and not q[k - i]
            and _with_subject(toks, k, j, lex)
            and word_count(toks, i, k) >= 2
            and has_predicate(toks, i, k, lex)  # "tim gabungan dan warga masih ...": subjects
            and not in_pair(toks, i, k, lex)  # "between the Dow and the milestone is ..."
            and not _listed(toks, i, k, lex)
        ):
            left = Draft(d.prefix, (i, k - (toks[k - 1][2] == ",")))
            opener = _leading_opener(toks, i, k)
            if opener is not None and toks[k + 1][2] not in NP_OPENERS:
                # "Dari 20 rumah, 5 unit ambruk dan 15 unit rusak": both counts are "of 20"
                right = Draft((*d.prefix, opener), (k + 1, j))
            else:
                right = Draft(d.prefix, (k + 1, j))
            return [left, *split_clauses(toks, right, lex)]
    return [d]


_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would", "could"})


def _paired_qualities(toks: list[Token], i: int, k: int, j: int, lex: Lexicon) -> bool:
    """Indonesian: one word on each side of the conjunction at k, and the pair describes the
    noun before it: after "yang" at the end of the clause, or a ber-/ter- word with the
    clause's verb still to come ("jalan berlubang dan rusak di Tegal mencapai 38 persen")."""
    if lex.code != "id" or k < i + 2 or not is_word(toks[k - 1]) or k + 1 >= j:
        return False
    if toks[k - 2][2] in lex.relative and word_count(toks, k + 1, j) == 1:
        return True
    left = toks[k - 1][2]
    if not left.startswith(("ber", "ter")) or has_predicate(toks, i, k - 1, lex):
        return False
    return (
        k + 2 < j
        and (toks[k + 2][2] in NP_OPENERS or predicate(toks, k + 2, lex))
        and (has_predicate(toks, k + 2, j, lex))
    )


def _name_subject(toks: list[Token], cs: int, k: int, lex: Lexicon, text: str) -> int:
    """End of a capitalised name that opens the clause [cs, k) and is followed by at least
    three more words, in English; else cs."""
    if lex.code != "en" or not text:
        return cs
    x = cs
    while x < k and text[toks[x][0]].isupper() and toks[x][2] not in lex.stopwords:
        x += 1
    if x == cs or x - cs > 4 or word_count(toks, x, k) < 3:
        return cs
    return x


def _reported(toks: list[Token], s: int, j: int, lex: Lexicon) -> bool:
    """What follows a verb of saying is a clause ("said that ...", "said those in high risk
    areas should ..."), not an object ("warned of travel disruption")."""
    if toks[s][2] in lex.complementizers:
        return True
    if toks[s - 1][2] in OBJECT_SPEECH_VERBS or toks[s][2] in _OBJECT_PRONOUNS:
        return False  # "and found him with the knife": an object, nothing said
    end = next((x for x in range(s, j) if toks[x][2] == ","), j)
    return has_predicate(toks, s + 1, end, lex)


def _listed(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """ "people arriving in areas such as Christmas Island and Ashmore Reef will be detained":
    "and" inside a list opened by "such as" joins two names, not two clauses."""
    if lex.code != "en":
        return False  # "5 unit di antaranya ambruk dan 15 unit rusak": "of which", no list
    for x in range(k - 1, max(i, k - 6) - 1, -1):
        if marker_length(toks, x, k, lex):
            return True
        if toks[x][2] == "," or predicate(toks, x, lex):
            return False
    return False


def _leading_opener(toks: list[Token], i: int, k: int) -> Range | None:
    """The adverbial phrase before the first clause's subject ("In 2016,", "dari 20 rumah yang
    terdampak,"), which the clauses after "and" share."""
    start = i
    for c in range(i + 1, min(k - 2, i + 14)):
        if toks[c][2] != ",":
            continue
        if toks[start][2] in NP_OPENERS and c - start >= 2:
            return (start, c)
        start = c + 1
    return None


def split_coordinated(toks: list[Token], d: Draft, lex: Lexicon, text: str = "") -> list[Draft]:
    """ "X tidak A dan tidak akan B" gives "X tidak A" and "X tidak akan B"."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 2, j - 1):
        if toks[k][2] not in lex.coordinators or q[k - i] or in_pair(toks, i, k, lex):
            continue
        nxt = toks[k + 1][2]
        if nxt in lex.group_words:
            continue  # "wilayah Bogor dan sekitarnya", "and others": one place, one group
        if toks[k - 1][2] in lex.raw["duration_units"] and is_number(nxt, lex):
            continue  # "five years and three months": one length of time
        if _paired_qualities(toks, i, k, j, lex):
            continue  # "jalan yang rusak serta berlubang", "jalan berlubang dan rusak di X
            # mencapai 38 persen": two qualities of one noun, not two claims
        if (toks[k - 1][2], nxt) in lex.fixed_pairs:
            continue  # "in fits and starts", "pay and conditions": one phrase
        if score_token(toks[k - 1][2]) and score_token(nxt):
            continue  # "kalah 16-21 dan 10-21": the games of one match
        if nxt == "can" and any(toks[x][2] in DETERMINERS for x in range(max(i, k - 3), k)):
            continue  # "bought the paint and can plant": a noun ("can"), not the modal
        cs = clause_start(toks, i, k)
        shared: tuple[Range, ...] | None = None
        tail: Range | None = None  # what follows the right item and belongs to both
        right = (k + 1, j)
        if nxt in _SUBORDINATORS and word_count(toks, k + 2, j) >= 3:
            # "and once kids get back to school we expect more cases": a whole clause
            right, shared = (k + 1, j), d.prefix
        elif nxt in lex.complementizers and k + 2 < j and predicate(toks, k + 2, lex):
            right, shared = (k + 1, j), d.prefix  # "and that didn't work": "that" is a subject
        elif nxt in lex.complementizers:
            right, shared = (k + 2, j), d.prefix
        elif nxt in lex.attr_verbs and k + 3 < j and _reported(toks, k + 2, j, lex):
            # "said that 816 homes had been flooded and said those in high risk areas should
            # be prepared": a second thing said, by the same speaker
            start = k + 2 + (toks[k + 2][2] in lex.complementizers)
            right, shared = (start, j), d.prefix
        elif toks[k - 1][2] == "," or toks[k - 1][2] in lex.gap_left:
            continue  # ", dan akan" and "antara dan" are stripped names, not clauses
        else:
            p = next((x for x in range(cs, k) if toks[x][2] == nxt), -1)
            if p < 0 and nxt in lex.negators and k + 2 < j and toks[k + 2][2] in NP_OPENERS:
                # "was used for preventing layoffs and not for salaries": the verb is shared
                # up to the preposition the negated phrase repeats
                p = next((x for x in range(k - 1, cs, -1) if toks[x][2] == toks[k + 2][2]), -1)
            if p < 0 and lex.code == "en" and nxt.endswith("ing") and len(nxt) > 4:
                p = next(
                    (
                        x
                        for x in range(i, k)
                        if toks[x][2].endswith("ing")
                        and len(toks[x][2]) > 4
                        and has_predicate(toks, i, x, lex)
                    ),
                    -1,
                )
            if p >= 0 and is_word(toks[p]) and has_predicate(toks, i, p, lex):
                shared = (*d.prefix, (i, p)) if p > i else d.prefix
            elif (
                p > cs
                and nxt in SCENE_OPENERS
                and has_predicate(toks, p, k, lex)
                and has_predicate(toks, k + 1, j, lex)
            ):
                # "cabai merah pada September turun 0,23 persen dan pada Oktober turun 2,26
                # persen": the subject before the first time phrase is the second one's too
                shared = (*d.prefix, (cs, p))
            elif p == i and d.prefix and predicate(toks, i, lex):
                # "[The Social Democrats] are all furious and are set to oppose": the subject
                # was split off before, and both verbs are its own
                shared = d.prefix
            elif (
                predicate(toks, k + 1, lex)
                or _acts_on_number(toks, k + 1, j, lex)
                or (
                    lex.code == "en"
                    and toks[cs][2] in lex.subject_pronouns
                    and nxt not in lex.stopwords
                    and nxt not in DETERMINERS
                    and nxt not in lex.raw["number_words"]  # "it will force X and three automakers"
                    and not nxt[0].isdigit()
                    and word_count(toks, k + 1, j) >= 3
                    and has_predicate(toks, cs, k, lex)
                )
            ):
                if not has_predicate(toks, cs, k, lex):
                    name = _name_subject(toks, cs, k, lex, text) if nxt in _AUXILIARIES else cs
                    if name > cs:
                        # "Munyao boasts a personal best ... and has previously won ...": a verb
                        # the word lists do not know, after a name, then "and has"
                        shared = (*d.prefix, (cs, name))
                        left = Draft(d.prefix, (i, k))
                        return [left, *split_coordinated(toks, Draft(shared, right), lex, text)]
                    continue
                head = next(
                    (
                        x
                        for x in range(k - 1, cs - 1, -1)
                        if lex.verbish(toks[x][2])
                        and toks[x - 1][2] not in lex.relative
                        # "partai politik beragam dan berada": a ber-/ter- word right before
                        # "dan" describes the noun; the verb is further back
                        and not (
                            x == k - 1 and x > cs + 1 and toks[x][2].startswith(("ber", "ter"))
                        )
                    ),
                    -1,
                )
                if lex.code == "en" or head < 0:
                    head = subject_end(toks, cs, k, lex)
                    while text and cs < head < k and text[toks[head][0]].isupper():
                        # "The Met Office has issued ...": "Met" is a name, not the verb
                        head = subject_end(toks, head + 1, k, lex)
                opener = cs > i and not has_predicate(toks, i, cs - 1, lex)
                if head <= cs and opener and word_count(toks, i, cs):
                    # "One of the detainees, Sarvenan, wanted ... and asked ...": the subject
                    # and its appositive stand before the last comma
                    shared = (*d.prefix, (i, cs))
                elif head <= cs:
                    continue
                else:
                    # an opener before the subject ("Ketika sampai di Km 370, bus ...") is
                    # context both verbs share
                    # "hanya diperiksa dan belum dilakukan penahanan": "only" is the first
                    # verb's, not something both sides share
                    end = head - 1 if toks[head - 1][2] in _FIRST_VERB_ONLY else head
                    if nxt in lex.predicate_start or nxt in lex.negators:
                        # "mulai meningkat ... dan terus berkembang": the second verb has its
                        # own aspect, so the first one's ("mulai", "telah") is not shared
                        while end > cs + 1 and (
                            toks[end - 1][2] in lex.predicate_start or toks[end - 1][2] in _ASPECT
                        ):
                            end -= 1
                    start = i if opener else cs
                    if not d.prefix and not any(
                        is_word(toks[x]) and toks[x][2] not in lex.leading_connectives
                        for x in range(start, end)
                    ):
                        continue  # "Sehingga bisa terlaksana dan selesai": no subject to share
                    shared = (*d.prefix, (start, end))
            elif (
                has_predicate(toks, cs, k, lex)
                and (e := _item_end(toks, k + 1, j, lex)) > k + 1
                and 1 <= word_count(toks, k + 1, e) <= 5
                and not clausal(toks, k + 1, e, lex)
            ):
                a = next(
                    (
                        x
                        for x in range(k - 1, cs - 1, -1)
                        if toks[x][2] in NP_OPENERS
                        or toks[x][2] in lex.enum_markers
                        or (
                            predicate(toks, x, lex)
                            # "from outdated infrastructure": an -ed word after a
                            # preposition describes the noun
                            and not (
                                lex.code == "en"
                                and toks[x][2].endswith("ed")
                                and toks[x - 1][2] in NP_OPENERS
                            )
                        )
                    ),
                    -1,
                )
                if a < cs or k - a - 1 < 1 or k - a - 1 > 5:
                    continue
                if _gapped(toks, cs, k, j):
                    continue
                if lex.code == "id" and lex.verbish(nxt) and word_count(toks, k + 1, j) > 2:
                    continue  # "beragam dan berada dalam koalisi": a second verb, not an item
                if lex.code == "id" and word_count(toks, k + 1, e) == 1 and k - a - 1 >= 2:
                    # "di bidang infrastruktur informasi dan telekomunikasi": one word after
                    # "dan" stands for the last word before it, the rest is shared (Indonesian
                    # puts the head first; in English "text messages and emails" it does not)
                    a = k - 2
                if toks[e - 1][2] == "," or (e < j and toks[e][2] == ","):
                    continue  # "Selain X dan Y, mahasiswa ...": a new clause after the comma
                if lex.code == "en" and any(
                    toks[x][2].endswith("ing") and len(toks[x][2]) > 4 for x in range(k + 2, e)
                ):
                    continue  # "with Qualcomm and NVIDIA adopting BlackBerry technology": the
                    # two are subjects of one clause, not two objects
                if (
                    e < j
                    and cs > i
                    and toks[cs - 1][2] == ","
                    and any(toks[x][2] == "," for x in range(e, j))
                ):
                    continue  # "The research, led by X and Y in South Korea, analyzed ...": an
                    # aside between commas, and what follows it is the main clause
                if e < j and lex.verbish(toks[e][2]) and not _participle_phrase(toks, e, j):
                    continue  # "lima rumah ambruk dan belasan lain rusak": a clause, not an item
                if (
                    lex.code == "en"
                    and (toks[k - 1][2].endswith(_ADJECTIVE_ENDINGS) or toks[k - 1][2] in _ORDINALS)
                    and word_count(toks, k + 1, e) > 1
                ):
                    continue  # "all necessary and appropriate steps": two adjectives, one noun
                shared = (*d.prefix, (i, a + 1))
                if e < j:
                    tail = (e, j)
                if (
                    lex.code == "en"
                    and k - a - 1 == 1
                    and word_count(toks, k + 1, e) > 1
                    and nxt not in DETERMINERS  # "Wales and the South West": a whole name
                    # "criticisms and expressions of concern": the right item is a noun
                    # with its own "of" phrase; no noun is shared
                    and not any(toks[x][2] == "of" for x in range(k + 1, e))
                    # "hail and high winds": an adjective opens a whole noun phrase
                    and nxt not in _COMMON_ADJECTIVES
                    # "locums and bank staff": a plural noun is no modifier of "staff"
                    and not (toks[k - 1][2].endswith("s") and not toks[k - 1][2].endswith("ss"))
                ):
                    # "aged and disability packages": the one word before "and" shares the
                    # noun that ends the other item ("aged packages")
                    tail = (e - 1, j)
            else:
                continue
        if word_count(toks, i, k) < 2 or word_count(toks, *right) < 1:
            continue
        if word_count(toks, right[0], tail[0] if tail else right[1]) <= 1 and _shared_count(
            toks, shared, tail, k, lex
        ):
            continue  # "59 orang divonis bebas dan lepas": 59 is the total, not each one's
        left = Draft((*d.prefix, (i, k)), tail) if tail else Draft(d.prefix, (i, k))
        return [left, *split_coordinated(toks, Draft(shared, right), lex, text)]
    return [d]


def _shared_count(
    toks: list[Token], shared: tuple[Range, ...] | None, tail: Range | None, k: int, lex: Lexicon
) -> bool:
    """True when a count in the words both sides share would be copied onto each side."""
    ranges = [r for r in (shared or ()) if r[1] <= k]
    if tail:
        ranges.append(tail)
    months = lex.raw["months"]

    def count(x: int) -> bool:  # "59 orang", "tiga pelaku"; not "May 17", "Km 370"
        if not is_number(toks[x][2], lex) or x + 1 >= len(toks):
            return False
        return (
            toks[x + 1][2].isalpha()
            and toks[x + 1][2] not in lex.stopwords
            and (x == 0 or toks[x - 1][2] not in months)
        )

    return any(count(x) for a, b in ranges for x in range(a, b))


def _participle_phrase(toks: list[Token], e: int, j: int) -> bool:
    """ "based on ...", "located in ...": a participle and its preposition, shared by both."""
    return toks[e][2].endswith("ed") and e + 1 < j and toks[e + 1][2] in NP_OPENERS


def _item_end(toks: list[Token], s: int, j: int, lex: Lexicon) -> int:
    """Where the noun phrase starting at s ends: "better corporate earnings | based on ...",
    "three automakers | to expand ...", "jembatan | di Papua"."""
    for x in range(s + 1, j):
        low = toks[x][2]
        if low in _CLAUSE_WORDS:
            return -1  # "find out when their train will depart": a clause, not a noun phrase
        if low == "of":
            continue  # "the San Francisco Board of Supervisors": "of" joins one noun phrase
        if low in NP_OPENERS or low in lex.relative or low == "," or lex.verbish(low):
            return x
    return j


# words that start a clause inside what looked like a noun phrase
_CLAUSE_WORDS = frozenset({"when", "whether", "where", "how", "why", "what"})


_AMOUNT_MARKS = frozenset({"$", "€", "£", "rp", "us$", "usd", "idr"})


def _gapped(toks: list[Token], s: int, k: int, j: int) -> bool:
    """ "cakupan MR1 mencapai 92 persen dan MR2 baru 82,3 persen": the right side names a new
    subject with its own figure and leaves the verb out; carrying the verb would pair MR2 with
    the wrong words, so the sentence stays one claim."""

    def figure(a: int, b: int) -> bool:
        return any(toks[x][2][0].isdigit() for x in range(a, b))

    return figure(s, k) and figure(k + 2, j) and not toks[k + 1][2][0].isdigit()


def _acts_on_number(toks: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """ "... and cost $2.5 billion", "dan capai 50 persen": a word right before an amount
    is taken as a verb, since a bare noun seldom stands there."""
    if k + 1 >= j:
        return False
    low, nxt = toks[k][2], toks[k + 1][2]
    if any(predicate(toks, x, lex) for x in range(k + 2, min(j, k + 4))):
        return False  # "dan skor 1-0 menutup babak pertama": a subject, its figure, its verb
    return (
        low.isalpha()
        and low not in lex.stopwords
        and low not in lex.raw["months"]  # "Juni dan Juli 2017"
        and (nxt[0].isdigit() or nxt in _AMOUNT_MARKS)
    )


def in_pair(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """True when the coordinator at k joins the two sides of "antara X dan Y"."""
    for x in range(k - 1, max(i, k - MAX_ITEM_WORDS) - 1, -1):
        low = toks[x][2]
        if low in lex.pair_openers:
            return True
        if low in PUNCT_EDGE or predicate(toks, x, lex):
            return False
    return False


def clausal(toks: list[Token], s: int, e: int, lex: Lexicon, text: str = "") -> bool:
    """True when a list segment looks like a clause (has a verb), not a list item.

    With `text`, a capitalised word inside the segment is a name, never its verb: "PT Soraya
    Berjaya Indonesia"."""
    if text:
        toks = [t for k, t in enumerate(toks[s:e]) if k == 0 or not text[t[0]].isupper()]
        s, e = 0, len(toks)
        if not toks:
            return False
    if lex.code == "en":
        # "wanted to call his family": a past tense in a clause-length segment; not the
        # adjective of a short item ("armed men")
        long = word_count(toks, s, e) >= 3
        return any(
            toks[k][2] in lex.finite_verbs or (long and lex.verbish(toks[k][2]))
            for k in range(s, e)
        )
    # "agar berkualitas, bermartabat dan berbasis budaya": a short ber-/ter- item is a quality
    short = word_count(toks, s, e) <= 2
    return any(
        lex.verbish(low) and not (short and low.startswith(("ber", "ter")))
        for low in (toks[k][2] for k in range(s, e))
    )
