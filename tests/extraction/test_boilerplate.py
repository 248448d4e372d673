"""Boilerplate is skipped line by line and reported, never turned into claims."""

from pathlib import Path

from claims.extraction import extract
from claims.extraction.boilerplate import strip_boilerplate

SAMPLE = Path(__file__).resolve().parents[2] / "claims/fixtures/articles/000_d7d0446ce7bbbc77.txt"


def _skipped(text: str) -> list[tuple[str, str]]:
    _, skipped = strip_boilerplate(text)
    return [(text[s:e], reason) for s, e, reason in skipped]


def _claimed(text: str, piece: str, language: str = "id") -> bool:
    at = text.index(piece)
    result = extract(text, language=language)
    return any(s < at + len(piece) and at < e for c in result.claims for s, e in c["spans"])


def test_it_skips_read_more_lines():
    text = "Harga naik 5 persen.\nBaca juga: Harga cabai turun\nLihat juga video ini\nSimak juga"
    assert [r for _, r in _skipped(text)] == ["read-more", "read-more", "read-more"]
    assert not _claimed(text, "Harga cabai turun")


def test_english_read_more_is_skipped():
    text = "Prices rose 5 percent.\nRead more: Prices fell in May\n"
    assert _skipped(text) == [("Read more: Prices fell in May", "read-more")]


def test_a_dateline_prefix_is_skipped_but_the_rest_of_the_line_is_body():
    for line, prefix in [
        ("TRIBUNNEWS.COM - Harga beras naik.", "TRIBUNNEWS.COM - "),
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "JAKARTA, KOMPAS.com - "),
        ("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6.com, Jakarta - "),
    ]:
        text = "Judul\n" + line + "\nWarga mengeluh."
        assert _skipped(text) == [(prefix.strip(), "dateline")] or _skipped(text) == [
            (prefix, "dateline")
        ]
        assert _claimed(text, "Harga beras naik")
        assert not _claimed(text, prefix.strip())


def test_wire_datelines_are_skipped():
    for prefix in ["LONDON (Reuters) - ", "MOSCOW (AP) \u2014 ", "Washington (CNN) -- "]:
        text = prefix + "Prices rose 5 percent in May."
        skipped = _skipped(text)
        assert skipped and skipped[0][1] == "dateline", prefix
        assert not _claimed(text, prefix.strip(), "en")


def test_a_credit_at_the_end_is_skipped():
    text = "Harga naik.\n(Tribunnews.com/Bobby)"
    assert _skipped(text) == [("(Tribunnews.com/Bobby)", "credit")]
    text = "Harga beras naik 10 persen. (Tribunnews.com/Bobby)"
    assert _skipped(text) == [("(Tribunnews.com/Bobby)", "credit")]
    assert _claimed(text, "Harga beras naik")


def test_captions_bylines_and_timestamps_are_skipped():
    text = "\n".join(
        [
            "Judul berita di sini",
            "Kompas.com - 01/08/2017, 15:34 WIB",
            "Kurnia Sari Aziza",
            "Penulis",
            "Foto: Presiden meninjau pasar",
            "Editor: Budi",
            "Harga beras naik 10 persen.",
        ]
    )
    reasons = [r for _, r in _skipped(text)]
    assert reasons == ["timestamp", "byline", "byline", "caption", "byline"]


def test_english_bylines_are_skipped():
    text = "Title here\nBy Jane Doe and John Roe\nFrom Paul Courson, CNN\nPrices rose."
    assert [r for _, r in _skipped(text)] == ["byline", "byline"]


def test_headline_and_lede_are_recognised():
    lines, _ = strip_boilerplate(SAMPLE.read_text(encoding="utf-8"))
    assert [ln.section for ln in lines[:3]] == ["headline", "lede", "body"]


def test_sample_boilerplate_is_reported_and_never_claimed():
    text = SAMPLE.read_text(encoding="utf-8")
    result = extract(text)
    reasons = {text[s["start"] : s["end"]]: s["reason"] for s in result.skipped}
    assert reasons == {
        "TRIBUNNEWS.COM -": "dateline",
        "Baca juga:": "read-more",
        "(Tribunnews.com/Bobby)": "credit",
    }
    for piece in reasons:
        assert not _claimed(text, piece)


