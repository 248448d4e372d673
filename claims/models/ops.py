"""Operational records: proof that background workers are alive."""

from django.db import models


class WorkerHeartbeat(models.Model):
    """Written by a Celery task; its age shows whether queued work is being processed."""

    name = models.CharField(max_length=100, unique=True)
    seen_at = models.DateTimeField()
    broker = models.CharField(max_length=40, blank=True)

    def __str__(self) -> str:
        return f"{self.name} at {self.seen_at:%Y-%m-%d %H:%M:%S}"
