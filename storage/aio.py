"""The repository for async code: the same functions, each run in a worker thread.

Use these from python-telegram-bot handlers so a database call never blocks the event loop::

    from storage import aio
    profile = await aio.upsert_user(db, telegram_id=update.effective_user.id)

Each call is still one unit of work in its own session; ``asyncio.to_thread`` carries over context
variables, and cancelling the awaiting task does not interrupt a transaction that has already started.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from storage import migrate, repository

P = ParamSpec("P")
R = TypeVar("R")


def to_async(function: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """Wrap a blocking function so that awaiting it runs it in the default thread pool."""

    @functools.wraps(function)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return await asyncio.to_thread(function, *args, **kwargs)

    return wrapper


add_feedback = to_async(repository.add_feedback)
add_reminder = to_async(repository.add_reminder)
announcement_progress = to_async(repository.announcement_progress)
announcements_in_progress = to_async(repository.announcements_in_progress)
announcements_left_today = to_async(repository.announcements_left_today)
cancel_reminder = to_async(repository.cancel_reminder)
claim_delivery = to_async(repository.claim_delivery)
claim_nudge = to_async(repository.claim_nudge)
class_counts = to_async(repository.class_counts)
class_snapshots = to_async(repository.class_snapshots)
class_summary = to_async(repository.class_summary)
clear_turns = to_async(repository.clear_turns)
create_announcement = to_async(repository.create_announcement)
create_class_link = to_async(repository.create_class_link)
create_teacher_invite = to_async(repository.create_teacher_invite)
delete_user = to_async(repository.delete_user)
due_reminders = to_async(repository.due_reminders)
export_user = to_async(repository.export_user)
finish_announcement = to_async(repository.finish_announcement)
get_user = to_async(repository.get_user)
grant_teacher = to_async(repository.grant_teacher)
is_teacher = to_async(repository.is_teacher)
join_class = to_async(repository.join_class)
knowledge_gaps = to_async(repository.knowledge_gaps)
list_class_links = to_async(repository.list_class_links)
log_question = to_async(repository.log_question)
mark_delivery_failed = to_async(repository.mark_delivery_failed)
mark_reminder_sent = to_async(repository.mark_reminder_sent)
my_classes = to_async(repository.my_classes)
nudge_kinds = to_async(repository.nudge_kinds)
nudge_recipients = to_async(repository.nudge_recipients)
pending_deliveries = to_async(repository.pending_deliveries)
purge = to_async(repository.purge)
recent_turns = to_async(repository.recent_turns)
record_consent = to_async(repository.record_consent)
record_turn = to_async(repository.record_turn)
redeem_teacher_invite = to_async(repository.redeem_teacher_invite)
revoke_class_link = to_async(repository.revoke_class_link)
revoke_teacher = to_async(repository.revoke_teacher)
save_course = to_async(repository.save_course)
saved_courses = to_async(repository.saved_courses)
set_class_muted = to_async(repository.set_class_muted)
set_electives = to_async(repository.set_electives)
set_form = to_async(repository.set_form)
set_goal = to_async(repository.set_goal)
set_interests = to_async(repository.set_interests)
set_language = to_async(repository.set_language)
set_nudge_kinds = to_async(repository.set_nudge_kinds)
set_question_feedback = to_async(repository.set_question_feedback)
set_reminders_opt_in = to_async(repository.set_reminders_opt_in)
store_class_snapshot = to_async(repository.store_class_snapshot)
suggest_nudges_to_class = to_async(repository.suggest_nudges_to_class)
unsave_course = to_async(repository.unsave_course)
upsert_user = to_async(repository.upsert_user)
user_reminders = to_async(repository.user_reminders)

upgrade = to_async(migrate.upgrade)
"""``await aio.upgrade(url)``: apply migrations without blocking the loop (for the bot's start-up)."""
