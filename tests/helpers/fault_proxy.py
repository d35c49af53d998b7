"""A fault-injecting TCP proxy on loopback, for the sync tests and the sync bench.

This machine's kernel has no ``tc netem`` (docs/SECURITY.md), so network faults are made here:
the proxy sits between the laptop's HTTP client and a real server process and can

- throttle each direction to N bit/s (``rate_bps``),
- add latency: half of ``latency_s`` before each request and before each response is forwarded,
  and a whole ``latency_s`` for each new connection (the TCP handshake), so one HTTP round trip
  costs ``latency_s`` like a real link with that round-trip time,
- cut the connection after N bytes of a request or of a response (mid-body), once, for the next
  request whose request line starts with a given prefix,
- drop a response after the upstream answered it: the whole response is read from the server
  (so the server has committed), then the laptop's connection is closed without a byte of it,
- hold a response: forward N bytes of it (or all of it), then stop forwarding until the test
  releases the fault, which then closes the connection: a test kills the laptop's process at
  that exact point (the answer of a push or a pull page received in part, or whole).

It frames HTTP/1.1 just enough to tell requests and responses apart on keep-alive connections
(Content-Length and chunked bodies). It runs its own asyncio loop in a daemon thread, so a test
or bench drives it from ordinary synchronous code. Faults carry ``threading.Event``s that tests
wait on, never sleeps.
"""

from __future__ import annotations

import asyncio
import collections
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["cut_request", "cut_response", "drop_response", "hold_response"]
_SLICE = 1024  # bytes forwarded per write when throttled: keeps the rate smooth


@dataclass
class Fault:
    """One armed fault: hits the next ``times`` requests whose request line starts with ``match``."""

    kind: FaultKind
    match: bytes
    after_bytes: int = 0
    times: int = 1
    fired: threading.Event = field(default_factory=threading.Event)
    hits: int = 0
    released: threading.Event = field(default_factory=threading.Event)  # hold_response: let go

    def release(self) -> None:
        self.released.set()


@dataclass
class _Head:
    start_line: bytes
    body: int | None  # bytes of body to follow; None = chunked; -1 = until the connection closes


class _Framer:
    """Splits one direction of an HTTP/1.1 byte stream into messages.

    ``feed`` returns pieces ``(head or None, data, ended)``: a piece with a head starts a message
    (its data begins with the head's bytes), ``ended`` marks the message's last piece.
    A stream that does not look like HTTP is passed through as one endless message.
    """

    def __init__(self, *, responses: bool) -> None:
        self._responses = responses
        self._buffer = b""
        self._state = "head"  # head | body | chunk-size | chunk-data | chunk-trailer | raw
        self._left = 0

    def feed(self, data: bytes) -> list[tuple[_Head | None, bytes, bool]]:
        pieces: list[tuple[_Head | None, bytes, bool]] = []
        self._buffer += data
        head: _Head | None = None
        out = b""
        while self._buffer:
            if self._state == "raw":
                out += self._buffer
                self._buffer = b""
                break
            if self._state == "head":
                end = self._buffer.find(b"\r\n\r\n")
                if end < 0:
                    if len(self._buffer) > 65536:
                        self._state = "raw"
                        continue
                    break
                raw_head, self._buffer = self._buffer[: end + 4], self._buffer[end + 4:]
                if out or head is not None:  # the previous message ended in this same feed
                    pieces.append((head, out, True))
                    out = b""
                head = self._parse_head(raw_head)
                out = raw_head
                if head.body == 0:
                    pieces.append((head, out, True))
                    head, out = None, b""
                    self._state = "head"
                elif head.body is None:
                    self._state = "chunk-size"
                elif head.body < 0:
                    self._state = "raw"
                else:
                    self._state, self._left = "body", head.body
                continue
            if self._state in ("body", "chunk-data"):
                take = self._buffer[: self._left]
                self._buffer = self._buffer[len(take):]
                self._left -= len(take)
                out += take
                if self._left == 0:
                    if self._state == "body":
                        pieces.append((head, out, True))
                        head, out = None, b""
                        self._state = "head"
                    else:
                        self._state = "chunk-size"
                continue
            # chunk-size and chunk-trailer both read whole lines
            end = self._buffer.find(b"\r\n")
            if end < 0:
                break
            line, self._buffer = self._buffer[: end + 2], self._buffer[end + 2:]
            out += line
            if self._state == "chunk-size":
                if not line.strip():
                    continue  # the CRLF after a chunk's data
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self._state = "chunk-trailer"
                else:
                    self._state, self._left = "chunk-data", size
            elif line == b"\r\n":  # the empty line that ends the trailers
                pieces.append((head, out, True))
                head, out = None, b""
                self._state = "head"
        if out or head is not None:
            pieces.append((head, out, False))
        return pieces

    def _parse_head(self, raw: bytes) -> _Head:
        lines = raw.split(b"\r\n")
        start = lines[0]
        headers = {}
        for line in lines[1:]:
            if b":" in line:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip().lower()
        if b"chunked" in headers.get(b"transfer-encoding", b""):
            return _Head(start, None)
        if b"content-length" in headers:
            return _Head(start, int(headers[b"content-length"]))
        if self._responses:
            parts = start.split(b" ")
            status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200
            if status in (204, 304) or 100 <= status < 200:
                return _Head(start, 0)
            return _Head(start, -1)
        return _Head(start, 0)


