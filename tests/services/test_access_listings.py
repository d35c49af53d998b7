"""The purpose of use and the listings in the access log, against a real encrypted store: each
listing writes one entry naming the clients it showed, each of those clients' own log shows it,
and every entry records the counsellor's current purpose."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from sopiva_desk.protocol.access_chain import DEFAULT_PURPOSE, clients_digest
from sopiva_desk.services import listings
from sopiva_desk.services.access_log import AccessEntry
from sopiva_desk.services.organisation import CSV_COLUMNS, CsvText, OrganisationService
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.status import rejected_changes
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry
from tests.conftest import DEMO_PASSPHRASE
from tests.helpers.sync_state import add_conflict, enrol, pretend_synced, reject_pending
from tests.services.test_organisation import END, START, hb_client


def _client(workspace: Workspace, first: str, last: str) -> uuid.UUID:
    return workspace.clients.create_client({"first_names": first, "last_name": last, "municipality_code": "491",
                                            "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}",
                                            "birth_date": date(1980, 1, 1)})


def entries(workspace: Workspace, record_type: str) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == record_type)
                                    .order_by(AccessLogEntry.seq)).all())


def members(workspace: Workspace, digest: str | None = None) -> set[uuid.UUID]:
    with workspace.db.read() as session:
        stmt = select(AccessListingMember.client_id)
        if digest is not None:
            stmt = stmt.where(AccessListingMember.digest == digest)
        return set(session.scalars(stmt).all())


def member_rows(workspace: Workspace) -> int:
    with workspace.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AccessListingMember)) or 0)


def listed_in(workspace: Workspace, client_id: uuid.UUID, record_type: str) -> list[AccessEntry]:
    return [e for e in workspace.access_log.for_client(client_id) if e.listing and e.record_type == record_type]


# -- the purpose ----------------------------------------------------------------------------------


def test_every_entry_records_the_purpose_set_on_the_workspace(workspace: Workspace) -> None:
    assert workspace.purpose == DEFAULT_PURPOSE == "client_work"
    client_id = _client(workspace, "Aino", "Virtanen")
    workspace.clients.open_client(client_id)
    workspace.set_purpose("decision_preparation")
    workspace.clients.open_client(client_id)
    workspace.budgets.organisation_overview(date.today())  # another service of the same workspace
    with pytest.raises(ValueError, match="unknown purpose"):
        workspace.set_purpose("curiosity")
    assert workspace.purpose == "decision_preparation"
    views = [e for e in workspace.access_log.for_client(client_id) if e.action == "view"]
    assert [e.purpose for e in views] == ["decision_preparation", "client_work"]  # newest first


def test_a_new_unlock_starts_at_client_work(profile_service: ProfileService, workspace: Workspace) -> None:
    workspace.set_purpose("administration")
    profile_id = workspace.profile.profile_id
    workspace.close()
    again = profile_service.unlock(profile_id, DEMO_PASSPHRASE)
    try:
        assert again.purpose == "client_work"
    finally:
        again.close()


# -- the caseload (logged by the page through ListingLog) ------------------------------------------


def test_a_listing_names_its_clients_once_per_distinct_set(workspace: Workspace) -> None:
    shown = [_client(workspace, "Aino", "Virtanen"), _client(workspace, "Eino", "Aalto")]
    other = _client(workspace, "Ulla", "Ulkopuolinen")
    workspace.set_purpose("planning")
    assert workspace.listings.record(listings.CASELOAD, shown)
    assert workspace.listings.record(listings.CASELOAD, reversed(shown))  # the same list shown again
    assert not workspace.listings.record(listings.CASELOAD, [])  # a list of nobody writes nothing

    logged = entries(workspace, "caseload")
    assert len(logged) == 2
    assert {(e.action, e.client_id, e.clients, e.purpose) for e in logged} == {
        ("list", None, clients_digest(shown), "planning")}
    assert members(workspace) == set(shown) and member_rows(workspace) == 2  # kept once
    for client_id in shown:
        (first, second) = listed_in(workspace, client_id, "caseload")
        assert first.seq > second.seq and first.purpose == "planning" and first.action == "list"
    assert listed_in(workspace, other, "caseload") == []

    assert workspace.listings.record(listings.CASELOAD, [*shown, other])  # one more client: a new set
    assert member_rows(workspace) == 5 and len(listed_in(workspace, other, "caseload")) == 1


def test_a_listing_of_one_clients_records_is_that_clients_entry(workspace: Workspace) -> None:
    client_id = _client(workspace, "Aino", "Virtanen")
    workspace.listings.record_for_client(listings.CASE_WORK, client_id)
    (entry,) = entries(workspace, "case_work")
    assert (entry.action, entry.client_id, entry.clients) == ("list", client_id, None)
    (mine,) = [e for e in workspace.access_log.for_client(client_id) if e.record_type == "case_work"]
    assert not mine.listing


# -- listings the services log themselves ---------------------------------------------------------


def test_the_print_queue_is_one_listing_of_the_clients_in_it(workspace: Workspace) -> None:
    first, second = _client(workspace, "Aino", "Virtanen"), _client(workspace, "Eino", "Aalto")
    jobs = [workspace.print_queue.queue("client_plan", workspace.plans.start_draft(c).id) for c in (first, second)]
    workspace.print_queue.mark_printed(jobs[1].id)
    waiting, printed = workspace.print_queue.listing()
    assert [j.id for j in waiting] == [jobs[0].id] and [j.id for j in printed] == [jobs[1].id]
    (entry,) = entries(workspace, "print_queue")
    assert entry.clients == clients_digest([first, second])
    assert len(listed_in(workspace, first, "print_queue")) == len(listed_in(workspace, second, "print_queue")) == 1
    workspace.print_queue.pending()  # the plain reads stay unlogged (the page reads ``listing``)
    workspace.print_queue.printed()
    assert len(entries(workspace, "print_queue")) == 1


def test_the_budgets_overview_and_its_export_name_every_client(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    aino = hb_client(workspace, "Aino", "Virtanen", "131052-308T", "80", decide=True)
    eino = hb_client(workspace, "Eino", "Aalto", "010101-123N", "120", decide=True)
    outside = _client(workspace, "Ulla", "Ulkopuolinen")  # no personal budget: not in the overview
    service = OrganisationService(workspace.db, workspace.actor, workspace.budgets)
    workspace.set_purpose("administration")
    service.overview(START)
    text = CsvText(headers={key: key for key in CSV_COLUMNS}, states={}, yes="y", no="n")
    assert service.export_csv(END, tmp_path / "yleiskuva.csv", text) == 2
    logged = entries(workspace, "budget_overview")
    assert [e.action for e in logged] == ["view", "view", "export"]  # the export reads the overview too
    assert {e.clients for e in logged} == {clients_digest([aino, eino])}
    for client_id in (aino, eino):
        shown = listed_in(workspace, client_id, "budget_overview")
        assert [e.action for e in shown] == ["export", "view", "view"]
        assert {e.purpose for e in shown} == {"administration"}
    assert listed_in(workspace, outside, "budget_overview") == []


def test_goal_attainment_names_the_clients_with_completed_reviews(workspace: Workspace) -> None:
    assert workspace.reviews.attainment_changes() == {}
    assert entries(workspace, "review_overview") == []  # no client shown, no entry


def test_the_today_page_names_the_clients_it_lists(workspace: Workspace) -> None:
    mine = _client(workspace, "Aino", "Virtanen")
    quiet = _client(workspace, "Eino", "Aalto")  # nothing due: not on the page
    workspace.visits.start_visit(mine, "home_visit", "Koti")
    overview = workspace.today.overview()
    assert [item.client.id for item in overview.visits_today] == [mine]
    (entry,) = entries(workspace, "today")
    assert entry.clients == clients_digest([mine]) and entry.action == "view"
    assert len(listed_in(workspace, mine, "today")) == 1 and listed_in(workspace, quiet, "today") == []


def test_sync_conflicts_and_closed_cases_are_listings(workspace: Workspace) -> None:
    enrol(workspace)
    closed, open_case = _client(workspace, "Aino", "Virtanen"), _client(workspace, "Eino", "Aalto")
    workspace.clients.update_client_field(closed, "status", "closed")
    pretend_synced(workspace)
    add_conflict(workspace, "client", open_case, open_case)
    assert [c.client_id for c in workspace.conflicts.open()] == [open_case]
    (conflicts,) = entries(workspace, "sync_conflicts")
    assert conflicts.clients == clients_digest([open_case])

    review = workspace.purge.review(policy=True)  # the setting is off: nothing offered, no dialog, no entry
    assert review.removable == () and entries(workspace, "closed_cases") == []
    review = workspace.purge.review()
    assert [c.client_id for c in review.removable] == [closed]
    (listing,) = entries(workspace, "closed_cases")
    assert listing.clients == clients_digest([closed])
    assert len(listed_in(workspace, closed, "closed_cases")) == 1


def test_the_refused_changes_dialog_lists_their_clients(workspace: Workspace) -> None:
    enrol(workspace)
    refused, fine = _client(workspace, "Aino", "Virtanen"), _client(workspace, "Eino", "Aalto")
    pretend_synced(workspace)
    workspace.clients.update_client_field(refused, "phone", "040 555 5555")
    reject_pending(workspace, refused)
    assert [c.client_id for c in rejected_changes(workspace.db)] == [refused]  # not logged: no dialog
    assert entries(workspace, "refused_changes") == []
    assert [c.client_id for c in rejected_changes(workspace.db, workspace.actor)] == [refused]
    (entry,) = entries(workspace, "refused_changes")
    assert entry.clients == clients_digest([refused]) and listed_in(workspace, fine, "refused_changes") == []


def test_every_history_is_logged_as_a_view_of_it(workspace: Workspace) -> None:
    client_id = _client(workspace, "Aino", "Virtanen")
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    assessment = workspace.assessments.start(client_id, "vammaispalvelut-pta", visit.id)
    session = workspace.decisions.start(client_id, visit.id)
    plan = workspace.plans.start_draft(client_id)
    workspace.assessments.history(assessment.id)
    workspace.decisions.history(session.id)
    workspace.plans.history(plan.id)
    histories = [(e.record_type, e.record_id) for e in workspace.access_log.for_client(client_id)
                 if e.fields == ("history",)]
    assert histories == [("client_plan", plan.id), ("decision_session", session.id), ("assessment", assessment.id)]
    assert all(e.action == "view" for e in workspace.access_log.for_client(client_id) if e.fields == ("history",))


def test_looking_at_a_clients_log_is_logged_after_it_is_read(workspace: Workspace) -> None:
    client_id = _client(workspace, "Aino", "Virtanen")
    before = workspace.access_log.for_display(client_id)
    workspace.access_log.record_view(client_id)
    after = workspace.access_log.for_display(client_id)
    assert [e.record_type for e in after.entries] == ["access_log", *(e.record_type for e in before.entries)]
    assert after.entries[0].action == "view" and not after.entries[0].listing
