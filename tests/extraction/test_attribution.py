"""Attribution is detached from the proposition, not lost."""

from claims.extraction import extract


def _claims(text: str, language: str = "id") -> list[dict]:
    return extract(text, language=language).claims


def _pieces(text: str, claim: dict) -> list[str]:
    return [text[s:e] for s, e in claim["spans"]]


def test_inverted_kata_gives_the_speaker_and_keeps_it_out_of_the_spans():
    text = '"Perjanjian ini menciptakan kondisi yang lebih baik," kata Putin.'
    [claim] = _claims(text)
    assert claim["attribution"]["speaker"] == "Putin"
    assert claim["text"] == "Perjanjian ini menciptakan kondisi yang lebih baik"
    [[s, e]] = claim["attribution"]["spans"]
    assert text[s:e] == "kata Putin"
    assert all("Putin" not in p for p in _pieces(text, claim))


def test_a_quote_of_two_sentences_gives_two_claims_with_one_speaker():
    text = (
        '"Kita membutuhkan lebih sedikit birokrasi. Kita akan maju," tambah Putin, merujuk sanksi.'
    )
    claims = _claims(text)
    assert [c["attribution"]["speaker"] for c in claims] == ["Putin", "Putin"]
    assert not any("merujuk" in c["text"] for c in claims)


def test_speaker_verb_bahwa_detaches_the_frame():
    text = "Putin mengatakan bahwa pekerjaan pipa gas sedang berlangsung."
    [claim] = _claims(text)
    assert claim["text"] == "pekerjaan pipa gas sedang berlangsung"
    assert claim["attribution"]["speaker"] == "Putin"
    [[s, e]] = claim["attribution"]["spans"]
    assert text[s:e] == "Putin mengatakan bahwa"


def test_speaker_verb_without_bahwa():
    text = "Sementara itu, Putin mengatakan Moskow dan Teheran memiliki pandangan yang sama."
    [claim] = _claims(text)
    assert claim["text"] == "Moskow dan Teheran memiliki pandangan yang sama"
    assert claim["attribution"]["speaker"] == "Putin"


def test_menurut_at_the_end_and_dikutip_dari_at_the_start():
    [claim] = _claims("Kedua negara sepakat bekerja sama, menurut pakta tersebut.")
    assert claim["attribution"]["speaker"] == "pakta tersebut"
    assert claim["text"] == "Kedua negara sepakat bekerja sama"
    [claim] = _claims("Dikutip dari Reuters, kedua negara akan meningkatkan kerja sama militer.")
    assert claim["attribution"]["speaker"] == "Reuters"
    assert claim["text"] == "kedua negara akan meningkatkan kerja sama militer"


def test_a_pronoun_speaker_resolves_to_the_last_named_speaker():
    text = (
        "Putin mengatakan bahwa Rusia siap membantu. "
        "Dia menambahkan, proyek nuklir baru akan dibangun tahun depan."
    )
    second = _claims(text)[1]
    assert second["attribution"]["speaker"] == "Putin"
    assert second["attribution"]["resolved_from"] == "pronoun"


def test_a_pronoun_without_an_earlier_speaker_is_recorded_as_unresolved():
    [claim] = _claims("Dia menambahkan, proyek nuklir baru akan dibangun tahun depan.")
    assert claim["attribution"]["speaker"] is None
    assert {"type": "unresolved_speaker"} in claim["flags"]


def test_clitic_katanya_resolves_like_a_pronoun():
    text = 'Budi Santoso mengatakan bahwa harga naik. "Stok beras aman," katanya.'
    second = _claims(text)[1]
    assert second["attribution"] == {
        "speaker": "Budi Santoso",
        "spans": [[text.index("katanya"), text.index("katanya") + 7]],
        "resolved_from": "pronoun",
    }


def test_english_said_and_according_to():
    [claim] = _claims("Prices rose 5 percent in May, the ministry said.", "en")
    assert claim["attribution"]["speaker"] == "the ministry"
    assert claim["text"] == "Prices rose 5 percent in May"
    [claim] = _claims("According to the report, unemployment fell to 4 percent.", "en")
    assert claim["attribution"]["speaker"] == "the report"
    [claim] = _claims('"We will win," said Smith.', "en")
    assert claim["attribution"]["speaker"] == "Smith"


