"""Typed SQLAlchemy models of the local store.

Every record that will be synchronised carries, from the first migration on, what sync
needs: a UUID primary key, a revision counter (bumped by the ORM on every update and
checked, so a stale write fails instead of overwriting), who and when it was created and
last changed, and a tombstone instead of a hard delete.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s__%(column_0_N_name)s",
    "uq": "uq_%(table_name)s__%(column_0_N_name)s",
    "ck": "ck_%(table_name)s__%(constraint_name)s",
    "fk": "fk_%(table_name)s__%(column_0_N_name)s__%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, Any]]: JSON(),
    }

    def __repr__(self) -> str:
        key = getattr(self, "id", None) or getattr(self, "seq", None)
        return f"<{type(self).__name__} {key}>"


class ChangeMixin:
    """One field-level change of a versioned record: old → new, who, when, and the version's reason.

    The table adds its ``id``, the record it belongs to and ``field_key``; rows are listed in
    insertion order (SQLite's rowid), not by the wall clock.
    """

    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(64))
    changed_by_name: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")


class SyncMixin:
    """Columns every synchronisable record has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    deleted_by: Mapped[str | None] = mapped_column(String(64), default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy passes the class
        return {"version_id_col": cls.__table__.c.revision}  # type: ignore[attr-defined]


class Client(SyncMixin, Base):
    __tablename__ = "client"

    first_names: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    hetu: Mapped[str | None] = mapped_column(String(11))
    temporary_id: Mapped[str | None] = mapped_column(String(30))
    birth_date: Mapped[date | None]
    language: Mapped[str] = mapped_column(String(8), default="fi")
    other_language: Mapped[str] = mapped_column(String(80), default="")
    municipality_code: Mapped[str] = mapped_column(String(3))
    street_address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    post_office: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    communication_methods: Mapped[list[str]] = mapped_column(default=list)
    communication_notes: Mapped[str] = mapped_column(Text, default="")
    own_worker: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="new")
    #: The day the status became closed: the retention clock starts here; cleared on reopening (0019).
    closed_on: Mapped[date | None] = mapped_column(default=None)

    close_persons: Mapped[list[ClosePerson]] = relationship(back_populates="client", lazy="raise")

    __table_args__ = (
        # One living client per identity code; tombstoned rows keep theirs for sync history.
        Index("uq_client__hetu_alive", "hetu", unique=True,
              sqlite_where=text("hetu IS NOT NULL AND deleted_at IS NULL")),
        Index("ix_client__last_name", "last_name"),
        Index("ix_client__municipality_code", "municipality_code"),
    )


class ClosePerson(SyncMixin, Base):
    __tablename__ = "close_person"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    relation: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    roles: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship(back_populates="close_persons", lazy="raise")


class Visit(SyncMixin, Base):
    """A meeting or contact with the client (Sosmeta "merkintä tapaamisesta tai yhteydenotosta").

    Planned ahead (``planned``), going on (``open``), over (``ended``) or called off
    (``cancelled``, with when and why): a visit is never deleted to cancel it.
    """

    __tablename__ = "visit"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    way: Mapped[str] = mapped_column(String(16))  # home_visit, remote, phone, office
    place: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # name, relation
    absent: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # name, relation, reason
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")  # planned, open, ended, cancelled
    # A planned visit's ``starts_at`` is the planned time; once started, ``planned_at`` keeps it.
    planned_at: Mapped[datetime | None] = mapped_column(default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Assessment(SyncMixin, Base):
    """One version of a service-needs assessment, made with one version of a template.

    A completed version is never changed: amending it creates the next version in the same
    series, with a reason, and the completed one is marked superseded.
    """

    __tablename__ = "assessment"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), default=None)
    series_id: Mapped[uuid.UUID] = mapped_column(index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessment.id"), default=None)
    template_id: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft, completed, superseded
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    amend_reason: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class AssessmentChange(ChangeMixin, Base):
    """Field-level history of an assessment: old → new, who, when, and the amendment reason."""

    __tablename__ = "assessment_change"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"), index=True)
    field_key: Mapped[str] = mapped_column(String(130))


class DecisionSession(SyncMixin, Base):
    """One version of a supported decision-making session (Disability Services Act 675/2023 §15).

    Versioned like an assessment: a completed version is never changed; amending it creates
    the next version in the same series with a reason, and completing that one marks the
    previous superseded. ``content`` is the record itself (keys in ``domain/decisions.py``).
    """

    __tablename__ = "decision_session"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True, default=None)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessment.id"), default=None)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # plans come later: no foreign key yet
    series_id: Mapped[uuid.UUID] = mapped_column(index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decision_session.id"), default=None)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft, completed, superseded
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    amend_reason: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class DecisionSessionChange(ChangeMixin, Base):
    """Field-level history of a decision-making session: old → new, who, when, and the amendment reason."""

    __tablename__ = "decision_session_change"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decision_session.id"), index=True)
    field_key: Mapped[str] = mapped_column(String(130))


class ClientPlan(SyncMixin, Base):
    """One version of a client plan (asiakassuunnitelma); rules in ``domain/plans.py``.

    Versions of a client form one series: draft → agreed → superseded. ``content`` holds the
    domain ``Plan``'s fields as JSON (dates as ISO text, quantities as decimal text, money as
    integer cents; keys in ``services/plans.py``). ``agreed_on`` is kept as a column too.
    """

    __tablename__ = "client_plan"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    series_id: Mapped[uuid.UUID] = mapped_column(index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client_plan.id"), default=None)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft, agreed, superseded
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessment.id"), default=None)
    decision_session_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    amend_reason: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[date | None] = mapped_column(default=None)
    agreed_at: Mapped[datetime | None] = mapped_column(default=None)
    agreed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class ClientPlanChange(ChangeMixin, Base):
    """Field-level history of a client plan: old → new, who, when, and the new version's reason."""

    __tablename__ = "client_plan_change"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_plan.id"), index=True)
    field_key: Mapped[str] = mapped_column(String(200))


class PersonalBudget(SyncMixin, Base):
    """A personal budget (henkilökohtainen budjetti) for one period; rules in ``domain/budget.py``.

    Lines and reference lines are JSON inside the row (at most 100, integer cents, quantities
    as decimal text): one small row write per "what if" edit. ``allocation_cents`` and
    ``reference_cents`` are the totals of those lines, rewritten with them, so the
    organisation view sums columns instead of reading every line.
    """

    __tablename__ = "personal_budget"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_plan.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="indicative")  # indicative, decided, closed
    period_start: Mapped[date]
    period_end: Mapped[date]
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    reference_lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    justification: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[date | None] = mapped_column(default=None)
    decision_reference: Mapped[str] = mapped_column(String(100), default="")
    allocation_cents: Mapped[int] = mapped_column(Integer, default=0)
    reference_cents: Mapped[int] = mapped_column(Integer, default=0)
    overlap_reason: Mapped[str] = mapped_column(Text, default="")  # why it shares days with another budget


class PersonalBudgetChange(Base):
    """Field-level history of a personal budget: old → new, who and when."""

    __tablename__ = "personal_budget_change"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("personal_budget.id"), index=True)
    field_key: Mapped[str] = mapped_column(String(130))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(64))
    changed_by_name: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")  # why a follow-up entry was corrected or cancelled


