"""Round 42h: portal HTML pages on CMS templates nobody tuned to.

- a body the page holds out of sight and shows at run time: an `<iframe srcdoc>`, escaped markup in
  a hidden `<textarea>`, a script's string (`var content = "<p>…</p>"`, `lexicons/site_script_body_vars.txt`),
  read when the page's own containers hold no body (`transform.html_held`);
- a `<meta ArticleTitle>` cut short by the CMS ("…重点工作...") is no title: the headline the page
  prints is (`metadata_top.cut_title`);
- a breadcrumb without its label ("首页 > 新闻中心 > 本县要闻") under a menu printed one item a line
  ends the site's chrome (`metadata_top.below_crumb`);
- a news headline shortening the plan's name ("我县出台2026年乡村振兴重点任务清单") is news of the plan
  its report names in 《》 with more words ("《某县2026年全面推进乡村振兴重点任务清单》").
"""

from __future__ import annotations

import html as _html
import json

import pytest

from transform import html as H
from transform.document import parse_document
from transform.html_held import held_fragments, js_unescape
from transform.metadata_top import below_crumb, cut_title, reported_full_name

ITEMS = (
    "<p>一、开展排查整治。全年完成整治点位30个。（牵头单位：县应急管理局）</p>"
    "<p>二、加强宣传引导。开展宣传活动12场。（牵头单位：县委宣传部；配合单位：县融媒体中心）</p>"
    "<p>三、强化督导检查。（牵头单位：县政府督查室）</p>"
)
CHROME = (
    '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
    '<div class="footer"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p>'
    "<p>网站标识码：4300000001　ICP备案号：湘ICP备00000000号</p></div>"
)


def _page(inner: str, title: str = "某县2026年安全隐患排查整治工作方案") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="PubDate" content="2026-03-02 10:00"></head><body>'
        f'<div class="tit">{title}</div><div class="info">发布时间：2026-03-02</div>{inner}{CHROME}</body></html>'
    )


def _parse(page: str):
    return parse_document(page.encode("utf-8"), source="p.html", content_type="text/html; charset=utf-8")


def _srcdoc(items: str) -> str:
    return f'<div class="c"><iframe frameborder="0" srcdoc="{_html.escape("<html><body>" + items + "</body></html>")}"></iframe></div>'


def _textarea(items: str) -> str:
    return (
        f'<div id="show"></div><textarea id="hold" style="display:none">{_html.escape(items, quote=False)}</textarea>'
        '<script>show.innerHTML=hold.value;</script>'
    )


def _script(items: str, name: str = "content", quote: str = '"') -> str:
    body = json.dumps(items, ensure_ascii=False)[1:-1] if quote == '"' else items.replace("'", "\\'")
    return f'<div id="app"></div><script>var {name} = {quote}{body}{quote}; app.innerHTML = {name};</script>'


@pytest.mark.parametrize(
    "inner",
    [
        _srcdoc(ITEMS),
        _textarea(ITEMS),
        _script(ITEMS),
        _script(ITEMS, "articleContent", "'"),
        _script(ITEMS, "htmlContent").replace("县", "\\u53bf"),  # escapes of a script string
    ],
    ids=["srcdoc", "textarea", "script", "script-single", "script-unicode"],
)
def test_held_body_is_read(inner):
    r = _parse(_page(inner))
    assert [t["path"] for t in r.tasks] == [["一"], ["二"], ["三"]]
    assert r.tasks[0]["lead_units"] == ["县应急管理局"]
    assert r.document["is_plan"]


def test_held_body_waits_for_a_weak_body():
    # the page's own #zoom holds the body: a textarea of a comment form's template is not read
    inner = '<div id="zoom">' + ITEMS + "</div>" + _textarea("<p>请输入留言内容，不超过500字。请勿发布广告信息及违法内容，谢谢合作。</p>")
    page = H.extract(_page(inner))
    assert page.body_source == "#zoom"
    assert "留言" not in page.body_text


@pytest.mark.parametrize(
    "inner",
    [
        '<form><textarea name="msg"></textarea></form><div class="c"><p>' + "某县概况。" * 20 + "</p></div>",
        '<iframe src="/player.html"></iframe><div class="c"><p>' + "某县概况。" * 20 + "</p></div>",
        '<script>var content = "";var contents = "a";</script><div class="c"><p>' + "某县概况。" * 20 + "</p></div>",
    ],
    ids=["empty-textarea", "iframe-src", "empty-strings"],
)
def test_no_held_body(inner):
    page = H.extract(_page(inner))
    assert page.body_source != "held"
    assert "某县概况" in page.body_text


def test_held_fragments_plain():
    assert held_fragments(None, "<p>no such thing</p>") == []
    assert js_unescape(r"<p>\u53bf\x41\"\/\n</p>") == '<p>县A"/\n</p>'


