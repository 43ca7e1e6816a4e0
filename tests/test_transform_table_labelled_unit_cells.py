"""A unit column whose cells carry their own role labels ("牵头单位：市文广旅游局 责任单位：各县（市、区）
政府") is read as units even where progress or note columns stand before it: such a cell is a
unit cell for the alignment of cells with columns, not a long text that fits a progress column."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        (t["lead_units"], t["participating_units"])
        for t in parse_document(text, source="t.txt", is_text=True).tasks
    ]


_HEAD = "2023年市政府工作报告重点工作任务分解表\n"
_CELL = "牵头单位:市文广旅游局 责任单位:市各县(市、区)政府、金华开发区管委会"
_WANT = (["市文广旅游局"], ["市各县(市、区)政府", "金华开发区管委会"])


@pytest.mark.parametrize("between", ["进展情况 | 存在问题和下步计划", "进展情况 | 备注", "完成情况 | 说明"])
def test_piped_rows_with_progress_columns(between):
    text = (
        _HEAD + f"序号 | 工作任务 | {between} | 责任单位 |\n"
        f"71 | 提高公共文化服务水平。 | 1.完成建设392个文化生活圈。 | 下步计划: 严格按照建设标准。 | {_CELL} |\n"
        f"72 | 加大文物保护力度。 | 已完成 | 无 | {_CELL} |\n"
    )
    assert _units(text) == [_WANT, _WANT]


def test_full_width_colons_and_semicolon():
    cell = "牵头单位：市文广旅游局；配合单位：市财政局"
    text = (
        _HEAD + "序号 | 工作任务 | 进展情况 | 备注 | 责任单位 |\n"
        f"1 | 提高公共文化服务水平。 | 已完成 | 无 | {cell} |\n"
        f"2 | 加大文物保护力度。 | 已完成 | 无 | {cell} |\n"
    )
    assert _units(text) == [(["市文广旅游局"], ["市财政局"])] * 2


def test_traditional_characters():
    cell = "牽頭單位:市文廣旅遊局 責任單位:市各縣(市、區)政府"
    text = (
        "2023年市政府工作報告重點工作任務分解表\n序號 | 工作任務 | 進展情況 | 備註 | 責任單位 |\n"
        f"1 | 提高公共文化服務水平。 | 已完成 | 無 | {cell} |\n"
        f"2 | 加大文物保護力度。 | 已完成 | 無 | {cell} |\n"
    )
    assert _units(text) == [(["市文廣旅遊局"], ["市各縣(市、區)政府"])] * 2


def test_a_labelled_sentence_is_no_unit_cell():
    # a progress cell that opens with a label but goes on in prose stays progress
    text = (
        _HEAD + "序号 | 工作任务 | 进展情况 | 责任单位 |\n"
        "1 | 提高公共文化服务水平。 | 责任单位:已按要求完成建设任务并组织验收 | 市文广旅游局 |\n"
        "2 | 加大文物保护力度。 | 已完成 | 市文广旅游局 |\n"
    )
    assert _units(text) == [(["市文广旅游局"], [])] * 2
