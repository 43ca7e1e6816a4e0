"""Prefect's temporary API server for a run without `PREFECT_API_URL`, started without importing
Prefect's server into this process.

Prefect starts the same server itself (`prefect.server.api.server.SubprocessASGIServer`: uvicorn
on `create_app`, in a child process), but importing that class imports the whole server
(FastAPI, SQLAlchemy, the API's models and routes): ~80 MB more in the planwatch process for
code only the child runs. Here the child is started with Prefect's command and environment,
tied to this process (`planwatch.lifeline`: it dies with it, SIGKILL included), and this process's
Prefect client is pointed at it (`PREFECT_API_URL`, for this process and its children).
`flows.runner.api_configured()` still says no API is configured: the run behaves as with
Prefect's own temporary server (the lock file guards the writer).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import time
import urllib.request
from typing import Any

from flows.exceptions import ServerStartError

log = logging.getLogger(__name__)

PORT_IN_USE_EXIT = 3  # uvicorn's exit status when its port was taken meanwhile
POLL_S = 0.1


class TemporaryServer:
    """One uvicorn child serving Prefect's API on 127.0.0.1 (its database under PREFECT_HOME)."""

    def __init__(self) -> None:
        self.process: Any = None
        self.port = 0
        self._settings: contextlib.ExitStack | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self, timeout_s: float) -> str:
        """Start the server, wait until it answers, and point this process's Prefect at it."""
        port = self._launch()
        log.info("Starting temporary server on http://127.0.0.1:%d", port)
        deadline = time.monotonic() + timeout_s
        while not self._healthy():
            code = self.process.poll()
            if code == PORT_IN_USE_EXIT:
                self._launch()
            elif code is not None:
                raise ServerStartError(f"Prefect's temporary server exited with {code} while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise ServerStartError(f"Prefect's temporary server did not answer within {timeout_s:g} s")
            time.sleep(POLL_S)
        self._use()
        return self.api_url

    def _launch(self) -> int:
        import prefect
        from prefect.settings import get_current_settings

        from planwatch.lifeline import popen

        self.port = free_port()
        env = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True),
        }
        env.pop("PREFECT_API_URL", None)
        self.process = popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(prefect.__module_path__.parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
        )
        return self.port

    def _healthy(self) -> bool:
        return api_healthy(self.api_url)

    def _use(self) -> None:
        """PREFECT_API_URL for this process (Prefect read its settings at import: a settings
        context over them) and for its children (the environment)."""
        from prefect.settings import PREFECT_API_URL, temporary_settings

        os.environ["PREFECT_API_URL"] = self.api_url
        self._settings = contextlib.ExitStack()
        self._settings.enter_context(temporary_settings(updates={PREFECT_API_URL: self.api_url}))

    def gone(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def stop(self, wait_s: float = 0.5) -> None:
        """Stop the server at once (an interrupted process exits without its atexit hooks)."""
        process, self.process = self.process, None
        if os.environ.get("PREFECT_API_URL") == self.api_url:
            del os.environ["PREFECT_API_URL"]
        if self._settings is not None:
            with contextlib.suppress(Exception):  # the settings context of another thread
                self._settings.close()
            self._settings = None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=wait_s)
            except Exception:
                process.kill()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def api_healthy(api_url: str) -> bool:
    """Whether a Prefect API server answers its health check at `api_url`."""
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=2) as answer:
            return bool(answer.status == 200)
    except Exception:  # refused, reset, a half-started server's bad answer: not healthy yet
        return False


_SERVER: TemporaryServer | None = None


def current() -> TemporaryServer | None:
    """This process's temporary server, if it started one."""
    return _SERVER


def start(timeout_s: float) -> str:
    """This process's temporary server (started once, stopped at exit); its API URL."""
    global _SERVER
    if _SERVER is None or _SERVER.process is None:
        import atexit

        server = TemporaryServer()
        server.start(timeout_s)
        atexit.register(server.stop, 5.0)
        _SERVER = server
    return _SERVER.api_url
