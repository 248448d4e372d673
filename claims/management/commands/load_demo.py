"""manage.py load_demo: the sample article with claims, sources and verdicts (idempotent)."""

from typing import Any

from django.core.management.base import BaseCommand

from claims import demo


class Command(BaseCommand):
    help = "Load the demo newsroom: users, the sample article, sources and verdicts."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write("Loading the demo:")
        demo.load(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo ready. Log in at /admin/ with a user above."))
