"""The listings that named a client (the caseload, the print queue, the overviews …): found through
``access_listing_member``, which holds each distinct listing's clients once (by its digest)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import AccessListingMember, AccessLogEntry


def listings_for_client(session: Session, client_id: uuid.UUID, limit: int = 500) -> Sequence[AccessLogEntry]:
    """The newest ``limit`` entries of listings that included ``client_id``, newest first."""
    digests = select(AccessListingMember.digest).where(AccessListingMember.client_id == client_id)
    stmt = (select(AccessLogEntry).where(AccessLogEntry.clients.in_(digests))
            .order_by(AccessLogEntry.seq.desc()).limit(limit))
    return session.scalars(stmt).all()

