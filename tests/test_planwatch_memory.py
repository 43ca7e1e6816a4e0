"""The allocator settings a night runs with (`planwatch.memory`): set by the CLI before polars and
pyarrow start, kept where the environment already says otherwise, inherited by child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from planwatch import memory

REPO = Path(__file__).resolve().parent.parent


def _python(code: str, **env: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if k not in memory.SETTINGS}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "PYTHONPATH": str(REPO), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_cli_sets_the_allocators_before_polars_loads():
    got = _python(
        "import json, os, sys\n"
        "sys.argv = ['planwatch']\n"
        "from planwatch.cli import main\n"
        "code = main()\n"  # no command: the help, exit 2; the allocators are set before anything
        "from planwatch.memory import SETTINGS\n"
        "print(json.dumps({'env': {k: os.environ.get(k) for k in SETTINGS},\n"
        "                  'polars': 'polars' in sys.modules, 'pyarrow': 'pyarrow' in sys.modules}))"
    )
    assert got["env"] == memory.SETTINGS
    assert not got["polars"] and not got["pyarrow"]


def test_pyarrow_then_uses_the_system_allocator_and_children_inherit_the_settings():
    got = _python(
        "import json, os, subprocess, sys\n"
        "from planwatch import memory\n"
        "memory.tune()\n"
        "import pyarrow\n"
        "child = subprocess.run([sys.executable, '-c', 'import os; print(os.environ[\"MALLOC_ARENA_MAX\"])'],\n"
        "                       capture_output=True, text=True).stdout.strip()\n"
        "print(json.dumps({'pool': pyarrow.default_memory_pool().backend_name, 'child': child}))"
    )
    assert got == {"pool": "system", "child": str(memory.ARENAS)}


def test_a_setting_already_in_the_environment_is_kept():
    got = _python(
        "import json\nfrom planwatch import memory\nprint(json.dumps(memory.tune()))",
        MALLOC_ARENA_MAX="4",
        ARROW_DEFAULT_MEMORY_POOL="mimalloc",
    )
    assert got["MALLOC_ARENA_MAX"] == "4" and got["ARROW_DEFAULT_MEMORY_POOL"] == "mimalloc"
    assert got["_RJEM_MALLOC_CONF"] == memory.SETTINGS["_RJEM_MALLOC_CONF"]


def test_release_hands_freed_heap_back():
    got = _python(
        "import json\n"
        "from planwatch import memory\n"
        "def rss():\n"
        "    return int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) // 1024\n"
        "blocks = [bytearray(2000) for _ in range(100_000)]\n"  # ~200 MB of small heap blocks
        "keep = blocks[-1]\n"  # the top of the heap stays in use: only a trim returns the rest
        "del blocks\n"
        "before = rss()\n"
        "memory.release()\n"
        "print(json.dumps({'before': before, 'after': rss()}))"
    )
    assert got["after"] < got["before"] - 100


def test_polars_jemalloc_takes_every_setting():
    """jemalloc ignores a setting it does not know, saying so on stderr only: a typo would leave
    the night with per-thread caches or decay delays and nobody would notice."""
    clean = {k: v for k, v in os.environ.items() if k not in memory.SETTINGS}
    code = (
        "import threading\n"
        "from planwatch import memory\n"
        "memory.tune()\n"
        "import polars as pl\n"
        "def work():\n"
        "    pl.DataFrame({'a': list(range(50_000))}).with_columns(b=pl.col('a') * 2).sum()\n"
        "threads = [threading.Thread(target=work) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print('ok')\n"
    )
    bad = dict(clean, _RJEM_MALLOC_CONF=memory.SETTINGS["_RJEM_MALLOC_CONF"] + ",no_such_option:1")
    for env, complaint in ((clean, False), (bad, True)):
        out = subprocess.run(
            [sys.executable, "-c", code],
            env={**env, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert out.stdout.strip() == "ok"
        assert ("<jemalloc>: Invalid conf" in out.stderr) is complaint, out.stderr


def test_a_cli_started_by_a_process_that_imported_polars_still_gets_the_settings():
    """polars writes its own jemalloc default into the environment when it is imported
    (`_RJEM_MALLOC_CONF=dirty_decay_ms:500,muzzy_decay_ms:1000`), so every child of a process
    that imported polars (a benchmark, a test, a scheduler written in Python) inherits it. It is
    no one's choice: the CLI's settings replace it (else the night keeps jemalloc's per-thread
    caches: ~220 MB more at 11,000 sources). A value the user set is kept, also once polars has
    put its default in front of it."""
    child = "import json\nfrom planwatch import memory\nprint(json.dumps(memory.tune()))"
    spawn = (
        "import json, os, subprocess, sys\n"
        "import polars\n"  # writes its default into os.environ
        f"out = subprocess.run([sys.executable, '-c', {child!r}], capture_output=True, text=True, check=True)\n"
        "print(json.dumps({'parent': os.environ['_RJEM_MALLOC_CONF'], 'child': json.loads(out.stdout)}))"
    )
    got = _python(spawn)
    assert got["parent"].startswith("dirty_decay_ms:500")  # polars' default, as this check assumes
    assert got["child"]["_RJEM_MALLOC_CONF"] == memory.SETTINGS["_RJEM_MALLOC_CONF"]
    mine = _python(spawn, _RJEM_MALLOC_CONF="narenas:4")  # the user's: kept, polars' in front
    assert (
        mine["child"]["_RJEM_MALLOC_CONF"]
        == mine["parent"]
        == "dirty_decay_ms:500,muzzy_decay_ms:1000,narenas:4"
    )
