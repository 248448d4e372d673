"""Quantities and dates are found and normalised."""

import datetime as dt

from claims.extraction.lexicon import lexicon
from claims.extraction.quantities import find_quantities, parse_number

ID, EN = lexicon("id"), lexicon("en")


def _q(text: str, lex=ID, ref: dt.date | None = None) -> list[tuple[str, str, object]]:
    return [
        (text[q.start : q.end], q.type, q.normalized)
        for q in find_quantities(text, 0, len(text), lex, ref)
    ]


def test_durations():
    assert _q("pakta 20 tahun") == [("20 tahun", "duration", "P20Y")]
    assert _q("selama 20 tahun terakhir") == [("20 tahun", "duration", "P20Y")]
    assert _q("selama dua dekade") == [("dua dekade", "duration", "P20Y")]
    assert _q("a 20-year pact", EN) == [("20-year", "duration", "P20Y")]
    assert _q("for two decades", EN) == [("two decades", "duration", "P20Y")]
    assert _q("rapat 3 jam") == [("3 jam", "duration", "PT3H")]


def test_numeric_and_written_dates():
    assert _q("pada 17/1/2025") == [("17/1/2025", "date", "2025-01-17")]
    assert _q("pada hari Jumat (17/1/2025).") == [("Jumat (17/1/2025)", "date", "2025-01-17")]
    assert _q("sejak 13 Oktober 2025") == [("13 Oktober 2025", "date", "2025-10-13")]
    assert _q("on October 13, 2025", EN) == [("October 13, 2025", "date", "2025-10-13")]
    assert _q("pada Juli 2017") == [("Juli 2017", "date", "2017-07")]


def test_relative_dates_need_a_reference_date():
    ref = dt.date(2025, 1, 17)  # a Friday
    assert _q("pada Juli lalu") == [("Juli lalu", "date", None)]
    assert _q("pada Juli lalu", ref=ref) == [("Juli lalu", "date", "2024-07")]
    assert _q("last July", EN, ref) == [("last July", "date", "2024-07")]
    assert _q("on Tuesday", EN, ref) == [("Tuesday", "date", "2025-01-14")]
    assert _q("on Tuesday", EN) == [("Tuesday", "date", None)]
    assert _q("kemarin", ref=ref) == [("kemarin", "date", "2025-01-16")]
    assert _q("tahun lalu", ref=ref) == [("tahun lalu", "date", "2024")]


def test_percentages_with_decimal_comma_and_point():
    assert _q("inflasi 2,95 persen") == [("2,95 persen", "percent", "2.95%")]
    assert _q("growth of 3.5%", EN) == [("3.5%", "percent", "3.5%")]
    assert _q("turun 2,31%") == [("2,31%", "percent", "2.31%")]


def test_rupiah_with_and_without_space_dot_and_scale():
    assert _q("Rp 1.000.000") == [("Rp 1.000.000", "money", "IDR 1000000")]
    assert _q("Rp1.000.000") == [("Rp1.000.000", "money", "IDR 1000000")]
    assert _q("Rp. 5 juta") == [("Rp. 5 juta", "money", "IDR 5000000")]
    assert _q("Rp 300 M") == [("Rp 300 M", "money", "IDR 300000000000")]
    assert _q("Rp 2,5 triliun") == [("Rp 2,5 triliun", "money", "IDR 2500000000000")]
    assert _q("senilai 10 miliar rupiah") == [("10 miliar rupiah", "money", "IDR 10000000000")]


def test_dollars():
    assert _q("a $5 billion deal", EN) == [("$5 billion", "money", "USD 5000000000")]
    assert _q("US$ 2.5 million", EN) == [("US$ 2.5 million", "money", "USD 2500000")]


def test_numbers_with_units_and_bare_years():
    assert _q("1.500 tentara") == [("1.500 tentara", "number", "1500")]
    assert _q("inflasi 2017") == [("2017", "date", "2017")]
    assert _q("12,000 troops", EN) == [("12,000 troops", "number", "12000")]


