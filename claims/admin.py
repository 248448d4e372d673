"""Django admin, written for the editors who use it every day."""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from . import services, workflow
from .models import (
    Article,
    ArticleVersion,
    AuditEvent,
    Claim,
    Correction,
    Evidence,
    Lookup,
    Rating,
    RatingScale,
    Snapshot,
    Source,
    Status,
    Verdict,
)
from .text import ArticleTextError

# The splitter's flags an editor must see before checking a claim, in the desk's words.
FLAG_LABELS = {
    "entity_gap": "name missing from the text",
    "unresolved_speaker": "speaker unclear",
    "duplicate_of": "restates another claim",
    "subject_elsewhere": "subject is in another sentence",
}


class ReadOnlyAdminMixin:
    """For records that are evidence: viewable, never edited or deleted in the admin."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def span_text(claim: Claim) -> str:
    return " … ".join(claim.quote_pieces())


# --- Articles -------------------------------------------------------------


class PasteArticleForm(forms.Form):
    """Either the article's text or its URL: exactly one."""

    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 20, "cols": 100, "autofocus": True}),
        help_text="Paste the whole article: headline first, then the body. "
        "It is stored exactly as pasted and split into claims.",
        strip=False,
    )
    url = forms.URLField(
        required=False,
        assume_scheme="https",
        max_length=2000,
        label="Or fetch it from",
        help_text="Instead of pasting, give the article's address: the page is fetched, "
        "archived, and its text (headline first) split into claims. "
        "Addresses inside our own network are refused.",
    )
    title = forms.CharField(
        required=False, max_length=300, help_text="Leave empty to use the first line."
    )
    language = forms.ChoiceField(
        choices=[("", "Detect automatically"), ("id", "Bahasa Indonesia"), ("en", "English")],
        required=False,
    )
    canonical_url = forms.URLField(
        required=False,
        assume_scheme="https",
        max_length=500,
        help_text="Where the article is published, if known. For a fetched article, "
        "leave empty to use the address the page ends up at.",
    )
    publisher = forms.CharField(required=False, max_length=200)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_text, has_url = bool(data.get("text", "").strip()), bool(data.get("url"))
        if has_text and has_url:
            raise forms.ValidationError(
                "Paste the text or give the URL, not both: clear one of them."
            )
        if not has_text and not has_url and "url" not in self.errors:
            raise forms.ValidationError("Paste the article's text or give its URL.")
        return data


class ArticleVersionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ArticleVersion
    fields = ("number", "link", "language", "sha256", "captured_at", "claim_count")
    readonly_fields = fields
    extra = 0

    @admin.display(description="version")
    def link(self, obj: ArticleVersion) -> str:
        url = reverse("admin:claims_articleversion_change", args=[obj.pk])
        return format_html('<a href="{}">Open version {} and its claims</a>', url, obj.number)

    @admin.display(description="claims")
    def claim_count(self, obj: ArticleVersion) -> int:
        return obj.claims.count()


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "publisher", "version_count", "created_at")
    list_filter = ("language", "publisher")
    search_fields = ("title", "canonical_url", "publisher")
    readonly_fields = ("identity", "created_at", "created_by")
    fields = ("title", "slug", "canonical_url", "publisher", "language", *readonly_fields)
    inlines = [ArticleVersionInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(_versions=Count("versions"))

    @admin.display(description="versions", ordering="_versions")
    def version_count(self, obj: Article) -> int:
        return getattr(obj, "_versions", 0)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # archived versions hang off it; articles are kept

    def get_urls(self) -> list:
        return [
            path(
                "paste/", self.admin_site.admin_view(self.paste_view), name="claims_article_paste"
            ),
            *super().get_urls(),
        ]

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        return self.paste_view(request)

    def paste_view(self, request: HttpRequest) -> HttpResponse:
        """Add an article by pasting its text: ingest stores it and splits it into claims."""
        if not self.has_add_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        form = PasteArticleForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            source = {"url": data["url"]} if data["url"] else {"text": data["text"]}
            try:
                result = services.ingest_article(
                    **source,
                    language=data["language"] or None,
                    title=data["title"],
                    canonical_url=data["canonical_url"],
                    publisher=data["publisher"],
                    by=request.user,
                )
            except ArticleTextError as exc:  # a refused or failed fetch included
                form.add_error("url" if data["url"] else "text", str(exc))
            else:
                count = result.version.claims.count()
                if result.created:
                    messages.success(
                        request, f"Stored version {result.version.number} with {count} claims."
                    )
                else:
                    messages.info(request, f"This exact text was already stored ({count} claims).")
                return HttpResponseRedirect(
                    reverse("admin:claims_articleversion_change", args=[result.version.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Add an article: paste its text or give its URL",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/article/paste.html", context)


class ClaimInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Claim
    fields = (
        "index",
        "claim_link",
        "span_text",
        "kind",
        "negated",
        "speaker",
        "checkworthiness",
        "status",
    )
    readonly_fields = fields
    extra = 0
    ordering = ("index",)

    @admin.display(description="claim")
    def claim_link(self, obj: Claim) -> str:
        url = reverse("admin:claims_claim_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.text)

    @admin.display(description="words in the article")
    def span_text(self, obj: Claim) -> str:
        return span_text(obj)


@admin.register(ArticleVersion)
class ArticleVersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("__str__", "number", "language", "fingerprint", "extractor", "captured_at")
    list_filter = ("language",)
    search_fields = ("article__title", "sha256")
    readonly_fields = (
        "article",
        "number",
        "language",
        "sha256",
        "source_url",
        "capture",
        "extractor",
        "captured_at",
        "captured_by",
        "skipped_lines",
        "text",
    )
    fields = readonly_fields
    inlines = [ClaimInline]

    @admin.display(description="sha256")
    def fingerprint(self, obj: ArticleVersion) -> str:
        return format_html('<code title="{}">{}…</code>', obj.sha256, obj.sha256[:12])

    @admin.display(description="left out as boilerplate")
    def skipped_lines(self, obj: ArticleVersion) -> str:
        rows = [
            (item.get("reason", ""), obj.text[item["start"] : item["end"]]) for item in obj.skipped
        ]
        return format_html_join("", "<div><em>{}</em>: {}</div>", rows) or "—"


# --- Claims ---------------------------------------------------------------


class ClaimAdminForm(forms.ModelForm):
    """Carries the version the editor loaded, so a stale save is refused, not silently applied."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = services.EDITABLE_CLAIM_FIELDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["loaded_version"].initial = self.instance.version_number

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        loaded = data.get("loaded_version")
        if self.instance.pk and loaded is not None:
            current = (
                Claim.objects.filter(pk=self.instance.pk)
                .values_list("version_number", flat=True)
                .first()
            )
            if current != loaded:
                raise forms.ValidationError(
                    "Someone else changed this claim while you were editing. "
                    "Copy your text, reload the page and apply it again."
                )
        return data


class SourceInline(admin.TabularInline):
    model = Source
    fields = ("url", "kind", "title", "notes")
    extra = 0


class EvidenceInline(admin.StackedInline):
    model = Evidence
    fields = ("snapshot", "stance", "quote", "note", "start", "end")
    readonly_fields = ("snapshot", "stance", "quote", "note", "start", "end")
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _transition_action(to_state: str, label: str) -> Any:
    def action(
        modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Claim]
    ) -> None:
        moved, refused = 0, []
        for claim in queryset:
            try:
                workflow.transition(
                    claim, to_state, by=request.user, expected_version=claim.version_number
                )
                moved += 1
            except workflow.TransitionError as exc:
                refused.append(f"“{claim.text[:50]}”: {exc}")
        if moved:
            modeladmin.message_user(
                request, f"{moved} claim(s) moved to {label}.", messages.SUCCESS
            )
        for line in refused:
            modeladmin.message_user(request, line, messages.WARNING)

    action.__name__ = f"move_to_{to_state}"
    return admin.action(description=f"Move selected claims to {label}")(action)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = (
        "text",
        "status",
        "kind",
        "language",
        "checkworthiness",
        "speaker",
        "warnings",
        "assignee",
        "article_title",
    )
    list_filter = ("status", "language", "kind", "negated", "hedged", "verdict__rating", "assignee")
    search_fields = ("text", "original_text", "speaker", "version__article__title")
    list_select_related = ("version__article", "assignee")
    readonly_fields = (
        "status",
        "version_number",
        "article_link",
        "span_text",
        "original_text",
        "section",
        "language",
        "negated",
        "absence",
        "hedged",
        "speaker",
        "inferred_subject",
        "checkworthiness",
        "checkworthiness_reasons",
        "quantities",
        "flags",
        "duplicate_of",
        "slug",
    )
    fieldsets = (
        (
            None,
            {"fields": ("text", "assignee", "kind", "loaded_version", "status", "version_number")},
        ),
        (
            "Where it comes from",
            {"fields": ("article_link", "span_text", "original_text", "section", "slug")},
        ),
        (
            "What the splitter found",
            {
                "fields": (
                    "language",
                    "negated",
                    "absence",
                    "hedged",
                    "speaker",
                    "inferred_subject",
                    "quantities",
                    "checkworthiness",
                    "checkworthiness_reasons",
                    "flags",
                    "duplicate_of",
                )
            },
        ),
    )
    inlines = [SourceInline, EvidenceInline]
    actions = [
        _transition_action(Status.TRIAGE, "triage"),
        _transition_action(Status.RESEARCH, "research"),
        _transition_action(Status.REVIEW, "review"),
        _transition_action(Status.DISMISSED, "dismissed"),
        "publish_reviewed",
    ]

    @admin.action(description="Review and publish the selected claims' verdicts")
    def publish_reviewed(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        published = 0
        for claim in queryset:
            try:
                services.publish(
                    claim=claim, by=request.user, expected_version=claim.version_number
                )
                published += 1
            except (workflow.TransitionError, ValueError, Verdict.DoesNotExist) as exc:
                message = (
                    str(exc) if not isinstance(exc, Verdict.DoesNotExist) else "no verdict yet"
                )
                self.message_user(request, f"“{claim.text[:50]}”: {message}", messages.WARNING)
        if published:
            self.message_user(request, f"{published} verdict(s) published.", messages.SUCCESS)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # claims come from articles

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # dismiss instead: the history stays

    @admin.display(description="article", ordering="version__article__title")
    def article_title(self, obj: Claim) -> str:
        return Truncator(obj.version.article.title).chars(48)

    @admin.display(description="warnings")
    def warnings(self, obj: Claim) -> str:
        names = {flag.get("type", "") for flag in obj.flags}
        return ", ".join(sorted(FLAG_LABELS.get(n, n) for n in names if n in FLAG_LABELS)) or "—"

    @admin.display(description="article version")
    def article_link(self, obj: Claim) -> str:
        url = reverse("admin:claims_articleversion_change", args=[obj.version_id])
        return format_html('<a href="{}">{}</a>', url, obj.version)

    @admin.display(description="words in the article")
    def span_text(self, obj: Claim) -> str:
        return span_text(obj)

    def save_model(
        self, request: HttpRequest, obj: Claim, form: forms.ModelForm, change: bool
    ) -> None:
        services.edit_claim(
            claim=obj,
            changes={name: form.cleaned_data[name] for name in form.changed_data},
            by=request.user,
            expected_version=form.cleaned_data.get("loaded_version") or obj.version_number,
        )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is not Source:
            return super().save_formset(request, form, formset, change)
        for source in formset.save(commit=False):
            if source.pk:
                services.update_source(source=source, by=request.user)
            else:
                services.add_source(
                    claim=form.instance,
                    url=source.url,
                    kind=source.kind,
                    title=source.title,
                    notes=source.notes,
                    by=request.user,
                )
        for source in formset.deleted_objects:
            services.remove_source(source=source, by=request.user)
        return None


# --- Sources, lookups, snapshots, evidence ---------------------------------


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "claim", "added_by", "added_at")
    list_filter = ("kind",)
    search_fields = ("url", "title", "claim__text")
    readonly_fields = ("normalized_url", "added_by", "added_at")
    raw_id_fields = ("claim",)
    list_select_related = ("claim", "added_by")


@admin.register(Lookup)
class LookupAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("source", "state", "attempts", "last_error", "queued_at", "finished_at")
    list_filter = ("state",)
    search_fields = ("source__url",)
    list_select_related = ("source",)


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "final_url",
        "http_status",
        "content_type",
        "size",
        "sha256",
        "fetched_at",
        "content_changed",
    )
    list_filter = ("content_changed", "http_status")
    search_fields = ("final_url", "title", "sha256")
    list_select_related = ("source",)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("quote", "stance", "claim", "snapshot", "added_at")
    list_filter = ("stance",)
    search_fields = ("quote", "claim__text")
    readonly_fields = ("prefix", "suffix", "start", "end", "added_by", "added_at")
    raw_id_fields = ("claim", "snapshot")
    list_select_related = ("claim", "snapshot")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # evidence is pinned from a snapshot through the service


# --- Ratings, verdicts, corrections, audit --------------------------------


class RatingInline(admin.TabularInline):
    model = Rating
    fields = ("order", "label", "slug", "value", "description")
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ("name", "language", "worst_value", "best_value")
    list_filter = ("language",)
    inlines = [RatingInline]


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("label", "scale", "value", "order")
    list_filter = ("scale",)
    search_fields = ("label",)


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    list_display = ("claim", "rating", "author", "reviewer", "published_at")
    list_filter = ("rating", "rating__scale__language", "published_at")
    search_fields = ("claim__text", "summary")
    fields = ("claim", "rating", "summary", "explanation", "author", "reviewer", "published_at")
    readonly_fields = ("author", "reviewer", "published_at", "created_at", "updated_at")
    raw_id_fields = ("claim",)
    list_select_related = ("claim", "rating", "author", "reviewer")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        return (*self.readonly_fields, "claim") if obj else self.readonly_fields

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A published verdict changes only through a public correction.
        if obj is not None and obj.published_at is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Verdict, form: Any, change: bool) -> None:
        # Through the service: whoever writes the verdict is its author, and any
        # earlier review is cleared, so the two-person rule always holds.
        saved = services.draft_verdict(
            claim=form.cleaned_data.get("claim") or obj.claim,
            rating=form.cleaned_data["rating"],
            summary=form.cleaned_data["summary"],
            explanation=form.cleaned_data.get("explanation", ""),
            by=request.user,
        )
        obj.pk = saved.pk


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("verdict", "note", "created_by", "created_at")
    search_fields = ("note", "verdict__claim__text")


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("created_at", "actor", "action", "object_repr")
    list_filter = ("action", "content_type")
    search_fields = ("object_repr", "action", "actor__username")
    list_select_related = ("actor", "content_type")
    date_hierarchy = "created_at"
