"""Articles and the immutable versions of their text that were checked."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from .base import ImmutableModel, Language


class Article(models.Model):
    """A piece of journalism being checked; its text lives in ArticleVersion."""

    slug = models.SlugField(max_length=80, unique=True)
    identity = models.CharField(
        max_length=600,
        unique=True,
        editable=False,
        help_text="What makes two submissions the same article: its canonical URL, "
        "or for pasted text without one, the fingerprint of the first text.",
    )
    title = models.CharField(max_length=300, help_text="Headline as published.")
    canonical_url = models.URLField(
        max_length=500, blank=True, help_text="Where the article is published, if known."
    )
    publisher = models.CharField(max_length=200, blank=True, help_text="e.g. Tribunnews, Reuters.")
    language = models.CharField(max_length=5, choices=Language.choices, default=Language.INDONESIAN)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="article_title_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("public:article", kwargs={"slug": self.slug})


class ArticleVersion(ImmutableModel):
    """The exact text that was checked, as captured. Never edited: a change is a new version."""

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(help_text="1 for the first capture, then 2, 3, …")
    text = models.TextField(
        help_text="The article text exactly as captured (line endings made LF). "
        "Claim spans point into this text."
    )
    sha256 = models.CharField(max_length=64, help_text="Fingerprint of the text.")
    language = models.CharField(max_length=5, choices=Language.choices)
    source_url = models.URLField(max_length=500, blank=True)
    capture = models.FileField(
        upload_to="captures/%Y/%m/", blank=True, help_text="WARC of the fetched page, if fetched."
    )
    skipped = models.JSONField(
        default=list,
        blank=True,
        help_text="Boilerplate the claim splitter left out (read-more links, credits, datelines).",
    )
    extractor = models.CharField(max_length=40, default="rules")
    captured_at = models.DateTimeField(auto_now_add=True)
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["article", "-number"]
        get_latest_by = "number"
        constraints = [
            models.UniqueConstraint(fields=["article", "sha256"], name="version_sha256_unique"),
            models.UniqueConstraint(fields=["article", "number"], name="version_number_unique"),
            models.CheckConstraint(condition=~models.Q(text=""), name="version_text_not_empty"),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="version_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} (v{self.number})"
