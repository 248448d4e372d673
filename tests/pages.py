"""A scripted web server on 127.0.0.1 for the fetcher tests, and the sample article as a page."""

import gzip
import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"}
    )
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between 100-byte pieces of the body
    gzip: bool = False
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


def redirect(location: str, status: int = 302) -> Page:
    return Page(status=status, headers={"Location": location})


class PageServer:
    """Serves `pages[path]`; records every request as (path, headers)."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                page = server.pages.get(self.path, Page(b"not here", 404))
                time.sleep(page.delay)
                body = gzip.compress(page.body) if page.gzip else page.body
                self.send_response(page.status)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if page.length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                step = 100 if page.drip else max(len(body), 1)
                try:
                    for start in range(0, len(body), step):
                        self.wfile.write(body[start : start + step])
                        self.wfile.flush()
                        time.sleep(page.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the fetcher gave up, as it should

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "PageServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def article_page(text: str, *, heading: bool = True, extra_head: str = "") -> bytes:
    """The article as a web page: headline in <title> (and <h1>), a paragraph per line."""
    title, _, body = text.partition("\n")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line)
    h1 = f"<h1>{html.escape(title)}</h1>" if heading else ""
    return (
        f"<html><head><title>{html.escape(title)}</title>{extra_head}</head>"
        f"<body><article>{h1}{paragraphs}</article></body></html>"
    ).encode()
