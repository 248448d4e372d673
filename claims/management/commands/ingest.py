"""manage.py ingest PATH|- [--language id|en] [--title …]: store an article, extract claims."""

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims import services
from claims.text import ArticleTextError


class Command(BaseCommand):
    help = "Ingest an article from a file or standard input and extract its claims."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="A text file, or - for standard input.")
        parser.add_argument("--language", choices=["id", "en"])
        parser.add_argument("--title", default="")
        parser.add_argument("--url", default="", help="The article's canonical URL, if known.")
        parser.add_argument("--publisher", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["path"]
        if path.startswith(("http://", "https://")):
            raise CommandError(
                "Fetching an article by URL is not available yet; save the text and pass "
                "the file with --url to record where it was published."
            )
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
        try:
            result = services.ingest_article(
                text=data,
                language=options["language"],
                title=options["title"],
                canonical_url=options["url"],
                publisher=options["publisher"],
            )
        except ArticleTextError as exc:
            raise CommandError(str(exc)) from exc
        verb = "Stored" if result.created else "Already stored:"
        self.stdout.write(
            f"{verb} {result.article.title!r} version {result.version.number} "
            f"({result.version.claims.count()} claims, sha256 {result.version.sha256[:12]})"
        )
