"""Rating scales, verdicts and the public corrections log."""

from django.conf import settings
from django.db import models

from .base import ImmutableModel, Language
from .claim import Claim


class RatingScale(models.Model):
    """A newsroom's set of verdict labels in one language."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)
    language = models.CharField(max_length=5, choices=Language.choices)
    worst_value = models.SmallIntegerField(default=1, help_text="ClaimReview worstRating.")
    best_value = models.SmallIntegerField(default=5, help_text="ClaimReview bestRating.")

    class Meta:
        ordering = ["language", "name"]

    def __str__(self) -> str:
        return self.name


class Rating(models.Model):
    """One label on a scale, e.g. 'Salah' or 'Misleading'."""

    scale = models.ForeignKey(RatingScale, on_delete=models.PROTECT, related_name="ratings")
    slug = models.SlugField(max_length=50)
    label = models.CharField(max_length=60, help_text="As readers see it.")
    description = models.TextField(blank=True, help_text="What this label means, for readers.")
    value = models.SmallIntegerField(
        null=True,
        blank=True,
        help_text="ClaimReview ratingValue; higher is more true. Empty for labels such as "
        "'Unproven' that have no place on the scale.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["scale", "order"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "slug"], name="rating_slug_unique"),
        ]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    """The conclusion on a claim. Publishing needs a reviewer who is not the author."""

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="verdict")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="verdicts")
    summary = models.CharField(max_length=300, help_text="One or two sentences readers see first.")
    explanation = models.TextField(
        blank=True, help_text="The full reasoning. Basic formatting is kept; scripts are removed."
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The second person who checked the verdict before publication.",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(reviewer=models.F("author")),
                name="verdict_reviewer_not_author",
            ),
            models.CheckConstraint(
                condition=models.Q(published_at__isnull=True) | models.Q(reviewer__isnull=False),
                name="verdict_published_needs_reviewer",
            ),
            models.CheckConstraint(
                condition=~models.Q(summary=""), name="verdict_summary_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating}: {self.claim}"


class Correction(ImmutableModel):
    """A public, dated note of what changed in a published verdict and why. Append-only."""

    verdict = models.ForeignKey(Verdict, on_delete=models.PROTECT, related_name="corrections")
    note = models.TextField(help_text="What changed and why, for readers.")
    previous_rating = models.ForeignKey(
        Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(note=""), name="correction_note_not_empty"),
        ]

    def __str__(self) -> str:
        return f"Correction to {self.verdict.claim} on {self.created_at:%Y-%m-%d}"
