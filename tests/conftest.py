"""Shared fixtures: users in their newsroom roles and the sample article, built through services."""

import os
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from claims import services
from claims.extraction import llm
from claims.roles import ensure_groups
from tests.fake_llm import FakeLLM

ARTICLES = Path(__file__).resolve().parent.parent / "claims" / "fixtures" / "articles"
SAMPLE = ARTICLES / "000_d7d0446ce7bbbc77.txt"


def pytest_report_header(config: pytest.Config) -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return f"factcheck: database={db} broker={settings.CELERY_BROKER_URL.split(':', 1)[0]}"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _member(django_user_model, username: str, group: str | None, **extra):
    ensure_groups()
    user = django_user_model.objects.create_user(
        username, password="pw-" + username, is_staff=True, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def checker(django_user_model):
    return _member(django_user_model, "checker", "fact-checker")


@pytest.fixture
def other_checker(django_user_model):
    return _member(django_user_model, "checker2", "fact-checker")


@pytest.fixture
def editor(django_user_model):
    return _member(django_user_model, "editor", "editor")


@pytest.fixture
def superuser(django_user_model):
    return _member(django_user_model, "boss", None, is_superuser=True)


@pytest.fixture
def ingested(db, sample_text, editor):
    return services.ingest_article(text=sample_text, language="id", by=editor)


@pytest.fixture
def claim(ingested):
    return ingested.version.claims.order_by("-checkworthiness", "index").first()


@pytest.fixture(autouse=True)
def _test_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # The hashed-manifest storage needs `collectstatic`, which only `make serve` runs.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def running_on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


@pytest.fixture
def llm_server():
    """URL of a fake LLM; set FakeLLM.reply (and .status) to script its answers."""
    FakeLLM.requests = []
    FakeLLM.status = 200
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeLLM)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    llm.clear_cache()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()
    llm.clear_cache()


@pytest.fixture
def page_server():
    """A local web server; put Page objects in `.pages`. Loopback: the fetcher refuses it
    unless a test lets 127.0.0.0/8 through (see `allow_loopback`)."""
    from tests.pages import PageServer

    with PageServer() as server:
        yield server


@pytest.fixture
def allow_loopback(settings):
    settings.FACTCHECK_FETCH_ALLOW_NETS = ["127.0.0.0/8"]


class FakeDNS:
    """Names the tests resolve, so no test ever asks a real resolver about a public name."""

    def __init__(self, real) -> None:
        self.real = real
        self.names: dict[str, list[str]] = {}
        self.calls: list[str] = []

    def __call__(self, host, port, *args, **kwargs):
        import ipaddress
        import socket

        self.calls.append(host)
        if host in self.names:
            answers = self.names[host]
            if callable(answers):
                answers = answers()
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port),
                )
                for a in answers
            ]
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} is not a test name") from None
        return self.real(host, port, *args, **kwargs)  # a literal: no DNS involved


@pytest.fixture
def fake_dns(monkeypatch):
    import socket

    resolver = FakeDNS(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    return resolver
