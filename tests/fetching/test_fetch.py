"""The fetcher: policy on every hop, pinned addresses, byte cap, time limits, clear errors.

Every server here is on 127.0.0.1, let through with allow_nets; any other address is
only ever checked and refused, never contacted.
"""

import re
import shutil
import ssl
import subprocess
import time

import certifi
import pytest

from claims.fetching import fetch as fetcher
from claims.fetching.archive import read_warc, to_warc
from claims.fetching.fetch import FetchError, fetch
from claims.fetching.safety import Refused
from tests.pages import Page, PageServer, redirect

LOCAL = ("127.0.0.0/8",)
HTML = b"<html><head><title>Hello</title></head><body><p>Hi.</p></body></html>"


@pytest.fixture
def server():
    with PageServer() as running:
        running.pages["/"] = Page(HTML)
        yield running


@pytest.fixture
def connections(monkeypatch):
    """Every address the fetcher opened a connection pool to."""
    opened: list[str] = []
    real = fetcher._pool

    def spy(target, address, limit):
        opened.append(address)
        return real(target, address, limit)

    monkeypatch.setattr(fetcher, "_pool", spy)
    return opened


def test_it_fetches_a_page_from_an_allowed_network(server):
    response = fetch(server.url("/"), allow_nets=LOCAL, user_agent="FactcheckBot/0.1 (+x)")
    assert response.status == 200 and response.body == HTML
    assert response.url == server.url("/")
    assert response.content_type == "text/html; charset=utf-8"
    assert len(response.sha256) == 64
    [(_, headers)] = server.requests
    assert headers["User-Agent"] == "FactcheckBot/0.1 (+x)"
    assert headers["Host"] == f"127.0.0.1:{server.port}"


def test_without_the_test_setting_loopback_is_refused_before_connecting(server, connections):
    with pytest.raises(Refused, match="loopback"):
        fetch(server.url("/"))
    assert server.requests == [] and connections == []


def test_it_follows_redirects_and_reports_the_final_url(server):
    server.pages["/old"] = redirect("/moved")
    server.pages["/moved"] = redirect(server.url("/"), status=301)
    response = fetch(server.url("/old"), allow_nets=LOCAL)
    assert response.url == server.url("/")
    assert [path for path, _ in server.requests] == ["/old", "/moved", "/"]


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/"],
)
def test_a_redirect_into_the_network_is_refused_without_connecting(server, connections, target):
    server.pages["/go"] = redirect(target)
    with pytest.raises(Refused, match="never contacts"):
        fetch(server.url("/go"), allow_nets=LOCAL)
    assert connections == ["127.0.0.1"]  # only the allowed server, never the target


def test_a_redirect_to_a_name_is_checked_on_what_the_name_resolves_to(
    server, connections, fake_dns
):
    fake_dns.names["metadata.example"] = ["169.254.169.254"]
    server.pages["/go"] = redirect("http://metadata.example/computeMetadata/v1/")
    with pytest.raises(Refused, match=re.escape("169.254.169.254")):
        fetch(server.url("/go"), allow_nets=LOCAL)
    assert "metadata.example" in fake_dns.calls
    assert connections == ["127.0.0.1"]


def test_a_redirect_to_another_scheme_is_refused(server):
    server.pages["/go"] = redirect("file:///etc/passwd")
    with pytest.raises(Refused, match="http and https"):
        fetch(server.url("/go"), allow_nets=LOCAL)


def test_it_connects_to_the_address_it_checked_not_the_name_again(server, fake_dns):
    """DNS rebinding: the name answers a safe address once, then an internal one."""
    answers = iter([["127.0.0.1"]])
    fake_dns.names["rebind.example"] = lambda: next(answers, ["10.0.0.1"])
    response = fetch(f"http://rebind.example:{server.port}/", allow_nets=LOCAL)
    assert response.status == 200
    assert fake_dns.calls.count("rebind.example") == 1
    assert server.requests[0][1]["Host"] == f"rebind.example:{server.port}"


def test_too_many_redirects_is_an_error(server):
    server.pages["/loop"] = redirect("/loop")
    with pytest.raises(FetchError, match="More than 5 redirects"):
        fetch(server.url("/loop"), allow_nets=LOCAL)
    assert len(server.requests) == 6
    with pytest.raises(FetchError, match="More than 0 redirects"):
        fetch(server.url("/loop"), allow_nets=LOCAL, max_redirects=0)


@pytest.mark.parametrize("length", [True, False], ids=["declared", "streamed"])
def test_a_body_over_the_byte_cap_is_refused_not_truncated(server, length):
    server.pages["/big"] = Page(b"x" * 50_000, length=length)
    with pytest.raises(FetchError, match="larger than the 10,000-byte limit"):
        fetch(server.url("/big"), allow_nets=LOCAL, max_bytes=10_000)
    assert len(fetch(server.url("/big"), allow_nets=LOCAL, max_bytes=50_000).body) == 50_000


