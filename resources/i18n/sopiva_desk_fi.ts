<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../sopiva_desk/gui/controller.py" line="+196"/>
        <source>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Vammaispalvelujen palveluohjaajien asiakastyöhön ilman verkkoyhteyttä.&lt;/p&gt;&lt;p&gt;Asiakastiedot säilytetään salattuina tällä tietokoneella (SQLCipher 4, AES-256), ja sovellus lukittuu itsestään, kun sitä ei käytetä.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kuvasymbolit: OpenMoji, avoimen lähdekoodin emoji- ja ikoniprojekti ({url}). Lisenssi: {license_link}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Sopiva Desk</source>
        <translation>Tietoja Sopiva Desk -sovelluksesta</translation>
    </message>
</context>
<context>
    <name>AddClosePersonDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/close_person.py" line="+46"/>
        <source>Add close person</source>
        <translation>Lisää läheinen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. mother, brother, friend, trustee</source>
        <translation>esim. äiti, veli, ystävä, edunvalvoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AmendAssessmentDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/amend_assessment.py" line="+35"/>
        <source>Amend assessment</source>
        <translation>Muuta arviota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</source>
        <translation>Valmista arviota ei muuteta. Muuttaminen luo uuden version, jossa on samat vastaukset. Uusi versio on luonnos, jota voit muokata ja jonka voit merkitä uudelleen valmiiksi. Syy tallennetaan jokaiseen uudessa versiossa tehtyyn muutokseen ja näkyy muutoshistoriassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “The client told more about their need for support on 3.2.”</source>
        <translation>esim. ”Asiakas kertoi 3.2. tarkemmin tuen tarpeestaan.”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the change (required)</source>
        <translation>Muutoksen syy (pakollinen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make new version</source>
        <translation>Luo uusi versio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/assessment_history.py" line="+39"/>
        <source>History of changes</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Kaikki arvion ”{title}” vastauksiin tehdyt muutokset, uusimmat ensin. Uudessa versiossa tehtyjen muutosten kohdalla näkyy syy, joka annettiin uutta versiota luotaessa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All fields</source>
        <translation>Kaikki kentät</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Näytä muutokset:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answers have been changed yet.</source>
        <translation>Vastauksia ei ole vielä muutettu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen change in full</source>
        <translation>Valittu muutos kokonaisuudessaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a change to see the whole old and new answer.</source>
        <translation>Valitse muutos, niin näet koko vanhan ja uuden vastauksen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{when} · {who} · version {version}</source>
        <translation>{when} · {who} · versio {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before:</source>
        <translation>Ennen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After:</source>
        <translation>Jälkeen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the change: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/assessment_history_model.py" line="+42"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/assessment_list_model.py" line="+30"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Lomakepohja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{title}, template version {version}</source>
        <translation>{title}, lomakepohjan versio {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/section_navigator.py" line="+30"/>
        <source>Done: every required answer is given</source>
        <translation>Valmis: kaikki pakolliset vastaukset on annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: required answers are missing</source>
        <translation>Aloitettu: pakollisia vastauksia puuttuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Ei aloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: an answer was not accepted</source>
        <translation>Tarkista: vastausta ei hyväksytty</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/assessment.py" line="+105"/>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the answers: who, when, old and new</source>
        <translation>Kaikki vastauksiin tehdyt muutokset: kuka, milloin, vanha ja uusi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend…</source>
        <translation>Muuta arviota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new version to change a completed assessment</source>
        <translation>Luo uusi versio, jotta voit muuttaa valmista arviota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the required answers and lock the assessment (Ctrl+Enter)</source>
        <translation>Tarkista pakolliset vastaukset ja lukitse arvio (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers to give before completing</source>
        <translation>Vastaukset, jotka on annettava ennen valmiiksi merkitsemistä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sections</source>
        <translation>&amp;Osiot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down ja Ctrl+Page Up siirtävät osiosta toiseen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Assessment of {name}</source>
        <translation>Arvio: {name}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/section_navigator.py" line="+3"/>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>aloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>ei aloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check</source>
        <translation>tarkista</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/assessment.py" line="+19"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Completed on {date}</source>
        <translation>Valmistui {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded by a newer version</source>
        <translation>Korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} · {status}</source>
        <translation>Versio {number} · {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the change: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed and locked. To change an answer, choose Amend… and give the reason.</source>
        <translation>Valmis ja lukittu. Jos haluat muuttaa vastausta, valitse Muuta arviota… ja kirjoita syy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer version replaces this one. It is kept as it was and cannot be changed.</source>
        <translation>Uudempi versio korvaa tämän version. Tämä säilytetään sellaisenaan, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>{field}: not accepted</source>
        <translation>{field}: ei hyväksytty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some answers were not accepted. Correct them, then complete again.</source>
        <translation>Joitakin vastauksia ei hyväksytty. Korjaa ne ja merkitse arvio sitten uudelleen valmiiksi.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n required answer(s) missing. Choose one to go to it.</source>
        <translation>
            <numerusform>%n pakollinen vastaus puuttuu. Siirry siihen valitsemalla se.</numerusform>
            <numerusform>%n pakollista vastausta puuttuu. Siirry vastaukseen valitsemalla se.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every required answer is given. You can complete the assessment now.</source>
        <translation>Kaikki pakolliset vastaukset on annettu. Voit nyt merkitä arvion valmiiksi.</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/assessment_problems.py" line="+63"/>
        <source>Go to this field</source>
        <translation>Siirry tähän kenttään</translation>
    </message>
</context>
<context>
    <name>CasePhase</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="+43"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Toteutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/caseload_model.py" line="+275"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/caseload.py" line="+178"/>
        <location line="+12"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a client ({shortcut})</source>
        <translation>Lisää asiakas ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, identity code or municipality</source>
        <translation>Hae nimellä, henkilötunnuksella tai kunnalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</source>
        <translation>Kirjoita mikä tahansa osa nimestä, henkilötunnuksesta, syntymäajasta tai kunnasta. Jos kirjoitat useita sanoja, kaikkien on täsmättävä. ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality filter</source>
        <translation>Suodata kunnan mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Suodata tilan mukaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown}/{total} asiakasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client list could not be loaded.</source>
        <translation>Asiakaslistaa ei voitu ladata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading clients…</source>
        <translation>Ladataan asiakkaita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients yet.

Add the first one with “New client…” ({shortcut}).</source>
        <translation>Asiakkaita ei ole vielä.

Lisää ensimmäinen painamalla ”Uusi asiakas…” ({shortcut}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</source>
        <translation>Haulla ei löytynyt asiakkaita.

Tarkista kirjoitusasu tai tyhjennä haku (Esc) ja suodattimet.</translation>
    </message>
</context>
<context>
    <name>ClientAssessmentsWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="+109"/>
        <source>Start &amp;visit…</source>
        <translation>Aloita &amp;käynti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a home visit, remote visit, phone call or office visit with this client</source>
        <translation>Aloita kotikäynti, etäkäynti, puhelu tai toimistokäynti tämän asiakkaan kanssa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue visit</source>
        <translation>&amp;Jatka käyntiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the visit that is still open</source>
        <translation>Palaa käyntiin, joka on vielä auki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Uusi arvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a service-needs assessment without a visit</source>
        <translation>Aloita palvelutarpeen arvio ilman käyntiä</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assessments</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Press Enter to open the selected assessment.</source>
        <translation>Uusin ensin. Avaa valittu arvio painamalla Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click an assessment or press Enter to open it.</source>
        <translation>Avaa arvio kaksoisnapsauttamalla tai painamalla Enter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Supported decision-making</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;decision-making session</source>
        <translation>Uusi tuettu &amp;päätöksenteko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a supported decision-making session without a visit</source>
        <translation>Aloita tuetun päätöksenteon kirjaus ilman käyntiä</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision-making sessions</source>
        <translation>Tuetun päätöksenteon kirjaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Press Enter to open the selected session.</source>
        <translation>Uusin ensin. Avaa valittu kirjaus painamalla Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a session or press Enter to open it.</source>
        <translation>Avaa kirjaus kaksoisnapsauttamalla tai painamalla Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision-making sessions yet.</source>
        <translation>Tuetun päätöksenteon kirjauksia ei vielä ole.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{way}, {date}</source>
        <translation>{way}, {date}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Phase: {phase}</source>
        <translation>Vaihe: {phase}</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <location filename="../../ui/client_details.ui" line="+49"/>
        <source>Person</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Temporary identifier</source>
        <translation>Väliaikainen tunniste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a random identifier for a client whose identity code is not known</source>
        <translation>Luo satunnainen tunniste asiakkaalle, jonka henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate</source>
        <translation>Luo</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comes from the identity code.</source>
        <translation>Saatu henkilötunnuksesta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Which language</source>
        <translation>Mikä kieli</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Address and phone</source>
        <translation>Osoite ja puhelin</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Postal code and post office</source>
        <translation>Postinumero ja -toimipaikka</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete client…</source>
        <translation>Poista asiakas…</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/access_log_model.py" line="+22"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary identifier</source>
        <translation>Väliaikainen tunniste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which language</source>
        <translation>Mikä kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="+212"/>
        <source>Communication methods</source>
        <translation>Viestintätavat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I communicate</source>
        <translation>Miten viestin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed</source>
        <translation>Katselu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Lisäys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client file</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{record}: {fields}</source>
        <translation>{record}: {fields}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="-112"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Close persons</source>
        <translation>Läheiset</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Communication</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits and assessments</source>
        <translation>Käynnit ja arviot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>← Clients</source>
        <translation>← Asiakkaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Takaisin asiakaslistaan (Alt+Vasen nuoli tai Esc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click a name, relation or phone number to change it. Changes are saved automatically.</source>
        <translation>Voit muuttaa nimeä, suhdetta tai puhelinnumeroa kaksoisnapsauttamalla sitä. Muutokset tallentuvat automaattisesti.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add close person…</source>
        <translation>Lisää läheinen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Remove the selected close person</source>
        <translation>Poista valittu läheinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+264"/>
        <source>Roles of the selected person</source>
        <translation>Valitun henkilön roolit</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+7"/>
        <source>How I communicate and how to support me</source>
        <translation>Miten viestin ja miten minua voi tukea</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</source>
        <translation>Asiakkaan omin sanoin, esim. ”Ymmärrän parhaiten, kun näytät minulle kuvan.”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everyone who has viewed or changed this client&apos;s data, newest first. The client has the right to see this log.</source>
        <translation>Kaikki, jotka ovat katselleet tai muuttaneet tämän asiakkaan tietoja, uusimmat ensin. Asiakkaalla on oikeus nähdä tämä loki.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (ei enää kunta)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Delete client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</source>
        <translation>Poistetaanko asiakkaan {name} tiedot? Asiakas ja hänen läheisensä poistuvat asiakaslistaltasi. Poisto kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Roles of {name}</source>
        <translation>Henkilön {name} roolit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} – {field}: {reason}</source>
        <translation>{name} – {field}: {reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove close person</source>
        <translation>Poista läheinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the close persons of this client?</source>
        <translation>Poistetaanko henkilö {name} tämän asiakkaan läheisistä?</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/sorting.py" line="+67"/>
        <source>All cards are sorted.</source>
        <translation>Kaikki kortit on lajiteltu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</source>
        <translation>Paina 1, jos hyvä. Paina 2, jos et tiedä. Paina 3, jos ei hyvä. Paina 0, niin kortti palaa takaisin. Nuolilla siirryt kortista toiseen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cards to sort</source>
        <translation>Lajiteltavat kortit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column: {name}</source>
        <translation>Sarake: {name}</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Card: {title}. In column: {column}.</source>
        <translation>Kortti: {title}. Sarakkeessa: {column}.</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/texts.py" line="+14"/>
        <location line="+11"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not sure</source>
        <translation>En tiedä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not good</source>
        <translation>Ei hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sorted yet</source>
        <translation>Ei vielä valittu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very bad</source>
        <translation>Tosi huono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Huono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Ihan ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very good</source>
        <translation>Tosi hyvä</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/wellbeing.py" line="+39"/>
        <source>Choice {number} of {count}</source>
        <translation>Vaihtoehto {number}/{count}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Press a number from 1 to 5, or use the arrow keys and Enter.</source>
        <translation>Paina numeroa 1–5. Tai valitse nuolilla ja paina Enter.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You chose: {answer}</source>
        <translation>Valitsit: {answer}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/leave.py" line="+25"/>
        <source>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</source>
        <translation>Paina ja pidä pohjassa {seconds} sekuntia. Tai pidä Esc-näppäintä pohjassa {seconds} sekuntia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to the counsellor&apos;s view</source>
        <translation>Takaisin ohjaajan näkymään</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/window.py" line="+37"/>
        <location filename="../../sopiva_desk/gui/client_view/wellbeing.py" line="-72"/>
        <source>How are things?</source>
        <translation>Miten sinulla menee?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Client view</source>
        <translation>Asiakasnäkymä</translation>
    </message>
</context>
<context>
    <name>ClosePersonsModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/close_persons_model.py" line="+63"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/decision_form.py" line="+64"/>
        <source>Supporter chosen by the client</source>
        <translation>Asiakkaan valitsema tukihenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain language</source>
        <translation>Selkokieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures or symbols</source>
        <translation>Kuvat tai symbolit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting into good / not sure / not good</source>
        <translation>Lajittelu: hyvä / en tiedä / ei hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication device (AAC)</source>
        <translation>Kommunikointilaite (AAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key-word signs</source>
        <translation>Tukiviittomat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-language interpreter</source>
        <translation>Viittomakielen tulkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agrees</source>
        <translation>Samaa mieltä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly agrees</source>
        <translation>Osittain samaa mieltä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagrees</source>
        <translation>Eri mieltä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not express an opinion</source>
        <translation>Ei pystynyt ilmaisemaan mielipidettään</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 – very bad</source>
        <translation>1 – tosi huono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – bad</source>
        <translation>2 – huono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – okay</source>
        <translation>3 – ihan ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – good</source>
        <translation>4 – hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – very good</source>
        <translation>5 – tosi hyvä</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>1. The decision at hand</source>
        <translation>1. Mistä päätetään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision to make</source>
        <translation>&amp;Päätettävä asia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your own words: what is to be decided, and why now.</source>
        <translation>Omin sanoin: mistä päätetään ja miksi nyt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In &amp;plain language for the client</source>
        <translation>&amp;Selkokielellä asiakkaalle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One short sentence with everyday words. The client sees it in the client view.</source>
        <translation>Yksi lyhyt lause arkisin sanoin. Asiakas näkee sen asiakasnäkymässä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller parts of the decision</source>
        <translation>Päätöksen pienemmät osat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Osa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the decision</source>
        <translation>Päätöksen osat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;part</source>
        <translation>Lisää &amp;osa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part {number}</source>
        <translation>osa {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A big decision is easier in small steps, e.g. where, with whom, when.</source>
        <translation>Iso päätös on helpompi pienissä osissa, esim. missä, kenen kanssa, milloin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Informs the &amp;assessment</source>
        <translation>Liittyy &amp;arvioon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: the client&apos;s needs assessment this decision belongs to.</source>
        <translation>Vapaaehtoinen: asiakkaan palvelutarpeen arvio, johon päätös liittyy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2. Who took part and how</source>
        <translation>2. Ketkä osallistuivat ja miten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</source>
        <translation>Asiakas on aina mukana. Asiakas valitsee tukihenkilöt; tukihenkilö auttaa asiakasta päättämään mutta ei koskaan päätä hänen puolestaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the client</source>
        <translation>Suhde asiakkaaseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by the client</source>
        <translation>Asiakkaan valitsema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a p&amp;articipant</source>
        <translation>Lisää osa&amp;llistuja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant {number}</source>
        <translation>osallistuja {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the client and you so far.</source>
        <translation>Toistaiseksi vain asiakas ja sinä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Communication methods used</source>
        <translation>Käytetyt kommunikointitavat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other &amp;method</source>
        <translation>M&amp;uu tapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aids used</source>
        <translation>Käytetyt apuvälineet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. a picture folder, tablet, photos of the places</source>
        <translation>esim. kuvakansio, tabletti, valokuvat paikoista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Options and the client&apos;s reactions</source>
        <translation>3. Vaihtoehdot ja asiakkaan reaktiot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</source>
        <translation>Näytä yksi vaihtoehto kerrallaan kuvan kanssa. Asiakas voi lajitella ne asiakasnäkymässä (F5): hyvä, en tiedä, ei hyvä.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>4. Outcome</source>
        <translation>4. Lopputulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The d&amp;ecision</source>
        <translation>Pää&amp;tös</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the client decided.</source>
        <translation>Mitä asiakas päätti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions asked and the client&apos;s answers</source>
        <translation>Esitetyt kysymykset ja asiakkaan vastaukset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s answer</source>
        <translation>Asiakkaan vastaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions and answers</source>
        <translation>Kysymykset ja vastaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;question</source>
        <translation>Lisää &amp;kysymys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {number}</source>
        <translation>kysymys {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No questions recorded.</source>
        <translation>Kysymyksiä ei ole kirjattu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How the client&apos;s will was found out</source>
        <translation>&amp;Miten asiakkaan tahto selvitettiin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</source>
        <translation>esim. asiakas osoitti kuvia ja vastasi kyllä jokaiseen; kokeili paikkaa päivän ajan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does the client agree with the decision?</source>
        <translation>Onko asiakas samaa mieltä päätöksestä?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the client could not express an opinion</source>
        <translation>Miksi asiakas ei pystynyt ilmaisemaan mielipidettään</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Others&apos; views are recorded beside the client&apos;s, never instead of it.</source>
        <translation>Muiden näkemykset kirjataan asiakkaan näkemyksen rinnalle, ei koskaan sen sijaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whose view</source>
        <translation>Kenen näkemys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Näkemys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a differing &amp;view</source>
        <translation>Lisää eriävä &amp;näkemys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view {number}</source>
        <translation>näkemys {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differing views.</source>
        <translation>Ei eriäviä näkemyksiä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next steps</source>
        <translation>Seuraavat askel&amp;eet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up by</source>
        <translation>Seuranta v&amp;iimeistään</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“How are things?” – the client&apos;s answer</source>
        <translation>”Miten sinulla menee?” – asiakkaan vastaus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked with the picture scale in the client view, or set here.</source>
        <translation>Kysytään kuva-asteikolla asiakasnäkymässä tai merkitään tähän.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask with the &amp;picture scale</source>
        <translation>K&amp;ysy kuva-asteikolla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the client view with five faces, from very bad to very good</source>
        <translation>Avaa asiakasnäkymän, jossa on viisi kasvoa tosi huonosta tosi hyvään</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No link</source>
        <translation>Ei liitetty</translation>
    </message>
</context>
<context>
    <name>DecisionSessionPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/decision_session.py" line="+100"/>
        <source>Supported decision-making</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Client view (F5)</source>
        <translation>Asiakasnäkymä (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full-screen view for the client: big text and pictures, sorting the options</source>
        <translation>Koko näytön näkymä asiakkaalle: isot tekstit ja kuvat, vaihtoehtojen lajittelu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new version to change a completed session</source>
        <translation>Tee uusi versio muuttaaksesi valmista kirjausta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is required and lock the session (Ctrl+Enter)</source>
        <translation>Tarkista pakolliset tiedot ja lukitse kirjaus (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Before completing, record:</source>
        <translation>Kirjaa ennen valmiiksi merkitsemistä:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What to record before completing</source>
        <translation>Mitä pitää kirjata ennen valmiiksi merkitsemistä</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Decision-making session</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decision-making session with {name}</source>
        <translation>Tuettu päätöksenteko: {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft, started {date}</source>
        <translation>Luonnos, aloitettu {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed {date}</source>
        <translation>Valmis {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a newer version</source>
        <translation>Korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · version {version}</source>
        <translation>{status} · versio {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the amendment: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is completed and locked. To change it, use Amend: a new version is made and the reason is recorded.</source>
        <translation>Kirjaus on valmis ja lukittu. Muuta sitä valitsemalla Muuta: tehdään uusi versio ja muutoksen syy kirjataan.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amend the session</source>
        <translation>Muuta kirjausta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</source>
        <translation>Valmista kirjausta ei muuteta. Muuttaminen tekee uuden version samalla sisällöllä luonnokseksi, jota voit muokata ja jonka voit merkitä uudelleen valmiiksi. Syy säilyy jokaisen uudessa versiossa tehdyn muutoksen yhteydessä.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sopiva_desk/gui/errors.py" line="+68"/>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the entry</source>
        <translation>Tarkista tiedot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</source>
        <translation>Valitettavasti Sopiva Deskissä tapahtui ohjelmavirhe. Kaikki tallentamasi on tallessa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crash report without client data was saved to:</source>
        <translation>Virheraportti ilman asiakastietoja tallennettiin tiedostoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/template_form.py" line="+178"/>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show changes of this field…</source>
        <translation>Näytä kentän muutokset…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label} (required)</source>
        <translation>{label} (pakollinen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear answer</source>
        <translation>Tyhjennä vastaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this question unanswered</source>
        <translation>Jätä tämä kysymys vastaamatta</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="+460"/>
        <source>Create a profile – Sopiva Desk</source>
        <translation>Luo profiili – Sopiva Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Luo profiili</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sopiva_desk/gui/labels.py" line="+12"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Muu kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Puhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain language</source>
        <translation>Selkokieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures or symbols</source>
        <translation>Kuvat tai symbolit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAC device</source>
        <translation>Puhetta tukeva tai korvaava laite (AAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key-word signs</source>
        <translation>Tukiviittomat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign language</source>
        <translation>Viittomakieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Toteutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal guardian or trustee</source>
        <translation>Edunvalvoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen supporter in decision-making</source>
        <translation>Valittu tukihenkilö päätöksenteossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has tasks in the client plan</source>
        <translation>Tehtäviä asiakassuunnitelmassa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopiva_desk/gui/main_window.py" line="+85"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;templates…</source>
        <translation>Arvioinnin &amp;lomakepohjat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Sopiva Desk</source>
        <translation>&amp;Tietoja Sopiva Desk -sovelluksesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sopiva Desk — {name}</source>
        <translation>Sopiva Desk — {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {name}</source>
        <translation>Kirjautunut: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template files left out: {count}</source>
        <translation>Lomakepohjia jätetty pois: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some assessment template files have errors. Click to see which and why.</source>
        <translation>Joissakin arvioinnin lomakepohjissa on virheitä. Napsauta nähdäksesi mitkä ja miksi.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sopiva_desk/gui/messages.py" line="+20"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Liian pitkä: enintään {max} merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the invisible control characters.</source>
        <translation>Poista näkymättömät ohjausmerkit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a value from the list.</source>
        <translation>Valitse arvo luettelosta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Anna luku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many rows: at most {max}.</source>
        <translation>Liian monta riviä: enintään {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number, e.g. 12 or 7,5.</source>
        <translation>Kirjoita luku, esim. 12 tai 7,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at most {decimals} decimals.</source>
        <translation>Käytä enintään {decimals} desimaalia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is completed and locked. Amend it to make changes.</source>
        <translation>Arviointi on valmis ja lukittu. Tee muutokset uutena versiona (Muuta arviota).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed assessment can be amended.</source>
        <translation>Vain valmista arviointia voi muuttaa uutena versiona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decision-making session is completed and locked. Amend it to make changes.</source>
        <translation>Tuetun päätöksenteon kirjaus on valmis ja lukittu. Tee muutokset uutena versiona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed decision-making session can be amended.</source>
        <translation>Vain valmista päätöksenteon kirjausta voi muuttaa uutena versiona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one way the decision-making was supported.</source>
        <translation>Valitse vähintään yksi tapa, jolla päätöksentekoa tuettiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one option shown to the client.</source>
        <translation>Lisää vähintään yksi asiakkaalle näytetty vaihtoehto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record how the client&apos;s will was found out, or the questions asked and the answers.</source>
        <translation>Kirjaa, miten asiakkaan tahto selvitettiin, tai esitetyt kysymykset ja vastaukset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the client agrees with the decision.</source>
        <translation>Kirjaa, onko asiakas samaa mieltä päätöksestä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record why the client could not express a view on the decision.</source>
        <translation>Kirjaa, miksi asiakas ei pystynyt ilmaisemaan mielipidettään päätöksestä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supporter must be chosen by the client. Mark who the client chose, or change the role.</source>
        <translation>Tukihenkilön valitsee asiakas itse. Merkitse, kenet asiakas valitsi, tai vaihda rooli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name must contain letters.</source>
        <translation>Nimessä on oltava kirjaimia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name cannot contain digits. Was this meant for another field?</source>
        <translation>Nimessä ei voi olla numeroita. Kuuluiko tämä toiseen kenttään?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</source>
        <translation>Kirjoita puhelinnumero, esim. 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has five digits, e.g. 50100.</source>
        <translation>Postinumerossa on viisi numeroa, esim. 50100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Kirjoita päivämäärä muodossa pp.kk.vvvv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is more than 130 years ago.</source>
        <translation>Päivämäärä on yli 130 vuoden takaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</source>
        <translation>Käytä 3–30 kirjainta, numeroa tai yhdysmerkkiä, esim. TMP-7K3M-Q9XD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the identity code, or a temporary identifier if the code is not known.</source>
        <translation>Kirjoita henkilötunnus tai, jos sitä ei tiedetä, väliaikainen tunniste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the identity code.</source>
        <translation>Kirjoita henkilötunnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity code is not in the form ddmmyy-nnnX.</source>
        <translation>Henkilötunnus ei ole muotoa ppkkvv-nnnX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Seitsemännen merkin on oltava vuosisadan ilmaiseva välimerkki: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity code does not begin with a real date.</source>
        <translation>Henkilötunnuksen alussa ei ole oikea päivämäärä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual numbers 000 and 001 are not used.</source>
        <translation>Yksilönumeroita 000 ja 001 ei käytetä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check character does not match. Check the code for a typing error.</source>
        <translation>Tarkistusmerkki ei täsmää. Tarkista, onko tunnuksessa kirjoitusvirhe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Henkilötunnuksen mukainen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another client already has this identity code.</source>
        <translation>Tämä henkilötunnus on jo toisella asiakkaalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a passphrase.</source>
        <translation>Kirjoita tunnuslause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least 12 characters.</source>
        <translation>Käytä vähintään 12 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too easy to guess. Add a few more unrelated words of your own.</source>
        <translation>Liian helppo arvata. Lisää vielä muutama oma, toisiinsa liittymätön sana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit is still open: end it to see its summary.</source>
        <translation>Käynti on yhä auki: päätä se, niin näet yhteenvedon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft assessment from {since} is unfinished.</source>
        <translation>Arvioluonnos {since} on kesken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment (version {version}) from {since} is unfinished.</source>
        <translation>Korjaus (versio {version}) {since} on kesken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service-needs assessment yet. Start one during a visit or with New assessment.</source>
        <translation>Palvelutarpeen arviota ei ole vielä tehty. Aloita se käynnillä tai valitsemalla Uusi arvio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment completed on {since}. Next: the client plan.</source>
        <translation>Arvio valmistui {since}. Seuraavaksi: asiakassuunnitelma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision-making session started on {since} is unfinished.</source>
        <translation>Tuetun päätöksenteon kirjaus {since} on kesken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up the decision-making session by {since}.</source>
        <translation>Seuraa tuetun päätöksenteon toteutumista viimeistään {since}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Väärä tunnuslause. Tarkista Caps Lock ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>Liian monta väärää yritystä. Voit yrittää uudelleen {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file of this profile is damaged or belongs to another profile. It has not been changed. Contact IT support: the office can restore it from the central records.</source>
        <translation>Tämän profiilin tietotiedosto on vioittunut tai kuuluu toiselle profiilille. Tiedostoa ei ole muutettu. Ota yhteyttä IT-tukeen: toimisto voi palauttaa sen keskitetyistä tietovarannoista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file of this profile is missing. Contact IT support.</source>
        <translation>Tämän profiilin tietotiedosto puuttuu. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</source>
        <translation>Tämän profiilin tietotiedostoa ei ole salattu, joten se ei ole Sopiva Desk -sovelluksen tekemä. Tiedostoa ei ole avattu. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile settings file cannot be read. Contact IT support.</source>
        <translation>Profiilin asetustiedostoa ei voi lukea. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recovery key or its password is wrong, or it belongs to another organisation.</source>
        <translation>Palautusavain tai sen salasana on väärä, tai avain kuuluu toiselle organisaatiolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Your last change was not saved; free some space and it will be saved again.</source>
        <translation>Levy on täynnä. Viimeisintä muutostasi ei tallennettu. Vapauta tilaa, niin muutos tallennetaan uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file could not be read or written. Check the disk and try again.</source>
        <translation>Tietotiedostoa ei voitu lukea tai kirjoittaa. Tarkista levy ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record no longer exists. It may have been removed.</source>
        <translation>Tätä tietoa ei ole enää olemassa. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount in euros, e.g. 1 234,50.</source>
        <translation>Kirjoita summa euroina, esim. 1 234,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large: at most {max}.</source>
        <translation>Liian suuri: enintään {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity cannot be negative.</source>
        <translation>Määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large a quantity: at most {max}.</source>
        <translation>Liian suuri määrä: enintään {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date cannot be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</source>
        <translation>Valitse maksusitoumus, palveluseteli, ostopalvelu tai oma tuotanto. Asiakkaalle ei koskaan makseta rahaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client cannot be the payee: money goes to the service provider, never to the client.</source>
        <translation>Asiakas ei voi olla maksun saaja: raha maksetaan palveluntuottajalle, ei koskaan asiakkaalle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A budget period can be at most {years} years.</source>
        <translation>Budjettikausi voi olla enintään {years} vuotta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the period can hold: at most {max}.</source>
        <translation>Enemmän kuin kaudelle mahtuu: enintään {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line refers to a support that is not in the client plan.</source>
        <translation>Rivi viittaa tukeen, jota ei ole asiakassuunnitelmassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one budget line.</source>
        <translation>Lisää vähintään yksi budjettirivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget is over the reference cost: write a justification before it is decided.</source>
        <translation>Budjetti ylittää vertailukustannuksen: kirjoita perustelu ennen päätöstä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change of state is not possible: a budget goes from indicative to decided to closed.</source>
        <translation>Tilaa ei voi muuttaa näin: budjetti etenee alustavasta päätetyksi ja suljetuksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This budget is decided and locked. A change needs a new decision.</source>
        <translation>Budjetti on päätetty ja lukittu. Muutos vaatii uuden päätöksen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget is closed and can no longer be changed.</source>
        <translation>Budjetti on suljettu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use can be recorded only after the budget is decided.</source>
        <translation>Käyttöä voi kirjata vasta, kun budjetti on päätetty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This use is not linked to any line of the budget.</source>
        <translation>Käyttöä ei ole liitetty mihinkään budjetin riviin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment commitment has this number.</source>
        <translation>Tällä numerolla ei ole maksusitoumusta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-used: {realised} used of {allocated}.</source>
        <translation>Ylikäyttö: käytetty {realised}, budjetoitu {allocated}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</source>
        <translation>Selvä alikäyttö: käytetty {realised}, alle {percent} % tähän mennessä odotetusta {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment commitment {number} is exceeded: {used} used of at most {max}.</source>
        <translation>Maksusitoumus {number} ylittyy: käytetty {used}, enimmäissumma {max}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This use is dated outside the validity of payment commitment {number}.</source>
        <translation>Käytön päivä on maksusitoumuksen {number} voimassaoloajan ulkopuolella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This budget already has a payment commitment with this number.</source>
        <translation>Budjetissa on jo maksusitoumus tällä numerolla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This use is dated outside the budget period.</source>
        <translation>Käytön päivä on budjettikauden ulkopuolella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role map must list the client exactly once (now {count}).</source>
        <translation>Roolikartassa pitää olla asiakas täsmälleen kerran (nyt {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the own worker to the role map.</source>
        <translation>Lisää omatyöntekijä roolikarttaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already in the role map in the same role.</source>
        <translation>Henkilö on jo roolikartassa samassa roolissa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this person&apos;s tasks in the plan.</source>
        <translation>Kirjaa henkilön tehtävät tässä suunnitelmassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} provides a support but is not in the role map: add them with their tasks.</source>
        <translation>{name} antaa tukea, mutta puuttuu roolikartasta: lisää tehtävineen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one goal in the client&apos;s own words.</source>
        <translation>Lisää vähintään yksi tavoite asiakkaan omin sanoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the client was given an explanation of their rights and options.</source>
        <translation>Kirjaa, että asiakkaalle on selvitetty hänen oikeutensa ja vaihtoehtonsa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date must be after the meeting date.</source>
        <translation>Tarkistuspäivän pitää olla neuvottelupäivän jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date must be after the meeting date.</source>
        <translation>Tavoitepäivän pitää olla neuvottelupäivän jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version of the plan is locked. Make changes in a new version.</source>
        <translation>Tämä suunnitelman versio on lukittu. Tee muutokset uuteen versioon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft of the plan is already open: continue it.</source>
        <translation>Suunnitelmasta on jo keskeneräinen luonnos: jatka sitä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Jokin meni vikaan.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/assessment_problems.py" line="+70"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/new_client.py" line="+105"/>
        <source>&amp;Add client</source>
        <translation>Lisää &amp;asiakas</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Birth date {date} (from the identity code)</source>
        <translation>Syntymäaika {date} (henkilötunnuksesta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a temporary identity code.</source>
        <translation>Tämä on tilapäinen henkilötunnus.</translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.ui" line="+14"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</source>
        <translation>Kirjoita henkilötunnus, jos se tiedetään. Jos sitä ei tiedetä, luo väliaikainen tunniste. Henkilötunnuksen voi lisätä myöhemmin asiakkaan tietoihin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;First names</source>
        <translation>&amp;Etunimet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Identity code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Temporary identifier</source>
        <translation>&amp;Väliaikainen tunniste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if the identity code is not known</source>
        <translation>Vain jos henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ge&amp;nerate</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new temporary identifier for a client whose identity code is not known</source>
        <translation>Luo uusi väliaikainen tunniste asiakkaalle, jonka henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Birth date</source>
        <translation>S&amp;yntymäaika</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lang&amp;uage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Other language</source>
        <translation>&amp;Muu kieli</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which language, e.g. Arabic</source>
        <translation>Mikä kieli, esim. arabia</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Municipality</source>
        <translation>K&amp;unta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the municipality</source>
        <translation>Valitse kunta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
</context>
<context>
    <name>OptionEditorCard</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/option_list_editor.py" line="+58"/>
        <source>Short name of the option, e.g. Own flat in town</source>
        <translation>Vaihtoehdon lyhyt nimi, esim. Oma asunto keskustassa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In plain words for the client: what it means in everyday life</source>
        <translation>Selkeästi asiakkaalle: mitä se tarkoittaa arjessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client could try it out</source>
        <translation>Asiakas pääsi kokeilemaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sorted yet</source>
        <translation>Ei vielä valittu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the client said about it, in their own words</source>
        <translation>Mitä asiakas sanoi siitä, omin sanoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option</source>
        <translation>vaihtoehto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in plain words</source>
        <translation>selkeästi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s own words</source>
        <translation>asiakkaan omat sanat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client&apos;s reaction</source>
        <translation>asiakkaan reaktio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could try it out</source>
        <translation>pääsi kokeilemaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Option</source>
        <translation>&amp;Vaihtoehto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In plain words</source>
        <translation>Selkeästi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s own words</source>
        <translation>Asiakkaan omat sanat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client&apos;s reaction</source>
        <translation>Asiakkaan reaktio</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Option {number}</source>
        <translation>Vaihtoehto {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictogram of option {number}</source>
        <translation>Vaihtoehdon {number} kuvasymboli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move option {number} up</source>
        <translation>Siirrä vaihtoehto {number} ylös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move option {number} down</source>
        <translation>Siirrä vaihtoehto {number} alas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove option {number}</source>
        <translation>Poista vaihtoehto {number}</translation>
    </message>
</context>
<context>
    <name>OptionListEditor</name>
    <message>
        <location line="-99"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>En tiedä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not good</source>
        <translation>Ei hyvä</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No options yet. Add the choices the client can make, one by one.</source>
        <translation>Ei vielä vaihtoehtoja. Lisää asiakkaan vaihtoehdot yksi kerrallaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;option</source>
        <translation>Lisää &amp;vaihtoehto</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/page_parts.py" line="+71"/>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Takaisin (Alt+Vasen tai Esc)</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/people_editor.py" line="+34"/>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mother, support person</source>
        <translation>esim. äiti, tukihenkilö</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. at work, ill</source>
        <translation>esim. töissä, sairaana</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why absent</source>
        <translation>Poissaolon syy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person {number}</source>
        <translation>henkilö {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one recorded yet.</source>
        <translation>Ketään ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why absent</source>
        <translation>poissaolon syy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove {name}</source>
        <translation>Poista {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person {number}</source>
        <translation>Poista henkilö {number}</translation>
    </message>
</context>
<context>
    <name>PictogramButton</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/pictogram_picker.py" line="+545"/>
        <source>Pictogram</source>
        <translation>Kuvasymboli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Pictogram</source>
        <translation>+ Kuvasymboli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a pictogram</source>
        <translation>Valitse kuvasymboli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no pictogram</source>
        <translation>{name}: ei kuvasymbolia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} – click to change the pictogram</source>
        <translation>{label} – vaihda kuvasymboli napsauttamalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {label}</source>
        <translation>{name}: {label}</translation>
    </message>
</context>
<context>
    <name>PictogramPickerDialog</name>
    <message>
        <location line="-325"/>
        <source>Choose a pictogram</source>
        <translation>Valitse kuvasymboli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by word, e.g. home, food, bus</source>
        <translation>Hae sanalla, esim. koti, ruoka, bussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search pictograms</source>
        <translation>Hae kuvasymboleita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Kaikki aihepiirit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Aihepiiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Aihepiiri</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search in all categories</source>
        <translation>Hae kaikista aihepiireistä</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pictograms: {source} – {license}</source>
        <translation>Kuvasymbolit: {source} – {license}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;No pictogram</source>
        <translation>&amp;Ei kuvasymbolia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the pictogram</source>
        <translation>Poista kuvasymboli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Pictograms</source>
        <translation>Kuvasymbolit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move, Enter chooses.</source>
        <translation>Liiku nuolinäppäimillä, valitse Enterillä.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n kuvasymboli</numerusform>
            <numerusform>%n kuvasymbolia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictograms to show.</source>
        <translation>Ei näytettäviä kuvasymboleita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pictogram found for “{query}” in “{category}”.</source>
        <translation>Hakusanalla ”{query}” ei löytynyt kuvasymbolia aihepiiristä ”{category}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictogram found for “{query}”.</source>
        <translation>Hakusanalla ”{query}” ei löytynyt kuvasymbolia.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <location filename="../../sopiva_desk/gui/lock.py" line="+32"/>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="-338"/>
        <source>Your profile</source>
        <translation>Profiilisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is shown on the start screen. The passphrase protects everything you save.</source>
        <translation>Nimesi näkyy aloitusnäytössä. Tunnuslause suojaa kaiken, mitä tallennat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your na&amp;me</source>
        <translation>Ni&amp;mesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Aino Virtanen</source>
        <translation>Esimerkiksi Aino Virtanen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase strength</source>
        <translation>Tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>T&amp;oista tunnuslause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Näytä tunnuslause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Vinkki: muutama toisiinsa liittymätön sana, jotka vain sinä yhdistäisit, on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Very weak</source>
        <translation>Hyvin heikko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Hyvin vahva</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Creating your profile…</source>
        <translation>Luodaan profiilia…</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/row_list_editor.py" line="+119"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing recorded yet.</source>
        <translation>Ei vielä kirjattu.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Remove {row}</source>
        <translation>Poista {row}</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/autosave.py" line="+377"/>
        <source>Save state</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: check the highlighted field</source>
        <translation>Ei tallennettu: tarkista korostettu kenttä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected error</source>
        <translation>odottamaton virhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes saved at {time}</source>
        <translation>Kaikki muutokset tallennettu klo {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Kaikki muutokset tallennettu</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/template_form.py" line="+116"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/session_history.py" line="+31"/>
        <source>Decision to make</source>
        <translation>Päätettävä asia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision in plain language</source>
        <translation>Päätös selkokielellä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the decision</source>
        <translation>Päätöksen osat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication methods</source>
        <translation>Kommunikointitavat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aids</source>
        <translation>Apuvälineet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and answers</source>
        <translation>Kysymykset ja vastaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the will was found out</source>
        <translation>Miten tahto selvitettiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client agrees</source>
        <translation>Asiakas on samaa mieltä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why no opinion could be expressed</source>
        <translation>Miksi mielipidettä ei voitu ilmaista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Seuraavat askeleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up by</source>
        <translation>Seuranta viimeistään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are things?</source>
        <translation>Miten sinulla menee?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked assessment</source>
        <translation>Liittyvä arvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in plain words</source>
        <translation>selkeästi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pictogram</source>
        <translation>kuvasymboli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tried out</source>
        <translation>kokeiltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaction</source>
        <translation>reaktio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s own words</source>
        <translation>asiakkaan omat sanat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>chosen by the client</source>
        <translation>asiakkaan valitsema</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>question</source>
        <translation>kysymys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose view</source>
        <translation>kenen näkemys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>näkemys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order of the options</source>
        <translation>Vaihtoehtojen järjestys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option {number}</source>
        <translation>Vaihtoehto {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed option</source>
        <translation>Poistettu vaihtoehto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History of changes</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Kaikki tämän päätöksenteon kirjauksen muutokset, uusin ensin. Uudessa versiossa tehtyjen muutosten kohdalla näkyy muutoksen syy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/session_list_model.py" line="+31"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic written yet</source>
        <translation>Aihetta ei ole vielä kirjattu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/settings.py" line="+34"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when idle for:</source>
        <translation>Lukitse, kun käyttämättä:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start.</source>
        <translation>Uusi kieli tulee käyttöön, kun käynnistät sovelluksen seuraavan kerran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Change passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Current passphrase:</source>
        <translation>Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Uusi tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase:</source>
        <translation>Toista uusi tunnuslause:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Changing…</source>
        <translation>Vaihdetaan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Tunnuslause vaihdettiin. Käytä tästä lähtien uutta tunnuslausetta.</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/start_visit.py" line="+71"/>
        <source>Start visit</source>
        <translation>Aloita käynti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a visit with {name}. Everything you record during the visit is saved as you type.</source>
        <translation>Aloita käynti: {name}. Kaikki käynnillä kirjaamasi tallentuu sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How do you meet?</source>
        <translation>Miten tapaatte?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Place</source>
        <translation>&amp;Paikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>esim. asiakkaan koti, Juvan terveysasema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start visit</source>
        <translation>&amp;Aloita käynti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="-229"/>
        <source>No assessment templates are installed. Contact IT support.</source>
        <translation>Arviolomakkeiden pohjia ei ole asennettu. Ota yhteys IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/template_form.py" line="-250"/>
        <source>Read out:</source>
        <translation>Lue ääneen:</translation>
    </message>
    <message>
        <location line="+367"/>
        <source>← {number}. {title}</source>
        <translation>← {number}. {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Edellinen osio (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. {title} →</source>
        <translation>{number}. {title} →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Seuraava osio (Ctrl+Page Down)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/templates_dialog.py" line="+57"/>
        <source>Assessment templates</source>
        <translation>Arvioinnin lomakepohjat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments are made with these templates. Each assessment keeps the template version it was started with.</source>
        <translation>Arviot tehdään näillä lomakepohjilla. Jokainen arvio säilyttää sen pohjan version, jolla se aloitettiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your county&apos;s own templates are read from {folder}.</source>
        <translation>Hyvinvointialueen omat lomakepohjat luetaan kansiosta {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place in the file</source>
        <translation>Kohta tiedostossa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</source>
        <translation>Nämä lomakepohjatiedostot jätettiin pois, koska niissä on virheitä. Muilla pohjilla tehdyt arviot eivät muutu. Pyydä ylläpitäjää korjaamaan tiedostot.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../sopiva_desk/gui/unlock_window.py" line="+145"/>
        <location line="+3"/>
        <source>Sopiva Desk is locked</source>
        <translation>Sopiva Desk on lukittu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your passphrase to continue. Unsaved work was saved before locking.</source>
        <translation>Jatka kirjoittamalla tunnuslauseesi. Tallentamattomat muutokset tallennettiin ennen lukitsemista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location filename="../../ui/unlock_window.ui" line="+20"/>
        <location line="+82"/>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no profile on this computer yet. Create one to begin.</source>
        <translation>Tällä tietokoneella ei ole vielä profiilia. Aloita luomalla profiili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open your profile.</source>
        <translation>Avaa profiilisi kirjoittamalla tunnuslauseesi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/unlock_window.ui" line="+10"/>
        <source>Choose your profile and enter your passphrase.</source>
        <translation>Valitse profiilisi ja kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile: {name}</source>
        <translation>Profiili: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/unlock_window.ui" line="+133"/>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.ui" line="-110"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiili</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>P&amp;assphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Create a new profile</source>
        <translation>Luo uusi profiili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new profile…</source>
        <translation>Luo uusi profiili…</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/start_visit.py" line="-73"/>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote visit (video)</source>
        <translation>Etäkäynti (video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office visit</source>
        <translation>Toimistokäynti</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/visit.py" line="+131"/>
        <source>← Client file</source>
        <translation>← Asiakkaan tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the client file; the visit stays open (Alt+Left or Esc)</source>
        <translation>Takaisin asiakkaan tietoihin; käynti jää auki (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Way</source>
        <translation>&amp;Tapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Way of meeting</source>
        <translation>Tapaamisen tapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place</source>
        <translation>&amp;Paikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Client&apos;s home</source>
        <translation>esim. asiakkaan koti</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Who took part</source>
        <translation>Ketkä osallistuivat</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add parti&amp;cipant</source>
        <translation>Lisää &amp;osallistuja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people who took part besides the client, e.g. a relative, an interpreter or a support person.</source>
        <translation>Lisää asiakkaan lisäksi osallistuneet, esim. omainen, tulkki tai tukihenkilö.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Who was absent</source>
        <translation>Ketkä olivat poissa</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a&amp;bsent person</source>
        <translation>Lisää &amp;poissaolija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who was invited or expected but did not take part.</source>
        <translation>Henkilö, joka oli kutsuttu tai jota odotettiin, mutta joka ei osallistunut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start needs &amp;assessment</source>
        <translation>Aloita palvelutarpeen &amp;arvio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service-needs assessment that belongs to this visit</source>
        <translation>Tähän käyntiin kuuluva palvelutarpeen arvio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments of this visit</source>
        <translation>Tämän käynnin arviot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected assessment.</source>
        <translation>Avaa valittu arvio painamalla Enter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No assessments in this visit yet.</source>
        <translation>Tällä käynnillä ei ole vielä arvioita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a &amp;decision-making session</source>
        <translation>Aloita &amp;tuettu päätöksenteko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supported decision-making session that belongs to this visit</source>
        <translation>Tähän käyntiin kuuluva tuetun päätöksenteon kirjaus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision-making sessions of this visit</source>
        <translation>Tämän käynnin päätöksenteon kirjaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected session.</source>
        <translation>Avaa valittu kirjaus painamalla Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No decision-making sessions in this visit yet.</source>
        <translation>Tällä käynnillä ei ole vielä päätöksenteon kirjauksia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>A&amp;vaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected assessment or session (Enter)</source>
        <translation>Avaa valittu arvio tai kirjaus (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts can be left unfinished: they are saved and can be completed later.</source>
        <translation>Luonnokset voi jättää kesken: ne on tallennettu ja ne voi viimeistellä myöhemmin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What we do today</source>
        <translation>Mitä teemme tänään</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed, what was agreed, what happens next.</source>
        <translation>Mistä puhuttiin, mitä sovittiin ja mitä seuraavaksi tapahtuu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+147"/>
        <source>Ending the visit saves everything and shows a summary.</source>
        <translation>Kun päätät käynnin, kaikki tallennetaan ja näet yhteenvedon.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;End visit</source>
        <translation>&amp;Päätä käynti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the visit and see what was recorded</source>
        <translation>Päätä käynti ja katso, mitä kirjattiin</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Visit · {way} · {span} · ended</source>
        <translation>Käynti · {way} · {span} · päättynyt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit · {way} · started {time}</source>
        <translation>Käynti · {way} · alkoi {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit with {name}</source>
        <translation>Käynti: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This visit has ended. Changes are still saved.</source>
        <translation>Tämä käynti on päättynyt. Muutokset tallennetaan edelleen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+3"/>
        <source>End visit</source>
        <translation>Päätä käynti</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</source>
        <translation>Osa kirjoittamastasi ei ole tallentunut: {reason}

Jos päätät käynnin nyt, se teksti menetetään. Päätetäänkö käynti silti?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/visit_summary.py" line="+57"/>
        <source>Visit ended</source>
        <translation>Käynti päättyi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visit has ended</source>
        <translation>Käynti on päättynyt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything is saved on this computer.</source>
        <translation>Kaikki on tallennettu tälle tietokoneelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</source>
        <translation>Luonnokset säilyvät sellaisinaan. Voit viimeistellä ne myöhemmin asiakkaan Käynnit ja arviot -välilehdellä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still drafts</source>
        <translation>Vielä luonnoksina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 record is waiting for the next sync.</source>
        <translation>1 tietue odottaa seuraavaa synkronointia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records are waiting for the next sync.</source>
        <translation>{n} tietuetta odottaa seuraavaa synkronointia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for sync</source>
        <translation>Odottaa synkronointia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay encrypted on this computer until you sync with the central records.</source>
        <translation>Ne säilyvät salattuina tällä tietokoneella, kunnes synkronoit ne keskitettyyn asiakastietovarantoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 participant: {names}</source>
        <translation>1 osallistuja: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} participants: {names}</source>
        <translation>{n} osallistujaa: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants recorded</source>
        <translation>Osallistujia ei kirjattu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person absent: {names}</source>
        <translation>1 poissa: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people absent: {names}</source>
        <translation>{n} poissa: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes written</source>
        <translation>Muistiinpanot kirjoitettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No notes</source>
        <translation>Ei muistiinpanoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed: {title} ({time})</source>
        <translation>Valmis: {title} ({time})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assessment was completed during this visit</source>
        <translation>Tällä käynnillä ei valmistunut arviota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision-making session completed {time}: {topic}</source>
        <translation>Päätöksenteon kirjaus valmis {time}: {topic}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision-making session started {time}: {topic}</source>
        <translation>Päätöksenteon kirjaus aloitettu {time}: {topic}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{title}, started {time}</source>
        <translation>{title}, aloitettu {time}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="-334"/>
        <source>Welcome to Sopiva Desk</source>
        <translation>Tervetuloa Sopiva Desk -sovellukseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you start, please read how your data is protected.</source>
        <translation>Lue ennen aloittamista, miten tietosi suojataan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</source>
        <translation>Sopiva Desk säilyttää asiakastyösi tiedot tällä tietokoneella. Kaikki, mitä tallennat, salataan valitsemallasi tunnuslauseella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</source>
        <translation>Valitse tunnuslause, jonka muistat. Sopiva Desk ei voi näyttää tunnuslausettasi eikä vaihtaa sitä puolestasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</source>
        <translation>Jos organisaatiosi on ottanut käyttöön palautusavaimen, toimisto voi palauttaa pääsyn tietoihisi. Kysy IT-tuelta, onko näin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next, you will create your personal profile.</source>
        <translation>Seuraavaksi luot henkilökohtaisen profiilisi.</translation>
    </message>
</context>
</TS>
