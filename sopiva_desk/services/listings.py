"""Listings in the access log: a page or list that shows several clients, or a client's records,
writes one entry per listing (Client Data Act 703/2023; docs/security.md, "Access log").

What counts as one listing: the list read for the counsellor to see, once each time its page,
tab or dialog is opened (and when a sync brings other rows while it is in view). Searching,
filtering, sorting, switching "My clients"/"All clients" and repainting show the same rows again
and are not new listings; a list re-read in the background after a save is not one either.

A listing of several clients names them all (``clients``: kept once per distinct set beside the
log, so the same list shown again costs one lookup), and each client's own log shows it. A
listing of one client's records (their visits and assessments, plans and budgets, the log
itself) is an entry of that client. A listing that shows no client writes no entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable

from sqlalchemy.orm import Session

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import access_log

LIST = "list"  # the action of a listing entry

# The listings, as the entries' record type. Several clients (named by ``clients``):
CASELOAD = "caseload"  # names and identity codes of every client the list holds
PRINT_QUEUE = "print_queue"  # documents waiting or printed, with the clients' names
TODAY = "today"  # the Today page (its entries keep the action "view")
BUDGET_OVERVIEW = "budget_overview"  # the personal budgets overview and its CSV export ("view", "export")
REVIEW_OVERVIEW = "review_overview"  # goal attainment per client ("view")
SYNC_CONFLICTS = "sync_conflicts"  # open conflicts, with the clients' names
CLOSED_CASES = "closed_cases"  # the closed cases offered for removal from this computer
REFUSED_CHANGES = "refused_changes"  # changes the central records refused, with the clients' names
# One client's records (the entry's ``client_id``):
CASE_WORK = "case_work"  # visits, needs assessments and decision-making sessions
PLANS_AND_BUDGETS = "plans_and_budgets"  # client plans, personal budgets and plan reviews
ACCESS_LOG = "access_log"  # the client's own access log and disclosures ("view")


def record_listing(session: Session, actor: Actor, listing: str, clients: Iterable[uuid.UUID], *,
                   action: str = LIST, fields: Collection[str] = ()) -> bool:
    """One entry for a listing of several ``clients`` inside the caller's transaction; nothing if
    it shows none (returns whether an entry was written)."""
    shown = set(clients)
    if not shown:
        return False
    access_log.record(session, user_id=actor.user_id, user_name=actor.user_name, purpose=actor.purpose,
                      action=action, record_type=listing, client_id=None, fields=fields, clients=shown)
    return True


def record_client_listing(session: Session, actor: Actor, listing: str, client_id: uuid.UUID, *,
                          action: str = LIST, fields: Collection[str] = ()) -> None:
    """One entry for a listing of one client's records, inside the caller's transaction."""
    access_log.record(session, user_id=actor.user_id, user_name=actor.user_name, purpose=actor.purpose,
                      action=action, record_type=listing, client_id=client_id, fields=fields)


class ListingLog:
    """Listings the GUI shows from data it already holds (the caseload: logged after the list is
    on screen, in its own store task, so the first listing of a large caseload does not delay it)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def record(self, listing: str, clients: Iterable[uuid.UUID]) -> bool:
        """Log one listing of ``clients`` (one transaction); whether an entry was written."""
        with storage_errors(), self._db.transaction() as session:
            return record_listing(session, self._actor, listing, clients)

    def record_for_client(self, listing: str, client_id: uuid.UUID, *, action: str = LIST) -> None:
        """Log one listing of ``client_id``'s records (one transaction)."""
        with storage_errors(), self._db.transaction() as session:
            record_client_listing(session, self._actor, listing, client_id, action=action)
