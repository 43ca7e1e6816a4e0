"""Decide the charset of a fetched or saved page and decode it without garbling.

Order: HTTP header, BOM, then the bytes themselves; a `<meta charset>` is only believed when
the bytes decode under it. A page that declares gb2312 but is UTF-8 (portal_samples/04) is
read as UTF-8: strict UTF-8 decoding of Chinese text almost never succeeds by accident. A page
that is part UTF-8 and part GBK (text pasted from two sources) is read run by run
(`decode_mixed`): read whole as GB18030 its UTF-8 half came out garbled.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# GB2312 and GBK are subsets of GB18030: decode with the superset so rare characters survive.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "utf8": "utf-8",
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec actually used
    source: str  # header | bom | meta | detected | mixed | fallback


def normalise(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("'\"").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name if name not in ("gb18030",) else "gb18030"
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", content_type, re.I)
    return normalise(m.group(1)) if m else None


def meta_charset(data: bytes) -> str | None:
    m = _META.search(data[:4096])
    return normalise(m.group(1).decode("ascii", "ignore")) if m else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
MIXED_SHARE = 0.1  # of the non-ASCII bytes in UTF-8 Chinese runs, for a page to count as mixed


def _run_text(run: bytes) -> tuple[str, bool]:
    """One non-ASCII run of a mixed page: (text, whether it was read as UTF-8)."""
    utf8 = _strict(run, "utf-8")
    if utf8 is not None:
        gb = _strict(run, "gb18030") if not _CJK.search(utf8) else None
        if gb is not None and _CJK.search(gb):  # two bytes that happen to be valid UTF-8 Latin
            return gb, False
        return utf8, True
    loose = run.decode("utf-8", errors="replace")
    gb = _strict(run, "gb18030")
    if gb is not None and loose.count("\ufffd") * 4 > len(loose):
        return gb, False
    return loose, True  # a UTF-8 run with a stray or cut byte


def decode_mixed(data: bytes) -> str | None:
    """A page whose text is part UTF-8, part GBK (pasted from two sources): each run of non-ASCII
    bytes between markup is read in its own encoding. None when the page is not mixed: no
    run is UTF-8 Chinese (a GBK page), or too few bytes are (chance in a long GBK page)."""
    runs = list(_NON_ASCII.finditer(data))
    total = sum(m.end() - m.start() for m in runs)
    pieces: list[str] = []
    last, utf8_bytes, other = 0, 0, 0
    for m in runs:
        text, is_utf8 = _run_text(m.group(0))
        if is_utf8 and len(m.group(0)) >= 6 and _CJK.search(text):
            utf8_bytes += m.end() - m.start()
        elif not is_utf8:
            other += 1
        pieces.append(data[last : m.start()].decode("ascii"))
        pieces.append(text)
        last = m.end()
    if not other or utf8_bytes < max(6, MIXED_SHARE * total):
        return None
    pieces.append(data[last:].decode("ascii"))
    return "".join(pieces)


def decode(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes; never raises. Records which rule chose the charset."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(enc, errors="replace"), enc, "bom")
    declared = header_charset(content_type)
    utf8 = _strict(data, "utf-8")
    mixed = decode_mixed(data) if utf8 is None else None
    if declared:
        text = _strict(data, declared)
        # A header that lies (says utf-8 for GBK bytes, or gbk for UTF-8 bytes, or gbk for a page
        # that is part UTF-8) is not believed.
        if text is not None and not (
            declared == "gb18030" and ((utf8 is not None and not data.isascii()) or mixed is not None)
        ):
            return Decoded(text, declared, "header")
    if mixed is not None:
        return Decoded(mixed, "utf-8+gb18030", "mixed")
    meta = meta_charset(data)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "meta" if meta == "utf-8" else "detected")
    if meta and meta != "utf-8":
        text = _strict(data, meta)
        if text is not None:
            return Decoded(text, meta, "meta")
    gb = _strict(data, "gb18030")
    if gb is not None:
        return Decoded(gb, "gb18030", "detected")
    # Mostly-UTF-8 or mostly-GB bytes with a few broken sequences (a truncated body, a stray
    # byte): decide by the replacement characters before paying for statistical detection.
    u = data.decode("utf-8", errors="replace")
    nu = u.count("\ufffd")
    g = data.decode("gb18030", errors="replace")
    ng = g.count("\ufffd")
    if min(nu, ng) <= max(4, len(data) // 1000):
        return Decoded(u, "utf-8", "fallback") if nu <= ng else Decoded(g, "gb18030", "fallback")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()  # a sample is enough to name the charset
        if best is not None and best.encoding:
            return Decoded(data.decode(best.encoding, errors="replace"), best.encoding, "detected")
    except Exception:  # detection is best effort; fall through to a lossy decode
        pass
    if nu <= ng:
        return Decoded(u, "utf-8", "fallback")
    return Decoded(g, "gb18030", "fallback")