def test_a_body_sentence_that_only_mentions_a_word_like_editor_is_kept():
    text = "Judul\nEditor senior itu mengundurkan diri setelah 20 tahun bekerja di harian tersebut."
    assert _skipped(text) == []


def test_a_dateline_without_the_outlet_is_skipped_only_at_the_top():
    text = (
        "Sidang Perundungan PPDS Berlanjut\n"
        "Jakarta – Kasus perundungan di PPDS kembali disidangkan pada Senin.\n"
        "Warga mengeluh.\n"
        "Lalu lintas padat.\n"
        "Bandung – Kota ini juga dilanda banjir.\n"
    )
    assert ("Jakarta –", "dateline") in _skipped(text)
    assert not any(piece.startswith("Bandung") for piece, _ in _skipped(text))
    # a headline that merely contains a dash is not a dateline
    assert _skipped("Jokowi – Prabowo Bertemu di Istana\nKeduanya makan siang.") == []


def test_wire_and_portal_datelines():
    for line, prefix in [
        ("Jayapura (ANTARA) – Polda Papua menyiagakan 1.128 personel.", "Jayapura (ANTARA) –"),
        ("WahanaNews.co | Laga kedua digelar malam ini.", "WahanaNews.co |"),
        ("June 1 (Reuters) - FirstGroup warned of mixed trading.", "June 1 (Reuters) -"),
    ]:
        assert (prefix, "dateline") in _skipped("Judul\n" + line)


def test_a_bare_read_more_label_takes_the_linked_headlines_below_it():
    text = (
        "Harga naik.\nBaca Juga:\nPresiden Resmikan Bendungan Baru di Aceh\n"
        "- Gubernur Tinjau Lokasi Banjir\nLima orang terluka."
    )
    assert [r for _, r in _skipped(text)] == ["read-more"] * 3
    assert _claimed(text, "Lima orang terluka")


def test_wire_notes_captions_and_copyright_lines_are_skipped():
    lines = [
        "THIS IS A BREAKING NEWS UPDATE. Check back soon for further information.",
        "Reuters Staff",
        "1 Min Read",
        "$1 = 0.7769 pounds Reporting by Rahul B in Bengaluru",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "This report by The Canadian Press was first published Aug. 2, 2023.",
        "Map locates the city of Carmen in the Philippines; 1c x 3 inches; — AP",
        "Athan Kaliakmanis Rutgers Athan Kaliakmanis - The Canadian Press",
        "Copyright © ANTARA 2025",
        "[Gambas:Video CNBC]",
        "(tps/șef)",
    ]
    text = "Prices rose 5 percent.\n" + "\n".join(lines)
    assert [piece for piece, _ in _skipped(text)] == lines


def test_a_hard_wrapped_paste_is_read_as_whole_sentences():
    text = (
        "Senate advances infrastructure bill\n"
        "WASHINGTON, Aug 7 (Reuters) - The U.S. Senate voted to\n"
        "advance a $1 trillion infrastructure package on Saturday.\n"
        "In a 67-27 vote, senators agreed\n"
        "to limit debate on the legislation.\n"
    )
    texts = [c["text"] for c in extract(text, language="en").claims]
    assert "The U.S. Senate voted to advance a $1 trillion infrastructure package on Saturday" in (
        texts
    )
    assert any(t.endswith("senators agreed to limit debate on the legislation") for t in texts)
    lines, _ = strip_boilerplate(text)
    assert [ln.section for ln in lines] == ["headline", "lede", "body"]


