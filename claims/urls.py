from django.urls import path

from .views import public

app_name = "public"

urlpatterns = [
    path("", public.home, name="home"),
    path("claims/<slug:slug>/", public.claim_detail, name="claim"),
    path("articles/<slug:slug>/", public.article_detail, name="article"),
]