def test_held_script_string_scale():
    # a script string of many escaped quotes, and one that never closes: linear, no hang
    for n in (500, 2000, 8000):
        raw = "<script>var content = \"<p>" + '\\"' * n + "</p>\";</script>"
        assert len(held_fragments(None, raw)[0]) == n + 7
        assert held_fragments(None, "<script>var content = \"<p>" + "a\\\\" * n) == []


@pytest.mark.parametrize(
    "meta, heading, want",
    [
        ("某县2026年推进新型工业化重点工作...", "某县2026年推进新型工业化重点工作安排", "某县2026年推进新型工业化重点工作安排"),
        ("某市2026年优化营商环境重点任务…", "某市2026年优化营商环境重点任务清单", "某市2026年优化营商环境重点任务清单"),
        ("某区2026年城市更新．．．", "某区2026年城市更新行动计划", "某区2026年城市更新行动计划"),
        ("某县2026年安全隐患排查整治工作方案", "某县安全隐患排查整治方案（修订稿）", "某县2026年安全隐患排查整治工作方案"),
    ],
    ids=["dots", "ellipsis", "fullwidth-dots", "whole-meta-kept"],
)
def test_cut_meta_title(meta, heading, want):
    page = (
        f'<html><head><meta charset="utf-8"><title>某县人民政府</title><meta name="ArticleTitle" content="{meta}">'
        '<meta name="PubDate" content="2026-02-14 08:00"></head><body>'
        f'<h1 class="main-title">{heading}</h1><div id="zoom">{ITEMS}</div>{CHROME}</body></html>'
    )
    assert _parse(page).document["title"] == want


def test_cut_title_words():
    assert cut_title("某县2026年工作要点...") and cut_title("某县2026年工作要点…")
    assert not cut_title("某县2026年工作要点") and not cut_title(None) and not cut_title("")


@pytest.mark.parametrize(
    "crumb",
    ["首页 > 新闻中心 > 本县要闻", "首页 » 政务公开 » 规划计划 » 专项规划", "首页 / 信息公开 / 计划总结"],
)
def test_bare_crumb_ends_the_chrome(crumb):
    top = ["欢迎访问", "首页", "走进某县", "政务公开", "政务服务", "互动交流", "专题专栏", "English", crumb, "某县2026年方案"]
    assert below_crumb(top) == ["某县2026年方案"]


@pytest.mark.parametrize(
    "line",
    ["首页", "首页 > 新闻中心", "首页 > 新闻中心，本县要闻详见下文的通知内容已经发布请各单位查收 > 要闻", "返回首页 > 新闻 > 要闻"],
)
def test_no_bare_crumb(line):
    top = ["欢迎访问", "走进某县", line, "某县2026年方案"]
    assert below_crumb(top) == top


@pytest.mark.parametrize(
    "title, opening, want",
    [
        ("我县出台2026年乡村振兴重点任务清单", "近日，某县印发《某县2026年全面推进乡村振兴重点任务清单》，明确了全年重点工作。", "某县2026年全面推进乡村振兴重点任务清单"),
        ("我市印发2026年稳就业工作方案", "近日，市政府办公室印发《某市2026年稳就业促增收工作方案》。", "某市2026年稳就业促增收工作方案"),
        ("区政府出台城市更新三年行动计划", "日前，区政府出台《某区城市有机更新三年行动计划（2026—2028年）》。", "某区城市有机更新三年行动计划（2026—2028年）"),
    ],
)
def test_news_headline_shortens_the_name(title, opening, want):
    assert reported_full_name(title, [title, "来源：某县融媒体中心", opening]) == want


@pytest.mark.parametrize(
    "title, opening",
    [
        ("我县出台2026年乡村振兴重点任务清单", "近日，某县印发《某县2026年乡村振兴考核办法》。"),  # another kind
        ("我县出台2026年乡村振兴重点任务清单", "近日，某县印发《某县2025年乡村建设任务清单》。"),  # other words
    ],
)
def test_news_headline_other_plan(title, opening):
    assert reported_full_name(title, [title, "来源：某县融媒体中心", opening]) is None


# --- a plan printed as a table of short cells, on a page no selector knows

LONG = ITEMS + "<p>各乡镇、各部门要压实工作责任，加大资金投入，加强督促检查，确保各项任务按期完成。</p>" * 6

ROWS = (
    "<tr><td>1</td><td>推进垃圾分类<br>回收利用率达到60%</td><td>县综合执法局</td></tr>"
    "<tr><td>2</td><td>新建污水管网18公里</td><td>县住建局</td></tr>"
    "<tr><td>3</td><td>整治入河排污口</td><td>县生态环境分局</td></tr>"
)


