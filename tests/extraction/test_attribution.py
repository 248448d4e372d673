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
