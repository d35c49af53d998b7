"""The caseload's rows as columns and its search index: bulk folding, search texts, and a search
that narrows from earlier answers finding exactly what a search over every row finds."""

from __future__ import annotations

import random
import uuid
from datetime import date

from sopiva_desk.gui.models.caseload_index import CaseloadIndex
from sopiva_desk.gui.models.caseload_rows import (
    CaseloadRows,
    Column,
    born_text,
    finnish_key,
    fold,
    fold_all,
    name_key,
    name_keys,
    order_by,
    prepare_caseload,
    rows_of,
    search_terms,
)
from sopiva_desk.services.clients import CaseloadColumns, CaseloadRow
from tests.gui.test_caseload import sample_rows

LAST = ["Virtanen", "Mäkelä", "Hämäläinen", "Sjöberg", "Öhman", "Åberg", "Müller", "Laine", "Korhonen"]
FIRST = ["Aino", "Väinö", "Åsa", "José", "Eino Ilmari", "Päivi", "Björn"]
PLACES = ["491", "740", "905", "178", "623", "xyz"]


def random_rows(rnd: random.Random, n: int) -> list[CaseloadRow]:
    return [CaseloadRow(uuid.UUID(int=rnd.getrandbits(128)), rnd.choice(LAST), rnd.choice(FIRST),
                        rnd.choice([f"{rnd.randrange(10**6):06d}-{rnd.randrange(10**3):03d}X",
                                    f"TMP-{rnd.randrange(10**4):04d}", ""]),
                        rnd.choice([None, date(1950 + rnd.randrange(60), 1 + rnd.randrange(12),
                                               1 + rnd.randrange(28))]),
                        rnd.choice(PLACES), rnd.choice(["new", "active", "paused", "closed"]),
                        rnd.choice(["", "Liisa", "Åke"]))
            for _ in range(n)]


def test_bulk_folding_is_the_same_as_one_text_at_a_time() -> None:
    texts = ["José Müller", "Sjöström", "ÅSA ÖHMAN", "Ærø", "", "naïve café", "straße", "Ça\x00va"] * 2000
    assert fold_all(texts) == [fold(t) for t in texts]  # across chunks, and a separator inside a text
    names = ["Öhman", "Åberg", "Zeta", "Ääri", "Ça\x00va"]
    assert fold_all(names, sort_keys=True) == [finnish_key(t) for t in names]
    assert sorted(names, key=finnish_key) == ["Ça\x00va", "Zeta", "Åberg", "Ääri", "Öhman"]
    assert search_terms("  José  SJÖ ") == ["jose", "sjö"]


def test_rows_keep_the_stored_texts_and_search_the_shown_ones() -> None:
    assert (born_text("1952-10-13"), born_text("2003-02-01"), born_text("")) == ("13.10.1952", "1.2.2003", "")
    row = CaseloadRow(uuid.uuid4(), "Virtanen", "Aino", "131052A308T", date(1952, 10, 13), "740", "new", "Åke")
    rows = rows_of(CaseloadColumns.of([row]))
    assert rows.ids == [row.id.hex] and rows.birth_dates == ["1952-10-13"]
    text = rows.haystacks[0]
    for found in ("virtanen", "aino", "131052a308t", "131052308t", "13.10.1952", "savonlinna", "nyslott"):
        assert found in text
    assert "åke" not in text  # the own worker is a filter, not a search
    temporary = rows_of(CaseloadColumns.of([CaseloadRow(uuid.uuid4(), "A", "B", "TMP-7K3M-Q9XD", None, "491",
                                                        "new", "")])).haystacks[0]
    assert "tmp7k3mq9xd" in temporary and "tmp-7k3m-q9xd" in temporary


def test_prepared_rows_are_sorted_the_same_from_rows_or_columns() -> None:
    rows = random_rows(random.Random(5), 300)
    for column in Column:
        for descending in (False, True):
            from_rows = prepare_caseload(rows, "fi", column, descending).rows
            from_columns = prepare_caseload(CaseloadColumns.of(rows), "fi", column, descending).rows
            assert from_rows == from_columns
            assert len(set(from_rows.ids)) == len(rows)
    table = rows_of(CaseloadColumns.of(rows))
    assert name_keys(table) == [name_key(table, i) for i in range(len(table))]
    by_name = [table.last_names[i] for i in order_by(table, Column.NAME, False, "fi")]
    assert by_name == sorted(by_name, key=finnish_key)


def brute_force(rows: CaseloadRows, terms: tuple[str, ...], place: str | None, status: str | None,
                worker: str | None, sync: str | None = None) -> list[int]:
    return [i for i in range(len(rows))
            if all(t in rows.haystacks[i] for t in terms)
            and place in (None, rows.municipality_codes[i]) and status in (None, rows.statuses[i])
            and worker in (None, rows.own_workers[i]) and sync in (None, rows.sync_states[i])]


def random_states(rnd: random.Random, n: int) -> list[str]:
    return [rnd.choice(["local", "synced", "synced", "changed", "conflict"]) for _ in range(n)]


def test_narrowing_finds_what_a_search_of_every_row_finds() -> None:
    """Typing, deleting, several words, filters and changed rows in random order: the index's
    answer (narrowed from kept answers) is always the plain one."""
    rnd = random.Random(12)
    rows = rows_of(CaseloadColumns.of(random_rows(rnd, 400)), random_states(rnd, 400))
    index = CaseloadIndex(rows)
    text = ""
    for step in range(600):
        choice = rnd.random()
        if choice < 0.5:
            text += rnd.choice("aeinorstvkäöå1 -.")
        elif choice < 0.75:
            text = text[:-1]
        elif choice < 0.8:
            text = rnd.choice(["vir", "aino mäk", "1952", "nyslott", "", "sjö ber"])
        elif choice < 0.85:  # a row changes: every kept answer is forgotten
            i = rnd.randrange(len(rows))
            rows.replace(i, rows_of(CaseloadColumns.of(random_rows(rnd, 1)), random_states(rnd, 1)))
            index.forget()
        filters = (rnd.choice([None, None, "491", "740"]), rnd.choice([None, None, "active"]),
                   rnd.choice([None, None, "Liisa"]), rnd.choice([None, None, "synced", "conflict"]))
        terms = tuple(search_terms(text))
        assert list(index.matching(terms, filters)) == brute_force(rows, terms, *filters), (step, text, filters)


def test_a_longer_search_looks_only_among_the_rows_of_the_shorter_one() -> None:
    rows = rows_of(CaseloadColumns.of(sample_rows()))
    index = CaseloadIndex(rows)
    asked: list[str] = []

    class Spy(list[str]):
        def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
            asked.append(i)
            return super().__getitem__(i)

    everyone = index.matching(("v",), (None, None, None, None))
    rows.haystacks = Spy(rows.haystacks)
    found = index.matching(("vi",), (None, None, None, None))
    assert sorted(asked) == list(everyone)  # only the rows "v" matched were looked at
    assert list(found) == brute_force(rows, ("vi",), None, None, None)
    asked.clear()
    assert index.matching(("vi",), (None, None, None, None)) == found and asked == []  # kept: not searched again