class BudgetCommitment(SyncMixin, Base):
    """A payment commitment (maksusitoumus) written under a personal budget."""

    __tablename__ = "payment_commitment"

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("personal_budget.id"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    provider: Mapped[str] = mapped_column(String(200))
    service_code: Mapped[str] = mapped_column(String(40))
    max_cents: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date]
    valid_to: Mapped[date]
    # A commitment entered by mistake is corrected in place or cancelled (tombstoned) with a reason.
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("uq_payment_commitment__budget_number_alive", "budget_id", "number", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class BudgetUse(SyncMixin, Base):
    """One realised (invoiced) use of a budget line; paid to a provider, never to the client."""

    __tablename__ = "realised_use"

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("personal_budget.id"))
    used_on: Mapped[date]
    provider: Mapped[str] = mapped_column(String(200))
    budget_line_id: Mapped[str] = mapped_column(String(64))
    units: Mapped[str] = mapped_column(String(20))  # exact decimal as text
    amount_cents: Mapped[int] = mapped_column(Integer)
    commitment_number: Mapped[str | None] = mapped_column(String(60), default=None)
    amount_reason: Mapped[str] = mapped_column(Text, default="")  # why amount ≠ units × unit price
    # A use entered by mistake is corrected in place or cancelled (tombstoned) with a reason.
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # Covering: the organisation overview sums each budget's living uses from the index
        # alone, without fetching ~110,000 rows (docs/benchmarks.md). Also serves budget_id look-ups.
        Index("ix_realised_use__budget_amount", "budget_id", "deleted_at", "amount_cents"),
    )