def test_english_he_said_resolves_and_context_after_the_verb_is_dropped():
    text = (
        '"The plan is ready," Governor Ann Lee said in a statement. '
        '"It will cost $5 billion," he said.'
    )
    claims = _claims(text, "en")
    assert claims[0]["attribution"]["speaker"] == "Governor Ann Lee"
    assert claims[1]["attribution"]["speaker"] == "Governor Ann Lee"
    assert claims[1]["attribution"]["resolved_from"] == "pronoun"
    assert "statement" not in claims[0]["text"]


def test_mid_sentence_attribution_leaves_both_halves_of_the_proposition():
    text = "Sebab, menurut dia, angka inflasi tergolong tinggi pada 2017."
    [claim] = _claims(text)
    assert claim["text"] == "angka inflasi tergolong tinggi pada 2017"
    text = "The economy, he said, is growing fast."
    [claim] = _claims(text, "en")
    assert claim["text"] == "The economy is growing fast"


def test_an_appositive_speaker_keeps_the_appositive_as_its_own_claim():
    text = (
        "Pezeshkian, yang melakukan kunjungan pertama ke Kremlin, memuji perjanjian tersebut "
        "sebagai babak baru."
    )
    first, second = _claims(text)
    assert first["text"] == "Pezeshkian melakukan kunjungan pertama ke Kremlin"
    assert first["attribution"] is None
    assert second["text"] == "perjanjian tersebut sebagai babak baru"
    assert second["attribution"]["speaker"] == "Pezeshkian"


def test_a_noun_phrase_with_a_verb_is_not_taken_for_a_speaker():
    [claim] = _claims("Moskow sendiri belum mau mengonfirmasi ataupun membantah tudingan itu.")
    assert claim["attribution"] is None


def _said(text: str, language: str = "id") -> list[tuple[str, str | None]]:
    return [(c["text"], (c["attribution"] or {}).get("speaker")) for c in _claims(text, language)]


def test_a_quote_that_goes_on_keeps_its_speaker_until_narration_breaks_the_run():
    text = '"The bill is dead," Smith said. "The House has no votes for it." He left. "We win."'
    claims = _claims(text, "en")
    assert [(c["text"], (c["attribution"] or {}).get("speaker")) for c in claims] == [
        ("The bill is dead", "Smith"),
        ("The House has no votes for it", "Smith"),
        ("He left", None),
        ("We win", None),
    ]
    assert claims[1]["attribution"]["resolved_from"] == "quote"
    assert claims[1]["attribution"]["spans"] == []
    assert _said('"Perjanjian ini baik," kata Putin. "Kita akan maju."') == [
        ("Perjanjian ini baik", "Putin"),
        ("Kita akan maju", "Putin"),
    ]


def test_a_denial_keeps_the_denied_proposition_marked_negated():
    [claim] = _claims("Ari Dwipayana menampik suasana di Kabinet Indonesia Maju berubah.")
    assert claim["text"] == "suasana di Kabinet Indonesia Maju berubah"
    assert claim["attribution"]["speaker"] == "Ari Dwipayana"
    assert claim["negated"] is True
    assert {"type": "denied"} in claim["flags"]
    [claim] = _claims("The ministry denied that the minister had resigned.", "en")
    assert (claim["text"], claim["negated"]) == ("the minister had resigned", True)


def test_more_indonesian_speech_verbs_and_the_clitic_frame():
    text = (
        "Ari berujar, suasana dalam sidang kabinet berjalan seperti biasa. "
        "Menurutnya para menteri tetap saling berkomunikasi. "
        "Silaturahmi antar menteri, sambungnya, tetap terjaga."
    )
    assert _said(text) == [
        ("suasana dalam sidang kabinet berjalan seperti biasa", "Ari"),
        ("para menteri tetap saling berkomunikasi", "Ari"),
        ("Silaturahmi antar menteri tetap terjaga", "Ari"),
    ]


def test_the_time_of_saying_stays_with_the_attribution():
    assert _said("Police said on Tuesday that 12 people died.", "en") == [
        ("12 people died", "Police")
    ]
    assert _said("FirstGroup on Thursday said profit fell 5%.", "en") == [
        ("profit fell 5%", "FirstGroup")
    ]
    assert _said("Civil defense officials say the death toll has risen to 20.", "en") == [
        ("the death toll has risen to 20", "Civil defense officials")
    ]


