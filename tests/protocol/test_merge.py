"""The three-way group merge: examples of each rule, then hypothesis properties of all of them."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sopiva_desk.protocol.entities import apply_paths, paths_of
from sopiva_desk.protocol.merge import merge_mutation, merge_pulled, same_value

RECORD = {"id": "c1", "first_names": "Aino", "last_name": "Virta", "phone": "040 1",
          "street_address": "Kuja 1", "postal_code": "00100", "post_office": "Helsinki",
          "deleted_at": None, "deleted_by": None}


def test_a_create_of_a_new_record_is_applied_whole() -> None:
    result = merge_mutation("client", None, {}, 0, 0, RECORD, None)
    assert result.outcome == "applied"
    assert result.applied == RECORD


def test_a_field_nobody_else_changed_is_applied() -> None:
    revs = dict.fromkeys(RECORD, 1)
    result = merge_mutation("client", RECORD, revs, 1, 1, {"phone": "040 2"}, {"phone": "040 1"})
    assert result.outcome == "applied"
    assert result.applied == {"phone": "040 2"}


def test_a_field_changed_by_the_server_since_base_to_another_value_is_a_conflict_with_both_values() -> None:
    server = dict(RECORD, phone="040 9")
    revs = dict(dict.fromkeys(RECORD, 1), phone=2)
    result = merge_mutation("client", server, revs, 2, 1, {"phone": "040 2", "last_name": "Koski"},
                            {"phone": "040 1", "last_name": "Virta"})
    assert result.outcome == "conflict"
    assert result.conflict_fields == {"phone": {"base": "040 1", "server": "040 9", "device": "040 2"}}
    assert result.applied == {"last_name": "Koski"}  # the other group still applies


def test_the_same_new_value_on_both_sides_is_a_no_op_and_the_outcome_is_merged() -> None:
    server = dict(RECORD, phone="040 2")
    revs = dict(dict.fromkeys(RECORD, 1), phone=2)
    result = merge_mutation("client", server, revs, 2, 1, {"phone": "040 2"}, {"phone": "040 1"})
    assert result.outcome == "merged"
    assert result.applied == {}
    assert [d.action for d in result.decisions] == ["noop"]


def test_other_changes_since_base_make_the_outcome_merged() -> None:
    server = dict(RECORD, last_name="Koski")
    revs = dict(dict.fromkeys(RECORD, 1), last_name=2)
    result = merge_mutation("client", server, revs, 2, 1, {"phone": "040 2"}, {"phone": "040 1"})
    assert result.outcome == "merged"
    assert result.applied == {"phone": "040 2"}


def test_an_address_conflicts_as_a_group_when_the_server_changed_another_part_of_it() -> None:
    server = dict(RECORD, postal_code="00200")
    revs = dict(dict.fromkeys(RECORD, 1), postal_code=2)
    result = merge_mutation("client", server, revs, 2, 1, {"street_address": "Tie 5"},
                            {"street_address": "Kuja 1", "postal_code": "00100", "post_office": "Helsinki"})
    assert result.outcome == "conflict"
    assert result.applied == {}
    assert result.conflict_fields["street_address"] == {"base": "Kuja 1", "server": "Kuja 1", "device": "Tie 5"}
    assert result.conflict_fields["postal_code"] == {"base": "00100", "server": "00200", "device": "00100"}
    assert set(result.conflict_fields) == {"street_address", "postal_code", "post_office"}


def test_a_server_change_back_to_the_base_value_does_not_block_the_device() -> None:
    revs = dict(dict.fromkeys(RECORD, 1), phone=3)  # changed away and back
    result = merge_mutation("client", RECORD, revs, 3, 1, {"phone": "040 2"}, {"phone": "040 1"})
    assert result.outcome == "merged"
    assert result.applied == {"phone": "040 2"}


def test_a_create_of_an_existing_id_is_a_no_op_when_identical_and_a_conflict_when_not() -> None:
    revs = dict.fromkeys(RECORD, 1)
    assert merge_mutation("client", RECORD, revs, 1, 0, RECORD, {}).applied == {}
    other = merge_mutation("client", RECORD, revs, 1, 0, dict(RECORD, phone="050"), {})
    assert other.outcome == "conflict"
    assert other.conflict_fields["phone"] == {"base": None, "server": "040 1", "device": "050"}


def test_object_column_keys_merge_separately() -> None:
    server = {"id": "p", "content": {"goals": ["a"], "wishes": "w2"}}
    revs = {"id": 1, "content/goals": 1, "content/wishes": 2}
    result = merge_mutation("client_plan", server, revs, 2, 1, {"content/goals": ["b"]}, {"content/goals": ["a"]})
    assert result.outcome == "merged"
    assert apply_paths("client_plan", server, result.applied) == {"id": "p", "content": {"goals": ["b"],
                                                                                          "wishes": "w2"}}


def test_stamps_are_never_merged() -> None:
    revs = dict.fromkeys(RECORD, 1)
    result = merge_mutation("client", RECORD, revs, 1, 1, {"updated_at": "x", "updated_by": "y"}, {})
    assert result.decisions == ()
    assert result.applied == {}


def test_json_equality_keeps_true_and_one_apart() -> None:
    assert same_value(1, 1.0)
    assert not same_value(True, 1)
    assert not same_value(None, "")
    assert same_value({"a": [1, 2]}, {"a": [1.0, 2]})


def test_a_pulled_record_keeps_the_pending_paths_and_their_groups_local() -> None:
    local = dict(RECORD, phone="local", street_address="Local 1")
    incoming = dict(RECORD, phone="server", last_name="Server", postal_code="00999")
    merged = merge_pulled("client", local, incoming, {"phone", "street_address"})
    assert merged["phone"] == "local"
    assert merged["last_name"] == "Server"
    # The address group stays whole as the laptop has it: its push applies or conflicts as a group.
    assert (merged["street_address"], merged["postal_code"]) == ("Local 1", "00100")


def test_a_pulled_record_keeps_pending_keys_of_object_columns() -> None:
    local = {"id": "p", "content": {"goals": ["mine"], "wishes": "old"}}
    incoming = {"id": "p", "content": {"goals": ["theirs"], "wishes": "new"}}
    merged = merge_pulled("client_plan", local, incoming, {"content/goals"})
    assert merged == {"id": "p", "content": {"goals": ["mine"], "wishes": "new"}}


# --- properties -------------------------------------------------------------------------------

FIELDS = ("first_names", "last_name", "phone", "street_address", "postal_code", "post_office")
values = st.sampled_from(["a", "b", "c", ""])


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    """A base record, server edits since base, and one device mutation over the same base."""
    base_rev = draw(st.integers(min_value=1, max_value=3))
    base = {field: draw(values) for field in FIELDS}
    server = dict(base)
    revs = dict.fromkeys(FIELDS, base_rev)
    revision = base_rev
    for field in draw(st.lists(st.sampled_from(FIELDS), max_size=4)):
        revision += 1
        server[field] = draw(values)
        revs[field] = revision
    device_fields = draw(st.sets(st.sampled_from(FIELDS), min_size=1))
    changed = {field: draw(values) for field in device_fields}
    return {"base_rev": base_rev, "base": base, "server": server, "revs": revs, "revision": revision,
            "changed": changed, "mutation_base": {f: base[f] for f in FIELDS}}


def _merge(s: dict[str, Any]):  # type: ignore[no-untyped-def]
    return merge_mutation("client", s["server"], s["revs"], s["revision"], s["base_rev"], s["changed"],
                          s["mutation_base"])


def _apply(s: dict[str, Any], result) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return apply_paths("client", s["server"], result.applied)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_applying_a_mutation_twice_is_the_same_as_once(s: dict[str, Any]) -> None:
    first = _merge(s)
    after = _apply(s, first)
    revs = dict(s["revs"])
    revision = s["revision"] + (1 if first.applied else 0)
    revs.update(dict.fromkeys(first.applied, revision))
    second = merge_mutation("client", after, revs, revision, s["base_rev"], s["changed"], s["mutation_base"])
    assert _apply({"server": after}, second) == after


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_a_field_changed_only_by_the_device_ends_with_the_devices_value(s: dict[str, Any]) -> None:
    result = _merge(s)
    after = _apply(s, result)
    server_changed = {f for f in FIELDS if s["revs"][f] > s["base_rev"] and s["server"][f] != s["base"][f]}
    for field, value in s["changed"].items():
        group = _group(field)
        if not (group & server_changed):
            assert after[field] == value


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_a_field_changed_only_by_the_server_keeps_the_servers_value(s: dict[str, Any]) -> None:
    after = _apply(s, _merge(s))
    for field in FIELDS:
        if field not in s["changed"]:
            assert after[field] == s["server"][field]


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_nothing_is_lost_every_device_value_is_applied_equal_or_in_the_conflict(s: dict[str, Any]) -> None:
    result = _merge(s)
    after = _apply(s, result)
    for field, value in s["changed"].items():
        kept = after[field] == value or result.conflict_fields.get(field, {}).get("device") == value
        assert kept, field
        if field in result.conflict_fields:  # both sides' values are in the record
            assert result.conflict_fields[field]["server"] == s["server"][field]
            assert after[field] == s["server"][field]


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_groups_are_all_or_nothing(s: dict[str, Any]) -> None:
    result = _merge(s)
    for decision in result.decisions:
        touched = {p for p in decision.paths if p in s["changed"]}
        applied = touched & set(result.applied)
        assert applied in (set(), touched)
        if decision.action == "apply":
            assert applied == touched
        else:
            assert applied == set()
        if decision.action == "conflict":
            assert set(decision.paths) <= set(result.conflict_fields)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_the_outcome_matches_the_decisions(s: dict[str, Any]) -> None:
    result = _merge(s)
    actions = {d.action for d in result.decisions}
    if "conflict" in actions:
        assert result.outcome == "conflict"
    elif actions == {"apply"} and s["revision"] == s["base_rev"]:
        assert result.outcome == "applied"
    else:
        assert result.outcome == "merged"


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), values), st.dictionaries(st.sampled_from(FIELDS), values),
       st.sets(st.sampled_from(FIELDS)))
def test_a_pull_never_overwrites_a_pending_path(local: dict[str, str], incoming: dict[str, str],
                                                pending: set[str]) -> None:
    merged = merge_pulled("client", local, incoming, pending)
    for field in pending:
        if field in local:
            assert merged[field] == local[field]
    for field, value in incoming.items():
        if field not in pending and not (_group(field) & pending):
            assert merged[field] == value


def test_paths_round_trip_for_every_object_column_entity() -> None:
    for name, column in (("assessment", "answers"), ("decision_session", "content"), ("client_plan", "content")):
        data = {"id": "x", column: {"k1": 1, "k2": [1]}}
        assert apply_paths(name, {}, paths_of(name, data)) == data


def _group(field: str) -> set[str]:
    from sopiva_desk.protocol.entities import entity

    return set(entity("client").group_of(field))


BUDGET_LINE = {"id": "l1", "service_code": "sd-personal-assistance", "quantity": "100", "unit": "hour",
               "unit_price_cents": 3350, "arranging_method": "payment_commitment"}
BUDGET = {"id": "b1", "client_id": "c1", "state": "draft", "lines": [BUDGET_LINE], "allocation_cents": 335000,
          "reference_lines": [], "reference_cents": 0, "justification": None, "deleted_at": None, "deleted_by": None}


def test_a_budgets_total_conflicts_and_applies_only_together_with_its_lines() -> None:
    mine = [BUDGET_LINE, dict(BUDGET_LINE, id="l2", quantity="10")]
    theirs = [dict(BUDGET_LINE, quantity="120")]
    server = dict(BUDGET, lines=theirs, allocation_cents=402000)
    revs = dict(dict.fromkeys(BUDGET, 1), lines=2, allocation_cents=2)
    result = merge_mutation("personal_budget", server, revs, 2, 1,
                            {"lines": mine, "allocation_cents": 368500},
                            {"lines": [BUDGET_LINE], "allocation_cents": 335000})
    assert result.outcome == "conflict" and result.applied == {}
    assert set(result.conflict_fields) == {"lines", "allocation_cents"}
    assert [d.paths for d in result.decisions] == [("allocation_cents", "lines")]

    # Another laptop changed the lines to the same total: the device's total must not apply alone
    # over lines it was not computed from.
    same_total = [dict(BUDGET_LINE, quantity="50"), dict(BUDGET_LINE, id="l3", quantity="60")]
    server = dict(BUDGET, lines=same_total, allocation_cents=368500)
    revs = dict(dict.fromkeys(BUDGET, 1), lines=2)
    result = merge_mutation("personal_budget", server, revs, 2, 1, {"lines": mine, "allocation_cents": 368500},
                            {"lines": [BUDGET_LINE], "allocation_cents": 335000})
    assert result.outcome == "conflict" and set(result.conflict_fields) == {"lines", "allocation_cents"}
