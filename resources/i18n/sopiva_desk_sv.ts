<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../sopiva_desk/gui/controller.py" line="+196"/>
        <source>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Klientarbete utan nätförbindelse för servicehandledare inom handikappservicen.&lt;/p&gt;&lt;p&gt;Klientuppgifterna förvaras krypterade på den här datorn (SQLCipher 4, AES-256) och programmet låser sig självt när det inte används.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Sopiva Desk</source>
        <translation>Om Sopiva Desk</translation>
    </message>
</context>
<context>
    <name>AddClosePersonDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/close_person.py" line="+46"/>
        <source>Add close person</source>
        <translation>Lägg till närstående</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. mother, brother, friend, trustee</source>
        <translation>t.ex. mamma, bror, vän, intressebevakare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/caseload_model.py" line="+275"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/caseload.py" line="+178"/>
        <location line="+12"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a client ({shortcut})</source>
        <translation>Lägg till en klient ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, identity code or municipality</source>
        <translation>Sök på namn, personbeteckning eller kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</source>
        <translation>Skriv någon del av ett namn, en personbeteckning, ett födelsedatum eller en kommun. Om du skriver flera ord måste alla stämma. ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality filter</source>
        <translation>Filtrera efter kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtrera efter status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} av {total} klienter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client list could not be loaded.</source>
        <translation>Klientlistan kunde inte laddas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading clients…</source>
        <translation>Laddar klienter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients yet.

Add the first one with “New client…” ({shortcut}).</source>
        <translation>Inga klienter ännu.

