"""Repository functions: keyword-only, one unit of work (one session, one transaction) each.

Call sites use the package as one namespace (``from storage import repository as repo``); the sections live
in their own modules:

=================  =========================================================================
``users``          creating users, language, consent and the profile fields that need consent
``classes``        the teacher role, class links, joining a class, a class's anonymised summary
``saved_courses``  bookmarks of catalogue entries
``reminders``      dated reminders and claiming them for sending
``conversation``   recent turns for follow-ups, and feedback on answers
``question_log``   the anonymous question log and the knowledge gaps it reveals
``privacy``        export, delete and the retention purge
``teacher_invites`` one-time invites that grant the teacher role
``class_figures``  a class's exact counts (only to make rounded snapshots) and its snapshots
``memberships``    a student's classes, muting a class, the teacher's nudge suggestion
``announcements``  announcements with resumable, claimed deliveries and a daily limit
``nudges``         deadline-nudge choices and claiming each nudge once
=================  =========================================================================

Conventions:
- People are identified by their Telegram id (``telegram_id``); internal row ids never leave storage.
- Writes about a user who does not exist raise :class:`UnknownUserError` (call :func:`upsert_user` first);
  reads about an unknown user return ``None`` or an empty list.
- Profile data (form, electives, interests, goal) is only stored after :func:`record_consent`.
- Functions return frozen records (:mod:`storage.records`), never table objects, so callers cannot trigger
  lazy loads or half-saved changes.
- Times are timezone-aware UTC; ``now=`` parameters exist so tests and jobs can pin the clock.
- Inserts that may race (a user's first message arriving twice, a double-tapped button) use
  ``INSERT … ON CONFLICT`` against a unique constraint, so concurrent calls never create duplicates.

:mod:`storage.aio` wraps every name in ``__all__`` as a coroutine; a function added here goes there too.
"""

from __future__ import annotations

from storage.repository.announcements import MAX_ANNOUNCEMENTS_PER_DAY as MAX_ANNOUNCEMENTS_PER_DAY
from storage.repository.announcements import AnnouncementLimitError as AnnouncementLimitError
from storage.repository.announcements import (
    announcement_progress,
    announcements_in_progress,
    announcements_left_today,
    claim_delivery,
    create_announcement,
    finish_announcement,
    mark_delivery_failed,
    pending_deliveries,
)
from storage.repository.class_figures import class_counts, class_snapshots, store_class_snapshot
from storage.repository.classes import MIN_CLASS_SIZE as MIN_CLASS_SIZE
from storage.repository.classes import (
    class_summary,
    create_class_link,
    grant_teacher,
    is_teacher,
    join_class,
    list_class_links,
    revoke_class_link,
    revoke_teacher,
)
from storage.repository.conversation import MAX_TURNS_PER_USER as MAX_TURNS_PER_USER
from storage.repository.conversation import add_feedback, clear_turns, recent_turns, record_turn
from storage.repository.memberships import my_classes, set_class_muted, suggest_nudges_to_class
from storage.repository.nudges import claim_nudge, nudge_kinds, nudge_recipients, set_nudge_kinds
from storage.repository.privacy import EXPORT_FORMAT as EXPORT_FORMAT
from storage.repository.privacy import delete_user, export_user, purge
from storage.repository.question_log import knowledge_gaps, log_question, set_question_feedback
from storage.repository.reminders import (
    add_reminder,
    cancel_reminder,
    due_reminders,
    mark_reminder_sent,
    user_reminders,
)
from storage.repository.saved_courses import save_course, saved_courses, unsave_course
from storage.repository.teacher_invites import create_teacher_invite, redeem_teacher_invite
from storage.repository.users import (
    get_user,
    record_consent,
    set_electives,
    set_form,
    set_goal,
    set_interests,
    set_language,
    set_reminders_opt_in,
    upsert_user,
)

# The public functions, one unit of work each (constants such as MIN_CLASS_SIZE are re-exported above).
__all__ = [
    "add_feedback",
    "add_reminder",
    "announcement_progress",
    "announcements_in_progress",
    "announcements_left_today",
    "cancel_reminder",
    "claim_delivery",
    "claim_nudge",
    "class_counts",
    "class_snapshots",
    "class_summary",
    "clear_turns",
    "create_announcement",
    "create_class_link",
    "create_teacher_invite",
    "delete_user",
    "due_reminders",
    "export_user",
    "finish_announcement",
    "get_user",
    "grant_teacher",
    "is_teacher",
    "join_class",
    "knowledge_gaps",
    "list_class_links",
    "log_question",
    "mark_delivery_failed",
    "mark_reminder_sent",
    "my_classes",
    "nudge_kinds",
    "nudge_recipients",
    "pending_deliveries",
    "purge",
    "recent_turns",
    "record_consent",
    "record_turn",
    "redeem_teacher_invite",
    "revoke_class_link",
    "revoke_teacher",
    "save_course",
    "saved_courses",
    "set_class_muted",
    "set_electives",
    "set_form",
    "set_goal",
    "set_interests",
    "set_language",
    "set_nudge_kinds",
    "set_question_feedback",
    "set_reminders_opt_in",
    "store_class_snapshot",
    "suggest_nudges_to_class",
    "unsave_course",
    "upsert_user",
    "user_reminders",
]
