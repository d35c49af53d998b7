"""The fault proxy the sync tests rely on: it forwards faithfully and its faults hit exactly.

The upstream is a small threaded HTTP server; clients are raw sockets or http.client, so each
test knows exactly which bytes crossed. Waits are on events the proxy and server set.
"""

from __future__ import annotations

import asyncio
import http.client
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers.fault_proxy import FaultProxy, _Framer

TIMEOUT = 10


class _Upstream:
    """Answers ``POST`` with the body's length and ``GET /chunked`` with a chunked body."""

    def __init__(self) -> None:
        self.handled: list[str] = []
        self.short_bodies: list[int] = []
        self.answered = threading.Event()
        self.short_body = threading.Event()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers["Content-Length"])
                body = self.rfile.read(length)
                if len(body) < length:
                    upstream.short_bodies.append(len(body))
                    upstream.short_body.set()
                    self.close_connection = True
                    return
                self._answer(f"got {len(body)} ".encode() + b"x" * 2000)

            def do_GET(self) -> None:  # noqa: N802
                if self.path == "/chunked":
                    upstream.handled.append(self.path)
                    upstream.answered.set()
                    self.send_response(200)
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for part in (b"hello ", b"chunked ", b"world"):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self._answer(b"ok " + self.path.encode())

            def _answer(self, body: bytes) -> None:
                upstream.handled.append(f"{self.command} {self.path}")  # "committed" before answering
                upstream.answered.set()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def upstream() -> Iterator[_Upstream]:
    server = _Upstream()
    yield server
    server.close()


@pytest.fixture
def proxy(upstream: _Upstream) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.port) as running:
        yield running


