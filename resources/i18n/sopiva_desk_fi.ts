<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Vammaispalvelujen palveluohjaajien asiakastyöhön ilman verkkoyhteyttä.&lt;/p&gt;&lt;p&gt;Asiakastiedot säilytetään salattuina tällä tietokoneella (SQLCipher 4, AES-256), ja sovellus lukittuu itsestään, kun sitä ei käytetä.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kuvasymbolit: OpenMoji, avoimen lähdekoodin emoji- ja ikoniprojekti ({url}). Lisenssi: {license_link}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Sopiva Desk</source>
        <translation>Tietoja Sopiva Desk -sovelluksesta</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <source>way of meeting</source>
        <translation>tapaamistapa</translation>
    </message>
    <message>
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>alkamisaika</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>päättymisaika</translation>
    </message>
    <message>
        <source>visit ended</source>
        <translation>käynti päättyi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>ketkä osallistuivat</translation>
    </message>
    <message>
        <source>who was absent</source>
        <translation>ketkä olivat poissa</translation>
    </message>
    <message>
        <source>“How are things?”</source>
        <translation>”Miten menee?”</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmistui</translation>
    </message>
    <message>
        <source>the client&apos;s rating</source>
        <translation>asiakkaan arvio</translation>
    </message>
    <message>
        <source>the professional&apos;s rating</source>
        <translation>työntekijän arvio</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>reason for the new version</source>
        <translation>uuden version syy</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seuranta</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>muutoshistoria</translation>
    </message>
    <message>
        <source>{record} (since removed)</source>
        <translation>{record} (myöhemmin poistettu)</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Close person {name}</source>
        <translation>Läheinen {name}</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>{way} {date}</source>
        <translation>{way} {date}</translation>
    </message>
    <message>
        <source>Needs assessment, version {version}</source>
        <translation>Palvelutarpeen arvio, versio {version}</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arvio</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Tuetun päätöksenteon kirjaus</translation>
    </message>
    <message>
        <source>Decision-making session “{topic}”, version {version}</source>
        <translation>Tuetun päätöksenteon kirjaus ”{topic}”, versio {version}</translation>
    </message>
    <message>
        <source>Decision-making session, version {version}</source>
        <translation>Tuetun päätöksenteon kirjaus, versio {version}</translation>
    </message>
    <message>
        <source>Client plan, version {version}</source>
        <translation>Asiakassuunnitelma, versio {version}</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Personal budget {start}–{end}</source>
        <translation>Henkilökohtainen budjetti {start}–{end}</translation>
    </message>
    <message>
        <source>Plan review {date}</source>
        <translation>Suunnitelman arviointi {date}</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Suunnitelman arviointi</translation>
    </message>
    <message>
        <source>Print queue: {document}</source>
        <translation>Tulostusjono: {document}</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Tulostusjono</translation>
    </message>
    <message>
        <source>Disclosure to {recipient}</source>
        <translation>Luovutus: {recipient}</translation>
    </message>
    <message>
        <source>Disclosure entries</source>
        <translation>Luovutusmerkinnät</translation>
    </message>
    <message>
        <source>Personal budgets overview</source>
        <translation>Henkilökohtaisten budjettien yhteenveto</translation>
    </message>
    <message>
        <source>All of the client&apos;s data, at the client&apos;s own request</source>
        <translation>Kaikki asiakkaan tiedot asiakkaan omasta pyynnöstä</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>Asiakkaan lokiselvitys</translation>
    </message>
    <message>
        <source>included in the exported file</source>
        <translation>mukana viedyssä tiedostossa</translation>
    </message>
    <message>
        <source>changes to the client&apos;s data were in the sync</source>
        <translation>asiakkaan tietojen muutoksia oli synkronoinnissa</translation>
    </message>
    <message>
        <source>appeared in the list</source>
        <translation>näkyi luettelossa</translation>
    </message>
    <message>
        <source>document “{name}”</source>
        <translation>asiakirja ”{name}”</translation>
    </message>
    <message>
        <source>marked as printed</source>
        <translation>merkitty tulostetuksi</translation>
    </message>
    <message>
        <source>taken off the queue</source>
        <translation>poistettu jonosta</translation>
    </message>
    <message>
        <source>an answer in the form</source>
        <translation>lomakkeen vastaus</translation>
    </message>
    <message>
        <source>support {number}</source>
        <translation>tuki {number}</translation>
    </message>
    <message>
        <source>support {number} “{words}”</source>
        <translation>tuki {number} ”{words}”</translation>
    </message>
    <message>
        <source>a support since removed</source>
        <translation>myöhemmin poistettu tuki</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>henkilö {number}</translation>
    </message>
    <message>
        <source>person {number} “{words}”</source>
        <translation>henkilö {number} ”{words}”</translation>
    </message>
    <message>
        <source>a person since removed</source>
        <translation>myöhemmin poistettu henkilö</translation>
    </message>
    <message>
        <source>order of the options</source>
        <translation>vaihtoehtojen järjestys</translation>
    </message>
    <message>
        <source>option {number}</source>
        <translation>vaihtoehto {number}</translation>
    </message>
    <message>
        <source>option {number} “{words}”</source>
        <translation>vaihtoehto {number} ”{words}”</translation>
    </message>
    <message>
        <source>an option since removed</source>
        <translation>myöhemmin poistettu vaihtoehto</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>rivi {number}</translation>
    </message>
    <message>
        <source>line {number} “{words}”</source>
        <translation>rivi {number} ”{words}”</translation>
    </message>
    <message>
        <source>a line since removed</source>
        <translation>myöhemmin poistettu rivi</translation>
    </message>
    <message>
        <source>reference line {number}</source>
        <translation>viiterivi {number}</translation>
    </message>
    <message>
        <source>payment commitment {number}</source>
        <translation>maksusitoumus {number}</translation>
    </message>
    <message>
        <source>a realised use since removed</source>
        <translation>myöhemmin poistettu toteutunut käyttö</translation>
    </message>
    <message>
        <source>realised use {date}</source>
        <translation>toteutunut käyttö {date}</translation>
    </message>
    <message>
        <source>Caseload list</source>
        <translation>Asiakaslista</translation>
    </message>
    <message>
        <source>Today page</source>
        <translation>Tänään-sivu</translation>
    </message>
    <message>
        <source>Goal attainment in the budgets overview</source>
        <translation>Tavoitteiden toteutuminen budjettien yhteenvedossa</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkronoinnin ristiriidat</translation>
    </message>
    <message>
        <source>Closed cases to remove from this computer</source>
        <translation>Tältä tietokoneelta poistettavat päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>Changes refused by the central records</source>
        <translation>Asiakastietojärjestelmän hylkäämät muutokset</translation>
    </message>
    <message>
        <source>Visits, assessments and decision-making</source>
        <translation>Käynnit, arviot ja tuettu päätöksenteko</translation>
    </message>
    <message>
        <source>Plans, budgets and reviews</source>
        <translation>Suunnitelmat, budjetit ja arvioinnit</translation>
    </message>
    <message>
        <source>Access log and disclosures</source>
        <translation>Käyttöloki ja luovutukset</translation>
    </message>
    <message>
        <source>Sent to the central records</source>
        <translation>Lähetetty asiakastietojärjestelmään</translation>
    </message>
    <message>
        <source>Received from the central records</source>
        <translation>Saatu asiakastietojärjestelmästä</translation>
    </message>
    <message>
        <source>goal {number}</source>
        <translation>tavoite {number}</translation>
    </message>
    <message>
        <source>goal {number} “{words}”</source>
        <translation>tavoite {number} ”{words}”</translation>
    </message>
    <message>
        <source>a goal since removed</source>
        <translation>myöhemmin poistettu tavoite</translation>
    </message>
    <message>
        <source>in Finnish</source>
        <translation>suomeksi</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tarkemmin</translation>
    </message>
    <message>
        <source>{text}
Stored as: {keys}</source>
        <translation>{text}
