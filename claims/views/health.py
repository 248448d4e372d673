"""Liveness and readiness probes for load balancers and `make run`."""

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from factcheck.celery import app as celery_app


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 whenever the process can answer at all."""
    return JsonResponse({"status": "ok"})


def _database_ok() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means not ready; say which
        return f"{type(exc).__name__}: {exc}"
    return None


def _broker_ok() -> str | None:
    try:
        with celery_app.connection_for_write(connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=3)
            if conn.transport_cls == "filesystem":
                from factcheck.celery import ensure_broker_folders

                ensure_broker_folders()
    except Exception as exc:  # any failure means not ready; say which
        return f"{type(exc).__name__}: {exc}"
    return None


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """200 only when the database and the broker both answer; 503 names the one that failed."""
    checks = {"database": _database_ok(), "broker": _broker_ok()}
    failed = {name: error for name, error in checks.items() if error}
    body = {
        "status": "unavailable" if failed else "ok",
        "checks": {name: ("failed" if error else "ok") for name, error in checks.items()},
    }
    if failed:
        body["errors"] = failed
    return JsonResponse(body, status=503 if failed else 200)
