"""An unlocked profile and the services that work on its store."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sopiva_desk.services.access_log import AccessLogService
from sopiva_desk.services.access_log_check import LogCheck, LogSnapshot, check_log, read_log
from sopiva_desk.services.access_report import AccessReportService
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.assessments import AssessmentService, VisitService
from sopiva_desk.services.backup import BackupService
from sopiva_desk.services.budgets import BudgetService
from sopiva_desk.services.case import CaseService
from sopiva_desk.services.catalogue import Catalogue, CatalogueError, pulled_catalogue
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.decisions import DecisionService
from sopiva_desk.services.demo import DEMO_DISPLAY_NAME
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.documents.organisation import Organisation, demo_organisation, unconfigured_organisation
from sopiva_desk.services.documents.queue import PrintQueueService, is_print_station
from sopiva_desk.services.documents.service import DocumentService
from sopiva_desk.services.drafts import DraftService
from sopiva_desk.services.integrity import IntegrityService
from sopiva_desk.services.letterhead import LetterheadService
from sopiva_desk.services.listings import ListingLog
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.profile_settings import ProfileSettings
from sopiva_desk.services.profiles import ProfileSummary
from sopiva_desk.services.reviews import ReviewService
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.subject_export import ClientExportService
from sopiva_desk.services.sync.conflicts import ConflictService
from sopiva_desk.services.sync.purge import PurgeService
from sopiva_desk.services.sync.record_state import SyncStateService
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.services.today import TodayService
from sopiva_desk.store import access_head
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import SyncReference
from sopiva_desk.store.profiles import OpenedStore

log = logging.getLogger(__name__)


def pulled_reference(db: Database) -> tuple[list[tuple[str, Any]], Catalogue | None]:
    """What came from the central records by pull, in one read at unlock: the assessment
    templates (name, body) and the newest service catalogue with its price list, if it is sound
    (budgets made earlier keep the unit prices they were made with; ``None``: the shipped one)."""
    with db.read() as session:
        rows = session.execute(select(SyncReference.kind, SyncReference.name, SyncReference.version,
                                      SyncReference.body)
                               .where(SyncReference.kind.in_(("assessment_template", "service_catalogue")))).all()
    templates = [(f"{row.name} v{row.version} (central records)", row.body) for row in rows
                 if row.kind == "assessment_template"]
    catalogues = [row for row in rows if row.kind == "service_catalogue"]
    if not catalogues:
        return templates, None
    newest = max(catalogues, key=lambda row: row.version)
    try:
        return templates, pulled_catalogue(newest.body, f"service catalogue v{newest.version} (central records)")
    except CatalogueError as err:
        log.warning("pulled catalogue left out: %s: %s", err.path, err.problem)
        return templates, None


class Workspace:
    """An unlocked profile: its services, until ``close`` (lock) wipes the key."""

    def __init__(self, opened: OpenedStore, library: TemplateLibrary | None = None,
                 data_dir: Path | None = None) -> None:
        self._opened = opened
        self.profile = ProfileSummary(opened.profile.profile_id, opened.profile.display_name)
        #: The profile's folder (the access log's signed head file lives there).
        self.profile_folder = opened.profile.folder
        self.actor = Actor(opened.profile.user_id, opened.profile.display_name)
        self.db = Database(opened.engine, opened.guard)
        self.integrity = IntegrityService(self.db, opened.guard)
        # Signs the access log's head after every commit that appends entries, and signs what a
        # crash left unsigned (store/access_head.py), writing only once the integrity check passed.
        with storage_errors():
            access_head.attach(opened.engine, opened.profile.profile_id, opened.profile.folder,
                               self.db.transaction)
        self.clients = ClientService(self.db, self.actor)
        self.settings = ProfileSettings(self.db)
        self.drafts = DraftService(self.db, self.actor)
        templates, catalogue = pulled_reference(self.db)  # catalogue None: the shipped one
        self.templates = (library if library is not None else TemplateLibrary()).with_pulled(templates)
        self.access_log = AccessLogService(self.db, self.templates, self.actor)
        self.listings = ListingLog(self.db, self.actor)
        self.access_report = AccessReportService(self.db, self.actor, self.templates)
        self.visits = VisitService(self.db, self.actor)
        self.assessments = AssessmentService(self.db, self.actor, self.templates)
        self.decisions = DecisionService(self.db, self.actor)
        self.plans = PlanService(self.db, self.actor, self.templates, catalogue)
        self.budgets = BudgetService(self.db, self.actor, catalogue)
        self.reviews = ReviewService(self.db, self.actor)
        self.case = CaseService(self.db)
        # The letterhead lives in the data folder, shared by the profiles on this computer
        # (services/letterhead.py); the demo profile always prints the demo's.
        self.letterhead = LetterheadService(data_dir) if data_dir is not None else None
        # Demo profiles made before the marker existed are known by their name (the safe way round:
        # at worst a real profile so named prints "DEMO").
        self.demo = self.settings.is_demo() or opened.profile.display_name == DEMO_DISPLAY_NAME
        self.today = TodayService(self.db, self.actor)
        self.documents = DocumentService(self.db, self.actor, self.templates, self.plans.catalogue,
                                         organisation=self._organisation)
        self.print_queue = PrintQueueService(self.db, self.actor)
        # Enrolled as an office user: the window opens as the office print station.
        self.print_station = is_print_station(self.db)
        self.disclosures = DisclosureService(self.db, self.actor)
        self.conflicts = ConflictService(self.db, self.actor, self.templates)
        self.sync_states = SyncStateService(self.db)
        self.purge = PurgeService(self.db, self.actor)
        self.client_export = ClientExportService(self.db, self.actor)  # the client's own request for their data
        self.backups = BackupService(opened, self.db)
        self.closed = False

    @property
    def purpose(self) -> str:
        """Why the counsellor handles client data now (``access_chain.PURPOSES``): every access-log
        entry records it. A new workspace (every unlock) starts at client work."""
        return self.actor.purpose

    def set_purpose(self, purpose: str) -> None:
        """Record ``purpose`` on every later entry of this workspace's services (``ValueError`` if
        it is not one of ``access_chain.PURPOSES``)."""
        self.actor.set_purpose(purpose)

    def _organisation(self) -> Organisation:
        if self.letterhead is None:
            return demo_organisation() if self.demo else unconfigured_organisation()
        return self.letterhead.organisation(demo=self.demo)

    def check_access_log(self) -> LogCheck:
        """The whole access log checked: chain, signed head, countersignature, listings."""
        return check_log(self.db, self._opened.profile.folder, self._opened.profile.profile_id)

    def read_access_log(self) -> LogSnapshot:
        """The store work of the check (``access_log_check.evaluate`` does the rest, off the store lane)."""
        return read_log(self.db, self._opened.profile.folder, self._opened.profile.profile_id)

    def close(self) -> None:
        if not self.closed:
            access_head.detach(self._opened.engine)
            self._opened.close()
            self.closed = True
