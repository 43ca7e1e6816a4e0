"""Round 45e: portal pages, metadata and is_plan on pages nobody tuned to.

- an English page's bare "Date: 2026-04-14" opens the 信息公开 block and dates the page, and its
  "Source:" names the issuer (only in the page's first lines): `html_parts.first_label`, lexicon
  `metadata_labels`;
- a 文件库 page's one row of labels naming the title with three fields more (标题 | 文号 | 发布机构 |
  成文日期 | 发布日期 | 有效性) over the page's values is its own block: `metadata._header_row_pairs`;
- a page dated only by its own address (`<meta property="og:url">`): `metadata_top.url_date`;
- a 法治政府建设 yearly report is a summary of work done: lexicon `summary_titles`;
- a write joining literals and a variable the script declares (`"发布时间：" + fbsj.substring(0,10)`)
  prints that variable's string: `html_held.document_written`;
- a Taiwan 文號 on its own line ("嘉市教字第1150012345號") is the doc number and no half of the heading
  under it: `metadata._doc_number_from_head`, `metadata.heading_lines`;
- the horizon words of `planyears` are a lexicon (`planyears_cited`), same output.
"""

from __future__ import annotations

import pytest

from transform import html_parts
from transform.document import parse_document
from transform.html_held import document_written
from transform.lexicons import table
from transform.metadata import _header_row_pairs, label_pairs
from transform.metadata_top import url_date
from transform.planyears import years_in_text

BODY = (
    "<p>一、推进道路改造。完成背街小巷改造12条。（牵头单位：县住房和城乡建设局）</p>"
    "<p>二、加强垃圾分类。新增垃圾分类示范小区8个。（牵头单位：县城市管理局）</p>"
)
TEXT_BODY = (
    "一、推进道路改造。完成背街小巷改造12条。（牵头单位：县住房和城乡建设局）\n"
    "二、加强垃圾分类。新增垃圾分类示范小区8个。（牵头单位：县城市管理局）\n"
)
FOOT = '<div class="footer">主办单位：某县人民政府办公室　网站标识码：4300000001</div>'


def _parse(page: str, name: str = "p.html"):
    if name.endswith(".txt"):
        return parse_document(page.encode("utf-8"), source=name, is_text=True)
    return parse_document(page.encode("utf-8"), source=name, content_type="text/html; charset=utf-8")


def _doc(page: str, name: str = "p.html") -> dict:
    return _parse(page, name).document


# --- English labels: "Date:" and "Source:"


def _english_page(info: str, title_tag: str = "Lanshan County People's Government") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title_tag}</title></head><body>'
        '<div class="crumb">Home &gt; Government Information &gt; Notices</div>'
        f'<div class="box"><h2>某县2026年外资招引工作方案</h2><div class="meta">{info}</div>'
        f'<div class="text">{BODY}</div></div>{FOOT}</body></html>'
    )


@pytest.mark.parametrize(
    ("info", "date", "issuer"),
    [
        (
            "<span>Date: 2026-04-14</span>　<span>Source: 某县商务局</span>　<span>Hits: 57</span>",
            "2026-04-14",
            "某县商务局",
        ),
        (
            "<span>Source: 某县发展和改革局</span> <span>Date: 2026/05/02</span>",
            "2026-05-02",
            "某县发展和改革局",
        ),
        ("Date：2026-06-09 | Source：某县商务局 | Views: 12", "2026-06-09", "某县商务局"),
    ],
)
def test_english_date_and_source_labels(info, date, issuer):
    d = _doc(_english_page(info))
    assert str(d["publish_date"])[:10] == date
    assert d["issuer"] == issuer
    assert d["title"] == "某县2026年外资招引工作方案"


def test_english_text_rendering():
    text = (
        "Home > Plans\n某县2026年跨境电商发展工作方案\nSource: 某县商务局  Date: 2026-05-18  Views: 96\n"
        + TEXT_BODY
    )
    d = _doc(text, "p.txt")
    assert str(d["publish_date"])[:10] == "2026-05-18" and d["issuer"] == "某县商务局"