def test_warning_of_something_is_not_reported_speech():
    assert _said("FirstGroup on Thursday warned of mixed trading.", "en") == [
        ("FirstGroup on Thursday warned of mixed trading", None)
    ]


def test_titles_with_a_dot_stay_in_the_speaker_and_clauses_are_not_speakers():
    assert _said("Spokesman Maj. Reynaldo Balido says 15 of the deaths were in Bohol.", "en") == [
        ("15 of the deaths were in Bohol", "Spokesman Maj. Reynaldo Balido")
    ]
    assert _said("Two people died, said the island's Gov. Edgardo Chatto.", "en") == [
        ("Two people died", "the island's Gov. Edgardo Chatto")
    ]
    [(_, speaker)] = _said("Buildings were damaged, as aftershocks continued.", "en")
    assert speaker is None
    assert _said("The report claims that the minister did not resign.", "en") == [
        ("the minister did not resign", "The report")
    ]


def test_a_word_in_quotes_inside_a_quotation_does_not_end_it():
    text = (
        "Ari Dwipayana mengatakan kabinet kompak. "
        '"Kabinet solid. Menteri-menteri "ngeriung" dan bercanda. Tidak ada suasana pemilu," '
        "tuturnya."
    )
    claims = _claims(text)[1:]
    assert [c["attribution"]["speaker"] for c in claims] == ["Ari Dwipayana"] * len(claims)
    assert claims[-1]["text"] == "Tidak ada suasana pemilu"
    assert not any("tuturnya" in c["text"] for c in claims)


def test_he_after_a_sentence_about_a_named_person_means_that_person():
    text = "Scott walked across the field. He said that's not what he would have done."
    assert _said(text, "en")[-1] == ("that's not what he would have done", "Scott")
    text = "Budi Gunawan tiba di Jakarta pada Senin. Dia mengatakan harga beras akan turun."
    assert _said(text)[-1] == ("harga beras akan turun", "Budi Gunawan")


def test_when_the_speaker_spoke_is_not_part_of_the_name():
    text = '"Sangat mengecewakan," kata Shin Tae-yong selepas laga Indonesia vs Timor Leste.'
    assert _said(text) == [("Sangat mengecewakan", "Shin Tae-yong")]


def test_wire_style_attribution_without_on_and_with_us_in_the_title():
    text = "The agency said Tuesday it will force Takata Corp. to expand a recall."
    assert _said(text, "en") == [("it will force Takata Corp. to expand a recall", "The agency")]
    text = '"Rosekind is prepared," U.S. Transportation Secretary Anthony Foxx said in a statement.'
    assert _said(text, "en") == [
        ("Rosekind is prepared", "U.S. Transportation Secretary Anthony Foxx")
    ]
    assert _said("Polisi mengatakan Senin (13/10) bahwa pelaku sudah ditangkap.") == [
        ("pelaku sudah ditangkap", "Polisi")
    ]


def test_a_speech_verb_with_an_object_and_no_clause_is_not_reported_speech():
    assert _said("Friedman praised Honda and Mazda for doing the right thing.", "en") == [
        ("Friedman praised Honda for doing the right thing", None),
        ("Friedman praised Mazda for doing the right thing", None),
    ]
    assert _said("The Senate confirmed Mark Rosekind as the new administrator.", "en") == [
        ("The Senate confirmed Mark Rosekind as the new administrator", None)
    ]
    assert _said("Police confirmed 12 people died.", "en") == [("12 people died", "Police")]
    assert _said(
        "The agency said Tuesday it will force Takata Corp. and three automakers to act.", "en"
    ) == [
        ("it will force Takata Corp. to act", "The agency"),
        ("it will force three automakers to act", "The agency"),
    ]


def test_told_someone_to_do_something_is_a_directive_not_a_report():
    assert _said("We told students to take cover.", "en") == [
        ("We told students to take cover", None)
    ]
    text = "Chief David Friedman told reporters at an event Tuesday that the agency will sue."
    assert _said(text, "en") == [("the agency will sue", "Chief David Friedman")]


