"""A demo profile with fictional clients across Etelä-Savo, for trying the app and for training.

All people are invented. Identity codes use individual numbers 900–999 (the range for
temporary and test codes), so no demo code belongs to a registered person.

Besides the caseload, the demo counsellor's own clients have case work in every phase: visits,
needs assessments and decision-making sessions (``demo_casework``). It is all seeded, so two
demo profiles tell the same story.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sopiva_desk.domain import hetu
from sopiva_desk.domain.clients import ClientStatus, CloseRole, CommunicationMethod
from sopiva_desk.services.profiles import ProfileService, ProfileSummary

if TYPE_CHECKING:  # the workspace, and with it the database stack, is loaded only when seeding
    from sopiva_desk.services.workspace import Workspace

DEMO_DISPLAY_NAME = "Eeva Esimerkki (demo)"
# A colleague in the same unit: the own worker of some of the demo clients, whose laptop holds
# those clients too (the second demo profile, see demo_central).
COLLEAGUE_NAME = "Sanna Laitinen"
COLLEAGUE_DISPLAY_NAME = f"{COLLEAGUE_NAME} (demo)"
DEMO_PASSPHRASE = "sopiva-demo-2026"
DEMO_CLIENTS = 200

# Municipality code -> (weight ~ population, postal code, post office)
_PLACES: dict[str, tuple[int, str, str]] = {
    "491": (52, "50100", "Mikkeli"),
    "740": (32, "57100", "Savonlinna"),
    "593": (18, "76100", "Pieksämäki"),
    "507": (9, "52700", "Mäntyharju"),
    "178": (6, "51900", "Juva"),
    "213": (5, "51200", "Kangasniemi"),
    "681": (4, "58900", "Rantasalmi"),
    "097": (2, "52550", "Hirvensalmi"),
    "768": (3, "58700", "Sulkava"),
    "623": (2, "52200", "Puumala"),
    "046": (1, "58175", "Enonkoski"),
}
_FIRST_F = ["Aino", "Helmi", "Eevi", "Ella", "Sanni", "Noora", "Kaisa", "Tiina", "Marjatta", "Liisa",
            "Sirpa", "Päivi", "Hanna", "Anni", "Siiri", "Elsa", "Iida", "Jenni", "Katja", "Minna"]
_FIRST_M = ["Eino", "Väinö", "Onni", "Juho", "Matti", "Pekka", "Antti", "Jari", "Timo", "Mikko",
            "Ville", "Lauri", "Olli", "Tapio", "Eero", "Aleksi", "Joonas", "Sami", "Heikki", "Jussi"]
_FIRST_SV = ["Elin", "Ebba", "Hugo", "Axel", "Maja", "Oskar", "Stina", "Linnea"]
_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laitinen", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen", "Savolainen", "Pesonen", "Kärkkäinen", "Hyvönen", "Tikkanen", "Väisänen",
         "Kettunen", "Mikkonen", "Pulkkinen", "Rautiainen", "Hiltunen", "Kinnunen", "Räsänen", "Turunen",
         "Miettinen", "Häkkinen", "Ruotsalainen", "Lyytikäinen", "Pölönen", "Öhman"]
_LAST_SV = ["Lindqvist", "Sjöberg", "Holmström", "Åberg", "Forsman", "Nyström"]
_STREETS = ["Kirkkotie", "Koulutie", "Rantatie", "Mäkitie", "Puistokatu", "Savilahdenkatu", "Porrassalmenkatu",
            "Koivukuja", "Harjutie", "Peltotie", "Järvitie", "Myllytie", "Kuusitie", "Asemantie"]
_NOTES_FI = [
    "Puhun hitaasti. Anna minulle aikaa vastata.",
    "Ymmärrän parhaiten, kun puhut selkokieltä ja yksi asia kerrallaan.",
    "Kuvat auttavat minua, kun asia on uusi. Näytä kuva ja kerro sitten.",
    "Käytän puhelaitetta. Odota, että saan lauseen valmiiksi.",
    "Käytä tukiviittomia puheen kanssa. Katso minua, kun puhut.",
    "Tarvitsen viittomakielen tulkin tapaamisiin.",
    "Väsyn helposti. Lyhyet tapaamiset aamupäivällä sopivat minulle parhaiten.",
    "Äiti auttaa minua kertomaan asioista, mutta kysy ensin minulta.",
    "Näytän peukalolla: ylös on hyvä, alas ei hyvä.",
    "Kirjoita tärkeät asiat paperille, niin muistan ne.",
]
_NOTES_SV = [
    "Jag förstår bäst när du talar lättläst svenska och en sak i taget.",
    "Bilder hjälper mig. Visa bilden först och berätta sedan.",
    "Ge mig tid att svara. Jag pratar långsamt.",
]
_RELATIONS_FI = ["äiti", "isä", "sisko", "veli", "puoliso", "ystävä", "naapuri", "täti"]
_RELATIONS_SV = ["mamma", "pappa", "syster", "bror", "make", "vän"]
_WORKERS = [DEMO_DISPLAY_NAME, DEMO_DISPLAY_NAME, DEMO_DISPLAY_NAME, COLLEAGUE_DISPLAY_NAME, "Jukka Hirvonen"]


_FEMALE_SV = ["Elin", "Ebba", "Maja", "Stina", "Linnea"]
_MALE_SV = ["Hugo", "Axel", "Oskar"]
_FEMALE_RELATIONS = {"äiti", "sisko", "täti", "tytär", "mamma", "syster", "dotter"}
_MALE_RELATIONS = {"isä", "veli", "poika", "pappa", "bror", "son", "make"}
# An older client's close person is more likely a grown-up child than a parent.
_OLDER_RELATION = {"äiti": "tytär", "isä": "poika", "täti": "serkku", "mamma": "dotter", "pappa": "son"}


def swedish_pronoun(first_name: str) -> str:
    """"han" or "hon" for a Swedish-speaking demo client."""
    return "hon" if first_name in _FEMALE_SV else "han"


def _relation_for_age(relation: str, birth: date) -> str:
    return _OLDER_RELATION.get(relation, relation) if birth.year < 1971 else relation


def _name_for_relation(name: str, relation: str) -> str:
    """A first name that fits the relation (a sister is not called Timo). Maps the drawn name
    instead of drawing again, so the random sequence, and every other demo value, stays the same."""
    for female, male in ((_FIRST_F, _FIRST_M), (_FEMALE_SV, _MALE_SV)):
        if relation in _FEMALE_RELATIONS and name in male:
            return female[male.index(name) % len(female)]
        if relation in _MALE_RELATIONS and name in female:
            return male[female.index(name) % len(male)]
    return name


def _phone(rng: random.Random) -> str:
    return f"{rng.choice(['040', '044', '050'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _sign(rng: random.Random, year: int) -> str:
    if year >= 2000:
        return rng.choice(["A", "A", "B", "C"])
    return rng.choice(["-", "-", "-", "Y", "X"])


def _municipality_quota(count: int) -> list[str]:
    """Municipality codes for ``count`` clients: by population, but at least 3 in every
    municipality (when count allows), so even Puumala and Enonkoski have clients to find."""
    total = sum(weight for weight, _, _ in _PLACES.values())
    floor = 3 if count >= 3 * len(_PLACES) else 0
    quota = {code: max(floor, round(weight * count / total)) for code, (weight, _, _) in _PLACES.items()}
    largest = max(quota, key=quota.__getitem__)
    quota[largest] += count - sum(quota.values())
    return [code for code, n in quota.items() for _ in range(n)]


def demo_clients(count: int = DEMO_CLIENTS, seed: int = 2026) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Deterministic fictional clients with their close persons."""
    rng = random.Random(seed)
    towns = _municipality_quota(count)
    rng.shuffle(towns)
    used: set[str] = set()
    for municipality in towns:
        swedish = rng.random() < 0.06
        female = rng.random() < 0.5
        if swedish:
            first = rng.choice(_FIRST_SV)
            last = rng.choice(_LAST_SV)
        else:
            first = rng.choice(_FIRST_F if female else _FIRST_M)
            if rng.random() < 0.3:
                names = _FIRST_F if female else _FIRST_M
                second = rng.choice(names)
                if second == first:  # not "Minna Minna"; mapped rather than drawn again (see _name_for_relation)
                    second = names[(names.index(second) + 1) % len(names)]
                first += " " + second
            last = rng.choice(_LAST)
        birth = date(1942, 1, 1) + timedelta(days=rng.randint(0, 365 * 64))
        _, postal, office = _PLACES[municipality]
        client: dict[str, Any] = {
            "first_names": first, "last_name": last, "language": "sv" if swedish else "fi",
            "municipality_code": municipality, "street_address": f"{rng.choice(_STREETS)} {rng.randint(1, 40)}",
            "postal_code": postal, "post_office": office, "phone": _phone(rng) if rng.random() < 0.8 else "",
            "own_worker": rng.choice(_WORKERS),
            "status": rng.choices([s.value for s in ClientStatus], [12, 70, 8, 10])[0],
        }
        if rng.random() < 0.9:
            while True:
                code = hetu.make(birth, rng.randint(900, 999), sign=_sign(rng, birth.year))
                if code not in used:
                    used.add(code)
                    break
            client["hetu"] = code
        else:
            client["temporary_id"] = f"TMP-DEMO-{rng.randint(1000, 9999)}"
            client["birth_date"] = birth
        methods = {CommunicationMethod.SPEECH.value} if rng.random() < 0.7 else set()
        methods.update(rng.sample([m.value for m in CommunicationMethod if m != CommunicationMethod.OTHER],
                                  rng.randint(0, 2)))
        client["communication_methods"] = sorted(methods)
        client["communication_notes"] = rng.choice(_NOTES_SV if swedish else _NOTES_FI)
        persons = []
        for _ in range(rng.randint(1, 3)):
            roles = []
            if rng.random() < 0.25:
                roles.append(CloseRole.GUARDIAN.value)
            if rng.random() < 0.4:
                roles.append(CloseRole.SUPPORTER.value)
            if rng.random() < 0.3:
                roles.append(CloseRole.PLAN_TASK.value)
            relation = _relation_for_age(rng.choice(_RELATIONS_SV if swedish else _RELATIONS_FI), birth)
            person_first = _name_for_relation(rng.choice(_FIRST_SV if swedish else _FIRST_F + _FIRST_M), relation)
            persons.append({"name": f"{person_first} {last if rng.random() < 0.7 else rng.choice(_LAST)}",
                            "relation": relation, "phone": _phone(rng), "roles": roles})
        yield client, persons


