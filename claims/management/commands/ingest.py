"""manage.py ingest PATH|-|URL [--language id|en] [--title …]: store an article, extract claims."""

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims import services
from claims.text import ArticleTextError


class Command(BaseCommand):
    help = "Ingest an article from a file, standard input or a URL and extract its claims."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "path", help="A text file, - for standard input, or an http(s) URL to fetch."
        )
        parser.add_argument("--language", choices=["id", "en"])
        parser.add_argument("--title", default="")
        parser.add_argument(
            "--url",
            default="",
            help="The article's canonical URL, if known (for a fetched URL: where the "
            "redirects end).",
        )
        parser.add_argument("--publisher", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["path"]
        source: dict[str, Any]
        if "://" in path and not Path(path).exists():  # ftp:// and the like: the policy says no
            source = {"url": path}
        else:
            try:
                data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            except OSError as exc:
                raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
            source = {"text": data}
        try:
            result = services.ingest_article(
                **source,
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