def test_a_title_before_the_speakers_name_stays_out_of_the_claim():
    text = (
        "Wakapolres Jakarta Barat, AKBP Bachtiar Ujang Purnama mengatakan, kepolisian tetap "
        "butuh bantuan masyarakat."
    )
    [claim] = _claims(text)
    assert claim["text"] == "kepolisian tetap butuh bantuan masyarakat"
    assert claim["attribution"]["speaker"] == "AKBP Bachtiar Ujang Purnama"
    assert text[slice(*claim["attribution"]["spans"][0])] == "Wakapolres Jakarta Barat"
    text = "Kepala BPBD Berau, Nofian Hidayat, mengatakan banjir merendam kampung."
    assert _said(text) == [("banjir merendam kampung", "Nofian Hidayat")]


def test_a_clause_before_the_speakers_comma_is_a_claim_of_its_own():
    text = "Photos showed a fallen building, and reports said two people were pulled out alive."
    assert sorted(_said(text, "en")) == [
        ("Photos showed a fallen building", None),
        ("two people were pulled out alive", "reports"),
    ]
    assert _said("In a statement on Monday, the ministry said prices rose.", "en") == [
        ("prices rose", "the ministry")
    ]
    assert _said("— Civil defense officials say the death toll has risen.", "en") == [
        ("the death toll has risen", "Civil defense officials")
    ]


def test_a_speech_verb_with_an_object_before_the_comma_is_not_a_report():
    text = "Biden tweeted his support ahead of the vote, saying the plan would create jobs."
    # "tweeted" takes an object, so Biden is not "Biden tweeted his support ..."; what he
    # says after ", saying" is his, and the tweet is a claim of its own
    assert sorted(_said(text, "en")) == [
        ("Biden tweeted his support ahead of the vote", None),
        ("the plan would create jobs", "Biden"),
    ]


def test_what_follows_saying_is_said_by_the_subject_before_it():
    text = (
        "Yee's attorneys had called for no more than five years and three months behind bars, "
        "saying Yee had a history of public service and his wife was ill."
    )
    assert _said(text, "en") == [
        ("Yee had a history of public service", "Yee's attorneys"),
        ("his wife was ill", "Yee's attorneys"),
        (
            "Yee's attorneys had called for no more than five years and three months behind bars",
            None,
        ),
    ]


def test_besides_x_comma_is_an_opener_not_part_of_the_claim():
    assert _said("Besides the floods, the storm cut power to 5,000 homes.", "en") == [
        ("the storm cut power to 5,000 homes", None)
    ]
    assert _said("Selain itu laporan 64 KLB terjadi pada 2022.") == [
        ("laporan 64 KLB terjadi pada 2022", None)
    ]


def test_a_negated_noun_before_reported_is_no_speaker():
    [(text, speaker)] = _said("Several homes were damaged, no injuries reported.", "en")
    assert speaker is None and "no injuries reported" in text


def test_a_clause_after_said_is_never_the_speaker():
    # the name before the description between commas is who speaks
    assert _said("Smith, the mayor, said prices rose.", "en") == [("prices rose", "Smith")]


def test_the_speaker_is_the_name_before_a_long_title():
    from claims.extraction import extract

    text = (
        "Asep Usman, Kasi Kedaruratan Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten "
        "Bogor, menyebutkan, ada 25 KK yang mengungsi."
    )
    [claim] = extract(text, language="id").claims
    assert claim["text"] == "ada 25 KK yang mengungsi"
    assert claim["attribution"]["speaker"] == "Asep Usman"


def test_said_with_a_colon_before_a_quotation_detaches_the_speaker():
    from claims.extraction import extract

    text = (
        'A spokesperson for the Rail Delivery Group said: "To minimise the impact of the '
        'action, we advise passengers to check before they travel."'
    )
    [claim] = extract(text, language="en").claims
    assert claim["text"].startswith("To minimise the impact")
    assert claim["attribution"]["speaker"] == "A spokesperson for the Rail Delivery Group"


def test_a_bare_attribution_after_a_quote_names_its_speaker():
    from claims.extraction import extract

    text = (
        "Cloud firms grow\n"
        '"Cloud computing in Asia is about three years behind the US." AirTrunk founder '
        'Robin Khuda said in an interview. "Right now there is an enormous shift to the cloud."'
    )
    claims = extract(text, language="en").claims
    assert [(c["text"], (c["attribution"] or {}).get("speaker")) for c in claims[1:]] == [
        (
            "Cloud computing in Asia is about three years behind the US",
            "AirTrunk founder Robin Khuda",
        ),
        ("Right now there is an enormous shift to the cloud", "AirTrunk founder Robin Khuda"),
    ]
    assert all(c["kind"] != "attribution-only" for c in claims)


