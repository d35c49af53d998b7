"""The caseload figures of ``make bench`` (10,000 clients): search as the counsellor sees it, and
the caseload shown after unlock.

Measured by ``bench.caseload_scale`` (see there): a real ``CaseloadPage`` over the encrypted store
(built once and cached), shown offscreen at 1366 × 768; a keystroke is timed from the key event
until the list has repainted, the debounce delay included; each run is a fresh process.
``make bench-scale`` runs the same at 100,000 clients.
"""

from __future__ import annotations

from typing import Any

from bench import caseload_scale
from bench.caseload_scale import Progress, keystrokes

__all__ = ["keystrokes", "run"]


def _quiet(_step: str) -> None:
    pass


def run(n_clients: int = 10_000, repeats: int = 160, *, runs: int = 3, progress: Progress = _quiet) -> dict[str, Any]:
    """``runs`` processes typing ``repeats`` keystrokes each; ``p50``/``p95`` in ms per keystroke as
    seen (all runs' keystrokes together), ``shown`` the caseload's load until painted, and more
    (see ``caseload_scale.run``)."""
    return caseload_scale.run(n_clients, runs=runs, n_keys=repeats, progress=progress)
