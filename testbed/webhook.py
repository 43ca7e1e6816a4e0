"""A tiny webhook receiver on 127.0.0.1 that collects Apprise `json://` posts.

Used by the tests and by `planwatch demo` as a real alert target: Apprise sends a real HTTP
POST, this server records the decoded JSON body. Point Apprise at `receiver.apprise_url`.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from testbed.serving import BackgroundServer


class WebhookReceiver(BackgroundServer):
    """Collect JSON posts in memory; `fail_next(n)` answers the next n posts with HTTP 500.

    `reply`: the body of a 200 answer (JSON by default; Slack's webhooks answer `ok`).
    `tls`: serve HTTPS with a fresh self-signed certificate for 127.0.0.1 (for Apprise plugins
    that only speak https, such as Teams workflows; give them `verify=no`).
    """

    thread_name = "planwatch-webhook"

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/hook",
        on_message: Callable[[dict[str, Any]], None] | None = None,
        reply: bytes = b'{"ok": true}',
        tls: bool = False,
    ) -> None:
        self.path = path
        self.reply = reply
        self.messages: list[dict[str, Any]] = []
        self.on_message = on_message
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._fail = 0
        self._server: ThreadingHTTPServer = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True
        self.tls = tls
        if tls:
            self._server.socket = _tls_context().wrap_socket(self._server.socket, server_side=True)
        self._thread: threading.Thread | None = None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                with receiver._lock:
                    failing = receiver._fail > 0
                    if failing:
                        receiver._fail -= 1
                if failing:
                    self.send_response(500)
                    self.end_headers()
                    return
                try:
                    payload: Any = json.loads(raw.decode("utf-8")) if raw else {}
                except (UnicodeDecodeError, json.JSONDecodeError):
                    payload = {"raw": raw.decode("utf-8", "replace")}
                if not isinstance(payload, dict):
                    payload = {"value": payload}
                with receiver._cond:
                    receiver.messages.append(payload)
                    receiver._cond.notify_all()
                if receiver.on_message is not None:
                    receiver.on_message(payload)
                self.send_response(200)
                json_reply = receiver.reply.startswith((b"{", b"["))
                self.send_header("Content-Type", "application/json" if json_reply else "text/plain")
                self.end_headers()
                self.wfile.write(receiver.reply)

            def log_message(self, format: str, *args: Any) -> None:  # silence stderr
                return

        return Handler

    @property
    def scheme(self) -> str:
        return "https" if self.tls else "http"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{self.path}"

    @property
    def apprise_url(self) -> str:
        """The Apprise URL that posts JSON here (`json://127.0.0.1:PORT/hook`)."""
        return f"json://127.0.0.1:{self.port}{self.path}"

    def fail_next(self, n: int) -> None:
        with self._lock:
            self._fail = n

    def wait_for(self, n: int, timeout: float = 10.0) -> bool:
        """Block until at least n messages arrived (or timeout); True when they did."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.messages) >= n, timeout=timeout)

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()


def _tls_context() -> ssl.SSLContext:
    """A server context with a self-signed certificate for 127.0.0.1, made on the spot."""
    import datetime
    import ipaddress
    import tempfile

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as tmp:
        pem = f"{tmp}/cert.pem"
        with open(pem, "wb") as fh:
            fh.write(cert.public_bytes(serialization.Encoding.PEM))
            fh.write(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
        ctx.load_cert_chain(pem)
    return ctx