# Steps of creating the demo profile, reported to ``progress`` (the start-up window names them),
# and of connecting it to the demo's central records afterwards (demo_central).
STEP_PROFILE, STEP_CLIENTS, STEP_CASEWORK = "profile", "clients", "casework"
STEPS = (STEP_PROFILE, STEP_CLIENTS, STEP_CASEWORK)
STEP_CENTRAL, STEP_COLLEAGUE = "central", "colleague"
SETUP_STEPS = (*STEPS, STEP_CENTRAL, STEP_COLLEAGUE)


def _no_progress(step: str) -> None:
    del step


def seed(workspace: Workspace, count: int = DEMO_CLIENTS, *, today: date | None = None,
         progress: Callable[[str], None] = _no_progress) -> int:
    """Add ``count`` demo clients, and the case work of the user's own ones, to an unlocked
    workspace; returns how many clients were added."""
    from sopiva_desk.services.demo_casework import seed_casework  # imports the database stack

    workspace.settings.mark_demo()  # fictional clients: documents carry the demo letterhead
    workspace.demo = True
    progress(STEP_CLIENTS)
    pairs = list(demo_clients(count))
    ids = workspace.clients.create_clients([c for c, _ in pairs], close_persons=[p for _, p in pairs])
    progress(STEP_CASEWORK)
    seed_casework(workspace, [(cid, c, p) for cid, (c, p) in zip(ids, pairs, strict=True)], today=today)
    return len(pairs)


