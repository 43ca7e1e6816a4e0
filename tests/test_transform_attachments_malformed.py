"""Hostile and broken attached files: a status and a one-line error, never a crash or a hang.

Truncated ZIPs, an encrypted PDF, zip bombs (honest and lying headers), a sheet that claims a
billion rows, macros, an encrypted Office file, and mutated files of every format (fuzzed like
pages: a small sample here, a campaign under `-m slow`).
"""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from testbed.sites.ole import compound_file
from transform.attachments import STATUSES, read_file
from transform.attachments.model import MAX_ROWS, MAX_UNZIPPED_BYTES
from transform.document import parse_document
from transform.tables import build_tables

pytestmark = pytest.mark.timeout(120)
ROWS = [["序号", "工作任务", "牵头单位"], ["1", "新建5G基站200个", "县工信局"]]


def _one_line(error: str | None) -> None:
    assert error and "\n" not in error and len(error) <= 500


def _xlsx_with_sheet(sheet_xml: bytes) -> bytes:
    good = af.xlsx_bytes([("S", ROWS, [])])
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = [(n, zf.read(n)) for n in zf.namelist()]
    return af.zip_bytes([(n, sheet_xml if n == "xl/worksheets/sheet1.xml" else d) for n, d in parts])


@pytest.mark.parametrize("name", ["a.docx", "a.xlsx", "a.ofd", "a.zip"])
def test_truncated_zip_containers_fail_with_a_reason(name):
    full = {
        "a.docx": af.docx_bytes([("t", ROWS, [])]),
        "a.xlsx": af.xlsx_bytes([("S", ROWS, [])]),
        "a.ofd": af.ofd_bytes(["一、产业发展"]),
        "a.zip": af.zip_bytes([("x.docx", af.docx_bytes([("t", ROWS, [])]))]),
    }[name]
    for cut in (len(full) // 3, len(full) - 30):
        text = read_file(full[:cut], name)
        assert text.status == "failed", (cut, text)
        _one_line(text.error)


def test_zip_needing_a_newer_zip_version_fails_with_a_reason():
    """Found by the fuzz campaign: zipfile raises NotImplementedError for it (not BadZipFile)."""
    data = bytearray(af.docx_bytes([("t", ROWS, [])]))
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = (64).to_bytes(2, "little")  # version needed to extract: 6.4
    text = read_file(bytes(data), "a.docx")
    assert text.status == "failed" and "version" in (text.error or "")


def test_encrypted_pdf_is_unsupported():
    data = af.pdf_bytes([("p", "一、新建5G基站200个")], encrypt="secret")
    text = read_file(data, "a.pdf")
    assert text.status == "unsupported" and "password" in (text.error or "")


def test_encrypted_office_file_is_unsupported():
    data = compound_file({"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(60), "EncryptedPackage": bytes(600)})
    text = read_file(data, "a.docx")
    assert text.status == "unsupported" and "encrypted" in (text.error or "")


def test_zip_bomb_is_refused_before_inflating():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>")
        for k in range(3):  # 3 x 40 MB of zeros: about 120 KB compressed
            zf.writestr(f"big{k}.xml", bytes(40 * 1024 * 1024))
    data = out.getvalue()
    assert len(data) < 1_000_000
    text = read_file(data, "a.docx")
    assert text.status == "too_large" and str(MAX_UNZIPPED_BYTES) in (text.error or "")


def test_zip_bomb_with_lying_sizes_stops_at_the_declared_size():
    """Entry headers that declare 100 bytes for 50 MB of zeros: zipfile stops at 100 (CRC error)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", bytes(50 * 1024 * 1024))
    data = bytearray(out.getvalue())
    real = (50 * 1024 * 1024).to_bytes(4, "little")
    assert data.count(real) == 2  # the local header's and the central directory's size
    data = bytearray(bytes(data).replace(real, (100).to_bytes(4, "little")))
    text = read_file(bytes(data), "a.docx")
    assert text.status in ("failed", "too_large")
    _one_line(text.error)


def test_sheet_claiming_a_billion_rows_costs_what_it_stores():
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    claims = (
        b"<worksheet " + ns + b'><dimension ref="A1:XFD1048576"/><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe5\xba\x8f\xe5\x8f\xb7</t></is></c></row></sheetData></worksheet>'
    )
    assert read_file(_xlsx_with_sheet(claims), "a.xlsx").status == "parsed"
    far = (
        b"<worksheet " + ns + b'><sheetData><row r="1000000000"><c r="A1000000000" t="inlineStr">'
        b"<is><t>x</t></is></c></row></sheetData></worksheet>"
    )
    text = read_file(_xlsx_with_sheet(far), "a.xlsx")
    assert text.status == "too_large" and str(MAX_ROWS) in (text.error or "")


def test_macros_are_noted_and_never_run():
    good = af.docx_bytes([("t", ROWS, [])])
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = [(n, zf.read(n)) for n in zf.namelist()]
    data = af.zip_bytes([*parts, ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(100))])
    text = read_file(data, "a.docm")
    assert text.status == "parsed" and "macros" in (text.error or "") and "新建5G基站200个" in text.text


def test_xml_entities_are_not_expanded():
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        b"<w:t>&e;&e;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = af.zip_bytes([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", lol)])
    text = read_file(data, "a.docx")
    assert text.status in STATUSES and len(text.text) < 10_000


def test_html_error_page_served_as_a_file_and_unknown_bytes():
    assert read_file(b"<html><body>404 not found</body></html>", "downfile.jsp").status == "failed"
    assert read_file(b"Rar!\x1a\x07\x00" + bytes(50), "a.rar").status == "unsupported"


def test_a_failing_file_never_stops_the_notice():
    bad = [AttachedFile("a.docx", b"PK\x03\x04broken"), AttachedFile("b.pdf", b"%PDF-1.4 broken")]
    good = AttachedFile("c.xlsx", af.xlsx_bytes([("S", ROWS, [])]))
    p = parse_document(b"<html><body><p>x</p></body></html>", source="t", attachments=[*bad, good])
    assert [a["status"] for a in p.attachments] == ["failed", "failed", "parsed"]
    assert len(p.tasks) == 1 and p.tasks[0]["origin"] == "c.xlsx"
    assert build_tables([p])["attachments"].height == 3


def _samples() -> list[tuple[str, bytes]]:
    return [
        ("a.docx", af.docx_bytes([("n", 0, "产业发展"), ("t", ROWS, [(0, 0, 1, 0)])])),
        ("a.xlsx", af.xlsx_bytes([("S", ROWS, [(0, 0, 1, 0)])])),
        ("a.xls", af.xls_bytes([("S", ROWS, [])])),
        ("a.pdf", af.pdf_bytes([("p", "一、产业发展"), ("t", ROWS)])),
        ("a.doc", af.doc_bytes([("p", "一、产业发展"), ("t", ROWS)])),
        ("a.ofd", af.ofd_bytes(["一、产业发展", "1.新建5G基站200个"])),
    ]


SAMPLES = _samples()
CAMPAIGN = int(os.environ.get("PLANWATCH_FUZZ_EXAMPLES", "2000"))
_cuts = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50), st.binary(max_size=20)), max_size=8)


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for pos, length, insert in cuts:
        pos %= max(1, len(out))
        out[pos : pos + length] = insert
    return bytes(out)


def _never_raises(idx: int, cuts: list) -> None:
    name, data = SAMPLES[idx]
    text = read_file(_mutate(data, cuts), name)
    assert text.status in STATUSES
    if text.status != "parsed":
        _one_line(text.error)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(SAMPLES))), _cuts)
def test_mutated_files_small_sample(idx, cuts):
    _never_raises(idx, cuts)


@pytest.mark.slow
@pytest.mark.timeout(0)
@settings(max_examples=CAMPAIGN, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(range(len(SAMPLES))), _cuts)
def test_mutated_files_campaign(idx, cuts):
    _never_raises(idx, cuts)
