"""Ctrl-C and SIGTERM: a run stops within seconds, whatever it is doing, and says what it did.

The CLI wraps a command in `handle_signals()`. The first SIGINT or SIGTERM:

1. sets `STOP`: the HTTP client starts no new request and waits end early (`sleep`);
2. starts a stop thread that runs the `on_stop` callbacks at once (the flows record the run as
   interrupted with the pages already archived), then waits: if the process is still alive
   FORCE_AFTER_S seconds after the signal (a call blocked on a dead server, a request in flight
   in a worker thread), it runs the `on_exit` callbacks (stop child processes) and ends the
   process with exit code 130;
3. raises KeyboardInterrupt in the main thread, unless it is inside a `deferred()` section
   (commits that belong together), so the flow stops waiting for its tasks.

Steps 1 and 2 are done by a watcher thread that reads the signal numbers from CPython's wakeup
fd: they never wait for the main thread, which may be blocked in a C call that a signal does
not interrupt (an untimed lock wait, when the kernel hands the signal to another thread). Step 3
happens when the main thread next runs Python code; the flows wait in short timed steps so that
it comes at once.

A second signal ends the process at once. Outside `handle_signals` (tests, a Prefect worker)
nothing here is installed and `STOP` stays clear.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator

from planwatch import exitcodes

STOP = threading.Event()
FORCE_AFTER_S = 4.0  # the promise is 5 s from the signal to the end of the process
SIGNALS = (signal.SIGINT, signal.SIGTERM)

Callback = Callable[[], object]


class _State:
    def __init__(self) -> None:
        self.installed = False
        self.signal_name = ""
        self.deferred = 0
        self.on_stop: list[Callback] = []
        self.on_exit: list[Callback] = []
        self.hopeless: list[Callback] = []  # true when waiting for the main thread is pointless
        self.force_after_s = FORCE_AFTER_S
        self.raised = False  # KeyboardInterrupt raised once per stop
        self.summary = ""  # what was done about the stop, said when the process is ended


_state = _State()


def requested() -> bool:
    """Whether a stop was asked for (SIGINT or SIGTERM under `handle_signals`)."""
    return STOP.is_set()


def signal_name() -> str:
    """The signal that asked for the stop ('SIGINT', 'SIGTERM'), '' when none."""
    return _state.signal_name


def sleep(seconds: float) -> bool:
    """Sleep, waking at once when a stop is requested; True when it was."""
    if seconds <= 0:
        return STOP.is_set()
    return STOP.wait(seconds)


def _write(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def exit_now(code: int = exitcodes.INTERRUPTED) -> None:
    """Run the `on_exit` callbacks (each bounded), flush, and end the process without waiting
    for worker threads (a request in flight in one of them is abandoned)."""
    for fn in list(_state.on_exit):
        _bounded(fn, 1.0)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _bounded(fn: Callback, seconds: float) -> None:
    t = threading.Thread(target=_quietly, args=(fn,), daemon=True)
    t.start()
    t.join(seconds)


def _quietly(fn: Callback) -> object:
    try:
        return fn()
    except Exception as exc:  # a callback problem never keeps the process alive
        _write(f"planwatch: while stopping: {type(exc).__name__}: {exc}")
        return None


def _stop_thread(started: float) -> None:
    for fn in list(_state.on_stop):
        _quietly(fn)
    deadline = started + _state.force_after_s
    while time.monotonic() < deadline:  # the main thread's chance to end cleanly ...
        if any(_quietly(pred) for pred in _state.hopeless):  # ... unless it cannot come
            break
        time.sleep(0.1)
    _write(f"planwatch: {_state.summary or 'stopped'} (exiting without waiting for requests in flight)")
    exit_now()


def _on_signal(signum: int) -> None:
    """What a signal does, run by the watcher thread (whatever the main thread is blocked in)."""
    name = signal.Signals(signum).name
    if STOP.is_set():
        _write(f"planwatch: {name} again: quitting at once")
        exit_now()
    _state.signal_name = _state.signal_name or name
    STOP.set()
    _write(
        f"planwatch: {name}: stopping and recording what this run did (press Ctrl-C again to quit at once)"
    )
    threading.Thread(
        target=_stop_thread, args=(time.monotonic(),), name="planwatch-stop", daemon=True
    ).start()


def _watch(read_fd: int) -> None:
    """Read the signal numbers CPython writes to the wakeup fd. A Python-level handler runs only
    in the main thread, and only once it leaves the C call it is blocked in (an untimed lock
    wait may never return); this thread sees every signal at once."""
    import select

    try:
        while True:
            select.select([read_fd], [], [])
            data = os.read(read_fd, 64)
            if not data:
                return
            for signum in data:
                if signum in SIGNALS:
                    _on_signal(signum)
    except OSError:
        return
    finally:
        with contextlib.suppress(OSError):
            os.close(read_fd)


def _handler(signum: int, frame: object) -> None:
    """The Python-level handler (main thread): unwind what the main thread was doing, unless it
    is in a `deferred` section. The stop itself is the watcher's (`_on_signal`)."""
    _state.signal_name = _state.signal_name or signal.Signals(signum).name
    if _state.deferred == 0 and not _state.raised:
        _state.raised = True
        raise KeyboardInterrupt


@contextlib.contextmanager
def handle_signals(force_after_s: float = FORCE_AFTER_S) -> Iterator[None]:
    """SIGINT and SIGTERM stop this command as the module doc says (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    STOP.clear()
    _state.signal_name, _state.force_after_s, _state.raised, _state.summary = "", force_after_s, False, ""
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    previous = {s: signal.getsignal(s) for s in SIGNALS}
    for s in SIGNALS:
        signal.signal(s, _handler)
    previous_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    threading.Thread(target=_watch, args=(read_fd,), name="planwatch-signals", daemon=True).start()
    _state.installed = True
    try:
        yield
    finally:
        _state.installed = False
        signal.set_wakeup_fd(previous_fd)
        for s, handler in previous.items():
            signal.signal(s, handler)
        os.close(write_fd)  # the watcher reads EOF and ends


def set_summary(text: str) -> None:
    """One line saying what was done about the stop (printed if the process has to be ended)."""
    _state.summary = text


def reinstall() -> None:
    """Put this module's handlers back when `handle_signals` is in force: Prefect's flow engine
    replaces the SIGTERM handler for the length of a flow run (its own raises a crash)."""
    if _state.installed and threading.current_thread() is threading.main_thread():
        for s in SIGNALS:
            signal.signal(s, _handler)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """A section a signal must not break into (the load's commits): the signal only sets STOP,
    and the caller checks `requested()` after it. The stop thread still ends the process
    FORCE_AFTER_S after the signal, which is no worse than a crash (the load is crash-safe)."""
    _state.deferred += 1
    try:
        yield
    finally:
        _state.deferred -= 1


@contextlib.contextmanager
def on_stop(fn: Callback) -> Iterator[None]:
    """Run `fn` in the stop thread as soon as a signal comes (while this block is active)."""
    _state.on_stop.append(fn)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            _state.on_stop.remove(fn)


def hopeless_when(fn: Callback) -> None:
    """After the `on_stop` callbacks, end the process as soon as `fn()` is true instead of giving
    the main thread until the deadline (e.g. the server it would report to is gone)."""
    if fn not in _state.hopeless:
        _state.hopeless.append(fn)


def on_exit(fn: Callback) -> None:
    """Run `fn` (at most 1 s) when an interrupted process ends (`exit_now`), e.g. stop a child
    process that would otherwise outlive it."""
    if fn not in _state.on_exit:
        _state.on_exit.append(fn)
