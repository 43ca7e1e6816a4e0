"""A night's parsed tables in bounded chunks, never all held in memory.

Parse batches (`steps.BATCH_PAGES` pages of one source or several) come back as the crawl goes
on; `ChunkBuilder` holds their tables and the sources' `pages` rows until they make a chunk of
about `--load-chunk-docs` documents, which `flows.loading.load_chunk` validates, enqueues the
alerts of and loads, then drops. A source's rows always travel in one chunk (validation and
`drop_sources` act per source): a source is taken only once its crawl is done and every page
of it is parsed. `ParseQueue` keeps at most `MAX_PARSES_IN_FLIGHT` parse task runs going (each holds up to a batch of parsed documents while it runs) and hands back their
outcomes as they finish, so no finished batch waits in a future for the end of the night.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl
    from prefect.futures import PrefectFuture

    from flows.steps import ParseOutcome
    from planwatch.records import FetchedPage

MAX_PARSES_IN_FLIGHT = 4  # parse task runs at once: parsing is CPU-bound, more only hold more
PAGE_ROWS_PER_DOC = 10  # `pages` rows of finished sources held at most: this × the chunk bound
WAIT_STEP_S = 0.2  # the main thread waits in short steps so that Ctrl-C reaches it


@dataclass
class Chunk:
    """What one load takes: content tables (contract schema), the `pages` rows of its sources,
    and the sources it covers (all their rows of the run are in it)."""

    tables: dict[str, pl.DataFrame]
    pages: list[dict[str, Any]]
    sources: list[str]

    @property
    def n_docs(self) -> int:
        return self.tables["documents"].height


class ChunkBuilder:
    """The parsed tables and `pages` rows of a run not loaded yet, by source. Fed by the flow's
    main thread, and by the crawl threads (`add_live`); `unloaded_rows` may be read from the
    stop thread (under `lock`).

    A source's `pages` rows are held once: as the crawler records them (`live`, by source, so
    that an interrupted run keeps them) until its crawl is taken, then with the rows to load."""

    def __init__(self, bound_docs: int, lock: threading.Lock | None = None) -> None:
        self.bound = max(1, int(bound_docs))
        self.lock = lock or threading.Lock()
        self.open: set[str] = set()  # sources whose crawl is not taken yet
        self.pending: Counter[str] = Counter()  # source → pages to parse not back yet
        self.parts: list[dict[str, pl.DataFrame]] = []
        self.docs: Counter[str] = Counter()  # source → documents held
        self.rows: list[dict[str, Any]] = []  # `pages` rows of crawls taken, not loaded yet
        self.live: dict[str, list[dict[str, Any]]] = {}  # rows of crawls still running, by source
        self.changed = False  # fed since the last look: `take` looks again

    # -- feeding
    def expect(self, source_ids: Iterable[str]) -> None:
        """Sources still to be crawled: none of their rows is taken before `crawled`."""
        self.open.update(source_ids)

    def add_live(self, row: dict[str, Any]) -> None:
        """A `pages` row the crawler just recorded (called from crawl threads)."""
        with self.lock:
            self.live.setdefault(str(row.get("source_id") or ""), []).append(row)

    def crawled(self, source_id: str, rows: list[dict[str, Any]]) -> None:
        """A source's crawl is taken: its rows (the same fetches as its live rows) replace them."""
        self.open.discard(source_id)
        self.changed = True
        with self.lock:
            self.live.pop(source_id, None)
            self.rows.extend(rows)

    def add_rows(self, rows: list[dict[str, Any]]) -> None:
        self.changed = True
        with self.lock:
            self.rows.extend(rows)

    def to_parse(self, pages: list[FetchedPage]) -> None:
        """Pages of their sources that will be parsed: the sources wait for them."""
        self.pending.update(p.source_id for p in pages)

    def parsed(self, pages: list[FetchedPage], tables: dict[str, pl.DataFrame] | None) -> None:
        """A parse batch is back (`tables` None when it failed as a whole)."""
        self.changed = True
        self.pending.subtract(p.source_id for p in pages)
        for sid in {p.source_id for p in pages}:
            if self.pending[sid] <= 0:
                del self.pending[sid]
        if tables is not None and tables["documents"].height:
            self.parts.append(tables)
            self.docs.update(tables["documents"].get_column("source_id").fill_null("").to_list())

    def unloaded_rows(self) -> list[dict[str, Any]]:
        """Every `pages` row of the run not loaded yet (a fetch may appear twice: see fetch_id)."""
        with self.lock:
            return [*self.rows, *(r for rows in self.live.values() for r in rows)]

    # -- taking
    def _complete(self, sid: str) -> bool:
        return sid not in self.open and sid not in self.pending

    def take(self, *, final: bool = False) -> Chunk | None:
        """The next chunk: finished sources (whole) until they hold `bound` documents or
        `PAGE_ROWS_PER_DOC` × bound `pages` rows; with `final`, what is left when less. None when
        there is not enough yet (nothing left, with `final`)."""
        if not (final or self.changed):
            return None
        self.changed = False
        with self.lock:
            row_count = Counter(str(r.get("source_id") or "") for r in self.rows)
        done: set[str] = set()
        n_docs = n_rows = 0
        for sid in sorted(set(self.docs) | set(row_count)):  # finished sources, up to the bound
            if not (final or self._complete(sid)):
                continue
            done.add(sid)
            n_docs, n_rows = n_docs + self.docs[sid], n_rows + row_count[sid]
            if n_docs >= self.bound or n_rows >= self.bound * PAGE_ROWS_PER_DOC:
                break
        else:
            if not final or not done:  # not enough finished yet: wait for more
                return None
        tables = concat_tables(self.parts)
        self.parts = []
        if set(self.docs) - done:  # sources still parsing keep their rows for a later chunk
            tables, rest = _split(tables, done)
            self.parts.append(rest)
        for sid in done:
            self.docs.pop(sid, None)
        with self.lock:
            mine = [r for r in self.rows if str(r.get("source_id") or "") in done]
            self.rows = [r for r in self.rows if str(r.get("source_id") or "") not in done]
        self.changed = True  # what is left may make another chunk
        return Chunk(tables, mine, sorted(done))


