"""A socketserver run on a daemon thread: start/stop and `with` for the loopback receivers."""

from __future__ import annotations

import socketserver
import threading
from typing import Any, Self


class BackgroundServer:
    """Mixin: the subclass sets `self._server` (a socketserver) and `self._thread = None`."""

    _server: socketserver.BaseServer
    _thread: threading.Thread | None
    thread_name = "planwatch-server"

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, name=self.thread_name, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
