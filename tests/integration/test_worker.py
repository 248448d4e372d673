"""A real worker takes a task off the real broker and writes to the test database."""

import pytest
from django.db import transaction

from claims import tasks
from claims.models import WorkerHeartbeat

from .conftest import wait_for, worker_log

pytestmark = pytest.mark.integration


def test_a_worker_processes_a_task_sent_on_commit(celery_worker_process):
    with transaction.atomic():
        transaction.on_commit(lambda: tasks.heartbeat.delay("integration"), robust=True)
    seen = wait_for(lambda: WorkerHeartbeat.objects.filter(name="integration").exists())
    if not seen:
        pytest.fail(f"The worker never ran the task. Its log:\n{worker_log(celery_worker_process)}")
    assert WorkerHeartbeat.objects.get(name="integration").seen_at is not None
