"""The run journal of `planwatch fetch`: its `pages` rows and fetched pages as JSON lines in the
raw archive (`<root>/raw/journal/<run_id>.jsonl`), so a fetch without the warehouse still knows
what earlier fetches saw.

`JournalWriter` writes the journal while the crawl runs, one line per page as it is recorded
(after its body is in the archive), so a fetch that is killed or interrupted leaves a journal of
everything it fetched and the next fetch does not ask for those pages again. On a local archive
each line is appended and flushed to the file at once; on object storage (no appends) the lines
go out in numbered part objects (`<run_id>.part-00001.jsonl`) every `PART_ROWS` rows.
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from typing import Any

from extract.archive import RawArchive
from extract.crawl import SourceCrawl
from extract.exceptions import ArchiveError
from extract.state import CrawlState
from planwatch.ids import is_safe_run_id
from planwatch.records import FetchedPage

JOURNAL_DIR = "raw/journal"
PART_ROWS = 200


def _line(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default) + "\n"


class JournalWriter:
    """Streams a run's pages rows and documents into its journal (use as `on_event` of the crawl)."""

    def __init__(self, archive: RawArchive, run_id: str) -> None:
        if not is_safe_run_id(run_id):
            raise ArchiveError(f"bad run id {run_id!r}")
        self.archive, self.run_id = archive, run_id
        self._lock = threading.Lock()
        self._pending: dict[str, list[str]] = {"pages": [], "documents": []}
        self._parts = 0
        self.path = archive.write_file(f"{JOURNAL_DIR}/{run_id}.jsonl", b"")
        archive.write_file(f"{JOURNAL_DIR}/{run_id}.documents.jsonl", b"")

    def __call__(self, event: dict) -> None:
        if event.get("event") == "page" and event.get("row") is not None:
            self._add("pages", _line(event["row"]))
        elif event.get("event") == "document" and event.get("document") is not None:
            self._add("documents", _line(event["document"].to_dict()))

    def _add(self, what: str, line: str) -> None:
        with self._lock:
            if self.archive.can_append:
                suffix = ".jsonl" if what == "pages" else ".documents.jsonl"
                self.archive.append_file(f"{JOURNAL_DIR}/{self.run_id}{suffix}", line.encode("utf-8"))
                return
            self._pending[what].append(line)
            if sum(len(v) for v in self._pending.values()) >= PART_ROWS:
                self._flush_part()

    def _flush_part(self) -> None:
        if not any(self._pending.values()):
            return
        self._parts += 1
        for what, suffix in (("pages", "jsonl"), ("documents", "documents.jsonl")):
            lines = self._pending[what]
            self.archive.write_file(
                f"{JOURNAL_DIR}/{self.run_id}.part-{self._parts:05d}.{suffix}", "".join(lines).encode("utf-8")
            )
            lines.clear()

    def close(self) -> None:
        with self._lock:
            self._flush_part()


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _typed(row: dict) -> dict:
    row = dict(row)
    for key in ("fetched_at",):
        if isinstance(row.get(key), str):
            row[key] = datetime.fromisoformat(row[key])
    if isinstance(row.get("list_date"), str):
        row["list_date"] = date.fromisoformat(row["list_date"])
    return row


def write_journal(archive: RawArchive, run_id: str, crawls: list[SourceCrawl]) -> str:
    """Write `<root>/raw/journal/<run_id>.jsonl` (pages rows) and `<run_id>.documents.jsonl`."""
    if not is_safe_run_id(run_id):
        raise ArchiveError(f"bad run id {run_id!r}")
    pages = "".join(
        json.dumps(r, ensure_ascii=False, default=_json_default) + "\n" for c in crawls for r in c.pages
    )
    docs = "".join(
        json.dumps(d.to_dict(), ensure_ascii=False, default=_json_default) + "\n"
        for c in crawls
        for d in c.documents
    )
    path = archive.write_file(f"{JOURNAL_DIR}/{run_id}.jsonl", pages.encode("utf-8"))
    archive.write_file(f"{JOURNAL_DIR}/{run_id}.documents.jsonl", docs.encode("utf-8"))
    return path


def _lines(archive: RawArchive, run_id: str, suffix: str) -> list[dict]:
    """Every complete JSON line of a run's journal file and its parts (a line cut short by a
    killed process is dropped: its page is fetched again)."""
    names = [f"{run_id}.{suffix}"] + sorted(
        n
        for n in archive.list_files(JOURNAL_DIR)
        if n.startswith(f"{run_id}.part-")
        and n.endswith(f".{suffix}")
        and (suffix != "jsonl" or not n.endswith(".documents.jsonl"))
    )
    out: list[dict] = []
    for name in names:
        try:
            raw = archive.read_file(f"{JOURNAL_DIR}/{name}").decode("utf-8", errors="replace")
        except (FileNotFoundError, OSError):
            continue
        for line in raw.splitlines():
            if line:
                try:
                    out.append(_typed(json.loads(line)))
                except ValueError:
                    continue
    return out


def read_journal(archive: RawArchive, run_id: str) -> tuple[list[dict], list[FetchedPage]]:
    """The pages rows (typed, ready for `conform("pages", rows)`) and documents of one run."""
    pages = _lines(archive, run_id, "jsonl")
    docs = [FetchedPage.from_dict(d) for d in _lines(archive, run_id, "documents.jsonl")]
    return pages, docs


def journal_run_ids(archive: RawArchive) -> list[str]:
    """Run ids with a journal in the archive (local or object storage), oldest first."""
    return sorted(
        name[: -len(".jsonl")]
        for name in archive.list_files(JOURNAL_DIR)
        if name.endswith(".jsonl") and not name.endswith(".documents.jsonl") and ".part-" not in name
    )


def state_from_journals(archive: RawArchive) -> CrawlState:
    """Crawl state from every journal in the archive (for `planwatch fetch` without the warehouse)."""
    state = CrawlState()
    for run_id in journal_run_ids(archive):
        state.update(read_journal(archive, run_id)[0])
    return state
