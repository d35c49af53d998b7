from collections import Counter

from sopiva_desk.services import demo, reference
from sopiva_desk.services.profiles import ProfileService


def test_demo_profile_has_fictional_clients_across_etela_savo(data_dir, profile_service: ProfileService) -> None:
    profile = demo.ensure_demo_profile(profile_service, count=200)
    assert demo.ensure_demo_profile(profile_service) == profile  # second call reuses it
    ws = profile_service.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    try:
        rows = ws.clients.caseload()
        assert len(rows) == 200
        towns = Counter(r.municipality_code for r in rows)
        county = {m.code for m in reference.municipalities() if m.county == "Etelä-Savo"}
        assert set(towns) <= county and len(towns) >= 8
        for row in rows[:20]:
            file = ws.clients.open_client(row.id)
            assert file.close_persons
            assert file.values["communication_notes"]
            if file.values["hetu"]:
                assert 900 <= int(file.values["hetu"][7:10]) <= 999
    finally:
        ws.close()
