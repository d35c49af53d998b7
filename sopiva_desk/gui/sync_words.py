"""Sync in words: how long since the last sync, a failure's message with readable times, and why
the central records refused a change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from sopiva_desk.gui.access_log_words import AccessLogWords
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import has_message, message
from sopiva_desk.protocol import wire
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.sync.status import SyncStatus

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def clock_time(moment: dt.datetime) -> str:
    """9.05 — as Finns and Finland-Swedes write a time."""
    return f"{moment.hour}.{moment.minute:02d}"


def local_moment(moment: dt.datetime) -> str:
    """7.12.2026 9.05 in this computer's time zone."""
    local = moment.astimezone()
    return f"{format_date(local.date())} {clock_time(local)}"


def last_sync_text(status: SyncStatus, now: dt.datetime) -> str:
    if not status.enrolled:
        return _t("SyncStatus", "Not enrolled")
    if status.revoked:
        return _t("SyncStatus", "Sync stopped")
    if status.last_sync_at is None:
        return _t("SyncStatus", "Never synced")
    minutes = int((now - status.last_sync_at).total_seconds() // 60)
    local, today = status.last_sync_at.astimezone(), now.astimezone().date()
    if minutes < 1:
        return _t("SyncStatus", "Synced just now")
    if minutes < 60:
        return _t("SyncStatus", "Synced {minutes} min ago").format(minutes=minutes)
    if local.date() == today:
        return _t("SyncStatus", "Synced today at {time}").format(time=clock_time(local))
    if local.date() == today - dt.timedelta(days=1):
        return _t("SyncStatus", "Synced yesterday at {time}").format(time=clock_time(local))
    return _t("SyncStatus", "Synced on {date}").format(date=format_date(local.date()))


def failure_text(error: KnownError) -> str:
    """The translated message of a sync failure; the times of a clock-skew refusal as local times."""
    params = dict(error.params)
    for name in ("server_time", "device_time"):
        value = params.get(name)
        if isinstance(value, str) and value:
            try:
                params[name] = local_moment(wire.parse_datetime(value))
            except ValueError:
                pass  # shown as the server wrote it
    if error.key == "sync.refused":
        params["detail"] = refusal_detail(params)
    return message(error.key, params)


def refusal_detail(params: dict[str, object]) -> str:
    """What IT support needs of a refusal: the status, the server's code and its own words (as the
    server wrote them, untranslated; they name no client)."""
    detail = f"HTTP {params.get('status') or '?'}"
    if params.get("code"):
        detail += f" {params['code']}"
    if params.get("message"):
        detail += f": {params['message']}"
    return detail


def _log_break_reason(reason: str) -> str:
    reasons = {
        "edited": _t("SyncWords", "an entry has been changed or its time moved"),
        "unlinked": _t("SyncWords", "an entry has been removed, added or moved"),
        "head_mismatch": _t("SyncWords", "the log has been cut short or rewritten"),
        "key_changed": _t("SyncWords", "the log is signed with another key than before"),
        "head_signature": _t("SyncWords", "the log's signature does not hold"),
        "changed_after_push": _t("SyncWords", "an entry already sent to the central records has been changed"),
        "listing_members": _t("SyncWords", "the clients named by a listing have been changed"),
    }
    return reasons.get(reason, reason or "?")


def log_break_text(broken: dict[str, object]) -> str:
    """The server found this computer's access log altered (SyncReport.log_break), in words."""
    reason = _log_break_reason(str(broken.get("reason") or ""))
    seq = broken.get("seq")
    if seq is None:
        text = _t("SyncWords", "The central records found this computer's access log altered: {reason}.").format(
            reason=reason)
    else:
        text = _t("SyncWords", "The central records found this computer's access log altered at entry {seq}: "
                               "{reason}.").format(seq=seq, reason=reason)
    return text + " " + _t("SyncWords", "The administrator has been told. Your own work is kept; entries after "
                                        "this point are kept by the central records but not confirmed.")


def countersignature_problem_text(problem: str) -> str:
    if problem == "server_key_changed":
        return _t("SyncWords", "The central records confirmed the access log with another key than before, so "
                               "the confirmation was not kept. Tell your IT support.")
    return _t("SyncWords", "The central records' confirmation of the access log did not hold, so it was not "
                           "kept. Tell your IT support.")




def record_kind(entity: str, language: str) -> str:
    """"Client plan", "Visit" … for an entity of the sync protocol."""
    if entity == "payment_commitment":
        return _t("SyncWords", "Payment commitment")
    if entity == "realised_use":
        return _t("SyncWords", "Realised use")
    if entity.endswith("_change"):
        return _t("SyncWords", "{record}: change history").format(
            record=record_kind(entity.removesuffix("_change"), language))
    return AccessLogWords({}, language).record(entity, None)


def refusal_text(reason: str) -> str:
    key = f"sync.rejected.{reason}"
    return message(key) if has_message(key) else message("sync.rejected.other", {"reason": reason or "?"})
