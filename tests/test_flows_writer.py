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


def test_the_guards_are_re_entrant_and_separate(tmp_path, no_server) -> None:
    """A chunk's load inside a held writer guard takes it again; the run guard is another lock:
    a loader of staged shards is not kept out by a crawl, only by another writer."""
    wh = Warehouse(tmp_path / "wh")
    with writer.run_guard(wh) as run, writer.guard(wh, wait_s=0.5) as held:
        with writer.guard(wh, wait_s=0.5) as again:
            assert again == held != run
    assert run.endswith("_run.lock") and held.endswith("_load.lock")


def test_an_api_server_is_configured_by_the_environment_or_the_active_profile(
    tmp_path, no_server, repo_root
) -> None:
    """The one test behind the guards, `planwatch sharded` and the temporary server:
    PREFECT_API_URL, or the active Prefect profile's (`prefect profile use`), not only the env."""
    import os
    import subprocess
    import sys

    profiles = tmp_path / "profiles.toml"
    profiles.write_text('active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PLANWATCH_"))}
    env.update(PREFECT_HOME=str(tmp_path), PREFECT_PROFILES_PATH=str(profiles), PYTHONPATH=str(repo_root))
    code = "from flows.runner import api_configured; print(api_configured())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True"], out.stderr


def test_sharded_asks_for_a_server_unless_one_is_configured_by_settings(tmp_path, no_server, capsys) -> None:
    """`planwatch sharded` refuses to start without a server, and takes one set by Prefect's
    settings (a profile) as one set by PREFECT_API_URL: it then goes on to check its sources."""
    import prefect.settings

    from planwatch.cli import main

    args = ["sharded", "--warehouse", str(tmp_path / "wh"), "--sources", str(tmp_path / "none.toml")]
    assert main(args) == 2
    assert "set PREFECT_API_URL or use a Prefect profile" in capsys.readouterr().err
    with prefect.settings.temporary_settings(
        updates={prefect.settings.PREFECT_API_URL: "http://127.0.0.1:9/api"}
    ):
        assert main(args) == 2
    err = capsys.readouterr().err
    assert "no sources file" in err and "PREFECT_API_URL" not in err