@pytest.mark.parametrize(
    "text",
    [
        # a date with no date after it ("Date: to be announced") and a Source under a table far down
        "某县2026年工作方案\n"
        + "\n".join(f"{i}、第{i}项工作。" for i in range(1, 30))
        + "\n资料表\nSource: 县统计局\n",
        "某县2026年工作方案\nDate: to be announced\n一、第一项工作。\n",
    ],
)
def test_english_labels_need_a_date_and_the_page_head(text):
    pairs = label_pairs(text)
    assert "issuer" not in pairs and "publish_date" not in pairs


def test_first_label_finds_a_bare_english_date():
    page = "<h2>某方案</h2><span>Date: 2026-04-14</span>"
    assert html_parts.first_label(page) == page.index("Date")
    assert html_parts.first_label("<p>Update the Date: soon</p>") == -1  # no year after it
    assert html_parts.first_label("<p>Datebook: 2026-01-01</p>") == -1


# --- a 文件库 page's one row


@pytest.mark.parametrize(
    "rows",
    [
        "标题 | 文号 | 发布机构 | 成文日期 | 发布日期 | 有效性\n"
        "某市人民政府办公室关于印发某市2026年城市更新行动实施方案的通知 | 某政办发〔2026〕11号 | 某市人民政府办公室 | 2026-04-01 | 2026-04-07 | 有效",
        "名称 | 发文字号 | 发布日期 | 效力状态\n某县2026年春耕生产工作方案 | 某政办字〔2026〕2号 | 2026-03-02 | 有效",
        "标题 | 发文机关 | 成文日期 | 发布日期\n某区2026年安全生产工作要点 | 某区人民政府 | 2026-01-20 | 2026-01-22",
    ],
)
def test_file_library_row_is_the_page_block(rows):
    pairs = label_pairs(rows + "\n各县（市、区）人民政府：\n")
    assert pairs["title"] == rows.split("\n")[1].split(" | ")[0]
    assert "publish_date" in pairs


@pytest.mark.parametrize(
    "rows",
    [
        # a list of documents (a second row of values under the first)
        "标题 | 文号 | 发布日期 | 有效性\n某县2026年方案 | 某政〔2026〕1号 | 2026-03-02 | 有效\n某县2025年方案 | 某政〔2025〕9号 | 2025-03-02 | 有效",
        # two columns: a list's 名称 column over one row
        "名称 | 发布日期\n某县2026年春耕生产工作方案 | 2026-03-02",
        # a list's last page, one row left: no validity, no written date
        "名称 | 索引号 | 发布机构 | 发布日期\n某县人民政府办公室关于印发某县2024年食品安全提升实施方案的通知 | "
        "1136/2024-00005 | 某县人民政府办公室 | 2024-03-07",
    ],
)
def test_lists_and_short_rows_are_no_page_block(rows):
    assert "title" not in label_pairs(rows)
    assert _header_row_pairs(rows) == rows


def test_file_library_page():
    page = (
        '<html><head><meta charset="utf-8"><title>政策文件库-某市人民政府</title></head><body>'
        '<div class="crumb">首页 &gt; 政策文件库 &gt; 文件详情</div><table class="wjk">'
        "<tr><th>标题</th><th>文号</th><th>发布机构</th><th>成文日期</th><th>发布日期</th><th>有效性</th></tr>"
        "<tr><td>某市人民政府办公室关于印发某市2026年城市更新行动实施方案的通知</td><td>某政办发〔2026〕11号</td>"
        "<td>某市人民政府办公室</td><td>2026-04-01</td><td>2026-04-07</td><td>有效</td></tr></table>"
        f'<div class="body"><p style="text-align:center">某市2026年城市更新行动实施方案</p>{BODY}</div>{FOOT}</body></html>'
    )
    d = _doc(page)
    assert d["title"] == "某市人民政府办公室关于印发某市2026年城市更新行动实施方案的通知"
    assert d["plan_title"] == "某市2026年城市更新行动实施方案"
    assert str(d["publish_date"])[:10] == "2026-04-07" and d["doc_number"] == "某政办发〔2026〕11号"


