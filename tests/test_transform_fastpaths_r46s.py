"""Round 46s (speed, the same output): each fast path against its plain version."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.document import plain_page
from transform.html import extract
from transform.normalize import without_format_marks
from transform.page import read_page

_HTML = (
    '<html><head><title>某县人民政府</title></head><body><div id="zoom"><p>一、目标任务</p>'
    "<p>（一）县发展改革局牵头，到2026年完成投资10亿元。</p></div></body></html>"
)
_PAGES = [
    _HTML,
    _HTML.replace("目标", "目\x00标"),  # a NUL of a scan
    _HTML.replace("牵头", "牵\u00ad头"),  # a soft hyphen: the page is read again
    _HTML.replace("<html>", "<ht\u200bml>").replace("<div", "<d\u200biv"),  # a mark inside the tags
    _HTML.replace("任务", "任务\ud800"),  # a lone surrogate: dropped by the encoding
    _HTML.replace(
        "<p>一、", '<p>文号：{{ info.wh }}</p><script>var info = {wh: "某政发〔2026〕1号"};</script><p>一、'
    ),
    "一、目标任务\n（一）县财政局牵头，完成10项。\n",  # a text rendering
    "某县\x00通知\n一、总体要求",
    "<DIV>页面</DIV>" + "正文" * 50,
    "   \n\t ",
    "",
]


def _reference(text: str, is_text: bool):
    plain = without_format_marks(text)
    return plain, read_page(plain, "https://example.gov.cn/a.html", is_text) if plain.strip() else None


@pytest.mark.parametrize("is_text", [False, True])
@pytest.mark.parametrize("text", _PAGES)
def test_plain_page_reads_as_before(text: str, is_text: bool):
    plain, as_text, utf8 = plain_page(text, is_text)
    ref_plain, ref_page = _reference(text, is_text)
    assert plain == ref_plain
    if utf8 is not None:
        assert not as_text and utf8 == plain.encode("utf-8", "ignore")
    if ref_page is not None:
        assert read_page(plain, "https://example.gov.cn/a.html", as_text, utf8) == ref_page


@pytest.mark.parametrize("text", [p for p in _PAGES if "<" in p])
def test_extract_with_bytes_equals_extract(text: str):
    utf8 = text.encode("utf-8", "ignore")
    assert extract(text, None, utf8) == extract(text, None)


def test_isspace_is_strip_test():
    for t in ["", " ", "\u3000\n", "\x1c", "\u200b", "a", " a "]:
        assert (not t or t.isspace()) == (not t.strip())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<p>div 一、牵头\x00\u00ad\u200b\u2028\ud800{}")), max_size=60))
def test_plain_page_any_text(text: str):
    plain, as_text, utf8 = plain_page(text, False)
    assert plain == without_format_marks(text)
    if utf8 is not None:
        assert utf8 == plain.encode("utf-8", "ignore") and not as_text
