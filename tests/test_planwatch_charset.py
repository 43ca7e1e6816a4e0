from __future__ import annotations

from planwatch.charset import decode

TEXT = "成武县人民政府办公室关于印发〔2023〕9号、重点工作任务的通知"


def test_gbk_without_meta_is_detected():
    d = decode(f"<html><body><p>{TEXT}</p></body></html>".encode("gbk"))
    assert TEXT in d.text and d.encoding == "gb18030" and d.source == "detected"


def test_lying_meta_does_not_garble_utf8(shared_dir):
    raw = (shared_dir / "spec/portal_samples/04_trs_wcm_detail_youth_cn_declares_gb2312_but_utf8_bytes.html").read_bytes()
    assert b"gb2312" in raw.lower()
    d = decode(raw)
    assert d.encoding == "utf-8"
    assert raw.decode("utf-8") == d.text


def test_header_wins_when_bytes_agree_and_lying_header_is_overruled():
    gbk = f"<p>{TEXT}</p>".encode("gbk")
    assert decode(gbk, "text/html; charset=GBK").source == "header"
    d = decode(gbk, "text/html; charset=utf-8")       # header lies: bytes are GBK
    assert TEXT in d.text and d.encoding == "gb18030"
    utf = f"<p>{TEXT}</p>".encode()
    d = decode(utf, "text/html; charset=gb2312")      # header lies: bytes are UTF-8
    assert TEXT in d.text and d.encoding == "utf-8"


def test_bom_and_truncated_bodies_never_raise():
    assert decode("\ufeff" .encode("utf-8") + TEXT.encode("utf-8")).source == "bom"
    cut = TEXT.encode("utf-8")[:-1]
    d = decode(cut)
    assert d.text.startswith(TEXT[:10])


def test_a_few_broken_bytes_keep_the_charset_of_the_rest():
    page = ("<html><body>" + "<p>成武县人民政府办公室关于印发重点工作任务的通知。</p>" * 400 + "</body></html>")
    for enc, name in (("utf-8", "utf-8"), ("gbk", "gb18030")):
        raw = bytearray(page.encode(enc))
        raw[5000:5003] = b"\xff\xfe\x00"          # damage in the middle
        d = decode(bytes(raw[:-7]))               # and a truncated end
        assert d.encoding == name and d.source == "fallback"
        assert d.text.count("成武县人民政府办公室") >= 398

