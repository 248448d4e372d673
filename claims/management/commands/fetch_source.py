"""manage.py fetch_source URL --json: fetch a URL through the safe fetcher and describe it.

Nothing is stored. A refused target exits with status 2 and one line starting
`refused:` on standard error; any other failure exits with status 1.
"""

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from claims.capture import fetch_page
from claims.fetching.extract import extract_document
from claims.fetching.fetch import ARTICLE_TYPES, FetchError
from claims.fetching.safety import Refused


class Command(BaseCommand):
    help = "Fetch a URL with the safe fetcher the lookups use and print what came back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            # Sources may be PDFs or data files, so any content type is fetched.
            response = fetch_page(options["url"], content_types=None)
        except Refused as exc:
            self.stderr.write(f"refused: {exc}")
            sys.exit(2)
        except FetchError as exc:
            self.stderr.write(f"failed: {exc}")
            sys.exit(1)
        kind = response.content_type.split(";", 1)[0].strip().lower()
        title, published = "", None
        if kind in ARTICLE_TYPES:
            document = extract_document(
                response.body, url=response.url, content_type=response.content_type
            )
            title, published = document.title, document.published
        report = {
            "final_url": response.url,
            "status": response.status,
            "content_type": response.content_type,
            "sha256": response.sha256,
            "size": len(response.body),
            "title": title,
            "published": published.isoformat() if published else None,
        }
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False))
            return
        for key, value in report.items():
            self.stdout.write(f"{key:>12}: {value}")