def test_hal_tersebut_disampaikan_oleh_names_the_speaker_of_the_sentence_before():
    from claims.extraction import extract

    text = (
        "Kunjungan Naik\nRata-rata per hari mendekati 16 ribu kunjungan wisatawan. Hal tersebut "
        "disampaikan oleh Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun. Harga naik."
    )
    claims = extract(text, language="id").claims
    assert [(c["text"], (c["attribution"] or {}).get("speaker")) for c in claims[1:]] == [
        (
            "Rata-rata per hari mendekati 16 ribu kunjungan wisatawan",
            "Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun",
        ),
        ("Harga naik", None),
    ]


def test_more_indonesian_speech_tags_after_a_quote_are_detached():
    from claims.extraction import extract

    for tag in ("pesan dia", "pungkasnya", "tulisnya"):
        text = f'"Warga diminta menjauhi bangunan yang retak akibat gempa," {tag}.'
        [claim] = extract(text, language="id").claims
        assert claim["text"] == "Warga diminta menjauhi bangunan yang retak akibat gempa", tag
        assert claim["attribution"] is not None


def test_hal_itu_disampaikan_without_oleh_and_with_a_place_after_the_name():
    from claims.extraction import extract

    text = (
        "Vonis Bebas Naik\nSepanjang 2023 terdapat 59 terdakwa divonis bebas. Hal itu "
        "disampaikan peneliti ICW Kurnia Ramadhana dalam jumpa pers di Jakarta."
    )
    claims = extract(text, language="id").claims
    assert claims[1]["attribution"]["speaker"] == "peneliti ICW Kurnia Ramadhana"
    assert len(claims) == 2


def test_a_clause_after_the_speakers_title_and_said_is_what_was_said():
    text = (
        "Ian Gibson, Labour chairman of the science committee, said demoralisation in "
        "universities had not been solved by top-up fees."
    )
    assert _said(text, "en") == [
        (
            "demoralisation in universities had not been solved by top-up fees",
            "Ian Gibson",
        )
    ]
    assert _said("Prices rose, said the minister.", "en") == [("Prices rose", "the minister")]


def test_who_was_told_is_not_the_speaker():
    text = (
        "The survey did not ask, but Whitehead, an official, told a press conference: "
        '"It is worrying."'
    )
    speakers = {(c["attribution"] or {}).get("speaker") for c in _claims(text, "en")}
    assert not any(s and "press conference" in s for s in speakers)


def test_he_is_never_a_group_and_they_is():
    text = (
        "Bloom trial\nProsecutors said Bloom lied to investors. Judge Guzman rejected the "
        'request on Thursday. "The evidence was clear," he added. "He hid the losses," they said.'
    )
    assert [(c["text"], (c["attribution"] or {}).get("speaker")) for c in _claims(text, "en")][
        1:
    ] == [
        ("Bloom lied to investors", "Prosecutors"),
        ("Judge Guzman rejected the request on Thursday", None),
        ("The evidence was clear", "Judge Guzman"),
        ("He hid the losses", "Prosecutors"),
    ]


def test_a_speaker_after_but_owns_the_quotation_not_the_clause_before():
    text = (
        "The survey did not ask if they had succumbed to this pressure but Jonathan Whitehead, "
        'an official, told a press conference today: "The figures are very worrying."'
    )
    assert sorted(_said(text, "en")) == [
        ("The figures are very worrying", "Jonathan Whitehead"),
        ("The survey did not ask if they had succumbed to this pressure", None),
    ]


def test_a_claim_goes_on_after_menurutnya_with_its_topic_before_it():
    text = (
        "Hermawan Ardi memimpin LPS sejak 2020. Terkait penggantian dana nasabah, menurutnya "
        "sejauh ini tidak ada kendala teknis."
    )
    claim = _claims(text)[-1]
    assert claim["text"] == "Terkait penggantian dana nasabah sejauh ini tidak ada kendala teknis"
    assert claim["attribution"]["speaker"] == "Hermawan Ardi"
    assert claim["attribution"]["resolved_from"] == "pronoun"


