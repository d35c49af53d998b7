"""Passphrase strength rules for new profiles and passphrase changes."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn  # type: ignore[import-untyped]

from sopiva_desk.domain.issues import Issue

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable", ~10^8 guesses offline with a slow hash


@dataclass(frozen=True)
class Strength:
    """Score 0–4 and the message keys of the advice to show."""

    score: int
    acceptable: bool
    feedback: tuple[str, ...]


def assess(passphrase: str, *, user_inputs: tuple[str, ...] = ()) -> Strength:
    """Rate a passphrase; ``user_inputs`` (e.g. the profile name) count as easy to guess."""
    if not passphrase:
        return Strength(0, False, ("passphrase.empty",))
    # zxcvbn refuses input longer than 72 characters; the first 72 decide the rating.
    result = zxcvbn(passphrase[:72], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    feedback: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        feedback.append("passphrase.too_short")
    if score < MIN_SCORE:
        feedback.append("passphrase.weak")
    return Strength(score, not feedback, tuple(feedback))


def check_new(passphrase: str, repeated: str, *, user_inputs: tuple[str, ...] = ()) -> list[Issue]:
    """Issues for the first-run and change-passphrase forms."""
    issues = [Issue("passphrase", key) for key in assess(passphrase, user_inputs=user_inputs).feedback]
    if passphrase != repeated:
        issues.append(Issue("repeat", "passphrase.mismatch"))
    return issues
