"""manage.py extract_claims PATH|- --format json|text [--language id|en]

Reads bytes and decodes UTF-8 with no newline translation, so every span indexes
the input exactly as given (CRLF included).
"""

import datetime
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims import services


class Command(BaseCommand):
    help = "Split an article into atomic claims and print them (nothing is stored)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="A text file, or - for standard input.")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument("--language", choices=["id", "en"])
        parser.add_argument(
            "--reference-date",
            type=datetime.date.fromisoformat,
            help="YYYY-MM-DD: the day the article was published, for 'Juli lalu', 'on Tuesday'.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["path"]
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CommandError(f"The input is not valid UTF-8 (bad byte at {exc.start}).") from exc
        result = services.split_into_claims(
            text, language=options["language"], reference_date=options["reference_date"]
        )
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
            return
        self.stdout.write(self.as_table(text, result))

    def as_table(self, text: str, result: Any) -> str:
        lines = [f"language: {result.language}   claims: {len(result.claims)}", ""]
        for number, claim in enumerate(result.claims, 1):
            marks = [claim["kind"]]
            marks += [name for name in ("negated", "hedged") if claim.get(name)]
            for flag in claim.get("flags", []):
                # the JSON's "claim" is an index into the claims list; the table counts from 1
                mark = (
                    f"duplicate of {flag['claim'] + 1}"
                    if flag["type"] == "duplicate_of"
                    else flag["type"]
                )
                if mark not in marks:
                    marks.append(mark)
            speaker = (claim.get("attribution") or {}).get("speaker")
            lines.append(f"{number:>3}. [{claim['checkworthiness']['score']:.2f}] {claim['text']}")
            detail = ", ".join(marks)
            if speaker:
                detail += f"; said by {speaker}"
            if claim.get("inferred_subject"):
                detail += f"; about {claim['inferred_subject']}"
            spans = " ".join(f"{s}-{e}" for s, e in claim["spans"])
            lines.append(f"     {detail}   spans {spans}")
        if result.skipped:
            lines += ["", "skipped:"]
            for item in result.skipped:
                snippet = text[item["start"] : item["end"]].strip()[:70]
                lines.append(f"  {item['reason']:<12} {snippet!r}")
        return "\n".join(lines)
