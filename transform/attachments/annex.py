"""A notice's attached files -> its annex tasks, units and targets, and one `attachments` row each.

Each file is read to text (`read_file`; a ZIP gives its members) and that text is parsed by the
page parser itself (`parse_text`, the same structure/units/targets code as a page: one path).
The rows are then put into the notice's document:
- paths start with the annex label (EXTRACTION.md): `附件1` … as the shown name says
  ("附件2：任务清单.xlsx"), else `附件` for a single file and `附件k` for the k-th of several;
- task and target ids are made from the labelled path (unique within the document);
- every task and target row gets `origin`: `page` for the notice's own text, else the file's
  name (`archive.zip/member.docx` for a ZIP member), the key of its `attachments` row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from planwatch.records import AttachedFile, ParsedDocument
from transform.attachments import read_file
from transform.attachments.model import FileText
from transform.targets.restates import mark_restatements

PAGE_ORIGIN = "page"
_LABEL = re.compile(r"^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?")
_YEAR = re.compile(r"20\d\d")
_MAX_FILES = 30  # files of one notice parsed (ZIP members included)

ParseText = Callable[[str], ParsedDocument]


def annex_label(name: str, k: int, total: int) -> str:
    """附件1 from "附件1：任务清单.docx"; else 附件 (one file) or 附件k (the k-th of several)."""
    m = _LABEL.match(name or "")
    if m and m.group(1):
        return f"附件{m.group(1)}"
    return "附件" if total == 1 else f"附件{k}"


def _files(attached: Sequence[AttachedFile], ocr: bool) -> list[tuple[AttachedFile, str, FileText, bool]]:
    """(file, origin, text, is_member) for each file, the members of a ZIP after the ZIP itself."""
    out: list[tuple[AttachedFile, str, FileText, bool]] = []
    seen: set[str] = set()
    for f in attached:
        text = read_file(f.data, f.name or f.url, ocr=ocr)
        origin = _unique(f.name or (f.url or "").rsplit("/", 1)[-1] or "attachment", seen)
        out.append((f, origin, text, False))
        for member, mtext in text.members:
            out.append((f, _unique(f"{origin}/{member}", seen), mtext, True))
    return out[: _MAX_FILES * 2]


def _unique(name: str, seen: set[str]) -> str:
    base, k = name[:300], 1
    while name[:300] in seen:
        k += 1
        name = f"{base}~{k}"
    seen.add(name[:300])
    return name[:300]


def attachment_row(doc_id: str, f: AttachedFile, origin: str, text: FileText, member: bool) -> dict[str, Any]:
    sha = hashlib.sha256(f.data).hexdigest() if not member else None
    return {
        "doc_id": doc_id,
        "origin": origin,
        "url": f.url,
        "name": origin.rsplit("/", 1)[-1] if member else f.name,
        "format": text.format,
        "bytes": len(f.data) if not member else None,
        "sha256": (f.sha256 or sha) if not member else None,
        "pages": text.pages,
        "chars": text.chars,
        "status": text.status,
        "error": text.error,
        "n_tasks": 0,
        "n_targets": 0,
    }


def add_annexes(
    parsed: ParsedDocument,
    attached: Sequence[AttachedFile],
    parse_text: ParseText,
    *,
    keep_rows: bool = True,
    ocr: bool = False,
) -> tuple[list[str], dict[str, Any] | None]:
    """Parse the files into `parsed` (in place); returns notes on files that gave no text and
    the document row the first readable file gave (its title and dates, for a notice without).

    keep_rows=False (the notice is no plan): the files are read and recorded, their rows dropped."""
    doc = parsed.document
    doc_id = doc["doc_id"]
    for rows in (parsed.tasks, parsed.targets):
        for r in rows:
            r.setdefault("origin", PAGE_ORIGIN)
    files = _files(attached, ocr)
    readable = [x for x in files if x[2].text.strip() and x[2].status == "parsed"]
    notes = []
    first: dict[str, Any] | None = None
    for f, origin, text, member in files:
        row = attachment_row(doc_id, f, origin, text, member)
        parsed.attachments.append(row)
        if text.status != "parsed" and not text.members:
            notes.append(f"{origin}: {text.status}" + (f" ({text.error})" if text.error else ""))
    for k, (_f, origin, text, _m) in enumerate(readable, 1):
        if not keep_rows:
            break
        label = annex_label(origin.rsplit("/", 1)[-1], k, len(readable))
        lead = doc.get("title") or ""
        body = text.text if (_YEAR.search(text.text[:300]) or not lead) else f"{lead}\n{text.text}"
        sub = parse_text(body)
        first = first or sub.document
        row = next(r for r in parsed.attachments if r["origin"] == origin)
        if _printed_on_page(parsed, sub):
            row["error"] = "its tasks are printed on the page too: counted once, from the page"
            continue
        row["n_tasks"], row["n_targets"] = len(sub.tasks), len(sub.targets)
        _merge(parsed, sub, label, origin)
    if any(t["origin"] != PAGE_ORIGIN for t in parsed.tasks):
        _drop_notice_sections(parsed)
    if parsed.attachments and keep_rows:
        mark_restatements(parsed.targets)
        for i, t in enumerate(parsed.targets, 1):
            t["seq"] = i
    doc["n_tasks"], doc["n_targets"] = len(parsed.tasks), len(parsed.targets)
    return notes, first


_CN_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}$")
_NOTICE_SECTIONS = 5  # as `transform.structure`: a notice states a few requirements of its own


def _drop_notice_sections(parsed: ParsedDocument) -> None:
    """A notice whose plan is its attachment states a few requirements of its own (一、提高认识
    二、压实责任): as when the annex is printed on the page (`transform.structure`), they are no
    tasks. Only top-level sections (一、二、) go, and only when the page has nothing else."""
    page = [t for t in parsed.tasks if t["origin"] == PAGE_ORIGIN]
    if not page or len(page) > _NOTICE_SECTIONS:
        return
    if not all(len(t["path"]) == 1 and _CN_SECTION.match(t["path"][0]) for t in page):
        return
    gone = {t["task_id"] for t in page}
    parsed.tasks[:] = [t for t in parsed.tasks if t["task_id"] not in gone]
    parsed.task_units[:] = [u for u in parsed.task_units if u["task_id"] not in gone]
    parsed.targets[:] = [g for g in parsed.targets if g.get("task_id") not in gone]
    for i, t in enumerate(parsed.tasks, 1):
        t["seq"] = i


def _printed_on_page(parsed: ParsedDocument, sub: ParsedDocument) -> bool:
    """The page carries the file's text as well (portals paste the annex and attach it): most of
    the file's task titles are already among the page's."""
    own = {"".join((t.get("title") or "").split()) for t in parsed.tasks if t.get("origin") == PAGE_ORIGIN}
    titles = ["".join((t.get("title") or "").split()) for t in sub.tasks]
    if not own or not titles:
        return False
    return sum(t in own for t in titles) >= 0.8 * len(titles)


def _merge(parsed: ParsedDocument, sub: ParsedDocument, label: str, origin: str) -> None:
    """The rows of one file into the notice's rows: labelled paths, new ids, `origin`."""
    doc_id = parsed.document["doc_id"]
    taken = {t["task_id"] for t in parsed.tasks}
    ids: dict[str, str] = {}
    # a file holding a notice and its own numbered annexes (附件1 …, 附件2 …) keeps their labels
    own = sum(1 for t in sub.tasks if t["path"] and _LABEL.match(t["path"][0])) == len(sub.tasks)
    for t in sub.tasks:
        keep = own or (t["path"] and t["path"][0] == label)
        path = list(t["path"]) if keep else [label, *t["path"]]
        task_id = new_id = f"{doc_id}/{'/'.join(path)}"
        k = 1
        while new_id in taken:
            k += 1
            new_id = f"{task_id}~{k}"
        taken.add(new_id)
        ids[t["task_id"]] = new_id
        parsed.tasks.append(
            {
                **t,
                "doc_id": doc_id,
                "task_id": new_id,
                "path": path,
                "seq": len(parsed.tasks) + 1,
                "origin": origin,
            }
        )
    for u in sub.task_units:
        parsed.task_units.append({**u, "doc_id": doc_id, "task_id": ids.get(u["task_id"], u["task_id"])})
    target_ids: dict[str, str] = {}
    for g in sub.targets:
        digest = hashlib.sha256(f"{origin}|{g['target_id']}".encode()).hexdigest()[:12]
        target_ids[g["target_id"]] = f"{doc_id}:{digest}"
    for g in sub.targets:
        parsed.targets.append(
            {
                **g,
                "doc_id": doc_id,
                "target_id": target_ids[g["target_id"]],
                "task_id": ids.get(g["task_id"]) if g.get("task_id") else None,
                "origin": origin,
            }
        )
