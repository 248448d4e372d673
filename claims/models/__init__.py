from .article import Article, ArticleVersion
from .audit import AuditEvent
from .base import ImmutableError, Language
from .claim import PUBLIC_STATUSES, Claim, Kind, Section, Status, check_spans
from .ops import WorkerHeartbeat
from .source import Evidence, Lookup, LookupState, Snapshot, Source, SourceKind, Stance
from .verdict import Correction, Rating, RatingScale, Verdict

__all__ = [
    "PUBLIC_STATUSES",
    "Article",
    "ArticleVersion",
    "AuditEvent",
    "Claim",
    "Correction",
    "Evidence",
    "ImmutableError",
    "Kind",
    "Language",
    "Lookup",
    "LookupState",
    "Rating",
    "RatingScale",
    "Section",
    "Snapshot",
    "Source",
    "SourceKind",
    "Stance",
    "Status",
    "Verdict",
    "WorkerHeartbeat",
    "check_spans",
]
