"""RFC 9421 signatures: what signs verifies, and every way a request can be wrong is told apart."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopiva_desk.protocol import signing

URL = "https://central.example/v1/push?x=1"
BODY = b'{"mutations":[]}'


@pytest.fixture
def key():  # type: ignore[no-untyped-def]
    return signing.generate_private_key()


def _signed(key, body: bytes = BODY, method: str = "POST", url: str = URL, **kwargs) -> httpx.Request:  # type: ignore[no-untyped-def]
    request = httpx.Request(method, url, content=body if method != "GET" else None)
    signing.sign_request(request, "device-1", key, **kwargs)
    return request


def _verify(request: httpx.Request, key, body: bytes | None = None, **kwargs):  # type: ignore[no-untyped-def]
    return signing.verify_request(request.method, str(request.url), dict(request.headers),
                                  request.content if body is None else body,
                                  lambda kid: key.public_key() if kid == "device-1" else None, **kwargs)


def test_a_signed_request_verifies_and_names_its_device_and_nonce(key) -> None:  # type: ignore[no-untyped-def]
    request = _signed(key)
    verified = _verify(request, key)
    assert verified.keyid == "device-1"
    assert len(verified.nonce) >= 20
    assert request.headers["content-digest"].startswith("sha-256=:")
    assert request.headers["signature-input"].startswith('sig1=("@method" "@target-uri" "content-digest")')


def test_a_get_is_signed_over_an_empty_body(key) -> None:  # type: ignore[no-untyped-def]
    assert _verify(_signed(key, method="GET", url="https://central.example/v1/me"), key).keyid == "device-1"


def test_every_request_gets_a_fresh_nonce(key) -> None:  # type: ignore[no-untyped-def]
    assert _verify(_signed(key), key).nonce != _verify(_signed(key), key).nonce


def test_an_unsigned_request_is_refused(key) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(signing.MissingSignature):
        _verify(httpx.Request("POST", URL, content=BODY), key)


def test_a_changed_body_is_a_bad_signature(key) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(signing.BadSignature):
        _verify(_signed(key), key, body=b'{"mutations":[1]}')


def test_a_changed_target_is_a_bad_signature(key) -> None:  # type: ignore[no-untyped-def]
    request = _signed(key)
    with pytest.raises(signing.BadSignature):
        signing.verify_request("POST", URL.replace("push", "pull"), dict(request.headers), BODY,
                               lambda kid: key.public_key())


def test_another_key_is_a_bad_signature(key) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(signing.BadSignature):
        _verify(_signed(signing.generate_private_key()), key)


def test_an_unknown_device_is_told_apart(key) -> None:  # type: ignore[no-untyped-def]
    request = _signed(key)
    with pytest.raises(signing.UnknownDevice):
        signing.verify_request("POST", URL, dict(request.headers), BODY, lambda kid: None)


@pytest.mark.parametrize("offset", [-301, 301])
def test_a_clock_far_off_is_clock_skew_with_the_servers_time(key, offset: int) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    request = _signed(key, now=now + dt.timedelta(seconds=offset))
    with pytest.raises(signing.ClockSkew) as caught:
        _verify(request, key, now=now)
    assert caught.value.server_time == now


def test_a_clock_a_little_off_is_fine(key) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    assert _verify(_signed(key, now=now + dt.timedelta(seconds=290)), key, now=now).keyid == "device-1"


def test_public_keys_round_trip_and_bad_ones_are_refused(key) -> None:  # type: ignore[no-untyped-def]
    text = signing.public_key_b64(key)
    assert signing.public_key_b64(signing.load_public_key(text)) == text
    for bad in ("not base64!", "AAAA", ""):
        with pytest.raises(ValueError):
            signing.load_public_key(bad)


def test_httpx_auth_signs_what_it_sends(key) -> None:  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=signing.SigningAuth("device-1", key)) as client:
        client.post(URL, content=BODY)
    assert _verify(seen[0], key).keyid == "device-1"


@settings(max_examples=300, deadline=None)
@given(signature=st.text(max_size=200), signature_input=st.one_of(
    st.text(max_size=200),
    st.builds(lambda params: 'sig1=("@method" "@target-uri" "content-digest")' + params, st.text(max_size=80)),
), digest=st.one_of(st.text(max_size=80), st.just("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:")))
def test_any_garbage_in_the_signature_headers_is_a_signature_error(signature: str, signature_input: str,
                                                                   digest: str) -> None:
    key = signing.generate_private_key()
    headers = {"signature": signature, "signature-input": signature_input, "content-digest": digest}
    with pytest.raises(signing.SignatureError):
        signing.verify_request("GET", "https://central.example/v1/me", headers, b"", lambda kid: key.public_key())
