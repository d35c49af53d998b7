<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Klientarbete utan nätförbindelse för servicehandledare inom handikappservicen.&lt;/p&gt;&lt;p&gt;Klientuppgifterna förvaras krypterade på den här datorn (SQLCipher 4, AES-256) och programmet låser sig självt när det inte används.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Piktogram: OpenMoji, projektet för emojier och ikoner med öppen källkod ({url}). Licens: {license_link}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Sopiva Desk</source>
        <translation>Om Sopiva Desk</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <source>way of meeting</source>
        <translation>sätt att träffas</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <source>visit ended</source>
        <translation>besöket avslutades</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>vem som deltog</translation>
    </message>
    <message>
        <source>who was absent</source>
        <translation>vem som var frånvarande</translation>
    </message>
    <message>
        <source>“How are things?”</source>
        <translation>”Hur går det?”</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>the client&apos;s rating</source>
        <translation>klientens bedömning</translation>
    </message>
    <message>
        <source>the professional&apos;s rating</source>
        <translation>den professionellas bedömning</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>reason for the new version</source>
        <translation>orsak till den nya versionen</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>förteckningen</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>ändringshistoriken</translation>
    </message>
    <message>
        <source>{record} (since removed)</source>
        <translation>{record} (senare borttagen)</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>Close person {name}</source>
        <translation>Närstående {name}</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>{way} {date}</source>
        <translation>{way} {date}</translation>
    </message>
    <message>
        <source>Needs assessment, version {version}</source>
        <translation>Bedömning av servicebehovet, version {version}</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <source>Decision-making session “{topic}”, version {version}</source>
        <translation>Stött beslutsfattande ”{topic}”, version {version}</translation>
    </message>
    <message>
        <source>Decision-making session, version {version}</source>
        <translation>Stött beslutsfattande, version {version}</translation>
    </message>
    <message>
        <source>Client plan, version {version}</source>
        <translation>Klientplan, version {version}</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <source>Personal budget {start}–{end}</source>
        <translation>Personlig budget {start}–{end}</translation>
    </message>
    <message>
        <source>Plan review {date}</source>
        <translation>Utvärdering av planen {date}</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Utvärdering av planen</translation>
    </message>
    <message>
        <source>Print queue: {document}</source>
        <translation>Utskriftskö: {document}</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Utskriftskö</translation>
    </message>
    <message>
        <source>Disclosure to {recipient}</source>
        <translation>Utlämnande till {recipient}</translation>
    </message>
    <message>
        <source>Disclosure entries</source>
        <translation>Anteckningar om utlämnanden</translation>
    </message>
    <message>
        <source>Personal budgets overview</source>
        <translation>Översikt över personliga budgetar</translation>
    </message>
    <message>
        <source>All of the client&apos;s data, at the client&apos;s own request</source>
        <translation>Alla klientens uppgifter, på klientens egen begäran</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>Klientens loggredogörelse</translation>
    </message>
    <message>
        <source>included in the exported file</source>
        <translation>ingick i den exporterade filen</translation>
    </message>
    <message>
        <source>changes to the client&apos;s data were in the sync</source>
        <translation>ändringar i klientens uppgifter ingick i synkroniseringen</translation>
    </message>
    <message>
        <source>appeared in the list</source>
        <translation>syntes i förteckningen</translation>
    </message>
    <message>
        <source>document “{name}”</source>
        <translation>dokument ”{name}”</translation>
    </message>
    <message>
        <source>marked as printed</source>
        <translation>markerad som utskriven</translation>
    </message>
    <message>
        <source>taken off the queue</source>
        <translation>borttagen ur kön</translation>
    </message>
    <message>
        <source>an answer in the form</source>
        <translation>ett svar i blanketten</translation>
    </message>
    <message>
        <source>support {number}</source>
        <translation>stöd {number}</translation>
    </message>
    <message>
        <source>support {number} “{words}”</source>
        <translation>stöd {number} ”{words}”</translation>
    </message>
    <message>
        <source>a support since removed</source>
        <translation>ett stöd som senare tagits bort</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>person {number}</translation>
    </message>
    <message>
        <source>person {number} “{words}”</source>
        <translation>person {number} ”{words}”</translation>
    </message>
    <message>
        <source>a person since removed</source>
        <translation>en person som senare tagits bort</translation>
    </message>
    <message>
        <source>order of the options</source>
        <translation>alternativens ordning</translation>
    </message>
    <message>
        <source>option {number}</source>
        <translation>alternativ {number}</translation>
    </message>
    <message>
        <source>option {number} “{words}”</source>
        <translation>alternativ {number} ”{words}”</translation>
    </message>
    <message>
        <source>an option since removed</source>
        <translation>ett alternativ som senare tagits bort</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>rad {number}</translation>
    </message>
    <message>
        <source>line {number} “{words}”</source>
        <translation>rad {number} ”{words}”</translation>
    </message>
    <message>
        <source>a line since removed</source>
        <translation>en rad som senare tagits bort</translation>
    </message>
    <message>
        <source>reference line {number}</source>
        <translation>referensrad {number}</translation>
    </message>
    <message>
        <source>payment commitment {number}</source>
        <translation>betalningsförbindelse {number}</translation>
    </message>
    <message>
        <source>a realised use since removed</source>
        <translation>en förverkligad användning som senare tagits bort</translation>
    </message>
    <message>
        <source>realised use {date}</source>
        <translation>förverkligad användning {date}</translation>
    </message>
    <message>
        <source>Caseload list</source>
        <translation>Klientlistan</translation>
    </message>
    <message>
        <source>Today page</source>
        <translation>Sidan Idag</translation>
    </message>
    <message>
        <source>Goal attainment in the budgets overview</source>
        <translation>Måluppfyllelse i budgetöversikten</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Closed cases to remove from this computer</source>
        <translation>Avslutade klientskap som kan tas bort från den här datorn</translation>
    </message>
    <message>
        <source>Changes refused by the central records</source>
        <translation>Ändringar som klientdatasystemet avvisat</translation>
    </message>
    <message>
        <source>Visits, assessments and decision-making</source>
        <translation>Besök, bedömningar och stött beslutsfattande</translation>
    </message>
    <message>
        <source>Plans, budgets and reviews</source>
        <translation>Planer, budgetar och utvärderingar</translation>
    </message>
    <message>
        <source>Access log and disclosures</source>
        <translation>Användningslogg och utlämnanden</translation>
    </message>
    <message>
        <source>Sent to the central records</source>
        <translation>Skickat till klientdatasystemet</translation>
    </message>
    <message>
        <source>Received from the central records</source>
        <translation>Mottaget från klientdatasystemet</translation>
    </message>
    <message>
        <source>goal {number}</source>
        <translation>mål {number}</translation>
    </message>
    <message>
        <source>goal {number} “{words}”</source>
        <translation>mål {number} ”{words}”</translation>
    </message>
    <message>
        <source>a goal since removed</source>
        <translation>ett mål som senare tagits bort</translation>
    </message>
    <message>
        <source>in Finnish</source>
        <translation>på finska</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>på svenska</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>{text}
Stored as: {keys}</source>
        <translation>{text}
Sparad som: {keys}</translation>
    </message>
</context>
<context>
    <name>AccessLogCheck</name>
    <message>
        <source>{action}: {record}</source>
        <translation>{action}: {record}</translation>
    </message>
    <message>
        <source>{what} ({client})</source>
        <translation>{what} ({client})</translation>
    </message>
    <message>
        <source>No. {seq} · {when} · {who} · {what}</source>
        <translation>Nr {seq} · {when} · {who} · {what}</translation>
    </message>
    <message>
        <source>This entry has been changed after it was written (its person, action, time or another detail no longer matches its checksum).</source>
        <translation>Anteckningen har ändrats efter att den skrevs (dess person, åtgärd, tid eller någon annan uppgift stämmer inte längre med dess kontrollsumma).</translation>
    </message>
    <message>
        <source>Entry No. {first} before this one has been deleted.</source>
        <translation>Anteckning nr {first} före den här har tagits bort.</translation>
    </message>
    <message>
        <source>Entries No. {first}–{last} before this one have been deleted.</source>
        <translation>Anteckningarna nr {first}–{last} före den här har tagits bort.</translation>
    </message>
    <message>
        <source>This entry does not follow the one before it: entries have been moved out of order or added afterwards.</source>
        <translation>Anteckningen följer inte på den föregående: anteckningar har flyttats ur ordning eller lagts till i efterhand.</translation>
    </message>
    <message>
        <source>The newest entries have been deleted: the log was signed up to entry No. {signed}, but now ends at No. {newest}.</source>
        <translation>De senaste anteckningarna har tagits bort: loggen var signerad till och med anteckning nr {signed}, men slutar nu vid nr {newest}.</translation>
    </message>
    <message>
        <source>This entry is not the one the log was signed with: entries at or before it have been changed and the checksums recalculated, or deleted and replaced.</source>
        <translation>Anteckningen är inte den som loggen signerades med: den här eller tidigare anteckningar har ändrats och kontrollsummorna räknats om, eller tagits bort och ersatts.</translation>
    </message>
    <message>
        <source>The signed end of the log is not signed with this profile&apos;s log key.</source>
        <translation>Loggens signerade slut är inte signerat med den här profilens loggnyckel.</translation>
    </message>
    <message>
        <source>The signed end of the log has been removed from the store.</source>
        <translation>Loggens signerade slut har tagits bort ur datalagret.</translation>
    </message>
    <message>
        <source>The profile file names a different log key than the store holds.</source>
        <translation>Profilfilen anger en annan loggnyckel än den som finns i datalagret.</translation>
    </message>
    <message>
        <source>The confirmation from the central records is not signed by the central server.</source>
        <translation>Bekräftelsen från klientdatasystemet är inte signerad av centralservern.</translation>
    </message>
    <message>
        <source>This entry is not what the central records confirmed at the last sync: the log has been changed at or before this entry and signed again.</source>
        <translation>Anteckningen är inte den som klientdatasystemet bekräftade vid den senaste synkroniseringen: loggen har ändrats vid den här eller en tidigare anteckning och signerats på nytt.</translation>
    </message>
    <message>
        <source>Entries the central records confirmed at the last sync have been deleted: the log was confirmed up to No. {signed}, but now ends at No. {newest}.</source>
        <translation>Anteckningar som klientdatasystemet bekräftade vid den senaste synkroniseringen har tagits bort: loggen var bekräftad till och med nr {signed}, men slutar nu vid nr {newest}.</translation>
    </message>
    <message>
        <source>The confirmation from the central records has been removed from the store.</source>
        <translation>Bekräftelsen från klientdatasystemet har tagits bort ur datalagret.</translation>
    </message>
    <message>
        <source>The clients kept for this listing are not the ones it showed: the list of clients has been changed.</source>
        <translation>Klienterna som sparats för listan är inte de som listan visade: klientlistan har ändrats.</translation>
    </message>
    <message>
        <source>Newest entries not yet signed: {count} (the app closed before it could sign them). They are signed when the profile is next unlocked.</source>
        <translation>Senaste anteckningar som ännu inte signerats: {count} (appen stängdes innan den hann signera dem). De signeras nästa gång profilen låses upp.</translation>
    </message>
    <message>
        <source>The signed end of the log is missing from the profile folder. It is written again when the profile is next unlocked.</source>
        <translation>Loggens signerade slut saknas i profilmappen. Det skrivs på nytt nästa gång profilen låses upp.</translation>
    </message>
    <message>
        <source>The log has not been signed yet (it was written by an older version). It is signed when the profile is next unlocked.</source>
        <translation>Loggen har inte signerats ännu (den skrevs av en äldre version). Den signeras nästa gång profilen låses upp.</translation>
    </message>
    <message>
        <source>The access log has been tampered with.</source>
        <translation>Användningsloggen har manipulerats.</translation>
    </message>
    <message>
        <source>The access log is intact, with a note.</source>
        <translation>Användningsloggen är intakt, med en anmärkning.</translation>
    </message>
    <message>
        <source>The access log is intact.</source>
        <translation>Användningsloggen är intakt.</translation>
    </message>
    <message>
        <source>Entries checked: {count}.</source>
        <translation>Kontrollerade anteckningar: {count}.</translation>
    </message>
    <message>
        <source>Signed on this computer up to entry No. {seq}.</source>
        <translation>Signerad på den här datorn till och med anteckning nr {seq}.</translation>
    </message>
    <message>
        <source>Confirmed by the central records up to entry No. {seq}.</source>
        <translation>Bekräftad i klientdatasystemet till och med anteckning nr {seq}.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the central records (confirmed at each sync).</source>
        <translation>Ännu inte bekräftad i klientdatasystemet (bekräftas vid varje synkronisering).</translation>
    </message>
    <message>
        <source>No. {seq}</source>
        <translation>Nr {seq}</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckControl</name>
    <message>
        <source>Check the access &amp;log…</source>
        <translation>Kontrollera &amp;användningsloggen…</translation>
    </message>
    <message>
        <source>The access log has been tampered with</source>
        <translation>Användningsloggen har manipulerats</translation>
    </message>
    <message>
        <source>The check after unlock found a break in the access log. Click to see which entry.</source>
        <translation>Kontrollen efter upplåsningen hittade ett avbrott i användningsloggen. Klicka för att se vilken anteckning det gäller.</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckDialog</name>
    <message>
        <source>Check the access log</source>
        <translation>Kontroll av användningsloggen</translation>
    </message>
    <message>
        <source>Every entry of the access log holds a checksum of the one before it, and the end of the log is signed on this computer and confirmed by the central records at each sync. The check reads the whole log from the first entry and says whether anything has been changed, deleted or reordered since it was written.</source>
        <translation>Varje anteckning i användningsloggen innehåller kontrollsumman för den föregående, och loggens slut signeras på den här datorn och bekräftas i klientdatasystemet vid varje synkronisering. Kontrollen läser hela loggen från den första anteckningen och visar om något har ändrats, tagits bort eller flyttats om sedan det skrevs.</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>Första brutna anteckningen</translation>
    </message>
    <message>
        <source>Everything the check found</source>
        <translation>Allt som kontrollen hittade</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Checking the access log…</source>
        <translation>Användningsloggen kontrolleras…</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>Kontrollen kunde inte göras.</translation>
    </message>
    <message>
        <source>No. {seq} (no longer in the log)</source>
        <translation>Nr {seq} (finns inte längre i loggen)</translation>
    </message>
    <message>
        <source>The log as a whole</source>
        <translation>Loggen som helhet</translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>{action}: {record}</source>
        <translation>{action}: {record}</translation>
    </message>
    <message>
        <source>(in a list of several clients)</source>
        <translation>(i en förteckning över flera klienter)</translation>
    </message>
    <message>
        <source>Access report…</source>
        <translation>Loggredogörelse…</translation>
    </message>
    <message>
        <source>For the client: who handled their data in a period and why, on screen and as a PDF</source>
        <translation>För klienten: vem som hanterade klientens uppgifter under en period och varför, på skärmen och som PDF</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>Klientens loggredogörelse</translation>
    </message>
    <message>
        <source>Who has viewed, changed, printed or exported this client&apos;s data on this computer in the period, and why, and to whom data was disclosed. The client has the right to get this report. Work done on other computers is in the report of the central records.</source>
        <translation>Vem som på den här datorn har sett, ändrat, skrivit ut eller exporterat klientens uppgifter under perioden och för vilket ändamål, samt till vem uppgifter har lämnats ut. Klienten har rätt att få denna redogörelse. Arbete som gjorts på andra datorer finns i redogörelsen från det centrala systemet.</translation>
    </message>
    <message>
        <source>Who handled the data</source>
        <translation>Vem hanterade uppgifterna</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;från</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>The language of the PDF. The client&apos;s language is chosen first.</source>
        <translation>PDF-filens språk. Först väljs klientens språk.</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>PDF-&amp;språk</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file to give to the client</source>
        <translation>Spara redogörelsen som en PDF-fil att ge till klienten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Loggen läses…</translation>
    </message>
    <message>
        <source>{name}, {identity}</source>
        <translation>{name}, {identity}</translation>
    </message>
    <message>
        <source>Who handled the data ({count})</source>
        <translation>Vem hanterade uppgifterna ({count})</translation>
    </message>
    <message>
        <source>Disclosures ({count})</source>
        <translation>Utlämnanden ({count})</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF-filen förbereds…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} sidor</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF-filen sparas…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Spara loggredogörelsen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF-filen sparades inte.</translation>
    </message>
