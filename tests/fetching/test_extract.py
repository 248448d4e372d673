"""Pages in other encodings are read the way a browser reads them."""

import codecs

import pytest

from claims.fetching.extract import decode_body, extract_document

WORDS = "Café élan — “kutipan” naïve"
PAGE = (
    "<html><head>{meta}<title>Harga naik</title></head><body><article><h1>Harga naik</h1>"
    "<p>Menteri mengatakan harga kopi di café naik 5 persen — “angka resmi” kata dia.</p>"
    "<p>Kalimat kedua yang cukup panjang agar paragraf ini tetap disimpan utuh.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (WORDS.encode("cp1252"), "text/html; charset=windows-1252"),
        (WORDS.encode("cp1252"), "text/html; charset=ISO-8859-1"),  # read as cp1252, as browsers do
        (WORDS.encode("cp1252"), 'text/html; charset="latin1"'),
        (f'<meta charset="windows-1252">{WORDS}'.encode("cp1252"), "text/html"),
        (
            f'<meta http-equiv="Content-Type" content="text/html; charset=cp1252">{WORDS}'.encode(
                "cp1252"
            ),
            "text/html",
        ),
        (WORDS.encode("utf-8"), "text/html"),
        (codecs.BOM_UTF8 + WORDS.encode("utf-8"), "text/html; charset=windows-1252"),
        (codecs.BOM_UTF16_LE + WORDS.encode("utf-16-le"), "text/html"),
        (WORDS.encode("utf-8"), "text/html; charset=no-such-charset"),
    ],
)
def test_the_charset_comes_from_bom_header_meta_then_utf8(body, content_type):
    assert WORDS in decode_body(body, content_type)


def test_undeclared_non_utf8_is_guessed_not_mangled():
    text = ("Harga kopi di café naik, kata menteri. " * 20).encode("cp1252")
    assert "café" in decode_body(text, "text/html")


def test_a_windows_1252_page_gives_clean_text_and_title():
    body = PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252")
    document = extract_document(body, url="http://127.0.0.1/harga", content_type="text/html")
    assert document.title == "Harga naik"
    assert "café naik 5 persen — “angka resmi”" in document.text
    assert "\ufffd" not in document.text


def test_plain_text_honours_its_charset():
    body = "Judul\nCafé naik 5 persen.".encode("cp1252")
    document = extract_document(
        body, url="http://127.0.0.1/a.txt", content_type="text/plain; charset=windows-1252"
    )
    assert document.title == "Judul" and document.text == "Judul\nCafé naik 5 persen."
