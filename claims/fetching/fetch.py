"""Fetch one URL safely: the address policy on every hop, a byte cap and time limits."""

import contextlib
import time
from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, datetime
from urllib.parse import urljoin

import certifi
import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

from . import safety
from .archive import Response

ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024
# The body is stored decoded, so the headers that describe the wire encoding would lie
# in the archive (warcio would try to de-chunk or unzip it again on replay).
_WIRE_HEADERS = frozenset({"transfer-encoding", "content-encoding", "content-length"})


class FetchError(Exception):
    """The page could not be fetched; the message says why, for an editor."""


def fetch(
    url: str,
    *,
    allow_nets: Iterable[str] = (),
    user_agent: str = "FactcheckBot/0.1",
    max_bytes: int = 5_000_000,
    timeout: float = 10.0,
    deadline: float = 30.0,
    max_redirects: int = 5,
    content_types: Collection[str] | None = ARTICLE_TYPES,
) -> Response:
    """GET a URL and return the final response, following redirects ourselves.

    Raises `safety.Refused` when any hop breaks the address policy and `FetchError`
    for everything else that goes wrong. `content_types=None` accepts any type.
    """
    allow_nets = tuple(allow_nets)
    give_up = time.monotonic() + deadline
    current = url
    for hop in range(max_redirects + 1):
        target = safety.check_url(current, allow_nets)
        with _get(target, user_agent=user_agent, timeout=timeout, give_up=give_up) as opened:
            response, address = opened
            location = response.headers.get("Location")
            if response.status in REDIRECTS and location:
                current = urljoin(current, location.strip())
                continue
            try:
                _check_status(current, response.status, response.reason or "")
                _check_type(current, response.headers.get("Content-Type", ""), content_types)
                body = _read(response, max_bytes=max_bytes, give_up=give_up, deadline=deadline)
            except HTTPError as exc:
                raise _explain(exc, target.host, timeout) from exc
            return Response(
                url=current,
                status=response.status,
                headers=_archived_headers(response),
                body=body,
                fetched_at=datetime.now(UTC),
                reason=response.reason or "",
                extra={"address": address, "redirects": str(hop)},
            )
    raise FetchError(f"More than {max_redirects} redirects; gave up at {current}.")


@contextlib.contextmanager
def _get(
    target: safety.Target, *, user_agent: str, timeout: float, give_up: float
) -> Iterator[tuple[urllib3.BaseHTTPResponse, str]]:
    """Open a GET to the checked addresses (never the name again), first that answers."""
    headers = {
        "Host": target.host_header,
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    last: Exception | None = None
    for address in target.addresses:
        remaining = give_up - time.monotonic()
        if remaining <= 0:
            break
        limit = urllib3.Timeout(connect=min(timeout, remaining), read=min(timeout, remaining))
        pool = _pool(target, address, limit)
        try:
            response = pool.urlopen(
                "GET",
                target.path,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
            )
        except (NewConnectionError, ConnectTimeoutError) as exc:
            pool.close()
            last = exc
            continue  # the next address of the same name, if any
        except HTTPError as exc:
            pool.close()
            raise _explain(exc, target.host, timeout) from exc
        try:
            yield response, address
        finally:
            response.release_conn()
            pool.close()
        return
    if last is None:
        raise FetchError(f"Gave up on {target.host}: the time limit was reached.")
    raise _explain(last, target.host, timeout) from last


def _pool(
    target: safety.Target, address: str, limit: urllib3.Timeout
) -> urllib3.HTTPConnectionPool:
    if target.scheme == "http":
        return urllib3.HTTPConnectionPool(address, target.port, timeout=limit, maxsize=1)
    # TLS to the checked address, but the certificate must be for the name.
    return urllib3.HTTPSConnectionPool(
        address,
        target.port,
        timeout=limit,
        maxsize=1,
        cert_reqs="CERT_REQUIRED",
        ca_certs=certifi.where(),
        server_hostname=target.host,
        assert_hostname=target.host,
    )


def _archived_headers(response: urllib3.BaseHTTPResponse) -> list[tuple[str, str]]:
    headers = list(response.headers.iteritems())
    if not any(name.lower() in {"content-encoding", "transfer-encoding"} for name, _ in headers):
        return headers
    return [(name, value) for name, value in headers if name.lower() not in _WIRE_HEADERS]


def _check_status(url: str, status: int, reason: str) -> None:
    if status >= 400:
        raise FetchError(f"{url} answered HTTP {status} {reason}".rstrip() + ".")
    if status >= 300:
        raise FetchError(f"{url} answered HTTP {status} without saying where to go.")


def _check_type(url: str, content_type: str, allowed: Collection[str] | None) -> None:
    kind = content_type.split(";", 1)[0].strip().lower()
    if allowed is not None and kind not in allowed:
        raise FetchError(
            f"{url} is {kind or 'of no stated type'}, not a web page or plain text "
            f"(accepted: {', '.join(allowed)})."
        )


def _read(
    response: urllib3.BaseHTTPResponse, *, max_bytes: int, give_up: float, deadline: float
) -> bytes:
    """The body, refused (not truncated) past `max_bytes` or past the deadline."""
    too_big = FetchError(f"The page is larger than the {max_bytes:,}-byte limit; nothing kept.")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise too_big
        if time.monotonic() > give_up:
            raise FetchError(f"The page took longer than {deadline:g} s to download.")
        chunks.append(chunk)
    return b"".join(chunks)


def _explain(exc: Exception, host: str, timeout: float) -> FetchError:
    """An urllib3 error in an editor's words."""
    if isinstance(exc, NewConnectionError):
        return FetchError(f"Could not connect to {host}: nothing answered there.")
    if isinstance(exc, ConnectTimeoutError):
        return FetchError(f"Could not connect to {host} within {timeout:g} s.")
    if isinstance(exc, ReadTimeoutError):
        return FetchError(f"{host} did not answer within {timeout:g} s.")
    if isinstance(exc, SSLError):
        return FetchError(f"The secure connection to {host} failed: {exc}.")
    return FetchError(f"The connection to {host} failed: {exc}.")