# --- the date in the page's own address


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("http://www.example.gov.cn/zwgk/tzgg/2026/0315/c1024a88121/page.htm", "2026-03-15"),
        ("https://www.example.gov.cn/art/2026/4/9/art_4412_2210987.html", "2026-04-09"),
        ("http://www.example.gov.cn/zwgk/gzjh/202603/t20260325_55123.html", "2026-03-25"),
    ],
)
def test_url_date(url, date):
    assert str(url_date(url)) == date
    page = (
        f'<html><head><meta charset="utf-8"><meta property="og:url" content="{url}">'
        "<title>某区2026年春季植树造林工作方案</title></head><body>"
        f'<div class="art"><h1>某区2026年春季植树造林工作方案</h1><div class="info">来源：某区林业局</div>'
        f"<div>{BODY}</div></div>{FOOT}</body></html>"
    )
    assert str(_doc(page)["publish_date"])[:10] == date


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example.gov.cn/zwgk/tzgg/c1024a88121/page.htm",  # no date in it
        "http://www.example.gov.cn/art/2026/13/40/art_1_2.html",  # no such day
        "http://www.example.gov.cn/list/2026/index_2.html",  # a year alone
        None,
    ],
)
def test_addresses_without_a_date(url):
    assert url_date(url) is None


def test_page_date_wins_over_the_address():
    page = (
        '<html><head><meta charset="utf-8"><meta property="og:url" content="http://x.gov.cn/2026/0315/c1a2/page.htm">'
        "<title>某区2026年春季植树造林工作方案</title></head><body><h1>某区2026年春季植树造林工作方案</h1>"
        f'<div class="info">发布日期：2026-03-18　来源：某区林业局</div><div>{BODY}</div>{FOOT}</body></html>'
    )
    assert str(_doc(page)["publish_date"])[:10] == "2026-03-18"


# --- a 法治政府建设 yearly report is a summary of work done


@pytest.mark.parametrize(
    "title",
    [
        "某县自然资源局2025年度法治政府建设情况报告",
        "某区2025年法治政府建设年度报告",
        "关于2025年度法治建设情况的报告",
    ],
)
def test_rule_of_law_report_is_no_plan(title):
    text = (
        f"{title}\n发布日期：2026-01-16　来源：某县自然资源局\n"
        "一、2025年度推进法治政府建设的主要举措和成效\n（一）健全依法决策机制。全年审查合法性文件12件。\n"
        "（二）规范行政执法。开展执法案卷评查2次。\n二、存在的不足和原因\n执法人员业务能力有待提高。\n"
    )
    r = _parse(text, "p.txt")
    assert r.document["is_plan"] is False and len(r.tasks) == 0


@pytest.mark.parametrize(
    "title",
    [
        "某县2026年法治政府建设工作要点",  # a plan of the rule-of-law work
        "某县法治政府建设实施方案（2026—2028年）",
    ],
)
def test_rule_of_law_plans_stay_plans(title):
    text = f"{title}\n发布日期：2026-01-16\n" + TEXT_BODY
    r = _parse(text, "p.txt")
    assert r.document["is_plan"] is True and len(r.tasks) == 2


# --- a write joining a declared variable


@pytest.mark.parametrize(
    ("script", "date"),
    [
        (
            'var fbsj = "2026-01-29 10:05:12"; document.write("<span>发布时间：" + fbsj.substring(0,10) + "</span>");',
            "2026-01-29",
        ),
        (
            "var d='2026-02-03';document.write('发布日期：'+d);document.write('　来源：某镇人民政府');",
            "2026-02-03",
        ),
        (
            'let t = "2026年03月04日"; document.writeln("<em>时间：</em>" + t + "<em>浏览：</em>");',
            "2026-03-04",
        ),
    ],
)
def test_write_of_a_declared_variable(script, date):
    page = (
        '<html><head><meta charset="utf-8"><title>某镇2026年森林防灭火工作方案</title></head><body>'
        "<h1>某镇2026年森林防灭火工作方案</h1>"
        f'<div class="info"><script>{script}</script></div><div class="con">{BODY}</div>{FOOT}</body></html>'
    )
    assert str(_doc(page)["publish_date"])[:10] == date


