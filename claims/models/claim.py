"""Claims: one atomic, checkable proposition pinned to spans of an ArticleVersion."""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from .article import ArticleVersion
from .base import Language


class Status(models.TextChoices):
    NEW = "new", "New"
    TRIAGE = "triage", "In triage"
    RESEARCH = "research", "In research"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"
    CORRECTED = "corrected", "Published, corrected"
    DISMISSED = "dismissed", "Dismissed (not checked)"


PUBLIC_STATUSES = (Status.PUBLISHED, Status.CORRECTED)


class Kind(models.TextChoices):
    STATEMENT = "statement", "Statement of fact"
    QUANTITY = "quantity", "Number or amount"
    ABSENCE = "absence", "Says something is absent"
    PREDICTION = "prediction", "Prediction"
    OPINION = "opinion", "Opinion"
    QUESTION = "question", "Question"
    QUOTE_ONLY = "quote-only", "Quote of feeling"
    ATTRIBUTION_ONLY = "attribution-only", "Only who said it"


class Section(models.TextChoices):
    HEADLINE = "headline", "Headline"
    LEDE = "lede", "Lede"
    BODY = "body", "Body"


def check_spans(spans: Any, text_length: int) -> None:
    """Spans must be ordered, non-overlapping [start, end] pairs inside the text."""
    if not isinstance(spans, list) or not spans:
        raise ValidationError("A claim needs at least one span.")
    previous_end = 0
    for span in spans:
        if (
            not isinstance(span, list | tuple)
            or len(span) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in span)
        ):
            raise ValidationError(f"Span {span!r} is not a [start, end] pair of integers.")
        start, end = span
        if not 0 <= start < end <= text_length:
            raise ValidationError(f"Span {span!r} is outside the text (length {text_length}).")
        if start < previous_end:
            raise ValidationError(f"Span {span!r} overlaps or precedes the previous span.")
        previous_end = end


class ClaimQuerySet(models.QuerySet["Claim"]):
    def published(self) -> "ClaimQuerySet":
        """The one gate for everything public: pages, API, feeds, sitemap, search."""
        return self.filter(
            status__in=PUBLIC_STATUSES,
            verdict__published_at__isnull=False,
            verdict__reviewer__isnull=False,
        )


class Claim(models.Model):
    """One atomic, checkable proposition pinned to spans of the version's text.

    `spans` is JSON checked by check_spans() on every save rather than a span table:
    every page that shows a claim needs its words, and a table would add a join to each.
    The optimistic-locking counter is `version_number`, since `version` is the
    ArticleVersion the claim was extracted from.
    """

    version = models.ForeignKey(ArticleVersion, on_delete=models.PROTECT, related_name="claims")
    index = models.PositiveIntegerField(help_text="Position of the claim in the article.")
    slug = models.SlugField(max_length=100, unique=True)
    text = models.TextField(
        help_text="The claim as one standalone statement. Staff may reword it; "
        "the splitter's wording is kept in 'original text'."
    )
    original_text = models.TextField(editable=False, help_text="The claim as first extracted.")
    spans = models.JSONField(
        help_text="Where the claim's words stand in the article text: [start, end] pairs."
    )
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    section = models.CharField(max_length=10, choices=Section.choices, default=Section.BODY)
    language = models.CharField(max_length=5, choices=Language.choices)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    negated = models.BooleanField(default=False, help_text="The claim says something is not so.")
    absence = models.BooleanField(default=False, help_text="The claim says something is missing.")
    hedged = models.BooleanField(
        default=False, help_text="Worded with doubt: 'kemungkinan', 'diduga', 'reportedly'."
    )
    speaker = models.CharField(
        max_length=200, blank=True, help_text="Who the article says makes the claim."
    )
    attribution = models.JSONField(null=True, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    checkworthiness = models.FloatField(
        default=0.0, help_text="0 to 1: how much the claim is worth checking."
    )
    checkworthiness_reasons = models.JSONField(default=list, blank=True)
    flags = models.JSONField(
        default=list, blank=True, help_text="Warnings such as a name missing from the text."
    )
    inferred_subject = models.CharField(max_length=200, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="restatements",
        help_text="The body claim a headline or lede claim restates.",
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.NEW, editable=False
    )
    version_number = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every change; stale edits are refused."
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["version", "index"]
        constraints = [
            models.UniqueConstraint(fields=["version", "index"], name="claim_index_unique"),
            models.CheckConstraint(condition=~models.Q(text=""), name="claim_text_not_empty"),
            models.CheckConstraint(
                condition=models.Q(sentence_start__lt=models.F("sentence_end")),
                name="claim_sentence_span_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(checkworthiness__gte=0) & models.Q(checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in Status]),
                name="claim_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "-updated_at"])]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Spans are the provenance of a claim: check them on every write.
        check_spans(self.spans, len(self.version.text))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("public:claim", kwargs={"slug": self.slug})

    def quote_pieces(self) -> list[str]:
        """The verbatim article words the claim stands on, piece by piece."""
        text = self.version.text
        return [text[start:end] for start, end in self.spans]

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES
