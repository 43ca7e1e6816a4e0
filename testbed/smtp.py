"""A tiny SMTP receiver on 127.0.0.1 that collects e-mails (a real target for `mailto://` alerts).

Speaks enough SMTP for Apprise's e-mail plugin with `mode=insecure`: EHLO/HELO (advertising
AUTH PLAIN LOGIN, any credentials accepted), MAIL, RCPT, DATA, RSET, NOOP, QUIT. Each message
is parsed with the standard library (`messages`: `email.message.EmailMessage`).
"""

from __future__ import annotations

import base64
import socketserver
import threading
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from testbed.serving import BackgroundServer


class SmtpReceiver(BackgroundServer):
    """Collect e-mails in memory; `apprise_url(to=…)` is a matching Apprise `mailto://` URL."""

    thread_name = "planwatch-smtp"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.messages: list[EmailMessage] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(line.encode("ascii") + b"\r\n")

            def handle(self) -> None:
                self.reply("220 planwatch-test ESMTP")
                while True:
                    raw = self.rfile.readline(65536)
                    if not raw:
                        return
                    verb = raw.decode("utf-8", "replace").strip().split(" ", 1)[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.wfile.write(b"250-planwatch-test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
                    elif verb == "AUTH":
                        self.auth(raw.decode("ascii", "replace").split())
                    elif verb == "DATA":
                        self.reply("354 end with <CRLF>.<CRLF>")
                        receiver._add(self.data())
                        self.reply("250 queued")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    else:  # MAIL, RCPT, RSET, NOOP
                        self.reply("250 ok")

            def auth(self, parts: list[str]) -> None:
                if len(parts) > 1 and parts[1].upper() == "LOGIN" and len(parts) == 2:
                    for prompt in (b"Username:", b"Password:"):
                        self.reply("334 " + base64.b64encode(prompt).decode())
                        self.rfile.readline(65536)
                elif len(parts) == 2:  # AUTH PLAIN with the credentials on the next line
                    self.reply("334 ")
                    self.rfile.readline(65536)
                self.reply("235 authenticated")

            def data(self) -> bytes:
                lines: list[bytes] = []
                while True:
                    line = self.rfile.readline(1 << 20)
                    if not line or line in (b".\r\n", b".\n"):
                        return b"".join(lines)
                    lines.append(line[1:] if line.startswith(b"..") else line)

        self._server: socketserver.ThreadingTCPServer = socketserver.ThreadingTCPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    def _add(self, data: bytes) -> None:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        with self._cond:
            self.messages.append(msg)
            self._cond.notify_all()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def apprise_url(self, to: str = "team@example.org", sender: str = "planwatch@example.org") -> str:
        """`mailto://` to this receiver, plain SMTP (no TLS), HTML body (Apprise's default)."""
        return (
            f"mailto://planwatch:secret@127.0.0.1:{self.port}?smtp=127.0.0.1&mode=insecure"
            f"&from={sender}&to={to}"
        )

    def wait_for(self, n: int, timeout: float = 10.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.messages) >= n, timeout=timeout)