def test_the_byte_cap_counts_what_a_compressed_body_unpacks_to(server):
    server.pages["/bomb"] = Page(b"x" * 1_000_000, gzip=True)
    with pytest.raises(FetchError, match="larger than"):
        fetch(server.url("/bomb"), allow_nets=LOCAL, max_bytes=100_000)


def test_a_compressed_page_is_archived_decoded_and_replays(server):
    server.pages["/gz"] = Page(HTML * 50, gzip=True)
    response = fetch(server.url("/gz"), allow_nets=LOCAL)
    assert response.body == HTML * 50
    names = {name.lower() for name, _ in response.headers}
    assert "content-encoding" not in names and "content-length" not in names
    assert read_warc(to_warc(response)).body == HTML * 50


def test_a_server_that_does_not_answer_times_out(server):
    server.pages["/slow"] = Page(HTML, delay=1.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape("did not answer within 0.3 s")):
        fetch(server.url("/slow"), allow_nets=LOCAL, timeout=0.3)
    assert time.monotonic() - started < 0.9


def test_a_body_that_trickles_in_hits_the_total_deadline(server):
    server.pages["/drip"] = Page(b"x" * 2_000, drip=0.05)
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape("longer than 0.3 s")):
        fetch(server.url("/drip"), allow_nets=LOCAL, timeout=1.0, deadline=0.3)
    assert time.monotonic() - started < 0.9


@pytest.mark.parametrize("kind", ["application/pdf", "image/png", "application/json", ""])
def test_an_article_must_be_a_web_page_or_plain_text(server, kind):
    server.pages["/file"] = Page(b"%PDF-1.7", headers={"Content-Type": kind} if kind else {})
    with pytest.raises(FetchError, match="not a web page or plain text"):
        fetch(server.url("/file"), allow_nets=LOCAL)


def test_any_type_is_fetched_when_the_caller_says_so(server):
    server.pages["/file"] = Page(b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    assert fetch(server.url("/file"), allow_nets=LOCAL, content_types=None).body == b"%PDF-1.7"


@pytest.mark.parametrize(("status", "words"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500")])
def test_an_http_error_is_a_clear_error(server, status, words):
    server.pages["/gone"] = Page(b"no", status=status)
    with pytest.raises(FetchError, match=words):
        fetch(server.url("/gone"), allow_nets=LOCAL)


def test_a_redirect_without_a_location_is_an_error(server):
    server.pages["/nowhere"] = Page(status=302, headers={})
    with pytest.raises(FetchError, match="without saying where"):
        fetch(server.url("/nowhere"), allow_nets=LOCAL)


def test_nothing_listening_is_a_clear_error():
    with pytest.raises(FetchError, match=re.escape("Could not connect to 127.0.0.1")):
        fetch("http://127.0.0.1:1/", allow_nets=LOCAL)


# --- TLS: to the checked address, with the certificate checked against the name --------


@pytest.fixture
def tls_server(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    command += ["-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example"]
    command += ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(command, check=True, capture_output=True)
    with PageServer() as plain:
        plain.pages["/"] = Page(HTML)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        plain.httpd.socket = context.wrap_socket(plain.httpd.socket, server_side=True)
        yield plain, cert


def test_https_goes_to_the_pinned_address_and_checks_the_name(tls_server, fake_dns, monkeypatch):
    server, cert = tls_server
    fake_dns.names["news.example"] = ["127.0.0.1"]
    monkeypatch.setattr(certifi, "where", lambda: str(cert))
    response = fetch(f"https://news.example:{server.port}/", allow_nets=LOCAL)
    assert response.body == HTML
    assert server.requests[0][1]["Host"] == f"news.example:{server.port}"


def test_https_refuses_a_certificate_for_another_name(tls_server, fake_dns, monkeypatch):
    server, cert = tls_server
    fake_dns.names["other.example"] = ["127.0.0.1"]
    monkeypatch.setattr(certifi, "where", lambda: str(cert))
    with pytest.raises(FetchError, match=re.escape("secure connection to other.example failed")):
        fetch(f"https://other.example:{server.port}/", allow_nets=LOCAL)


def test_https_refuses_an_untrusted_certificate(tls_server, fake_dns):
    server, _ = tls_server
    fake_dns.names["news.example"] = ["127.0.0.1"]
    with pytest.raises(FetchError, match="secure connection"):
        fetch(f"https://news.example:{server.port}/", allow_nets=LOCAL)