Lägg till den första med ”Ny klient…” ({shortcut}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</source>
        <translation>Inga klienter motsvarar sökningen.

Kontrollera stavningen eller töm sökningen (Esc) och filtren.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <location filename="../../ui/client_details.ui" line="+49"/>
        <source>Person</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Temporary identifier</source>
        <translation>Tillfällig identifierare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a random identifier for a client whose identity code is not known</source>
        <translation>Skapa en slumpmässig identifierare för en klient vars personbeteckning inte är känd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comes from the identity code.</source>
        <translation>Framgår av personbeteckningen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Which language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Address and phone</source>
        <translation>Adress och telefon</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Postal code and post office</source>
        <translation>Postnummer och postanstalt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete client…</source>
        <translation>Ta bort klient…</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/access_log_model.py" line="+22"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary identifier</source>
        <translation>Tillfällig identifierare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="+230"/>
        <source>Communication methods</source>
        <translation>Kommunikationssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I communicate</source>
        <translation>Hur jag kommunicerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Borttagning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client file</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{record}: {fields}</source>
        <translation>{record}: {fields}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="-131"/>
        <source>Details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Close persons</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Access log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>← Clients</source>
        <translation>← Klienter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Tillbaka till klientlistan (Alt+Vänsterpil eller Esc)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Double-click a name, relation or phone number to change it. Changes are saved automatically.</source>
        <translation>Dubbelklicka på ett namn, en relation eller ett telefonnummer för att ändra det. Ändringarna sparas automatiskt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add close person…</source>
        <translation>Lägg till närstående…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+317"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Remove the selected close person</source>
        <translation>Ta bort den valda närstående personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+262"/>
        <source>Roles of the selected person</source>
        <translation>Den valda personens roller</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+7"/>
        <source>How I communicate and how to support me</source>
        <translation>Hur jag kommunicerar och hur du kan stödja mig</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</source>
        <translation>Med klientens egna ord, t.ex. ”Jag förstår bäst när du visar mig en bild.”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everyone who has viewed or changed this client&apos;s data, newest first. The client has the right to see this log.</source>
        <translation>Alla som har visat eller ändrat den här klientens uppgifter, de senaste först. Klienten har rätt att se loggen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (inte längre en kommun)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Delete client</source>
        <translation>Ta bort klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</source>
        <translation>Vill du ta bort klientuppgifterna för {name}? Klienten och klientens närstående tas bort från din klientlista. Borttagningen registreras i användningsloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Roles of {name}</source>
        <translation>Roller för {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} – {field}: {reason}</source>
        <translation>{name} – {field}: {reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove close person</source>
        <translation>Ta bort närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the close persons of this client?</source>
        <translation>Vill du ta bort {name} från den här klientens närstående?</translation>
    </message>
</context>
<context>
    <name>ClosePersonsModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/close_persons_model.py" line="+63"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roller</translation>
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
        <translation>Kontrollera uppgifterna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</source>
        <translation>Tyvärr uppstod ett programfel i Sopiva Desk. Allt du har sparat är i tryggt förvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crash report without client data was saved to:</source>
        <translation>En felrapport utan klientuppgifter sparades i filen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="+460"/>
        <source>Create a profile – Sopiva Desk</source>
        <translation>Skapa en profil – Sopiva Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Skapa profil</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sopiva_desk/gui/labels.py" line="+12"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other language</source>
        <translation>Annat språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain language</source>
        <translation>Lättläst språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures or symbols</source>
        <translation>Bilder eller symboler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAC device</source>
        <translation>AKK-hjälpmedel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key-word signs</source>
        <translation>Tecken som stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign language</source>
        <translation>Teckenspråk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal guardian or trustee</source>
        <translation>Intressebevakare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen supporter in decision-making</source>
        <translation>Vald stödperson i beslutsfattandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has tasks in the client plan</source>
        <translation>Har uppgifter i klientplanen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopiva_desk/gui/main_window.py" line="+53"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Sopiva Desk</source>
        <translation>&amp;Om Sopiva Desk</translation>
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
        <translation>Inloggad som {name}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sopiva_desk/gui/messages.py" line="+20"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most {max} characters.</source>
        <translation>För lång: högst {max} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the invisible control characters.</source>
        <translation>Ta bort de osynliga styrtecknen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a value from the list.</source>
        <translation>Välj ett värde i listan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Ange ett tal mellan {min} och {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many rows: at most {max}.</source>
        <translation>För många rader: högst {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number, e.g. 12 or 7,5.</source>
        <translation>Skriv ett tal, t.ex. 12 eller 7,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at most {decimals} decimals.</source>
        <translation>Använd högst {decimals} decimaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is completed and locked. Amend it to make changes.</source>
        <translation>Bedömningen är slutförd och låst. Gör ändringar som en ny version (Ändra bedömningen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed assessment can be amended.</source>
        <translation>Endast en slutförd bedömning kan ändras som en ny version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name must contain letters.</source>
        <translation>Ett namn måste innehålla bokstäver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name cannot contain digits. Was this meant for another field?</source>
        <translation>Ett namn kan inte innehålla siffror. Hörde det här till ett annat fält?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</source>
        <translation>Ange ett telefonnummer, t.ex. 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has five digits, e.g. 50100.</source>
        <translation>Ett postnummer har fem siffror, t.ex. 50100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Ange datumet i formen dd.mm.åååå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is more than 130 years ago.</source>
        <translation>Datumet ligger mer än 130 år tillbaka i tiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</source>
        <translation>Använd 3–30 bokstäver, siffror eller bindestreck, t.ex. TMP-7K3M-Q9XD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the identity code, or a temporary identifier if the code is not known.</source>
        <translation>Ange personbeteckningen eller, om den inte är känd, en tillfällig identifierare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the identity code.</source>
        <translation>Ange personbeteckningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity code is not in the form ddmmyy-nnnX.</source>
        <translation>Personbeteckningen har inte formen ddmmåå-nnnX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Det sjunde tecknet ska vara ett skiljetecken som anger århundradet: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity code does not begin with a real date.</source>
        <translation>Personbeteckningen börjar inte med ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual numbers 000 and 001 are not used.</source>
        <translation>Individnumren 000 och 001 används inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check character does not match. Check the code for a typing error.</source>
        <translation>Kontrolltecknet stämmer inte. Kontrollera om beteckningen har ett skrivfel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Enligt personbeteckningen ligger födelsedatumet i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another client already has this identity code.</source>
        <translation>En annan klient har redan den här personbeteckningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a passphrase.</source>
        <translation>Ange en lösenfras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least 12 characters.</source>
        <translation>Använd minst 12 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too easy to guess. Add a few more unrelated words of your own.</source>
        <translation>För lätt att gissa. Lägg till några egna ord till som inte hör ihop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit is still open: end it to see its summary.</source>
        <translation>Ett besök är fortfarande öppet: avsluta det för att se sammanfattningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The needs assessment started on {since} is unfinished.</source>
        <translation>Bedömningen av servicebehovet som påbörjades {since} är inte klar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No needs assessment yet.</source>
        <translation>Servicebehovet har ännu inte bedömts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assessment is complete: the client plan is next.</source>
        <translation>Bedömningen är klar: nästa steg är klientplanen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Fel lösenfras. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>För många felaktiga försök. Du kan försöka igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file of this profile is damaged or belongs to another profile. It has not been changed. Contact IT support: the office can restore it from the central records.</source>
        <translation>Datafilen för den här profilen är skadad eller hör till en annan profil. Filen har inte ändrats. Kontakta IT-stödet: kontoret kan återställa den från de centrala registren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file of this profile is missing. Contact IT support.</source>
        <translation>Datafilen för den här profilen saknas. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</source>
        <translation>Datafilen för den här profilen är inte krypterad och har alltså inte skapats av Sopiva Desk. Filen har inte öppnats. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile settings file cannot be read. Contact IT support.</source>
        <translation>Profilens inställningsfil kan inte läsas. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recovery key or its password is wrong, or it belongs to another organisation.</source>
        <translation>Återställningsnyckeln eller dess lösenord är fel, eller så hör nyckeln till en annan organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Your last change was not saved; free some space and it will be saved again.</source>
        <translation>Disken är full. Din senaste ändring sparades inte. Frigör utrymme, så sparas den på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file could not be read or written. Check the disk and try again.</source>
        <translation>Datafilen kunde inte läsas eller skrivas. Kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record no longer exists. It may have been removed.</source>
        <translation>Uppgiften finns inte längre. Den kan ha tagits bort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/new_client.py" line="+105"/>
        <source>&amp;Add client</source>
        <translation>&amp;Lägg till klient</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Birth date {date} (from the identity code)</source>
        <translation>Födelsedatum {date} (enligt personbeteckningen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a temporary identity code.</source>
        <translation>Detta är en tillfällig personbeteckning.</translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.ui" line="+14"/>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</source>
        <translation>Ange personbeteckningen om den är känd. Om den inte är känd, skapa en tillfällig identifierare. Personbeteckningen kan läggas till senare i klientens uppgifter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;First names</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Identity code</source>
        <translation>&amp;Personbeteckning</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Temporary identifier</source>
        <translation>&amp;Tillfällig identifierare</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if the identity code is not known</source>
        <translation>Bara om personbeteckningen inte är känd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ge&amp;nerate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new temporary identifier for a client whose identity code is not known</source>
        <translation>Skapa en ny tillfällig identifierare för en klient vars personbeteckning inte är känd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Birth date</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lang&amp;uage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Other language</source>
        <translation>&amp;Annat språk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which language, e.g. Arabic</source>
        <translation>Vilket språk, t.ex. arabiska</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the municipality</source>
        <translation>Välj kommun</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Phone</source>
        <translation>Telef&amp;on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <location filename="../../sopiva_desk/gui/lock.py" line="+32"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="-338"/>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is shown on the start screen. The passphrase protects everything you save.</source>
        <translation>Ditt namn visas på startskärmen. Lösenfrasen skyddar allt du sparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your na&amp;me</source>
        <translation>Ditt na&amp;mn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Aino Virtanen</source>
        <translation>Till exempel Anna Lindholm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tips: några ord som inte hör ihop och som bara du skulle sätta ihop är lätta att komma ihåg och svåra att gissa.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Creating your profile…</source>
        <translation>Profilen skapas…</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/autosave.py" line="+347"/>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: check the highlighted field</source>
        <translation>Inte sparat: kontrollera det markerade fältet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected error</source>
        <translation>oväntat fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes saved at {time}</source>
        <translation>Alla ändringar sparade kl. {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/settings.py" line="+34"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when idle for:</source>
        <translation>Lås efter inaktivitet på:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Gränssnittsspråk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start.</source>
        <translation>Det nya språket används från och med nästa start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase:</source>
        <translation>Upprepa den nya lösenfrasen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Changing…</source>
        <translation>Byter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Lösenfrasen har bytts. Använd den nya från och med nu.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../sopiva_desk/gui/unlock_window.py" line="+145"/>
        <location line="+3"/>
        <source>Sopiva Desk is locked</source>
        <translation>Sopiva Desk är låst</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your passphrase to continue. Unsaved work was saved before locking.</source>
        <translation>Ange din lösenfras för att fortsätta. Osparat arbete sparades före låsningen.</translation>
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
        <translation>Det finns ännu ingen profil på den här datorn. Skapa en för att börja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open your profile.</source>
        <translation>Ange din lösenfras för att öppna din profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/unlock_window.ui" line="+10"/>
        <source>Choose your profile and enter your passphrase.</source>
        <translation>Välj din profil och ange din lösenfras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/unlock_window.ui" line="+133"/>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.ui" line="-110"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>P&amp;assphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Create a new profile</source>
        <translation>Skapa en ny profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new profile…</source>
        <translation>Skapa en ny profil…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/first_run.py" line="-334"/>
        <source>Welcome to Sopiva Desk</source>
        <translation>Välkommen till Sopiva Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you start, please read how your data is protected.</source>
        <translation>Läs innan du börjar hur dina uppgifter skyddas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</source>
        <translation>Sopiva Desk sparar ditt klientarbete på den här datorn. Allt du sparar krypteras med en lösenfras som du själv väljer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</source>
        <translation>Välj en lösenfras som du kommer ihåg. Sopiva Desk kan inte visa din lösenfras eller återställa den åt dig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</source>
        <translation>Om din organisation har infört en återställningsnyckel kan kontoret återställa åtkomsten till dina uppgifter. Fråga IT-stödet om så är fallet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next, you will create your personal profile.</source>
        <translation>Härnäst skapar du din personliga profil.</translation>
    </message>
</context>
</TS>