def test_times():
    assert _q("pukul 09.00 WIB") == [("pukul 09.00 WIB", "time", "09:00")]
    assert _q("at 3:45 p.m. GMT", EN) == [("3:45 p.m. GMT", "time", "15:45")]


def test_decimal_marks_by_language():
    assert parse_number("1.000.000", "id") == 1000000
    assert parse_number("2,95", "id") == 2.95
    assert parse_number("1.5", "id") == 1.5
    assert parse_number("1,000,000", "en") == 1000000
    assert parse_number("3.5", "en") == 3.5
    assert parse_number("1.000,5", "id") == 1000.5


def test_a_record_carries_its_quantities():
    from claims.extraction import extract

    [claim] = extract("Harga beras naik 10 persen pada Januari 2025.", language="id").claims
    assert claim["kind"] == "quantity"
    assert [(q["type"], q["normalized"]) for q in claim["quantities"]] == [
        ("percent", "10%"),
        ("date", "2025-01"),
    ]


def test_a_verb_after_a_number_is_not_its_unit():
    [(quote, kind, value)] = _q("Gempa bermagnitudo 5,6 mengguncang Cianjur")
    assert (quote, kind, value) == ("5,6", "number", "5.6")
    assert _q("menewaskan 602 orang") == [("602 orang", "number", "602")]
    assert _q("at least 30 killed in the blast", EN) == [("30", "number", "30")]
    assert _q("about 56 kilometers (35 miles) away", EN)[1] == ("35 miles", "number", "35")
    assert _q("measured 3 inches", EN) == [("3 inches", "number", "3")]


def test_spelled_counts_are_numbers():
    assert _q("Dua kampung terdampak dan tiga orang tewas.") == [
        ("Dua kampung", "number", "2"),
        ("tiga orang", "number", "3"),
    ]
    assert _q("dua puluh lima warga dan tiga belas rumah") == [
        ("dua puluh lima warga", "number", "25"),
        ("tiga belas rumah", "number", "13"),
    ]
    assert _q("Thirty-three people have been injured.", EN) == [
        ("Thirty-three people", "number", "33")
    ]
    assert _q("for twenty-five years", EN) == [("twenty-five years", "duration", "P25Y")]
    assert _q("salah satu korban") == []  # "one of the victims"
    assert _q("a second person was pulled out", EN) == []


def test_a_day_and_month_after_a_weekday_is_a_date_even_without_the_year():
    assert _q("Rapat digelar Rabu (31/1).") == [("Rabu (31/1)", "date", "--01-31")]
    ref = dt.date(2024, 2, 3)
    assert _q("Rapat digelar Rabu (31/1).", ref=ref) == [("Rabu (31/1)", "date", "2024-01-31")]
    assert _q("banjir pada (27/5/2025) lalu") == [("27/5/2025", "date", "2025-05-27")]
    assert _q("skor 1/2 babak") == [("1", "number", "1")]


def test_scores_and_tallies():
    assert _q("Timnas Indonesia menang telak 4-1") == [("4-1", "score", "4-1")]
    assert _q("In a 67-27 vote, senators agreed", EN) == [("67-27", "score", "67-27")]
    assert _q("periode 2019-2022")[0][1] != "score"
    assert all(kind != "score" for _, kind, _ in _q("naik 3-5 persen"))


def test_a_hyphenated_spelled_count_opens_the_sentence():
    from claims.extraction import extract

    [claim] = extract("Thirty-three people have been injured.", language="en").claims
    assert [q["normalized"] for q in claim["quantities"]] == ["33"]
    assert claim["kind"] == "quantity"


def test_a_law_number_and_its_year_are_no_duration():
    from claims.extraction import extract

    text = "Judul\nPerppu No 2 Tahun 2017 tentang Ormas dibawa ke DPR."
    [claim] = extract(text, language="id").claims
    assert "duration" not in {q["type"] for q in claim["quantities"]}