@pytest.mark.parametrize(
    "table",
    [
        f'<table border="1"><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>{ROWS}</table>',
        f'<table><thead><tr><td>序号</td><td>任务</td><td>责任单位</td></tr></thead><tbody>{ROWS}</tbody></table>',
        f'<table class="t"><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>{ROWS.replace("<td>", "<td><span>")}</table>',
        f'<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr><tr><td colspan="3">一、污染治理</td></tr>{ROWS}</table>',
    ],
    ids=["th-header", "thead", "spans-in-cells", "group-row"],
)
def test_task_table_is_the_body(table):
    page = (
        '<html><head><meta charset="utf-8"><title>某县2026年治污任务清单</title></head><body>'
        '<div class="crumb">首页 &gt; 政务公开 &gt; 计划总结</div><div class="xl"><div class="xl-tit">某县2026年治污任务清单</div>'
        f'<div class="xl-info">发布日期：2026-04-15</div><div class="xl-con">{table}</div></div>{CHROME}</body></html>'
    )
    page_ = H.extract(page)
    assert "新建污水管网18公里" in page_.body_text
    r = _parse(page)
    assert [t["path"][-1] for t in r.tasks] == ["1", "2", "3"]


def test_link_table_is_not_the_body():
    # a sidebar of links three to a row beside a body of paragraphs: the paragraphs stay the body
    links = "".join(f"<tr><td><a>链接{i}一</a></td><td><a>链接{i}二</a></td><td><a>链接{i}三</a></td></tr>" for i in range(4))
    page = (
        '<html><head><meta charset="utf-8"><title>某县2026年方案</title></head><body>'
        f'<div class="side"><table>{links}</table></div><div class="c">{LONG}</div>{CHROME}</body></html>'
    )
    page_ = H.extract(page)
    assert "链接" not in page_.body_text and "开展排查整治" in page_.body_text


def test_two_row_table_is_no_data_table():
    # a layout table of two rows (a header and a footer bar) adds nothing: the paragraphs are the body
    layout = "<table><tr><td>某县人民政府</td><td>无障碍</td><td>长者模式</td></tr><tr><td>首页</td><td>政务公开</td><td>互动</td></tr></table>"
    page = (
        '<html><head><meta charset="utf-8"><title>某县2026年方案</title></head><body>'
        f'{layout}<div class="c">{LONG}</div>{CHROME}</body></html>'
    )
    page_ = H.extract(page)
    assert "长者模式" not in page_.body_text and "开展排查整治" in page_.body_text


@pytest.mark.timeout(30)
def test_data_table_scale():
    for n in (500, 2000, 8000):
        rows = "".join(f"<tr><td>{i}</td><td>任务{i}</td><td>县某局</td></tr>" for i in range(n))
        page_ = H.extract(f"<html><body><div><table>{rows}</table></div>{CHROME}</body></html>")
        assert f"任务{n - 1}" in page_.body_text


def test_info_block_table_is_not_the_body():
    # the 信息公开 block as a table of four columns over a short body: the body stays the paragraphs
    block = (
        "<table><tr><td>索 引 号：</td><td>113700/2026-00027</td><td>分 类：</td><td>通知公告</td></tr>"
        "<tr><td>发布机构：</td><td>某县司法局</td><td>成文日期：</td><td>2026 年 07 月 02 日</td></tr>"
        "<tr><td>标 题：</td><td>某县司法局关于召开会议的通知</td><td>发布日期：</td><td>2026 年 07 月 02 日</td></tr></table>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>某县方案</title></head><body>'
        f'{block}<div class="c">{LONG}</div>{CHROME}</body></html>'
    )
    page_ = H.extract(page)
    assert "索 引 号" not in page_.body_text and "开展排查整治" in page_.body_text


_HELD_P = "<p>" + "城区道路改造" * 10 + "</p>"


@pytest.mark.parametrize(
    "page, n",
    [
        (f'<script>var content = "{_HELD_P}";</script>', 1),
        (f"<script>\nlet articleContent='{_HELD_P}'</script>", 1),
        (f'<script>;const contentHtml = "{_HELD_P}"</script>', 1),
        (f'<script>myvar content = "{_HELD_P}";</script>', 0),  # a keyword inside a word
        (f'<script>的var content = "{_HELD_P}";</script>', 0),
        (f'<script>_let content = "{_HELD_P}";</script>', 0),
    ],
)
def test_script_declarations_are_whole_keywords(page, n):
    from transform.html_held import script_held

    assert len(script_held(page)) == n


def test_script_strings_in_page_order():
    from transform.html_held import script_held

    first, second = _HELD_P.replace("城区", "一号"), _HELD_P.replace("城区", "二号")
    page = f"<script>let content = '{first}'; var contents = \"{second}\";</script>"
    assert [s[:5] for s in script_held(page)] == ["<p>一号", "<p>二号"]
