"""The suite must really run on the database CI asks for, never silently on SQLite."""

import os

from django.conf import settings
from django.db import connection


def test_the_database_is_the_one_configured():
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        assert connection.vendor == "postgresql"
        assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    else:
        assert connection.vendor == "sqlite"
        assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_the_broker_is_the_one_configured():
    url = os.environ.get("CELERY_BROKER_URL", "filesystem://")
    assert url == settings.CELERY_BROKER_URL
    if url.startswith("filesystem://"):
        options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
        for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
            assert os.path.isabs(options[key]), key


def test_deploy_check_refuses_test_only_fetch_networks(settings):
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.FACTCHECK_FETCH_ALLOW_NETS = ["127.0.0.0/8"]
    try:
        call_command("check", "--deploy", "--tag", "security")
    except SystemCheckError as exc:
        assert "claims.E001" in str(exc)
    else:
        raise AssertionError("check --deploy accepted FACTCHECK_FETCH_ALLOW_NETS")
