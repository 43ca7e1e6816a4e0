"""Page-level speed-ups give exactly what the plain code they replace gives.

Covers the HTML pass (one walk for title, meta tags and attachments; the metadata window that
skips a label-free tail), the chrome-line test of the body, the per-document memos and the
structure pass (heading cuts, numbering markers). Each fast path is compared with a reference
written the straightforward way, on hand-picked cases and on random input.
"""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from transform import html as H
from transform import html_parts, memo
from transform import numbering as N
from transform import page as D
from transform import structure as S
from transform import titles as T
from transform.metadata import label_pairs

# ------------------------------------------------------------------ html: one walk


def _separate_walks(tree, url):
    title = tree.css_first("title")
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = a.get("name") or a.get("property") or a.get("http-equiv")
        if key and a.get("content") is not None:
            metas.setdefault(key.strip().lower(), a.get("content").strip())
    links: dict[str, None] = {}
    for a in tree.css(H._ATTACH_CANDIDATES):
        H._add_attachment(a, url, links)
    return (title.text(strip=True) if title is not None else ""), metas, list(links)


def test_page_parts_in_one_walk_match_three_walks():
    page = ('<html><head><title>通知_某县</title><meta name="ArticleTitle" content="甲"></head><body>'
            '<a href="/down/1.pdf">附件1</a><a href="/module/downfile.jsp?id=3">附件2</a>'  # both attachment selectors
            '<svg><title>图</title></svg><meta name="PubDate" content="2023-07-31">'
            '<a href="/a.html">链接</a><a href="/b.doc">附件3</a><a href="/b.doc">again</a></body></html>')
    tree = LexborHTMLParser(page)
    expected = _separate_walks(tree, "http://x.gov.cn/art/1.html")
    assert H._page_parts(tree, "http://x.gov.cn/art/1.html") == expected
    assert expected[2] == ["http://x.gov.cn/down/1.pdf", "http://x.gov.cn/module/downfile.jsp?id=3",
                           "http://x.gov.cn/b.doc"]


_TAGS = ["<title>t</title>", "<meta name=\"a\" content=\"1\">", "<meta property=\"A\" content=\" 2 \">",
         "<a href=\"/x.pdf\">p</a>", "<a href=\"/y.html\">h</a>", "<a href=\"/down.html\">d</a>",
         "<a href=\"/z/\">z</a>", "<a>no</a>", "<p>", "</p>", "<div>", "</div>", "<svg><title>s</title></svg>"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TAGS), max_size=20))
def test_page_parts_on_random_pages(parts):
    tree = LexborHTMLParser("<html><body>" + "".join(parts) + "</body></html>")
    assert H._page_parts(tree, None) == _separate_walks(tree, None)


# ------------------------------------------------------------------ html: metadata window


def _window_reference(html_text: str) -> str:
    """The whole window, rendered: what `_metadata_window` rendered before it skipped tails."""
    pos = html_parts.first_label(html_text)
    if pos < 0:
        return ""
    a = html_text.rfind("<table", max(0, pos - 3000), pos)
    a = a if a >= 0 else max(0, pos - 1500)
    return H._render_dropped(H._Q_DROP.sub("", html_text[a:pos + H._WINDOW_AFTER]))


_XXGK = ("<table class=\"xxgk\"><tr><td>索引号</td><td>1137/2023-07021</td><td>分类</td><td>文件</td></tr>"
         "<tr><td>发布机构</td><td>某县人民政府办公室</td><td>成文日期</td><td>2023年07月31日</td></tr></table>")
_TAIL_PIECES = ["<p>", "</p>", "<div>", "</div>", "<br>", "<td>", "</td>", "<tr>", "</tr>", "<span>", "</span>",
                "正文内容，", "发展", "文号", "文<b>号</b>：", "来 源:", "标&nbsp;题：", "&#26631;题：", "名称",
                "效力状态：有效", "内容概述", "|", "：", ":", " ", "\u3000", "<", ">", "a < b", "&amp;", "发布时间：",
                "<!-- 索引号 -->", "<script>var 文号 = 1;</script>", "x" * 200, "说明" * 150]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=60), st.integers(0, 3000))
