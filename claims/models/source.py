"""Sources consulted for a claim, their background lookups, snapshots and evidence."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .base import ImmutableModel
from .claim import Claim


class SourceKind(models.TextChoices):
    PRIMARY = "primary", "Primary document"
    OFFICIAL = "official", "Official statement"
    DATA = "data", "Data set"
    NEWS = "news", "News report"
    EXPERT = "expert", "Expert"
    OTHER = "other", "Other"


class Source(models.Model):
    """A document consulted while checking a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=1000, help_text="The address as given.")
    normalized_url = models.CharField(
        max_length=1000, editable=False, help_text="The address in canonical form."
    )
    kind = models.CharField(max_length=12, choices=SourceKind.choices, default=SourceKind.OTHER)
    title = models.CharField(max_length=300, blank=True)
    notes = models.TextField(blank=True, help_text="Why this source matters; not shown publicly.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim", "added_at"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "normalized_url"], name="source_url_unique"),
            models.CheckConstraint(condition=~models.Q(url=""), name="source_url_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    def latest_snapshot(self) -> "Snapshot | None":
        return self.snapshots.order_by("-fetched_at").first()


class LookupState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Lookup(models.Model):
    """One background attempt to fetch and archive a Source. The row is the truth of its state."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="lookups")
    state = models.CharField(max_length=8, choices=LookupState.choices, default=LookupState.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-queued_at"]
        indexes = [models.Index(fields=["state", "lease_expires_at"])]

    def __str__(self) -> str:
        return f"Lookup {self.pk} of {self.source} ({self.state})"


class Snapshot(ImmutableModel):
    """The archived bytes of a Source at one moment. Never changed; a re-fetch adds a Snapshot."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="snapshots")
    lookup = models.OneToOneField(
        Lookup, null=True, blank=True, on_delete=models.SET_NULL, related_name="snapshot"
    )
    fetched_at = models.DateTimeField()
    final_url = models.URLField(max_length=1000)
    http_status = models.PositiveSmallIntegerField()
    headers = models.JSONField(default=dict)
    content_type = models.CharField(max_length=200, blank=True)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, help_text="Fingerprint of the archived body.")
    warc = models.FileField(upload_to="warc/%Y/%m/", help_text="The archived exchange (WARC).")
    title = models.CharField(max_length=500, blank=True)
    published = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True, help_text="The readable text extracted from the page.")
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    content_changed = models.BooleanField(
        default=False, help_text="The body differs from the previous snapshot of this source."
    )

    class Meta:
        ordering = ["-fetched_at"]
        get_latest_by = "fetched_at"
        constraints = [
            models.CheckConstraint(condition=~models.Q(sha256=""), name="snapshot_sha256_set"),
        ]

    def __str__(self) -> str:
        return f"{self.final_url} at {self.fetched_at:%Y-%m-%d %H:%M}"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports the claim"
    REFUTES = "refutes", "Refutes the claim"
    CONTEXT = "context", "Gives context"


class Evidence(models.Model):
    """A passage of a snapshot, pinned by quote and position, so it can be found and proven."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.CONTEXT)
    quote = models.TextField(help_text="The exact words from the archived source.")
    prefix = models.CharField(max_length=64, blank=True, editable=False)
    suffix = models.CharField(max_length=64, blank=True, editable=False)
    start = models.PositiveIntegerField(editable=False)
    end = models.PositiveIntegerField(editable=False)
    note = models.TextField(blank=True, help_text="How this passage bears on the claim.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["claim", "added_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")), name="evidence_span_valid"
            ),
            models.CheckConstraint(condition=~models.Q(quote=""), name="evidence_quote_not_empty"),
        ]

    def __str__(self) -> str:
        return self.quote[:80]

    def clean(self) -> None:
        if self.snapshot_id and self.snapshot.text[self.start : self.end] != self.quote:
            raise ValidationError("The quote is not found at its position in the snapshot text.")
