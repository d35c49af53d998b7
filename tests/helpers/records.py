"""Records written straight into a store in tests, through the one write path like any service."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sopiva_desk.services.actor import Actor
from sopiva_desk.store.change_recorder import ChangeRecorder

TEST_AUTHOR = Actor("t", "Testaaja")


def recorder(session: Session) -> ChangeRecorder:
    return ChangeRecorder(session, TEST_AUTHOR)
