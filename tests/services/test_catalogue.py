"""The service catalogue and price list: the shipped example loads clean; broken files are reported."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain.money import UNITS
from sopiva_desk.resources import resource_path
from sopiva_desk.services import catalogue as cat
from sopiva_desk.services.catalogue import CatalogueError, build_catalogue, load_catalogue

SHIPPED = resource_path("reference", "service_catalogue.toml")
LAW_SERVICES_FI = ("Valmennus", "Henkilökohtainen apu", "Erityinen osallisuuden tuki", "Tuki päätöksentekoon",
                   "Asumisen tuki", "Lyhytaikainen huolenpito", "Päivätoiminta", "Liikkumisen tuki",
                   "Taloudellinen tuki")


def shipped_data() -> dict[str, Any]:
    return tomllib.loads(SHIPPED.read_text(encoding="utf-8"))


def problem(data: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(CatalogueError) as caught:
        build_catalogue(data, "test.toml")
    return caught.value.path, caught.value.problem


def one_service(**changes: Any) -> dict[str, Any]:
    service: dict[str, Any] = {
        "code": "x-care", "unit": "hour", "law": "675/2023",
        "name": {"fi": "Hoiva", "sv": "Omsorg", "en": "Care"},
        "prices": [{"valid_from": date(2025, 1, 1), "valid_to": date(2025, 12, 31), "unit_price": "10.00",
                    "example": True}],
    }
    service.update(changes)
    return {"schema": 1, "catalogue_version": "t1", "valid_from": date(2025, 1, 1), "example": True,
            "services": [service]}


def test_the_shipped_catalogue_loads_and_is_marked_as_example() -> None:
    catalogue = cat.shipped_catalogue()
    assert catalogue.version and catalogue.valid_from == date(2025, 1, 1)
    assert catalogue.example is True
    prices = [p for s in catalogue.services for p in s.prices]
    assert prices and all(p.example for p in prices)
    header = SHIPPED.read_text(encoding="utf-8").split("schema =")[0].lower()
    assert "example prices, not any county's real prices" in header
    assert "not official" in header and "imported later" in header


def test_the_shipped_catalogue_covers_the_disability_services_act() -> None:
    names = [s.name("fi") for s in cat.list_services()]
    for service in LAW_SERVICES_FI:
        assert any(name.startswith(service) for name in names), service
    housing = {s.unit for s in cat.list_services() if s.name("fi").startswith("Asumisen tuki")}
    assert housing == {"hour", "day", "month"}
    units = {s.code: s.unit for s in cat.list_services()}
    assert units["sd-personal-assistance"] == "hour" and units["sd-short-term-care"] == "day"
    assert units["sd-day-activities"] == "day" and units["sd-mobility-support"] == "trip"
    assert units["sd-financial-support"] == "piece"


def test_codes_are_unique_and_our_own_and_names_are_in_three_languages() -> None:
    services = cat.list_services()
    codes = [s.code for s in services]
    assert len(codes) == len(set(codes))
    assert all(code.startswith("sd-") for code in codes)  # never an official code value
    for service in services:
        assert all(service.names[lang].strip() for lang in ("fi", "sv", "en"))
        assert service.name("sv") != service.name("fi")
    assert cat.shipped_catalogue().service("sd-coaching").name("sv") == "Träning"  # type: ignore[union-attr]


def test_no_service_is_counted_in_money_or_paid_as_cash() -> None:
    money_words = ("cash", "direct", "payment", "euro", "eur", "money", "raha", "kontant")
    for service in cat.list_services():
        assert service.unit in UNITS
        assert not any(word in service.unit for word in money_words)
        assert not any(word in service.code for word in money_words)
    assert problem(one_service(unit="cash"))[0] == "services[x-care].unit"
    assert problem(one_service(unit="direct_payment"))[0] == "services[x-care].unit"


def test_some_services_have_two_price_periods_that_do_not_overlap() -> None:
    two = [s for s in cat.list_services() if len(s.prices) == 2]
    assert len(two) >= 5
    for service in cat.list_services():
        for before, after in zip(service.prices, service.prices[1:], strict=False):
            assert before.valid_to is not None and before.valid_to < after.valid_from


def test_price_on_a_day() -> None:
    assert cat.price_on("sd-coaching", date(2025, 1, 1)) == 6800
    assert cat.price_on("sd-coaching", date(2025, 12, 31)) == 6800
    assert cat.price_on("sd-coaching", date(2026, 1, 1)) == 7050
    assert cat.price_on("sd-coaching", date(2030, 6, 1)) == 7050  # open-ended
    assert cat.price_on("sd-coaching", date(2024, 12, 31)) is None  # before any price
    assert cat.price_on("sd-financial-support", date(2025, 6, 1)) is None  # priced per decision
    assert cat.price_on("no-such-code", date(2025, 6, 1)) is None
    assert cat.price_on("sd-housing-support-month", date(2025, 6, 1)) == 185000
    assert isinstance(cat.price_on("sd-personal-assistance", date(2025, 6, 1)), int)


def test_a_catalogue_built_from_the_shipped_data_equals_the_loaded_one() -> None:
    assert build_catalogue(shipped_data()) == load_catalogue(SHIPPED)


@pytest.mark.parametrize(("change", "where"), [
    ({"code": "X CARE"}, "services[0].code"),
    ({"unit": "week"}, "services[x-care].unit"),
    ({"name": {"fi": "Hoiva", "en": "Care"}}, "services[x-care].name"),
    ({"name": {"fi": "Hoiva", "sv": "Omsorg", "en": "Care", "de": "Pflege"}}, "services[x-care].name"),
    ({"colour": "red"}, "services[0]"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "unit_price": 10.5}]}, "services[x-care].prices[0].unit_price"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "unit_price": "-1"}]}, "services[x-care].prices[0].unit_price"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "unit_price": "1,005"}]}, "services[x-care].prices[0].unit_price"),
    ({"prices": [{"valid_from": "2025-01-01", "unit_price": "1"}]}, "services[x-care].prices[0].valid_from"),
    ({"prices": [{"valid_from": date(2025, 2, 1), "valid_to": date(2025, 1, 1), "unit_price": "1"}]},
     "services[x-care].prices[0].valid_to"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "valid_to": date(2025, 6, 30), "unit_price": "1"},
                 {"valid_from": date(2025, 6, 30), "unit_price": "2"}]}, "services[x-care].prices"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "unit_price": "1"},
                 {"valid_from": date(2026, 1, 1), "unit_price": "2"}]}, "services[x-care].prices"),
    ({"prices": [{"valid_from": date(2025, 1, 1), "unit_price": "1", "example": "yes"}]},
     "services[x-care].prices[0].example"),
])
def test_broken_services_are_reported_with_their_place(change: dict[str, Any], where: str) -> None:
    assert problem(one_service(**change))[0] == where


def test_price_periods_may_come_in_any_order_and_touch_without_overlap() -> None:
    data = one_service(prices=[{"valid_from": date(2026, 1, 1), "unit_price": "12"},
                               {"valid_from": date(2025, 1, 1), "valid_to": date(2025, 12, 31), "unit_price": "11"}])
    service = build_catalogue(data).service("x-care")
    assert service is not None
    assert [p.unit_price_cents for p in service.prices] == [1100, 1200]
    assert service.price_on(date(2025, 12, 31)) == 1100 and service.price_on(date(2026, 1, 1)) == 1200


def test_broken_catalogues_are_reported() -> None:
    twice = one_service()
    twice["services"].append(dict(twice["services"][0]))
    assert problem(twice) == ("services[x-care].code", "used twice")
    assert problem({**one_service(), "schema": 2})[0] == "schema"
    assert problem({**one_service(), "services": []})[0] == "services"
    assert problem({**one_service(), "catalogue_version": ""})[0] == "catalogue_version"
    assert problem({**one_service(), "prices_from": 1})[0] == "(top)"


def test_unreadable_files_are_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = = 1\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(broken)
    assert (caught.value.source, caught.value.path) == ("broken.toml", "(syntax)")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(tmp_path / "missing.toml")
    assert caught.value.path == "(file)"


def test_a_catalogue_from_the_central_records_prices_new_budget_lines_from_the_next_unlock(
        profile_service: Any) -> None:
    """Reference data arrives by pull: the county's newer price list is what new lines take, the
    shipped one stays when the pulled one is not sound, and stored lines keep their prices."""
    import uuid

    from sopiva_desk.protocol.wire import encode_value
    from sopiva_desk.store.models import SyncReference
    from tests.conftest import DEMO_PASSPHRASE

    data = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    for service in data["services"]:
        if service["code"] == "sd-coaching":
            service["prices"] = [{"valid_from": date(2025, 1, 1), "unit_price": "99.00", "example": True}]
    profile = profile_service.create_profile("Testi", DEMO_PASSPHRASE, DEMO_PASSPHRASE)

    def store(version: int, body: Any) -> None:
        workspace = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
        with workspace.db.transaction() as session:  # as the sync engine stores a pulled page
            session.add(SyncReference(id=uuid.uuid4(), kind="service_catalogue", name="service_catalogue",
                                      version=version, body=body, revision=1))
        workspace.close()

    def coaching_price() -> int | None:
        workspace = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
        try:
            return workspace.plans.catalogue.price_on("sd-coaching", date(2026, 6, 1))
        finally:
            workspace.close()

    assert coaching_price() == 7050  # shipped
    store(2, encode_value(data))
    assert coaching_price() == 9900  # the county's, from the central records
    store(3, {"schema": "broken"})
    assert coaching_price() == 7050  # the newest is not sound: the shipped one, not a crash
