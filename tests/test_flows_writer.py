"""The single-writer guard of a load (`flows.writer`) without a Prefect server: the lock file.
(With a server, a Prefect global concurrency limit: tests/test_flows_sharded_night.py, slow.)"""

from __future__ import annotations

import contextvars
import threading

import pytest

from flows import writer
from flows.exceptions import RunInProgress
from warehouse.store import Warehouse


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch):
    import prefect.settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with prefect.settings.temporary_settings(restore_defaults={prefect.settings.PREFECT_API_URL}):
        assert not writer.api_configured()
        yield


def test_without_a_server_a_second_loader_waits_then_gives_up(tmp_path, no_server) -> None:
    wh = Warehouse(tmp_path / "wh")
    outcome: list[str] = []

    def second() -> None:
        try:
            with writer.guard(wh, wait_s=0.5):
                outcome.append("held")
        except RunInProgress as exc:
            outcome.append(str(exc))

    with writer.guard(wh, wait_s=1) as held:
        assert held.startswith("file:")
        t = threading.Thread(target=contextvars.copy_context().run, args=(second,))  # our settings
        t.start()
        t.join()
    assert len(outcome) == 1 and "another planwatch run holds" in outcome[0]
    t = threading.Thread(target=contextvars.copy_context().run, args=(second,))  # free again
    t.start()
    t.join()
    assert outcome[1] == "held"


def test_the_limit_is_named_after_the_warehouse_root(tmp_path) -> None:
    a, b = Warehouse(tmp_path / "a"), Warehouse(tmp_path / "b")
    assert writer.limit_name(a) == writer.limit_name(Warehouse(tmp_path / "a"))
    assert writer.limit_name(a) != writer.limit_name(b)
    assert writer.limit_name(a).startswith("planwatch-writer-")