</context>
<context>
    <name>AddClosePersonDialog</name>
    <message>
        <source>Add close person</source>
        <translation>Lägg till närstående</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>e.g. mother, brother, friend, trustee</source>
        <translation>t.ex. mamma, bror, vän, intressebevakare</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add a payment commitment</source>
        <translation>Lägg till betalningsförbindelse</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Lägg till förbindelse</translation>
    </message>
    <message>
        <source>Correct payment commitment {number}</source>
        <translation>Korrigera betalningsförbindelse {number}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara korrigeringen</translation>
    </message>
    <message>
        <source>The county promises to pay the service provider up to the maximum sum. Money is never paid to the client.</source>
        <translation>Välfärdsområdet förbinder sig att betala serviceproducenten högst maximibeloppet. Pengar betalas aldrig till klienten.</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>e.g. MS-2026-014</source>
        <translation>t.ex. MS-2026-014</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Serviceproducent</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <source>&amp;Maximum sum (€)</source>
        <translation>&amp;Maximibelopp (€)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Giltig &amp;från</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Giltig t&amp;ill</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>Orsak till &amp;korrigeringen</translation>
    </message>
    <message>
        <source>e.g. The maximum sum was typed wrong</source>
        <translation>t.ex. Maximibeloppet skrevs in fel</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <source>Agree the plan</source>
        <translation>Godkänn planen</translation>
    </message>
    <message>
        <source>Agreeing locks this version of the plan. The plan agreed before it is kept as superseded. Later changes are made in a new version.</source>
        <translation>Godkännandet låser den här versionen av planen. Den plan som godkändes tidigare sparas som ersatt. Senare ändringar görs i en ny version.</translation>
    </message>
    <message>
        <source>&amp;Agreed with the client on</source>
        <translation>&amp;Överenskommen med klienten den</translation>
    </message>
    <message>
        <source>Agreed with the client on</source>
        <translation>Överenskommen med klienten den</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AmendAssessmentDialog</name>
    <message>
        <source>Amend assessment</source>
        <translation>Ändra bedömningen</translation>
    </message>
    <message>
        <source>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</source>
        <translation>En slutförd bedömning ändras inte. När du ändrar den skapas en ny version med samma svar, som ett utkast som du kan redigera och slutföra på nytt. Orsaken sparas med varje ändring som görs i den nya versionen och visas i ändringshistoriken.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <source>e.g. “The client told more about their need for support on 3.2.”</source>
        <translation>t.ex. ”Klienten berättade mer om sitt stödbehov den 3.2.”</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Orsak till ändringen (obligatorisk)</translation>
    </message>
    <message>
        <source>Make new version</source>
        <translation>Skapa ny version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Alla ändringar i svaren i ”{title}”, de senaste först. För ändringar som gjorts i en ny version visas orsaken som angavs när versionen skapades.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Visa ändringar i:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>No answers have been changed yet.</source>
        <translation>Inga svar har ändrats ännu.</translation>
    </message>
    <message>
        <source>The chosen change in full</source>
        <translation>Den valda ändringen i sin helhet</translation>
    </message>
    <message>
        <source>Choose a change to see the whole old and new answer.</source>
        <translation>Välj en ändring för att se hela det gamla och det nya svaret.</translation>
    </message>
    <message>
        <source>{when} · {who} · version {version}</source>
        <translation>{when} · {who} · version {version}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Före:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Efter:</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Orsak till ändringen</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>{title}, template version {version}</source>
        <translation>{title}, mallversion {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Check: an answer was not accepted</source>
        <translation>Kontrollera: ett svar godkändes inte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Every change to the answers: who, when, old and new</source>
        <translation>Alla ändringar i svaren: vem, när, gammalt och nytt</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Ändra bedömningen…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed assessment</source>
        <translation>Skapa en ny version för att ändra en slutförd bedömning</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Check the required answers and lock the assessment (Ctrl+Enter)</source>
        <translation>Kontrollera de obligatoriska svaren och lås bedömningen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Answers to give before completing</source>
        <translation>Svar som ska ges innan bedömningen slutförs</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Av&amp;snitt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Med Ctrl+Page Down och Ctrl+Page Up flyttar du mellan avsnitten</translation>
    </message>
    <message>
        <source>Assessment of {name}</source>
        <translation>Bedömning: {name}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>slutförd {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>gör en ny version för att ändra den: Ändra bedömningen…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>en nyare version ersätter den här</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>den sparas som den var</translation>
    </message>
    <message>
        <source>Done: every answer the section needs is given</source>
        <translation>Klart: alla svar som avsnittet behöver är givna</translation>
    </message>
    <message>
        <source>Started: answers the section needs are missing</source>
        <translation>Påbörjat: svar som avsnittet behöver saknas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>started</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kontrollera</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Slutförd {date}</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Version {number} · {status}</source>
        <translation>Version {number} · {status}</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
    <message>
        <source>{field}: not accepted</source>
        <translation>{field}: godkändes inte</translation>
    </message>
    <message>
        <source>Some answers were not accepted. Correct them, then complete again.</source>
        <translation>Vissa svar godkändes inte. Rätta dem och slutför sedan på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing. Choose one to go to it.</source>
        <translation>
            <numerusform>%n obligatoriskt svar saknas. Välj det för att gå till det.</numerusform>
            <numerusform>%n obligatoriska svar saknas. Välj ett för att gå till det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required answer is given. You can complete the assessment now.</source>
        <translation>Alla obligatoriska svar har getts. Du kan slutföra bedömningen nu.</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Gå till fältet</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Back up this profile automatically</source>
        <translation>Säkerhetskopiera den här profilen automatiskt</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Varje dag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>En gång i veckan</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Hur ofta:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Antal säkerhetskopior som sparas:</translation>
    </message>
    <message>
        <source>A backup is made while the app is open and when it locks or closes, once the interval has passed. The oldest are removed when there are more than the number kept. Keep backups on a USB drive or network folder, not on this computer alone.</source>
        <translation>En säkerhetskopia görs när den valda tiden har gått: medan appen är öppen och när den låses eller stängs. De äldsta tas bort när det finns fler än det antal som sparas. Förvara säkerhetskopiorna på ett USB-minne eller i en nätverksmapp, inte bara på den här datorn.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>No backup of this profile has been made yet.</source>
        <translation>Ingen säkerhetskopia av den här profilen har gjorts ännu.</translation>
    </message>
    <message>
        <source>{when}, to {path}</source>
        <translation>{when}, till {path}</translation>
    </message>
    <message>
        <source>The last backup failed: {reason}</source>
        <translation>Den senaste säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Ingen mapp vald</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>New encryption key</source>
        <translation>Ny krypteringsnyckel</translation>
    </message>
    <message>
        <source>This profile&apos;s data is now encrypted with a new key. A backup was made first: {path}. It opens with the old key, so keep it as safe as the computer and delete it when it is no longer needed. Unlock with your passphrase as before.</source>
        <translation>Den här profilens uppgifter är nu krypterade med en ny nyckel. Först gjordes en säkerhetskopia: {path}. Den öppnas med den gamla nyckeln, så förvara den lika omsorgsfullt som datorn och radera den när den inte längre behövs. Lås upp med din lösenfras som tidigare.</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Säkerhetskopiera den här profilen</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup)</source>
        <translation>Säkerhetskopior av Sopiva Desk (*.sopiva-backup)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopian är klar</translation>
    </message>
    <message>
        <source>The backup was written and checked: {path}

It opens with this profile&apos;s passphrase on any computer with Sopiva Desk (unlock screen → Restore from a backup…).</source>
        <translation>Säkerhetskopian har skrivits och kontrollerats: {path}

Den kan öppnas med den här profilens lösenfras på vilken dator som helst med Sopiva Desk (startvyn → Återställ från en säkerhetskopia…).</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Plan support</source>
        <translation>Stöd i planen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Enhetspris (€)</translation>
    </message>
    <message>
        <source>Arranged as</source>
        <translation>Ordnas som</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budgetperiod</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetrader</translation>
    </message>
    <message>
        <source>Each line is arranged without paying the client: payment commitment, service voucher, purchased service or own production. Double-click or type in a cell to change it; totals update at once.</source>
        <translation>Varje rad ordnas utan att pengar betalas till klienten: betalningsförbindelse, servicesedel, köpt tjänst eller egen produktion. Dubbelklicka eller skriv i en cell för att ändra den; summorna uppdateras direkt.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Add lines from the plan</source>
        <translation>Lägg till rader från planen</translation>
    </message>
    <message>
        <source>A line for every support of the client plan not yet in the budget</source>
        <translation>En rad för varje stöd i klientplanen som ännu inte finns i budgeten</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <source>The services the client has or is entitled to, at the county&apos;s unit price, for the budget period: the cost-neutrality ceiling.</source>
        <translation>De tjänster klienten har eller har rätt till, till välfärdsområdets enhetspris, för budgetperioden: taket för kostnadsneutralitet.</translation>
    </message>
    <message>
        <source>Reference lines</source>
        <translation>Referenskostnadens rader</translation>
    </message>
    <message>
        <source>Add reference line</source>
        <translation>Lägg till referensrad</translation>
    </message>
    <message>
        <source>Remove reference line</source>
        <translation>Ta bort referensrad</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision; follow-up goes on in the Follow-up tab.</source>
        <translation>Budgeten är beslutad och låst. En ändring kräver ett nytt beslut; uppföljningen fortsätter på fliken Uppföljning.</translation>
    </message>
    <message>
        <source>This budget is closed and read-only.</source>
        <translation>Budgeten är stängd och kan bara läsas.</translation>
    </message>
    <message>
        <source>Required: the budget is over the reference cost. Explain why the extra cost is needed.</source>
        <translation>Obligatorisk: budgeten överskrider referenskostnaden. Motivera varför merkostnaden behövs.</translation>
    </message>
    <message>
        <source>Needed only when the budget is over the reference cost.</source>
        <translation>Behövs bara när budgeten överskrider referenskostnaden.</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Referensrad {number}</translation>
    </message>
    <message>
        <source>Remove line {number} from the budget?</source>
        <translation>Ta bort rad {number} från budgeten?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetFollowUpView</name>
    <message>
        <source>Bar: the share of the allocation used; the dark mark: the share of the period gone by.</source>
        <translation>Stapeln: använd andel av det budgeterade; det mörka strecket: förfluten andel av perioden.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Balance per line</source>
        <translation>Saldo per rad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Väntat hittills</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Used vs time</source>
        <translation>Användning och tid</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Maximum sum</source>
        <translation>Maximibelopp</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Lägg till betalningsförbindelse…</translation>
    </message>
    <message>
        <source>Payment commitments</source>
        <translation>Betalningsförbindelser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Record use…</source>
        <translation>Registrera användning…</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Förverkligad användning</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigera…</translation>
    </message>
    <message>
        <source>Correct the chosen entry; the reason and the earlier values are kept in the history</source>
        <translation>Korrigera den valda anteckningen; orsaken och de tidigare uppgifterna sparas i ändringshistoriken</translation>
    </message>
    <message>
        <source>Cancel entry…</source>
        <translation>Annullera anteckningen…</translation>
    </message>
    <message>
        <source>Cancel the chosen entry made by mistake: it stays listed and in the history with the reason, and no longer counts</source>
        <translation>Annullera en anteckning som gjorts av misstag: den finns kvar i listan och i ändringshistoriken med orsaken, men räknas inte längre med</translation>
    </message>
    <message>
        <source>On {today}, {percent} % of the period {start}–{end} has gone by.</source>
        <translation>Den {today} har {percent} % av perioden {start}–{end} gått.</translation>
    </message>
    <message>
        <source>Allocated {allocated} · used {used} · expected by now {expected} · remaining {remaining}</source>
        <translation>Budgeterat {allocated} · använt {used} · väntat hittills {expected} · kvar {remaining}</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the period gone by</source>
        <translation>{used} % använt, {elapsed} % av perioden har gått</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the time</source>
        <translation>{used} % använt, {elapsed} % av tiden</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Annullerad: {reason}</translation>
    </message>
    <message>
        <source>Corrected: {reason}</source>
        <translation>Korrigerad: {reason}</translation>
    </message>
    <message>
        <source>Amount: {reason}</source>
        <translation>Belopp: {reason}</translation>
    </message>
    <message>
        <source>Whole budget: </source>
        <translation>Hela budgeten: </translation>
    </message>
</context>
<context>
    <name>BudgetFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryDialog</name>
    <message>
        <source>History of the personal budget</source>
        <translation>Den personliga budgetens historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <source>Removed line</source>
        <translation>Borttagen rad</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Referensrad {number}</translation>
    </message>
    <message>
        <source>Payment commitment {number}</source>
        <translation>Betalningsförbindelse {number}</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Förverkligad användning</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} enheter</translation>
    </message>
    <message>
        <source>amount: {reason}</source>
        <translation>belopp: {reason}</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budgetperiod</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutets nummer</translation>
    </message>
    <message>
        <source>Reason for the overlap</source>
        <translation>Orsak till överlappningen</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>högst {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetListModel</name>
    <message>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Besluta…</translation>
    </message>
    <message>
        <source>Record the decision: the budget is then locked</source>
        <translation>Registrera beslutet: budgeten låses sedan</translation>
    </message>
    <message>
        <source>Close budget</source>
        <translation>Stäng budgeten</translation>
    </message>
    <message>
        <source>End the budget: nothing can be recorded after this</source>
        <translation>Avsluta budgeten: inget kan registreras efter detta</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <source>Personal budget of {name}</source>
        <translation>Personlig budget: {name}</translation>
    </message>
    <message>
        <source>Indicative: not decided yet</source>
        <translation>Preliminär: ännu inte beslutad</translation>
    </message>
    <message>
        <source>Decided on {date}</source>
        <translation>Beslutad {date}</translation>
    </message>
    <message>
        <source>{status} · decision {number}</source>
        <translation>{status} · beslut {number}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <source>Shares days with the budget of {periods}. Reason: {reason}</source>
        <translation>Delvis samma period som budgeten {periods}. Orsak: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>inte antecknad</translation>
    </message>
    <message>
        <source>Follow-up starts when the budget is decided</source>
        <translation>Uppföljningen börjar när budgeten är beslutad</translation>
    </message>
    <message>
        <source>Cancel payment commitment {number}</source>
        <translation>Annullera betalningsförbindelse {number}</translation>
    </message>
    <message>
        <source>Cancel the commitment</source>
        <translation>Annullera betalningsförbindelsen</translation>
    </message>
    <message>
        <source>Cancel a commitment entered by mistake. It stays listed and in the history with the reason. A commitment with realised use under it cannot be cancelled: correct or cancel those entries first.</source>
        <translation>Annullera en betalningsförbindelse som antecknats av misstag. Den finns kvar i listan och i ändringshistoriken med orsaken. En betalningsförbindelse med förverkligad användning kan inte annulleras: korrigera eller annullera först de anteckningarna.</translation>
    </message>
    <message>
        <source>Cancel realised use of {date}</source>
        <translation>Annullera förverkligad användning {date}</translation>
    </message>
    <message>
        <source>Cancel the entry</source>
        <translation>Annullera anteckningen</translation>
    </message>
    <message>
        <source>Cancel a use recorded by mistake ({provider}, {amount}). It stays listed and in the history with the reason, and no longer counts in the balances and alerts.</source>
        <translation>Annullera användning som antecknats av misstag ({provider}, {amount}). Den finns kvar i listan och i ändringshistoriken med orsaken, men räknas inte längre med i saldona eller varningarna.</translation>
    </message>
    <message>
        <source>Close this personal budget? Nothing can be changed or recorded in it after this.</source>
        <translation>Stänga den här personliga budgeten? Efter detta kan inget ändras eller registreras i den.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetParts</name>
    <message>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Köpt tjänst</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Egen produktion</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>st.</translation>
    </message>
    <message>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>BudgetTotalsBar</name>
    <message>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budgetens summor</translation>
    </message>
    <message>
        <source>Nothing allocated yet</source>
        <translation>Inget budgeterat ännu</translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation>Inga budgetrader ännu</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Kostnadsneutral</translation>
    </message>
    <message>
        <source>Over the reference by {amount}</source>
        <translation>Överskrider referenskostnaden med {amount}</translation>
    </message>
    <message>
        <source>Reference cost {reference}, allocation {allocation}, difference {difference}. {state}</source>
        <translation>Referenskostnad {reference}, budgeterat {allocation}, skillnad {difference}. {state}</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Ställ in besöket</translation>
    </message>
    <message>
        <source>The visit is kept in the client&apos;s list, marked cancelled, with the reason. Nothing is deleted.</source>
        <translation>Besöket finns kvar i klientens lista, markerat som inställt, med orsaken. Ingenting raderas.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>Reason for cancelling (required)</source>
        <translation>Orsak till att besöket ställs in (obligatorisk)</translation>
    </message>
    <message>
        <source>e.g. The client is ill; a new time is agreed by phone.</source>
        <translation>t.ex. Klienten är sjuk; en ny tid avtalas per telefon.</translation>
    </message>
    <message>
        <source>Keep the visit</source>
        <translation>Behåll besöket</translation>
    </message>
</context>
<context>
    <name>CasePhase</name>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>Add a client ({shortcut})</source>
        <translation>Lägg till en klient ({shortcut})</translation>
    </message>
    <message>
        <source>Search by name, identity code or municipality</source>
        <translation>Sök på namn, personbeteckning eller kommun</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</source>
        <translation>Skriv någon del av ett namn, en personbeteckning, ett födelsedatum eller en kommun. Om du skriver flera ord måste alla stämma. ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;Mina klienter</translation>
    </message>
    <message>
        <source>The clients whose own worker you are</source>
        <translation>Klienter som du är egen kontaktperson för</translation>
    </message>
    <message>
        <source>&amp;All clients</source>
        <translation>A&amp;lla klienter</translation>
    </message>
    <message>
        <source>Every client on this computer</source>
        <translation>Alla klienter på den här datorn</translation>
    </message>
    <message>
        <source>Search all clients</source>
        <translation>Sök bland alla klienter</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Filtrera efter kommun</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtrera efter status</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Filter för synkroniseringsläge</translation>
    </message>
    <message>
        <source>Whether the clients&apos; records are on the central records server</source>
        <translation>Om klienternas uppgifter finns i klientdatasystemet</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All sync states</source>
        <translation>Alla synkroniseringslägen</translation>
    </message>
    <message>
        <source>{shown} of your {total} clients</source>
        <translation>{shown} av dina {total} klienter</translation>
    </message>
    <message>
        <source>{shown} of all {total} clients</source>
        <translation>{shown} av alla {total} klienter</translation>
    </message>
    <message>
        <source>The client list could not be loaded.</source>
        <translation>Klientlistan kunde inte laddas.</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Laddar klienter…</translation>
    </message>
    <message>
        <source>No clients yet.

Add the first one with “New client…” ({shortcut}).</source>
        <translation>Inga klienter ännu.

Lägg till den första med ”Ny klient…” ({shortcut}).</translation>
    </message>
    <message>
        <source>You are not the own worker of any client yet.</source>
        <translation>Du är ännu inte egen kontaktperson för någon klient.</translation>
    </message>
    <message>
        <source>No client matches “{search}” among your clients.

Search all clients? (Enter)</source>
        <translation>Ingen av dina klienter matchar ”{search}”.

Söka bland alla klienter? (Enter)</translation>
    </message>
    <message>
        <source>None of your clients match the filters.

Search all clients? (Enter)</source>
        <translation>Ingen av dina klienter matchar filtren.

Söka bland alla klienter? (Enter)</translation>
    </message>
    <message>
        <source>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</source>
        <translation>Inga klienter motsvarar sökningen.

Kontrollera stavningen eller töm sökningen (Esc) och filtren.</translation>
    </message>
</context>
<context>
    <name>ClientAssessmentsWidget</name>
    <message>
        <source>&amp;Start visit…</source>
        <translation>Inled &amp;besök…</translation>
    </message>
    <message>
        <source>Start a home visit, remote visit, phone call or office visit with this client</source>
        <translation>Inled ett hembesök, distansbesök, telefonsamtal eller kontorsbesök med den här klienten</translation>
    </message>
    <message>
        <source>&amp;Continue visit</source>
        <translation>&amp;Fortsätt besöket</translation>
    </message>
    <message>
        <source>Go back to the visit that is still open</source>
        <translation>Gå tillbaka till besöket som ännu är öppet</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Ny bedömning</translation>
    </message>
    <message>
        <source>Start a service-needs assessment without a visit</source>
        <translation>Inled en bedömning av servicebehovet utan besök</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected assessment.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda bedömningen.</translation>
    </message>
    <message>
        <source>Double-click an assessment or press Enter to open it.</source>
        <translation>Dubbelklicka på en bedömning eller tryck på Enter för att öppna den.</translation>
    </message>
    <message>
        <source>Service-needs assessments</source>
        <translation>Bedömningar av servicebehovet</translation>
    </message>
    <message>
        <source>Supported decision-making</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <source>New &amp;decision-making session</source>
        <translation>Nytt s&amp;tött beslutsfattande</translation>
    </message>
    <message>
        <source>Start a supported decision-making session without a visit</source>
        <translation>Börja dokumentera stött beslutsfattande utan ett besök</translation>
    </message>
    <message>
        <source>Decision-making sessions</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected session.</source>
        <translation>Nyaste först. Öppna den valda med Enter.</translation>
    </message>
    <message>
        <source>Double-click a session or press Enter to open it.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna.</translation>
    </message>
    <message>
        <source>No decision-making sessions yet.</source>
        <translation>Inget stött beslutsfattande ännu.</translation>
    </message>
    <message>
        <source>{way}, {date}</source>
        <translation>{way}, {date}</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Fas: {phase}</translation>
    </message>
    <message>
        <source>{what} by {date} · {due}. {basis}.</source>
        <translation>{what} senast {date} · {due}. {basis}.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Person</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Tillfällig identifierare</translation>
    </message>
    <message>
        <source>Create a random identifier for a client whose identity code is not known</source>
        <translation>Skapa en slumpmässig identifierare för en klient vars personbeteckning inte är känd</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Comes from the identity code.</source>
        <translation>Framgår av personbeteckningen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Adress och telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code and post office</source>
        <translation>Postnummer och postanstalt</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export the client&apos;s data…</source>
        <translation>Exportera klientens uppgifter…</translation>
    </message>
    <message>
        <source>Everything this computer holds on the client, as one file, when the client asks for their data</source>
        <translation>Allt som finns om klienten på den här datorn, i en fil, när klienten begär att få sina uppgifter</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Ta bort klient…</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Tillfällig identifierare</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Kommunikationssätt</translation>
    </message>
    <message>
        <source>How I communicate</source>
        <translation>Hur jag kommunicerar</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day the client-hood ended</source>
        <translation>Dag då klientskapet avslutades</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagning</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Löste en synkroniseringskonflikt</translation>
    </message>
    <message>
        <source>Removed from this computer</source>
        <translation>Borttagen från den här datorn</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listning</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Close persons</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Visits and assessments</source>
        <translation>Besök och bedömningar</translation>
    </message>
    <message>
        <source>Plan and budget</source>
        <translation>Plan och budget</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <source>← Clients</source>
        <translation>← Klienter</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Tillbaka till klientlistan (Alt+Vänsterpil eller Esc)</translation>
    </message>
    <message>
        <source>Double-click a name, relation or phone number to change it. Changes are saved automatically.</source>
        <translation>Dubbelklicka på ett namn, en relation eller ett telefonnummer för att ändra det. Ändringarna sparas automatiskt.</translation>
    </message>
    <message>
        <source>Add close person…</source>
        <translation>Lägg till närstående…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected close person</source>
        <translation>Ta bort den valda närstående personen</translation>
    </message>
    <message>
        <source>Roles of the selected person</source>
        <translation>Den valda personens roller</translation>
    </message>
    <message>
        <source>How I communicate and how to support me</source>
        <translation>Hur jag kommunicerar och hur du kan stödja mig</translation>
    </message>
    <message>
        <source>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</source>
        <translation>Med klientens egna ord, t.ex. ”Jag förstår bäst när du visar mig en bild.”</translation>
    </message>
    <message>
        <source>Everyone who has viewed, listed or changed this client&apos;s data, and why, newest first. The client has the right to see this log.</source>
        <translation>Alla som har visat, listat eller ändrat klientens uppgifter, och varför, de senaste först. Klienten har rätt att se den här loggen.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>Documents and other client data handed to someone outside the organisation: what, to whom, how, on what basis and why. The client has the right to see these too.</source>
        <translation>Handlingar och andra klientuppgifter som lämnats ut utanför organisationen: vad, till vem, hur, på vilken grund och varför. Klienten har rätt att se även dessa.</translation>
    </message>
    <message>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (inte längre en kommun)</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Ta bort klient</translation>
    </message>
    <message>
        <source>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</source>
        <translation>Vill du ta bort klientuppgifterna för {name}? Klienten och klientens närstående tas bort från din klientlista. Borttagningen registreras i användningsloggen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Roller för {name}</translation>
    </message>
    <message>
        <source>{name} – {field}: {reason}</source>
        <translation>{name} – {field}: {reason}</translation>
    </message>
    <message>
        <source>Remove close person</source>
        <translation>Ta bort närstående</translation>
    </message>
    <message>
        <source>Remove {name} from the close persons of this client?</source>
        <translation>Vill du ta bort {name} från den här klientens närstående?</translation>
    </message>
    <message>
        <source>Client-hood ended on {closed}. The retention period of the client&apos;s records ends on {ends}; reopening the client stops it.</source>
        <translation>Klientskapet avslutades {closed}. Förvaringstiden för klientuppgifterna går ut {ends}. Om klientskapet öppnas på nytt avbryts förvaringstiden.</translation>
    </message>
    <message>
        <source>client-data-{date}.json</source>
        <translation>klientuppgifter-{date}.json</translation>
    </message>
    <message>
        <source>Export the data of {name}</source>
        <translation>Exportera uppgifterna om {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Klientens uppgifter exporterade</translation>
    </message>
    <message>
        <source>Everything this computer holds on {name} is in {file}: {records} records and {entries} access-log entries. The export is recorded in the access log as made at the client&apos;s own request. The central records may hold more: the administrator exports those.</source>
        <translation>Allt som finns om {name} på den här datorn finns i {file}: {records} poster och {entries} anteckningar i användningsloggen. Exporten har antecknats i användningsloggen som gjord på klientens egen begäran. Klientdatasystemet kan innehålla mer: de uppgifterna exporteras av administratören.</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>Klientens uppgifter exporterades inte</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space or choose another place and try again.</source>
        <translation>Disken är full, så filen sparades inte. Frigör utrymme eller välj en annan plats och försök igen.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>Filen kunde inte sparas där. Kontrollera att mappen finns och att du får skriva i den, eller välj en annan plats.</translation>
    </message>
</context>
<context>
    <name>ClientPlanWidget</name>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>&amp;Draft the plan</source>
        <translation>&amp;Gör upp planen</translation>
    </message>
    <message>
        <source>Start the client plan; the situation, support needs and strengths are taken from the latest completed assessment</source>
        <translation>Börja klientplanen; situationen, stödbehoven och styrkorna hämtas från den senaste färdiga bedömningen</translation>
    </message>
    <message>
        <source>&amp;Continue draft</source>
        <translation>&amp;Fortsätt utkastet</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>&amp;Öppna planen</translation>
    </message>
    <message>
        <source>The plan in force; a new version is made from there</source>
        <translation>Den gällande planen; en ny version görs där</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planens versioner</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected version.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda versionen.</translation>
    </message>
    <message>
        <source>No client plan yet.</source>
        <translation>Ingen klientplan ännu.</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <source>Create &amp;budget…</source>
        <translation>Gör upp &amp;budget…</translation>
    </message>
    <message>
        <source>A personal budget for the plan&apos;s supports, with the reference cost as its ceiling</source>
        <translation>En personlig budget för planens stöd, med referenskostnaden som tak</translation>
    </message>
    <message>
        <source>Personal budgets</source>
        <translation>Personliga budgetar</translation>
    </message>
    <message>
        <source>Latest period first. Press Enter to open the selected budget.</source>
        <translation>Senaste perioden först. Tryck på Enter för att öppna den valda budgeten.</translation>
    </message>
    <message>
        <source>No personal budget. Personal budgeting is one way to arrange the supports of the plan, when it suits the client.</source>
        <translation>Ingen personlig budget. Personlig budgetering är ett sätt att ordna planens stöd, när det passar klienten.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Utvärderingar</translation>
    </message>
    <message>
        <source>&amp;Review the plan…</source>
        <translation>&amp;Utvärdera planen…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected review.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda utvärderingen.</translation>
    </message>
    <message>
        <source>No reviews yet. At a review, the client and you rate how far each goal has been reached.</source>
        <translation>Inga utvärderingar ännu. Vid en utvärdering bedömer klienten och du hur långt varje mål har nåtts.</translation>
    </message>
    <message>
        <source>In force: version {version}, agreed on {date}.</source>
        <translation>Gäller: version {version}, godkänd {date}.</translation>
    </message>
    <message>
        <source>Review on {date}.</source>
        <translation>Utvärdering {date}.</translation>
    </message>
    <message>
        <source>No agreed plan yet.</source>
        <translation>Ingen godkänd plan ännu.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>Version {version} är ett utkast.</translation>
    </message>
    <message>
        <source>&amp;Continue the review</source>
        <translation>&amp;Fortsätt utvärderingen</translation>
    </message>
    <message>
        <source>Rate with the client how far each goal has been reached, and ask how things are</source>
        <translation>Bedöm med klienten hur långt varje mål har nåtts och fråga hur det går</translation>
    </message>
    <message>
        <source>A plan is reviewed once it has been agreed.</source>
        <translation>En plan utvärderas när den har godkänts.</translation>
    </message>
    <message>
        <source>Draft the client plan first: a budget is built from its supports.</source>
        <translation>Gör först upp klientplanen: budgeten byggs av dess stöd.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>All cards are sorted.</source>
        <translation>Alla kort är sorterade.</translation>
    </message>
    <message>
        <source>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</source>
        <translation>Tryck 1 för Bra, 2 för Vet inte, 3 för Inte bra. Tryck 0 så går kortet tillbaka. Med pilarna går du mellan korten.</translation>
    </message>
    <message>
        <source>{title}: {column}.</source>
        <translation>{title}: {column}.</translation>
    </message>
    <message>
        <source>The arrow keys or Tab go back to the cards.</source>
        <translation>Med piltangenterna eller Tabb kommer du tillbaka till korten.</translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <translation>Kort att sortera</translation>
    </message>
    <message>
        <source>Column: {name}</source>
        <translation>Kolumn: {name}</translation>
    </message>
    <message>
        <source>Card: {title}. In column: {column}.</source>
        <translation>Kort: {title}. I kolumnen: {column}.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Inte bra</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okej</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>Choice {number} of {count}</source>
        <translation>Alternativ {number} av {count}</translation>
    </message>
    <message>
        <source>Press a number from 1 to 5, or use the arrow keys and Enter.</source>
        <translation>Tryck på en siffra från 1 till 5. Eller välj med pilarna och tryck Enter.</translation>
    </message>
    <message>
        <source>You chose: {answer}</source>
        <translation>Du valde: {answer}</translation>
    </message>
    <message>
        <source>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</source>
        <translation>Tryck och håll kvar i {seconds} sekunder. Eller håll ner Esc i {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Back to the counsellor&apos;s view</source>
        <translation>Tillbaka till handledarens vy</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Hur har du det?</translation>
    </message>
    <message>
        <source>Client view</source>
        <translation>Klientvy</translation>
    </message>
</context>
<context>
    <name>ClientVisitsPart</name>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>&amp;Planera besök…</translation>
    </message>
    <message>
        <source>Plan a visit ahead: day, time, way and place. Start it when you arrive.</source>
        <translation>Planera ett besök i förväg: dag, klockslag, mötesform och plats. Inled besöket när du är på plats.</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected visit.</source>
        <translation>Nyaste först. Öppna det valda besöket med Enter.</translation>
    </message>
    <message>
        <source>Double-click a visit or press Enter to open it: a planned visit to start, move or cancel it, an ended one to read it.</source>
        <translation>Dubbelklicka på ett besök eller tryck Enter för att öppna det: ett planerat kan du inleda, flytta eller ställa in, ett avslutat kan du läsa.</translation>
    </message>
    <message>
        <source>No visits yet. Plan one ahead, or start a visit when you meet.</source>
        <translation>Inga besök ännu. Planera ett besök i förväg eller inled ett när ni träffas.</translation>
    </message>
</context>
<context>
    <name>ClosePersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
</context>
<context>
    <name>ConflictGroupBox</name>
    <message>
        <source>Before both changes</source>
        <translation>Före ändringarna</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min ändring</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andra ändringen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min ändring</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Behåll den andra ändringen</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Behåll båda texterna</translation>
    </message>
    <message>
        <source>Keep both (all items)</source>
        <translation>Behåll båda (alla poster)</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Sammanfoga själv</translation>
    </message>
    <message>
        <source>Suggested merge: their changes added to your text. You can edit it.</source>
        <translation>Förslag: den andra ändringen har lagts till i din text. Du kan redigera den.</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Sammanfogad text</translation>
    </message>
    <message>
        <source>Some of their changes did not fit into your text. Read the suggestion closely and correct it by hand before you resolve.</source>
        <translation>Alla ändringar från den andra passade inte in i din text. Läs förslaget noga och rätta det själv innan du löser konflikten.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the conflicts again (F5)</source>
        <translation>Läs konflikterna på nytt (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>The same information was changed differently on two devices. Choose what the record keeps; the next sync sends your choice.</source>
        <translation>Samma uppgift har ändrats olika på två enheter. Välj vad som ska gälla; nästa synkronisering skickar ditt val.</translation>
    </message>
    <message>
        <source>No conflicts. When the same information is changed differently on two devices, it appears here for you to decide.</source>
        <translation>Inga konflikter. När samma uppgift ändras olika på två enheter visas den här så att du kan avgöra.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>Save the chosen values in the record; the next sync sends them</source>
        <translation>Spara de valda uppgifterna; nästa synkronisering skickar dem</translation>
    </message>
    <message>
        <source>[{name}, {time}]</source>
        <translation>[{name}, {time}]</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>min</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>den andra</translation>
    </message>
    <message>
        <source>Conflict resolved. The next sync sends your choice.</source>
        <translation>Konflikten är löst. Nästa synkronisering skickar ditt val.</translation>
    </message>
    <message>
        <source>{record} of {client}</source>
        <translation>{client}: {record}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>en klient</translation>
    </message>
    <message>
        <source>Mine: changed by {mine} on {mine_at}. Theirs: changed by {theirs} on {theirs_at}.</source>
        <translation>Min ändring: {mine} {mine_at}. Den andra ändringen: {theirs} {theirs_at}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>The record keeps what you choose; the other values stay in the conflict&apos;s record.</source>
        <translation>Det du väljer gäller; de andra värdena sparas med konflikten.</translation>
    </message>
    <message>
        <source>Choose for every group what the record keeps.</source>
        <translation>Välj för varje del vad som ska gälla.</translation>
    </message>
</context>
<context>
    <name>CreateBudgetDialog</name>
    <message>
        <source>New personal budget</source>
        <translation>Ny personlig budget</translation>
    </message>
    <message>
        <source>Create budget</source>
        <translation>Skapa budget</translation>
    </message>
    <message>
        <source>The budget starts with a line for each priced support of the plan, and the reference cost from the price list on the first day of the period. Go through them with the client on the next page. A period can be at most two years.</source>
        <translation>Budgeten får färdigt en rad för varje prissatt stöd i planen och referenskostnaden enligt prislistan på periodens första dag. Gå igenom dem med klienten på nästa sida. En period kan vara högst två år.</translation>
    </message>
    <message>
        <source>&amp;Reason for the overlap</source>
        <translation>&amp;Orsak till överlappningen</translation>
    </message>
    <message>
        <source>The client has no other budget in use. Budgets of one client may share days only with a written reason.</source>
        <translation>Klienten har inga andra budgetar i bruk. En klients budgetperioder får överlappa varandra bara av en antecknad orsak.</translation>
    </message>
    <message>
        <source>{start}–{end} ({state})</source>
        <translation>{start}–{end} ({state})</translation>
    </message>
    <message>
        <source>The client&apos;s budgets in use: {budgets}. A new budget may share days with them only with a written reason, e.g. a new decision that replaces one from a given day.</source>
        <translation>Klientens budgetar i bruk: {budgets}. Den nya budgetens period får överlappa dem bara av en antecknad orsak, t.ex. när ett nytt beslut ersätter det tidigare från en viss dag.</translation>
    </message>
    <message>
        <source>Required: the period overlaps the budget of {start}–{end}. Why are two budgets needed for the same days?</source>
        <translation>Obligatoriskt: perioden överlappar budgeten {start}–{end}. Varför behövs två budgetar för samma dagar?</translation>
    </message>
    <message>
        <source>Needed only when the period overlaps another budget</source>
        <translation>Behövs bara om perioden överlappar en annan budget</translation>
    </message>
    <message>
        <source>Period &amp;starts</source>
        <translation>Perioden &amp;börjar</translation>
    </message>
    <message>
        <source>Period &amp;ends</source>
        <translation>Perioden &amp;slutar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>DecideBudgetDialog</name>
    <message>
        <source>Decide the personal budget</source>
        <translation>Besluta om den personliga budgeten</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Besluta</translation>
    </message>
    <message>
        <source>A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and realised use) goes on.</source>
        <translation>En beslutad budget låses: en ändring kräver ett nytt beslut. Uppföljningen (betalningsförbindelser och förverkligad användning) fortsätter.</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>Besluts&amp;datum</translation>
    </message>
    <message>
        <source>Decision &amp;number</source>
        <translation>Beslutets &amp;nummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>frivilligt</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Supporter chosen by the client</source>
        <translation>Stödperson som klienten valt</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Lätt språk</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Bilder eller symboler</translation>
    </message>
    <message>
        <source>Sorting into good / not sure / not good</source>
        <translation>Sortering: bra / vet inte / inte bra</translation>
    </message>
    <message>
        <source>Communication device (AAC)</source>
        <translation>Kommunikationshjälpmedel (AKK)</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Tecken som stöd</translation>
    </message>
    <message>
        <source>Sign-language interpreter</source>
        <translation>Teckenspråkstolk</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Håller med</translation>
    </message>
    <message>
        <source>Partly agrees</source>
        <translation>Håller delvis med</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Håller inte med</translation>
    </message>
    <message>
        <source>Could not express an opinion</source>
        <translation>Kunde inte uttrycka sin åsikt</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – mycket dåligt</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – dåligt</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – okej</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bra</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – mycket bra</translation>
    </message>
    <message>
        <source>1. The decision at hand</source>
        <translation>1. Beslutet som ska fattas</translation>
    </message>
    <message>
        <source>&amp;Decision to make</source>
        <translation>&amp;Beslut som ska fattas</translation>
    </message>
    <message>
        <source>In your own words: what is to be decided, and why now.</source>
        <translation>Med egna ord: vad som ska beslutas och varför nu.</translation>
    </message>
    <message>
        <source>In &amp;plain language for the client</source>
        <translation>På &amp;lätt språk för klienten</translation>
    </message>
    <message>
        <source>One short sentence with everyday words. The client sees it in the client view.</source>
        <translation>En kort mening med vardagliga ord. Klienten ser den i klientvyn.</translation>
    </message>
    <message>
        <source>Smaller parts of the decision</source>
        <translation>Beslutets mindre delar</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Beslutets delar</translation>
    </message>
    <message>
        <source>Add a pa&amp;rt</source>
        <translation>Lägg t&amp;ill en del</translation>
    </message>
    <message>
        <source>Add a par&amp;ticipant</source>
        <translation>Lägg till en &amp;deltagare</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>Hur klientens vil&amp;ja utreddes</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Lägg till en avvikande &amp;åsikt</translation>
    </message>
    <message>
        <source>Follow &amp;up by</source>
        <translation>&amp;Uppföljning senast</translation>
    </message>
    <message>
        <source>Ask with the picture &amp;scale</source>
        <translation>Fråga med bilds&amp;kalan</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>del {number}</translation>
    </message>
    <message>
        <source>A big decision is easier in small steps, e.g. where, with whom, when.</source>
        <translation>Ett stort beslut är lättare i små steg, t.ex. var, med vem, när.</translation>
    </message>
    <message>
        <source>Informs the &amp;assessment</source>
        <translation>Hör till bedömnin&amp;gen</translation>
    </message>
    <message>
        <source>Optional: the client&apos;s needs assessment this decision belongs to.</source>
        <translation>Frivilligt: klientens bedömning av servicebehovet som beslutet hör till.</translation>
    </message>
    <message>
        <source>2. Who took part and how</source>
        <translation>2. Vilka deltog och hur</translation>
    </message>
    <message>
        <source>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</source>
        <translation>Klienten är alltid med. Klienten väljer stödpersonerna; en stödperson hjälper klienten att besluta men beslutar aldrig för klienten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>deltagare {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Än så länge bara klienten och du.</translation>
    </message>
    <message>
        <source>Communication methods used</source>
        <translation>Kommunikationssätt som användes</translation>
    </message>
    <message>
        <source>Other &amp;method</source>
        <translation>Annat &amp;sätt</translation>
    </message>
    <message>
        <source>Aids used</source>
        <translation>Hjälpmedel som användes</translation>
    </message>
    <message>
        <source>e.g. a picture folder, tablet, photos of the places</source>
        <translation>t.ex. en bildpärm, surfplatta, foton av platserna</translation>
    </message>
    <message>
        <source>3. Options and the client&apos;s reactions</source>
        <translation>3. Alternativen och klientens reaktioner</translation>
    </message>
    <message>
        <source>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</source>
        <translation>Visa ett alternativ i taget med en bild. Klienten kan sortera dem i klientvyn (F5): bra, vet inte, inte bra.</translation>
    </message>
    <message>
        <source>4. Outcome</source>
        <translation>4. Resultat</translation>
    </message>
    <message>
        <source>The d&amp;ecision</source>
        <translation>Beslu&amp;tet</translation>
    </message>
    <message>
        <source>What the client decided.</source>
        <translation>Vad klienten beslutade.</translation>
    </message>
    <message>
        <source>Questions asked and the client&apos;s answers</source>
        <translation>Frågor som ställdes och klientens svar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Client&apos;s answer</source>
        <translation>Klientens svar</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Frågor och svar</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Lägg till en &amp;fråga</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>fråga {number}</translation>
    </message>
    <message>
        <source>No questions recorded.</source>
        <translation>Inga frågor antecknade.</translation>
    </message>
    <message>
        <source>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</source>
        <translation>t.ex. klienten pekade på bilder och svarade ja på varje; prövade platsen en dag.</translation>
    </message>
    <message>
        <source>Does the client agree with the decision?</source>
        <translation>Håller klienten med om beslutet?</translation>
    </message>
    <message>
        <source>Why the client could not express an opinion</source>
        <translation>Varför klienten inte kunde uttrycka sin åsikt</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Others&apos; views are recorded beside the client&apos;s, never instead of it.</source>
        <translation>Andras åsikter antecknas vid sidan av klientens, aldrig i stället för den.</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Vems åsikt</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Åsikt</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>åsikt {number}</translation>
    </message>
    <message>
        <source>No differing views.</source>
        <translation>Inga avvikande åsikter.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>“How are things?” – the client&apos;s answer</source>
        <translation>”Hur har du det?” – klientens svar</translation>
    </message>
    <message>
        <source>Asked with the picture scale in the client view, or set here.</source>
        <translation>Frågas med bildskalan i klientvyn eller anges här.</translation>
    </message>
    <message>
        <source>Opens the client view with five faces, from very bad to very good</source>
        <translation>Öppnar klientvyn med fem ansikten, från mycket dåligt till mycket bra</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Ingen koppling</translation>
    </message>
</context>
<context>
    <name>DecisionSessionPage</name>
    <message>
        <source>Supported decision-making</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <source>Client view (F5)</source>
        <translation>Klientvy (F5)</translation>
    </message>
    <message>
        <source>A full-screen view for the client: big text and pictures, sorting the options</source>
        <translation>En helskärmsvy för klienten: stor text och bilder, sortering av alternativen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed session</source>
        <translation>Gör en ny version för att ändra en slutförd dokumentation</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Check what is required and lock the session (Ctrl+Enter)</source>
        <translation>Kontrollera de obligatoriska uppgifterna och lås dokumentationen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Before completing, record:</source>
        <translation>Anteckna före du markerar som klar:</translation>
    </message>
    <message>
        <source>What to record before completing</source>
        <translation>Vad som ska antecknas före markering som klar</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can complete the session now (Ctrl+Enter).</source>
        <translation>Allt som behövs är antecknat. Du kan nu markera dokumentationen som klar (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <source>Decision-making session with {name}</source>
        <translation>Stött beslutsfattande: {name}</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Utkast, påbörjat {date}</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Klar {date}</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <source>{status} · version {version}</source>
        <translation>{status} · version {version}</translation>
    </message>
    <message>
        <source>Reason for the amendment: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>markerad som klar {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>gör en ny version för att ändra den: Ändra…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>en nyare version ersätter den här</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>den sparas som den var</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>Amend the session</source>
        <translation>Ändra dokumentationen</translation>
    </message>
    <message>
        <source>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</source>
        <translation>En slutförd dokumentation ändras inte. En ändring gör en ny version med samma innehåll som ett utkast som du kan redigera och markera som klart igen. Orsaken sparas med varje ändring i den nya versionen.</translation>
    </message>
</context>
<context>
    <name>DemoSetupWindow</name>
    <message>
        <source>Sopiva Desk – preparing the demo</source>
        <translation>Sopiva Desk – demoprofilen förbereds</translation>
    </message>
    <message>
        <source>Creating the demo profile and its encryption key…</source>
        <translation>Demoprofilen och dess krypteringsnyckel skapas…</translation>
    </message>
    <message>
        <source>Adding 200 fictional clients across Etelä-Savo…</source>
        <translation>200 påhittade klienter runt om i Södra Savolax läggs till…</translation>
    </message>
    <message>
        <source>Adding visits, needs assessments, decision-making sessions, plans and budgets…</source>
        <translation>Besök, servicebehovsbedömningar, möten om stöd i beslutsfattande, planer och budgetar läggs till…</translation>
    </message>
    <message>
        <source>Connecting the demo profile to the demo&apos;s central records on this computer and sending its data there…</source>
        <translation>Demoprofilen ansluts till demons klientdatasystem på den här datorn och dess uppgifter skickas dit…</translation>
    </message>
    <message>
        <source>Preparing a second demo profile, colleague Sanna Laitinen, on the same central records…</source>
        <translation>En andra demoprofil, kollegan Sanna Laitinen, förbereds i samma klientdatasystem…</translation>
    </message>
    <message>
        <source>Preparing the demo profile</source>
        <translation>Demoprofilen förbereds</translation>
    </message>
    <message>
        <source>This happens only the first time. All clients in the demo are invented.</source>
        <translation>Detta görs bara första gången. Alla klienter i demon är påhittade.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Anteckna ett utlämnande</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Anteckna utlämnande</translation>
    </message>
    <message>
        <source>Record every time client data is handed to someone outside the services, e.g. another authority or a service provider. The client may ask to see these entries.</source>
        <translation>Anteckna varje gång klientuppgifter lämnas ut utanför tjänsterna, t.ex. till en annan myndighet eller en tjänsteproducent. Klienten kan be att få se dessa anteckningar.</translation>
    </message>
    <message>
        <source>{title}, document ID {id}</source>
        <translation>{title}, dokumentets kod {id}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>&amp;Vad lämnades ut</translation>
    </message>
    <message>
        <source>&amp;Also disclosed</source>
        <translation>&amp;Även utlämnat</translation>
    </message>
    <message>
        <source>e.g. the dates of the home visits, or a copy of the needs assessment</source>
        <translation>t.ex. datumen för hembesöken eller en kopia av servicebehovsbedömningen</translation>
    </message>
    <message>
        <source>optional: other papers or information handed over with the document</source>
        <translation>frivilligt: andra papper eller uppgifter som gavs tillsammans med handlingen</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <source>a person or an office, e.g. Kela, Mikkeli office</source>
        <translation>en person eller ett kontor, t.ex. FPA, kontoret i S:t Michel</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;organisation</source>
        <translation>Mottagarens &amp;organisation</translation>
    </message>
    <message>
        <source>optional, e.g. Social Insurance Institution</source>
        <translation>frivilligt, t.ex. Folkpensionsanstalten</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hur</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Inte angett</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>På papper</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <source>Orally in a meeting</source>
        <translation>Muntligt vid ett möte</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Anteckna utlämnande…</translation>
    </message>
    <message>
        <source>Client data given to someone outside the services other than as a document printed here, e.g. by phone</source>
        <translation>Klientuppgifter som getts till någon utanför tjänsterna på annat sätt än som en handling utskriven här, t.ex. per telefon</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>A law allows or requires it</source>
        <translation>En lag tillåter eller kräver det</translation>
    </message>
    <message>
        <source>The client&apos;s consent</source>
        <translation>Klientens samtycke</translation>
    </message>
    <message>
        <source>&amp;Law or consent</source>
        <translation>&amp;Lag eller samtycke</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Syfte</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>optional: how the consent was given, e.g. in writing</source>
        <translation>frivilligt: hur samtycket gavs, t.ex. skriftligt</translation>
    </message>
    <message>
        <source>e.g. Client Data Act 703/2023 § 17</source>
        <translation>t.ex. klientdatalagen 703/2023 17 §</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>på papper</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>elektroniskt</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>orally in a meeting</source>
        <translation>muntligt vid ett möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Vad lämnades ut</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation>Utlämnat av</translation>
    </message>
    <message>
        <source>{document} – {record}</source>
        <translation>{document} – {record}</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Preview, print or export this record as a document</source>
        <translation>Förhandsgranska, skriv ut eller exportera denna anteckning som dokument</translation>
    </message>
    <message>
        <source>{document}…</source>
        <translation>{document}…</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Dokumentet kunde inte skapas.</translation>
    </message>
    <message>
        <source>The language of the document. The client&apos;s language is chosen first; the language of the app does not change it.</source>
        <translation>Dokumentets språk. Klientens språk väljs först; appens språk ändrar det inte.</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zooma in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokumentet skapas…</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>Anteckna utlämnande…</translation>
    </message>
    <message>
        <source>Record that this document was handed to someone outside the services: to whom, on what basis and why</source>
        <translation>Anteckna att dokumentet lämnades ut utanför tjänsterna: till vem, på vilken grund och varför</translation>
    </message>
    <message>
        <source>Mark for printing at the office</source>
        <translation>Märk för utskrift på kontoret</translation>
    </message>
    <message>
        <source>Put the document in the office&apos;s print queue, e.g. when you have no printer on the road</source>
        <translation>Lägg dokumentet i kontorets utskriftskö, t.ex. när du inte har någon skrivare med dig</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file, optionally with a password</source>
        <translation>Spara dokumentet som PDF-fil, vid behov skyddad med lösenord</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Skriv ut dokumentet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF-filen sparas…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>{client} · Document ID {id}</source>
        <translation>{client} · Dokumentets kod {id}</translation>
    </message>
    <message>
        <source>{document} – {client}</source>
        <translation>{document} – {client}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} sidor</translation>
    </message>
    <message>
        <source>Marked for printing at the office ({language}).</source>
        <translation>Märkt för utskrift på kontoret ({language}).</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF-filen sparad: {file}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF-filen sparades inte.</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Skriver ut sida {done} av {total}…</translation>
    </message>
    <message>
        <source>Printing was cancelled or failed.</source>
        <translation>Utskriften avbröts eller misslyckades.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Disclosure to {recipient} recorded.</source>
        <translation>Utlämnandet till {recipient} antecknat.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Client plan (official)</source>
        <translation>Klientplan (officiell)</translation>
    </message>
    <message>
        <source>Plain-language plan for the client</source>
        <translation>Lättläst plan för klienten</translation>
    </message>
    <message>
        <source>Supported decision-making record</source>
        <translation>Anteckning om stödd beslutsfattning</translation>
    </message>
    <message>
        <source>Needs assessment summary</source>
        <translation>Sammandrag av servicebehovsbedömningen</translation>
    </message>
    <message>
        <source>Personal budget statement</source>
        <translation>Redogörelse för den personliga budgeten</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
</context>
<context>
    <name>DraftAssessment</name>
    <message>
        <source>An assessment is still in draft</source>
        <translation>En bedömning är fortfarande ett utkast</translation>
    </message>
    <message>
        <source>This client has a service-needs assessment in draft, started {started}.

Continue it, or start a new assessment beside it?</source>
        <translation>Klienten har en servicebehovsbedömning som utkast, påbörjad {started}.

Vill du fortsätta med den, eller påbörja en ny bedömning vid sidan av den?</translation>
    </message>
    <message>
        <source>Continue the draft (started {started})</source>
        <translation>Fortsätt med utkastet (påbörjat {started})</translation>
    </message>
    <message>
        <source>Start a new assessment anyway</source>
        <translation>Påbörja ändå en ny bedömning</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Ta datorn i bruk</translation>
    </message>
    <message>
        <source>Connect this computer to your organisation&apos;s central records, so your work is kept there too and your clients&apos; records come here. IT support gives you the server address and a one-time code.</source>
        <translation>Anslut den här datorn till organisationens klientdatasystem, så sparas ditt arbete också där och dina klienters uppgifter kommer hit. IT-supporten ger dig serverns adress och en ibruktagningskod för engångsbruk.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {server} as {user}. Enrolling again, for example after its access was revoked, needs a new code.</source>
        <translation>Den här datorn är ansluten till {server} som {user}. För att ansluta den på nytt, till exempel efter att åtkomsten återkallats, behövs en ny kod.</translation>
    </message>
    <message>
        <source>A server on this computer (testing)</source>
        <translation>En server på den här datorn (test)</translation>
    </message>
    <message>
        <source>Allows a plain http address on this computer only. Never used for a server on the network.</source>
        <translation>Tillåter en okrypterad http-adress endast på den här datorn. Används aldrig för en server i nätverket.</translation>
    </message>
    <message>
        <source>IT support sees this name in their list of computers.</source>
        <translation>IT-supporten ser det här namnet i sin lista över datorer.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Välj certifikatfil…</translation>
    </message>
    <message>
        <source>If IT support gave you the organisation&apos;s certificate (CA) file, choose it: then only that certificate is trusted.</source>
        <translation>Om du fick organisationens certifikatfil (CA) av IT-supporten, välj den: då litar datorn bara på det certifikatet.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serverns adress:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Ibruktagningskod:</translation>
    </message>
    <message>
        <source>Name of this computer:</source>
        <translation>Datorns namn:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certifikat:</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Ansluter till klientdatasystemet…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Ta i bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>This computer does not know the server&apos;s security certificate. Call IT support and read them the fingerprint below. Trust the certificate only if it is the same as theirs: otherwise someone may be pretending to be the server.</source>
        <translation>Den här datorn känner inte igen serverns säkerhetscertifikat. Ring IT-supporten och läs upp fingeravtrycket nedan. Lita på certifikatet bara om det är detsamma som deras: annars kan någon utge sig för att vara servern.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Utfärdat till:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Utfärdat av:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Giltigt:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingeravtryck (SHA-256):</translation>
    </message>
    <message>
        <source>Trust this certificate and enrol</source>
        <translation>Lita på certifikatet och ta i bruk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>As usual: the certificates this computer trusts</source>
        <translation>Som vanligt: de certifikat som den här datorn litar på</translation>
    </message>
    <message>
        <source>Only the server&apos;s own certificate, checked with IT support</source>
        <translation>Endast serverns eget certifikat, kontrollerat med IT-supporten</translation>
    </message>
    <message>
        <source>Only {name} (valid until {date})</source>
        <translation>Endast {name} (giltigt till {date})</translation>
    </message>
    <message>
        <source>Organisation&apos;s certificate (CA)</source>
        <translation>Organisationens certifikat (CA)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>the server itself (self-signed)</source>
        <translation>servern själv (självsignerat)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Fingerprint: {groups}</source>
        <translation>Fingeravtryck: {groups}</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this address, so it cannot be trusted: {problem}. Contact IT support.</source>
        <translation>Certifikatet kan inte användas för den här adressen, så det går inte att lita på: {problem}. Kontakta IT-supporten.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Kontrollera uppgifterna</translation>
    </message>
    <message>
        <source>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</source>
        <translation>Tyvärr uppstod ett programfel i Sopiva Desk. Allt du har sparat är i tryggt förvar.</translation>
    </message>
    <message>
        <source>A crash report without client data was saved to:</source>
        <translation>En felrapport utan klientuppgifter sparades i filen:</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>The PDF file holds client data. Protect it with a password when it leaves your computer.</source>
        <translation>PDF-filen innehåller klientuppgifter. Skydda den med ett lösenord när den lämnar din dator.</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Skydda PDF-filen med ett lösenord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Lösenordet igen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Lösenordets styrka</translation>
    </message>
    <message>
        <source>Give the password to the recipient another way, e.g. by phone – never in the same message as the file.</source>
        <translation>Ge lösenordet till mottagaren på annat sätt, t.ex. per telefon – aldrig i samma meddelande som filen.</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Lösen&amp;ord</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Välj var filen sparas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter a password, or export without one.</source>
        <translation>Skriv ett lösenord eller exportera utan lösenord.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>För långt lösenord: högst {max} tecken.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Show changes of this field…</source>
        <translation>Visa ändringar i fältet…</translation>
    </message>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (obligatorisk)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Töm svaret</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Lämna frågan obesvarad</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create a profile – Sopiva Desk</source>
        <translation>Skapa en profil – Sopiva Desk</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Skapa profil</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Remove goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <source>e.g. “I want to live in my own home.”</source>
        <translation>t.ex. ”Jag vill bo i ett eget hem.”</translation>
    </message>
    <message>
        <source>e.g. I have moved by the spring</source>
        <translation>t.ex. Jag har flyttat före våren</translation>
    </message>
    <message>
        <source>The goal in the client&apos;s own words</source>
        <translation>Målet med klientens egna ord</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>What will show the goal is reached</source>
        <translation>Hur det syns att målet har nåtts</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No supports yet: what helps the client reach this goal?</source>
        <translation>Inget stöd ännu: vad hjälper klienten att nå det här målet?</translation>
    </message>
    <message>
        <source>Add a su&amp;pport</source>
        <translation>Lägg till &amp;stöd</translation>
    </message>
    <message>
        <source>Supports for this goal</source>
        <translation>Stöd för målet</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <source>Remove goal {number}</source>
        <translation>Ta bort mål {number}</translation>
    </message>
    <message>
        <source>Add a support to goal {number}</source>
        <translation>Lägg till stöd för mål {number}</translation>
    </message>
    <message>
        <source>Pictogram of goal {number}</source>
        <translation>Bildsymbol för mål {number}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>No goals yet. Write each goal with the client, in the client&apos;s own words.</source>
        <translation>Inga mål ännu. Skriv varje mål tillsammans med klienten, med klientens egna ord.</translation>
    </message>
    <message>
        <source>Add a &amp;goal</source>
        <translation>Lägg till &amp;mål</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Annat språk</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Lättläst språk</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Bilder eller symboler</translation>
    </message>
    <message>
        <source>AAC device</source>
        <translation>AKK-hjälpmedel</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Tecken som stöd</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Teckenspråk</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Legal guardian or trustee</source>
        <translation>Intressebevakare</translation>
    </message>
    <message>
        <source>Chosen supporter in decision-making</source>
        <translation>Vald stödperson i beslutsfattandet</translation>
    </message>
    <message>
        <source>Has tasks in the client plan</source>
        <translation>Har uppgifter i klientplanen</translation>
    </message>
    <message>
        <source>Client work</source>
        <translation>Klientarbete</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <source>Decision preparation</source>
        <translation>Beredning av beslut</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>The client&apos;s own request</source>
        <translation>Klientens egen begäran</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <source>Locked: {state} — {how}</source>
        <translation>Låst: {state} — {how}</translation>
    </message>
    <message>
        <source>The fields of this version are read-only.</source>
        <translation>Fälten i den här versionen är skrivskyddade.</translation>
    </message>
</context>
<context>
    <name>LockedWindows</name>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Remove synced closed cases…</source>
        <translation>&amp;Ta bort synkroniserade avslutade klientskap…</translation>
    </message>
    <message>
        <source>Closed cases that are on the central records server can be removed from this computer</source>
        <translation>Avslutade klientskap som i sin helhet finns i klientdatasystemet kan tas bort från den här datorn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Read only: the data file is damaged</source>
        <translation>Endast läsning: datafilen är skadad</translation>
    </message>
    <message>
        <source>&amp;Export the client&apos;s data…</source>
        <translation>&amp;Exportera klientens uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <source>Your visits, drafts, reviews and deadlines for today and this week</source>
        <translation>Dina besök, utkast, uppföljningar och tidsfrister i dag och den här veckan</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <source>Personal &amp;budgets overview</source>
        <translation>Översikt över personliga &amp;budgetar</translation>
    </message>
    <message>
        <source>Every client with a personal budget: budgets against reference costs, realised costs and goal attainment</source>
        <translation>Alla klienter med personlig budget: budgetar jämfört med referenskostnader, förverkligade kostnader och måluppfyllelse</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>&amp;Utskriftskö</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office, and those printed</source>
        <translation>Dokument som märkts för utskrift på kontoret och de som skrivits ut</translation>
    </message>
    <message>
        <source>Sy&amp;nc conflicts</source>
        <translation>S&amp;ynkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Information changed differently on two devices, for you to decide</source>
        <translation>Uppgifter som ändrats olika på två enheter, för dig att avgöra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Assessment &amp;templates…</source>
        <translation>Bedömnings&amp;mallar…</translation>
    </message>
    <message>
        <source>&amp;About Sopiva Desk</source>
        <translation>&amp;Om Sopiva Desk</translation>
    </message>
    <message>
        <source>Sopiva Desk — {name}</source>
        <translation>Sopiva Desk — {name}</translation>
    </message>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Inloggad som {name}</translation>
    </message>
    <message>
        <source>Template files left out: {count}</source>
        <translation>Mallfiler som lämnats bort: {count}</translation>
    </message>
    <message>
        <source>Some assessment template files have errors. Click to see which and why.</source>
        <translation>Några mallfiler för bedömning innehåller fel. Klicka för att se vilka och varför.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this computer.</source>
        <translation>
            <numerusform>%n klientskap togs bort från den här datorn.</numerusform>
            <numerusform>%n klientskap togs bort från den här datorn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stayed: changed meanwhile.</source>
        <translation>
            <numerusform>%n blev kvar: det ändrades under tiden.</numerusform>
            <numerusform>%n blev kvar: de ändrades under tiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Personal budgets</source>
        <translation>← Personliga budgetar</translation>
    </message>
    <message>
        <source>Back to the personal budgets overview (Alt+Left or Esc)</source>
        <translation>Tillbaka till översikten över personliga budgetar (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>← Today</source>
        <translation>← Idag</translation>
    </message>
    <message>
        <source>Back to the Today page (Alt+Left or Esc)</source>
        <translation>Tillbaka till sidan Idag (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Inled besök</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>För lång: högst {max} tecken.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Ta bort de osynliga styrtecknen.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Välj ett värde i listan.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Ange ett tal mellan {min} och {max}.</translation>
    </message>
    <message>
        <source>Too many rows: at most {max}.</source>
        <translation>För många rader: högst {max}.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 7,5.</source>
        <translation>Skriv ett tal, t.ex. 12 eller 7,5.</translation>
    </message>
    <message>
        <source>Use at most {decimals} decimals.</source>
        <translation>Använd högst {decimals} decimaler.</translation>
    </message>
    <message>
        <source>This assessment is completed and locked. Amend it to make changes.</source>
        <translation>Bedömningen är slutförd och låst. Gör ändringar som en ny version (Ändra bedömningen).</translation>
    </message>
    <message>
        <source>Only a completed assessment can be amended.</source>
        <translation>Endast en slutförd bedömning kan ändras som en ny version.</translation>
    </message>
    <message>
        <source>This decision-making session is completed and locked. Amend it to make changes.</source>
        <translation>Dokumentationen av det stödda beslutsfattandet är slutförd och låst. Gör ändringar som en ny version.</translation>
    </message>
    <message>
        <source>Only a completed decision-making session can be amended.</source>
        <translation>Endast en slutförd dokumentation kan ändras som en ny version.</translation>
    </message>
    <message>
        <source>Choose at least one way the decision-making was supported.</source>
        <translation>Välj minst ett sätt som beslutsfattandet stöddes på.</translation>
    </message>
    <message>
        <source>Add at least one option shown to the client.</source>
        <translation>Lägg till minst ett alternativ som visades för klienten.</translation>
    </message>
    <message>
        <source>Record how the client&apos;s will was found out, or the questions asked and the answers.</source>
        <translation>Anteckna hur klientens vilja utreddes, eller frågorna som ställdes och svaren.</translation>
    </message>
    <message>
        <source>Record whether the client agrees with the decision.</source>
        <translation>Anteckna om klienten håller med om beslutet.</translation>
    </message>
    <message>
        <source>Record why the client could not express a view on the decision.</source>
        <translation>Anteckna varför klienten inte kunde uttrycka sin åsikt om beslutet.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Ett namn måste innehålla bokstäver.</translation>
    </message>
    <message>
        <source>A name cannot contain digits. Was this meant for another field?</source>
        <translation>Ett namn kan inte innehålla siffror. Hörde det här till ett annat fält?</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</source>
        <translation>Ange ett telefonnummer, t.ex. 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A postal code has five digits, e.g. 50100.</source>
        <translation>Ett postnummer har fem siffror, t.ex. 50100.</translation>
    </message>
    <message>
        <source>Write the date as d.m.yyyy, e.g. 7.12.2026.</source>
        <translation>Skriv datumet som d.m.åååå, t.ex. 7.12.2026.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 7.12.2026.</source>
        <translation>Skriv året med fyra siffror, t.ex. 7.12.2026.</translation>
    </message>
    <message>
        <source>{text} is not a date: a year has 12 months.</source>
        <translation>{text} är inget datum: ett år har 12 månader.</translation>
    </message>
    <message>
        <source>{text} is not a date: that month has {days} days.</source>
        <translation>{text} är inget datum: den månaden har {days} dagar.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The date is more than 130 years ago.</source>
        <translation>Datumet ligger mer än 130 år tillbaka i tiden.</translation>
    </message>
    <message>
        <source>Enter a time as hh.mm, e.g. 9.30 or 14.00.</source>
        <translation>Ange klockslaget som hh.mm, t.ex. 9.30 eller 14.00.</translation>
    </message>
    <message>
        <source>A visit can be planned for today or a later day.</source>
        <translation>Ett besök kan planeras för i dag eller en senare dag.</translation>
    </message>
    <message>
        <source>A visit can be planned at most two years ahead.</source>
        <translation>Ett besök kan planeras högst två år framåt.</translation>
    </message>
    <message>
        <source>This visit is no longer planned: it has been started or cancelled.</source>
        <translation>Besöket är inte längre planerat: det har redan inletts eller ställts in.</translation>
    </message>
    <message>
        <source>This visit has not been started, so it cannot be ended.</source>
        <translation>Besöket har inte inletts, så det kan inte avslutas.</translation>
    </message>
    <message>
        <source>This visit was cancelled and can no longer be changed.</source>
        <translation>Besöket har ställts in och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</source>
        <translation>Använd 3–30 bokstäver, siffror eller bindestreck, t.ex. TMP-7K3M-Q9XD.</translation>
    </message>
    <message>
        <source>Enter the identity code, or a temporary identifier if the code is not known.</source>
        <translation>Ange personbeteckningen eller, om den inte är känd, en tillfällig identifierare.</translation>
    </message>
    <message>
        <source>Enter the identity code.</source>
        <translation>Ange personbeteckningen.</translation>
    </message>
    <message>
        <source>An identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>The identity code is not in the form ddmmyy-nnnX.</source>
        <translation>Personbeteckningen har inte formen ddmmåå-nnnX.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Det sjunde tecknet ska vara ett skiljetecken som anger århundradet: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The identity code does not begin with a real date.</source>
        <translation>Personbeteckningen börjar inte med ett giltigt datum.</translation>
    </message>
    <message>
        <source>Individual numbers 000 and 001 are not used.</source>
        <translation>Individnumren 000 och 001 används inte.</translation>
    </message>
    <message>
        <source>The check character does not match. Check the code for a typing error.</source>
        <translation>Kontrolltecknet stämmer inte. Kontrollera om beteckningen har ett skrivfel.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Enligt personbeteckningen ligger födelsedatumet i framtiden.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>En annan klient har redan den här personbeteckningen.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Ange en lösenfras.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Använd minst 12 tecken.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add a few more unrelated words of your own.</source>
        <translation>För lätt att gissa. Lägg till några egna ord till som inte hör ihop.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>This client has a needs assessment in draft: continue it, or start another deliberately.</source>
        <translation>Klienten har en servicebehovsbedömning som utkast: fortsätt med den eller påbörja en ny medvetet.</translation>
    </message>
    <message>
        <source>A visit with this client is still open. Continue it, or start a new one deliberately.</source>
        <translation>Ett besök hos klienten är fortfarande öppet. Fortsätt det eller påbörja medvetet ett nytt.</translation>
    </message>
    <message>
        <source>A visit is still open: end it to see its summary.</source>
        <translation>Ett besök är fortfarande öppet: avsluta det för att se sammanfattningen.</translation>
    </message>
    <message>
        <source>A visit is planned for {since}.</source>
        <translation>Ett besök är planerat till {since}.</translation>
    </message>
    <message>
        <source>The visit planned for {since} was not started: start, move or cancel it.</source>
        <translation>Besöket som planerades till {since} inleddes inte: inled, flytta eller ställ in det.</translation>
    </message>
    <message>
        <source>Draft assessment from {since} is unfinished.</source>
        <translation>Bedömningsutkastet från {since} är oavslutat.</translation>
    </message>
    <message>
        <source>Amendment (version {version}) from {since} is unfinished.</source>
        <translation>Ändringen (version {version}) från {since} är oavslutad.</translation>
    </message>
    <message>
        <source>No service-needs assessment yet. Start one during a visit or with New assessment.</source>
        <translation>Ingen bedömning av servicebehovet ännu. Börja en under ett besök eller med Ny bedömning.</translation>
    </message>
    <message>
        <source>Assessment completed on {since}. Next: the client plan.</source>
        <translation>Bedömningen blev klar {since}. Nästa steg: klientplanen.</translation>
    </message>
    <message>
        <source>Draft plan (version {version}) from {since} is not agreed yet.</source>
        <translation>Utkastet till planen (version {version}, {since}) är ännu inte godkänt.</translation>
    </message>
    <message>
        <source>The plan&apos;s review was due on {since}.</source>
        <translation>Planen skulle ha utvärderats {since}.</translation>
    </message>
    <message>
        <source>A decision-making session started on {since} is unfinished.</source>
        <translation>Dokumentationen av stött beslutsfattande från {since} är oavslutad.</translation>
    </message>
    <message>
        <source>Follow up the decision-making session by {since}.</source>
        <translation>Följ upp det stödda beslutsfattandet senast {since}.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Fel lösenfras. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>För många felaktiga försök. Du kan försöka igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged. Sopiva Desk has not changed it and writes nothing into it.</source>
        <translation>Datafilen för den här profilen är skadad. Sopiva Desk har inte ändrat den och skriver ingenting i den.</translation>
    </message>
    <message>
        <source>Not done: the data file of this profile is damaged, so Sopiva Desk writes nothing into it, not even the access log entry that opening client information needs. What you typed stays on screen until you lock or close Sopiva Desk. Tell IT support.</source>
        <translation>Inte gjort: datafilen för den här profilen är skadad, så Sopiva Desk skriver ingenting i den, inte ens den anteckning i användningsloggen som krävs för att öppna klientuppgifter. Det du har skrivit finns kvar på skärmen tills du låser eller stänger Sopiva Desk. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The data file in this profile&apos;s folder belongs to another profile: the files have been swapped or copied. It has not been opened or changed. Ask IT support to put the right file back.</source>
        <translation>Datafilen i den här profilens mapp hör till en annan profil: filerna har bytts ut eller kopierats. Den har inte öppnats eller ändrats. Be IT-supporten sätta tillbaka rätt fil.</translation>
    </message>
    <message>
        <source>This profile&apos;s key file belongs to another profile: the files have been swapped or copied. Your passphrase was not tried and no failed attempt was counted. Ask IT support to put the right file back.</source>
        <translation>Nyckelfilen för den här profilen hör till en annan profil: filerna har bytts ut eller kopierats. Din lösenfras prövades inte och inget misslyckat försök räknades. Be IT-supporten sätta tillbaka rätt fil.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. Contact IT support.</source>
        <translation>Datafilen för den här profilen saknas. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <source>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</source>
        <translation>Datafilen för den här profilen är inte krypterad och har alltså inte skapats av Sopiva Desk. Filen har inte öppnats. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <source>The profile settings file cannot be read. Contact IT support.</source>
        <translation>Profilens inställningsfil kan inte läsas. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <source>The recovery key or its password is wrong, or it belongs to another organisation.</source>
        <translation>Återställningsnyckeln eller dess lösenord är fel, eller så hör nyckeln till en annan organisation.</translation>
    </message>
    <message>
        <source>The disk is full. Your last change was not saved; free some space and it will be saved again.</source>
        <translation>Disken är full. Din senaste ändring sparades inte. Frigör utrymme, så sparas den på nytt.</translation>
    </message>
    <message>
        <source>The data file could not be read or written. Check the disk and try again.</source>
        <translation>Datafilen kunde inte läsas eller skrivas. Kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>This file is not a Sopiva Desk backup, or it is damaged or incomplete. Nothing was created. Choose another backup file.</source>
        <translation>Filen är inte en säkerhetskopia av Sopiva Desk, eller så är den skadad eller ofullständig. Inget skapades. Välj en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sopiva Desk. Update the app and try again.</source>
        <translation>Säkerhetskopian gjordes med en nyare version av Sopiva Desk. Uppdatera appen och försök igen.</translation>
    </message>
    <message>
        <source>The backup folder cannot be found. Is the USB drive or network folder connected? Choose the folder again in Settings if it has moved.</source>
        <translation>Mappen för säkerhetskopior hittas inte. Är USB-minnet eller nätverksmappen ansluten? Om mappen har flyttats, välj den på nytt i inställningarna.</translation>
    </message>
    <message>
        <source>The backup did not fit: the disk or drive is full. Free some space or choose another folder. Your data is unchanged.</source>
        <translation>Säkerhetskopian fick inte plats: disken eller minnet är fullt. Frigör utrymme eller välj en annan mapp. Dina uppgifter är oförändrade.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check, so it was not kept. The earlier backup is as it was. Try again; if it fails again, contact IT support.</source>
        <translation>Säkerhetskopian skrevs men klarade inte kontrollen, så den sparades inte. Den tidigare säkerhetskopian är oförändrad. Försök igen. Om det misslyckas igen, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The profile is open in Sopiva Desk. Lock or close the app, then try again.</source>
        <translation>Profilen är öppen i Sopiva Desk. Lås eller stäng appen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key is not on this computer, so the recovery envelope could not be sealed again. Nothing was changed. Contact IT support.</source>
        <translation>Organisationens återställningsnyckel finns inte på den här datorn, så återställningskuvertet kunde inte förseglas på nytt. Inget ändrades. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Ask IT support to make it writable; what you typed stays here and is saved once it is.</source>
        <translation>Det går inte att skriva i programmets datamapp, så ingenting kan sparas. Be IT-stödet ge skrivrätt till mappen. Det du har skrivit finns kvar här och sparas när det går att skriva i mappen igen.</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been removed.</source>
        <translation>Uppgiften finns inte längre. Den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, e.g. 1 234,50.</source>
        <translation>Skriv beloppet i euro, t.ex. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Too large: at most {max}.</source>
        <translation>För stort: högst {max}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Mängden kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Too large a quantity: at most {max}.</source>
        <translation>För stor mängd: högst {max}.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</source>
        <translation>Välj betalningsförbindelse, servicesedel, köpt tjänst eller egen produktion. Pengar betalas aldrig till klienten.</translation>
    </message>
    <message>
        <source>The client cannot be the payee: money goes to the service provider, never to the client.</source>
        <translation>Klienten kan inte vara betalningsmottagare: pengarna går till serviceproducenten, aldrig till klienten.</translation>
    </message>
    <message>
        <source>A budget period can be at most {years} years.</source>
        <translation>En budgetperiod kan vara högst {years} år.</translation>
    </message>
    <message>
        <source>More than the period can hold: at most {max}.</source>
        <translation>Mer än perioden rymmer: högst {max}.</translation>
    </message>
    <message>
        <source>This line refers to a support that is not in the client plan.</source>
        <translation>Raden hänvisar till ett stöd som inte finns i klientplanen.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Lägg till minst en budgetrad.</translation>
    </message>
    <message>
        <source>The budget is over the reference cost: write a justification before it is decided.</source>
        <translation>Budgeten överskrider referenskostnaden: skriv en motivering innan beslutet.</translation>
    </message>
    <message>
        <source>This change of state is not possible: a budget goes from indicative to decided to closed.</source>
        <translation>Statusen kan inte ändras så: en budget går från preliminär till beslutad och stängd.</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision.</source>
        <translation>Budgeten är beslutad och låst. En ändring kräver ett nytt beslut.</translation>
    </message>
    <message>
        <source>This budget is closed and can no longer be changed.</source>
        <translation>Budgeten är stängd och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Use can be recorded only after the budget is decided.</source>
        <translation>Användning kan registreras först när budgeten är beslutad.</translation>
    </message>
    <message>
        <source>This use is not linked to any line of the budget.</source>
        <translation>Användningen är inte kopplad till någon rad i budgeten.</translation>
    </message>
    <message>
        <source>No payment commitment has this number.</source>
        <translation>Det finns ingen betalningsförbindelse med det här numret.</translation>
    </message>
    <message>
        <source>Over-used: {realised} used of {allocated}.</source>
        <translation>Överanvändning: {realised} använt av {allocated}.</translation>
    </message>
    <message>
        <source>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</source>
        <translation>Tydlig underanvändning: {realised} använt, under {percent} % av de {expected} som väntats hittills.</translation>
    </message>
    <message>
        <source>Payment commitment {number} is exceeded: {used} used of at most {max}.</source>
        <translation>Betalningsförbindelse {number} överskrids: {used} använt av högst {max}.</translation>
    </message>
    <message>
        <source>This use is dated outside the validity of payment commitment {number}.</source>
        <translation>Användningen är daterad utanför giltighetstiden för betalningsförbindelse {number}.</translation>
    </message>
    <message>
        <source>This budget already has a payment commitment with this number.</source>
        <translation>Budgeten har redan en betalningsförbindelse med det här numret.</translation>
    </message>
    <message>
        <source>This use is dated outside the budget period.</source>
        <translation>Användningen är daterad utanför budgetperioden.</translation>
    </message>
    <message>
        <source>Used ahead of time: {realised} used, {expected} expected by now. At this pace the money runs out around {runs_out}.</source>
        <translation>Användningen går snabbare än tiden: {realised} använt, {expected} väntat hittills. I den här takten tar pengarna slut omkring {runs_out}.</translation>
    </message>
    <message>
        <source>The units at the line&apos;s unit price make {computed}, not {amount}: write why the amount differs, or correct it.</source>
        <translation>Enheterna till radens enhetspris blir {computed}, inte {amount}: skriv varför beloppet avviker, eller korrigera det.</translation>
    </message>
    <message>
        <source>The period overlaps the client&apos;s budget of {start}–{end}: write why two budgets are needed for the same days, or choose a period that starts after it ends.</source>
        <translation>Perioden överlappar klientens budget {start}–{end}: skriv varför två budgetar behövs för samma dagar, eller välj en period som börjar efter att den har slutat.</translation>
    </message>
    <message>
        <source>Realised use is recorded under this payment commitment: correct or cancel those entries first.</source>
        <translation>Förverkligad användning har antecknats under den här betalningsförbindelsen: korrigera eller annullera först de anteckningarna.</translation>
    </message>
    <message>
        <source>The role map must list the client exactly once (now {count}).</source>
        <translation>Rollkartan ska ta upp klienten exakt en gång (nu {count}).</translation>
    </message>
    <message>
        <source>Add the own worker to the role map.</source>
        <translation>Lägg till den egna kontaktpersonen i rollkartan.</translation>
    </message>
    <message>
        <source>This person is already in the role map in the same role.</source>
        <translation>Personen finns redan i rollkartan med samma roll.</translation>
    </message>
    <message>
        <source>Write this person&apos;s tasks in the plan.</source>
        <translation>Skriv in personens uppgifter i planen.</translation>
    </message>
    <message>
        <source>{name} provides a support but is not in the role map: add them with their tasks.</source>
        <translation>{name} ger stöd men saknas i rollkartan: lägg till med uppgifterna.</translation>
    </message>
    <message>
        <source>Add at least one goal in the client&apos;s own words.</source>
        <translation>Lägg till minst ett mål med klientens egna ord.</translation>
    </message>
    <message>
        <source>Record that the client was given an explanation of their rights and options.</source>
        <translation>Anteckna att klienten har fått en redogörelse för sina rättigheter och alternativ.</translation>
    </message>
    <message>
        <source>The review date must be after the meeting date.</source>
        <translation>Uppföljningsdatumet ska vara efter mötesdatumet.</translation>
    </message>
    <message>
        <source>The target date must be after the meeting date.</source>
        <translation>Måldatumet ska vara efter mötesdatumet.</translation>
    </message>
    <message>
        <source>This version of the plan is locked. Make changes in a new version.</source>
        <translation>Den här versionen av planen är låst. Gör ändringarna i en ny version.</translation>
    </message>
    <message>
        <source>A draft of the plan is already open: continue it.</source>
        <translation>Det finns redan ett utkast till planen: fortsätt med det.</translation>
    </message>
    <message>
        <source>The client has no completed needs assessment yet. Complete it first, or write these yourself.</source>
        <translation>Klienten har ännu ingen slutförd servicebehovsbedömning. Slutför den först eller skriv detta själv.</translation>
    </message>
    <message>
        <source>This computer does not sync with the central records.</source>
        <translation>Den här datorn synkroniserar inte med klientdatasystemet.</translation>
    </message>
    <message>
        <source>Not yet on the central records server.</source>
        <translation>Finns ännu inte i klientdatasystemet.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent.</source>
        <translation>Ändringar väntar på att skickas.</translation>
    </message>
    <message>
        <source>Changes refused by the server.</source>
        <translation>Servern avvisade ändringar.</translation>
    </message>
    <message>
        <source>A conflict waiting for a decision.</source>
        <translation>En konflikt väntar på ett beslut.</translation>
    </message>
    <message>
        <source>A value typed but not yet saved.</source>
        <translation>Ett inskrivet värde som ännu inte sparats.</translation>
    </message>
    <message>
        <source>Changed on this computer since the last sync.</source>
        <translation>Ändrad på den här datorn efter den senaste synkroniseringen.</translation>
    </message>
    <message>
        <source>Closed more recently than the setting allows.</source>
        <translation>Avslutad senare än inställningen tillåter.</translation>
    </message>
    <message>
        <source>Choose off, 30, 90 or 180 days.</source>
        <translation>Välj aldrig, 30, 90 eller 180 dagar.</translation>
    </message>
    <message>
        <source>Syncing with the central records failed.</source>
        <translation>Synkroniseringen med klientdatasystemet misslyckades.</translation>
    </message>
    <message>
        <source>This conflict was already resolved, on this or another device. The list has been updated.</source>
        <translation>Konflikten har redan lösts på den här eller en annan enhet. Listan har uppdaterats.</translation>
    </message>
    <message>
        <source>{url} is not a server address. Write it as https://records.example.fi.</source>
        <translation>{url} är inte en serveradress. Skriv den i formen https://records.example.fi.</translation>
    </message>
    <message>
        <source>{url} is not a secure address. The central records can only be reached over https.</source>
        <translation>{url} är inte en säker adress. Klientdatasystemet kan bara nås över https.</translation>
    </message>
    <message>
        <source>The central records cannot be reached. Check the network connection and try again. Your changes are kept on this computer.</source>
        <translation>Det går inte att nå klientdatasystemet. Kontrollera nätverksanslutningen och försök igen. Dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>The connection to the central records broke. Try again: nothing is lost or sent twice.</source>
        <translation>Anslutningen till klientdatasystemet bröts. Försök igen: ingenting går förlorat eller skickas två gånger.</translation>
    </message>
    <message>
        <source>The central records did not answer in time. Try again when the connection is better.</source>
        <translation>Klientdatasystemet svarade inte i tid. Försök igen när anslutningen är bättre.</translation>
    </message>
    <message>
        <source>The server {host} was not found. Check the address and the network connection.</source>
        <translation>Servern {host} hittades inte. Kontrollera adressen och nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent. Contact IT support.</source>
        <translation>Serverns säkerhetscertifikat är inte betrott, så ingenting skickades. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>This computer is not yet connected to the central records. Ask IT support for an enrolment code.</source>
        <translation>Den här datorn är ännu inte ansluten till klientdatasystemet. Be IT-supporten om en ibruktagningskod.</translation>
    </message>
    <message>
        <source>This profile is already connected to another server ({url}).</source>
        <translation>Den här profilen är redan ansluten till en annan server ({url}).</translation>
    </message>
    <message>
        <source>The enrolment code was made for another user ({user}). Ask IT support for your own code.</source>
        <translation>Ibruktagningskoden gjordes för en annan användare ({user}). Be IT-supporten om en egen kod.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask IT support for a new code.</source>
        <translation>Ibruktagningskoden är fel, redan använd eller har gått ut. Be IT-supporten om en ny kod.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {retry_after} seconds.</source>
        <translation>För många försök. Försök igen om {retry_after} sekunder.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked. Contact IT support. Your changes are kept on this computer.</source>
        <translation>Den här datorns åtkomst till klientdatasystemet har återkallats. Kontakta IT-supporten. Dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked, so it no longer syncs. Contact {contact}. Your changes are kept on this computer.</source>
        <translation>Den här datorns åtkomst till klientdatasystemet har återkallats, så den synkroniserar inte längre. Kontakta: {contact}. Dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>The central records do not recognise this computer. Ask IT support to enrol it again.</source>
        <translation>Klientdatasystemet känner inte igen den här datorn. Be IT-supporten att ta den i bruk på nytt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong (server time {server_time}, this computer {device_time}). Correct the date and time, then try again.</source>
        <translation>Den här datorns klocka går fel (serverns tid {server_time}, den här datorns {device_time}). Rätta datum och tid och försök sedan igen.</translation>
    </message>
    <message>
        <source>The central records refused the request. Your changes are kept on this computer. Contact IT support and give them this detail: {detail}</source>
        <translation>Klientdatasystemet avvisade begäran. Dina ändringar finns kvar på den här datorn. Kontakta IT-supporten och ge dem den här uppgiften: {detail}</translation>
    </message>
    <message>
        <source>The central records had a problem (error {status}). Try again later.</source>
        <translation>Det uppstod ett problem i klientdatasystemet (fel {status}). Försök igen senare.</translation>
    </message>
    <message>
        <source>The client is not assigned to you in the central records. If the client is assigned to you again, the change is sent by itself; otherwise ask your supervisor.</source>
        <translation>Klienten är inte tilldelad dig i klientdatasystemet. Om klienten tilldelas dig igen skickas ändringen av sig själv; annars fråga din chef.</translation>
    </message>
    <message>
        <source>The client&apos;s records have been removed from the central records for good, so the change cannot be sent. Contact IT support if it is still needed.</source>
        <translation>Klientens uppgifter har tagits bort ur klientdatasystemet för gott, så ändringen kan inte skickas. Kontakta IT-supporten om den fortfarande behövs.</translation>
    </message>
    <message>
        <source>The central records could not accept the change as it is. Contact IT support.</source>
        <translation>Klientdatasystemet kunde inte ta emot ändringen som den är. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>A history entry cannot be changed afterwards. Contact IT support.</source>
        <translation>En historikpost kan inte ändras i efterhand. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The central records do not know this kind of record; the server may be older than this app. Contact IT support.</source>
        <translation>Klientdatasystemet känner inte till den här typen av uppgift; servern kan vara äldre än appen. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The central records already have a client with this identity code. Check the code: if it was mistyped, correct it and the client is sent at the next sync. If it is the same person, the client is already in the central records: remove this copy, and the client comes to this computer at the next sync (ask your supervisor to assign the client to you if needed). What you wrote stays in the removed copy.</source>
        <translation>I klientdatasystemet finns redan en klient med samma personbeteckning. Kontrollera beteckningen: om den är felskriven, rätta den, så skickas klienten vid nästa synkronisering. Om det är samma person finns klienten redan i klientdatasystemet: ta bort den här kopian, så kommer klienten till den här datorn vid nästa synkronisering (be vid behov din chef att tilldela dig klienten). Det du skrivit finns kvar i den borttagna kopian.</translation>
    </message>
    <message>
        <source>The budget already has a payment commitment with this number in the central records, made on another computer. If this is another commitment, correct its number; if it is the same one, cancel this copy. The change is sent at the next sync, and the other commitment then comes to this computer.</source>
        <translation>Budgeten har redan en betalningsförbindelse med samma nummer i klientdatasystemet, gjord på en annan dator. Om det här är en annan förbindelse, rätta dess nummer; om det är samma, annullera den här kopian. Ändringen skickas vid nästa synkronisering, och den andra förbindelsen kommer då till den här datorn.</translation>
    </message>
    <message>
        <source>The central records refused the change ({reason}). Contact IT support.</source>
        <translation>Klientdatasystemet avvisade ändringen ({reason}). Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>A review can be started only for an agreed plan.</source>
        <translation>En uppföljning kan bara inledas för en godkänd plan.</translation>
    </message>
    <message>
        <source>The plan has no goals to review.</source>
        <translation>Planen har inga mål att följa upp.</translation>
    </message>
    <message>
        <source>The review date cannot be before the plan was agreed.</source>
        <translation>Uppföljningsdatumet kan inte vara före det datum då planen godkändes.</translation>
    </message>
    <message>
        <source>This goal is not in the reviewed plan.</source>
        <translation>Det här målet finns inte i planen som följs upp.</translation>
    </message>
    <message>
        <source>Give your own rating of how far this goal has been reached.</source>
        <translation>Ge din egen bedömning av hur långt målet har uppnåtts.</translation>
    </message>
    <message>
        <source>The client has not rated every goal or answered “How are things?”: write in the notes why, e.g. the client did not want to answer today.</source>
        <translation>Klienten har inte bedömt alla mål eller svarat på ”Hur mår du?”: skriv i anteckningarna varför, t.ex. att klienten inte ville svara i dag.</translation>
    </message>
    <message>
        <source>This review is completed and locked.</source>
        <translation>Uppföljningen är slutförd och låst.</translation>
    </message>
    <message>
        <source>A review is already open for this client: continue it.</source>
        <translation>Klienten har redan en pågående uppföljning: fortsätt med den.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Check that the folder exists, or choose another place.</source>
        <translation>PDF-filen kunde inte sparas där. Kontrollera att mappen finns eller välj en annan plats.</translation>
    </message>
    <message>
        <source>You may not save files in that folder. Choose another place, e.g. your Documents folder.</source>
        <translation>Du får inte spara filer i den mappen. Välj en annan plats, t.ex. mappen Dokument.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space or choose another place.</source>
        <translation>Disken är full, så PDF-filen sparades inte. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>För långt lösenord: högst {max} tecken.</translation>
    </message>
    <message>
        <source>This document is no longer waiting in the print queue: someone printed or removed it.</source>
        <translation>Dokumentet väntar inte längre i utskriftskön: någon skrev ut eller tog bort det.</translation>
    </message>
    <message>
        <source>Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17.</source>
        <translation>Ange lagen och paragrafen som tillåter utlämnandet, t.ex. klientdatalagen 703/2023 17 §.</translation>
    </message>
    <message>
        <source>Say what was disclosed, e.g. the dates of the home visits, or a copy of the needs assessment.</source>
        <translation>Ange vad som lämnades ut, t.ex. datumen för hembesöken eller en kopia av servicebehovsbedömningen.</translation>
    </message>
    <message>
        <source>The start of the period must come before its end.</source>
        <translation>Periodens början måste komma före dess slut.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, e.g. kirjaamo@hyvinvointialue.fi.</source>
        <translation>Skriv en e-postadress, t.ex. registratur@valfardsomrade.fi.</translation>
    </message>
    <message>
        <source>Enter a web address, e.g. www.hyvinvointialue.fi.</source>
        <translation>Skriv en webbadress, t.ex. www.valfardsomrade.fi.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s OID as numbers separated by dots, e.g. 1.2.246.10.12345678.</source>
        <translation>Skriv organisationens OID som siffror åtskilda av punkter, t.ex. 1.2.246.10.12345678.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most {max_kb} KB.</source>
        <translation>Logotypfilen är för stor: högst {max_kb} kB.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG picture as the logo.</source>
        <translation>Välj en PNG- eller SVG-bild som logotyp.</translation>
    </message>
    <message>
        <source>The picture cannot be read. Save it again as PNG or SVG and choose it again.</source>
        <translation>Bilden kan inte läsas. Spara den på nytt som PNG eller SVG och välj den igen.</translation>
    </message>
    <message>
        <source>The logo must be {min}–{max} pixels wide and high.</source>
        <translation>Logotypen ska vara {min}–{max} pixlar bred och hög.</translation>
    </message>
    <message>
        <source>This SVG uses scripts, entities or pictures from other files, which a document cannot print. Save it as a plain SVG or as PNG.</source>
        <translation>Den här SVG-filen använder skript, entiteter eller bilder från andra filer, som inte kan skrivas ut i ett dokument. Spara den som vanlig SVG eller som PNG.</translation>
    </message>
    <message>
        <source>Not a part of the letterhead. Check the spelling against the administrator guide.</source>
        <translation>Ingen del av sidhuvudet. Kontrollera stavningen i administratörshandboken.</translation>
    </message>
    <message>
        <source>Write this as text in quotation marks.</source>
        <translation>Skriv detta som text inom citattecken.</translation>
    </message>
    <message>
        <source>This is not a letterhead file (TOML, UTF-8). See the administrator guide for an example.</source>
        <translation>Det här är ingen fil för sidhuvudet (TOML, UTF-8). Se ett exempel i administratörshandboken.</translation>
    </message>
    <message>
        <source>Your administrator has set the organisation&apos;s details. They cannot be changed here.</source>
        <translation>Administratören har angett organisationens uppgifter. De kan inte ändras här.</translation>
    </message>
    <message>
        <source>{text} is not a date: January has {days} days.</source>
        <translation>{text} är inget datum: januari har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: February has {days} days.</source>
        <translation>{text} är inget datum: februari har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: March has {days} days.</source>
        <translation>{text} är inget datum: mars har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: April has {days} days.</source>
        <translation>{text} är inget datum: april har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: May has {days} days.</source>
        <translation>{text} är inget datum: maj har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: June has {days} days.</source>
        <translation>{text} är inget datum: juni har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: July has {days} days.</source>
        <translation>{text} är inget datum: juli har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: August has {days} days.</source>
        <translation>{text} är inget datum: augusti har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: September has {days} days.</source>
        <translation>{text} är inget datum: september har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: October has {days} days.</source>
        <translation>{text} är inget datum: oktober har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: November has {days} days.</source>
        <translation>{text} är inget datum: november har {days} dagar.</translation>
    </message>
    <message>
        <source>{text} is not a date: December has {days} days.</source>
        <translation>{text} är inget datum: december har {days} dagar.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Lägg till klient</translation>
    </message>
    <message>
        <source>Birth date {date} (from the identity code)</source>
        <translation>Födelsedatum {date} (enligt personbeteckningen)</translation>
    </message>
    <message>
        <source>This is a temporary identity code.</source>
        <translation>Detta är en tillfällig personbeteckning.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</source>
        <translation>Ange personbeteckningen om den är känd. Om den inte är känd, skapa en tillfällig identifierare. Personbeteckningen kan läggas till senare i klientens uppgifter.</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation>&amp;Personbeteckning</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>&amp;Temporary identifier</source>
        <translation>&amp;Tillfällig identifierare</translation>
    </message>
    <message>
        <source>Only if the identity code is not known</source>
        <translation>Bara om personbeteckningen inte är känd</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>Make a new temporary identifier for a client whose identity code is not known</source>
        <translation>Skapa en ny tillfällig identifierare för en klient vars personbeteckning inte är känd</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>&amp;Other language</source>
        <translation>&amp;Annat språk</translation>
    </message>
    <message>
        <source>Which language, e.g. Arabic</source>
        <translation>Vilket språk, t.ex. arabiska</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Välj kommun</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telef&amp;on</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
</context>
<context>
    <name>OptionEditorCard</name>
    <message>
        <source>Short name of the option, e.g. Own flat in town</source>
        <translation>Kort namn på alternativet, t.ex. Egen lägenhet i centrum</translation>
    </message>
    <message>
        <source>In plain words for the client: what it means in everyday life</source>
        <translation>Tydligt för klienten: vad det betyder i vardagen</translation>
    </message>
    <message>
        <source>The client could try it out</source>
        <translation>Klienten fick pröva</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <source>What the client said about it, in their own words</source>
        <translation>Vad klienten sade om det, med egna ord</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>option</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>tydligt</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>klientens egna ord</translation>
    </message>
    <message>
        <source>client&apos;s reaction</source>
        <translation>klientens reaktion</translation>
    </message>
    <message>
        <source>could try it out</source>
        <translation>fick pröva</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Tydligt</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Client&apos;s own words</source>
        <translation>Klientens egna ord</translation>
    </message>
    <message>
        <source>Client&apos;s reaction</source>
        <translation>Klientens reaktion</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Alternativ {number}</translation>
    </message>
    <message>
        <source>Pictogram of option {number}</source>
        <translation>Piktogram för alternativ {number}</translation>
    </message>
    <message>
        <source>Move option {number} up</source>
        <translation>Flytta alternativ {number} uppåt</translation>
    </message>
    <message>
        <source>Move option {number} down</source>
        <translation>Flytta alternativ {number} nedåt</translation>
    </message>
    <message>
        <source>Remove option {number}</source>
        <translation>Ta bort alternativ {number}</translation>
    </message>
</context>
<context>
    <name>OptionListEditor</name>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Inte bra</translation>
    </message>
    <message>
        <source>No options yet. Add the choices the client can make, one by one.</source>
        <translation>Inga alternativ ännu. Lägg till klientens alternativ ett i taget.</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Lägg till alt&amp;ernativ</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Over the reference cost by {amount}</source>
        <translation>Överskrider referenskostnaden med {amount}</translation>
    </message>
    <message>
        <source>Nothing allocated yet: the budget has no lines, or only lines at 0 €</source>
        <translation>Inget budgeterat ännu: budgeten har inga rader eller bara rader på 0 €</translation>
    </message>
    <message>
        <source>Within the reference cost (cost-neutral)</source>
        <translation>Inom referenskostnaden (kostnadsneutral)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Inga uppföljningar ännu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Förverkligat</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Väntat hittills</translation>
    </message>
    <message>
        <source>Use of allocation</source>
        <translation>Användning av budgeterat</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Förändring i måluppfyllelse</translation>
    </message>
    <message>
        <source>The cost-neutrality ceiling: the services the client is entitled to</source>
        <translation>Taket för kostnadsneutralitet: de tjänster klienten har rätt till</translation>
    </message>
    <message>
        <source>The sum of the budget lines</source>
        <translation>Summan av budgetraderna</translation>
    </message>
    <message>
        <source>Allocation minus reference cost; {mark} marks a budget over the reference cost</source>
        <translation>Budgeterat minus referenskostnad; {mark} markerar en budget över referenskostnaden</translation>
    </message>
    <message>
        <source>Realised use recorded so far</source>
        <translation>Förverkligad användning som registrerats hittills</translation>
    </message>
    <message>
        <source>The allocation in proportion to the part of the period gone by</source>
        <translation>Det budgeterade i proportion till den del av perioden som gått</translation>
    </message>
    <message>
        <source>Realised use as a share of the allocation</source>
        <translation>Förverkligad användning som andel av det budgeterade</translation>
    </message>
    <message>
        <source>Change in goal attainment between reviews</source>
        <translation>Förändring i måluppfyllelse mellan uppföljningarna</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet. The file holds client data: keep it safe.</source>
        <translation>Spara tabellen som en CSV-fil för ett kalkylprogram. Filen innehåller klientuppgifter: förvara den säkert.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>Personal budgets in the organisation</source>
        <translation>Personliga budgetar i organisationen</translation>
    </message>
    <message>
        <source>Clients with a personal budget</source>
        <translation>Klienter med personlig budget</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <source>Realised / expected by now</source>
        <translation>Förverkligat / väntat hittills</translation>
    </message>
    <message>
        <source>Cost-neutral budgets</source>
        <translation>Kostnadsneutrala budgetar</translation>
    </message>
    <message>
        <source>Goal attainment change, mean</source>
        <translation>Förändring i måluppfyllelse, medelvärde</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrera på namn</translation>
    </message>
    <message>
        <source>Filter clients by name</source>
        <translation>Filtrera klienter på namn</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Open budget</source>
        <translation>Öppna budgeten</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s budget (Enter or double-click)</source>
        <translation>Öppna den valda klientens budget (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Öppna klientens uppgifter</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s file (Ctrl+O)</source>
        <translation>Öppna den valda klientens uppgifter (Ctrl+O)</translation>
    </message>
    <message>
        <source>Personal budgets by client</source>
        <translation>Personliga budgetar per klient</translation>
    </message>
    <message>
        <source>Budgets in force on {date}</source>
        <translation>Gällande budgetar {date}</translation>
    </message>
    <message>
        <source>Over the reference cost in total</source>
        <translation>Totalt över referenskostnaden</translation>
    </message>
    <message>
        <source>Within the reference cost in total</source>
        <translation>Totalt inom referenskostnaden</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over, {empty} empty)</source>
        <translation>{neutral} av {clients} ({over} över, {empty} tomma)</translation>
    </message>
    <message>
        <source>Empty: nothing allocated yet, so neither cost-neutral nor over</source>
        <translation>Tom: inget budgeterat ännu, alltså varken kostnadsneutral eller över</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over)</source>
        <translation>{neutral} av {clients} ({over} över)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Inga uppföljningar ännu</translation>
    </message>
    <message>
        <source>Mean over {count} clients with reviews</source>
        <translation>Medelvärde för {count} klienter med uppföljningar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} klienter</translation>
    </message>
    <message>
        <source>{shown} of {count} clients</source>
        <translation>{shown} av {count} klienter</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Reference cost (€)</source>
        <translation>Referenskostnad (€)</translation>
    </message>
    <message>
        <source>Allocation (€)</source>
        <translation>Budgeterat (€)</translation>
    </message>
    <message>
        <source>Difference (€)</source>
        <translation>Differens (€)</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Kostnadsneutral</translation>
    </message>
    <message>
        <source>Realised (€)</source>
        <translation>Förverkligat (€)</translation>
    </message>
    <message>
        <source>Expected by now (€)</source>
        <translation>Väntat hittills (€)</translation>
    </message>
    <message>
        <source>Use of allocation (%)</source>
        <translation>Användning av budgeterat (%)</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Förändring i måluppfyllelse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>pb-overview-{date}.csv</source>
        <translation>pb-oversikt-{date}.csv</translation>
    </message>
    <message>
        <source>Export personal budgets as CSV</source>
        <translation>Exportera personliga budgetar som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>CSV saved: {file}. Client rows: {count}.</source>
        <translation>CSV sparad: {file}. Klientrader: {count}.</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV-filen sparades inte</translation>
    </message>
    <message>
        <source>The disk is full, so the CSV file was not saved. Free some space or choose another place and try again.</source>
        <translation>Disken är full, så CSV-filen sparades inte. Frigör utrymme eller välj en annan plats och försök igen.</translation>
    </message>
    <message>
        <source>The CSV file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>CSV-filen kunde inte sparas där. Kontrollera att mappen finns och att du får skriva i den, eller välj en annan plats.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Name of the organisation</source>
        <translation>&amp;Organisationens namn</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Postal address</source>
        <translation>&amp;Postadress</translation>
    </message>
    <message>
        <source>The organisation printed at the top of every document, with its contact details at the foot of each page. It is shared by every profile on this computer.</source>
        <translation>Organisationen som skrivs ut överst i varje dokument; dess kontaktuppgifter skrivs ut längst ner på varje sida. Uppgifterna är gemensamma för alla profiler på den här datorn.</translation>
    </message>
    <message>
        <source>In Finnish</source>
        <translation>På finska</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>På svenska</translation>
    </message>
    <message>
        <source>Required. Swedish may be left empty: the Finnish name is printed then.</source>
        <translation>Obligatoriskt. Det svenska kan lämnas tomt: då skrivs det finska namnet ut.</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-po&amp;st</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>&amp;Webbadress</translation>
    </message>
    <message>
        <source>Organisation &amp;OID</source>
        <translation>Organisationens O&amp;ID</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <source>The organisation&apos;s identifier in the social and health care organisation register, numbers separated by dots.</source>
        <translation>Organisationens identifierare i social- och hälsovårdens organisationsregister, siffror åtskilda av punkter.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Ta &amp;bort logotypen</translation>
    </message>
    <message>
        <source>PNG or SVG, at most {max_kb} KB. It is printed about 12 mm high.</source>
        <translation>PNG eller SVG, högst {max_kb} kB. Den skrivs ut cirka 12 mm hög.</translation>
    </message>
    <message>
        <source>The organisation cannot be set for this profile.</source>
        <translation>Organisationen kan inte anges för den här profilen.</translation>
    </message>
    <message>
        <source>Set by your administrator: shown here for information. It is changed with the administrator&apos;s tools (sopiva-desk admin letterhead).</source>
        <translation>Angiven av administratören: visas här för kännedom. Den ändras med administratörens verktyg (sopiva-desk admin letterhead).</translation>
    </message>
    <message>
        <source>The saved details could not be read. Enter them again and press OK.</source>
        <translation>De sparade uppgifterna kunde inte läsas. Skriv in dem på nytt och tryck på OK.</translation>
    </message>
    <message>
        <source>This is the demo profile: its documents always carry the demo header, so they cannot pass for real ones. What you set here is printed by the other profiles on this computer.</source>
        <translation>Det här är demoprofilen: dess dokument har alltid demons sidhuvud, så att de inte kan tas för riktiga. Det du anger här skrivs ut i dokumenten från de andra profilerna på den här datorn.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Välj organisationens logotyp</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Page {number}</source>
        <translation>Sida {number}</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>e.g. mother, support person</source>
        <translation>t.ex. mamma, stödperson</translation>
    </message>
    <message>
        <source>e.g. at work, ill</source>
        <translation>t.ex. på jobbet, sjuk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Orsak till frånvaro</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>person {number}</translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation>Ingen har antecknats ännu.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>why absent</source>
        <translation>orsak till frånvaro</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Ta bort person {number}</translation>
    </message>
</context>
<context>
    <name>PictogramButton</name>
    <message>
        <source>Pictogram</source>
        <translation>Piktogram</translation>
    </message>
    <message>
        <source>+ Pictogram</source>
        <translation>+ Piktogram</translation>
    </message>
    <message>
        <source>Choose a pictogram</source>
        <translation>Välj ett piktogram</translation>
    </message>
    <message>
        <source>{name}: no pictogram</source>
        <translation>{name}: inget piktogram</translation>
    </message>
    <message>
        <source>{label} – click to change the pictogram</source>
        <translation>{label} – klicka för att byta piktogram</translation>
    </message>
    <message>
        <source>{name}: {label}</source>
        <translation>{name}: {label}</translation>
    </message>
</context>
<context>
    <name>PictogramPickerDialog</name>
    <message>
        <source>Choose a pictogram</source>
        <translation>Välj ett piktogram</translation>
    </message>
    <message>
        <source>Search by word, e.g. home, food, bus</source>
        <translation>Sök med ett ord, t.ex. hem, mat, buss</translation>
    </message>
    <message>
        <source>Search pictograms</source>
        <translation>Sök piktogram</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategori</translation>
    </message>
    <message>
        <source>Search in all categories</source>
        <translation>Sök i alla kategorier</translation>
    </message>
    <message>
        <source>Pictograms: {source} – {license}</source>
        <translation>Piktogram: {source} – {license}</translation>
    </message>
    <message>
        <source>&amp;No pictogram</source>
        <translation>I&amp;nget piktogram</translation>
    </message>
    <message>
        <source>Remove the pictogram</source>
        <translation>Ta bort piktogrammet</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Piktogram</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter chooses.</source>
        <translation>Flytta med piltangenterna, välj med Enter.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n piktogram</numerusform>
            <numerusform>%n piktogram</numerusform>
        </translation>
    </message>
    <message>
        <source>No pictograms to show.</source>
        <translation>Inga piktogram att visa.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}” in “{category}”.</source>
        <translation>Inget piktogram hittades för ”{query}” i ”{category}”.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}”.</source>
        <translation>Inget piktogram hittades för ”{query}”.</translation>
    </message>
</context>
<context>
    <name>PlanDraftNotice</name>
    <message>
        <source>Fill from the &amp;assessment</source>
        <translation>Fyll i från &amp;bedömningen</translation>
    </message>
    <message>
        <source>Copies the situation, support needs and strengths of the completed needs assessment into empty fields</source>
        <translation>Kopierar situationen, stödbehoven och styrkorna från den slutförda servicebehovsbedömningen till tomma fält</translation>
    </message>
    <message>
        <source>Fill from decision-making &amp;sessions</source>
        <translation>Fyll i från &amp;beslutsfattandet</translation>
    </message>
    <message>
        <source>Copies the communication methods and how the client&apos;s will was found out into empty fields</source>
        <translation>Kopierar kommunikationssätten och hur klientens vilja utreddes till tomma fält</translation>
    </message>
    <message>
        <source>This draft was made before the needs assessment was completed. Fill the situation, support needs and strengths from it now (only empty fields are filled).</source>
        <translation>Utkastet gjordes innan servicebehovsbedömningen slutfördes. Fyll nu i situationen, stödbehoven och styrkorna från den (bara tomma fält fylls i).</translation>
    </message>
    <message>
        <source>The needs assessment is not completed yet, so the situation, support needs and strengths are empty. Complete the assessment and fill them from it here, or write them now.</source>
        <translation>Servicebehovsbedömningen är inte slutförd ännu, så situationen, stödbehoven och styrkorna är tomma. Slutför bedömningen och fyll i dem från den här, eller skriv dem nu.</translation>
    </message>
    <message>
        <source>No completed needs assessment yet, so the situation, support needs and strengths are empty. Complete an assessment, or fill these in now.</source>
        <translation>Det finns ännu ingen slutförd servicebehovsbedömning, så situationen, stödbehoven och styrkorna är tomma. Gör en bedömning eller fyll i dessa nu.</translation>
    </message>
    <message>
        <source>The client&apos;s decision-making sessions can fill the communication methods and how the client&apos;s will was found out.</source>
        <translation>Klientens stödda beslutsfattande kan fylla i kommunikationssätten och hur klientens vilja utreddes.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Meeting</source>
        <translation>Planeringsmöte</translation>
    </message>
    <message>
        <source>Communication and the client&apos;s will</source>
        <translation>Kommunikation och klientens vilja</translation>
    </message>
    <message>
        <source>Situation by life domain</source>
        <translation>Situationen per livsområde</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Nuvarande tjänster</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Stödbehov</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Hur tidigare mål har uppnåtts</translation>
    </message>
    <message>
        <source>Goals and supports</source>
        <translation>Mål och stöd</translation>
    </message>
    <message>
        <source>Self-determination</source>
        <translation>Självbestämmande</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Information om rättigheter och alternativ</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Avsn&amp;itt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down och Ctrl+Page Up flyttar mellan avsnitten</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Mötets &amp;datum</translation>
    </message>
    <message>
        <source>Meeting &amp;place</source>
        <translation>Mötes&amp;plats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <source>Add a p&amp;articipant</source>
        <translation>Lägg till delta&amp;gare</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>deltagare {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Hittills bara klienten och du.</translation>
    </message>
    <message>
        <source>&amp;Communication methods and language</source>
        <translation>&amp;Kommunikationssätt och språk</translation>
    </message>
    <message>
        <source>How the client communicates and what helps: language, plain language, pictures, signs, devices, an interpreter.</source>
        <translation>Hur klienten kommunicerar och vad som hjälper: språk, lättläst språk, bilder, tecken, hjälpmedel, tolk.</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>Hur klientens vil&amp;ja utreddes</translation>
    </message>
    <message>
        <source>F&amp;ill from decision-making sessions</source>
        <translation>&amp;Fyll i från stödbeslutsfattandet</translation>
    </message>
    <message>
        <source>Services the client has &amp;now</source>
        <translation>&amp;Tjänster klienten har nu</translation>
    </message>
    <message>
        <source>As cl&amp;ose persons see it</source>
        <translation>Enligt &amp;närstående</translation>
    </message>
    <message>
        <source>The client&apos;s s&amp;trengths and resources</source>
        <translation>Klientens &amp;styrkor och resurser</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Lägg till en avvikande &amp;åsikt</translation>
    </message>
    <message>
        <source>How they were &amp;explained</source>
        <translation>Hur de &amp;förklarades</translation>
    </message>
    <message>
        <source>Links the client&apos;s completed decision-making sessions and copies their methods and how the will was found out into empty fields</source>
        <translation>Länkar klientens slutförda stödbeslutsfattanden och kopierar metoderna och hur viljan utreddes till tomma fält</translation>
    </message>
    <message>
        <source>Drafted from the needs assessment; check it with the client.</source>
        <translation>Utkast från bedömningen av servicebehovet; gå igenom det med klienten.</translation>
    </message>
    <message>
        <source>Required. Services, support and aids in use, and who provides them.</source>
        <translation>Obligatoriskt. Tjänster, stöd och hjälpmedel som används, och vem som ger dem.</translation>
    </message>
    <message>
        <source>As the &amp;client sees it</source>
        <translation>Enligt &amp;klienten</translation>
    </message>
    <message>
        <source>The &amp;professional&apos;s assessment</source>
        <translation>&amp;Yrkespersonens bedömning</translation>
    </message>
    <message>
        <source>How the &amp;earlier goals were attained</source>
        <translation>Hur de &amp;tidigare målen uppnåddes</translation>
    </message>
    <message>
        <source>The client&apos;s own rating and the professional&apos;s rating.</source>
        <translation>Klientens egen bedömning och yrkespersonens bedömning.</translation>
    </message>
    <message>
        <source>Each goal in the client&apos;s own words, then the supports that help to reach it: who provides each, and how the client proposes it is arranged.</source>
        <translation>Varje mål med klientens egna ord och sedan det stöd som hjälper att nå det: vem som ger stödet och hur klienten föreslår att det ordnas.</translation>
    </message>
    <message>
        <source>Special &amp;measures to support self-determination</source>
        <translation>Särskilda &amp;åtgärder som stöder självbestämmandet</translation>
    </message>
    <message>
        <source>What is done so that the client can decide on their own matters (Disability Services Act 675/2023).</source>
        <translation>Vad som görs för att klienten ska kunna bestämma i sina egna angelägenheter (lagen om funktionshinderservice 675/2023).</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Vems åsikt</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Åsikt</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>åsikt {number}</translation>
    </message>
    <message>
        <source>No differing views. Others&apos; views are kept beside the client&apos;s, never instead of it.</source>
        <translation>Inga avvikande åsikter. Andras åsikter antecknas vid sidan av klientens, aldrig i stället för den.</translation>
    </message>
    <message>
        <source>The client was given an explanation of their &amp;rights and options</source>
        <translation>Klienten har fått en redogörelse för sina &amp;rättigheter och olika alternativ</translation>
    </message>
    <message>
        <source>Required (Client Act 812/2000 §5).</source>
        <translation>Obligatoriskt (klientlagen 812/2000, 5 §).</translation>
    </message>
    <message>
        <source>e.g. in plain language with pictures; a written summary was given.</source>
        <translation>t.ex. på lättläst språk med bilder; en skriftlig sammanfattning gavs.</translation>
    </message>
    <message>
        <source>&amp;Review the plan by</source>
        <translation>&amp;Planen följs upp senast</translation>
    </message>
    <message>
        <source>Required; after the meeting date.</source>
        <translation>Obligatoriskt; efter mötesdatumet.</translation>
    </message>
    <message>
        <source>The client has no completed decision-making sessions.</source>
        <translation>Klienten har inga slutförda stödbeslutsfattanden.</translation>
    </message>
    <message>
        <source>Completed decision-making sessions: {count}</source>
        <translation>Slutförda stödbeslutsfattanden: {count}</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>History of the client plan</source>
        <translation>Klientplanens ändringshistorik</translation>
    </message>
    <message>
        <source>Every change to this client plan, newest first. Changes made in a new version show the reason given for it.</source>
        <translation>Alla ändringar i den här klientplanen, den senaste först. För ändringar i en ny version visas orsaken till versionen.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Everyday life</source>
        <translation>Vardagen</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Moving about</source>
        <translation>Att förflytta sig</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Work and study</source>
        <translation>Arbete och studier</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Trygghet</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten själv</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Basic service</source>
        <translation>Basservice</translation>
    </message>
    <message>
        <source>Organisation (NGO)</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Egen produktion</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Köpt tjänst</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <source>Informal support</source>
        <translation>Informellt stöd</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>styck</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötets datum</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Communication methods and language</source>
        <translation>Kommunikationssätt och språk</translation>
    </message>
    <message>
        <source>How the client&apos;s will was found out</source>
        <translation>Hur klientens vilja utreddes</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Nuvarande tjänster</translation>
    </message>
    <message>
        <source>Support needed, as the client sees it</source>
        <translation>Stödbehov enligt klienten</translation>
    </message>
    <message>
        <source>Support needed, as close persons see it</source>
        <translation>Stödbehov enligt närstående</translation>
    </message>
    <message>
        <source>Support needed, the professional&apos;s assessment</source>
        <translation>Stödbehov enligt yrkespersonens bedömning</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Hur tidigare mål har uppnåtts</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Special measures for self-determination</source>
        <translation>Särskilda åtgärder som stöder självbestämmandet</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Rättigheter och alternativ förklarade</translation>
    </message>
    <message>
        <source>How rights and options were explained</source>
        <translation>Hur rättigheter och alternativ förklarades</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Länkad bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Linked decision-making sessions</source>
        <translation>Länkade stödbeslutsfattanden</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>relation to the client</source>
        <translation>relation till klienten</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>vems åsikt</translation>
    </message>
    <message>
        <source>view</source>
        <translation>åsikt</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>med klientens egna ord</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>livsområde</translation>
    </message>
    <message>
        <source>what shows it is reached</source>
        <translation>hur det syns att målet nåtts</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>måldatum</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>bildsymbol</translation>
    </message>
    <message>
        <source>support</source>
        <translation>stöd</translation>
    </message>
    <message>
        <source>who provides</source>
        <translation>vem ger</translation>
    </message>
    <message>
        <source>provider&apos;s name</source>
        <translation>producentens namn</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>client&apos;s proposal on arranging</source>
        <translation>klientens förslag om ordnandet</translation>
    </message>
    <message>
        <source>arranging method</source>
        <translation>ordnandesätt</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>mängd</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>enhetspris</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>duration in months</source>
        <translation>längd i månader</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <source>Removed goal</source>
        <translation>Borttaget mål</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Stöd {number}</translation>
    </message>
    <message>
        <source>Removed support</source>
        <translation>Borttaget stöd</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>Removed person</source>
        <translation>Borttagen person</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Every change to the plan: who, when, before and after</source>
        <translation>Alla ändringar i planen: vem, när, före och efter</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Ny version…</translation>
    </message>
    <message>
        <source>Make a new version to change the agreed plan</source>
        <translation>Gör en ny version för att ändra den godkända planen</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Check what the plan needs and record that it was agreed with the client (Ctrl+Enter)</source>
        <translation>Kontrollera vad planen behöver och anteckna att den har kommits överens om med klienten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>What to record before agreeing</source>
        <translation>Att anteckna före godkännandet</translation>
    </message>
    <message>
        <source>Before the plan can be agreed, record:</source>
        <translation>Innan planen kan godkännas, anteckna:</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can agree the plan now (Ctrl+Enter).</source>
        <translation>Allt som behövs är antecknat. Du kan nu godkänna planen (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>Client plan of {name}</source>
        <translation>Klientplan: {name}</translation>
    </message>
    <message>
        <source>Agreed on {date}</source>
        <translation>Godkänd {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>godkänd {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: New version…</source>
        <translation>gör en ny version för att ändra den: Ny version…</translation>
    </message>
    <message>
        <source>a newer version replaces this plan</source>
        <translation>en nyare version ersätter den här planen</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>den sparas som den var</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Utkast, påbörjat {date}</translation>
    </message>
    <message>
        <source>Version {number} · {state}</source>
        <translation>Version {number} · {state}</translation>
    </message>
    <message>
        <source>Reason for the new version: {reason}</source>
        <translation>Orsak till den nya versionen: {reason}</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <source>Remove goal {number} and its supports from the plan?

{words}</source>
        <translation>Ska mål {number} och dess stöd tas bort från planen?

{words}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>New version of the plan</source>
        <translation>Ny version av planen</translation>
    </message>
    <message>
        <source>An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the client and agree again. The reason is kept with every change made in the new version.</source>
        <translation>En godkänd plan ändras inte. En ny version börjar som en kopia av den, som ett utkast som ni redigerar tillsammans med klienten och godkänner på nytt. Orsaken sparas med varje ändring i den nya versionen.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Planera besök</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Planerat besök</translation>
    </message>
    <message>
        <source>Plan a visit with {name}. You can start it when you arrive, move it or cancel it.</source>
        <translation>Planera ett besök hos {name}. Du kan inleda det när du är på plats, flytta det eller ställa in det.</translation>
    </message>
    <message>
        <source>A visit with {name} that has not started yet.</source>
        <translation>Ett besök hos {name} som inte har börjat ännu.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>t.ex. 9.30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Klockslag</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>Hur träffas ni?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>t.ex. klientens hem, Jockas hälsocentral</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>e.g. Bring the picture cards. The note starts the visit&apos;s notes.</source>
        <translation>t.ex. Ta med bildkorten. Anteckningen blir början på besökets anteckningar.</translation>
    </message>
    <message>
        <source>Plan v&amp;isit</source>
        <translation>Pla&amp;nera besöket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Start visit now</source>
        <translation>&amp;Inled besöket nu</translation>
    </message>
    <message>
        <source>You have arrived: the visit starts now and opens</source>
        <translation>Du är på plats: besöket inleds nu och öppnas</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>&amp;Ställ in besöket…</translation>
    </message>
    <message>
        <source>The visit will not happen: record why. It stays listed.</source>
        <translation>Besöket blir inte av: anteckna varför. Det finns kvar i listan.</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Spa&amp;ra ändringarna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The client&apos;s address, from the client file.</source>
        <translation>Klientens adress från klientuppgifterna.</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Märkt av</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Märkt</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Utskriven av</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>Läs kön på nytt (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Utskriftskö</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office</source>
        <translation>Dokument som märkts för utskrift på kontoret</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Mark printed</source>
        <translation>Märk som utskriven</translation>
    </message>
    <message>
        <source>The document was printed some other way: take it off the queue as printed by you</source>
        <translation>Dokumentet skrevs ut på annat sätt: ta bort det ur kön som utskrivet av dig</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Take the document off the queue without printing it</source>
        <translation>Ta bort dokumentet ur kön utan att skriva ut det</translation>
    </message>
    <message>
        <source>Documents counsellors of your unit marked for printing. Each prints as it was when it was marked.</source>
        <translation>Dokument som servicehandledarna i din enhet har märkt för utskrift. Varje dokument skrivs ut så som det var när det märktes.</translation>
    </message>
    <message>
        <source>Marked as printed.</source>
        <translation>Märkt som utskrivet.</translation>
    </message>
    <message>
        <source>Remove from the print queue</source>
        <translation>Ta bort ur utskriftskön</translation>
    </message>
    <message>
        <source>Take “{document}” of {client} off the print queue without printing it?</source>
        <translation>Ta bort ”{document}” för {client} ur utskriftskön utan att skriva ut?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Removed from the print queue.</source>
        <translation>Borttaget ur utskriftskön.</translation>
    </message>
    <message>
        <source>To print ({count})</source>
        <translation>Att skriva ut ({count})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivna</translation>
    </message>
    <message>
        <source>Nothing to print. Documents the counsellors of your unit mark for printing at the office appear here when you sync.</source>
        <translation>Inget att skriva ut. Dokument som servicehandledarna i din enhet märker för utskrift på kontoret visas här när du synkroniserar.</translation>
    </message>
    <message>
        <source>Nothing to print. Documents marked for printing at the office appear here.</source>
        <translation>Inget att skriva ut. Dokument som märkts för utskrift på kontoret visas här.</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Inget har skrivits ut ännu.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Click here or press a key to unlock.</source>
        <translation>Klicka här eller tryck på en tangent för att låsa upp.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>Your name is shown on the start screen. The passphrase protects everything you save.</source>
        <translation>Ditt namn visas på startskärmen. Lösenfrasen skyddar allt du sparar.</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Ditt na&amp;mn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>For example Aino Virtanen</source>
        <translation>Till exempel Anna Lindholm</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tips: några ord som inte hör ihop och som bara du skulle sätta ihop är lätta att komma ihåg och svåra att gissa.</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Profilen skapas…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Look &amp;in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PurgeCasesDialog</name>
    <message>
        <source>Remove synced closed cases</source>
        <translation>Ta bort synkroniserade avslutade klientskap</translation>
    </message>
    <message>
        <source>These closed cases are on the central records server as they are here. Removing them deletes them from this computer only: the server keeps them, and they come back if a case is opened again for you. Each removal is recorded in the access log.</source>
        <translation>De här avslutade klientskapen finns i klientdatasystemet sådana som de är här. De tas bort endast från den här datorn: servern behåller dem, och de kommer tillbaka om ett klientskap öppnas för dig igen. Varje borttagning registreras i loggen.</translation>
    </message>
    <message>
        <source>Closed at least {days} days ago and fully synced (Settings).</source>
        <translation>Avslutade för minst {days} dagar sedan och helt synkroniserade (Inställningar).</translation>
    </message>
    <message>
        <source>No closed case can be removed from this computer now.</source>
        <translation>Inget avslutat klientskap kan tas bort från den här datorn nu.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Senast synkroniserad</translation>
    </message>
    <message>
        <source>Cases to remove</source>
        <translation>Klientskap som tas bort</translation>
    </message>
    <message>
        <source>Closed cases that stay on this computer</source>
        <translation>Avslutade klientskap som blir kvar på den här datorn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Closed cases that stay</source>
        <translation>Avslutade klientskap som blir kvar</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n case(s)</source>
        <translation>
            <numerusform>Ta bort %n klientskap</numerusform>
            <numerusform>Ta bort %n klientskap</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
    </message>
</context>
<context>
    <name>PurposeSelector</name>
    <message>
        <source>Purpose of use:</source>
        <translation>Användningsändamål:</translation>
    </message>
    <message>
        <source>The access log records why you handle client data (Client Data Act). Choose what you are doing now: every client record you open, list, print or change from now on is logged with it. Each unlock starts with client work.</source>
        <translation>Användningsloggen registrerar varför du behandlar klientuppgifter (lagen om klientuppgifter). Välj vad du gör nu: alla klientuppgifter som du öppnar, listar, skriver ut eller ändrar från och med nu loggas med det ändamålet. Varje upplåsning börjar med klientarbete.</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Användningsändamål</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>e.g. The same invoice was recorded twice</source>
        <translation>t.ex. Samma faktura antecknades två gånger</translation>
    </message>
</context>
<context>
    <name>RecordUseDialog</name>
    <message>
        <source>Record realised use</source>
        <translation>Registrera förverkligad användning</translation>
    </message>
    <message>
        <source>Record use</source>
        <translation>Registrera användning</translation>
    </message>
    <message>
        <source>Correct realised use of {date}</source>
        <translation>Korrigera förverkligad användning {date}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara korrigeringen</translation>
    </message>
    <message>
        <source>An invoiced use of a budget line, paid to the service provider.</source>
        <translation>Fakturerad användning av en budgetrad, betalas till serviceproducenten.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Budget &amp;line</source>
        <translation>Budget&amp;rad</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Serviceproducent</translation>
    </message>
    <message>
        <source>Payment &amp;commitment</source>
        <translation>&amp;Betalningsförbindelse</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Enheter</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>Be&amp;lopp (€)</translation>
    </message>
    <message>
        <source>&amp;Why the amount differs</source>
        <translation>Varför beloppet &amp;avviker</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>Orsak till &amp;korrigeringen</translation>
    </message>
    <message>
        <source>e.g. 100 hours was typed instead of 10</source>
        <translation>t.ex. 100 timmar antecknades i stället för 10</translation>
    </message>
    <message>
        <source>The line is priced per decision: enter the invoiced amount.</source>
        <translation>Radens pris bestäms i beslutet: skriv det fakturerade beloppet.</translation>
    </message>
    <message>
        <source>{units} × {price} = {amount} at the line&apos;s unit price</source>
        <translation>{units} × {price} = {amount} till radens enhetspris</translation>
    </message>
    <message>
        <source>{computed}: the amount differs, so write why below.</source>
        <translation>{computed}: beloppet avviker, så skriv orsaken nedan.</translation>
    </message>
    <message>
        <source>Required: e.g. travel costs on the same invoice</source>
        <translation>Obligatoriskt: t.ex. resekostnader på samma faktura</translation>
    </message>
    <message>
        <source>Needed only when the amount is not units × the unit price</source>
        <translation>Behövs bara om beloppet inte är enheter × enhetspris</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the central records refused</source>
        <translation>Ändringar som klientdatasystemet avvisade</translation>
    </message>
    <message>
        <source>These changes are kept on this computer, but the central records did not take them. Each row says why and what you can do.</source>
        <translation>De här ändringarna finns kvar på den här datorn, men klientdatasystemet tog inte emot dem. Varje rad säger varför och vad du kan göra.</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(inte på den här datorn)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Why, and what you can do</source>
        <translation>Varför, och vad du kan göra</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Avvisade ändringar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the central records wait on this computer: a client here already has the same identity code, or a budget here already has the same payment commitment number. They come in at the next sync after you correct or remove your own copy (see the rows above).</source>
        <translation>
            <numerusform>%n ändring från klientdatasystemet väntar på den här datorn: här finns redan en klient med samma personbeteckning, eller en budget med samma nummer på en betalningsförbindelse. Den tas i bruk vid nästa synkronisering, när du har rättat eller tagit bort din egen kopia (se raderna ovan).</numerusform>
            <numerusform>%n ändringar från klientdatasystemet väntar på den här datorn: här finns redan en klient med samma personbeteckning, eller en budget med samma nummer på en betalningsförbindelse. De tas i bruk vid nästa synkronisering, när du har rättat eller tagit bort din egen kopia (se raderna ovan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer. Profiles already here are not changed.</source>
        <translation>Säkerhetskopian blir en ny profil på den här datorn. Profiler som redan finns här ändras inte.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Säkerhetskopia:</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Säkerhetskopians lösenfras:</translation>
    </message>
    <message>
        <source>Name of the restored profile:</source>
        <translation>Namn på den återställda profilen:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup);;All files (*)</source>
        <translation>Säkerhetskopior av Sopiva Desk (*.sopiva-backup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Filen kontrolleras…</translation>
    </message>
    <message>
        <source>Backup of {name}, made {when}.</source>
        <translation>Säkerhetskopia av {name}, gjord {when}.</translation>
    </message>
    <message>
        <source>{name} (restored)</source>
        <translation>{name} (återställd)</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Säkerhetskopian återställs och kontrolleras…</translation>
    </message>
    <message>
        <source>Choose it and close</source>
        <translation>Välj den och stäng</translation>
    </message>
    <message>
        <source>The backup was restored as the profile “{name}”. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Säkerhetskopian återställdes som profilen ”{name}”. Lås upp den med säkerhetskopians lösenfras.</translation>
    </message>
    <message>
        <source>This profile syncs with the central records: enrol this computer again (Sync → Enrol this computer…). Changes not yet synced will be sent then.</source>
        <translation>Den här profilen synkroniseras med klientdatasystemet: ta den här datorn i bruk på nytt (Synkronisering → Ta den här datorn i bruk…). Ändringar som ännu inte synkroniserats skickas då.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key was not found, so IT cannot reset this profile&apos;s passphrase. Ask IT support to add it.</source>
        <translation>Organisationens återställningsnyckel hittades inte, så IT-supporten kan inte byta den här profilens lösenfras. Be IT-supporten lägga till nyckeln.</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Review charts</source>
        <translation>Diagram över uppföljningarna</translation>
    </message>
    <message>
        <source>No completed reviews yet. After the first review is completed, the client&apos;s and your ratings of each goal are shown here over time.</source>
        <translation>Inga slutförda uppföljningar ännu. När den första uppföljningen är slutförd visas klientens och dina bedömningar av varje mål här över tid.</translation>
    </message>
    <message>
        <source>Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).</source>
        <translation>Uppföljningar {dates}. Måluppfyllelse från 1 (inte än) till 5 (uppnått).</translation>
    </message>
    <message>
        <source>{value} ({word}) on {date}</source>
        <translation>{value} ({word}) den {date}</translation>
    </message>
    <message>
        <source>How are things? {answers}.</source>
        <translation>Hur mår du? {answers}.</translation>
    </message>
    <message>
        <source>Goal “{goal}”: the client {client}; the professional {professional} (reviews on {dates}).</source>
        <translation>Mål ”{goal}”: klienten {client}; den professionella {professional} (uppföljningar {dates}).</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(inga ord)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>The professional</source>
        <translation>Den professionella</translation>
    </message>
    <message>
        <source>Goal attainment: {scale}</source>
        <translation>Måluppfyllelse: {scale}</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Hur mår du?</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Inte besvarat ännu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Clear: {name}</source>
        <translation>Töm: {name}</translation>
    </message>
    <message>
        <source>Review of the client plan</source>
        <translation>Uppföljning av klientplanen</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>Uppföljnings&amp;datum</translation>
    </message>
    <message>
        <source>How far has each goal been reached?</source>
        <translation>Hur långt har varje mål uppnåtts?</translation>
    </message>
    <message>
        <source>Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the flag: the more steps, the nearer the goal.</source>
        <translation>Fråga klienten först och låt klienten trycka på ett steg; ge sedan din egen bedömning. Trappan leder upp till flaggan: ju fler steg, desto närmare målet.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>What has changed, what helped, what next. If the client did not answer, write why.</source>
        <translation>Vad har förändrats, vad hjälpte, vad händer härnäst. Om klienten inte svarade, skriv varför.</translation>
    </message>
    <message>
        <source>Still needed before completing</source>
        <translation>Saknas ännu innan uppföljningen kan slutföras</translation>
    </message>
    <message>
        <source>&amp;Complete the review</source>
        <translation>&amp;Slutför uppföljningen</translation>
    </message>
    <message>
        <source>Lock the review; its ratings then show in the client&apos;s charts</source>
        <translation>Lås uppföljningen; dess bedömningar visas sedan i klientens diagram</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Hur mår du?</translation>
    </message>
    <message>
        <source>The client&apos;s own answer: let the client tap a face.</source>
        <translation>Klientens eget svar: låt klienten trycka på ett ansikte.</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Töm svaret</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(inga ord)</translation>
    </message>
    <message>
        <source>Goal {number}: “{words}”</source>
        <translation>Mål {number}: ”{words}”</translation>
    </message>
    <message>
        <source>The client&apos;s rating</source>
        <translation>Klientens bedömning</translation>
    </message>
    <message>
        <source>Your rating (professional)</source>
        <translation>Din bedömning (professionell)</translation>
    </message>
    <message>
        <source>Completed on {date}. The review is locked.</source>
        <translation>Slutförd den {date}. Uppföljningen är låst.</translation>
    </message>
    <message>
        <source>Draft: every choice is saved at once.</source>
        <translation>Utkast: varje val sparas direkt.</translation>
    </message>
    <message>
        <source>Still needed before completing:</source>
        <translation>Saknas ännu innan uppföljningen kan slutföras:</translation>
    </message>
    <message>
        <source>Goal {number}: {text}</source>
        <translation>Mål {number}: {text}</translation>
    </message>
    <message>
        <source>The review cannot be started</source>
        <translation>Uppföljningen kan inte inledas</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Unfinished</source>
        <translation>Ofärdig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Färdig</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals rated</source>
        <translation>Bedömda mål</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Lite</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halvvägs</translation>
    </message>
    <message>
        <source>Almost</source>
        <translation>Nästan</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Choose role…</source>
        <translation>Välj roll…</translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation>En uppgift per rad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>HB coordinator</source>
        <translation>PB-koordinator</translation>
    </message>
    <message>
        <source>HB assistant</source>
        <translation>PB-assistent</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Role not chosen</source>
        <translation>Ingen roll vald</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(namn saknas)</translation>
    </message>
    <message>
        <source>Add the client: {name}</source>
        <translation>Lägg till klienten: {name}</translation>
    </message>
    <message>
        <source>Add the client</source>
        <translation>Lägg till klienten</translation>
    </message>
    <message>
        <source>Add the own worker: {name}</source>
        <translation>Lägg till den egna kontaktpersonen: {name}</translation>
    </message>
    <message>
        <source>Add the own worker</source>
        <translation>Lägg till den egna kontaktpersonen</translation>
    </message>
    <message>
        <source>Add {name} ({role})</source>
        <translation>Lägg till {name} ({role})</translation>
    </message>
</context>
<context>
    <name>RoleMapDiagram</name>
    <message>
        <source>Role map diagram</source>
        <translation>Rollkartans diagram</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>Det finns ingen i rollkartan ännu.</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>{person} ({relation})</source>
        <translation>{person} ({relation})</translation>
    </message>
    <message>
        <source>People in the role map: {people}.</source>
        <translation>Personer i rollkartan: {people}.</translation>
    </message>
    <message>
        <source>The client is not in the role map yet</source>
        <translation>Klienten finns inte i rollkartan ännu</translation>
    </message>
    <message>
        <source> (+{count})</source>
        <translation> (+{count})</translation>
    </message>
</context>
<context>
    <name>RoleMapSection</name>
    <message>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <source>Everyone with tasks in this plan: the client, the own worker, close persons and service providers. Write each person&apos;s tasks one per line.</source>
        <translation>Alla som har uppgifter i den här planen: klienten, den egna kontaktpersonen, närstående och serviceproducenter. Skriv in varje persons uppgifter, en uppgift per rad.</translation>
    </message>
    <message>
        <source>Missing from the role map</source>
        <translation>Saknas i rollkartan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <source>Tasks in this plan (one per line)</source>
        <translation>Uppgifter i den här planen (en per rad)</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>Det finns ingen i rollkartan ännu.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Person {number}: {name}</source>
        <translation>Person {number}: {name}</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <source>Remove {person}</source>
        <translation>Ta bort {person}</translation>
    </message>
    <message>
        <source>Task {number}: {problem}</source>
        <translation>Uppgift {number}: {problem}</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>den här personen</translation>
    </message>
    <message>
        <source>Remove from the role map</source>
        <translation>Ta bort från rollkartan</translation>
    </message>
    <message>
        <source>Remove {name} and their tasks from the role map?</source>
        <translation>Ta bort {name} och personens uppgifter från rollkartan?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget antecknat ännu.</translation>
    </message>
    <message>
        <source>Add the client or a close person</source>
        <translation>Lägg till klienten eller en närstående</translation>
    </message>
    <message>
        <source>The client and the close persons in the client file, with their relation and roles</source>
        <translation>Klienten och de närstående i klientuppgifterna, med sin relation och sina roller</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Ta bort {row}</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved yet: the highlighted value is kept as a draft until you correct it</source>
        <translation>Inte sparat ännu: det markerade värdet sparas som utkast tills du rättar det</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>oväntat fel</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Alla ändringar sparade kl. {time}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>New encryption key</source>
        <translation>Ny krypteringsnyckel</translation>
    </message>
    <message>
        <source>Changing the passphrase keeps the key that encrypts this profile&apos;s data. If that key may have leaked (for example, a copy of this computer&apos;s disk went missing together with your passphrase), encrypt the data again with a new key. A backup is made first, to the backup folder (or to the backups folder of Sopiva Desk). The app then locks: unlock it with your passphrase as before.</source>
        <translation>När lösenfrasen byts behålls nyckeln som krypterar den här profilens uppgifter. Om nyckeln kan ha hamnat i fel händer (till exempel om en kopia av datorns disk har försvunnit tillsammans med din lösenfras), kryptera uppgifterna på nytt med en ny nyckel. Först görs en säkerhetskopia till mappen för säkerhetskopior (eller till Sopiva Desks mapp backups). Därefter låses appen: lås upp den med din lösenfras som tidigare.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Din lösenfras:</translation>
    </message>
    <message>
        <source>Encrypt with a new key…</source>
        <translation>Kryptera med en ny nyckel…</translation>
    </message>
    <message>
        <source>Encrypt with a new key</source>
        <translation>Kryptera med en ny nyckel</translation>
    </message>
    <message>
        <source>The app will lock, encrypt this profile&apos;s data with a new key and make a backup first. It takes a moment. Continue?</source>
        <translation>Appen låses, gör först en säkerhetskopia och krypterar sedan den här profilens uppgifter med en ny nyckel. Det tar en stund. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>Encrypt and lock</source>
        <translation>Kryptera och lås</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Decision to make</source>
        <translation>Beslut som ska fattas</translation>
    </message>
    <message>
        <source>Decision in plain language</source>
        <translation>Beslutet på lätt språk</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Beslutets delar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Kommunikationssätt</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Hjälpmedel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Frågor och svar</translation>
    </message>
    <message>
        <source>How the will was found out</source>
        <translation>Hur viljan utreddes</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>Klienten håller med</translation>
    </message>
    <message>
        <source>Why no opinion could be expressed</source>
        <translation>Varför ingen åsikt kunde uttryckas</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Uppföljning senast</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Hur har du det?</translation>
    </message>
    <message>
        <source>The client sorted the options in the client view</source>
        <translation>Klienten sorterade alternativen i klientvyn</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Kopplad bedömning</translation>
    </message>
    <message>
        <source>title</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>tydligt</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>piktogram</translation>
    </message>
    <message>
        <source>tried out</source>
        <translation>prövat</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reaktion</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>klientens egna ord</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>chosen by the client</source>
        <translation>vald av klienten</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>vems åsikt</translation>
    </message>
    <message>
        <source>view</source>
        <translation>åsikt</translation>
    </message>
    <message>
        <source>Order of the options</source>
        <translation>Alternativens ordning</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Alternativ {number}</translation>
    </message>
    <message>
        <source>Removed option</source>
        <translation>Borttaget alternativ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Alla ändringar i den här dokumentationen, nyaste först. Vid ändringar i en ny version visas orsaken till ändringen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>No topic written yet</source>
        <translation>Inget ämne antecknat ännu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade klientskap</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Locking and language</source>
        <translation>Låsning och språk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Lås efter inaktivitet på:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Gränssnittsspråk:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Det nya språket används från och med nästa start.</translation>
    </message>
    <message>
        <source>Closed cases on this computer</source>
        <translation>Avslutade klientskap på den här datorn</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Aldrig (av)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after closing and syncing</source>
        <translation>
            <numerusform>%n dag efter avslutning och synkronisering</numerusform>
            <numerusform>%n dagar efter avslutning och synkronisering</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove closed cases from this computer:</source>
        <translation>Ta bort avslutade klientskap från den här datorn:</translation>
    </message>
    <message>
        <source>Only cases whose every change is on the central records server are removed, and only after you confirm the list. The server keeps them.</source>
        <translation>Endast klientskap vars alla ändringar finns i klientdatasystemet tas bort, och först när du har godkänt listan. Servern behåller dem.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Den nya lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <source>Repeat new passphrase:</source>
        <translation>Upprepa den nya lösenfrasen:</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Byter…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Lösenfrasen har bytts. Använd den nya från och med nu.</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <source>Start visit</source>
        <translation>Inled besök</translation>
    </message>
    <message>
        <source>Start a visit with {name}. Everything you record during the visit is saved as you type.</source>
        <translation>Inled ett besök med {name}. Allt du antecknar under besöket sparas medan du skriver.</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>Hur träffas ni?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>t.ex. klientens hem, Juva hälsocentral</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Inled besök</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A visit is still open</source>
        <translation>Ett besök är fortfarande öppet</translation>
    </message>
    <message>
        <source>The {way} with {name} that started {started} has not been ended.

Continue that visit, or start a new one beside it? Ending the open visit later shows its summary.</source>
        <translation>{name}: {way} (påbörjat {started}) har inte avslutats.

Vill du fortsätta det öppna besöket eller påbörja ett nytt bredvid det? Det öppna besökets sammandrag visas när det avslutas.</translation>
    </message>
    <message>
        <source>Continue the open visit (started {started})</source>
        <translation>Fortsätt det öppna besöket (påbörjat {started})</translation>
    </message>
    <message>
        <source>Start a new visit anyway</source>
        <translation>Påbörja ändå ett nytt besök</translation>
    </message>
</context>
<context>
    <name>StoreDamageDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Datafilen är skadad</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Set up a new profile…</source>
        <translation>Skapa en ny profil…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged and cannot be opened. Sopiva Desk has not changed it: it is left as it is, for IT support to examine.</source>
        <translation>Datafilen för den här profilen är skadad och kan inte öppnas. Sopiva Desk har inte ändrat den: filen lämnas som den är, så att IT-supporten kan undersöka den.</translation>
    </message>
    <message>
        <source>Sopiva Desk found damage in the data file of this profile. So that nothing more is lost, it writes nothing into the file from now on: changes are not saved, and client information does not open, because every opening must be recorded in the access log. The file is left as it is, for IT support to examine.</source>
        <translation>Sopiva Desk hittade en skada i datafilen för den här profilen. För att inget mer ska gå förlorat skrivs ingenting i filen från och med nu: ändringar sparas inte, och klientuppgifter öppnas inte, eftersom varje öppning måste registreras i användningsloggen. Filen lämnas som den är, så att IT-supporten kan undersöka den.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can continue in two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Restore from a backup:&lt;/b&gt; your data as it was when the backup was made.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set up a new profile:&lt;/b&gt; connect it to the central records, and everything that reached them is synced to it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Du kan fortsätta på två sätt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Återställ från en säkerhetskopia:&lt;/b&gt; dina uppgifter som de var när säkerhetskopian gjordes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skapa en ny profil:&lt;/b&gt; anslut den till klientdatasystemet, så synkroniseras allt som har nått dit till den.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Whether every change had reached the central records cannot be read from the damaged file. Tell IT support when you last synced.</source>
        <translation>Det går inte att läsa i den skadade filen om alla ändringar hade nått klientdatasystemet. Berätta för IT-supporten när du senast synkroniserade.</translation>
    </message>
    <message>
        <source>This profile was never connected to the central records, so its data is only on this computer and in its backups.</source>
        <translation>Den här profilen har aldrig anslutits till klientdatasystemet, så dess uppgifter finns bara på den här datorn och i dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>Every change made on this computer had reached the central records: a new profile gets all of it back.</source>
        <translation>Alla ändringar som gjorts på den här datorn hade nått klientdatasystemet: en ny profil får tillbaka allt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer had not reached the central records yet.</source>
        <translation>
            <numerusform>%n ändring som gjorts på den här datorn hade ännu inte nått klientdatasystemet.</numerusform>
            <numerusform>%n ändringar som gjorts på den här datorn hade ännu inte nått klientdatasystemet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They concern %n client(s).</source>
        <translation>
            <numerusform>De gäller %n klient.</numerusform>
            <numerusform>De gäller %n klienter.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are only in the damaged file: tell IT support, they may be able to recover them.</source>
        <translation>De finns bara i den skadade filen: berätta det för IT-supporten, de kan kanske rädda dem.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Remove support</source>
        <translation>Ta bort stödet</translation>
    </message>
    <message>
        <source>e.g. Coaching for living on one&apos;s own</source>
        <translation>t.ex. Träning för att bo självständigt</translation>
    </message>
    <message>
        <source>Name, as in the role map</source>
        <translation>Namn som i rollkartan</translation>
    </message>
    <message>
        <source>— not from the catalogue —</source>
        <translation>— inte från tjänstekatalogen —</translation>
    </message>
    <message>
        <source>{name} (per {unit})</source>
        <translation>{name} (per {unit})</translation>
    </message>
    <message>
        <source>In the client&apos;s words: who, where, when, how</source>
        <translation>Med klientens ord: vem, var, när, hur</translation>
    </message>
    <message>
        <source>e.g. 33,50</source>
        <translation>t.ex. 33,50</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Who provides</source>
        <translation>Vem ger</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Producentens namn</translation>
    </message>
    <message>
        <source>Service from the catalogue</source>
        <translation>Tjänst från tjänstekatalogen</translation>
    </message>
    <message>
        <source>Choosing a service fills in its unit and price</source>
        <translation>När en tjänst väljs fylls dess enhet och pris i</translation>
    </message>
    <message>
        <source>The client&apos;s proposal on how it is arranged</source>
        <translation>Klientens förslag om hur det ordnas</translation>
    </message>
    <message>
        <source>Arranging method</source>
        <translation>Ordnandesätt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price, €</source>
        <translation>Enhetspris, €</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Duration, months</source>
        <translation>Längd, månader</translation>
    </message>
    <message>
        <source>Leave empty when it continues until further notice</source>
        <translation>Lämna tomt när stödet fortsätter tills vidare</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Stöd {number}</translation>
    </message>
    <message>
        <source>Remove support {number}</source>
        <translation>Ta bort stöd {number}</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>Kostnad: {amount}</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>&amp;Enrol this computer…</source>
        <translation>&amp;Ta den här datorn i bruk…</translation>
    </message>
    <message>
        <source>Connect this computer to the central records with a one-time code from IT support</source>
        <translation>Anslut den här datorn till klientdatasystemet med en ibruktagningskod från IT-supporten</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>Synkronisering pågår</translation>
    </message>
    <message>
        <source>Enrol this computer first: Sync → Enrol this computer</source>
        <translation>Ta först datorn i bruk: Synkronisering → Ta den här datorn i bruk</translation>
    </message>
    <message>
        <source>Send your changes to the central records and fetch your clients&apos; changes ({key})</source>
        <translation>Skicka dina ändringar till klientdatasystemet och hämta dina klienters ändringar ({key})</translation>
    </message>
    <message>
        <source>Sync cancelled, nothing lost. What was not sent yet goes next time.</source>
        <translation>Synkroniseringen avbröts, ingenting gick förlorat. Det som inte skickades ännu skickas nästa gång.</translation>
    </message>
    <message>
        <source>Synced. Changes sent: {sent}, records received: {received}.</source>
        <translation>Synkroniserat. Skickade ändringar: {sent}, mottagna uppgifter: {received}.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <source>Sync did not finish. Your changes are kept on this computer.</source>
        <translation>Synkroniseringen blev inte klar. Dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Enrolled with {server} as {user}. Press Sync to send your changes.</source>
        <translation>Ansluten till {server} som {user}. Tryck på Synkronisera för att skicka dina ändringar.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Local only</source>
        <translation>Endast på den här datorn</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniserad</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Ändrad efter synkronisering</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>I konflikt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Everything of this client is on the central records server.</source>
        <translation>Alla uppgifter om den här klienten finns i klientdatasystemet.</translation>
    </message>
    <message>
        <source>This record is on the central records server as it is here.</source>
        <translation>Den här posten finns i klientdatasystemet sådan som den är här.</translation>
    </message>
    <message>
        <source>Only on this computer: not yet sent to the central records server.</source>
        <translation>Endast på den här datorn: ännu inte skickad till klientdatasystemet.</translation>
    </message>
    <message>
        <source>This record is only on this computer: not yet sent to the central records server.</source>
        <translation>Den här posten finns endast på den här datorn: den har ännu inte skickats till klientdatasystemet.</translation>
    </message>
    <message>
        <source>Conflicts waiting for someone to decide: {count}</source>
        <translation>Konflikter som väntar på ett beslut: {count}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Ändringar som väntar på att skickas: {count}</translation>
    </message>
    <message>
        <source>Changes refused by the server: {count} (see the sync report)</source>
        <translation>Ändringar som servern avvisat: {count} (se synkroniseringsrapporten)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not enrolled</source>
        <translation>Inte i bruk</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synkroniseringen stoppad</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkroniserad nyss</translation>
    </message>
    <message>
        <source>Synced {minutes} min ago</source>
        <translation>Synkroniserad för {minutes} min sedan</translation>
    </message>
    <message>
        <source>Synced today at {time}</source>
        <translation>Synkroniserad i dag kl. {time}</translation>
    </message>
    <message>
        <source>Synced yesterday at {time}</source>
        <translation>Synkroniserad i går kl. {time}</translation>
    </message>
    <message>
        <source>Synced on {date}</source>
        <translation>Synkroniserad {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the sync. Nothing is lost: what was sent or received stays, the rest goes next time.</source>
        <translation>Avbryt synkroniseringen. Ingenting går förlorat: det som skickats eller tagits emot finns kvar, resten skickas nästa gång.</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Ansluter till klientdatasystemet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Sending changes {done}/{total}</source>
        <translation>Skickar ändringar {done}/{total}</translation>
    </message>
    <message>
        <source>Sending the access log {done}/{total}</source>
        <translation>Användningsloggen skickas {done}/{total}</translation>
    </message>
    <message>
        <source>Receiving page {page}</source>
        <translation>Tar emot sida {page}</translation>
    </message>
    <message>
        <source>Saved on this computer, to be sent at the next sync.</source>
        <translation>Sparat på den här datorn, skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Inga ändringar väntar</translation>
    </message>
    <message>
        <source>The central records refused these changes. Click to see why and what you can do.</source>
        <translation>Klientdatasystemet avvisade de här ändringarna. Klicka för att se varför och vad du kan göra.</translation>
    </message>
    <message>
        <source>A record on this computer already has their identity code or commitment number. Click to see what you can do.</source>
        <translation>På den här datorn finns redan en post med samma personbeteckning eller förbindelsenummer. Klicka för att se vad du kan göra.</translation>
    </message>
    <message>
        <source>Someone else changed the same information. Both versions are kept until you choose.</source>
        <translation>Någon annan ändrade samma uppgift. Båda versionerna sparas tills du väljer.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Inga konflikter</translation>
    </message>
    <message>
        <source>This computer is not connected to the central records. Choose Sync → Enrol this computer.</source>
        <translation>Den här datorn är inte ansluten till klientdatasystemet. Välj Synkronisering → Ta den här datorn i bruk.</translation>
    </message>
    <message>
        <source>Not synced yet. Press Sync (F9) to send your changes.</source>
        <translation>Inte synkroniserad ännu. Tryck på Synkronisera (F9) för att skicka dina ändringar.</translation>
    </message>
    <message>
        <source>Last successful sync with {server}: {moment}</source>
        <translation>Senaste lyckade synkronisering med {server}: {moment}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n ändring avvisad</numerusform>
            <numerusform>%n ändringar avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received change(s) waiting</source>
        <translation>
            <numerusform>%n mottagen ändring väntar</numerusform>
            <numerusform>%n mottagna ändringar väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>an entry has been changed or its time moved</source>
        <translation>en post har ändrats eller dess tid flyttats</translation>
    </message>
    <message>
        <source>an entry has been removed, added or moved</source>
        <translation>en post har tagits bort, lagts till eller flyttats</translation>
    </message>
    <message>
        <source>the log has been cut short or rewritten</source>
        <translation>loggen har kortats eller skrivits om</translation>
    </message>
    <message>
        <source>the log is signed with another key than before</source>
        <translation>loggen är signerad med en annan nyckel än tidigare</translation>
    </message>
    <message>
        <source>the log&apos;s signature does not hold</source>
        <translation>loggens signatur stämmer inte</translation>
    </message>
    <message>
        <source>an entry already sent to the central records has been changed</source>
        <translation>en post som redan skickats till klientdatasystemet har ändrats</translation>
    </message>
    <message>
        <source>the clients named by a listing have been changed</source>
        <translation>klienterna i en förteckning har ändrats</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered: {reason}.</source>
        <translation>Klientdatasystemet upptäckte att den här datorns användningslogg har ändrats: {reason}.</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered at entry {seq}: {reason}.</source>
        <translation>Klientdatasystemet upptäckte att den här datorns användningslogg har ändrats vid post {seq}: {reason}.</translation>
    </message>
    <message>
        <source>The administrator has been told. Your own work is kept; entries after this point are kept by the central records but not confirmed.</source>
        <translation>Administratören har informerats. Ditt eget arbete finns kvar. Posterna efter den här punkten sparas i klientdatasystemet men bekräftas inte.</translation>
    </message>
    <message>
        <source>The central records confirmed the access log with another key than before, so the confirmation was not kept. Tell your IT support.</source>
        <translation>Klientdatasystemet bekräftade användningsloggen med en annan nyckel än tidigare, så bekräftelsen sparades inte. Meddela IT-supporten.</translation>
    </message>
    <message>
        <source>The central records&apos; confirmation of the access log did not hold, so it was not kept. Tell your IT support.</source>
        <translation>Klientdatasystemets bekräftelse av användningsloggen stämde inte, så den sparades inte. Meddela IT-supporten.</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Förverkligad användning</translation>
    </message>
    <message>
        <source>{record}: change history</source>
        <translation>{record}: ändringshistorik</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>No assessment templates are installed. Contact IT support.</source>
        <translation>Inga bedömningsmallar är installerade. Kontakta IT-stödet.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Read out:</source>
        <translation>Läs upp:</translation>
    </message>
    <message>
        <source>← {number}. {title}</source>
        <translation>← {number}. {title}</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Föregående avsnitt (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>{number}. {title} →</source>
        <translation>{number}. {title} →</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Nästa avsnitt (Ctrl+Page Down)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Assessment templates</source>
        <translation>Bedömningsmallar</translation>
    </message>
    <message>
        <source>Assessments are made with these templates. Each assessment keeps the template version it was started with.</source>
        <translation>Bedömningar görs med dessa mallar. Varje bedömning behåller den mallversion som den påbörjades med.</translation>
    </message>
    <message>
        <source>Your county&apos;s own templates are read from {folder}.</source>
        <translation>Välfärdsområdets egna mallar läses från {folder}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Place in the file</source>
        <translation>Plats i filen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</source>
        <translation>Dessa mallfiler lämnades bort eftersom de innehåller fel. Bedömningar som gjorts med andra mallar påverkas inte. Be administratören rätta filerna.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>The assessment must start</source>
        <translation>Bedömningen ska inledas</translation>
    </message>
    <message>
        <source>The assessment must be completed</source>
        <translation>Bedömningen ska vara klar</translation>
    </message>
    <message>
        <source>A decision on the application is due</source>
        <translation>Ansökan ska avgöras</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75</source>
        <translation>Socialvårdslagen 1301/2014 36 §: senast den 7:e vardagen för en klient över 75 år</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: a child needing special support, started by the 7th working day and completed within 3 months</source>
        <translation>Socialvårdslagen 1301/2014 36 §: barn i behov av särskilt stöd, inleds senast den 7:e vardagen och är klar inom 3 månader</translation>
    </message>
    <message>
        <source>Disability Services Act 675/2023: a decision within 3 months of the application</source>
        <translation>Lagen om funktionshinderservice 675/2023: beslut inom 3 månader från ansökan</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Sista dag i dag</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 dag kvar</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n} dagar kvar</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 dag försenad</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>{n} dagar försenad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Dagens besök</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Inga besök i dag.</translation>
    </message>
    <message>
        <source>Visits in the next 6 days</source>
        <translation>Besök under de kommande 6 dagarna</translation>
    </message>
    <message>
        <source>No visits planned for the next 6 days.</source>
        <translation>Inga besök planerade för de kommande 6 dagarna.</translation>
    </message>
    <message>
        <source>Drafts and unfinished work</source>
        <translation>Utkast och oavslutat arbete</translation>
    </message>
    <message>
        <source>Nothing unfinished.</source>
        <translation>Inget oavslutat.</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Uppföljningar av planer</translation>
    </message>
    <message>
        <source>No reviews due this week.</source>
        <translation>Inga uppföljningar den här veckan.</translation>
    </message>
    <message>
        <source>Review of the client plan (version {version})</source>
        <translation>Uppföljning av klientplanen (version {version})</translation>
    </message>
    <message>
        <source>A review has been started</source>
        <translation>Uppföljningen har inletts</translation>
    </message>
    <message>
        <source>Follow-ups of decision-making</source>
        <translation>Uppföljning av stött beslutsfattande</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Inget att följa upp den här veckan.</translation>
    </message>
    <message>
        <source>Follow up the decision</source>
        <translation>Följ upp beslutet</translation>
    </message>
    <message>
        <source>Statutory deadlines</source>
        <translation>Lagstadgade tidsfrister</translation>
    </message>
    <message>
        <source>No statutory deadlines open.</source>
        <translation>Inga öppna lagstadgade tidsfrister.</translation>
    </message>
    <message>
        <source>{basis}. Counted from {date}.</source>
        <translation>{basis}. Räknat från {date} då ärendet blev anhängigt.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{way} · {status}</source>
        <translation>{way} · {status}</translation>
    </message>
    <message>
        <source>Visit still in progress: end it</source>
        <translation>Besöket pågår fortfarande: avsluta det</translation>
    </message>
    <message>
        <source>Planned visit not started: start, move or cancel it</source>
        <translation>Det planerade besöket inleddes inte: inled, flytta eller ställ in det</translation>
    </message>
    <message>
        <source>Needs assessment draft</source>
        <translation>Utkast till bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Amendment of the needs assessment (version {version})</source>
        <translation>Ändring av bedömningen av servicebehovet (version {version})</translation>
    </message>
    <message>
        <source>Decision-making session draft</source>
        <translation>Utkast till stött beslutsfattande</translation>
    </message>
    <message>
        <source>Client plan draft (version {version})</source>
        <translation>Utkast till klientplan (version {version})</translation>
    </message>
    <message>
        <source>Personal budget not decided</source>
        <translation>Den personliga budgeten är inte beslutad</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Sedan {date}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>All &amp;clients</source>
        <translation>Alla &amp;klienter</translation>
    </message>
    <message>
        <source>The client list: search and open any client (Ctrl+4)</source>
        <translation>Klientlistan: sök och öppna vilken klient som helst (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Läs listan på nytt (F5)</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Dagens arbete</translation>
    </message>
    <message>
        <source>Grouped by kind. Press Enter to open the selected row.</source>
        <translation>Grupperat efter slag. Öppna den valda raden med Enter.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation>Öppna den valda raden (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Inled besök</translation>
    </message>
    <message>
        <source>You have arrived: start the selected planned visit now</source>
        <translation>Du är på plats: inled det valda planerade besöket nu</translation>
    </message>
    <message>
        <source>Enter opens the selected row: a visit, a draft, the plan to review or the assessment the deadline is about.</source>
        <translation>Enter öppnar den valda raden: ett besök, ett utkast, planen som ska följas upp eller bedömningen som tidsfristen gäller.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Listan kunde inte läsas.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>{day} · {name} · {count} own clients (closed ones left out)</source>
        <translation>{day} · {name} · {count} egna klienter (avslutade ej medräknade)</translation>
    </message>
    <message>
        <source>You have no clients of your own yet: no client names you as their own worker. All clients are in the client list.</source>
        <translation>Du har ännu inga egna klienter: ingen klient har dig som egen kontaktperson. Alla klienter finns i klientlistan.</translation>
    </message>
    <message>
        <source>Nothing due: no visits, drafts, reviews or deadlines this week.</source>
        <translation>Inget att göra: inga besök, utkast, uppföljningar eller tidsfrister den här veckan.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Sopiva Desk is locked</source>
        <translation>Sopiva Desk är låst</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue. Unsaved work was saved before locking.</source>
        <translation>Ange din lösenfras för att fortsätta. Osparat arbete sparades före låsningen.</translation>
    </message>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <source>There is no profile on this computer yet. Create one to begin.</source>
        <translation>Det finns ännu ingen profil på den här datorn. Skapa en för att börja.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your profile.</source>
        <translation>Ange din lösenfras för att öppna din profil.</translation>
    </message>
    <message>
        <source>Choose your profile and enter your passphrase.</source>
        <translation>Välj din profil och ange din lösenfras.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Skapa en ny profil</translation>
    </message>
    <message>
        <source>Create a new profile…</source>
        <translation>Skapa en ny profil…</translation>
    </message>
    <message>
        <source>Restore a profile from a backup</source>
        <translation>Återställ en profil från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Remote visit (video)</source>
        <translation>Distansbesök (video)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Kontorsbesök</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Planned, not started</source>
        <translation>Planerat, inte inlett</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Inställt: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>← Client file</source>
        <translation>← Klientens uppgifter</translation>
    </message>
    <message>
        <source>Back to the client file; the visit stays open (Alt+Left or Esc)</source>
        <translation>Tillbaka till klientens uppgifter; besöket förblir öppet (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>&amp;Sätt</translation>
    </message>
    <message>
        <source>Way of meeting</source>
        <translation>Sätt att träffas</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home</source>
        <translation>t.ex. klientens hem</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Vilka deltog</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Lägg till &amp;deltagare</translation>
    </message>
    <message>
        <source>Add who took part: the client, and e.g. a relative, an interpreter or a support person.</source>
        <translation>Lägg till vem som deltog: klienten och till exempel en anhörig, en tolk eller en stödperson.</translation>
    </message>
    <message>
        <source>Who was absent</source>
        <translation>Vilka var frånvarande</translation>
    </message>
    <message>
        <source>Add a&amp;bsent person</source>
        <translation>Lägg till &amp;frånvarande</translation>
    </message>
    <message>
        <source>Someone who was invited or expected but did not take part.</source>
        <translation>Någon som var inbjuden eller väntad men inte deltog.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, what happens next.</source>
        <translation>Vad som diskuterades, vad som avtalades och vad som händer härnäst.</translation>
    </message>
    <message>
        <source>Ending the visit saves everything and shows a summary.</source>
        <translation>När du avslutar besöket sparas allt och en sammanfattning visas.</translation>
    </message>
    <message>
        <source>&amp;End visit</source>
        <translation>Avsl&amp;uta besök</translation>
    </message>
    <message>
        <source>End the visit and see what was recorded</source>
        <translation>Avsluta besöket och se vad som antecknades</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>Add a close person</source>
        <translation>Lägg till en närstående</translation>
    </message>
    <message>
        <source>Visit · {way} · {span} · ended</source>
        <translation>Besök · {way} · {span} · avslutat</translation>
    </message>
    <message>
        <source>Visit · {way} · started {time}</source>
        <translation>Besök · {way} · inlett {time}</translation>
    </message>
    <message>
        <source>Visit with {name}</source>
        <translation>Besök med {name}</translation>
    </message>
    <message>
        <source>This visit has ended. Changes are still saved.</source>
        <translation>Det här besöket har avslutats. Ändringar sparas fortfarande.</translation>
    </message>
    <message>
        <source>End visit</source>
        <translation>Avsluta besök</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</source>
        <translation>En del av det du skrev har inte sparats: {reason}

Om du avslutar besöket nu går den texten förlorad. Avsluta besöket ändå?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <source>Visit ended</source>
        <translation>Besöket avslutades</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>The visit has ended</source>
        <translation>Besöket har avslutats</translation>
    </message>
    <message>
        <source>planned for {time}</source>
        <translation>planerat till {time}</translation>
    </message>
    <message>
        <source>Everything is saved on this computer.</source>
        <translation>Allt är sparat på den här datorn.</translation>
    </message>
    <message>
        <source>Cancelled {time}</source>
        <translation>Inställt {time}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Inga anteckningar skrevs.</translation>
    </message>
    <message>
        <source>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</source>
        <translation>Utkasten sparas som de är. Du kan slutföra dem senare på klientens flik Besök och bedömningar.</translation>
    </message>
    <message>
        <source>Still drafts</source>
        <translation>Fortfarande utkast</translation>
    </message>
    <message>
        <source>1 record is waiting for the next sync.</source>
        <translation>1 post väntar på nästa synkronisering.</translation>
    </message>
    <message>
        <source>{n} records are waiting for the next sync.</source>
        <translation>{n} poster väntar på nästa synkronisering.</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Väntar på synkronisering</translation>
    </message>
    <message>
        <source>They stay encrypted on this computer until you sync with the central records.</source>
        <translation>De förblir krypterade på den här datorn tills du synkroniserar med den centrala klientdatabasen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>1 participant: {names}</source>
        <translation>1 deltagare: {names}</translation>
    </message>
    <message>
        <source>{n} participants: {names}</source>
        <translation>{n} deltagare: {names}</translation>
    </message>
    <message>
        <source>No participants recorded</source>
        <translation>Inga deltagare antecknade</translation>
    </message>
    <message>
        <source>1 person absent: {names}</source>
        <translation>1 frånvarande: {names}</translation>
    </message>
    <message>
        <source>{n} people absent: {names}</source>
        <translation>{n} frånvarande: {names}</translation>
    </message>
    <message>
        <source>Notes written</source>
        <translation>Anteckningar skrivna</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <source>Completed: {title} ({time})</source>
        <translation>Slutförd: {title} ({time})</translation>
    </message>
    <message>
        <source>No assessment was completed during this visit</source>
        <translation>Ingen bedömning slutfördes under det här besöket</translation>
    </message>
    <message>
        <source>Decision-making session completed {time}: {topic}</source>
        <translation>Stött beslutsfattande klart {time}: {topic}</translation>
    </message>
    <message>
        <source>Decision-making session started {time}: {topic}</source>
        <translation>Stött beslutsfattande påbörjat {time}: {topic}</translation>
    </message>
    <message>
        <source>{title}, started {time}</source>
        <translation>{title}, påbörjad {time}</translation>
    </message>
</context>
<context>
    <name>VisitWorkPanel</name>
    <message>
        <source>Start needs &amp;assessment</source>
        <translation>Inled &amp;bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>A service-needs assessment that belongs to this visit</source>
        <translation>En bedömning av servicebehovet som hör till det här besöket</translation>
    </message>
    <message>
        <source>Assessments of this visit</source>
        <translation>Det här besökets bedömningar</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment.</source>
        <translation>Tryck på Enter för att öppna den valda bedömningen.</translation>
    </message>
    <message>
        <source>No assessments in this visit yet.</source>
        <translation>Inga bedömningar under det här besöket ännu.</translation>
    </message>
    <message>
        <source>Start a &amp;decision-making session</source>
        <translation>Börja s&amp;tött beslutsfattande</translation>
    </message>
    <message>
        <source>A supported decision-making session that belongs to this visit</source>
        <translation>Stött beslutsfattande som hör till det här besöket</translation>
    </message>
    <message>
        <source>Decision-making sessions of this visit</source>
        <translation>Stött beslutsfattande under besöket</translation>
    </message>
    <message>
        <source>Press Enter to open the selected session.</source>
        <translation>Öppna den valda med Enter.</translation>
    </message>
    <message>
        <source>No decision-making sessions in this visit yet.</source>
        <translation>Inget stött beslutsfattande under det här besöket ännu.</translation>
    </message>
    <message>
        <source>Work on the p&amp;lan</source>
        <translation>Arbeta med p&amp;lanen</translation>
    </message>
    <message>
        <source>Continue the draft of the client plan, or draft it from the latest completed assessment</source>
        <translation>Fortsätt utkastet till klientplanen eller gör den utifrån den senaste färdiga bedömningen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected assessment or session (Enter)</source>
        <translation>Öppna den valda bedömningen eller dokumentationen (Enter)</translation>
    </message>
    <message>
        <source>Drafts can be left unfinished: they are saved and can be completed later.</source>
        <translation>Utkast kan lämnas ofärdiga: de är sparade och kan slutföras senare.</translation>
    </message>
    <message>
        <source>What we do today</source>
        <translation>Vad vi gör i dag</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sopiva Desk</source>
        <translation>Välkommen till Sopiva Desk</translation>
    </message>
    <message>
        <source>Before you start, please read how your data is protected.</source>
        <translation>Läs innan du börjar hur dina uppgifter skyddas.</translation>
    </message>
    <message>
        <source>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</source>
        <translation>Sopiva Desk sparar ditt klientarbete på den här datorn. Allt du sparar krypteras med en lösenfras som du själv väljer.</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</source>
        <translation>Välj en lösenfras som du kommer ihåg. Sopiva Desk kan inte visa din lösenfras eller återställa den åt dig.</translation>
    </message>
    <message>
        <source>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</source>
        <translation>Om din organisation har infört en återställningsnyckel kan kontoret återställa åtkomsten till dina uppgifter. Fråga IT-stödet om så är fallet.</translation>
    </message>
    <message>
        <source>Next, you will create your personal profile.</source>
        <translation>Härnäst skapar du din personliga profil.</translation>
    </message>
</context>
</TS>