def test_a_label_line_is_a_heading_and_the_subject_of_the_rows_under_it():
    text = (
        "Banjir Parah di Berau\n"
        "Banjir merendam sejumlah kampung di Kecamatan Segah.\n"
        "Kampung Long La’ai:\n"
        "Ketinggian air 5 meter\n"
        "Warga terdampak: 640 jiwa (212 KK)\n"
        "Fasilitas rusak:\n"
        "BPBD Berau mengerahkan tiga tim tanggap darurat:\n"
        "Tim II membawa armada roda empat.\n"
    )
    result = extract(text, language="id")
    headings = [text[s["start"] : s["end"]] for s in result.skipped if s["reason"] == "heading"]
    assert headings == ["Kampung Long La’ai:", "Fasilitas rusak:"]
    rows = {c["text"]: c["inferred_subject"] for c in result.claims}
    assert rows["Ketinggian air 5 meter"] == "Kampung Long La’ai"
    assert rows["Warga terdampak: 640 jiwa (212 KK)"] == "Kampung Long La’ai"
    assert rows["Tim II membawa armada roda empat"] is None
    assert rows["BPBD Berau mengerahkan tiga tim tanggap darurat"] is None


def test_a_photo_line_credited_istimewa_is_a_caption():
    text = "Judul\nKasus naik.\nKasus campak meningkat akibat turunnya imunisasi. (Istimewa)\n"
    assert _skipped(text) == [
        ("Kasus campak meningkat akibat turunnya imunisasi. (Istimewa)", "caption")
    ]


def test_an_agency_line_and_a_city_state_dateline_are_skipped():
    text = "Tornado touches down\nASSOCIATED PRESS\nDEXTER, Mich. — Several houses were damaged.\n"
    assert _skipped(text) == [("ASSOCIATED PRESS", "byline"), ("DEXTER, Mich. —", "dateline")]


def test_a_name_alone_under_the_headline_is_the_byline():
    from claims.extraction import extract

    text = "Agency to force air bag recall\nDavid Shepardson\nThe agency said it will act."
    result = extract(text, language="en")
    assert [text[s["start"] : s["end"]] for s in result.skipped if s["reason"] == "byline"] == [
        "David Shepardson"
    ]
    assert all("Shepardson" not in c["text"] for c in result.claims)


def test_a_name_with_a_social_handle_is_a_byline():
    from claims.extraction import extract

    text = (
        "Dow retreats from 20,000\nIndex now shy of milestone\n- Adam Shell @adamshell\n"
        "The Dow fell."
    )
    result = extract(text, language="en")
    assert "byline" in {s["reason"] for s in result.skipped}
    assert all("adamshell" not in c["text"] for c in result.claims)


def test_a_sentence_ending_in_an_outlet_and_photographer_credit_is_a_caption():
    from claims.extraction import extract

    text = (
        "Jokowi tak Pasang Target UN\n"
        "Siswa SMK mengikuti ujian di Jakarta, Senin (15/4). (Republika/Agung Supriyanto)\n"
        "Gubernur memilih tidak mendatangi sekolah-sekolah pada hari pertama ujian."
    )
    result = extract(text, language="id")
    assert [s["reason"] for s in result.skipped] == ["caption"]
    assert all("Siswa SMK" not in c["text"] for c in result.claims)


def test_a_lone_word_is_a_fragment_not_a_claim():
    from claims.extraction import extract

    text = "Warga Takjub Naik Kereta Cepat\nWarga mencoba kereta cepat hari ini.\nTakjub\n\nloading"
    result = extract(text, language="id")
    assert [s["reason"] for s in result.skipped] == ["heading", "promo"]
    assert all(c["text"] not in {"Takjub", "loading"} for c in result.claims)


def test_a_bracketed_dateline_an_image_file_and_feedback_promos_are_skipped():
    from claims.extraction import extract

    text = (
        "AirTrunk bets on data centres\n"
        "39053871 - 12_07_2016 - pixgeneric.jpg\n"
        "[HONG KONG] A Singaporean startup is betting US$1.7 billion on data centres.\n"
        "Your feedback is important to us\n"
        "Tell us what you think. Email us at\n"
    )
    result = extract(text, language="en")
    reasons = {text[s["start"] : s["end"]].strip(): s["reason"] for s in result.skipped}
    assert reasons["39053871 - 12_07_2016 - pixgeneric.jpg"] == "caption"
    assert reasons["[HONG KONG]"] == "dateline"
    assert reasons["Your feedback is important to us"] == "promo"
    assert [c["text"] for c in result.claims][1:] == [
        "A Singaporean startup is betting US$1.7 billion on data centres"
    ]


