"""Attribution detached from the proposition: "kata Putin", "menurut X", "X said that P"."""

from __future__ import annotations

from .drafts import OBJECT_SPEECH_VERBS, has_predicate, is_number, subject_end, word_count
from .lexicon import Lexicon
from .segment import Token, token_quotes
from .speakers import (
    MAX_SPEAKER,
    SPEAKER_FILLERS,
    SPEAKER_PUNCT,
    STOP_PUNCT,
    Attribution,
    Proposition,
    SpeakerMemory,
    content_words,
    has_lowercase_verb,
    has_verb,
    is_cap,
    make_attribution,
    match_phrase,
    remember_subject,
    skip_openers,
    speaker_end,
    title_dot,
)

__all__ = ["Attribution", "Proposition", "SpeakerMemory", "detach", "skip_openers"]


_TOLD = frozenset({"told", "tells", "tell"})
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were", "am"})
_SPEAKER_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "he", "she", "they"})


def _at_comma(
    text: str, toks: list[Token], a: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """An attribution starting at token a (just after a comma): its end and the record."""
    if a < j and toks[a][2] == '"':
        a += 1  # '... beyond a reasonable doubt," Guzmán wrote': the quote closes first
    if a >= j:
        return None
    low = toks[a][2]
    clitic = (
        bool(lex.pronoun_clitic) and low in lex.attr_inverted and low.endswith(lex.pronoun_clitic)
    )
    if low in lex.attr_inverted:
        end = a + 1 if clitic else speaker_end(toks, a + 1, j, lex)
        caps = a + 1
        while caps < end and is_cap(text, toks[caps]):
            caps += 1
        if a + 1 < caps < end and has_lowercase_verb(text, toks, caps, end, lex):
            end = caps  # "kata Ahmad Dhani tanpa berunding ...": the name ends before the verb
        # "Smith, the mayor, said prices rose": what follows the verb is a clause, not a name
        named = clitic or not has_lowercase_verb(text, toks, a + 1, end, lex)
        if named and lex.code == "en" and end > a + 1:
            # "..., said Smith" / "said the minister"; "..., said demoralisation in
            # universities had not been solved" is what was said, not who said it
            first = toks[a + 1]
            named = (
                is_cap(text, first)
                or first[2] in _SPEAKER_OPENERS
                # "said analyst Brendan Barnicle", "said board chair Teresa Jacobs": a title
                # of a word or two, then the name
                or _titled_name(text, toks, a + 1, end, lex)
            )
        if (clitic or end > a + 1) and named:
            return end, make_attribution(text, toks, a + 1, end, (a, a + 1), lex, memory, clitic)
    k = match_phrase(toks, a, lex.attr_frames)
    if k == 1 and lex.pronoun_clitic and low.endswith(lex.pronoun_clitic):
        # ", menurutnya P": the clitic is the speaker, the last one named
        return a + 1, make_attribution(text, toks, a, a, (a, a + 1), lex, memory, clitic=True)
    if k:
        end = speaker_end(toks, a + k, j, lex)
        if end > a + k:
            return end, make_attribution(text, toks, a + k, end, (a, a + k), lex, memory)
    if low in lex.context_preps or low in lex.clause_openers:
        return None
    end = speaker_end(toks, a, j, lex)
    if is_cap(text, toks[a]) and end < j and toks[end][2] == ",":
        # '"...," Dr. Michael Jhung, a CDC official, told CNN.': the name, who he is, the verb
        c2 = next((x for x in range(end + 1, min(j, end + 8)) if toks[x][2] == ","), -1)
        if c2 > 0 and c2 + 1 < j and toks[c2 + 1][2] in lex.attr_verbs:
            stop = c2 + 2
            while stop < j and toks[stop][2] not in STOP_PUNCT:
                stop += 1
            if toks[c2 + 1][2] in _TOLD or stop - c2 <= 4:
                return stop, make_attribution(text, toks, a, end, (a, stop), lex, memory)
    if low in _PURPOSE:
        return None  # ", untuk keperluan penyelidikan lebih lanjut": a purpose, no speaker
    for v in range(a + 1, min(end + 1, j)):
        if toks[v][2] in lex.attr_inverted or toks[v][2] in lex.attr_verbs:
            if any(toks[x][2] in lex.negators for x in range(a, v)):
                break  # ", no injuries reported": a passive report, not a speaker
            if toks[v - 1][2] in _BE_FORMS:
                break  # ", 1.2% had been asked to ...": a passive
            after = v + 1 + (v + 1 < j and toks[v + 1][2] in lex.when_words)  # "reveals today"
            if toks[v][2] in _TOLD:
                # '"...," Nagin told the judge during the hearing': the audience, then context
                while after < j and after - v <= 4 and toks[after][2] not in STOP_PUNCT:
                    if toks[after][2] in lex.context_preps:
                        break
                    after += 1
            if v - a <= 8 and (
                after >= j or toks[after][2] in STOP_PUNCT or toks[after][2] in lex.context_preps
            ):
                end = v + 1
                while end < j and toks[end][2] not in STOP_PUNCT:
                    if toks[end][2] in lex.complementizers:
                        return None  # "and he acknowledged in a plea deal that P": P is said
                    end += 1  # "said in the letter": context, not part of any claim
                return end, make_attribution(text, toks, a, v, (a, v + 1), lex, memory)
            break
    return None


def _trailing(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, int, Attribution] | None:
    """An attribution after one of the last commas: ", kata Putin", ", he said", ", menurut X".

    Returns the comma's index, the index after the attribution, and the record.
    """
    commas = [k for k in range(j - 1, i, -1) if toks[k][2] == ","][:3]
    for c in commas:
        found = _at_comma(text, toks, c + 1, j, lex, memory)
        if found:
            return c, found[0], found[1]
    return None


def _leading_frame(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """ "Menurut X, P" / "Dikutip dari Reuters, P" / "According to X, P"."""
    k = match_phrase(toks, i, lex.attr_frames)
    if not k:
        return None
    clitic = lex.pronoun_clitic
    if clitic and k == 1 and toks[i][2].endswith(clitic) and i + 1 < j:
        # "Menurutnya, P" / "Menurutnya para menteri ...": the speaker is the last one named
        p = i + 2 if toks[i + 1][2] == "," else i + 1
        return p, make_attribution(text, toks, i, i, (i, i + 1), lex, memory, clitic=True)
    end = speaker_end(toks, i + k, j)
    if end >= j or toks[end][2] != "," or end == i + k:
        return None
    return end + 1, make_attribution(text, toks, i + k, end, (i, i + k), lex, memory)


def _speaker_verb(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution, int] | None:
    """ "Putin mengatakan (bahwa) P" / "Dia menambahkan, P" / "X said (that) P".

    Returns where P starts, the attribution, and where the speaker's words start.
    """
    verbs = lex.attr_verbs
    for v in range(i, min(j, i + MAX_SPEAKER + 6)):
        low = toks[v][2]
        if low in STOP_PUNCT and low not in SPEAKER_PUNCT and not title_dot(toks, v, lex):
            return None
        if low in verbs:
            break
    else:
        return None
    if v > i and toks[v - 1][2] in _BE_FORMS:
        return None  # "we are being asked to give up ...": a passive, not a report
    if v > i and toks[v - 1][2] in _NOT_SPEAKERS:
        return None  # "The second confirmed tornado touched down": an adjective, not a verb
    if lex.code == "en" and v + 1 < j and lex.verbish(toks[v + 1][2]):
        return None  # "Initial jobless claims surged": the speech verb was a noun
    s = i
    said_at = v  # where the speaker's words end
    for k in range(v - 1, i - 1, -1):
        if toks[k][2] == "," and k < v - 1:  # "Kepala BPBD, Nofian Hidayat, mengatakan"
            if any(toks[x][2] in lex.coordinators for x in range(k + 2, v)):
                continue  # "Kepala Pusat Data, Informasi dan Komunikasi BNPB Abdul Muhari"
            if toks[k + 1][2] in lex.context_preps and said_at == v:
                said_at = k  # "dr Putu Arya Nugraha, usai peresmian itu, mengatakan": when
                continue  # he said it, not who
            s = k + 1
            break
    named_before = said_at
    for k in range(s, said_at):
        low = toks[k][2]
        if low in SPEAKER_FILLERS or low in lex.coordinators:
            continue
        if (
            low in lex.relative
            and k > s
            and toks[v + 1][2] in _REPORT_OPENERS
            and all(is_cap(text, toks[x]) for x in range(s, k))
        ):
            # "Iqbal yang tinggal di Rusunawa juga menuturkan, P": the name, then who he is;
            # "Ibu yang sudah berdagang ... mengatakan, P": no name, the whole phrase is who
            named_before = said_at if k == s + 1 and toks[s][2] in _PEOPLE else k
            break
        if (
            low in lex.negators
            or low in lex.predicate_start
            or low in lex.relative
            or (lex.verbish(low) and not is_cap(text, toks[k]))
        ):
            return None
    if _poll_share(toks, s, v, lex):
        # "More than one in ten scientists say P", "60 persen responden mengatakan P": a
        # poll's figure is the claim, the whole sentence, not P said by the respondents
        return None
    if v == s or (v - s == 1 and toks[s][2] in SPEAKER_FILLERS):
        speaker_s, speaker_e = s, s
    else:
        speaker_s, speaker_e = s, min(said_at, named_before)
        if toks[s][2] in lex.context_preps and is_cap(text, toks[speaker_e - 1]):
            # "In the conference call with analysts Chen stated that P": the name before the
            # verb is the speaker, the phrase before it says where
            run = speaker_e - 1
            while run - 1 > s and is_cap(text, toks[run - 1]):
                run -= 1
            speaker_s = run
    name_e = next((k for k in range(i, s) if toks[k][2] == ","), -1)
    if (
        0 < name_e - i <= 7
        and word_count(toks, i, name_e) <= 4
        # "Iqbal Salim (45), asal Lembursitu, mengatakan": the age in brackets is the name's
        and all(
            is_cap(text, toks[k]) or toks[k][2] in _AGE or toks[k][2].isdigit()
            for k in range(i, name_e)
        )
        and not lex.titles.match_tokens(toks, i, name_e)  # "Kepala BPBD, Nofian, mengatakan"
        and toks[i][2] not in lex.contrast  # "Namun, dia mengaku P": a connective, no name
        and toks[i][2] not in lex.leading_connectives
    ):
        # "Asep Usman, Kasi Kedaruratan BPBD, menyebutkan, P": the speaker is the name before
        # the title; the title stays inside the attribution's words
        speaker_s, speaker_e, s = i, name_e, i
        while speaker_e > i + 1 and (
            toks[speaker_e - 1][2] in _AGE or toks[speaker_e - 1][2].isdigit()
        ):
            speaker_e -= 1  # "Iqbal Salim (45)": the name without the age
    p = v + 1
    if lex.code == "en" and p < j and (toks[p][2] == "to" or toks[p][2] in lex.context_preps):
        # "admitted to other individuals that P", "said to reporters that P": the audience;
        # "acknowledged in a plea deal that P": where it was said
        that = next(
            (x for x in range(p + 1, min(j, p + 7)) if toks[x][2] in lex.complementizers), -1
        )
        if that > 0 and not has_verb(toks, p + 1, that, lex):
            p = that
    if lex.code == "en" and toks[v][2] == "told":
        while (
            p < j
            and p - v <= 8  # "told reporters at an event Tuesday that ..."
            and toks[p][2] not in lex.complementizers
            and toks[p][2] not in STOP_PUNCT
        ):
            p += 1
        if p >= j or (toks[p][2] not in lex.complementizers and toks[p][2] not in {",", ":"}):
            return None  # "told students to take cover": a directive, not a reported claim
    if p < j and toks[p][2] in _NOT_SPEECH:
        return None  # "warned of mixed trading": a verb of speaking, but no reported claim
    if toks[v][2] in OBJECT_SPEECH_VERBS and p < j and toks[p][2] not in _REPORT_OPENERS:
        return None  # "praised the opposition": an object, not something said
    if p < j and toks[p][2] != '"' and word_count(toks, p, j) < 2:
        return None  # "Ahmad Dhani langsung menyatakan banding": a one-word object
    p = _skip_when(text, toks, p, j, lex)
    while p < j and toks[p][2] in {",", ":"}:
        p += 1
    if p < j and toks[p][2] in lex.complementizers:
        p += 1
    elif p < j and toks[p][2] == '"' and toks[p - 1][2] in {",", ":"}:
        pass  # 'said: "To minimise the impact, we advise ..."': a quotation is what is said
    elif p >= j or (toks[p][2] in lex.context_preps and not has_verb(toks, p, j, lex)):
        # '"...." Khuda said in an interview.': a bare attribution of the quote before it
        if v == s:
            return None
        attr = make_attribution(text, toks, speaker_s, speaker_e, (speaker_s, j), lex, memory)
        return j, attr, s
    elif lex.code == "en" and not has_verb(toks, p, _clause_end(toks, p, j, lex), lex):
        # "confirmed Mark Rosekind as administrator", "tweeted his support ahead of the vote,
        # saying ...": an object, not a reported claim (one has a verb before its first comma)
        return None
    words_s = speaker_s
    if (
        speaker_s == s
        and s - 1 > i
        and toks[s - 1][2] == ","
        and word_count(toks, i, s - 1) <= 4
        and all(is_cap(text, toks[x]) for x in range(i, s - 1))
    ):
        words_s = i  # "Bupati Situbondo, Karna Suswandi mengatakan": the title is his too
    attr = make_attribution(text, toks, speaker_s, speaker_e, (words_s, p), lex, memory)
    return p, attr, s


def _poll_share(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """ "60 persen responden", "one in ten scientists", "three out of four voters": a share of
    the people asked (not "two officials", who are speakers)."""
    for k in range(s, e):
        low = toks[k][2]
        if low in lex.raw["percent_words"]:
            return True
        if k + 2 < e and is_number(low, lex) and toks[k + 1][2] in {"in", "out"}:
            return True
    return False


def _clause_end(toks: list[Token], p: int, j: int, lex: Lexicon | None = None) -> int:
    """The first comma after p, past a relative clause between commas ("the plant, which
    opened in 2010, will close")."""
    k = next((k for k in range(p, j) if toks[k][2] == ","), j)
    if lex is not None and k + 1 < j and toks[k + 1][2] in lex.relative:
        close = next((x for x in range(k + 2, j) if toks[x][2] == ","), j)
        if close < j:  # the clause closes, and the one it interrupted goes on
            return next((x for x in range(close + 1, j) if toks[x][2] == ","), j)
    return k


# after a verb of speaking, these start its object, not a reported proposition


# what may stand before a speech verb used as an adjective: "the second confirmed tornado"
_NOT_SPEAKERS = frozenset({"the", "a", "an", "first", "second", "third", "fourth", "fifth"})
_AGE = frozenset({"(", ")"})
_PURPOSE = frozenset({"untuk", "guna", "demi", "agar", "supaya", "for", "to"})
# common nouns for people that open a sentence capitalised: "Ibu yang ...", "Warga yang ..."
_PEOPLE = frozenset(
    {"ibu", "bapak", "pak", "bu", "warga", "pria", "wanita", "pedagang", "petugas", "korban"}
)
_REPORT_OPENERS = frozenset({"that", "bahwa", ",", ":", '"'})
_NOT_SPEECH = frozenset({"of", "about", "against", "for", "tentang", "soal", "mengenai"})


def clause_report(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """ "Al Rawi said P" as one clause of a longer sentence: where P starts, and who said it."""
    if not is_cap(text, toks[i]) and toks[i][2] not in lex.subject_pronouns:
        return None
    found = _speaker_verb(text, toks, i, j, lex, memory)
    if found is None or found[0] >= j:
        return None
    if found[1].speaker is None and toks[i][2] not in lex.pronouns:
        return None  # an unresolved "he said P" still gives P; a nameless phrase does not
    return found[0], found[1]


def _skip_when(text: str, toks: list[Token], p: int, j: int, lex: Lexicon) -> int:
    """Index after "on Tuesday" / "pada Senin (13/10)" / "Tuesday" right after the verb: the
    time of the saying belongs to the attribution, not to the claim."""
    if p + 1 >= j:
        return p
    if toks[p][2] in lex.when_words:
        k = p + 1
        while k < j and k - p <= 4 and (toks[k][2][0].isdigit() or toks[k][2] in "()/"):
            k += 1  # "Senin (13/10)"
        return k
    if toks[p][2] not in lex.context_preps:
        return p
    k = p + 1
    while (
        k < j
        and k - p <= 6
        and (is_cap(text, toks[k]) or toks[k][2][0].isdigit() or toks[k][2] in "()/")
    ):
        k += 1
    return k if k > p + 1 and k < j else p


def detach(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    memory: SpeakerMemory,
    present: set[str] | frozenset[str] | None = None,
) -> Proposition:
    """Split a sentence's tokens into the reported proposition and its attribution.

    `present` (the sentence's lowercased tokens) lets a sentence with no attribution word skip
    the search. A bare quote right after an attributed one continues it, so it keeps its
    speaker; any sentence that is not a quote ends that run.
    """
    prop = _detach(text, toks, lex, memory, present)
    if prop.attribution is None and not prop.quoted:
        remember_subject(text, toks, prop.lead, lex, memory)
    if not prop.quoted:
        memory.quote = None
    elif prop.attribution is not None:
        memory.quote = prop.attribution.speaker
    elif memory.quote:
        prop.attribution = Attribution(memory.quote, [], "quote", False)
    return prop


def _detach(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    memory: SpeakerMemory,
    present: set[str] | frozenset[str] | None,
) -> Proposition:
    n = len(toks)
    i = skip_openers(toks, 0, n, lex)
    j = n
    while j > i and toks[j - 1][2] in {".", "!", "?", "\u2026"}:
        j -= 1
    back = lex.backward_frames.match_tokens(toks, i, j) if lex.backward_frames else 0
    if back and i + back < j:
        # "Hal tersebut disampaikan oleh Kadispar Bali Tjok Bagus": who said what came before
        end = next(
            (x for x in range(i + back, j) if toks[x][2] == "," or toks[x][2] in lex.context_preps),
            j,
        )  # "... Kurnia Ramadhana dalam jumpa pers": the place is not the speaker
        said = make_attribution(text, toks, i + back, end, (i, end), lex, memory)
        return Proposition([(j, j)], said, lead=i, backward=True)
    quote_first = i < j and toks[i][2] == '"'
    if present is not None and not quote_first and lex.attr_triggers.isdisjoint(present):
        return Proposition([(i, j)], None, lead=i)
    if i < j and toks[i][2] == '"':
        close = next((b for a, b in token_quotes(toks, i, j) if a == i), -1)
        if close > i + 1:
            after = close + 1
            if after < j and toks[after][2] == ",":
                after += 1
            quote_attr = _at_comma(text, toks, after, j, lex, memory)
            if quote_attr is not None or after >= j:
                attr = quote_attr[1] if quote_attr else None
                prop = Proposition([(i + 1, close)], attr, quoted=True, lead=i)
                end = quote_attr[0] if quote_attr else j
                if (
                    end + 1 < j
                    and toks[end][2] == ","
                    and (toks[end + 1][2] in lex.contrast or toks[end + 1][2] in lex.coordinators)
                ):
                    prop.tail = (end + 1, j)  # '"...," X said, but he declined to ...'
                return prop
    found = _leading_frame(text, toks, i, j, lex, memory)
    if found:
        return Proposition([(found[0], j)], found[1], lead=i)
    trailing = _trailing(text, toks, i, j, lex, memory)
    if (
        trailing
        and lex.code == "en"
        and toks[trailing[0] + 1][2] in lex.attr_inverted
        and content_words(toks, i, trailing[0], lex) >= 3
        and not has_lowercase_verb(text, toks, i, trailing[0], lex)
    ):
        # "Jose Arroyo, a union representative, said Bway Corp. ... purchased": what stands
        # before ", said" is the speaker with his title, not something said
        trailing = None
    if trailing:
        c, end, attr = trailing
        if (
            end + 1 < j
            and toks[end][2] == ","
            and content_words(toks, end + 1, j) >= 3
            and attr.named
            and all(is_cap(text, toks[k]) for k in range(i, c))
            and not has_verb(toks, i, c, lex)
        ):
            # "Wakapolres Jakarta Barat, AKBP Ujang mengatakan, P": a title before the name,
            # and the claim after the verb
            attr.spans.insert(0, (toks[i][0], toks[c - 1][1]))
            return Proposition([(end + 1, j)], attr, lead=i)
        if (
            end + 1 < j
            and toks[end][2] == ","
            and attr.named
            and toks[i][2] in lex.context_preps
            and content_words(toks, end + 1, j) >= 3
            and has_verb(toks, end + 1, j, lex)
        ):
            # "Di tempat yang berbeda, Bupati Situbondo, Karna Suswandi mengatakan, P": where
            # and who, then the claim
            return Proposition([(end + 1, j)], attr, lead=i)
        if (
            end < j
            and toks[end][2] == ","
            and content_words(toks, end + 1, j) >= 2
            # "Silaturahmi antar menteri, sambungnya, tetap terjaga": an inverted verb between
            # commas interrupts the proposition when a predicate follows ("..., said X,
            # director of Y" is the speaker's title); other frames only after an opener
            and (
                content_words(toks, i, c, lex) < 3
                or (toks[c + 1][2] in lex.attr_inverted and has_verb(toks, end + 1, j, lex))
            )
        ):
            # "Sebab, menurut dia, angka inflasi ..." / "The economy, he said, is growing"
            if content_words(toks, i, c, lex) == 0:
                return Proposition([(end + 1, j)], attr, lead=i)
            return Proposition([(i, c), (end + 1, j)], attr, lead=i)
        if (
            end < j
            and match_phrase(toks, c + 1, lex.attr_frames)
            and toks[end][2] not in lex.relative
            and toks[end][2] not in lex.context_preps
            and content_words(toks, end, j, lex) >= 2
            and has_verb(toks, end, j, lex)
        ):
            # "Terkait penggantian dana, menurutnya sejauh ini tidak ada kendala": the claim
            # goes on after the frame, with its topic before it
            return Proposition([(i, c), (end, j)], attr, lead=i)
        inner = _speaker_verb(text, toks, i, c, lex, memory)
        return (
            Proposition([(i, c)], attr, lead=i)
            if inner is None
            else Proposition([(inner[0], c)], attr, lead=i)
        )
    appositive = _appositive_speaker(text, toks, i, j, lex, memory)
    if appositive:
        return appositive
    saying = (
        _saying(text, toks, i, j, lex, memory)
        if present is None or not lex.speech_participles.isdisjoint(present)
        else None
    )
    if saying:
        return saying
    spoken = _speaker_verb(text, toks, i, j, lex, memory)
    if spoken:
        p, attr, s = spoken
        prop = Proposition([(p, j)], attr, lead=i)
        # "Photos showed a fallen building, and reports said P": the clause before the
        # speaker's comma is a claim of its own, not part of the attribution
        comma = s - 1  # the speaker's words start after a comma, or at i
        if (
            comma > i
            and content_words(toks, i, comma, lex) >= 3
            # a verb outside a relative clause: "While the board adopted the budget, they
            # stressed P" is a claim; "di tempat yang berbeda, Bupati X, Y mengatakan P" only
            # says where
            and has_lowercase_verb(text, toks, i, _before_relative(toks, i, comma, lex), lex)
        ):
            prop.tail = (i, comma)
        return prop
    return _speaker_after_contrast(text, toks, i, j, lex, memory) or Proposition(
        [(i, j)], None, lead=i
    )


def _titled_name(text: str, toks: list[Token], s: int, end: int, lex: Lexicon) -> bool:
    for x in (s + 1, s + 2):
        if x >= end:
            return False
        title = toks[x - 1][2]
        if not title.isalpha() or lex.verbish(title):
            return False
        if is_cap(text, toks[x]):
            return True
    return False


def _before_relative(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """Where the first relative clause in [i, j) starts ("yang", "which"), else j."""
    for x in range(i, j):
        if toks[x][2] in lex.relative:
            return x
    return j


def _saying(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> Proposition | None:
    """ "Yee's attorneys had called for five years, saying Yee had a history of public service":
    what follows "saying" is said by the subject of the clause before, which is a claim too."""
    for c in range(i + 3, j - 3):
        if toks[c][2] != "," or toks[c + 1][2] not in lex.speech_participles:
            continue
        p = c + 2 + (toks[c + 2][2] in lex.complementizers)
        se = subject_end(toks, i, c, lex)
        if (
            se <= i
            or word_count(toks, i, se) > 6
            or not has_predicate(toks, se, c, lex)
            or not has_verb(toks, p, j, lex)
        ):
            return None
        attr = make_attribution(text, toks, i, se, (c + 1, c + 2), lex, memory)
        return Proposition([(p, j)], attr, lead=i, tail=(i, c))
    return None


def _speaker_after_contrast(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> Proposition | None:
    """ "The survey did not ask X, but Whitehead told a press conference: P": P is
    Whitehead's; the clause before "but" is a claim of its own, with no speaker."""
    for k in range(i + 3, j - 3):
        if toks[k][2] not in lex.contrast or toks[k][2] in lex.contrast_needs_itu:
            continue
        if toks[k - 1][2] in lex.negators:
            continue  # "has not yet been forthcoming": "yet" is no contrast here
        spoken = _speaker_verb(text, toks, k + 1, j, lex, memory)
        if spoken and spoken[2] == k + 1 and spoken[1].speaker:
            p, attr, _ = spoken
            prop = Proposition([(p, j)], attr, lead=i)
            prop.tail = (i, k - (toks[k - 1][2] == ","))
            return prop
    return None


def _appositive_speaker(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> Proposition | None:
    """ "Pezeshkian, yang melakukan kunjungan ..., memuji P": P by Pezeshkian, and the visit."""
    for x in range(i + 1, min(j - 2, i + 6)):
        if toks[x][2] != ",":
            if not toks[x][2][0].isalnum():
                return None
            continue
        if toks[x + 1][2] not in lex.relative:
            return None
        c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
        if c2 < 0 or c2 + 2 >= j or toks[c2 + 1][2] not in lex.attr_verbs:
            return None
        p = c2 + 2
        if toks[p][2] in lex.complementizers:
            p += 1
        attr = make_attribution(text, toks, i, x, (c2 + 1, c2 + 2), lex, memory)
        return Proposition([(p, j)], attr, lead=i, appositive=[(i, x), (x + 2, c2)])
    return None