def _raw_exchange(port: int, request: bytes) -> bytes:
    """Send one request on a fresh socket and read until the proxy closes it."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
        return received


def _post(path: str, body: bytes) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


def test_forwards_requests_on_a_keep_alive_connection(proxy: FaultProxy, upstream: _Upstream) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=TIMEOUT)
    conn.request("POST", "/v1/push", body=b"a" * 5000)
    first = conn.getresponse().read()
    conn.request("GET", "/v1/pull?cursor=")
    second = conn.getresponse().read()
    conn.request("GET", "/chunked")
    third = conn.getresponse().read()
    conn.close()
    assert first.startswith(b"got 5000 ")
    assert second == b"ok /v1/pull?cursor="
    assert third == b"hello chunked world"
    assert proxy.connections == 1
    assert [line.split(b" ")[1] for line in proxy.request_lines] == [b"/v1/push", b"/v1/pull?cursor=", b"/chunked"]
    assert proxy.bytes_up > 5000 and proxy.bytes_down > 2000 + len(second) + len(third)


def test_cut_request_mid_body_reaches_the_server_short(proxy: FaultProxy, upstream: _Upstream) -> None:
    body = b"m" * 10_000
    request = _post("/v1/push", body)
    fault = proxy.cut_request("POST /v1/push", after_bytes=len(request) - 4000)
    received = _raw_exchange(proxy.port, request)
    assert fault.fired.wait(TIMEOUT)
    assert upstream.short_body.wait(TIMEOUT)
    assert received == b""
    assert upstream.short_bodies == [6000]
    assert upstream.handled == []


def test_cut_response_forwards_exactly_n_bytes(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.cut_response("POST /v1/push", after_bytes=150)
    received = _raw_exchange(proxy.port, _post("/v1/push", b"abc"))
    assert fault.fired.is_set()
    assert len(received) == 150 and received.startswith(b"HTTP/1.1 200")
    assert upstream.handled == ["POST /v1/push"]


def test_drop_response_after_the_server_answered(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.drop_response("POST /v1/push")
    received = _raw_exchange(proxy.port, _post("/v1/push", b"abc"))
    assert fault.fired.is_set()
    assert received == b""
    assert upstream.handled == ["POST /v1/push"]  # the server did its work; the laptop never heard


def test_hold_response_forwards_n_bytes_then_waits_for_release(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.hold_response("POST /v1/push", after_bytes=120)
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=TIMEOUT) as sock:
        sock.sendall(_post("/v1/push", b"abc"))
        assert fault.fired.wait(TIMEOUT)
        received = b""
        while len(received) < 120:
            received += sock.recv(65536)
        assert upstream.handled == ["POST /v1/push"]
        fault.release()
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    assert len(received) == 120 and received.startswith(b"HTTP/1.1 200")


def test_hold_of_a_whole_response_holds_after_its_last_byte(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.hold_response("GET /chunked")
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=TIMEOUT) as sock:
        sock.sendall(b"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n")
        assert fault.fired.wait(TIMEOUT)
        received = b""
        while not received.endswith(b"0\r\n\r\n"):
            received += sock.recv(65536)
        fault.release()
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    assert received.endswith(b"5\r\nworld\r\n0\r\n\r\n")


def test_drop_of_a_chunked_response_waits_for_its_end(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.drop_response("GET /chunked")
    received = _raw_exchange(proxy.port, b"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n")
    assert fault.fired.is_set() and received == b""
    assert upstream.handled == ["/chunked"]


def test_a_fault_hits_only_matching_requests_and_only_once(proxy: FaultProxy, upstream: _Upstream) -> None:
    fault = proxy.drop_response("POST /v1/push")
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=TIMEOUT)
    conn.request("GET", "/v1/pull")
    assert conn.getresponse().read() == b"ok /v1/pull"
    conn.request("POST", "/v1/push", body=b"abc")
    with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
        conn.getresponse()
    conn.close()
    assert fault.fired.is_set()
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=TIMEOUT)
    conn.request("POST", "/v1/push", body=b"abc")
    assert conn.getresponse().read().startswith(b"got 3 ")
    conn.close()
    assert upstream.handled == ["GET /v1/pull", "POST /v1/push", "POST /v1/push"]


def test_throttle_and_latency_ask_for_the_right_delays(upstream: _Upstream) -> None:
    """The proxy's delays are read off an injected sleep: exact, and the test takes no time."""
    delays: list[float] = []

    async def record(seconds: float) -> None:
        delays.append(seconds)
        await asyncio.sleep(0)

    with FaultProxy(upstream.port, rate_bps=80_000, latency_s=0.3, sleep=record) as slow:
        conn = http.client.HTTPConnection("127.0.0.1", slow.port, timeout=TIMEOUT)
        conn.request("POST", "/v1/push", body=b"a" * 10_000)
        conn.getresponse().read()
        conn.close()
    wire_bits = (slow.bytes_up + slow.bytes_down) * 8
    latencies = [d for d in delays if d in (0.3, 0.15)]
    assert sorted(latencies) == [0.15, 0.15, 0.3]  # connect, request, response
    throttled = sum(d for d in delays) - sum(latencies)
    assert throttled == pytest.approx(wire_bits / 80_000)
    assert throttled > 1.0  # 10 KB at 80 kbit/s is a second of wire time


def test_close_connections_drops_open_keep_alive(proxy: FaultProxy, upstream: _Upstream) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=TIMEOUT)
    conn.request("GET", "/a")
    assert conn.getresponse().read() == b"ok /a"
    proxy.close_connections()
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError, BrokenPipeError)):
        conn.request("GET", "/b")
        conn.getresponse()
    conn.close()


def test_framer_splits_messages_across_and_within_feeds() -> None:
    framer = _Framer(responses=True)
    stream = (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
              b"HTTP/1.1 204 No Content\r\n\r\n"
              b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
    pieces = []
    for at in range(0, len(stream), 7):  # awkward boundaries
        pieces.extend(framer.feed(stream[at: at + 7]))
    assert b"".join(p[1] for p in pieces) == stream
    starts = [p[0].start_line for p in pieces if p[0] is not None]
    assert starts == [b"HTTP/1.1 200 OK", b"HTTP/1.1 204 No Content", b"HTTP/1.1 200 OK"]
    assert sum(1 for p in pieces if p[2]) == 3
