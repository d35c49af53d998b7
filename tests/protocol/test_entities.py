"""The protocol's entity list matches the laptop's tables, and paths flatten and come back."""

from __future__ import annotations

import pytest

from sopiva_desk.protocol import entities
from sopiva_desk.protocol.entities import apply_paths, group_closure, paths_of, unflatten
from sopiva_desk.store import models


@pytest.mark.parametrize("name", sorted(entities.ENTITIES))
def test_every_entity_names_exactly_the_laptops_columns(name: str) -> None:
    table = models.Base.metadata.tables[name]
    laptop = {column.name for column in table.columns} - {"revision"}
    assert entities.entity(name).columns == laptop


def test_history_entities_are_append_only_and_synced_ones_are_not() -> None:
    assert set(entities.HISTORY) == {"assessment_change", "decision_session_change", "client_plan_change",
                                     "personal_budget_change", "plan_review_change"}
    assert all(not entities.entity(name).append_only for name in entities.SYNCED)


def test_every_group_names_real_columns_and_deletion_is_a_group_everywhere() -> None:
    for name in entities.SYNCED:
        spec = entities.entity(name)
        assert ("deleted_at", "deleted_by") in spec.groups
        for group in spec.groups:
            assert set(group) <= spec.columns, (name, group)


def test_object_columns_flatten_one_level_and_come_back() -> None:
    data = {"id": "a", "answers": {"mobility.walks": {"score": 2}, "notes/extra": "x"}, "status": "draft"}
    paths = paths_of("assessment", data)
    assert paths == {"id": "a", "answers/mobility.walks": {"score": 2}, "answers/notes/extra": "x",
                     "status": "draft"}
    assert unflatten("assessment", paths) == data


def test_lists_and_non_object_columns_stay_whole() -> None:
    data = {"lines": [{"code": "a"}], "period_start": "2026-01-01"}
    assert paths_of("personal_budget", data) == data


def test_apply_paths_copies_object_columns_instead_of_sharing_them() -> None:
    data = {"content": {"goals": ["a"], "wishes": "b"}}
    changed = apply_paths("client_plan", data, {"content/goals": ["c"]})
    assert changed == {"content": {"goals": ["c"], "wishes": "b"}}
    assert data == {"content": {"goals": ["a"], "wishes": "b"}}


def test_group_closure_adds_the_rest_of_each_touched_group() -> None:
    assert group_closure("client", {"postal_code", "phone"}) == {"street_address", "postal_code", "post_office",
                                                                 "phone"}


def test_known_paths() -> None:
    client = entities.entity("client")
    assert client.is_known_path("last_name")
    assert not client.is_known_path("last_name/x")
    assert not client.is_known_path("shoe_size")
    assert entities.entity("client_plan").is_known_path("content/goals")
    assert not entities.entity("client_plan").is_known_path("content/")
