"""Migration 0019 (the retention clock): clients closed before it get the day of their last recorded
status change, or of their record's last change; others get none; it goes down and up."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Engine

from sopiva_desk.store import migrate


def test_0019_backfills_the_closing_day_of_clients_already_closed(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0017")
    with old_store.begin() as conn:
        logged, unlogged = [r[0] for r in conn.exec_driver_sql("SELECT last_name FROM client ORDER BY last_name")]
        conn.exec_driver_sql("UPDATE client SET status = 'closed', updated_at = '2026-11-30 08:00:00.000000' "
                             "WHERE last_name = ?", (unlogged,))
        conn.exec_driver_sql("UPDATE client SET status = 'closed' WHERE last_name = ?", (logged,))
        for at, fields in (("2025-04-03 10:00:00.000000", '["status"]'), ("2025-01-01 10:00:00.000000", '["status"]'),
                           ("2026-05-05 10:00:00.000000", '["phone"]')):
            conn.exec_driver_sql(
                "INSERT INTO access_log (id, at, user_id, user_name, client_id, action, record_type, record_id, "
                "fields) SELECT ?, ?, 'u', 'U', id, 'update', 'client', id, ? FROM client WHERE last_name = ?",
                (uuid.uuid4().hex, at, fields, logged))
    migrate.upgrade(old_store)
    with old_store.connect() as conn:
        found = dict(conn.exec_driver_sql("SELECT last_name, closed_on FROM client").all())
    assert found == {logged: date(2025, 4, 3).isoformat(), unlogged: date(2026, 11, 30).isoformat()}
    with old_store.begin() as conn:  # reopened: the clock stops (the column itself is the service's)
        conn.exec_driver_sql("UPDATE client SET status = 'active', closed_on = NULL WHERE last_name = ?", (logged,))
    migrate.downgrade(old_store, "0017")
    migrate.upgrade(old_store)
    with old_store.connect() as conn:
        found = dict(conn.exec_driver_sql("SELECT last_name, closed_on FROM client").all())
    assert found == {logged: None, unlogged: date(2026, 11, 30).isoformat()}
    assert migrate.current_revision(old_store) == migrate.head_revision()
