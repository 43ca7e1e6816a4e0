"""A line between two "|" tables is no run-on cell of the first table's last row.

Two annexes, each a task table numbered from 1: the label 附件2 (or a caption) between them once
joined the last row's unit cell ("县民政局 附件2"), and the second table's rows lost their annex
label, so two tasks shared the path ["1"].
"""

from __future__ import annotations

import pytest

from transform.document import parse_document

HEAD = "序号 | 工作任务 | 牵头单位 | 完成时限"


def _tasks(text: str) -> list[tuple[list[str], str, list[str]]]:
    p = parse_document(text, source="t.txt", is_text=True)
    return [(t["path"], t["title"], t["lead_units"]) for t in p.tasks]


def _page(between: str, notice: str = "") -> str:
    return (
        "关于印发2025年重点工作任务的通知\n"
        "各乡镇人民政府，县直各单位：现将2025年重点工作任务印发给你们，请认真抓好落实。\n"
        f"{notice}青岚县人民政府办公室\n2025年2月10日\n附件1\n{HEAD}\n"
        "1 | 新建村级养老服务站6个 | 县民政局 | 2025年6月底前\n"
        f"{between}\n{HEAD}\n"
        "1 | 改造农贸市场2个 | 县商务局 | 2025年9月底前\n"
        "2 | 新增公共停车位300个 | 县住建局 | 2025年底前\n"
    )


@pytest.mark.parametrize("label", ["附件2", "附件 2", "附件二", "附件2：", "附表2"])
def test_an_annex_label_between_tables_starts_the_next_annex(label):
    tasks = _tasks(_page(label))
    assert tasks[0][2] == ["县民政局"]  # not "县民政局 附件2"
    assert [t[0] for t in tasks[1:]] == [
        [label.replace(" ", "").rstrip("："), "1"],
        [label.replace(" ", "").rstrip("："), "2"],
    ]
    assert len({tuple(t[0]) for t in tasks}) == 3


def test_with_the_notice_listing_its_annexes():
    tasks = _tasks(_page("附件2", "附件：1.重点工作任务分解表\n2.民生实事分解表\n"))
    assert [t[0][0] for t in tasks[1:]] == ["附件2", "附件2"]
    assert tasks[0][2] == ["县民政局"]


def test_a_caption_above_the_next_header_is_no_run_on_cell():
    text = (
        "青岚县2025年重点工作任务\n"
        "一、重点工作\n"
        f"{HEAD}\n1 | 新建村级养老服务站6个 | 县民政局 | 2025年6月底前\n"
        "二、民生实事\n"  # a heading: it was never a run-on cell
        f"{HEAD}\n1 | 改造农贸市场2个 | 县商务局 | 2025年9月底前\n"
    )
    tasks = _tasks(text)
    assert [t[2] for t in tasks] == [["县民政局"], ["县商务局"]]
    caption = text.replace("二、民生实事\n", "表2 民生实事项目清单\n")
    assert [t[2] for t in _tasks(caption)] == [["县民政局"], ["县商务局"]]


def test_a_cell_broken_by_br_still_runs_on():
    """The rule leaves a real run-on cell alone: a short line between two rows of one table."""
    text = (
        "青岚县2025年重点工作任务\n"
        "序号 | 工作任务 | 完成时限 | 牵头单位\n"
        "1 | 新建村级养老服务站6个 | 2025年6月底前 | 县民政局、\n"
        "县财政局\n"
        "2 | 改造农贸市场2个 | 2025年9月底前 | 县商务局\n"
    )
    tasks = _tasks(text)
    assert [t[0] for t in tasks] == [["1"], ["2"]]
    assert tasks[0][2] == ["县民政局", "县财政局"]
