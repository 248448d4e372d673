"""The address policy: only public addresses on ports 80/443, every resolved address checked."""

import pytest

from claims.fetching import safety
from claims.fetching.safety import Refused, check_address, check_url

PUBLIC = "93.184.215.14"


@pytest.fixture(autouse=True)
def dns(fake_dns):
    fake_dns.names["public.example"] = [PUBLIC]
    return fake_dns


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.9.10/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://255.255.255.255/",
        "http://127.1/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[fe80::1]/",
        "http://[fe80::1%25eth0]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:a00:1::]/",
    ],
)
def test_it_refuses_addresses_that_are_not_public(url, dns):
    with pytest.raises(Refused, match="never contacts"):
        check_url(url)
    assert dns.calls == []  # literals are judged without asking any resolver


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("169.254.169.254", "metadata"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("::ffff:127.0.0.1", "loopback address inside an IPv6 address"),
    ],
)
def test_the_reason_is_one_readable_line(address, words):
    with pytest.raises(Refused) as refused:
        check_address(address)
    message = str(refused.value)
    assert words in message and "\n" not in message
    assert isinstance(refused.value, ValueError)


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_it_lets_public_addresses_through(address):
    check_address(address)


def test_a_name_is_resolved_once_and_its_addresses_kept(dns):
    target = check_url("https://public.example/berita?id=1#top")
    assert target.addresses == (PUBLIC,)
    assert (target.scheme, target.host, target.port) == ("https", "public.example", 443)
    assert target.path == "/berita?id=1"
    assert target.host_header == "public.example"
    assert dns.calls == ["public.example"]


@pytest.mark.parametrize(
    "addresses",
    [["10.0.0.5"], ["169.254.169.254"], ["::1"], ["fd00::5"], [PUBLIC, "10.0.0.5"]],
    ids=["private", "metadata", "ipv6-loopback", "ipv6-private", "any-of-several"],
)
def test_a_name_that_resolves_inside_the_network_is_refused(dns, addresses):
    dns.names["sneaky.example"] = addresses
    with pytest.raises(Refused, match="never contacts"):
        check_url("http://sneaky.example/")


def test_a_name_that_does_not_resolve_is_refused(dns):
    with pytest.raises(Refused, match="does not resolve"):
        check_url("http://nowhere.example/")


def test_international_names_are_resolved_in_their_ascii_form(dns):
    dns.names["xn--bcher-kva.example"] = [PUBLIC]
    target = check_url("http://bücher.example/straße")
    assert target.host == "xn--bcher-kva.example"
    assert target.path == "/stra%C3%9Fe"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://public.example/file", "Only http and https"),
        ("file:///etc/passwd", "Only http and https"),
        ("gopher://public.example/", "Only http and https"),
        ("javascript:alert(1)", "Only http and https"),
        ("public.example/no-scheme", "Only http and https"),
        ("http://user:secret@public.example/", "user name or password"),
        ("http://user@public.example/", "user name or password"),
        ("http://public.example:8080/", "ports 80 and 443"),
        ("http://public.example:22/", "ports 80 and 443"),
        ("http://public.example:0/", "ports 80 and 443"),
        ("http://public.example:99999/", "cannot be read"),
        ("http:///path-only", "no host name"),
        ("http://a..b/", "not a valid host name"),
        ("http://public.example/\r\nX-Injected: 1", "control characters"),
        ("http://public.example/a b", "spaces"),
        ("", "empty"),
    ],
)
def test_it_refuses_what_is_not_a_plain_web_address(url, words):
    with pytest.raises(Refused, match=words):
        check_url(url)


def test_ports_80_and_443_are_fine_on_either_scheme():
    assert check_url("http://public.example:443/").port == 443
    assert check_url("https://public.example:80/").host_header == "public.example:80"


def test_allowed_networks_let_tests_through_on_any_port():
    target = check_url("http://127.0.0.1:8123/page", allow_nets=["127.0.0.0/8"])
    assert target.addresses == ("127.0.0.1",)
    assert target.host_header == "127.0.0.1:8123"


def test_allowed_networks_open_nothing_else():
    with pytest.raises(Refused, match="private"):
        check_url("http://10.0.0.1/", allow_nets=["127.0.0.0/8"])
    with pytest.raises(Refused, match="ports 80 and 443"):
        check_url("http://public.example:8080/", allow_nets=["127.0.0.0/8"])


def test_an_ipv6_literal_gets_brackets_in_the_host_header():
    target = check_url("http://[::1]:8000/", allow_nets=["::1/128"])
    assert target.host == "::1" and target.host_header == "[::1]:8000"


def test_a_bad_allowed_network_is_a_clear_error():
    with pytest.raises(ValueError, match="FACTCHECK_FETCH_ALLOW_NETS"):
        safety.networks(["not-a-network"])