def test_a_reuters_timestamp_with_slashes_is_skipped():
    from claims.extraction import extract

    text = (
        "Judge denies retrial\nJuly 24, 2014 / 11:26 PM / 3 years ago\n"
        "The judge denied the request."
    )
    result = extract(text, language="en")
    assert "timestamp" in {s["reason"] for s in result.skipped}
    assert all("11:26" not in c["text"] for c in result.claims)


def test_a_line_the_page_printed_twice_gives_its_claims_once():
    from claims.extraction import extract

    text = (
        "Judge declines to void fraud conviction\n"
        "Judge declines to void fraud conviction\n"
        "The judge refused to overturn the conviction on Thursday."
    )
    result = extract(text, language="en")
    assert [c["text"] for c in result.claims].count("Judge declines to void fraud conviction") == 1
    assert [s["reason"] for s in result.skipped] == ["repeated"]


def test_a_byline_with_a_date_after_a_dash_is_a_timestamp_line():
    from claims.extraction import extract

    text = "Judul berita ini\nAlwan Ridha Ramdani - Senin, 26 Juni 2023\nKuota haji terserap habis."
    result = extract(text, language="id")
    assert [c["text"] for c in result.claims] == ["Judul berita ini", "Kuota haji terserap habis"]
    assert [s["reason"] for s in result.skipped] == ["timestamp"]
    text = "Headline here\nJane Smith | Monday, June 26, 2023 10:30 am\nThe quota was used."
    result = extract(text, language="en")
    assert [s["reason"] for s in result.skipped] == ["timestamp"]
    # a sentence that goes on after the date is not a timestamp
    text = "Judul lagi\nIsi pertama.\nRapat digelar - Senin, 26 Juni 2023 di gedung DPR."
    assert "timestamp" not in [s["reason"] for s in extract(text, language="id").skipped]


def _skipped_reasons(text: str, language: str) -> list[str]:
    from claims.extraction import extract

    return [s["reason"] for s in extract(text, language=language).skipped]


def test_more_boilerplate_shapes_in_both_languages():
    en = (
        "Headline of the story\n"
        "Tue, 30 Nov, 2021 - 11:52\n"
        "Singapore \u2022 Wozniacki won the title.\n"
        "Bresnahan is a Times staff writer.\n"
        ":: More to follow"
    )
    assert _skipped_reasons(en, "en") == ["timestamp", "dateline", "byline", "promo"]
    id_ = (
        "Judul berita ini\n"
        "Rabu, 30 Januari 2019, 6:15 PM\n"
        "loading...\n"
        "Ilustrasi suspensi saham di bursa.\n"
        "JOGJA\u2014Lembaga Penjamin Simpanan menjamin dana nasabah.\n"
        "Liputan6.com, Jakarta Harga bahan pokok naik.\n"
        "Para penjemput turis di bandara (Suara Denpasar/ Rovin Bou)"
    )
    assert _skipped_reasons(id_, "id") == [
        "timestamp",
        "promo",
        "caption",
        "dateline",
        "dateline",
        "caption",
    ]


def test_a_source_in_brackets_ends_a_body_sentence_not_a_caption():
    text = "Headline of the story\nInflation rose 3 percent in May (Source: Statistics Canada)"
    assert "caption" not in _skipped_reasons(text, "en")


def test_an_article_is_stripped_with_its_own_languages_patterns():
    from claims.extraction.boilerplate import strip_boilerplate

    text = "Judul berita\nBaca juga: Harga cabai naik\nRead more: Prices rise\nIsi berita."
    _, skipped = strip_boilerplate(text, "id")
    assert [text[s:e] for s, e, _ in skipped] == ["Baca juga: Harga cabai naik"]
    _, skipped = strip_boilerplate(text)  # no language: every language's patterns
    assert len(skipped) == 2


