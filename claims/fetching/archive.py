"""WARC archiving of one HTTP exchange, with warcio, and the sha256 that proves it."""

import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    reason: str = "OK"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return next((v for k, v in self.headers if k.lower() == "content-type"), "")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def to_warc(response: Response) -> bytes:
    """A gzipped WARC holding the response record, dated when it was fetched."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http_headers = StatusAndHeaders(
        f"{response.status} {response.reason}", response.headers, protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        response.url,
        "response",
        payload=io.BytesIO(response.body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": response.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    writer.write_record(record)
    return buffer.getvalue()


def read_warc(data: bytes) -> Response:
    """The first response record of a WARC, for replay and for proving a snapshot."""
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        http = record.http_headers
        status = int(http.get_statuscode()) if http else 0
        fetched = datetime.strptime(
            record.rec_headers.get_header("WARC-Date"), "%Y-%m-%dT%H:%M:%SZ"
        )
        return Response(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=status,
            headers=list(http.headers) if http else [],
            body=record.content_stream().read(),
            fetched_at=fetched,
        )
    raise ValueError("The WARC holds no response record.")
