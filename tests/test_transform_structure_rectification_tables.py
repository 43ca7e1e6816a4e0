"""A 整改 table (反馈问题整改清单: 序号 | 存在问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限): each row
is a problem to put right. Its 问题 column is the row's subject, not a report of difficulties as
in a progress table: the row's task text opens with it and its title is the problem (the first
content cell, as for any task table). EXTRACTION.md is silent; a careful analyst finds a row by
its problem, and reads the measures and the goal as the row's text."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import Column, header


def _tasks(text: str, html: bool = False) -> list[dict]:
    return parse_document(text, source="t.html" if html else "t.txt", is_text=not html).tasks


_TITLE = "某县中央生态环境保护督察反馈问题整改方案\n附件\n反馈问题整改任务清单\n"


def test_a_problem_column_of_a_rectification_table_is_its_content():
    cols = header(["序号", "存在问题", "整改目标", "整改措施", "责任单位", "整改时限"])
    assert cols is not None
    assert [c.role for c in cols][:4] == ["no", "problem", "content", "content"]


def test_a_problem_column_of_a_progress_table_still_reports():
    cols = header(["序号", "工作任务", "进展情况", "存在问题", "责任单位"])
    assert cols is not None and Column("progress", "存在问题") in cols


@pytest.mark.parametrize("head", ["存在问题", "反馈问题", "问题描述", "问题"])
def test_piped_rectification_rows_are_titled_by_their_problem(head):
    text = (_TITLE + f"序号 | {head} | 整改目标 | 整改措施 | 责任单位 | 整改时限\n"
            "1 | 部分乡镇生活污水直排 | 乡镇污水处理设施全覆盖 | 新建污水处理站5座 | 县住建局 | 2026年12月底\n"
            "2 | 矿山生态修复滞后 | 完成历史遗留矿山修复 | 实施矿山复绿工程 | 县自然资源局 | 2027年6月底\n")
    tasks = _tasks(text)
    assert [t["title"] for t in tasks] == ["部分乡镇生活污水直排", "矿山生态修复滞后"]
    assert "新建污水处理站5座" in tasks[0]["body"] and tasks[0]["lead_units"] == ["县住建局"]
    assert "直排" not in tasks[0]["body"]  # (the problem names the row; its figures are no targets)


def test_the_figures_of_a_problem_are_no_targets():
    text = (_TITLE + "序号 | 存在问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限\n"
            "1 | 全县仍有12个行政村生活污水直排 | 污水处理设施全覆盖 | 新建污水处理站5座 | 县住建局 | 2026年底\n"
            "2 | 历史遗留矿山修复率仅为45% | 修复率达到90%以上 | 实施矿山复绿工程 | 县自然资源局 | 2027年6月底\n")
    doc = parse_document(text, source="t.txt", is_text=True)
    assert doc.tasks[0]["title"] == "全县仍有12个行政村生活污水直排"
    assert sorted(t["value"] for t in doc.targets) == [5, 90]


def test_rectification_rows_one_cell_a_line():
    text = (_TITLE + "序号\n问题清单\n整改措施\n责任单位\n整改时限\n"
            "1\n城区停车位供给不足。\n新建公共停车场3处，增加泊位800个。\n县住建局\n2026年底\n"
            "2\n农贸市场环境脏乱。\n完成农贸市场提升改造2个。\n县市场监管局\n2026年10月底\n")
    tasks = _tasks(text)
    assert [t["title"] for t in tasks] == ["城区停车位供给不足", "农贸市场环境脏乱"]
    assert [t["lead_units"] for t in tasks] == [["县住建局"], ["县市场监管局"]]


def test_an_html_rectification_table():
    rows = [("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
            ("1", "部分小区消防通道堵塞", "开展消防通道专项整治，清理占道车辆", "区消防救援大队", "2026年9月底"),
            ("2", "校外培训机构无证经营", "依法取缔无证机构12家", "区教育局", "2026年8月底")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = (f"<html><head><title>某区巡察反馈问题整改清单</title></head><body><h1>某区巡察反馈问题整改清单</h1>"
            f"<table>{table}</table></body></html>")
    tasks = _tasks(html, html=True)
    assert [t["title"] for t in tasks] == ["部分小区消防通道堵塞", "校外培训机构无证经营"]
    assert [t["lead_units"] for t in tasks] == [["区消防救援大队"], ["区教育局"]]
