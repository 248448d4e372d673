"""The review state machine: the table, roles, optimistic locking, the two-person rule, audit."""

import pytest

from claims import services, workflow
from claims.models import AuditEvent, Claim, Rating, Status

pytestmark = pytest.mark.django_db


def _to_review(claim, checker):
    for state in (Status.TRIAGE, Status.RESEARCH):
        claim = workflow.transition(claim, state, by=checker, expected_version=claim.version_number)
    rating = Rating.objects.get(scale__language="id", slug="salah")
    services.draft_verdict(claim=claim, rating=rating, summary="Tidak akurat.", by=checker)
    return workflow.transition(
        claim, Status.REVIEW, by=checker, expected_version=claim.version_number
    )


def test_it_moves_a_claim_and_bumps_its_version(claim, checker):
    moved = workflow.transition(claim, Status.TRIAGE, by=checker, expected_version=1)
    assert moved.status == Status.TRIAGE and moved.version_number == 2


def test_it_records_who_moved_the_claim(claim, checker):
    workflow.transition(claim, Status.TRIAGE, by=checker, expected_version=1)
    event = AuditEvent.objects.get(action="claim.transition")
    assert event.actor == checker
    assert event.before["status"] == "new" and event.after["status"] == "triage"


def test_it_rejects_stale_version(claim, checker, other_checker):
    workflow.transition(claim, Status.TRIAGE, by=checker, expected_version=1)
    with pytest.raises(workflow.Conflict):
        workflow.transition(claim, Status.TRIAGE, by=other_checker, expected_version=1)
    assert Claim.objects.get(pk=claim.pk).version_number == 2


def test_it_rejects_steps_not_in_the_table(claim, editor):
    with pytest.raises(workflow.TransitionError):
        workflow.transition(claim, Status.PUBLISHED, by=editor, expected_version=1)
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW


def test_anonymous_and_roleless_users_cannot_move_claims(claim, django_user_model):
    nobody = django_user_model.objects.create_user("nobody", is_staff=True)
    with pytest.raises(workflow.TransitionForbidden):
        workflow.transition(claim, Status.TRIAGE, by=nobody, expected_version=1)
    assert not AuditEvent.objects.filter(action="claim.transition").exists()


def test_a_fact_checker_cannot_publish(claim, checker, other_checker):
    claim = _to_review(claim, checker)
    with pytest.raises(workflow.TransitionForbidden):
        workflow.transition(
            claim, Status.PUBLISHED, by=other_checker, expected_version=claim.version_number
        )


def test_the_author_cannot_review_their_own_verdict(claim, django_user_model, checker):
    from claims.roles import ensure_groups

    ensure_groups()
    claim = _to_review(claim, checker)
    from django.contrib.auth.models import Group

    checker.groups.add(Group.objects.get(name="editor"))
    with pytest.raises(ValueError, match="someone other"):
        services.publish(claim=claim, by=checker, expected_version=claim.version_number)
    assert not Claim.objects.published().exists()


def test_publishing_needs_a_verdict(claim, checker, editor):
    for state in (Status.TRIAGE, Status.RESEARCH, Status.REVIEW):
        claim = workflow.transition(claim, state, by=checker, expected_version=claim.version_number)
    with pytest.raises(workflow.TransitionError, match="verdict"):
        workflow.transition(
            claim, Status.PUBLISHED, by=editor, expected_version=claim.version_number
        )


def test_an_editor_publishes_after_review(claim, checker, editor):
    claim = _to_review(claim, checker)
    published = services.publish(claim=claim, by=editor, expected_version=claim.version_number)
    assert published.status == Status.PUBLISHED
    assert Claim.objects.published().get() == published
    assert published.verdict.reviewer == editor
    assert AuditEvent.objects.filter(action="verdict.publish", actor=editor).exists()


def test_a_stale_publish_changes_nothing(claim, checker, editor):
    claim = _to_review(claim, checker)
    with pytest.raises(workflow.Conflict):
        services.publish(claim=claim, by=editor, expected_version=claim.version_number - 1)
    claim.refresh_from_db()
    assert claim.status == Status.REVIEW
    assert claim.verdict.published_at is None and claim.verdict.reviewer is None


def test_allowed_targets_follow_the_role(claim, checker, editor):
    assert set(workflow.allowed_targets(claim, checker)) == {Status.TRIAGE, Status.DISMISSED}
    claim = workflow.transition(claim, Status.DISMISSED, by=checker, expected_version=1)
    assert workflow.allowed_targets(claim, checker) == []
    assert workflow.allowed_targets(claim, editor) == [Status.TRIAGE]


def test_only_transition_writes_status():
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parent.parent / "claims"
    writers = [
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if "migrations" not in path.parts
        and re.search(r"update\([^)]*\bstatus=|\.status\s*=[^=]", path.read_text())
    ]
    assert writers == ["workflow.py"]


def test_staff_edits_bump_the_version_and_refuse_stale_ones(claim, checker, other_checker):
    services.edit_claim(
        claim=claim, changes={"text": "Pakta berlaku 20 tahun."}, by=checker, expected_version=1
    )
    claim.refresh_from_db()
    assert claim.text == "Pakta berlaku 20 tahun." and claim.original_text != claim.text
    with pytest.raises(workflow.Conflict):
        services.edit_claim(
            claim=claim, changes={"text": "Lain."}, by=other_checker, expected_version=1
        )
    assert AuditEvent.objects.filter(action="claim.edit").count() == 1


def test_a_published_verdict_cannot_be_redrafted(claim, checker, editor):
    claim = _to_review(claim, checker)
    services.publish(claim=claim, by=editor, expected_version=claim.version_number)
    rating = Rating.objects.get(scale__language="id", slug="benar")
    with pytest.raises(ValueError, match="correction"):
        services.draft_verdict(claim=claim, rating=rating, summary="Diubah.", by=editor)
    claim.verdict.refresh_from_db()
    assert claim.verdict.rating.slug == "salah" and claim.verdict.reviewer == editor
