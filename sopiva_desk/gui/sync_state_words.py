"""A record's sync state in words and an icon (never colour alone), with a tooltip saying why.

The states come from ``services/sync/record_state.py``; the caseload column, the client file
header and the record pages all show them through here, so they read the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from sopiva_desk.domain.sync_state import RecordSyncState, SyncState

CONTEXT = "SyncState"
_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

_LABELS = {
    SyncState.LOCAL_ONLY.value: QT_TRANSLATE_NOOP("SyncState", "Local only"),
    SyncState.SYNCED.value: QT_TRANSLATE_NOOP("SyncState", "Synced"),
    SyncState.CHANGED.value: QT_TRANSLATE_NOOP("SyncState", "Changed since sync"),
    SyncState.CONFLICT.value: QT_TRANSLATE_NOOP("SyncState", "In conflict"),
}
_ICONS = {
    SyncState.LOCAL_ONLY.value: QStyle.StandardPixmap.SP_ComputerIcon,
    SyncState.SYNCED.value: QStyle.StandardPixmap.SP_DialogApplyButton,
    SyncState.CHANGED.value: QStyle.StandardPixmap.SP_ArrowUp,
    SyncState.CONFLICT.value: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
_HEADER = QT_TRANSLATE_NOOP("SyncState", "Sync")
_icon_cache: dict[str, QIcon] = {}  # made on the GUI thread when first painted


def sync_column_header() -> str:
    """The heading of a list's sync-state column (the caseload's and the client file's lists)."""
    return _t(CONTEXT, _HEADER)


def sync_column_width(metrics: QFontMetrics, states: Iterable[str] | None = None) -> int:
    """Wide enough for the heading and the longest of ``states`` (all by default) with its icon, in
    the language in use: a list sized for the states it shows leaves its other columns room."""
    icon = metrics.height() + 8  # the icon and the gap after it
    words = max((metrics.horizontalAdvance(sync_state_label(state)) for state in (_LABELS if states is None else states)
                 if state in _LABELS), default=0)
    return max(icon + words, metrics.horizontalAdvance(sync_column_header()) + 8) + 8  # cell and header margins


def sync_state_label(state: str) -> str:
    """"Synced", "Local only" …; "" for "" (the profile does not sync)."""
    source = _LABELS.get(state)
    return _t(CONTEXT, source) if source else ""


def sync_state_icon(state: str) -> QIcon | None:
    icon = _icon_cache.get(state)
    if icon is None and state in _ICONS:
        icon = _icon_cache[state] = QApplication.style().standardIcon(_ICONS[state])
    return icon


def filter_choices() -> list[tuple[str, str]]:
    """(label, state) for the caseload's sync filter, in the order a case goes through them."""
    return [(sync_state_label(state.value), state.value) for state in
            (SyncState.LOCAL_ONLY, SyncState.SYNCED, SyncState.CHANGED, SyncState.CONFLICT)]


def sync_state_tooltip(found: RecordSyncState | None, *, client: bool = True) -> str:
    """What makes the state, in a sentence or two: "3 changes waiting to be sent." …"""
    if found is None:
        return ""
    if found.state == SyncState.SYNCED:
        return (_t("SyncState", "Everything of this client is on the central records server.") if client
                else _t("SyncState", "This record is on the central records server as it is here."))
    parts: list[str] = []
    if found.state == SyncState.LOCAL_ONLY:
        parts.append(_t("SyncState", "Only on this computer: not yet sent to the central records server.") if client
                     else _t("SyncState", "This record is only on this computer: not yet sent to the central "
                                          "records server."))
    # "Label: n" rather than "%n change(s)": lupdate gives translate() no plural forms.
    if found.conflicts:
        parts.append(_t("SyncState", "Conflicts waiting for someone to decide: {count}").format(count=found.conflicts))
    if found.pending:
        parts.append(_t("SyncState", "Changes waiting to be sent: {count}").format(count=found.pending))
    if found.rejected:
        parts.append(_t("SyncState", "Changes refused by the server: {count} (see the sync report)").format(
            count=found.rejected))
    return "\n".join(parts)
