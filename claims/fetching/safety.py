"""The address policy: which URLs the fetcher may contact. The one place for this rule.

Staff type URLs in, so a URL is untrusted input that could point the server at itself,
the office network or a cloud metadata service. Hand-written on purpose: no well-kept
library implements this exact policy (every resolved address checked, ports, test-only
networks) in a form that also re-checks each redirect hop and hands back the checked
address to connect to, which is what defeats DNS rebinding.
"""

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SCHEMES = {"http": 80, "https": 443}
PORTS = frozenset(SCHEMES.values())

# Named explicitly, so the rule does not hang on how this Python's `is_global` reads them.
_BLOCKED: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "an unspecified ('this network') address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a carrier-grade NAT address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local address (cloud metadata lives here)"),
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "a reserved (IETF protocol) address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("224.0.0.0/4", "a multicast address"),
    ("240.0.0.0/4", "a reserved address"),
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("fc00::/7", "a private (unique local) address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a site-local address"),
    ("ff00::/8", "a multicast address"),
)
_BLOCKED_NETS = tuple((ipaddress.ip_network(net), why) for net, why in _BLOCKED)
# IPv6 ranges that carry an IPv4 address inside them: the IPv4 part is judged too.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(ValueError):
    """The fetcher will not contact this URL; the message says why, in one line."""


@dataclass(frozen=True)
class Target:
    """A URL that passed the policy, with the addresses it was checked against."""

    url: str
    scheme: str
    host: str  # ASCII (IDNA) host name or IP literal, as sent in the Host header
    port: int
    path: str  # path and query, as sent in the request line
    addresses: tuple[str, ...]

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == SCHEMES[self.scheme] else f"{host}:{self.port}"


def networks(allow_nets: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Parse extra allowed networks ("127.0.0.0/8"); a bad entry is a clear error."""
    try:
        return tuple(ipaddress.ip_network(net, strict=False) for net in allow_nets)
    except ValueError as exc:
        raise ValueError(f"Not a network in FACTCHECK_FETCH_ALLOW_NETS: {exc}") from exc


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def why_not_public(address: IPAddress) -> str | None:
    """Why this address is not a public Internet address, or None when it is."""
    inner = _embedded_ipv4(address)
    if inner is not None:
        reason = why_not_public(inner)
        if reason:
            return f"{reason} inside an IPv6 address"
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            return None  # simply that IPv4 address, written the IPv6 way
    for net, why in _BLOCKED_NETS:
        if address in net:
            return why
    for flag in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(address, f"is_{flag}"):
            return f"a {flag.replace('_', '-')} address"
    if not address.is_global:
        return "not a public Internet address"
    return None


def check_address(address: str | IPAddress, allow_nets: Iterable[str] = ()) -> None:
    """Refuse an address that is not public, unless it is in one of `allow_nets`."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if any(ip in net for net in networks(allow_nets)):
        return
    reason = why_not_public(ip)
    if reason:
        raise Refused(f"{address} is {reason}, which the fetcher never contacts.")


def _ip_literal(host: str) -> str | None:
    """The address a host written as an IP literal stands for, read without any DNS."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        # The legacy IPv4 spellings resolvers also accept: 127.1, 2130706433, 0x7f.0.0.1.
        return socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        return None


def resolve(host: str, port: int) -> tuple[str, ...]:
    """Every address the host name resolves to, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(f"The host name {host!r} does not resolve.") from exc
    addresses = [str(info[4][0]).split("%", 1)[0] for info in infos]
    if not addresses:
        raise Refused(f"The host name {host!r} does not resolve.")
    return tuple(dict.fromkeys(addresses))


def check_url(url: str, allow_nets: Iterable[str] = ()) -> Target:
    """Check a URL against the policy and resolve it once; raise Refused if it fails.

    Every address the name resolves to must pass, so a name that also points inside
    the network is refused outright; connect only to the addresses returned.
    """
    if not url or any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):
        raise Refused("The URL is empty or contains spaces or control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(f"The URL cannot be read: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"this one is {scheme}:" if scheme else "this one has no scheme"
        raise Refused(f"Only http and https URLs can be fetched ({shown}).")
    if parts.username is not None or parts.password is not None:
        raise Refused("URLs with a user name or password in them are not fetched.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise Refused("The URL has no host name.")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise Refused(f"{host!r} is not a valid host name.") from exc
    port = port if port is not None else SCHEMES[scheme]
    literal = _ip_literal(host)
    addresses = (literal,) if literal else resolve(host, port)
    for address in addresses:
        check_address(address, allow_nets)
    allowed = networks(allow_nets)
    in_allowed = all(any(ipaddress.ip_address(a) in net for net in allowed) for a in addresses)
    if port not in PORTS and not in_allowed:
        raise Refused(f"Only ports 80 and 443 are fetched, not {port}.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    # Percent-encode what may not travel raw in a request line (non-ASCII, mostly).
    path = quote(path, safe="/?&=%:@!$'()*+,;~-._")
    return Target(url, scheme, host, port, path, addresses)
