"""A paragraph printed as a spaced text table: a portal prints each row in a <p> (or a <div>, or
rows split by <br>) with its cells separated by runs of spaces, &nbsp;, &#160; or U+3000, and an
empty cell as a longer run ("2  严守湿地 …": no category). The HTML rendering keeps a run of two
or more spaces as a run, as the text rendering of the same page does, so the row's cells read
the same either way. Every page here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html import render

_ROWS = [
    "某县推行林长制主要任务分解表",
    "序号 类别 主要任务 细化措施 牵头单位 参与单位",
    "1 加强森林资源保 护 严守林地保护红线 实施林地用途管制,严禁违法占用林地。到2025年,全县森林覆盖率"
    "稳定在45%以上。 县林业局 县自然资源局",
    "2  严守湿地 面积总量 红线 落实湿地保护修复制度,把湿地保护目标纳入乡镇政府考核内容。 县林业局 "
    "县水利局、县生态环境分局",
    "3   抓好森林防火。健全森林防火责任体系,到2025年森林火灾受害率控制在0.9‰以内。 县应急局 县林业局",
]


def _tasks(text: str, *, is_text: bool) -> list[tuple[str, list[str]]]:
    r = parse_document(text, source="t.txt" if is_text else "t.html", is_text=is_text)
    return [(t["title"], t["lead_units"]) for t in r.tasks]


def _page(body: str) -> str:
    return f"<html><head><title>分解表</title></head><body><div id='zoom'>{body}</div></body></html>"


def _per_p(run: str, tag: str = "p") -> str:
    return "".join(f"<{tag}>{row.replace('  ', run)}</{tag}>" for row in _ROWS)


_STYLES = {
    "nbsp in p": _page(_per_p("&nbsp;&nbsp;")),
    "numeric nbsp in div": _page(_per_p("&#160;&#160;", "div")),
    "blanks in p": _page(_per_p("  ")),
    "mixed in p": _page(_per_p("&nbsp; ")),
    "rows split by br": _page("<p>" + "<br>".join(r.replace("  ", "&nbsp;&nbsp;") for r in _ROWS) + "</p>"),
    "nbsp runs in a td": _page(
        "<table><tr><td>"
        + "<br />".join(r.replace("  ", "&nbsp;&nbsp;") for r in _ROWS)
        + "</td></tr></table>"
    ),
}


@pytest.mark.parametrize("style", sorted(_STYLES))
def test_spaced_rows_read_as_in_the_text(style):
    from_text = _tasks("\n".join(_ROWS), is_text=True)
    assert from_text[1][0] == "严守湿地 面积总量 红线"
    assert _tasks(_STYLES[style], is_text=False) == from_text


def test_ideographic_space_rows_read_as_in_the_text():
    rows = [r.replace("  ", "\u3000\u3000") for r in _ROWS]
    body = "".join(f"<p>{r}</p>" for r in rows)
    assert _tasks(_page(body), is_text=False) == _tasks("\n".join(rows), is_text=True)


def test_a_run_stays_a_run_and_a_single_space_stays_one():
    assert render("<p>2&nbsp;&nbsp;严守湿地 面积总量</p>") == "2  严守湿地 面积总量"
    assert render("<div>3&#160;&#160;&#160;抓好防火&nbsp;县应急局</div>") == "3  抓好防火 县应急局"
    assert render("<p>一、总体要求</p>") == "一、总体要求"


def test_source_line_breaks_are_not_runs():
    # the source's line breaks and indents are no text: a space or nothing, as before
    assert render("<p>\n    1 新建公园20\n    县住建局\n</p>") == "1 新建公园20 县住建局"
    assert render("<p>新建\n    公园</p>") == "新建公园"