def test_bylines_datelines_and_labels_seen_in_a_review_of_new_articles():
    id_ = (
        "Ekonomi RI di Kuartal I-2019 bakal Kinclong\n"
        "Husen Miftahudin    \u2022    Rabu, 06 Feb 2019 16:13 WIB\n"
        "Jakarta: Badan Pusat Statistik mencatat ekonomi tumbuh 5,17 persen.\n"
        "Artikel ini ditulis oleh:"
    )
    assert _skipped_reasons(id_, "id") == ["timestamp", "dateline", "byline"]
    text = "Judul berita\nJakarta, Aktual.com \u2013 Tujuh fraksi di DPR sepakat."
    assert _skipped_reasons(text, "id") == ["dateline"]
    en = "PIX: 10-man Manchester City go top after last-gasp win\nCity won 3-2 on Saturday."
    assert _skipped_reasons(en, "en") == ["label"]


def test_a_capitals_dateline_with_any_agency_in_brackets():
    text = "Study finds risk\nWASHINGTON (dpa-AFX) - A new study found that most had one."
    assert _skipped_reasons(text, "en") == ["dateline"]


def test_breadcrumbs_and_donation_appeals():
    text = (
        "Australia ends mandatory detention\n"
        "Media Center \u00bb Video Immigration News\n"
        "Support migrant centric journalism today and donate\n"
        "Australia will end mandatory detention."
    )
    assert _skipped_reasons(text, "en") == ["breadcrumb", "promo"]
    text = "Judul berita\nBeranda \u203a Nasional \u203a Hukum\nIsi berita di sini."
    assert _skipped_reasons(text, "id") == ["breadcrumb"]


def test_shapes_from_a_second_review_of_new_articles():
    en = (
        "Mourinho happy after comeback\n"
        "Tue, 06 Mar 2018 - 08:00 GMT\n"
        "Written by Natalie Gagliordi, Contributor\n"
        "CAIRO \u2013 6 March 2018: Manchester United won the game 3-2."
    )
    assert _skipped_reasons(en, "en") == ["timestamp", "byline", "dateline"]
    id_ = (
        "OTT Polsek Bikin Malu\nFoto net\n"
        "Headline.co.id (Jakarta). Sejumlah wilayah masih dilanda bencana alam.\n"
        "PARLEMEN, \u2013 DPR RI menyetujui rancangan undang-undang itu."
    )
    assert _skipped_reasons(id_, "id") == ["caption", "dateline", "dateline"]


def test_a_caption_ending_with_its_agency_credit():
    text = (
        "Mourinho happy after comeback\n"
        "Everton vs Manchester United - Goodison Park, Liverpool, Britain - January 1, 2018 "
        "Manchester United manager Jose Mourinho REUTERS/Andrew Yates\n"
        "Manchester United won 3-2 on Monday."
    )
    assert _skipped_reasons(text, "en") == ["caption"]
    # a date with slashes at the end of a sentence is not a credit
    text = "Judul berita\nRapat digelar pada Senin 17/1/2025"
    assert "caption" not in _skipped_reasons(text, "id")


def test_site_pipe_city_and_capitals_em_dash_datelines():
    text = "Judul berita\nDIALEKSIS.COM | Jakarta - Partai Demokrat telah mengambil sikap."
    assert _skipped_reasons(text, "id") == ["dateline"]
    text = "Workers get shocking news\nHUBBARD \u2014 Workers prepared for contract talks."
    assert _skipped_reasons(text, "en") == ["dateline"]


def test_a_caption_under_the_outlets_name_and_a_slash_is_skipped():
    text = (
        "DBD Buleleng Nomor Dua Tertinggi\n"
        "Bali Tribune / Data jumlah penderita BDB di Kabupaten Buleleng\n"
        "Angka penderita DBD di Buleleng cukup tinggi."
    )
    assert _skipped(text) == [
        ("Bali Tribune / Data jumlah penderita BDB di Kabupaten Buleleng", "caption")
    ]
    assert _claimed(text, "Angka penderita DBD di Buleleng cukup tinggi")


