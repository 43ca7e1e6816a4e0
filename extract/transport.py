"""How the HTTP client connects: to the address it checked, and never past a deadline.

- **DNS pinning.** `HttpClient.check_target` resolves a host once and checks every address
  (`extract.guard`); the connection then goes to one of those addresses, never through a second
  lookup, so a DNS-rebinding host cannot switch to 127.0.0.1 or 169.254.169.254 in between. The
  peer the socket actually reached is checked against the same rules before a byte is sent, and
  the host and port urllib3 is about to connect to must be the ones the URL policy read.
- **One deadline per exchange.** Timeouts of `requests` are per socket operation: a server
  trickling its headers or body one byte a second never trips them. A watchdog thread shuts the
  socket of an exchange down when its deadline passes (headers and body together, not per read);
  the blocked read then returns and the client reports a timeout.

The exchange being made is a thread-local (`Exchange.current`): each thread of the client has its
own `requests.Session`, and urllib3 opens connections on the calling thread.
"""

from __future__ import annotations

import heapq
import itertools
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import connection as u3connection

from extract.guard import ip_problem

_LOCAL = threading.local()


@dataclass(eq=False)
class Exchange:
    """One request/response on this thread: where it may connect, and until when."""

    host: str
    port: int
    addresses: list[str]
    allow_loopback: bool
    deadline: float
    expired: bool = False
    finished: bool = False
    peer: str | None = None
    refused: str | None = None  # why the connection was refused (peer check)
    sockets: list[socket.socket] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @staticmethod
    def current() -> Exchange | None:
        return getattr(_LOCAL, "exchange", None)

    def __enter__(self) -> Exchange:
        _LOCAL.exchange = self
        return self

    def __exit__(self, *exc: Any) -> None:
        _LOCAL.exchange = None

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shutdown(sock)
            elif not self.finished:
                self.sockets.append(sock)

    def expire(self) -> None:
        """Called by the watchdog: wake every blocked read of this exchange."""
        with self._lock:
            if self.finished:
                return
            self.expired = True
            for sock in self.sockets:
                _shutdown(sock)

    def finish(self) -> None:
        """The exchange is over: its (kept-alive) connection is the pool's again, not watched."""
        with self._lock:
            self.finished = True
            self.sockets.clear()


def _shutdown(sock: socket.socket) -> None:
    try:  # the plain socket's shutdown, also for an SSLSocket (no TLS close_notify dance)
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class Watchdog:
    """One daemon thread that expires exchanges at their deadlines."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self.clock = clock
        self._heap: list[tuple[float, int, Exchange]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    def add(self, exchange: Exchange) -> None:
        with self._cond:
            heapq.heappush(self._heap, (exchange.deadline, next(self._seq), exchange))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()

    def _run(self) -> None:
        """Expire due exchanges; end when nothing is left to watch (`add` starts a new thread)."""
        with self._cond:
            while not self._closed:
                now = self.clock()
                while self._heap and self._heap[0][0] <= now:
                    _, _, exchange = heapq.heappop(self._heap)
                    exchange.expire()
                if not self._heap:
                    break
                self._cond.wait(timeout=self._heap[0][0] - now)
            self._thread = None


class _PinnedMixin:
    """Connect to the checked addresses of the current exchange, verify the peer, watch the socket."""

    host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any
    sock: Any

    def _new_conn(self) -> socket.socket:
        ex = Exchange.current()
        if ex is None or not ex.addresses:
            raise NewConnectionError(self, "refused: no checked address for this connection")  # type: ignore[arg-type]
        if (self.host.strip("[]").lower(), self.port) != (ex.host, ex.port):
            ex.refused = f"connection to {self.host}:{self.port} differs from the checked URL"
            raise NewConnectionError(self, f"refused: {ex.refused}")  # type: ignore[arg-type]
        last: Exception | None = None
        for ip in ex.addresses:
            try:
                sock = u3connection.create_connection(
                    (ip, self.port),
                    self.timeout,
                    source_address=self.source_address,
                    socket_options=self.socket_options,
                )
            except TimeoutError as exc:
                last = ConnectTimeoutError(self, f"connection to {self.host} timed out")
                last.__cause__ = exc
                continue
            except OSError as exc:
                last = NewConnectionError(self, f"Failed to establish a new connection: {exc}")  # type: ignore[arg-type]
                continue
            peer = str(sock.getpeername()[0])
            why = ip_problem(peer, ex.allow_loopback)
            if why:
                sock.close()
                ex.refused = f"connected peer {peer}: {why}"
                raise NewConnectionError(self, f"refused: {ex.refused}")  # type: ignore[arg-type]
            ex.peer = peer
            ex.watch(sock)
            return sock
        assert last is not None
        raise last

    def request(self, *args: Any, **kwargs: Any) -> Any:
        ex = Exchange.current()
        if ex is not None and self.sock is not None:  # a kept-alive connection: watch it too
            ex.watch(self.sock)
        return super().request(*args, **kwargs)  # type: ignore[misc]


class PinnedHTTPConnection(_PinnedMixin, HTTPConnection):
    pass


class PinnedHTTPSConnection(_PinnedMixin, HTTPSConnection):
    pass


class _PinnedHTTPPool(HTTPConnectionPool):
    ConnectionCls = PinnedHTTPConnection


class _PinnedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = PinnedHTTPSConnection


class PinnedAdapter(HTTPAdapter):
    """A `requests` adapter whose pools open pinned, watched connections."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _PinnedHTTPPool, "https": _PinnedHTTPSPool}
