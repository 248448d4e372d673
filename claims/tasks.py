"""Celery tasks: thin, take ids or nothing, call a service, safe to run twice."""

from celery import shared_task
from django.utils import timezone

from .models import WorkerHeartbeat


@shared_task(name="claims.heartbeat", ignore_result=True)
def heartbeat(name: str = "worker") -> None:
    """Record that a worker took a message off the broker and reached the database."""
    from factcheck.celery import app

    WorkerHeartbeat.objects.update_or_create(
        name=name,
        defaults={"seen_at": timezone.now(), "broker": app.connection_for_write().transport_cls},
    )
