"""What the access-log check found, in words (the check screen and ``sopiva-desk verify-log``,
which prints the English source texts: no translator is installed there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sopiva_desk.gui.access_log_words import AccessLogWords, action_label
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.services import access_log_check as check
from sopiva_desk.services.access_log_check import EntrySummary, Finding, LogCheck

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def entry_text(entry: EntrySummary) -> str:
    """When, who, what: "No. 12 · 3.12.2026 10.14 · Maija Ohjaaja · Viewed: Client file (Aino Ketju)"."""
    what = _t("AccessLogCheck", "{action}: {record}").format(
        action=action_label(entry.action), record=AccessLogWords({}, "fi").record(entry.record_type, None)
    )
    if entry.client_name:
        what = _t("AccessLogCheck", "{what} ({client})").format(what=what, client=entry.client_name)
    return _t("AccessLogCheck", "No. {seq} · {when} · {who} · {what}").format(
        seq=entry.seq, when=format_date_time(entry.at), who=entry.user_name, what=what
    )


def finding_text(finding: Finding) -> str:
    """Why the entry (or the log) no longer holds, or what is not yet signed."""
    p = dict(finding.params)
    key = finding.key
    if key == check.EDITED:
        return _t(
            "AccessLogCheck",
            "This entry has been changed after it was written (its person, action, time or "
            "another detail no longer matches its checksum).",
        )
    if key == check.DELETED:
        if p.get("count", 1) == 1:
            return _t("AccessLogCheck", "Entry No. {first} before this one has been deleted.").format(
                first=p.get("first")
            )
        return _t("AccessLogCheck", "Entries No. {first}–{last} before this one have been deleted.").format(
            first=p.get("first"), last=p.get("last")
        )
    if key == check.UNLINKED:
        return _t(
            "AccessLogCheck",
            "This entry does not follow the one before it: entries have been moved out of order or added afterwards.",
        )
    if key == check.TRUNCATED:
        return _t(
            "AccessLogCheck",
            "The newest entries have been deleted: the log was signed up to entry No. {signed}, "
            "but now ends at No. {newest}.",
        ).format(signed=p.get("signed"), newest=p.get("newest"))
    if key == check.REWRITTEN:
        return _t(
            "AccessLogCheck",
            "This entry is not the one the log was signed with: entries at or before it have been "
            "changed and the checksums recalculated, or deleted and replaced.",
        )
    if key == check.HEAD_SIGNATURE:
        return _t("AccessLogCheck", "The signed end of the log is not signed with this profile's log key.")
    if key == check.HEAD_MISSING:
        return _t("AccessLogCheck", "The signed end of the log has been removed from the store.")
    if key == check.KEY_CHANGED:
        return _t("AccessLogCheck", "The profile file names a different log key than the store holds.")
    if key == check.COUNTERSIGN_INVALID:
        return _t("AccessLogCheck", "The confirmation from the central records is not signed by the central server.")
    if key == check.COUNTERSIGN_MISMATCH:
        return _t(
            "AccessLogCheck",
            "This entry is not what the central records confirmed at the last sync: the log has "
            "been changed at or before this entry and signed again.",
        )
    if key == check.COUNTERSIGN_TRUNCATED:
        return _t(
            "AccessLogCheck",
            "Entries the central records confirmed at the last sync have been deleted: the log was "
            "confirmed up to No. {signed}, but now ends at No. {newest}.",
        ).format(signed=p.get("signed"), newest=p.get("newest"))
    if key == check.COUNTERSIGN_REMOVED:
        return _t("AccessLogCheck", "The confirmation from the central records has been removed from the store.")
    if key == check.LISTING_CHANGED:
        return _t(
            "AccessLogCheck",
            "The clients kept for this listing are not the ones it showed: the list of clients has been changed.",
        )
    if key == check.UNSIGNED:
        return _t(
            "AccessLogCheck",
            "Newest entries not yet signed: {count} (the app closed before it could sign them). "
            "They are signed when the profile is next unlocked.",
        ).format(count=p.get("count", 0))
    if key == check.HEAD_FILE_MISSING:
        return _t(
            "AccessLogCheck",
            "The signed end of the log is missing from the profile folder. It is written again when "
            "the profile is next unlocked.",
        )
    if key == check.NEVER_SIGNED:
        return _t(
            "AccessLogCheck",
            "The log has not been signed yet (it was written by an older version). It is signed "
            "when the profile is next unlocked.",
        )
    return key


def verdict_text(result: LogCheck) -> str:
    """One line: intact, intact with a note, or broken."""
    if result.broken:
        return _t("AccessLogCheck", "The access log has been tampered with.")
    if result.warnings:
        return _t("AccessLogCheck", "The access log is intact, with a note.")
    return _t("AccessLogCheck", "The access log is intact.")


def summary_text(result: LogCheck) -> str:
    """How much was checked and how far it is signed and confirmed."""
    lines = [_t("AccessLogCheck", "Entries checked: {count}.").format(count=result.entries)]
    if result.signed_seq is not None:
        lines.append(
            _t("AccessLogCheck", "Signed on this computer up to entry No. {seq}.").format(seq=result.signed_seq)
        )
    if result.countersigned_seq is not None:
        lines.append(
            _t("AccessLogCheck", "Confirmed by the central records up to entry No. {seq}.").format(
                seq=result.countersigned_seq
            )
        )
    else:
        lines.append(_t("AccessLogCheck", "Not yet confirmed by the central records (confirmed at each sync)."))
    return "\n".join(lines)


def finding_lines(finding: Finding) -> str:
    """The entry a finding names (if it still exists) and the reason, for the list and the CLI."""
    reason = finding_text(finding)
    if finding.entry is not None:
        return f"{entry_text(finding.entry)}\n{reason}"
    if finding.seq is not None:
        return _t("AccessLogCheck", "No. {seq}").format(seq=finding.seq) + f"\n{reason}"
    return reason
