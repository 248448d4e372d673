"""Read queries with the joins their pages need, so query counts stay constant."""

from django.db.models import Prefetch, QuerySet

from .models import Article, Claim


def published_claims() -> QuerySet[Claim]:
    return (
        Claim.objects.published()
        .select_related("version__article", "verdict__rating__scale")
        .order_by("-verdict__published_at", "pk")
    )


def latest_verdicts(limit: int = 30) -> QuerySet[Claim]:
    return published_claims()[:limit]


def published_claim(slug: str) -> Claim:
    return published_claims().prefetch_related("evidence__snapshot__source").get(slug=slug)


def article_with_published_claims(slug: str) -> tuple[Article, list[Claim]]:
    article = Article.objects.prefetch_related(Prefetch("versions", to_attr="all_versions")).get(
        slug=slug
    )
    claims = list(published_claims().filter(version__article=article).order_by("version", "index"))
    return article, claims