def concat_tables(parts: Iterable[dict[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """Concatenate per-batch tables (all built by `transform.tables.build_tables`, so already in
    contract schema and the concat is exact): the batches of one chunk, never a whole night.

    No rechunk, and the de-duplication copy is made only when a key really repeats.
    """
    import polars as pl

    from warehouse.contract import empty, table

    parts = list(parts)
    out = {}
    for name in CONTENT_TABLES:
        frames = [p[name] for p in parts if p.get(name) is not None and p[name].height]
        frame = pl.concat(frames, how="vertical", rechunk=False) if frames else empty(name)
        key = list(table(name).key)
        # one row per key even when a page is listed twice (two list pages link the same notice)
        if frame.height and frame.select(pl.struct(key).is_duplicated().any()).item():
            frame = frame.unique(subset=key, keep="last", maintain_order=True)
        out[name] = frame
    return out


def _split(
    tables: dict[str, pl.DataFrame], sources: set[str]
) -> tuple[dict[str, pl.DataFrame], dict[str, pl.DataFrame]]:
    """(rows of these sources, the other rows): a child row goes with its document."""
    import polars as pl

    docs = tables["documents"]
    ids = docs.filter(pl.col("source_id").fill_null("").is_in(list(sources))).get_column("doc_id")
    mine = {n: f.filter(pl.col("doc_id").is_in(ids.implode())) for n, f in tables.items()}
    rest = {n: f.filter(~pl.col("doc_id").is_in(ids.implode())) for n, f in tables.items()}
    return mine, rest


Outcome = tuple[list["FetchedPage"], "ParseOutcome | BaseException"]


class ParseQueue:
    """Parse task runs over batches of pages, at most `limit` in flight; outcomes as they finish."""

    def __init__(
        self,
        submit: Callable[[list[FetchedPage]], PrefectFuture[ParseOutcome]],
        limit: int = MAX_PARSES_IN_FLIGHT,
    ) -> None:
        self.submit = submit
        self.limit = max(1, limit)
        self.waiting: deque[list[FetchedPage]] = deque()
        self.running: dict[int, tuple[list[FetchedPage], PrefectFuture[ParseOutcome]]] = {}
        self.done: queue.Queue[Any] = queue.Queue()

    def __len__(self) -> int:
        return len(self.waiting) + len(self.running)

    def add(self, pages: list[FetchedPage]) -> None:
        self.waiting.append(pages)
        self._launch()

    def _launch(self) -> None:
        while self.waiting and len(self.running) < self.limit:
            pages = self.waiting.popleft()
            future = self.submit(pages)
            self.running[id(future)] = (pages, future)
            future.add_done_callback(self.done.put)

    def finished(self, wait: bool = False) -> Iterator[Outcome]:
        """The outcomes of the parse runs that ended (with `wait`, at least one unless none is
        left), each once; the future is dropped when taken (its result with it)."""
        while self.running or self.waiting:
            try:
                future = self.done.get(timeout=WAIT_STEP_S) if wait else self.done.get_nowait()
            except queue.Empty:
                if wait:
                    continue
                return
            pages, fut = self.running.pop(id(future))
            try:
                outcome: ParseOutcome | BaseException = fut.result()
            except Exception as exc:
                outcome = exc
            del fut, future
            self._launch()
            wait = False
            yield pages, outcome
