"""Round 45g: units, second pass (role in brackets after a label, 设在 notes, 会同 cuts, sector rows …)."""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a role in brackets after a responsible label: 责任单位（牵头）： -----------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.推行企业开办集成办理。\n责任单位（牵头）：县市场监督管理局\n责任单位（配合）：县税务局、县人社局",
            ["县市场监督管理局"],
            ["县人社局", "县税务局"],
        ),
        (
            "（二）深化审批改革。责任单位（牵头）：市住建局；责任单位（配合）：市自然资源局、市发改委",
            ["市住建局"],
            ["市发改委", "市自然资源局"],
        ),
        (
            "3.加强知识产权保护。\n责任部门(牵头):区市场监管局  责任部门(参与):区公安分局、区法院",
            ["区市场监管局"],
            ["区公安分局", "区法院"],
        ),
        (
            "四、整治餐饮油烟。整改责任单位（主办）：镇综合执法队；整改责任单位（协同）：镇环保站",
            ["镇综合执法队"],
            ["镇环保站"],
        ),
    ],
)
def test_role_in_brackets_after_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a bracketed noun is no role: 责任单位（部门）： stays responsible
        ("3.规范涉企收费。\n责任单位（部门）：县发改局、县财政局", ["县发改局", "县财政局"], []),
        # a role after a name is the name's own mark, no label
        ("2.建设智慧停车场。责任单位：县城管局（牵头）、县公安局", ["县城管局"], ["县公安局"]),
        # an unknown word in the brackets makes no label
        ("5.开展宣传。责任单位（暂定）：县委宣传部", [], []),
    ],
)
def test_role_in_brackets_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a bracketed 设在 note inside a label's value -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "（一）举办促消费活动。\n牵头单位：市商务局（市促进消费联席会议办公室设在市商务局）；配合单位：市文旅局",
            ["市商务局"],
            ["市文旅局"],
        ),
        (
            "（三）加强安全监管。责任单位：县应急管理局（县安委会办公室设在县应急管理局）、县消防救援大队",
            ["县应急管理局", "县消防救援大队"],
            [],
        ),
        (
            "5.推进河湖长制。（牵头单位：區水務局(區河長制辦公室設在區水務局)；配合单位：各街道）",
            ["區水務局"],
            ["各街道"],
        ),
    ],
)
def test_sits_in_note_cut(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a bracket with no 设在 stays part of the name
        ("2.提升服务。牵头单位：县政务服务中心（县行政审批局）", ["县政务服务中心（县行政审批局）"], []),
        # 设在 outside a bracket in prose names no extra unit
        ("（一）加强领导。成立工作专班，专班办公室设在县住建局。牵头单位：县住建局", ["县住建局"], []),
    ],
)
def test_sits_in_note_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
