from sopiva_desk.domain import passphrase
from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.unlock_policy import MAX_DELAY_S, delay_after


def test_strong_passphrase_is_accepted() -> None:
    assert passphrase.assess("kettle lake autumn train").acceptable


def test_short_and_common_passphrases_are_refused() -> None:
    assert "passphrase.too_short" in passphrase.assess("Ab1!x").feedback
    assert "passphrase.weak" in passphrase.assess("password1234").feedback


def test_profile_name_counts_as_guessable() -> None:
    plain = passphrase.assess("aino virtanen 1")
    with_name = passphrase.assess("aino virtanen 1", user_inputs=("Aino Virtanen",))
    assert with_name.score <= plain.score


def test_mismatch_is_reported_on_the_repeat_field() -> None:
    assert passphrase.check_new("kettle lake autumn train", "kettle lake") == [Issue("repeat", "passphrase.mismatch")]


def test_unlock_delay_grows_and_is_capped() -> None:
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 5, 10, 20, 40]
    assert delay_after(50) == MAX_DELAY_S