def test_a_quotation_that_ends_mid_sentence_before_its_speaker_is_attributed():
    text = (
        "Evidence such as recorded phone calls \u201cwas more than sufficient to establish "
        "guilt,\u201d Guzm\u00e1n wrote in a decision made public on Thursday."
    )
    assert _said(text, "en") == [
        (
            "Evidence such as recorded phone calls \u201cwas more than sufficient to "
            "establish guilt",
            "Guzm\u00e1n",
        )
    ]


def test_a_share_of_respondents_who_say_something_is_the_claim_itself():
    text = "More than one in ten scientists say they have been asked to tailor their results."
    assert _said(text, "en") == [(text.rstrip("."), None)]
    # two named-by-number speakers are still speakers
    assert _said("Two officials said the talks had failed.", "en") == [
        ("the talks had failed", "Two officials")
    ]


def test_a_survey_that_reveals_today_is_the_speaker_after_the_comma():
    text = (
        "Scientists have been asked to tailor their conclusions, a survey of universities and "
        "government laboratories reveals today."
    )
    assert _said(text, "en") == [
        (
            "Scientists have been asked to tailor their conclusions",
            "a survey of universities and government laboratories",
        )
    ]


def test_said_then_a_title_word_then_the_name_is_the_speaker():
    text = '"Windows missed expectations by $300 million," said analyst Brendan Barnicle.'
    assert _said(text, "en") == [
        ("Windows missed expectations by $300 million", "analyst Brendan Barnicle")
    ]


def test_a_passive_speech_verb_names_no_speaker():
    text = "We would take the deal, but we are being asked to give up collective bargaining."
    assert all(speaker is None for _, speaker in _said(text, "en"))
    text = "Of the members, 7.9% said they had been asked to do so, 1.2% had been asked twice."
    assert all(speaker != "1.2% had been" for _, speaker in _said(text, "en"))


def test_not_yet_is_no_contrast_before_a_speaker():
    text = (
        "The bill has been flagged, the legislation has not yet been forthcoming and they say "
        "the plan is unacceptable."
    )
    assert all(speaker != "been forthcoming and they" for _, speaker in _said(text, "en"))


def test_a_quote_then_name_told_audience_names_the_speaker():
    text = '"I regret what happened," Nagin told the judge during the 30-minute hearing.'
    assert _said(text, "en") == [("I regret what happened", "Nagin")]
    assert _said('"It was fantastic," Haaland told Sky Sports.', "en") == [
        ("It was fantastic", "Haaland")
    ]


def test_a_vague_noun_with_a_demonstrative_is_a_subject_named_elsewhere():
    from claims.extraction import extract

    [claim] = extract("Judul\nKondisi itu membuat warga mengungsi.", language="id").claims
    assert {"type": "subject_elsewhere"} in claim["flags"]


def test_a_comma_inside_a_listed_title_does_not_cut_the_speaker():
    text = (
        "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan "
        "jumlah korban bertambah menjadi 162 orang."
    )
    [(claim, speaker)] = _said(text)
    assert claim == "jumlah korban bertambah menjadi 162 orang"
    assert speaker is not None and "Kepala Pusat Data" in speaker and "Abdul Muhari" in speaker
    text = "Tiga fraksi yakni Gerindra, PKS dan PAN, menyatakan menolak Perppu Ormas."
    [(_, speaker)] = _said(text)
    assert speaker is not None and "Gerindra" in speaker


def test_the_time_of_saying_between_commas_is_not_the_speaker():
    text = (
        "Direktur RSUD Buleleng dr Putu Arya Nugraha, usai peresmian itu, mengatakan RSUD "
        "Buleleng hanya memiliki ruangan berkapasitas 24 bed."
    )
    assert _said(text) == [
        (
            "RSUD Buleleng hanya memiliki ruangan berkapasitas 24 bed",
            "Direktur RSUD Buleleng dr Putu Arya Nugraha",
        )
    ]


def test_despite_x_comma_is_an_opener_not_part_of_the_speaker():
    text = "Despite the victory, Mourinho criticized his team, saying the defence was poor."
    assert ("the defence was poor", "Mourinho") in _said(text, "en")


