"""A unit name that holds a word of units_prose_words.txt as part of the name (推进办, 推进委员会办公室,
机要局) is still a unit in an unlabelled clause such as "（X负责）" or "（X牵头，Y配合）"
(lexicon `units_prose_exceptions`). Prose that only looks like such a name (推进办理) stays prose."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(body: str, title: str = "某省2022年健康行动工作要点") -> list[tuple[list[str], list[str]]]:
    doc = parse_document(f"{title}\n一、健全工作机制\n{body}\n", source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in doc.tasks]


@pytest.mark.parametrize(
    ("line", "lead", "part"),
    [
        ("（一）召开工作调度会议。定期调度。（健康行动推进办负责）", ["健康行动推进办"], []),
        ("（一）组织开展年度考核。（省健康行动推进委员会办公室负责）", ["省健康行动推进委员会办公室"], []),
        ("1.完善监测评估机制。（市一体化推进办牵头，市财政局配合）", ["市一体化推进办"], ["市财政局"]),
        ("1.加强涉密载体管理。（市委机要局、市委保密办负责）", ["市委机要局", "市委保密办"], []),
        ("1.加强密码工作。(县委机要局负责)", ["县委机要局"], []),
    ],
)
def test_a_name_holding_a_prose_word_is_a_unit(line, lead, part):
    assert _units(line) == [(lead, part)]


def test_traditional_characters():
    assert _units("（一）召開工作調度會議。（健康行動推進辦負責）", "某省2022年健康行動工作要點") == [
        (["健康行動推進辦"], [])
    ]


def test_a_table_rendered_as_text():
    body = "序号 | 工作任务 | 责任单位\n1 | 召开工作调度会议 | 健康行动推进办\n2 | 开展年度考核 | 市委机要局"
    assert _units(body) == [(["健康行动推进办"], []), (["市委机要局"], [])]


@pytest.mark.parametrize(
    "line",
    [
        "（一）加快事项审批。（加快推进办理进度负责）",
        "（一）优化审批服务。（各部门积极推进办理工作）",
        "（一）做好窗口服务。（要推进办结提速）",
    ],
)
def test_prose_that_only_looks_like_such_a_name_stays_prose(line):
    assert _units(line) == [([], [])]
