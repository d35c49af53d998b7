<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sopiva Desk {version}&lt;/h3&gt;&lt;p&gt;Offline case work for service counsellors in disability services.&lt;/p&gt;&lt;p&gt;Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and the app locks itself when idle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pictograms: OpenMoji, the open-source emoji and icon project ({url}). License: {license_link}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Sopiva Desk</source>
        <translation>About Sopiva Desk</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <source>way of meeting</source>
        <translation>way of meeting</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>visit ended</source>
        <translation>visit ended</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>who took part</translation>
    </message>
    <message>
        <source>who was absent</source>
        <translation>who was absent</translation>
    </message>
    <message>
        <source>“How are things?”</source>
        <translation>“How are things?”</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>the client&apos;s rating</source>
        <translation>the client&apos;s rating</translation>
    </message>
    <message>
        <source>the professional&apos;s rating</source>
        <translation>the professional&apos;s rating</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>reason for the new version</source>
        <translation>reason for the new version</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>the list</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>the change history</translation>
    </message>
    <message>
        <source>{record} (since removed)</source>
        <translation>{record} (since removed)</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Close person {name}</source>
        <translation>Close person {name}</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Close person</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>{way} {date}</source>
        <translation>{way} {date}</translation>
    </message>
    <message>
        <source>Needs assessment, version {version}</source>
        <translation>Needs assessment, version {version}</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Decision-making session</translation>
    </message>
    <message>
        <source>Decision-making session “{topic}”, version {version}</source>
        <translation>Decision-making session “{topic}”, version {version}</translation>
    </message>
    <message>
        <source>Decision-making session, version {version}</source>
        <translation>Decision-making session, version {version}</translation>
    </message>
    <message>
        <source>Client plan, version {version}</source>
        <translation>Client plan, version {version}</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Client plan</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personal budget</translation>
    </message>
    <message>
        <source>Personal budget {start}–{end}</source>
        <translation>Personal budget {start}–{end}</translation>
    </message>
    <message>
        <source>Plan review {date}</source>
        <translation>Plan review {date}</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <source>Print queue: {document}</source>
        <translation>Print queue: {document}</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Disclosure to {recipient}</source>
        <translation>Disclosure to {recipient}</translation>
    </message>
    <message>
        <source>Disclosure entries</source>
        <translation>Disclosure entries</translation>
    </message>
    <message>
        <source>Personal budgets overview</source>
        <translation>Personal budgets overview</translation>
    </message>
    <message>
        <source>All of the client&apos;s data, at the client&apos;s own request</source>
        <translation>All of the client&apos;s data, at the client&apos;s own request</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>The client&apos;s access report</translation>
    </message>
    <message>
        <source>included in the exported file</source>
        <translation>included in the exported file</translation>
    </message>
    <message>
        <source>changes to the client&apos;s data were in the sync</source>
        <translation>changes to the client&apos;s data were in the sync</translation>
    </message>
    <message>
        <source>appeared in the list</source>
        <translation>appeared in the list</translation>
    </message>
    <message>
        <source>document “{name}”</source>
        <translation>document “{name}”</translation>
    </message>
    <message>
        <source>marked as printed</source>
        <translation>marked as printed</translation>
    </message>
    <message>
        <source>taken off the queue</source>
        <translation>taken off the queue</translation>
    </message>
    <message>
        <source>an answer in the form</source>
        <translation>an answer in the form</translation>
    </message>
    <message>
        <source>support {number}</source>
        <translation>support {number}</translation>
    </message>
    <message>
        <source>support {number} “{words}”</source>
        <translation>support {number} “{words}”</translation>
    </message>
    <message>
        <source>a support since removed</source>
        <translation>a support since removed</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>person {number}</translation>
    </message>
    <message>
        <source>person {number} “{words}”</source>
        <translation>person {number} “{words}”</translation>
    </message>
    <message>
        <source>a person since removed</source>
        <translation>a person since removed</translation>
    </message>
    <message>
        <source>order of the options</source>
        <translation>order of the options</translation>
    </message>
    <message>
        <source>option {number}</source>
        <translation>option {number}</translation>
    </message>
    <message>
        <source>option {number} “{words}”</source>
        <translation>option {number} “{words}”</translation>
    </message>
    <message>
        <source>an option since removed</source>
        <translation>an option since removed</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>line {number}</translation>
    </message>
    <message>
        <source>line {number} “{words}”</source>
        <translation>line {number} “{words}”</translation>
    </message>
    <message>
        <source>a line since removed</source>
        <translation>a line since removed</translation>
    </message>
    <message>
        <source>reference line {number}</source>
        <translation>reference line {number}</translation>
    </message>
    <message>
        <source>payment commitment {number}</source>
        <translation>payment commitment {number}</translation>
    </message>
    <message>
        <source>a realised use since removed</source>
        <translation>a realised use since removed</translation>
    </message>
    <message>
        <source>realised use {date}</source>
        <translation>realised use {date}</translation>
    </message>
    <message>
        <source>Caseload list</source>
        <translation>Caseload list</translation>
    </message>
    <message>
        <source>Today page</source>
        <translation>Today page</translation>
    </message>
    <message>
        <source>Goal attainment in the budgets overview</source>
        <translation>Goal attainment in the budgets overview</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Closed cases to remove from this computer</source>
        <translation>Closed cases to remove from this computer</translation>
    </message>
    <message>
        <source>Changes refused by the central records</source>
        <translation>Changes refused by the central records</translation>
    </message>
    <message>
        <source>Visits, assessments and decision-making</source>
        <translation>Visits, assessments and decision-making</translation>
    </message>
    <message>
        <source>Plans, budgets and reviews</source>
        <translation>Plans, budgets and reviews</translation>
    </message>
    <message>
        <source>Access log and disclosures</source>
        <translation>Access log and disclosures</translation>
    </message>
    <message>
        <source>Sent to the central records</source>
        <translation>Sent to the central records</translation>
    </message>
    <message>
        <source>Received from the central records</source>
        <translation>Received from the central records</translation>
    </message>
    <message>
        <source>goal {number}</source>
        <translation>goal {number}</translation>
    </message>
    <message>
        <source>goal {number} “{words}”</source>
        <translation>goal {number} “{words}”</translation>
    </message>
    <message>
        <source>a goal since removed</source>
        <translation>a goal since removed</translation>
    </message>
    <message>
        <source>in Finnish</source>
        <translation>in Finnish</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>in Swedish</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{text}
Stored as: {keys}</source>
        <translation>{text}
Stored as: {keys}</translation>
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
        <translation>No. {seq} · {when} · {who} · {what}</translation>
    </message>
    <message>
        <source>This entry has been changed after it was written (its person, action, time or another detail no longer matches its checksum).</source>
        <translation>This entry has been changed after it was written (its person, action, time or another detail no longer matches its checksum).</translation>
    </message>
    <message>
        <source>Entry No. {first} before this one has been deleted.</source>
        <translation>Entry No. {first} before this one has been deleted.</translation>
    </message>
    <message>
        <source>Entries No. {first}–{last} before this one have been deleted.</source>
        <translation>Entries No. {first}–{last} before this one have been deleted.</translation>
    </message>
    <message>
        <source>This entry does not follow the one before it: entries have been moved out of order or added afterwards.</source>
        <translation>This entry does not follow the one before it: entries have been moved out of order or added afterwards.</translation>
    </message>
    <message>
        <source>The newest entries have been deleted: the log was signed up to entry No. {signed}, but now ends at No. {newest}.</source>
        <translation>The newest entries have been deleted: the log was signed up to entry No. {signed}, but now ends at No. {newest}.</translation>
    </message>
    <message>
        <source>This entry is not the one the log was signed with: entries at or before it have been changed and the checksums recalculated, or deleted and replaced.</source>
        <translation>This entry is not the one the log was signed with: entries at or before it have been changed and the checksums recalculated, or deleted and replaced.</translation>
    </message>
    <message>
        <source>The signed end of the log is not signed with this profile&apos;s log key.</source>
        <translation>The signed end of the log is not signed with this profile&apos;s log key.</translation>
    </message>
    <message>
        <source>The signed end of the log has been removed from the store.</source>
        <translation>The signed end of the log has been removed from the store.</translation>
    </message>
    <message>
        <source>The profile file names a different log key than the store holds.</source>
        <translation>The profile file names a different log key than the store holds.</translation>
    </message>
    <message>
        <source>The confirmation from the central records is not signed by the central server.</source>
        <translation>The confirmation from the central records is not signed by the central server.</translation>
    </message>
    <message>
        <source>This entry is not what the central records confirmed at the last sync: the log has been changed at or before this entry and signed again.</source>
        <translation>This entry is not what the central records confirmed at the last sync: the log has been changed at or before this entry and signed again.</translation>
    </message>
    <message>
        <source>Entries the central records confirmed at the last sync have been deleted: the log was confirmed up to No. {signed}, but now ends at No. {newest}.</source>
        <translation>Entries the central records confirmed at the last sync have been deleted: the log was confirmed up to No. {signed}, but now ends at No. {newest}.</translation>
    </message>
    <message>
        <source>The confirmation from the central records has been removed from the store.</source>
        <translation>The confirmation from the central records has been removed from the store.</translation>
    </message>
    <message>
        <source>The clients kept for this listing are not the ones it showed: the list of clients has been changed.</source>
        <translation>The clients kept for this listing are not the ones it showed: the list of clients has been changed.</translation>
    </message>
    <message>
        <source>Newest entries not yet signed: {count} (the app closed before it could sign them). They are signed when the profile is next unlocked.</source>
        <translation>Newest entries not yet signed: {count} (the app closed before it could sign them). They are signed when the profile is next unlocked.</translation>
    </message>
    <message>
        <source>The signed end of the log is missing from the profile folder. It is written again when the profile is next unlocked.</source>
        <translation>The signed end of the log is missing from the profile folder. It is written again when the profile is next unlocked.</translation>
    </message>
    <message>
        <source>The log has not been signed yet (it was written by an older version). It is signed when the profile is next unlocked.</source>
        <translation>The log has not been signed yet (it was written by an older version). It is signed when the profile is next unlocked.</translation>
    </message>
    <message>
        <source>The access log has been tampered with.</source>
        <translation>The access log has been tampered with.</translation>
    </message>
    <message>
        <source>The access log is intact, with a note.</source>
        <translation>The access log is intact, with a note.</translation>
    </message>
    <message>
        <source>The access log is intact.</source>
        <translation>The access log is intact.</translation>
    </message>
    <message>
        <source>Entries checked: {count}.</source>
        <translation>Entries checked: {count}.</translation>
    </message>
    <message>
        <source>Signed on this computer up to entry No. {seq}.</source>
        <translation>Signed on this computer up to entry No. {seq}.</translation>
    </message>
    <message>
        <source>Confirmed by the central records up to entry No. {seq}.</source>
        <translation>Confirmed by the central records up to entry No. {seq}.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the central records (confirmed at each sync).</source>
        <translation>Not yet confirmed by the central records (confirmed at each sync).</translation>
    </message>
    <message>
        <source>No. {seq}</source>
        <translation>No. {seq}</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckControl</name>
    <message>
        <source>Check the access &amp;log…</source>
        <translation>Check the access &amp;log…</translation>
    </message>
    <message>
        <source>The access log has been tampered with</source>
        <translation>The access log has been tampered with</translation>
    </message>
    <message>
        <source>The check after unlock found a break in the access log. Click to see which entry.</source>
        <translation>The check after unlock found a break in the access log. Click to see which entry.</translation>
    </message>
</context>
<context>
    <name>AccessLogCheckDialog</name>
    <message>
        <source>Check the access log</source>
        <translation>Check the access log</translation>
    </message>
    <message>
        <source>Every entry of the access log holds a checksum of the one before it, and the end of the log is signed on this computer and confirmed by the central records at each sync. The check reads the whole log from the first entry and says whether anything has been changed, deleted or reordered since it was written.</source>
        <translation>Every entry of the access log holds a checksum of the one before it, and the end of the log is signed on this computer and confirmed by the central records at each sync. The check reads the whole log from the first entry and says whether anything has been changed, deleted or reordered since it was written.</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>First broken entry</translation>
    </message>
    <message>
        <source>Everything the check found</source>
        <translation>Everything the check found</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking the access log…</source>
        <translation>Checking the access log…</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>The check could not be run.</translation>
    </message>
    <message>
        <source>No. {seq} (no longer in the log)</source>
        <translation>No. {seq} (no longer in the log)</translation>
    </message>
    <message>
        <source>The log as a whole</source>
        <translation>The log as a whole</translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>{action}: {record}</source>
        <translation>{action}: {record}</translation>
    </message>
    <message>
        <source>(in a list of several clients)</source>
        <translation>(in a list of several clients)</translation>
    </message>
    <message>
        <source>Access report…</source>
        <translation>Access report…</translation>
    </message>
    <message>
        <source>For the client: who handled their data in a period and why, on screen and as a PDF</source>
        <translation>For the client: who handled their data in a period and why, on screen and as a PDF</translation>
    </message>
    <message>
        <source>The client&apos;s access report</source>
        <translation>The client&apos;s access report</translation>
    </message>
    <message>
        <source>Who has viewed, changed, printed or exported this client&apos;s data on this computer in the period, and why, and to whom data was disclosed. The client has the right to get this report. Work done on other computers is in the report of the central records.</source>
        <translation>Who has viewed, changed, printed or exported this client&apos;s data on this computer in the period, and why, and to whom data was disclosed. The client has the right to get this report. Work done on other computers is in the report of the central records.</translation>
    </message>
    <message>
        <source>Who handled the data</source>
        <translation>Who handled the data</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>The language of the PDF. The client&apos;s language is chosen first.</source>
        <translation>The language of the PDF. The client&apos;s language is chosen first.</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>PDF &amp;language</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file to give to the client</source>
        <translation>Save the report as a PDF file to give to the client</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <source>{name}, {identity}</source>
        <translation>{name}, {identity}</translation>
    </message>
    <message>
        <source>Who handled the data ({count})</source>
        <translation>Who handled the data ({count})</translation>
    </message>
    <message>
        <source>Disclosures ({count})</source>
        <translation>Disclosures ({count})</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Save the access report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>The PDF was not saved.</translation>
    </message>
