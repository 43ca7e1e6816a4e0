"""A notice's title printed alone on a full line of a PDF (a long 关于…的通知 set as wide as the
body) ends there: the line after it (the title again, a date stamp, the 文号, the addressees)
is no run-on. A body line that ends at the margin with a notice's name cited in a sentence still
runs on. Every text here is invented."""

from __future__ import annotations

from transform.attachments.pdf import join_wrapped

_BODY = "全年新增城镇就业岗位1200个，城镇登记失业率控制在3.5%以内，转移就业省外"
_TITLE = "某县人民政府办公室关于印发2024年县《政府工作报告》重点任务责任分工方案的通知"


def test_a_full_title_line_stands_alone():
    lines = [
        _TITLE,
        _TITLE,
        "2024-02-06 09:30 某县人民政府办公室",
        "各乡镇人民政府，县政府各部门：",
        _BODY,
        "800人。",
    ]
    assert join_wrapped(lines) == [_TITLE, _TITLE, lines[2], lines[3], _BODY + "800人。"]


def test_a_title_without_issuer_or_of_another_kind_stands_alone():
    title = "关于进一步加强全市农村人居环境整治提升工作推动宜居宜业和美乡村建设的实施意见"
    lines = [title, "某市人民政府", _BODY, "800人。"]
    assert join_wrapped(lines) == [title, "某市人民政府", _BODY + "800人。"]


def test_a_sentence_citing_a_notice_at_the_margin_runs_on():
    cited = "按照省人民政府办公厅关于做好2024年全省城乡居民基本医疗保险参保缴费工作的通知"
    lines = [cited, "要求，结合我县实际，制定本方案。", _BODY, "800人。"]
    assert join_wrapped(lines) == [cited + "要求，结合我县实际，制定本方案。", _BODY + "800人。"]
    # a title cut at the margin (no kind at its end) runs on into its tail
    cut = "某县人民政府办公室关于印发2024年县《政府工作报告》重点任务责任分工方案和考核"
    lines = [cut, "办法的通知", _BODY, "800人。"]
    assert join_wrapped(lines) == [cut + "办法的通知", _BODY + "800人。"]


def test_a_page_stamp_line_with_a_clock_time_stands_alone():
    # a web page printed to PDF: its stamp line is the widest of its band, then the plan's heading
    stamp = "发布日期：2025-04-18 16:05 来源：某市人民政府办公室 浏览次数： 【打印】【关闭】"
    lines = ["某市2025年民生实事项目", stamp, "某市2025年民生实事项目任务分解表"]
    assert join_wrapped(lines) == lines
    stamp2 = "時間：2023年6月2日 09:15 作者：某縣發展和改革局 閱讀："
    lines = [stamp2, "某縣2023年重點工作任務清單"]
    assert join_wrapped(lines) == lines
    # a sentence's date, no clock: a wrapped paragraph still runs on
    para = "各责任单位要对照目标任务制定工作方案，明确时间节点和具体措施，并于"
    lines = [para, "2025年4月30日前报送县政府办公室。"]
    assert join_wrapped(lines) == [para + lines[1]]
