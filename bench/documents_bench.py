"""Document benchmarks (issue 6): building a six-page official client plan (median ≤ 300 ms) and
the plain-language plan with pictograms (median ≤ 500 ms).

One agreed plan is written through PlanService with demo-like texts (five goals, two supports
each, a role map, the situation in five life domains) in a throw-away profile; it comes to
exactly six A4 pages, which is asserted. ``DocumentService.gather`` runs once; the measured
step is ``DocumentService.build`` (reportlab layout + PDF in memory), as the GUI's worker runs
it, after one warm-up build (fonts registered, modules imported).

Run: ``python -m bench documents`` (or ``python -m bench.documents_bench``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
import uuid
from datetime import date
from typing import Any

from bench.fixtures import bench_workspace
from bench.stats import spread
from sopiva_desk.services.documents import DocumentService
from sopiva_desk.services.workspace import Workspace

PAGES = 6
TODAY = date(2026, 11, 22)
_SITUATION = {
    "everyday_life": "Asiakkaan oma näkemys, omin sanoin: ”Osaan keittää kahvia ja tehdä voileivän. Pyykit on "
                     "vaikeita.”\n\nAmmattilaisen arvio: Asiakas on omatoiminen tutuissa tilanteissa. "
                     "Monivaiheisissa tehtävissä, kuten ruoanlaitossa ja kaupassa, hän tarvitsee ohjausta.",
    "housing": "Asiakkaan oma näkemys, omin sanoin: ”Haluan oman kodin. Oma keittiö ja oma rauha.”\n\n"
               "Läheisten näkemys: Tiina Hyvönen (täti) pitää muuttoa hyvänä ajatuksena, mutta on huolissaan "
               "siitä, miten asiakas pärjää iltaisin yksin.",
    "work_study": "Asiakas käy työtoiminnassa kolmena päivänä viikossa ja viihtyy siellä. Ohjaajan mukaan hän "
                  "on täsmällinen ja huolellinen. Tuetun työn mahdollisuudet selvitetään myöhemmin.",
    "leisure": "Pelaa salibandyä ja käy konserteissa, kun kyyti järjestyy. Haluaa harrastaa kaverin kanssa.",
    "relationships": "Tiivis suhde tätiin ja kahteen kaveriin työtoiminnasta. Äiti asuu Savonlinnassa.",
}
_GOALS = (
    ("Haluan muuttaa omaan kotiin.", "housing", "sd-coaching", "160"),
    ("Haluan pelata salibandyä kaverin kanssa.", "leisure", "sd-inclusion-support", "40"),
    ("Haluan käydä kaupassa itse.", "everyday_life", "sd-coaching", "60"),
    ("Haluan päästä konsertteihin.", "mobility", "sd-mobility-support", "48"),
    ("Haluan kokeilla oikeaa työtä.", "work_study", "sd-coaching", "30"),
)


def write_plan(workspace: Workspace, goals: int = len(_GOALS)) -> uuid.UUID:
    """An agreed plan written as a counsellor writes it (see the module doc)."""
    client_id = workspace.clients.create_client({
        "first_names": "Mikko Juhani", "last_name": "Nieminen", "hetu": "140505A907L", "municipality_code": "491",
        "language": "fi", "street_address": "Myllytie 22", "postal_code": "50100", "post_office": "Mikkeli"})
    plans = workspace.plans
    plan_id = plans.start_draft(client_id).id
    fields: dict[str, Any] = {
        "meeting_date": "2026-11-20", "meeting_place": "Asiakkaan koti, Mikkeli",
        "participants": [{"name": "Mikko Nieminen", "relation": "asiakas"},
                         {"name": "Tiina Hyvönen", "relation": "täti"},
                         {"name": "Eeva Esimerkki", "relation": "omatyöntekijä"}],
        "communication": "Selkokieli, kuvat ja kolmen kohdan ohjeet. Asiat kerrotaan yksi kerrallaan.",
        "how_will_found": "Asiakas valitsi kuvakorteista itselleen tärkeimmät asiat ja kertoi omin sanoin, mitä "
                          "haluaa.",
        "current_services": "Työtoiminta neljä päivää viikossa. Kuljetuspalvelu työtoimintaan.",
        "support_need_client": "”Tarvitsen apua ruoan ja rahojen kanssa. Muuten pärjään.”",
        "support_need_close_persons": "Tiina Hyvönen arvioi, että asiakas tarvitsee aluksi ohjausta joka päivä.",
        "support_need_professional": "Asiakkaalla on pitkäaikainen tuen tarve asumisessa, arjen toimissa ja "
                                     "raha-asioissa (vammaispalvelulaki 675/2023).",
        "strengths": "Sosiaalinen, täsmällinen ja tarkka. Pitää musiikista ja salibandystä.",
        "earlier_goals": "Ei aiempaa suunnitelmaa.", "self_determination": "Ei erityisiä toimenpiteitä.",
        "differing_views": [{"who": "Tiina Hyvönen (täti)", "view": "Muutto on vielä liian aikaista."}],
        "rights_explained": True, "rights_explained_how": "Selkokielisen esitteen ja kuvien avulla.",
        "review_date": "2027-05-20",
        **{f"situation/{domain}": text for domain, text in _SITUATION.items()},
    }
    for key, value in fields.items():
        plans.set_field(plan_id, key, value)
    for words, domain, code, quantity in _GOALS[:goals]:
        goal_id = plans.add_goal(plan_id, {"client_words": words, "life_domain": domain, "pictogram": "1F3E0",
                                           "indicator": "Asiakas kertoo arvioinnissa, että asia onnistuu.",
                                           "target_date": "2027-08-20"}).content["goals"][-1]["id"]
        plans.add_support(plan_id, goal_id, {
            "description": "Valmennus ja ohjaus tavoitteeseen", "provider_kind": "service_provider",
            "provider_name": "Arjen Taito Oy", "service_code": code, "arranging_method": "personal_budget",
            "client_proposal": "Valmentaja kotiin kaksi kertaa viikossa, iltapäivisin työtoiminnan jälkeen.",
            "quantity": quantity, "start_date": "2026-12-01"})
        plans.add_support(plan_id, goal_id, {
            "description": "Tuki ja kannustus arjessa", "provider_kind": "close_person",
            "provider_name": "Tiina Hyvönen", "arranging_method": "informal_support",
            "client_proposal": "Tiina käy kerran viikossa.", "duration_months": "12"})
    plans.add_role(plan_id, {"name": "Mikko Nieminen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi suunnitelmaa"]})
    plans.add_role(plan_id, {"name": "Tiina Hyvönen", "role": "close_person", "relation": "täti",
                             "tasks": ["Tukee arjessa", "Mukana arvioinnissa"]})
    plans.add_role(plan_id, {"name": "Arjen Taito Oy", "role": "provider", "tasks": ["Valmennus kotona"]})
    plans.agree(plan_id, date(2026, 11, 20))
    return plan_id


def _median_ms(documents: DocumentService, kind: str, plan_id: uuid.UUID, repeats: int) -> dict[str, Any]:
    source = documents.gather(kind, plan_id)
    pages = documents.build(source).pages  # warm-up: fonts, imports
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        documents.build(source)
        samples.append((time.perf_counter() - started) * 1000)
    return {**spread(samples), "pages": pages}


def plain_plan_available() -> bool:
    return importlib.util.find_spec("sopiva_desk.services.documents.plain_plan") is not None


def run(repeats: int = 15) -> dict[str, Any]:
    with bench_workspace("sopiva-docs-bench-") as workspace:
        plan_id = write_plan(workspace)
        documents = DocumentService(workspace.db, workspace.actor, workspace.templates, today=lambda: TODAY)
        results: dict[str, Any] = {"client_plan": _median_ms(documents, "client_plan", plan_id, repeats)}
        pages = results["client_plan"]["pages"]
        assert pages == PAGES, f"the benchmark plan should be {PAGES} pages, it is {pages}"
        if plain_plan_available():
            results["plain_plan"] = _median_ms(documents, "plain_plan", plan_id, repeats)
        else:
            results["plain_plan"] = {"skipped": "sopiva_desk/services/documents/plain_plan.py does not exist yet"}
        return results


if __name__ == "__main__":
    print(json.dumps(run(5 if "--quick" in sys.argv else 15), indent=2))
