"""The speed-ups of the parser give exactly what the plain (slower) code they replace gives.

Each fast path is compared with a reference written the straightforward way, on hand-picked
cases and on random strings built from the characters that matter.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from transform import html as H
from transform import metadata as M
from transform import targets as T
from transform import units as U


def _finish_reference(text: str) -> str:
    """`transform.html._finish` as first written: three regexes over the whole text."""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\r", "")
    if "\n" in text:
        text = H._join_source_lines(text)
    text = text.replace(H._CELL_END, " | ").replace(H._NL, "\n")
    text = H._SPACES.sub(" ", text)
    lines = [ln.strip(" \t\u3000") for ln in text.split("\n")]
    text = "\n".join(ln for ln in lines if ln and ln.strip("| "))
    if "|" in text:
        text = H._CELL_SPACES.sub(" | ", text)
        text = H._TRAILING_CELL.sub("", text)
        text = H._LEADING_CELL.sub("", text)
    return text


_CELLISH = st.lists(st.sampled_from(["a", "县", " ", "  ", "|", "\n", H._NL, H._CELL_END, "\t", "\u3000", "\xa0",
                                     "\u2003", "\r", "\u200b", " | "]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CELLISH)
def test_finish_equals_the_regex_version(text):
    assert H._finish(text) == _finish_reference(text)


def test_finish_table_rows():
    rows = f"序号{H._CELL_END}任务{H._CELL_END}{H._NL}1{H._CELL_END} {H._CELL_END}发改局{H._CELL_END}"
    assert H._finish(rows) == _finish_reference(rows) == "序号 | 任务\n1 |  | 发改局"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=[" ", "\t", "\r", "\f", "\v", "\xa0", "a", "县", "\n", "\u3000"], max_size=30))
def test_collapse_spaces_equals_the_regex(text):
    assert H._collapse_spaces(text) == H._SPACES.sub(" ", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("索引号发文字布机构时间日期成信息取关：: x"), max_size=30))
def test_first_label_equals_the_regex_search(text):
    m = H._XXGK_FIRST.search(text)
    assert H._first_label(text) == (m.start() if m else -1)


def test_first_label_skips_prefixes_that_do_not_complete_a_label():
    page = "<p>发布会</p><p>索取</p><td>发布日期</td><td>成文日期</td><td>索 引 号</td>"
    assert H._first_label(page) == page.index("成文日期")


def _attachments_reference(tree) -> list[str]:
    out: list[str] = []
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "mailto:", "#")) and H._is_attachment(href) \
                and href not in out:
            out.append(href)
    return out


def test_attachment_candidates_keep_every_file_link_in_document_order():
    links = ["/a.html", "/x/报告.PDF", "/down.html", " /b.pdf ", "/list/", "/c.DOC?x=1", "/module/downfile.jsp?id=2",
             "/art.shtml", "/d.htm", "/e.xls#p", "javascript:void(0)", "/f.zip", "/x/download/g", "/h.html ",
             "/a.pdf", "/up.html"]
    page = "".join(f'<a href="{h}">{i}</a>' for i, h in enumerate(reversed(links)))
    tree = LexborHTMLParser(page)
    expected = _attachments_reference(tree)
    assert H._attachments(tree, None) == expected
    assert expected.index("/module/downfile.jsp?id=2") < expected.index("/x/报告.PDF")  # document order
    assert "/x/download/g" in expected and " /b.pdf " not in expected and "/b.pdf" in expected
    assert not any(h.endswith((".html", ".htm", ".shtml", "/")) for h in expected)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("列排在第一位的者单位部门为牵头首个，。"), max_size=30))
def test_first_is_lead_hints_never_hide_a_match(text):
    assert U.first_is_lead_rule(text) == bool(U._FIRST_IS_LEAD.search(text))


def test_first_is_lead_phrases():
    for s in ("列第一位的为牵头单位", "排在第一位者为牵头", "第一个单位为牵头单位", "首位为牵头", "牵头单位列第一位"):
        assert U.first_is_lead_rule(f"各责任单位中，{s}。")
    assert not U.first_is_lead_rule("县发改局牵头，县财政局配合。")


def _masks_reference(t: str) -> list[tuple[int, int]]:
    spans = sorted((m.start(), m.end()) for _hint, rx in T._MASK_RES for m in rx.finditer(t))
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("“”《》「」（）(【】牵头责任单位主办配合参与协办部门：12。\n"), max_size=40))
def test_mask_hints_never_drop_a_span(text):
    masks = T._Masks(text)
    assert list(zip(masks.starts, masks.ends)) == _masks_reference(text)


def test_label_pairs_lines_without_colon_or_cell_give_nothing():
    text = "索引号 113717/2023-0001\n发布机构：县政府办公室\n成文日期 | 2023年07月31日"
    assert M.label_pairs(text) == {"issuer": "县政府办公室", "written_date": "2023年07月31日"}


def test_value_end_stops_at_the_next_label_and_at_outer_brackets():
    text = "（牵头单位：县发改局（县能源局）；配合单位：县财政局）其他"
    units = U.extract_units(text)
    assert units.lead == ["县发改局（县能源局）"] and units.participating == ["县财政局"]
    assert re.sub(r"\s", "", U.strip_spans(text, units.spans)) == "其他"


def _marker_reference(line: str):
    """`match_marker` trying every pattern in turn, as first written."""
    import transform.numbering as N

    if not line or not (line[0].isdigit() or line[0] in "（(第" or line[0] in N._CN or line[0] in N.CIRCLED):
        return None
    return N._match_with(line, N._PATTERNS)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("第一二十三章节条部分篇（()）1234、.．：: 是县①②１٣²〇两"), max_size=12))
def test_marker_dispatch_by_first_character_finds_the_same_marker(line):
    from transform.numbering import match_marker

    assert match_marker(line) == _marker_reference(line)


def test_title_and_meta_in_one_walk_match_separate_lookups():
    page = ('<html><head><meta name="ArticleTitle" content=" 甲 "><TITLE> 第一 </TITLE><title>第二</title>'
            '<meta property="PubDate" content="2023-07-31"></head><body><svg><title>图</title></svg>'
            '<meta name="articletitle" content="乙"><meta http-equiv="X" content=""></body></html>')
    tree = LexborHTMLParser(page)
    first_title = tree.css_first("title").text(strip=True)
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = a.get("name") or a.get("property") or a.get("http-equiv")
        if key and a.get("content") is not None:
            metas.setdefault(key.strip().lower(), a["content"].strip())
    assert H._title_and_meta(tree) == (first_title, metas) == ("第一", {"articletitle": "甲", "pubdate": "2023-07-31",
                                                                       "x": ""})
    assert H._title_and_meta(LexborHTMLParser("<p>正文</p>")) == ("", {})


_CHROME_PIECES = ["首页", ">", "＞", "»", "正文", "内容", "字号", "字体", "：", ":", "浏览", "次数", "量", "1", "【", "】",
                  "打印", "本页", "关闭", "窗口", "扫一扫", "分享到", "收藏", "大", "中", "小", "上一篇", "下一篇",
                  "返回顶部", "当前位置", "您当前的位置", "来源", "阅读次数", " ", "\u2003", "\xa0", "县", "a", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CHROME_PIECES), min_size=1, max_size=6).map("".join))
def test_chrome_line_pretest_equals_the_regex(line):
    from transform import document as D

    line = line.strip(" \t\u3000")
    if line:
        assert D._is_chrome_line(line) == bool(D._CHROME_LINE.match(line))

