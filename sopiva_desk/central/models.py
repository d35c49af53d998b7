"""Typed models of the central records server (its own schema, its own migrations).

Records are stored generically: one ``record`` row per (entity, id) holding the record's
columns as JSON (JSONB on PostgreSQL), the server's revision and, per field path, the revision
at which it last changed (what the three-way merge needs). Every change that devices must
pull is a ``change_log`` row; on PostgreSQL each row also stores the id of the transaction
that wrote it, so a pull never passes over a transaction that has not committed yet.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s__%(column_0_N_name)s",
    "uq": "uq_%(table_name)s__%(column_0_N_name)s",
    "ck": "ck_%(table_name)s__%(constraint_name)s",
    "fk": "fk_%(table_name)s__%(column_0_N_name)s__%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
ROLES = ("counsellor", "office", "administrator")
#: JSON on SQLite, JSONB on PostgreSQL.
Json = JSON().with_variant(JSONB(), "postgresql")
#: BIGINT on PostgreSQL; INTEGER on SQLite so that it is the rowid alias and autoincrements.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, stored as timestamptz on PostgreSQL and naive UTC on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime()}


class User(Base):
    __tablename__ = "user_account"  # "user" is reserved on PostgreSQL

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    #: The office unit (toimipiste) the user works in: an office user's print station gets the
    #: print jobs of clients assigned to users of the same unit.
    unit: Mapped[str | None] = mapped_column(String(100), index=True, default=None)


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # base64 of 32 raw bytes
    app_version: Mapped[str] = mapped_column(String(40), default="")
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    enrolled_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class EnrolmentCode(Base):
    """A one-time code; only its SHA-256 is kept."""

    __tablename__ = "enrolment_code"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class EnrolmentAttempt(Base):
    """Failed enrolment attempts, counted per source address to rate-limit guessing."""

    __tablename__ = "enrolment_attempt"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)


class Nonce(Base):
    __tablename__ = "nonce"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)


class Assignment(Base):
    __tablename__ = "assignment"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True, index=True)
    assigned_at: Mapped[datetime] = mapped_column(default=utc_now)


class Record(Base):
    __tablename__ = "record"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    field_revs: Mapped[dict[str, int]] = mapped_column(Json)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_by_name: Mapped[str] = mapped_column(String(100), default="")


class ChangeLog(Base):
    """What devices pull. ``xid``: the writing transaction on PostgreSQL, ``seq`` on SQLite."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log__xid_seq", "xid", "seq"),)

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    xid: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue())
    kind: Mapped[str] = mapped_column(String(12))  # record, conflict, evict, enter
    entity: Mapped[str | None] = mapped_column(String(40), default=None)
    record_id: Mapped[str | None] = mapped_column(String(36), default=None)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    conflict_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Set for rows meant for one user only (evict/enter, records re-sent on assignment).
    audience_user_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    #: The device whose pushed change this is, when that device's copy already equals the record
    #: (outcome ``applied``): it is not sent back to that device, which has it.
    origin_device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    at: Mapped[datetime] = mapped_column(default=utc_now)


class Mutation(Base):
    """Every mutation ever pushed, by id: a repeat returns the stored outcome."""

    __tablename__ = "mutation"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[dict[str, Any]] = mapped_column(Json)
    received_at: Mapped[datetime] = mapped_column(default=utc_now)


class Conflict(Base):
    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(Json)
    device_author: Mapped[dict[str, Any]] = mapped_column(Json)
    server_author: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    #: How it was resolved: ``{"values": {path: chosen value}, "by": {"user_id", "user_name"},
    #: "mutation_id", "superseded_by"?}`` (``superseded_by``: the record had moved on again, so
    #: the resolution became this new conflict instead of overwriting).
    resolution: Mapped[dict[str, Any] | None] = mapped_column(Json, default=None)


class PurgeLedger(Base):
    """Ids purged for good: a late push of any of them is rejected, never resurrected."""

    __tablename__ = "purge_ledger"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    purged_at: Mapped[datetime] = mapped_column(default=utc_now)
    purged_by: Mapped[str] = mapped_column(Text, default="")


class PurgeRecord(Base):
    """One purge of a client's records, kept for good (docs/admin.md, "Retention"): which client id
    (no name or identity code), which kinds of record and how many of each, by whom, when and on
    what rule. ``purge_ledger`` keeps the ids removed, so none comes back from a device."""

    __tablename__ = "purge_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    purged_at: Mapped[datetime] = mapped_column(default=utc_now)
    purged_by: Mapped[str] = mapped_column(String(100))
    #: "retention" (the retention period ended) or "manual" (``purge-client`` with a reason).
    rule: Mapped[str] = mapped_column(String(16))
    #: The rule in words: the periods applied and the rule file's version, or the reason given.
    reason: Mapped[str] = mapped_column(Text, default="")
    #: {record type: {"entities": {entity: count}, "due_since": ISO date or null}}
    removed: Mapped[dict[str, Any]] = mapped_column(Json)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)


class AccessLogEntry(Base):
    """Access-log entries pushed by devices: append-only, keyed by the entry's own uuid.

    A chained entry (``chain_id`` set) keeps its place in the device's chain (``seq``) and its
    hash; ``verified`` says whether it linked onto the chain the server already held. An entry
    that does not verify is kept all the same (nothing is lost) and an ``access_log_break`` row
    says where the chain broke (central/access_log.py)."""

    __tablename__ = "access_log_entry"
    __table_args__ = (Index("ix_access_log_entry__chain", "device_id", "chain_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    at: Mapped[datetime | None] = mapped_column(default=None)
    entry: Mapped[dict[str, Any]] = mapped_column(Json)
    received_at: Mapped[datetime] = mapped_column(default=utc_now)
    chain_id: Mapped[str | None] = mapped_column(String(64), default=None)
    seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    entry_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    #: A listing's clients digest (``access_listing_member`` holds the ids).
    clients: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    verified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AccessLogChain(Base):
    """One device's access-log chain as the server has verified it: the pinned log key and the
    newest entry that linked (``head_seq``/``head_hash``, which the server countersigns).
    ``broken_by``: the break that stopped it; past it nothing more is verified or countersigned."""

    __tablename__ = "access_log_chain"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    log_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw Ed25519 public key
    head_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))
    broken_by: Mapped[str | None] = mapped_column(String(36), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class AccessLogBreak(Base):
    """A device's chain that did not verify: where (first bad seq and entry) and why."""

    __tablename__ = "access_log_break"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    chain_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    entry_id: Mapped[str | None] = mapped_column(String(36), default=None)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[datetime] = mapped_column(default=utc_now)


class AccessListingMember(Base):
    """The clients a listing on a device showed, by the listing's digest (pushed with the entries
    that name it): a client's access report finds every listing that included them."""

    __tablename__ = "access_listing_member"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class PrintSnapshot(Base):
    """The records a queued print job's document is made from, as they were when the server took
    the job (``protocol.documents``): what an office print station prints, and nothing more."""

    __tablename__ = "print_snapshot"

    job_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    #: [{"entity", "record_id", "revision", "data"}, ...]
    records: Mapped[list[dict[str, Any]]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
