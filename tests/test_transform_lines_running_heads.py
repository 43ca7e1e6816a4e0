"""The running head of a plan converted from PDF: the title (or the issuer) printed again at the top
of each page, right after the page number of the page before. It is no part of the text either: a
sentence or a unit list wrapped across the page break reads on over it, while a line after a page
number that is text (an item, a unit statement, a signature over its date) stays
(transform/page_marks.py `without_page_marks`)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.lines import normalise_lines

_WIDTH = 30


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[i : i + _WIDTH] for i in range(0, len(paragraph), _WIDTH)]


def _tasks(lines: list[str]) -> list[dict]:
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True).tasks


def _plan(title: str, mark: str, head: str | None = None, cut: int = 2) -> list[str]:
    body = _wrapped(
        "1.推进涉企审批提速。企业开办时间压缩至1个工作日以内，工程建设项目审批时间控制在60个"
        "工作日以内。（牵头单位：县行政审批局；配合单位：县住建局、县自然资源局）"
    )
    return [
        title,
        "一、提升政务服务效能",
        *body[:cut],
        mark,
        head or title,
        *body[cut:],
        *_wrapped("2.深化“一网通办”改革。全程网办率达到85%以上。（牵头单位：县政务服务中心）"),
    ]


@pytest.mark.parametrize("mark", ["— 2 —", "- 2 -", "第 2 页 共 5 页", "－2－"])
def test_the_title_over_a_page_never_enters_a_unit_name(mark):
    tasks = _tasks(_plan("某县2024年优化营商环境重点任务", mark))
    assert [t["path"] for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[0]["lead_units"] == ["县行政审批局"]
    assert tasks[0]["participating_units"] == ["县住建局", "县自然资源局"]


def test_the_title_over_a_page_never_enters_a_sentence():
    tasks = _tasks(_plan("某区2025年营商环境提升行动任务清单", "— 4 —", cut=1))
    assert tasks[0]["lead_units"] == ["县行政审批局"]
    assert "营商环境提升行动任务清单" not in tasks[0]["body"]
    assert "工程建设项目审批时间" in tasks[0]["body"]


def test_the_issuer_printed_as_a_running_head_of_another_province():
    lines = [
        "某市人民政府办公室",
        "某市数字经济发展三年行动方案（2024—2026年）",
        *_plan("某市数字经济任务", "— 3 —", "某市人民政府办公室")[1:],
    ]
    tasks = _tasks(lines)
    assert tasks[0]["lead_units"] == ["县行政审批局"]
    assert "某市人民政府办公室" not in tasks[0]["body"]


def test_a_head_repeated_on_every_page_though_not_in_the_head_of_the_text():
    lines = ["某县重点任务", "一、产业发展"]
    lines += _wrapped(
        "1.推进农产品加工园区建设，引进农产品精深加工企业，培育壮大龙头企业，年内新增规上企业10家。"
    )[:2]
    lines += ["-5-", "内部资料 注意保存"]
    lines += _wrapped(
        "1.推进农产品加工园区建设，引进农产品精深加工企业，培育壮大龙头企业，年内新增规上企业10家。"
    )[2:]
    lines += [
        "（牵头单位：县农业农村局）",
        "-6-",
        "内部资料 注意保存",
        "2.建设冷链物流中心。（牵头单位：县商务局）",
    ]
    got = normalise_lines("\n".join(lines))
    assert "内部资料 注意保存" not in got


def test_a_unit_statement_after_a_page_number_stays():
    lines = [
        "牵头单位：县工信局",
        "某县工业提升任务",
        "1.实施技术改造项目30个。",
        "— 2 —",
        "牵头单位：县工信局",
        "2.新增规上企业10家。",
    ]
    got = normalise_lines("\n".join(lines))
    assert got.count("牵头单位：县工信局") == 2


def test_an_item_after_a_page_number_stays_though_the_head_names_it():
    lines = [
        "二、重点任务",
        "某县工业提升任务",
        "一、总体要求",
        "— 2 —",
        "二、重点任务",
        "1.新增规上企业10家。",
    ]
    got = normalise_lines("\n".join(lines))
    assert got.count("二、重点任务") == 2


def test_a_signature_at_the_top_of_a_page_stays():
    lines = [
        "某县人民政府办公室",
        "关于印发某县重点任务的通知",
        "各乡镇：现将任务印发给你们，请认真贯彻执行。",
        "— 1 —",
        "某县人民政府办公室",
        "2024年3月5日",
    ]
    got = normalise_lines("\n".join(lines))
    assert got[-2:] == ["某县人民政府办公室", "2024年3月5日"]


def test_a_line_met_once_before_is_no_running_head():
    lines = [
        "某县工业提升任务",
        "一、总体要求",
        "坚持创新驱动。",
        "以下为重点事项",
        "1.新增规上企业10家。",
        "— 2 —",
        "以下为重点事项",
        "2.新增技改项目5个。",
    ]
    lines = ["标题行" + str(i) for i in range(14)] + lines  # the head lies above
    got = normalise_lines("\n".join(lines))
    assert got.count("以下为重点事项") == 2


def test_a_text_without_page_numbers_is_left_as_it_is():
    lines = ["某县工业提升任务", "一、重点任务", "某县工业提升任务", "1.新增规上企业10家。"]
    assert normalise_lines("\n".join(lines)).count("某县工业提升任务") == 2
