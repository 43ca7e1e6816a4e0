"""Plan text as other portals print it: a <pre> block (its line breaks are the text's), the text
directly in a layout cell or a <div> with <br>s and no known container, Word's HTML. Every page
here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html import extract, render

_LINES = [
    "柳溪县2025年城乡环境整治工作方案",
    "为持续改善城乡人居环境，巩固提升全国文明城市创建成果，推动城乡环境面貌整体提升，根据市委、市政府"
    "关于深化城乡环境综合整治的部署要求，结合我县实际，制定本方案。各乡镇、各部门要提高认识、压实责任、"
    "细化措施，确保各项整治任务按期保质完成，让群众切实感受到城乡环境的新变化。",
    "一、重点任务",
    "1.新建垃圾中转站3座，年内投入使用。（牵头单位：县城管局；配合单位：各乡镇）",
    "2.改造农村公厕40座，2025年10月底前完成。（牵头单位：县农业农村局）",
    "二、保障措施",
    "3.落实整治资金1200万元。（牵头单位：县财政局）",
]
_FOOTER = (
    "<div class='foot'><p><a href='/map'>网站地图</a> | <a href='/lx'>联系我们</a></p>"
    "<p>主办单位：柳溪县人民政府办公室 承办单位：柳溪县大数据中心</p>"
    "<p>网站标识码：3300000001 示ICP备00000009号</p></div>"
)


def _page(body: str) -> str:
    return (
        "<html><head><title>柳溪县人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a></div>"
        f"{body}{_FOOTER}</body></html>"
    )


def _paths(html: str) -> set[tuple[str, ...]]:
    return {tuple(t["path"]) for t in parse_document(html, source="p.html").tasks}


_WANT = {("一", "1"), ("一", "2"), ("二", "3")}


@pytest.mark.parametrize(
    "pre",
    [
        "<pre>{}</pre>",
        '<div id="zoom"><pre style="white-space:pre-wrap">{}</pre></div>',
        "<div class='TRS_Editor'><pre>\n{}\n</pre></div>",
    ],
)
def test_the_line_breaks_of_a_pre_block_are_lines(pre):
    html = _page(pre.format("\n".join(_LINES)))
    assert _LINES[3] in extract(html).body_text.split("\n")
    assert _paths(html) == _WANT


def test_a_pre_block_keeps_its_lines_when_rendered_alone():
    text = render("<pre>一、目标\n1.新增就业1000人。\n\n2.建成公园2个。</pre>")
    assert text.split("\n") == ["一、目标", "1.新增就业1000人。", "2.建成公园2个。"]


def test_pipe_lines_in_a_pre_block_stay_a_table():
    rows = [
        "序号 | 任务 | 牵头单位 | 完成时限",
        "1 | 新建停车场2处 | 县住建局 | 2025年底",
        "2 | 新增公交线路3条 | 县交通局 | 2025年6月",
    ]
    html = _page(
        "<div class='TRS_Editor'><pre>" + "\n".join(["柳溪县2025年民生实事清单", *rows]) + "</pre></div>"
    )
    assert extract(html).body_text.split("\n")[1:] == rows


@pytest.mark.parametrize(
    "body",
    [
        # text directly in a cell of nested layout tables, <br> between lines
        "<table width='100%'><tr><td class='bt'><table width='96%'><tr><td style='line-height:30px'>{}</td>"
        "</tr></table></td></tr></table>",
        # text directly in a <div> with <br>s, no id or class a CMS uses
        "<div class='wrap'><div class='box'>{}</div></div>",
        # a one-cell "table" holding the whole text in a <th>
        "<table class='layout'><tr><td><table border='1'><tr><th>{}</th></tr></table></td></tr></table>",
    ],
)
def test_text_directly_in_a_layout_cell_or_div_is_the_body(body):
    html = _page(body.format("<br>".join(_LINES)))
    page = extract(html)
    assert page.body_source == "density"
    assert "网站标识码" not in page.body_text and _LINES[4] in page.body_text.split("\n")
    assert _paths(html) == _WANT


def test_a_long_footer_of_paragraphs_does_not_beat_a_text_cell():
    footer = "".join(f"<p>第{i}条友情链接：某某县某某局网站（示例）</p>" for i in range(6))
    html = _page(f"<table><tr><td>{'<br>'.join(_LINES)}</td></tr></table><div class='links'>{footer}</div>")
    assert _LINES[6] in extract(html).body_text.split("\n")


@pytest.mark.parametrize("heading", ["部门网站", "友情链接：", "县区网站", "部门链接"])
def test_a_link_box_heading_after_the_body_ends_it(heading):
    """A body found by density that takes in the page's link box: its heading ends the text, and
    the departments listed under it are no units of the last task."""
    depts = "".join(
        f"<p><a href='/d{i}'>柳溪县{d}</a></p>"
        for i, d in enumerate(["教育局", "财政局", "城管局", "农业农村局"] * 3)
    )
    html = _page(
        "<table><tr><td class='main'>"
        + "".join(f"<p>{line}</p>" for line in _LINES)
        + f"<p>【打印本页】 【关闭窗口】</p><p>{heading}</p>{depts}</td></tr></table>"
    )
    body = extract(html).body_text
    assert heading.rstrip("：") in body  # the density body took the box in
    tasks = parse_document(html, source="p.html").tasks
    assert tasks[-1]["path"] == ["二", "3"]
    assert tasks[-1]["lead_units"] == ["县财政局"] and not tasks[-1].get("participating_units")


def test_a_link_box_over_the_page_footer_ends_the_body_and_a_long_line_after_it_keeps_it():
    depts = "".join(f"<p><a href='/d{i}'>柳溪县第{i}局</a></p>" for i in range(8))
    foot = "<p>联系我们 ｜ 设为首页</p><p>主办：柳溪县人民政府 承办：柳溪县信息中心 版权所有 示ICP备00000009号</p>"
    body = "".join(f"<p>{line}</p>" for line in _LINES)
    boxed = _page(f"<table><tr><td>{body}<p>部门网站</p>{depts}{foot}</td></tr></table>")
    assert parse_document(boxed, source="p.html").tasks[-1]["lead_units"] == ["县财政局"]
    # a line of text after the heading: not a link box, the words are the body's own
    text = (
        "<p>部门网站</p><p>各部门要在本部门网站及时公开整治进展情况，接受群众监督，公开情况纳入年度考核。</p>"
    )
    kept = _page(f"<table><tr><td>{body}{text}</td></tr></table>")
    assert "接受群众监督" in parse_document(kept, source="p.html").document["body_text"]


@pytest.mark.parametrize(
    "files",
    [
        # TRS: the attachment list inside the #zoom cell, under the editor's body
        "<p>附件：</p><p><a href='./P020250305123456789012.pdf'>1.柳溪县2025年重点任务清单.docx</a></p>"
        "<p><a href='./P020250305123456789013.pdf'>2、柳溪县2025年民生实事项目表.xlsx</a></p>",
        "<p>附件：<br>1．<a href='/module/download/downfile.jsp?filename=a.pdf'>整治任务分解表.PDF</a></p>",
    ],
)
def test_a_numbered_file_name_under_a_notice_is_no_task(files):
    html = _page(
        "<table><tr><td id='zoom'><div class='TRS_Editor'><p>各乡镇人民政府，县直各部门：</p>"
        "<p>现将《柳溪县2025年城乡环境整治工作方案》印发给你们，请认真贯彻落实。</p>"
        f"<p>柳溪县人民政府办公室</p></div>{files}</td></tr></table>"
    )
    assert parse_document(html, source="p.html").tasks == []


@pytest.mark.parametrize(
    "caption",
    ["<caption>柳溪县2025年重点任务清单</caption>", "<caption><b>柳溪县2025年重点任务清单</b></caption>"],
)
def test_a_tables_caption_is_a_line_above_its_rows(caption):
    rows = [
        ("1", "新建垃圾中转站3座", "县城管局", "2025年9月"),
        ("2", "改造农村公厕40座", "县农业农村局", "2025年10月"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    head = "<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr>"
    html = _page(
        f"<div id='zoom'><p>现将任务清单印发给你们。</p><table border='1'>{caption}{head}{trs}</table></div>"
    )
    lines = extract(html).body_text.split("\n")
    assert lines[1:3] == ["柳溪县2025年重点任务清单", "序号 | 任务 | 牵头单位 | 完成时限"]
    assert [t["lead_units"] for t in parse_document(html, source="p.html").tasks] == [
        ["县城管局"],
        ["县农业农村局"],
    ]


def test_a_density_body_that_is_a_task_table_keeps_the_heading_above_it():
    """The task table holds most of the text (its long task cells count), but the body is the
    element holding it, with the section heading above."""
    rows = [
        (
            "1",
            "新建垃圾中转站3座，配套建设垃圾分类收运体系，年内全部投入使用，实现城乡生活垃圾收运处置体系全覆盖。",
            "县城管局",
            "2025年9月",
        ),
        (
            "2",
            "改造农村公厕40座，完善农村公厕长效管护机制，落实专人保洁和日常巡查，群众满意度达到90%以上。",
            "县农业农村局",
            "2025年10月",
        ),
        (
            "3",
            "落实城乡环境整治专项资金1200万元，优先保障重点项目建设和日常管护经费需要，加强资金使用绩效评价。",
            "县财政局",
            "2025年6月",
        ),
    ]
    rows += [(str(k + 4), f"（续{k + 1}）{r[1]}", r[2], r[3]) for k, r in enumerate(rows)]
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    table = f"<table border='1'><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr>{trs}</table>"
    html = _page(
        f"<table class='frame'><tr><td class='c'><p><strong>一、重点任务</strong></p>{table}</td></tr></table>"
    )
    page = extract(html)
    assert page.body_source == "density" and page.body_text.startswith("一、重点任务\n序号 | 任务")
    paths = [t["path"] for t in parse_document(html, source="p.html").tasks]
    assert paths == [["一", str(k)] for k in range(1, 7)]
