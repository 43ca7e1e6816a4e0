"""How this process's memory allocators give memory back (a night's peak RSS, docs/scale.md).

A night holds three allocators besides CPython's: glibc malloc (CPython objects, lxml, delta-rs),
polars' bundled jemalloc and pyarrow's mimalloc pool. Left at their defaults they keep what a
chunk's validation and load freed for reuse, so the process stays at its highest chunk's size and
creeps up with every chunk (measured: ~20-25 MB more per loaded chunk from polars' jemalloc alone).
`tune()` sets them, before they start, to hand freed memory back:

- glibc: at most `ARENAS` malloc arenas (`MALLOC_ARENA_MAX`; glibc's default is 8 per core, each
  keeping its own freed heap; a night runs up to `--crawl-concurrency` crawl threads);
- polars' jemalloc (`_RJEM_MALLOC_CONF`): freed pages returned at once (no decay delay), and no
  per-thread cache (`tcache:false`): a night runs ~200 threads (crawl batches, parses, Prefect's),
  and each thread that ever touched polars kept its own cache of freed blocks for as long as it
  lived, which no decay reaches (measured on a 2,000-source first night: the process's memory
  outside CPython's and glibc's heaps grew from 42 to 91 MB over the chunks with it, 11 to 33
  without; polars-heavy code runs ~20 % slower, a night's time is its crawl);
- pyarrow: the system allocator (`ARROW_DEFAULT_MEMORY_POOL=system`), which
  `malloc_trim` (`release()`, after each chunk) reaches.

Each is an environment variable the allocator reads when it starts, so `tune()` must run before
polars and pyarrow are imported (the CLI calls it first); child processes (Prefect's temporary
server, Dask workers) inherit them. A value already in the environment is kept, except polars'
own default: importing polars writes `_RJEM_MALLOC_CONF=dirty_decay_ms:500,muzzy_decay_ms:1000`
(followed by the value it found, if any) into its process's environment, and every child of a
process that imported polars inherits it. That is nobody's choice, and keeping it cost a night the
settings above (measured: the 11,000-source first night started by `benchmarks scale` after a
smaller size, whose `documents` check had imported polars, peaked at 966 MB instead of ~745).
A Prefect worker running the deployments should be started with the same variables
(docs/scale.md).
"""

from __future__ import annotations

import os
from typing import Any

ARENAS = 2
M_ARENA_MAX = -8  # glibc's mallopt parameter number for the arena cap (malloc.h)
SETTINGS = {
    "MALLOC_ARENA_MAX": str(ARENAS),
    "_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0,tcache:false",
    "ARROW_DEFAULT_MEMORY_POOL": "system",
}
# what `import polars` puts in front of `_RJEM_MALLOC_CONF` (polars/__init__.py; the THP options
# with POLARS_THP=1): in an inherited value, what follows it is the value someone chose
POLARS_JEMALLOC_DEFAULTS = (
    "dirty_decay_ms:500,muzzy_decay_ms:1000,thp:always,metadata_thp:always",
    "dirty_decay_ms:500,muzzy_decay_ms:1000",
)


def tune() -> dict[str, str]:
    """Set the allocators' environment (kept where someone set it: `chosen`) and cap this process's glibc
    arenas now (glibc read `MALLOC_ARENA_MAX` when the process started). Returns the settings in
    force. A no-op for glibc where there is none."""
    for name, value in SETTINGS.items():
        if not chosen(name):
            os.environ[name] = value
    arenas = os.environ["MALLOC_ARENA_MAX"]
    if arenas.isdigit() and int(arenas) > 0:
        _mallopt(M_ARENA_MAX, int(arenas))
    return {name: os.environ[name] for name in SETTINGS}


def chosen(name: str) -> str:
    """The value of the allocator variable `name` someone set for this process ('' if none):
    polars' default for jemalloc, which importing polars writes into the environment a child
    inherits, is not a choice."""
    value = os.environ.get(name, "")
    if name == "_RJEM_MALLOC_CONF":
        for default in POLARS_JEMALLOC_DEFAULTS:
            if value == default or value.startswith(default + ","):
                return value[len(default) + 1 :]
    return value


def release() -> None:
    """Hand the memory freed so far back to the system: a garbage collection, then glibc's
    `malloc_trim` (glibc keeps freed heap pages for reuse otherwise). No-op without glibc."""
    import gc

    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def _mallopt(param: int, value: int) -> bool:
    libc = _libc()
    return bool(libc is not None and libc.mallopt(param, value))


def _libc() -> Any:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim  # noqa: B018  (glibc only)
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError, TypeError):
        return None
    return libc
