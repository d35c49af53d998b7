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
        <location line="+6"/>
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
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="+230"/>
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
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="-131"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Close persons</source>
        <translation>Läheiset</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Communication</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>← Clients</source>
        <translation>← Asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Takaisin asiakaslistaan (Alt+Vasen nuoli tai Esc)</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+317"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Remove the selected close person</source>
        <translation>Poista valittu läheinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+262"/>
        <source>Roles of the selected person</source>
        <translation>Valitun henkilön roolit</translation>
    </message>
    <message>
        <location line="-229"/>
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
        <location line="+64"/>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (ei enää kunta)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
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
        <location filename="../../sopiva_desk/gui/main_window.py" line="+53"/>
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
        <translation>Arviointi on valmis ja lukittu. Tee muutokset uutena versiona (Muuta arviointia).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed assessment can be amended.</source>
        <translation>Vain valmista arviointia voi muuttaa uutena versiona.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>The needs assessment started on {since} is unfinished.</source>
        <translation>{since} aloitettu palvelutarpeen arvio on kesken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No needs assessment yet.</source>
        <translation>Palvelutarpeen arviota ei ole vielä tehty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assessment is complete: the client plan is next.</source>
        <translation>Arvio on valmis: seuraavaksi asiakassuunnitelma.</translation>
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
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Jokin meni vikaan.</translation>
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
    <name>SaveStateIndicator</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/autosave.py" line="+347"/>
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