def test_of_them_is_a_subject_named_elsewhere():
    from claims.extraction import extract

    text = "Title\nA total of 1,089 people were admitted.\nOf them, 65 are in Dhaka."
    claims = extract(text, language="en").claims
    assert {"type": "subject_elsewhere"} in claims[-1]["flags"]


def test_admitted_to_an_audience_that_p_reports_p():
    text = "He has also admitted to other individuals that he was the individual that did it."
    [(claim, _)] = _said(text, "en")
    assert claim == "he was the individual that did it"


def test_not_only_that_is_an_opener_not_part_of_the_claim():
    assert _said("Tak hanya itu, dua warga dinyatakan meninggal.") == [
        ("dua warga dinyatakan meninggal", None)
    ]
    assert _said("Not only that, prices rose 5% in May.", "en") == [("prices rose 5% in May", None)]


def test_each_clause_of_said_but_said_has_its_own_speaker():
    text = (
        "Mark said the amendments were aimed at protecting the rights of citizens, but Al Rawi "
        "said he did not have Cabinet approval to agree to the proposals."
    )
    assert _said(text, "en") == [
        ("the amendments were aimed at protecting the rights of citizens", "Mark"),
        ("he did not have Cabinet approval to agree to the proposals", "Al Rawi"),
    ]
    assert _said(
        "Prices rose in May, but the minister said inflation was under control.", "en"
    ) == [
        ("inflation was under control", "the minister"),
        ("Prices rose in May", None),
    ]


def test_a_speech_verb_that_is_not_a_report_gives_no_speaker():
    # an adjective before the noun
    assert _said("The second confirmed tornado touched down north of Rio Vista.", "en") == [
        ("The second confirmed tornado touched down north of Rio Vista", None)
    ]
    # an object, not something said
    assert _said("Coach Glen Williams praised the opposition.", "en") == [
        ("Coach Glen Williams praised the opposition", None)
    ]
    # a one-word object
    assert _said("Atas putusan tersebut, Ahmad Dhani langsung menyatakan banding.") == [
        ("Atas putusan tersebut, Ahmad Dhani langsung menyatakan banding", None)
    ]
    assert _said("Sementara pihak JPU menyatakan pikir-pikir.") == [
        ("pihak JPU menyatakan pikir-pikir", None)
    ]


def test_the_speaker_is_the_name_before_age_and_origin():
    text = (
        "Iqbal Salim (45), asal Lembursitu, mengatakan, getaran gempa sangat terasa namun "
        "hanya sekejap."
    )
    assert _said(text) == [
        ("getaran gempa sangat terasa", "Iqbal Salim"),
        ("getaran gempa hanya sekejap", "Iqbal Salim"),
    ]


def test_where_the_speaker_spoke_is_no_claim():
    for text in (
        "Sementara itu, di tempat yang berbeda, Bupati Situbondo, Karna Suswandi mengatakan "
        "dengan adanya kenaikan harga beras tersebut, pihaknya akan menggelar operasi pasar.",
        "Di tempat yang berbeda, Bupati Situbondo, Karna Suswandi mengatakan, dengan adanya "
        "kenaikan harga beras tersebut, pihaknya akan menggelar operasi pasar.",
    ):
        claim = "dengan adanya kenaikan harga beras tersebut, pihaknya akan menggelar operasi pasar"
        assert _said(text) == [(claim, "Karna Suswandi")]


def test_said_in_a_plea_deal_that_p_reports_p():
    text = "Yee admitted guilt, and he acknowledged in a plea deal that he accepted bribes."
    assert _said(text, "en") == [("Yee admitted guilt", None), ("he accepted bribes", "Yee")]


def test_a_pronoun_subject_gets_the_last_named_person_as_inferred_subject():
    text = (
        "Dhani mengulang kata idiot dalam vlog tersebut. Ia kesal karena tidak bisa hadir di "
        "Tugu Pahlawan. Saat kejadian, dia sedang berada di hotel."
    )
    claims = _claims(text)
    assert [c["inferred_subject"] for c in claims] == [None, "Dhani", "Dhani"]
    assert all("Dhani" not in c["text"] for c in claims[1:])  # inferred, never in the text


