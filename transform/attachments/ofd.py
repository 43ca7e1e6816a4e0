"""OFD (GB/T 33190, China's fixed-layout format) -> the text of its page XML.

OFD.xml names each document's root (`DocRoot`), whose `Document.xml` lists the pages
(`BaseLoc`); each page's `Content.xml` holds `TextObject`s placed by a `Boundary` (x y w h, in
mm) with `TextCode` runs. Text is put back in reading order: by line (close y) top to bottom,
then left to right. Tables are not rebuilt (their rules are paths): their cells read as lines.
"""

from __future__ import annotations

import posixpath

from transform.attachments import model
from transform.attachments.model import FileText
from transform.attachments.safezip import SafeZip, open_zip
from transform.attachments.xmlparts import local, parse
from transform.exceptions import AttachmentError, FileTooLarge

_LINE_MM = 2.0  # runs whose y differ by less are one line


def read_ofd(data: bytes) -> FileText:
    z = open_zip(data)
    try:
        entry = "OFD.xml" if z.has("OFD.xml") else "ofd.xml"
        root = parse(z.read(entry), entry)
        doc_roots = [(el.text or "").strip().lstrip("/") for el in root.iter() if local(el.tag) == "DocRoot"]
        if not doc_roots:
            raise AttachmentError("OFD.xml names no document (DocRoot)")
        lines: list[str] = []
        n_pages = 0
        for doc_root in doc_roots[:4]:
            pages = _page_parts(z, doc_root)
            n_pages += len(pages)
            if n_pages > model.MAX_PAGES:
                raise FileTooLarge(f"more than {model.MAX_PAGES} pages")
            for part in pages:
                if z.has(part):
                    lines.extend(_page_lines(z, part))
    finally:
        z.close()
    return FileText("ofd", text="\n".join(lines), pages=n_pages)


def _page_parts(z: SafeZip, doc_root: str) -> list[str]:
    base = posixpath.dirname(doc_root)
    doc = parse(z.read(doc_root), doc_root)
    out = []
    for el in doc.iter():
        if local(el.tag) == "Page":
            loc = el.get("BaseLoc") or ""
            out.append(
                loc.lstrip("/") if loc.startswith("/") else posixpath.normpath(posixpath.join(base, loc))
            )
    return out


def _floats(value: str | None, n: int) -> list[float]:
    try:
        out = [float(v) for v in (value or "").split()]
    except ValueError:
        out = []
    return (out + [0.0] * n)[:n]


def _page_lines(z: SafeZip, part: str) -> list[str]:
    page = parse(z.read(part), part)
    runs: list[tuple[float, float, str]] = []
    for obj in page.iter():
        if local(obj.tag) != "TextObject":
            continue
        bx, by, _w, _h = _floats(obj.get("Boundary"), 4)
        for code in obj:
            if local(code.tag) != "TextCode" or not code.text:
                continue
            x = bx + _floats(code.get("X"), 1)[0]
            y = by + _floats(code.get("Y"), 1)[0]
            runs.append((y, x, code.text))
    runs.sort()
    lines: list[list[tuple[float, float, str]]] = []
    for run in runs:
        if lines and abs(lines[-1][0][0] - run[0]) < _LINE_MM:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [
        t for t in ("".join(r[2] for r in sorted(line, key=lambda r: r[1])).strip() for line in lines) if t
    ]
