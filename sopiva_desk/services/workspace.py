"""An unlocked profile and the services that work on its store."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sopiva_desk.services.access_log import AccessLogService
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.assessments import AssessmentService, VisitService
from sopiva_desk.services.budgets import BudgetService
from sopiva_desk.services.case import CaseService
from sopiva_desk.services.catalogue import Catalogue, CatalogueError, pulled_catalogue
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.decisions import DecisionService
from sopiva_desk.services.demo import DEMO_DISPLAY_NAME
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.documents.organisation import Organisation, demo_organisation, unconfigured_organisation
from sopiva_desk.services.documents.queue import PrintQueueService
from sopiva_desk.services.documents.service import DocumentService
from sopiva_desk.services.drafts import DraftService
from sopiva_desk.services.letterhead import LetterheadService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.profile_settings import ProfileSettings
from sopiva_desk.services.profiles import ProfileSummary
from sopiva_desk.services.reviews import ReviewService
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.services.today import TodayService
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import SyncReference
from sopiva_desk.store.profiles import OpenedStore

log = logging.getLogger(__name__)


def pulled_templates(db: Database) -> list[tuple[str, Any]]:
    """Assessment templates that came from the central records by pull (name, body)."""
    with db.read() as session:
        rows = session.execute(select(SyncReference.name, SyncReference.version, SyncReference.body)
                               .where(SyncReference.kind == "assessment_template")).all()
    return [(f"{name} v{version} (central records)", body) for name, version, body in rows]


def newest_pulled_catalogue(db: Database) -> Catalogue | None:
    """The newest service catalogue (with its price list) from the central records, if one came
    and is sound; budgets made earlier keep the unit prices they were made with."""
    with db.read() as session:
        row = session.execute(select(SyncReference.version, SyncReference.body)
                              .where(SyncReference.kind == "service_catalogue")
                              .order_by(SyncReference.version.desc()).limit(1)).first()
    if row is None:
        return None
    try:
        return pulled_catalogue(row.body, f"service catalogue v{row.version} (central records)")
    except CatalogueError as err:
        log.warning("pulled catalogue left out: %s: %s", err.path, err.problem)
        return None


class Workspace:
    """An unlocked profile: its services, until ``close`` (lock) wipes the key."""

    def __init__(self, opened: OpenedStore, library: TemplateLibrary | None = None,
                 data_dir: Path | None = None) -> None:
        self._opened = opened
        self.profile = ProfileSummary(opened.profile.profile_id, opened.profile.display_name)
        self.actor = Actor(opened.profile.user_id, opened.profile.display_name)
        self.db = Database(opened.engine)
        self.clients = ClientService(self.db, self.actor)
        self.settings = ProfileSettings(self.db)
        self.drafts = DraftService(self.db, self.actor)
        self.templates = (library if library is not None else TemplateLibrary()).with_pulled(
            pulled_templates(self.db))
        self.access_log = AccessLogService(self.db, self.templates)
        self.visits = VisitService(self.db, self.actor)
        self.assessments = AssessmentService(self.db, self.actor, self.templates)
        self.decisions = DecisionService(self.db, self.actor)
        catalogue = newest_pulled_catalogue(self.db)  # None: the shipped one
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
        self.disclosures = DisclosureService(self.db, self.actor)
        self.closed = False

    def _organisation(self) -> Organisation:
        if self.letterhead is None:
            return demo_organisation() if self.demo else unconfigured_organisation()
        return self.letterhead.organisation(demo=self.demo)

    def close(self) -> None:
        if not self.closed:
            self._opened.close()
            self.closed = True
