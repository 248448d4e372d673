from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from factcheck.celery import ensure_broker_folders

        from . import checks  # noqa: F401  (registers the deploy checks)
        from .roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self)
        ensure_broker_folders()