def test_metadata_window_reads_the_same_pairs_as_the_whole_window(tail, pad):
    page = "<html><body>" + "<p>导航</p>" * 3 + _XXGK + "<div>" + "说" * pad + "".join(tail) + "</div></body></html>"
    assert label_pairs(H._metadata_window(page)) == label_pairs(_window_reference(page))


def test_metadata_window_skips_a_label_free_tail_but_not_a_labelled_one():
    body = "".join(f"<p>第{i}段正文，推进各项工作。</p>" for i in range(300))
    page = f"<html><body>{_XXGK}<div id=zoom>{body}</div></body></html>"
    assert "第1段正文" in _window_reference(page) and "第200段正文" in _window_reference(page)
    assert "第1段正文" not in H._metadata_window(page)         # the label-free tail is not rendered
    assert label_pairs(H._metadata_window(page)) == label_pairs(_window_reference(page))
    labelled = page.replace("<p>第200段", "<p>文&nbsp;号：某政发〔2023〕1号</p><p>第200段")
    window = H._metadata_window(labelled)
    assert "第199段正文" in window and "第200段正文" not in window   # up to the line of the last label
    pairs = label_pairs(H._metadata_window(labelled))
    assert pairs == label_pairs(_window_reference(labelled)) and pairs["doc_number"] == "某政发〔2023〕1号"


def test_metadata_window_on_real_pages():
    from benchmarks.bench_parse import typed_pages

    rng = random.Random(11)
    for _, page in typed_pages():
        assert label_pairs(H._metadata_window(page)) == label_pairs(_window_reference(page))
        k = rng.randrange(len(page))
        cut = page[:k] + "文号：" + page[k:]              # a label at a random place of the page
        assert label_pairs(H._metadata_window(cut)) == label_pairs(_window_reference(cut))


# ------------------------------------------------------------------ document: chrome lines


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("打印本页关闭窗口收藏分享到返回顶部字号体大中小默认加入纠错保存浏览次数：:0123 |｜/·•【】[]\u3000\xa0县x"),
               max_size=45))
def test_only_chrome_words_equals_the_regex(line):
    expected = len(line) <= 40 and not D._CHROME_WORDS.sub("", line).strip(" |｜/·•【】[]")
    assert D._only_chrome_words(line) == expected


# ------------------------------------------------------------------ structure


def _glue_cut_reference(cand: str, weak_ok: bool = True) -> int | None:
    """`titles._glue_cut` as first written: every position, every test, on a copy of the rest."""
    c = T._CLAUSE_PUNCT.search(cand)
    limit = c.start() if c else len(cand)
    quoted = T._quoted_ranges(cand)
    head = cand[:2]
    best: int | None = None
    for p in range(4, limit - 1):
        if any(a < p < b for a, b in quoted):
            continue
        rest = cand[p:limit]
        if cand[p - 1] in T._NOT_OPENER_AFTER:
            continue
        if cand.startswith(head, p) and len(head) == 2 and len(rest) >= 4:
            best = p
            break
        sm = T._STRONG_RE.match(rest)
        strong = sm.group(0) if sm else None
        if strong and len(rest) >= len(strong) + 2 and strong not in ("以", "重点", "加快"):
            best = p
            break
        if strong in ("加快",) and len(rest) >= 6:
            best = p
            break
        wm = T._WEAK_RE.match(rest)
        weak = wm.group(0) if wm else None
        if weak and not weak_ok and weak not in ("加强",):
            weak = None
        if weak and len(rest) >= 6:
            after = rest[len(weak):]
            if T._WEAK_RE.match(after) and weak + after[:2] not in ("健全完善", "贯彻落实"):
                continue
            best = p
            break
    return best


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(T._STRONG_OPENERS + T._WEAK_OPENERS)
                                + ["培育", "创新", "的", "“", "”", "《", "》", "，", "（", "县", "产业", "健全", "完善",
                                   "贯彻", "落实", "\"", "‘", "’", "a"]), max_size=14).map("".join),
       st.booleans())
