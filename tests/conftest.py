"""Shared test fixtures. Paths to the repo and to ../shared (seeds, gold, portal samples)."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repo")
    return SHARED


@pytest.fixture(autouse=True)
def _secrets_forgotten_after_each_test():
    """Secrets are registered process-wide (by design: every later log line is redacted of
    them). A test's secrets (the SMTP receiver's user `planwatch`, say) must not redact the next
    test's output, whatever order the tests run in."""
    from planwatch.redact import registered_secrets, restore_secrets

    snapshot = registered_secrets()
    yield
    restore_secrets(snapshot)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory):
    """One Prefect test server for the whole session (~13 s), started only when a test asks.

    PREFECT_HOME points at a temp dir so tests never touch ~/.prefect. Yields the API URL
    (child processes of a test can use it through PREFECT_API_URL).
    """
    import os

    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    import prefect.settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect.settings.temporary_settings(updates={prefect.settings.PREFECT_HOME: str(home)}):
        with contextlib.ExitStack() as stack:
            _start_harness(stack, prefect_test_harness)
            yield prefect.settings.PREFECT_API_URL.value()


def _start_harness(stack: contextlib.ExitStack, harness, attempts: int = 2) -> None:
    """Enter the Prefect test harness, once more if its temporary server dropped the first
    connection while starting (`httpx.RemoteProtocolError: Server disconnected without sending a
    response`, seen once in a clean-clone CI run: every test of that session then errored)."""
    import httpx

    for attempt in range(attempts):
        try:
            stack.enter_context(harness(server_startup_timeout=90))
            return
        except httpx.TransportError:
            if attempt == attempts - 1:
                raise


@pytest.fixture(scope="session")
def demo_output(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`planwatch demo` once per session (the sample sites on loopback, two nightly runs), plus
    the exports the docs read: `exports/` (Parquet, one file per table) and
    `exports/by-county/` (hive folders by county and publish year). Read-only for tests."""
    from load.export import export
    from planwatch.cli.demo import run_demo
    from warehouse.store import Warehouse

    out = tmp_path_factory.mktemp("demo") / "demo-output"
    assert run_demo(out) == 0
    wh = Warehouse(out / "warehouse")
    export(wh, out / "exports")
    export(wh, out / "exports" / "by-county", partition_by="county,publish_year")
    return out
