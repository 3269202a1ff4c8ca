"""teachers: membership keys and mutes, class snapshots, teacher invites, announcements, deadline nudges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _backfill_membership_keys() -> None:
    """Existing memberships get a random key each (new ones get theirs from the model's default). Plain SQL,
    so the migration also renders offline (``alembic upgrade --sql``)."""
    if op.get_context().dialect.name == "postgresql":
        op.execute("UPDATE class_members SET membership_key = replace(gen_random_uuid()::text, '-', '')")
    else:
        op.execute("UPDATE class_members SET membership_key = lower(hex(randomblob(16)))")


def _class_members_with_new_columns() -> sa.Table:
    """class_members as it is after the columns were added: SQLite's batch mode copies it from this
    description instead of reflecting the table, which offline rendering cannot do."""
    return sa.Table(
        "class_members",
        sa.MetaData(),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("membership_key", sa.String(length=32), nullable=True),
        sa.Column("muted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"], ["class_links.id"], name="fk_class_members_class_id_class_links", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_class_members_user_id_users", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("class_id", "user_id", name="pk_class_members"),
        sa.Index("ix_class_members_user_id", "user_id"),
    )


def upgrade() -> None:
    # Plain ADD COLUMNs (native on SQLite too); the NOT NULL and the unique constraint need a table copy there.
    op.add_column("class_links", sa.Column("suggest_nudges", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("class_members", sa.Column("membership_key", sa.String(length=32), nullable=True))
    op.add_column("class_members", sa.Column("muted_at", sa.DateTime(timezone=True), nullable=True))
    _backfill_membership_keys()
    with op.batch_alter_table("class_members", copy_from=_class_members_with_new_columns()) as batch_op:
        batch_op.alter_column("membership_key", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_class_members_membership_key"), ["membership_key"])

    op.create_table(
        "class_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("figures_json", sa.Text(), nullable=False),
        sa.Column("member_keys_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["class_links.id"], name=op.f("fk_class_snapshots_class_id_class_links"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_snapshots")),
        sa.UniqueConstraint("class_id", "published_on", name=op.f("uq_class_snapshots_class_id_published_on")),
    )

    op.create_table(
        "teacher_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_teacher_invites_created_by_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["used_by"], ["users.id"], name=op.f("fk_teacher_invites_used_by_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_invites")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_teacher_invites_code_hash")),
    )
    with op.batch_alter_table("teacher_invites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teacher_invites_created_by"), ["created_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_teacher_invites_used_by"), ["used_by"], unique=False)

    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["class_links.id"], name=op.f("fk_announcements_class_id_class_links"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["users.id"], name=op.f("fk_announcements_teacher_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
    )
    with op.batch_alter_table("announcements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_announcements_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_announcements_status"), ["status"], unique=False)
        batch_op.create_index("ix_announcements_teacher_id_created_at", ["teacher_id", "created_at"], unique=False)

    op.create_table(
        "announcement_deliveries",
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["announcements.id"],
            name=op.f("fk_announcement_deliveries_announcement_id_announcements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_announcement_deliveries_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("announcement_id", "user_id", name=op.f("pk_announcement_deliveries")),
    )
    with op.batch_alter_table("announcement_deliveries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_announcement_deliveries_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            "ix_announcement_deliveries_announcement_id_state", ["announcement_id", "state"], unique=False
        )

    op.create_table(
        "nudge_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_nudge_preferences_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_nudge_preferences")),
    )
    op.create_table(
        "nudges_sent",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("nudge_key", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_nudges_sent_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "nudge_key", name=op.f("pk_nudges_sent")),
    )


def downgrade() -> None:
    op.drop_table("nudges_sent")
    op.drop_table("nudge_preferences")
    with op.batch_alter_table("announcement_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_announcement_deliveries_announcement_id_state")
        batch_op.drop_index(batch_op.f("ix_announcement_deliveries_user_id"))
    op.drop_table("announcement_deliveries")
    with op.batch_alter_table("announcements", schema=None) as batch_op:
        batch_op.drop_index("ix_announcements_teacher_id_created_at")
        batch_op.drop_index(batch_op.f("ix_announcements_status"))
        batch_op.drop_index(batch_op.f("ix_announcements_class_id"))
    op.drop_table("announcements")
    with op.batch_alter_table("teacher_invites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teacher_invites_used_by"))
        batch_op.drop_index(batch_op.f("ix_teacher_invites_created_by"))
    op.drop_table("teacher_invites")
    op.drop_table("class_snapshots")
    with op.batch_alter_table("class_members", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_class_members_membership_key"), type_="unique")
        batch_op.drop_column("muted_at")
        batch_op.drop_column("membership_key")
    with op.batch_alter_table("class_links", schema=None) as batch_op:
        batch_op.drop_column("suggest_nudges")
