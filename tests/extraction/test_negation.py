"""Negation and absence are first-class; hedging is flagged."""

from claims.extraction import extract


def _one(text: str, language: str = "id") -> dict:
    [claim] = extract(text, language=language).claims
    return claim


def test_tidak_mencakup_is_an_absence():
    claim = _one("Perjanjian tersebut tidak mencakup klausul pertahanan bersama.")
    assert (claim["negated"], claim["absence"], claim["kind"]) == (True, True, "absence")


def test_tidak_ada_penyebutan_is_an_absence():
    claim = _one("Tidak ada penyebutan khusus mengenai transfer senjata dalam pakta itu.")
    assert claim["absence"] and claim["negated"]


def test_english_absence_frames():
    for text in [
        "The treaty does not include a mutual defence clause.",
        "The report makes no mention of arms transfers.",
        "There is no evidence of fraud in the count.",
    ]:
        claim = _one(text, "en")
        assert claim["absence"] and claim["negated"], text
        assert claim["kind"] == "absence"


def test_plain_negation_is_not_an_absence():
    claim = _one("Moskow belum mau membantah tudingan negara Barat.")
    assert claim["negated"] and not claim["absence"]
    assert claim["kind"] != "absence"


def test_sebelum_is_not_belum():
    claim = _one("Harga naik sebelum pemilu digelar pada Februari.")
    assert not claim["negated"]


def test_words_that_contain_a_negator_are_not_negators():
    assert not _one("Budi bertakbir di masjid raya.")["negated"]
    assert _one("Hal itu tidaklah benar menurut data resmi.")["negated"]


def test_english_contractions_and_refusals_negate():
    assert _one("The minister didn't confirm the figures.", "en")["negated"]
    assert _one("He declined to confirm the investigation.", "en")["negated"]


def test_hedges_are_flagged():
    for text, lang in [
        ("Pakta itu kemungkinan akan menjadi perhatian negara Barat.", "id"),
        ("Pelaku diduga membawa senjata api.", "id"),
        ("Presiden dikabarkan akan berkunjung ke Jakarta.", "id"),
        ("The company reportedly lost $5 billion.", "en"),
        ("Prices may rise again next year.", "en"),
        ("The mayor allegedly took bribes.", "en"),
        ("Inflation is expected to fall.", "en"),
    ]:
        claim = _one(text, lang)
        assert claim["hedged"], text
        assert {"type": "hedged"} in claim["flags"]


def test_the_month_may_is_not_a_hedge():
    assert not _one("The law passed in May 2024 after a long debate.", "en")["hedged"]


def test_an_unhedged_statement_is_not_hedged():
    assert not _one("Harga beras naik 10 persen pada Januari.")["hedged"]


def test_a_negator_inside_an_embedded_that_clause_does_not_negate_the_claim():
    text = "Ari mengatakan ada pihak yang sengaja membuat narasi bahwa kabinet tidak kompak."
    [claim] = extract(text, language="id").claims
    assert claim["negated"] is False
    [claim] = extract("Pemerintah tidak pernah menyatakan bahwa harga akan naik.").claims
    assert claim["negated"] is True


def test_a_negator_inside_a_purpose_clause_does_not_negate_the_claim():
    [claim] = extract("Pencegahan menjadi kunci agar KLB tidak meluas.", language="id").claims
    assert claim["negated"] is False


def test_without_negates_only_as_the_predicate():
    [claim] = extract("NHTSA has been without a permanent chief for a year.", language="en").claims
    assert claim["negated"] is True
    [claim] = extract("Warga masih tanpa listrik sejak Senin.", language="id").claims
    assert claim["negated"] is True
    [claim] = extract("Berbicara tanpa izin dianggap pelanggaran.", language="id").claims
    assert claim["negated"] is False
    [claim] = extract("Timnas menang tiga gol tanpa balas.", language="id").claims
    assert claim["negated"] is False


def test_a_negated_hedge_word_is_a_definite_finding_in_indonesian():
    from claims.extraction import extract

    [claim] = extract("Gempa bumi itu tidak berpotensi tsunami.", language="id").claims
    assert claim["hedged"] is False and claim["negated"] is True
    [claim] = extract("Gempa itu berpotensi memicu tsunami.", language="id").claims
    assert claim["hedged"] is True


def test_a_bound_on_a_figure_is_not_a_negation():
    from claims.extraction import extract

    [claim] = extract("The judge gave him no more than five years.", language="en").claims
    assert claim["negated"] is False
    [claim] = extract("Perbaikan jalan selesai tidak sampai dua minggu.", language="id").claims
    assert claim["negated"] is False
    # a bound beside a real negation is still negated
    [claim] = extract("He did not serve no more than five years.", language="en").claims
    assert claim["negated"] is True


def test_whether_or_not_does_not_negate():
    from claims.extraction import extract

    text = "MA hanya melihat apakah penerapan hukum sudah tepat atau tidak."
    [claim] = extract(text, language="id").claims
    assert claim["negated"] is False
    [claim] = extract("The court asks whether the law was applied or not.", language="en").claims
    assert claim["negated"] is False


def test_not_only_and_no_doubt_do_not_negate():
    from claims.extraction import extract

    text = "Tak hanya di Sumatra Barat, angin kencang juga melanda Kabupaten Lumajang."
    [claim] = extract(text, language="id").claims
    assert claim["negated"] is False
    [claim] = extract("The payment no doubt helped BlackBerry turn a profit.", language="en").claims
    assert claim["negated"] is False


def test_a_plea_of_not_guilty_is_not_a_negated_claim():
    from claims.extraction import extract

    text = "He entered a preliminary plea of not guilty on Tuesday."
    [claim] = extract(text, language="en").claims
    assert claim["negated"] is False


def test_colloquial_indonesian_negators_negate():
    assert _one("Getarannya nggak lama.")["negated"]
    assert _one("Tetangga gak ada yang keluar rumah.")["negated"]


def test_a_finding_is_not_a_hedge():
    assert not _one("Ahmad Dhani dianggap terbukti secara sah melakukan perbuatan itu.")["hedged"]
    assert _one("Pelaku diduga mencuri motor milik warga.")["hedged"]