def test_a_detik_byline_and_a_bracketed_site_dateline_are_skipped():
    text = (
        "Gempa Guncang Sukabumi\n"
        "Oris Riswan Budiana, Siti Fatimah - detikJabar\n"
        "Situbondo,(afederasi.com) - Harga beras di Situbondo melonjak."
    )
    assert _skipped(text) == [
        ("Oris Riswan Budiana, Siti Fatimah - detikJabar", "byline"),
        ("Situbondo,(afederasi.com) -", "dateline"),
    ]
    assert _claimed(text, "Harga beras di Situbondo melonjak")


def test_photo_captions_with_a_full_stop_after_the_credit_and_read_bars_are_skipped():
    text = (
        "Belasan Kios Pasar Pagi Kaliwungu Ludes Terbakar\n"
        "Pasar Pagi Kaliwungu, Kabupaten Kendal terbakar. (Foto: MTVN/Iswahyudi).\n"
        "Metrotvnews.com, Kendal: Kebakaran hebat terjadi di Pasar Pagi Kaliwungu.\n"
        "(Belasan kios Pasar Pagi Kaliwungu ludes terbakar. Foto: MTVN/Iswahyudi)."
    )
    assert [r for _, r in _skipped(text)] == ["caption", "dateline", "caption"]
    assert _claimed(text, "Kebakaran hebat terjadi di Pasar Pagi Kaliwungu")
    text = "Man jailed for life\nREAD | Court rules on insult case\nThe court jailed him."
    assert _skipped(text) == [("READ | Court rules on insult case", "read-more")]


def test_a_copyright_credit_after_a_caption_is_skipped():
    text = "Judul\nShin Tae-yong masih memiliki sejumlah keluhan. Copyright: © Bandung Saputra/PSSI"
    assert _skipped(text) == [("Copyright: © Bandung Saputra/PSSI", "credit")]
    assert _claimed(text, "Shin Tae-yong masih memiliki sejumlah keluhan")


def test_long_lines_are_matched_only_by_patterns_that_can_match_them():
    from claims.extraction.lexicon import _whole_line_width, boilerplate_rules

    assert _whole_line_width(r"(?i)foto\s{1,3}[\w.]{1,20}\s{0,3}$") == 30
    assert _whole_line_width(r"(?i)(?:baca|lihat)\s{1,3}juga\b") is None  # any line's start
    assert _whole_line_width(r"[^\n]{0,80}$|x") is None  # the "$" is one branch's only
    rules = boilerplate_rules("id")
    line = "Baca juga: " + "kata " * 40
    assert len(line) > rules.line_limit
    assert rules.line_long.match(line).lastgroup == rules.line.match(line).lastgroup


def test_review_six_boilerplate():
    text = (
        "Sejumlah Daerah Dilanda Banjir\n"
        "20 Agustus 2025 23:14 20 Agt 2025 23:14\n"
        "KETIK, JAKARTA – BNPB melaporkan banjir melanda beberapa daerah."
    )
    assert [r for _, r in _skipped(text)] == ["timestamp", "dateline"]
    text = "Jumlah Pemudik Naik\nJakarta, IDN Times - Kemenhub mencatat jumlah pemudik naik."
    assert _skipped(text) == [("Jakarta, IDN Times -", "dateline")]
    text = (
        "NHS Wales workforce crisis\n"
        "Audit Wales published a report on Monday.\n"
        "Workforce planning shortcomings\n"
        "NHS staff: Under pressure, says report (Image: HDUHB)\n"
        "Audit Wales identifies flaws in workforce data."
    )
    skipped = extract(text, language="en").skipped
    assert [(text[x["start"] : x["end"]], x["reason"]) for x in skipped] == [
        ("Workforce planning shortcomings", "subheading"),
        ("NHS staff: Under pressure, says report (Image: HDUHB)", "caption"),
    ]


def test_a_caption_ending_with_a_wire_credit_is_skipped():
    text = (
        "Storm hits Boston\n"
        "A man walks through snow in Boston on Monday. - AP\n"
        "The storm dropped 30 inches of snow on Boston."
    )
    skipped = extract(text, language="en").skipped
    assert [(text[x["start"] : x["end"]], x["reason"]) for x in skipped] == [
        ("A man walks through snow in Boston on Monday. - AP", "caption")
    ]
