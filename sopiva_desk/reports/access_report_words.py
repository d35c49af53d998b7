"""The access report's words in Finnish and Swedish (``reports/access_report.py``).

Kept here rather than in the Qt translations: the central server renders the same report and
has no Qt. The terms follow the app's own (fi/sv .ts files) where the app already names a thing.
A key the report does not know (a record type added later) is shown by a general word, never
as a technical key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Words:
    title: str
    client: str
    period: str
    source_caption: str
    sources: Mapping[str, str]
    made: str
    made_by: str  # {when} {who}
    explanation_laptop: str
    explanation_central: str
    listing_explained: str
    entries_heading: str  # {count}
    entry_headers: tuple[str, str, str, str]
    no_entries: str
    device: str  # {device}
    one_field: str
    fields: str  # {count}
    in_listing: str
    disclosures_heading: str  # {count}
    disclosures_explained: str
    disclosure_headers: tuple[str, str, str, str, str, str]
    no_disclosures: str
    footer: str  # {name} {made}
    page: str  # {page} {pages}
    actions: Mapping[str, str]
    record_types: Mapping[str, str]
    other_record: str
    purposes: Mapping[str, str]
    documents: Mapping[str, str]
    other_document: str
    bases: Mapping[str, str]
    methods: Mapping[str, str]

    def action(self, key: Any) -> str:
        return self.actions.get(str(key), str(key or ""))

    def record_type(self, key: Any) -> str:
        return self.record_types.get(str(key), self.other_record)

    def purpose(self, key: Any) -> str:
        return self.purposes.get(str(key or "client_work"), str(key))

    def document(self, key: Any) -> str:
        return self.documents.get(str(key), self.other_document)

    def basis(self, key: Any) -> str:
        return self.bases.get(str(key), str(key or ""))

    def method(self, key: Any) -> str:
        return self.methods.get(str(key), str(key or ""))


FI = Words(
    title="Selvitys asiakastietojen käytöstä ja luovutuksista",
    client="Asiakas",
    period="Ajanjakso",
    source_caption="Tiedot",
    sources={"laptop": "Tämän kannettavan tietokoneen lokitiedot",
             "central": "Keskitetyn asiakastietojärjestelmän lokitiedot"},
    made="Laadittu",
    made_by="{when}, laatija {who}",
    explanation_laptop=(
        "Tässä selvityksessä ovat kaikki merkinnät siitä, kuka on tällä kannettavalla tietokoneella katsonut, "
        "lisännyt, muuttanut, tulostanut tai vienyt asiakkaan tietoja valitulla ajanjaksolla, ja mihin "
        "tarkoitukseen. Muilla laitteilla tehdyt käsittelyt näkyvät keskitetyn järjestelmän selvityksessä."),
    explanation_central=(
        "Tässä selvityksessä ovat kaikki keskitettyyn asiakastietojärjestelmään kirjatut merkinnät siitä, kuka on "
        "katsonut, lisännyt, muuttanut, tulostanut tai vienyt asiakkaan tietoja valitulla ajanjaksolla, ja mihin "
        "tarkoitukseen, kaikilta laitteilta, jotka ovat lähettäneet lokinsa."),
    listing_explained=(
        "”Luettelossa” tarkoittaa, että asiakkaan nimi tai muita perustietoja näkyi luettelossa monen asiakkaan "
        "joukossa (esimerkiksi työntekijän asiakaslistalla tai tulostusjonossa); asiakkaan muita tietoja ei "
        "tällöin avattu."),
    entries_heading="Käsittelymerkinnät ({count})",
    entry_headers=("Milloin", "Kuka", "Mitä", "Käyttötarkoitus"),
    no_entries="Ajanjaksolla ei ole käsittelymerkintöjä.",
    device="laite: {device}",
    one_field="(1 tieto)",
    fields="({count} tietoa)",
    in_listing="Luettelossa",
    disclosures_heading="Tietojen luovutukset ({count})",
    disclosures_explained=(
        "Luovutukset ovat kertoja, jolloin asiakkaan tietoja tai asiakirjoja on annettu palvelujen ulkopuolelle, "
        "esimerkiksi toiselle viranomaiselle: mitä, kenelle, millä perusteella ja mihin käyttöön."),
    disclosure_headers=("Päivä", "Mitä luovutettiin", "Vastaanottaja", "Peruste", "Käyttötarkoitus", "Luovuttaja"),
    no_disclosures="Ajanjaksolla ei ole luovutuksia.",
    footer="{name} · selvitys laadittu {made}",
    page="Sivu {page} / {pages}",
    actions={"view": "Katsottu", "create": "Lisätty", "update": "Muutettu", "delete": "Poistettu",
             "print": "Tulostettu", "export": "Viety tiedostoon", "sync": "Synkronoitu",
             "resolve_conflict": "Synkronoinnin ristiriita ratkaistu", "purge": "Poistettu laitteelta"},
    record_types={"client": "Asiakkaan perustiedot", "close_person": "Läheinen", "visit": "Käynti",
                  "assessment": "Palvelutarpeen arvio", "decision_session": "Tuetun päätöksenteon kirjaus",
                  "client_plan": "Asiakassuunnitelma", "personal_budget": "Henkilökohtainen budjetti",
                  "plan_review": "Suunnitelman arviointi", "print_job": "Tulostusjono",
                  "disclosure": "Luovutusmerkinnät", "budget_overview": "Henkilökohtaisten budjettien yhteenveto",
                  "caseload": "Asiakaslista", "access_log": "Käyttöloki",
                  "sync_sent": "Lähetetty asiakastietojärjestelmään",
                  "sync_received": "Saatu asiakastietojärjestelmästä",
                  "access_report": "Selvitys tietojen käytöstä"},
    other_record="Muut asiakastiedot",
    purposes={"client_work": "Asiakastyö", "planning": "Suunnittelu", "decision_preparation": "Päätöksen valmistelu",
              "follow_up": "Seuranta", "administration": "Hallinto", "client_request": "Asiakkaan oma pyyntö"},
    documents={"client_plan": "Asiakassuunnitelma", "plain_plan": "Selkokielinen suunnitelma",
               "decision_record": "Tuetun päätöksenteon kirjaus",
               "assessment_summary": "Palvelutarpeen arvion yhteenveto",
               "budget_statement": "Henkilökohtaisen budjetin selvitys", "access_report": "Selvitys tietojen käytöstä"},
    other_document="Asiakirja",
    bases={"law": "Laki", "consent": "Asiakkaan suostumus"},
    methods={"paper": "paperilla", "electronic": "sähköisesti", "phone": "puhelimessa",
             "in_person": "suullisesti tapaamisessa"},
)

SV = Words(
    title="Redogörelse för användning och utlämnande av klientuppgifter",
    client="Klient",
    period="Period",
    source_caption="Uppgifter",
    sources={"laptop": "Loggen på den här bärbara datorn",
             "central": "Loggen i det centrala klientdatasystemet"},
    made="Upprättad",
    made_by="{when}, av {who}",
    explanation_laptop=(
        "Redogörelsen innehåller alla anteckningar om vem som på den här bärbara datorn har sett, lagt till, "
        "ändrat, skrivit ut eller exporterat klientens uppgifter under den valda perioden, och för vilket ändamål. "
        "Det som gjorts på andra enheter finns i redogörelsen från det centrala systemet."),
    explanation_central=(
        "Redogörelsen innehåller alla anteckningar i det centrala klientdatasystemet om vem som har sett, lagt "
        "till, ändrat, skrivit ut eller exporterat klientens uppgifter under den valda perioden, och för vilket "
        "ändamål, från alla enheter som har skickat sin logg."),
    listing_explained=(
        "”I en förteckning” betyder att klientens namn eller andra grunduppgifter syntes i en förteckning bland "
        "flera klienter (till exempel i arbetstagarens klientlista eller i utskriftskön); klientens övriga "
        "uppgifter öppnades inte då."),
    entries_heading="Anteckningar om användning ({count})",
    entry_headers=("När", "Vem", "Vad", "Ändamål"),
    no_entries="Inga anteckningar om användning under perioden.",
    device="enhet: {device}",
    one_field="(1 uppgift)",
    fields="({count} uppgifter)",
    in_listing="I en förteckning",
    disclosures_heading="Utlämnanden av uppgifter ({count})",
    disclosures_explained=(
        "Utlämnanden är tillfällen då klientens uppgifter eller handlingar har getts till någon utanför tjänsterna, "
        "till exempel en annan myndighet: vad, till vem, på vilken grund och för vilket ändamål."),
    disclosure_headers=("Dag", "Vad lämnades ut", "Mottagare", "Grund", "Ändamål", "Utlämnat av"),
    no_disclosures="Inga utlämnanden under perioden.",
    footer="{name} · redogörelsen upprättad {made}",
    page="Sida {page} / {pages}",
    actions={"view": "Visad", "create": "Tillagd", "update": "Ändrad", "delete": "Borttagen",
             "print": "Utskriven", "export": "Exporterad till fil", "sync": "Synkroniserad",
             "resolve_conflict": "Synkroniseringskonflikt löst", "purge": "Borttagen från enheten"},
    record_types={"client": "Klientens grunduppgifter", "close_person": "Närstående", "visit": "Besök",
                  "assessment": "Bedömning av servicebehovet",
                  "decision_session": "Anteckning om stött beslutsfattande",
                  "client_plan": "Klientplan", "personal_budget": "Personlig budget",
                  "plan_review": "Utvärdering av planen", "print_job": "Utskriftskö",
                  "disclosure": "Anteckningar om utlämnanden", "budget_overview": "Översikt över personliga budgetar",
                  "caseload": "Klientlista", "access_log": "Användningslogg",
                  "sync_sent": "Skickad till klientdatasystemet",
                  "sync_received": "Mottagen från klientdatasystemet",
                  "access_report": "Redogörelse för användning av uppgifter"},
    other_record="Övriga klientuppgifter",
    purposes={"client_work": "Klientarbete", "planning": "Planering", "decision_preparation": "Beredning av beslut",
              "follow_up": "Uppföljning", "administration": "Administration",
              "client_request": "Klientens egen begäran"},
    documents={"client_plan": "Klientplan", "plain_plan": "Lättläst plan",
               "decision_record": "Anteckning om stött beslutsfattande",
               "assessment_summary": "Sammandrag av servicebehovsbedömningen",
               "budget_statement": "Redogörelse för den personliga budgeten",
               "access_report": "Redogörelse för användning av uppgifter"},
    other_document="Handling",
    bases={"law": "Lag", "consent": "Klientens samtycke"},
    methods={"paper": "på papper", "electronic": "elektroniskt", "phone": "per telefon",
             "in_person": "muntligt vid möte"},
)

WORDS: dict[str, Words] = {"fi": FI, "sv": SV}