Tallennettu muodossa: {keys}</translation>
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
        <translation>Nro {seq} · {when} · {who} · {what}</translation>
    </message>
    <message>
        <source>This entry has been changed after it was written (its person, action, time or another detail no longer matches its checksum).</source>
        <translation>Merkintää on muutettu kirjaamisen jälkeen (sen henkilö, toimenpide, aika tai muu tieto ei enää vastaa sen tarkistussummaa).</translation>
    </message>
    <message>
        <source>Entry No. {first} before this one has been deleted.</source>
        <translation>Tätä edeltävä merkintä nro {first} on poistettu.</translation>
    </message>
    <message>
        <source>Entries No. {first}–{last} before this one have been deleted.</source>
        <translation>Tätä edeltävät merkinnät nro {first}–{last} on poistettu.</translation>
    </message>
    <message>
        <source>This entry does not follow the one before it: entries have been moved out of order or added afterwards.</source>
        <translation>Merkintä ei jatku edellisestä merkinnästä: merkintöjä on siirretty pois järjestyksestä tai lisätty jälkikäteen.</translation>
    </message>
    <message>
        <source>The newest entries have been deleted: the log was signed up to entry No. {signed}, but now ends at No. {newest}.</source>
        <translation>Uusimpia merkintöjä on poistettu: loki oli allekirjoitettu merkintään nro {signed} asti, mutta se päättyy nyt merkintään nro {newest}.</translation>
    </message>
    <message>
        <source>This entry is not the one the log was signed with: entries at or before it have been changed and the checksums recalculated, or deleted and replaced.</source>
        <translation>Merkintä ei ole se, jonka kohdalta loki allekirjoitettiin: tätä tai sitä edeltäviä merkintöjä on muutettu ja tarkistussummat laskettu uudelleen, tai merkintöjä on poistettu ja korvattu uusilla.</translation>
    </message>
    <message>
        <source>The signed end of the log is not signed with this profile&apos;s log key.</source>
        <translation>Lokin allekirjoitettua loppua ei ole allekirjoitettu tämän profiilin lokiavaimella.</translation>
    </message>
    <message>
        <source>The signed end of the log has been removed from the store.</source>
        <translation>Lokin allekirjoitettu loppu on poistettu tietovarastosta.</translation>
    </message>
    <message>
        <source>The profile file names a different log key than the store holds.</source>
        <translation>Profiilitiedostossa on eri lokiavain kuin tietovarastossa.</translation>
    </message>
    <message>
        <source>The confirmation from the central records is not signed by the central server.</source>
        <translation>Asiakastietojärjestelmän vahvistusta ei ole allekirjoittanut keskuspalvelin.</translation>
    </message>
    <message>
        <source>This entry is not what the central records confirmed at the last sync: the log has been changed at or before this entry and signed again.</source>
        <translation>Merkintä ei ole se, jonka asiakastietojärjestelmä vahvisti viimeisimmässä synkronoinnissa: lokia on muutettu tässä tai sitä aiemmassa merkinnässä ja allekirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>Entries the central records confirmed at the last sync have been deleted: the log was confirmed up to No. {signed}, but now ends at No. {newest}.</source>
        <translation>Merkintöjä, jotka asiakastietojärjestelmä vahvisti viimeisimmässä synkronoinnissa, on poistettu: loki oli vahvistettu merkintään nro {signed} asti, mutta se päättyy nyt merkintään nro {newest}.</translation>
    </message>
    <message>
        <source>The confirmation from the central records has been removed from the store.</source>
        <translation>Asiakastietojärjestelmän vahvistus on poistettu tietovarastosta.</translation>
    </message>
    <message>
        <source>The clients kept for this listing are not the ones it showed: the list of clients has been changed.</source>
        <translation>Luetteloon tallennetut asiakkaat eivät ole ne, jotka luettelossa näytettiin: asiakasluetteloa on muutettu.</translation>
    </message>
    <message>
        <source>Newest entries not yet signed: {count} (the app closed before it could sign them). They are signed when the profile is next unlocked.</source>
        <translation>Uusimpia merkintöjä vielä allekirjoittamatta: {count} (sovellus sulkeutui ennen kuin ehti allekirjoittaa ne). Ne allekirjoitetaan, kun profiili avataan seuraavan kerran.</translation>
    </message>
    <message>
        <source>The signed end of the log is missing from the profile folder. It is written again when the profile is next unlocked.</source>
        <translation>Lokin allekirjoitettu loppu puuttuu profiilikansiosta. Se kirjoitetaan uudelleen, kun profiili avataan seuraavan kerran.</translation>
    </message>
    <message>
        <source>The log has not been signed yet (it was written by an older version). It is signed when the profile is next unlocked.</source>
        <translation>Lokia ei ole vielä allekirjoitettu (sen on kirjoittanut sovelluksen vanhempi versio). Se allekirjoitetaan, kun profiili avataan seuraavan kerran.</translation>
    </message>
    <message>
        <source>The access log has been tampered with.</source>
        <translation>Käyttölokia on muutettu luvatta.</translation>
    </message>
    <message>
        <source>The access log is intact, with a note.</source>
        <translation>Käyttöloki on eheä, huomautus alla.</translation>
    </message>
    <message>
        <source>The access log is intact.</source>
        <translation>Käyttöloki on eheä.</translation>
    </message>
    <message>
        <source>Entries checked: {count}.</source>
        <translation>Tarkistettuja merkintöjä: {count}.</translation>
    </message>
    <message>
        <source>Signed on this computer up to entry No. {seq}.</source>
        <translation>Allekirjoitettu tällä tietokoneella merkintään nro {seq} asti.</translation>
    </message>
    <message>
        <source>Confirmed by the central records up to entry No. {seq}.</source>
        <translation>Vahvistettu asiakastietojärjestelmässä merkintään nro {seq} asti.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the central records (confirmed at each sync).</source>
        <translation>Ei vielä vahvistettu asiakastietojärjestelmässä (vahvistetaan jokaisessa synkronoinnissa).</translation>
    </message>
    <message>
        <source>No. {seq}</source>
        <translation>Nro {seq}</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckControl</name>
    <message>
        <source>Check the access &amp;log…</source>
        <translation>Tarkista &amp;käyttöloki…</translation>
    </message>
    <message>
        <source>The access log has been tampered with</source>
        <translation>Käyttölokia on muutettu luvatta</translation>
    </message>
    <message>
        <source>The check after unlock found a break in the access log. Click to see which entry.</source>
        <translation>Avauksen jälkeinen tarkistus löysi käyttölokista katkoksen. Napsauta, niin näet, mistä merkinnästä on kyse.</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckDialog</name>
    <message>
        <source>Check the access log</source>
        <translation>Käyttölokin tarkistus</translation>
    </message>
    <message>
        <source>Every entry of the access log holds a checksum of the one before it, and the end of the log is signed on this computer and confirmed by the central records at each sync. The check reads the whole log from the first entry and says whether anything has been changed, deleted or reordered since it was written.</source>
        <translation>Jokaiseen käyttölokin merkintään on tallennettu edellisen merkinnän tarkistussumma, ja lokin loppu allekirjoitetaan tällä tietokoneella ja vahvistetaan asiakastietojärjestelmässä jokaisen synkronoinnin yhteydessä. Tarkistus lukee koko lokin ensimmäisestä merkinnästä alkaen ja kertoo, onko merkintöjä muutettu, poistettu tai järjestetty uudelleen niiden kirjaamisen jälkeen.</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>Ensimmäinen rikkoutunut merkintä</translation>
    </message>
    <message>
        <source>Everything the check found</source>
        <translation>Kaikki tarkistuksen havainnot</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Checking the access log…</source>
        <translation>Tarkistetaan käyttölokia…</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>Tarkistusta ei voitu tehdä.</translation>
    </message>
    <message>
        <source>No. {seq} (no longer in the log)</source>
        <translation>Nro {seq} (ei enää lokissa)</translation>
    </message>
    <message>
        <source>The log as a whole</source>
        <translation>Loki kokonaisuutena</translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>{action}: {record}</source>
        <translation>{action}: {record}</translation>
    </message>
    <message>
        <source>(in a list of several clients)</source>
        <translation>(usean asiakkaan luettelossa)</translation>
    </message>
    <message>
        <source>Access report…</source>
        <translation>Lokiselvitys…</translation>
    </message>
    <message>
        <source>For the client: who handled their data in a period and why, on screen and as a PDF</source>
        <translation>Asiakkaalle: kuka käsitteli hänen tietojaan valitulla ajanjaksolla ja miksi, näytöllä ja PDF-tiedostona</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>Asiakkaan lokiselvitys</translation>
    </message>
    <message>
        <source>Who has viewed, changed, printed or exported this client&apos;s data on this computer in the period, and why, and to whom data was disclosed. The client has the right to get this report. Work done on other computers is in the report of the central records.</source>
        <translation>Kuka on tällä tietokoneella katsonut, muuttanut, tulostanut tai vienyt asiakkaan tietoja valitulla ajanjaksolla ja mihin tarkoitukseen, sekä kenelle tietoja on luovutettu. Asiakkaalla on oikeus saada tämä selvitys. Muilla tietokoneilla tehty työ näkyy keskitetyn järjestelmän selvityksessä.</translation>
    </message>
    <message>
        <source>Who handled the data</source>
        <translation>Kuka käsitteli tietoja</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Ajanjakso &amp;alkaen</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;päättyen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>The language of the PDF. The client&apos;s language is chosen first.</source>
        <translation>PDF-tiedoston kieli. Ensin valitaan asiakkaan kieli.</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>PDF:n &amp;kieli</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file to give to the client</source>
        <translation>Tallenna selvitys PDF-tiedostona annettavaksi asiakkaalle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Luetaan lokia…</translation>
    </message>
    <message>
        <source>{name}, {identity}</source>
        <translation>{name}, {identity}</translation>
    </message>
    <message>
        <source>Who handled the data ({count})</source>
        <translation>Kuka käsitteli tietoja ({count})</translation>
    </message>
    <message>
        <source>Disclosures ({count})</source>
        <translation>Luovutukset ({count})</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Valmistellaan PDF-tiedostoa…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sivu</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} sivua</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Tallennetaan PDF-tiedostoa…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Tallenna lokiselvitys</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF-tiedostoa ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>AddClosePersonDialog</name>
    <message>
        <source>Add close person</source>
        <translation>Lisää läheinen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>e.g. mother, brother, friend, trustee</source>
        <translation>esim. äiti, veli, ystävä, edunvalvoja</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add a payment commitment</source>
        <translation>Lisää maksusitoumus</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Lisää maksusitoumus</translation>
    </message>
    <message>
        <source>Correct payment commitment {number}</source>
        <translation>Korjaa maksusitoumus {number}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Tallenna korjaus</translation>
    </message>
    <message>
        <source>The county promises to pay the service provider up to the maximum sum. Money is never paid to the client.</source>
        <translation>Hyvinvointialue sitoutuu maksamaan palveluntuottajalle enintään enimmäissumman. Asiakkaalle ei koskaan makseta rahaa.</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <source>e.g. MS-2026-014</source>
        <translation>esim. MS-2026-014</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Palveluntuottaja</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Pa&amp;lvelu</translation>
    </message>
    <message>
        <source>&amp;Maximum sum (€)</source>
        <translation>&amp;Enimmäissumma (€)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Voimassa &amp;alkaen</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Voimassa a&amp;sti</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>&amp;Korjauksen syy</translation>
    </message>
    <message>
        <source>e.g. The maximum sum was typed wrong</source>
        <translation>esim. Enimmäissumma kirjattiin väärin</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <source>Agree the plan</source>
        <translation>Suunnitelman hyväksyminen</translation>
    </message>
    <message>
        <source>Agreeing locks this version of the plan. The plan agreed before it is kept as superseded. Later changes are made in a new version.</source>
        <translation>Hyväksyminen lukitsee tämän suunnitelmaversion. Aiemmin hyväksytty suunnitelma säilyy korvattuna. Myöhemmät muutokset tehdään uuteen versioon.</translation>
    </message>
    <message>
        <source>&amp;Agreed with the client on</source>
        <translation>&amp;Sovittu asiakkaan kanssa</translation>
    </message>
    <message>
        <source>Agreed with the client on</source>
        <translation>Sovittu asiakkaan kanssa</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AmendAssessmentDialog</name>
    <message>
        <source>Amend assessment</source>
        <translation>Muuta arviota</translation>
    </message>
    <message>
        <source>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</source>
        <translation>Valmista arviota ei muuteta. Muuttaminen luo uuden version, jossa on samat vastaukset. Uusi versio on luonnos, jota voit muokata ja jonka voit merkitä uudelleen valmiiksi. Syy tallennetaan jokaiseen uudessa versiossa tehtyyn muutokseen ja näkyy muutoshistoriassa.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
    <message>
        <source>e.g. “The client told more about their need for support on 3.2.”</source>
        <translation>esim. ”Asiakas kertoi 3.2. tarkemmin tuen tarpeestaan.”</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Muutoksen syy (pakollinen)</translation>
    </message>
    <message>
        <source>Make new version</source>
        <translation>Luo uusi versio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Kaikki arvion ”{title}” vastauksiin tehdyt muutokset, uusimmat ensin. Uudessa versiossa tehtyjen muutosten kohdalla näkyy syy, joka annettiin uutta versiota luotaessa.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Kaikki kentät</translation>
    </message>
    <message>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Näytä muutokset:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>No answers have been changed yet.</source>
        <translation>Vastauksia ei ole vielä muutettu.</translation>
    </message>
    <message>
        <source>The chosen change in full</source>
        <translation>Valittu muutos kokonaisuudessaan</translation>
    </message>
    <message>
        <source>Choose a change to see the whole old and new answer.</source>
        <translation>Valitse muutos, niin näet koko vanhan ja uuden vastauksen.</translation>
    </message>
    <message>
        <source>{when} · {who} · version {version}</source>
        <translation>{when} · {who} · versio {version}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Ennen:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Jälkeen:</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Lomakepohja</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>{title}, template version {version}</source>
        <translation>{title}, lomakepohjan versio {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Not started</source>
        <translation>Ei aloitettu</translation>
    </message>
    <message>
        <source>Check: an answer was not accepted</source>
        <translation>Tarkista: vastausta ei hyväksytty</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Every change to the answers: who, when, old and new</source>
        <translation>Kaikki vastauksiin tehdyt muutokset: kuka, milloin, vanha ja uusi</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Muuta arviota…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed assessment</source>
        <translation>Luo uusi versio, jotta voit muuttaa valmista arviota</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <source>Check the required answers and lock the assessment (Ctrl+Enter)</source>
        <translation>Tarkista pakolliset vastaukset ja lukitse arvio (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Answers to give before completing</source>
        <translation>Vastaukset, jotka on annettava ennen valmiiksi merkitsemistä</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>O&amp;siot</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down ja Ctrl+Page Up siirtävät osiosta toiseen</translation>
    </message>
    <message>
        <source>Assessment of {name}</source>
        <translation>Arvio: {name}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>merkitty valmiiksi {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>muuttaaksesi tee uusi versio: Muuta arviota…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>uudempi versio korvaa tämän</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>tämä säilyy sellaisenaan</translation>
    </message>
    <message>
        <source>Done: every answer the section needs is given</source>
        <translation>Valmis: kaikki osion tarvitsemat vastaukset on annettu</translation>
    </message>
    <message>
        <source>Started: answers the section needs are missing</source>
        <translation>Aloitettu: osiosta puuttuu tarvittavia vastauksia</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>started</source>
        <translation>aloitettu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ei aloitettu</translation>
    </message>
    <message>
        <source>check</source>
        <translation>tarkista</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Valmistui {date}</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Version {number} · {status}</source>
        <translation>Versio {number} · {status}</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
    <message>
        <source>{field}: not accepted</source>
        <translation>{field}: ei hyväksytty</translation>
    </message>
    <message>
        <source>Some answers were not accepted. Correct them, then complete again.</source>
        <translation>Joitakin vastauksia ei hyväksytty. Korjaa ne ja merkitse arvio sitten uudelleen valmiiksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing. Choose one to go to it.</source>
        <translation>
            <numerusform>%n pakollinen vastaus puuttuu. Siirry siihen valitsemalla se.</numerusform>
            <numerusform>%n pakollista vastausta puuttuu. Siirry vastaukseen valitsemalla se.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required answer is given. You can complete the assessment now.</source>
        <translation>Kaikki pakolliset vastaukset on annettu. Voit nyt merkitä arvion valmiiksi.</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Siirry tähän kenttään</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automaattiset varmuuskopiot</translation>
    </message>
    <message>
        <source>Back up this profile automatically</source>
        <translation>Varmuuskopioi tämä profiili automaattisesti</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Kerran viikossa</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Kuinka usein:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Säilytettävät varmuuskopiot:</translation>
    </message>
    <message>
        <source>A backup is made while the app is open and when it locks or closes, once the interval has passed. The oldest are removed when there are more than the number kept. Keep backups on a USB drive or network folder, not on this computer alone.</source>
        <translation>Varmuuskopio tehdään, kun valittu aika on kulunut: sovelluksen ollessa auki sekä lukittaessa ja suljettaessa. Vanhimmat poistetaan, kun niitä on enemmän kuin säilytettävä määrä. Säilytä varmuuskopiot USB-muistilla tai verkkokansiossa, ei pelkästään tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Viimeisin varmuuskopio</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>No backup of this profile has been made yet.</source>
        <translation>Tästä profiilista ei ole vielä tehty varmuuskopiota.</translation>
    </message>
    <message>
        <source>{when}, to {path}</source>
        <translation>{when}, tiedostoon {path}</translation>
    </message>
    <message>
        <source>The last backup failed: {reason}</source>
        <translation>Viimeisin varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Kansiota ei ole valittu</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Valitse varmuuskopioiden kansio</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>New encryption key</source>
        <translation>Uusi salausavain</translation>
    </message>
    <message>
        <source>This profile&apos;s data is now encrypted with a new key. A backup was made first: {path}. It opens with the old key, so keep it as safe as the computer and delete it when it is no longer needed. Unlock with your passphrase as before.</source>
        <translation>Tämän profiilin tiedot on nyt salattu uudella avaimella. Ensin tehtiin varmuuskopio: {path}. Se aukeaa vanhalla avaimella, joten säilytä sitä yhtä huolellisesti kuin tietokonetta ja poista se, kun sitä ei enää tarvita. Avaa lukitus tunnuslauseellasi kuten ennenkin.</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Varmuuskopioi tämä profiili</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup)</source>
        <translation>Sopiva Deskin varmuuskopiot (*.sopiva-backup)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <source>The backup was written and checked: {path}

It opens with this profile&apos;s passphrase on any computer with Sopiva Desk (unlock screen → Restore from a backup…).</source>
        <translation>Varmuuskopio on kirjoitettu ja tarkistettu: {path}

Sen voi avata tämän profiilin tunnuslauseella millä tahansa tietokoneella, jossa on Sopiva Desk (aloitusnäkymä → Palauta varmuuskopiosta…).</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Plan support</source>
        <translation>Suunnitelman tuki</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Yksikköhinta (€)</translation>
    </message>
    <message>
        <source>Arranged as</source>
        <translation>Järjestämistapa</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kustannus</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budjettikausi</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budjettirivit</translation>
    </message>
    <message>
        <source>Each line is arranged without paying the client: payment commitment, service voucher, purchased service or own production. Double-click or type in a cell to change it; totals update at once.</source>
        <translation>Jokainen rivi järjestetään maksamatta rahaa asiakkaalle: maksusitoumus, palveluseteli, ostopalvelu tai oma tuotanto. Muuta solua kaksoisnapsauttamalla tai kirjoittamalla; summat päivittyvät heti.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Add lines from the plan</source>
        <translation>Lisää rivit suunnitelmasta</translation>
    </message>
    <message>
        <source>A line for every support of the client plan not yet in the budget</source>
        <translation>Rivi jokaisesta asiakassuunnitelman tuesta, joka ei vielä ole budjetissa</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>P&amp;erustelu</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Viitekustannus</translation>
    </message>
    <message>
        <source>The services the client has or is entitled to, at the county&apos;s unit price, for the budget period: the cost-neutrality ceiling.</source>
        <translation>Palvelut, joita asiakas saa tai joihin hänellä on oikeus, hyvinvointialueen yksikköhinnoin budjettikaudelle: kustannusneutraaliuden yläraja.</translation>
    </message>
    <message>
        <source>Reference lines</source>
        <translation>Viitekustannuksen rivit</translation>
    </message>
    <message>
        <source>Add reference line</source>
        <translation>Lisää viiterivi</translation>
    </message>
    <message>
        <source>Remove reference line</source>
        <translation>Poista viiterivi</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision; follow-up goes on in the Follow-up tab.</source>
        <translation>Budjetti on päätetty ja lukittu. Muutos vaatii uuden päätöksen; seuranta jatkuu Seuranta-välilehdellä.</translation>
    </message>
    <message>
        <source>This budget is closed and read-only.</source>
        <translation>Budjetti on suljettu, ja sitä voi vain katsoa.</translation>
    </message>
    <message>
        <source>Required: the budget is over the reference cost. Explain why the extra cost is needed.</source>
        <translation>Pakollinen: budjetti ylittää viitekustannuksen. Perustele, miksi lisäkustannus tarvitaan.</translation>
    </message>
    <message>
        <source>Needed only when the budget is over the reference cost.</source>
        <translation>Tarvitaan vain, kun budjetti ylittää viitekustannuksen.</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rivi {number}</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Viiterivi {number}</translation>
    </message>
    <message>
        <source>Remove line {number} from the budget?</source>
        <translation>Poistetaanko rivi {number} budjetista?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BudgetFollowUpView</name>
    <message>
        <source>Bar: the share of the allocation used; the dark mark: the share of the period gone by.</source>
        <translation>Palkki: käytetty osuus budjetoidusta; tumma merkki: kulunut osuus kaudesta.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <source>Balance per line</source>
        <translation>Saldo riveittäin</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Budjetoitu</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Käytetty</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Odotettu tähän mennessä</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <source>Used vs time</source>
        <translation>Käyttö ja aika</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Maximum sum</source>
        <translation>Enimmäissumma</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Lisää maksusitoumus…</translation>
    </message>
    <message>
        <source>Payment commitments</source>
        <translation>Maksusitoumukset</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Maksusitoumus</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Yksiköt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Record use…</source>
        <translation>Kirjaa käyttö…</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Toteutunut käyttö</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korjaa…</translation>
    </message>
    <message>
        <source>Correct the chosen entry; the reason and the earlier values are kept in the history</source>
        <translation>Korjaa valittu kirjaus; syy ja aiemmat tiedot säilyvät muutoshistoriassa</translation>
    </message>
    <message>
        <source>Cancel entry…</source>
        <translation>Peru kirjaus…</translation>
    </message>
    <message>
        <source>Cancel the chosen entry made by mistake: it stays listed and in the history with the reason, and no longer counts</source>
        <translation>Peru vahingossa tehty kirjaus: se jää luetteloon ja muutoshistoriaan syineen, mutta sitä ei enää lasketa mukaan</translation>
    </message>
    <message>
        <source>On {today}, {percent} % of the period {start}–{end} has gone by.</source>
        <translation>{today} kaudesta {start}–{end} on kulunut {percent} %.</translation>
    </message>
    <message>
        <source>Allocated {allocated} · used {used} · expected by now {expected} · remaining {remaining}</source>
        <translation>Budjetoitu {allocated} · käytetty {used} · odotettu tähän mennessä {expected} · jäljellä {remaining}</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the period gone by</source>
        <translation>{used} % käytetty, kaudesta kulunut {elapsed} %</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the time</source>
        <translation>{used} % käytetty, ajasta {elapsed} %</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Peruttu: {reason}</translation>
    </message>
    <message>
        <source>Corrected: {reason}</source>
        <translation>Korjattu: {reason}</translation>
    </message>
    <message>
        <source>Amount: {reason}</source>
        <translation>Summa: {reason}</translation>
    </message>
    <message>
        <source>Whole budget: </source>
        <translation>Koko budjetti: </translation>
    </message>
</context>
<context>
    <name>BudgetFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryDialog</name>
    <message>
        <source>History of the personal budget</source>
        <translation>Henkilökohtaisen budjetin historia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rivi {number}</translation>
    </message>
    <message>
        <source>Removed line</source>
        <translation>Poistettu rivi</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Viiterivi {number}</translation>
    </message>
    <message>
        <source>Payment commitment {number}</source>
        <translation>Maksusitoumus {number}</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Toteutunut käyttö</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} yksikköä</translation>
    </message>
    <message>
        <source>amount: {reason}</source>
        <translation>summa: {reason}</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budjettikausi</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Päätöksen numero</translation>
    </message>
    <message>
        <source>Reason for the overlap</source>
        <translation>Päällekkäisyyden syy</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>enintään {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetListModel</name>
    <message>
        <source>Indicative</source>
        <translation>Alustava</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Viitekustannus</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erotus</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budjetti</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Seuranta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Päätä…</translation>
    </message>
    <message>
        <source>Record the decision: the budget is then locked</source>
        <translation>Kirjaa päätös: budjetti lukitaan sen jälkeen</translation>
    </message>
    <message>
        <source>Close budget</source>
        <translation>Sulje budjetti</translation>
    </message>
    <message>
        <source>End the budget: nothing can be recorded after this</source>
        <translation>Päätä budjetti: sen jälkeen mitään ei voi kirjata</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Personal budget of {name}</source>
        <translation>Henkilökohtainen budjetti: {name}</translation>
    </message>
    <message>
        <source>Indicative: not decided yet</source>
        <translation>Alustava: ei vielä päätetty</translation>
    </message>
    <message>
        <source>Decided on {date}</source>
        <translation>Päätetty {date}</translation>
    </message>
    <message>
        <source>{status} · decision {number}</source>
        <translation>{status} · päätös {number}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Kausi {start}–{end}</translation>
    </message>
    <message>
        <source>Shares days with the budget of {periods}. Reason: {reason}</source>
        <translation>Osin samalla kaudella kuin budjetti {periods}. Syy: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>Follow-up starts when the budget is decided</source>
        <translation>Seuranta alkaa, kun budjetista on päätetty</translation>
    </message>
    <message>
        <source>Cancel payment commitment {number}</source>
        <translation>Peru maksusitoumus {number}</translation>
    </message>
    <message>
        <source>Cancel the commitment</source>
        <translation>Peru maksusitoumus</translation>
    </message>
    <message>
        <source>Cancel a commitment entered by mistake. It stays listed and in the history with the reason. A commitment with realised use under it cannot be cancelled: correct or cancel those entries first.</source>
        <translation>Peru vahingossa kirjattu maksusitoumus. Se jää luetteloon ja muutoshistoriaan syineen. Maksusitoumusta, jolle on kirjattu toteutunutta käyttöä, ei voi perua: korjaa tai peru ensin ne kirjaukset.</translation>
    </message>
    <message>
        <source>Cancel realised use of {date}</source>
        <translation>Peru toteutunut käyttö {date}</translation>
    </message>
    <message>
        <source>Cancel the entry</source>
        <translation>Peru kirjaus</translation>
    </message>
    <message>
        <source>Cancel a use recorded by mistake ({provider}, {amount}). It stays listed and in the history with the reason, and no longer counts in the balances and alerts.</source>
        <translation>Peru vahingossa kirjattu käyttö ({provider}, {amount}). Se jää luetteloon ja muutoshistoriaan syineen, mutta sitä ei enää lasketa saldoihin eikä hälytyksiin.</translation>
    </message>
    <message>
        <source>Close this personal budget? Nothing can be changed or recorded in it after this.</source>
        <translation>Suljetaanko tämä henkilökohtainen budjetti? Sen jälkeen siihen ei voi muuttaa tai kirjata mitään.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BudgetParts</name>
    <message>
        <source>Payment commitment</source>
        <translation>Maksusitoumus</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Palveluseteli</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Ostopalvelu</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Oma tuotanto</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>tunti</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>matka</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>kpl</translation>
    </message>
    <message>
        <source>Indicative</source>
        <translation>Alustava</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
</context>
<context>
    <name>BudgetTotalsBar</name>
    <message>
        <source>Reference cost</source>
        <translation>Viitekustannus</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budjetoitu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erotus</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budjetin summat</translation>
    </message>
    <message>
        <source>Nothing allocated yet</source>
        <translation>Ei vielä budjetoitu</translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation>Ei vielä budjettirivejä</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Kustannusneutraali</translation>
    </message>
    <message>
        <source>Over the reference by {amount}</source>
        <translation>Ylittää viitekustannuksen {amount}</translation>
    </message>
    <message>
        <source>Reference cost {reference}, allocation {allocation}, difference {difference}. {state}</source>
        <translation>Viitekustannus {reference}, budjetoitu {allocation}, erotus {difference}. {state}</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Peru käynti</translation>
    </message>
    <message>
        <source>The visit is kept in the client&apos;s list, marked cancelled, with the reason. Nothing is deleted.</source>
        <translation>Käynti jää asiakkaan luetteloon perutuksi merkittynä, syy mukana. Mitään ei poisteta.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>Reason for cancelling (required)</source>
        <translation>Perumisen syy (pakollinen)</translation>
    </message>
    <message>
        <source>e.g. The client is ill; a new time is agreed by phone.</source>
        <translation>esim. Asiakas on sairaana; uusi aika sovitaan puhelimessa.</translation>
    </message>
    <message>
        <source>Keep the visit</source>
        <translation>Älä peru</translation>
    </message>
</context>
<context>
    <name>CasePhase</name>
    <message>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Toteutus</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>Add a client ({shortcut})</source>
        <translation>Lisää asiakas ({shortcut})</translation>
    </message>
    <message>
        <source>Search by name, identity code or municipality</source>
        <translation>Hae nimellä, henkilötunnuksella tai kunnalla</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</source>
        <translation>Kirjoita mikä tahansa osa nimestä, henkilötunnuksesta, syntymäajasta tai kunnasta. Jos kirjoitat useita sanoja, kaikkien on täsmättävä. ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>O&amp;mat asiakkaat</translation>
    </message>
    <message>
        <source>The clients whose own worker you are</source>
        <translation>Asiakkaat, joiden omatyöntekijä olet</translation>
    </message>
    <message>
        <source>&amp;All clients</source>
        <translation>&amp;Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Every client on this computer</source>
        <translation>Kaikki tämän tietokoneen asiakkaat</translation>
    </message>
    <message>
        <source>Search all clients</source>
        <translation>Hae kaikista asiakkaista</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Suodata kunnan mukaan</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Suodata tilan mukaan</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Synkronoinnin tilan suodatin</translation>
    </message>
    <message>
        <source>Whether the clients&apos; records are on the central records server</source>
        <translation>Ovatko asiakkaiden tiedot asiakastietojärjestelmässä</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>All sync states</source>
        <translation>Kaikki synkronoinnin tilat</translation>
    </message>
    <message>
        <source>{shown} of your {total} clients</source>
        <translation>{shown}/{total} omasta asiakkaastasi</translation>
    </message>
    <message>
        <source>{shown} of all {total} clients</source>
        <translation>{shown}/{total} asiakkaasta (kaikki)</translation>
    </message>
    <message>
        <source>The client list could not be loaded.</source>
        <translation>Asiakaslistaa ei voitu ladata.</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Ladataan asiakkaita…</translation>
    </message>
    <message>
        <source>No clients yet.

Add the first one with “New client…” ({shortcut}).</source>
        <translation>Asiakkaita ei ole vielä.

Lisää ensimmäinen painamalla ”Uusi asiakas…” ({shortcut}).</translation>
    </message>
    <message>
        <source>You are not the own worker of any client yet.</source>
        <translation>Et ole vielä yhdenkään asiakkaan omatyöntekijä.</translation>
    </message>
    <message>
        <source>No client matches “{search}” among your clients.

Search all clients? (Enter)</source>
        <translation>Omista asiakkaistasi kukaan ei vastaa hakua ”{search}”.

Haetaanko kaikista asiakkaista? (Enter)</translation>
    </message>
    <message>
        <source>None of your clients match the filters.

Search all clients? (Enter)</source>
        <translation>Omista asiakkaistasi kukaan ei vastaa suodattimia.

Haetaanko kaikista asiakkaista? (Enter)</translation>
    </message>
    <message>
        <source>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</source>
        <translation>Haulla ei löytynyt asiakkaita.

Tarkista kirjoitusasu tai tyhjennä haku (Esc) ja suodattimet.</translation>
    </message>
</context>
<context>
    <name>ClientAssessmentsWidget</name>
    <message>
        <source>&amp;Start visit…</source>
        <translation>Aloita &amp;käynti…</translation>
    </message>
    <message>
        <source>Start a home visit, remote visit, phone call or office visit with this client</source>
        <translation>Aloita kotikäynti, etäkäynti, puhelu tai toimistokäynti tämän asiakkaan kanssa</translation>
    </message>
    <message>
        <source>&amp;Continue visit</source>
        <translation>&amp;Jatka käyntiä</translation>
    </message>
    <message>
        <source>Go back to the visit that is still open</source>
        <translation>Palaa käyntiin, joka on vielä auki</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Uusi arvio</translation>
    </message>
    <message>
        <source>Start a service-needs assessment without a visit</source>
        <translation>Aloita palvelutarpeen arvio ilman käyntiä</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected assessment.</source>
        <translation>Uusin ensin. Avaa valittu arvio painamalla Enter.</translation>
    </message>
    <message>
        <source>Double-click an assessment or press Enter to open it.</source>
        <translation>Avaa arvio kaksoisnapsauttamalla tai painamalla Enter.</translation>
    </message>
    <message>
        <source>Service-needs assessments</source>
        <translation>Palvelutarpeen arviot</translation>
    </message>
    <message>
        <source>Supported decision-making</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <source>New &amp;decision-making session</source>
        <translation>Uusi tuettu &amp;päätöksenteko</translation>
    </message>
    <message>
        <source>Start a supported decision-making session without a visit</source>
        <translation>Aloita tuetun päätöksenteon kirjaus ilman käyntiä</translation>
    </message>
    <message>
        <source>Decision-making sessions</source>
        <translation>Tuetun päätöksenteon kirjaukset</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected session.</source>
        <translation>Uusin ensin. Avaa valittu kirjaus painamalla Enter.</translation>
    </message>
    <message>
        <source>Double-click a session or press Enter to open it.</source>
        <translation>Avaa kirjaus kaksoisnapsauttamalla tai painamalla Enter.</translation>
    </message>
    <message>
        <source>No decision-making sessions yet.</source>
        <translation>Tuetun päätöksenteon kirjauksia ei vielä ole.</translation>
    </message>
    <message>
        <source>{way}, {date}</source>
        <translation>{way}, {date}</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Vaihe: {phase}</translation>
    </message>
    <message>
        <source>{what} by {date} · {due}. {basis}.</source>
        <translation>{what} viimeistään {date} · {due}. {basis}.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Person</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Väliaikainen tunniste</translation>
    </message>
    <message>
        <source>Create a random identifier for a client whose identity code is not known</source>
        <translation>Luo satunnainen tunniste asiakkaalle, jonka henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Comes from the identity code.</source>
        <translation>Saatu henkilötunnuksesta.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Mikä kieli</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Osoite ja puhelin</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code and post office</source>
        <translation>Postinumero ja -toimipaikka</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Export the client&apos;s data…</source>
        <translation>Vie asiakkaan tiedot…</translation>
    </message>
    <message>
        <source>Everything this computer holds on the client, as one file, when the client asks for their data</source>
        <translation>Kaikki tällä tietokoneella olevat asiakkaan tiedot yhdeksi tiedostoksi, kun asiakas pyytää tietojaan</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Poista asiakas…</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Väliaikainen tunniste</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Mikä kieli</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Viestintätavat</translation>
    </message>
    <message>
        <source>How I communicate</source>
        <translation>Miten viestin</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Day the client-hood ended</source>
        <translation>Asiakkuuden päättymispäivä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Katselu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisäys</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Ratkaisi synkronoinnin ristiriidan</translation>
    </message>
    <message>
        <source>Removed from this computer</source>
        <translation>Poistettu tältä tietokoneelta</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listaus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Close persons</source>
        <translation>Läheiset</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <source>Visits and assessments</source>
        <translation>Käynnit ja arviot</translation>
    </message>
    <message>
        <source>Plan and budget</source>
        <translation>Suunnitelma ja budjetti</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <source>← Clients</source>
        <translation>← Asiakkaat</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Takaisin asiakaslistaan (Alt+Vasen nuoli tai Esc)</translation>
    </message>
    <message>
        <source>Double-click a name, relation or phone number to change it. Changes are saved automatically.</source>
        <translation>Voit muuttaa nimeä, suhdetta tai puhelinnumeroa kaksoisnapsauttamalla sitä. Muutokset tallentuvat automaattisesti.</translation>
    </message>
    <message>
        <source>Add close person…</source>
        <translation>Lisää läheinen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the selected close person</source>
        <translation>Poista valittu läheinen</translation>
    </message>
    <message>
        <source>Roles of the selected person</source>
        <translation>Valitun henkilön roolit</translation>
    </message>
    <message>
        <source>How I communicate and how to support me</source>
        <translation>Miten viestin ja miten minua voi tukea</translation>
    </message>
    <message>
        <source>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</source>
        <translation>Asiakkaan omin sanoin, esim. ”Ymmärrän parhaiten, kun näytät minulle kuvan.”</translation>
    </message>
    <message>
        <source>Everyone who has viewed, listed or changed this client&apos;s data, and why, newest first. The client has the right to see this log.</source>
        <translation>Kaikki, jotka ovat katselleet, listanneet tai muuttaneet asiakkaan tietoja, ja miksi, uusimmat ensin. Asiakkaalla on oikeus nähdä tämä loki.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <source>Documents and other client data handed to someone outside the organisation: what, to whom, how, on what basis and why. The client has the right to see these too.</source>
        <translation>Asiakirjat ja muut asiakastiedot, jotka on annettu organisaation ulkopuolelle: mitä, kenelle, miten, millä perusteella ja miksi. Asiakkaalla on oikeus nähdä myös nämä.</translation>
    </message>
    <message>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (ei enää kunta)</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</source>
        <translation>Poistetaanko asiakkaan {name} tiedot? Asiakas ja hänen läheisensä poistuvat asiakaslistaltasi. Poisto kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Henkilön {name} roolit</translation>
    </message>
    <message>
        <source>{name} – {field}: {reason}</source>
        <translation>{name} – {field}: {reason}</translation>
    </message>
    <message>
        <source>Remove close person</source>
        <translation>Poista läheinen</translation>
    </message>
    <message>
        <source>Remove {name} from the close persons of this client?</source>
        <translation>Poistetaanko henkilö {name} tämän asiakkaan läheisistä?</translation>
    </message>
    <message>
        <source>Client-hood ended on {closed}. The retention period of the client&apos;s records ends on {ends}; reopening the client stops it.</source>
        <translation>Asiakkuus päättyi {closed}. Asiakastietojen säilytysaika päättyy {ends}. Jos asiakkuus avataan uudelleen, säilytysajan laskenta keskeytyy.</translation>
    </message>
    <message>
        <source>client-data-{date}.json</source>
        <translation>asiakastiedot-{date}.json</translation>
    </message>
    <message>
        <source>Export the data of {name}</source>
        <translation>Asiakkaan tietojen vienti: {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Asiakkaan tiedot viety</translation>
    </message>
    <message>
        <source>Everything this computer holds on {name} is in {file}: {records} records and {entries} access-log entries. The export is recorded in the access log as made at the client&apos;s own request. The central records may hold more: the administrator exports those.</source>
        <translation>Kaikki tällä tietokoneella olevat asiakkaan tiedot ({name}) ovat tiedostossa {file}: {records} kirjausta ja {entries} käyttölokin merkintää. Vienti on merkitty käyttölokiin asiakkaan omasta pyynnöstä tehdyksi. Asiakastietojärjestelmässä voi olla enemmän tietoja: ne vie pääkäyttäjä.</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>Asiakkaan tietoja ei viety</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space or choose another place and try again.</source>
        <translation>Levy on täynnä, joten tiedostoa ei tallennettu. Vapauta tilaa tai valitse toinen paikka ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>Tiedostoa ei voitu tallentaa siihen paikkaan. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus, tai valitse toinen paikka.</translation>
    </message>
</context>
<context>
    <name>ClientPlanWidget</name>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>&amp;Draft the plan</source>
        <translation>&amp;Laadi suunnitelma</translation>
    </message>
    <message>
        <source>Start the client plan; the situation, support needs and strengths are taken from the latest completed assessment</source>
        <translation>Aloita asiakassuunnitelma; tilanne, tuen tarpeet ja vahvuudet tulevat viimeisimmästä valmiista arvioinnista</translation>
    </message>
    <message>
        <source>&amp;Continue draft</source>
        <translation>&amp;Jatka luonnosta</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>&amp;Avaa suunnitelma</translation>
    </message>
    <message>
        <source>The plan in force; a new version is made from there</source>
        <translation>Voimassa oleva suunnitelma; uusi versio tehdään sieltä</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Suunnitelman versiot</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected version.</source>
        <translation>Uusin ensin. Avaa valittu versio painamalla Enter.</translation>
    </message>
    <message>
        <source>No client plan yet.</source>
        <translation>Asiakassuunnitelmaa ei vielä ole.</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Create &amp;budget…</source>
        <translation>Laadi &amp;budjetti…</translation>
    </message>
    <message>
        <source>A personal budget for the plan&apos;s supports, with the reference cost as its ceiling</source>
        <translation>Henkilökohtainen budjetti suunnitelman tuille; viitekustannus on sen yläraja</translation>
    </message>
    <message>
        <source>Personal budgets</source>
        <translation>Henkilökohtaiset budjetit</translation>
    </message>
    <message>
        <source>Latest period first. Press Enter to open the selected budget.</source>
        <translation>Uusin kausi ensin. Avaa valittu budjetti painamalla Enter.</translation>
    </message>
    <message>
        <source>No personal budget. Personal budgeting is one way to arrange the supports of the plan, when it suits the client.</source>
        <translation>Ei henkilökohtaista budjettia. Henkilökohtainen budjetointi on yksi tapa järjestää suunnitelman tuet, kun se sopii asiakkaalle.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>&amp;Review the plan…</source>
        <translation>A&amp;rvioi suunnitelma…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected review.</source>
        <translation>Uusin ensin. Avaa valittu arviointi painamalla Enter.</translation>
    </message>
    <message>
        <source>No reviews yet. At a review, the client and you rate how far each goal has been reached.</source>
        <translation>Arviointeja ei vielä ole. Arvioinnissa asiakas ja sinä arvioitte, kuinka pitkälle kukin tavoite on toteutunut.</translation>
    </message>
    <message>
        <source>In force: version {version}, agreed on {date}.</source>
        <translation>Voimassa: versio {version}, hyväksytty {date}.</translation>
    </message>
    <message>
        <source>Review on {date}.</source>
        <translation>Arviointi {date}.</translation>
    </message>
    <message>
        <source>No agreed plan yet.</source>
        <translation>Hyväksyttyä suunnitelmaa ei vielä ole.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>Versio {version} on luonnos.</translation>
    </message>
    <message>
        <source>&amp;Continue the review</source>
        <translation>&amp;Jatka arviointia</translation>
    </message>
    <message>
        <source>Rate with the client how far each goal has been reached, and ask how things are</source>
        <translation>Arvioi asiakkaan kanssa, kuinka pitkälle kukin tavoite on toteutunut, ja kysy, mitä kuuluu</translation>
    </message>
    <message>
        <source>A plan is reviewed once it has been agreed.</source>
        <translation>Suunnitelma arvioidaan, kun se on hyväksytty.</translation>
    </message>
    <message>
        <source>Draft the client plan first: a budget is built from its supports.</source>
        <translation>Laadi ensin asiakassuunnitelma: budjetti kootaan sen tuista.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>All cards are sorted.</source>
        <translation>Kaikki kortit on lajiteltu.</translation>
    </message>
    <message>
        <source>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</source>
        <translation>Paina 1, jos hyvä. Paina 2, jos et tiedä. Paina 3, jos ei hyvä. Paina 0, niin kortti palaa takaisin. Nuolilla siirryt kortista toiseen.</translation>
    </message>
    <message>
        <source>{title}: {column}.</source>
        <translation>{title}: {column}.</translation>
    </message>
    <message>
        <source>The arrow keys or Tab go back to the cards.</source>
        <translation>Nuolinäppäimillä tai sarkaimella pääset takaisin kortteihin.</translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <translation>Lajiteltavat kortit</translation>
    </message>
    <message>
        <source>Column: {name}</source>
        <translation>Sarake: {name}</translation>
    </message>
    <message>
        <source>Card: {title}. In column: {column}.</source>
        <translation>Kortti: {title}. Sarakkeessa: {column}.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>En tiedä</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ei hyvä</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Ei vielä valittu</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Tosi huono</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Huono</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Ihan ok</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Tosi hyvä</translation>
    </message>
    <message>
        <source>Choice {number} of {count}</source>
        <translation>Vaihtoehto {number}/{count}</translation>
    </message>
    <message>
        <source>Press a number from 1 to 5, or use the arrow keys and Enter.</source>
        <translation>Paina numeroa 1–5. Tai valitse nuolilla ja paina Enter.</translation>
    </message>
    <message>
        <source>You chose: {answer}</source>
        <translation>Valitsit: {answer}</translation>
    </message>
    <message>
        <source>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</source>
        <translation>Paina ja pidä pohjassa {seconds} sekuntia. Tai pidä Esc-näppäintä pohjassa {seconds} sekuntia.</translation>
    </message>
    <message>
        <source>Back to the counsellor&apos;s view</source>
        <translation>Takaisin ohjaajan näkymään</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Miten sinulla menee?</translation>
    </message>
    <message>
        <source>Client view</source>
        <translation>Asiakasnäkymä</translation>
    </message>
</context>
<context>
    <name>ClientVisitsPart</name>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>&amp;Suunnittele käynti…</translation>
    </message>
    <message>
        <source>Plan a visit ahead: day, time, way and place. Start it when you arrive.</source>
        <translation>Suunnittele käynti etukäteen: päivä, kellonaika, tapaamisen muoto ja paikka. Aloita käynti, kun olet perillä.</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected visit.</source>
        <translation>Uusin ensin. Avaa valittu käynti painamalla Enter.</translation>
    </message>
    <message>
        <source>Double-click a visit or press Enter to open it: a planned visit to start, move or cancel it, an ended one to read it.</source>
        <translation>Avaa käynti kaksoisnapsauttamalla tai painamalla Enter: suunnitellun voit aloittaa, siirtää tai perua, päättyneen voit lukea.</translation>
    </message>
    <message>
        <source>No visits yet. Plan one ahead, or start a visit when you meet.</source>
        <translation>Käyntejä ei vielä ole. Suunnittele käynti etukäteen tai aloita käynti tavatessanne.</translation>
    </message>
</context>
<context>
    <name>ClosePersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
</context>
<context>
    <name>ConflictGroupBox</name>
    <message>
        <source>Before both changes</source>
        <translation>Ennen muutoksia</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Oma muutokseni</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Toinen muutos</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pidä oma muutokseni</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Pidä toinen muutos</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Pidä molemmat tekstit</translation>
    </message>
    <message>
        <source>Keep both (all items)</source>
        <translation>Pidä molemmat (kaikki kohdat)</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Yhdistä itse</translation>
    </message>
    <message>
        <source>Suggested merge: their changes added to your text. You can edit it.</source>
        <translation>Ehdotus: toisen muutokset on lisätty omaan tekstiisi. Voit muokata sitä.</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Yhdistetty teksti</translation>
    </message>
    <message>
        <source>Some of their changes did not fit into your text. Read the suggestion closely and correct it by hand before you resolve.</source>
        <translation>Kaikki toisen muutokset eivät sopineet tekstiisi. Lue ehdotus huolellisesti ja korjaa se itse ennen kuin ratkaiset ristiriidan.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the conflicts again (F5)</source>
        <translation>Lue ristiriidat uudelleen (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Takaisin (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkronoinnin ristiriidat</translation>
    </message>
    <message>
        <source>The same information was changed differently on two devices. Choose what the record keeps; the next sync sends your choice.</source>
        <translation>Samaa tietoa on muutettu eri tavoin kahdella laitteella. Valitse, mikä jää voimaan; seuraava synkronointi lähettää valintasi.</translation>
    </message>
    <message>
        <source>No conflicts. When the same information is changed differently on two devices, it appears here for you to decide.</source>
        <translation>Ei ristiriitoja. Kun samaa tietoa muutetaan eri tavoin kahdella laitteella, se tulee tähän ratkaistavaksesi.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Ratkaise</translation>
    </message>
    <message>
        <source>Save the chosen values in the record; the next sync sends them</source>
        <translation>Tallenna valitut tiedot; seuraava synkronointi lähettää ne</translation>
    </message>
    <message>
        <source>[{name}, {time}]</source>
        <translation>[{name}, {time}]</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>oma</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>toinen</translation>
    </message>
    <message>
        <source>Conflict resolved. The next sync sends your choice.</source>
        <translation>Ristiriita ratkaistu. Seuraava synkronointi lähettää valintasi.</translation>
    </message>
    <message>
        <source>{record} of {client}</source>
        <translation>{client}: {record}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>Mine: changed by {mine} on {mine_at}. Theirs: changed by {theirs} on {theirs_at}.</source>
        <translation>Oma muutokseni: {mine} {mine_at}. Toinen muutos: {theirs} {theirs_at}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>The record keeps what you choose; the other values stay in the conflict&apos;s record.</source>
        <translation>Valitsemasi tieto jää voimaan; muut arvot säilyvät ristiriidan tiedoissa.</translation>
    </message>
    <message>
        <source>Choose for every group what the record keeps.</source>
        <translation>Valitse jokaisesta kohdasta, mikä jää voimaan.</translation>
    </message>
</context>
<context>
    <name>CreateBudgetDialog</name>
    <message>
        <source>New personal budget</source>
        <translation>Uusi henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Create budget</source>
        <translation>Luo budjetti</translation>
    </message>
    <message>
        <source>The budget starts with a line for each priced support of the plan, and the reference cost from the price list on the first day of the period. Go through them with the client on the next page. A period can be at most two years.</source>
        <translation>Budjetti saa valmiiksi rivin jokaisesta suunnitelman hinnoitellusta tuesta ja viitekustannuksen hinnastosta kauden ensimmäisen päivän hinnoin. Käy ne läpi asiakkaan kanssa seuraavalla sivulla. Kausi voi olla enintään kaksi vuotta.</translation>
    </message>
    <message>
        <source>&amp;Reason for the overlap</source>
        <translation>Päällekkäisyyden &amp;syy</translation>
    </message>
    <message>
        <source>The client has no other budget in use. Budgets of one client may share days only with a written reason.</source>
        <translation>Asiakkaalla ei ole muita käytössä olevia budjetteja. Saman asiakkaan budjettien kaudet saavat mennä päällekkäin vain kirjatusta syystä.</translation>
    </message>
    <message>
        <source>{start}–{end} ({state})</source>
        <translation>{start}–{end} ({state})</translation>
    </message>
    <message>
        <source>The client&apos;s budgets in use: {budgets}. A new budget may share days with them only with a written reason, e.g. a new decision that replaces one from a given day.</source>
        <translation>Asiakkaan käytössä olevat budjetit: {budgets}. Uuden budjetin kausi saa mennä niiden kanssa päällekkäin vain kirjatusta syystä, esim. kun uusi päätös korvaa aiemman tietystä päivästä alkaen.</translation>
    </message>
    <message>
        <source>Required: the period overlaps the budget of {start}–{end}. Why are two budgets needed for the same days?</source>
        <translation>Pakollinen: kausi on päällekkäin budjetin {start}–{end} kanssa. Miksi samoille päiville tarvitaan kaksi budjettia?</translation>
    </message>
    <message>
        <source>Needed only when the period overlaps another budget</source>
        <translation>Tarvitaan vain, jos kausi on päällekkäin toisen budjetin kanssa</translation>
    </message>
    <message>
        <source>Period &amp;starts</source>
        <translation>Kausi &amp;alkaa</translation>
    </message>
    <message>
        <source>Period &amp;ends</source>
        <translation>Kausi &amp;päättyy</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
</context>
<context>
    <name>DecideBudgetDialog</name>
    <message>
        <source>Decide the personal budget</source>
        <translation>Päätä henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Päätä</translation>
    </message>
    <message>
        <source>A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and realised use) goes on.</source>
        <translation>Päätetty budjetti lukitaan: muutos vaatii uuden päätöksen. Seuranta (maksusitoumukset ja toteutunut käyttö) jatkuu.</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>Päätös&amp;päivä</translation>
    </message>
    <message>
        <source>Decision &amp;number</source>
        <translation>Päätöksen &amp;numero</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Supporter chosen by the client</source>
        <translation>Asiakkaan valitsema tukihenkilö</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Selkokieli</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Kuvat tai symbolit</translation>
    </message>
    <message>
        <source>Sorting into good / not sure / not good</source>
        <translation>Lajittelu: hyvä / en tiedä / ei hyvä</translation>
    </message>
    <message>
        <source>Communication device (AAC)</source>
        <translation>Kommunikointilaite (AAC)</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Tukiviittomat</translation>
    </message>
    <message>
        <source>Sign-language interpreter</source>
        <translation>Viittomakielen tulkki</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Samaa mieltä</translation>
    </message>
    <message>
        <source>Partly agrees</source>
        <translation>Osittain samaa mieltä</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Eri mieltä</translation>
    </message>
    <message>
        <source>Could not express an opinion</source>
        <translation>Ei pystynyt ilmaisemaan mielipidettään</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – tosi huono</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – huono</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – ihan ok</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – hyvä</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – tosi hyvä</translation>
    </message>
    <message>
        <source>1. The decision at hand</source>
        <translation>1. Mistä päätetään</translation>
    </message>
    <message>
        <source>&amp;Decision to make</source>
        <translation>&amp;Päätettävä asia</translation>
    </message>
    <message>
        <source>In your own words: what is to be decided, and why now.</source>
        <translation>Omin sanoin: mistä päätetään ja miksi nyt.</translation>
    </message>
    <message>
        <source>In &amp;plain language for the client</source>
        <translation>&amp;Selkokielellä asiakkaalle</translation>
    </message>
    <message>
        <source>One short sentence with everyday words. The client sees it in the client view.</source>
        <translation>Yksi lyhyt lause arkisin sanoin. Asiakas näkee sen asiakasnäkymässä.</translation>
    </message>
    <message>
        <source>Smaller parts of the decision</source>
        <translation>Päätöksen pienemmät osat</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Osa</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Päätöksen osat</translation>
    </message>
    <message>
        <source>Add a pa&amp;rt</source>
        <translation>&amp;Lisää osa</translation>
    </message>
    <message>
        <source>Add a par&amp;ticipant</source>
        <translation>Lisää osallistu&amp;ja</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>&amp;Miten asiakkaan tahto selvitettiin</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Lisää e&amp;riävä näkemys</translation>
    </message>
    <message>
        <source>Follow &amp;up by</source>
        <translation>Seuranta v&amp;iimeistään</translation>
    </message>
    <message>
        <source>Ask with the picture &amp;scale</source>
        <translation>K&amp;ysy kuva-asteikolla</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>osa {number}</translation>
    </message>
    <message>
        <source>A big decision is easier in small steps, e.g. where, with whom, when.</source>
        <translation>Iso päätös on helpompi pienissä osissa, esim. missä, kenen kanssa, milloin.</translation>
    </message>
    <message>
        <source>Informs the &amp;assessment</source>
        <translation>Liittyy &amp;arvioon</translation>
    </message>
    <message>
        <source>Optional: the client&apos;s needs assessment this decision belongs to.</source>
        <translation>Vapaaehtoinen: asiakkaan palvelutarpeen arvio, johon päätös liittyy.</translation>
    </message>
    <message>
        <source>2. Who took part and how</source>
        <translation>2. Ketkä osallistuivat ja miten</translation>
    </message>
    <message>
        <source>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</source>
        <translation>Asiakas on aina mukana. Asiakas valitsee tukihenkilöt; tukihenkilö auttaa asiakasta päättämään mutta ei koskaan päätä hänen puolestaan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Suhde asiakkaaseen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>osallistuja {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Toistaiseksi vain asiakas ja sinä.</translation>
    </message>
    <message>
        <source>Communication methods used</source>
        <translation>Käytetyt kommunikointitavat</translation>
    </message>
    <message>
        <source>Other &amp;method</source>
        <translation>M&amp;uu tapa</translation>
    </message>
    <message>
        <source>Aids used</source>
        <translation>Käytetyt apuvälineet</translation>
    </message>
    <message>
        <source>e.g. a picture folder, tablet, photos of the places</source>
        <translation>esim. kuvakansio, tabletti, valokuvat paikoista</translation>
    </message>
    <message>
        <source>3. Options and the client&apos;s reactions</source>
        <translation>3. Vaihtoehdot ja asiakkaan reaktiot</translation>
    </message>
    <message>
        <source>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</source>
        <translation>Näytä yksi vaihtoehto kerrallaan kuvan kanssa. Asiakas voi lajitella ne asiakasnäkymässä (F5): hyvä, en tiedä, ei hyvä.</translation>
    </message>
    <message>
        <source>4. Outcome</source>
        <translation>4. Lopputulos</translation>
    </message>
    <message>
        <source>The d&amp;ecision</source>
        <translation>Päät&amp;ös</translation>
    </message>
    <message>
        <source>What the client decided.</source>
        <translation>Mitä asiakas päätti.</translation>
    </message>
    <message>
        <source>Questions asked and the client&apos;s answers</source>
        <translation>Esitetyt kysymykset ja asiakkaan vastaukset</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Client&apos;s answer</source>
        <translation>Asiakkaan vastaus</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Kysymykset ja vastaukset</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Lisää &amp;kysymys</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>kysymys {number}</translation>
    </message>
    <message>
        <source>No questions recorded.</source>
        <translation>Kysymyksiä ei ole kirjattu.</translation>
    </message>
    <message>
        <source>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</source>
        <translation>esim. asiakas osoitti kuvia ja vastasi kyllä jokaiseen; kokeili paikkaa päivän ajan.</translation>
    </message>
    <message>
        <source>Does the client agree with the decision?</source>
        <translation>Onko asiakas samaa mieltä päätöksestä?</translation>
    </message>
    <message>
        <source>Why the client could not express an opinion</source>
        <translation>Miksi asiakas ei pystynyt ilmaisemaan mielipidettään</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Others&apos; views are recorded beside the client&apos;s, never instead of it.</source>
        <translation>Muiden näkemykset kirjataan asiakkaan näkemyksen rinnalle, ei koskaan sen sijaan.</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Kenen näkemys</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Näkemys</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>näkemys {number}</translation>
    </message>
    <message>
        <source>No differing views.</source>
        <translation>Ei eriäviä näkemyksiä.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Seuraavat askel&amp;eet</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <source>“How are things?” – the client&apos;s answer</source>
        <translation>”Miten sinulla menee?” – asiakkaan vastaus</translation>
    </message>
    <message>
        <source>Asked with the picture scale in the client view, or set here.</source>
        <translation>Kysytään kuva-asteikolla asiakasnäkymässä tai merkitään tähän.</translation>
    </message>
    <message>
        <source>Opens the client view with five faces, from very bad to very good</source>
        <translation>Avaa asiakasnäkymän, jossa on viisi kasvoa tosi huonosta tosi hyvään</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Ei liitetty</translation>
    </message>
</context>
<context>
    <name>DecisionSessionPage</name>
    <message>
        <source>Supported decision-making</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <source>Client view (F5)</source>
        <translation>Asiakasnäkymä (F5)</translation>
    </message>
    <message>
        <source>A full-screen view for the client: big text and pictures, sorting the options</source>
        <translation>Koko näytön näkymä asiakkaalle: isot tekstit ja kuvat, vaihtoehtojen lajittelu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed session</source>
        <translation>Tee uusi versio muuttaaksesi valmista kirjausta</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <source>Check what is required and lock the session (Ctrl+Enter)</source>
        <translation>Tarkista pakolliset tiedot ja lukitse kirjaus (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Before completing, record:</source>
        <translation>Kirjaa ennen valmiiksi merkitsemistä:</translation>
    </message>
    <message>
        <source>What to record before completing</source>
        <translation>Mitä pitää kirjata ennen valmiiksi merkitsemistä</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can complete the session now (Ctrl+Enter).</source>
        <translation>Kaikki tarvittava on kirjattu. Voit nyt merkitä kirjauksen valmiiksi (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Tuettu päätöksenteko</translation>
    </message>
    <message>
        <source>Decision-making session with {name}</source>
        <translation>Tuettu päätöksenteko: {name}</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Luonnos, aloitettu {date}</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Valmis {date}</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <source>{status} · version {version}</source>
        <translation>{status} · versio {version}</translation>
    </message>
    <message>
        <source>Reason for the amendment: {reason}</source>
        <translation>Muutoksen syy: {reason}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>merkitty valmiiksi {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>muuttaaksesi tee uusi versio: Muuta…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>uudempi versio korvaa tämän</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>tämä säilyy sellaisenaan</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>Amend the session</source>
        <translation>Muuta kirjausta</translation>
    </message>
    <message>
        <source>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</source>
        <translation>Valmista kirjausta ei muuteta. Muuttaminen tekee uuden version samalla sisällöllä luonnokseksi, jota voit muokata ja jonka voit merkitä uudelleen valmiiksi. Syy säilyy jokaisen uudessa versiossa tehdyn muutoksen yhteydessä.</translation>
    </message>
</context>
<context>
    <name>DemoSetupWindow</name>
    <message>
        <source>Sopiva Desk – preparing the demo</source>
        <translation>Sopiva Desk – esittelyprofiilia valmistellaan</translation>
    </message>
    <message>
        <source>Creating the demo profile and its encryption key…</source>
        <translation>Luodaan esittelyprofiilia ja sen salausavainta…</translation>
    </message>
    <message>
        <source>Adding 200 fictional clients across Etelä-Savo…</source>
        <translation>Lisätään 200 kuvitteellista asiakasta eri puolille Etelä-Savoa…</translation>
    </message>
    <message>
        <source>Adding visits, needs assessments, decision-making sessions, plans and budgets…</source>
        <translation>Lisätään käyntejä, palvelutarpeen arvioita, päätöksenteon tuen tapaamisia, suunnitelmia ja budjetteja…</translation>
    </message>
    <message>
        <source>Connecting the demo profile to the demo&apos;s central records on this computer and sending its data there…</source>
        <translation>Yhdistetään esittelyprofiilia tällä tietokoneella toimivaan esittelyn asiakastietojärjestelmään ja lähetetään sen tiedot sinne…</translation>
    </message>
    <message>
        <source>Preparing a second demo profile, colleague Sanna Laitinen, on the same central records…</source>
        <translation>Valmistellaan toista esittelyprofiilia, työtoveri Sanna Laitista, samaan asiakastietojärjestelmään…</translation>
    </message>
    <message>
        <source>Preparing the demo profile</source>
        <translation>Esittelyprofiilia valmistellaan</translation>
    </message>
    <message>
        <source>This happens only the first time. All clients in the demo are invented.</source>
        <translation>Tämä tehdään vain ensimmäisellä kerralla. Kaikki esittelyn asiakkaat ovat keksittyjä.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Kirjaa tietojen luovutus</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Kirjaa luovutus</translation>
    </message>
    <message>
        <source>Record every time client data is handed to someone outside the services, e.g. another authority or a service provider. The client may ask to see these entries.</source>
        <translation>Kirjaa aina, kun asiakastietoja luovutetaan palvelujen ulkopuolelle, esim. toiselle viranomaiselle tai palveluntuottajalle. Asiakas voi pyytää nähdä nämä merkinnät.</translation>
    </message>
    <message>
        <source>{title}, document ID {id}</source>
        <translation>{title}, asiakirjan tunnus {id}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>Mitä l&amp;uovutettiin</translation>
    </message>
    <message>
        <source>&amp;Also disclosed</source>
        <translation>Myös l&amp;uovutettu</translation>
    </message>
    <message>
        <source>e.g. the dates of the home visits, or a copy of the needs assessment</source>
        <translation>esim. kotikäyntien päivämäärät tai kopio palvelutarpeen arviosta</translation>
    </message>
    <message>
        <source>optional: other papers or information handed over with the document</source>
        <translation>vapaaehtoinen: muut asiakirjan mukana annetut paperit tai tiedot</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Vastaanottaja</translation>
    </message>
    <message>
        <source>a person or an office, e.g. Kela, Mikkeli office</source>
        <translation>henkilö tai toimipiste, esim. Kela, Mikkelin toimisto</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;organisation</source>
        <translation>Vastaanottajan &amp;organisaatio</translation>
    </message>
    <message>
        <source>optional, e.g. Social Insurance Institution</source>
        <translation>vapaaehtoinen, esim. Kansaneläkelaitos</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Tapa</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ei kerrottu</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Paperilla</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Puhelimessa</translation>
    </message>
    <message>
        <source>Orally in a meeting</source>
        <translation>Suullisesti tapaamisessa</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Kirjaa luovutus…</translation>
    </message>
    <message>
        <source>Client data given to someone outside the services other than as a document printed here, e.g. by phone</source>
        <translation>Asiakastietoja annettu palvelujen ulkopuolelle muuten kuin täällä tulostettuna asiakirjana, esim. puhelimessa</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Peruste</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>A law allows or requires it</source>
        <translation>Laki sallii tai velvoittaa</translation>
    </message>
    <message>
        <source>The client&apos;s consent</source>
        <translation>Asiakkaan suostumus</translation>
    </message>
    <message>
        <source>&amp;Law or consent</source>
        <translation>&amp;Laki tai suostumus</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Käyttötarkoitus</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Päivä&amp;määrä</translation>
    </message>
    <message>
        <source>optional: how the consent was given, e.g. in writing</source>
        <translation>vapaaehtoinen: miten suostumus annettiin, esim. kirjallisesti</translation>
    </message>
    <message>
        <source>e.g. Client Data Act 703/2023 § 17</source>
        <translation>esim. asiakastietolaki 703/2023 17 §</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Law</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>paperilla</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>sähköisesti</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>puhelimessa</translation>
    </message>
    <message>
        <source>orally in a meeting</source>
        <translation>suullisesti tapaamisessa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Mitä luovutettiin</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation>Luovuttaja</translation>
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
        <translation>Vie PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Preview, print or export this record as a document</source>
        <translation>Esikatsele, tulosta tai vie tämä kirjaus asiakirjana</translation>
    </message>
    <message>
        <source>{document}…</source>
        <translation>{document}…</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Asiakirjaa ei voitu muodostaa.</translation>
    </message>
    <message>
        <source>The language of the document. The client&apos;s language is chosen first; the language of the app does not change it.</source>
        <translation>Asiakirjan kieli. Oletuksena on asiakkaan kieli; sovelluksen kieli ei muuta sitä.</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Asiakirjan &amp;kieli</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Loitonna (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sovita leveyteen</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Koko sivu</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Suurennus</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Lähennä (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Asiakirjaa muodostetaan…</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>Kirjaa luovutus…</translation>
    </message>
    <message>
        <source>Record that this document was handed to someone outside the services: to whom, on what basis and why</source>
        <translation>Kirjaa, että asiakirja luovutettiin palvelujen ulkopuolelle: kenelle, millä perusteella ja miksi</translation>
    </message>
    <message>
        <source>Mark for printing at the office</source>
        <translation>Merkitse tulostettavaksi toimistolla</translation>
    </message>
    <message>
        <source>Put the document in the office&apos;s print queue, e.g. when you have no printer on the road</source>
        <translation>Lisää asiakirja toimiston tulostusjonoon, esim. kun sinulla ei ole tulostinta mukana</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file, optionally with a password</source>
        <translation>Tallenna asiakirja PDF-tiedostoksi, halutessasi salasanalla suojattuna</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Tulosta asiakirja (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF-tiedostoa tallennetaan…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Tulostetaan…</translation>
    </message>
    <message>
        <source>{client} · Document ID {id}</source>
        <translation>{client} · Asiakirjan tunnus {id}</translation>
    </message>
    <message>
        <source>{document} – {client}</source>
        <translation>{document} – {client}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sivu</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} sivua</translation>
    </message>
    <message>
        <source>Marked for printing at the office ({language}).</source>
        <translation>Merkitty tulostettavaksi toimistolla ({language}).</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF tallennettu: {file}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF-tiedostoa ei tallennettu.</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Tulostetaan sivua {done}/{total}…</translation>
    </message>
    <message>
        <source>Printing was cancelled or failed.</source>
        <translation>Tulostus peruttiin tai epäonnistui.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>Disclosure to {recipient} recorded.</source>
        <translation>Luovutus vastaanottajalle {recipient} kirjattu.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Client plan (official)</source>
        <translation>Asiakassuunnitelma (virallinen)</translation>
    </message>
    <message>
        <source>Plain-language plan for the client</source>
        <translation>Selkokielinen suunnitelma asiakkaalle</translation>
    </message>
    <message>
        <source>Supported decision-making record</source>
        <translation>Tuetun päätöksenteon kirjaus</translation>
    </message>
    <message>
        <source>Needs assessment summary</source>
        <translation>Palvelutarpeen arvion yhteenveto</translation>
    </message>
    <message>
        <source>Personal budget statement</source>
        <translation>Henkilökohtaisen budjetin selvitys</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
</context>
<context>
    <name>DraftAssessment</name>
    <message>
        <source>An assessment is still in draft</source>
        <translation>Arvio on vielä luonnoksena</translation>
    </message>
    <message>
        <source>This client has a service-needs assessment in draft, started {started}.

Continue it, or start a new assessment beside it?</source>
        <translation>Asiakkaalla on palvelutarpeen arvio luonnoksena, aloitettu {started}.

Jatketaanko sitä, vai aloitetaanko sen rinnalle uusi arvio?</translation>
    </message>
    <message>
        <source>Continue the draft (started {started})</source>
        <translation>Jatka luonnosta (aloitettu {started})</translation>
    </message>
    <message>
        <source>Start a new assessment anyway</source>
        <translation>Aloita silti uusi arvio</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Tietokoneen käyttöönotto</translation>
    </message>
    <message>
        <source>Connect this computer to your organisation&apos;s central records, so your work is kept there too and your clients&apos; records come here. IT support gives you the server address and a one-time code.</source>
        <translation>Liitä tämä tietokone organisaatiosi asiakastietojärjestelmään, niin työsi tallentuu myös sinne ja asiakkaidesi tiedot tulevat tälle koneelle. Saat palvelimen osoitteen ja kertakäyttöisen käyttöönottokoodin IT-tuelta.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {server} as {user}. Enrolling again, for example after its access was revoked, needs a new code.</source>
        <translation>Tämä tietokone on liitetty palvelimeen {server} käyttäjänä {user}. Uudelleen liittämiseen, esimerkiksi käyttöoikeuden perumisen jälkeen, tarvitaan uusi koodi.</translation>
    </message>
    <message>
        <source>A server on this computer (testing)</source>
        <translation>Palvelin tällä tietokoneella (testaus)</translation>
    </message>
    <message>
        <source>Allows a plain http address on this computer only. Never used for a server on the network.</source>
        <translation>Sallii salaamattoman http-osoitteen vain tällä tietokoneella. Ei koskaan verkossa olevalle palvelimelle.</translation>
    </message>
    <message>
        <source>IT support sees this name in their list of computers.</source>
        <translation>IT-tuki näkee tämän nimen tietokoneluettelossaan.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Valitse varmennetiedosto…</translation>
    </message>
    <message>
        <source>If IT support gave you the organisation&apos;s certificate (CA) file, choose it: then only that certificate is trusted.</source>
        <translation>Jos sait IT-tuelta organisaation varmennetiedoston (CA), valitse se: silloin luotetaan vain siihen varmenteeseen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Palvelimen osoite:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Käyttöönottokoodi:</translation>
    </message>
    <message>
        <source>Name of this computer:</source>
        <translation>Tietokoneen nimi:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Varmenne:</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Yhdistetään asiakastietojärjestelmään…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Tarkista palvelimen varmenne</translation>
    </message>
    <message>
        <source>This computer does not know the server&apos;s security certificate. Call IT support and read them the fingerprint below. Trust the certificate only if it is the same as theirs: otherwise someone may be pretending to be the server.</source>
        <translation>Tämä tietokone ei tunne palvelimen varmennetta. Soita IT-tukeen ja lue heille alla oleva sormenjälki. Luota varmenteeseen vain, jos se on sama kuin heillä: muuten joku voi esiintyä palvelimena.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Palvelin:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Myönnetty:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Myöntäjä:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Voimassa:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Sormenjälki (SHA-256):</translation>
    </message>
    <message>
        <source>Trust this certificate and enrol</source>
        <translation>Luota varmenteeseen ja ota käyttöön</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>As usual: the certificates this computer trusts</source>
        <translation>Tavalliseen tapaan: varmenteet, joihin tämä tietokone luottaa</translation>
    </message>
    <message>
        <source>Only the server&apos;s own certificate, checked with IT support</source>
        <translation>Vain palvelimen oma varmenne, tarkistettu IT-tuen kanssa</translation>
    </message>
    <message>
        <source>Only {name} (valid until {date})</source>
        <translation>Vain {name} (voimassa {date} asti)</translation>
    </message>
    <message>
        <source>Organisation&apos;s certificate (CA)</source>
        <translation>Organisaation varmenne (CA)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>the server itself (self-signed)</source>
        <translation>palvelin itse (itse allekirjoitettu)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Fingerprint: {groups}</source>
        <translation>Sormenjälki: {groups}</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this address, so it cannot be trusted: {problem}. Contact IT support.</source>
        <translation>Tätä varmennetta ei voi käyttää tälle osoitteelle, joten siihen ei voi luottaa: {problem}. Ota yhteyttä IT-tukeen.</translation>
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
        <translation>Tarkista tiedot</translation>
    </message>
    <message>
        <source>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</source>
        <translation>Valitettavasti Sopiva Deskissä tapahtui ohjelmavirhe. Kaikki tallentamasi on tallessa.</translation>
    </message>
    <message>
        <source>A crash report without client data was saved to:</source>
        <translation>Virheraportti ilman asiakastietoja tallennettiin tiedostoon:</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>The PDF file holds client data. Protect it with a password when it leaves your computer.</source>
        <translation>PDF-tiedostossa on asiakastietoja. Suojaa se salasanalla, kun se lähtee tietokoneeltasi.</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Suojaa PDF salasanalla</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Salasanan vahvuus</translation>
    </message>
    <message>
        <source>Give the password to the recipient another way, e.g. by phone – never in the same message as the file.</source>
        <translation>Kerro salasana vastaanottajalle muuta kautta, esim. puhelimessa – ei koskaan samassa viestissä kuin tiedosto.</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Sal&amp;asana</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Uudelleen</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Valitse tallennuspaikka…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Enter a password, or export without one.</source>
        <translation>Kirjoita salasana tai vie ilman salasanaa.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>Liian pitkä salasana: enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>Show changes of this field…</source>
        <translation>Näytä kentän muutokset…</translation>
    </message>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (pakollinen)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Tyhjennä vastaus</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Jätä tämä kysymys vastaamatta</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create a profile – Sopiva Desk</source>
        <translation>Luo profiili – Sopiva Desk</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Luo profiili</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <source>e.g. “I want to live in my own home.”</source>
        <translation>esim. ”Haluan asua omassa kodissa.”</translation>
    </message>
    <message>
        <source>e.g. I have moved by the spring</source>
        <translation>esim. Olen muuttanut kevääseen mennessä</translation>
    </message>
    <message>
        <source>The goal in the client&apos;s own words</source>
        <translation>Tavoite asiakkaan omin sanoin</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Elämänalue</translation>
    </message>
    <message>
        <source>What will show the goal is reached</source>
        <translation>Mistä tavoitteen saavuttaminen näkyy</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>No supports yet: what helps the client reach this goal?</source>
        <translation>Ei vielä tukia: mikä auttaa asiakasta saavuttamaan tämän tavoitteen?</translation>
    </message>
    <message>
        <source>Add a su&amp;pport</source>
        <translation>Lisää t&amp;uki</translation>
    </message>
    <message>
        <source>Supports for this goal</source>
        <translation>Tavoitteen tuet</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Tavoite {number}</translation>
    </message>
    <message>
        <source>Remove goal {number}</source>
        <translation>Poista tavoite {number}</translation>
    </message>
    <message>
        <source>Add a support to goal {number}</source>
        <translation>Lisää tuki tavoitteeseen {number}</translation>
    </message>
    <message>
        <source>Pictogram of goal {number}</source>
        <translation>Tavoitteen {number} kuvasymboli</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>No goals yet. Write each goal with the client, in the client&apos;s own words.</source>
        <translation>Ei vielä tavoitteita. Kirjatkaa jokainen tavoite yhdessä asiakkaan kanssa, asiakkaan omin sanoin.</translation>
    </message>
    <message>
        <source>Add a &amp;goal</source>
        <translation>Lisää ta&amp;voite</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Muu kieli</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Puhe</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Selkokieli</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Kuvat tai symbolit</translation>
    </message>
    <message>
        <source>AAC device</source>
        <translation>Puhetta tukeva tai korvaava laite (AAC)</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Tukiviittomat</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Viittomakieli</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arvio</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Toteutus</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Legal guardian or trustee</source>
        <translation>Edunvalvoja</translation>
    </message>
    <message>
        <source>Chosen supporter in decision-making</source>
        <translation>Valittu tukihenkilö päätöksenteossa</translation>
    </message>
    <message>
        <source>Has tasks in the client plan</source>
        <translation>Tehtäviä asiakassuunnitelmassa</translation>
    </message>
    <message>
        <source>Client work</source>
        <translation>Asiakastyö</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Suunnittelu</translation>
    </message>
    <message>
        <source>Decision preparation</source>
        <translation>Päätöksen valmistelu</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Hallinto</translation>
    </message>
    <message>
        <source>The client&apos;s own request</source>
        <translation>Asiakkaan oma pyyntö</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <source>Locked: {state} — {how}</source>
        <translation>Lukittu: {state} — {how}</translation>
    </message>
    <message>
        <source>The fields of this version are read-only.</source>
        <translation>Tämän version kenttiä voi vain lukea.</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Remove synced closed cases…</source>
        <translation>&amp;Poista synkronoidut päättyneet asiakkuudet…</translation>
    </message>
    <message>
        <source>Closed cases that are on the central records server can be removed from this computer</source>
        <translation>Päättyneet asiakkuudet, jotka ovat kokonaan asiakastietojärjestelmässä, voi poistaa tältä tietokoneelta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>Read only: the data file is damaged</source>
        <translation>Vain luku: tietotiedosto on vioittunut</translation>
    </message>
    <message>
        <source>&amp;Export the client&apos;s data…</source>
        <translation>&amp;Vie asiakkaan tiedot…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Tä&amp;nään</translation>
    </message>
    <message>
        <source>Your visits, drafts, reviews and deadlines for today and this week</source>
        <translation>Tämän päivän ja viikon käyntisi, luonnokset, arvioinnit ja määräajat</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>Personal &amp;budgets overview</source>
        <translation>Henkilökohtaisten &amp;budjettien yhteenveto</translation>
    </message>
    <message>
        <source>Every client with a personal budget: budgets against reference costs, realised costs and goal attainment</source>
        <translation>Kaikki asiakkaat, joilla on henkilökohtainen budjetti: budjetit suhteessa viitekustannuksiin, toteutuneet kustannukset ja tavoitteiden saavuttaminen</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>&amp;Tulostusjono</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office, and those printed</source>
        <translation>Toimistolla tulostettaviksi merkityt ja jo tulostetut asiakirjat</translation>
    </message>
    <message>
        <source>Sy&amp;nc conflicts</source>
        <translation>Synkronoinnin &amp;ristiriidat</translation>
    </message>
    <message>
        <source>Information changed differently on two devices, for you to decide</source>
        <translation>Kahdella laitteella eri tavoin muutetut tiedot ratkaistavaksesi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Assessment &amp;templates…</source>
        <translation>Arvioinnin &amp;lomakepohjat…</translation>
    </message>
    <message>
        <source>&amp;About Sopiva Desk</source>
        <translation>&amp;Tietoja Sopiva Desk -sovelluksesta</translation>
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
        <translation>Kirjautunut: {name}</translation>
    </message>
    <message>
        <source>Template files left out: {count}</source>
        <translation>Lomakepohjia jätetty pois: {count}</translation>
    </message>
    <message>
        <source>Some assessment template files have errors. Click to see which and why.</source>
        <translation>Joissakin arvioinnin lomakepohjissa on virheitä. Napsauta nähdäksesi mitkä ja miksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this computer.</source>
        <translation>
            <numerusform>%n asiakkuus poistettiin tältä tietokoneelta.</numerusform>
            <numerusform>%n asiakkuutta poistettiin tältä tietokoneelta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stayed: changed meanwhile.</source>
        <translation>
            <numerusform>%n jäi: sitä muutettiin sillä välin.</numerusform>
            <numerusform>%n jäi: niitä muutettiin sillä välin.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Personal budgets</source>
        <translation>← Henkilökohtaiset budjetit</translation>
    </message>
    <message>
        <source>Back to the personal budgets overview (Alt+Left or Esc)</source>
        <translation>Takaisin henkilökohtaisten budjettien yhteenvetoon (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>← Today</source>
        <translation>← Tänään</translation>
    </message>
    <message>
        <source>Back to the Today page (Alt+Left or Esc)</source>
        <translation>Takaisin Tänään-sivulle (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Aloita käynti</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Liian pitkä: enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Poista näkymättömät ohjausmerkit.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Valitse arvo luettelosta.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Anna luku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <source>Too many rows: at most {max}.</source>
        <translation>Liian monta riviä: enintään {max}.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 7,5.</source>
        <translation>Kirjoita luku, esim. 12 tai 7,5.</translation>
    </message>
    <message>
        <source>Use at most {decimals} decimals.</source>
        <translation>Käytä enintään {decimals} desimaalia.</translation>
    </message>
    <message>
        <source>This assessment is completed and locked. Amend it to make changes.</source>
        <translation>Arviointi on valmis ja lukittu. Tee muutokset uutena versiona (Muuta arviota).</translation>
    </message>
    <message>
        <source>Only a completed assessment can be amended.</source>
        <translation>Vain valmista arviointia voi muuttaa uutena versiona.</translation>
    </message>
    <message>
        <source>This decision-making session is completed and locked. Amend it to make changes.</source>
        <translation>Tuetun päätöksenteon kirjaus on valmis ja lukittu. Tee muutokset uutena versiona.</translation>
    </message>
    <message>
        <source>Only a completed decision-making session can be amended.</source>
        <translation>Vain valmista päätöksenteon kirjausta voi muuttaa uutena versiona.</translation>
    </message>
    <message>
        <source>Choose at least one way the decision-making was supported.</source>
        <translation>Valitse vähintään yksi tapa, jolla päätöksentekoa tuettiin.</translation>
    </message>
    <message>
        <source>Add at least one option shown to the client.</source>
        <translation>Lisää vähintään yksi asiakkaalle näytetty vaihtoehto.</translation>
    </message>
    <message>
        <source>Record how the client&apos;s will was found out, or the questions asked and the answers.</source>
        <translation>Kirjaa, miten asiakkaan tahto selvitettiin, tai esitetyt kysymykset ja vastaukset.</translation>
    </message>
    <message>
        <source>Record whether the client agrees with the decision.</source>
        <translation>Kirjaa, onko asiakas samaa mieltä päätöksestä.</translation>
    </message>
    <message>
        <source>Record why the client could not express a view on the decision.</source>
        <translation>Kirjaa, miksi asiakas ei pystynyt ilmaisemaan mielipidettään päätöksestä.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Nimessä on oltava kirjaimia.</translation>
    </message>
    <message>
        <source>A name cannot contain digits. Was this meant for another field?</source>
        <translation>Nimessä ei voi olla numeroita. Kuuluiko tämä toiseen kenttään?</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</source>
        <translation>Kirjoita puhelinnumero, esim. 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A postal code has five digits, e.g. 50100.</source>
        <translation>Postinumerossa on viisi numeroa, esim. 50100.</translation>
    </message>
    <message>
        <source>Write the date as d.m.yyyy, e.g. 7.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa p.k.vvvv, esim. 7.12.2026.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 7.12.2026.</source>
        <translation>Kirjoita vuosi neljällä numerolla, esim. 7.12.2026.</translation>
    </message>
    <message>
        <source>{text} is not a date: a year has 12 months.</source>
        <translation>{text} ei ole päivämäärä: vuodessa on 12 kuukautta.</translation>
    </message>
    <message>
        <source>{text} is not a date: that month has {days} days.</source>
        <translation>{text} ei ole päivämäärä: siinä kuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date is more than 130 years ago.</source>
        <translation>Päivämäärä on yli 130 vuoden takaa.</translation>
    </message>
    <message>
        <source>Enter a time as hh.mm, e.g. 9.30 or 14.00.</source>
        <translation>Kirjoita kellonaika muodossa hh.mm, esim. 9.30 tai 14.00.</translation>
    </message>
    <message>
        <source>A visit can be planned for today or a later day.</source>
        <translation>Käynnin voi suunnitella tälle päivälle tai myöhemmäksi.</translation>
    </message>
    <message>
        <source>A visit can be planned at most two years ahead.</source>
        <translation>Käynnin voi suunnitella enintään kahden vuoden päähän.</translation>
    </message>
    <message>
        <source>This visit is no longer planned: it has been started or cancelled.</source>
        <translation>Käynti ei ole enää suunniteltu: se on jo aloitettu tai peruttu.</translation>
    </message>
    <message>
        <source>This visit has not been started, so it cannot be ended.</source>
        <translation>Käyntiä ei ole aloitettu, joten sitä ei voi päättää.</translation>
    </message>
    <message>
        <source>This visit was cancelled and can no longer be changed.</source>
        <translation>Käynti on peruttu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</source>
        <translation>Käytä 3–30 kirjainta, numeroa tai yhdysmerkkiä, esim. TMP-7K3M-Q9XD.</translation>
    </message>
    <message>
        <source>Enter the identity code, or a temporary identifier if the code is not known.</source>
        <translation>Kirjoita henkilötunnus tai, jos sitä ei tiedetä, väliaikainen tunniste.</translation>
    </message>
    <message>
        <source>Enter the identity code.</source>
        <translation>Kirjoita henkilötunnus.</translation>
    </message>
    <message>
        <source>An identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>The identity code is not in the form ddmmyy-nnnX.</source>
        <translation>Henkilötunnus ei ole muotoa ppkkvv-nnnX.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Seitsemännen merkin on oltava vuosisadan ilmaiseva välimerkki: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The identity code does not begin with a real date.</source>
        <translation>Henkilötunnuksen alussa ei ole oikea päivämäärä.</translation>
    </message>
    <message>
        <source>Individual numbers 000 and 001 are not used.</source>
        <translation>Yksilönumeroita 000 ja 001 ei käytetä.</translation>
    </message>
    <message>
        <source>The check character does not match. Check the code for a typing error.</source>
        <translation>Tarkistusmerkki ei täsmää. Tarkista, onko tunnuksessa kirjoitusvirhe.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Henkilötunnuksen mukainen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>Tämä henkilötunnus on jo toisella asiakkaalla.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Kirjoita tunnuslause.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Käytä vähintään 12 merkkiä.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add a few more unrelated words of your own.</source>
        <translation>Liian helppo arvata. Lisää vielä muutama oma, toisiinsa liittymätön sana.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
    <message>
        <source>This client has a needs assessment in draft: continue it, or start another deliberately.</source>
        <translation>Asiakkaalla on palvelutarpeen arvio luonnoksena: jatka sitä tai aloita uusi harkiten.</translation>
    </message>
    <message>
        <source>A visit with this client is still open. Continue it, or start a new one deliberately.</source>
        <translation>Asiakkaan käynti on vielä auki. Jatka sitä tai aloita uusi käynti tietoisesti.</translation>
    </message>
    <message>
        <source>A visit is still open: end it to see its summary.</source>
        <translation>Käynti on yhä auki: päätä se, niin näet yhteenvedon.</translation>
    </message>
    <message>
        <source>A visit is planned for {since}.</source>
        <translation>Käynti on suunniteltu päivälle {since}.</translation>
    </message>
    <message>
        <source>The visit planned for {since} was not started: start, move or cancel it.</source>
        <translation>Päivälle {since} suunniteltua käyntiä ei aloitettu: aloita, siirrä tai peru se.</translation>
    </message>
    <message>
        <source>Draft assessment from {since} is unfinished.</source>
        <translation>Arvioluonnos {since} on kesken.</translation>
    </message>
    <message>
        <source>Amendment (version {version}) from {since} is unfinished.</source>
        <translation>Korjaus (versio {version}) {since} on kesken.</translation>
    </message>
    <message>
        <source>No service-needs assessment yet. Start one during a visit or with New assessment.</source>
        <translation>Palvelutarpeen arviota ei ole vielä tehty. Aloita se käynnillä tai valitsemalla Uusi arvio.</translation>
    </message>
    <message>
        <source>Assessment completed on {since}. Next: the client plan.</source>
        <translation>Arvio valmistui {since}. Seuraavaksi: asiakassuunnitelma.</translation>
    </message>
    <message>
        <source>Draft plan (version {version}) from {since} is not agreed yet.</source>
        <translation>Suunnitelman luonnosta (versio {version}, {since}) ei ole vielä hyväksytty.</translation>
    </message>
    <message>
        <source>The plan&apos;s review was due on {since}.</source>
        <translation>Suunnitelman arviointi oli määrä tehdä {since}.</translation>
    </message>
    <message>
        <source>A decision-making session started on {since} is unfinished.</source>
        <translation>Tuetun päätöksenteon kirjaus {since} on kesken.</translation>
    </message>
    <message>
        <source>Follow up the decision-making session by {since}.</source>
        <translation>Seuraa tuetun päätöksenteon toteutumista viimeistään {since}.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Väärä tunnuslause. Tarkista Caps Lock ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>Liian monta väärää yritystä. Voit yrittää uudelleen {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged. Sopiva Desk has not changed it and writes nothing into it.</source>
        <translation>Tämän profiilin tietotiedosto on vioittunut. Sopiva Desk ei ole muuttanut sitä eikä kirjoita siihen mitään.</translation>
    </message>
    <message>
        <source>Not done: the data file of this profile is damaged, so Sopiva Desk writes nothing into it, not even the access log entry that opening client information needs. What you typed stays on screen until you lock or close Sopiva Desk. Tell IT support.</source>
        <translation>Ei tehty: tämän profiilin tietotiedosto on vioittunut, joten Sopiva Desk ei kirjoita siihen mitään, ei edes käyttölokimerkintää, jonka asiakastietojen avaaminen vaatii. Kirjoittamasi teksti pysyy näytöllä, kunnes lukitset tai suljet Sopiva Deskin. Ilmoita IT-tukeen.</translation>
    </message>
    <message>
        <source>The data file in this profile&apos;s folder belongs to another profile: the files have been swapped or copied. It has not been opened or changed. Ask IT support to put the right file back.</source>
        <translation>Tämän profiilin kansiossa oleva tietotiedosto kuuluu toiselle profiilille: tiedostot on vaihdettu tai kopioitu. Sitä ei ole avattu eikä muutettu. Pyydä IT-tukea palauttamaan oikea tiedosto paikalleen.</translation>
    </message>
    <message>
        <source>This profile&apos;s key file belongs to another profile: the files have been swapped or copied. Your passphrase was not tried and no failed attempt was counted. Ask IT support to put the right file back.</source>
        <translation>Tämän profiilin avaintiedosto kuuluu toiselle profiilille: tiedostot on vaihdettu tai kopioitu. Tunnuslausettasi ei kokeiltu, eikä yritystä laskettu epäonnistuneeksi. Pyydä IT-tukea palauttamaan oikea tiedosto paikalleen.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. Contact IT support.</source>
        <translation>Tämän profiilin tietotiedosto puuttuu. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</source>
        <translation>Tämän profiilin tietotiedostoa ei ole salattu, joten se ei ole Sopiva Desk -sovelluksen tekemä. Tiedostoa ei ole avattu. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The profile settings file cannot be read. Contact IT support.</source>
        <translation>Profiilin asetustiedostoa ei voi lukea. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The recovery key or its password is wrong, or it belongs to another organisation.</source>
        <translation>Palautusavain tai sen salasana on väärä, tai avain kuuluu toiselle organisaatiolle.</translation>
    </message>
    <message>
        <source>The disk is full. Your last change was not saved; free some space and it will be saved again.</source>
        <translation>Levy on täynnä. Viimeisintä muutostasi ei tallennettu. Vapauta tilaa, niin muutos tallennetaan uudelleen.</translation>
    </message>
    <message>
        <source>The data file could not be read or written. Check the disk and try again.</source>
        <translation>Tietotiedostoa ei voitu lukea tai kirjoittaa. Tarkista levy ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This file is not a Sopiva Desk backup, or it is damaged or incomplete. Nothing was created. Choose another backup file.</source>
        <translation>Tiedosto ei ole Sopiva Deskin varmuuskopio, tai se on vioittunut tai keskeneräinen. Mitään ei luotu. Valitse toinen varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sopiva Desk. Update the app and try again.</source>
        <translation>Varmuuskopio on tehty Sopiva Deskin uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The backup folder cannot be found. Is the USB drive or network folder connected? Choose the folder again in Settings if it has moved.</source>
        <translation>Varmuuskopioiden kansiota ei löydy. Onko USB-muisti tai verkkokansio yhdistetty? Jos kansio on siirtynyt, valitse se uudelleen asetuksista.</translation>
    </message>
    <message>
        <source>The backup did not fit: the disk or drive is full. Free some space or choose another folder. Your data is unchanged.</source>
        <translation>Varmuuskopio ei mahtunut: levy tai muisti on täynnä. Vapauta tilaa tai valitse toinen kansio. Tietosi ovat ennallaan.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check, so it was not kept. The earlier backup is as it was. Try again; if it fails again, contact IT support.</source>
        <translation>Varmuuskopio kirjoitettiin, mutta se ei läpäissyt tarkistusta, joten sitä ei säilytetty. Aiempi varmuuskopio on ennallaan. Yritä uudelleen. Jos se epäonnistuu taas, ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The profile is open in Sopiva Desk. Lock or close the app, then try again.</source>
        <translation>Profiili on auki Sopiva Deskissä. Lukitse tai sulje sovellus ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key is not on this computer, so the recovery envelope could not be sealed again. Nothing was changed. Contact IT support.</source>
        <translation>Organisaation palautusavain ei ole tällä tietokoneella, joten palautuskuorta ei voitu sinetöidä uudelleen. Mitään ei muutettu. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Ask IT support to make it writable; what you typed stays here and is saved once it is.</source>
        <translation>Sovelluksen tietokansioon ei voi kirjoittaa, joten mitään ei voi tallentaa. Pyydä IT-tukea antamaan kansioon kirjoitusoikeus. Kirjoittamasi teksti pysyy tässä ja tallentuu, kun kansioon voi taas kirjoittaa.</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been removed.</source>
        <translation>Tätä tietoa ei ole enää olemassa. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, e.g. 1 234,50.</source>
        <translation>Kirjoita summa euroina, esim. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Too large: at most {max}.</source>
        <translation>Liian suuri: enintään {max}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Too large a quantity: at most {max}.</source>
        <translation>Liian suuri määrä: enintään {max}.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</source>
        <translation>Valitse maksusitoumus, palveluseteli, ostopalvelu tai oma tuotanto. Asiakkaalle ei koskaan makseta rahaa.</translation>
    </message>
    <message>
        <source>The client cannot be the payee: money goes to the service provider, never to the client.</source>
        <translation>Asiakas ei voi olla maksun saaja: raha maksetaan palveluntuottajalle, ei koskaan asiakkaalle.</translation>
    </message>
    <message>
        <source>A budget period can be at most {years} years.</source>
        <translation>Budjettikausi voi olla enintään {years} vuotta.</translation>
    </message>
    <message>
        <source>More than the period can hold: at most {max}.</source>
        <translation>Enemmän kuin kaudelle mahtuu: enintään {max}.</translation>
    </message>
    <message>
        <source>This line refers to a support that is not in the client plan.</source>
        <translation>Rivi viittaa tukeen, jota ei ole asiakassuunnitelmassa.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Lisää vähintään yksi budjettirivi.</translation>
    </message>
    <message>
        <source>The budget is over the reference cost: write a justification before it is decided.</source>
        <translation>Budjetti ylittää viitekustannuksen: kirjoita perustelu ennen päätöstä.</translation>
    </message>
    <message>
        <source>This change of state is not possible: a budget goes from indicative to decided to closed.</source>
        <translation>Tilaa ei voi muuttaa näin: budjetti etenee alustavasta päätetyksi ja suljetuksi.</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision.</source>
        <translation>Budjetti on päätetty ja lukittu. Muutos vaatii uuden päätöksen.</translation>
    </message>
    <message>
        <source>This budget is closed and can no longer be changed.</source>
        <translation>Budjetti on suljettu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Use can be recorded only after the budget is decided.</source>
        <translation>Käyttöä voi kirjata vasta, kun budjetti on päätetty.</translation>
    </message>
    <message>
        <source>This use is not linked to any line of the budget.</source>
        <translation>Käyttöä ei ole liitetty mihinkään budjetin riviin.</translation>
    </message>
    <message>
        <source>No payment commitment has this number.</source>
        <translation>Tällä numerolla ei ole maksusitoumusta.</translation>
    </message>
    <message>
        <source>Over-used: {realised} used of {allocated}.</source>
        <translation>Ylikäyttö: käytetty {realised}, budjetoitu {allocated}.</translation>
    </message>
    <message>
        <source>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</source>
        <translation>Selvä alikäyttö: käytetty {realised}, alle {percent} % tähän mennessä odotetusta {expected}.</translation>
    </message>
    <message>
        <source>Payment commitment {number} is exceeded: {used} used of at most {max}.</source>
        <translation>Maksusitoumus {number} ylittyy: käytetty {used}, enimmäissumma {max}.</translation>
    </message>
    <message>
        <source>This use is dated outside the validity of payment commitment {number}.</source>
        <translation>Käytön päivä on maksusitoumuksen {number} voimassaoloajan ulkopuolella.</translation>
    </message>
    <message>
        <source>This budget already has a payment commitment with this number.</source>
        <translation>Budjetissa on jo maksusitoumus tällä numerolla.</translation>
    </message>
    <message>
        <source>This use is dated outside the budget period.</source>
        <translation>Käytön päivä on budjettikauden ulkopuolella.</translation>
    </message>
    <message>
        <source>Used ahead of time: {realised} used, {expected} expected by now. At this pace the money runs out around {runs_out}.</source>
        <translation>Käyttö etenee aikaa nopeammin: käytetty {realised}, tähän mennessä odotettu {expected}. Tällä vauhdilla raha loppuu noin {runs_out}.</translation>
    </message>
    <message>
        <source>The units at the line&apos;s unit price make {computed}, not {amount}: write why the amount differs, or correct it.</source>
        <translation>Yksiköt rivin yksikköhinnalla tekevät {computed}, ei {amount}: kirjoita, miksi summa eroaa, tai korjaa se.</translation>
    </message>
    <message>
        <source>The period overlaps the client&apos;s budget of {start}–{end}: write why two budgets are needed for the same days, or choose a period that starts after it ends.</source>
        <translation>Kausi on päällekkäin asiakkaan budjetin {start}–{end} kanssa: kirjoita, miksi samoille päiville tarvitaan kaksi budjettia, tai valitse kausi, joka alkaa sen päätyttyä.</translation>
    </message>
    <message>
        <source>Realised use is recorded under this payment commitment: correct or cancel those entries first.</source>
        <translation>Tälle maksusitoumukselle on kirjattu toteutunutta käyttöä: korjaa tai peru ensin ne kirjaukset.</translation>
    </message>
    <message>
        <source>The role map must list the client exactly once (now {count}).</source>
        <translation>Roolikartassa pitää olla asiakas täsmälleen kerran (nyt {count}).</translation>
    </message>
    <message>
        <source>Add the own worker to the role map.</source>
        <translation>Lisää omatyöntekijä roolikarttaan.</translation>
    </message>
    <message>
        <source>This person is already in the role map in the same role.</source>
        <translation>Henkilö on jo roolikartassa samassa roolissa.</translation>
    </message>
    <message>
        <source>Write this person&apos;s tasks in the plan.</source>
        <translation>Kirjaa henkilön tehtävät tässä suunnitelmassa.</translation>
    </message>
    <message>
        <source>{name} provides a support but is not in the role map: add them with their tasks.</source>
        <translation>{name} antaa tukea, mutta puuttuu roolikartasta: lisää tehtävineen.</translation>
    </message>
    <message>
        <source>Add at least one goal in the client&apos;s own words.</source>
        <translation>Lisää vähintään yksi tavoite asiakkaan omin sanoin.</translation>
    </message>
    <message>
        <source>Record that the client was given an explanation of their rights and options.</source>
        <translation>Kirjaa, että asiakkaalle on selvitetty hänen oikeutensa ja vaihtoehtonsa.</translation>
    </message>
    <message>
        <source>The review date must be after the meeting date.</source>
        <translation>Tarkistuspäivän pitää olla neuvottelupäivän jälkeen.</translation>
    </message>
    <message>
        <source>The target date must be after the meeting date.</source>
        <translation>Tavoitepäivän pitää olla neuvottelupäivän jälkeen.</translation>
    </message>
    <message>
        <source>This version of the plan is locked. Make changes in a new version.</source>
        <translation>Tämä suunnitelman versio on lukittu. Tee muutokset uuteen versioon.</translation>
    </message>
    <message>
        <source>A draft of the plan is already open: continue it.</source>
        <translation>Suunnitelmasta on jo keskeneräinen luonnos: jatka sitä.</translation>
    </message>
    <message>
        <source>The client has no completed needs assessment yet. Complete it first, or write these yourself.</source>
        <translation>Asiakkaalla ei ole vielä valmista palvelutarpeen arviota. Viimeistele arvio ensin tai kirjoita nämä itse.</translation>
    </message>
    <message>
        <source>This computer does not sync with the central records.</source>
        <translation>Tämä tietokone ei synkronoi asiakastietojärjestelmän kanssa.</translation>
    </message>
    <message>
        <source>Not yet on the central records server.</source>
        <translation>Ei vielä asiakastietojärjestelmässä.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent.</source>
        <translation>Muutoksia odottaa lähettämistä.</translation>
    </message>
    <message>
        <source>Changes refused by the server.</source>
        <translation>Palvelin hylkäsi muutoksia.</translation>
    </message>
    <message>
        <source>A conflict waiting for a decision.</source>
        <translation>Ristiriita odottaa ratkaisua.</translation>
    </message>
    <message>
        <source>A value typed but not yet saved.</source>
        <translation>Kirjoitettu arvo, jota ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Changed on this computer since the last sync.</source>
        <translation>Muutettu tällä tietokoneella viimeisimmän synkronoinnin jälkeen.</translation>
    </message>
    <message>
        <source>Closed more recently than the setting allows.</source>
        <translation>Päättynyt äskettäisemmin kuin asetus sallii.</translation>
    </message>
    <message>
        <source>Choose off, 30, 90 or 180 days.</source>
        <translation>Valitse ei koskaan, 30, 90 tai 180 päivää.</translation>
    </message>
    <message>
        <source>Syncing with the central records failed.</source>
        <translation>Synkronointi asiakastietojärjestelmän kanssa epäonnistui.</translation>
    </message>
    <message>
        <source>This conflict was already resolved, on this or another device. The list has been updated.</source>
        <translation>Ristiriita on jo ratkaistu tällä tai toisella laitteella. Luettelo on päivitetty.</translation>
    </message>
    <message>
        <source>{url} is not a server address. Write it as https://records.example.fi.</source>
        <translation>{url} ei ole palvelimen osoite. Kirjoita se muodossa https://records.example.fi.</translation>
    </message>
    <message>
        <source>{url} is not a secure address. The central records can only be reached over https.</source>
        <translation>{url} ei ole suojattu osoite. Asiakastietojärjestelmään saa yhteyden vain https-osoitteella.</translation>
    </message>
    <message>
        <source>The central records cannot be reached. Check the network connection and try again. Your changes are kept on this computer.</source>
        <translation>Asiakastietojärjestelmään ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen. Muutoksesi säilyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The connection to the central records broke. Try again: nothing is lost or sent twice.</source>
        <translation>Yhteys asiakastietojärjestelmään katkesi. Yritä uudelleen: mitään ei katoa eikä lähde kahteen kertaan.</translation>
    </message>
    <message>
        <source>The central records did not answer in time. Try again when the connection is better.</source>
        <translation>Asiakastietojärjestelmä ei vastannut ajoissa. Yritä uudelleen, kun yhteys on parempi.</translation>
    </message>
    <message>
        <source>The server {host} was not found. Check the address and the network connection.</source>
        <translation>Palvelinta {host} ei löytynyt. Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent. Contact IT support.</source>
        <translation>Palvelimen varmenteeseen ei voi luottaa, joten mitään ei lähetetty. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>This computer is not yet connected to the central records. Ask IT support for an enrolment code.</source>
        <translation>Tätä tietokonetta ei ole vielä liitetty asiakastietojärjestelmään. Pyydä IT-tuelta käyttöönottokoodi.</translation>
    </message>
    <message>
        <source>This profile is already connected to another server ({url}).</source>
        <translation>Tämä profiili on jo liitetty toiseen palvelimeen ({url}).</translation>
    </message>
    <message>
        <source>The enrolment code was made for another user ({user}). Ask IT support for your own code.</source>
        <translation>Käyttöönottokoodi on tehty toiselle käyttäjälle ({user}). Pyydä IT-tuelta oma koodi.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask IT support for a new code.</source>
        <translation>Käyttöönottokoodi on väärä, jo käytetty tai vanhentunut. Pyydä IT-tuelta uusi koodi.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {retry_after} seconds.</source>
        <translation>Liian monta yritystä. Yritä uudelleen {retry_after} sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked. Contact IT support. Your changes are kept on this computer.</source>
        <translation>Tämän tietokoneen käyttöoikeus asiakastietojärjestelmään on peruttu. Ota yhteyttä IT-tukeen. Muutoksesi säilyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked, so it no longer syncs. Contact {contact}. Your changes are kept on this computer.</source>
        <translation>Tämän tietokoneen käyttöoikeus asiakastietojärjestelmään on peruttu, joten se ei enää synkronoi. Ota yhteyttä: {contact}. Muutoksesi säilyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The central records do not recognise this computer. Ask IT support to enrol it again.</source>
        <translation>Asiakastietojärjestelmä ei tunnista tätä tietokonetta. Pyydä IT-tukea ottamaan se uudelleen käyttöön.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong (server time {server_time}, this computer {device_time}). Correct the date and time, then try again.</source>
        <translation>Tämän tietokoneen kello on väärässä ajassa (palvelimen aika {server_time}, tämän tietokoneen {device_time}). Korjaa päivämäärä ja kellonaika ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The central records refused the request. Your changes are kept on this computer. Contact IT support and give them this detail: {detail}</source>
        <translation>Asiakastietojärjestelmä hylkäsi pyynnön. Muutoksesi ovat tallessa tällä tietokoneella. Ota yhteyttä IT-tukeen ja kerro heille tämä tieto: {detail}</translation>
    </message>
    <message>
        <source>The central records had a problem (error {status}). Try again later.</source>
        <translation>Asiakastietojärjestelmässä oli ongelma (virhe {status}). Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The client is not assigned to you in the central records. If the client is assigned to you again, the change is sent by itself; otherwise ask your supervisor.</source>
        <translation>Asiakas ei ole asiakastietojärjestelmässä sinun asiakkaasi. Jos asiakas osoitetaan sinulle uudelleen, muutos lähtee itsestään; muuten kysy esihenkilöltäsi.</translation>
    </message>
    <message>
        <source>The client&apos;s records have been removed from the central records for good, so the change cannot be sent. Contact IT support if it is still needed.</source>
        <translation>Asiakkaan tiedot on poistettu asiakastietojärjestelmästä pysyvästi, joten muutosta ei voi lähettää. Ota yhteyttä IT-tukeen, jos muutosta vielä tarvitaan.</translation>
    </message>
    <message>
        <source>The central records could not accept the change as it is. Contact IT support.</source>
        <translation>Asiakastietojärjestelmä ei voinut ottaa muutosta vastaan sellaisenaan. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>A history entry cannot be changed afterwards. Contact IT support.</source>
        <translation>Historiamerkintää ei voi muuttaa jälkikäteen. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The central records do not know this kind of record; the server may be older than this app. Contact IT support.</source>
        <translation>Asiakastietojärjestelmä ei tunne tämänlaista tietoa; palvelin voi olla tätä sovellusta vanhempi. Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The central records already have a client with this identity code. Check the code: if it was mistyped, correct it and the client is sent at the next sync. If it is the same person, the client is already in the central records: remove this copy, and the client comes to this computer at the next sync (ask your supervisor to assign the client to you if needed). What you wrote stays in the removed copy.</source>
        <translation>Asiakastietojärjestelmässä on jo asiakas, jolla on sama henkilötunnus. Tarkista tunnus: jos se on kirjoitettu väärin, korjaa se, niin asiakas lähtee seuraavassa synkronoinnissa. Jos kyse on samasta henkilöstä, asiakas on jo asiakastietojärjestelmässä: poista tämä kopio, niin asiakas tulee tälle tietokoneelle seuraavassa synkronoinnissa (pyydä tarvittaessa esihenkilöäsi osoittamaan asiakas sinulle). Kirjoittamasi tiedot säilyvät poistetussa kopiossa.</translation>
    </message>
    <message>
        <source>The budget already has a payment commitment with this number in the central records, made on another computer. If this is another commitment, correct its number; if it is the same one, cancel this copy. The change is sent at the next sync, and the other commitment then comes to this computer.</source>
        <translation>Budjetilla on asiakastietojärjestelmässä jo toisella tietokoneella tehty maksusitoumus, jolla on sama numero. Jos tämä on eri maksusitoumus, korjaa sen numero; jos se on sama, peru tämä kopio. Muutos lähtee seuraavassa synkronoinnissa, ja toinen maksusitoumus tulee silloin tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>The central records refused the change ({reason}). Contact IT support.</source>
        <translation>Asiakastietojärjestelmä hylkäsi muutoksen ({reason}). Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Jokin meni vikaan.</translation>
    </message>
    <message>
        <source>A review can be started only for an agreed plan.</source>
        <translation>Arvioinnin voi aloittaa vain hyväksytylle suunnitelmalle.</translation>
    </message>
    <message>
        <source>The plan has no goals to review.</source>
        <translation>Suunnitelmassa ei ole arvioitavia tavoitteita.</translation>
    </message>
    <message>
        <source>The review date cannot be before the plan was agreed.</source>
        <translation>Arviointipäivä ei voi olla ennen suunnitelman hyväksymistä.</translation>
    </message>
    <message>
        <source>This goal is not in the reviewed plan.</source>
        <translation>Tätä tavoitetta ei ole arvioitavassa suunnitelmassa.</translation>
    </message>
    <message>
        <source>Give your own rating of how far this goal has been reached.</source>
        <translation>Anna oma arviosi siitä, kuinka pitkälle tavoite on saavutettu.</translation>
    </message>
    <message>
        <source>The client has not rated every goal or answered “How are things?”: write in the notes why, e.g. the client did not want to answer today.</source>
        <translation>Asiakas ei ole arvioinut kaikkia tavoitteita tai vastannut kysymykseen ”Mitä kuuluu?”: kirjoita muistiinpanoihin miksi, esim. asiakas ei halunnut vastata tänään.</translation>
    </message>
    <message>
        <source>This review is completed and locked.</source>
        <translation>Arviointi on valmis ja lukittu.</translation>
    </message>
    <message>
        <source>A review is already open for this client: continue it.</source>
        <translation>Asiakkaalla on jo keskeneräinen arviointi: jatka sitä.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Check that the folder exists, or choose another place.</source>
        <translation>PDF-tiedostoa ei voitu tallentaa sinne. Tarkista, että kansio on olemassa, tai valitse toinen paikka.</translation>
    </message>
    <message>
        <source>You may not save files in that folder. Choose another place, e.g. your Documents folder.</source>
        <translation>Sinulla ei ole oikeutta tallentaa tiedostoja siihen kansioon. Valitse toinen paikka, esim. Tiedostot-kansio.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space or choose another place.</source>
        <translation>Levy on täynnä, joten PDF-tiedostoa ei tallennettu. Vapauta tilaa tai valitse toinen paikka.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>Liian pitkä salasana: enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>This document is no longer waiting in the print queue: someone printed or removed it.</source>
        <translation>Asiakirja ei ole enää tulostusjonossa: joku tulosti tai poisti sen.</translation>
    </message>
    <message>
        <source>Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17.</source>
        <translation>Nimeä laki ja pykälä, jonka perusteella tiedot luovutetaan, esim. asiakastietolaki 703/2023 17 §.</translation>
    </message>
    <message>
        <source>Say what was disclosed, e.g. the dates of the home visits, or a copy of the needs assessment.</source>
        <translation>Kerro, mitä luovutettiin, esim. kotikäyntien päivämäärät tai kopio palvelutarpeen arviosta.</translation>
    </message>
    <message>
        <source>The start of the period must come before its end.</source>
        <translation>Ajanjakson alun on oltava ennen sen loppua.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, e.g. kirjaamo@hyvinvointialue.fi.</source>
        <translation>Kirjoita sähköpostiosoite, esim. kirjaamo@hyvinvointialue.fi.</translation>
    </message>
    <message>
        <source>Enter a web address, e.g. www.hyvinvointialue.fi.</source>
        <translation>Kirjoita verkko-osoite, esim. www.hyvinvointialue.fi.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s OID as numbers separated by dots, e.g. 1.2.246.10.12345678.</source>
        <translation>Kirjoita organisaation OID-tunnus pisteillä erotettuina numeroina, esim. 1.2.246.10.12345678.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most {max_kb} KB.</source>
        <translation>Logotiedosto on liian suuri: enintään {max_kb} kt.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG picture as the logo.</source>
        <translation>Valitse logoksi PNG- tai SVG-kuva.</translation>
    </message>
    <message>
        <source>The picture cannot be read. Save it again as PNG or SVG and choose it again.</source>
        <translation>Kuvaa ei voi lukea. Tallenna se uudelleen PNG- tai SVG-muodossa ja valitse se uudelleen.</translation>
    </message>
    <message>
        <source>The logo must be {min}–{max} pixels wide and high.</source>
        <translation>Logon leveyden ja korkeuden on oltava {min}–{max} kuvapistettä.</translation>
    </message>
    <message>
        <source>This SVG uses scripts, entities or pictures from other files, which a document cannot print. Save it as a plain SVG or as PNG.</source>
        <translation>Tämä SVG käyttää skriptejä, entiteettejä tai muista tiedostoista haettavia kuvia, joita asiakirjaan ei voi tulostaa. Tallenna se tavallisena SVG:nä tai PNG-kuvana.</translation>
    </message>
    <message>
        <source>Not a part of the letterhead. Check the spelling against the administrator guide.</source>
        <translation>Ei ylätunnisteen osa. Tarkista kirjoitusasu ylläpitäjän ohjeesta.</translation>
    </message>
    <message>
        <source>Write this as text in quotation marks.</source>
        <translation>Kirjoita tämä tekstinä lainausmerkkeihin.</translation>
    </message>
    <message>
        <source>This is not a letterhead file (TOML, UTF-8). See the administrator guide for an example.</source>
        <translation>Tämä ei ole ylätunnistetiedosto (TOML, UTF-8). Katso esimerkki ylläpitäjän ohjeesta.</translation>
    </message>
    <message>
        <source>Your administrator has set the organisation&apos;s details. They cannot be changed here.</source>
        <translation>Ylläpitäjä on asettanut organisaation tiedot. Niitä ei voi muuttaa täällä.</translation>
    </message>
    <message>
        <source>{text} is not a date: January has {days} days.</source>
        <translation>{text} ei ole päivämäärä: tammikuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: February has {days} days.</source>
        <translation>{text} ei ole päivämäärä: helmikuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: March has {days} days.</source>
        <translation>{text} ei ole päivämäärä: maaliskuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: April has {days} days.</source>
        <translation>{text} ei ole päivämäärä: huhtikuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: May has {days} days.</source>
        <translation>{text} ei ole päivämäärä: toukokuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: June has {days} days.</source>
        <translation>{text} ei ole päivämäärä: kesäkuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: July has {days} days.</source>
        <translation>{text} ei ole päivämäärä: heinäkuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: August has {days} days.</source>
        <translation>{text} ei ole päivämäärä: elokuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: September has {days} days.</source>
        <translation>{text} ei ole päivämäärä: syyskuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: October has {days} days.</source>
        <translation>{text} ei ole päivämäärä: lokakuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: November has {days} days.</source>
        <translation>{text} ei ole päivämäärä: marraskuussa on {days} päivää.</translation>
    </message>
    <message>
        <source>{text} is not a date: December has {days} days.</source>
        <translation>{text} ei ole päivämäärä: joulukuussa on {days} päivää.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>&amp;Add client</source>
        <translation>Lisää &amp;asiakas</translation>
    </message>
    <message>
        <source>Birth date {date} (from the identity code)</source>
        <translation>Syntymäaika {date} (henkilötunnuksesta)</translation>
    </message>
    <message>
        <source>This is a temporary identity code.</source>
        <translation>Tämä on tilapäinen henkilötunnus.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</source>
        <translation>Kirjoita henkilötunnus, jos se tiedetään. Jos sitä ei tiedetä, luo väliaikainen tunniste. Henkilötunnuksen voi lisätä myöhemmin asiakkaan tietoihin.</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Etunimet</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>&amp;Temporary identifier</source>
        <translation>&amp;Väliaikainen tunniste</translation>
    </message>
    <message>
        <source>Only if the identity code is not known</source>
        <translation>Vain jos henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>Make a new temporary identifier for a client whose identity code is not known</source>
        <translation>Luo uusi väliaikainen tunniste asiakkaalle, jonka henkilötunnusta ei tiedetä</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>S&amp;yntymäaika</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Other language</source>
        <translation>&amp;Muu kieli</translation>
    </message>
    <message>
        <source>Which language, e.g. Arabic</source>
        <translation>Mikä kieli, esim. arabia</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>K&amp;unta</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Valitse kunta</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
</context>
<context>
    <name>OptionEditorCard</name>
    <message>
        <source>Short name of the option, e.g. Own flat in town</source>
        <translation>Vaihtoehdon lyhyt nimi, esim. Oma asunto keskustassa</translation>
    </message>
    <message>
        <source>In plain words for the client: what it means in everyday life</source>
        <translation>Selkeästi asiakkaalle: mitä se tarkoittaa arjessa</translation>
    </message>
    <message>
        <source>The client could try it out</source>
        <translation>Asiakas pääsi kokeilemaan</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Ei vielä valittu</translation>
    </message>
    <message>
        <source>What the client said about it, in their own words</source>
        <translation>Mitä asiakas sanoi siitä, omin sanoin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>option</source>
        <translation>vaihtoehto</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>selkeästi</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>asiakkaan omat sanat</translation>
    </message>
    <message>
        <source>client&apos;s reaction</source>
        <translation>asiakkaan reaktio</translation>
    </message>
    <message>
        <source>could try it out</source>
        <translation>pääsi kokeilemaan</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Selkeästi</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>Client&apos;s own words</source>
        <translation>Asiakkaan omat sanat</translation>
    </message>
    <message>
        <source>Client&apos;s reaction</source>
        <translation>Asiakkaan reaktio</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Vaihtoehto {number}</translation>
    </message>
    <message>
        <source>Pictogram of option {number}</source>
        <translation>Vaihtoehdon {number} kuvasymboli</translation>
    </message>
    <message>
        <source>Move option {number} up</source>
        <translation>Siirrä vaihtoehto {number} ylös</translation>
    </message>
    <message>
        <source>Move option {number} down</source>
        <translation>Siirrä vaihtoehto {number} alas</translation>
    </message>
    <message>
        <source>Remove option {number}</source>
        <translation>Poista vaihtoehto {number}</translation>
    </message>
</context>
<context>
    <name>OptionListEditor</name>
    <message>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>En tiedä</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ei hyvä</translation>
    </message>
    <message>
        <source>No options yet. Add the choices the client can make, one by one.</source>
        <translation>Ei vielä vaihtoehtoja. Lisää asiakkaan vaihtoehdot yksi kerrallaan.</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Lisää &amp;vaihtoehto</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Indicative</source>
        <translation>Alustava</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Over the reference cost by {amount}</source>
        <translation>Ylittää viitekustannuksen {amount}</translation>
    </message>
    <message>
        <source>Nothing allocated yet: the budget has no lines, or only lines at 0 €</source>
        <translation>Ei vielä budjetoitu: budjetissa ei ole rivejä tai kaikki rivit ovat 0 €</translation>
    </message>
    <message>
        <source>Within the reference cost (cost-neutral)</source>
        <translation>Viitekustannuksen rajoissa (kustannusneutraali)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Ei vielä arviointeja</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Viitekustannus</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budjetoitu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erotus</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Odotettu tähän mennessä</translation>
    </message>
    <message>
        <source>Use of allocation</source>
        <translation>Käyttö budjetoidusta</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Tavoitteiden saavuttamisen muutos</translation>
    </message>
    <message>
        <source>The cost-neutrality ceiling: the services the client is entitled to</source>
        <translation>Kustannusneutraaliuden yläraja: palvelut, joihin asiakkaalla on oikeus</translation>
    </message>
    <message>
        <source>The sum of the budget lines</source>
        <translation>Budjettirivien summa</translation>
    </message>
    <message>
        <source>Allocation minus reference cost; {mark} marks a budget over the reference cost</source>
        <translation>Budjetoitu miinus viitekustannus; {mark} merkitsee viitekustannuksen ylittävää budjettia</translation>
    </message>
    <message>
        <source>Realised use recorded so far</source>
        <translation>Tähän mennessä kirjattu toteutunut käyttö</translation>
    </message>
    <message>
        <source>The allocation in proportion to the part of the period gone by</source>
        <translation>Budjetoitu suhteessa kuluneeseen osaan kaudesta</translation>
    </message>
    <message>
        <source>Realised use as a share of the allocation</source>
        <translation>Toteutunut käyttö osuutena budjetoidusta</translation>
    </message>
    <message>
        <source>Change in goal attainment between reviews</source>
        <translation>Tavoitteiden saavuttamisen muutos arviointien välillä</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet. The file holds client data: keep it safe.</source>
        <translation>Tallenna taulukko CSV-tiedostoksi taulukkolaskentaa varten. Tiedostossa on asiakastietoja: säilytä se turvallisesti.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Takaisin (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>Personal budgets in the organisation</source>
        <translation>Henkilökohtaiset budjetit organisaatiossa</translation>
    </message>
    <message>
        <source>Clients with a personal budget</source>
        <translation>Asiakkaita, joilla henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Viitekustannus</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Budjetoitu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erotus</translation>
    </message>
    <message>
        <source>Realised / expected by now</source>
        <translation>Toteutunut / odotettu tähän mennessä</translation>
    </message>
    <message>
        <source>Cost-neutral budgets</source>
        <translation>Kustannusneutraaleja budjetteja</translation>
    </message>
    <message>
        <source>Goal attainment change, mean</source>
        <translation>Tavoitteiden saavuttamisen muutos, keskiarvo</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Suodata nimellä</translation>
    </message>
    <message>
        <source>Filter clients by name</source>
        <translation>Suodata asiakkaita nimellä</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työ käynnissä</translation>
    </message>
    <message>
        <source>Open budget</source>
        <translation>Avaa budjetti</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s budget (Enter or double-click)</source>
        <translation>Avaa valitun asiakkaan budjetti (Enter tai kaksoisnapsautus)</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Avaa asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s file (Ctrl+O)</source>
        <translation>Avaa valitun asiakkaan tiedot (Ctrl+O)</translation>
    </message>
    <message>
        <source>Personal budgets by client</source>
        <translation>Henkilökohtaiset budjetit asiakkaittain</translation>
    </message>
    <message>
        <source>Budgets in force on {date}</source>
        <translation>Voimassa olevat budjetit {date}</translation>
    </message>
    <message>
        <source>Over the reference cost in total</source>
        <translation>Yhteensä yli viitekustannuksen</translation>
    </message>
    <message>
        <source>Within the reference cost in total</source>
        <translation>Yhteensä viitekustannuksen rajoissa</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over, {empty} empty)</source>
        <translation>{neutral}/{clients} ({over} ylittää, {empty} tyhjää)</translation>
    </message>
    <message>
        <source>Empty: nothing allocated yet, so neither cost-neutral nor over</source>
        <translation>Tyhjä: ei vielä budjetoitu, joten ei kustannusneutraali eikä ylitä</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over)</source>
        <translation>{neutral}/{clients} ({over} ylittää)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Ei vielä arviointeja</translation>
    </message>
    <message>
        <source>Mean over {count} clients with reviews</source>
        <translation>Keskiarvo {count} asiakkaasta, joilla on arviointeja</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} asiakasta</translation>
    </message>
    <message>
        <source>{shown} of {count} clients</source>
        <translation>{shown}/{count} asiakasta</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Kausi alkaa</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Kausi päättyy</translation>
    </message>
    <message>
        <source>Reference cost (€)</source>
        <translation>Viitekustannus (€)</translation>
    </message>
    <message>
        <source>Allocation (€)</source>
        <translation>Budjetoitu (€)</translation>
    </message>
    <message>
        <source>Difference (€)</source>
        <translation>Erotus (€)</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Kustannusneutraali</translation>
    </message>
    <message>
        <source>Realised (€)</source>
        <translation>Toteutunut (€)</translation>
    </message>
    <message>
        <source>Expected by now (€)</source>
        <translation>Odotettu tähän mennessä (€)</translation>
    </message>
    <message>
        <source>Use of allocation (%)</source>
        <translation>Käyttö budjetoidusta (%)</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Tavoitteiden saavuttamisen muutos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>pb-overview-{date}.csv</source>
        <translation>hb-yhteenveto-{date}.csv</translation>
    </message>
    <message>
        <source>Export personal budgets as CSV</source>
        <translation>Vie henkilökohtaiset budjetit CSV-tiedostoon</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>CSV saved: {file}. Client rows: {count}.</source>
        <translation>CSV tallennettu: {file}. Asiakasrivejä: {count}.</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV-tiedostoa ei tallennettu</translation>
    </message>
    <message>
        <source>The disk is full, so the CSV file was not saved. Free some space or choose another place and try again.</source>
        <translation>Levy on täynnä, joten CSV-tiedostoa ei tallennettu. Vapauta tilaa tai valitse toinen paikka ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The CSV file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>CSV-tiedostoa ei voitu tallentaa sinne. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus, tai valitse toinen paikka.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Name of the organisation</source>
        <translation>&amp;Organisaation nimi</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>&amp;Postal address</source>
        <translation>&amp;Postiosoite</translation>
    </message>
    <message>
        <source>The organisation printed at the top of every document, with its contact details at the foot of each page. It is shared by every profile on this computer.</source>
        <translation>Organisaatio, joka tulostuu jokaisen asiakirjan yläreunaan; sen yhteystiedot tulostuvat jokaisen sivun alareunaan. Tiedot ovat yhteiset kaikille tämän tietokoneen profiileille.</translation>
    </message>
    <message>
        <source>In Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <source>Required. Swedish may be left empty: the Finnish name is printed then.</source>
        <translation>Pakollinen. Ruotsinkielisen voi jättää tyhjäksi, jolloin tulostuu suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>&amp;Verkkosivut</translation>
    </message>
    <message>
        <source>Organisation &amp;OID</source>
        <translation>Organisaation O&amp;ID</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <source>The organisation&apos;s identifier in the social and health care organisation register, numbers separated by dots.</source>
        <translation>Organisaation tunniste sosiaali- ja terveydenhuollon organisaatiorekisterissä, pisteillä erotettuina numeroina.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>Valitse &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Poista lo&amp;go</translation>
    </message>
    <message>
        <source>PNG or SVG, at most {max_kb} KB. It is printed about 12 mm high.</source>
        <translation>PNG tai SVG, enintään {max_kb} kt. Se tulostuu noin 12 mm:n korkuisena.</translation>
    </message>
    <message>
        <source>The organisation cannot be set for this profile.</source>
        <translation>Organisaatiota ei voi asettaa tälle profiilille.</translation>
    </message>
    <message>
        <source>Set by your administrator: shown here for information. It is changed with the administrator&apos;s tools (sopiva-desk admin letterhead).</source>
        <translation>Ylläpitäjän asettama: näytetään tässä tiedoksi. Sitä muutetaan ylläpitäjän työkaluilla (sopiva-desk admin letterhead).</translation>
    </message>
    <message>
        <source>The saved details could not be read. Enter them again and press OK.</source>
        <translation>Tallennettuja tietoja ei voitu lukea. Kirjoita ne uudelleen ja paina OK.</translation>
    </message>
    <message>
        <source>This is the demo profile: its documents always carry the demo header, so they cannot pass for real ones. What you set here is printed by the other profiles on this computer.</source>
        <translation>Tämä on demoprofiili: sen asiakirjoissa on aina demon ylätunniste, jottei niitä voi luulla oikeiksi. Tässä asettamasi tiedot tulostuvat tämän tietokoneen muiden profiilien asiakirjoihin.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Valitse organisaation logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>Kuvat (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Takaisin (Alt+Vasen tai Esc)</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Page {number}</source>
        <translation>Sivu {number}</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>e.g. mother, support person</source>
        <translation>esim. äiti, tukihenkilö</translation>
    </message>
    <message>
        <source>e.g. at work, ill</source>
        <translation>esim. töissä, sairaana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Poissaolon syy</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>henkilö {number}</translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation>Ketään ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <source>why absent</source>
        <translation>poissaolon syy</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Poista {name}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Poista henkilö {number}</translation>
    </message>
</context>
<context>
    <name>PictogramButton</name>
    <message>
        <source>Pictogram</source>
        <translation>Kuvasymboli</translation>
    </message>
    <message>
        <source>+ Pictogram</source>
        <translation>+ Kuvasymboli</translation>
    </message>
    <message>
        <source>Choose a pictogram</source>
        <translation>Valitse kuvasymboli</translation>
    </message>
    <message>
        <source>{name}: no pictogram</source>
        <translation>{name}: ei kuvasymbolia</translation>
    </message>
    <message>
        <source>{label} – click to change the pictogram</source>
        <translation>{label} – vaihda kuvasymboli napsauttamalla</translation>
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
        <translation>Valitse kuvasymboli</translation>
    </message>
    <message>
        <source>Search by word, e.g. home, food, bus</source>
        <translation>Hae sanalla, esim. koti, ruoka, bussi</translation>
    </message>
    <message>
        <source>Search pictograms</source>
        <translation>Hae kuvasymboleita</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Kaikki aihepiirit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Aihepiiri</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Aihepiiri</translation>
    </message>
    <message>
        <source>Search in all categories</source>
        <translation>Hae kaikista aihepiireistä</translation>
    </message>
    <message>
        <source>Pictograms: {source} – {license}</source>
        <translation>Kuvasymbolit: {source} – {license}</translation>
    </message>
    <message>
        <source>&amp;No pictogram</source>
        <translation>&amp;Ei kuvasymbolia</translation>
    </message>
    <message>
        <source>Remove the pictogram</source>
        <translation>Poista kuvasymboli</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Kuvasymbolit</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter chooses.</source>
        <translation>Liiku nuolinäppäimillä, valitse Enterillä.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n kuvasymboli</numerusform>
            <numerusform>%n kuvasymbolia</numerusform>
        </translation>
    </message>
    <message>
        <source>No pictograms to show.</source>
        <translation>Ei näytettäviä kuvasymboleita.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}” in “{category}”.</source>
        <translation>Hakusanalla ”{query}” ei löytynyt kuvasymbolia aihepiiristä ”{category}”.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}”.</source>
        <translation>Hakusanalla ”{query}” ei löytynyt kuvasymbolia.</translation>
    </message>
</context>
<context>
    <name>PlanDraftNotice</name>
    <message>
        <source>Fill from the &amp;assessment</source>
        <translation>Täytä &amp;arviosta</translation>
    </message>
    <message>
        <source>Copies the situation, support needs and strengths of the completed needs assessment into empty fields</source>
        <translation>Kopioi valmiin palvelutarpeen arvion tilanteen, tuen tarpeet ja vahvuudet tyhjiin kenttiin</translation>
    </message>
    <message>
        <source>Fill from decision-making &amp;sessions</source>
        <translation>Täytä päätöksenteon &amp;tapaamisista</translation>
    </message>
    <message>
        <source>Copies the communication methods and how the client&apos;s will was found out into empty fields</source>
        <translation>Kopioi kommunikointitavat ja sen, miten asiakkaan tahto selvitettiin, tyhjiin kenttiin</translation>
    </message>
    <message>
        <source>This draft was made before the needs assessment was completed. Fill the situation, support needs and strengths from it now (only empty fields are filled).</source>
        <translation>Tämä luonnos tehtiin ennen kuin palvelutarpeen arvio valmistui. Täytä tilanne, tuen tarpeet ja vahvuudet arviosta nyt (vain tyhjät kentät täytetään).</translation>
    </message>
    <message>
        <source>The needs assessment is not completed yet, so the situation, support needs and strengths are empty. Complete the assessment and fill them from it here, or write them now.</source>
        <translation>Palvelutarpeen arvio ei ole vielä valmis, joten tilanne, tuen tarpeet ja vahvuudet ovat tyhjiä. Viimeistele arvio ja täytä ne siitä täällä, tai kirjoita ne nyt.</translation>
    </message>
    <message>
        <source>No completed needs assessment yet, so the situation, support needs and strengths are empty. Complete an assessment, or fill these in now.</source>
        <translation>Valmista palvelutarpeen arviota ei vielä ole, joten tilanne, tuen tarpeet ja vahvuudet ovat tyhjiä. Tee arvio tai täytä nämä nyt.</translation>
    </message>
    <message>
        <source>The client&apos;s decision-making sessions can fill the communication methods and how the client&apos;s will was found out.</source>
        <translation>Asiakkaan tuetun päätöksenteon tapaamisista voi täyttää kommunikointitavat ja sen, miten asiakkaan tahto selvitettiin.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Meeting</source>
        <translation>Suunnittelutapaaminen</translation>
    </message>
    <message>
        <source>Communication and the client&apos;s will</source>
        <translation>Kommunikointi ja asiakkaan tahto</translation>
    </message>
    <message>
        <source>Situation by life domain</source>
        <translation>Tilanne elämänalueittain</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Nykyiset palvelut</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Tuen tarve</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Aiempien tavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>Goals and supports</source>
        <translation>Tavoitteet ja tuet</translation>
    </message>
    <message>
        <source>Self-determination</source>
        <translation>Itsemääräämisoikeus</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Oikeuksista ja vaihtoehdoista kertominen</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Roolikartta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>O&amp;siot</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down ja Ctrl+Page Up siirtävät osiosta toiseen</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Tapaamisen päivä&amp;määrä</translation>
    </message>
    <message>
        <source>Meeting &amp;place</source>
        <translation>Tapaamis&amp;paikka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Suhde asiakkaaseen</translation>
    </message>
    <message>
        <source>Add a p&amp;articipant</source>
        <translation>Lisää osallistu&amp;ja</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>osallistuja {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Toistaiseksi vain asiakas ja sinä.</translation>
    </message>
    <message>
        <source>&amp;Communication methods and language</source>
        <translation>&amp;Kommunikointikeinot ja kieli</translation>
    </message>
    <message>
        <source>How the client communicates and what helps: language, plain language, pictures, signs, devices, an interpreter.</source>
        <translation>Miten asiakas kommunikoi ja mikä auttaa: kieli, selkokieli, kuvat, viittomat, apuvälineet, tulkki.</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>&amp;Miten asiakkaan tahto selvitettiin</translation>
    </message>
    <message>
        <source>F&amp;ill from decision-making sessions</source>
        <translation>T&amp;äytä tuetun päätöksenteon kirjauksista</translation>
    </message>
    <message>
        <source>Services the client has &amp;now</source>
        <translation>Asiakkaan nykyiset &amp;palvelut</translation>
    </message>
    <message>
        <source>As cl&amp;ose persons see it</source>
        <translation>&amp;Läheisten näkemys</translation>
    </message>
    <message>
        <source>The client&apos;s s&amp;trengths and resources</source>
        <translation>Asiakkaan &amp;vahvuudet ja voimavarat</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Lisää e&amp;riävä näkemys</translation>
    </message>
    <message>
        <source>How they were &amp;explained</source>
        <translation>&amp;Miten ne selvitettiin</translation>
    </message>
    <message>
        <source>Links the client&apos;s completed decision-making sessions and copies their methods and how the will was found out into empty fields</source>
        <translation>Liittää asiakkaan valmiit tuetun päätöksenteon kirjaukset ja kopioi niiden menetelmät ja tahdon selvittämisen tavan tyhjiin kenttiin</translation>
    </message>
    <message>
        <source>Drafted from the needs assessment; check it with the client.</source>
        <translation>Luonnosteltu palvelutarpeen arvioinnista; tarkistakaa yhdessä asiakkaan kanssa.</translation>
    </message>
    <message>
        <source>Required. Services, support and aids in use, and who provides them.</source>
        <translation>Pakollinen. Käytössä olevat palvelut, tuki ja apuvälineet sekä niiden tuottajat.</translation>
    </message>
    <message>
        <source>As the &amp;client sees it</source>
        <translation>&amp;Asiakkaan näkemys</translation>
    </message>
    <message>
        <source>The &amp;professional&apos;s assessment</source>
        <translation>A&amp;mmattilaisen arvio</translation>
    </message>
    <message>
        <source>How the &amp;earlier goals were attained</source>
        <translation>&amp;Aiempien tavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>The client&apos;s own rating and the professional&apos;s rating.</source>
        <translation>Asiakkaan oma arvio ja ammattilaisen arvio.</translation>
    </message>
    <message>
        <source>Each goal in the client&apos;s own words, then the supports that help to reach it: who provides each, and how the client proposes it is arranged.</source>
        <translation>Jokainen tavoite asiakkaan omin sanoin ja sen jälkeen tuet, jotka auttavat saavuttamaan sen: kuka kunkin tuen antaa ja miten asiakas ehdottaa sen järjestettäväksi.</translation>
    </message>
    <message>
        <source>Special &amp;measures to support self-determination</source>
        <translation>Itsemääräämisoikeutta tukevat erityiset toi&amp;menpiteet</translation>
    </message>
    <message>
        <source>What is done so that the client can decide on their own matters (Disability Services Act 675/2023).</source>
        <translation>Mitä tehdään, jotta asiakas voi päättää omista asioistaan (vammaispalvelulaki 675/2023).</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Kenen näkemys</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Näkemys</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>näkemys {number}</translation>
    </message>
    <message>
        <source>No differing views. Others&apos; views are kept beside the client&apos;s, never instead of it.</source>
        <translation>Ei eriäviä näkemyksiä. Muiden näkemykset kirjataan asiakkaan näkemyksen rinnalle, ei koskaan sen tilalle.</translation>
    </message>
    <message>
        <source>The client was given an explanation of their &amp;rights and options</source>
        <translation>Asiakkaalle on selvitetty hänen o&amp;ikeutensa ja eri vaihtoehdot</translation>
    </message>
    <message>
        <source>Required (Client Act 812/2000 §5).</source>
        <translation>Pakollinen (asiakaslaki 812/2000, 5 §).</translation>
    </message>
    <message>
        <source>e.g. in plain language with pictures; a written summary was given.</source>
        <translation>esim. selkokielellä kuvien avulla; annettiin kirjallinen yhteenveto.</translation>
    </message>
    <message>
        <source>&amp;Review the plan by</source>
        <translation>Suunnitelman &amp;arviointi viimeistään</translation>
    </message>
    <message>
        <source>Required; after the meeting date.</source>
        <translation>Pakollinen; tapaamispäivän jälkeen.</translation>
    </message>
    <message>
        <source>The client has no completed decision-making sessions.</source>
        <translation>Asiakkaalla ei ole valmiita tuetun päätöksenteon kirjauksia.</translation>
    </message>
    <message>
        <source>Completed decision-making sessions: {count}</source>
        <translation>Valmiita tuetun päätöksenteon kirjauksia: {count}</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>History of the client plan</source>
        <translation>Asiakassuunnitelman muutoshistoria</translation>
    </message>
    <message>
        <source>Every change to this client plan, newest first. Changes made in a new version show the reason given for it.</source>
        <translation>Kaikki tämän asiakassuunnitelman muutokset, uusin ensin. Uudessa versiossa tehdyissä muutoksissa näkyy version syy.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Everyday life</source>
        <translation>Arjen toiminnot</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Moving about</source>
        <translation>Liikkuminen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikointi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <source>Work and study</source>
        <translation>Työ ja opiskelu</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Vapaa-aika</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Ihmissuhteet</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Raha-asiat</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Asiakas itse</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>Basic service</source>
        <translation>Peruspalvelu</translation>
    </message>
    <message>
        <source>Organisation (NGO)</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Oma tuotanto</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Ostopalvelu</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Palveluseteli</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Maksusitoumus</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Henkilökohtainen budjetti</translation>
    </message>
    <message>
        <source>Informal support</source>
        <translation>Epävirallinen tuki</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>tunti</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>matka</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>kappale</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Tapaamisen päivämäärä</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Tapaamispaikka</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Communication methods and language</source>
        <translation>Kommunikointikeinot ja kieli</translation>
    </message>
    <message>
        <source>How the client&apos;s will was found out</source>
        <translation>Miten asiakkaan tahto selvitettiin</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Nykyiset palvelut</translation>
    </message>
    <message>
        <source>Support needed, as the client sees it</source>
        <translation>Tuen tarve asiakkaan arvioimana</translation>
    </message>
    <message>
        <source>Support needed, as close persons see it</source>
        <translation>Tuen tarve läheisten arvioimana</translation>
    </message>
    <message>
        <source>Support needed, the professional&apos;s assessment</source>
        <translation>Tuen tarve ammattilaisen arvioimana</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Aiempien tavoitteiden toteutuminen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Special measures for self-determination</source>
        <translation>Itsemääräämisoikeutta tukevat erityiset toimenpiteet</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Oikeudet ja vaihtoehdot selvitetty</translation>
    </message>
    <message>
        <source>How rights and options were explained</source>
        <translation>Miten oikeudet ja vaihtoehdot selvitettiin</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Roolikartta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Liitetty palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Linked decision-making sessions</source>
        <translation>Liitetyt tuetun päätöksenteon kirjaukset</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>relation to the client</source>
        <translation>suhde asiakkaaseen</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>kenen näkemys</translation>
    </message>
    <message>
        <source>view</source>
        <translation>näkemys</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>asiakkaan omin sanoin</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>elämänalue</translation>
    </message>
    <message>
        <source>what shows it is reached</source>
        <translation>mistä saavuttaminen näkyy</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>tavoitepäivä</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>kuvasymboli</translation>
    </message>
    <message>
        <source>support</source>
        <translation>tuki</translation>
    </message>
    <message>
        <source>who provides</source>
        <translation>kuka antaa</translation>
    </message>
    <message>
        <source>provider&apos;s name</source>
        <translation>tuottajan nimi</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>client&apos;s proposal on arranging</source>
        <translation>asiakkaan ehdotus järjestämisestä</translation>
    </message>
    <message>
        <source>arranging method</source>
        <translation>järjestämistapa</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>määrä</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>yksikköhinta</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>alkamispäivä</translation>
    </message>
    <message>
        <source>duration in months</source>
        <translation>kesto kuukausina</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tehtävät</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Tavoite {number}</translation>
    </message>
    <message>
        <source>Removed goal</source>
        <translation>Poistettu tavoite</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Tuki {number}</translation>
    </message>
    <message>
        <source>Removed support</source>
        <translation>Poistettu tuki</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Henkilö {number}</translation>
    </message>
    <message>
        <source>Removed person</source>
        <translation>Poistettu henkilö</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteita</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muutettu viimeksi</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Every change to the plan: who, when, before and after</source>
        <translation>Suunnitelman kaikki muutokset: kuka, milloin, ennen ja jälkeen</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Uusi versio…</translation>
    </message>
    <message>
        <source>Make a new version to change the agreed plan</source>
        <translation>Tee uusi versio hyväksytyn suunnitelman muuttamiseksi</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Check what the plan needs and record that it was agreed with the client (Ctrl+Enter)</source>
        <translation>Tarkista, mitä suunnitelmasta puuttuu, ja kirjaa, että se on sovittu asiakkaan kanssa (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>What to record before agreeing</source>
        <translation>Kirjattava ennen hyväksymistä</translation>
    </message>
    <message>
        <source>Before the plan can be agreed, record:</source>
        <translation>Ennen kuin suunnitelman voi hyväksyä, kirjaa:</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can agree the plan now (Ctrl+Enter).</source>
        <translation>Kaikki tarvittava on kirjattu. Voit nyt hyväksyä suunnitelman (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>Client plan of {name}</source>
        <translation>Asiakassuunnitelma: {name}</translation>
    </message>
    <message>
        <source>Agreed on {date}</source>
        <translation>Hyväksytty {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>hyväksytty {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: New version…</source>
        <translation>muuttaaksesi tee uusi versio: Uusi versio…</translation>
    </message>
    <message>
        <source>a newer version replaces this plan</source>
        <translation>uudempi versio korvaa tämän suunnitelman</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>tämä säilyy sellaisenaan</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Luonnos, aloitettu {date}</translation>
    </message>
    <message>
        <source>Version {number} · {state}</source>
        <translation>Versio {number} · {state}</translation>
    </message>
    <message>
        <source>Reason for the new version: {reason}</source>
        <translation>Uuden version syy: {reason}</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <source>Remove goal {number} and its supports from the plan?

{words}</source>
        <translation>Poistetaanko tavoite {number} tukineen suunnitelmasta?

{words}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>New version of the plan</source>
        <translation>Suunnitelman uusi versio</translation>
    </message>
    <message>
        <source>An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the client and agree again. The reason is kept with every change made in the new version.</source>
        <translation>Hyväksyttyä suunnitelmaa ei muuteta. Uusi versio alkaa sen kopiona, luonnoksena, jota muokkaatte asiakkaan kanssa ja joka hyväksytään uudelleen. Syy säilyy jokaisen uudessa versiossa tehdyn muutoksen yhteydessä.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Suunnittele käynti</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Suunniteltu käynti</translation>
    </message>
    <message>
        <source>Plan a visit with {name}. You can start it when you arrive, move it or cancel it.</source>
        <translation>Asiakas: {name}. Suunnittele käynti etukäteen: voit aloittaa sen perillä, siirtää sen tai perua sen.</translation>
    </message>
    <message>
        <source>A visit with {name} that has not started yet.</source>
        <translation>Asiakas: {name}. Käynti ei ole vielä alkanut.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>esim. 9.30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Kello</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>Miten tapaatte?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Pa&amp;ikka</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>esim. asiakkaan koti, Juvan terveysasema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>e.g. Bring the picture cards. The note starts the visit&apos;s notes.</source>
        <translation>esim. Ota kuvakortit mukaan. Muistiinpano siirtyy käynnin muistiinpanojen alkuun.</translation>
    </message>
    <message>
        <source>Plan v&amp;isit</source>
        <translation>&amp;Suunnittele käynti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Start visit now</source>
        <translation>&amp;Aloita käynti nyt</translation>
    </message>
    <message>
        <source>You have arrived: the visit starts now and opens</source>
        <translation>Olet perillä: käynti alkaa nyt ja avautuu</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>Pe&amp;ru käynti…</translation>
    </message>
    <message>
        <source>The visit will not happen: record why. It stays listed.</source>
        <translation>Käyntiä ei tehdä: kirjaa syy. Käynti jää luetteloon.</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Tallenna muutokset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The client&apos;s address, from the client file.</source>
        <translation>Asiakkaan osoite asiakastiedoista.</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Merkitsijä</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Tulostaja</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>Lue jono uudelleen (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Takaisin (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Tulostusjono</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office</source>
        <translation>Toimistolla tulostettaviksi merkityt asiakirjat</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Esikatsele…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Mark printed</source>
        <translation>Merkitse tulostetuksi</translation>
    </message>
    <message>
        <source>The document was printed some other way: take it off the queue as printed by you</source>
        <translation>Asiakirja tulostettiin muuten: poista se jonosta sinun tulostamanasi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Take the document off the queue without printing it</source>
        <translation>Poista asiakirja jonosta tulostamatta</translation>
    </message>
    <message>
        <source>Documents counsellors of your unit marked for printing. Each prints as it was when it was marked.</source>
        <translation>Yksikkösi palveluohjaajien tulostettaviksi merkitsemät asiakirjat. Kukin tulostuu sellaisena kuin se oli merkittäessä.</translation>
    </message>
    <message>
        <source>Marked as printed.</source>
        <translation>Merkitty tulostetuksi.</translation>
    </message>
    <message>
        <source>Remove from the print queue</source>
        <translation>Poista tulostusjonosta</translation>
    </message>
    <message>
        <source>Take “{document}” of {client} off the print queue without printing it?</source>
        <translation>Poistetaanko asiakkaan {client} ”{document}” tulostusjonosta tulostamatta?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Removed from the print queue.</source>
        <translation>Poistettu tulostusjonosta.</translation>
    </message>
    <message>
        <source>To print ({count})</source>
        <translation>Tulostettavat ({count})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostetut</translation>
    </message>
    <message>
        <source>Nothing to print. Documents the counsellors of your unit mark for printing at the office appear here when you sync.</source>
        <translation>Ei tulostettavaa. Yksikkösi palveluohjaajien toimistolla tulostettaviksi merkitsemät asiakirjat tulevat tähän, kun synkronoit.</translation>
    </message>
    <message>
        <source>Nothing to print. Documents marked for printing at the office appear here.</source>
        <translation>Ei tulostettavaa. Toimistolla tulostettaviksi merkityt asiakirjat näkyvät tässä.</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Mitään ei ole vielä tulostettu.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Click here or press a key to unlock.</source>
        <translation>Avaa lukitus napsauttamalla tätä tai painamalla jotakin näppäintä.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Profiilisi</translation>
    </message>
    <message>
        <source>Your name is shown on the start screen. The passphrase protects everything you save.</source>
        <translation>Nimesi näkyy aloitusnäytössä. Tunnuslause suojaa kaiken, mitä tallennat.</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Ni&amp;mesi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>For example Aino Virtanen</source>
        <translation>Esimerkiksi Aino Virtanen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>T&amp;oista tunnuslause</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Näytä tunnuslause</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Vinkki: muutama toisiinsa liittymätön sana, jotka vain sinä yhdistäisit, on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Luodaan profiilia…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Look &amp;in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tiedosto&amp;nimi:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>PurgeCasesDialog</name>
    <message>
        <source>Remove synced closed cases</source>
        <translation>Poista synkronoidut päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>These closed cases are on the central records server as they are here. Removing them deletes them from this computer only: the server keeps them, and they come back if a case is opened again for you. Each removal is recorded in the access log.</source>
        <translation>Nämä päättyneet asiakkuudet ovat asiakastietojärjestelmässä sellaisina kuin ne ovat tässä. Poistaminen poistaa ne vain tältä tietokoneelta: palvelin säilyttää ne, ja ne palaavat, jos asiakkuus avataan sinulle uudelleen. Jokainen poisto kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Closed at least {days} days ago and fully synced (Settings).</source>
        <translation>Päättyneet vähintään {days} päivää sitten ja kokonaan synkronoidut (Asetukset).</translation>
    </message>
    <message>
        <source>No closed case can be removed from this computer now.</source>
        <translation>Yhtään päättynyttä asiakkuutta ei voi nyt poistaa tältä tietokoneelta.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Synkronoitu viimeksi</translation>
    </message>
    <message>
        <source>Cases to remove</source>
        <translation>Poistettavat asiakkuudet</translation>
    </message>
    <message>
        <source>Closed cases that stay on this computer</source>
        <translation>Päättyneet asiakkuudet, jotka jäävät tälle tietokoneelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Closed cases that stay</source>
        <translation>Päättyneet asiakkuudet, jotka jäävät</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n case(s)</source>
        <translation>
            <numerusform>Poista %n asiakkuus</numerusform>
            <numerusform>Poista %n asiakkuutta</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Poistetaan…</translation>
    </message>
</context>
<context>
    <name>PurposeSelector</name>
    <message>
        <source>Purpose of use:</source>
        <translation>Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>The access log records why you handle client data (Client Data Act). Choose what you are doing now: every client record you open, list, print or change from now on is logged with it. Each unlock starts with client work.</source>
        <translation>Käyttöloki kirjaa, miksi käsittelet asiakastietoja (asiakastietolaki). Valitse, mitä olet nyt tekemässä: kaikki asiakastiedot, jotka tästä eteenpäin avaat, listaat, tulostat tai joita muutat, kirjataan tällä käyttötarkoituksella. Jokainen lukituksen avaus alkaa asiakastyöstä.</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Käyttötarkoitus</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>e.g. The same invoice was recorded twice</source>
        <translation>esim. Sama lasku kirjattiin kahdesti</translation>
    </message>
</context>
<context>
    <name>RecordUseDialog</name>
    <message>
        <source>Record realised use</source>
        <translation>Kirjaa toteutunut käyttö</translation>
    </message>
    <message>
        <source>Record use</source>
        <translation>Kirjaa käyttö</translation>
    </message>
    <message>
        <source>Correct realised use of {date}</source>
        <translation>Korjaa toteutunut käyttö {date}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Tallenna korjaus</translation>
    </message>
    <message>
        <source>An invoiced use of a budget line, paid to the service provider.</source>
        <translation>Budjettirivin laskutettu käyttö, joka maksetaan palveluntuottajalle.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Päi&amp;vä</translation>
    </message>
    <message>
        <source>Budget &amp;line</source>
        <translation>Budjetti&amp;rivi</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Palveluntuottaja</translation>
    </message>
    <message>
        <source>Payment &amp;commitment</source>
        <translation>&amp;Maksusitoumus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Yksiköt</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Summa (€)</translation>
    </message>
    <message>
        <source>&amp;Why the amount differs</source>
        <translation>Miksi summa &amp;eroaa</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>&amp;Korjauksen syy</translation>
    </message>
    <message>
        <source>e.g. 100 hours was typed instead of 10</source>
        <translation>esim. 10 tunnin sijaan kirjattiin 100</translation>
    </message>
    <message>
        <source>The line is priced per decision: enter the invoiced amount.</source>
        <translation>Rivin hinta määräytyy päätöksen mukaan: kirjoita laskutettu summa.</translation>
    </message>
    <message>
        <source>{units} × {price} = {amount} at the line&apos;s unit price</source>
        <translation>{units} × {price} = {amount} rivin yksikköhinnalla</translation>
    </message>
    <message>
        <source>{computed}: the amount differs, so write why below.</source>
        <translation>{computed}: summa eroaa, joten kirjoita syy alle.</translation>
    </message>
    <message>
        <source>Required: e.g. travel costs on the same invoice</source>
        <translation>Pakollinen: esim. samalla laskulla on matkakuluja</translation>
    </message>
    <message>
        <source>Needed only when the amount is not units × the unit price</source>
        <translation>Tarvitaan vain, jos summa ei ole yksiköt × yksikköhinta</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the central records refused</source>
        <translation>Asiakastietojärjestelmän hylkäämät muutokset</translation>
    </message>
    <message>
        <source>These changes are kept on this computer, but the central records did not take them. Each row says why and what you can do.</source>
        <translation>Nämä muutokset ovat tallessa tällä tietokoneella, mutta asiakastietojärjestelmä ei ottanut niitä vastaan. Jokaisella rivillä kerrotaan syy ja mitä voit tehdä.</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(ei tällä tietokoneella)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Why, and what you can do</source>
        <translation>Syy ja mitä voit tehdä</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Hylätyt muutokset</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the central records wait on this computer: a client here already has the same identity code, or a budget here already has the same payment commitment number. They come in at the next sync after you correct or remove your own copy (see the rows above).</source>
        <translation>
            <numerusform>%n asiakastietojärjestelmästä saapunut muutos odottaa tällä tietokoneella: täällä on jo asiakas, jolla on sama henkilötunnus, tai budjetilla on jo sama maksusitoumuksen numero. Muutos tulee voimaan seuraavassa synkronoinnissa, kun olet korjannut tai poistanut oman kopiosi (ks. yllä olevat rivit).</numerusform>
            <numerusform>%n asiakastietojärjestelmästä saapunutta muutosta odottaa tällä tietokoneella: täällä on jo asiakas, jolla on sama henkilötunnus, tai budjetilla on jo sama maksusitoumuksen numero. Muutokset tulevat voimaan seuraavassa synkronoinnissa, kun olet korjannut tai poistanut oman kopiosi (ks. yllä olevat rivit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer. Profiles already here are not changed.</source>
        <translation>Varmuuskopiosta tulee uusi profiili tälle tietokoneelle. Koneella jo olevia profiileja ei muuteta.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Varmuuskopiotiedosto:</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Varmuuskopion tunnuslause:</translation>
    </message>
    <message>
        <source>Name of the restored profile:</source>
        <translation>Palautetun profiilin nimi:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Valitse varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup);;All files (*)</source>
        <translation>Sopiva Deskin varmuuskopiot (*.sopiva-backup);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Backup of {name}, made {when}.</source>
        <translation>Profiilin {name} varmuuskopio, tehty {when}.</translation>
    </message>
    <message>
        <source>{name} (restored)</source>
        <translation>{name} (palautettu)</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Palautetaan ja tarkistetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>Choose it and close</source>
        <translation>Valitse se ja sulje</translation>
    </message>
    <message>
        <source>The backup was restored as the profile “{name}”. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Varmuuskopio palautettiin profiiliksi ”{name}”. Avaa se varmuuskopion tunnuslauseella.</translation>
    </message>
    <message>
        <source>This profile syncs with the central records: enrol this computer again (Sync → Enrol this computer…). Changes not yet synced will be sent then.</source>
        <translation>Tämä profiili synkronoidaan asiakastietojärjestelmän kanssa: ota tämä tietokone uudelleen käyttöön (Synkronointi → Ota tämä tietokone käyttöön…). Vielä synkronoimattomat muutokset lähetetään silloin.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key was not found, so IT cannot reset this profile&apos;s passphrase. Ask IT support to add it.</source>
        <translation>Organisaation palautusavainta ei löytynyt, joten IT-tuki ei voi vaihtaa tämän profiilin tunnuslausetta. Pyydä IT-tukea lisäämään avain.</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Review charts</source>
        <translation>Arviointien kaaviot</translation>
    </message>
    <message>
        <source>No completed reviews yet. After the first review is completed, the client&apos;s and your ratings of each goal are shown here over time.</source>
        <translation>Valmiita arviointeja ei vielä ole. Kun ensimmäinen arviointi on valmis, asiakkaan ja sinun arviosi kustakin tavoitteesta näkyvät tässä ajan mittaan.</translation>
    </message>
    <message>
        <source>Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).</source>
        <translation>Arvioinnit {dates}. Tavoitteen saavuttaminen 1 (ei vielä) – 5 (saavutettu).</translation>
    </message>
    <message>
        <source>{value} ({word}) on {date}</source>
        <translation>{value} ({word}) {date}</translation>
    </message>
    <message>
        <source>How are things? {answers}.</source>
        <translation>Mitä kuuluu? {answers}.</translation>
    </message>
    <message>
        <source>Goal “{goal}”: the client {client}; the professional {professional} (reviews on {dates}).</source>
        <translation>Tavoite ”{goal}”: asiakas {client}; ammattilainen {professional} (arvioinnit {dates}).</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(ei sanoja)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>The professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Goal attainment: {scale}</source>
        <translation>Tavoitteen saavuttaminen: {scale}</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Mitä kuuluu?</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ei vielä vastattu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear: {name}</source>
        <translation>Tyhjennä: {name}</translation>
    </message>
    <message>
        <source>Review of the client plan</source>
        <translation>Asiakassuunnitelman arviointi</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>Arviointi&amp;päivä</translation>
    </message>
    <message>
        <source>How far has each goal been reached?</source>
        <translation>Kuinka pitkälle kukin tavoite on saavutettu?</translation>
    </message>
    <message>
        <source>Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the flag: the more steps, the nearer the goal.</source>
        <translation>Kysy ensin asiakkaalta ja anna hänen napauttaa porrasta; anna sitten oma arviosi. Portaat nousevat lipulle: mitä useampi porras, sitä lähempänä tavoite.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>What has changed, what helped, what next. If the client did not answer, write why.</source>
        <translation>Mikä on muuttunut, mikä auttoi, mitä seuraavaksi. Jos asiakas ei vastannut, kirjoita miksi.</translation>
    </message>
    <message>
        <source>Still needed before completing</source>
        <translation>Puuttuu vielä ennen arvioinnin lukitsemista</translation>
    </message>
    <message>
        <source>&amp;Complete the review</source>
        <translation>&amp;Valmis – lukitse arviointi</translation>
    </message>
    <message>
        <source>Lock the review; its ratings then show in the client&apos;s charts</source>
        <translation>Lukitse arviointi; sen arviot näkyvät sitten asiakkaan kaavioissa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Mitä kuuluu?</translation>
    </message>
    <message>
        <source>The client&apos;s own answer: let the client tap a face.</source>
        <translation>Asiakkaan oma vastaus: anna asiakkaan napauttaa kasvoja.</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Tyhjennä vastaus</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(ei sanoja)</translation>
    </message>
    <message>
        <source>Goal {number}: “{words}”</source>
        <translation>Tavoite {number}: ”{words}”</translation>
    </message>
    <message>
        <source>The client&apos;s rating</source>
        <translation>Asiakkaan arvio</translation>
    </message>
    <message>
        <source>Your rating (professional)</source>
        <translation>Oma arviosi (ammattilainen)</translation>
    </message>
    <message>
        <source>Completed on {date}. The review is locked.</source>
        <translation>Valmistui {date}. Arviointi on lukittu.</translation>
    </message>
    <message>
        <source>Draft: every choice is saved at once.</source>
        <translation>Luonnos: jokainen valinta tallentuu heti.</translation>
    </message>
    <message>
        <source>Still needed before completing:</source>
        <translation>Puuttuu vielä ennen kuin arvioinnin voi lukita:</translation>
    </message>
    <message>
        <source>Goal {number}: {text}</source>
        <translation>Tavoite {number}: {text}</translation>
    </message>
    <message>
        <source>The review cannot be started</source>
        <translation>Arviointia ei voi aloittaa</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Unfinished</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Goals rated</source>
        <translation>Arvioituja tavoitteita</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Vähän</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Puolivälissä</translation>
    </message>
    <message>
        <source>Almost</source>
        <translation>Melkein</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Saavutettu</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Choose role…</source>
        <translation>Valitse rooli…</translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation>Yksi tehtävä riville</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>HB coordinator</source>
        <translation>HB-koordinaattori</translation>
    </message>
    <message>
        <source>HB assistant</source>
        <translation>HB-avustaja</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Päätöksentekijä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Role not chosen</source>
        <translation>Roolia ei ole valittu</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(nimi puuttuu)</translation>
    </message>
    <message>
        <source>Add the client: {name}</source>
        <translation>Lisää asiakas: {name}</translation>
    </message>
    <message>
        <source>Add the client</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>Add the own worker: {name}</source>
        <translation>Lisää omatyöntekijä: {name}</translation>
    </message>
    <message>
        <source>Add the own worker</source>
        <translation>Lisää omatyöntekijä</translation>
    </message>
    <message>
        <source>Add {name} ({role})</source>
        <translation>Lisää {name} ({role})</translation>
    </message>
</context>
<context>
    <name>RoleMapDiagram</name>
    <message>
        <source>Role map diagram</source>
        <translation>Roolikartan kaavio</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>Roolikartassa ei ole vielä ketään.</translation>
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
        <translation>Roolikartan henkilöt: {people}.</translation>
    </message>
    <message>
        <source>The client is not in the role map yet</source>
        <translation>Asiakas ei ole vielä roolikartassa</translation>
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
        <translation>Roolikartta</translation>
    </message>
    <message>
        <source>Everyone with tasks in this plan: the client, the own worker, close persons and service providers. Write each person&apos;s tasks one per line.</source>
        <translation>Kaikki, joilla on tehtäviä tässä suunnitelmassa: asiakas, omatyöntekijä, läheiset ja palveluntuottajat. Kirjaa kunkin henkilön tehtävät, yksi tehtävä riville.</translation>
    </message>
    <message>
        <source>Missing from the role map</source>
        <translation>Roolikartasta puuttuu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Suhde asiakkaaseen</translation>
    </message>
    <message>
        <source>Tasks in this plan (one per line)</source>
        <translation>Tehtävät tässä suunnitelmassa (yksi riville)</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>Roolikartassa ei ole vielä ketään.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Person {number}: {name}</source>
        <translation>Henkilö {number}: {name}</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Henkilö {number}</translation>
    </message>
    <message>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <source>Remove {person}</source>
        <translation>Poista {person}</translation>
    </message>
    <message>
        <source>Task {number}: {problem}</source>
        <translation>Tehtävä {number}: {problem}</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>tämä henkilö</translation>
    </message>
    <message>
        <source>Remove from the role map</source>
        <translation>Poista roolikartasta</translation>
    </message>
    <message>
        <source>Remove {name} and their tasks from the role map?</source>
        <translation>Poistetaanko {name} tehtävineen roolikartasta?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ei vielä kirjattu.</translation>
    </message>
    <message>
        <source>Add the client or a close person</source>
        <translation>Lisää asiakas tai läheinen</translation>
    </message>
    <message>
        <source>The client and the close persons in the client file, with their relation and roles</source>
        <translation>Asiakas ja asiakastiedoissa olevat läheiset suhteineen ja rooleineen</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Poista {row}</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Save state</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Not saved yet: the highlighted value is kept as a draft until you correct it</source>
        <translation>Ei vielä tallennettu: korostettu arvo säilyy luonnoksena, kunnes korjaat sen</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>odottamaton virhe</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Kaikki muutokset tallennettu klo {time}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Kaikki muutokset tallennettu</translation>
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
        <translation>Uusi salausavain</translation>
    </message>
    <message>
        <source>Changing the passphrase keeps the key that encrypts this profile&apos;s data. If that key may have leaked (for example, a copy of this computer&apos;s disk went missing together with your passphrase), encrypt the data again with a new key. A backup is made first, to the backup folder (or to the backups folder of Sopiva Desk). The app then locks: unlock it with your passphrase as before.</source>
        <translation>Tunnuslauseen vaihtaminen säilyttää avaimen, jolla tämän profiilin tiedot on salattu. Jos avain on voinut päätyä vääriin käsiin (esimerkiksi kopio tämän tietokoneen levystä on kadonnut yhdessä tunnuslauseesi kanssa), salaa tiedot uudelleen uudella avaimella. Ensin tehdään varmuuskopio varmuuskopioiden kansioon (tai Sopiva Deskin backups-kansioon). Sen jälkeen sovellus lukittuu: avaa se tunnuslauseellasi kuten ennenkin.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Tunnuslauseesi:</translation>
    </message>
    <message>
        <source>Encrypt with a new key…</source>
        <translation>Salaa uudella avaimella…</translation>
    </message>
    <message>
        <source>Encrypt with a new key</source>
        <translation>Salaa uudella avaimella</translation>
    </message>
    <message>
        <source>The app will lock, encrypt this profile&apos;s data with a new key and make a backup first. It takes a moment. Continue?</source>
        <translation>Sovellus lukittuu, tekee ensin varmuuskopion ja salaa sitten tämän profiilin tiedot uudella avaimella. Se vie hetken. Jatketaanko?</translation>
    </message>
    <message>
        <source>Encrypt and lock</source>
        <translation>Salaa ja lukitse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Decision to make</source>
        <translation>Päätettävä asia</translation>
    </message>
    <message>
        <source>Decision in plain language</source>
        <translation>Päätös selkokielellä</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Päätöksen osat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Kommunikointitavat</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Muu tapa</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Apuvälineet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Kysymykset ja vastaukset</translation>
    </message>
    <message>
        <source>How the will was found out</source>
        <translation>Miten tahto selvitettiin</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>Asiakas on samaa mieltä</translation>
    </message>
    <message>
        <source>Why no opinion could be expressed</source>
        <translation>Miksi mielipidettä ei voitu ilmaista</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Seuraavat askeleet</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Seuranta viimeistään</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>Miten sinulla menee?</translation>
    </message>
    <message>
        <source>The client sorted the options in the client view</source>
        <translation>Asiakas lajitteli vaihtoehdot asiakasnäkymässä</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Liittyvä arvio</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>selkeästi</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>kuvasymboli</translation>
    </message>
    <message>
        <source>tried out</source>
        <translation>kokeiltu</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reaktio</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>asiakkaan omat sanat</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <source>chosen by the client</source>
        <translation>asiakkaan valitsema</translation>
    </message>
    <message>
        <source>question</source>
        <translation>kysymys</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>kenen näkemys</translation>
    </message>
    <message>
        <source>view</source>
        <translation>näkemys</translation>
    </message>
    <message>
        <source>Order of the options</source>
        <translation>Vaihtoehtojen järjestys</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Vaihtoehto {number}</translation>
    </message>
    <message>
        <source>Removed option</source>
        <translation>Poistettu vaihtoehto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Kaikki tämän päätöksenteon kirjauksen muutokset, uusin ensin. Uudessa versiossa tehtyjen muutosten kohdalla näkyy muutoksen syy.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>No topic written yet</source>
        <translation>Aihetta ei ole vielä kirjattu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <source>Locking and language</source>
        <translation>Lukitus ja kieli</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Lukitse, kun käyttämättä:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Uusi kieli tulee käyttöön, kun käynnistät sovelluksen seuraavan kerran.</translation>
    </message>
    <message>
        <source>Closed cases on this computer</source>
        <translation>Päättyneet asiakkuudet tällä tietokoneella</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Ei koskaan (pois päältä)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after closing and syncing</source>
        <translation>
            <numerusform>%n päivä päättymisen ja synkronoinnin jälkeen</numerusform>
            <numerusform>%n päivää päättymisen ja synkronoinnin jälkeen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove closed cases from this computer:</source>
        <translation>Poista päättyneet asiakkuudet tältä tietokoneelta:</translation>
    </message>
    <message>
        <source>Only cases whose every change is on the central records server are removed, and only after you confirm the list. The server keeps them.</source>
        <translation>Vain asiakkuudet, joiden jokainen muutos on asiakastietojärjestelmässä, poistetaan, ja vasta kun olet hyväksynyt luettelon. Palvelin säilyttää ne.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Uuden tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Uusi tunnuslause:</translation>
    </message>
    <message>
        <source>Repeat new passphrase:</source>
        <translation>Toista uusi tunnuslause:</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Vaihdetaan…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Tunnuslause vaihdettiin. Käytä tästä lähtien uutta tunnuslausetta.</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <source>Start visit</source>
        <translation>Aloita käynti</translation>
    </message>
    <message>
        <source>Start a visit with {name}. Everything you record during the visit is saved as you type.</source>
        <translation>Aloita käynti: {name}. Kaikki käynnillä kirjaamasi tallentuu sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>Miten tapaatte?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Paikka</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>esim. asiakkaan koti, Juvan terveysasema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Aloita käynti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>A visit is still open</source>
        <translation>Käynti on vielä auki</translation>
    </message>
    <message>
        <source>The {way} with {name} that started {started} has not been ended.

Continue that visit, or start a new one beside it? Ending the open visit later shows its summary.</source>
        <translation>{name}: {way} (aloitettu {started}) on vielä päättämättä.

Jatketaanko avointa käyntiä vai aloitetaanko uusi sen rinnalle? Avoimen käynnin yhteenveto näytetään, kun se päätetään.</translation>
    </message>
    <message>
        <source>Continue the open visit (started {started})</source>
        <translation>Jatka avointa käyntiä (aloitettu {started})</translation>
    </message>
    <message>
        <source>Start a new visit anyway</source>
        <translation>Aloita silti uusi käynti</translation>
    </message>
</context>
<context>
    <name>StoreDamageDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Tietotiedosto on vioittunut</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Set up a new profile…</source>
        <translation>Luo uusi profiili…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged and cannot be opened. Sopiva Desk has not changed it: it is left as it is, for IT support to examine.</source>
        <translation>Tämän profiilin tietotiedosto on vioittunut, eikä sitä voi avata. Sopiva Desk ei ole muuttanut sitä: tiedosto jätetään ennalleen IT-tuen tutkittavaksi.</translation>
    </message>
    <message>
        <source>Sopiva Desk found damage in the data file of this profile. So that nothing more is lost, it writes nothing into the file from now on: changes are not saved, and client information does not open, because every opening must be recorded in the access log. The file is left as it is, for IT support to examine.</source>
        <translation>Sopiva Desk löysi vaurion tämän profiilin tietotiedostosta. Jotta mitään ei katoaisi lisää, tiedostoon ei tästä eteenpäin kirjoiteta mitään: muutoksia ei tallenneta, eivätkä asiakastiedot aukea, koska jokainen avaaminen on kirjattava käyttölokiin. Tiedosto jätetään ennalleen IT-tuen tutkittavaksi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can continue in two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Restore from a backup:&lt;/b&gt; your data as it was when the backup was made.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set up a new profile:&lt;/b&gt; connect it to the central records, and everything that reached them is synced to it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Voit jatkaa kahdella tavalla:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Palauta varmuuskopiosta:&lt;/b&gt; tietosi sellaisina kuin ne olivat varmuuskopiota tehtäessä.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Luo uusi profiili:&lt;/b&gt; yhdistä se asiakastietojärjestelmään, niin kaikki sinne ehtinyt synkronoidaan siihen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Whether every change had reached the central records cannot be read from the damaged file. Tell IT support when you last synced.</source>
        <translation>Vioittuneesta tiedostosta ei voi lukea, olivatko kaikki muutokset ehtineet asiakastietojärjestelmään. Kerro IT-tuelle, milloin viimeksi synkronoit.</translation>
    </message>
    <message>
        <source>This profile was never connected to the central records, so its data is only on this computer and in its backups.</source>
        <translation>Tätä profiilia ei ole koskaan yhdistetty asiakastietojärjestelmään, joten sen tiedot ovat vain tällä tietokoneella ja sen varmuuskopioissa.</translation>
    </message>
    <message>
        <source>Every change made on this computer had reached the central records: a new profile gets all of it back.</source>
        <translation>Kaikki tällä tietokoneella tehdyt muutokset olivat ehtineet asiakastietojärjestelmään: uusi profiili saa ne kaikki takaisin.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer had not reached the central records yet.</source>
        <translation>
            <numerusform>%n tällä tietokoneella tehty muutos ei ollut vielä ehtinyt asiakastietojärjestelmään.</numerusform>
            <numerusform>%n tällä tietokoneella tehtyä muutosta ei ollut vielä ehtinyt asiakastietojärjestelmään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They concern %n client(s).</source>
        <translation>
            <numerusform>Ne koskevat %n asiakasta.</numerusform>
            <numerusform>Ne koskevat %n asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are only in the damaged file: tell IT support, they may be able to recover them.</source>
        <translation>Ne ovat vain vioittuneessa tiedostossa: kerro asiasta IT-tuelle, he voivat ehkä pelastaa ne.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Hyvin heikko</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Hyvin vahva</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Remove support</source>
        <translation>Poista tuki</translation>
    </message>
    <message>
        <source>e.g. Coaching for living on one&apos;s own</source>
        <translation>esim. Valmennus itsenäiseen asumiseen</translation>
    </message>
    <message>
        <source>Name, as in the role map</source>
        <translation>Nimi kuten roolikartassa</translation>
    </message>
    <message>
        <source>— not from the catalogue —</source>
        <translation>— ei palveluluettelosta —</translation>
    </message>
    <message>
        <source>{name} (per {unit})</source>
        <translation>{name} (yksikkö: {unit})</translation>
    </message>
    <message>
        <source>In the client&apos;s words: who, where, when, how</source>
        <translation>Asiakkaan sanoin: kuka, missä, milloin, miten</translation>
    </message>
    <message>
        <source>e.g. 33,50</source>
        <translation>esim. 33,50</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>Who provides</source>
        <translation>Kuka antaa</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Tuottajan nimi</translation>
    </message>
    <message>
        <source>Service from the catalogue</source>
        <translation>Palvelu palveluluettelosta</translation>
    </message>
    <message>
        <source>Choosing a service fills in its unit and price</source>
        <translation>Palvelun valinta täyttää sen yksikön ja hinnan</translation>
    </message>
    <message>
        <source>The client&apos;s proposal on how it is arranged</source>
        <translation>Asiakkaan ehdotus järjestämistavasta</translation>
    </message>
    <message>
        <source>Arranging method</source>
        <translation>Järjestämistapa</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price, €</source>
        <translation>Yksikköhinta, €</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Duration, months</source>
        <translation>Kesto, kk</translation>
    </message>
    <message>
        <source>Leave empty when it continues until further notice</source>
        <translation>Jätä tyhjäksi, kun tuki jatkuu toistaiseksi</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Tuki {number}</translation>
    </message>
    <message>
        <source>Remove support {number}</source>
        <translation>Poista tuki {number}</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>Kustannus: {amount}</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>&amp;Enrol this computer…</source>
        <translation>&amp;Ota tämä tietokone käyttöön…</translation>
    </message>
    <message>
        <source>Connect this computer to the central records with a one-time code from IT support</source>
        <translation>Liitä tämä tietokone asiakastietojärjestelmään IT-tuelta saamallasi käyttöönottokoodilla</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>Synkronointi on käynnissä</translation>
    </message>
    <message>
        <source>Enrol this computer first: Sync → Enrol this computer</source>
        <translation>Ota tämä tietokone ensin käyttöön: Synkronointi → Ota tämä tietokone käyttöön</translation>
    </message>
    <message>
        <source>Send your changes to the central records and fetch your clients&apos; changes ({key})</source>
        <translation>Lähetä muutoksesi asiakastietojärjestelmään ja hae asiakkaidesi muutokset ({key})</translation>
    </message>
    <message>
        <source>Sync cancelled, nothing lost. What was not sent yet goes next time.</source>
        <translation>Synkronointi peruttiin, mitään ei kadonnut. Lähettämättä jääneet muutokset lähtevät seuraavalla kerralla.</translation>
    </message>
    <message>
        <source>Synced. Changes sent: {sent}, records received: {received}.</source>
        <translation>Synkronoitu. Lähetettyjä muutoksia: {sent}, vastaanotettuja tietoja: {received}.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <source>Sync did not finish. Your changes are kept on this computer.</source>
        <translation>Synkronointi ei valmistunut. Muutoksesi ovat tallessa tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Enrolled with {server} as {user}. Press Sync to send your changes.</source>
        <translation>Liitetty palvelimeen {server} käyttäjänä {user}. Lähetä muutoksesi painamalla Synkronoi.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Local only</source>
        <translation>Vain tällä koneella</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronoitu</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Muutettu synkronoinnin jälkeen</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Everything of this client is on the central records server.</source>
        <translation>Kaikki tämän asiakkaan tiedot ovat asiakastietojärjestelmässä.</translation>
    </message>
    <message>
        <source>This record is on the central records server as it is here.</source>
        <translation>Tämä kirjaus on asiakastietojärjestelmässä sellaisena kuin se on tässä.</translation>
    </message>
    <message>
        <source>Only on this computer: not yet sent to the central records server.</source>
        <translation>Vain tällä tietokoneella: ei vielä lähetetty asiakastietojärjestelmään.</translation>
    </message>
    <message>
        <source>This record is only on this computer: not yet sent to the central records server.</source>
        <translation>Tämä kirjaus on vain tällä tietokoneella: sitä ei ole vielä lähetetty asiakastietojärjestelmään.</translation>
    </message>
    <message>
        <source>Conflicts waiting for someone to decide: {count}</source>
        <translation>Ratkaisua odottavia ristiriitoja: {count}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Lähettämistä odottavia muutoksia: {count}</translation>
    </message>
    <message>
        <source>Changes refused by the server: {count} (see the sync report)</source>
        <translation>Palvelimen hylkäämiä muutoksia: {count} (katso synkronoinnin raportti)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not enrolled</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synkronointi pysäytetty</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkronoitu juuri</translation>
    </message>
    <message>
        <source>Synced {minutes} min ago</source>
        <translation>Synkronoitu {minutes} min sitten</translation>
    </message>
    <message>
        <source>Synced today at {time}</source>
        <translation>Synkronoitu tänään klo {time}</translation>
    </message>
    <message>
        <source>Synced yesterday at {time}</source>
        <translation>Synkronoitu eilen klo {time}</translation>
    </message>
    <message>
        <source>Synced on {date}</source>
        <translation>Synkronoitu {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stop the sync. Nothing is lost: what was sent or received stays, the rest goes next time.</source>
        <translation>Keskeytä synkronointi. Mitään ei katoa: lähetetty ja vastaanotettu säilyy, loput lähtevät seuraavalla kerralla.</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Yhdistetään asiakastietojärjestelmään…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Sending changes {done}/{total}</source>
        <translation>Lähetetään muutoksia {done}/{total}</translation>
    </message>
    <message>
        <source>Sending the access log {done}/{total}</source>
        <translation>Lähetetään käyttölokia {done}/{total}</translation>
    </message>
    <message>
        <source>Receiving page {page}</source>
        <translation>Vastaanotetaan sivua {page}</translation>
    </message>
    <message>
        <source>Saved on this computer, to be sent at the next sync.</source>
        <translation>Tallennettu tälle tietokoneelle, lähtee seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Ei odottavia muutoksia</translation>
    </message>
    <message>
        <source>The central records refused these changes. Click to see why and what you can do.</source>
        <translation>Asiakastietojärjestelmä hylkäsi nämä muutokset. Napsauta nähdäksesi syyn ja mitä voit tehdä.</translation>
    </message>
    <message>
        <source>A record on this computer already has their identity code or commitment number. Click to see what you can do.</source>
        <translation>Tällä tietokoneella on jo tieto, jolla on sama henkilötunnus tai maksusitoumuksen numero. Napsauta, niin näet, mitä voit tehdä.</translation>
    </message>
    <message>
        <source>Someone else changed the same information. Both versions are kept until you choose.</source>
        <translation>Joku muu muutti samaa tietoa. Molemmat versiot säilyvät, kunnes valitset.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Ei ristiriitoja</translation>
    </message>
    <message>
        <source>This computer is not connected to the central records. Choose Sync → Enrol this computer.</source>
        <translation>Tätä tietokonetta ei ole liitetty asiakastietojärjestelmään. Valitse Synkronointi → Ota tämä tietokone käyttöön.</translation>
    </message>
    <message>
        <source>Not synced yet. Press Sync (F9) to send your changes.</source>
        <translation>Ei vielä synkronoitu. Lähetä muutoksesi painamalla Synkronoi (F9).</translation>
    </message>
    <message>
        <source>Last successful sync with {server}: {moment}</source>
        <translation>Viimeisin onnistunut synkronointi palvelimen {server} kanssa: {moment}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n muutos odottaa</numerusform>
            <numerusform>%n muutosta odottaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n muutos hylätty</numerusform>
            <numerusform>%n muutosta hylätty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received change(s) waiting</source>
        <translation>
            <numerusform>%n saapunut muutos odottaa</numerusform>
            <numerusform>%n saapunutta muutosta odottaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>an entry has been changed or its time moved</source>
        <translation>merkintää on muutettu tai sen aikaa siirretty</translation>
    </message>
    <message>
        <source>an entry has been removed, added or moved</source>
        <translation>merkintä on poistettu, lisätty tai siirretty</translation>
    </message>
    <message>
        <source>the log has been cut short or rewritten</source>
        <translation>lokia on lyhennetty tai se on kirjoitettu uudelleen</translation>
    </message>
    <message>
        <source>the log is signed with another key than before</source>
        <translation>loki on allekirjoitettu eri avaimella kuin ennen</translation>
    </message>
    <message>
        <source>the log&apos;s signature does not hold</source>
        <translation>lokin allekirjoitus ei täsmää</translation>
    </message>
    <message>
        <source>an entry already sent to the central records has been changed</source>
        <translation>jo asiakastietojärjestelmään lähetettyä merkintää on muutettu</translation>
    </message>
    <message>
        <source>the clients named by a listing have been changed</source>
        <translation>luettelon asiakkaita on muutettu</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered: {reason}.</source>
        <translation>Asiakastietojärjestelmä havaitsi, että tämän tietokoneen käyttölokia on muutettu: {reason}.</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered at entry {seq}: {reason}.</source>
        <translation>Asiakastietojärjestelmä havaitsi, että tämän tietokoneen käyttölokia on muutettu merkinnän {seq} kohdalla: {reason}.</translation>
    </message>
    <message>
        <source>The administrator has been told. Your own work is kept; entries after this point are kept by the central records but not confirmed.</source>
        <translation>Pääkäyttäjälle on ilmoitettu. Oma työsi on tallessa. Tämän kohdan jälkeiset merkinnät tallentuvat asiakastietojärjestelmään, mutta niitä ei vahvisteta.</translation>
    </message>
    <message>
        <source>The central records confirmed the access log with another key than before, so the confirmation was not kept. Tell your IT support.</source>
        <translation>Asiakastietojärjestelmä vahvisti käyttölokin eri avaimella kuin ennen, joten vahvistusta ei tallennettu. Ilmoita asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>The central records&apos; confirmation of the access log did not hold, so it was not kept. Tell your IT support.</source>
        <translation>Asiakastietojärjestelmän vahvistus käyttölokille ei täsmännyt, joten sitä ei tallennettu. Ilmoita asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Maksusitoumus</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Toteutunut käyttö</translation>
    </message>
    <message>
        <source>{record}: change history</source>
        <translation>{record}: muutoshistoria</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>No assessment templates are installed. Contact IT support.</source>
        <translation>Arviolomakkeiden pohjia ei ole asennettu. Ota yhteys IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Read out:</source>
        <translation>Lue ääneen:</translation>
    </message>
    <message>
        <source>← {number}. {title}</source>
        <translation>← {number}. {title}</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Edellinen osio (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>{number}. {title} →</source>
        <translation>{number}. {title} →</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Seuraava osio (Ctrl+Page Down)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Assessment templates</source>
        <translation>Arvioinnin lomakepohjat</translation>
    </message>
    <message>
        <source>Assessments are made with these templates. Each assessment keeps the template version it was started with.</source>
        <translation>Arviot tehdään näillä lomakepohjilla. Jokainen arvio säilyttää sen pohjan version, jolla se aloitettiin.</translation>
    </message>
    <message>
        <source>Your county&apos;s own templates are read from {folder}.</source>
        <translation>Hyvinvointialueen omat lomakepohjat luetaan kansiosta {folder}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Place in the file</source>
        <translation>Kohta tiedostossa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</source>
        <translation>Nämä lomakepohjatiedostot jätettiin pois, koska niissä on virheitä. Muilla pohjilla tehdyt arviot eivät muutu. Pyydä ylläpitäjää korjaamaan tiedostot.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>The assessment must start</source>
        <translation>Arviointi on aloitettava</translation>
    </message>
    <message>
        <source>The assessment must be completed</source>
        <translation>Arvioinnin on valmistuttava</translation>
    </message>
    <message>
        <source>A decision on the application is due</source>
        <translation>Hakemukseen on tehtävä päätös</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75</source>
        <translation>Sosiaalihuoltolaki 1301/2014 36 §: viimeistään 7. arkipäivänä, kun asiakas on yli 75-vuotias</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: a child needing special support, started by the 7th working day and completed within 3 months</source>
        <translation>Sosiaalihuoltolaki 1301/2014 36 §: erityistä tukea tarvitseva lapsi, aloitettava viimeistään 7. arkipäivänä ja valmis 3 kuukaudessa</translation>
    </message>
    <message>
        <source>Disability Services Act 675/2023: a decision within 3 months of the application</source>
        <translation>Vammaispalvelulaki 675/2023: päätös 3 kuukauden kuluessa hakemuksesta</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Määräpäivä tänään</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 päivä jäljellä</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n} päivää jäljellä</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Myöhässä 1 päivän</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Myöhässä {n} päivää</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tarkemmin</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Tämän päivän käynnit</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Ei käyntejä tänään.</translation>
    </message>
    <message>
        <source>Visits in the next 6 days</source>
        <translation>Käynnit seuraavien 6 päivän aikana</translation>
    </message>
    <message>
        <source>No visits planned for the next 6 days.</source>
        <translation>Seuraaville 6 päivälle ei ole suunniteltu käyntejä.</translation>
    </message>
    <message>
        <source>Drafts and unfinished work</source>
        <translation>Luonnokset ja keskeneräiset</translation>
    </message>
    <message>
        <source>Nothing unfinished.</source>
        <translation>Ei keskeneräisiä.</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Suunnitelmien arvioinnit</translation>
    </message>
    <message>
        <source>No reviews due this week.</source>
        <translation>Tällä viikolla ei arviointeja.</translation>
    </message>
    <message>
        <source>Review of the client plan (version {version})</source>
        <translation>Asiakassuunnitelman arviointi (versio {version})</translation>
    </message>
    <message>
        <source>A review has been started</source>
        <translation>Arviointi on aloitettu</translation>
    </message>
    <message>
        <source>Follow-ups of decision-making</source>
        <translation>Tuetun päätöksenteon seuranta</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Tällä viikolla ei seurattavaa.</translation>
    </message>
    <message>
        <source>Follow up the decision</source>
        <translation>Seuraa päätöksen toteutumista</translation>
    </message>
    <message>
        <source>Statutory deadlines</source>
        <translation>Lakisääteiset määräajat</translation>
    </message>
    <message>
        <source>No statutory deadlines open.</source>
        <translation>Ei avoimia lakisääteisiä määräaikoja.</translation>
    </message>
    <message>
        <source>{basis}. Counted from {date}.</source>
        <translation>{basis}. Laskettu vireilletulopäivästä {date}.</translation>
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
        <translation>Käynti on yhä käynnissä: päätä se</translation>
    </message>
    <message>
        <source>Planned visit not started: start, move or cancel it</source>
        <translation>Suunniteltua käyntiä ei aloitettu: aloita, siirrä tai peru se</translation>
    </message>
    <message>
        <source>Needs assessment draft</source>
        <translation>Palvelutarpeen arvion luonnos</translation>
    </message>
    <message>
        <source>Amendment of the needs assessment (version {version})</source>
        <translation>Palvelutarpeen arvion muutos (versio {version})</translation>
    </message>
    <message>
        <source>Decision-making session draft</source>
        <translation>Tuetun päätöksenteon kirjauksen luonnos</translation>
    </message>
    <message>
        <source>Client plan draft (version {version})</source>
        <translation>Asiakassuunnitelman luonnos (versio {version})</translation>
    </message>
    <message>
        <source>Personal budget not decided</source>
        <translation>Henkilökohtaisesta budjetista ei ole päätöstä</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Kausi {start}–{end}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>{date} alkaen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>All &amp;clients</source>
        <translation>Kaikki a&amp;siakkaat</translation>
    </message>
    <message>
        <source>The client list: search and open any client (Ctrl+4)</source>
        <translation>Asiakasluettelo: hae ja avaa kuka tahansa asiakas (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Lue luettelo uudelleen (F5)</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Päivän työt</translation>
    </message>
    <message>
        <source>Grouped by kind. Press Enter to open the selected row.</source>
        <translation>Ryhmitelty lajin mukaan. Avaa valittu rivi painamalla Enter.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation>Avaa valittu rivi (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>Aloita &amp;käynti</translation>
    </message>
    <message>
        <source>You have arrived: start the selected planned visit now</source>
        <translation>Olet perillä: aloita valittu suunniteltu käynti nyt</translation>
    </message>
    <message>
        <source>Enter opens the selected row: a visit, a draft, the plan to review or the assessment the deadline is about.</source>
        <translation>Enter avaa valitun rivin: käynnin, luonnoksen, arvioitavan suunnitelman tai arvion, jota määräaika koskee.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Luetteloa ei voitu lukea.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>{day} · {name} · {count} own clients (closed ones left out)</source>
        <translation>{day} · {name} · {count} omaa asiakasta (päättyneet pois lukien)</translation>
    </message>
    <message>
        <source>You have no clients of your own yet: no client names you as their own worker. All clients are in the client list.</source>
        <translation>Sinulla ei ole vielä omia asiakkaita: kenenkään asiakkaan omatyöntekijäksi ei ole merkitty sinua. Kaikki asiakkaat löytyvät asiakasluettelosta.</translation>
    </message>
    <message>
        <source>Nothing due: no visits, drafts, reviews or deadlines this week.</source>
        <translation>Ei tehtäviä: tällä viikolla ei ole käyntejä, luonnoksia, arviointeja eikä määräaikoja.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Sopiva Desk is locked</source>
        <translation>Sopiva Desk on lukittu</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue. Unsaved work was saved before locking.</source>
        <translation>Jatka kirjoittamalla tunnuslauseesi. Tallentamattomat muutokset tallennettiin ennen lukitsemista.</translation>
    </message>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <source>There is no profile on this computer yet. Create one to begin.</source>
        <translation>Tällä tietokoneella ei ole vielä profiilia. Aloita luomalla profiili.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your profile.</source>
        <translation>Avaa profiilisi kirjoittamalla tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Choose your profile and enter your passphrase.</source>
        <translation>Valitse profiilisi ja kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profiili: {name}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiili</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Luo uusi profiili</translation>
    </message>
    <message>
        <source>Create a new profile…</source>
        <translation>Luo uusi profiili…</translation>
    </message>
    <message>
        <source>Restore a profile from a backup</source>
        <translation>Palauta profiili varmuuskopiosta</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Remote visit (video)</source>
        <translation>Etäkäynti (video)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Toimistokäynti</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Planned, not started</source>
        <translation>Suunniteltu, ei aloitettu</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Peruttu: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>← Client file</source>
        <translation>← Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Back to the client file; the visit stays open (Alt+Left or Esc)</source>
        <translation>Takaisin asiakkaan tietoihin; käynti jää auki (Alt+Vasen tai Esc)</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>Ta&amp;pa</translation>
    </message>
    <message>
        <source>Way of meeting</source>
        <translation>Tapaamisen tapa</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Pa&amp;ikka</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home</source>
        <translation>esim. asiakkaan koti</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Ketkä osallistuivat</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Lisää osa&amp;llistuja</translation>
    </message>
    <message>
        <source>Add who took part: the client, and e.g. a relative, an interpreter or a support person.</source>
        <translation>Lisää, ketkä osallistuivat: asiakas ja esimerkiksi omainen, tulkki tai tukihenkilö.</translation>
    </message>
    <message>
        <source>Who was absent</source>
        <translation>Ketkä olivat poissa</translation>
    </message>
    <message>
        <source>Add a&amp;bsent person</source>
        <translation>Lisää poissaoli&amp;ja</translation>
    </message>
    <message>
        <source>Someone who was invited or expected but did not take part.</source>
        <translation>Henkilö, joka oli kutsuttu tai jota odotettiin, mutta joka ei osallistunut.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, what happens next.</source>
        <translation>Mistä puhuttiin, mitä sovittiin ja mitä seuraavaksi tapahtuu.</translation>
    </message>
    <message>
        <source>Ending the visit saves everything and shows a summary.</source>
        <translation>Kun päätät käynnin, kaikki tallennetaan ja näet yhteenvedon.</translation>
    </message>
    <message>
        <source>&amp;End visit</source>
        <translation>Päätä &amp;käynti</translation>
    </message>
    <message>
        <source>End the visit and see what was recorded</source>
        <translation>Päätä käynti ja katso, mitä kirjattiin</translation>
    </message>
    <message>
        <source>client</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>Add a close person</source>
        <translation>Lisää läheinen</translation>
    </message>
    <message>
        <source>Visit · {way} · {span} · ended</source>
        <translation>Käynti · {way} · {span} · päättynyt</translation>
    </message>
    <message>
        <source>Visit · {way} · started {time}</source>
        <translation>Käynti · {way} · alkoi {time}</translation>
    </message>
    <message>
        <source>Visit with {name}</source>
        <translation>Käynti: {name}</translation>
    </message>
    <message>
        <source>This visit has ended. Changes are still saved.</source>
        <translation>Tämä käynti on päättynyt. Muutokset tallennetaan edelleen.</translation>
    </message>
    <message>
        <source>End visit</source>
        <translation>Päätä käynti</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</source>
        <translation>Osa kirjoittamastasi ei ole tallentunut: {reason}

Jos päätät käynnin nyt, se teksti menetetään. Päätetäänkö käynti silti?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <source>Visit ended</source>
        <translation>Käynti päättyi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>The visit has ended</source>
        <translation>Käynti on päättynyt</translation>
    </message>
    <message>
        <source>planned for {time}</source>
        <translation>suunniteltu {time}</translation>
    </message>
    <message>
        <source>Everything is saved on this computer.</source>
        <translation>Kaikki on tallennettu tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Cancelled {time}</source>
        <translation>Peruttu {time}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Muistiinpanoja ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</source>
        <translation>Luonnokset säilyvät sellaisinaan. Voit viimeistellä ne myöhemmin asiakkaan Käynnit ja arviot -välilehdellä.</translation>
    </message>
    <message>
        <source>Still drafts</source>
        <translation>Vielä luonnoksina</translation>
    </message>
    <message>
        <source>1 record is waiting for the next sync.</source>
        <translation>1 tietue odottaa seuraavaa synkronointia.</translation>
    </message>
    <message>
        <source>{n} records are waiting for the next sync.</source>
        <translation>{n} tietuetta odottaa seuraavaa synkronointia.</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Odottaa synkronointia</translation>
    </message>
    <message>
        <source>They stay encrypted on this computer until you sync with the central records.</source>
        <translation>Ne säilyvät salattuina tällä tietokoneella, kunnes synkronoit ne keskitettyyn asiakastietovarantoon.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>1 participant: {names}</source>
        <translation>1 osallistuja: {names}</translation>
    </message>
    <message>
        <source>{n} participants: {names}</source>
        <translation>{n} osallistujaa: {names}</translation>
    </message>
    <message>
        <source>No participants recorded</source>
        <translation>Osallistujia ei kirjattu</translation>
    </message>
    <message>
        <source>1 person absent: {names}</source>
        <translation>1 poissa: {names}</translation>
    </message>
    <message>
        <source>{n} people absent: {names}</source>
        <translation>{n} poissa: {names}</translation>
    </message>
    <message>
        <source>Notes written</source>
        <translation>Muistiinpanot kirjoitettu</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Ei muistiinpanoja</translation>
    </message>
    <message>
        <source>Completed: {title} ({time})</source>
        <translation>Valmis: {title} ({time})</translation>
    </message>
    <message>
        <source>No assessment was completed during this visit</source>
        <translation>Tällä käynnillä ei valmistunut arviota</translation>
    </message>
    <message>
        <source>Decision-making session completed {time}: {topic}</source>
        <translation>Päätöksenteon kirjaus valmis {time}: {topic}</translation>
    </message>
    <message>
        <source>Decision-making session started {time}: {topic}</source>
        <translation>Päätöksenteon kirjaus aloitettu {time}: {topic}</translation>
    </message>
    <message>
        <source>{title}, started {time}</source>
        <translation>{title}, aloitettu {time}</translation>
    </message>
</context>
<context>
    <name>VisitWorkPanel</name>
    <message>
        <source>Start needs &amp;assessment</source>
        <translation>Aloita palvelutarpeen &amp;arvio</translation>
    </message>
    <message>
        <source>A service-needs assessment that belongs to this visit</source>
        <translation>Tähän käyntiin kuuluva palvelutarpeen arvio</translation>
    </message>
    <message>
        <source>Assessments of this visit</source>
        <translation>Tämän käynnin arviot</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment.</source>
        <translation>Avaa valittu arvio painamalla Enter.</translation>
    </message>
    <message>
        <source>No assessments in this visit yet.</source>
        <translation>Tällä käynnillä ei ole vielä arvioita.</translation>
    </message>
    <message>
        <source>Start a &amp;decision-making session</source>
        <translation>Aloita tu&amp;ettu päätöksenteko</translation>
    </message>
    <message>
        <source>A supported decision-making session that belongs to this visit</source>
        <translation>Tähän käyntiin kuuluva tuetun päätöksenteon kirjaus</translation>
    </message>
    <message>
        <source>Decision-making sessions of this visit</source>
        <translation>Tämän käynnin päätöksenteon kirjaukset</translation>
    </message>
    <message>
        <source>Press Enter to open the selected session.</source>
        <translation>Avaa valittu kirjaus painamalla Enter.</translation>
    </message>
    <message>
        <source>No decision-making sessions in this visit yet.</source>
        <translation>Tällä käynnillä ei ole vielä päätöksenteon kirjauksia.</translation>
    </message>
    <message>
        <source>Work on the p&amp;lan</source>
        <translation>Työstä &amp;suunnitelmaa</translation>
    </message>
    <message>
        <source>Continue the draft of the client plan, or draft it from the latest completed assessment</source>
        <translation>Jatka asiakassuunnitelman luonnosta tai laadi se viimeisimmän valmiin arvioinnin pohjalta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;vaa</translation>
    </message>
    <message>
        <source>Open the selected assessment or session (Enter)</source>
        <translation>Avaa valittu arvio tai kirjaus (Enter)</translation>
    </message>
    <message>
        <source>Drafts can be left unfinished: they are saved and can be completed later.</source>
        <translation>Luonnokset voi jättää kesken: ne on tallennettu ja ne voi viimeistellä myöhemmin.</translation>
    </message>
    <message>
        <source>What we do today</source>
        <translation>Mitä teemme tänään</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sopiva Desk</source>
        <translation>Tervetuloa Sopiva Desk -sovellukseen</translation>
    </message>
    <message>
        <source>Before you start, please read how your data is protected.</source>
        <translation>Lue ennen aloittamista, miten tietosi suojataan.</translation>
    </message>
    <message>
        <source>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</source>
        <translation>Sopiva Desk säilyttää asiakastyösi tiedot tällä tietokoneella. Kaikki, mitä tallennat, salataan valitsemallasi tunnuslauseella.</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</source>
        <translation>Valitse tunnuslause, jonka muistat. Sopiva Desk ei voi näyttää tunnuslausettasi eikä vaihtaa sitä puolestasi.</translation>
    </message>
    <message>
        <source>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</source>
        <translation>Jos organisaatiosi on ottanut käyttöön palautusavaimen, toimisto voi palauttaa pääsyn tietoihisi. Kysy IT-tuelta, onko näin.</translation>
    </message>
    <message>
        <source>Next, you will create your personal profile.</source>
        <translation>Seuraavaksi luot henkilökohtaisen profiilisi.</translation>
    </message>
</context>
</TS>