@pytest.mark.parametrize(
    "script",
    [
        'document.write("浏览次数：" + hits);',  # a variable declared nowhere
        'var n = "86"; document.write("<span>阅读：" + n + "</span>");',  # no date in it
    ],
)
def test_writes_joining_no_date_change_nothing(script):
    page = f"<div><script>{script}</script></div><p>正文</p>"
    assert document_written(page) is page


@pytest.mark.timeout(60)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_joined_write_scale(n):
    # a long write of literals and undeclared names, and a near miss (a declaration with no literal)
    script = "var a = b; document.write(" + "'x' + y + " * n + "'z');"
    page = f"<script>{script}</script><p>正文</p>"
    assert document_written(page) is page


# --- a Taiwan 文號 line


@pytest.mark.parametrize(
    ("docno", "heading"),
    [
        ("嘉市教字第1150012345號", "嘉禾市115年度校園食品安全稽查計畫"),
        ("府授衛字第1140098765號", "某市114年度長期照顧服務推動計畫"),
        ("北市環字第1153001234號", "某市115年度資源回收工作計畫"),
    ],
)
def test_roc_doc_number_line(docno, heading):
    text = (
        f"某市政府教育局\n{docno}\n{heading}\n發布日期：2026-03-11　資料來源：某市政府教育局\n"
        "一、辦理校園午餐稽查。全年稽查學校午餐供應廚房60所。（主辦單位：體育及衛生保健科）\n"
        "二、辦理食品安全教育訓練。辦理廚工衛生講習4場。（主辦單位：體育及衛生保健科）\n"
    )
    d = _doc(text, "p.txt")
    assert d["doc_number"] == docno and d["title"] == heading and d["plan_title"] == heading


@pytest.mark.parametrize(
    "line",
    [
        "本府前以府授教字第1150012345號函請各校配合辦理",  # cited in a sentence
        "嘉市教字第12號",  # no ROC year before the serial
    ],
)
def test_roc_doc_numbers_cited_or_short_are_not_read(line):
    text = f"某市115年度校園食品安全稽查計畫\n發布日期：2026-03-11\n{line}\n一、辦理稽查。（主辦單位：衛生保健科）\n"
    assert _doc(text, "p.txt")["doc_number"] is None


# --- the horizon words of planyears are a lexicon (same output)


def test_horizon_words_are_a_lexicon():
    cited = table("planyears_cited")
    assert cited["horizon_before"] == ["到", "至"] and "力争" in cited["pledge_before"]
    assert "年底前" in cited["deadline_after"] and "展望" in cited["vision_before"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("到2028年，全县建成特色高中2所。", (2026, 2028)),
        ("力争2027年创成国家级示范区。", (2026, 2027)),
        ("今年完成改造，2027年底前全部建成。", (2026, 2027)),
        ("2026年底前完成改造，展望2035年基本实现现代化。", (None, None)),
    ],
)
def test_horizons_read_as_before(text, years):
    assert years_in_text(text, 2026) == years


def test_signed_date_wins_over_the_address():
    page = (
        '<html><head><meta charset="utf-8"><meta property="og:url" content="http://x.gov.cn/tzgg/202604/t20260420_998.html">'
        "<title>某镇2026年耕地保护工作方案_某镇人民政府</title></head><body><h1>某镇2026年耕地保护工作方案</h1>"
        f'<div class="con">{BODY}<p style="text-align:right">某镇人民政府</p>'
        f'<p style="text-align:right">2026年4月18日</p></div>{FOOT}</body></html>'
    )
    assert str(_doc(page)["publish_date"])[:10] == "2026-04-18"


# --- a <title> naming the site's home page


@pytest.mark.parametrize(
    "title_tag",
    ["首页-某县人力资源和社会保障局", "网站首页 | 某镇人民政府", "首頁－某縣政府衛生局"],
)
def test_home_page_title_is_no_headline(title_tag):
    page = (
        f'<html><head><meta charset="utf-8"><title>{title_tag}</title></head><body>'
        '<div class="bm-head">某县人力资源和社会保障局</div><div class="position">当前位置：首页 &gt; 政务公开</div>'
        '<div class="article-title">某县2026年职业技能提升行动工作方案</div>'
        '<div class="attr"><span>发布日期：2026-03-17</span></div>'
        f'<div class="content">{BODY}</div>{FOOT}</body></html>'
    )
    d = _doc(page)
    assert d["title"] == "某县2026年职业技能提升行动工作方案"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2026, 2026)


