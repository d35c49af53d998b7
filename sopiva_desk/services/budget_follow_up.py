"""Follow-up of a decided personal budget: payment commitments, realised use, corrections of
entries made by mistake, balances and alerts on a day, and the change history (rules in
docs/budget.md, "Follow-up").

An entry made by mistake is never deleted silently: *correcting* it changes it in place and
*cancelling* it tombstones it (so balances, alerts and the organisation view leave it out),
both with a written reason; the history row keeps the entry as it was, with the reason, and
the access log names the entry (never its values).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity, same_name
from sopiva_desk.services.budget_base import BudgetBase
from sopiva_desk.services.budget_content import (
    COMMITMENT_FIELDS,
    USE_FIELDS,
    BudgetChangeView,
    CommitmentEntry,
    UseEntry,
    _unknown,
    budget_of,
    commitment_json,
    commitment_of,
    use_json,
    use_of,
)
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.models import BudgetCommitment, BudgetUse, PersonalBudget
from sopiva_desk.store.repositories import plans as repo


@dataclass(frozen=True)
class FollowUpEntries:
    """Every payment commitment and realised use of a budget, cancelled ones included."""

    commitments: list[CommitmentEntry]
    uses: list[UseEntry]


def _reason(raw: Any) -> str:
    try:
        reason = rules.clean_reason("reason", raw)
    except InvalidInput as err:
        raise ValidationError([err.issue]) from None
    assert reason is not None
    return reason


def _commitment_from(fields: Mapping[str, Any]) -> follow.PaymentCommitment:
    """A commitment from typed values (``max_cents`` takes euros as typed)."""
    try:
        max_cents = parse_cents(fields.get("max_cents"), "max_cents")
        if max_cents is None:
            raise ValidationError([Issue("max_cents", "field.required")])
        return follow.PaymentCommitment(
            number=fields.get("number"), provider=fields.get("provider"), service_code=fields.get("service_code"),
            max_cents=max_cents, valid_from=date_input("valid_from", fields.get("valid_from"), required=True),
            valid_to=date_input("valid_to", fields.get("valid_to"), required=True))
    except InvalidInput as err:
        raise ValidationError([err.issue]) from None


def _use_from(use_id: str, fields: Mapping[str, Any]) -> follow.RealisedUse:
    """A use from typed values (``units`` and ``amount_cents`` as typed)."""
    try:
        units = parse_quantity(fields.get("units"), "units")
        amount = parse_cents(fields.get("amount_cents"), "amount_cents")
        missing = [Issue(k, "field.required") for k, v in (("units", units), ("amount_cents", amount)) if v is None]
        if missing:
            raise ValidationError(missing)
        assert units is not None and amount is not None
        return follow.RealisedUse(
            id=use_id, used_on=date_input("used_on", fields.get("used_on"), required=True),
            provider=fields.get("provider"), budget_line_id=fields.get("budget_line_id"), units=units,
            amount_cents=amount, commitment_number=fields.get("commitment_number"),
            amount_reason=fields.get("amount_reason"))
    except InvalidInput as err:
        raise ValidationError([err.issue]) from None


class BudgetFollowUp(BudgetBase):
    # -- payment commitments --------------------------------------------------------------------

    def add_commitment(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> follow.PaymentCommitment:
        """A payment commitment under a budget that is not closed; ``max_cents`` takes typed euros."""
        _unknown("commitment", fields, COMMITMENT_FIELDS)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            if found.state == "closed":
                raise ValidationError([Issue("state", "budget.closed")])
            commitment = _commitment_from(fields)
            self._check_commitment(session, found, commitment)
            # Logged, with its history, on the budget it belongs to (``_changed``).
            self._recorder(session).create(BudgetCommitment(
                id=uuid.uuid4(), budget_id=found.id,
                number=commitment.number, provider=commitment.provider, service_code=commitment.service_code,
                max_cents=commitment.max_cents, valid_from=commitment.valid_from, valid_to=commitment.valid_to),
                log=False)
            self._changed(session, found, f"commitments/{commitment.number}", None, commitment_json(commitment))
            return commitment

    def commitments(self, budget_id: uuid.UUID) -> list[follow.PaymentCommitment]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [commitment_of(c) for c in repo.commitments_of(session, budget_id)]

    def correct_commitment(self, budget_id: uuid.UUID, number: str, fields: Mapping[str, Any],
                           reason: str | None) -> follow.PaymentCommitment:
        """Correct a commitment entered wrongly, with a reason; its number changes only while no
        use is recorded under it (``budget.commitment_in_use``)."""
        _unknown("commitment", fields, COMMITMENT_FIELDS)
        written = _reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found, row = self._commitment_row(session, budget_id, number)
            before = commitment_of(row)
            commitment = _commitment_from({**_commitment_fields(before), **fields})
            if commitment.number != before.number and self._uses_under(session, found, before.number):
                raise ValidationError([Issue("number", "budget.commitment_in_use")])
            self._check_commitment(session, found, commitment, but=row.id)
            if commitment != before:
                row.number, row.provider, row.service_code = (commitment.number, commitment.provider,
                                                              commitment.service_code)
                row.max_cents, row.valid_from, row.valid_to = (commitment.max_cents, commitment.valid_from,
                                                               commitment.valid_to)
                row.correction_reason = written
                self._recorder(session).update(row, log=False)
                self._changed(session, found, f"commitments/{before.number}", commitment_json(before),
                              commitment_json(commitment), written)
            return commitment

    def cancel_commitment(self, budget_id: uuid.UUID, number: str, reason: str | None) -> None:
        """Cancel a commitment entered by mistake (kept in the history with the reason); refused
        while uses are recorded under it."""
        written = _reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found, row = self._commitment_row(session, budget_id, number)
            if self._uses_under(session, found, row.number):
                raise ValidationError([Issue("number", "budget.commitment_in_use")])
            self._tombstone(session, row, written)
            self._changed(session, found, f"commitments/{row.number}", commitment_json(commitment_of(row)), None,
                          written)

    # -- realised use ---------------------------------------------------------------------------

    def record_use(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> follow.RealisedUse:
        """One realised use on a decided budget (``units`` and ``amount_cents`` take typed values).

        An amount that is not units × the line's unit price needs ``amount_reason``.
        """
        _unknown("use", fields, USE_FIELDS)
        use_id = uuid.uuid4()
        use = _use_from(str(use_id), fields)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._check_use(session, found, use)
            self._recorder(session).create(BudgetUse(
                id=use_id, budget_id=found.id,
                used_on=use.used_on, provider=use.provider, budget_line_id=use.budget_line_id,
                units=str(use.units), amount_cents=use.amount_cents, commitment_number=use.commitment_number,
                amount_reason=use.amount_reason or ""), log=False)
            self._changed(session, found, f"uses/{use_id}", None, use_json(use))
            return use

    def uses(self, budget_id: uuid.UUID) -> list[follow.RealisedUse]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [use_of(u) for u in repo.uses_of(session, budget_id)]

    def correct_use(self, budget_id: uuid.UUID, use_id: str, fields: Mapping[str, Any],
                    reason: str | None) -> follow.RealisedUse:
        """Correct a use entered wrongly, with a reason; the same rules as recording it hold."""
        _unknown("use", fields, USE_FIELDS)
        written = _reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found, row = self._use_row(session, budget_id, use_id)
            before = use_of(row)
            use = _use_from(before.id, {**_use_fields(before), **fields})
            self._check_use(session, found, use)
            if use != before:
                row.used_on, row.provider, row.budget_line_id = use.used_on, use.provider, use.budget_line_id
                row.units, row.amount_cents = str(use.units), use.amount_cents
                row.commitment_number, row.amount_reason = use.commitment_number, use.amount_reason or ""
                row.correction_reason = written
                self._recorder(session).update(row, log=False)
                self._changed(session, found, f"uses/{before.id}", use_json(before), use_json(use), written)
            return use

    def cancel_use(self, budget_id: uuid.UUID, use_id: str, reason: str | None) -> None:
        """Cancel a use entered by mistake: it no longer counts; the history keeps it with the reason."""
        written = _reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found, row = self._use_row(session, budget_id, use_id)
            self._tombstone(session, row, written)
            self._changed(session, found, f"uses/{row.id}", use_json(use_of(row)), None, written)

    def entries(self, budget_id: uuid.UUID) -> FollowUpEntries:
        """Every commitment and use with its correction or cancellation (the follow-up tables)."""
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            commitments = [CommitmentEntry(commitment_of(c), c.correction_reason or None)
                           for c in repo.commitments_of(session, budget_id)]
            commitments += [CommitmentEntry(commitment_of(c), c.correction_reason or None, c.cancel_reason)
                            for c in repo.cancelled_commitments_of(session, budget_id)]
            uses = [UseEntry(use_of(u), u.correction_reason or None) for u in repo.uses_of(session, budget_id)]
            uses += [UseEntry(use_of(u), u.correction_reason or None, u.cancel_reason)
                     for u in repo.cancelled_uses_of(session, budget_id)]
            return FollowUpEntries(commitments, uses)

    # -- reading ----------------------------------------------------------------------------------

    def follow_up(self, budget_id: uuid.UUID, today: date) -> follow.FollowUp:
        """Balances, use against elapsed time and the alerts on ``today`` (logged as a view)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found, ("follow_up",))
            commitments = [commitment_of(c) for c in repo.commitments_of(session, found.id)]
            return follow.follow_up(budget_of(found), commitments,
                                    [use_of(u) for u in repo.uses_of(session, found.id)], today)

    def history(self, budget_id: uuid.UUID) -> list[BudgetChangeView]:
        """Every change of the budget, oldest first (logged as a view of its history)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found, ("history",))
            return [BudgetChangeView(c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name,
                                     c.reason or "")
                    for c in repo.budget_changes(session, budget_id)]

    # -- helpers ----------------------------------------------------------------------------------

    def _check_commitment(self, session: Session, found: PersonalBudget, commitment: follow.PaymentCommitment,
                          but: uuid.UUID | None = None) -> None:
        if same_name(commitment.provider, self._context(session, found)["client_name"]):
            raise ValidationError([Issue("provider", "budget.payee_client")])
        if any(c.number == commitment.number and c.id != but for c in repo.commitments_of(session, found.id)):
            raise ValidationError([Issue("number", "budget.commitment_number_taken")])

    def _check_use(self, session: Session, found: PersonalBudget, use: follow.RealisedUse) -> None:
        commitments = [commitment_of(c) for c in repo.commitments_of(session, found.id)]
        issues = follow.check_use(budget_of(found), use, commitments,
                                  client_name=self._context(session, found)["client_name"])
        if issues:
            raise ValidationError(issues)

    def _follow_up_open(self, session: Session, budget_id: uuid.UUID) -> PersonalBudget:
        """The budget, when its follow-up can still change (not closed)."""
        found = self._get(session, budget_id)
        if found.state == "closed":
            raise ValidationError([Issue("state", "budget.closed")])
        return found

    def _commitment_row(self, session: Session, budget_id: uuid.UUID,
                        number: str) -> tuple[PersonalBudget, BudgetCommitment]:
        found = self._follow_up_open(session, budget_id)
        row = next((c for c in repo.commitments_of(session, found.id) if c.number == number), None)
        if row is None:
            raise RecordGoneError()
        return found, row

    def _use_row(self, session: Session, budget_id: uuid.UUID, use_id: str) -> tuple[PersonalBudget, BudgetUse]:
        found = self._follow_up_open(session, budget_id)
        try:
            row = session.get(BudgetUse, uuid.UUID(str(use_id)))
        except ValueError:
            row = None
        if row is None or row.budget_id != found.id or row.deleted_at is not None:
            raise RecordGoneError()
        return found, row

    @staticmethod
    def _uses_under(session: Session, found: PersonalBudget, number: str) -> bool:
        return any(u.commitment_number == number for u in repo.uses_of(session, found.id))

    def _tombstone(self, session: Session, row: BudgetUse | BudgetCommitment, reason: str) -> None:
        row.cancel_reason = reason
        self._recorder(session).delete(row, log=False)


def _commitment_fields(commitment: follow.PaymentCommitment) -> dict[str, Any]:
    return {"number": commitment.number, "provider": commitment.provider, "service_code": commitment.service_code,
            "max_cents": commitment.max_cents, "valid_from": commitment.valid_from,
            "valid_to": commitment.valid_to}


def _use_fields(use: follow.RealisedUse) -> dict[str, Any]:
    return {"used_on": use.used_on, "provider": use.provider, "budget_line_id": use.budget_line_id,
            "units": use.units, "amount_cents": use.amount_cents, "commitment_number": use.commitment_number,
            "amount_reason": use.amount_reason}
