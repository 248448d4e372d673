"""System checks that guard production settings (`manage.py check --deploy`)."""

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def fetch_allow_nets_is_for_tests_only(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    if settings.FACTCHECK_FETCH_ALLOW_NETS:
        return [
            Error(
                "FACTCHECK_FETCH_ALLOW_NETS is set: the fetcher would treat those networks as "
                "public, which lets staff-entered URLs reach internal services.",
                hint="Unset it; it exists only for tests.",
                id="claims.E001",
            )
        ]
    return []
