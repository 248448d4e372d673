"""The optional LLM backend, tested against a fake OpenAI-compatible server on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.extraction import extract, llm

TEXT = (
    "Judul berita hari ini\n"
    "TRIBUNNEWS.COM - Kedua negara sepakat untuk tidak memberikan bantuan kepada agresor. "
    "Inflasi Juli tercatat 2,95 persen, kata Budi."
)


class _Fake(BaseHTTPRequestHandler):
    reply: object = None
    status = 200
    requests: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((self.path, body))
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
            return
        content = self.reply if isinstance(self.reply, str) else json.dumps(self.reply)
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Fake.requests = []
    _Fake.status = 200
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    llm.clear_cache()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()
    llm.clear_cache()


def test_verbatim_quotes_become_exact_spans(server):
    _Fake.reply = {
        "claims": [
            {
                "quote": "Kedua negara sepakat untuk tidak memberikan bantuan kepada agresor",
                "speaker": None,
            },
            {"quote": "Inflasi Juli tercatat 2,95 persen", "speaker": "Budi"},
        ]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=server)
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
    path, body = _Fake.requests[0]
    assert path == "/v1/chat/completions"
    assert body["messages"][-1]["content"].endswith(TEXT)


def test_a_near_quote_is_accepted_with_the_span_of_the_text(server):
    _Fake.reply = {
        "claims": [{"quote": "Kedua negara sepakat tidak memberikan bantuan kepada agresor"}]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=server)
    [claim] = result.claims
    [[s, e]] = claim["spans"]
    assert TEXT[s:e].startswith("Kedua negara sepakat")
    assert claim["text"] == " ".join(TEXT[s:e].split())


def test_an_invented_quote_is_rejected_and_the_rules_take_over(server):
    _Fake.reply = {"claims": [{"quote": "Presiden mengumumkan pemilu dipercepat ke bulan depan"}]}
    result = extract(TEXT, language="id", backend="llm", llm_url=server)
    rules = extract(TEXT, language="id")
    assert result.to_dict() == rules.to_dict()


def test_boilerplate_quoted_by_the_model_is_never_a_claim(server):
    _Fake.reply = {
        "claims": [{"quote": "TRIBUNNEWS.COM"}, {"quote": "Inflasi Juli tercatat 2,95 persen"}]
    }
    result = extract(TEXT, language="id", backend="llm", llm_url=server)
    assert [c["text"] for c in result.claims] == ["Inflasi Juli tercatat 2,95 persen"]


def test_server_errors_and_bad_json_fall_back_to_the_rules(server):
    rules = extract(TEXT, language="id").to_dict()
    _Fake.status = 500
    assert extract(TEXT, language="id", backend="llm", llm_url=server).to_dict() == rules
    _Fake.status = 200
    _Fake.reply = "this is not json"
    assert extract(TEXT, language="id", backend="llm", llm_url=server).to_dict() == rules


def test_an_unreachable_backend_falls_back_quickly():
    result = llm.extract_with_llm(TEXT, url="http://127.0.0.1:1/v1", timeout=2)
    assert result is None
    assert extract(TEXT, backend="llm", llm_url="http://127.0.0.1:1/v1").claims


def test_results_are_cached_by_request(server, tmp_path):
    _Fake.reply = {"claims": [{"quote": "Inflasi Juli tercatat 2,95 persen"}]}
    first = extract(TEXT, backend="llm", llm_url=server, llm_cache_dir=str(tmp_path))
    second = extract(TEXT, backend="llm", llm_url=server, llm_cache_dir=str(tmp_path))
    assert first.to_dict() == second.to_dict()
    assert len(_Fake.requests) == 1
    assert len(list(tmp_path.glob("*.json"))) == 1
    llm.clear_cache()
    _Fake.status = 500
    third = extract(TEXT, backend="llm", llm_url=server, llm_cache_dir=str(tmp_path))
    assert third.to_dict() == first.to_dict()


def test_the_backend_is_off_by_default(server):
    _Fake.reply = {"claims": [{"quote": "Inflasi Juli tercatat 2,95 persen"}]}
    extract(TEXT)
    extract(TEXT, backend="llm")  # no URL given and none in the environment
    assert _Fake.requests == []
