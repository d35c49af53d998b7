"""How long to make someone wait after wrong passphrases (slows guessing at the keyboard)."""

from __future__ import annotations

FREE_ATTEMPTS = 3
FIRST_DELAY_S = 5
MAX_DELAY_S = 300


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` consecutive wrong ones.

    3 → 5 s, 4 → 10 s, 5 → 20 s … doubling up to 5 minutes.
    """
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))
