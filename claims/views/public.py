"""Public pages: everything here goes through Claim.objects.published()."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from .. import selectors
from ..models import Article, Claim


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "public/home.html", {"claims": selectors.latest_verdicts()})


def claim_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        claim = selectors.published_claim(slug)
    except Claim.DoesNotExist:
        raise Http404("No published verdict here.") from None
    return render(request, "public/claim.html", {"claim": claim, "verdict": claim.verdict})


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        article, claims = selectors.article_with_published_claims(slug)
    except Article.DoesNotExist:
        raise Http404("No such article.") from None
    if not claims:
        raise Http404("No published verdicts on this article yet.")
    return render(request, "public/article.html", {"article": article, "claims": claims})