def test_speakers_after_a_quote_and_in_a_relative_clause():
    text = '"Kami langsung menyatakan banding," kata Ahmad Dhani tanpa berunding dahulu.'
    assert _said(text) == [("Kami langsung menyatakan banding", "Ahmad Dhani")]
    text = "Iqbal yang tinggal di Rusunawa juga menuturkan, sebagian debu atap berjatuhan."
    assert _said(text) == [("sebagian debu atap berjatuhan", "Iqbal")]
    text = 'Riskia mengeluh. "Warga tidak berani membeli beras," keluhnya.'
    assert _said(text)[-1] == ("Warga tidak berani membeli beras", "Riskia")


def test_a_quote_over_several_paragraphs_takes_the_speaker_named_at_its_end():
    text = (
        "Coach Williams shared the message he gave the players.\n"
        "\u201cIt was about increasing the intensity, we were on the back foot.\n"
        "\u201cWe changed a couple of things,\u201d he said.\n"
        "\u201cA closed quote stands alone.\u201d\n"
        "The Lions play Sawtell next."
    )
    speakers = [(c["attribution"] or {}).get("speaker") for c in _claims(text, "en")]
    assert speakers == [None, "Coach Williams", "Coach Williams", "Coach Williams", None]


def test_a_name_with_an_age_after_a_label_is_whom_dia_means():
    text = (
        "Iqbal Salim mengatakan gempa sangat terasa. Warga lain, Asep Awaludin (29), juga "
        "merasakan hal serupa. Dia mengatakan, getaran gempa itu cukup dirasakan di rumahnya."
    )
    assert _said(text)[-1] == ("getaran gempa itu cukup dirasakan di rumahnya", "Asep Awaludin")


def test_a_common_noun_with_a_relative_clause_is_the_whole_speaker():
    text = "Ibu yang sudah berdagang enam tahun juga mengatakan, harga beras premium naik."
    assert _said(text) == [("harga beras premium naik", "Ibu yang sudah berdagang enam tahun")]


def test_review_five_speakers():
    text = "In the conference call with analysts Chen stated that the firm would be profitable."
    assert _said(text, "en") == [("the firm would be profitable", "Chen")]
    assert _said("RV Tiwari contends that the evidence was weak.", "en") == [
        ("the evidence was weak", "RV Tiwari")
    ]
    assert _said('"It is early," Dr. Michael Jhung, a CDC official, told CNN.', "en") == [
        ("It is early", "Dr. Michael Jhung")
    ]
    text = "Sri Pujiati, salah satu pedagang, mengaku tidak tahu. Namun menurutnya, api muncul."
    assert _said(text)[-1] == ("api muncul", "Sri Pujiati")


def test_a_one_word_headline_subject_is_not_whom_he_means():
    text = (
        "Man sentenced to life for killing wife\n"
        "The son-in-law told police the couple fought. He testified that he saw the man run."
    )
    assert _said(text, "en")[-1] == ("he saw the man run", None)


def test_review_six_speakers():
    text = (
        "Abdul Muhari menjelaskan tanggul Kali Gombong jebol. Air meluap dan merendam "
        'permukiman. "Sebanyak 122 rumah terdampak banjir," ungkapnya. Warga menyedot air.'
    )
    assert ("Sebanyak 122 rumah terdampak banjir", "Abdul Muhari") in _said(text)
    text = "Kendaraan itu dibawa ke Mapolresta Padang, untuk keperluan penyelidikan lebih lanjut."
    assert _said(text) == [(text[:-1], None)]


def test_a_one_word_name_in_mid_paragraph_is_whom_dia_means():
    # the name's own capitalised occurrence is no lowercase use of it
    text = (
        "Warga panik saat gempa. Iqbal pergi ke dapur untuk memasak. Dia mengatakan, air dalam "
        "panci bergoyang."
    )
    assert _said(text)[-1] == ("air dalam panci bergoyang", "Iqbal")


def test_a_connective_before_the_comma_is_no_name():
    text = (
        "Heri mengatakan Bupati berencana memuluskan jalan. Namun, dia mengaku anggaran dipangkas."
    )
    assert _said(text)[-1] == ("anggaran dipangkas", "Heri")


def test_an_untuned_school_board_article():
    text = "While the board adopted the $2 billion budget Tuesday, they stressed it can be molded."
    assert ("the board adopted the $2 billion budget Tuesday", None) in _said(text, "en")
    text = '"We need more money for education," said board chair Teresa Jacobs.'
    assert _said(text, "en") == [("We need more money for education", "board chair Teresa Jacobs")]
