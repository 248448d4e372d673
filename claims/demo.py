"""The demo newsroom: the sample article carried through sources, evidence and verdicts.

Everything goes through the same services staff use; running it twice changes nothing.
Sources are archived fixture pages shipped in the project, so the demo works offline.
"""

import datetime
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import services, workflow
from .fetching.archive import Response
from .models import Claim, Rating, Source, SourceKind, Status
from .roles import ensure_groups

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_ARTICLE = FIXTURES / "articles" / "000_d7d0446ce7bbbc77.txt"
SAMPLE_URL = "https://www.tribunnews.com/internasional/2025/01/18/demo-pakta-rusia-iran"

USERS = [
    # username, group, superuser
    ("demo-admin", "admin", True),
    ("demo-editor", "editor", False),
    ("demo-checker", "fact-checker", False),
]


@dataclass(frozen=True)
class DemoCheck:
    """One claim to carry through: found by words it must contain, not by position."""

    must_contain: tuple[str, ...]
    rating: str
    summary: str
    source: str
    quote: str
    publish: bool = True


SOURCES = {
    "treaty": ("https://demo.factcheck.invalid/russia-iran-treaty-2025", "treaty-summary.html"),
    "dprk": ("https://demo.factcheck.invalid/russia-dprk-treaty-2024", "dprk-treaty.html"),
}
FETCHED_AT = datetime.datetime(2025, 1, 18, 9, 0, tzinfo=datetime.UTC)

CHECKS = [
    DemoCheck(
        ("20 tahun",),
        "benar",
        "Pakta kemitraan strategis Rusia–Iran berlaku selama 20 tahun.",
        "treaty",
        "The treaty is concluded for a period of 20 years",
    ),
    DemoCheck(
        ("pertahanan bersama",),
        "benar",
        "Berbeda dengan perjanjian Rusia–Korea Utara, pakta ini tidak memuat klausul "
        "pertahanan bersama.",
        "treaty",
        "the Russia–Iran treaty contains no mutual defence clause",
    ),
    DemoCheck(
        ("agresor",),
        "benar",
        "Pakta mewajibkan kedua pihak tidak membantu agresor yang menyerang salah satu pihak.",
        "treaty",
        "the other party shall not provide any military or other assistance to the aggressor",
    ),
    DemoCheck(
        ("transfer senjata",),
        "benar",
        "Teks pakta tidak menyebut transfer senjata secara khusus.",
        "treaty",
        "The treaty text does not specifically mention transfers of weapons",
        publish=False,
    ),
]


def _user(username: str, group: str, superuser: bool, password: str | None) -> tuple[object, str]:
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, "(unchanged)"
    password = password or secrets.token_urlsafe(12)
    user = User.objects.create_user(
        username, password=password, is_staff=True, is_superuser=superuser
    )
    user.groups.add(Group.objects.get(name=group))
    return user, password


def _find_claim(claims: list[Claim], words: tuple[str, ...]) -> Claim | None:
    matching = [c for c in claims if all(w.lower() in c.text.lower() for w in words)]
    matching.sort(key=lambda c: (c.section != "body", -c.checkworthiness, c.index))
    return matching[0] if matching else None


def _snapshot(claim: Claim, key: str, by: object) -> Source:
    url, filename = SOURCES[key]
    source = services.add_source(
        claim=claim, url=url, kind=SourceKind.PRIMARY, notes="Demo archive.", by=by
    )
    if not source.snapshots.exists():
        response = Response(
            url=url,
            status=200,
            headers=[("Content-Type", "text/html; charset=utf-8")],
            body=(FIXTURES / "sources" / filename).read_bytes(),
            fetched_at=FETCHED_AT,
        )
        services.archive_snapshot(source=source, response=response)
    return source


def load(log: Callable[[str], None] = print) -> None:
    ensure_groups()
    password = os.environ.get("DEMO_PASSWORD") or None
    users = {}
    for username, group, superuser in USERS:
        users[group], shown = _user(username, group, superuser, password)
        log(f"  user {username:<13} role {group:<13} password {shown}")
    checker, editor = users["fact-checker"], users["editor"]

    result = services.ingest_article(
        text=SAMPLE_ARTICLE.read_bytes(),
        language="id",
        canonical_url=SAMPLE_URL,
        publisher="Tribunnews (demo copy)",
        by=editor,
    )
    claims = list(result.version.claims.all())
    log(f"  article: {result.article.title[:60]}… ({len(claims)} claims)")
    for check in CHECKS:
        claim = _find_claim(claims, check.must_contain)
        if claim is None:
            log(f"  ! no claim mentions {check.must_contain}; skipped")
            continue
        _carry_through(claim, check, checker, editor)
        claim.refresh_from_db()
        log(f"  {claim.get_status_display():<22} {claim.text[:70]}")


def _carry_through(claim: Claim, check: DemoCheck, checker: object, editor: object) -> None:
    source = _snapshot(claim, check.source, checker)
    snapshot = source.snapshots.order_by("-fetched_at").first()
    assert snapshot is not None
    if not claim.evidence.exists():
        services.attach_evidence(
            claim=claim, snapshot=snapshot, quote=check.quote, stance="supports", by=checker
        )
    rating = Rating.objects.get(scale__language=claim.language, slug=check.rating)
    for step in (Status.TRIAGE, Status.RESEARCH):
        claim.refresh_from_db()
        if claim.status in (Status.NEW, Status.TRIAGE) and claim.status != step:
            workflow.transition(claim, step, by=checker, expected_version=claim.version_number)
    claim.refresh_from_db()
    if not hasattr(claim, "verdict"):
        services.draft_verdict(claim=claim, rating=rating, summary=check.summary, by=checker)
    if claim.status == Status.RESEARCH:
        workflow.transition(claim, Status.REVIEW, by=checker, expected_version=claim.version_number)
    claim = Claim.objects.get(pk=claim.pk)
    if check.publish and claim.status == Status.REVIEW:
        services.publish(claim=claim, by=editor, expected_version=claim.version_number)