@pytest.mark.parametrize(
    "title_tag",
    [
        "首页工作方案汇编-某县人民政府",  # no separator right after the word
        "某县2026年职业技能提升行动工作方案-首页",  # the home word at the end
    ],
)
def test_titles_not_opening_with_a_home_word_stay(title_tag):
    from transform.metadata import _page_named

    assert _page_named(title_tag, ()) is not None


# --- a <title> gluing the site's name by a bare hyphen, or a split page's number


@pytest.mark.parametrize(
    ("title_tag", "title"),
    [
        ("某县2026年义务教育学校课后服务提质方案-某县教育局", "某县2026年义务教育学校课后服务提质方案"),
        ("某镇2026年防汛抗旱工作方案-某镇人民政府", "某镇2026年防汛抗旱工作方案"),
        ("某县2026年数字乡村建设工作方案(1)_某县人民政府", "某县2026年数字乡村建设工作方案"),
        ("某县2026年数字乡村建设工作方案（2）", "某县2026年数字乡村建设工作方案"),
        ("某市2026年城市更新行动方案-某市人民政府门户网站", "某市2026年城市更新行动方案"),
        ("某县2025年安全生产工作要点--某县人民政府", "某县2025年安全生产工作要点"),
    ],
)
def test_title_tag_tails(title_tag, title):
    from transform.site_titles import strip_site

    assert strip_site(title_tag) == title


@pytest.mark.parametrize(
    "title_tag",
    [
        "某县行动方案（2024-2026年）",  # a period
        "关于印发《甲-乙协同发展规划》的通知",  # a hyphen inside a name
        "某县2026年工作方案-2",  # no site's name after the hyphen
        "某县2026年工作方案（试行）",  # no page number
        "某县2026年工作方案（2026）",  # a year, no page number
    ],
)
def test_title_tags_kept_whole(title_tag):
    from transform.site_titles import strip_site

    assert strip_site(title_tag) == title_tag


def test_dl_block_page_with_dash_site_title():
    page = (
        '<html><head><meta charset="utf-8"><title>某县2026年课后服务提质方案-某县教育局</title></head><body>'
        '<div class="crumb">位置：首页 &gt; 信息公开</div><dl><dt>索引号：</dt><dd>0027/2026-00077</dd>'
        "<dt>文号：</dt><dd>某教〔2026〕15号</dd><dt>公开日期：</dt><dd>2026-02-28</dd></dl>"
        f"<h2>某县2026年课后服务提质方案</h2><div>{BODY}</div>{FOOT}</body></html>"
    )
    d = _doc(page)
    assert d["title"] == d["plan_title"] == "某县2026年课后服务提质方案"


# --- an account's name above the headline


@pytest.mark.parametrize(
    "head",
    [
        "南湖民政\n2026年3月5日 08:00 浙江\n某区2026年养老服务提质工作方案\n原创 南湖民政 南湖民政\n",
        "某县发布\n某区2026年养老服务提质工作方案\n原创 某县发布 某县发布 2026-03-05 08:00 发表于浙江\n",
        "清江教育\n2026-03-05\n某区2026年养老服务提质工作方案\n原创　清江教育　清江教育\n",
    ],
)
def test_account_name_above_the_headline(head):
    d = _doc(head + TEXT_BODY, "p.txt")
    assert d["title"] == "某区2026年养老服务提质工作方案"


@pytest.mark.parametrize(
    "top",
    [
        ["原创 南湖民政 北湖民政", "南湖民政"],  # two names: no account line
        ["南湖民政 南湖民政", "原创内容"],  # no 原创 line naming it
    ],
)
def test_lines_kept_without_an_account_line(top):
    from transform.metadata_tags import without_account_chrome

    assert "南湖民政" in without_account_chrome(top) or "原创内容" in without_account_chrome(top)
