"""Linear-time list scanning (extract/scan.py) gives what the regular expressions it replaced gave.

The regex versions are kept here as the reference: on every list page of the sample sites, and on
generated broken markup, the scans must find the same anchors, attributes, text and Hanweb blocks.
"""
from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.scan import anchors, attrs, blocks, clean_text

# --- the reference: the regular expressions extract/platforms used before ----------------------
_A = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.I | re.S)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_WS = re.compile(r"\s+")
_RECORD = re.compile(r"<record\b[^>]*>(.*?)</record\s*>", re.I | re.S)


def ref_attrs(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        name = m.group(1).lower()
        if name not in out:
            out[name] = html.unescape(next(g for g in (m.group(2), m.group(3), m.group(4)) if g is not None))
    return out


def ref_clean(fragment: str) -> str:
    return _WS.sub(" ", html.unescape(_TAG.sub(" ", _COMMENT.sub(" ", fragment)))).strip()


def ref_anchors(page: str) -> list[tuple]:
    out = []
    for m in _A.finditer(page):
        a = ref_attrs(m.group(1))
        href = a.get("href", "").strip()
        if href:
            title = a.get("title")
            out.append((m.start(), m.end(), href, title.strip() if title else None, ref_clean(m.group(2))))
    return out


def mine(page: str) -> list[tuple]:
    return [(a.start, a.end, a.href, a.title, a.text) for a in anchors(page)]


def _list_pages() -> list[str]:
    from testbed.sites import SITES, site_path

    pages = []
    for name in SITES:
        root = site_path(name) / "www"
        for path in sorted(root.rglob("index*.html"))[:12]:
            raw = path.read_bytes()
            pages.append(raw.decode("utf-8") if b"charset=utf-8" in raw[:600].lower() or name != "trs_zhangxi"
                         else raw.decode("gb18030"))
    return pages


def test_the_sample_sites_list_pages_scan_as_the_regex_read_them():
    pages = _list_pages()
    assert len(pages) >= 8
    for page in pages:
        assert mine(page) == ref_anchors(page)
        for _, _, inner in ((s, e, i) for s, e, _, i in blocks(page, "record")):
            assert clean_text(inner) == ref_clean(inner)
        assert [i for _, _, _, i in blocks(page, "record")] == _RECORD.findall(page)


_MARKUP = st.lists(st.sampled_from([
    "<a", "<A ", " href=", '"', "'", "x.html", ">", "</a>", "</A >", "<", "<!--", "-->", "title=",
    "&amp;", "通知", " ", "\n", "=", "<b>", "</b>", "<record>", "</record>", "<a href='/y'>", "</a\n>",
]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKUP)
def test_generated_broken_markup_scans_as_the_regex_read_it(page):
    assert mine(page) == ref_anchors(page)
    assert clean_text(page) == ref_clean(page)
    assert [i for _, _, _, i in blocks(page, "record")] == _RECORD.findall(page)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(['href="a"', "title='t'", "data-x=1", "HREF=b", " ", "=", '"', "x", "&lt;",
                                 "title=\"两\""]), max_size=12).map(" ".join))
def test_attributes_read_as_the_regex_read_them(text):
    assert attrs(text) == ref_attrs(text)
