"""Newsroom roles: Django groups, ranked, checked in this one place."""

from enum import IntEnum
from typing import Any


class Role(IntEnum):
    NONE = 0
    FACT_CHECKER = 1
    EDITOR = 2
    ADMIN = 3


GROUP_ROLES = {"fact-checker": Role.FACT_CHECKER, "editor": Role.EDITOR, "admin": Role.ADMIN}


def role_of(user: Any) -> Role:
    """The highest role a user holds; superusers are admins, others go by their groups."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Role.NONE
    if user.is_superuser:
        return Role.ADMIN
    names = set(user.groups.values_list("name", flat=True))
    return max((role for name, role in GROUP_ROLES.items() if name in names), default=Role.NONE)


def has_role(user: Any, role: Role) -> bool:
    return role_of(user) >= role


# What each group may do in the admin, by model permission codename. Editors have
# everything fact-checkers have; admins are superusers or hold every permission.
_CHECKER = [
    "view_article",
    "add_article",
    "view_articleversion",
    "view_claim",
    "change_claim",
    "view_source",
    "add_source",
    "change_source",
    "delete_source",
    "view_lookup",
    "view_snapshot",
    "view_evidence",
    "add_evidence",
    "view_verdict",
    "add_verdict",
    "change_verdict",
    "view_ratingscale",
    "view_rating",
    "view_correction",
    "view_auditevent",
]
_EDITOR = [*_CHECKER, "change_article", "add_correction", "change_evidence", "delete_evidence"]
GROUP_PERMISSIONS: dict[str, list[str]] = {
    "fact-checker": _CHECKER,
    "editor": _EDITOR,
    "admin": [*_EDITOR, "add_rating", "change_rating", "add_ratingscale", "change_ratingscale"],
}


def ensure_groups(**kwargs: Any) -> None:
    """Create the role groups with their permissions (run after every migrate)."""
    from django.contrib.auth.models import Group, Permission

    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        group.permissions.set(perms)