class FaultProxy:
    """``with FaultProxy(port) as proxy:`` forwards ``proxy.url`` to 127.0.0.1:``port``."""

    def __init__(self, upstream_port: int, *, upstream_host: str = "127.0.0.1", rate_bps: int | None = None,
                 latency_s: float = 0.0, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.rate_bps = rate_bps
        self.latency_s = latency_s
        self._sleep = sleep or asyncio.sleep
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0
        self.bytes_up = 0  # laptop → server, as forwarded
        self.bytes_down = 0  # server → laptop, as forwarded
        self.connections = 0
        self.request_lines: list[bytes] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- faults ---------------------------------------------------------------------------------

    def cut_request(self, match: str, after_bytes: int, times: int = 1) -> Fault:
        """Close the connection once ``after_bytes`` of the matching request have been forwarded."""
        return self._arm(Fault("cut_request", match.encode(), after_bytes, times))

    def cut_response(self, match: str, after_bytes: int, times: int = 1) -> Fault:
        """Close the connection once ``after_bytes`` of the matching request's response were forwarded."""
        return self._arm(Fault("cut_response", match.encode(), after_bytes, times))

    def drop_response(self, match: str, times: int = 1) -> Fault:
        """Let the server answer the matching request in full, then close without forwarding it."""
        return self._arm(Fault("drop_response", match.encode(), 0, times))

    def hold_response(self, match: str, after_bytes: int = -1, times: int = 1) -> Fault:
        """Forward ``after_bytes`` of the matching request's response (-1: all of it, the connection
        then held after its last byte), set ``fired``, and hold until ``release()``; then close."""
        return self._arm(Fault("hold_response", match.encode(), after_bytes, times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def reset_counters(self) -> None:
        self.bytes_up = self.bytes_down = self.connections = 0
        self.request_lines = []

    def _arm(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def _take(self, request_line: bytes) -> tuple[Fault | None, Fault | None]:
        """The request fault and the response fault that hit this request, if any."""
        request_fault = response_fault = None
        with self._lock:
            for fault in list(self._faults):
                if not request_line.startswith(fault.match):
                    continue
                if fault.kind == "cut_request" and request_fault is None:
                    request_fault = fault
                elif fault.kind != "cut_request" and response_fault is None:
                    response_fault = fault
                else:
                    continue
                fault.hits += 1
                if fault.hits >= fault.times:
                    self._faults.remove(fault)
        return request_fault, response_fault

    # -- life cycle -----------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._start_error is not None:
            raise self._start_error
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        assert self._thread is not None
        self._thread.join()
        self._loop = None

    def close_connections(self) -> None:
        """Drop every open connection (as a laptop losing its network would)."""
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self._abort_all(), self._loop).result()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as err:  # noqa: BLE001 - reported to start()
            self._start_error = err
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._abort_all()
        if self._server is not None:
            await self._server.wait_closed()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _abort_all(self) -> None:
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    # -- forwarding -----------------------------------------------------------------------------

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(client_writer)
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_writer.transport.abort()
            self._writers.discard(client_writer)
            return
        self._writers.add(upstream_writer)
        if self.latency_s:
            await self._sleep(self.latency_s)
        pending: collections.deque[Fault | None] = collections.deque()

        def abort() -> None:
            for writer in (client_writer, upstream_writer):
                writer.transport.abort()
                self._writers.discard(writer)

        up = asyncio.ensure_future(self._pump_requests(client_reader, upstream_writer, pending, abort))
        down = asyncio.ensure_future(self._pump_responses(upstream_reader, client_writer, pending, abort))
        try:
            await asyncio.gather(up, down)
        except (OSError, asyncio.IncompleteReadError):
            abort()
        except asyncio.CancelledError:
            # The proxy is stopping: end quietly (asyncio logs a handler task that ends cancelled).
            up.cancel()
            down.cancel()
            abort()
        finally:
            for writer in (client_writer, upstream_writer):
                self._writers.discard(writer)
                if not writer.transport.is_closing():
                    writer.close()

    async def _forward(self, writer: asyncio.StreamWriter, data: bytes, *, up: bool) -> None:
        if not data:
            return
        step = _SLICE if self.rate_bps else len(data)
        for at in range(0, len(data), step):
            part = data[at: at + step]
            if up:  # counted before writing: the peer may read these bytes before drain() returns
                self.bytes_up += len(part)
            else:
                self.bytes_down += len(part)
            writer.write(part)
            await writer.drain()
            if self.rate_bps:
                await self._sleep(len(part) * 8 / self.rate_bps)

    async def _pump_requests(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                             pending: collections.deque[Fault | None], abort: Callable[[], None]) -> None:
        framer = _Framer(responses=False)
        fault: Fault | None = None
        sent = 0
        while data := await reader.read(65536):
            for head, piece, _ended in framer.feed(data):
                if head is not None:
                    self.request_lines.append(head.start_line)
                    fault, response_fault = self._take(head.start_line)
                    pending.append(response_fault)
                    sent = 0
                    if self.latency_s:
                        await self._sleep(self.latency_s / 2)
                if fault is not None and sent + len(piece) >= fault.after_bytes:
                    await self._forward(writer, piece[: fault.after_bytes - sent], up=True)
                    fault.fired.set()
                    abort()
                    return
                await self._forward(writer, piece, up=True)
                sent += len(piece)
        if writer.can_write_eof() and not writer.transport.is_closing():
            writer.write_eof()

    async def _pump_responses(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                              pending: collections.deque[Fault | None], abort: Callable[[], None]) -> None:
        framer = _Framer(responses=True)
        fault: Fault | None = None
        sent = 0
        while data := await reader.read(65536):
            for head, piece, ended in framer.feed(data):
                if head is not None:
                    fault = pending.popleft() if pending else None
                    sent = 0
                    if self.latency_s:
                        await self._sleep(self.latency_s / 2)
                if fault is not None and fault.kind == "drop_response":
                    if ended:
                        fault.fired.set()
                        abort()
                        return
                    continue
                if fault is not None and fault.kind == "hold_response":
                    whole = fault.after_bytes < 0
                    if whole or sent + len(piece) < fault.after_bytes:
                        await self._forward(writer, piece, up=False)
                        sent += len(piece)
                        if not (whole and ended):
                            continue
                    else:
                        await self._forward(writer, piece[: fault.after_bytes - sent], up=False)
                    fault.fired.set()
                    await asyncio.get_running_loop().run_in_executor(None, fault.released.wait)
                    abort()
                    return
                if fault is not None and sent + len(piece) >= fault.after_bytes:
                    await self._forward(writer, piece[: fault.after_bytes - sent], up=False)
                    fault.fired.set()
                    abort()
                    return
                await self._forward(writer, piece, up=False)
                sent += len(piece)
        if fault is not None and fault.kind == "drop_response":
            fault.fired.set()  # a close-delimited response has ended with the connection
        abort()
