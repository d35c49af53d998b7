"""Pictogram search: ranking, case and accents, falling back to other languages, empty query."""

from __future__ import annotations

import pytest

from sopiva_desk.domain.pictograms import Pictogram, fold, normalize_hexcode, search


def picto(pid: str, fi: list[str], sv: list[str], en: list[str]) -> Pictogram:
    return Pictogram(
        id=pid, hexcode="1F600", category="test",
        labels={"fi": fi[0], "sv": sv[0], "en": en[0]},
        keywords={"fi": tuple(fi[1:]), "sv": tuple(sv[1:]), "en": tuple(en[1:])},
    )


CATALOGUE = [
    picto("guide_dog", ["opaskoira", "koira"], ["ledarhund", "hund"], ["guide dog", "dog"]),
    picto("pet", ["lemmikki", "koira", "kissa"], ["husdjur", "hund"], ["pet", "dog", "cat"]),
    picto("dog_walk", ["koiralenkki"], ["hundpromenad"], ["dog walk"]),
    picto("dog", ["koira"], ["hund"], ["dog"]),
    picto("family", ["perhe", "äiti", "isä"], ["familj", "mamma"], ["family", "mother"]),
    picto("happy", ["iloinen", "hyvä mieli"], ["glad", "gott humör"], ["happy", "good mood"]),
    picto("money", ["raha", "raha-asiat"], ["pengar", "ekonomi"], ["money", "finances"]),
]


def ids(found: list[Pictogram]) -> list[str]:
    return [p.id for p in found]


def test_ranking_exact_label_then_label_prefix_then_keyword_prefix_then_substring() -> None:
    assert ids(search(CATALOGUE, "koira", "fi")) == [
        "dog",  # exact label
        "dog_walk",  # the label starts with it
        "guide_dog", "pet",  # a keyword starts with it; equals keep the catalogue order
    ]


def test_substring_ranks_last() -> None:
    # "skoi" only occurs inside "opaskoira".
    assert ids(search(CATALOGUE, "skoi", "fi")) == ["guide_dog"]
    assert ids(search(CATALOGUE, "oira", "fi")) == ["guide_dog", "pet", "dog_walk", "dog"]


def test_a_word_inside_a_label_or_keyword_counts_as_a_prefix() -> None:
    assert ids(search(CATALOGUE, "mieli", "fi")) == ["happy"]
    assert ids(search(CATALOGUE, "asiat", "fi")) == ["money"]


@pytest.mark.parametrize("query", ["KOIRA", "Koira", "  koira ", "kóira"])
def test_case_accents_and_spaces_do_not_matter(query: str) -> None:
    assert ids(search(CATALOGUE, query, "fi"))[0] == "dog"


def test_finnish_letters_fold_so_a_plain_keyboard_finds_them() -> None:
    assert ids(search(CATALOGUE, "aiti", "fi")) == ["family"]
    assert ids(search(CATALOGUE, "ÄITI", "fi")) == ["family"]
    assert ids(search(CATALOGUE, "humor", "sv")) == ["happy"]
    assert ids(search(CATALOGUE, "raha asiat", "fi")) == ["money"]


def test_other_languages_are_searched_only_when_the_given_one_has_no_match() -> None:
    # "dog" means nothing in Finnish, so every language is searched; "guide dog" has a word starting
    # with it, which ranks like a label prefix.
    assert ids(search(CATALOGUE, "dog", "fi")) == ["dog", "guide_dog", "dog_walk", "pet"]
    assert ids(search(CATALOGUE, "pet", "fi")) == ["pet"]
    assert ids(search(CATALOGUE, "raha", "sv")) == ["money"]
    assert ids(search(CATALOGUE, "mamma", "en")) == ["family"]


def test_a_match_in_the_given_language_hides_other_languages() -> None:
    # "pe" starts the Finnish "perhe", so the English "pet" is not offered in the Finnish UI.
    assert ids(search(CATALOGUE, "pe", "fi")) == ["family"]
    assert ids(search(CATALOGUE, "pe", "en")) == ["pet"]
    assert ids(search(CATALOGUE, "glad", "sv")) == ["happy"]


def test_unknown_language_searches_every_language() -> None:
    assert ids(search(CATALOGUE, "koira", "de")) == ["dog", "dog_walk", "guide_dog", "pet"]


@pytest.mark.parametrize("query", ["", "   ", "-", "!?"])
def test_empty_query_returns_everything_in_catalogue_order(query: str) -> None:
    assert ids(search(CATALOGUE, query, "fi")) == ids(CATALOGUE)


def test_no_match_anywhere_is_empty() -> None:
    assert search(CATALOGUE, "xyzzy", "fi") == []


def test_fold() -> None:
    assert fold("Äiti") == "aiti"
    assert fold("Raha-asiat") == "raha asiat"
    assert fold("  Hyvä   MIELI ") == "hyva mieli"
    assert fold("Mor- och farföräldrar") == "mor och farforaldrar"


def test_labels_fall_back_to_finnish() -> None:
    pictogram = CATALOGUE[0]
    assert pictogram.label("sv") == "ledarhund"
    assert pictogram.label("de") == "opaskoira"


def test_pictograms_are_hashable_values() -> None:
    assert len({CATALOGUE[0], CATALOGUE[0], CATALOGUE[1]}) == 2


@pytest.mark.parametrize(("given", "expected"), [
    ("1f3e0", "1F3E0"), (" 1F469-200D-1F9B0 ", "1F469-200D-1F9B0"), ("E083", "E083"),
    ("../../etc/passwd", None), ("1F3E0.svg", None), ("", None), ("12", None), ("1F3E0-", None),
])
def test_normalize_hexcode_accepts_only_hexcodes(given: str, expected: str | None) -> None:
    assert normalize_hexcode(given) == expected
