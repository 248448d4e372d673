"""The claim review workflow: states, who may move a claim between them, and transition().

transition() is the only code that writes Claim.status.
"""

from typing import Any

from django.db import transaction
from django.db.models import F

from . import audit
from .models import Claim, Status
from .roles import Role, has_role

# (from, to) -> the least role that may take the step.
TRANSITIONS: dict[tuple[str, str], Role] = {
    (Status.NEW, Status.TRIAGE): Role.FACT_CHECKER,
    (Status.NEW, Status.DISMISSED): Role.FACT_CHECKER,
    (Status.TRIAGE, Status.RESEARCH): Role.FACT_CHECKER,
    (Status.TRIAGE, Status.DISMISSED): Role.FACT_CHECKER,
    (Status.DISMISSED, Status.TRIAGE): Role.EDITOR,
    (Status.RESEARCH, Status.REVIEW): Role.FACT_CHECKER,
    (Status.REVIEW, Status.RESEARCH): Role.EDITOR,
    (Status.REVIEW, Status.PUBLISHED): Role.EDITOR,
    (Status.PUBLISHED, Status.CORRECTED): Role.EDITOR,
}


class TransitionError(Exception):
    """The step is not in the table, or a condition for it is not met."""


class TransitionForbidden(TransitionError):
    """The user's role may not take this step."""


class Conflict(TransitionError):
    """Someone else changed the claim since the caller loaded it."""


def allowed_targets(claim: Claim, user: Any) -> list[str]:
    """The states this user may move the claim to from where it is now."""
    return [
        to
        for (frm, to), role in TRANSITIONS.items()
        if frm == claim.status and has_role(user, role)
    ]


def _check_publishable(claim: Claim, by: Any) -> None:
    verdict = getattr(claim, "verdict", None)
    if verdict is None:
        raise TransitionError("A claim needs a verdict before it is published.")
    if verdict.reviewer_id is None or verdict.published_at is None:
        raise TransitionError("The verdict must be reviewed before the claim is published.")
    if verdict.reviewer_id == verdict.author_id:
        raise TransitionError("The reviewer must be someone other than the verdict's author.")


def transition(claim: Claim, to_state: str, *, by: Any, expected_version: int) -> Claim:
    """Move `claim` to `to_state` if the table and the user's role allow it.

    A compare-and-set on Claim.version_number refuses stale callers with Conflict;
    the AuditEvent is written in the same transaction. Returns the fresh claim.
    """
    step = (claim.status, to_state)
    if step not in TRANSITIONS:
        raise TransitionError(f"A claim cannot go from {claim.status} to {to_state}.")
    if not has_role(by, TRANSITIONS[step]):
        raise TransitionForbidden(
            f"Moving a claim from {claim.status} to {to_state} needs the "
            f"{TRANSITIONS[step].name.lower().replace('_', '-')} role."
        )
    if to_state == Status.PUBLISHED:
        _check_publishable(claim, by)
    with transaction.atomic():
        updated = Claim.objects.filter(
            pk=claim.pk, status=claim.status, version_number=expected_version
        ).update(status=to_state, version_number=F("version_number") + 1)
        if updated != 1:
            raise Conflict(
                "This claim was changed by someone else since you opened it. "
                "Reload to see their change."
            )
        fresh = Claim.objects.select_related("version").get(pk=claim.pk)
        audit.record(
            actor=by,
            action="claim.transition",
            obj=fresh,
            before={"status": claim.status, "version": expected_version},
            after={"status": fresh.status, "version": fresh.version_number},
        )
    return fresh
