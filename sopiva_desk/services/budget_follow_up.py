"""Follow-up of a decided personal budget: payment commitments, realised use, balances and
alerts on a day, and the change history (rules in docs/budget.md, "Follow-up")."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity, same_name
from sopiva_desk.services.budget_base import BudgetBase
from sopiva_desk.services.budget_content import (
    COMMITMENT_FIELDS,
    USE_FIELDS,
    BudgetChangeView,
    _unknown,
    budget_of,
    commitment_of,
    use_of,
)
from sopiva_desk.services.inputs import date_input
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.models import BudgetCommitment, BudgetUse
from sopiva_desk.store.repositories import plans as repo


class BudgetFollowUp(BudgetBase):
    # -- follow-up ------------------------------------------------------------------------------

    def add_commitment(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> rules.PaymentCommitment:
        """A payment commitment under a budget that is not closed; ``max_cents`` takes typed euros."""
        _unknown("commitment", fields, COMMITMENT_FIELDS)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            if found.state == "closed":
                raise ValidationError([Issue("state", "budget.closed")])
            try:
                max_cents = parse_cents(fields.get("max_cents"), "max_cents")
                if max_cents is None:
                    raise ValidationError([Issue("max_cents", "field.required")])
                commitment = rules.PaymentCommitment(
                    number=fields.get("number"), provider=fields.get("provider"),
                    service_code=fields.get("service_code"), max_cents=max_cents,
                    valid_from=date_input("valid_from", fields.get("valid_from"), required=True),
                    valid_to=date_input("valid_to", fields.get("valid_to"), required=True))
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            context = self._context(session, found)
            if same_name(commitment.provider, context["client_name"]):
                raise ValidationError([Issue("provider", "budget.payee_client")])
            if any(c.number == commitment.number for c in repo.commitments_of(session, found.id)):
                raise ValidationError([Issue("number", "budget.commitment_number_taken")])
            session.add(BudgetCommitment(
                id=uuid.uuid4(), created_by=self._actor.user_id, updated_by=self._actor.user_id, budget_id=found.id,
                number=commitment.number, provider=commitment.provider, service_code=commitment.service_code,
                max_cents=commitment.max_cents, valid_from=commitment.valid_from, valid_to=commitment.valid_to))
            self._changed(session, found, f"commitments/{commitment.number}", None,
                          {"number": commitment.number, "provider": commitment.provider,
                           "service_code": commitment.service_code, "max_cents": commitment.max_cents,
                           "valid_from": commitment.valid_from.isoformat(),
                           "valid_to": commitment.valid_to.isoformat()})
            return commitment

    def commitments(self, budget_id: uuid.UUID) -> list[rules.PaymentCommitment]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [commitment_of(c) for c in repo.commitments_of(session, budget_id)]

    def record_use(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> rules.RealisedUse:
        """One realised use on a decided budget (``units`` and ``amount_cents`` take typed values)."""
        _unknown("use", fields, USE_FIELDS)
        use_id = uuid.uuid4()
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            try:
                units = parse_quantity(fields.get("units"), "units")
                amount = parse_cents(fields.get("amount_cents"), "amount_cents")
                missing = [Issue(k, "field.required") for k, v in (("units", units), ("amount_cents", amount))
                           if v is None]
                if missing:
                    raise ValidationError(missing)
                assert units is not None and amount is not None
                use = rules.RealisedUse(
                    id=str(use_id), used_on=date_input("used_on", fields.get("used_on"), required=True),
                    provider=fields.get("provider"), budget_line_id=fields.get("budget_line_id"), units=units,
                    amount_cents=amount, commitment_number=fields.get("commitment_number"))
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            commitments = [commitment_of(c) for c in repo.commitments_of(session, found.id)]
            issues = rules.check_use(budget_of(found), use, commitments,
                                     client_name=self._context(session, found)["client_name"])
            if issues:
                raise ValidationError(issues)
            session.add(BudgetUse(
                id=use_id, created_by=self._actor.user_id, updated_by=self._actor.user_id, budget_id=found.id,
                used_on=use.used_on, provider=use.provider, budget_line_id=use.budget_line_id,
                units=str(use.units), amount_cents=use.amount_cents, commitment_number=use.commitment_number))
            self._changed(session, found, f"uses/{use_id}", None,
                          {"used_on": use.used_on.isoformat(), "provider": use.provider,
                           "budget_line_id": use.budget_line_id, "units": str(use.units),
                           "amount_cents": use.amount_cents, "commitment_number": use.commitment_number})
            return use

    def uses(self, budget_id: uuid.UUID) -> list[rules.RealisedUse]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [use_of(u) for u in repo.uses_of(session, budget_id)]

    def follow_up(self, budget_id: uuid.UUID, today: date) -> rules.FollowUp:
        """Balances, use against elapsed time and the alerts on ``today`` (logged as a view)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found, ("follow_up",))
            return rules.follow_up(budget_of(found), [commitment_of(c) for c in repo.commitments_of(session, found.id)],
                                   [use_of(u) for u in repo.uses_of(session, found.id)], today)

    def history(self, budget_id: uuid.UUID) -> list[BudgetChangeView]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [BudgetChangeView(c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name)
                    for c in repo.budget_changes(session, budget_id)]