def test_glue_cut_equals_the_reference(cand, weak_ok):
    assert T._glue_cut(cand, weak_ok) == _glue_cut_reference(cand, weak_ok)


def test_glue_cut_cases():
    for cand in ("培育创新创业共同体培育建设区域创新平台", "深化改革优化环境积极推进各项工作", "实施“加快发展”工程加强监管",
                 "健全完善制度体系", "贯彻落实各项部署要求", "推进产业升级"):
        for weak_ok in (True, False):
            assert T._glue_cut(cand, weak_ok) == _glue_cut_reference(cand, weak_ok)
    assert T.glued_title("培育创新创业共同体培育建设区域创新平台，着力提升") == "培育创新创业共同体"


def test_per_document_memo_is_emptied_by_a_new_document():
    N.match_marker("（一）甲")
    assert "（一）甲" in N.match_marker.memo
    S.parse_structure("一、总体要求\n（一）乙")
    assert "（一）甲" not in N.match_marker.memo and "（一）乙" in N.match_marker.memo
    memo.new_document()
    assert not N.match_marker.memo and not T.task_title.memo and not T.glued_title.memo


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("第一二十三章节条部分篇（()）1234、.．：: 是县①②１٣²〇两月个%"), max_size=12))
def test_marker_fast_path_equals_every_pattern_in_turn(line):
    memo.new_document()
    if not line or not (line[0].isdigit() or line[0] in "（(第" or line[0] in N._CN or line[0] in N.CIRCLED):
        assert N.match_marker(line) is None
        return
    expected = None
    for kind, pat in N._PATTERNS:          # as first written: every pattern, the rest sliced off
        m = pat.match(line)
        if not m:
            continue
        raw = m.group(1)
        number = N.CIRCLED.index(raw) + 1 if kind == "circ" else (N.cn_to_int(raw) if not raw.isdigit() else int(raw))
        if number is None:
            continue
        rest = line[m.end():]
        if kind == "cn" and N._cn_false_positive(raw, line, m):
            continue
        if kind == "ar" and N._ar_false_positive(rest, number, line[m.end(1):m.end()].strip()):
            continue
        label = f"第{raw}{m.group(2)}" if kind == "chap" else N.label_for(kind, raw, number)
        expected = N.Marker(kind, number, label, m.end())
        break
    assert N.match_marker(line) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("索引号主题分类组配信息体裁别发布机构关文单位公开制来源成日期时间印生件标名称内容概述摘要效力状态有性是否字编")
                                + [" ", "：", "<b>", "</p>", "&nbsp;", "x"]), max_size=30).map("".join))
def test_raw_label_trie_matches_where_the_plain_alternation_matches(text):
    import re

    from transform.metadata import ALL_LABELS

    plain = re.compile("|".join(H._RAW_GAP.join(re.escape(ch) for ch in label) for label in ALL_LABELS))
    for i in range(len(text) + 1):   # a label starts at i for one exactly when it does for the other
        assert (H._RAW_LABEL.match(text, i) is None) == (plain.match(text, i) is None), (text, i)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["相关下载", "相关文章", "网站地图", "版权所有", "联系我们", "公网安备", "ICP备", "鲁ICP备05002281号",
                                 "网站标识码", "政府网站标识码", "技术支持：", "主办单位：", "承办", "：", " ", "县", "x", "正文",
                                 "\u3000"]), max_size=8).map("".join))
def test_footer_start_pre_test_equals_the_regex(line):
    assert D._footer_starts(line) == (D._FOOTER_START.match(line) is not None)
