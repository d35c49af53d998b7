"""Opening an assessment in the app: service read + generating the form from the full default
template, until the page reports it shown (offscreen, store work inline)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.stats import summary_ms
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import keys


def run(repeats: int = 40) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from sopiva_desk.gui.context import AppContext
    from sopiva_desk.gui.pages.assessment import AssessmentPage
    from sopiva_desk.gui.tasks import ImmediateTaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-p-") as tmp:
        fast = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
        profiles = ProfileService(Path(tmp), kdf=fast)
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        ws = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        client_ids = ws.clients.create_clients([c for c, _ in demo.demo_clients(repeats)])
        ids = []
        for client_id in client_ids:
            found = ws.assessments.start(client_id, "vammaispalvelut-pta")
            ws.assessments.answer(found.id, "housing.client_view", "Asun yksin. " * 20)
            ids.append(found.id)
        context = AppContext(profiles, ImmediateTaskRunner())
        context.set_workspace(ws)
        samples = []
        for assessment_id in ids:
            page = AssessmentPage(context)  # a fresh page: the form is generated every time
            page.resize(1366, 768)
            page.show()
            t = time.perf_counter()
            page.open_assessment(assessment_id)
            app.processEvents()
            samples.append(time.perf_counter() - t)
            page.close()
            page.deleteLater()
        ws.close()
    return summary_ms(samples)
