"""Seed the Indonesian and English rating scales from claims/data/rating_scales.json."""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "rating_scales.json"


def seed(apps, schema_editor):
    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    for scale_data in json.loads(DATA.read_text(encoding="utf-8")):
        ratings = scale_data.pop("ratings")
        scale, _ = RatingScale.objects.get_or_create(slug=scale_data["slug"], defaults=scale_data)
        for order, rating in enumerate(ratings):
            Rating.objects.get_or_create(
                scale=scale, slug=rating["slug"], defaults={**rating, "order": order}
            )


def unseed(apps, schema_editor):
    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    slugs = [scale["slug"] for scale in json.loads(DATA.read_text(encoding="utf-8"))]
    Rating.objects.filter(scale__slug__in=slugs, verdicts__isnull=True).delete()
    RatingScale.objects.filter(slug__in=slugs, ratings__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