class AccessLogEntry(Base):
    """Who did what to which client's data, and when (Client Data Act 703/2023).

    Holds field names, never field values. ``seq`` orders the entries; each holds the hash of
    the one before it (``prev_hash``) and its own (``entry_hash``) over a canonical encoding
    (protocol/access_chain.py). A listing names the clients it showed by ``clients``, the
    digest of their ids, which ``access_listing_member`` holds.
    """

    __tablename__ = "access_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    user_id: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(100))
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(16))
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID | None]
    fields: Mapped[list[str]] = mapped_column(default=list)
    purpose: Mapped[str] = mapped_column(String(24), default="client_work", server_default="client_work")
    clients: Mapped[str | None] = mapped_column(String(64))  # a listing's clients_digest
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AccessListingMember(Base):
    """The clients a listing showed, by the listing's digest: written once per distinct set of
    clients, so opening the same caseload again costs one lookup, and a client's own log finds
    every listing that showed them (by ``client_id``)."""

    __tablename__ = "access_listing_member"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, index=True)


class StoreSetting(Base):
    """Per-profile settings that live inside the encrypted store."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class DraftValue(Base):
    """A value the user typed that a rule refused, kept until it is fixed or replaced.

    Nothing typed is ever lost (docs/architecture.md, "Draft values"): the field shows it again,
    with its message, when the record is next opened. It belongs to this device and user only
    and is never synchronised; the record itself keeps its last valid value meanwhile.
    """

    __tablename__ = "draft_value"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)  # the kind of record, e.g. "client"
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"v": the value as typed}
    kept_at: Mapped[datetime] = mapped_column(default=utc_now)
    kept_by: Mapped[str] = mapped_column(String(64))


class PlanReview(SyncMixin, Base):
    """A review (seuranta) of an agreed client plan; rules in ``domain/reviews.py``.

    ``ratings`` holds one row per goal of the reviewed plan: the goal's id and a snapshot of
    its words, life domain and pictogram, with the client's and the professional's rating
    (1–5 or null). ``client_id`` is a column too, so a client's reviews and the organisation
    view's attainment changes are read without opening the plans.
    """

    __tablename__ = "plan_review"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client_plan.id"), index=True)
    review_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft, completed
    ratings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    wellbeing: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class PlanReviewChange(ChangeMixin, Base):
    """Field-level history of a plan review: old → new, who and when."""

    __tablename__ = "plan_review_change"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_review.id"), index=True)
    field_key: Mapped[str] = mapped_column(String(200))


class PrintJob(SyncMixin, Base):
    """A document marked "to print at the office" (the office print queue).

    The document itself is not kept: it is rendered again from its record when printed, in
    ``language``. ``status`` goes queued → printed (with who and when) or queued → cancelled.
    """

    __tablename__ = "print_job"

    # No foreign key: an office print station holds jobs of clients it has no record of (0015).
    client_id: Mapped[uuid.UUID] = mapped_column(index=True)
    document_kind: Mapped[str] = mapped_column(String(32))  # services/documents/base.py KINDS
    record_id: Mapped[uuid.UUID]
    language: Mapped[str] = mapped_column(String(8))  # fi, sv
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)  # queued, printed, cancelled
    requested_at: Mapped[datetime] = mapped_column(default=utc_now)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_by_name: Mapped[str] = mapped_column(String(100))
    printed_at: Mapped[datetime | None] = mapped_column(default=None)
    printed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    printed_by_name: Mapped[str | None] = mapped_column(String(100), default=None)
    #: The server revision of the record printed, pinned by the server when it took the job.
    record_revision: Mapped[int | None] = mapped_column(default=None)


class PrintSnapshot(Base):
    """On an office print station: the records a pulled job's document is made from, as they
    were when the server took the job (docs/sync-protocol.md, "Print jobs"). Device-local, never
    synchronised; ``records`` is emptied once the job is printed or cancelled, the client's name
    stays for the list of what was printed."""

    __tablename__ = "print_snapshot"

    job_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(index=True)
    client_name: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID]
    revision: Mapped[int]
    #: [{"entity", "record_id", "revision", "data"}, ...] as pulled; ``None`` once not needed.
    records: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON(none_as_null=True), default=None)
    received_at: Mapped[datetime] = mapped_column(default=utc_now)


class Disclosure(SyncMixin, Base):
    """A disclosure entry (merkintä asiakastietojen luovuttamisesta, Client Data Act 703/2023;
    the Sosmeta structure): what was disclosed — a document printed here (kind, record and the
    document ID printed on it) and/or data described in words —, to whom (a person and their
    organisation), how, on what basis (law or consent), for what purpose, when and by whom."""

    __tablename__ = "disclosure"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    document_kind: Mapped[str | None] = mapped_column(String(32))  # None: no document of ours (0020)
    record_id: Mapped[uuid.UUID | None]
    document_id: Mapped[str] = mapped_column(String(64), default="")  # the ID printed on the document's pages
    data: Mapped[str] = mapped_column(Text, default="", server_default="")  # what was disclosed, in words (0020)
    recipient: Mapped[str] = mapped_column(String(200))
    recipient_organisation: Mapped[str] = mapped_column(String(200), default="", server_default="")  # (0020)
    method: Mapped[str] = mapped_column(String(16), default="", server_default="")  # how; "" = not recorded (0020)
    basis: Mapped[str] = mapped_column(String(16))  # law, consent
    basis_detail: Mapped[str] = mapped_column(Text, default="")  # the section of law, or how consent was given
    purpose: Mapped[str] = mapped_column(Text)
    disclosed_on: Mapped[date]
    discloser: Mapped[str] = mapped_column(String(64))
    discloser_name: Mapped[str] = mapped_column(String(100))


class SyncOutbox(Base):
    """One change waiting to reach the central server (docs/sync-protocol.md, "Mutation").

    Written by the change recorder in the transaction of the change itself, so a change and its
    mutation commit or vanish together. ``device_seq`` never repeats (AUTOINCREMENT), even after
    acknowledged rows leave. A row stays until the server's outcome for it arrives; a rejected
    one stays with its outcome for the counsellor to see.
    """

    __tablename__ = "sync_outbox"

    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID]
    client_id: Mapped[uuid.UUID | None]
    op: Mapped[str] = mapped_column(String(8))  # create, update
    base_rev: Mapped[int] = mapped_column(Integer)  # the server revision last pulled; 0 = never
    changed: Mapped[dict[str, Any]] = mapped_column(JSON)  # path → new value
    base: Mapped[dict[str, Any]] = mapped_column(JSON)  # path → value before this change
    author_id: Mapped[str] = mapped_column(String(64))
    author_name: Mapped[str] = mapped_column(String(100))
    made_at: Mapped[datetime] = mapped_column(default=utc_now)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending, rejected
    outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # When the row first went to the server: from then on its payload never changes (the server
    # keeps outcomes by mutation id), so the engine folds later changes only into unsent rows.
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # The conflicts this mutation resolves (server conflict ids); the chosen values are in ``changed``.
    resolves: Mapped[list[str] | None] = mapped_column(JSON, default=None)

    __table_args__ = (
        Index("ix_sync_outbox__entity_record", "entity", "record_id"),
        # The sync state of every client in one pass over this index alone (services/sync/record_state.py).
        Index("ix_sync_outbox__client_state", "client_id", "state"),
        {"sqlite_autoincrement": True},
    )


class SyncRecord(Base):
    """The server revision of a record as last pulled: the base of the next change sent."""

    __tablename__ = "sync_record"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    server_rev: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)


class SyncDevice(Base):
    """This store's enrolment with a central server (at most one row, ``id`` 1).

    The device's Ed25519 private key lives here, inside the encrypted store and nowhere else.
    """

    __tablename__ = "sync_device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    ca_pem: Mapped[str | None] = mapped_column(Text, default=None)  # a pinned organisation CA
    allow_insecure_loopback: Mapped[bool] = mapped_column(default=False)
    cursor: Mapped[str] = mapped_column(Text, default="")  # the server's opaque pull cursor
    enrolled_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)
    # Whom to contact about sync, as the server said at enrolment (0017); None if it said nothing.
    support_contact: Mapped[str | None] = mapped_column(String(300), default=None)
    # The server answered device_revoked: no sync until enrolled again (0017).
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class SyncConflict(Base):
    """A conflict the server recorded on one of this user's records, as pulled (docs/sync-protocol.md).

    ``fields`` holds ``{path: {"base", "server", "device"}}`` for every path of the conflicting
    group; both authors and times are kept, and kept after it is resolved (nothing typed is
    lost). A person resolves it on the conflict screen (``services/sync/conflicts.py``): the
    record gets the chosen values through the change recorder, whose outbox mutation names the
    conflict, and ``resolved``, ``resolved_at`` and ``resolution`` (``{"values", "by",
    "choices"}``) are set at once; a resolution made on another device arrives by pull.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the server's conflict id
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID]
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_author: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    server_author: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved: Mapped[bool] = mapped_column(default=False)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class SyncReference(Base):
    """Reference data from the central records (catalogue, price list, templates, municipalities).

    Each version is its own record and never changes, so documents and assessments can keep the
    version they were made with.
    """

    __tablename__ = "sync_reference"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[Any] = mapped_column(JSON, nullable=True)
    revision: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_sync_reference__kind_name_version", "kind", "name", "version"),)


