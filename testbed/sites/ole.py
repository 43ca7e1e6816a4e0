"""A minimal Word 97-2003 binary document (the DOC format WPS Writer also writes as .wps), for
test files: an OLE compound file (CFB v3) holding a `WordDocument` stream (a FIB, then the text
as UTF-16LE) and a `1Table` stream (the piece table). Enough for Word's text to be read as
[MS-DOC] describes; not a document Word would open with formatting.

Tables: each cell's text ends with 0x07 and each row with one more 0x07, as Word stores them.
"""

from __future__ import annotations

import struct

SECTOR = 512
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_TEXT_AT = 1024  # where the text starts in the WordDocument stream


def word_text(blocks: list[tuple[str, object]]) -> str:
    """("p", text) paragraphs and ("t", rows) tables -> Word's main-document text."""
    out = []
    for kind, value in blocks:
        if kind == "t":
            for row in value:  # type: ignore[attr-defined]
                out.append("".join(f"{cell}\x07" for cell in row) + "\x07")
        else:
            out.append(f"{value}\r")
    return "".join(out)


def word_document(text: str, encrypted: bool = False) -> bytes:
    """A .doc/.wps file whose main document is `text` (paragraphs end in \\r)."""
    if not text.endswith("\r"):
        text += "\r"
    fib = bytearray(_TEXT_AT)
    flags = 0x0200 | (0x0100 if encrypted else 0)  # fWhichTblStm: the table stream is 1Table
    struct.pack_into("<HHH", fib, 0, 0xA5EC, 0x00C1, 0)
    struct.pack_into("<H", fib, 0x0A, flags)
    struct.pack_into("<H", fib, 32, 14)  # csw
    struct.pack_into("<H", fib, 62, 22)  # cslw
    struct.pack_into("<I", fib, 64 + 12, len(text))  # ccpText
    struct.pack_into("<H", fib, 152, 0x5D)  # cbRgFcLcb (Word 97)
    body = text.encode("utf-16-le")
    pcd = struct.pack("<HIH", 0, _TEXT_AT, 0)  # one piece, UTF-16 (fCompressed clear)
    plc = struct.pack("<II", 0, len(text)) + pcd
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", fib, 154 + 8 * 33, 0, len(clx))  # fcClx, lcbClx
    word = bytes(fib) + body
    return compound_file({"WordDocument": word, "1Table": clx})


def _pad(data: bytes, size: int) -> bytes:
    return data + b"\0" * (-len(data) % size)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (512-byte sectors) holding `streams` at its root. Streams are padded
    to 4096 bytes so that none lives in the mini stream."""
    names = list(streams)
    datas = [
        _pad(streams[n] if len(streams[n]) >= 4096 else streams[n] + b"\0" * (4096 - len(streams[n])), SECTOR)
        for n in names
    ]
    n_dir = 1 + len(names)
    dir_sectors = -(-n_dir * 128 // SECTOR)
    data_sectors = sum(len(d) // SECTOR for d in datas)
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + dir_sectors + data_sectors:
        n_fat += 1
    fat = [FREE] * (n_fat * (SECTOR // 4))
    for i in range(n_fat):
        fat[i] = FATSECT
    at = n_fat

    def chain(start: int, count: int) -> None:
        for k in range(count):
            fat[start + k] = start + k + 1 if k < count - 1 else END

    dir_start = at
    chain(at, dir_sectors)
    at += dir_sectors
    starts = []
    for d in datas:
        starts.append(at)
        chain(at, len(d) // SECTOR)
        at += len(d) // SECTOR
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, n_fat, dir_start, 0, 4096, END, 0, END, 0)
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)
    entries = [_entry("Root Entry", 5, END, 0, child=1)]
    for i, (name, start) in enumerate(zip(names, starts, strict=True)):
        right = i + 2 if i + 2 <= len(names) else NOSTREAM
        entries.append(
            _entry(name, 2, start, len(streams[name]) if len(streams[name]) >= 4096 else 4096, right=right)
        )
    directory = _pad(b"".join(entries), SECTOR)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return bytes(header) + fat_bytes + directory + b"".join(datas)


def _entry(
    name: str, kind: int, start: int, size: int, *, child: int = NOSTREAM, right: int = NOSTREAM
) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    e = bytearray(128)
    e[0 : len(raw)] = raw
    struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
    struct.pack_into("<III", e, 68, NOSTREAM, right, child)
    struct.pack_into("<II", e, 116, start, size)
    return bytes(e)
