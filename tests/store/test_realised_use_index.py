"""Migration 0007: the organisation overview sums realised uses from a covering index."""

from __future__ import annotations

from sqlalchemy import Engine

from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories.plans import budget_overview_rows


def indexes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='realised_use'")}


def test_0007_replaces_the_budget_id_index_and_goes_back(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0006")
    assert "ix_realised_use__budget_id" in indexes(old_store)
    migrate.upgrade(old_store, "0007")
    assert indexes(old_store) >= {"ix_realised_use__budget_amount"}
    assert "ix_realised_use__budget_id" not in indexes(old_store)
    migrate.downgrade(old_store, "0006")
    assert "ix_realised_use__budget_id" in indexes(old_store)
    assert "ix_realised_use__budget_amount" not in indexes(old_store)
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()


def test_the_overview_sums_uses_from_the_covering_index(old_store: Engine) -> None:
    migrate.upgrade(old_store)
    with Database(old_store).read() as session:
        budget_overview_rows(session)  # runs
        compiled = session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT budget_id, sum(amount_cents) FROM realised_use "
            "WHERE deleted_at IS NULL GROUP BY budget_id").all()
    plan = " ".join(str(row[-1]) for row in compiled)
    assert "COVERING INDEX ix_realised_use__budget_amount" in plan
