"""Migration 0009: visits get a planned time and a cancellation (when and why); old visits keep theirs."""

from __future__ import annotations

from sqlalchemy import Engine

from sopiva_desk.store import migrate


def visit_columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(visit)")}


def test_0009_adds_the_planning_columns_and_goes_back(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0007")
    with old_store.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO client (id, revision, created_at, created_by, updated_at, updated_by, first_names, last_name,"
            " language, other_language, municipality_code, street_address, postal_code, post_office, phone,"
            " communication_methods, communication_notes, own_worker, status)"
            " VALUES ('00000000000000000000000000000001', 1, '2026-01-01', 'u', '2026-01-01', 'u', 'Aino',"
            " 'Virtanen', 'fi', '', '491', '', '', '', '', '[]', '',"
            " '', 'active')")
        conn.exec_driver_sql(
            "INSERT INTO visit (id, revision, created_at, created_by, updated_at, updated_by, client_id, starts_at,"
            " way, place, participants, absent, notes, status) VALUES ('00000000000000000000000000000002', 1,"
            " '2026-01-01', 'u', '2026-01-01', 'u', '00000000000000000000000000000001', '2026-01-01 09:00:00',"
            " 'home_visit', '', '[]', '[]', 'Muistiinpano', 'ended')")
    assert not {"planned_at", "cancelled_at", "cancel_reason"} & visit_columns(old_store)
    migrate.upgrade(old_store, "0009")
    assert {"planned_at", "cancelled_at", "cancel_reason"} <= visit_columns(old_store)
    with old_store.connect() as conn:
        row = conn.exec_driver_sql("SELECT notes, status, planned_at, cancelled_at, cancel_reason FROM visit").one()
    assert tuple(row) == ("Muistiinpano", "ended", None, None, "")
    migrate.downgrade(old_store, "0008")
    assert not {"planned_at", "cancelled_at", "cancel_reason"} & visit_columns(old_store)
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
