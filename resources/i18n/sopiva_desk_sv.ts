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
        <location line="+10"/>
        <source>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Piktogram: OpenMoji, projektet för emojier och ikoner med öppen källkod ({url}). Licens: {license_link}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>AddCommitmentDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/budget_commitment.py" line="+27"/>
        <source>Add a payment commitment</source>
        <translation>Lägg till betalningsförbindelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add commitment</source>
        <translation>Lägg till förbindelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county promises to pay the service provider up to the maximum sum. Money is never paid to the client.</source>
        <translation>Välfärdsområdet förbinder sig att betala serviceproducenten högst maximibeloppet. Pengar betalas aldrig till klienten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. MS-2026-014</source>
        <translation>t.ex. MS-2026-014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider</source>
        <translation>&amp;Serviceproducent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum sum (€)</source>
        <translation>&amp;Maximibelopp (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from</source>
        <translation>Giltig &amp;från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;to</source>
        <translation>Giltig &amp;till</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/plan_agree.py" line="+28"/>
        <source>Agree the plan</source>
        <translation>Godkänn planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreeing locks this version of the plan. The plan agreed before it is kept as superseded. Later changes are made in a new version.</source>
        <translation>Godkännandet låser den här versionen av planen. Den plan som godkändes tidigare sparas som ersatt. Senare ändringar görs i en ny version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreed with the client on</source>
        <translation>&amp;Överenskommen med klienten den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with the client on</source>
        <translation>Överenskommen med klienten den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agree</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AmendAssessmentDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/amend_assessment.py" line="+35"/>
        <source>Amend assessment</source>
        <translation>Ändra bedömningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</source>
        <translation>En slutförd bedömning ändras inte. När du ändrar den skapas en ny version med samma svar, som ett utkast som du kan redigera och slutföra på nytt. Orsaken sparas med varje ändring som görs i den nya versionen och visas i ändringshistoriken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the change</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “The client told more about their need for support on 3.2.”</source>
        <translation>t.ex. ”Klienten berättade mer om sitt stödbehov den 3.2.”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the change (required)</source>
        <translation>Orsak till ändringen (obligatorisk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make new version</source>
        <translation>Skapa ny version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/assessment_history.py" line="+39"/>
        <source>History of changes</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Alla ändringar i svaren i ”{title}”, de senaste först. För ändringar som gjorts i en ny version visas orsaken som angavs när versionen skapades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All fields</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Visa ändringar i:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answers have been changed yet.</source>
        <translation>Inga svar har ändrats ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen change in full</source>
        <translation>Den valda ändringen i sin helhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a change to see the whole old and new answer.</source>
        <translation>Välj en ändring för att se hela det gamla och det nya svaret.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{when} · {who} · version {version}</source>
        <translation>{when} · {who} · version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before:</source>
        <translation>Före:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After:</source>
        <translation>Efter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the change: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/assessment_history_model.py" line="+42"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Orsak till ändringen</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/assessment_list_model.py" line="+30"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{title}, template version {version}</source>
        <translation>{title}, mallversion {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/section_navigator.py" line="+30"/>
        <source>Done: every required answer is given</source>
        <translation>Klar: alla obligatoriska svar har getts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: required answers are missing</source>
        <translation>Påbörjad: obligatoriska svar saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: an answer was not accepted</source>
        <translation>Kontrollera: ett svar godkändes inte</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/assessment.py" line="+106"/>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the answers: who, when, old and new</source>
        <translation>Alla ändringar i svaren: vem, när, gammalt och nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend…</source>
        <translation>Ändra bedömningen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new version to change a completed assessment</source>
        <translation>Skapa en ny version för att ändra en slutförd bedömning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the required answers and lock the assessment (Ctrl+Enter)</source>
        <translation>Kontrollera de obligatoriska svaren och lås bedömningen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answers to give before completing</source>
        <translation>Svar som ska ges innan bedömningen slutförs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sections</source>
        <translation>&amp;Avsnitt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Med Ctrl+Page Down och Ctrl+Page Up flyttar du mellan avsnitten</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Assessment of {name}</source>
        <translation>Bedömning: {name}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/section_navigator.py" line="+3"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check</source>
        <translation>kontrollera</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/pages/assessment.py" line="+19"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Completed on {date}</source>
        <translation>Slutförd {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} · {status}</source>
        <translation>Version {number} · {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the change: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed and locked. To change an answer, choose Amend… and give the reason.</source>
        <translation>Slutförd och låst. Om du vill ändra ett svar väljer du Ändra bedömningen… och anger orsaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer version replaces this one. It is kept as it was and cannot be changed.</source>
        <translation>En nyare version ersätter den här. Den här versionen sparas som den var och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>{field}: not accepted</source>
        <translation>{field}: godkändes inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some answers were not accepted. Correct them, then complete again.</source>
        <translation>Vissa svar godkändes inte. Rätta dem och slutför sedan på nytt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n required answer(s) missing. Choose one to go to it.</source>
        <translation>
            <numerusform>%n obligatoriskt svar saknas. Välj det för att gå till det.</numerusform>
            <numerusform>%n obligatoriska svar saknas. Välj ett för att gå till det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every required answer is given. You can complete the assessment now.</source>
        <translation>Alla obligatoriska svar har getts. Du kan slutföra bedömningen nu.</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/assessment_problems.py" line="+63"/>
        <source>Go to this field</source>
        <translation>Gå till fältet</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/budget_tables.py" line="+17"/>
        <location line="+12"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Plan support</source>
        <translation>Stöd i planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Unit price (€)</source>
        <translation>Enhetspris (€)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Arranged as</source>
        <translation>Ordnas som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/budget_editor.py" line="+83"/>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+180"/>
        <source>Budget period</source>
        <translation>Budgetperiod</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <location line="+154"/>
        <source>Budget lines</source>
        <translation>Budgetrader</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Each line is arranged without paying the client: payment commitment, service voucher, purchased service or own production. Double-click or type in a cell to change it; totals update at once.</source>
        <translation>Varje rad ordnas utan att pengar betalas till klienten: betalningsförbindelse, servicesedel, köpt tjänst eller egen produktion. Dubbelklicka eller skriv i en cell för att ändra den; summorna uppdateras direkt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add lines from the plan</source>
        <translation>Lägg till rader från planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line for every support of the client plan not yet in the budget</source>
        <translation>En rad för varje stöd i klientplanen som ännu inte finns i budgeten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+257"/>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Justification</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services the client has or is entitled to, at the county&apos;s unit price, for the budget period: the cost-neutrality ceiling.</source>
        <translation>De tjänster klienten har eller har rätt till, till välfärdsområdets enhetspris, för budgetperioden: taket för kostnadsneutralitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference lines</source>
        <translation>Referenskostnadens rader</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add reference line</source>
        <translation>Lägg till referensrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove reference line</source>
        <translation>Ta bort referensrad</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This budget is decided and locked. A change needs a new decision; follow-up goes on in the Follow-up tab.</source>
        <translation>Budgeten är beslutad och låst. En ändring kräver ett nytt beslut; uppföljningen fortsätter på fliken Uppföljning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This budget is closed and read-only.</source>
        <translation>Budgeten är stängd och kan bara läsas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Required: the budget is over the reference cost. Explain why the extra cost is needed.</source>
        <translation>Obligatorisk: budgeten överskrider referenskostnaden. Motivera varför merkostnaden behövs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed only when the budget is over the reference cost.</source>
        <translation>Behövs bara när budgeten överskrider referenskostnaden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Reference line {number}</source>
        <translation>Referensrad {number}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Remove line {number} from the budget?</source>
        <translation>Ta bort rad {number} från budgeten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetFollowUpView</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/budget_follow_up.py" line="+149"/>
        <source>Bar: the share of the allocation used; the dark mark: the share of the period gone by.</source>
        <translation>Stapeln: använd andel av det budgeterade; det mörka strecket: förfluten andel av perioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance per line</source>
        <translation>Saldo per rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Allocated</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Expected by now</source>
        <translation>Väntat hittills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used vs time</source>
        <translation>Användning och tid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum sum</source>
        <translation>Maximibelopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add commitment…</source>
        <translation>Lägg till betalningsförbindelse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment commitments</source>
        <translation>Betalningsförbindelser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record use…</source>
        <translation>Registrera användning…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised use</source>
        <translation>Förverkligad användning</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>On {today}, {percent} % of the period {start}–{end} has gone by.</source>
        <translation>Den {today} har {percent} % av perioden {start}–{end} gått.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocated {allocated} · used {used} · expected by now {expected} · remaining {remaining}</source>
        <translation>Budgeterat {allocated} · använt {used} · väntat hittills {expected} · kvar {remaining}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{used} % used, {elapsed} % of the period gone by</source>
        <translation>{used} % använt, {elapsed} % av perioden har gått</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{used} % used, {elapsed} % of the time</source>
        <translation>{used} % använt, {elapsed} % av tiden</translation>
    </message>
</context>
<context>
    <name>BudgetFormDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/budget_form.py" line="+58"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/budget_history.py" line="+25"/>
        <source>History of the personal budget</source>
        <translation>Den personliga budgetens historik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed line</source>
        <translation>Borttagen rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference line {number}</source>
        <translation>Referensrad {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment commitment {number}</source>
        <translation>Betalningsförbindelse {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised use</source>
        <translation>Förverkligad användning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>Budgetperiod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision number</source>
        <translation>Beslutets nummer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>at most {amount}</source>
        <translation>högst {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/plan_list_model.py" line="+33"/>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/budget.py" line="+70"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide…</source>
        <translation>Besluta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decision: the budget is then locked</source>
        <translation>Registrera beslutet: budgeten låses sedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+215"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Close budget</source>
        <translation>Stäng budgeten</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>End the budget: nothing can be recorded after this</source>
        <translation>Avsluta budgeten: inget kan registreras efter detta</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+46"/>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal budget of {name}</source>
        <translation>Personlig budget: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicative: not decided yet</source>
        <translation>Preliminär: ännu inte beslutad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided on {date}</source>
        <translation>Beslutad {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · decision {number}</source>
        <translation>{status} · beslut {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up starts when the budget is decided</source>
        <translation>Uppföljningen börjar när budgeten är beslutad</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Close this personal budget? Nothing can be changed or recorded in it after this.</source>
        <translation>Stänga den här personliga budgeten? Efter detta kan inget ändras eller registreras i den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BudgetParts</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/budget_parts.py" line="+28"/>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased service</source>
        <translation>Köpt tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own production</source>
        <translation>Egen produktion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trip</source>
        <translation>resa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piece</source>
        <translation>st.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>BudgetTotalsBar</name>
    <message>
        <location line="+46"/>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Budget totals</source>
        <translation>Budgetens summor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cost-neutral</source>
        <translation>Kostnadsneutral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the reference by {amount}</source>
        <translation>Överskrider referenskostnaden med {amount}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reference cost {reference}, allocation {allocation}, difference {difference}. {state}</source>
        <translation>Referenskostnad {reference}, budgeterat {allocation}, skillnad {difference}. {state}</translation>
    </message>
</context>
<context>
    <name>CasePhase</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="+43"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
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
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
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
    <name>ClientAssessmentsWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="+109"/>
        <source>Start &amp;visit…</source>
        <translation>Inled &amp;besök…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a home visit, remote visit, phone call or office visit with this client</source>
        <translation>Inled ett hembesök, distansbesök, telefonsamtal eller kontorsbesök med den här klienten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue visit</source>
        <translation>&amp;Fortsätt besöket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the visit that is still open</source>
        <translation>Gå tillbaka till besöket som ännu är öppet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Ny bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a service-needs assessment without a visit</source>
        <translation>Inled en bedömning av servicebehovet utan besök</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assessments</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Press Enter to open the selected assessment.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda bedömningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click an assessment or press Enter to open it.</source>
        <translation>Dubbelklicka på en bedömning eller tryck på Enter för att öppna den.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Supported decision-making</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;decision-making session</source>
        <translation>Nytt stött &amp;beslutsfattande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a supported decision-making session without a visit</source>
        <translation>Börja dokumentera stött beslutsfattande utan ett besök</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision-making sessions</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Press Enter to open the selected session.</source>
        <translation>Nyaste först. Öppna den valda med Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a session or press Enter to open it.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision-making sessions yet.</source>
        <translation>Inget stött beslutsfattande ännu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{way}, {date}</source>
        <translation>{way}, {date}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Phase: {phase}</source>
        <translation>Fas: {phase}</translation>
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
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="+222"/>
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
        <location filename="../../sopiva_desk/gui/pages/client_file.py" line="-120"/>
        <source>Details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Close persons</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits and assessments</source>
        <translation>Besök och bedömningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and budget</source>
        <translation>Plan och budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Access log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+7"/>
        <source>← Clients</source>
        <translation>← Klienter</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Tillbaka till klientlistan (Alt+Vänsterpil eller Esc)</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+341"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Remove the selected close person</source>
        <translation>Ta bort den valda närstående personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+286"/>
        <source>Roles of the selected person</source>
        <translation>Den valda personens roller</translation>
    </message>
    <message>
        <location line="-253"/>
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
        <location line="+9"/>
        <location line="+6"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Documents handed to someone outside the organisation: to whom, on what basis and why. The client has the right to see these too.</source>
        <translation>Handlingar som lämnats ut utanför organisationen: till vem, på vilken grund och för vilket ändamål. Klienten har rätt att se även dessa.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (inte längre en kommun)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
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
    <name>ClientPlanWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_plan.py" line="+82"/>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft the plan</source>
        <translation>&amp;Gör upp planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the client plan; the situation, support needs and strengths are taken from the latest completed assessment</source>
        <translation>Börja klientplanen; situationen, stödbehoven och styrkorna hämtas från den senaste färdiga bedömningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue draft</source>
        <translation>&amp;Fortsätt utkastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open plan</source>
        <translation>&amp;Öppna planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in force; a new version is made from there</source>
        <translation>Den gällande planen; en ny version görs där</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan versions</source>
        <translation>Planens versioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Press Enter to open the selected version.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda versionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No client plan yet.</source>
        <translation>Ingen klientplan ännu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;budget…</source>
        <translation>Gör upp &amp;budget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>A personal budget for the plan&apos;s supports, with the reference cost as its ceiling</source>
        <translation>En personlig budget för planens stöd, med referenskostnaden som tak</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Personal budgets</source>
        <translation>Personliga budgetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest period first. Press Enter to open the selected budget.</source>
        <translation>Senaste perioden först. Tryck på Enter för att öppna den valda budgeten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No personal budget. Personal budgeting is one way to arrange the supports of the plan, when it suits the client.</source>
        <translation>Ingen personlig budget. Personlig budgetering är ett sätt att ordna planens stöd, när det passar klienten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>Utvärderingar</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+102"/>
        <source>&amp;Review the plan…</source>
        <translation>&amp;Utvärdera planen…</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Newest first. Press Enter to open the selected review.</source>
        <translation>Nyaste först. Tryck på Enter för att öppna den valda utvärderingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews yet. At a review, the client and you rate how far each goal has been reached.</source>
        <translation>Inga utvärderingar ännu. Vid en utvärdering bedömer klienten och du hur långt varje mål har nåtts.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>In force: version {version}, agreed on {date}.</source>
        <translation>Gäller: version {version}, godkänd {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review on {date}.</source>
        <translation>Utvärdering {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreed plan yet.</source>
        <translation>Ingen godkänd plan ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} is a draft.</source>
        <translation>Version {version} är ett utkast.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Continue the review</source>
        <translation>&amp;Fortsätt utvärderingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate with the client how far each goal has been reached, and ask how things are</source>
        <translation>Bedöm med klienten hur långt varje mål har nåtts och fråga hur det går</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan is reviewed once it has been agreed.</source>
        <translation>En plan utvärderas när den har godkänts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft the client plan first: a budget is built from its supports.</source>
        <translation>Gör först upp klientplanen: budgeten byggs av dess stöd.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/sorting.py" line="+67"/>
        <source>All cards are sorted.</source>
        <translation>Alla kort är sorterade.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</source>
        <translation>Tryck 1 för Bra, 2 för Vet inte, 3 för Inte bra. Tryck 0 så går kortet tillbaka. Med pilarna går du mellan korten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cards to sort</source>
        <translation>Kort att sortera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column: {name}</source>
        <translation>Kolumn: {name}</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Card: {title}. In column: {column}.</source>
        <translation>Kort: {title}. I kolumnen: {column}.</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/texts.py" line="+14"/>
        <location line="+11"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not sure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not good</source>
        <translation>Inte bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sorted yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very bad</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Okej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/wellbeing.py" line="+39"/>
        <source>Choice {number} of {count}</source>
        <translation>Alternativ {number} av {count}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Press a number from 1 to 5, or use the arrow keys and Enter.</source>
        <translation>Tryck på en siffra från 1 till 5. Eller välj med pilarna och tryck Enter.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You chose: {answer}</source>
        <translation>Du valde: {answer}</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/leave.py" line="+25"/>
        <source>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</source>
        <translation>Tryck och håll kvar i {seconds} sekunder. Eller håll ner Esc i {seconds} sekunder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to the counsellor&apos;s view</source>
        <translation>Tillbaka till handledarens vy</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/client_view/window.py" line="+37"/>
        <location filename="../../sopiva_desk/gui/client_view/wellbeing.py" line="-72"/>
        <source>How are things?</source>
        <translation>Hur har du det?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Client view</source>
        <translation>Klientvy</translation>
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
    <name>CreateBudgetDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/create_budget.py" line="+33"/>
        <source>New personal budget</source>
        <translation>Ny personlig budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create budget</source>
        <translation>Skapa budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference cost is taken from the plan&apos;s services and the price list on the first day of the period. A period can be at most two years.</source>
        <translation>Referenskostnaden beräknas från planens tjänster med prislistan på periodens första dag. En period kan vara högst två år.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period &amp;starts</source>
        <translation>Perioden &amp;börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;ends</source>
        <translation>Perioden &amp;slutar</translation>
    </message>
</context>
<context>
    <name>DecideBudgetDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/budget_form.py" line="+99"/>
        <source>Decide the personal budget</source>
        <translation>Besluta om den personliga budgeten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decide</source>
        <translation>Besluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and realised use) goes on.</source>
        <translation>En beslutad budget låses: en ändring kräver ett nytt beslut. Uppföljningen (betalningsförbindelser och förverkligad användning) fortsätter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision &amp;date</source>
        <translation>Besluts&amp;datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;number</source>
        <translation>Beslutets &amp;nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>frivilligt</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/decision_form.py" line="+64"/>
        <source>Supporter chosen by the client</source>
        <translation>Stödperson som klienten valt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain language</source>
        <translation>Lätt språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures or symbols</source>
        <translation>Bilder eller symboler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting into good / not sure / not good</source>
        <translation>Sortering: bra / vet inte / inte bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication device (AAC)</source>
        <translation>Kommunikationshjälpmedel (AKK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key-word signs</source>
        <translation>Tecken som stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-language interpreter</source>
        <translation>Teckenspråkstolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agrees</source>
        <translation>Håller med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly agrees</source>
        <translation>Håller delvis med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagrees</source>
        <translation>Håller inte med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not express an opinion</source>
        <translation>Kunde inte uttrycka sin åsikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 – very bad</source>
        <translation>1 – mycket dåligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – bad</source>
        <translation>2 – dåligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – okay</source>
        <translation>3 – okej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – good</source>
        <translation>4 – bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – very good</source>
        <translation>5 – mycket bra</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>1. The decision at hand</source>
        <translation>1. Beslutet som ska fattas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision to make</source>
        <translation>&amp;Beslut som ska fattas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your own words: what is to be decided, and why now.</source>
        <translation>Med egna ord: vad som ska beslutas och varför nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In &amp;plain language for the client</source>
        <translation>På &amp;lätt språk för klienten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One short sentence with everyday words. The client sees it in the client view.</source>
        <translation>En kort mening med vardagliga ord. Klienten ser den i klientvyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller parts of the decision</source>
        <translation>Beslutets mindre delar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the decision</source>
        <translation>Beslutets delar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;part</source>
        <translation>Lägg till en &amp;del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part {number}</source>
        <translation>del {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A big decision is easier in small steps, e.g. where, with whom, when.</source>
        <translation>Ett stort beslut är lättare i små steg, t.ex. var, med vem, när.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Informs the &amp;assessment</source>
        <translation>Hör till &amp;bedömningen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: the client&apos;s needs assessment this decision belongs to.</source>
        <translation>Frivilligt: klientens bedömning av servicebehovet som beslutet hör till.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2. Who took part and how</source>
        <translation>2. Vilka deltog och hur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</source>
        <translation>Klienten är alltid med. Klienten väljer stödpersonerna; en stödperson hjälper klienten att besluta men beslutar aldrig för klienten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by the client</source>
        <translation>Vald av klienten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a p&amp;articipant</source>
        <translation>Lägg till en &amp;deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant {number}</source>
        <translation>deltagare {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the client and you so far.</source>
        <translation>Än så länge bara klienten och du.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Communication methods used</source>
        <translation>Kommunikationssätt som användes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other &amp;method</source>
        <translation>Annat &amp;sätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aids used</source>
        <translation>Hjälpmedel som användes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. a picture folder, tablet, photos of the places</source>
        <translation>t.ex. en bildpärm, surfplatta, foton av platserna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Options and the client&apos;s reactions</source>
        <translation>3. Alternativen och klientens reaktioner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</source>
        <translation>Visa ett alternativ i taget med en bild. Klienten kan sortera dem i klientvyn (F5): bra, vet inte, inte bra.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>4. Outcome</source>
        <translation>4. Resultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The d&amp;ecision</source>
        <translation>&amp;Beslutet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the client decided.</source>
        <translation>Vad klienten beslutade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions asked and the client&apos;s answers</source>
        <translation>Frågor som ställdes och klientens svar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s answer</source>
        <translation>Klientens svar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions and answers</source>
        <translation>Frågor och svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;question</source>
        <translation>Lägg till en &amp;fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {number}</source>
        <translation>fråga {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No questions recorded.</source>
        <translation>Inga frågor antecknade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How the client&apos;s will was found out</source>
        <translation>&amp;Hur klientens vilja utreddes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</source>
        <translation>t.ex. klienten pekade på bilder och svarade ja på varje; prövade platsen en dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does the client agree with the decision?</source>
        <translation>Håller klienten med om beslutet?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the client could not express an opinion</source>
        <translation>Varför klienten inte kunde uttrycka sin åsikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Others&apos; views are recorded beside the client&apos;s, never instead of it.</source>
        <translation>Andras åsikter antecknas vid sidan av klientens, aldrig i stället för den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whose view</source>
        <translation>Vems åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Åsikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a differing &amp;view</source>
        <translation>Lägg till en avvikande &amp;åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view {number}</source>
        <translation>åsikt {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differing views.</source>
        <translation>Inga avvikande åsikter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next steps</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up by</source>
        <translation>&amp;Uppföljning senast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“How are things?” – the client&apos;s answer</source>
        <translation>”Hur har du det?” – klientens svar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked with the picture scale in the client view, or set here.</source>
        <translation>Frågas med bildskalan i klientvyn eller anges här.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask with the &amp;picture scale</source>
        <translation>Fråga med &amp;bildskalan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the client view with five faces, from very bad to very good</source>
        <translation>Öppnar klientvyn med fem ansikten, från mycket dåligt till mycket bra</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No link</source>
        <translation>Ingen koppling</translation>
    </message>
</context>
<context>
    <name>DecisionSessionPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/decision_session.py" line="+103"/>
        <source>Supported decision-making</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Client view (F5)</source>
        <translation>Klientvy (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full-screen view for the client: big text and pictures, sorting the options</source>
        <translation>En helskärmsvy för klienten: stor text och bilder, sortering av alternativen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new version to change a completed session</source>
        <translation>Gör en ny version för att ändra en slutförd dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is required and lock the session (Ctrl+Enter)</source>
        <translation>Kontrollera de obligatoriska uppgifterna och lås dokumentationen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Before completing, record:</source>
        <translation>Anteckna före du markerar som klar:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What to record before completing</source>
        <translation>Vad som ska antecknas före markering som klar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Decision-making session</source>
        <translation>Stött beslutsfattande</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decision-making session with {name}</source>
        <translation>Stött beslutsfattande: {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft, started {date}</source>
        <translation>Utkast, påbörjat {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed {date}</source>
        <translation>Klar {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · version {version}</source>
        <translation>{status} · version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the amendment: {reason}</source>
        <translation>Orsak till ändringen: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is completed and locked. To change it, use Amend: a new version is made and the reason is recorded.</source>
        <translation>Dokumentationen är klar och låst. Ändra den med Ändra: en ny version görs och orsaken antecknas.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amend the session</source>
        <translation>Ändra dokumentationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</source>
        <translation>En slutförd dokumentation ändras inte. En ändring gör en ny version med samma innehåll som ett utkast som du kan redigera och markera som klart igen. Orsaken sparas med varje ändring i den nya versionen.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/disclosure.py" line="+23"/>
        <source>Record a disclosure</source>
        <translation>Anteckna ett utlämnande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record disclosure</source>
        <translation>Anteckna utlämnande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record every time client data is handed to someone outside the services, e.g. another authority or a service provider. The client may ask to see these entries.</source>
        <translation>Anteckna varje gång klientuppgifter lämnas ut utanför tjänsterna, t.ex. till en annan myndighet eller en tjänsteproducent. Klienten kan be att få se dessa anteckningar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}, document ID {id}</source>
        <translation>{title}, dokumentets kod {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Kela, Tampere office</source>
        <translation>t.ex. FPA, Tammerfors byrå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basis</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A law allows or requires it</source>
        <translation>En lag tillåter eller kräver det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s consent</source>
        <translation>Klientens samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Law or consent</source>
        <translation>&amp;Lag eller samtycke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Syfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: how the consent was given, e.g. in writing</source>
        <translation>frivilligt: hur samtycket gavs, t.ex. skriftligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Client Data Act 703/2023 § 17</source>
        <translation>t.ex. klientdatalagen 703/2023 17 §</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/disclosure_model.py" line="+15"/>
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed by</source>
        <translation>Utlämnat av</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/document_preview.py" line="+85"/>
        <source>Export PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or export this record as a document</source>
        <translation>Förhandsgranska, skriv ut eller exportera denna anteckning som dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{document}…</source>
        <translation>{document}…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The document could not be prepared.</source>
        <translation>Dokumentet kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The language of the document. The client&apos;s language is chosen first; the language of the app does not change it.</source>
        <translation>Dokumentets språk. Klientens språk väljs först; appens språk ändrar det inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document &amp;language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zooma in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Preparing the document…</source>
        <translation>Dokumentet skapas…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record disclosure…</source>
        <translation>Anteckna utlämnande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that this document was handed to someone outside the services: to whom, on what basis and why</source>
        <translation>Anteckna att dokumentet lämnades ut utanför tjänsterna: till vem, på vilken grund och varför</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark for printing at the office</source>
        <translation>Märk för utskrift på kontoret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the document in the office&apos;s print queue, e.g. when you have no printer on the road</source>
        <translation>Lägg dokumentet i kontorets utskriftskö, t.ex. när du inte har någon skrivare med dig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document as a PDF file, optionally with a password</source>
        <translation>Spara dokumentet som PDF-fil, vid behov skyddad med lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>Skriv ut dokumentet (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saving the PDF…</source>
        <translation>PDF-filen sparas…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{client} · Document ID {id}</source>
        <translation>{client} · Dokumentets kod {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{document} – {client}</source>
        <translation>{document} – {client}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages</source>
        <translation>{count} sidor</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Marked for printing at the office ({language}).</source>
        <translation>Märkt för utskrift på kontoret ({language}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF saved: {file}</source>
        <translation>PDF-filen sparad: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF was not saved.</source>
        <translation>PDF-filen sparades inte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Skriver ut sida {done} av {total}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing was cancelled or failed.</source>
        <translation>Utskriften avbröts eller misslyckades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disclosure to {recipient} recorded.</source>
        <translation>Utlämnandet till {recipient} antecknat.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location line="-478"/>
        <source>Client plan (official)</source>
        <translation>Klientplan (officiell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain-language plan for the client</source>
        <translation>Lättläst plan för klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported decision-making record</source>
        <translation>Anteckning om stödd beslutsfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assessment summary</source>
        <translation>Sammandrag av servicebehovsbedömningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal budget statement</source>
        <translation>Redogörelse för den personliga budgeten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svenska</translation>
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
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/export_options.py" line="+19"/>
        <source>Export PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file holds client data. Protect it with a password when it leaves your computer.</source>
        <translation>PDF-filen innehåller klientuppgifter. Skydda den med ett lösenord när den lämnar din dator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Skydda PDF-filen med ett lösenord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Lösenordet igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the password to the recipient another way, e.g. by phone – never in the same message as the file.</source>
        <translation>Ge lösenordet till mottagaren på annat sätt, t.ex. per telefon – aldrig i samma meddelande som filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word</source>
        <translation>Lösen&amp;ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save…</source>
        <translation>Välj var filen sparas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter a password, or export without one.</source>
        <translation>Skriv ett lösenord eller exportera utan lösenord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long a password: at most {max} characters.</source>
        <translation>För långt lösenord: högst {max} tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/template_form.py" line="+178"/>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show changes of this field…</source>
        <translation>Visa ändringar i fältet…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label} (required)</source>
        <translation>{label} (obligatorisk)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear answer</source>
        <translation>Töm svaret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this question unanswered</source>
        <translation>Lämna frågan obesvarad</translation>
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
    <name>GoalCard</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/goal_editor.py" line="+44"/>
        <source>Remove goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. “I want to live in my own home.”</source>
        <translation>t.ex. ”Jag vill bo i ett eget hem.”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. I have moved by the spring</source>
        <translation>t.ex. Jag har flyttat före våren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The goal in the client&apos;s own &amp;words</source>
        <translation>Målet med klientens egna &amp;ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will show the goal is reached</source>
        <translation>Hur det syns att målet har nåtts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No supports yet: what helps the client reach this goal?</source>
        <translation>Inget stöd ännu: vad hjälper klienten att nå det här målet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a su&amp;pport</source>
        <translation>Lägg till &amp;stöd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Supports for this goal</source>
        <translation>Stöd för målet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove goal {number}</source>
        <translation>Ta bort mål {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a support to goal {number}</source>
        <translation>Lägg till stöd för mål {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictogram of goal {number}</source>
        <translation>Bildsymbol för mål {number}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location line="+40"/>
        <source>No goals yet. Write each goal with the client, in the client&apos;s own words.</source>
        <translation>Inga mål ännu. Skriv varje mål tillsammans med klienten, med klientens egna ord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;goal</source>
        <translation>Lägg till &amp;mål</translation>
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
        <location filename="../../sopiva_desk/gui/main_window.py" line="+112"/>
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
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal &amp;budgets overview</source>
        <translation>Översikt över personliga &amp;budgetar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every client with a personal budget: budgets against reference costs, realised costs and goal attainment</source>
        <translation>Alla klienter med personlig budget: budgetar jämfört med referenskostnader, förverkligade kostnader och måluppfyllelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print queue</source>
        <translation>&amp;Utskriftskö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents marked for printing at the office, and those printed</source>
        <translation>Dokument som märkts för utskrift på kontoret och de som skrivits ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;templates…</source>
        <translation>Bedömnings&amp;mallar…</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="+3"/>
        <source>Template files left out: {count}</source>
        <translation>Mallfiler som lämnats bort: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some assessment template files have errors. Click to see which and why.</source>
        <translation>Några mallfiler för bedömning innehåller fel. Klicka för att se vilka och varför.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>← Personal budgets</source>
        <translation>← Personliga budgetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the personal budgets overview (Alt+Left or Esc)</source>
        <translation>Tillbaka till översikten över personliga budgetar (Alt+Vänster eller Esc)</translation>
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
        <location line="+2"/>
        <source>This decision-making session is completed and locked. Amend it to make changes.</source>
        <translation>Dokumentationen av det stödda beslutsfattandet är slutförd och låst. Gör ändringar som en ny version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed decision-making session can be amended.</source>
        <translation>Endast en slutförd dokumentation kan ändras som en ny version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one way the decision-making was supported.</source>
        <translation>Välj minst ett sätt som beslutsfattandet stöddes på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one option shown to the client.</source>
        <translation>Lägg till minst ett alternativ som visades för klienten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record how the client&apos;s will was found out, or the questions asked and the answers.</source>
        <translation>Anteckna hur klientens vilja utreddes, eller frågorna som ställdes och svaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the client agrees with the decision.</source>
        <translation>Anteckna om klienten håller med om beslutet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record why the client could not express a view on the decision.</source>
        <translation>Anteckna varför klienten inte kunde uttrycka sin åsikt om beslutet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supporter must be chosen by the client. Mark who the client chose, or change the role.</source>
        <translation>Klienten väljer själv sin stödperson. Markera vem klienten valde, eller byt roll.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Draft assessment from {since} is unfinished.</source>
        <translation>Bedömningsutkastet från {since} är oavslutat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment (version {version}) from {since} is unfinished.</source>
        <translation>Ändringen (version {version}) från {since} är oavslutad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service-needs assessment yet. Start one during a visit or with New assessment.</source>
        <translation>Ingen bedömning av servicebehovet ännu. Börja en under ett besök eller med Ny bedömning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment completed on {since}. Next: the client plan.</source>
        <translation>Bedömningen blev klar {since}. Nästa steg: klientplanen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft plan (version {version}) from {since} is not agreed yet.</source>
        <translation>Utkastet till planen (version {version}, {since}) är ännu inte godkänt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s review was due on {since}.</source>
        <translation>Planen skulle ha utvärderats {since}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision-making session started on {since} is unfinished.</source>
        <translation>Dokumentationen av stött beslutsfattande från {since} är oavslutad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up the decision-making session by {since}.</source>
        <translation>Följ upp det stödda beslutsfattandet senast {since}.</translation>
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
        <location line="+2"/>
        <source>Enter an amount in euros, e.g. 1 234,50.</source>
        <translation>Skriv beloppet i euro, t.ex. 1 234,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large: at most {max}.</source>
        <translation>För stort: högst {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity cannot be negative.</source>
        <translation>Mängden kan inte vara negativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large a quantity: at most {max}.</source>
        <translation>För stor mängd: högst {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</source>
        <translation>Välj betalningsförbindelse, servicesedel, köpt tjänst eller egen produktion. Pengar betalas aldrig till klienten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client cannot be the payee: money goes to the service provider, never to the client.</source>
        <translation>Klienten kan inte vara betalningsmottagare: pengarna går till serviceproducenten, aldrig till klienten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A budget period can be at most {years} years.</source>
        <translation>En budgetperiod kan vara högst {years} år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the period can hold: at most {max}.</source>
        <translation>Mer än perioden rymmer: högst {max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line refers to a support that is not in the client plan.</source>
        <translation>Raden hänvisar till ett stöd som inte finns i klientplanen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one budget line.</source>
        <translation>Lägg till minst en budgetrad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget is over the reference cost: write a justification before it is decided.</source>
        <translation>Budgeten överskrider referenskostnaden: skriv en motivering innan beslutet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change of state is not possible: a budget goes from indicative to decided to closed.</source>
        <translation>Statusen kan inte ändras så: en budget går från preliminär till beslutad och stängd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This budget is decided and locked. A change needs a new decision.</source>
        <translation>Budgeten är beslutad och låst. En ändring kräver ett nytt beslut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget is closed and can no longer be changed.</source>
        <translation>Budgeten är stängd och kan inte längre ändras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use can be recorded only after the budget is decided.</source>
        <translation>Användning kan registreras först när budgeten är beslutad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This use is not linked to any line of the budget.</source>
        <translation>Användningen är inte kopplad till någon rad i budgeten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment commitment has this number.</source>
        <translation>Det finns ingen betalningsförbindelse med det här numret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-used: {realised} used of {allocated}.</source>
        <translation>Överanvändning: {realised} använt av {allocated}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</source>
        <translation>Tydlig underanvändning: {realised} använt, under {percent} % av de {expected} som väntats hittills.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment commitment {number} is exceeded: {used} used of at most {max}.</source>
        <translation>Betalningsförbindelse {number} överskrids: {used} använt av högst {max}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This use is dated outside the validity of payment commitment {number}.</source>
        <translation>Användningen är daterad utanför giltighetstiden för betalningsförbindelse {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This budget already has a payment commitment with this number.</source>
        <translation>Budgeten har redan en betalningsförbindelse med det här numret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This use is dated outside the budget period.</source>
        <translation>Användningen är daterad utanför budgetperioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role map must list the client exactly once (now {count}).</source>
        <translation>Rollkartan ska ta upp klienten exakt en gång (nu {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the own worker to the role map.</source>
        <translation>Lägg till den egna kontaktpersonen i rollkartan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already in the role map in the same role.</source>
        <translation>Personen finns redan i rollkartan med samma roll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this person&apos;s tasks in the plan.</source>
        <translation>Skriv in personens uppgifter i planen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} provides a support but is not in the role map: add them with their tasks.</source>
        <translation>{name} ger stöd men saknas i rollkartan: lägg till med uppgifterna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one goal in the client&apos;s own words.</source>
        <translation>Lägg till minst ett mål med klientens egna ord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the client was given an explanation of their rights and options.</source>
        <translation>Anteckna att klienten har fått en redogörelse för sina rättigheter och alternativ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date must be after the meeting date.</source>
        <translation>Uppföljningsdatumet ska vara efter mötesdatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date must be after the meeting date.</source>
        <translation>Måldatumet ska vara efter mötesdatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version of the plan is locked. Make changes in a new version.</source>
        <translation>Den här versionen av planen är låst. Gör ändringarna i en ny version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft of the plan is already open: continue it.</source>
        <translation>Det finns redan ett utkast till planen: fortsätt med det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review can be started only for an agreed plan.</source>
        <translation>En uppföljning kan bara inledas för en godkänd plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no goals to review.</source>
        <translation>Planen har inga mål att följa upp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review date cannot be before the plan was agreed.</source>
        <translation>Uppföljningsdatumet kan inte vara före det datum då planen godkändes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This goal is not in the reviewed plan.</source>
        <translation>Det här målet finns inte i planen som följs upp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your own rating of how far this goal has been reached.</source>
        <translation>Ge din egen bedömning av hur långt målet har uppnåtts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client has not rated every goal or answered “How are things?”: write in the notes why, e.g. the client did not want to answer today.</source>
        <translation>Klienten har inte bedömt alla mål eller svarat på ”Hur mår du?”: skriv i anteckningarna varför, t.ex. att klienten inte ville svara i dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This review is completed and locked.</source>
        <translation>Uppföljningen är slutförd och låst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review is already open for this client: continue it.</source>
        <translation>Klienten har redan en pågående uppföljning: fortsätt med den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF could not be saved there. Check that the folder exists, or choose another place.</source>
        <translation>PDF-filen kunde inte sparas där. Kontrollera att mappen finns eller välj en annan plats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not save files in that folder. Choose another place, e.g. your Documents folder.</source>
        <translation>Du får inte spara filer i den mappen. Välj en annan plats, t.ex. mappen Dokument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full, so the PDF was not saved. Free some space or choose another place.</source>
        <translation>Disken är full, så PDF-filen sparades inte. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long a password: at most {max} characters.</source>
        <translation>För långt lösenord: högst {max} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is no longer waiting in the print queue: someone printed or removed it.</source>
        <translation>Dokumentet väntar inte längre i utskriftskön: någon skrev ut eller tog bort det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17.</source>
        <translation>Ange lagen och paragrafen som tillåter utlämnandet, t.ex. klientdatalagen 703/2023 17 §.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/assessment_problems.py" line="+70"/>
        <source>Hide</source>
        <translation>Dölj</translation>
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
    <name>OptionEditorCard</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/option_list_editor.py" line="+58"/>
        <source>Short name of the option, e.g. Own flat in town</source>
        <translation>Kort namn på alternativet, t.ex. Egen lägenhet i centrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In plain words for the client: what it means in everyday life</source>
        <translation>Tydligt för klienten: vad det betyder i vardagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client could try it out</source>
        <translation>Klienten fick pröva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sorted yet</source>
        <translation>Inte vald än</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the client said about it, in their own words</source>
        <translation>Vad klienten sade om det, med egna ord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in plain words</source>
        <translation>tydligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s own words</source>
        <translation>klientens egna ord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client&apos;s reaction</source>
        <translation>klientens reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could try it out</source>
        <translation>fick pröva</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Option</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In plain words</source>
        <translation>Tydligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s own words</source>
        <translation>Klientens egna ord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client&apos;s reaction</source>
        <translation>Klientens reaktion</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Option {number}</source>
        <translation>Alternativ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictogram of option {number}</source>
        <translation>Piktogram för alternativ {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move option {number} up</source>
        <translation>Flytta alternativ {number} uppåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move option {number} down</source>
        <translation>Flytta alternativ {number} nedåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove option {number}</source>
        <translation>Ta bort alternativ {number}</translation>
    </message>
</context>
<context>
    <name>OptionListEditor</name>
    <message>
        <location line="-99"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not good</source>
        <translation>Inte bra</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No options yet. Add the choices the client can make, one by one.</source>
        <translation>Inga alternativ ännu. Lägg till klientens alternativ ett i taget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;option</source>
        <translation>Lägg till &amp;alternativ</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/organisation_model.py" line="+47"/>
        <source>Indicative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Over the reference cost by {amount}</source>
        <translation>Överskrider referenskostnaden med {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the reference cost (cost-neutral)</source>
        <translation>Inom referenskostnaden (kostnadsneutral)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reviews yet</source>
        <translation>Inga uppföljningar ännu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Realised</source>
        <translation>Förverkligat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected by now</source>
        <translation>Väntat hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of allocation</source>
        <translation>Användning av budgeterat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal attainment change</source>
        <translation>Förändring i måluppfyllelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost-neutrality ceiling: the services the client is entitled to</source>
        <translation>Taket för kostnadsneutralitet: de tjänster klienten har rätt till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sum of the budget lines</source>
        <translation>Summan av budgetraderna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation minus reference cost; {mark} marks a budget over the reference cost</source>
        <translation>Budgeterat minus referenskostnad; {mark} markerar en budget över referenskostnaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised use recorded so far</source>
        <translation>Förverkligad användning som registrerats hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The allocation in proportion to the part of the period gone by</source>
        <translation>Det budgeterade i proportion till den del av perioden som gått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realised use as a share of the allocation</source>
        <translation>Förverkligad användning som andel av det budgeterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in goal attainment between reviews</source>
        <translation>Förändring i måluppfyllelse mellan uppföljningarna</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/organisation.py" line="+92"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the table as a CSV file for a spreadsheet. The file holds client data: keep it safe.</source>
        <translation>Spara tabellen som en CSV-fil för ett kalkylprogram. Filen innehåller klientuppgifter: förvara den säkert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Personal budgets in the organisation</source>
        <translation>Personliga budgetar i organisationen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clients with a personal budget</source>
        <translation>Klienter med personlig budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference cost</source>
        <translation>Referenskostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realised / expected by now</source>
        <translation>Förverkligat / väntat hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost-neutral budgets</source>
        <translation>Kostnadsneutrala budgetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal attainment change, mean</source>
        <translation>Förändring i måluppfyllelse, medelvärde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by name</source>
        <translation>Filtrera på namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clients by name</source>
        <translation>Filtrera klienter på namn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal budgets by client</source>
        <translation>Personliga budgetar per klient</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Budgets in force on {date}</source>
        <translation>Gällande budgetar {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over the reference cost in total</source>
        <translation>Totalt över referenskostnaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the reference cost in total</source>
        <translation>Totalt inom referenskostnaden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{neutral} of {clients} ({over} over)</source>
        <translation>{neutral} av {clients} ({over} över)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reviews yet</source>
        <translation>Inga uppföljningar ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over {count} clients with reviews</source>
        <translation>Medelvärde för {count} klienter med uppföljningar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} clients</source>
        <translation>{count} klienter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {count} clients</source>
        <translation>{shown} av {count} klienter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period start</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference cost (€)</source>
        <translation>Referenskostnad (€)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allocation (€)</source>
        <translation>Budgeterat (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (€)</source>
        <translation>Differens (€)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost-neutral</source>
        <translation>Kostnadsneutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realised (€)</source>
        <translation>Förverkligat (€)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected by now (€)</source>
        <translation>Väntat hittills (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of allocation (%)</source>
        <translation>Användning av budgeterat (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal attainment change</source>
        <translation>Förändring i måluppfyllelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pb-overview-{date}.csv</source>
        <translation>pb-oversikt-{date}.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export personal budgets as CSV</source>
        <translation>Exportera personliga budgetar som CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CSV saved: {file}. Client rows: {count}.</source>
        <translation>CSV sparad: {file}. Klientrader: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV not saved</source>
        <translation>CSV-filen sparades inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full, so the CSV file was not saved. Free some space or choose another place and try again.</source>
        <translation>Disken är full, så CSV-filen sparades inte. Frigör utrymme eller välj en annan plats och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>CSV-filen kunde inte sparas där. Kontrollera att mappen finns och att du får skriva i den, eller välj en annan plats.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/page_parts.py" line="+71"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/pdf_pages.py" line="+209"/>
        <source>Page {number}</source>
        <translation>Sida {number}</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/people_editor.py" line="+34"/>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mother, support person</source>
        <translation>t.ex. mamma, stödperson</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. at work, ill</source>
        <translation>t.ex. på jobbet, sjuk</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why absent</source>
        <translation>Orsak till frånvaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person {number}</source>
        <translation>person {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one recorded yet.</source>
        <translation>Ingen har antecknats ännu.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why absent</source>
        <translation>orsak till frånvaro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person {number}</source>
        <translation>Ta bort person {number}</translation>
    </message>
</context>
<context>
    <name>PictogramButton</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/pictogram_picker.py" line="+545"/>
        <source>Pictogram</source>
        <translation>Piktogram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Pictogram</source>
        <translation>+ Piktogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a pictogram</source>
        <translation>Välj ett piktogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no pictogram</source>
        <translation>{name}: inget piktogram</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} – click to change the pictogram</source>
        <translation>{label} – klicka för att byta piktogram</translation>
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
        <translation>Välj ett piktogram</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by word, e.g. home, food, bus</source>
        <translation>Sök med ett ord, t.ex. hem, mat, buss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search pictograms</source>
        <translation>Sök piktogram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategori</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search in all categories</source>
        <translation>Sök i alla kategorier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pictograms: {source} – {license}</source>
        <translation>Piktogram: {source} – {license}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;No pictogram</source>
        <translation>I&amp;nget piktogram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the pictogram</source>
        <translation>Ta bort piktogrammet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Pictograms</source>
        <translation>Piktogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move, Enter chooses.</source>
        <translation>Flytta med piltangenterna, välj med Enter.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n piktogram</numerusform>
            <numerusform>%n piktogram</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictograms to show.</source>
        <translation>Inga piktogram att visa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pictogram found for “{query}” in “{category}”.</source>
        <translation>Inget piktogram hittades för ”{query}” i ”{category}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictogram found for “{query}”.</source>
        <translation>Inget piktogram hittades för ”{query}”.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/plan_form.py" line="+71"/>
        <source>Meeting</source>
        <translation>Planeringsmöte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication and the client&apos;s will</source>
        <translation>Kommunikation och klientens vilja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation by life domain</source>
        <translation>Situationen per livsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current services</source>
        <translation>Nuvarande tjänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needs</source>
        <translation>Stödbehov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment of earlier goals</source>
        <translation>Hur tidigare mål har uppnåtts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and supports</source>
        <translation>Mål och stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-determination</source>
        <translation>Självbestämmande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and options explained</source>
        <translation>Information om rättigheter och alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Sections</source>
        <translation>&amp;Avsnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down och Ctrl+Page Up flyttar mellan avsnitten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meeting &amp;date</source>
        <translation>Mötets &amp;datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;place</source>
        <translation>Mötes&amp;plats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a p&amp;articipant</source>
        <translation>Lägg till &amp;deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant {number}</source>
        <translation>deltagare {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the client and you so far.</source>
        <translation>Hittills bara klienten och du.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Communication methods and language</source>
        <translation>&amp;Kommunikationssätt och språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the client communicates and what helps: language, plain language, pictures, signs, devices, an interpreter.</source>
        <translation>Hur klienten kommunicerar och vad som hjälper: språk, lättläst språk, bilder, tecken, hjälpmedel, tolk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How the client&apos;s will was found out</source>
        <translation>&amp;Hur klientens vilja utreddes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill from decision-making sessions</source>
        <translation>&amp;Fyll i från stödbeslutsfattandet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links the client&apos;s completed decision-making sessions and copies their methods and how the will was found out into empty fields</source>
        <translation>Länkar klientens slutförda stödbeslutsfattanden och kopierar metoderna och hur viljan utreddes till tomma fält</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drafted from the needs assessment; check it with the client.</source>
        <translation>Utkast från bedömningen av servicebehovet; gå igenom det med klienten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services the client &amp;has now</source>
        <translation>Tjänster klienten &amp;har nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. Services, support and aids in use, and who provides them.</source>
        <translation>Obligatoriskt. Tjänster, stöd och hjälpmedel som används, och vem som ger dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the &amp;client sees it</source>
        <translation>Enligt &amp;klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;close persons see it</source>
        <translation>Enligt &amp;närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;professional&apos;s assessment</source>
        <translation>&amp;Yrkespersonens bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s &amp;strengths and resources</source>
        <translation>Klientens &amp;styrkor och resurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the &amp;earlier goals were attained</source>
        <translation>Hur de &amp;tidigare målen uppnåddes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s own rating and the professional&apos;s rating.</source>
        <translation>Klientens egen bedömning och yrkespersonens bedömning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each goal in the client&apos;s own words, then the supports that help to reach it: who provides each, and how the client proposes it is arranged.</source>
        <translation>Varje mål med klientens egna ord och sedan det stöd som hjälper att nå det: vem som ger stödet och hur klienten föreslår att det ordnas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Special &amp;measures to support self-determination</source>
        <translation>Särskilda &amp;åtgärder som stöder självbestämmandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is done so that the client can decide on their own matters (Disability Services Act 675/2023).</source>
        <translation>Vad som görs för att klienten ska kunna bestämma i sina egna angelägenheter (lagen om funktionshinderservice 675/2023).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose view</source>
        <translation>Vems åsikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a differing &amp;view</source>
        <translation>Lägg till avvikande &amp;åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view {number}</source>
        <translation>åsikt {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differing views. Others&apos; views are kept beside the client&apos;s, never instead of it.</source>
        <translation>Inga avvikande åsikter. Andras åsikter antecknas vid sidan av klientens, aldrig i stället för den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client was given an explanation of their &amp;rights and options</source>
        <translation>Klienten har fått en redogörelse för sina &amp;rättigheter och olika alternativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required (Client Act 812/2000 §5).</source>
        <translation>Obligatoriskt (klientlagen 812/2000, 5 §).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;How they were explained</source>
        <translation>&amp;Hur de förklarades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. in plain language with pictures; a written summary was given.</source>
        <translation>t.ex. på lättläst språk med bilder; en skriftlig sammanfattning gavs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review the plan by</source>
        <translation>&amp;Planen följs upp senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required; after the meeting date.</source>
        <translation>Obligatoriskt; efter mötesdatumet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The client has no completed decision-making sessions.</source>
        <translation>Klienten har inga slutförda stödbeslutsfattanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed decision-making sessions: {count}</source>
        <translation>Slutförda stödbeslutsfattanden: {count}</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/plan_history.py" line="+36"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>History of the client plan</source>
        <translation>Klientplanens ändringshistorik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change to this client plan, newest first. Changes made in a new version show the reason given for it.</source>
        <translation>Alla ändringar i den här klientplanen, den senaste först. För ändringar i en ny version visas orsaken till versionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <location line="-56"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/plan_labels.py" line="+19"/>
        <source>Everyday life</source>
        <translation>Vardagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving about</source>
        <translation>Att förflytta sig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work and study</source>
        <translation>Arbete och studier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Trygghet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client</source>
        <translation>Klienten själv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Basic service</source>
        <translation>Basservice</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Organisation (NGO)</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own production</source>
        <translation>Egen produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased service</source>
        <translation>Köpt tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal budget</source>
        <translation>Personlig budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal support</source>
        <translation>Informellt stöd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trip</source>
        <translation>resa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piece</source>
        <translation>styck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting date</source>
        <translation>Mötets datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication methods and language</source>
        <translation>Kommunikationssätt och språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the client&apos;s will was found out</source>
        <translation>Hur klientens vilja utreddes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current services</source>
        <translation>Nuvarande tjänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needed, as the client sees it</source>
        <translation>Stödbehov enligt klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needed, as close persons see it</source>
        <translation>Stödbehov enligt närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needed, the professional&apos;s assessment</source>
        <translation>Stödbehov enligt yrkespersonens bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment of earlier goals</source>
        <translation>Hur tidigare mål har uppnåtts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special measures for self-determination</source>
        <translation>Särskilda åtgärder som stöder självbestämmandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and options explained</source>
        <translation>Rättigheter och alternativ förklarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How rights and options were explained</source>
        <translation>Hur rättigheter och alternativ förklarades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked assessment</source>
        <translation>Länkad bedömning av servicebehovet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked decision-making sessions</source>
        <translation>Länkade stödbeslutsfattanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation to the client</source>
        <translation>relation till klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose view</source>
        <translation>vems åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s own words</source>
        <translation>med klientens egna ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>life domain</source>
        <translation>livsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what shows it is reached</source>
        <translation>hur det syns att målet nåtts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target date</source>
        <translation>måldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pictogram</source>
        <translation>bildsymbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support</source>
        <translation>stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who provides</source>
        <translation>vem ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s name</source>
        <translation>producentens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s proposal on arranging</source>
        <translation>klientens förslag om ordnandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arranging method</source>
        <translation>ordnandesätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>mängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit price</source>
        <translation>enhetspris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration in months</source>
        <translation>längd i månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed goal</source>
        <translation>Borttaget mål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support {number}</source>
        <translation>Stöd {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed support</source>
        <translation>Borttaget stöd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed person</source>
        <translation>Borttagen person</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/plan_list_model.py" line="-120"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/plan.py" line="+125"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the plan: who, when, before and after</source>
        <translation>Alla ändringar i planen: vem, när, före och efter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version…</source>
        <translation>Ny version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new version to change the agreed plan</source>
        <translation>Gör en ny version för att ändra den godkända planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what the plan needs and record that it was agreed with the client (Ctrl+Enter)</source>
        <translation>Kontrollera vad planen behöver och anteckna att den har kommits överens om med klienten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+64"/>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>What to record before agreeing</source>
        <translation>Att anteckna före godkännandet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the plan can be agreed, record:</source>
        <translation>Innan planen kan godkännas, anteckna:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Client plan of {name}</source>
        <translation>Klientplan: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Agreed on {date}</source>
        <translation>Godkänd {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is agreed and locked. To change it, make a new version: the reason is recorded with every change.</source>
        <translation>Planen är godkänd och låst. Gör en ny version för att ändra den: orsaken antecknas vid varje ändring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded by a newer version</source>
        <translation>Ersatt av en nyare version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A newer version replaces this plan. It is kept as it was and cannot be changed.</source>
        <translation>En nyare version ersätter den här planen. Den sparas som den var och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft, started {date}</source>
        <translation>Utkast, påbörjat {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} · {state}</source>
        <translation>Version {number} · {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the new version: {reason}</source>
        <translation>Orsak till den nya versionen: {reason}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Remove goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove goal {number} and its supports from the plan?

{words}</source>
        <translation>Ska mål {number} och dess stöd tas bort från planen?

{words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New version of the plan</source>
        <translation>Ny version av planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the client and agree again. The reason is kept with every change made in the new version.</source>
        <translation>En godkänd plan ändras inte. En ny version börjar som en kopia av den, som ett utkast som ni redigerar tillsammans med klienten och godkänner på nytt. Orsaken sparas med varje ändring i den nya versionen.</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/print_queue.py" line="+58"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked by</source>
        <translation>Märkt av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>Märkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by</source>
        <translation>Utskriven av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <location line="+68"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again (F5)</source>
        <translation>Läs kön på nytt (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Tillbaka (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+43"/>
        <source>Print queue</source>
        <translation>Utskriftskö</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Documents marked for printing at the office</source>
        <translation>Dokument som märkts för utskrift på kontoret</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark printed</source>
        <translation>Märk som utskriven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document was printed some other way: take it off the queue as printed by you</source>
        <translation>Dokumentet skrevs ut på annat sätt: ta bort det ur kön som utskrivet av dig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Take the document off the queue without printing it</source>
        <translation>Ta bort dokumentet ur kön utan att skriva ut det</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Marked as printed.</source>
        <translation>Märkt som utskrivet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove from the print queue</source>
        <translation>Ta bort ur utskriftskön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “{document}” of {client} off the print queue without printing it?</source>
        <translation>Ta bort ”{document}” för {client} ur utskriftskön utan att skriva ut?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the print queue.</source>
        <translation>Borttaget ur utskriftskön.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To print ({count})</source>
        <translation>Att skriva ut ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Utskrivna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to print. Documents marked for printing at the office appear here.</source>
        <translation>Inget att skriva ut. Dokument som märkts för utskrift på kontoret visas här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing printed yet.</source>
        <translation>Inget har skrivits ut ännu.</translation>
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
    <name>RecordUseDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/budget_commitment.py" line="+12"/>
        <source>Record realised use</source>
        <translation>Registrera förverkligad användning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record use</source>
        <translation>Registrera användning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoiced use of a budget line, paid to the service provider.</source>
        <translation>Fakturerad användning av en budgetrad, betalas till serviceproducenten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;line</source>
        <translation>Budget&amp;rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>&amp;Serviceproducent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;commitment</source>
        <translation>&amp;Betalningsförbindelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Belopp (€)</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/review_charts.py" line="+123"/>
        <source>Review charts</source>
        <translation>Diagram över uppföljningarna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No completed reviews yet. After the first review is completed, the client&apos;s and your ratings of each goal are shown here over time.</source>
        <translation>Inga slutförda uppföljningar ännu. När den första uppföljningen är slutförd visas klientens och dina bedömningar av varje mål här över tid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).</source>
        <translation>Uppföljningar {dates}. Måluppfyllelse från 1 (inte än) till 5 (uppnått).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} ({word}) on {date}</source>
        <translation>{value} ({word}) den {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How are things? {answers}.</source>
        <translation>Hur mår du? {answers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal “{goal}”: the client {client}; the professional {professional} (reviews on {dates}).</source>
        <translation>Mål ”{goal}”: klienten {client}; den professionella {professional} (uppföljningar {dates}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>(no words)</source>
        <translation>(inga ord)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The professional</source>
        <translation>Den professionella</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Goal attainment: {scale}</source>
        <translation>Måluppfyllelse: {scale}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>How are things?</source>
        <translation>Hur mår du?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered yet</source>
        <translation>Inte besvarat ännu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/review_dialog.py" line="+115"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear: {name}</source>
        <translation>Töm: {name}</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+21"/>
        <source>Review of the client plan</source>
        <translation>Uppföljning av klientplanen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;date</source>
        <translation>Uppföljnings&amp;datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far has each goal been reached?</source>
        <translation>Hur långt har varje mål uppnåtts?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the flag: the more steps, the nearer the goal.</source>
        <translation>Fråga klienten först och låt klienten trycka på ett steg; ge sedan din egen bedömning. Trappan leder upp till flaggan: ju fler steg, desto närmare målet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What has changed, what helped, what next. If the client did not answer, write why.</source>
        <translation>Vad har förändrats, vad hjälpte, vad händer härnäst. Om klienten inte svarade, skriv varför.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Complete the review</source>
        <translation>&amp;Slutför uppföljningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the review; its ratings then show in the client&apos;s charts</source>
        <translation>Lås uppföljningen; dess bedömningar visas sedan i klientens diagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are things?</source>
        <translation>Hur mår du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s own answer: let the client tap a face.</source>
        <translation>Klientens eget svar: låt klienten trycka på ett ansikte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the answer</source>
        <translation>Töm svaret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no words)</source>
        <translation>(inga ord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal {number}: “{words}”</source>
        <translation>Mål {number}: ”{words}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s rating</source>
        <translation>Klientens bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating (professional)</source>
        <translation>Din bedömning (professionell)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Completed on {date}. The review is locked.</source>
        <translation>Slutförd den {date}. Uppföljningen är låst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: every choice is saved at once.</source>
        <translation>Utkast: varje val sparas direkt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still needed before completing:</source>
        <translation>Saknas ännu innan uppföljningen kan slutföras:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal {number}: {text}</source>
        <translation>Mål {number}: {text}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The review cannot be started</source>
        <translation>Uppföljningen kan inte inledas</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/plan_list_model.py" line="+58"/>
        <source>Unfinished</source>
        <translation>Ofärdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Färdig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals rated</source>
        <translation>Bedömda mål</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/review_charts.py" line="-279"/>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little</source>
        <translation>Lite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halfway</source>
        <translation>Halvvägs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost</source>
        <translation>Nästan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/role_map.py" line="+77"/>
        <source>Choose role…</source>
        <translation>Välj roll…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One task per line</source>
        <translation>En uppgift per rad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/role_map_diagram.py" line="+57"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HB coordinator</source>
        <translation>PB-koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HB assistant</source>
        <translation>PB-assistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporter</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role not chosen</source>
        <translation>Ingen roll vald</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name yet)</source>
        <translation>(namn saknas)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add the client: {name}</source>
        <translation>Lägg till klienten: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the client</source>
        <translation>Lägg till klienten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the own worker: {name}</source>
        <translation>Lägg till den egna kontaktpersonen: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the own worker</source>
        <translation>Lägg till den egna kontaktpersonen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add {name} ({role})</source>
        <translation>Lägg till {name} ({role})</translation>
    </message>
</context>
<context>
    <name>RoleMapDiagram</name>
    <message>
        <location line="+29"/>
        <source>Role map diagram</source>
        <translation>Rollkartans diagram</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+80"/>
        <source>No one is in the role map yet.</source>
        <translation>Det finns ingen i rollkartan ännu.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} ({relation})</source>
        <translation>{person} ({relation})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People in the role map: {people}.</source>
        <translation>Personer i rollkartan: {people}.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client is not in the role map yet</source>
        <translation>Klienten finns inte i rollkartan ännu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (+{count})</source>
        <translation> (+{count})</translation>
    </message>
</context>
<context>
    <name>RoleMapSection</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/role_map.py" line="+20"/>
        <source>Role map</source>
        <translation>Rollkarta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone with tasks in this plan: the client, the own worker, close persons and service providers. Write each person&apos;s tasks one per line.</source>
        <translation>Alla som har uppgifter i den här planen: klienten, den egna kontaktpersonen, närstående och serviceproducenter. Skriv in varje persons uppgifter, en uppgift per rad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing from the role map</source>
        <translation>Saknas i rollkartan</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+143"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+143"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Relation to the client</source>
        <translation>Relation till klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks in this plan (one per line)</source>
        <translation>Uppgifter i den här planen (en per rad)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one is in the role map yet.</source>
        <translation>Det finns ingen i rollkartan ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Person {number}: {name}</source>
        <translation>Person {number}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person}, {column}</source>
        <translation>{person}, {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {person}</source>
        <translation>Ta bort {person}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Task {number}: {problem}</source>
        <translation>Uppgift {number}: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this person</source>
        <translation>den här personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the role map</source>
        <translation>Ta bort från rollkartan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} and their tasks from the role map?</source>
        <translation>Ta bort {name} och personens uppgifter från rollkartan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/row_list_editor.py" line="+119"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing recorded yet.</source>
        <translation>Inget antecknat ännu.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Remove {row}</source>
        <translation>Ta bort {row}</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/autosave.py" line="+377"/>
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
        <translation>Beslut som ska fattas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision in plain language</source>
        <translation>Beslutet på lätt språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the decision</source>
        <translation>Beslutets delar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication methods</source>
        <translation>Kommunikationssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>Annat sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aids</source>
        <translation>Hjälpmedel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and answers</source>
        <translation>Frågor och svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the will was found out</source>
        <translation>Hur viljan utreddes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client agrees</source>
        <translation>Klienten håller med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why no opinion could be expressed</source>
        <translation>Varför ingen åsikt kunde uttryckas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up by</source>
        <translation>Uppföljning senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are things?</source>
        <translation>Hur har du det?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked assessment</source>
        <translation>Kopplad bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in plain words</source>
        <translation>tydligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pictogram</source>
        <translation>piktogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tried out</source>
        <translation>prövat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaction</source>
        <translation>reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client&apos;s own words</source>
        <translation>klientens egna ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>chosen by the client</source>
        <translation>vald av klienten</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose view</source>
        <translation>vems åsikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>åsikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order of the options</source>
        <translation>Alternativens ordning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option {number}</source>
        <translation>Alternativ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed option</source>
        <translation>Borttaget alternativ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History of changes</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Alla ändringar i den här dokumentationen, nyaste först. Vid ändringar i en ny version visas orsaken till ändringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../sopiva_desk/gui/models/session_list_model.py" line="+31"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic written yet</source>
        <translation>Inget ämne antecknat ännu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Besök</translation>
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
    <name>StartVisitDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/start_visit.py" line="+71"/>
        <source>Start visit</source>
        <translation>Inled besök</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a visit with {name}. Everything you record during the visit is saved as you type.</source>
        <translation>Inled ett besök med {name}. Allt du antecknar under besöket sparas medan du skriver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How do you meet?</source>
        <translation>Hur träffas ni?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>t.ex. klientens hem, Juva hälsocentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start visit</source>
        <translation>&amp;Inled besök</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/plan_cards.py" line="+202"/>
        <source>Remove support</source>
        <translation>Ta bort stödet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Coaching for living on one&apos;s own</source>
        <translation>t.ex. Träning för att bo självständigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, as in the role map</source>
        <translation>Namn som i rollkartan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not from the catalogue —</source>
        <translation>— inte från tjänstekatalogen —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (per {unit})</source>
        <translation>{name} (per {unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the client&apos;s words: who, where, when, how</source>
        <translation>Med klientens ord: vem, var, när, hur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 33,50</source>
        <translation>t.ex. 33,50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Support</source>
        <translation>&amp;Stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who provides</source>
        <translation>Vem ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s name</source>
        <translation>Producentens namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service from the catalogue</source>
        <translation>Tjänst från tjänstekatalogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a service fills in its unit and price</source>
        <translation>När en tjänst väljs fylls dess enhet och pris i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s proposal on how it is arranged</source>
        <translation>Klientens förslag om hur det ordnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arranging method</source>
        <translation>Ordnandesätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price, €</source>
        <translation>Enhetspris, €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, months</source>
        <translation>Längd, månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty when it continues until further notice</source>
        <translation>Lämna tomt när stödet fortsätter tills vidare</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Support {number}</source>
        <translation>Stöd {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove support {number}</source>
        <translation>Ta bort stöd {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cost: {amount}</source>
        <translation>Kostnad: {amount}</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/client_assessments.py" line="-229"/>
        <source>No assessment templates are installed. Contact IT support.</source>
        <translation>Inga bedömningsmallar är installerade. Kontakta IT-stödet.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../sopiva_desk/gui/widgets/template_form.py" line="-250"/>
        <source>Read out:</source>
        <translation>Läs upp:</translation>
    </message>
    <message>
        <location line="+367"/>
        <source>← {number}. {title}</source>
        <translation>← {number}. {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Föregående avsnitt (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. {title} →</source>
        <translation>{number}. {title} →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Nästa avsnitt (Ctrl+Page Down)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/templates_dialog.py" line="+57"/>
        <source>Assessment templates</source>
        <translation>Bedömningsmallar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments are made with these templates. Each assessment keeps the template version it was started with.</source>
        <translation>Bedömningar görs med dessa mallar. Varje bedömning behåller den mallversion som den påbörjades med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your county&apos;s own templates are read from {folder}.</source>
        <translation>Välfärdsområdets egna mallar läses från {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place in the file</source>
        <translation>Plats i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</source>
        <translation>Dessa mallfiler lämnades bort eftersom de innehåller fel. Bedömningar som gjorts med andra mallar påverkas inte. Be administratören rätta filerna.</translation>
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
    <name>VisitLabels</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/start_visit.py" line="-73"/>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote visit (video)</source>
        <translation>Distansbesök (video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office visit</source>
        <translation>Kontorsbesök</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../sopiva_desk/gui/pages/visit.py" line="+135"/>
        <source>← Client file</source>
        <translation>← Klientens uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the client file; the visit stays open (Alt+Left or Esc)</source>
        <translation>Tillbaka till klientens uppgifter; besöket förblir öppet (Alt+Vänster eller Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Way</source>
        <translation>&amp;Sätt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Way of meeting</source>
        <translation>Sätt att träffas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Client&apos;s home</source>
        <translation>t.ex. klientens hem</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Who took part</source>
        <translation>Vilka deltog</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add parti&amp;cipant</source>
        <translation>Lägg till &amp;deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people who took part besides the client, e.g. a relative, an interpreter or a support person.</source>
        <translation>Lägg till de som deltog utöver klienten, t.ex. en anhörig, en tolk eller en stödperson.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Who was absent</source>
        <translation>Vilka var frånvarande</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a&amp;bsent person</source>
        <translation>Lägg till &amp;frånvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who was invited or expected but did not take part.</source>
        <translation>Någon som var inbjuden eller väntad men inte deltog.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start needs &amp;assessment</source>
        <translation>Inled &amp;bedömning av servicebehovet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service-needs assessment that belongs to this visit</source>
        <translation>En bedömning av servicebehovet som hör till det här besöket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments of this visit</source>
        <translation>Det här besökets bedömningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected assessment.</source>
        <translation>Tryck på Enter för att öppna den valda bedömningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No assessments in this visit yet.</source>
        <translation>Inga bedömningar under det här besöket ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a &amp;decision-making session</source>
        <translation>Börja stött &amp;beslutsfattande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supported decision-making session that belongs to this visit</source>
        <translation>Stött beslutsfattande som hör till det här besöket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision-making sessions of this visit</source>
        <translation>Stött beslutsfattande under besöket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected session.</source>
        <translation>Öppna den valda med Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No decision-making sessions in this visit yet.</source>
        <translation>Inget stött beslutsfattande under det här besöket ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work on the &amp;plan</source>
        <translation>Arbeta med &amp;planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the draft of the client plan, or draft it from the latest completed assessment</source>
        <translation>Fortsätt utkastet till klientplanen eller gör den utifrån den senaste färdiga bedömningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected assessment or session (Enter)</source>
        <translation>Öppna den valda bedömningen eller dokumentationen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts can be left unfinished: they are saved and can be completed later.</source>
        <translation>Utkast kan lämnas ofärdiga: de är sparade och kan slutföras senare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What we do today</source>
        <translation>Vad vi gör i dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed, what was agreed, what happens next.</source>
        <translation>Vad som diskuterades, vad som avtalades och vad som händer härnäst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+147"/>
        <source>Ending the visit saves everything and shows a summary.</source>
        <translation>När du avslutar besöket sparas allt och en sammanfattning visas.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;End visit</source>
        <translation>A&amp;vsluta besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the visit and see what was recorded</source>
        <translation>Avsluta besöket och se vad som antecknades</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Visit · {way} · {span} · ended</source>
        <translation>Besök · {way} · {span} · avslutat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit · {way} · started {time}</source>
        <translation>Besök · {way} · inlett {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit with {name}</source>
        <translation>Besök med {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This visit has ended. Changes are still saved.</source>
        <translation>Det här besöket har avslutats. Ändringar sparas fortfarande.</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+3"/>
        <source>End visit</source>
        <translation>Avsluta besök</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</source>
        <translation>En del av det du skrev har inte sparats: {reason}

Om du avslutar besöket nu går den texten förlorad. Avsluta besöket ändå?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <location filename="../../sopiva_desk/gui/dialogs/visit_summary.py" line="+57"/>
        <source>Visit ended</source>
        <translation>Besöket avslutades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visit has ended</source>
        <translation>Besöket har avslutats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything is saved on this computer.</source>
        <translation>Allt är sparat på den här datorn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</source>
        <translation>Utkasten sparas som de är. Du kan slutföra dem senare på klientens flik Besök och bedömningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still drafts</source>
        <translation>Fortfarande utkast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 record is waiting for the next sync.</source>
        <translation>1 post väntar på nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records are waiting for the next sync.</source>
        <translation>{n} poster väntar på nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for sync</source>
        <translation>Väntar på synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay encrypted on this computer until you sync with the central records.</source>
        <translation>De förblir krypterade på den här datorn tills du synkroniserar med den centrala klientdatabasen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 participant: {names}</source>
        <translation>1 deltagare: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} participants: {names}</source>
        <translation>{n} deltagare: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants recorded</source>
        <translation>Inga deltagare antecknade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person absent: {names}</source>
        <translation>1 frånvarande: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people absent: {names}</source>
        <translation>{n} frånvarande: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes written</source>
        <translation>Anteckningar skrivna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No notes</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed: {title} ({time})</source>
        <translation>Slutförd: {title} ({time})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assessment was completed during this visit</source>
        <translation>Ingen bedömning slutfördes under det här besöket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision-making session completed {time}: {topic}</source>
        <translation>Stött beslutsfattande klart {time}: {topic}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision-making session started {time}: {topic}</source>
        <translation>Stött beslutsfattande påbörjat {time}: {topic}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{title}, started {time}</source>
        <translation>{title}, påbörjad {time}</translation>
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