def find_demo_profile(profiles: ProfileService) -> ProfileSummary | None:
    return next((p for p in profiles.profiles() if p.display_name == DEMO_DISPLAY_NAME), None)


def ensure_demo_profile(profiles: ProfileService, count: int = DEMO_CLIENTS, *,
                        today: date | None = None, progress: Callable[[str], None] = _no_progress) -> ProfileSummary:
    """The demo profile, created and filled on first use (``progress`` hears each of ``STEPS``)."""
    found = find_demo_profile(profiles)
    if found is not None:
        return found
    with open_demo_profile(profiles, count, today=today, progress=progress) as workspace:
        return workspace.profile


@contextmanager
def open_demo_profile(profiles: ProfileService, count: int = DEMO_CLIENTS, *, today: date | None = None,
                      progress: Callable[[str], None] = _no_progress) -> Iterator[Workspace]:
    """The demo profile unlocked (closed after the block), created and filled first if missing."""
    found = find_demo_profile(profiles)
    created = found is None
    if found is None:
        progress(STEP_PROFILE)
        found = profiles.create_profile(DEMO_DISPLAY_NAME, DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profiles.unlock(found.profile_id, DEMO_PASSPHRASE)
    try:
        if created:
            seed(workspace, count, today=today, progress=progress)
        yield workspace
    finally:
        workspace.close()
