"""The optional LLM backend, tested against a fake OpenAI-compatible server on 127.0.0.1."""

from claims.extraction import extract, llm
from tests.fake_llm import FakeLLM

TEXT = (
    "Judul berita hari ini\n"
    "TRIBUNNEWS.COM - Kedua negara sepakat untuk tidak memberikan bantuan kepada agresor. "
    "Inflasi Juli tercatat 2,95 persen, kata Budi."
)


def test_verbatim_quotes_become_exact_spans(llm_server):
    FakeLLM.reply = {
        "claims": [
            {
                "quote": "Kedua negara sepakat untuk tidak memberikan bantuan kepada agresor",
                "speaker": None,
            },
            {"quote": "Inflasi Juli tercatat 2,95 persen", "speaker": "Budi"},
        ]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=llm_server)
    assert [c["text"] for c in result.claims] == [
        "Kedua negara sepakat untuk tidak memberikan bantuan kepada agresor",
        "Inflasi Juli tercatat 2,95 persen",
    ]
    first, second = result.claims
    assert first["negated"] is True
    assert second["attribution"]["speaker"] == "Budi"
    assert second["quantities"][0]["normalized"] == "2.95%"
    for claim in result.claims:
        for s, e in claim["spans"]:
            assert TEXT[s:e] in claim["text"]
    path, body = FakeLLM.requests[0]
    assert path == "/v1/chat/completions"
    assert body["messages"][-1]["content"].endswith(TEXT)


def test_a_near_quote_is_accepted_with_the_span_of_the_text(llm_server):
    FakeLLM.reply = {
        "claims": [{"quote": "Kedua negara sepakat tidak memberikan bantuan kepada agresor"}]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=llm_server)
    [claim] = result.claims
    [[s, e]] = claim["spans"]
    assert TEXT[s:e].startswith("Kedua negara sepakat")
    assert claim["text"] == " ".join(TEXT[s:e].split())


def test_an_invented_quote_is_rejected_and_the_rules_take_over(llm_server):
    FakeLLM.reply = {"claims": [{"quote": "Presiden mengumumkan pemilu dipercepat ke bulan depan"}]}
    result = extract(TEXT, language="id", backend="llm", llm_url=llm_server)
    rules = extract(TEXT, language="id")
    assert result.to_dict() == rules.to_dict()


def test_boilerplate_quoted_by_the_model_is_never_a_claim(llm_server):
    FakeLLM.reply = {
        "claims": [{"quote": "TRIBUNNEWS.COM"}, {"quote": "Inflasi Juli tercatat 2,95 persen"}]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=llm_server)
    assert [c["text"] for c in result.claims] == ["Inflasi Juli tercatat 2,95 persen"]


def test_server_errors_and_bad_json_fall_back_to_the_rules(llm_server):
    rules = extract(TEXT, language="id").to_dict()
    FakeLLM.status = 500
    assert extract(TEXT, language="id", backend="llm", llm_url=llm_server).to_dict() == rules
    FakeLLM.status = 200
    FakeLLM.reply = "this is not json"
    assert extract(TEXT, language="id", backend="llm", llm_url=llm_server).to_dict() == rules


def test_an_unreachable_backend_falls_back_quickly():
    result = llm.extract_with_llm(TEXT, url="http://127.0.0.1:1/v1", timeout=2)
    assert result is None
    assert extract(TEXT, backend="llm", llm_url="http://127.0.0.1:1/v1").claims


def test_results_are_cached_by_request(llm_server, tmp_path):
    FakeLLM.reply = {"claims": [{"quote": "Inflasi Juli tercatat 2,95 persen"}]}
    first = extract(TEXT, backend="llm", llm_url=llm_server, llm_cache_dir=str(tmp_path))
    second = extract(TEXT, backend="llm", llm_url=llm_server, llm_cache_dir=str(tmp_path))
    assert first.to_dict() == second.to_dict()
    assert len(FakeLLM.requests) == 1
    assert len(list(tmp_path.glob("*.json"))) == 1
    llm.clear_cache()
    FakeLLM.status = 500
    third = extract(TEXT, backend="llm", llm_url=llm_server, llm_cache_dir=str(tmp_path))
    assert third.to_dict() == first.to_dict()


def test_the_backend_is_off_by_default(llm_server):
    FakeLLM.reply = {"claims": [{"quote": "Inflasi Juli tercatat 2,95 persen"}]}
    extract(TEXT)
    extract(TEXT, backend="llm")  # no URL given and none in the environment
    assert FakeLLM.requests == []
