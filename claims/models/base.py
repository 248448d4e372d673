"""Shared model pieces: immutability for archived records."""

from typing import Any

from django.db import models


class ImmutableError(Exception):
    """Raised when code tries to change or delete a record that must never change."""


class ImmutableQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        raise ImmutableError(f"{self.model.__name__} rows are immutable")


class ImmutableModel(models.Model):
    """A row written once: later saves and deletes are refused.

    Archived text, snapshots, corrections and audit events are evidence; changing
    them in place would break the provenance chain, so a change is a new row.
    """

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableError(f"{type(self).__name__} {self.pk} is immutable")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableError(f"{type(self).__name__} {self.pk} is immutable")


class Language(models.TextChoices):
    INDONESIAN = "id", "Bahasa Indonesia"
    ENGLISH = "en", "English"