</context>
<context>
    <name>AddClosePersonDialog</name>
    <message>
        <source>Add close person</source>
        <translation>Add close person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>e.g. mother, brother, friend, trustee</source>
        <translation>e.g. mother, brother, friend, trustee</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add a payment commitment</source>
        <translation>Add a payment commitment</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Add commitment</translation>
    </message>
    <message>
        <source>Correct payment commitment {number}</source>
        <translation>Correct payment commitment {number}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>The county promises to pay the service provider up to the maximum sum. Money is never paid to the client.</source>
        <translation>The county promises to pay the service provider up to the maximum sum. Money is never paid to the client.</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>e.g. MS-2026-014</source>
        <translation>e.g. MS-2026-014</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Maximum sum (€)</source>
        <translation>&amp;Maximum sum (€)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Valid &amp;to</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
    <message>
        <source>e.g. The maximum sum was typed wrong</source>
        <translation>e.g. The maximum sum was typed wrong</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <source>Agree the plan</source>
        <translation>Agree the plan</translation>
    </message>
    <message>
        <source>Agreeing locks this version of the plan. The plan agreed before it is kept as superseded. Later changes are made in a new version.</source>
        <translation>Agreeing locks this version of the plan. The plan agreed before it is kept as superseded. Later changes are made in a new version.</translation>
    </message>
    <message>
        <source>&amp;Agreed with the client on</source>
        <translation>&amp;Agreed with the client on</translation>
    </message>
    <message>
        <source>Agreed with the client on</source>
        <translation>Agreed with the client on</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AmendAssessmentDialog</name>
    <message>
        <source>Amend assessment</source>
        <translation>Amend assessment</translation>
    </message>
    <message>
        <source>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</source>
        <translation>A completed assessment is not changed. Amending makes a new version with the same answers, as a draft you can edit and complete again. The reason is kept with every change made in the new version and shown in the history.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. “The client told more about their need for support on 3.2.”</source>
        <translation>e.g. “The client told more about their need for support on 3.2.”</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Reason for the change (required)</translation>
    </message>
    <message>
        <source>Make new version</source>
        <translation>Make new version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Every change to the answers of “{title}”, newest first. Changes made in an amended version show the reason given for the amendment.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Show changes of:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No answers have been changed yet.</source>
        <translation>No answers have been changed yet.</translation>
    </message>
    <message>
        <source>The chosen change in full</source>
        <translation>The chosen change in full</translation>
    </message>
    <message>
        <source>Choose a change to see the whole old and new answer.</source>
        <translation>Choose a change to see the whole old and new answer.</translation>
    </message>
    <message>
        <source>{when} · {who} · version {version}</source>
        <translation>{when} · {who} · version {version}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Reason for the change: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
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
        <translation>Visit</translation>
    </message>
    <message>
        <source>{title}, template version {version}</source>
        <translation>{title}, template version {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Check: an answer was not accepted</source>
        <translation>Check: an answer was not accepted</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Every change to the answers: who, when, old and new</source>
        <translation>Every change to the answers: who, when, old and new</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed assessment</source>
        <translation>Make a new version to change a completed assessment</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Check the required answers and lock the assessment (Ctrl+Enter)</source>
        <translation>Check the required answers and lock the assessment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Answers to give before completing</source>
        <translation>Answers to give before completing</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up move between sections</translation>
    </message>
    <message>
        <source>Assessment of {name}</source>
        <translation>Assessment of {name}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>completed on {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>make a new version to change it: Amend…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>a newer version replaces this one</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>it is kept as it was</translation>
    </message>
    <message>
        <source>Done: every answer the section needs is given</source>
        <translation>Done: every answer the section needs is given</translation>
    </message>
    <message>
        <source>Started: answers the section needs are missing</source>
        <translation>Started: answers the section needs are missing</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Superseded by a newer version</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Version {number} · {status}</source>
        <translation>Version {number} · {status}</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>Reason for the change: {reason}</translation>
    </message>
    <message>
        <source>{field}: not accepted</source>
        <translation>{field}: not accepted</translation>
    </message>
    <message>
        <source>Some answers were not accepted. Correct them, then complete again.</source>
        <translation>Some answers were not accepted. Correct them, then complete again.</translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing. Choose one to go to it.</source>
        <translation>
            <numerusform>%n required answer is missing. Choose it to go to it.</numerusform>
            <numerusform>%n required answers are missing. Choose one to go to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required answer is given. You can complete the assessment now.</source>
        <translation>Every required answer is given. You can complete the assessment now.</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Go to this field</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Back up this profile automatically</source>
        <translation>Back up this profile automatically</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>How often:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>A backup is made while the app is open and when it locks or closes, once the interval has passed. The oldest are removed when there are more than the number kept. Keep backups on a USB drive or network folder, not on this computer alone.</source>
        <translation>A backup is made while the app is open and when it locks or closes, once the interval has passed. The oldest are removed when there are more than the number kept. Keep backups on a USB drive or network folder, not on this computer alone.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>No backup of this profile has been made yet.</source>
        <translation>No backup of this profile has been made yet.</translation>
    </message>
    <message>
        <source>{when}, to {path}</source>
        <translation>{when}, to {path}</translation>
    </message>
    <message>
        <source>The last backup failed: {reason}</source>
        <translation>The last backup failed: {reason}</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>New encryption key</source>
        <translation>New encryption key</translation>
    </message>
    <message>
        <source>This profile&apos;s data is now encrypted with a new key. A backup was made first: {path}. It opens with the old key, so keep it as safe as the computer and delete it when it is no longer needed. Unlock with your passphrase as before.</source>
        <translation>This profile&apos;s data is now encrypted with a new key. A backup was made first: {path}. It opens with the old key, so keep it as safe as the computer and delete it when it is no longer needed. Unlock with your passphrase as before.</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Back up this profile</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup)</source>
        <translation>Sopiva Desk backups (*.sopiva-backup)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>The backup was written and checked: {path}

It opens with this profile&apos;s passphrase on any computer with Sopiva Desk (unlock screen → Restore from a backup…).</source>
        <translation>The backup was written and checked: {path}

It opens with this profile&apos;s passphrase on any computer with Sopiva Desk (unlock screen → Restore from a backup…).</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Plan support</source>
        <translation>Plan support</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Unit price (€)</translation>
    </message>
    <message>
        <source>Arranged as</source>
        <translation>Arranged as</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budget period</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Each line is arranged without paying the client: payment commitment, service voucher, purchased service or own production. Double-click or type in a cell to change it; totals update at once.</source>
        <translation>Each line is arranged without paying the client: payment commitment, service voucher, purchased service or own production. Double-click or type in a cell to change it; totals update at once.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Add lines from the plan</source>
        <translation>Add lines from the plan</translation>
    </message>
    <message>
        <source>A line for every support of the client plan not yet in the budget</source>
        <translation>A line for every support of the client plan not yet in the budget</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Reference cost</translation>
    </message>
    <message>
        <source>The services the client has or is entitled to, at the county&apos;s unit price, for the budget period: the cost-neutrality ceiling.</source>
        <translation>The services the client has or is entitled to, at the county&apos;s unit price, for the budget period: the cost-neutrality ceiling.</translation>
    </message>
    <message>
        <source>Reference lines</source>
        <translation>Reference lines</translation>
    </message>
    <message>
        <source>Add reference line</source>
        <translation>Add reference line</translation>
    </message>
    <message>
        <source>Remove reference line</source>
        <translation>Remove reference line</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision; follow-up goes on in the Follow-up tab.</source>
        <translation>This budget is decided and locked. A change needs a new decision; follow-up goes on in the Follow-up tab.</translation>
    </message>
    <message>
        <source>This budget is closed and read-only.</source>
        <translation>This budget is closed and read-only.</translation>
    </message>
    <message>
        <source>Required: the budget is over the reference cost. Explain why the extra cost is needed.</source>
        <translation>Required: the budget is over the reference cost. Explain why the extra cost is needed.</translation>
    </message>
    <message>
        <source>Needed only when the budget is over the reference cost.</source>
        <translation>Needed only when the budget is over the reference cost.</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Line {number}</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Reference line {number}</translation>
    </message>
    <message>
        <source>Remove line {number} from the budget?</source>
        <translation>Remove line {number} from the budget?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BudgetFollowUpView</name>
    <message>
        <source>Bar: the share of the allocation used; the dark mark: the share of the period gone by.</source>
        <translation>Bar: the share of the allocation used; the dark mark: the share of the period gone by.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Balance per line</source>
        <translation>Balance per line</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Expected by now</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Used vs time</source>
        <translation>Used vs time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Maximum sum</source>
        <translation>Maximum sum</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Add commitment…</translation>
    </message>
    <message>
        <source>Payment commitments</source>
        <translation>Payment commitments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Record use…</source>
        <translation>Record use…</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Realised use</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the chosen entry; the reason and the earlier values are kept in the history</source>
        <translation>Correct the chosen entry; the reason and the earlier values are kept in the history</translation>
    </message>
    <message>
        <source>Cancel entry…</source>
        <translation>Cancel entry…</translation>
    </message>
    <message>
        <source>Cancel the chosen entry made by mistake: it stays listed and in the history with the reason, and no longer counts</source>
        <translation>Cancel the chosen entry made by mistake: it stays listed and in the history with the reason, and no longer counts</translation>
    </message>
    <message>
        <source>On {today}, {percent} % of the period {start}–{end} has gone by.</source>
        <translation>On {today}, {percent} % of the period {start}–{end} has gone by.</translation>
    </message>
    <message>
        <source>Allocated {allocated} · used {used} · expected by now {expected} · remaining {remaining}</source>
        <translation>Allocated {allocated} · used {used} · expected by now {expected} · remaining {remaining}</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the period gone by</source>
        <translation>{used} % used, {elapsed} % of the period gone by</translation>
    </message>
    <message>
        <source>{used} % used, {elapsed} % of the time</source>
        <translation>{used} % used, {elapsed} % of the time</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Corrected: {reason}</source>
        <translation>Corrected: {reason}</translation>
    </message>
    <message>
        <source>Amount: {reason}</source>
        <translation>Amount: {reason}</translation>
    </message>
    <message>
        <source>Whole budget: </source>
        <translation>Whole budget: </translation>
    </message>
</context>
<context>
    <name>BudgetFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryDialog</name>
    <message>
        <source>History of the personal budget</source>
        <translation>History of the personal budget</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Line {number}</translation>
    </message>
    <message>
        <source>Removed line</source>
        <translation>Removed line</translation>
    </message>
    <message>
        <source>Reference line {number}</source>
        <translation>Reference line {number}</translation>
    </message>
    <message>
        <source>Payment commitment {number}</source>
        <translation>Payment commitment {number}</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Realised use</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} units</translation>
    </message>
    <message>
        <source>amount: {reason}</source>
        <translation>amount: {reason}</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budget period</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Reason for the overlap</source>
        <translation>Reason for the overlap</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>at most {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetListModel</name>
    <message>
        <source>Indicative</source>
        <translation>Indicative</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Reference cost</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
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
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Record the decision: the budget is then locked</source>
        <translation>Record the decision: the budget is then locked</translation>
    </message>
    <message>
        <source>Close budget</source>
        <translation>Close budget</translation>
    </message>
    <message>
        <source>End the budget: nothing can be recorded after this</source>
        <translation>End the budget: nothing can be recorded after this</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personal budget</translation>
    </message>
    <message>
        <source>Personal budget of {name}</source>
        <translation>Personal budget of {name}</translation>
    </message>
    <message>
        <source>Indicative: not decided yet</source>
        <translation>Indicative: not decided yet</translation>
    </message>
    <message>
        <source>Decided on {date}</source>
        <translation>Decided on {date}</translation>
    </message>
    <message>
        <source>{status} · decision {number}</source>
        <translation>{status} · decision {number}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <source>Shares days with the budget of {periods}. Reason: {reason}</source>
        <translation>Shares days with the budget of {periods}. Reason: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>not written</translation>
    </message>
    <message>
        <source>Follow-up starts when the budget is decided</source>
        <translation>Follow-up starts when the budget is decided</translation>
    </message>
    <message>
        <source>Cancel payment commitment {number}</source>
        <translation>Cancel payment commitment {number}</translation>
    </message>
    <message>
        <source>Cancel the commitment</source>
        <translation>Cancel the commitment</translation>
    </message>
    <message>
        <source>Cancel a commitment entered by mistake. It stays listed and in the history with the reason. A commitment with realised use under it cannot be cancelled: correct or cancel those entries first.</source>
        <translation>Cancel a commitment entered by mistake. It stays listed and in the history with the reason. A commitment with realised use under it cannot be cancelled: correct or cancel those entries first.</translation>
    </message>
    <message>
        <source>Cancel realised use of {date}</source>
        <translation>Cancel realised use of {date}</translation>
    </message>
    <message>
        <source>Cancel the entry</source>
        <translation>Cancel the entry</translation>
    </message>
    <message>
        <source>Cancel a use recorded by mistake ({provider}, {amount}). It stays listed and in the history with the reason, and no longer counts in the balances and alerts.</source>
        <translation>Cancel a use recorded by mistake ({provider}, {amount}). It stays listed and in the history with the reason, and no longer counts in the balances and alerts.</translation>
    </message>
    <message>
        <source>Close this personal budget? Nothing can be changed or recorded in it after this.</source>
        <translation>Close this personal budget? Nothing can be changed or recorded in it after this.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BudgetParts</name>
    <message>
        <source>Payment commitment</source>
        <translation>Payment commitment</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Service voucher</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Purchased service</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Own production</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>trip</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>Indicative</source>
        <translation>Indicative</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>BudgetTotalsBar</name>
    <message>
        <source>Reference cost</source>
        <translation>Reference cost</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budget totals</translation>
    </message>
    <message>
        <source>Nothing allocated yet</source>
        <translation>Nothing allocated yet</translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation>No budget lines yet</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Cost-neutral</translation>
    </message>
    <message>
        <source>Over the reference by {amount}</source>
        <translation>Over the reference by {amount}</translation>
    </message>
    <message>
        <source>Reference cost {reference}, allocation {allocation}, difference {difference}. {state}</source>
        <translation>Reference cost {reference}, allocation {allocation}, difference {difference}. {state}</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <source>The visit is kept in the client&apos;s list, marked cancelled, with the reason. Nothing is deleted.</source>
        <translation>The visit is kept in the client&apos;s list, marked cancelled, with the reason. Nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason for cancelling (required)</source>
        <translation>Reason for cancelling (required)</translation>
    </message>
    <message>
        <source>e.g. The client is ill; a new time is agreed by phone.</source>
        <translation>e.g. The client is ill; a new time is agreed by phone.</translation>
    </message>
    <message>
        <source>Keep the visit</source>
        <translation>Keep the visit</translation>
    </message>
</context>
<context>
    <name>CasePhase</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Own worker</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>Add a client ({shortcut})</source>
        <translation>Add a client ({shortcut})</translation>
    </message>
    <message>
        <source>Search by name, identity code or municipality</source>
        <translation>Search by name, identity code or municipality</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</source>
        <translation>Type any part of a name, identity code, birth date or municipality. Several words must all match. ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;My clients</translation>
    </message>
    <message>
        <source>The clients whose own worker you are</source>
        <translation>The clients whose own worker you are</translation>
    </message>
    <message>
        <source>&amp;All clients</source>
        <translation>&amp;All clients</translation>
    </message>
    <message>
        <source>Every client on this computer</source>
        <translation>Every client on this computer</translation>
    </message>
    <message>
        <source>Search all clients</source>
        <translation>Search all clients</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Municipality filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Sync state filter</translation>
    </message>
    <message>
        <source>Whether the clients&apos; records are on the central records server</source>
        <translation>Whether the clients&apos; records are on the central records server</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All sync states</source>
        <translation>All sync states</translation>
    </message>
    <message>
        <source>{shown} of your {total} clients</source>
        <translation>{shown} of your {total} clients</translation>
    </message>
    <message>
        <source>{shown} of all {total} clients</source>
        <translation>{shown} of all {total} clients</translation>
    </message>
    <message>
        <source>The client list could not be loaded.</source>
        <translation>The client list could not be loaded.</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Loading clients…</translation>
    </message>
    <message>
        <source>No clients yet.

Add the first one with “New client…” ({shortcut}).</source>
        <translation>No clients yet.

Add the first one with “New client…” ({shortcut}).</translation>
    </message>
    <message>
        <source>You are not the own worker of any client yet.</source>
        <translation>You are not the own worker of any client yet.</translation>
    </message>
    <message>
        <source>No client matches “{search}” among your clients.

Search all clients? (Enter)</source>
        <translation>No client matches “{search}” among your clients.

Search all clients? (Enter)</translation>
    </message>
    <message>
        <source>None of your clients match the filters.

Search all clients? (Enter)</source>
        <translation>None of your clients match the filters.

Search all clients? (Enter)</translation>
    </message>
    <message>
        <source>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</source>
        <translation>No clients match the search.

Check the spelling, or clear the search (Esc) and the filters.</translation>
    </message>
</context>
<context>
    <name>ClientAssessmentsWidget</name>
    <message>
        <source>&amp;Start visit…</source>
        <translation>&amp;Start visit…</translation>
    </message>
    <message>
        <source>Start a home visit, remote visit, phone call or office visit with this client</source>
        <translation>Start a home visit, remote visit, phone call or office visit with this client</translation>
    </message>
    <message>
        <source>&amp;Continue visit</source>
        <translation>&amp;Continue visit</translation>
    </message>
    <message>
        <source>Go back to the visit that is still open</source>
        <translation>Go back to the visit that is still open</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Start a service-needs assessment without a visit</source>
        <translation>Start a service-needs assessment without a visit</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected assessment.</source>
        <translation>Newest first. Press Enter to open the selected assessment.</translation>
    </message>
    <message>
        <source>Double-click an assessment or press Enter to open it.</source>
        <translation>Double-click an assessment or press Enter to open it.</translation>
    </message>
    <message>
        <source>Service-needs assessments</source>
        <translation>Service-needs assessments</translation>
    </message>
    <message>
        <source>Supported decision-making</source>
        <translation>Supported decision-making</translation>
    </message>
    <message>
        <source>New &amp;decision-making session</source>
        <translation>New &amp;decision-making session</translation>
    </message>
    <message>
        <source>Start a supported decision-making session without a visit</source>
        <translation>Start a supported decision-making session without a visit</translation>
    </message>
    <message>
        <source>Decision-making sessions</source>
        <translation>Decision-making sessions</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected session.</source>
        <translation>Newest first. Press Enter to open the selected session.</translation>
    </message>
    <message>
        <source>Double-click a session or press Enter to open it.</source>
        <translation>Double-click a session or press Enter to open it.</translation>
    </message>
    <message>
        <source>No decision-making sessions yet.</source>
        <translation>No decision-making sessions yet.</translation>
    </message>
    <message>
        <source>{way}, {date}</source>
        <translation>{way}, {date}</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Phase: {phase}</translation>
    </message>
    <message>
        <source>{what} by {date} · {due}. {basis}.</source>
        <translation>{what} by {date} · {due}. {basis}.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Temporary identifier</translation>
    </message>
    <message>
        <source>Create a random identifier for a client whose identity code is not known</source>
        <translation>Create a random identifier for a client whose identity code is not known</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Comes from the identity code.</source>
        <translation>Comes from the identity code.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Which language</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Address and phone</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postal code and post office</source>
        <translation>Postal code and post office</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Own worker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export the client&apos;s data…</source>
        <translation>Export the client&apos;s data…</translation>
    </message>
    <message>
        <source>Everything this computer holds on the client, as one file, when the client asks for their data</source>
        <translation>Everything this computer holds on the client, as one file, when the client asks for their data</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Delete client…</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Temporary identifier</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Which language</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Communication methods</translation>
    </message>
    <message>
        <source>How I communicate</source>
        <translation>How I communicate</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Own worker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day the client-hood ended</source>
        <translation>Day the client-hood ended</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Resolved a sync conflict</translation>
    </message>
    <message>
        <source>Removed from this computer</source>
        <translation>Removed from this computer</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close persons</source>
        <translation>Close persons</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Visits and assessments</source>
        <translation>Visits and assessments</translation>
    </message>
    <message>
        <source>Plan and budget</source>
        <translation>Plan and budget</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>← Clients</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Back to the client list (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Double-click a name, relation or phone number to change it. Changes are saved automatically.</source>
        <translation>Double-click a name, relation or phone number to change it. Changes are saved automatically.</translation>
    </message>
    <message>
        <source>Add close person…</source>
        <translation>Add close person…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected close person</source>
        <translation>Remove the selected close person</translation>
    </message>
    <message>
        <source>Roles of the selected person</source>
        <translation>Roles of the selected person</translation>
    </message>
    <message>
        <source>How I communicate and how to support me</source>
        <translation>How I communicate and how to support me</translation>
    </message>
    <message>
        <source>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</source>
        <translation>In the client&apos;s own words, e.g. “I understand best when you show me a picture.”</translation>
    </message>
    <message>
        <source>Everyone who has viewed, listed or changed this client&apos;s data, and why, newest first. The client has the right to see this log.</source>
        <translation>Everyone who has viewed, listed or changed this client&apos;s data, and why, newest first. The client has the right to see this log.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Documents and other client data handed to someone outside the organisation: what, to whom, how, on what basis and why. The client has the right to see these too.</source>
        <translation>Documents and other client data handed to someone outside the organisation: what, to whom, how, on what basis and why. The client has the right to see these too.</translation>
    </message>
    <message>
        <source>{name} (no longer a municipality)</source>
        <translation>{name} (no longer a municipality)</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</source>
        <translation>Delete the client file of {name}? The client and their close persons are removed from your caseload. The deletion is recorded in the access log.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Roles of {name}</translation>
    </message>
    <message>
        <source>{name} – {field}: {reason}</source>
        <translation>{name} – {field}: {reason}</translation>
    </message>
    <message>
        <source>Remove close person</source>
        <translation>Remove close person</translation>
    </message>
    <message>
        <source>Remove {name} from the close persons of this client?</source>
        <translation>Remove {name} from the close persons of this client?</translation>
    </message>
    <message>
        <source>Client-hood ended on {closed}. The retention period of the client&apos;s records ends on {ends}; reopening the client stops it.</source>
        <translation>Client-hood ended on {closed}. The retention period of the client&apos;s records ends on {ends}; reopening the client stops it.</translation>
    </message>
    <message>
        <source>client-data-{date}.json</source>
        <translation>client-data-{date}.json</translation>
    </message>
    <message>
        <source>Export the data of {name}</source>
        <translation>Export the data of {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Client&apos;s data exported</translation>
    </message>
    <message>
        <source>Everything this computer holds on {name} is in {file}: {records} records and {entries} access-log entries. The export is recorded in the access log as made at the client&apos;s own request. The central records may hold more: the administrator exports those.</source>
        <translation>Everything this computer holds on {name} is in {file}: {records} records and {entries} access-log entries. The export is recorded in the access log as made at the client&apos;s own request. The central records may hold more: the administrator exports those.</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>Client&apos;s data not exported</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space or choose another place and try again.</source>
        <translation>The disk is full, so the file was not saved. Free some space or choose another place and try again.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>The file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</translation>
    </message>
</context>
<context>
    <name>ClientPlanWidget</name>
    <message>
        <source>Client plan</source>
        <translation>Client plan</translation>
    </message>
    <message>
        <source>&amp;Draft the plan</source>
        <translation>&amp;Draft the plan</translation>
    </message>
    <message>
        <source>Start the client plan; the situation, support needs and strengths are taken from the latest completed assessment</source>
        <translation>Start the client plan; the situation, support needs and strengths are taken from the latest completed assessment</translation>
    </message>
    <message>
        <source>&amp;Continue draft</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>&amp;Open plan</translation>
    </message>
    <message>
        <source>The plan in force; a new version is made from there</source>
        <translation>The plan in force; a new version is made from there</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected version.</source>
        <translation>Newest first. Press Enter to open the selected version.</translation>
    </message>
    <message>
        <source>No client plan yet.</source>
        <translation>No client plan yet.</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personal budget</translation>
    </message>
    <message>
        <source>Create &amp;budget…</source>
        <translation>Create &amp;budget…</translation>
    </message>
    <message>
        <source>A personal budget for the plan&apos;s supports, with the reference cost as its ceiling</source>
        <translation>A personal budget for the plan&apos;s supports, with the reference cost as its ceiling</translation>
    </message>
    <message>
        <source>Personal budgets</source>
        <translation>Personal budgets</translation>
    </message>
    <message>
        <source>Latest period first. Press Enter to open the selected budget.</source>
        <translation>Latest period first. Press Enter to open the selected budget.</translation>
    </message>
    <message>
        <source>No personal budget. Personal budgeting is one way to arrange the supports of the plan, when it suits the client.</source>
        <translation>No personal budget. Personal budgeting is one way to arrange the supports of the plan, when it suits the client.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>&amp;Review the plan…</source>
        <translation>&amp;Review the plan…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected review.</source>
        <translation>Newest first. Press Enter to open the selected review.</translation>
    </message>
    <message>
        <source>No reviews yet. At a review, the client and you rate how far each goal has been reached.</source>
        <translation>No reviews yet. At a review, the client and you rate how far each goal has been reached.</translation>
    </message>
    <message>
        <source>In force: version {version}, agreed on {date}.</source>
        <translation>In force: version {version}, agreed on {date}.</translation>
    </message>
    <message>
        <source>Review on {date}.</source>
        <translation>Review on {date}.</translation>
    </message>
    <message>
        <source>No agreed plan yet.</source>
        <translation>No agreed plan yet.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>Version {version} is a draft.</translation>
    </message>
    <message>
        <source>&amp;Continue the review</source>
        <translation>&amp;Continue the review</translation>
    </message>
    <message>
        <source>Rate with the client how far each goal has been reached, and ask how things are</source>
        <translation>Rate with the client how far each goal has been reached, and ask how things are</translation>
    </message>
    <message>
        <source>A plan is reviewed once it has been agreed.</source>
        <translation>A plan is reviewed once it has been agreed.</translation>
    </message>
    <message>
        <source>Draft the client plan first: a budget is built from its supports.</source>
        <translation>Draft the client plan first: a budget is built from its supports.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>All cards are sorted.</source>
        <translation>All cards are sorted.</translation>
    </message>
    <message>
        <source>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</source>
        <translation>Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. The arrow keys move between cards.</translation>
    </message>
    <message>
        <source>{title}: {column}.</source>
        <translation>{title}: {column}.</translation>
    </message>
    <message>
        <source>The arrow keys or Tab go back to the cards.</source>
        <translation>The arrow keys or Tab go back to the cards.</translation>
    </message>
    <message>
        <source>Cards to sort</source>
        <translation>Cards to sort</translation>
    </message>
    <message>
        <source>Column: {name}</source>
        <translation>Column: {name}</translation>
    </message>
    <message>
        <source>Card: {title}. In column: {column}.</source>
        <translation>Card: {title}. In column: {column}.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Not sorted yet</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Choice {number} of {count}</source>
        <translation>Choice {number} of {count}</translation>
    </message>
    <message>
        <source>Press a number from 1 to 5, or use the arrow keys and Enter.</source>
        <translation>Press a number from 1 to 5, or use the arrow keys and Enter.</translation>
    </message>
    <message>
        <source>You chose: {answer}</source>
        <translation>You chose: {answer}</translation>
    </message>
    <message>
        <source>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</source>
        <translation>Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.</translation>
    </message>
    <message>
        <source>Back to the counsellor&apos;s view</source>
        <translation>Back to the counsellor&apos;s view</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>How are things?</translation>
    </message>
    <message>
        <source>Client view</source>
        <translation>Client view</translation>
    </message>
</context>
<context>
    <name>ClientVisitsPart</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>&amp;Plan a visit…</translation>
    </message>
    <message>
        <source>Plan a visit ahead: day, time, way and place. Start it when you arrive.</source>
        <translation>Plan a visit ahead: day, time, way and place. Start it when you arrive.</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected visit.</source>
        <translation>Newest first. Press Enter to open the selected visit.</translation>
    </message>
    <message>
        <source>Double-click a visit or press Enter to open it: a planned visit to start, move or cancel it, an ended one to read it.</source>
        <translation>Double-click a visit or press Enter to open it: a planned visit to start, move or cancel it, an ended one to read it.</translation>
    </message>
    <message>
        <source>No visits yet. Plan one ahead, or start a visit when you meet.</source>
        <translation>No visits yet. Plan one ahead, or start a visit when you meet.</translation>
    </message>
</context>
<context>
    <name>ClosePersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>ConflictGroupBox</name>
    <message>
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Keep both texts</translation>
    </message>
    <message>
        <source>Keep both (all items)</source>
        <translation>Keep both (all items)</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Merge by hand</translation>
    </message>
    <message>
        <source>Suggested merge: their changes added to your text. You can edit it.</source>
        <translation>Suggested merge: their changes added to your text. You can edit it.</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Some of their changes did not fit into your text. Read the suggestion closely and correct it by hand before you resolve.</source>
        <translation>Some of their changes did not fit into your text. Read the suggestion closely and correct it by hand before you resolve.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the conflicts again (F5)</source>
        <translation>Read the conflicts again (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Back (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>The same information was changed differently on two devices. Choose what the record keeps; the next sync sends your choice.</source>
        <translation>The same information was changed differently on two devices. Choose what the record keeps; the next sync sends your choice.</translation>
    </message>
    <message>
        <source>No conflicts. When the same information is changed differently on two devices, it appears here for you to decide.</source>
        <translation>No conflicts. When the same information is changed differently on two devices, it appears here for you to decide.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Save the chosen values in the record; the next sync sends them</source>
        <translation>Save the chosen values in the record; the next sync sends them</translation>
    </message>
    <message>
        <source>[{name}, {time}]</source>
        <translation>[{name}, {time}]</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Conflict resolved. The next sync sends your choice.</source>
        <translation>Conflict resolved. The next sync sends your choice.</translation>
    </message>
    <message>
        <source>{record} of {client}</source>
        <translation>{record} of {client}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>a client</translation>
    </message>
    <message>
        <source>Mine: changed by {mine} on {mine_at}. Theirs: changed by {theirs} on {theirs_at}.</source>
        <translation>Mine: changed by {mine} on {mine_at}. Theirs: changed by {theirs} on {theirs_at}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The record keeps what you choose; the other values stay in the conflict&apos;s record.</source>
        <translation>The record keeps what you choose; the other values stay in the conflict&apos;s record.</translation>
    </message>
    <message>
        <source>Choose for every group what the record keeps.</source>
        <translation>Choose for every group what the record keeps.</translation>
    </message>
</context>
<context>
    <name>CreateBudgetDialog</name>
    <message>
        <source>New personal budget</source>
        <translation>New personal budget</translation>
    </message>
    <message>
        <source>Create budget</source>
        <translation>Create budget</translation>
    </message>
    <message>
        <source>The budget starts with a line for each priced support of the plan, and the reference cost from the price list on the first day of the period. Go through them with the client on the next page. A period can be at most two years.</source>
        <translation>The budget starts with a line for each priced support of the plan, and the reference cost from the price list on the first day of the period. Go through them with the client on the next page. A period can be at most two years.</translation>
    </message>
    <message>
        <source>&amp;Reason for the overlap</source>
        <translation>&amp;Reason for the overlap</translation>
    </message>
    <message>
        <source>The client has no other budget in use. Budgets of one client may share days only with a written reason.</source>
        <translation>The client has no other budget in use. Budgets of one client may share days only with a written reason.</translation>
    </message>
    <message>
        <source>{start}–{end} ({state})</source>
        <translation>{start}–{end} ({state})</translation>
    </message>
    <message>
        <source>The client&apos;s budgets in use: {budgets}. A new budget may share days with them only with a written reason, e.g. a new decision that replaces one from a given day.</source>
        <translation>The client&apos;s budgets in use: {budgets}. A new budget may share days with them only with a written reason, e.g. a new decision that replaces one from a given day.</translation>
    </message>
    <message>
        <source>Required: the period overlaps the budget of {start}–{end}. Why are two budgets needed for the same days?</source>
        <translation>Required: the period overlaps the budget of {start}–{end}. Why are two budgets needed for the same days?</translation>
    </message>
    <message>
        <source>Needed only when the period overlaps another budget</source>
        <translation>Needed only when the period overlaps another budget</translation>
    </message>
    <message>
        <source>Period &amp;starts</source>
        <translation>Period &amp;starts</translation>
    </message>
    <message>
        <source>Period &amp;ends</source>
        <translation>Period &amp;ends</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
</context>
<context>
    <name>DecideBudgetDialog</name>
    <message>
        <source>Decide the personal budget</source>
        <translation>Decide the personal budget</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and realised use) goes on.</source>
        <translation>A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and realised use) goes on.</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <source>Decision &amp;number</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Supporter chosen by the client</source>
        <translation>Supporter chosen by the client</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Close person</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Plain language</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Pictures or symbols</translation>
    </message>
    <message>
        <source>Sorting into good / not sure / not good</source>
        <translation>Sorting into good / not sure / not good</translation>
    </message>
    <message>
        <source>Communication device (AAC)</source>
        <translation>Communication device (AAC)</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Key-word signs</translation>
    </message>
    <message>
        <source>Sign-language interpreter</source>
        <translation>Sign-language interpreter</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Other method</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>Partly agrees</source>
        <translation>Partly agrees</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Disagrees</translation>
    </message>
    <message>
        <source>Could not express an opinion</source>
        <translation>Could not express an opinion</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – very bad</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – bad</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – okay</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – good</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – very good</translation>
    </message>
    <message>
        <source>1. The decision at hand</source>
        <translation>1. The decision at hand</translation>
    </message>
    <message>
        <source>&amp;Decision to make</source>
        <translation>&amp;Decision to make</translation>
    </message>
    <message>
        <source>In your own words: what is to be decided, and why now.</source>
        <translation>In your own words: what is to be decided, and why now.</translation>
    </message>
    <message>
        <source>In &amp;plain language for the client</source>
        <translation>In &amp;plain language for the client</translation>
    </message>
    <message>
        <source>One short sentence with everyday words. The client sees it in the client view.</source>
        <translation>One short sentence with everyday words. The client sees it in the client view.</translation>
    </message>
    <message>
        <source>Smaller parts of the decision</source>
        <translation>Smaller parts of the decision</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Parts of the decision</translation>
    </message>
    <message>
        <source>Add a pa&amp;rt</source>
        <translation>Add a pa&amp;rt</translation>
    </message>
    <message>
        <source>Add a par&amp;ticipant</source>
        <translation>Add a par&amp;ticipant</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>How the client&apos;s &amp;will was found out</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Add a differing v&amp;iew</translation>
    </message>
    <message>
        <source>Follow &amp;up by</source>
        <translation>Follow &amp;up by</translation>
    </message>
    <message>
        <source>Ask with the picture &amp;scale</source>
        <translation>Ask with the picture &amp;scale</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>part {number}</translation>
    </message>
    <message>
        <source>A big decision is easier in small steps, e.g. where, with whom, when.</source>
        <translation>A big decision is easier in small steps, e.g. where, with whom, when.</translation>
    </message>
    <message>
        <source>Informs the &amp;assessment</source>
        <translation>Informs the &amp;assessment</translation>
    </message>
    <message>
        <source>Optional: the client&apos;s needs assessment this decision belongs to.</source>
        <translation>Optional: the client&apos;s needs assessment this decision belongs to.</translation>
    </message>
    <message>
        <source>2. Who took part and how</source>
        <translation>2. Who took part and how</translation>
    </message>
    <message>
        <source>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</source>
        <translation>The client is always there. The client chooses the supporters; a supporter helps the client to decide but never decides for the client.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation to the client</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>participant {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Only the client and you so far.</translation>
    </message>
    <message>
        <source>Communication methods used</source>
        <translation>Communication methods used</translation>
    </message>
    <message>
        <source>Other &amp;method</source>
        <translation>Other &amp;method</translation>
    </message>
    <message>
        <source>Aids used</source>
        <translation>Aids used</translation>
    </message>
    <message>
        <source>e.g. a picture folder, tablet, photos of the places</source>
        <translation>e.g. a picture folder, tablet, photos of the places</translation>
    </message>
    <message>
        <source>3. Options and the client&apos;s reactions</source>
        <translation>3. Options and the client&apos;s reactions</translation>
    </message>
    <message>
        <source>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</source>
        <translation>Show one option at a time with a picture. The client can sort them in the client view (F5): good, not sure, not good.</translation>
    </message>
    <message>
        <source>4. Outcome</source>
        <translation>4. Outcome</translation>
    </message>
    <message>
        <source>The d&amp;ecision</source>
        <translation>The d&amp;ecision</translation>
    </message>
    <message>
        <source>What the client decided.</source>
        <translation>What the client decided.</translation>
    </message>
    <message>
        <source>Questions asked and the client&apos;s answers</source>
        <translation>Questions asked and the client&apos;s answers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Client&apos;s answer</source>
        <translation>Client&apos;s answer</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Add a &amp;question</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>question {number}</translation>
    </message>
    <message>
        <source>No questions recorded.</source>
        <translation>No questions recorded.</translation>
    </message>
    <message>
        <source>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</source>
        <translation>e.g. the client pointed at pictures and said yes to each; tried the place for a day.</translation>
    </message>
    <message>
        <source>Does the client agree with the decision?</source>
        <translation>Does the client agree with the decision?</translation>
    </message>
    <message>
        <source>Why the client could not express an opinion</source>
        <translation>Why the client could not express an opinion</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Differing views</translation>
    </message>
    <message>
        <source>Others&apos; views are recorded beside the client&apos;s, never instead of it.</source>
        <translation>Others&apos; views are recorded beside the client&apos;s, never instead of it.</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Whose view</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>view {number}</translation>
    </message>
    <message>
        <source>No differing views.</source>
        <translation>No differing views.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Next steps</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>“How are things?” – the client&apos;s answer</source>
        <translation>“How are things?” – the client&apos;s answer</translation>
    </message>
    <message>
        <source>Asked with the picture scale in the client view, or set here.</source>
        <translation>Asked with the picture scale in the client view, or set here.</translation>
    </message>
    <message>
        <source>Opens the client view with five faces, from very bad to very good</source>
        <translation>Opens the client view with five faces, from very bad to very good</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>No link</translation>
    </message>
</context>
<context>
    <name>DecisionSessionPage</name>
    <message>
        <source>Supported decision-making</source>
        <translation>Supported decision-making</translation>
    </message>
    <message>
        <source>Client view (F5)</source>
        <translation>Client view (F5)</translation>
    </message>
    <message>
        <source>A full-screen view for the client: big text and pictures, sorting the options</source>
        <translation>A full-screen view for the client: big text and pictures, sorting the options</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Make a new version to change a completed session</source>
        <translation>Make a new version to change a completed session</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Check what is required and lock the session (Ctrl+Enter)</source>
        <translation>Check what is required and lock the session (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Before completing, record:</source>
        <translation>Before completing, record:</translation>
    </message>
    <message>
        <source>What to record before completing</source>
        <translation>What to record before completing</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can complete the session now (Ctrl+Enter).</source>
        <translation>Everything needed is recorded. You can complete the session now (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Decision-making session</source>
        <translation>Decision-making session</translation>
    </message>
    <message>
        <source>Decision-making session with {name}</source>
        <translation>Decision-making session with {name}</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Draft, started {date}</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Completed {date}</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Replaced by a newer version</translation>
    </message>
    <message>
        <source>{status} · version {version}</source>
        <translation>{status} · version {version}</translation>
    </message>
    <message>
        <source>Reason for the amendment: {reason}</source>
        <translation>Reason for the amendment: {reason}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>completed on {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: Amend…</source>
        <translation>make a new version to change it: Amend…</translation>
    </message>
    <message>
        <source>a newer version replaces this one</source>
        <translation>a newer version replaces this one</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>it is kept as it was</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>Amend the session</source>
        <translation>Amend the session</translation>
    </message>
    <message>
        <source>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</source>
        <translation>A completed session is not changed. Amending makes a new version with the same content, as a draft you can edit and complete again. The reason is kept with every change made in the new version.</translation>
    </message>
</context>
<context>
    <name>DemoSetupWindow</name>
    <message>
        <source>Sopiva Desk – preparing the demo</source>
        <translation>Sopiva Desk – preparing the demo</translation>
    </message>
    <message>
        <source>Creating the demo profile and its encryption key…</source>
        <translation>Creating the demo profile and its encryption key…</translation>
    </message>
    <message>
        <source>Adding 200 fictional clients across Etelä-Savo…</source>
        <translation>Adding 200 fictional clients across Etelä-Savo…</translation>
    </message>
    <message>
        <source>Adding visits, needs assessments, decision-making sessions, plans and budgets…</source>
        <translation>Adding visits, needs assessments, decision-making sessions, plans and budgets…</translation>
    </message>
    <message>
        <source>Connecting the demo profile to the demo&apos;s central records on this computer and sending its data there…</source>
        <translation>Connecting the demo profile to the demo&apos;s central records on this computer and sending its data there…</translation>
    </message>
    <message>
        <source>Preparing a second demo profile, colleague Sanna Laitinen, on the same central records…</source>
        <translation>Preparing a second demo profile, colleague Sanna Laitinen, on the same central records…</translation>
    </message>
    <message>
        <source>Preparing the demo profile</source>
        <translation>Preparing the demo profile</translation>
    </message>
    <message>
        <source>This happens only the first time. All clients in the demo are invented.</source>
        <translation>This happens only the first time. All clients in the demo are invented.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Record a disclosure</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Record disclosure</translation>
    </message>
    <message>
        <source>Record every time client data is handed to someone outside the services, e.g. another authority or a service provider. The client may ask to see these entries.</source>
        <translation>Record every time client data is handed to someone outside the services, e.g. another authority or a service provider. The client may ask to see these entries.</translation>
    </message>
    <message>
        <source>{title}, document ID {id}</source>
        <translation>{title}, document ID {id}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>&amp;What was disclosed</translation>
    </message>
    <message>
        <source>&amp;Also disclosed</source>
        <translation>&amp;Also disclosed</translation>
    </message>
    <message>
        <source>e.g. the dates of the home visits, or a copy of the needs assessment</source>
        <translation>e.g. the dates of the home visits, or a copy of the needs assessment</translation>
    </message>
    <message>
        <source>optional: other papers or information handed over with the document</source>
        <translation>optional: other papers or information handed over with the document</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>a person or an office, e.g. Kela, Mikkeli office</source>
        <translation>a person or an office, e.g. Kela, Mikkeli office</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;organisation</source>
        <translation>Recipient&apos;s &amp;organisation</translation>
    </message>
    <message>
        <source>optional, e.g. Social Insurance Institution</source>
        <translation>optional, e.g. Social Insurance Institution</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Orally in a meeting</source>
        <translation>Orally in a meeting</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Record a disclosure…</translation>
    </message>
    <message>
        <source>Client data given to someone outside the services other than as a document printed here, e.g. by phone</source>
        <translation>Client data given to someone outside the services other than as a document printed here, e.g. by phone</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A law allows or requires it</source>
        <translation>A law allows or requires it</translation>
    </message>
    <message>
        <source>The client&apos;s consent</source>
        <translation>The client&apos;s consent</translation>
    </message>
    <message>
        <source>&amp;Law or consent</source>
        <translation>&amp;Law or consent</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>optional: how the consent was given, e.g. in writing</source>
        <translation>optional: how the consent was given, e.g. in writing</translation>
    </message>
    <message>
        <source>e.g. Client Data Act 703/2023 § 17</source>
        <translation>e.g. Client Data Act 703/2023 § 17</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>electronically</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>orally in a meeting</source>
        <translation>orally in a meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>What was disclosed</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation>Disclosed by</translation>
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
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Preview, print or export this record as a document</source>
        <translation>Preview, print or export this record as a document</translation>
    </message>
    <message>
        <source>{document}…</source>
        <translation>{document}…</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>The language of the document. The client&apos;s language is chosen first; the language of the app does not change it.</source>
        <translation>The language of the document. The client&apos;s language is chosen first; the language of the app does not change it.</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Document &amp;language</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
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
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>Record disclosure…</translation>
    </message>
    <message>
        <source>Record that this document was handed to someone outside the services: to whom, on what basis and why</source>
        <translation>Record that this document was handed to someone outside the services: to whom, on what basis and why</translation>
    </message>
    <message>
        <source>Mark for printing at the office</source>
        <translation>Mark for printing at the office</translation>
    </message>
    <message>
        <source>Put the document in the office&apos;s print queue, e.g. when you have no printer on the road</source>
        <translation>Put the document in the office&apos;s print queue, e.g. when you have no printer on the road</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file, optionally with a password</source>
        <translation>Save the document as a PDF file, optionally with a password</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>{client} · Document ID {id}</source>
        <translation>{client} · Document ID {id}</translation>
    </message>
    <message>
        <source>{document} – {client}</source>
        <translation>{document} – {client}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Marked for printing at the office ({language}).</source>
        <translation>Marked for printing at the office ({language}).</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF saved: {file}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>The PDF was not saved.</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Printing page {done} of {total}…</translation>
    </message>
    <message>
        <source>Printing was cancelled or failed.</source>
        <translation>Printing was cancelled or failed.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Disclosure to {recipient} recorded.</source>
        <translation>Disclosure to {recipient} recorded.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Client plan (official)</source>
        <translation>Client plan (official)</translation>
    </message>
    <message>
        <source>Plain-language plan for the client</source>
        <translation>Plain-language plan for the client</translation>
    </message>
    <message>
        <source>Supported decision-making record</source>
        <translation>Supported decision-making record</translation>
    </message>
    <message>
        <source>Needs assessment summary</source>
        <translation>Needs assessment summary</translation>
    </message>
    <message>
        <source>Personal budget statement</source>
        <translation>Personal budget statement</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
</context>
<context>
    <name>DraftAssessment</name>
    <message>
        <source>An assessment is still in draft</source>
        <translation>An assessment is still in draft</translation>
    </message>
    <message>
        <source>This client has a service-needs assessment in draft, started {started}.

Continue it, or start a new assessment beside it?</source>
        <translation>This client has a service-needs assessment in draft, started {started}.

Continue it, or start a new assessment beside it?</translation>
    </message>
    <message>
        <source>Continue the draft (started {started})</source>
        <translation>Continue the draft (started {started})</translation>
    </message>
    <message>
        <source>Start a new assessment anyway</source>
        <translation>Start a new assessment anyway</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <source>Connect this computer to your organisation&apos;s central records, so your work is kept there too and your clients&apos; records come here. IT support gives you the server address and a one-time code.</source>
        <translation>Connect this computer to your organisation&apos;s central records, so your work is kept there too and your clients&apos; records come here. IT support gives you the server address and a one-time code.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {server} as {user}. Enrolling again, for example after its access was revoked, needs a new code.</source>
        <translation>This computer is enrolled with {server} as {user}. Enrolling again, for example after its access was revoked, needs a new code.</translation>
    </message>
    <message>
        <source>A server on this computer (testing)</source>
        <translation>A server on this computer (testing)</translation>
    </message>
    <message>
        <source>Allows a plain http address on this computer only. Never used for a server on the network.</source>
        <translation>Allows a plain http address on this computer only. Never used for a server on the network.</translation>
    </message>
    <message>
        <source>IT support sees this name in their list of computers.</source>
        <translation>IT support sees this name in their list of computers.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Choose CA file…</translation>
    </message>
    <message>
        <source>If IT support gave you the organisation&apos;s certificate (CA) file, choose it: then only that certificate is trusted.</source>
        <translation>If IT support gave you the organisation&apos;s certificate (CA) file, choose it: then only that certificate is trusted.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>One-time code:</translation>
    </message>
    <message>
        <source>Name of this computer:</source>
        <translation>Name of this computer:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Connecting to the central records…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>This computer does not know the server&apos;s security certificate. Call IT support and read them the fingerprint below. Trust the certificate only if it is the same as theirs: otherwise someone may be pretending to be the server.</source>
        <translation>This computer does not know the server&apos;s security certificate. Call IT support and read them the fingerprint below. Trust the certificate only if it is the same as theirs: otherwise someone may be pretending to be the server.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Trust this certificate and enrol</source>
        <translation>Trust this certificate and enrol</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>As usual: the certificates this computer trusts</source>
        <translation>As usual: the certificates this computer trusts</translation>
    </message>
    <message>
        <source>Only the server&apos;s own certificate, checked with IT support</source>
        <translation>Only the server&apos;s own certificate, checked with IT support</translation>
    </message>
    <message>
        <source>Only {name} (valid until {date})</source>
        <translation>Only {name} (valid until {date})</translation>
    </message>
    <message>
        <source>Organisation&apos;s certificate (CA)</source>
        <translation>Organisation&apos;s certificate (CA)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>the server itself (self-signed)</source>
        <translation>the server itself (self-signed)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Fingerprint: {groups}</source>
        <translation>Fingerprint: {groups}</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this address, so it cannot be trusted: {problem}. Contact IT support.</source>
        <translation>This certificate cannot be used for this address, so it cannot be trusted: {problem}. Contact IT support.</translation>
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
        <translation>Check the entry</translation>
    </message>
    <message>
        <source>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</source>
        <translation>Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.</translation>
    </message>
    <message>
        <source>A crash report without client data was saved to:</source>
        <translation>A crash report without client data was saved to:</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The PDF file holds client data. Protect it with a password when it leaves your computer.</source>
        <translation>The PDF file holds client data. Protect it with a password when it leaves your computer.</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Protect the PDF with a password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>Give the password to the recipient another way, e.g. by phone – never in the same message as the file.</source>
        <translation>Give the password to the recipient another way, e.g. by phone – never in the same message as the file.</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter a password, or export without one.</source>
        <translation>Enter a password, or export without one.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>Too long a password: at most {max} characters.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Show changes of this field…</source>
        <translation>Show changes of this field…</translation>
    </message>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Leave this question unanswered</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create a profile – Sopiva Desk</source>
        <translation>Create a profile – Sopiva Desk</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>e.g. “I want to live in my own home.”</source>
        <translation>e.g. “I want to live in my own home.”</translation>
    </message>
    <message>
        <source>e.g. I have moved by the spring</source>
        <translation>e.g. I have moved by the spring</translation>
    </message>
    <message>
        <source>The goal in the client&apos;s own words</source>
        <translation>The goal in the client&apos;s own words</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>What will show the goal is reached</source>
        <translation>What will show the goal is reached</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>No supports yet: what helps the client reach this goal?</source>
        <translation>No supports yet: what helps the client reach this goal?</translation>
    </message>
    <message>
        <source>Add a su&amp;pport</source>
        <translation>Add a su&amp;pport</translation>
    </message>
    <message>
        <source>Supports for this goal</source>
        <translation>Supports for this goal</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>Remove goal {number}</source>
        <translation>Remove goal {number}</translation>
    </message>
    <message>
        <source>Add a support to goal {number}</source>
        <translation>Add a support to goal {number}</translation>
    </message>
    <message>
        <source>Pictogram of goal {number}</source>
        <translation>Pictogram of goal {number}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>No goals yet. Write each goal with the client, in the client&apos;s own words.</source>
        <translation>No goals yet. Write each goal with the client, in the client&apos;s own words.</translation>
    </message>
    <message>
        <source>Add a &amp;goal</source>
        <translation>Add a &amp;goal</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Plain language</translation>
    </message>
    <message>
        <source>Pictures or symbols</source>
        <translation>Pictures or symbols</translation>
    </message>
    <message>
        <source>AAC device</source>
        <translation>AAC device</translation>
    </message>
    <message>
        <source>Key-word signs</source>
        <translation>Key-word signs</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Sign language</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Other method</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Client plan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Legal guardian or trustee</source>
        <translation>Legal guardian or trustee</translation>
    </message>
    <message>
        <source>Chosen supporter in decision-making</source>
        <translation>Chosen supporter in decision-making</translation>
    </message>
    <message>
        <source>Has tasks in the client plan</source>
        <translation>Has tasks in the client plan</translation>
    </message>
    <message>
        <source>Client work</source>
        <translation>Client work</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Decision preparation</source>
        <translation>Decision preparation</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>The client&apos;s own request</source>
        <translation>The client&apos;s own request</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <source>Locked: {state} — {how}</source>
        <translation>Locked: {state} — {how}</translation>
    </message>
    <message>
        <source>The fields of this version are read-only.</source>
        <translation>The fields of this version are read-only.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Remove synced closed cases…</source>
        <translation>&amp;Remove synced closed cases…</translation>
    </message>
    <message>
        <source>Closed cases that are on the central records server can be removed from this computer</source>
        <translation>Closed cases that are on the central records server can be removed from this computer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Read only: the data file is damaged</source>
        <translation>Read only: the data file is damaged</translation>
    </message>
    <message>
        <source>&amp;Export the client&apos;s data…</source>
        <translation>&amp;Export the client&apos;s data…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Your visits, drafts, reviews and deadlines for today and this week</source>
        <translation>Your visits, drafts, reviews and deadlines for today and this week</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>Personal &amp;budgets overview</source>
        <translation>Personal &amp;budgets overview</translation>
    </message>
    <message>
        <source>Every client with a personal budget: budgets against reference costs, realised costs and goal attainment</source>
        <translation>Every client with a personal budget: budgets against reference costs, realised costs and goal attainment</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>&amp;Print queue</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office, and those printed</source>
        <translation>Documents marked for printing at the office, and those printed</translation>
    </message>
    <message>
        <source>Sy&amp;nc conflicts</source>
        <translation>Sy&amp;nc conflicts</translation>
    </message>
    <message>
        <source>Information changed differently on two devices, for you to decide</source>
        <translation>Information changed differently on two devices, for you to decide</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Assessment &amp;templates…</source>
        <translation>Assessment &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;About Sopiva Desk</source>
        <translation>&amp;About Sopiva Desk</translation>
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
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <source>Template files left out: {count}</source>
        <translation>Template files left out: {count}</translation>
    </message>
    <message>
        <source>Some assessment template files have errors. Click to see which and why.</source>
        <translation>Some assessment template files have errors. Click to see which and why.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this computer.</source>
        <translation>
            <numerusform>%n case removed from this computer.</numerusform>
            <numerusform>%n cases removed from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stayed: changed meanwhile.</source>
        <translation>
            <numerusform>%n stayed: changed meanwhile.</numerusform>
            <numerusform>%n stayed: changed meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Personal budgets</source>
        <translation>← Personal budgets</translation>
    </message>
    <message>
        <source>Back to the personal budgets overview (Alt+Left or Esc)</source>
        <translation>Back to the personal budgets overview (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>← Today</source>
        <translation>← Today</translation>
    </message>
    <message>
        <source>Back to the Today page (Alt+Left or Esc)</source>
        <translation>Back to the Today page (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Remove the invisible control characters.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Enter a number from {min} to {max}.</translation>
    </message>
    <message>
        <source>Too many rows: at most {max}.</source>
        <translation>Too many rows: at most {max}.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 7,5.</source>
        <translation>Enter a number, e.g. 12 or 7,5.</translation>
    </message>
    <message>
        <source>Use at most {decimals} decimals.</source>
        <translation>Use at most {decimals} decimals.</translation>
    </message>
    <message>
        <source>This assessment is completed and locked. Amend it to make changes.</source>
        <translation>This assessment is completed and locked. Amend it to make changes.</translation>
    </message>
    <message>
        <source>Only a completed assessment can be amended.</source>
        <translation>Only a completed assessment can be amended.</translation>
    </message>
    <message>
        <source>This decision-making session is completed and locked. Amend it to make changes.</source>
        <translation>This decision-making session is completed and locked. Amend it to make changes.</translation>
    </message>
    <message>
        <source>Only a completed decision-making session can be amended.</source>
        <translation>Only a completed decision-making session can be amended.</translation>
    </message>
    <message>
        <source>Choose at least one way the decision-making was supported.</source>
        <translation>Choose at least one way the decision-making was supported.</translation>
    </message>
    <message>
        <source>Add at least one option shown to the client.</source>
        <translation>Add at least one option shown to the client.</translation>
    </message>
    <message>
        <source>Record how the client&apos;s will was found out, or the questions asked and the answers.</source>
        <translation>Record how the client&apos;s will was found out, or the questions asked and the answers.</translation>
    </message>
    <message>
        <source>Record whether the client agrees with the decision.</source>
        <translation>Record whether the client agrees with the decision.</translation>
    </message>
    <message>
        <source>Record why the client could not express a view on the decision.</source>
        <translation>Record why the client could not express a view on the decision.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>A name must contain letters.</translation>
    </message>
    <message>
        <source>A name cannot contain digits. Was this meant for another field?</source>
        <translation>A name cannot contain digits. Was this meant for another field?</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</source>
        <translation>Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.</translation>
    </message>
    <message>
        <source>A postal code has five digits, e.g. 50100.</source>
        <translation>A postal code has five digits, e.g. 50100.</translation>
    </message>
    <message>
        <source>Write the date as d.m.yyyy, e.g. 7.12.2026.</source>
        <translation>Write the date as d.m.yyyy, e.g. 7.12.2026.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 7.12.2026.</source>
        <translation>Write the year with four digits, e.g. 7.12.2026.</translation>
    </message>
    <message>
        <source>{text} is not a date: a year has 12 months.</source>
        <translation>{text} is not a date: a year has 12 months.</translation>
    </message>
    <message>
        <source>{text} is not a date: that month has {days} days.</source>
        <translation>{text} is not a date: that month has {days} days.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The date is more than 130 years ago.</source>
        <translation>The date is more than 130 years ago.</translation>
    </message>
    <message>
        <source>Enter a time as hh.mm, e.g. 9.30 or 14.00.</source>
        <translation>Enter a time as hh.mm, e.g. 9.30 or 14.00.</translation>
    </message>
    <message>
        <source>A visit can be planned for today or a later day.</source>
        <translation>A visit can be planned for today or a later day.</translation>
    </message>
    <message>
        <source>A visit can be planned at most two years ahead.</source>
        <translation>A visit can be planned at most two years ahead.</translation>
    </message>
    <message>
        <source>This visit is no longer planned: it has been started or cancelled.</source>
        <translation>This visit is no longer planned: it has been started or cancelled.</translation>
    </message>
    <message>
        <source>This visit has not been started, so it cannot be ended.</source>
        <translation>This visit has not been started, so it cannot be ended.</translation>
    </message>
    <message>
        <source>This visit was cancelled and can no longer be changed.</source>
        <translation>This visit was cancelled and can no longer be changed.</translation>
    </message>
    <message>
        <source>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</source>
        <translation>Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD.</translation>
    </message>
    <message>
        <source>Enter the identity code, or a temporary identifier if the code is not known.</source>
        <translation>Enter the identity code, or a temporary identifier if the code is not known.</translation>
    </message>
    <message>
        <source>Enter the identity code.</source>
        <translation>Enter the identity code.</translation>
    </message>
    <message>
        <source>An identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>An identity code has 11 characters, e.g. 131052-308T.</translation>
    </message>
    <message>
        <source>The identity code is not in the form ddmmyy-nnnX.</source>
        <translation>The identity code is not in the form ddmmyy-nnnX.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>The 7th character must be a century sign: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The identity code does not begin with a real date.</source>
        <translation>The identity code does not begin with a real date.</translation>
    </message>
    <message>
        <source>Individual numbers 000 and 001 are not used.</source>
        <translation>Individual numbers 000 and 001 are not used.</translation>
    </message>
    <message>
        <source>The check character does not match. Check the code for a typing error.</source>
        <translation>The check character does not match. Check the code for a typing error.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>The identity code gives a birth date in the future.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>Another client already has this identity code.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Use at least 12 characters.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add a few more unrelated words of your own.</source>
        <translation>Too easy to guess. Add a few more unrelated words of your own.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>This client has a needs assessment in draft: continue it, or start another deliberately.</source>
        <translation>This client has a needs assessment in draft: continue it, or start another deliberately.</translation>
    </message>
    <message>
        <source>A visit with this client is still open. Continue it, or start a new one deliberately.</source>
        <translation>A visit with this client is still open. Continue it, or start a new one deliberately.</translation>
    </message>
    <message>
        <source>A visit is still open: end it to see its summary.</source>
        <translation>A visit is still open: end it to see its summary.</translation>
    </message>
    <message>
        <source>A visit is planned for {since}.</source>
        <translation>A visit is planned for {since}.</translation>
    </message>
    <message>
        <source>The visit planned for {since} was not started: start, move or cancel it.</source>
        <translation>The visit planned for {since} was not started: start, move or cancel it.</translation>
    </message>
    <message>
        <source>Draft assessment from {since} is unfinished.</source>
        <translation>Draft assessment from {since} is unfinished.</translation>
    </message>
    <message>
        <source>Amendment (version {version}) from {since} is unfinished.</source>
        <translation>Amendment (version {version}) from {since} is unfinished.</translation>
    </message>
    <message>
        <source>No service-needs assessment yet. Start one during a visit or with New assessment.</source>
        <translation>No service-needs assessment yet. Start one during a visit or with New assessment.</translation>
    </message>
    <message>
        <source>Assessment completed on {since}. Next: the client plan.</source>
        <translation>Assessment completed on {since}. Next: the client plan.</translation>
    </message>
    <message>
        <source>Draft plan (version {version}) from {since} is not agreed yet.</source>
        <translation>Draft plan (version {version}) from {since} is not agreed yet.</translation>
    </message>
    <message>
        <source>The plan&apos;s review was due on {since}.</source>
        <translation>The plan&apos;s review was due on {since}.</translation>
    </message>
    <message>
        <source>A decision-making session started on {since} is unfinished.</source>
        <translation>A decision-making session started on {since} is unfinished.</translation>
    </message>
    <message>
        <source>Follow up the decision-making session by {since}.</source>
        <translation>Follow up the decision-making session by {since}.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Wrong passphrase. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>Too many wrong attempts. You can try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged. Sopiva Desk has not changed it and writes nothing into it.</source>
        <translation>The data file of this profile is damaged. Sopiva Desk has not changed it and writes nothing into it.</translation>
    </message>
    <message>
        <source>Not done: the data file of this profile is damaged, so Sopiva Desk writes nothing into it, not even the access log entry that opening client information needs. What you typed stays on screen until you lock or close Sopiva Desk. Tell IT support.</source>
        <translation>Not done: the data file of this profile is damaged, so Sopiva Desk writes nothing into it, not even the access log entry that opening client information needs. What you typed stays on screen until you lock or close Sopiva Desk. Tell IT support.</translation>
    </message>
    <message>
        <source>The data file in this profile&apos;s folder belongs to another profile: the files have been swapped or copied. It has not been opened or changed. Ask IT support to put the right file back.</source>
        <translation>The data file in this profile&apos;s folder belongs to another profile: the files have been swapped or copied. It has not been opened or changed. Ask IT support to put the right file back.</translation>
    </message>
    <message>
        <source>This profile&apos;s key file belongs to another profile: the files have been swapped or copied. Your passphrase was not tried and no failed attempt was counted. Ask IT support to put the right file back.</source>
        <translation>This profile&apos;s key file belongs to another profile: the files have been swapped or copied. Your passphrase was not tried and no failed attempt was counted. Ask IT support to put the right file back.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. Contact IT support.</source>
        <translation>The data file of this profile is missing. Contact IT support.</translation>
    </message>
    <message>
        <source>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</source>
        <translation>The data file of this profile is not encrypted, so it was not written by Sopiva Desk. It has not been opened. Contact IT support.</translation>
    </message>
    <message>
        <source>The profile settings file cannot be read. Contact IT support.</source>
        <translation>The profile settings file cannot be read. Contact IT support.</translation>
    </message>
    <message>
        <source>The recovery key or its password is wrong, or it belongs to another organisation.</source>
        <translation>The recovery key or its password is wrong, or it belongs to another organisation.</translation>
    </message>
    <message>
        <source>The disk is full. Your last change was not saved; free some space and it will be saved again.</source>
        <translation>The disk is full. Your last change was not saved; free some space and it will be saved again.</translation>
    </message>
    <message>
        <source>The data file could not be read or written. Check the disk and try again.</source>
        <translation>The data file could not be read or written. Check the disk and try again.</translation>
    </message>
    <message>
        <source>This file is not a Sopiva Desk backup, or it is damaged or incomplete. Nothing was created. Choose another backup file.</source>
        <translation>This file is not a Sopiva Desk backup, or it is damaged or incomplete. Nothing was created. Choose another backup file.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sopiva Desk. Update the app and try again.</source>
        <translation>This backup was made by a newer version of Sopiva Desk. Update the app and try again.</translation>
    </message>
    <message>
        <source>The backup folder cannot be found. Is the USB drive or network folder connected? Choose the folder again in Settings if it has moved.</source>
        <translation>The backup folder cannot be found. Is the USB drive or network folder connected? Choose the folder again in Settings if it has moved.</translation>
    </message>
    <message>
        <source>The backup did not fit: the disk or drive is full. Free some space or choose another folder. Your data is unchanged.</source>
        <translation>The backup did not fit: the disk or drive is full. Free some space or choose another folder. Your data is unchanged.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check, so it was not kept. The earlier backup is as it was. Try again; if it fails again, contact IT support.</source>
        <translation>The backup was written but did not pass its check, so it was not kept. The earlier backup is as it was. Try again; if it fails again, contact IT support.</translation>
    </message>
    <message>
        <source>The profile is open in Sopiva Desk. Lock or close the app, then try again.</source>
        <translation>The profile is open in Sopiva Desk. Lock or close the app, then try again.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key is not on this computer, so the recovery envelope could not be sealed again. Nothing was changed. Contact IT support.</source>
        <translation>The organisation&apos;s recovery key is not on this computer, so the recovery envelope could not be sealed again. Nothing was changed. Contact IT support.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Ask IT support to make it writable; what you typed stays here and is saved once it is.</source>
        <translation>The data folder is read-only, so nothing can be saved. Ask IT support to make it writable; what you typed stays here and is saved once it is.</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been removed.</source>
        <translation>This record no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, e.g. 1 234,50.</source>
        <translation>Enter an amount in euros, e.g. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Too large: at most {max}.</source>
        <translation>Too large: at most {max}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>A quantity cannot be negative.</translation>
    </message>
    <message>
        <source>Too large a quantity: at most {max}.</source>
        <translation>Too large a quantity: at most {max}.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</source>
        <translation>Choose payment commitment, service voucher, purchased service or own production. Money is never paid to the client.</translation>
    </message>
    <message>
        <source>The client cannot be the payee: money goes to the service provider, never to the client.</source>
        <translation>The client cannot be the payee: money goes to the service provider, never to the client.</translation>
    </message>
    <message>
        <source>A budget period can be at most {years} years.</source>
        <translation>A budget period can be at most {years} years.</translation>
    </message>
    <message>
        <source>More than the period can hold: at most {max}.</source>
        <translation>More than the period can hold: at most {max}.</translation>
    </message>
    <message>
        <source>This line refers to a support that is not in the client plan.</source>
        <translation>This line refers to a support that is not in the client plan.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Add at least one budget line.</translation>
    </message>
    <message>
        <source>The budget is over the reference cost: write a justification before it is decided.</source>
        <translation>The budget is over the reference cost: write a justification before it is decided.</translation>
    </message>
    <message>
        <source>This change of state is not possible: a budget goes from indicative to decided to closed.</source>
        <translation>This change of state is not possible: a budget goes from indicative to decided to closed.</translation>
    </message>
    <message>
        <source>This budget is decided and locked. A change needs a new decision.</source>
        <translation>This budget is decided and locked. A change needs a new decision.</translation>
    </message>
    <message>
        <source>This budget is closed and can no longer be changed.</source>
        <translation>This budget is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Use can be recorded only after the budget is decided.</source>
        <translation>Use can be recorded only after the budget is decided.</translation>
    </message>
    <message>
        <source>This use is not linked to any line of the budget.</source>
        <translation>This use is not linked to any line of the budget.</translation>
    </message>
    <message>
        <source>No payment commitment has this number.</source>
        <translation>No payment commitment has this number.</translation>
    </message>
    <message>
        <source>Over-used: {realised} used of {allocated}.</source>
        <translation>Over-used: {realised} used of {allocated}.</translation>
    </message>
    <message>
        <source>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</source>
        <translation>Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now.</translation>
    </message>
    <message>
        <source>Payment commitment {number} is exceeded: {used} used of at most {max}.</source>
        <translation>Payment commitment {number} is exceeded: {used} used of at most {max}.</translation>
    </message>
    <message>
        <source>This use is dated outside the validity of payment commitment {number}.</source>
        <translation>This use is dated outside the validity of payment commitment {number}.</translation>
    </message>
    <message>
        <source>This budget already has a payment commitment with this number.</source>
        <translation>This budget already has a payment commitment with this number.</translation>
    </message>
    <message>
        <source>This use is dated outside the budget period.</source>
        <translation>This use is dated outside the budget period.</translation>
    </message>
    <message>
        <source>Used ahead of time: {realised} used, {expected} expected by now. At this pace the money runs out around {runs_out}.</source>
        <translation>Used ahead of time: {realised} used, {expected} expected by now. At this pace the money runs out around {runs_out}.</translation>
    </message>
    <message>
        <source>The units at the line&apos;s unit price make {computed}, not {amount}: write why the amount differs, or correct it.</source>
        <translation>The units at the line&apos;s unit price make {computed}, not {amount}: write why the amount differs, or correct it.</translation>
    </message>
    <message>
        <source>The period overlaps the client&apos;s budget of {start}–{end}: write why two budgets are needed for the same days, or choose a period that starts after it ends.</source>
        <translation>The period overlaps the client&apos;s budget of {start}–{end}: write why two budgets are needed for the same days, or choose a period that starts after it ends.</translation>
    </message>
    <message>
        <source>Realised use is recorded under this payment commitment: correct or cancel those entries first.</source>
        <translation>Realised use is recorded under this payment commitment: correct or cancel those entries first.</translation>
    </message>
    <message>
        <source>The role map must list the client exactly once (now {count}).</source>
        <translation>The role map must list the client exactly once (now {count}).</translation>
    </message>
    <message>
        <source>Add the own worker to the role map.</source>
        <translation>Add the own worker to the role map.</translation>
    </message>
    <message>
        <source>This person is already in the role map in the same role.</source>
        <translation>This person is already in the role map in the same role.</translation>
    </message>
    <message>
        <source>Write this person&apos;s tasks in the plan.</source>
        <translation>Write this person&apos;s tasks in the plan.</translation>
    </message>
    <message>
        <source>{name} provides a support but is not in the role map: add them with their tasks.</source>
        <translation>{name} provides a support but is not in the role map: add them with their tasks.</translation>
    </message>
    <message>
        <source>Add at least one goal in the client&apos;s own words.</source>
        <translation>Add at least one goal in the client&apos;s own words.</translation>
    </message>
    <message>
        <source>Record that the client was given an explanation of their rights and options.</source>
        <translation>Record that the client was given an explanation of their rights and options.</translation>
    </message>
    <message>
        <source>The review date must be after the meeting date.</source>
        <translation>The review date must be after the meeting date.</translation>
    </message>
    <message>
        <source>The target date must be after the meeting date.</source>
        <translation>The target date must be after the meeting date.</translation>
    </message>
    <message>
        <source>This version of the plan is locked. Make changes in a new version.</source>
        <translation>This version of the plan is locked. Make changes in a new version.</translation>
    </message>
    <message>
        <source>A draft of the plan is already open: continue it.</source>
        <translation>A draft of the plan is already open: continue it.</translation>
    </message>
    <message>
        <source>The client has no completed needs assessment yet. Complete it first, or write these yourself.</source>
        <translation>The client has no completed needs assessment yet. Complete it first, or write these yourself.</translation>
    </message>
    <message>
        <source>This computer does not sync with the central records.</source>
        <translation>This computer does not sync with the central records.</translation>
    </message>
    <message>
        <source>Not yet on the central records server.</source>
        <translation>Not yet on the central records server.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent.</source>
        <translation>Changes waiting to be sent.</translation>
    </message>
    <message>
        <source>Changes refused by the server.</source>
        <translation>Changes refused by the server.</translation>
    </message>
    <message>
        <source>A conflict waiting for a decision.</source>
        <translation>A conflict waiting for a decision.</translation>
    </message>
    <message>
        <source>A value typed but not yet saved.</source>
        <translation>A value typed but not yet saved.</translation>
    </message>
    <message>
        <source>Changed on this computer since the last sync.</source>
        <translation>Changed on this computer since the last sync.</translation>
    </message>
    <message>
        <source>Closed more recently than the setting allows.</source>
        <translation>Closed more recently than the setting allows.</translation>
    </message>
    <message>
        <source>Choose off, 30, 90 or 180 days.</source>
        <translation>Choose off, 30, 90 or 180 days.</translation>
    </message>
    <message>
        <source>Syncing with the central records failed.</source>
        <translation>Syncing with the central records failed.</translation>
    </message>
    <message>
        <source>This conflict was already resolved, on this or another device. The list has been updated.</source>
        <translation>This conflict was already resolved, on this or another device. The list has been updated.</translation>
    </message>
    <message>
        <source>{url} is not a server address. Write it as https://records.example.fi.</source>
        <translation>{url} is not a server address. Write it as https://records.example.fi.</translation>
    </message>
    <message>
        <source>{url} is not a secure address. The central records can only be reached over https.</source>
        <translation>{url} is not a secure address. The central records can only be reached over https.</translation>
    </message>
    <message>
        <source>The central records cannot be reached. Check the network connection and try again. Your changes are kept on this computer.</source>
        <translation>The central records cannot be reached. Check the network connection and try again. Your changes are kept on this computer.</translation>
    </message>
    <message>
        <source>The connection to the central records broke. Try again: nothing is lost or sent twice.</source>
        <translation>The connection to the central records broke. Try again: nothing is lost or sent twice.</translation>
    </message>
    <message>
        <source>The central records did not answer in time. Try again when the connection is better.</source>
        <translation>The central records did not answer in time. Try again when the connection is better.</translation>
    </message>
    <message>
        <source>The server {host} was not found. Check the address and the network connection.</source>
        <translation>The server {host} was not found. Check the address and the network connection.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent. Contact IT support.</source>
        <translation>The server&apos;s security certificate is not trusted, so nothing was sent. Contact IT support.</translation>
    </message>
    <message>
        <source>This computer is not yet connected to the central records. Ask IT support for an enrolment code.</source>
        <translation>This computer is not yet connected to the central records. Ask IT support for an enrolment code.</translation>
    </message>
    <message>
        <source>This profile is already connected to another server ({url}).</source>
        <translation>This profile is already connected to another server ({url}).</translation>
    </message>
    <message>
        <source>The enrolment code was made for another user ({user}). Ask IT support for your own code.</source>
        <translation>The enrolment code was made for another user ({user}). Ask IT support for your own code.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask IT support for a new code.</source>
        <translation>The enrolment code is wrong, already used or expired. Ask IT support for a new code.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {retry_after} seconds.</source>
        <translation>Too many attempts. Try again in {retry_after} seconds.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked. Contact IT support. Your changes are kept on this computer.</source>
        <translation>This computer&apos;s access to the central records has been revoked. Contact IT support. Your changes are kept on this computer.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the central records has been revoked, so it no longer syncs. Contact {contact}. Your changes are kept on this computer.</source>
        <translation>This computer&apos;s access to the central records has been revoked, so it no longer syncs. Contact {contact}. Your changes are kept on this computer.</translation>
    </message>
    <message>
        <source>The central records do not recognise this computer. Ask IT support to enrol it again.</source>
        <translation>The central records do not recognise this computer. Ask IT support to enrol it again.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong (server time {server_time}, this computer {device_time}). Correct the date and time, then try again.</source>
        <translation>This computer&apos;s clock is wrong (server time {server_time}, this computer {device_time}). Correct the date and time, then try again.</translation>
    </message>
    <message>
        <source>The central records refused the request. Your changes are kept on this computer. Contact IT support and give them this detail: {detail}</source>
        <translation>The central records refused the request. Your changes are kept on this computer. Contact IT support and give them this detail: {detail}</translation>
    </message>
    <message>
        <source>The central records had a problem (error {status}). Try again later.</source>
        <translation>The central records had a problem (error {status}). Try again later.</translation>
    </message>
    <message>
        <source>The client is not assigned to you in the central records. If the client is assigned to you again, the change is sent by itself; otherwise ask your supervisor.</source>
        <translation>The client is not assigned to you in the central records. If the client is assigned to you again, the change is sent by itself; otherwise ask your supervisor.</translation>
    </message>
    <message>
        <source>The client&apos;s records have been removed from the central records for good, so the change cannot be sent. Contact IT support if it is still needed.</source>
        <translation>The client&apos;s records have been removed from the central records for good, so the change cannot be sent. Contact IT support if it is still needed.</translation>
    </message>
    <message>
        <source>The central records could not accept the change as it is. Contact IT support.</source>
        <translation>The central records could not accept the change as it is. Contact IT support.</translation>
    </message>
    <message>
        <source>A history entry cannot be changed afterwards. Contact IT support.</source>
        <translation>A history entry cannot be changed afterwards. Contact IT support.</translation>
    </message>
    <message>
        <source>The central records do not know this kind of record; the server may be older than this app. Contact IT support.</source>
        <translation>The central records do not know this kind of record; the server may be older than this app. Contact IT support.</translation>
    </message>
    <message>
        <source>The central records already have a client with this identity code. Check the code: if it was mistyped, correct it and the client is sent at the next sync. If it is the same person, the client is already in the central records: remove this copy, and the client comes to this computer at the next sync (ask your supervisor to assign the client to you if needed). What you wrote stays in the removed copy.</source>
        <translation>The central records already have a client with this identity code. Check the code: if it was mistyped, correct it and the client is sent at the next sync. If it is the same person, the client is already in the central records: remove this copy, and the client comes to this computer at the next sync (ask your supervisor to assign the client to you if needed). What you wrote stays in the removed copy.</translation>
    </message>
    <message>
        <source>The budget already has a payment commitment with this number in the central records, made on another computer. If this is another commitment, correct its number; if it is the same one, cancel this copy. The change is sent at the next sync, and the other commitment then comes to this computer.</source>
        <translation>The budget already has a payment commitment with this number in the central records, made on another computer. If this is another commitment, correct its number; if it is the same one, cancel this copy. The change is sent at the next sync, and the other commitment then comes to this computer.</translation>
    </message>
    <message>
        <source>The central records refused the change ({reason}). Contact IT support.</source>
        <translation>The central records refused the change ({reason}). Contact IT support.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>A review can be started only for an agreed plan.</source>
        <translation>A review can be started only for an agreed plan.</translation>
    </message>
    <message>
        <source>The plan has no goals to review.</source>
        <translation>The plan has no goals to review.</translation>
    </message>
    <message>
        <source>The review date cannot be before the plan was agreed.</source>
        <translation>The review date cannot be before the plan was agreed.</translation>
    </message>
    <message>
        <source>This goal is not in the reviewed plan.</source>
        <translation>This goal is not in the reviewed plan.</translation>
    </message>
    <message>
        <source>Give your own rating of how far this goal has been reached.</source>
        <translation>Give your own rating of how far this goal has been reached.</translation>
    </message>
    <message>
        <source>The client has not rated every goal or answered “How are things?”: write in the notes why, e.g. the client did not want to answer today.</source>
        <translation>The client has not rated every goal or answered “How are things?”: write in the notes why, e.g. the client did not want to answer today.</translation>
    </message>
    <message>
        <source>This review is completed and locked.</source>
        <translation>This review is completed and locked.</translation>
    </message>
    <message>
        <source>A review is already open for this client: continue it.</source>
        <translation>A review is already open for this client: continue it.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Check that the folder exists, or choose another place.</source>
        <translation>The PDF could not be saved there. Check that the folder exists, or choose another place.</translation>
    </message>
    <message>
        <source>You may not save files in that folder. Choose another place, e.g. your Documents folder.</source>
        <translation>You may not save files in that folder. Choose another place, e.g. your Documents folder.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space or choose another place.</source>
        <translation>The disk is full, so the PDF was not saved. Free some space or choose another place.</translation>
    </message>
    <message>
        <source>Too long a password: at most {max} characters.</source>
        <translation>Too long a password: at most {max} characters.</translation>
    </message>
    <message>
        <source>This document is no longer waiting in the print queue: someone printed or removed it.</source>
        <translation>This document is no longer waiting in the print queue: someone printed or removed it.</translation>
    </message>
    <message>
        <source>Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17.</source>
        <translation>Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17.</translation>
    </message>
    <message>
        <source>Say what was disclosed, e.g. the dates of the home visits, or a copy of the needs assessment.</source>
        <translation>Say what was disclosed, e.g. the dates of the home visits, or a copy of the needs assessment.</translation>
    </message>
    <message>
        <source>The start of the period must come before its end.</source>
        <translation>The start of the period must come before its end.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, e.g. kirjaamo@hyvinvointialue.fi.</source>
        <translation>Enter an e-mail address, e.g. kirjaamo@hyvinvointialue.fi.</translation>
    </message>
    <message>
        <source>Enter a web address, e.g. www.hyvinvointialue.fi.</source>
        <translation>Enter a web address, e.g. www.hyvinvointialue.fi.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s OID as numbers separated by dots, e.g. 1.2.246.10.12345678.</source>
        <translation>Enter the organisation&apos;s OID as numbers separated by dots, e.g. 1.2.246.10.12345678.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most {max_kb} KB.</source>
        <translation>The logo file is too large: at most {max_kb} KB.</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG picture as the logo.</source>
        <translation>Choose a PNG or SVG picture as the logo.</translation>
    </message>
    <message>
        <source>The picture cannot be read. Save it again as PNG or SVG and choose it again.</source>
        <translation>The picture cannot be read. Save it again as PNG or SVG and choose it again.</translation>
    </message>
    <message>
        <source>The logo must be {min}–{max} pixels wide and high.</source>
        <translation>The logo must be {min}–{max} pixels wide and high.</translation>
    </message>
    <message>
        <source>This SVG uses scripts, entities or pictures from other files, which a document cannot print. Save it as a plain SVG or as PNG.</source>
        <translation>This SVG uses scripts, entities or pictures from other files, which a document cannot print. Save it as a plain SVG or as PNG.</translation>
    </message>
    <message>
        <source>Not a part of the letterhead. Check the spelling against the administrator guide.</source>
        <translation>Not a part of the letterhead. Check the spelling against the administrator guide.</translation>
    </message>
    <message>
        <source>Write this as text in quotation marks.</source>
        <translation>Write this as text in quotation marks.</translation>
    </message>
    <message>
        <source>This is not a letterhead file (TOML, UTF-8). See the administrator guide for an example.</source>
        <translation>This is not a letterhead file (TOML, UTF-8). See the administrator guide for an example.</translation>
    </message>
    <message>
        <source>Your administrator has set the organisation&apos;s details. They cannot be changed here.</source>
        <translation>Your administrator has set the organisation&apos;s details. They cannot be changed here.</translation>
    </message>
    <message>
        <source>{text} is not a date: January has {days} days.</source>
        <translation>{text} is not a date: January has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: February has {days} days.</source>
        <translation>{text} is not a date: February has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: March has {days} days.</source>
        <translation>{text} is not a date: March has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: April has {days} days.</source>
        <translation>{text} is not a date: April has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: May has {days} days.</source>
        <translation>{text} is not a date: May has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: June has {days} days.</source>
        <translation>{text} is not a date: June has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: July has {days} days.</source>
        <translation>{text} is not a date: July has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: August has {days} days.</source>
        <translation>{text} is not a date: August has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: September has {days} days.</source>
        <translation>{text} is not a date: September has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: October has {days} days.</source>
        <translation>{text} is not a date: October has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: November has {days} days.</source>
        <translation>{text} is not a date: November has {days} days.</translation>
    </message>
    <message>
        <source>{text} is not a date: December has {days} days.</source>
        <translation>{text} is not a date: December has {days} days.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Add client</translation>
    </message>
    <message>
        <source>Birth date {date} (from the identity code)</source>
        <translation>Birth date {date} (from the identity code)</translation>
    </message>
    <message>
        <source>This is a temporary identity code.</source>
        <translation>This is a temporary identity code.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</source>
        <translation>Enter the identity code if it is known. If it is not, generate a temporary identifier; the code can be added later in the client file.</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation>&amp;Identity code</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>e.g. 131052-308T</translation>
    </message>
    <message>
        <source>&amp;Temporary identifier</source>
        <translation>&amp;Temporary identifier</translation>
    </message>
    <message>
        <source>Only if the identity code is not known</source>
        <translation>Only if the identity code is not known</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerate</translation>
    </message>
    <message>
        <source>Make a new temporary identifier for a client whose identity code is not known</source>
        <translation>Make a new temporary identifier for a client whose identity code is not known</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <source>&amp;Other language</source>
        <translation>&amp;Other language</translation>
    </message>
    <message>
        <source>Which language, e.g. Arabic</source>
        <translation>Which language, e.g. Arabic</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Choose the municipality</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>e.g. 040 123 4567</translation>
    </message>
</context>
<context>
    <name>OptionEditorCard</name>
    <message>
        <source>Short name of the option, e.g. Own flat in town</source>
        <translation>Short name of the option, e.g. Own flat in town</translation>
    </message>
    <message>
        <source>In plain words for the client: what it means in everyday life</source>
        <translation>In plain words for the client: what it means in everyday life</translation>
    </message>
    <message>
        <source>The client could try it out</source>
        <translation>The client could try it out</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Not sorted yet</translation>
    </message>
    <message>
        <source>What the client said about it, in their own words</source>
        <translation>What the client said about it, in their own words</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>in plain words</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>client&apos;s own words</translation>
    </message>
    <message>
        <source>client&apos;s reaction</source>
        <translation>client&apos;s reaction</translation>
    </message>
    <message>
        <source>could try it out</source>
        <translation>could try it out</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In plain words</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Client&apos;s own words</source>
        <translation>Client&apos;s own words</translation>
    </message>
    <message>
        <source>Client&apos;s reaction</source>
        <translation>Client&apos;s reaction</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Option {number}</translation>
    </message>
    <message>
        <source>Pictogram of option {number}</source>
        <translation>Pictogram of option {number}</translation>
    </message>
    <message>
        <source>Move option {number} up</source>
        <translation>Move option {number} up</translation>
    </message>
    <message>
        <source>Move option {number} down</source>
        <translation>Move option {number} down</translation>
    </message>
    <message>
        <source>Remove option {number}</source>
        <translation>Remove option {number}</translation>
    </message>
</context>
<context>
    <name>OptionListEditor</name>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>No options yet. Add the choices the client can make, one by one.</source>
        <translation>No options yet. Add the choices the client can make, one by one.</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Add &amp;option</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Indicative</source>
        <translation>Indicative</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Over the reference cost by {amount}</source>
        <translation>Over the reference cost by {amount}</translation>
    </message>
    <message>
        <source>Nothing allocated yet: the budget has no lines, or only lines at 0 €</source>
        <translation>Nothing allocated yet: the budget has no lines, or only lines at 0 €</translation>
    </message>
    <message>
        <source>Within the reference cost (cost-neutral)</source>
        <translation>Within the reference cost (cost-neutral)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Reference cost</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Expected by now</translation>
    </message>
    <message>
        <source>Use of allocation</source>
        <translation>Use of allocation</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Goal attainment change</translation>
    </message>
    <message>
        <source>The cost-neutrality ceiling: the services the client is entitled to</source>
        <translation>The cost-neutrality ceiling: the services the client is entitled to</translation>
    </message>
    <message>
        <source>The sum of the budget lines</source>
        <translation>The sum of the budget lines</translation>
    </message>
    <message>
        <source>Allocation minus reference cost; {mark} marks a budget over the reference cost</source>
        <translation>Allocation minus reference cost; {mark} marks a budget over the reference cost</translation>
    </message>
    <message>
        <source>Realised use recorded so far</source>
        <translation>Realised use recorded so far</translation>
    </message>
    <message>
        <source>The allocation in proportion to the part of the period gone by</source>
        <translation>The allocation in proportion to the part of the period gone by</translation>
    </message>
    <message>
        <source>Realised use as a share of the allocation</source>
        <translation>Realised use as a share of the allocation</translation>
    </message>
    <message>
        <source>Change in goal attainment between reviews</source>
        <translation>Change in goal attainment between reviews</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet. The file holds client data: keep it safe.</source>
        <translation>Save the table as a CSV file for a spreadsheet. The file holds client data: keep it safe.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Back (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Personal budgets in the organisation</source>
        <translation>Personal budgets in the organisation</translation>
    </message>
    <message>
        <source>Clients with a personal budget</source>
        <translation>Clients with a personal budget</translation>
    </message>
    <message>
        <source>Reference cost</source>
        <translation>Reference cost</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Realised / expected by now</source>
        <translation>Realised / expected by now</translation>
    </message>
    <message>
        <source>Cost-neutral budgets</source>
        <translation>Cost-neutral budgets</translation>
    </message>
    <message>
        <source>Goal attainment change, mean</source>
        <translation>Goal attainment change, mean</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Filter clients by name</source>
        <translation>Filter clients by name</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Open budget</source>
        <translation>Open budget</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s budget (Enter or double-click)</source>
        <translation>Open the chosen client&apos;s budget (Enter or double-click)</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Open client file</translation>
    </message>
    <message>
        <source>Open the chosen client&apos;s file (Ctrl+O)</source>
        <translation>Open the chosen client&apos;s file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Personal budgets by client</source>
        <translation>Personal budgets by client</translation>
    </message>
    <message>
        <source>Budgets in force on {date}</source>
        <translation>Budgets in force on {date}</translation>
    </message>
    <message>
        <source>Over the reference cost in total</source>
        <translation>Over the reference cost in total</translation>
    </message>
    <message>
        <source>Within the reference cost in total</source>
        <translation>Within the reference cost in total</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over, {empty} empty)</source>
        <translation>{neutral} of {clients} ({over} over, {empty} empty)</translation>
    </message>
    <message>
        <source>Empty: nothing allocated yet, so neither cost-neutral nor over</source>
        <translation>Empty: nothing allocated yet, so neither cost-neutral nor over</translation>
    </message>
    <message>
        <source>{neutral} of {clients} ({over} over)</source>
        <translation>{neutral} of {clients} ({over} over)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message>
        <source>Mean over {count} clients with reviews</source>
        <translation>Mean over {count} clients with reviews</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>{shown} of {count} clients</source>
        <translation>{shown} of {count} clients</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Reference cost (€)</source>
        <translation>Reference cost (€)</translation>
    </message>
    <message>
        <source>Allocation (€)</source>
        <translation>Allocation (€)</translation>
    </message>
    <message>
        <source>Difference (€)</source>
        <translation>Difference (€)</translation>
    </message>
    <message>
        <source>Cost-neutral</source>
        <translation>Cost-neutral</translation>
    </message>
    <message>
        <source>Realised (€)</source>
        <translation>Realised (€)</translation>
    </message>
    <message>
        <source>Expected by now (€)</source>
        <translation>Expected by now (€)</translation>
    </message>
    <message>
        <source>Use of allocation (%)</source>
        <translation>Use of allocation (%)</translation>
    </message>
    <message>
        <source>Goal attainment change</source>
        <translation>Goal attainment change</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>pb-overview-{date}.csv</source>
        <translation>pb-overview-{date}.csv</translation>
    </message>
    <message>
        <source>Export personal budgets as CSV</source>
        <translation>Export personal budgets as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>CSV saved: {file}. Client rows: {count}.</source>
        <translation>CSV saved: {file}. Client rows: {count}.</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV not saved</translation>
    </message>
    <message>
        <source>The disk is full, so the CSV file was not saved. Free some space or choose another place and try again.</source>
        <translation>The disk is full, so the CSV file was not saved. Free some space or choose another place and try again.</translation>
    </message>
    <message>
        <source>The CSV file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</source>
        <translation>The CSV file could not be saved there. Check that the folder exists and you may write to it, or choose another place.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Name of the organisation</source>
        <translation>&amp;Name of the organisation</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Postal address</source>
        <translation>&amp;Postal address</translation>
    </message>
    <message>
        <source>The organisation printed at the top of every document, with its contact details at the foot of each page. It is shared by every profile on this computer.</source>
        <translation>The organisation printed at the top of every document, with its contact details at the foot of each page. It is shared by every profile on this computer.</translation>
    </message>
    <message>
        <source>In Finnish</source>
        <translation>In Finnish</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>In Swedish</translation>
    </message>
    <message>
        <source>Required. Swedish may be left empty: the Finnish name is printed then.</source>
        <translation>Required. Swedish may be left empty: the Finnish name is printed then.</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>&amp;Web address</translation>
    </message>
    <message>
        <source>Organisation &amp;OID</source>
        <translation>Organisation &amp;OID</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>The organisation&apos;s identifier in the social and health care organisation register, numbers separated by dots.</source>
        <translation>The organisation&apos;s identifier in the social and health care organisation register, numbers separated by dots.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>PNG or SVG, at most {max_kb} KB. It is printed about 12 mm high.</source>
        <translation>PNG or SVG, at most {max_kb} KB. It is printed about 12 mm high.</translation>
    </message>
    <message>
        <source>The organisation cannot be set for this profile.</source>
        <translation>The organisation cannot be set for this profile.</translation>
    </message>
    <message>
        <source>Set by your administrator: shown here for information. It is changed with the administrator&apos;s tools (sopiva-desk admin letterhead).</source>
        <translation>Set by your administrator: shown here for information. It is changed with the administrator&apos;s tools (sopiva-desk admin letterhead).</translation>
    </message>
    <message>
        <source>The saved details could not be read. Enter them again and press OK.</source>
        <translation>The saved details could not be read. Enter them again and press OK.</translation>
    </message>
    <message>
        <source>This is the demo profile: its documents always carry the demo header, so they cannot pass for real ones. What you set here is printed by the other profiles on this computer.</source>
        <translation>This is the demo profile: its documents always carry the demo header, so they cannot pass for real ones. What you set here is printed by the other profiles on this computer.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Choose the organisation&apos;s logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>Pictures (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Back (Alt+Left or Esc)</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>e.g. mother, support person</source>
        <translation>e.g. mother, support person</translation>
    </message>
    <message>
        <source>e.g. at work, ill</source>
        <translation>e.g. at work, ill</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Why absent</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>person {number}</translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation>No one recorded yet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>why absent</source>
        <translation>why absent</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Remove person {number}</translation>
    </message>
</context>
<context>
    <name>PictogramButton</name>
    <message>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>+ Pictogram</source>
        <translation>+ Pictogram</translation>
    </message>
    <message>
        <source>Choose a pictogram</source>
        <translation>Choose a pictogram</translation>
    </message>
    <message>
        <source>{name}: no pictogram</source>
        <translation>{name}: no pictogram</translation>
    </message>
    <message>
        <source>{label} – click to change the pictogram</source>
        <translation>{label} – click to change the pictogram</translation>
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
        <translation>Choose a pictogram</translation>
    </message>
    <message>
        <source>Search by word, e.g. home, food, bus</source>
        <translation>Search by word, e.g. home, food, bus</translation>
    </message>
    <message>
        <source>Search pictograms</source>
        <translation>Search pictograms</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>Search in all categories</source>
        <translation>Search in all categories</translation>
    </message>
    <message>
        <source>Pictograms: {source} – {license}</source>
        <translation>Pictograms: {source} – {license}</translation>
    </message>
    <message>
        <source>&amp;No pictogram</source>
        <translation>&amp;No pictogram</translation>
    </message>
    <message>
        <source>Remove the pictogram</source>
        <translation>Remove the pictogram</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Pictograms</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter chooses.</source>
        <translation>Arrow keys move, Enter chooses.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n pictogram</numerusform>
            <numerusform>%n pictograms</numerusform>
        </translation>
    </message>
    <message>
        <source>No pictograms to show.</source>
        <translation>No pictograms to show.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}” in “{category}”.</source>
        <translation>No pictogram found for “{query}” in “{category}”.</translation>
    </message>
    <message>
        <source>No pictogram found for “{query}”.</source>
        <translation>No pictogram found for “{query}”.</translation>
    </message>
</context>
<context>
    <name>PlanDraftNotice</name>
    <message>
        <source>Fill from the &amp;assessment</source>
        <translation>Fill from the &amp;assessment</translation>
    </message>
    <message>
        <source>Copies the situation, support needs and strengths of the completed needs assessment into empty fields</source>
        <translation>Copies the situation, support needs and strengths of the completed needs assessment into empty fields</translation>
    </message>
    <message>
        <source>Fill from decision-making &amp;sessions</source>
        <translation>Fill from decision-making &amp;sessions</translation>
    </message>
    <message>
        <source>Copies the communication methods and how the client&apos;s will was found out into empty fields</source>
        <translation>Copies the communication methods and how the client&apos;s will was found out into empty fields</translation>
    </message>
    <message>
        <source>This draft was made before the needs assessment was completed. Fill the situation, support needs and strengths from it now (only empty fields are filled).</source>
        <translation>This draft was made before the needs assessment was completed. Fill the situation, support needs and strengths from it now (only empty fields are filled).</translation>
    </message>
    <message>
        <source>The needs assessment is not completed yet, so the situation, support needs and strengths are empty. Complete the assessment and fill them from it here, or write them now.</source>
        <translation>The needs assessment is not completed yet, so the situation, support needs and strengths are empty. Complete the assessment and fill them from it here, or write them now.</translation>
    </message>
    <message>
        <source>No completed needs assessment yet, so the situation, support needs and strengths are empty. Complete an assessment, or fill these in now.</source>
        <translation>No completed needs assessment yet, so the situation, support needs and strengths are empty. Complete an assessment, or fill these in now.</translation>
    </message>
    <message>
        <source>The client&apos;s decision-making sessions can fill the communication methods and how the client&apos;s will was found out.</source>
        <translation>The client&apos;s decision-making sessions can fill the communication methods and how the client&apos;s will was found out.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Communication and the client&apos;s will</source>
        <translation>Communication and the client&apos;s will</translation>
    </message>
    <message>
        <source>Situation by life domain</source>
        <translation>Situation by life domain</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Current services</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Support needs</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Attainment of earlier goals</translation>
    </message>
    <message>
        <source>Goals and supports</source>
        <translation>Goals and supports</translation>
    </message>
    <message>
        <source>Self-determination</source>
        <translation>Self-determination</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Differing views</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Rights and options explained</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Role map</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up move between sections</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up move between sections</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <source>Meeting &amp;place</source>
        <translation>Meeting &amp;place</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation to the client</translation>
    </message>
    <message>
        <source>Add a p&amp;articipant</source>
        <translation>Add a p&amp;articipant</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>participant {number}</translation>
    </message>
    <message>
        <source>Only the client and you so far.</source>
        <translation>Only the client and you so far.</translation>
    </message>
    <message>
        <source>&amp;Communication methods and language</source>
        <translation>&amp;Communication methods and language</translation>
    </message>
    <message>
        <source>How the client communicates and what helps: language, plain language, pictures, signs, devices, an interpreter.</source>
        <translation>How the client communicates and what helps: language, plain language, pictures, signs, devices, an interpreter.</translation>
    </message>
    <message>
        <source>How the client&apos;s &amp;will was found out</source>
        <translation>How the client&apos;s &amp;will was found out</translation>
    </message>
    <message>
        <source>F&amp;ill from decision-making sessions</source>
        <translation>F&amp;ill from decision-making sessions</translation>
    </message>
    <message>
        <source>Services the client has &amp;now</source>
        <translation>Services the client has &amp;now</translation>
    </message>
    <message>
        <source>As cl&amp;ose persons see it</source>
        <translation>As cl&amp;ose persons see it</translation>
    </message>
    <message>
        <source>The client&apos;s s&amp;trengths and resources</source>
        <translation>The client&apos;s s&amp;trengths and resources</translation>
    </message>
    <message>
        <source>Add a differing v&amp;iew</source>
        <translation>Add a differing v&amp;iew</translation>
    </message>
    <message>
        <source>How they were &amp;explained</source>
        <translation>How they were &amp;explained</translation>
    </message>
    <message>
        <source>Links the client&apos;s completed decision-making sessions and copies their methods and how the will was found out into empty fields</source>
        <translation>Links the client&apos;s completed decision-making sessions and copies their methods and how the will was found out into empty fields</translation>
    </message>
    <message>
        <source>Drafted from the needs assessment; check it with the client.</source>
        <translation>Drafted from the needs assessment; check it with the client.</translation>
    </message>
    <message>
        <source>Required. Services, support and aids in use, and who provides them.</source>
        <translation>Required. Services, support and aids in use, and who provides them.</translation>
    </message>
    <message>
        <source>As the &amp;client sees it</source>
        <translation>As the &amp;client sees it</translation>
    </message>
    <message>
        <source>The &amp;professional&apos;s assessment</source>
        <translation>The &amp;professional&apos;s assessment</translation>
    </message>
    <message>
        <source>How the &amp;earlier goals were attained</source>
        <translation>How the &amp;earlier goals were attained</translation>
    </message>
    <message>
        <source>The client&apos;s own rating and the professional&apos;s rating.</source>
        <translation>The client&apos;s own rating and the professional&apos;s rating.</translation>
    </message>
    <message>
        <source>Each goal in the client&apos;s own words, then the supports that help to reach it: who provides each, and how the client proposes it is arranged.</source>
        <translation>Each goal in the client&apos;s own words, then the supports that help to reach it: who provides each, and how the client proposes it is arranged.</translation>
    </message>
    <message>
        <source>Special &amp;measures to support self-determination</source>
        <translation>Special &amp;measures to support self-determination</translation>
    </message>
    <message>
        <source>What is done so that the client can decide on their own matters (Disability Services Act 675/2023).</source>
        <translation>What is done so that the client can decide on their own matters (Disability Services Act 675/2023).</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Whose view</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>view {number}</source>
        <translation>view {number}</translation>
    </message>
    <message>
        <source>No differing views. Others&apos; views are kept beside the client&apos;s, never instead of it.</source>
        <translation>No differing views. Others&apos; views are kept beside the client&apos;s, never instead of it.</translation>
    </message>
    <message>
        <source>The client was given an explanation of their &amp;rights and options</source>
        <translation>The client was given an explanation of their &amp;rights and options</translation>
    </message>
    <message>
        <source>Required (Client Act 812/2000 §5).</source>
        <translation>Required (Client Act 812/2000 §5).</translation>
    </message>
    <message>
        <source>e.g. in plain language with pictures; a written summary was given.</source>
        <translation>e.g. in plain language with pictures; a written summary was given.</translation>
    </message>
    <message>
        <source>&amp;Review the plan by</source>
        <translation>&amp;Review the plan by</translation>
    </message>
    <message>
        <source>Required; after the meeting date.</source>
        <translation>Required; after the meeting date.</translation>
    </message>
    <message>
        <source>The client has no completed decision-making sessions.</source>
        <translation>The client has no completed decision-making sessions.</translation>
    </message>
    <message>
        <source>Completed decision-making sessions: {count}</source>
        <translation>Completed decision-making sessions: {count}</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>History of the client plan</source>
        <translation>History of the client plan</translation>
    </message>
    <message>
        <source>Every change to this client plan, newest first. Changes made in a new version show the reason given for it.</source>
        <translation>Every change to this client plan, newest first. Changes made in a new version show the reason given for it.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Everyday life</source>
        <translation>Everyday life</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Moving about</source>
        <translation>Moving about</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work and study</source>
        <translation>Work and study</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Close person</translation>
    </message>
    <message>
        <source>Basic service</source>
        <translation>Basic service</translation>
    </message>
    <message>
        <source>Organisation (NGO)</source>
        <translation>Organisation (NGO)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Own production</source>
        <translation>Own production</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Purchased service</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Service voucher</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Payment commitment</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personal budget</translation>
    </message>
    <message>
        <source>Informal support</source>
        <translation>Informal support</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>trip</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Communication methods and language</source>
        <translation>Communication methods and language</translation>
    </message>
    <message>
        <source>How the client&apos;s will was found out</source>
        <translation>How the client&apos;s will was found out</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Current services</source>
        <translation>Current services</translation>
    </message>
    <message>
        <source>Support needed, as the client sees it</source>
        <translation>Support needed, as the client sees it</translation>
    </message>
    <message>
        <source>Support needed, as close persons see it</source>
        <translation>Support needed, as close persons see it</translation>
    </message>
    <message>
        <source>Support needed, the professional&apos;s assessment</source>
        <translation>Support needed, the professional&apos;s assessment</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Attainment of earlier goals</source>
        <translation>Attainment of earlier goals</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Special measures for self-determination</source>
        <translation>Special measures for self-determination</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Differing views</translation>
    </message>
    <message>
        <source>Rights and options explained</source>
        <translation>Rights and options explained</translation>
    </message>
    <message>
        <source>How rights and options were explained</source>
        <translation>How rights and options were explained</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Role map</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Linked assessment</translation>
    </message>
    <message>
        <source>Linked decision-making sessions</source>
        <translation>Linked decision-making sessions</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>relation to the client</source>
        <translation>relation to the client</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>whose view</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>client&apos;s own words</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>life domain</translation>
    </message>
    <message>
        <source>what shows it is reached</source>
        <translation>what shows it is reached</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogram</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>who provides</source>
        <translation>who provides</translation>
    </message>
    <message>
        <source>provider&apos;s name</source>
        <translation>provider&apos;s name</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>client&apos;s proposal on arranging</source>
        <translation>client&apos;s proposal on arranging</translation>
    </message>
    <message>
        <source>arranging method</source>
        <translation>arranging method</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>duration in months</source>
        <translation>duration in months</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>Removed goal</source>
        <translation>Removed goal</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Support {number}</translation>
    </message>
    <message>
        <source>Removed support</source>
        <translation>Removed support</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>Removed person</source>
        <translation>Removed person</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Every change to the plan: who, when, before and after</source>
        <translation>Every change to the plan: who, when, before and after</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Make a new version to change the agreed plan</source>
        <translation>Make a new version to change the agreed plan</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Check what the plan needs and record that it was agreed with the client (Ctrl+Enter)</source>
        <translation>Check what the plan needs and record that it was agreed with the client (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Client plan</translation>
    </message>
    <message>
        <source>What to record before agreeing</source>
        <translation>What to record before agreeing</translation>
    </message>
    <message>
        <source>Before the plan can be agreed, record:</source>
        <translation>Before the plan can be agreed, record:</translation>
    </message>
    <message>
        <source>Everything needed is recorded. You can agree the plan now (Ctrl+Enter).</source>
        <translation>Everything needed is recorded. You can agree the plan now (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Client plan of {name}</source>
        <translation>Client plan of {name}</translation>
    </message>
    <message>
        <source>Agreed on {date}</source>
        <translation>Agreed on {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>agreed on {date}</translation>
    </message>
    <message>
        <source>make a new version to change it: New version…</source>
        <translation>make a new version to change it: New version…</translation>
    </message>
    <message>
        <source>a newer version replaces this plan</source>
        <translation>a newer version replaces this plan</translation>
    </message>
    <message>
        <source>it is kept as it was</source>
        <translation>it is kept as it was</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>Superseded by a newer version</translation>
    </message>
    <message>
        <source>Draft, started {date}</source>
        <translation>Draft, started {date}</translation>
    </message>
    <message>
        <source>Version {number} · {state}</source>
        <translation>Version {number} · {state}</translation>
    </message>
    <message>
        <source>Reason for the new version: {reason}</source>
        <translation>Reason for the new version: {reason}</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Remove goal {number} and its supports from the plan?

{words}</source>
        <translation>Remove goal {number} and its supports from the plan?

{words}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>New version of the plan</source>
        <translation>New version of the plan</translation>
    </message>
    <message>
        <source>An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the client and agree again. The reason is kept with every change made in the new version.</source>
        <translation>An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the client and agree again. The reason is kept with every change made in the new version.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <source>Plan a visit with {name}. You can start it when you arrive, move it or cancel it.</source>
        <translation>Plan a visit with {name}. You can start it when you arrive, move it or cancel it.</translation>
    </message>
    <message>
        <source>A visit with {name} that has not started yet.</source>
        <translation>A visit with {name} that has not started yet.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>e.g. 9.30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>How do you meet?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>e.g. Client&apos;s home, Juva health centre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. Bring the picture cards. The note starts the visit&apos;s notes.</source>
        <translation>e.g. Bring the picture cards. The note starts the visit&apos;s notes.</translation>
    </message>
    <message>
        <source>Plan v&amp;isit</source>
        <translation>Plan v&amp;isit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Start visit now</source>
        <translation>&amp;Start visit now</translation>
    </message>
    <message>
        <source>You have arrived: the visit starts now and opens</source>
        <translation>You have arrived: the visit starts now and opens</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>&amp;Cancel the visit…</translation>
    </message>
    <message>
        <source>The visit will not happen: record why. It stays listed.</source>
        <translation>The visit will not happen: record why. It stays listed.</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The client&apos;s address, from the client file.</source>
        <translation>The client&apos;s address, from the client file.</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>Read the queue again (F5)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Back (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Documents marked for printing at the office</source>
        <translation>Documents marked for printing at the office</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Mark printed</source>
        <translation>Mark printed</translation>
    </message>
    <message>
        <source>The document was printed some other way: take it off the queue as printed by you</source>
        <translation>The document was printed some other way: take it off the queue as printed by you</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the document off the queue without printing it</source>
        <translation>Take the document off the queue without printing it</translation>
    </message>
    <message>
        <source>Documents counsellors of your unit marked for printing. Each prints as it was when it was marked.</source>
        <translation>Documents counsellors of your unit marked for printing. Each prints as it was when it was marked.</translation>
    </message>
    <message>
        <source>Marked as printed.</source>
        <translation>Marked as printed.</translation>
    </message>
    <message>
        <source>Remove from the print queue</source>
        <translation>Remove from the print queue</translation>
    </message>
    <message>
        <source>Take “{document}” of {client} off the print queue without printing it?</source>
        <translation>Take “{document}” of {client} off the print queue without printing it?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Removed from the print queue.</source>
        <translation>Removed from the print queue.</translation>
    </message>
    <message>
        <source>To print ({count})</source>
        <translation>To print ({count})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Nothing to print. Documents the counsellors of your unit mark for printing at the office appear here when you sync.</source>
        <translation>Nothing to print. Documents the counsellors of your unit mark for printing at the office appear here when you sync.</translation>
    </message>
    <message>
        <source>Nothing to print. Documents marked for printing at the office appear here.</source>
        <translation>Nothing to print. Documents marked for printing at the office appear here.</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Nothing printed yet.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Click here or press a key to unlock.</source>
        <translation>Click here or press a key to unlock.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <source>Your name is shown on the start screen. The passphrase protects everything you save.</source>
        <translation>Your name is shown on the start screen. The passphrase protects everything you save.</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Your na&amp;me</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>For example Aino Virtanen</source>
        <translation>For example Aino Virtanen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tip: a few unrelated words that only you would put together are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Creating your profile…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Look &amp;in:</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PurgeCasesDialog</name>
    <message>
        <source>Remove synced closed cases</source>
        <translation>Remove synced closed cases</translation>
    </message>
    <message>
        <source>These closed cases are on the central records server as they are here. Removing them deletes them from this computer only: the server keeps them, and they come back if a case is opened again for you. Each removal is recorded in the access log.</source>
        <translation>These closed cases are on the central records server as they are here. Removing them deletes them from this computer only: the server keeps them, and they come back if a case is opened again for you. Each removal is recorded in the access log.</translation>
    </message>
    <message>
        <source>Closed at least {days} days ago and fully synced (Settings).</source>
        <translation>Closed at least {days} days ago and fully synced (Settings).</translation>
    </message>
    <message>
        <source>No closed case can be removed from this computer now.</source>
        <translation>No closed case can be removed from this computer now.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <source>Cases to remove</source>
        <translation>Cases to remove</translation>
    </message>
    <message>
        <source>Closed cases that stay on this computer</source>
        <translation>Closed cases that stay on this computer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Closed cases that stay</source>
        <translation>Closed cases that stay</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n case(s)</source>
        <translation>
            <numerusform>Remove %n case</numerusform>
            <numerusform>Remove %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
</context>
<context>
    <name>PurposeSelector</name>
    <message>
        <source>Purpose of use:</source>
        <translation>Purpose of use:</translation>
    </message>
    <message>
        <source>The access log records why you handle client data (Client Data Act). Choose what you are doing now: every client record you open, list, print or change from now on is logged with it. Each unlock starts with client work.</source>
        <translation>The access log records why you handle client data (Client Data Act). Choose what you are doing now: every client record you open, list, print or change from now on is logged with it. Each unlock starts with client work.</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>e.g. The same invoice was recorded twice</source>
        <translation>e.g. The same invoice was recorded twice</translation>
    </message>
</context>
<context>
    <name>RecordUseDialog</name>
    <message>
        <source>Record realised use</source>
        <translation>Record realised use</translation>
    </message>
    <message>
        <source>Record use</source>
        <translation>Record use</translation>
    </message>
    <message>
        <source>Correct realised use of {date}</source>
        <translation>Correct realised use of {date}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>An invoiced use of a budget line, paid to the service provider.</source>
        <translation>An invoiced use of a budget line, paid to the service provider.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Budget &amp;line</source>
        <translation>Budget &amp;line</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>Payment &amp;commitment</source>
        <translation>Payment &amp;commitment</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Amount (€)</translation>
    </message>
    <message>
        <source>&amp;Why the amount differs</source>
        <translation>&amp;Why the amount differs</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
    <message>
        <source>e.g. 100 hours was typed instead of 10</source>
        <translation>e.g. 100 hours was typed instead of 10</translation>
    </message>
    <message>
        <source>The line is priced per decision: enter the invoiced amount.</source>
        <translation>The line is priced per decision: enter the invoiced amount.</translation>
    </message>
    <message>
        <source>{units} × {price} = {amount} at the line&apos;s unit price</source>
        <translation>{units} × {price} = {amount} at the line&apos;s unit price</translation>
    </message>
    <message>
        <source>{computed}: the amount differs, so write why below.</source>
        <translation>{computed}: the amount differs, so write why below.</translation>
    </message>
    <message>
        <source>Required: e.g. travel costs on the same invoice</source>
        <translation>Required: e.g. travel costs on the same invoice</translation>
    </message>
    <message>
        <source>Needed only when the amount is not units × the unit price</source>
        <translation>Needed only when the amount is not units × the unit price</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the central records refused</source>
        <translation>Changes the central records refused</translation>
    </message>
    <message>
        <source>These changes are kept on this computer, but the central records did not take them. Each row says why and what you can do.</source>
        <translation>These changes are kept on this computer, but the central records did not take them. Each row says why and what you can do.</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(not on this computer)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Why, and what you can do</source>
        <translation>Why, and what you can do</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the central records wait on this computer: a client here already has the same identity code, or a budget here already has the same payment commitment number. They come in at the next sync after you correct or remove your own copy (see the rows above).</source>
        <translation>
            <numerusform>%n change received from the central records waits on this computer: a client here already has the same identity code, or a budget here already has the same payment commitment number. It comes in at the next sync after you correct or remove your own copy (see the rows above).</numerusform>
            <numerusform>%n changes received from the central records wait on this computer: a client here already has the same identity code, or a budget here already has the same payment commitment number. They come in at the next sync after you correct or remove your own copy (see the rows above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer. Profiles already here are not changed.</source>
        <translation>The backup becomes a new profile on this computer. Profiles already here are not changed.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>Name of the restored profile:</source>
        <translation>Name of the restored profile:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Sopiva Desk backups (*.sopiva-backup);;All files (*)</source>
        <translation>Sopiva Desk backups (*.sopiva-backup);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Backup of {name}, made {when}.</source>
        <translation>Backup of {name}, made {when}.</translation>
    </message>
    <message>
        <source>{name} (restored)</source>
        <translation>{name} (restored)</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Restoring and checking the backup…</translation>
    </message>
    <message>
        <source>Choose it and close</source>
        <translation>Choose it and close</translation>
    </message>
    <message>
        <source>The backup was restored as the profile “{name}”. Unlock it with the backup&apos;s passphrase.</source>
        <translation>The backup was restored as the profile “{name}”. Unlock it with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <source>This profile syncs with the central records: enrol this computer again (Sync → Enrol this computer…). Changes not yet synced will be sent then.</source>
        <translation>This profile syncs with the central records: enrol this computer again (Sync → Enrol this computer…). Changes not yet synced will be sent then.</translation>
    </message>
    <message>
        <source>The organisation&apos;s recovery key was not found, so IT cannot reset this profile&apos;s passphrase. Ask IT support to add it.</source>
        <translation>The organisation&apos;s recovery key was not found, so IT cannot reset this profile&apos;s passphrase. Ask IT support to add it.</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Review charts</source>
        <translation>Review charts</translation>
    </message>
    <message>
        <source>No completed reviews yet. After the first review is completed, the client&apos;s and your ratings of each goal are shown here over time.</source>
        <translation>No completed reviews yet. After the first review is completed, the client&apos;s and your ratings of each goal are shown here over time.</translation>
    </message>
    <message>
        <source>Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).</source>
        <translation>Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).</translation>
    </message>
    <message>
        <source>{value} ({word}) on {date}</source>
        <translation>{value} ({word}) on {date}</translation>
    </message>
    <message>
        <source>How are things? {answers}.</source>
        <translation>How are things? {answers}.</translation>
    </message>
    <message>
        <source>Goal “{goal}”: the client {client}; the professional {professional} (reviews on {dates}).</source>
        <translation>Goal “{goal}”: the client {client}; the professional {professional} (reviews on {dates}).</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(no words)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>The professional</source>
        <translation>The professional</translation>
    </message>
    <message>
        <source>Goal attainment: {scale}</source>
        <translation>Goal attainment: {scale}</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>How are things?</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear: {name}</source>
        <translation>Clear: {name}</translation>
    </message>
    <message>
        <source>Review of the client plan</source>
        <translation>Review of the client plan</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <source>How far has each goal been reached?</source>
        <translation>How far has each goal been reached?</translation>
    </message>
    <message>
        <source>Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the flag: the more steps, the nearer the goal.</source>
        <translation>Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the flag: the more steps, the nearer the goal.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What has changed, what helped, what next. If the client did not answer, write why.</source>
        <translation>What has changed, what helped, what next. If the client did not answer, write why.</translation>
    </message>
    <message>
        <source>Still needed before completing</source>
        <translation>Still needed before completing</translation>
    </message>
    <message>
        <source>&amp;Complete the review</source>
        <translation>&amp;Complete the review</translation>
    </message>
    <message>
        <source>Lock the review; its ratings then show in the client&apos;s charts</source>
        <translation>Lock the review; its ratings then show in the client&apos;s charts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>How are things?</translation>
    </message>
    <message>
        <source>The client&apos;s own answer: let the client tap a face.</source>
        <translation>The client&apos;s own answer: let the client tap a face.</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(no words)</translation>
    </message>
    <message>
        <source>Goal {number}: “{words}”</source>
        <translation>Goal {number}: “{words}”</translation>
    </message>
    <message>
        <source>The client&apos;s rating</source>
        <translation>The client&apos;s rating</translation>
    </message>
    <message>
        <source>Your rating (professional)</source>
        <translation>Your rating (professional)</translation>
    </message>
    <message>
        <source>Completed on {date}. The review is locked.</source>
        <translation>Completed on {date}. The review is locked.</translation>
    </message>
    <message>
        <source>Draft: every choice is saved at once.</source>
        <translation>Draft: every choice is saved at once.</translation>
    </message>
    <message>
        <source>Still needed before completing:</source>
        <translation>Still needed before completing:</translation>
    </message>
    <message>
        <source>Goal {number}: {text}</source>
        <translation>Goal {number}: {text}</translation>
    </message>
    <message>
        <source>The review cannot be started</source>
        <translation>The review cannot be started</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals rated</source>
        <translation>Goals rated</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>A little</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halfway</translation>
    </message>
    <message>
        <source>Almost</source>
        <translation>Almost</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Choose role…</source>
        <translation>Choose role…</translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation>One task per line</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Close person</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Own worker</translation>
    </message>
    <message>
        <source>HB coordinator</source>
        <translation>HB coordinator</translation>
    </message>
    <message>
        <source>HB assistant</source>
        <translation>HB assistant</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Role not chosen</source>
        <translation>Role not chosen</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Add the client: {name}</source>
        <translation>Add the client: {name}</translation>
    </message>
    <message>
        <source>Add the client</source>
        <translation>Add the client</translation>
    </message>
    <message>
        <source>Add the own worker: {name}</source>
        <translation>Add the own worker: {name}</translation>
    </message>
    <message>
        <source>Add the own worker</source>
        <translation>Add the own worker</translation>
    </message>
    <message>
        <source>Add {name} ({role})</source>
        <translation>Add {name} ({role})</translation>
    </message>
</context>
<context>
    <name>RoleMapDiagram</name>
    <message>
        <source>Role map diagram</source>
        <translation>Role map diagram</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>No one is in the role map yet.</translation>
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
        <translation>People in the role map: {people}.</translation>
    </message>
    <message>
        <source>The client is not in the role map yet</source>
        <translation>The client is not in the role map yet</translation>
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
        <translation>Role map</translation>
    </message>
    <message>
        <source>Everyone with tasks in this plan: the client, the own worker, close persons and service providers. Write each person&apos;s tasks one per line.</source>
        <translation>Everyone with tasks in this plan: the client, the own worker, close persons and service providers. Write each person&apos;s tasks one per line.</translation>
    </message>
    <message>
        <source>Missing from the role map</source>
        <translation>Missing from the role map</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation>Relation to the client</translation>
    </message>
    <message>
        <source>Tasks in this plan (one per line)</source>
        <translation>Tasks in this plan (one per line)</translation>
    </message>
    <message>
        <source>No one is in the role map yet.</source>
        <translation>No one is in the role map yet.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
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
        <translation>Remove {person}</translation>
    </message>
    <message>
        <source>Task {number}: {problem}</source>
        <translation>Task {number}: {problem}</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>this person</translation>
    </message>
    <message>
        <source>Remove from the role map</source>
        <translation>Remove from the role map</translation>
    </message>
    <message>
        <source>Remove {name} and their tasks from the role map?</source>
        <translation>Remove {name} and their tasks from the role map?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Add the client or a close person</source>
        <translation>Add the client or a close person</translation>
    </message>
    <message>
        <source>The client and the close persons in the client file, with their relation and roles</source>
        <translation>The client and the close persons in the client file, with their relation and roles</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Remove {row}</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Save state</source>
        <translation>Save state</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved yet: the highlighted value is kept as a draft until you correct it</source>
        <translation>Not saved yet: the highlighted value is kept as a draft until you correct it</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>All changes saved at {time}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
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
        <translation>New encryption key</translation>
    </message>
    <message>
        <source>Changing the passphrase keeps the key that encrypts this profile&apos;s data. If that key may have leaked (for example, a copy of this computer&apos;s disk went missing together with your passphrase), encrypt the data again with a new key. A backup is made first, to the backup folder (or to the backups folder of Sopiva Desk). The app then locks: unlock it with your passphrase as before.</source>
        <translation>Changing the passphrase keeps the key that encrypts this profile&apos;s data. If that key may have leaked (for example, a copy of this computer&apos;s disk went missing together with your passphrase), encrypt the data again with a new key. A backup is made first, to the backup folder (or to the backups folder of Sopiva Desk). The app then locks: unlock it with your passphrase as before.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <source>Encrypt with a new key…</source>
        <translation>Encrypt with a new key…</translation>
    </message>
    <message>
        <source>Encrypt with a new key</source>
        <translation>Encrypt with a new key</translation>
    </message>
    <message>
        <source>The app will lock, encrypt this profile&apos;s data with a new key and make a backup first. It takes a moment. Continue?</source>
        <translation>The app will lock, encrypt this profile&apos;s data with a new key and make a backup first. It takes a moment. Continue?</translation>
    </message>
    <message>
        <source>Encrypt and lock</source>
        <translation>Encrypt and lock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Decision to make</source>
        <translation>Decision to make</translation>
    </message>
    <message>
        <source>Decision in plain language</source>
        <translation>Decision in plain language</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Parts of the decision</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Communication methods</source>
        <translation>Communication methods</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Other method</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Aids</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>How the will was found out</source>
        <translation>How the will was found out</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>Client agrees</translation>
    </message>
    <message>
        <source>Why no opinion could be expressed</source>
        <translation>Why no opinion could be expressed</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Differing views</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>How are things?</source>
        <translation>How are things?</translation>
    </message>
    <message>
        <source>The client sorted the options in the client view</source>
        <translation>The client sorted the options in the client view</translation>
    </message>
    <message>
        <source>Linked assessment</source>
        <translation>Linked assessment</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>in plain words</source>
        <translation>in plain words</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogram</translation>
    </message>
    <message>
        <source>tried out</source>
        <translation>tried out</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reaction</translation>
    </message>
    <message>
        <source>client&apos;s own words</source>
        <translation>client&apos;s own words</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>chosen by the client</source>
        <translation>chosen by the client</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>whose view</source>
        <translation>whose view</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Order of the options</source>
        <translation>Order of the options</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Option {number}</translation>
    </message>
    <message>
        <source>Removed option</source>
        <translation>Removed option</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</source>
        <translation>Every change to this decision-making session, newest first. Changes made in an amended version show the reason given for the amendment.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>No topic written yet</source>
        <translation>No topic written yet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
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
        <translation>Visit</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Locking and language</source>
        <translation>Locking and language</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Lock when idle for:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source>Closed cases on this computer</source>
        <translation>Closed cases on this computer</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Never (off)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after closing and syncing</source>
        <translation>
            <numerusform>%n day after closing and syncing</numerusform>
            <numerusform>%n days after closing and syncing</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove closed cases from this computer:</source>
        <translation>Remove closed cases from this computer:</translation>
    </message>
    <message>
        <source>Only cases whose every change is on the central records server are removed, and only after you confirm the list. The server keeps them.</source>
        <translation>Only cases whose every change is on the central records server are removed, and only after you confirm the list. The server keeps them.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Strength of the new passphrase</source>
        <translation>Strength of the new passphrase</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Repeat new passphrase:</source>
        <translation>Repeat new passphrase:</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <source>Start a visit with {name}. Everything you record during the visit is saved as you type.</source>
        <translation>Start a visit with {name}. Everything you record during the visit is saved as you type.</translation>
    </message>
    <message>
        <source>How do you meet?</source>
        <translation>How do you meet?</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home, Juva health centre</source>
        <translation>e.g. Client&apos;s home, Juva health centre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Start visit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A visit is still open</source>
        <translation>A visit is still open</translation>
    </message>
    <message>
        <source>The {way} with {name} that started {started} has not been ended.

Continue that visit, or start a new one beside it? Ending the open visit later shows its summary.</source>
        <translation>The {way} with {name} that started {started} has not been ended.

Continue that visit, or start a new one beside it? Ending the open visit later shows its summary.</translation>
    </message>
    <message>
        <source>Continue the open visit (started {started})</source>
        <translation>Continue the open visit (started {started})</translation>
    </message>
    <message>
        <source>Start a new visit anyway</source>
        <translation>Start a new visit anyway</translation>
    </message>
</context>
<context>
    <name>StoreDamageDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Set up a new profile…</source>
        <translation>Set up a new profile…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged and cannot be opened. Sopiva Desk has not changed it: it is left as it is, for IT support to examine.</source>
        <translation>The data file of this profile is damaged and cannot be opened. Sopiva Desk has not changed it: it is left as it is, for IT support to examine.</translation>
    </message>
    <message>
        <source>Sopiva Desk found damage in the data file of this profile. So that nothing more is lost, it writes nothing into the file from now on: changes are not saved, and client information does not open, because every opening must be recorded in the access log. The file is left as it is, for IT support to examine.</source>
        <translation>Sopiva Desk found damage in the data file of this profile. So that nothing more is lost, it writes nothing into the file from now on: changes are not saved, and client information does not open, because every opening must be recorded in the access log. The file is left as it is, for IT support to examine.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can continue in two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Restore from a backup:&lt;/b&gt; your data as it was when the backup was made.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set up a new profile:&lt;/b&gt; connect it to the central records, and everything that reached them is synced to it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;You can continue in two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Restore from a backup:&lt;/b&gt; your data as it was when the backup was made.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set up a new profile:&lt;/b&gt; connect it to the central records, and everything that reached them is synced to it.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Whether every change had reached the central records cannot be read from the damaged file. Tell IT support when you last synced.</source>
        <translation>Whether every change had reached the central records cannot be read from the damaged file. Tell IT support when you last synced.</translation>
    </message>
    <message>
        <source>This profile was never connected to the central records, so its data is only on this computer and in its backups.</source>
        <translation>This profile was never connected to the central records, so its data is only on this computer and in its backups.</translation>
    </message>
    <message>
        <source>Every change made on this computer had reached the central records: a new profile gets all of it back.</source>
        <translation>Every change made on this computer had reached the central records: a new profile gets all of it back.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer had not reached the central records yet.</source>
        <translation>
            <numerusform>%n change made on this computer had not reached the central records yet.</numerusform>
            <numerusform>%n changes made on this computer had not reached the central records yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They concern %n client(s).</source>
        <translation>
            <numerusform>They concern %n client.</numerusform>
            <numerusform>They concern %n clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are only in the damaged file: tell IT support, they may be able to recover them.</source>
        <translation>They are only in the damaged file: tell IT support, they may be able to recover them.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Remove support</source>
        <translation>Remove support</translation>
    </message>
    <message>
        <source>e.g. Coaching for living on one&apos;s own</source>
        <translation>e.g. Coaching for living on one&apos;s own</translation>
    </message>
    <message>
        <source>Name, as in the role map</source>
        <translation>Name, as in the role map</translation>
    </message>
    <message>
        <source>— not from the catalogue —</source>
        <translation>— not from the catalogue —</translation>
    </message>
    <message>
        <source>{name} (per {unit})</source>
        <translation>{name} (per {unit})</translation>
    </message>
    <message>
        <source>In the client&apos;s words: who, where, when, how</source>
        <translation>In the client&apos;s words: who, where, when, how</translation>
    </message>
    <message>
        <source>e.g. 33,50</source>
        <translation>e.g. 33,50</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Who provides</source>
        <translation>Who provides</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Provider&apos;s name</translation>
    </message>
    <message>
        <source>Service from the catalogue</source>
        <translation>Service from the catalogue</translation>
    </message>
    <message>
        <source>Choosing a service fills in its unit and price</source>
        <translation>Choosing a service fills in its unit and price</translation>
    </message>
    <message>
        <source>The client&apos;s proposal on how it is arranged</source>
        <translation>The client&apos;s proposal on how it is arranged</translation>
    </message>
    <message>
        <source>Arranging method</source>
        <translation>Arranging method</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price, €</source>
        <translation>Unit price, €</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Duration, months</source>
        <translation>Duration, months</translation>
    </message>
    <message>
        <source>Leave empty when it continues until further notice</source>
        <translation>Leave empty when it continues until further notice</translation>
    </message>
    <message>
        <source>Support {number}</source>
        <translation>Support {number}</translation>
    </message>
    <message>
        <source>Remove support {number}</source>
        <translation>Remove support {number}</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>Cost: {amount}</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>&amp;Enrol this computer…</source>
        <translation>&amp;Enrol this computer…</translation>
    </message>
    <message>
        <source>Connect this computer to the central records with a one-time code from IT support</source>
        <translation>Connect this computer to the central records with a one-time code from IT support</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>A sync is running</translation>
    </message>
    <message>
        <source>Enrol this computer first: Sync → Enrol this computer</source>
        <translation>Enrol this computer first: Sync → Enrol this computer</translation>
    </message>
    <message>
        <source>Send your changes to the central records and fetch your clients&apos; changes ({key})</source>
        <translation>Send your changes to the central records and fetch your clients&apos; changes ({key})</translation>
    </message>
    <message>
        <source>Sync cancelled, nothing lost. What was not sent yet goes next time.</source>
        <translation>Sync cancelled, nothing lost. What was not sent yet goes next time.</translation>
    </message>
    <message>
        <source>Synced. Changes sent: {sent}, records received: {received}.</source>
        <translation>Synced. Changes sent: {sent}, records received: {received}.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Sync did not finish. Your changes are kept on this computer.</source>
        <translation>Sync did not finish. Your changes are kept on this computer.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Enrolled with {server} as {user}. Press Sync to send your changes.</source>
        <translation>Enrolled with {server} as {user}. Press Sync to send your changes.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Local only</source>
        <translation>Local only</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Changed since sync</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Everything of this client is on the central records server.</source>
        <translation>Everything of this client is on the central records server.</translation>
    </message>
    <message>
        <source>This record is on the central records server as it is here.</source>
        <translation>This record is on the central records server as it is here.</translation>
    </message>
    <message>
        <source>Only on this computer: not yet sent to the central records server.</source>
        <translation>Only on this computer: not yet sent to the central records server.</translation>
    </message>
    <message>
        <source>This record is only on this computer: not yet sent to the central records server.</source>
        <translation>This record is only on this computer: not yet sent to the central records server.</translation>
    </message>
    <message>
        <source>Conflicts waiting for someone to decide: {count}</source>
        <translation>Conflicts waiting for someone to decide: {count}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Changes waiting to be sent: {count}</translation>
    </message>
    <message>
        <source>Changes refused by the server: {count} (see the sync report)</source>
        <translation>Changes refused by the server: {count} (see the sync report)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message>
        <source>Synced {minutes} min ago</source>
        <translation>Synced {minutes} min ago</translation>
    </message>
    <message>
        <source>Synced today at {time}</source>
        <translation>Synced today at {time}</translation>
    </message>
    <message>
        <source>Synced yesterday at {time}</source>
        <translation>Synced yesterday at {time}</translation>
    </message>
    <message>
        <source>Synced on {date}</source>
        <translation>Synced on {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync. Nothing is lost: what was sent or received stays, the rest goes next time.</source>
        <translation>Stop the sync. Nothing is lost: what was sent or received stays, the rest goes next time.</translation>
    </message>
    <message>
        <source>Connecting to the central records…</source>
        <translation>Connecting to the central records…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Sending changes {done}/{total}</source>
        <translation>Sending changes {done}/{total}</translation>
    </message>
    <message>
        <source>Sending the access log {done}/{total}</source>
        <translation>Sending the access log {done}/{total}</translation>
    </message>
    <message>
        <source>Receiving page {page}</source>
        <translation>Receiving page {page}</translation>
    </message>
    <message>
        <source>Saved on this computer, to be sent at the next sync.</source>
        <translation>Saved on this computer, to be sent at the next sync.</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>No changes waiting</translation>
    </message>
    <message>
        <source>The central records refused these changes. Click to see why and what you can do.</source>
        <translation>The central records refused these changes. Click to see why and what you can do.</translation>
    </message>
    <message>
        <source>A record on this computer already has their identity code or commitment number. Click to see what you can do.</source>
        <translation>A record on this computer already has their identity code or commitment number. Click to see what you can do.</translation>
    </message>
    <message>
        <source>Someone else changed the same information. Both versions are kept until you choose.</source>
        <translation>Someone else changed the same information. Both versions are kept until you choose.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <source>This computer is not connected to the central records. Choose Sync → Enrol this computer.</source>
        <translation>This computer is not connected to the central records. Choose Sync → Enrol this computer.</translation>
    </message>
    <message>
        <source>Not synced yet. Press Sync (F9) to send your changes.</source>
        <translation>Not synced yet. Press Sync (F9) to send your changes.</translation>
    </message>
    <message>
        <source>Last successful sync with {server}: {moment}</source>
        <translation>Last successful sync with {server}: {moment}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received change(s) waiting</source>
        <translation>
            <numerusform>%n received change waiting</numerusform>
            <numerusform>%n received changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>an entry has been changed or its time moved</source>
        <translation>an entry has been changed or its time moved</translation>
    </message>
    <message>
        <source>an entry has been removed, added or moved</source>
        <translation>an entry has been removed, added or moved</translation>
    </message>
    <message>
        <source>the log has been cut short or rewritten</source>
        <translation>the log has been cut short or rewritten</translation>
    </message>
    <message>
        <source>the log is signed with another key than before</source>
        <translation>the log is signed with another key than before</translation>
    </message>
    <message>
        <source>the log&apos;s signature does not hold</source>
        <translation>the log&apos;s signature does not hold</translation>
    </message>
    <message>
        <source>an entry already sent to the central records has been changed</source>
        <translation>an entry already sent to the central records has been changed</translation>
    </message>
    <message>
        <source>the clients named by a listing have been changed</source>
        <translation>the clients named by a listing have been changed</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered: {reason}.</source>
        <translation>The central records found this computer&apos;s access log altered: {reason}.</translation>
    </message>
    <message>
        <source>The central records found this computer&apos;s access log altered at entry {seq}: {reason}.</source>
        <translation>The central records found this computer&apos;s access log altered at entry {seq}: {reason}.</translation>
    </message>
    <message>
        <source>The administrator has been told. Your own work is kept; entries after this point are kept by the central records but not confirmed.</source>
        <translation>The administrator has been told. Your own work is kept; entries after this point are kept by the central records but not confirmed.</translation>
    </message>
    <message>
        <source>The central records confirmed the access log with another key than before, so the confirmation was not kept. Tell your IT support.</source>
        <translation>The central records confirmed the access log with another key than before, so the confirmation was not kept. Tell your IT support.</translation>
    </message>
    <message>
        <source>The central records&apos; confirmation of the access log did not hold, so it was not kept. Tell your IT support.</source>
        <translation>The central records&apos; confirmation of the access log did not hold, so it was not kept. Tell your IT support.</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Payment commitment</translation>
    </message>
    <message>
        <source>Realised use</source>
        <translation>Realised use</translation>
    </message>
    <message>
        <source>{record}: change history</source>
        <translation>{record}: change history</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>No assessment templates are installed. Contact IT support.</source>
        <translation>No assessment templates are installed. Contact IT support.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Read out:</source>
        <translation>Read out:</translation>
    </message>
    <message>
        <source>← {number}. {title}</source>
        <translation>← {number}. {title}</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Previous section (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>{number}. {title} →</source>
        <translation>{number}. {title} →</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Next section (Ctrl+Page Down)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Assessment templates</source>
        <translation>Assessment templates</translation>
    </message>
    <message>
        <source>Assessments are made with these templates. Each assessment keeps the template version it was started with.</source>
        <translation>Assessments are made with these templates. Each assessment keeps the template version it was started with.</translation>
    </message>
    <message>
        <source>Your county&apos;s own templates are read from {folder}.</source>
        <translation>Your county&apos;s own templates are read from {folder}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Place in the file</source>
        <translation>Place in the file</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</source>
        <translation>These template files were left out because they have errors. Assessments made with other templates are not affected. Ask your administrator to correct the files.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>The assessment must start</source>
        <translation>The assessment must start</translation>
    </message>
    <message>
        <source>The assessment must be completed</source>
        <translation>The assessment must be completed</translation>
    </message>
    <message>
        <source>A decision on the application is due</source>
        <translation>A decision on the application is due</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75</source>
        <translation>Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75</translation>
    </message>
    <message>
        <source>Social Welfare Act 1301/2014 § 36: a child needing special support, started by the 7th working day and completed within 3 months</source>
        <translation>Social Welfare Act 1301/2014 § 36: a child needing special support, started by the 7th working day and completed within 3 months</translation>
    </message>
    <message>
        <source>Disability Services Act 675/2023: a decision within 3 months of the application</source>
        <translation>Disability Services Act 675/2023: a decision within 3 months of the application</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>No visits today.</translation>
    </message>
    <message>
        <source>Visits in the next 6 days</source>
        <translation>Visits in the next 6 days</translation>
    </message>
    <message>
        <source>No visits planned for the next 6 days.</source>
        <translation>No visits planned for the next 6 days.</translation>
    </message>
    <message>
        <source>Drafts and unfinished work</source>
        <translation>Drafts and unfinished work</translation>
    </message>
    <message>
        <source>Nothing unfinished.</source>
        <translation>Nothing unfinished.</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Plan reviews due</translation>
    </message>
    <message>
        <source>No reviews due this week.</source>
        <translation>No reviews due this week.</translation>
    </message>
    <message>
        <source>Review of the client plan (version {version})</source>
        <translation>Review of the client plan (version {version})</translation>
    </message>
    <message>
        <source>A review has been started</source>
        <translation>A review has been started</translation>
    </message>
    <message>
        <source>Follow-ups of decision-making</source>
        <translation>Follow-ups of decision-making</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>No follow-ups due this week.</translation>
    </message>
    <message>
        <source>Follow up the decision</source>
        <translation>Follow up the decision</translation>
    </message>
    <message>
        <source>Statutory deadlines</source>
        <translation>Statutory deadlines</translation>
    </message>
    <message>
        <source>No statutory deadlines open.</source>
        <translation>No statutory deadlines open.</translation>
    </message>
    <message>
        <source>{basis}. Counted from {date}.</source>
        <translation>{basis}. Counted from {date}.</translation>
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
        <translation>Visit still in progress: end it</translation>
    </message>
    <message>
        <source>Planned visit not started: start, move or cancel it</source>
        <translation>Planned visit not started: start, move or cancel it</translation>
    </message>
    <message>
        <source>Needs assessment draft</source>
        <translation>Needs assessment draft</translation>
    </message>
    <message>
        <source>Amendment of the needs assessment (version {version})</source>
        <translation>Amendment of the needs assessment (version {version})</translation>
    </message>
    <message>
        <source>Decision-making session draft</source>
        <translation>Decision-making session draft</translation>
    </message>
    <message>
        <source>Client plan draft (version {version})</source>
        <translation>Client plan draft (version {version})</translation>
    </message>
    <message>
        <source>Personal budget not decided</source>
        <translation>Personal budget not decided</translation>
    </message>
    <message>
        <source>Period {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Since {date}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>All &amp;clients</source>
        <translation>All &amp;clients</translation>
    </message>
    <message>
        <source>The client list: search and open any client (Ctrl+4)</source>
        <translation>The client list: search and open any client (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <source>Grouped by kind. Press Enter to open the selected row.</source>
        <translation>Grouped by kind. Press Enter to open the selected row.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation>Open the selected row (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Start visit</translation>
    </message>
    <message>
        <source>You have arrived: start the selected planned visit now</source>
        <translation>You have arrived: start the selected planned visit now</translation>
    </message>
    <message>
        <source>Enter opens the selected row: a visit, a draft, the plan to review or the assessment the deadline is about.</source>
        <translation>Enter opens the selected row: a visit, a draft, the plan to review or the assessment the deadline is about.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{day} · {name} · {count} own clients (closed ones left out)</source>
        <translation>{day} · {name} · {count} own clients (closed ones left out)</translation>
    </message>
    <message>
        <source>You have no clients of your own yet: no client names you as their own worker. All clients are in the client list.</source>
        <translation>You have no clients of your own yet: no client names you as their own worker. All clients are in the client list.</translation>
    </message>
    <message>
        <source>Nothing due: no visits, drafts, reviews or deadlines this week.</source>
        <translation>Nothing due: no visits, drafts, reviews or deadlines this week.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Sopiva Desk is locked</source>
        <translation>Sopiva Desk is locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue. Unsaved work was saved before locking.</source>
        <translation>Enter your passphrase to continue. Unsaved work was saved before locking.</translation>
    </message>
    <message>
        <source>Sopiva Desk</source>
        <translation>Sopiva Desk</translation>
    </message>
    <message>
        <source>There is no profile on this computer yet. Create one to begin.</source>
        <translation>There is no profile on this computer yet. Create one to begin.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your profile.</source>
        <translation>Enter your passphrase to open your profile.</translation>
    </message>
    <message>
        <source>Choose your profile and enter your passphrase.</source>
        <translation>Choose your profile and enter your passphrase.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>P&amp;assphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Create a new profile</translation>
    </message>
    <message>
        <source>Create a new profile…</source>
        <translation>Create a new profile…</translation>
    </message>
    <message>
        <source>Restore a profile from a backup</source>
        <translation>Restore a profile from a backup</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Remote visit (video)</source>
        <translation>Remote visit (video)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Office visit</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned, not started</source>
        <translation>Planned, not started</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Way</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>← Client file</source>
        <translation>← Client file</translation>
    </message>
    <message>
        <source>Back to the client file; the visit stays open (Alt+Left or Esc)</source>
        <translation>Back to the client file; the visit stays open (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>&amp;Way</translation>
    </message>
    <message>
        <source>Way of meeting</source>
        <translation>Way of meeting</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Client&apos;s home</source>
        <translation>e.g. Client&apos;s home</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Add parti&amp;cipant</translation>
    </message>
    <message>
        <source>Add who took part: the client, and e.g. a relative, an interpreter or a support person.</source>
        <translation>Add who took part: the client, and e.g. a relative, an interpreter or a support person.</translation>
    </message>
    <message>
        <source>Who was absent</source>
        <translation>Who was absent</translation>
    </message>
    <message>
        <source>Add a&amp;bsent person</source>
        <translation>Add a&amp;bsent person</translation>
    </message>
    <message>
        <source>Someone who was invited or expected but did not take part.</source>
        <translation>Someone who was invited or expected but did not take part.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, what happens next.</source>
        <translation>What was discussed, what was agreed, what happens next.</translation>
    </message>
    <message>
        <source>Ending the visit saves everything and shows a summary.</source>
        <translation>Ending the visit saves everything and shows a summary.</translation>
    </message>
    <message>
        <source>&amp;End visit</source>
        <translation>&amp;End visit</translation>
    </message>
    <message>
        <source>End the visit and see what was recorded</source>
        <translation>End the visit and see what was recorded</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Add a close person</source>
        <translation>Add a close person</translation>
    </message>
    <message>
        <source>Visit · {way} · {span} · ended</source>
        <translation>Visit · {way} · {span} · ended</translation>
    </message>
    <message>
        <source>Visit · {way} · started {time}</source>
        <translation>Visit · {way} · started {time}</translation>
    </message>
    <message>
        <source>Visit with {name}</source>
        <translation>Visit with {name}</translation>
    </message>
    <message>
        <source>This visit has ended. Changes are still saved.</source>
        <translation>This visit has ended. Changes are still saved.</translation>
    </message>
    <message>
        <source>End visit</source>
        <translation>End visit</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</source>
        <translation>Some of what you typed is not saved: {reason}

If you end the visit now, that text is lost. End the visit anyway?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <source>Visit ended</source>
        <translation>Visit ended</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>The visit has ended</source>
        <translation>The visit has ended</translation>
    </message>
    <message>
        <source>planned for {time}</source>
        <translation>planned for {time}</translation>
    </message>
    <message>
        <source>Everything is saved on this computer.</source>
        <translation>Everything is saved on this computer.</translation>
    </message>
    <message>
        <source>Cancelled {time}</source>
        <translation>Cancelled {time}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>No notes were written.</translation>
    </message>
    <message>
        <source>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</source>
        <translation>Drafts are kept as they are. You can finish them later from the client&apos;s Visits and assessments tab.</translation>
    </message>
    <message>
        <source>Still drafts</source>
        <translation>Still drafts</translation>
    </message>
    <message>
        <source>1 record is waiting for the next sync.</source>
        <translation>1 record is waiting for the next sync.</translation>
    </message>
    <message>
        <source>{n} records are waiting for the next sync.</source>
        <translation>{n} records are waiting for the next sync.</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Waiting for sync</translation>
    </message>
    <message>
        <source>They stay encrypted on this computer until you sync with the central records.</source>
        <translation>They stay encrypted on this computer until you sync with the central records.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 participant: {names}</source>
        <translation>1 participant: {names}</translation>
    </message>
    <message>
        <source>{n} participants: {names}</source>
        <translation>{n} participants: {names}</translation>
    </message>
    <message>
        <source>No participants recorded</source>
        <translation>No participants recorded</translation>
    </message>
    <message>
        <source>1 person absent: {names}</source>
        <translation>1 person absent: {names}</translation>
    </message>
    <message>
        <source>{n} people absent: {names}</source>
        <translation>{n} people absent: {names}</translation>
    </message>
    <message>
        <source>Notes written</source>
        <translation>Notes written</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>No notes</translation>
    </message>
    <message>
        <source>Completed: {title} ({time})</source>
        <translation>Completed: {title} ({time})</translation>
    </message>
    <message>
        <source>No assessment was completed during this visit</source>
        <translation>No assessment was completed during this visit</translation>
    </message>
    <message>
        <source>Decision-making session completed {time}: {topic}</source>
        <translation>Decision-making session completed {time}: {topic}</translation>
    </message>
    <message>
        <source>Decision-making session started {time}: {topic}</source>
        <translation>Decision-making session started {time}: {topic}</translation>
    </message>
    <message>
        <source>{title}, started {time}</source>
        <translation>{title}, started {time}</translation>
    </message>
</context>
<context>
    <name>VisitWorkPanel</name>
    <message>
        <source>Start needs &amp;assessment</source>
        <translation>Start needs &amp;assessment</translation>
    </message>
    <message>
        <source>A service-needs assessment that belongs to this visit</source>
        <translation>A service-needs assessment that belongs to this visit</translation>
    </message>
    <message>
        <source>Assessments of this visit</source>
        <translation>Assessments of this visit</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment.</source>
        <translation>Press Enter to open the selected assessment.</translation>
    </message>
    <message>
        <source>No assessments in this visit yet.</source>
        <translation>No assessments in this visit yet.</translation>
    </message>
    <message>
        <source>Start a &amp;decision-making session</source>
        <translation>Start a &amp;decision-making session</translation>
    </message>
    <message>
        <source>A supported decision-making session that belongs to this visit</source>
        <translation>A supported decision-making session that belongs to this visit</translation>
    </message>
    <message>
        <source>Decision-making sessions of this visit</source>
        <translation>Decision-making sessions of this visit</translation>
    </message>
    <message>
        <source>Press Enter to open the selected session.</source>
        <translation>Press Enter to open the selected session.</translation>
    </message>
    <message>
        <source>No decision-making sessions in this visit yet.</source>
        <translation>No decision-making sessions in this visit yet.</translation>
    </message>
    <message>
        <source>Work on the p&amp;lan</source>
        <translation>Work on the p&amp;lan</translation>
    </message>
    <message>
        <source>Continue the draft of the client plan, or draft it from the latest completed assessment</source>
        <translation>Continue the draft of the client plan, or draft it from the latest completed assessment</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected assessment or session (Enter)</source>
        <translation>Open the selected assessment or session (Enter)</translation>
    </message>
    <message>
        <source>Drafts can be left unfinished: they are saved and can be completed later.</source>
        <translation>Drafts can be left unfinished: they are saved and can be completed later.</translation>
    </message>
    <message>
        <source>What we do today</source>
        <translation>What we do today</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sopiva Desk</source>
        <translation>Welcome to Sopiva Desk</translation>
    </message>
    <message>
        <source>Before you start, please read how your data is protected.</source>
        <translation>Before you start, please read how your data is protected.</translation>
    </message>
    <message>
        <source>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</source>
        <translation>Sopiva Desk keeps your case work on this computer. Everything you save is encrypted with a passphrase that you choose.</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</source>
        <translation>Choose a passphrase you can remember. Sopiva Desk cannot show your passphrase or reset it for you.</translation>
    </message>
    <message>
        <source>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</source>
        <translation>If your organisation has set up a recovery key, the office can restore access to your data. Ask IT support whether this is the case.</translation>
    </message>
    <message>
        <source>Next, you will create your personal profile.</source>
        <translation>Next, you will create your personal profile.</translation>
    </message>
</context>
</TS>