class SyncEviction(Base):
    """A client the server told this device to evict while some of its changes were still unsent.

    The client's rows stay until the push has emptied its outbox rows (and its draft values are
    gone); a later sync then evicts it. An ``enter`` for the client removes the mark.
    """

    __tablename__ = "sync_eviction"

    client_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    requested_at: Mapped[datetime] = mapped_column(default=utc_now)


class SyncPurged(Base):
    """A closed case removed from this device by the counsellor (purge by policy, services/sync/purge.py).

    The server still has it, and may still send changes of it: they are not applied (one record
    of a case whose client is gone would break the pull), until an ``enter`` (the case assigned to
    this user again, when the server sends the whole case) removes the mark.
    """

    __tablename__ = "sync_purged"

    client_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    purged_at: Mapped[datetime] = mapped_column(default=utc_now)


class SyncHeld(Base):
    """A pulled change kept aside because applying it would give a second living record the natural
    key one of this laptop's records holds (``protocol.entities.NATURAL_KEYS``: an identity code, a
    payment commitment's number in a budget), or because it belongs to a client so held (its
    records need the client). Applied by a later pull once the key is free here (the counsellor
    corrected or removed their own copy); dropped when a newer revision has come or the client is
    evicted (docs/sync-protocol.md, "Natural keys")."""

    __tablename__ = "sync_held"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # arrival order
    kind: Mapped[str] = mapped_column(String(12))  # record, conflict
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID]
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[dict[str, Any]] = mapped_column(JSON)  # the pulled change as it came
    reason: Mapped[str] = mapped_column(String(40))  # the natural key's reason, or held_client
    held_at: Mapped[datetime] = mapped_column(default=utc_now)

    __table_args__ = (Index("ix_sync_held__entity_record", "entity", "record_id"),)
